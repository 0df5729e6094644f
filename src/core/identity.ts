/** Who is looking: current user -> member -> role and department. Rules [I1]-[I3] in docs/SPEC.md. */
import type { Department, Member } from './model';
import { headedDepartmentId } from './permissions';

export type Viewer =
  | { kind: 'member'; member: Member; role: 'boss' | 'head' | 'employee'; department?: Department }
  | { kind: 'notMember'; userId: string; reason: 'missing' | 'inactive' };

export function identify(userId: string, members: Member[], departments: Department[]): Viewer {
  // Someone who left and came back may have an old inactive row: the active one wins.
  const rows = members.filter((m) => m.userIds.includes(userId));
  const member = rows.find((m) => m.active) ?? rows[0];
  if (!member) return { kind: 'notMember', userId, reason: 'missing' };
  if (!member.active) return { kind: 'notMember', userId, reason: 'inactive' };
  const department = departments.find((d) => d.id === member.departmentId);
  return { kind: 'member', member, role: roleOf(member, departments), department };
}

/** [K2] The role shown is the one the services grant: a head with no department is shown as an employee. */
function roleOf(member: Member, departments: Department[]): 'boss' | 'head' | 'employee' {
  if (member.role === 'boss') return 'boss';
  if (headedDepartmentId({ departments, members: [member] }, member)) return 'head';
  return 'employee';
}

/**
 * [I3] The Members table never had anyone: the first person to open Baton may register as boss. A boss row with
 * 在职 unticked, or members without a boss, are for the boss to fix in the grid, not for any editor to claim.
 */
export function needsFirstBoss(members: Member[]): boolean {
  return members.length === 0;
}
