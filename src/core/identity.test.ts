import { describe, expect, it } from 'vitest';
import { identify, needsFirstBoss } from './identity';
import { aDepartment, aMember } from './testBuilders';

describe('identify', () => {
  it('[I1] finds the member whose account contains the user id, among several accounts', () => {
    const other = aMember({ userIds: ['ou_other'] });
    const me = aMember({ userIds: ['ou_old', 'ou_me'] });
    const viewer = identify('ou_me', [other, me], []);
    expect(viewer.kind).toBe('member');
    if (viewer.kind === 'member') expect(viewer.member).toBe(me);
  });

  it('[I1] a member with role 老板 is the boss, even when also listed as a department head', () => {
    const dep = aDepartment({ headUserIds: ['ou_boss'] });
    const boss = aMember({ userIds: ['ou_boss'], role: 'boss', departmentId: dep.id });
    const viewer = identify('ou_boss', [boss], [dep]);
    expect(viewer).toMatchObject({ kind: 'member', role: 'boss' });
  });

  it('[I1] a member with role 部门负责人 is a head, without being in the head field', () => {
    const dep = aDepartment({ headUserIds: [] });
    const manager = aMember({ userIds: ['ou_m'], role: 'manager', departmentId: dep.id });
    expect(identify('ou_m', [manager], [dep])).toMatchObject({
      kind: 'member',
      role: 'head',
      department: dep,
    });
  });

  it('[I1] an employee listed as head of their own department is a head', () => {
    const dep = aDepartment({ headUserIds: ['ou_h'] });
    const member = aMember({ userIds: ['ou_h'], role: 'employee', departmentId: dep.id });
    expect(identify('ou_h', [member], [dep])).toMatchObject({ kind: 'member', role: 'head' });
  });

  it('[I1] heading another department than their own does not make an employee a head', () => {
    const mine = aDepartment({ headUserIds: [] });
    const other = aDepartment({ headUserIds: ['ou_e'] });
    const member = aMember({ userIds: ['ou_e'], role: 'employee', departmentId: mine.id });
    expect(identify('ou_e', [member], [mine, other])).toMatchObject({
      kind: 'member',
      role: 'employee',
      department: mine,
    });
  });

  it('[I1] a member with no role and no department is an employee', () => {
    const member = aMember({ userIds: ['ou_x'], role: undefined, departmentId: undefined });
    const viewer = identify('ou_x', [member], [aDepartment({ headUserIds: ['ou_x'] })]);
    expect(viewer).toMatchObject({ kind: 'member', role: 'employee' });
    if (viewer.kind === 'member') expect(viewer.department).toBeUndefined();
  });

  it('[I1] a department id that matches no department leaves the department undefined', () => {
    const member = aMember({ userIds: ['ou_x'], departmentId: 'dep_gone' });
    const viewer = identify('ou_x', [member], [aDepartment()]);
    expect(viewer.kind === 'member' && viewer.department).toBeUndefined();
  });

  it('[I2] a user with no member row is not a member (missing)', () => {
    const viewer = identify('ou_stranger', [aMember({ userIds: ['ou_a'] })], []);
    expect(viewer).toEqual({ kind: 'notMember', userId: 'ou_stranger', reason: 'missing' });
  });

  it('[I2] an empty Members table makes everyone a non-member', () => {
    expect(identify('ou_a', [], [])).toMatchObject({ kind: 'notMember', reason: 'missing' });
  });

  it('[I2] a member row that is not 在职 is not a member (inactive), even for the boss', () => {
    const boss = aMember({ userIds: ['ou_b'], role: 'boss', active: false });
    expect(identify('ou_b', [boss], [])).toEqual({ kind: 'notMember', userId: 'ou_b', reason: 'inactive' });
  });
});

describe('needsFirstBoss', () => {
  it('[I3] an empty Members table needs a first boss', () => {
    expect(needsFirstBoss([])).toBe(true);
  });

  it('[I3] members without a boss are refused: registration is for a Base that never had anyone', () => {
    expect(needsFirstBoss([aMember({ role: 'manager' }), aMember({ role: 'employee' })])).toBe(false);
  });

  it('[I3] an inactive boss still counts: unticking 在职 by mistake opens no door', () => {
    expect(needsFirstBoss([aMember({ role: 'boss', active: false })])).toBe(false);
  });

  it('[I3] once an active boss exists, no one else may register as boss', () => {
    expect(needsFirstBoss([aMember({ role: 'boss', active: false }), aMember({ role: 'boss' })])).toBe(false);
  });
});
