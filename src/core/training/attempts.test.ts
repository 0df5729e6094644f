import { describe, expect, it } from 'vitest';
import { attemptKey, attemptRefusal, attemptState, optionOrder } from './attempts';
import { aCourse, anAttempt } from './trainingBuilders';

describe('attempts', () => {
  it('[TR5] counts attempts, the next number and what is left under the maximum', () => {
    const course = aCourse({ maxAttempts: 3 });
    const state = attemptState(course, [
      anAttempt({ attemptNo: 2, score: 50 }),
      anAttempt({ attemptNo: 1, score: 40 }),
    ]);
    expect(state).toMatchObject({ passed: false, best: 50, nextNo: 3, left: 1 });
    expect(state.attempts.map((a) => a.attemptNo)).toEqual([1, 2]);
    expect(attemptRefusal(course, state)).toBeUndefined();
  });

  it('[TR5] attempts beyond the maximum, after passing, on a draft or a deleted course are refused', () => {
    const course = aCourse({ maxAttempts: 2 });
    const used = attemptState(course, [anAttempt({ attemptNo: 1 }), anAttempt({ attemptNo: 2 })]);
    expect(attemptRefusal(course, used)).toBe('noAttemptsLeft');
    const passed = attemptState(course, [anAttempt({ attemptNo: 1, passed: true })]);
    expect(attemptRefusal(course, passed)).toBe('alreadyPassed');
    expect(attemptRefusal(aCourse({ status: 'draft' }), undefined)).toBe('notPublished');
    expect(attemptRefusal(undefined, undefined)).toBe('courseGone');
  });

  it('[TR5] no maximum means unlimited attempts', () => {
    const state = attemptState(aCourse({ maxAttempts: 0 }), [anAttempt({ attemptNo: 9 })]);
    expect(state.left).toBeUndefined();
    expect(state.nextNo).toBe(10);
  });

  it('[TR6] the same attempt submitted twice has one key; another attempt or member another', () => {
    expect(attemptKey('c1', 'm1', 2)).toBe(attemptKey('c1', 'm1', 2));
    expect(attemptKey('c1', 'm1', 2)).not.toBe(attemptKey('c1', 'm1', 3));
    expect(attemptKey('c1', 'm1', 2)).not.toBe(attemptKey('c1', 'm2', 2));
  });

  it('[TR7] options are a permutation, the same within an attempt and different between attempts', () => {
    const first = optionOrder(6, 'q1', 'm1', 1);
    expect([...first].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(optionOrder(6, 'q1', 'm1', 1)).toEqual(first);
    const others = [2, 3, 4, 5].map((n) => optionOrder(6, 'q1', 'm1', n).join());
    expect(others.some((o) => o !== first.join())).toBe(true);
    expect(optionOrder(2, 'q1', 'm1', 3, true)).toEqual([0, 1]);
  });
});
