/** What a training service answers: done with a value, or refused with a code before anything was written. */
import type { PermissionRefusal } from '../../core/permissions';

export type TrainingResult<V, C extends string> =
  { ok: true; value: V } | { ok: false; code: C | PermissionRefusal; detail?: string };

export const refused = <C extends string>(code: C, detail?: string) => ({ ok: false as const, code, detail });
