import { describe, expect, it } from 'vitest';
import { FieldType, type FieldMeta } from '../port/bitableBase';
import { FIELD_TYPE_OF } from './fieldKinds';
import { emptyInstallMap, parseInstallMap } from './installMap';
import { fieldByKey, installMapOf, resolveSchema, type ActualTable } from './resolveSchema';
import type { FieldSpec, TableKey } from './schemaTypes';
import { TABLES } from './tables';

type Lang = 'zh' | 'en';

function fieldMeta(table: TableKey, f: FieldSpec, lang: Lang, isPrimary: boolean): FieldMeta {
  const options = f.options?.map((o) => ({ id: `opt_${f.key}_${o.key}`, name: o.names[lang], color: 0 }));
  const property =
    f.kind === 'link' ? { tableId: `tbl_${f.linkTo}`, multiple: !!f.multiple } : options ? { options } : null;
  return {
    id: `fld_${table}_${f.key}`,
    name: f.names[lang],
    type: FIELD_TYPE_OF[f.kind],
    isPrimary,
    property,
  };
}

/** A Base that matches the schema exactly, with predictable ids (tbl_<table>, fld_<table>_<field>, opt_<field>_<option>). */
function perfectBase(lang: Lang = 'zh'): ActualTable[] {
  return TABLES.map((spec) => ({
    id: `tbl_${spec.key}`,
    name: spec.names[lang],
    fields: spec.fields.map((f, i) => fieldMeta(spec.key, f, lang, i === 0)),
    views: spec.views.map((v) => ({
      id: `vew_${spec.key}_${v.key}`,
      name: v.names[lang],
      type: 1,
      property: {},
    })),
  }));
}

const tableOf = (base: ActualTable[], key: TableKey) => base.find((t) => t.id === `tbl_${key}`)!;
const fieldOf = (base: ActualTable[], key: TableKey, field: string) =>
  tableOf(base, key).fields.find((f) => f.id === `fld_${key}_${field}`)!;

