import { describe, expect, it } from 'vitest';
import { taskKeyOf } from '../core/assignment';
import { TODAY_START } from '../core/testBuilders';
import { LocalHost } from '../local/localHost';
import { FieldType, ViewType, type FieldMeta, type SelectOption } from '../port/bitableBase';
import { fromDepartment, fromMember } from '../schema/entities';
import { INSTALL_MAP_KEY, parseInstallMap, SETTINGS_TABLE_HINT } from '../schema/installMap';
import type { FieldKind, TableSpec, ViewKind } from '../schema/schemaTypes';
import { TASK_STATUS_OPTIONS } from '../schema/options';
import { TABLES } from '../schema/tables';
import { BatonStore } from '../store/batonStore';
import { createTask } from './createTask';
import { install } from './installer';
import { DAY } from '../core/time';

/** The SDK type each schema kind must be created as (written out here, not taken from fieldKinds.ts). */
const TYPE: Record<FieldKind, number> = {
  text: FieldType.Text,
  number: FieldType.Number,
  singleSelect: FieldType.SingleSelect,
  multiSelect: FieldType.MultiSelect,
  dateTime: FieldType.DateTime,
  createdTime: FieldType.CreatedTime,
  createdUser: FieldType.CreatedUser,
  checkbox: FieldType.Checkbox,
  user: FieldType.User,
  url: FieldType.Url,
  attachment: FieldType.Attachment,
  link: FieldType.SingleLink,
};
const VIEW: Record<ViewKind, number> = {
  grid: ViewType.Grid,
  kanban: ViewType.Kanban,
  gantt: ViewType.Gantt,
  form: ViewType.Form,
};

type Lang = 'zh' | 'en';
const snapshot = (local: LocalHost) =>
  JSON.stringify({ tables: local.state.tables, bridge: local.state.bridgeData });
const baseWrites = (local: LocalHost) =>
  Object.entries(local.calls.byMethod).filter(
    ([method, n]) => n > 0 && /^(add|set|delete)/.test(method) && method !== 'setData',
  );
const tableNamed = (local: LocalHost, name: string) => local.state.tables.find((t) => t.name === name)!;
const optionsOf = (f: FieldMeta) => (f.property as { options: SelectOption[] }).options;
const text = (cell: unknown) => (cell as { text: string }[]).map((s) => s.text).join('');

/**
 * Checks one table against its spec: every field once, right type, link target, multiplicity, every view, and the
 * options: exactly the schema's (fresh install), or each of them once among the user's own.
 */
function expectTableMatches(local: LocalHost, spec: TableSpec, lang: Lang, exactOptions = true) {
  const table = tableNamed(local, spec.names[lang]);
  expect(table, spec.key).toBeDefined();
  expect(table.fields.find((f) => f.isPrimary)?.name).toBe(spec.fields[0]!.names[lang]);
  for (const field of spec.fields) {
    const found = table.fields.filter((f) => f.name === field.names[lang]);
    expect(found, `${spec.key}.${field.key}`).toHaveLength(1);
    const meta = found[0]!;
    expect(meta.type, `${spec.key}.${field.key}`).toBe(TYPE[field.kind]);
    if (field.kind === 'link') {
      const target = tableNamed(local, TABLES.find((t) => t.key === field.linkTo)!.names[lang]);
      expect(meta.property).toEqual({ tableId: target.id, multiple: field.multiple ?? false });
    }
    if (field.kind === 'user') expect(meta.property).toEqual({ multiple: field.multiple ?? false });
    const names = field.options?.map((o) => o.names[lang]) ?? [];
    const actual = field.options ? optionsOf(meta).map((o) => o.name) : [];
    if (exactOptions) expect(actual, `${spec.key}.${field.key} options`).toEqual(names);
    else
      for (const name of names)
        expect(
          actual.filter((n) => n === name),
          `${spec.key}.${field.key}=${name}`,
        ).toHaveLength(1);
  }
  for (const view of spec.views) {
    const found = table.views.filter((v) => v.name === view.names[lang]);
    expect(
      found.map((v) => v.type),
      `${spec.key} view ${view.key}`,
    ).toEqual([VIEW[view.kind]]);
  }
}

