/** [EV16] The first steps after install, each done or with what to do next. Pure. */
import type { CoreData } from '../../store/batonStore';

export type ChecklistStep = 'departments' | 'people' | 'heads' | 'firstTask';

export interface ChecklistItem {
  step: ChecklistStep;
  done: boolean;
}

export function checklistOf(data: CoreData): ChecklistItem[] {
  const departments = data.departments.length > 0;
  const people = data.members.filter((m) => m.role !== 'boss').length > 0;
  const heads =
    departments &&
    data.departments.every(
      (d) =>
        d.headUserIds.length > 0 || data.members.some((m) => m.departmentId === d.id && m.role === 'manager'),
    );
  const firstTask = data.tasks.some((t) => t.kind !== 'stage' && t.status !== 'draft');
  return [
    { step: 'departments', done: departments },
    { step: 'people', done: people },
    { step: 'heads', done: heads },
    { step: 'firstTask', done: firstTask },
  ];
}

/** The checklist is shown until every step is done. */
export const checklistDone = (items: ChecklistItem[]) => items.every((i) => i.done);