describe('resolveSchema', () => {
  it.each(['zh', 'en'] as const)(
    '[S1] a Base matching the schema in %s resolves every element with no problem',
    (lang) => {
      const { schema, problems } = resolveSchema(perfectBase(lang), emptyInstallMap());
      expect(problems).toEqual([]);
      for (const spec of TABLES) {
        const table = schema[spec.key]!;
        expect(table.id).toBe(`tbl_${spec.key}`);
        for (const f of spec.fields) expect(fieldByKey(table, f.key)?.id).toBe(`fld_${spec.key}_${f.key}`);
        for (const v of spec.views) expect(table.views[v.key]).toBe(`vew_${spec.key}_${v.key}`);
      }
      expect(schema.tasks!.fields.status!.options.done).toEqual({
        id: 'opt_status_done',
        name: lang === 'zh' ? '已完成' : 'Done',
      });
    },
  );

  it('[S1] a table is found by its install-map id before another table with its name', () => {
    const base = perfectBase();
    base.push({ ...tableOf(base, 'tasks'), id: 'tbl_real', name: 'Projects' });
    const map = installMapOf(resolveSchema(perfectBase(), emptyInstallMap()).schema);
    map.tables.tasks!.id = 'tbl_real';
    expect(resolveSchema(base, map).schema.tasks?.id).toBe('tbl_real');
  });

  it('[S1] a field is found by its install-map id before another field with its name', () => {
    const base = perfectBase();
    fieldOf(base, 'tasks', 'title').name = '任务名称';
    tableOf(base, 'tasks').fields.push({
      id: 'fld_user_title',
      name: '标题',
      type: FieldType.Text,
      isPrimary: false,
      property: null,
    });
    const map = installMapOf(resolveSchema(perfectBase(), emptyInstallMap()).schema);
    const title = resolveSchema(base, map).schema.tasks!.fields.title!;
    expect(title).toMatchObject({ id: 'fld_tasks_title', name: '任务名称' });
    // Without the install map, the name wins.
    expect(resolveSchema(base, emptyInstallMap()).schema.tasks!.fields.title!.id).toBe('fld_user_title');
  });

  it('[S1] options and views are found by id first, by zh or en name second', () => {
    const base = perfectBase();
    const status = fieldOf(base, 'tasks', 'status').property as { options: { id: string; name: string }[] };
    status.options.find((o) => o.id === 'opt_status_done')!.name = '完工';
    status.options.find((o) => o.id === 'opt_status_open')!.name = 'Open';
    tableOf(base, 'tasks').views!.find((v) => v.id === 'vew_tasks_kanban')!.name = '看板';
    const map = installMapOf(resolveSchema(perfectBase(), emptyInstallMap()).schema);
    const { schema, problems } = resolveSchema(base, map);
    expect(problems).toEqual([]);
    expect(schema.tasks!.fields.status!.options.done).toEqual({ id: 'opt_status_done', name: '完工' });
    expect(schema.tasks!.views.kanban).toBe('vew_tasks_kanban');
    // Without ids, a renamed option and view are missing; an option named in English is still found.
    const byName = resolveSchema(base, emptyInstallMap());
    expect(byName.problems).toEqual([
      { kind: 'missingOption', table: 'tasks', field: 'status', option: 'done' },
      { kind: 'missingView', table: 'tasks', view: 'kanban' },
    ]);
    expect(byName.schema.tasks!.fields.status!.options.open?.id).toBe('opt_status_open');
  });

  it('[S2] a table and a field renamed by the user are reported as renamed and still resolved', () => {
    const base = perfectBase();
    tableOf(base, 'tasks').name = '专项任务';
    fieldOf(base, 'tasks', 'due').name = '交付日期';
    const map = installMapOf(resolveSchema(perfectBase(), emptyInstallMap()).schema);
    const { schema, problems } = resolveSchema(base, map);
    expect(problems).toEqual([
      { kind: 'tableRenamed', table: 'tasks', name: '专项任务' },
      { kind: 'fieldRenamed', table: 'tasks', field: 'due', name: '交付日期' },
    ]);
    expect(schema.tasks).toMatchObject({ id: 'tbl_tasks', name: '专项任务' });
    expect(schema.tasks!.fields.due).toMatchObject({ id: 'fld_tasks_due', name: '交付日期' });
  });

  it('[S2] without the install map, a renamed table is found by its fields; a renamed field cannot be', () => {
    const base = perfectBase();
    tableOf(base, 'survey').name = '调研';
    fieldOf(base, 'tasks', 'due').name = '交付日期';
    const { schema, problems } = resolveSchema(base, emptyInstallMap());
    expect(schema.survey?.id).toBe('tbl_survey');
    expect(schema.tasks!.fields.due).toBeUndefined();
    expect(problems).toEqual([
      { kind: 'missingField', table: 'tasks', field: 'due' },
      { kind: 'tableRenamed', table: 'survey', name: '调研' },
    ]);
  });

  it('[S8] a damaged install map is reported, and a renamed 任务 table is still found by its fields', () => {
    const base = perfectBase();
    tableOf(base, 'tasks').name = '项目';
    const damaged = parseInstallMap('{"version":1,"tables":');
    const { schema, problems } = resolveSchema(base, damaged);
    expect(schema.tasks?.id).toBe('tbl_tasks');
    expect(schema.tasks!.fields.dependsOn?.id).toBe('fld_tasks_dependsOn');
    expect(problems).toEqual([
      { kind: 'installMapDamaged', table: 'settings' },
      { kind: 'tableRenamed', table: 'tasks', name: '项目' },
    ]);
    expect(parseInstallMap('{"version":1,"tables":null}').damaged).toBe(true);
    expect(parseInstallMap(undefined).damaged).toBeUndefined();
  });

  it('[S8] a table is not taken for another by its fields: too few in common, or its id recorded and gone', () => {
    const base = perfectBase();
    const tasks = tableOf(base, 'tasks');
    tasks.name = '项目';
    tasks.fields = tasks.fields.slice(0, 10);
    expect(resolveSchema(base, emptyInstallMap()).schema.tasks).toBeUndefined();
    const map = installMapOf(resolveSchema(perfectBase(), emptyInstallMap()).schema);
    const copy = { ...tableOf(perfectBase(), 'tasks'), id: 'tbl_copy', name: '任务 副本' };
    const deleted = perfectBase().filter((t) => t.id !== 'tbl_tasks');
    expect(resolveSchema([...deleted, copy], map).schema.tasks).toBeUndefined();
    expect(resolveSchema([...deleted, copy], emptyInstallMap()).schema.tasks?.id).toBe('tbl_copy');
  });

  it('[S3] a field of the wrong type is a conflict: reported and not used', () => {
    const base = perfectBase();
    fieldOf(base, 'tasks', 'status').type = FieldType.Number;
    const { schema, problems } = resolveSchema(base, emptyInstallMap());
    expect(problems).toEqual([{ kind: 'wrongType', table: 'tasks', field: 'status', name: '状态' }]);
    expect(schema.tasks!.fields.status).toBeUndefined();
    expect(schema.tasks!.fields.title).toBeDefined();
  });

  it('[S3] a link to the wrong table is a conflict: reported and not used', () => {
    const base = perfectBase();
    fieldOf(base, 'members', 'department').property = { tableId: 'tbl_tasks', multiple: false };
    const { schema, problems } = resolveSchema(base, emptyInstallMap());
    expect(problems).toEqual([{ kind: 'wrongType', table: 'members', field: 'department', name: '部门' }]);
    expect(schema.members!.fields.department).toBeUndefined();
  });

  it('[S3] a two-way (duplex) link to the right table is accepted', () => {
    const base = perfectBase();
    fieldOf(base, 'tasks', 'parent').type = FieldType.DuplexLink;
    const { schema, problems } = resolveSchema(base, emptyInstallMap());
    expect(problems).toEqual([]);
    expect(schema.tasks!.fields.parent?.id).toBe('fld_tasks_parent');
  });

  it('reports missing tables, fields, options and views', () => {
    const base = perfectBase().filter((t) => t.id !== 'tbl_survey');
    const tasks = tableOf(base, 'tasks');
    tasks.fields = tasks.fields.filter((f) => f.id !== 'fld_tasks_points');
    const kind = fieldOf(base, 'tasks', 'kind').property as { options: { id: string }[] };
    kind.options = kind.options.filter((o) => o.id !== 'opt_kind_stage');
    tasks.views = tasks.views!.filter((v) => v.id !== 'vew_tasks_gantt');
    const { schema, problems } = resolveSchema(base, emptyInstallMap());
    expect(problems).toEqual([
      { kind: 'missingTable', table: 'survey' },
      { kind: 'missingOption', table: 'tasks', field: 'kind', option: 'stage' },
      { kind: 'missingField', table: 'tasks', field: 'points' },
      { kind: 'missingView', table: 'tasks', view: 'gantt' },
    ]);
    expect(schema.tasks!.fields.kind!.options).toEqual({
      special: { id: 'opt_kind_special', name: '专项任务' },
    });
  });

  it('does not check views when they were not fetched', () => {
    const base = perfectBase().map((t) => ({ ...t, views: undefined }));
    expect(resolveSchema(base, emptyInstallMap()).problems).toEqual([]);
  });

  it('an empty Base has every table missing and resolves nothing', () => {
    const { schema, problems } = resolveSchema([], emptyInstallMap());
    expect(schema).toEqual({});
    expect(problems.map((p) => p.kind === 'missingTable' && p.table)).toEqual(TABLES.map((t) => t.key));
  });
});

