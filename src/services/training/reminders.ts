/**
 * [TR9] The background job reminding overdue required courses: the member, then their head. It reads the
 * courses first and stops there when none is overdue, so most runs cost one read; keys make a second run add
 * nothing.
 */
import { AttemptIndex } from '../../core/training/attemptIndex';
import { overdueReminders } from '../../core/training/requirement';
import { toAttempt, toCourse } from '../../schema/trainingEntities';
import type { BatonStore, CoreData } from '../../store/batonStore';
import { record } from '../outbox';
import { hasTraining } from './trainingData';

/** Returns how many notices were added. */
export async function remindOverdueCourses(store: BatonStore, data: CoreData, now: number): Promise<number> {
  if (!hasTraining(store)) return 0;
  const courses = (await store.readAll('courses')).map(toCourse);
  const overdue = courses.filter(
    (c) =>
      c.status === 'published' && c.due !== undefined && now > c.due && c.requiredForDepartmentIds.length > 0,
  );
  if (overdue.length === 0) return 0;
  const index = new AttemptIndex((await store.readAll('attempts')).map(toAttempt));
  const drafts = overdueReminders(overdue, data, (m, c) => index.passed(m, c), now);
  if (drafts.length === 0) return 0;
  const existing = await store.findKeyed(
    'notifications',
    'key',
    drafts.map((d) => d.key),
  );
  const fresh = drafts.filter((d) => !existing.has(d.key));
  if (fresh.length) await record(store, fresh, [], now, new Map(), false);
  return fresh.length;
}