async function installed(lang: Lang = 'zh') {
  const local = new LocalHost();
  const result = await install(local.host, lang);
  if (result.status !== 'installed') throw new Error('install failed');
  return { local, result };
}

describe('install on an empty Base', () => {
  it('[S4] [S6] creates all 13 tables with every field, link, option and view', async () => {
    const { local, result } = await installed('zh');
    expect(local.state.tables.map((t) => t.name).sort()).toEqual(TABLES.map((t) => t.names.zh).sort());
    for (const spec of TABLES) expectTableMatches(local, spec, 'zh');
    expect(result.added).toBeGreaterThan(TABLES.length);
    expect(local.calls.byMethod.addTable).toBe(TABLES.length);
  });

  it('[S1] records the install map in a Settings row and the Settings table id in bridge data', async () => {
    const { local } = await installed('zh');
    const settings = tableNamed(local, '设置');
    const [key, value] = ['键', '值'].map((name) => settings.fields.find((f) => f.name === name)!.id);
    const rows = settings.records.filter((r) => text(r.fields[key!]) === INSTALL_MAP_KEY);
    expect(rows).toHaveLength(1);
    const map = parseInstallMap(text(rows[0]!.fields[value!]));
    expect(Object.keys(map.tables).sort()).toEqual(TABLES.map((t) => t.key).sort());
    const tasks = tableNamed(local, '任务');
    expect(map.tables.tasks!.id).toBe(tasks.id);
    expect(map.tables.tasks!.fields.due).toBe(tasks.fields.find((f) => f.name === '截止日期')!.id);
    expect(map.tables.tasks!.views.kanban).toBe(tasks.views.find((v) => v.name === '任务看板')!.id);
    const status = tasks.fields.find((f) => f.name === '状态')!;
    expect(map.tables.tasks!.options.status!.done).toBe(
      optionsOf(status).find((o) => o.name === '已完成')!.id,
    );
    expect(local.state.bridgeData[SETTINGS_TABLE_HINT]).toBe(settings.id);
  });

  it('names tables, fields, options and views in English for install("en")', async () => {
    const { local } = await installed('en');
    expect(local.state.tables.map((t) => t.name).sort()).toEqual(TABLES.map((t) => t.names.en).sort());
    for (const spec of TABLES) expectTableMatches(local, spec, 'en');
    expect((await BatonStore.open(local.host, { withViews: true })).resolution.problems).toEqual([]);
  });
});

describe('install again', () => {
  it('[S5] on an installed Base adds nothing: same tables, same install map, no Base write', async () => {
    const { local } = await installed('zh');
    const before = snapshot(local);
    local.calls.reset();
    const again = await install(local.host, 'zh');
    expect(again).toMatchObject({ status: 'installed', added: 0 });
    expect(snapshot(local)).toBe(before);
    expect(baseWrites(local)).toEqual([]);
  });

  it('[S5] on an installed Base does not rewrite the bridge hint it already holds (bug: setData every time)', async () => {
    const { local } = await installed('zh');
    local.calls.reset();
    await install(local.host, 'zh');
    expect(local.calls.byMethod.setData ?? 0).toBe(0);
  });

  it('[S5] the store install returns knows the install map it recorded (bug: it is opened before the map is saved)', async () => {
    const { result } = await installed('zh');
    expect(result.store.installMap.tables.tasks?.id).toBe(result.store.table('tasks').id);
  });
});

