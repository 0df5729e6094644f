/** [SCU3] The record's lines beside points: tasks declined, skills held, courses passed. Pure. */
import type { Member, Task } from '../../core/model';
import type { RecordDetails } from '../../services/scoring/recordDetails';

export interface DeclineRow {
  id: string;
  taskId?: string;
  title: string;
  reason: string;
  at?: number;
}

export interface CourseRow {
  courseId: string;
  title: string;
  score: number;
  at?: number;
}

export interface RecordExtras {
  declines: DeclineRow[];
  skills: string[];
  courses: CourseRow[];
}

const newestFirst = (a: { at?: number }, b: { at?: number }) => (b.at ?? 0) - (a.at ?? 0);

function declineRows(details: RecordDetails, tasks: Task[]): DeclineRow[] {
  const titles = new Map(tasks.map((t) => [t.id, t.title]));
  return details.declines
    .map((e) => ({
      id: e.id,
      taskId: e.taskId && titles.has(e.taskId) ? e.taskId : undefined,
      title: (e.taskId && titles.get(e.taskId)) || e.summary,
      reason: e.reason,
      at: e.at ?? e.createdAt,
    }))
    .sort((a, b) => newestFirst(a, b) || a.id.localeCompare(b.id));
}

/** Each course once, at its first passing attempt. */
function courseRows(details: RecordDetails): CourseRow[] {
  const titles = new Map(details.courses.map((c) => [c.id, c.title]));
  const first = new Map<string, CourseRow>();
  const passed = details.attempts
    .filter((a) => a.passed && a.courseId !== undefined)
    .sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || a.attemptNo - b.attemptNo);
  for (const a of passed) {
    if (first.has(a.courseId!)) continue;
    const title = titles.get(a.courseId!) ?? a.courseId!;
    first.set(a.courseId!, { courseId: a.courseId!, title, score: a.score, at: a.at });
  }
  return [...first.values()].sort((a, b) => newestFirst(a, b) || a.title.localeCompare(b.title, 'zh'));
}

export function recordExtras(member: Member, details: RecordDetails, tasks: Task[]): RecordExtras {
  return {
    declines: declineRows(details, tasks),
    skills: [...member.skills],
    courses: courseRows(details),
  };
}
