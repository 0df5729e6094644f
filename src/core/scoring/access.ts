/**
 * [SC16]-[SC18] Who sees and does what in scoring. The services ask here before reading or writing, so a
 * stale screen or another client is refused all the same.
 */
import { activeMember, headedDepartmentId, type PermissionRefusal } from '../permissions';
import type { Org } from '../org';
import type { LeaderboardVisibility } from './settings';

const isBoss = (org: Org, userId: string) => activeMember(org, userId)?.role === 'boss';

/** [SC16] A member sees their own record, a head their department's, the boss everyone's. */
export function maySeeRecord(org: Org, viewerUserId: string, memberId: string): boolean {
  const viewer = activeMember(org, viewerUserId);
  if (!viewer) return false;
  if (viewer.role === 'boss' || viewer.id === memberId) return true;
  const member = org.members.find((m) => m.id === memberId);
  const headed = headedDepartmentId(org, viewer);
  return headed !== undefined && member?.departmentId === headed;
}

/** [SC17] The leaderboard: managers only by default, everyone active when the setting says so. */
export function maySeeLeaderboard(org: Org, userId: string, visibility: LeaderboardVisibility): boolean {
  const viewer = activeMember(org, userId);
  if (!viewer) return false;
  if (visibility === 'everyone' || viewer.role === 'boss') return true;
  return headedDepartmentId(org, viewer) !== undefined;
}

/** [SC18] Only the boss awards or deducts points, closes a period or exports payroll. */
export function bossRefusal(org: Org, userId: string): PermissionRefusal | undefined {
  if (!activeMember(org, userId)) return 'notMember';
  return isBoss(org, userId) ? undefined : 'notAllowed';
}

export type AwardRefusal = PermissionRefusal | 'pickMember' | 'noReason' | 'badPoints' | 'unknownMember';

export interface AwardInput {
  memberId: string;
  points: number;
  reason: string;
}

/** [SC18] A manual award or deduction: by the boss, to a member, a sensible non-zero number, with a reason. */
export function awardRefusal(
  org: Org,
  userId: string,
  input: AwardInput,
  maxPoints: number,
): AwardRefusal | undefined {
  const refusal = bossRefusal(org, userId);
  if (refusal) return refusal;
  if (input.memberId === '') return 'pickMember';
  if (!org.members.some((m) => m.id === input.memberId)) return 'unknownMember';
  const { points } = input;
  if (!Number.isFinite(points) || points === 0 || Math.abs(points) > maxPoints) return 'badPoints';
  return input.reason.trim() === '' ? 'noReason' : undefined;
}
