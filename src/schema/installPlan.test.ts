import { describe, expect, it } from 'vitest';
import { FieldType } from '../port/bitableBase';
import { emptyInstallMap } from './installMap';
import { fieldConfig, planInstall, type InstallStep } from './installPlan';
import { resolveSchema, type SchemaProblem, type SchemaResolution } from './resolveSchema';
import { tableSpec, TABLES } from './tables';

const withProblems = (...problems: SchemaProblem[]): SchemaResolution => ({ schema: {}, problems });
const describeStep = (s: InstallStep) =>
  s.kind === 'addTable'
    ? `addTable ${s.table}`
    : s.kind === 'addField'
      ? `addField ${s.table}.${s.field.key}`
      : s.kind === 'addOptions'
        ? `addOptions ${s.table}.${s.field}=${s.options.map((o) => o.key).join(',')}`
        : `addView ${s.table}.${s.view.key}`;

describe('planInstall on an empty Base', () => {
  const plan = planInstall(resolveSchema([], emptyInstallMap()));
  const kinds = plan.steps.map((s) => s.kind);

  it('[S4] adds every table, with its fields and views, and nothing else', () => {
    expect(plan.conflicts).toEqual([]);
    expect(plan.steps.filter((s) => s.kind === 'addTable').map((s) => s.table)).toEqual(
      TABLES.map((t) => t.key),
    );
    expect(kinds).not.toContain('addOptions');
    const fieldsOf = (key: string) =>
      plan.steps.flatMap((s) =>
        s.table !== key
          ? []
          : s.kind === 'addTable'
            ? s.fields.map((f) => f.key)
            : s.kind === 'addField'
              ? [s.field.key]
              : [],
      );
    for (const spec of TABLES) {
      expect(fieldsOf(spec.key).sort()).toEqual(spec.fields.map((f) => f.key).sort());
      const views = plan.steps.flatMap((s) =>
        s.kind === 'addView' && s.table === spec.key ? [s.view.key] : [],
      );
      expect(views).toEqual(spec.views.map((v) => v.key));
    }
  });

  it('[S6] a new table is created without its links; the links come after every table exists', () => {
    const lastTable = kinds.lastIndexOf('addTable');
    const firstOther = plan.steps.findIndex((s) => s.kind !== 'addTable');
    expect(firstOther).toBe(lastTable + 1);
    for (const step of plan.steps) {
      if (step.kind === 'addTable') expect(step.fields.filter((f) => f.kind === 'link')).toEqual([]);
      if (step.kind === 'addField') expect(step.field.kind).toBe('link');
    }
    const links = TABLES.flatMap((t) =>
      t.fields.filter((f) => f.kind === 'link').map((f) => `addField ${t.key}.${f.key}`),
    );
    expect(plan.steps.filter((s) => s.kind === 'addField').map(describeStep)).toEqual(links);
  });

  it('[S6] a new table keeps its primary (first) field first', () => {
    for (const step of plan.steps) {
      if (step.kind === 'addTable') expect(step.fields[0]).toBe(tableSpec(step.table).fields[0]);
    }
  });

  it('views come after every field', () => {
    const lastField = kinds.lastIndexOf('addField');
    expect(kinds.indexOf('addView')).toBeGreaterThan(lastField);
  });
});

