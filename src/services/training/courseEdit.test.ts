import { describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { DAY } from '../../core/time';
import type { QuestionDraft } from '../../core/training/trainingModel';
import { toAttempt, toCourse } from '../../schema/trainingEntities';
import { formOf, inputOf } from '../../sidebar/training/authorModel';
import { openSession } from '../session';
import { draftFromTopic, saveCourse, type CourseInput } from './authoring';
import { openCourse, submitQuiz } from './quiz';
import { answerSurvey, openRound } from './survey';
import { loadTraining, readCourse } from './trainingData';

const HR = personId('程英');
const DESIGNER = personId('何平');

const single = (correct: number): QuestionDraft => ({
  prompt: `直播互动第${correct}题`,
  type: 'single',
  options: ['抽奖', '只讲产品', '念稿'],
  correct: [correct],
  points: 50,
  explanation: '互动让观众留下',
});

async function setUp() {
  const local = await demoBase();
  const session = await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  const input: CourseInput = {
    requestKey: 'edit',
    course: {
      title: '直播互动',
      kind: 'skill',
      status: 'published',
      content: '## 互动\n抽奖与提问。',
      videoUrl: '',
      passMark: 100,
      maxAttempts: 3,
      skills: ['直播策划'],
      requiredForDepartmentIds: [],
      points: 20,
    },
    questions: [single(0), single(0)],
  };
  const saved = await saveCourse(session.store, session.data, HR, input);
  if (!saved.ok) throw new Error(saved.code);
  return { store: session.store, data: session.data, input, courseId: saved.value.courseId };
}

describe('editing a course', () => {
  it('[TR23] an edit through the form keeps the points and the key; an input without points keeps them too', async () => {
    const { store, data, courseId } = await setUp();
    const before = (await readCourse(store, courseId))!;
    const form = { ...formOf(before, await openCourse(store, courseId)), title: '直播互动（新）' };
    expect(await saveCourse(store, data, HR, inputOf(form, courseId, 'e1'))).toMatchObject({ ok: true });
    const edited = (await readCourse(store, courseId))!;
    expect([edited.title, edited.points, edited.key]).toEqual(['直播互动（新）', 20, before.key]);
    expect(before.key).toBe('course/edit');
    const older = { ...inputOf(form, courseId, 'e2').course };
    delete older.points;
    await saveCourse(store, data, HR, { ...inputOf(form, courseId, 'e2'), course: older });
    expect((await readCourse(store, courseId))!.points).toBe(20);
  });

  it('[TR23] points that are not a whole number from 0 are refused and nothing changes', async () => {
    const { store, data, input, courseId } = await setUp();
    const bad = { ...input, courseId, course: { ...input.course, title: '改', points: -5 } };
    expect(await saveCourse(store, data, HR, bad)).toMatchObject({ ok: false, code: 'coursePointsInvalid' });
    expect((await readCourse(store, courseId))!.title).toBe('直播互动');
  });

  it('[TR23] a survey draft edited, then its topic clicked again, is still one draft', async () => {
    const { store, data } = await setUp();
    const round = {
      requestKey: 'r',
      title: '培训需求',
      topics: ['剪辑', '直播策划'],
      closesAt: TEST_NOW + DAY,
    };
    const opened = await openRound(store, data, HR, round, TEST_NOW);
    const roundKey = opened.ok ? opened.value.roundKey : '';
    const first = await draftFromTopic(store, data, HR, roundKey, '剪辑');
    const draftId = first.ok ? first.value.courseId : '';
    expect(await draftFromTopic(store, data, HR, roundKey, '剪辑')).toEqual(first);
    const draft = (await readCourse(store, draftId))!;
    const form = { ...formOf(draft, []), content: '## 剪辑节奏\n三秒一个镜头。' };
    expect(await saveCourse(store, data, HR, inputOf(form, draftId, 'd1'))).toMatchObject({ ok: true });
    expect(await draftFromTopic(store, data, HR, roundKey, '剪辑')).toEqual(first);
    const drafts = (await store.readAll('courses')).map(toCourse).filter((c) => c.title === '剪辑');
    expect(drafts).toHaveLength(1);
    expect(await draftFromTopic(store, data, DESIGNER, roundKey, '直播策划')).toMatchObject({
      code: 'notAllowed',
    });
  });

  it('[TR12] a round past its closing date refuses answers with no one closing it', async () => {
    const { store, data } = await setUp();
    const round = {
      requestKey: 'r2',
      title: '下季度',
      topics: ['剪辑', '直播策划'],
      closesAt: TEST_NOW + DAY,
    };
    const opened = await openRound(store, data, HR, round, TEST_NOW);
    const roundKey = opened.ok ? opened.value.roundKey : '';
    const answer = { roundKey, topics: ['剪辑'], wish: '' };
    expect(await answerSurvey(store, data, DESIGNER, answer, TEST_NOW + DAY)).toMatchObject({ ok: true });
    expect(await answerSurvey(store, data, DESIGNER, answer, TEST_NOW + DAY + 1)).toMatchObject({
      code: 'roundClosed',
    });
    expect((await loadTraining(store)).answers.filter((a) => a.roundKey === roundKey)).toHaveLength(1);
  });
});

describe('a recorded attempt submitted again', () => {
  it('[TR24] answers with the recorded outcome and never grades the new answers', async () => {
    const { store, data, courseId } = await setUp();
    const [q1, q2] = await openCourse(store, courseId);
    const wrong = { courseId, attemptNo: 1, answers: { [q1!.id]: [1], [q2!.id]: [1] } };
    expect(await submitQuiz(store, data, DESIGNER, wrong, TEST_NOW)).toMatchObject({
      value: { grade: { score: 0, passed: false }, repeated: false },
    });
    const outcomes = await Promise.all(
      [
        [0, 0],
        [1, 0],
        [0, 1],
        [2, 2],
      ].map(([a, b]) =>
        submitQuiz(
          store,
          data,
          DESIGNER,
          { ...wrong, answers: { [q1!.id]: [a!], [q2!.id]: [b!] } },
          TEST_NOW,
        ),
      ),
    );
    for (const again of outcomes)
      expect(again).toEqual({
        ok: true,
        value: {
          grade: { score: 0, total: 100, passed: false, wrong: [] },
          attemptNo: 1,
          skillsGranted: [],
          repeated: true,
        },
      });
    expect(
      (await store.readAll('attempts')).map(toAttempt).filter((a) => a.courseId === courseId),
    ).toHaveLength(1);
  });
});
