/** [DB8] Who sees which part of the dashboard: the boss everything, a head their own department. */
import { activeMember, headedDepartmentId, type PermissionRefusal } from '../permissions';
import type { Org } from '../org';
import type { Scope } from './measure';

export function dashboardScopes(org: Org, userId: string): Scope[] | PermissionRefusal {
  const member = activeMember(org, userId);
  if (!member) return 'notMember';
  if (member.role === 'boss')
    return [
      { kind: 'company' },
      ...org.departments.map((d): Scope => ({ kind: 'department', departmentId: d.id })),
    ];
  const headed = headedDepartmentId(org, member);
  return headed ? [{ kind: 'department', departmentId: headed }] : 'notAllowed';
}

export const sameScope = (a: Scope, b: Scope): boolean =>
  a.kind === b.kind && (a.kind === 'company' || a.departmentId === (b as typeof a).departmentId);
