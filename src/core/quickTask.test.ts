import { describe, expect, it } from 'vitest';
import { TITLE_LIMIT, type DraftContext } from './assignment';
import { checkQuickTask, defaultResponsible, quickDraft, type QuickTaskInput } from './quickTask';
import { aDepartment, aMember, TODAY_START } from './testBuilders';
import { DAY } from './time';

const design = aDepartment({ name: 'Design', headUserIds: ['ou_head'] });
const sales = aDepartment({ name: 'Sales', headUserIds: [] });
const head = aMember({ name: 'Head', userIds: ['ou_head'], departmentId: design.id, role: 'manager' });
const worker = aMember({ name: 'Worker', userIds: ['ou_w1', 'ou_w2'], departmentId: design.id });
const seller = aMember({ name: 'Seller', userIds: ['ou_s'], departmentId: sales.id });
const gone = aMember({ name: 'Gone', userIds: ['ou_gone'], departmentId: design.id, active: false });
const noAccount = aMember({ name: 'No account', userIds: [], departmentId: design.id });

const ctx: DraftContext = {
  departments: [design, sales],
  members: [head, worker, seller, gone, noAccount],
  todayStart: TODAY_START,
};

const valid: QuickTaskInput = {
  title: 'Plan the livestream class',
  primaryDepartmentId: design.id,
  responsibleMemberId: worker.id,
  due: TODAY_START + 3 * DAY,
};

const issues = (input: Partial<QuickTaskInput>, context: DraftContext = ctx) =>
  checkQuickTask({ ...valid, ...input }, context).map((e) => [e.field, e.code]);
const codes = (input: Partial<QuickTaskInput>, context?: DraftContext) =>
  issues(input, context).map(([, code]) => code);

describe('checkQuickTask', () => {
  it('accepts a complete, valid input', () => {
    expect(checkQuickTask(valid, ctx)).toEqual([]);
  });

  it('[T1] an empty or whitespace-only title is required', () => {
    expect(issues({ title: '' })).toEqual([['title', 'title.required']]);
    expect(codes({ title: ' \t\n　' })).toEqual(['title.required']);
  });

  it('[T1] a title of exactly 200 characters is allowed after trimming, 201 is too long', () => {
    expect(TITLE_LIMIT).toBe(200);
    expect(codes({ title: `  ${'专'.repeat(200)}  ` })).toEqual([]);
    expect(issues({ title: 'x'.repeat(201) })).toEqual([['title', 'title.tooLong']]);
  });

  it('[T2] a primary department is required and must exist', () => {
    expect(issues({ primaryDepartmentId: undefined })).toEqual([['primary', 'department.required']]);
    expect(codes({ primaryDepartmentId: '' })).toEqual(['department.required']);
    expect(codes({ primaryDepartmentId: 'dep_deleted' })).toEqual(['department.unknown']);
  });

  it('[T3] a responsible person is required, known, with a Feishu account', () => {
    expect(issues({ responsibleMemberId: undefined })).toEqual([['responsible', 'responsible.required']]);
    expect(codes({ responsibleMemberId: 'mem_unknown' })).toEqual(['responsible.required']);
    expect(codes({ responsibleMemberId: noAccount.id })).toEqual(['responsible.noAccount']);
  });

  it('[T3] an inactive person is refused; an active one outside the department is not', () => {
    expect(codes({ responsibleMemberId: gone.id })).toEqual(['responsible.inactive']);
    expect(codes({ responsibleMemberId: seller.id })).toEqual([]);
  });

  it('[T4] a due date is required, not before the viewer’s today', () => {
    expect(issues({ due: undefined })).toEqual([['due', 'due.required']]);
    expect(codes({ due: TODAY_START - 1 })).toEqual(['due.past']);
    expect(codes({ due: TODAY_START })).toEqual([]);
    expect(codes({ due: TODAY_START + DAY - 1 })).toEqual([]);
    expect(codes({ due: TODAY_START }, { ...ctx, todayStart: TODAY_START + DAY })).toEqual(['due.past']);
  });

  it('reports every invalid field at once', () => {
    expect(checkQuickTask({ title: ' ' }, ctx).map((e) => e.field)).toEqual([
      'title',
      'due',
      'primary',
      'responsible',
    ]);
  });
});

describe('quickDraft', () => {
  it('[T5] is an assignment of one task (starting the day it is sent), without stages, cooperation or extra duty', () => {
    expect(quickDraft(valid, 'req-1', ctx)).toMatchObject({
      draftKey: 'req-1',
      mode: 'assign',
      due: valid.due,
      primaryDepartmentId: design.id,
      responsibleMemberId: worker.id,
      extraDuty: false,
      cooperation: [],
      stages: [],
    });
  });
});

describe('defaultResponsible', () => {
  it('[T3] suggests the primary department’s head when they are an active member', () => {
    expect(defaultResponsible(design.id, ctx)).toBe(head.id);
  });

  it('[T3] suggests nobody when the head is not an active member', () => {
    const members = [{ ...head, active: false }, worker];
    expect(defaultResponsible(design.id, { ...ctx, members })).toBeUndefined();
  });

  it('[T3] suggests nobody for an unknown or missing department, or a department without a head', () => {
    expect(defaultResponsible('dep_unknown', ctx)).toBeUndefined();
    expect(defaultResponsible(undefined, ctx)).toBeUndefined();
    expect(defaultResponsible(sales.id, ctx)).toBeUndefined();
  });
});