describe('install on a Base with part of the schema and user data', () => {
  async function partialBase() {
    const local = new LocalHost();
    const dep = await local.host.base.addTable({
      name: '部门',
      fields: [
        { type: FieldType.Text, name: '部门名称' },
        { type: FieldType.User, name: '负责人', property: { multiple: false } },
        { type: FieldType.Text, name: '职责' },
      ],
    });
    const tasks = await local.host.base.addTable({
      name: '任务',
      fields: [
        { type: FieldType.Text, name: '标题' },
        {
          type: FieldType.SingleSelect,
          name: '状态',
          property: { options: [{ name: '搁置' }, { name: '进行中' }] },
        },
        { type: FieldType.Number, name: '预算' },
      ],
    });
    const t = local.tableState(tasks.tableId);
    const [title, status, budget] = t.fields;
    const onHold = optionsOf(status!)[0]!;
    const api = await local.host.base.getTableById(tasks.tableId);
    await api.addRecords([
      {
        fields: {
          [title!.id]: [{ type: 'text', text: '我的任务' }],
          [status!.id]: { id: onHold.id, text: onHold.name },
          [budget!.id]: 900,
        },
      },
    ]);
    return {
      local,
      depId: dep.tableId,
      tasksId: tasks.tableId,
      statusId: status!.id,
      userOptions: optionsOf(status!),
    };
  }

  it('[S4] adds only what is missing and leaves the user’s record, field and extra option untouched', async () => {
    const { local, depId, tasksId, statusId, userOptions } = await partialBase();
    const depBefore = JSON.stringify(local.tableState(depId));
    const recordsBefore = JSON.stringify(local.tableState(tasksId).records);
    local.calls.reset();
    expect((await install(local.host, 'zh')).status).toBe('installed');

    expect(local.calls.byMethod.addTable).toBe(TABLES.length - 2);
    expect(local.state.tables.filter((t) => t.name === '任务' || t.name === '部门')).toHaveLength(2);
    for (const spec of TABLES) expectTableMatches(local, spec, 'zh', false);
    expect(JSON.stringify(local.tableState(depId))).toBe(depBefore);
    const tasks = local.tableState(tasksId);
    expect(JSON.stringify(tasks.records)).toBe(recordsBefore);
    expect(tasks.fields.find((f) => f.name === '预算')).toMatchObject({ type: FieldType.Number });
    const options = optionsOf(tasks.fields.find((f) => f.id === statusId)!);
    // The user's options keep their ids, names and colours, first; the schema's missing ones are appended.
    expect(options.slice(0, 2)).toEqual(userOptions);
    expect(options.filter((o) => o.name === '进行中')).toHaveLength(1);
    // Two user options, one of which ('进行中') is ours: every other schema status is appended once.
    expect(options).toHaveLength(2 + TASK_STATUS_OPTIONS.length - 1);
  });

  it('[S3] a field 状态 of type Number in 任务 is a conflict: nothing is written', async () => {
    const local = new LocalHost();
    await local.host.base.addTable({
      name: '任务',
      fields: [
        { type: FieldType.Text, name: '标题' },
        { type: FieldType.Number, name: '状态' },
      ],
    });
    const before = snapshot(local);
    local.calls.reset();
    const result = await install(local.host, 'zh');
    expect(result).toEqual({
      status: 'conflict',
      conflicts: [{ kind: 'wrongType', table: 'tasks', field: 'status', name: '状态' }],
    });
    expect(snapshot(local)).toBe(before);
    expect(baseWrites(local)).toEqual([]);
    expect(local.calls.byMethod.setData ?? 0).toBe(0);
  });
});

