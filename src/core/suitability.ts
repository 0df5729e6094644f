/** Who is suitable to own a task: open workload, due this week, on-time record, skills. Rule [U1]. */
import type { Member, Task } from './model';
import { DAY, WEEK } from './time';

export interface Suitability {
  member: Member;
  isHead: boolean;
  openTasks: number;
  dueThisWeek: number;
  /** Share of finished tasks with a due date that were finished by it; undefined with no history. */
  onTimeRate?: number;
  skills: string[];
}

const OPEN: ReadonlySet<Task['status']> = new Set(['assigned', 'ready', 'in_progress', 'in_review']);

/** [U1] The department's active members, the head first, then the least loaded. */
export function suitability(
  members: Member[],
  tasks: Task[],
  departmentId: string,
  headUserIds: string[],
  now: number,
): Suitability[] {
  return members
    .filter((m) => m.active && m.departmentId === departmentId)
    .map((member) => {
      const mine = tasks.filter((t) => t.responsibleUserIds.some((u) => member.userIds.includes(u)));
      const open = mine.filter((t) => OPEN.has(t.status));
      const finished = mine.filter(
        (t) => t.status === 'done' && t.due !== undefined && t.completedAt !== undefined,
      );
      return {
        member,
        isHead: member.userIds.some((u) => headUserIds.includes(u)),
        openTasks: open.length,
        dueThisWeek: open.filter((t) => t.due !== undefined && t.due >= now && t.due < now + WEEK).length,
        onTimeRate: finished.length
          ? finished.filter((t) => t.completedAt! <= t.due! + DAY).length / finished.length
          : undefined,
        skills: member.skills,
      };
    })
    .sort(
      (a, b) =>
        Number(b.isHead) - Number(a.isHead) ||
        a.openTasks - b.openTasks ||
        a.member.name.localeCompare(b.member.name),
    );
}
