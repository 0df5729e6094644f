import { describe, expect, it } from 'vitest';
import type { Task } from './model';
import { performWork } from './process';
import { perform, type ResponsibilityAction } from './responsibility';
import { aDepartment, aMember, aTask, TODAY_START } from './testBuilders';

/** [K1]-[K5] Each responsibility command, by each kind of actor, on a task each of them is named on. */
const design = aDepartment({ name: '设计部', headUserIds: ['u_guo'] });
const boss = aMember({ name: '王建国', userIds: ['u_boss'], role: 'boss' });
const guo = aMember({ name: '郭晓', userIds: ['u_guo'], departmentId: design.id });
const loose = aMember({ name: '林峰', userIds: ['u_loose'], role: 'manager', departmentId: undefined });
const he = aMember({ name: '何平', userIds: ['u_he'], departmentId: design.id });
const gone = aMember({ name: '老李', userIds: ['u_gone'], departmentId: design.id, active: false });
const org = { departments: [design], members: [boss, guo, loose, he, gone] };
const ACTORS = {
  boss: 'u_boss',
  head: 'u_guo',
  headWithoutDepartment: 'u_loose',
  employee: 'u_he',
  inactive: 'u_gone',
  nonMember: 'u_stranger',
} as const;
type Actor = keyof typeof ACTORS;

/** The actor is the task's responsible person, so only their standing decides. */
const ownTask = (actor: Actor, overrides: Partial<Task> = {}) =>
  aTask({
    status: 'assigned',
    primaryDepartmentId: design.id,
    responsibleUserIds: [ACTORS[actor]],
    assignedAt: TODAY_START,
    ...overrides,
  });
const codeOf = (task: Task, action: ResponsibilityAction, actor: Actor) => {
  const outcome = perform(task, action, { ...org, actorUserId: ACTORS[actor], now: TODAY_START + 1000 });
  return outcome.ok ? 'ok' : outcome.code;
};

const ALL: Actor[] = ['boss', 'head', 'headWithoutDepartment', 'employee', 'inactive', 'nonMember'];
const OWNER: Record<Actor, string> = {
  boss: 'ok',
  head: 'ok',
  headWithoutDepartment: 'ok',
  employee: 'ok',
  inactive: 'notMember',
  nonMember: 'notMember',
};
const REASSIGN: Record<Actor, string> = {
  boss: 'ok',
  head: 'ok',
  headWithoutDepartment: 'notAllowed',
  employee: 'notAllowed',
  inactive: 'notMember',
  nonMember: 'notMember',
};
const REASSIGN_POOL: Record<Actor, string> = { ...REASSIGN, head: 'notAllowed' };

describe('responsibility commands by role', () => {
  for (const actor of ALL) {
    it(`[K5] acknowledge by ${actor} as owner: ${OWNER[actor]}`, () => {
      expect(codeOf(ownTask(actor), { kind: 'acknowledge' }, actor)).toBe(OWNER[actor]);
    });
    it(`[K5] decline by ${actor} as owner: ${OWNER[actor]}`, () => {
      expect(codeOf(ownTask(actor), { kind: 'decline', reason: '忙' }, actor)).toBe(OWNER[actor]);
    });
    it(`[K4] reassign of a 设计部 task by ${actor}: ${REASSIGN[actor]}`, () => {
      const action = { kind: 'reassign', toMemberId: he.id, reason: '换人' } as const;
      expect(codeOf(ownTask('employee'), action, actor)).toBe(REASSIGN[actor]);
    });
    it(`[K4] reassign of a pool task (no department) by ${actor}: ${REASSIGN_POOL[actor]}`, () => {
      const action = { kind: 'reassign', toMemberId: he.id, reason: '换人' } as const;
      const pooled = ownTask('employee', { status: 'open', primaryDepartmentId: undefined });
      expect(codeOf(pooled, action, actor)).toBe(REASSIGN_POOL[actor]);
    });
  }
});

describe('stage work by role', () => {
  for (const actor of ALL)
    it(`[K5] start of their own ready stage by ${actor}: ${OWNER[actor]}`, () => {
      const stage = ownTask(actor, { kind: 'stage', status: 'ready' });
      const ctx = {
        ...org,
        tasks: [stage],
        actorUserId: ACTORS[actor],
        now: TODAY_START,
        todayStart: TODAY_START,
      };
      const outcome = performWork(stage, { kind: 'start' }, ctx);
      expect(outcome.ok ? 'ok' : outcome.code).toBe(OWNER[actor]);
    });
});
