/**
 * [SCU3] What a person's record (档案) shows beside points: the tasks they declined (from 任务日志, by actor)
 * and the courses they passed (from 学习记录, by member). Refused, like the points, to whoever may not see the
 * record. A Base without those tables (or fields) shows none rather than failing.
 */
import type { TaskEvent } from '../../core/model';
import type { Org } from '../../core/org';
import { maySeeRecord } from '../../core/scoring/access';
import type { Attempt, Course } from '../../core/training/trainingModel';
import { toTaskEvent } from '../../schema/entities';
import { toAttempt, toCourse } from '../../schema/trainingEntities';
import type { BatonStore } from '../../store/batonStore';
import type { Result } from './scoringActions';

export interface RecordDetails {
  declines: TaskEvent[];
  attempts: Attempt[];
  courses: Pick<Course, 'id' | 'title'>[];
}

async function declinesOf(store: BatonStore, userIds: string[]): Promise<TaskEvent[]> {
  if (!store.resolution.schema.taskEvents?.fields.actor) return [];
  const reads = await Promise.all(userIds.map((u) => store.readWhere('taskEvents', 'actor', u)));
  const byId = new Map(reads.flat().map((r) => [r.id, toTaskEvent(r)]));
  return [...byId.values()].filter((e) => e.type === 'declined');
}

async function trainingOf(store: BatonStore, memberId: string) {
  const { attempts, courses } = store.resolution.schema;
  if (!attempts?.fields.member || !courses) return { attempts: [], courses: [] };
  const [rows, courseRows] = await Promise.all([
    store.readWhere('attempts', 'member', memberId),
    store.readAll('courses'),
  ]);
  return {
    attempts: rows.map(toAttempt),
    courses: courseRows.map(toCourse).map(({ id, title }) => ({ id, title })),
  };
}

export async function readRecordDetails(
  store: BatonStore,
  org: Org,
  viewerUserId: string,
  memberId: string,
): Promise<Result<RecordDetails, 'notAllowed'>> {
  const member = org.members.find((m) => m.id === memberId);
  if (!member || !maySeeRecord(org, viewerUserId, memberId)) return { ok: false, code: 'notAllowed' };
  const [declines, training] = await Promise.all([
    declinesOf(store, member.userIds),
    trainingOf(store, memberId),
  ]);
  return { ok: true, value: { declines, ...training } };
}
