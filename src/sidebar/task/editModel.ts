/** The edit card's form: what it starts from and the change it asks for. Pure. */
import type { Task } from '../../core/model';
import type { TaskEdit } from '../../core/taskEdit';
import { formatDay, parseDay } from '../shared/dayInput';

export interface EditForm {
  title: string;
  description: string;
  due: string;
  points: string;
}

export const formOf = (task: Task): EditForm => ({
  title: task.title,
  description: task.description,
  due: formatDay(task.due),
  points: task.points === undefined ? '' : String(task.points),
});

/**
 * The change the form asks for: only the fields that differ from the task. A date or number that does not
 * parse is passed on as given, so core refuses it with its own reason (a bad date reads as the past).
 */
export function changeOf(task: Task, form: EditForm): Extract<TaskEdit, { kind: 'change' }> {
  const start = formOf(task);
  const points = form.points.trim() === '' ? undefined : Number(form.points);
  return {
    kind: 'change',
    ...(form.title !== start.title ? { title: form.title } : {}),
    ...(form.description !== start.description ? { description: form.description } : {}),
    ...(form.due !== start.due ? { due: parseDay(form.due) ?? Number.NEGATIVE_INFINITY } : {}),
    ...(form.points !== start.points && points !== undefined ? { points } : {}),
  };
}
