/**
 * [TR15] Who authors training: the boss, and the active members of the HR department (a department whose name
 * is 人事部, 人力资源部, HR or Human Resources). Everyone else learns and answers surveys only.
 */
import { activeMember, type PermissionRefusal } from '../permissions';
import type { Org } from '../org';

const HR_NAME = /^(人事|人力资源|人力|hr\b|human resources)/i;

export const isHrDepartment = (name: string): boolean => HR_NAME.test(name.trim());

export function authorRefusal(org: Org, userId: string): PermissionRefusal | undefined {
  const member = activeMember(org, userId);
  if (!member) return 'notMember';
  if (member.role === 'boss') return undefined;
  const department = org.departments.find((d) => d.id === member.departmentId);
  return department && isHrDepartment(department.name) ? undefined : 'notAllowed';
}

/** [TR15] Anyone active learns and answers surveys. */
export const learnerRefusal = (org: Org, userId: string): PermissionRefusal | undefined =>
  activeMember(org, userId) ? undefined : 'notMember';
