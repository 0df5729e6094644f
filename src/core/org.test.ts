import { describe, expect, it } from 'vitest';
import { uniqueRecipients } from './notices';
import { bosses, departmentName, headOf, memberOfUser, userOf } from './org';
import { aDepartment, aMember } from './testBuilders';

const design = aDepartment({ name: '设计部', headUserIds: ['u_guo'] });
const sales = aDepartment({ name: '销售部', headUserIds: [] });
const guo = aMember({ name: '郭晓', userIds: ['u_guo'], departmentId: design.id, role: 'manager' });
const he = aMember({ name: '何平', userIds: ['u_he'], departmentId: design.id });
const zheng = aMember({ name: '郑强', userIds: ['u_zheng'], departmentId: sales.id, role: 'manager' });
const boss = aMember({ name: '王建国', userIds: ['u_boss'], role: 'boss' });
const formerBoss = aMember({ name: '老王', userIds: ['u_old'], role: 'boss', active: false });
const org = { departments: [design, sales], members: [guo, he, zheng, boss, formerBoss] };

describe('org', () => {
  it('a department head is its 负责人, or else an active 部门负责人 of the department', () => {
    expect(headOf(org, design.id)?.name).toBe('郭晓');
    expect(headOf(org, sales.id)?.name).toBe('郑强');
    expect(headOf(org, 'nope')).toBeUndefined();
    expect(headOf(org, undefined)).toBeUndefined();
  });

  it('an inactive 负责人 is no head; the manager by role stands in', () => {
    const away = { ...guo, active: false };
    const stand = aMember({ name: '林峰', departmentId: design.id, role: 'manager' });
    const o = { departments: [design], members: [away, he, stand] };
    expect(headOf(o, design.id)?.name).toBe('林峰');
    expect(headOf({ departments: [design], members: [away, he] }, design.id)).toBeUndefined();
  });

  it('bosses are the active members with the boss role', () => {
    expect(bosses(org).map((b) => b.name)).toEqual(['王建国']);
  });

  it('a user with an inactive and an active member row is the active one', () => {
    const old = aMember({ name: 'old row', userIds: ['u_x'], active: false });
    const current = aMember({ name: 'new row', userIds: ['u_x'] });
    expect(memberOfUser({ departments: [], members: [old, current] }, 'u_x')?.name).toBe('new row');
    expect(memberOfUser({ departments: [], members: [old] }, 'u_x')?.name).toBe('old row');
    expect(memberOfUser(org, 'u_nobody')).toBeUndefined();
  });

  it('names and user ids are looked up safely', () => {
    expect(departmentName(org, design.id)).toBe('设计部');
    expect(departmentName(org, 'nope')).toBe('');
    expect(userOf(he)).toBe('u_he');
    expect(userOf(undefined)).toBeUndefined();
  });

  it('uniqueRecipients keeps the first of each user, in order, and drops empty ids', () => {
    expect(uniqueRecipients(['b', undefined, 'a', 'b', '', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});
