/** Attempts grouped once by member and course, so every view reads them in constant time per pair. */
import type { Attempt } from './trainingModel';

export class AttemptIndex {
  private readonly byPair = new Map<string, Attempt[]>();
  private readonly passedPairs = new Set<string>();

  constructor(attempts: readonly Attempt[]) {
    for (const a of attempts) {
      if (!a.memberId || !a.courseId) continue;
      const key = `${a.memberId}|${a.courseId}`;
      const list = this.byPair.get(key);
      if (list) list.push(a);
      else this.byPair.set(key, [a]);
      if (a.passed) this.passedPairs.add(key);
    }
  }

  of(memberId: string, courseId: string): Attempt[] {
    return this.byPair.get(`${memberId}|${courseId}`) ?? [];
  }

  passed(memberId: string, courseId: string): boolean {
    return this.passedPairs.has(`${memberId}|${courseId}`);
  }
}
