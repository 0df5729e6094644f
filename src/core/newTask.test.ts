import { describe, expect, it } from 'vitest';
import {
  buildNewTask,
  defaultResponsible,
  TITLE_MAX,
  validateNewTask,
  type NewTaskContext,
  type NewTaskInput,
} from './newTask';
import { aDepartment, aMember, DAY, TODAY_START } from './testBuilders';

const design = aDepartment({ name: 'Design', headUserIds: ['ou_head'] });
const head = aMember({ name: 'Head', userIds: ['ou_head'], departmentId: design.id, role: 'manager' });
const worker = aMember({ name: 'Worker', userIds: ['ou_w1', 'ou_w2'], departmentId: design.id });
const gone = aMember({ name: 'Gone', userIds: ['ou_gone'], active: false });
const noAccount = aMember({ name: 'No account', userIds: [] });

const ctx: NewTaskContext = {
  departments: [design],
  members: [head, worker, gone, noAccount],
  todayStart: TODAY_START,
};

const valid: NewTaskInput = {
  title: 'Plan the livestream class',
  primaryDepartmentId: design.id,
  responsibleMemberId: worker.id,
  due: TODAY_START + 3 * DAY,
};

const codes = (input: Partial<NewTaskInput>, context: NewTaskContext = ctx) =>
  validateNewTask({ ...valid, ...input }, context).map((e) => e.code);

describe('validateNewTask', () => {
  it('accepts a complete, valid input', () => {
    expect(validateNewTask(valid, ctx)).toEqual([]);
  });

  it('[T1] an empty or whitespace-only title is required', () => {
    expect(validateNewTask({ ...valid, title: '' }, ctx)).toEqual([
      { field: 'title', code: 'title.required' },
    ]);
    expect(codes({ title: ' \t\n　' })).toEqual(['title.required']);
  });

  it('[T1] a title of exactly 200 characters is allowed, 201 is too long', () => {
    expect(TITLE_MAX).toBe(200);
    expect(codes({ title: '专'.repeat(200) })).toEqual([]);
    expect(validateNewTask({ ...valid, title: 'x'.repeat(201) }, ctx)).toEqual([
      { field: 'title', code: 'title.tooLong' },
    ]);
  });

  it('[T1] the length is counted after trimming', () => {
    expect(codes({ title: `  ${'x'.repeat(200)}  ` })).toEqual([]);
  });

  it('[T2] a primary department is required', () => {
    expect(validateNewTask({ ...valid, primaryDepartmentId: undefined }, ctx)).toEqual([
      { field: 'primaryDepartmentId', code: 'department.required' },
    ]);
    expect(codes({ primaryDepartmentId: '' })).toEqual(['department.required']);
  });

  it('[T2] the primary department must exist in the Departments table', () => {
    expect(codes({ primaryDepartmentId: 'dep_deleted' })).toEqual(['department.unknown']);
  });

  it('[T3] a responsible person is required', () => {
    expect(validateNewTask({ ...valid, responsibleMemberId: undefined }, ctx)).toEqual([
      { field: 'responsibleMemberId', code: 'responsible.required' },
    ]);
  });

  it('[T3] the responsible person must be an active member', () => {
    expect(codes({ responsibleMemberId: gone.id })).toEqual(['responsible.notActiveMember']);
    expect(codes({ responsibleMemberId: 'mem_unknown' })).toEqual(['responsible.notActiveMember']);
  });

  it('[T3] the responsible person must have a Feishu account', () => {
    expect(codes({ responsibleMemberId: noAccount.id })).toEqual(['responsible.noAccount']);
  });

  it('[T4] a due date is required', () => {
    expect(validateNewTask({ ...valid, due: undefined }, ctx)).toEqual([
      { field: 'due', code: 'due.required' },
    ]);
  });

  it('[T4] rejects a due date before today', () => {
    expect(codes({ due: TODAY_START - 1 })).toEqual(['due.past']);
    expect(codes({ due: TODAY_START - DAY })).toEqual(['due.past']);
  });

  it('[T4] a due date exactly at the start of today, or later today, is allowed', () => {
    expect(codes({ due: TODAY_START })).toEqual([]);
    expect(codes({ due: TODAY_START + DAY - 1 })).toEqual([]);
  });

  it('[T4] "today" is the viewer’s day passed in, not a fixed clock', () => {
    expect(codes({ due: TODAY_START }, { ...ctx, todayStart: TODAY_START + DAY })).toEqual(['due.past']);
  });

  it('reports every invalid field at once, one error per field', () => {
    const errors = validateNewTask({ title: ' ' }, ctx);
    expect(errors.map((e) => e.field)).toEqual([
      'title',
      'primaryDepartmentId',
      'responsibleMemberId',
      'due',
    ]);
  });
});

describe('buildNewTask', () => {
  const now = TODAY_START + 10 * 60 * 60 * 1000;
  const build = (input: NewTaskInput = valid, requestKey = 'req-1') =>
    buildNewTask(input, { ...ctx, now, requestKey });

  it('[T5] writes a special task, 待确认 (assigned), origin 派单, starting today, with the request key', () => {
    expect(build()).toMatchObject({
      kind: 'special',
      status: 'assigned',
      origin: 'assigned',
      start: TODAY_START,
      due: valid.due,
      primaryDepartmentId: design.id,
      createdAt: now,
      requestKey: 'req-1',
    });
  });

  it('[T5] the task has no parent: it is a special task, not a stage', () => {
    const task = build();
    expect(task.parentId).toBeUndefined();
    expect(task).not.toHaveProperty('id');
  });

  it('[T5] the responsible user is the member’s first Feishu account; no contributors or cooperating departments', () => {
    expect(build()).toMatchObject({
      responsibleUserIds: ['ou_w1'],
      contributorUserIds: [],
      cooperatingDepartmentIds: [],
    });
  });

  it('[T1] [T5] the title is written trimmed', () => {
    expect(build({ ...valid, title: '  Brand campaign \n' }).title).toBe('Brand campaign');
  });

  it('[T5] the same input and request key build the same task', () => {
    expect(build(valid, 'k')).toEqual(build(valid, 'k'));
    expect(build(valid, 'k2').requestKey).toBe('k2');
  });
});

describe('defaultResponsible', () => {
  it('suggests the primary department’s head when they are an active member', () => {
    expect(defaultResponsible(design.id, ctx)).toBe(head.id);
  });

  it('suggests nobody when the head is not an active member', () => {
    const members = [{ ...head, active: false }, worker];
    expect(defaultResponsible(design.id, { ...ctx, members })).toBeUndefined();
  });

  it('suggests nobody for an unknown or missing department, or a department without a head', () => {
    expect(defaultResponsible('dep_unknown', ctx)).toBeUndefined();
    expect(defaultResponsible(undefined, ctx)).toBeUndefined();
    const headless = aDepartment({ headUserIds: [] });
    expect(defaultResponsible(headless.id, { ...ctx, departments: [design, headless] })).toBeUndefined();
  });
});
