import { describe, expect, it } from 'vitest';
import {
  actsAsOwner,
  commandRefusal,
  headedDepartmentId,
  mayManage,
  type ManagerCommand,
} from './permissions';
import { aDepartment, aMember, aTask } from './testBuilders';

const design = aDepartment({ name: '设计部', headUserIds: ['u_guo'] });
const sales = aDepartment({ name: '销售部', headUserIds: [] });
const boss = aMember({ name: '王建国', userIds: ['u_boss'], role: 'boss' });
const guo = aMember({ name: '郭晓', userIds: ['u_guo'], departmentId: design.id });
const zheng = aMember({ name: '郑强', userIds: ['u_zheng'], departmentId: sales.id, role: 'manager' });
const loose = aMember({ name: '林峰', userIds: ['u_loose'], role: 'manager', departmentId: undefined });
const he = aMember({ name: '何平', userIds: ['u_he'], departmentId: design.id });
const gone = aMember({ name: '老李', userIds: ['u_gone'], departmentId: design.id, active: false });
const org = { departments: [design, sales], members: [boss, guo, zheng, loose, he, gone] };

/** Who is who: the six kinds of actor every command is checked against. */
const ACTORS = {
  boss: 'u_boss',
  head: 'u_guo',
  headWithoutDepartment: 'u_loose',
  employee: 'u_he',
  inactive: 'u_gone',
  nonMember: 'u_stranger',
} as const;

const EXPECTED: Record<ManagerCommand, Record<keyof typeof ACTORS, string | undefined>> = {
  assign: {
    boss: undefined,
    head: undefined,
    headWithoutDepartment: 'notAllowed',
    employee: 'notAllowed',
    inactive: 'notMember',
    nonMember: 'notMember',
  },
  publish: {
    boss: undefined,
    head: undefined,
    headWithoutDepartment: 'notAllowed',
    employee: 'notAllowed',
    inactive: 'notMember',
    nonMember: 'notMember',
  },
  quickCreate: {
    boss: undefined,
    head: undefined,
    headWithoutDepartment: 'notAllowed',
    employee: 'notAllowed',
    inactive: 'notMember',
    nonMember: 'notMember',
  },
  saveTemplate: {
    boss: undefined,
    head: 'notAllowed',
    headWithoutDepartment: 'notAllowed',
    employee: 'notAllowed',
    inactive: 'notMember',
    nonMember: 'notMember',
  },
};

describe('permissions', () => {
  for (const [command, byActor] of Object.entries(EXPECTED) as [
    ManagerCommand,
    (typeof EXPECTED)[ManagerCommand],
  ][])
    for (const [actor, refusal] of Object.entries(byActor) as [keyof typeof ACTORS, string | undefined][])
      it(`[K3] ${command} by ${actor}: ${refusal ?? 'allowed'}`, () => {
        expect(commandRefusal(org, ACTORS[actor], command)).toBe(refusal);
      });

  it('[K2] a head heads their own department, by role or by being its 负责人; a head with no 部门 heads nothing', () => {
    expect(headedDepartmentId(org, guo)).toBe(design.id);
    expect(headedDepartmentId(org, zheng)).toBe(sales.id);
    expect(headedDepartmentId(org, loose)).toBeUndefined();
    expect(headedDepartmentId(org, he)).toBeUndefined();
    const elsewhere = aMember({ userIds: ['u_guo'], departmentId: sales.id });
    expect(headedDepartmentId(org, elsewhere)).toBeUndefined();
  });

  it('[K4] the boss manages anywhere, a head their department only, nobody else anything', () => {
    expect(mayManage(org, 'u_boss', design.id)).toBe(true);
    expect(mayManage(org, 'u_guo', design.id)).toBe(true);
    expect(mayManage(org, 'u_guo', sales.id)).toBe(false);
    expect(mayManage(org, 'u_zheng', sales.id)).toBe(true);
    expect(mayManage(org, 'u_he', design.id)).toBe(false);
    expect(mayManage(org, 'u_gone', design.id)).toBe(false);
    expect(mayManage(org, 'u_stranger', design.id)).toBe(false);
  });

  it('[K4] a pool task (no primary department) is managed by the boss alone, not by a head with no 部门', () => {
    expect(mayManage(org, 'u_boss', undefined)).toBe(true);
    expect(mayManage(org, 'u_loose', undefined)).toBe(false);
    expect(mayManage(org, 'u_guo', undefined)).toBe(false);
  });

  it('[K5] only an active member named responsible acts as owner', () => {
    const task = aTask({ responsibleUserIds: ['u_he', 'u_gone', 'u_stranger'] });
    expect(actsAsOwner(org, 'u_he', task)).toBe(true);
    expect(actsAsOwner(org, 'u_gone', task)).toBe(false);
    expect(actsAsOwner(org, 'u_stranger', task)).toBe(false);
    expect(actsAsOwner(org, 'u_boss', task)).toBe(false);
  });
});
