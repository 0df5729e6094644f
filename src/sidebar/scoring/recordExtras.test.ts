import { describe, expect, it } from 'vitest';
import type { TaskEvent } from '../../core/model';
import { aMember, aTask } from '../../core/testBuilders';
import type { Attempt } from '../../core/training/trainingModel';
import { recordExtras } from './recordExtras';

const he = aMember({ name: '何平', userIds: ['ou_he'], skills: ['排版', 'PS'] });
const poster = aTask({ title: '海报设计' });

const declined = (id: string, at: number, taskId?: string): TaskEvent => ({
  id,
  taskId,
  type: 'declined',
  actorUserIds: ['ou_he'],
  reason: `理由${id}`,
  at,
  summary: `日志${id}`,
});

const attempt = (courseId: string, attemptNo: number, passed: boolean, at: number): Attempt => ({
  id: `${courseId}-${attemptNo}`,
  memberId: he.id,
  courseId,
  score: passed ? 80 + attemptNo : 30,
  passed,
  attemptNo,
  at,
});

describe('recordExtras', () => {
  it('[SCU3] declines newest first; a task deleted since shows the log line and opens nothing', () => {
    const extras = recordExtras(
      he,
      { declines: [declined('a', 100, poster.id), declined('b', 300, 'gone')], attempts: [], courses: [] },
      [poster],
    );
    expect(extras.declines).toEqual([
      { id: 'b', taskId: undefined, title: '日志b', reason: '理由b', at: 300 },
      { id: 'a', taskId: poster.id, title: '海报设计', reason: '理由a', at: 100 },
    ]);
  });

  it('[SCU3] each course once, at its first passing attempt; an unknown course shows its id', () => {
    const attempts = [
      attempt('c1', 3, true, 500),
      attempt('c1', 1, false, 100),
      attempt('c1', 2, true, 200),
      attempt('c2', 1, false, 50),
      attempt('c3', 1, true, 400),
    ];
    const extras = recordExtras(
      he,
      { declines: [], attempts, courses: [{ id: 'c1', title: '色彩基础' }] },
      [],
    );
    expect(extras.courses).toEqual([
      { courseId: 'c3', title: 'c3', score: 81, at: 400 },
      { courseId: 'c1', title: '色彩基础', score: 82, at: 200 },
    ]);
    expect(extras.skills).toEqual(['排版', 'PS']);
  });
});
