import { describe, expect, it } from 'vitest';
import type { Task } from '../core/model';
import type { RecordFields } from '../port/bitableBase';
import type { CellValue } from '../port/cellValues';
import { decodeCell, decodeRecord, encodeFields, SchemaError, type PlainValue } from './cellCodec';
import { fromDepartment, fromMember, fromTask, toDepartment, toMember, toTask } from './entities';
import { FIELD_TYPE_OF } from './fieldKinds';
import { emptyInstallMap } from './installMap';
import { fieldByKey, resolveSchema, type ActualTable, type ResolvedTable } from './resolveSchema';
import type { TableKey } from './schemaTypes';
import { TABLES } from './tables';

/** A Base matching the schema, with predictable ids: tbl_<table>, fld_<table>_<field>, opt_<field>_<option>. */
const base: ActualTable[] = TABLES.map((spec) => ({
  id: `tbl_${spec.key}`,
  name: spec.names.zh,
  fields: spec.fields.map((f, i) => ({
    id: `fld_${spec.key}_${f.key}`,
    name: f.names.zh,
    type: FIELD_TYPE_OF[f.kind],
    isPrimary: i === 0,
    property:
      f.kind === 'link'
        ? { tableId: `tbl_${f.linkTo}`, multiple: !!f.multiple }
        : {
            options: (f.options ?? []).map((o) => ({
              id: `opt_${f.key}_${o.key}`,
              name: o.names.zh,
              color: 0,
            })),
          },
  })),
}));
const { schema } = resolveSchema(base, emptyInstallMap());
const table = (key: TableKey) => schema[key]!;
const field = (key: TableKey, f: string) => fieldByKey(table(key), f)!;

function without<T extends object>(object: T, ...keys: string[]): T {
  return Object.fromEntries(Object.entries(object).filter(([key]) => !keys.includes(key))) as T;
}

/** Encodes one value, then decodes the cell it became. */
function roundTrip(key: TableKey, f: string, value: PlainValue): PlainValue {
  const cells = encodeFields(schema, table(key), { [f]: value });
  return decodeCell(field(key, f), cells[`fld_${key}_${f}`]).value;
}

