import { describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { open } from '../../../test/support/scoringKit';
import { HOUR } from '../../core/time';
import { fromTaskEvent } from '../../schema/entities';
import { fromAttempt, fromCourse } from '../../schema/trainingEntities';
import { recordExtras } from '../../sidebar/scoring/recordExtras';
import { readRecordDetails } from './recordDetails';

/** 何平 declined the livestream and passed a course at the second of three attempts; 徐丽 declined it too. */
async function withFacts() {
  const local = await demoBase();
  const store = await open(local);
  const data = await store.loadCore();
  const he = data.members.find((m) => m.userIds.includes(personId('何平')))!;
  const task = data.tasks.find((t) => t.title === '直播课堂策划')!;
  const decline = (who: string, reason: string, at: number) =>
    fromTaskEvent({
      summary: 'declined',
      taskId: task.id,
      type: 'declined',
      actorUserIds: [personId(who)],
      reason,
      at,
      key: `test-decline:${who}:${at}`,
    });
  await store.addAll('taskEvents', [
    decline('何平', '档期冲突', TEST_NOW - 2 * HOUR),
    decline('徐丽', '不是我的方向', TEST_NOW - HOUR),
  ]);
  const [courseId] = await store.addAll('courses', [
    fromCourse({
      title: '测试课程：色彩基础',
      status: 'published',
      content: '',
      videoUrl: '',
      passMark: 60,
      skills: ['色彩'],
      requiredForDepartmentIds: [],
    }),
  ]);
  const attempt = (attemptNo: number, passed: boolean, score: number) =>
    fromAttempt(
      { memberId: he.id, courseId, score, passed, attemptNo, at: TEST_NOW - (3 - attemptNo) * HOUR },
      'attempt',
    );
  await store.addAll('attempts', [attempt(1, false, 40), attempt(2, true, 90), attempt(3, true, 100)]);
  return { store: await open(local), data, he, task, courseId: courseId! };
}

describe('readRecordDetails', () => {
  it('[SCU3] the record shows the member’s own declines, skills and each course passed once', async () => {
    const { store, data, he, task, courseId } = await withFacts();
    const details = await readRecordDetails(store, data, personId('何平'), he.id);
    if (!details.ok) throw new Error(details.code);
    const extras = recordExtras(he, details.value, data.tasks);
    const mine = extras.declines.filter((d) => d.reason === '档期冲突');
    expect(mine).toEqual([
      {
        id: expect.any(String),
        taskId: task.id,
        title: '直播课堂策划',
        reason: '档期冲突',
        at: TEST_NOW - 2 * HOUR,
      },
    ]);
    expect(extras.declines.some((d) => d.reason === '不是我的方向')).toBe(false);
    expect(extras.courses.filter((c) => c.courseId === courseId)).toEqual([
      { courseId, title: '测试课程：色彩基础', score: 90, at: TEST_NOW - HOUR },
    ]);
    expect(extras.skills).toEqual(he.skills);
  });

  it('[SCU3][SC16] the head of the member’s department and the boss read it; another employee is refused', async () => {
    const { store, data, he } = await withFacts();
    for (const viewer of ['郭晓', '王建国'])
      expect((await readRecordDetails(store, data, personId(viewer), he.id)).ok).toBe(true);
    expect(await readRecordDetails(store, data, personId('徐丽'), he.id)).toEqual({
      ok: false,
      code: 'notAllowed',
    });
    expect(await readRecordDetails(store, data, personId('何平'), 'no-such-member')).toEqual({
      ok: false,
      code: 'notAllowed',
    });
  });
});