describe('planInstall on a Base with some of the schema', () => {
  it('[S4] a missing field is added alone', () => {
    const plan = planInstall(withProblems({ kind: 'missingField', table: 'tasks', field: 'points' }));
    expect(plan.steps).toEqual([
      { kind: 'addField', table: 'tasks', field: tableSpec('tasks').fields.find((f) => f.key === 'points') },
    ]);
  });

  it('[S4] missing options are merged into one step per field', () => {
    const plan = planInstall(
      withProblems(
        { kind: 'missingOption', table: 'tasks', field: 'status', option: 'in_review' },
        { kind: 'missingOption', table: 'tasks', field: 'kind', option: 'stage' },
        { kind: 'missingOption', table: 'tasks', field: 'status', option: 'cancelled' },
        { kind: 'missingOption', table: 'collections', field: 'status', option: 'draft' },
      ),
    );
    expect(plan.steps.map(describeStep)).toEqual([
      'addOptions tasks.status=in_review,cancelled',
      'addOptions tasks.kind=stage',
      'addOptions collections.status=draft',
    ]);
  });

  it('[S4] merging options leaves the schema itself untouched', () => {
    const before = JSON.stringify(TABLES);
    planInstall(
      withProblems(
        { kind: 'missingOption', table: 'tasks', field: 'status', option: 'open' },
        { kind: 'missingOption', table: 'tasks', field: 'status', option: 'done' },
      ),
    );
    planInstall(withProblems({ kind: 'missingOption', table: 'tasks', field: 'status', option: 'open' }));
    expect(JSON.stringify(TABLES)).toBe(before);
  });

  it('[S4] [S6] steps are ordered: tables, then fields, then options, then views', () => {
    const plan = planInstall(
      withProblems(
        { kind: 'missingView', table: 'tasks', view: 'gantt' },
        { kind: 'missingOption', table: 'tasks', field: 'status', option: 'done' },
        { kind: 'missingField', table: 'members', field: 'department' },
        { kind: 'missingTable', table: 'departments' },
      ),
    );
    expect(plan.steps.map(describeStep)).toEqual([
      'addTable departments',
      'addField members.department',
      'addOptions tasks.status=done',
      'addView tasks.gantt',
    ]);
  });

  it('[S4] renamed tables and fields produce no step: install never renames', () => {
    const plan = planInstall(
      withProblems(
        { kind: 'tableRenamed', table: 'tasks', name: 'Projects' },
        { kind: 'fieldRenamed', table: 'tasks', field: 'due', name: 'Deadline' },
      ),
    );
    expect(plan).toEqual({ steps: [], conflicts: [] });
  });

  it('[S3] a wrong-typed field is a conflict and produces no step: install never retypes', () => {
    const wrong: SchemaProblem = { kind: 'wrongType', table: 'tasks', field: 'status', name: '状态' };
    const plan = planInstall(withProblems(wrong, { kind: 'missingField', table: 'tasks', field: 'points' }));
    expect(plan.conflicts).toEqual([wrong]);
    expect(plan.steps.map(describeStep)).toEqual(['addField tasks.points']);
  });

  it('[S5] a Base with no problems needs no step', () => {
    expect(planInstall(withProblems())).toEqual({ steps: [], conflicts: [] });
  });

  it('plans only the given problem when asked to fix one', () => {
    const fix: SchemaProblem = { kind: 'missingView', table: 'submissions', view: 'form' };
    const plan = planInstall(withProblems({ kind: 'missingTable', table: 'survey' }, fix), fix);
    expect(plan.steps.map(describeStep)).toEqual(['addView submissions.form']);
  });
});

describe('fieldConfig', () => {
  const field = (table: Parameters<typeof tableSpec>[0], key: string) =>
    tableSpec(table).fields.find((f) => f.key === key)!;

  it('names the field in the user’s language with the SDK type code', () => {
    expect(fieldConfig(field('tasks', 'due'), 'zh')).toEqual({ type: FieldType.DateTime, name: '截止日期' });
    expect(fieldConfig(field('tasks', 'due'), 'en')).toEqual({ type: FieldType.DateTime, name: 'Due' });
    expect(fieldConfig(field('courses', 'videoUrl'), 'en').type).toBe(FieldType.Url);
    expect(fieldConfig(field('tasks', 'deliverables'), 'en').type).toBe(FieldType.Attachment);
  });

  it('gives select fields their options in the user’s language', () => {
    expect(fieldConfig(field('tasks', 'origin'), 'zh')).toEqual({
      type: FieldType.SingleSelect,
      name: '来源',
      property: { options: [{ name: '派单' }, { name: '认领' }] },
    });
    const formats = fieldConfig(field('collections', 'allowedFormats'), 'en');
    expect(formats.type).toBe(FieldType.MultiSelect);
    expect((formats.property as { options: unknown[] }).options).toHaveLength(8);
  });

  it('[S6] gives links their target table id and multiplicity; one-way links', () => {
    expect(fieldConfig(field('tasks', 'dependsOn'), 'en', 'tbl_t')).toEqual({
      type: FieldType.SingleLink,
      name: 'Depends on',
      property: { tableId: 'tbl_t', multiple: true },
    });
    expect(fieldConfig(field('tasks', 'primaryDepartment'), 'zh', 'tbl_d').property).toEqual({
      tableId: 'tbl_d',
      multiple: false,
    });
  });

  it('gives user fields their multiplicity', () => {
    expect(fieldConfig(field('tasks', 'contributors'), 'zh').property).toEqual({ multiple: true });
    expect(fieldConfig(field('tasks', 'responsible'), 'zh').property).toEqual({ multiple: false });
  });
});
