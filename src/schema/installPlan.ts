/**
 * What the installer must do to make a Base match the schema: only additions, never a change to user data.
 * A wrong-typed field is a conflict: its table is reported and nothing is installed until it is resolved.
 */
import type { FieldConfig } from '../port/bitableBase';
import { FIELD_TYPE_OF } from './fieldKinds';
import type { SchemaProblem, SchemaResolution } from './resolveSchema';
import type { FieldKey, FieldSpec, OptionSpec, TableKey, ViewSpec } from './schemaTypes';
import { tableSpec } from './tables';

export type Lang = 'zh' | 'en';

export type InstallStep =
  | { kind: 'addTable'; table: TableKey; fields: FieldSpec[] }
  | { kind: 'addField'; table: TableKey; field: FieldSpec }
  | { kind: 'addOptions'; table: TableKey; field: FieldKey; options: OptionSpec[] }
  | { kind: 'addView'; table: TableKey; view: ViewSpec };

export interface InstallPlan {
  steps: InstallStep[];
  conflicts: Extract<SchemaProblem, { kind: 'wrongType' }>[];
}

/** Links need their target table's id, so they are added after every table exists. */
const isLink = (f: FieldSpec) => f.kind === 'link';

function stepsForProblem(problem: SchemaProblem): InstallStep[] {
  switch (problem.kind) {
    case 'missingTable': {
      const spec = tableSpec(problem.table);
      return [
        { kind: 'addTable', table: spec.key, fields: spec.fields.filter((f) => !isLink(f)) },
        ...spec.fields
          .filter(isLink)
          .map((field): InstallStep => ({ kind: 'addField', table: spec.key, field })),
        ...spec.views.map((view): InstallStep => ({ kind: 'addView', table: spec.key, view })),
      ];
    }
    case 'missingField': {
      const field = tableSpec(problem.table).fields.find((f) => f.key === problem.field)!;
      return [{ kind: 'addField', table: problem.table, field }];
    }
    case 'missingOption': {
      const field = tableSpec(problem.table).fields.find((f) => f.key === problem.field)!;
      const option = field.options!.find((o) => o.key === problem.option)!;
      return [{ kind: 'addOptions', table: problem.table, field: problem.field, options: [option] }];
    }
    case 'missingView': {
      const view = tableSpec(problem.table).views.find((v) => v.key === problem.view)!;
      return [{ kind: 'addView', table: problem.table, view }];
    }
    default:
      return [];
  }
}

const STEP_ORDER: Record<InstallStep['kind'], number> = {
  addTable: 0,
  addField: 1,
  addOptions: 2,
  addView: 3,
};

/** Options of one field are merged into a single step, so each field is set once. */
function mergeOptionSteps(steps: InstallStep[]): InstallStep[] {
  const merged: InstallStep[] = [];
  for (const step of steps) {
    const same = merged.find(
      (s) =>
        step.kind === 'addOptions' &&
        s.kind === 'addOptions' &&
        s.table === step.table &&
        s.field === step.field,
    );
    if (same && same.kind === 'addOptions' && step.kind === 'addOptions') same.options.push(...step.options);
    else merged.push(step.kind === 'addOptions' ? { ...step, options: [...step.options] } : step);
  }
  return merged;
}

export function planInstall(resolution: SchemaResolution, only?: SchemaProblem): InstallPlan {
  const conflicts = resolution.problems.filter(
    (p): p is InstallPlan['conflicts'][number] => p.kind === 'wrongType',
  );
  const problems = only ? [only] : resolution.problems;
  const steps = mergeOptionSteps(problems.flatMap(stepsForProblem)).sort(
    (a, b) => STEP_ORDER[a.kind] - STEP_ORDER[b.kind],
  );
  return { steps, conflicts };
}

/** The SDK field config for a schema field, named in the user's language. */
export function fieldConfig(field: FieldSpec, lang: Lang, linkTargetId?: string): FieldConfig {
  const config: FieldConfig = { type: FIELD_TYPE_OF[field.kind], name: field.names[lang] };
  if (field.options) config.property = { options: field.options.map((o) => ({ name: o.names[lang] })) };
  if (field.kind === 'link') config.property = { tableId: linkTargetId, multiple: field.multiple ?? false };
  if (field.kind === 'user') config.property = { multiple: field.multiple ?? false };
  return config;
}