describe('renames after install', () => {
  it('[S2] a renamed table and field are still resolved by id, reported as renamed, and not added again', async () => {
    const { local } = await installed('zh');
    const tasks = tableNamed(local, '任务');
    const due = tasks.fields.find((f) => f.name === '截止日期')!;
    local.renameTable(tasks.id, '专项任务');
    local.renameField(tasks.id, due.id, '交付日期');
    const store = await BatonStore.open(local.host);
    expect(store.table('tasks')).toMatchObject({ id: tasks.id, name: '专项任务' });
    expect(store.table('tasks').fields.due).toMatchObject({ id: due.id, name: '交付日期' });
    expect(store.resolution.problems).toEqual([
      { kind: 'tableRenamed', table: 'tasks', name: '专项任务' },
      { kind: 'fieldRenamed', table: 'tasks', field: 'due', name: '交付日期' },
    ]);
    const before = snapshot(local);
    expect(await install(local.host, 'zh')).toMatchObject({ status: 'installed', added: 0 });
    expect(snapshot(local)).toBe(before);
  });

  it('[S2] a renamed Settings table is still found, with its install map', async () => {
    const { local } = await installed('zh');
    const settings = tableNamed(local, '设置');
    local.renameTable(settings.id, 'Baton config');
    local.renameTable(tableNamed(local, '成员').id, '员工');
    const store = await BatonStore.open(local.host);
    expect(store.settingsRows.map((r) => r.key)).toContain(INSTALL_MAP_KEY);
    expect(store.table('members').name).toBe('员工');
  });

  it('[S2] a renamed 值 field of Settings keeps the install map (bug: found by name only)', async () => {
    const { local } = await installed('zh');
    const settings = tableNamed(local, '设置');
    local.renameField(settings.id, settings.fields.find((f) => f.name === '值')!.id, 'JSON');
    local.renameTable(tableNamed(local, '成员').id, '员工');
    const store = await BatonStore.open(local.host);
    expect(store.installMap.tables.members?.id).toBe(tableNamed(local, '员工').id);
    expect(store.resolution.schema.members?.name).toBe('员工');
    expect(store.resolution.problems.map((p) => p.kind)).not.toContain('missingField');
  });
});

describe('writing after install', () => {
  it('[T5] the same request key never creates a second task: after a reload, or when retrying on stale data', async () => {
    const { local, result } = await installed('zh');
    const store = result.store;
    const [depId] = await store.addAll('departments', [
      fromDepartment({ name: '设计部', headUserIds: [], duties: '' }),
    ]);
    const member = {
      name: '李四',
      userIds: ['ou_li'],
      departmentId: depId,
      role: 'manager' as const,
      employeeNo: 'E1',
      skills: [],
      active: true,
    };
    const [memberId] = await store.addAll('members', [fromMember(member)]);
    const input = {
      title: 'Livestream class',
      primaryDepartmentId: depId,
      responsibleMemberId: memberId,
      due: TODAY_START + DAY,
    };
    const clock = { now: TODAY_START + 3600_000, todayStart: TODAY_START };
    const stale = await store.loadCore();

    const first = await createTask(store, stale, input, clock, 'req-42', false, 'ou_li');
    const again = await createTask(store, await store.loadCore(), input, clock, 'req-42', false, 'ou_li');
    const retried = await createTask(store, stale, input, clock, 'req-42', true, 'ou_li');
    const ids = [first, again, retried].map((r) => (r.ok ? r.task.id : r.code));
    expect(ids).toEqual([ids[0], ids[0], ids[0]]);
    expect(tableNamed(local, '任务').records).toHaveLength(1);
    expect((await store.loadCore()).tasks[0]).toMatchObject({
      requestKey: taskKeyOf('req-42'),
      status: 'assigned',
      kind: 'special',
    });
  });

  it('[S7] installs completely on a host whose addTable ignores the fields it is given', async () => {
    const local = new LocalHost({ addTableIgnoresFields: true });
    const result = await install(local.host, 'zh');
    expect(result.status).toBe('installed');
    const reopened = await BatonStore.open(local.host, { withViews: true });
    expect(reopened.resolution.problems).toEqual([]);
    const tasks = local.state.tables.find((t) => t.name === '任务')!;
    expect(tasks.fields.find((f) => f.isPrimary)?.name).toBe('标题');
  });
});
