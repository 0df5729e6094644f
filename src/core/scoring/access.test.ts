import { describe, expect, it } from 'vitest';
import { aDepartment, aMember } from '../testBuilders';
import { awardRefusal, bossRefusal, maySeeLeaderboard, maySeeRecord } from './access';

const design = aDepartment({ id: 'design' });
const sales = aDepartment({ id: 'sales' });
const boss = aMember({ role: 'boss', userIds: ['ou_boss'] });
const head = aMember({ role: 'manager', departmentId: 'design', userIds: ['ou_head'] });
const designer = aMember({ departmentId: 'design', userIds: ['ou_designer'] });
const seller = aMember({ departmentId: 'sales', userIds: ['ou_seller'] });
const left = aMember({ departmentId: 'design', userIds: ['ou_left'], active: false });
const org = { departments: [design, sales], members: [boss, head, designer, seller, left] };

describe('scoring access', () => {
  it('[SC16] own record, the department’s records for its head, all for the boss', () => {
    expect(maySeeRecord(org, 'ou_designer', designer.id)).toBe(true);
    expect(maySeeRecord(org, 'ou_designer', seller.id)).toBe(false);
    expect(maySeeRecord(org, 'ou_head', designer.id)).toBe(true);
    expect(maySeeRecord(org, 'ou_head', seller.id)).toBe(false);
    expect(maySeeRecord(org, 'ou_boss', seller.id)).toBe(true);
    expect(maySeeRecord(org, 'ou_left', left.id)).toBe(false);
    expect(maySeeRecord(org, 'ou_stranger', designer.id)).toBe(false);
  });

  it('[SC17] the leaderboard is for managers unless the setting opens it to everyone', () => {
    expect(maySeeLeaderboard(org, 'ou_designer', 'managers')).toBe(false);
    expect(maySeeLeaderboard(org, 'ou_head', 'managers')).toBe(true);
    expect(maySeeLeaderboard(org, 'ou_boss', 'managers')).toBe(true);
    expect(maySeeLeaderboard(org, 'ou_designer', 'everyone')).toBe(true);
    expect(maySeeLeaderboard(org, 'ou_stranger', 'everyone')).toBe(false);
  });

  it('[SC18] only the boss awards, with a reason and a sensible number', () => {
    const award = { memberId: designer.id, points: 10, reason: '周末加班支援展会' };
    expect(awardRefusal(org, 'ou_boss', award, 1000)).toBeUndefined();
    expect(awardRefusal(org, 'ou_boss', { ...award, points: -10 }, 1000)).toBeUndefined();
    expect(awardRefusal(org, 'ou_head', award, 1000)).toBe('notAllowed');
    expect(awardRefusal(org, 'ou_designer', award, 1000)).toBe('notAllowed');
    expect(awardRefusal(org, 'ou_stranger', award, 1000)).toBe('notMember');
    expect(awardRefusal(org, 'ou_boss', { ...award, reason: '  ' }, 1000)).toBe('noReason');
    expect(awardRefusal(org, 'ou_boss', { ...award, points: 0 }, 1000)).toBe('badPoints');
    expect(awardRefusal(org, 'ou_boss', { ...award, points: 1e6 }, 1000)).toBe('badPoints');
    expect(awardRefusal(org, 'ou_boss', { ...award, memberId: 'nobody' }, 1000)).toBe('unknownMember');
    expect(awardRefusal(org, 'ou_boss', { ...award, memberId: '' }, 1000)).toBe('pickMember');
    expect(bossRefusal(org, 'ou_head')).toBe('notAllowed');
  });
});
