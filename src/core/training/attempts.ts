/** Attempts at a course's quiz: how many, whether another is allowed, its key and its option order. [TR5]-[TR7] */
import type { Attempt, Course } from './trainingModel';

export type AttemptRefusal = 'alreadyPassed' | 'noAttemptsLeft' | 'courseGone' | 'notPublished';

export interface AttemptState {
  attempts: Attempt[];
  passed: boolean;
  best?: number;
  /** The number the next attempt will carry. */
  nextNo: number;
  /** Attempts left; undefined when unlimited. */
  left?: number;
}

/** [TR5] One member's attempts at one course, in order, and what follows from them. */
export function attemptState(course: Course, attempts: readonly Attempt[]): AttemptState {
  const mine = [...attempts].sort((a, b) => a.attemptNo - b.attemptNo);
  const used = mine.reduce((max, a) => Math.max(max, a.attemptNo), 0);
  const limit = course.maxAttempts && course.maxAttempts > 0 ? course.maxAttempts : undefined;
  return {
    attempts: mine,
    passed: mine.some((a) => a.passed),
    best: mine.length ? Math.max(...mine.map((a) => a.score)) : undefined,
    nextNo: used + 1,
    left: limit === undefined ? undefined : Math.max(0, limit - used),
  };
}

/** [TR5] Another attempt is allowed on a published course not yet passed, within the maximum. */
export function attemptRefusal(
  course: Course | undefined,
  state: AttemptState | undefined,
): AttemptRefusal | undefined {
  if (!course) return 'courseGone';
  if (course.status !== 'published') return 'notPublished';
  if (state?.passed) return 'alreadyPassed';
  if (state?.left === 0) return 'noAttemptsLeft';
  return undefined;
}

/**
 * [TR6] An attempt's key names the member, the course and the attempt's number as the quiz showed it, so a
 * quiz submitted twice (a double click, a retry after a lost answer) is one row.
 */
export const attemptKey = (courseId: string, memberId: string, attemptNo: number): string =>
  `attempt/${courseId}/${memberId}/${attemptNo}`;

/** A small deterministic generator (mulberry32) from a text seed. */
function generator(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let s = h >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * [TR7] The order a question's options show in for one attempt: a permutation of the stored positions,
 * the same for the same question, member and attempt (a reload shows the same quiz) and new on a retry.
 * True/false keeps its order.
 */
export function optionOrder(
  count: number,
  questionId: string,
  memberId: string,
  attemptNo: number,
  keep = false,
): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  if (keep) return order;
  const random = generator(`${questionId}/${memberId}/${attemptNo}`);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
