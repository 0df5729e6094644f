/** Who is who in the company: department heads, the boss, members by account. */
import type { Department, Member } from './model';

export interface Org {
  departments: Department[];
  members: Member[];
}

export function memberOfUser(org: Org, userId: string): Member | undefined {
  const rows = org.members.filter((m) => m.userIds.includes(userId));
  return rows.find((m) => m.active) ?? rows[0];
}

/** The department's head: its 负责人, or else an active member with the 部门负责人 role in it. */
export function headOf(org: Org, departmentId: string | undefined): Member | undefined {
  const department = org.departments.find((d) => d.id === departmentId);
  if (!department) return undefined;
  const active = org.members.filter((m) => m.active);
  return (
    active.find((m) => m.userIds.some((u) => department.headUserIds.includes(u))) ??
    active.find((m) => m.departmentId === departmentId && m.role === 'manager')
  );
}

export const bosses = (org: Org): Member[] => org.members.filter((m) => m.active && m.role === 'boss');

export const userOf = (member: Member | undefined): string | undefined => member?.userIds[0];

export const departmentName = (org: Org, id: string | undefined): string =>
  org.departments.find((d) => d.id === id)?.name ?? '';
