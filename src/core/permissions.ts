/**
 * Who may do what. Every service asks here before it writes, so a command is refused for the wrong person
 * whatever a sidebar shows (a stale screen, another client). Rules [K1]-[K5] in docs/SPEC.md.
 */
import type { Member, Task } from './model';
import { memberOfUser, type Org } from './org';

/** Commands only the boss and department heads give. */
export type ManagerCommand = 'assign' | 'publish' | 'quickCreate' | 'saveTemplate';

export type PermissionRefusal = 'notMember' | 'notAllowed';

/** [K1] Only an active member acts at all: someone not in 成员, or marked 离职, is refused everything. */
export function activeMember(org: Org, userId: string): Member | undefined {
  const member = memberOfUser(org, userId);
  return member?.active ? member : undefined;
}

/**
 * [K2] The department a member heads: their own, when they hold the 部门负责人 role or are listed as its
 * 负责人. A head with no 部门 heads nothing.
 */
export function headedDepartmentId(org: Org, member: Member): string | undefined {
  const department = org.departments.find((d) => d.id === member.departmentId);
  if (!department) return undefined;
  const listed = member.userIds.some((u) => department.headUserIds.includes(u));
  return member.role === 'manager' || listed ? department.id : undefined;
}

const isBoss = (member: Member) => member.role === 'boss';

/**
 * [K3] The boss and department heads assign, publish to the pool and quick-create; only the boss saves
 * templates.
 */
export function commandRefusal(
  org: Org,
  userId: string,
  command: ManagerCommand,
): PermissionRefusal | undefined {
  const member = activeMember(org, userId);
  if (!member) return 'notMember';
  if (isBoss(member)) return undefined;
  if (command === 'saveTemplate') return 'notAllowed';
  return headedDepartmentId(org, member) !== undefined ? undefined : 'notAllowed';
}

/**
 * [K4] The boss manages any department's work; a head only their own department's. A task with no primary
 * department (a pool task) is the boss's alone.
 */
export function mayManage(org: Org, userId: string, departmentId: string | undefined): boolean {
  const member = activeMember(org, userId);
  if (!member) return false;
  if (isBoss(member)) return true;
  return departmentId !== undefined && headedDepartmentId(org, member) === departmentId;
}

/** [K5] Only an active member named responsible acts on a task as its owner. */
export function actsAsOwner(org: Org, userId: string, task: Task): boolean {
  return task.responsibleUserIds.includes(userId) && activeMember(org, userId) !== undefined;
}

/** The text key of a refusal, so every client says the same. */
export const refusalMessageKey = (command: ManagerCommand, code: PermissionRefusal) =>
  code === 'notMember' ? ('permission.notMember' as const) : (`permission.${command}.notAllowed` as const);

/** [RB6] Only the boss runs the host diagnostics: they write (and remove) a scratch table in the Base. */
export function mayDiagnoseHost(org: Org, userId: string): boolean {
  const member = activeMember(org, userId);
  return member !== undefined && isBoss(member);
}
