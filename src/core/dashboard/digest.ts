/**
 * The weekly digest: on the week's first working day the boss (the company) and each head (their department)
 * get one notice listing only problems, or that nothing needs them. Keyed per person and week.
 */
import { isOverdue, isActive, type Task } from '../model';
import { bosses, headOf, userOf, type Org } from '../org';
import { DAY, HOUR } from '../time';
import type { WorkCalendar } from '../workingTime';
import { isSpecial, type PreparedFacts } from './facts';
import type { Scope } from './measure';

export type DigestProblemKind = 'overdue' | 'unowned' | 'bounced';

export interface DigestProblem {
  kind: DigestProblemKind;
  task: Task;
}

export interface DigestRecipient {
  userId: string;
  scope: Scope;
}

/**
 * [DB9] The digest is due from the start of the week's first working day (Monday, by the calendar in 设置) to
 * that day's end; `week` names the week by that day's local date, for the key.
 */
export function digestWindow(now: number, cal: WorkCalendar): { due: boolean; week: string } {
  const offset = cal.utcOffsetMinutes * 60_000;
  const day = Math.floor((now + offset) / DAY);
  const weekday = (day + 4) % 7;
  const monday = day - ((weekday + 6) % 7);
  const first = [1, 2, 3, 4, 5, 6, 0]
    .map((d) => monday + ((d + 6) % 7))
    .find((d) => cal.workDays.includes((d + 4) % 7));
  const week = new Date((first ?? monday) * DAY).toISOString().slice(0, 10);
  const start = (first ?? monday) * DAY - offset + cal.dayStartHour * HOUR;
  return { due: first === day && now >= start, week };
}

/** [DB9] The boss for the company, and each department's head for it (a boss heading one gets the company's). */
export function digestRecipients(org: Org): DigestRecipient[] {
  const candidates: DigestRecipient[] = [
    ...bosses(org).map((boss): [string | undefined, Scope] => [userOf(boss), { kind: 'company' }]),
    ...org.departments.map((d): [string | undefined, Scope] => [
      userOf(headOf(org, d.id)),
      { kind: 'department', departmentId: d.id },
    ]),
  ].flatMap(([userId, scope]) => (userId ? [{ userId, scope }] : []));
  return candidates.filter((c, i) => candidates.findIndex((o) => o.userId === c.userId) === i);
}

const waitingForOwner = (t: Task) =>
  t.status === 'declined' || (t.status === 'assigned' && t.acknowledgedAt === undefined);

/**
 * [DB9] Problems only: active special tasks overdue ([D5]); tasks assigned with no acknowledged owner or declined;
 * active tasks that passed between departments twice or more. A task is listed once, under its first problem.
 */
export function digestProblems(facts: PreparedFacts, scope: Scope, todayStart: number): DigestProblem[] {
  const inScope = (t: Task) => scope.kind === 'company' || t.primaryDepartmentId === scope.departmentId;
  const problems: DigestProblem[] = [];
  const bouncing = new Set(facts.movers.map((m) => m.id));
  for (const task of facts.tasks) {
    if (!inScope(task) || task.status === 'draft') continue;
    if (isSpecial(task) && isOverdue(task, todayStart)) problems.push({ kind: 'overdue', task });
    else if (waitingForOwner(task)) problems.push({ kind: 'unowned', task });
    else if (isActive(task) && bouncing.has(task.id)) problems.push({ kind: 'bounced', task });
  }
  return problems;
}