describe('cell codec round trips', () => {
  it.each<[string, TableKey, string, PlainValue]>([
    ['text', 'tasks', 'title', '直播课 plan'],
    ['number', 'tasks', 'points', 12.5],
    ['number zero', 'tasks', 'points', 0],
    ['dateTime', 'tasks', 'due', Date.UTC(2024, 4, 10)],
    ['checkbox true', 'tasks', 'extraDuty', true],
    ['checkbox false', 'tasks', 'extraDuty', false],
    ['singleSelect', 'tasks', 'status', 'in_review'],
    ['multiSelect with schema options', 'collections', 'allowedFormats', ['pdf', 'png']],
    ['user (one)', 'tasks', 'responsible', ['ou_1']],
    ['user (many)', 'tasks', 'contributors', ['ou_1', 'ou_2']],
    ['url', 'courses', 'videoUrl', 'https://example.com/v?id=1'],
    ['link (one)', 'tasks', 'parent', ['rec_1']],
    ['link (many)', 'tasks', 'dependsOn', ['rec_1', 'rec_2']],
  ])('%s keeps its value', (_name, key, f, value) => {
    expect(roundTrip(key, f, value)).toEqual(value);
  });

  it('multiSelect without schema options (skills) decodes to the options’ texts', () => {
    const cell = [
      { id: 'opt_a', text: '剪辑' },
      { id: 'opt_b', text: '直播' },
    ];
    expect(decodeCell(field('members', 'skills'), cell).value).toEqual(['剪辑', '直播']);
    expect(roundTrip('members', 'skills', [])).toEqual([]);
    // Nothing in the schema names a skill option, so writing one is refused rather than guessed.
    expect(() => roundTrip('members', 'skills', ['剪辑'])).toThrow(SchemaError);
  });

  it('attachments are never written and decode to undefined', () => {
    const cells = encodeFields(schema, table('tasks'), { deliverables: 'ignored' });
    expect(cells).toEqual({ fld_tasks_deliverables: null });
    const file = [{ name: 'a.pdf', size: 1, type: 'application/pdf', token: 't', timeStamp: 1 }];
    expect(decodeCell(field('tasks', 'deliverables'), file).value).toBeUndefined();
  });

  it('empty values become empty cells: null, or false for a checkbox', () => {
    const cells = encodeFields(schema, table('tasks'), {
      title: '',
      due: undefined,
      parent: [],
      extraDuty: undefined,
    });
    expect(cells).toEqual({
      fld_tasks_title: null,
      fld_tasks_due: null,
      fld_tasks_parent: null,
      fld_tasks_extraDuty: false,
    });
  });

  it('a select is written as the option id with its current name', () => {
    expect(encodeFields(schema, table('tasks'), { status: 'done' })).toEqual({
      fld_tasks_status: { id: 'opt_status_done', text: '已完成' },
    });
  });

  it('a link is written with the target table id, whatever the source table', () => {
    const cells = encodeFields(schema, table('submissions'), { member: ['rec_m'] });
    expect(cells.fld_submissions_member).toMatchObject({ recordIds: ['rec_m'], tableId: 'tbl_members' });
  });

  it('a task survives fromTask -> encode -> decode -> toTask', () => {
    const task: Task = {
      id: 'rec_t',
      title: 'Design contest',
      kind: 'stage',
      parentId: 'rec_p',
      sequence: 2,
      primaryDepartmentId: 'rec_d',
      cooperatingDepartmentIds: ['rec_d2', 'rec_d3'],
      responsibleUserIds: ['ou_r'],
      contributorUserIds: ['ou_a', 'ou_b'],
      status: 'waiting',
      start: 1_700_000_000_000,
      due: 1_700_086_400_000,
      completedAt: undefined,
      dependsOnIds: ['rec_s1'],
      origin: 'claimed',
      extraDuty: true,
      points: 0,
      acknowledgedAt: 1_700_000_100_000,
      description: 'collect entries',
      createdAt: 1_699_999_999_000,
      requestKey: 'req-9',
      suggestedDepartmentIds: ['rec_d4'],
      publishedAt: 1_699_999_000_000,
      assignedAt: 1_699_999_500_000,
      deliverablesOwed: '设计部：海报',
    };
    const { id, ...rest } = task;
    const cells = encodeFields(schema, table('tasks'), fromTask(rest));
    expect(toTask(decodeRecord(table('tasks'), id, cells))).toEqual(task);
  });

  it('members and departments survive their round trips', () => {
    const member = {
      name: '王五',
      userIds: ['ou_w'],
      departmentId: 'rec_d',
      role: 'manager' as const,
      employeeNo: 'E007',
      skills: [],
      active: true,
    };
    const decoded = toMember(
      decodeRecord(table('members'), 'rec_m', encodeFields(schema, table('members'), fromMember(member))),
    );
    expect(decoded).toEqual({ id: 'rec_m', ...member });
    const dep = { name: '设计部', headUserIds: ['ou_h'], duties: '日常设计' };
    const cells = encodeFields(schema, table('departments'), fromDepartment(dep));
    expect(toDepartment(decodeRecord(table('departments'), 'rec_d', cells))).toEqual({ id: 'rec_d', ...dep });
  });
});