describe('installMapOf', () => {
  it('[S1] records the id of every table, field, option and view resolved', () => {
    const map = installMapOf(resolveSchema(perfectBase(), emptyInstallMap()).schema);
    expect(Object.keys(map.tables)).toEqual(TABLES.map((t) => t.key));
    expect(map.tables.tasks).toMatchObject({
      id: 'tbl_tasks',
      views: { kanban: 'vew_tasks_kanban', gantt: 'vew_tasks_gantt' },
    });
    expect(map.tables.tasks!.fields.requestKey).toBe('fld_tasks_requestKey');
    expect(map.tables.tasks!.options.status!.in_review).toBe('opt_status_in_review');
    expect(map.tables.members!.options.skills).toBeUndefined();
  });

  it('[S5] resolving with the recorded map records the same map again', () => {
    const first = installMapOf(resolveSchema(perfectBase(), emptyInstallMap()).schema);
    const base = perfectBase();
    tableOf(base, 'courses').name = 'Trainings';
    expect(installMapOf(resolveSchema(base, first).schema)).toEqual(first);
  });

  it('leaves out fields that were not resolved', () => {
    const base = perfectBase();
    fieldOf(base, 'tasks', 'status').type = FieldType.Text;
    const map = installMapOf(resolveSchema(base, emptyInstallMap()).schema);
    expect(map.tables.tasks!.fields.status).toBeUndefined();
    expect(map.tables.tasks!.options.status).toBeUndefined();
  });
});
