/**
 * [SC25] The facts beyond tasks that scoring reads: collection drives and their submissions, courses and their
 * attempts. Every run of the reconciliation reads them all, so that a run never reverses a source it did not
 * read. A source is read only when this Base has its tables and its 贡献 来源 option; until then (an older
 * install, the Check page naming what is missing) it scores nothing and nothing of it is booked.
 */
import type { ContributionSource, ScoringFacts } from '../../core/scoring/facts';
import { toDrive, toSubmission } from '../../schema/collectionEntities';
import type { TableKey } from '../../schema/schemaTypes';
import { toAttempt, toCourse } from '../../schema/trainingEntities';
import type { BatonStore } from '../../store/batonStore';

export type SourceFacts = Pick<ScoringFacts, 'drives' | 'submissions' | 'courses' | 'attempts'>;

/** Whether entries of `source` can be written and its facts read on this Base. */
export function sourceReady(store: BatonStore, source: ContributionSource, tables: readonly TableKey[]) {
  const { schema } = store.resolution;
  const option = schema.contributions?.fields.source?.options[source];
  return option !== undefined && tables.every((t) => schema[t] !== undefined);
}

async function collectionFacts(store: BatonStore): Promise<SourceFacts> {
  if (!sourceReady(store, 'collection', ['collections', 'submissions'])) return {};
  const [drives, submissions] = await Promise.all([
    store.readAll('collections'),
    store.readAll('submissions'),
  ]);
  return { drives: drives.map(toDrive), submissions: submissions.map(toSubmission) };
}

async function courseFacts(store: BatonStore): Promise<SourceFacts> {
  if (!sourceReady(store, 'course', ['courses', 'attempts'])) return {};
  const [courses, attempts] = await Promise.all([store.readAll('courses'), store.readAll('attempts')]);
  return { courses: courses.map(toCourse), attempts: attempts.map(toAttempt) };
}

/** The drives, submissions, courses and attempts, read together so their pages share round trips. */
export async function readSourceFacts(store: BatonStore): Promise<SourceFacts> {
  const [collection, course] = await Promise.all([collectionFacts(store), courseFacts(store)]);
  return { ...collection, ...course };
}