describe('decoding what a user typed', () => {
  it('text joins all segments, links and mentions included', () => {
    const cell = [
      { type: 'text', text: 'See ' },
      { type: 'url', text: 'the plan', link: 'https://x' },
      { type: 'mention', mentionType: 'User', text: '@Li', token: 't' },
    ] as CellValue;
    expect(decodeCell(field('tasks', 'title'), cell).value).toBe('See the plan@Li');
  });

  it('an empty cell decodes to undefined, or false for a checkbox', () => {
    expect(decodeCell(field('tasks', 'title'), null).value).toBeUndefined();
    expect(decodeCell(field('tasks', 'due'), undefined).value).toBeUndefined();
    expect(decodeCell(field('tasks', 'extraDuty'), null).value).toBe(false);
  });

  it('a cell of an unexpected shape decodes to nothing rather than crashing', () => {
    expect(
      decodeCell(field('tasks', 'due'), [{ type: 'text', text: 'tomorrow' }] as CellValue).value,
    ).toBeUndefined();
    expect(decodeCell(field('tasks', 'extraDuty'), 1).value).toBe(false);
    expect(decodeCell(field('tasks', 'responsible'), 'ou_x').value).toEqual([]);
  });

  it('an unknown single-select option is reported by its text, not crashing', () => {
    expect(decodeCell(field('tasks', 'status'), { id: 'opt_user', text: '搁置' })).toEqual({
      value: undefined,
      unknownOption: '搁置',
    });
  });

  it('decodeRecord collects unknown options per field and decodes the rest', () => {
    const fields: RecordFields = {
      fld_tasks_title: [{ type: 'text', text: 'T' }],
      fld_tasks_status: { id: 'opt_user', text: '搁置' },
      fld_tasks_kind: { id: 'opt_kind_stage', text: '阶段' },
      fld_other: 42,
    };
    const decoded = decodeRecord(table('tasks'), 'rec_1', fields);
    expect(decoded.unknownOptions).toEqual({ status: '搁置' });
    expect(decoded.values).toMatchObject({ title: 'T', status: undefined, kind: 'stage', extraDuty: false });
    expect(Object.keys(decoded.values).sort()).toEqual(
      TABLES.find((t) => t.key === 'tasks')!
        .fields.map((f) => f.key)
        .sort(),
    );
    expect(toTask(decoded).status).toBeUndefined();
  });

  it('a multi-select keeps the text of an option that is not in the schema', () => {
    const cell = [
      { id: 'opt_allowedFormats_pdf', text: 'pdf' },
      { id: 'opt_user_gif', text: 'gif' },
    ];
    expect(decodeCell(field('collections', 'allowedFormats'), cell).value).toEqual(['pdf', 'gif']);
  });
});

describe('encoding against a Base that lacks part of the schema', () => {
  const partial: ResolvedTable = {
    ...table('tasks'),
    fields: without(table('tasks').fields, 'points', 'extraDuty'),
  };

  it('an empty value for a missing field is skipped', () => {
    const cells = encodeFields(schema, partial, { title: 'T', points: undefined, extraDuty: false });
    expect(cells).toEqual({ fld_tasks_title: [{ type: 'text', text: 'T' }] });
    expect(encodeFields(schema, partial, { points: '' })).toEqual({});
  });

  it('a real value for a missing field throws a SchemaError naming it', () => {
    expect(() => encodeFields(schema, partial, { points: 3 })).toThrow(SchemaError);
    expect(() => encodeFields(schema, partial, { extraDuty: true })).toThrow(
      /fieldMissing: tasks\.extraDuty/,
    );
    expect(() => encodeFields(schema, partial, { points: 0 })).toThrow(
      expect.objectContaining({
        name: 'SchemaError',
        code: 'fieldMissing',
        detail: { table: 'tasks', field: 'points' },
      }),
    );
  });

  it('an option missing from the Base throws a SchemaError naming it', () => {
    const status = field('tasks', 'status');
    const options = without(status.options, 'done');
    const noDone = {
      ...table('tasks'),
      fields: { ...table('tasks').fields, status: { ...status, options } },
    };
    expect(() => encodeFields(schema, noDone, { status: 'done' })).toThrow(
      expect.objectContaining({
        code: 'optionMissing',
        detail: { table: 'tasks', field: 'status', option: 'done' },
      }),
    );
    expect(encodeFields(schema, noDone, { status: 'open' }).fld_tasks_status).toEqual({
      id: 'opt_status_open',
      text: '待认领',
    });
  });

  it('a link whose target table is missing throws a SchemaError', () => {
    const noDepartments = without(schema, 'departments');
    expect(() => encodeFields(noDepartments, table('tasks'), { primaryDepartment: ['rec_d'] })).toThrow(
      expect.objectContaining({ code: 'tableMissing' }),
    );
  });
});
