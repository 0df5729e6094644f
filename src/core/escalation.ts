/**
 * Escalation (催办升级): work nobody has taken up climbs owner → department head → boss. Pure rules over the
 * tasks and a clock; every notice has a key fixed by the task, the level and when the clock started, so
 * running the rules again (or in two places) sends nothing twice. Rules [E1]-[E3].
 */
import type { Task } from './model';
import type { NoticeDraft } from './notices';
import { bosses, departmentName, headOf, type Org, userOf } from './org';
import { addWorkingHours, DEFAULT_CALENDAR, type WorkCalendar } from './workingTime';

export interface EscalationSettings {
  /** Hours an assigned task may wait for acknowledgement (working hours). */
  ackWindowHours: number;
  /** Hours a published pool task may stay unclaimed (working hours). */
  poolWindowHours: number;
  calendar: WorkCalendar;
}

export const DEFAULT_ESCALATION: EscalationSettings = {
  ackWindowHours: 4,
  poolWindowHours: 16,
  calendar: DEFAULT_CALENDAR,
};

/** [E1] How many acknowledgement windows have passed since the task was assigned: 0 to 3. */
export function ackWindowsPassed(
  since: number,
  now: number,
  windowHours: number,
  cal: WorkCalendar,
): 0 | 1 | 2 | 3 {
  let level = 0;
  for (const k of [1, 2, 3]) if (now >= addWorkingHours(since, k * windowHours, cal)) level = k;
  return level as 0 | 1 | 2 | 3;
}

/**
 * [E2] An assigned task not acknowledged after one window reminds its owner, after two tells the department
 * head, after three the boss — each notice once per assignment.
 */
function ackEscalations(task: Task, org: Org, s: EscalationSettings, now: number): NoticeDraft[] {
  const since = task.assignedAt ?? task.createdAt;
  if (task.status !== 'assigned' || since === undefined) return [];
  // A stage keeps its status when acknowledged: the acknowledgement itself stops the clock.
  if (task.acknowledgedAt !== undefined && task.acknowledgedAt >= since) return [];
  const level = ackWindowsPassed(since, now, s.ackWindowHours, s.calendar);
  const owner = task.responsibleUserIds[0];
  const owners = owner ? [owner] : [];
  const head = userOf(headOf(org, task.primaryDepartmentId));
  const targets: [number, string[]][] = [
    [1, owners],
    // An owner who is their own department's head is not told twice: the next step is the boss.
    [2, head && head !== owner ? [head] : []],
    [3, bosses(org).flatMap((b) => b.userIds.slice(0, 1))],
  ];
  const ownerName = org.members.find((m) => owner && m.userIds.includes(owner))?.name ?? '';
  return targets
    .filter(([k]) => k <= level)
    .flatMap(([k, users]) =>
      users.map((userId): NoticeDraft => ({
        key: `${task.id}/escalate/${since}/${k}/${recipientKey(org, userId)}`,
        type: k === 1 ? 'reminder' : 'escalation',
        recipientUserId: userId,
        taskId: task.id,
        message: {
          key: k === 1 ? 'notice.reminder' : 'notice.escalation',
          params: { title: task.title, owner: ownerName, hours: k * s.ackWindowHours },
        },
      })),
    );
}

/**
 * [E4] Who a notice key names: the member's row, not the user id. The same person has a different open_id in
 * each app (the sidebar's, the automations'), so a key with a user id would differ between the two writers.
 */
function recipientKey(org: Org, userId: string): string {
  // Someone with several rows (two departments, re-added): the smallest id, whatever order the rows come in.
  const rows = org.members.filter((m) => m.userIds.includes(userId)).map((m) => m.id);
  return rows.sort()[0] ?? userId;
}

/** [E3] A pool task unclaimed after its window tells the boss, with the departments that saw it. */
function poolEscalations(task: Task, org: Org, s: EscalationSettings, now: number): NoticeDraft[] {
  if (task.status !== 'open' || task.publishedAt === undefined) return [];
  if (now < addWorkingHours(task.publishedAt, s.poolWindowHours, s.calendar)) return [];
  const departments = task.suggestedDepartmentIds
    .map((id) => departmentName(org, id))
    .filter(Boolean)
    .join('、');
  return bosses(org)
    .flatMap((b) => b.userIds.slice(0, 1))
    .map((userId) => ({
      key: `${task.id}/pool/${task.publishedAt}/${recipientKey(org, userId)}`,
      type: 'pool' as const,
      recipientUserId: userId,
      taskId: task.id,
      message: {
        key: 'notice.poolUnclaimed',
        params: { title: task.title, departments, hours: s.poolWindowHours },
      },
    }));
}

export function escalations(
  tasks: Task[],
  org: Org,
  settings: EscalationSettings,
  now: number,
): NoticeDraft[] {
  return tasks.flatMap((task) => [
    ...ackEscalations(task, org, settings, now),
    ...poolEscalations(task, org, settings, now),
  ]);
}
