/** Who a drive asks for files, and who may act on it. Rules [CD3], [CD7], [CD8] in docs/SPEC.md. */
import type { Member } from '../model';
import type { Org } from '../org';
import { activeMember, headedDepartmentId } from '../permissions';
import type { Drive } from './drive';

/**
 * [CD3] The audience: active members of the named departments plus the named members, once each, in 成员
 * order; every active member when the drive names neither.
 */
export function audienceOf(org: Org, drive: Pick<Drive, 'departmentIds' | 'memberIds'>): Member[] {
  const active = org.members.filter((m) => m.active);
  if (drive.departmentIds.length === 0 && drive.memberIds.length === 0) return active;
  const departments = new Set(drive.departmentIds);
  const named = new Set(drive.memberIds);
  return active.filter(
    (m) => named.has(m.id) || (m.departmentId !== undefined && departments.has(m.departmentId)),
  );
}

/** The department whose members organize company-wide calls for files, by its name. */
const isHr = (name: string) => /人事|^hr$|human resources/i.test(name.trim());

export type DriveRefusal = 'notMember' | 'notAllowed';

/** [CD7] The boss, department heads and members of 人事部 publish drives. */
export function publishRefusal(org: Org, userId: string): DriveRefusal | undefined {
  const member = activeMember(org, userId);
  if (!member) return 'notMember';
  if (member.role === 'boss' || headedDepartmentId(org, member) !== undefined) return undefined;
  const department = org.departments.find((d) => d.id === member.departmentId);
  return department && isHr(department.name) ? undefined : 'notAllowed';
}

/** [CD7] The organizer and the boss extend, close, remind and review a drive. */
export function manageRefusal(org: Org, userId: string, drive: Drive): DriveRefusal | undefined {
  const member = activeMember(org, userId);
  if (!member) return 'notMember';
  if (member.role === 'boss' || drive.organizerUserIds.includes(userId)) return undefined;
  return 'notAllowed';
}

export type SubmitRefusal = 'notMember' | 'notAudience' | 'notOpen' | 'closed';

/**
 * [CD8] Only the audience submits, anyone active when the drive is open to all; a closed drive refuses, a drive
 * past its deadline still accepts (the submission is marked late).
 */
export function submitRefusal(
  org: Org,
  userId: string,
  drive: Drive,
  now: number,
): SubmitRefusal | undefined {
  const member = activeMember(org, userId);
  if (!member) return 'notMember';
  if (drive.status === 'closed' || (drive.closedAt !== undefined && drive.closedAt <= now)) return 'closed';
  if (drive.status !== 'open') return 'notOpen';
  if (drive.openToAll) return undefined;
  return audienceOf(org, drive).some((m) => m.id === member.id) ? undefined : 'notAudience';
}

/** [CD8] Late: submitted after the deadline. */
export const isLate = (drive: Drive, at: number) => drive.deadline !== undefined && at > drive.deadline;

/**
 * [CD19] A row added in the form view or the grid, judged as the sidebar's submit is ([CD8]) but at the moment
 * it arrived: a row that came in before the drive closed is taken even when it is checked after.
 */
export function rowRefusal(
  org: Org,
  drive: Drive,
  memberId: string,
  arrivedAt: number,
): SubmitRefusal | undefined {
  const member = org.members.find((m) => m.id === memberId);
  if (!member?.active) return 'notMember';
  const closed = drive.closedAt !== undefined ? drive.closedAt <= arrivedAt : drive.status === 'closed';
  if (closed) return 'closed';
  if (drive.status !== 'open' && drive.status !== 'closed') return 'notOpen';
  if (drive.openToAll) return undefined;
  return audienceOf(org, drive).some((m) => m.id === member.id) ? undefined : 'notAudience';
}
