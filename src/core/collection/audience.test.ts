import { describe, expect, it } from 'vitest';
import { aDepartment, aMember } from '../testBuilders';
import { audienceOf, isLate, manageRefusal, publishRefusal, submitRefusal } from './audience';
import { aDrive, DEADLINE, PUBLISHED } from './collectionBuilders';

const design = aDepartment({ name: '设计部' });
const market = aDepartment({ name: '市场部' });
const hr = aDepartment({ name: '人事部' });
const ann = aMember({ name: 'Ann', departmentId: design.id });
const bob = aMember({ name: 'Bob', departmentId: market.id });
const gone = aMember({ name: 'Gone', departmentId: design.id, active: false });
const hana = aMember({ name: 'Hana', departmentId: hr.id });
const head = aMember({ name: 'Head', departmentId: market.id, role: 'manager' });
const boss = aMember({ name: 'Boss', role: 'boss' });
const org = { departments: [design, market, hr], members: [ann, bob, gone, hana, head, boss] };
const user = (m: { userIds: string[] }) => m.userIds[0]!;

describe('audience and permissions', () => {
  it('[CD3] departments and named members, active only, once each; nobody named means everyone active', () => {
    const names = (ids: Partial<{ departmentIds: string[]; memberIds: string[] }>) =>
      audienceOf(org, { departmentIds: [], memberIds: [], ...ids }).map((m) => m.name);
    expect(names({ departmentIds: [design.id] })).toEqual(['Ann']);
    expect(names({ departmentIds: [design.id], memberIds: [ann.id, hana.id] })).toEqual(['Ann', 'Hana']);
    expect(names({})).toEqual(['Ann', 'Bob', 'Hana', 'Head', 'Boss']);
  });

  it('[CD7] the boss, heads and 人事部 publish; others are refused', () => {
    expect(publishRefusal(org, user(boss))).toBeUndefined();
    expect(publishRefusal(org, user(head))).toBeUndefined();
    expect(publishRefusal(org, user(hana))).toBeUndefined();
    expect(publishRefusal(org, user(ann))).toBe('notAllowed');
    expect(publishRefusal(org, user(gone))).toBe('notMember');
  });

  it('[CD7] only the organizer and the boss manage a drive', () => {
    const drive = aDrive({ organizerUserIds: [user(hana)] });
    expect(manageRefusal(org, user(hana), drive)).toBeUndefined();
    expect(manageRefusal(org, user(boss), drive)).toBeUndefined();
    expect(manageRefusal(org, user(head), drive)).toBe('notAllowed');
  });

  it('[CD8] the audience submits; others only when open to all; closed refuses; late is marked', () => {
    const drive = aDrive({ departmentIds: [design.id] });
    expect(submitRefusal(org, user(ann), drive, PUBLISHED)).toBeUndefined();
    expect(submitRefusal(org, user(bob), drive, PUBLISHED)).toBe('notAudience');
    expect(submitRefusal(org, user(bob), { ...drive, openToAll: true }, PUBLISHED)).toBeUndefined();
    expect(submitRefusal(org, user(ann), { ...drive, status: 'closed' }, PUBLISHED)).toBe('closed');
    expect(submitRefusal(org, user(ann), { ...drive, status: 'draft' }, PUBLISHED)).toBe('notOpen');
    expect(submitRefusal(org, user(ann), drive, DEADLINE + 1)).toBeUndefined();
    expect(isLate(drive, DEADLINE + 1)).toBe(true);
    expect(isLate(drive, DEADLINE)).toBe(false);
  });
});
