/** Whom a form offers to pick, and the key that makes one submission of a form idempotent. Pure. */
import type { Department, Member } from '../../core/model';
import { headOf } from '../../core/org';

export interface PersonOption {
  value: string;
  label: string;
  isHead: boolean;
  inDepartment: boolean;
}

/** Active members, those of the chosen department first (its head on top, as core names it), then everyone else. */
export function personOptions(
  members: Member[],
  departments: Department[],
  departmentId?: string,
): PersonOption[] {
  const head = headOf({ departments, members }, departmentId);
  const departmentName = (id?: string) => departments.find((d) => d.id === id)?.name ?? '';
  return members
    .filter((m) => m.active)
    .map((m) => ({
      value: m.id,
      label: `${m.name}${m.departmentId ? ` · ${departmentName(m.departmentId)}` : ''}`,
      isHead: m.id === head?.id,
      inDepartment: m.departmentId === departmentId && departmentId !== undefined,
    }))
    .sort((a, b) => Number(b.isHead) - Number(a.isHead) || Number(b.inDepartment) - Number(a.inDepartment));
}

/** A key unique to this draft: retries and double clicks reuse it, so the task is created once. */
export function newRequestKey(
  random: () => string = () => globalThis.crypto?.randomUUID?.() ?? fallbackId(),
): string {
  return `task-${random()}`;
}

function fallbackId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
