/**
 * Every code the app turns into a sentence, as the message key that says it. The catalogue must hold a text
 * for each in both languages, so a new code without its texts fails to compile.
 */
import type { DraftIssueCode } from '../core/assignment';
import type { TaskStatus } from '../core/model';
import type { ManagerCommand } from '../core/permissions';
import type { WorkRefusal } from '../core/process';
import type { RefusalCode } from '../core/responsibility';
import type { FlagCode } from '../core/taskFlags';
import type { SchemaErrorCode } from '../schema/cellCodec';
import type { SchemaProblem } from '../schema/resolveSchema';
import type { FieldKind, ManualStepKey } from '../schema/schemaTypes';

/** The health check's problems, install conflicts and the steps the installer leaves to the user. */
type SchemaMessageKey =
  `health.${SchemaProblem['kind']}` | `kind.${FieldKind}` | `error.schema.${SchemaErrorCode}` | ManualStepKey;

/** Refusals and validation errors of core's rules. */
type RuleMessageKey =
  | `refusal.${RefusalCode}`
  | `work.refusal.${WorkRefusal}`
  | `flag.${FlagCode}`
  | `status.${TaskStatus}`
  | DraftIssueCode
  | 'permission.notMember'
  | `permission.${ManagerCommand}.notAllowed`;

export type CodeMessageKey = SchemaMessageKey | RuleMessageKey;

/** What a dictionary must hold: a text for every code, besides its other texts. */
export type CoversCodes = Record<CodeMessageKey, string> & Record<string, string>;
