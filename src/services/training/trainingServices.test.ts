import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { DAY } from '../../core/time';
import type { QuestionDraft } from '../../core/training/trainingModel';
import type { LocalHost } from '../../local/localHost';
import { toMember, toNotice } from '../../schema/entities';
import { toAttempt, toQuestion } from '../../schema/trainingEntities';
import { openSession } from '../session';
import { saveCourse, type CourseInput } from './authoring';
import { importQuestions } from './questionImport';
import { openCourse, submitQuiz } from './quiz';
import { remindOverdueCourses } from './reminders';
import { answerSurvey, closeRound, openRound } from './survey';
import { loadTraining } from './trainingData';

const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data;
const RETRY = { attempts: 3, backoffMs: 0 };
const HR = personId('程英');
const DESIGNER = personId('何平');
const BOSS = personId('王建国');

async function open(local: LocalHost) {
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return session;
}

const single = (correct: number, points = 50): QuestionDraft => ({
  prompt: `直播选题第${correct}题`,
  type: 'single',
  options: ['热点', '随意', '只讲产品'],
  correct: [correct],
  points,
  explanation: '选题要贴近观众关心的事',
});

async function setUp() {
  const local = await demoBase();
  const { store, data } = await open(local);
  const design = data.departments.find((d) => d.name === '设计部')!.id;
  const input: CourseInput = {
    requestKey: 'live',
    course: {
      title: '直播策划',
      kind: 'skill',
      status: 'published',
      content: '## 选题技巧\n先想观众。',
      videoUrl: 'https://cdn.example.com/live.mp4',
      passMark: 100,
      maxAttempts: 3,
      skills: ['直播策划'],
      requiredForDepartmentIds: [design],
      due: TEST_NOW + 7 * DAY,
    },
    questions: [single(0), single(2)],
  };
  return { local, store, data, design, input };
}

describe('authoring', () => {
  it('[TR15] an employee outside HR is refused and nothing is written; HR and the boss author', async () => {
    const { store, data, input } = await setUp();
    const before = (await store.readAll('courses')).length;
    expect(await saveCourse(store, data, DESIGNER, input)).toEqual({ ok: false, code: 'notAllowed' });
    expect(await store.readAll('courses')).toHaveLength(before);
    expect(await saveCourse(store, data, HR, input)).toMatchObject({ ok: true });
    expect(await saveCourse(store, data, BOSS, { ...input, requestKey: 'boss' })).toMatchObject({ ok: true });
    const titles = (await loadTraining(store)).courses.map((c) => c.title);
    expect(titles.filter((title) => title === '直播策划')).toHaveLength(2);
  });

  it('[TR1][TR2][TR14] a bad question, a pass mark above the total or a javascript: video writes nothing', async () => {
    const { store, data, input } = await setUp();
    const [courses, questions] = [
      (await store.readAll('courses')).length,
      (await store.readAll('questions')).length,
    ];
    const twoCorrect = { ...single(0), correct: [0, 1] };
    expect(await saveCourse(store, data, HR, { ...input, questions: [twoCorrect] })).toMatchObject({
      code: 'singleNeedsOneCorrect',
      detail: '1',
    });
    expect(
      await saveCourse(store, data, HR, { ...input, course: { ...input.course, passMark: 101 } }),
    ).toMatchObject({
      code: 'passMarkAboveTotal',
    });
    const js = { ...input.course, videoUrl: 'javascript:alert(1)' };
    expect(await saveCourse(store, data, HR, { ...input, course: js })).toMatchObject({
      code: 'videoLinkInvalid',
    });
    expect(await store.readAll('courses')).toHaveLength(courses);
    expect(await store.readAll('questions')).toHaveLength(questions);
  });

  it('[TR3] the 题目 table holds a salted hash per question, never the answer; the learner gets neither', async () => {
    const { store, data, input } = await setUp();
    const saved = await saveCourse(store, data, HR, input);
    const courseId = saved.ok ? saved.value.courseId : '';
    const rows = (await store.readAll('questions')).filter((r) => toQuestion(r).courseId === courseId);
    expect(rows.map((r) => r.values.answer ?? '')).toEqual(['', '']);
    const stored = rows.map(toQuestion);
    expect(new Set(stored.map((q) => q.salt)).size).toBe(2);
    expect(stored.every((q) => /^[0-9a-f]{64}$/.test(q.answerHash))).toBe(true);
    const learner = await openCourse(store, courseId);
    expect(learner.map((q) => Object.keys(q).sort())).toEqual([
      ['courseId', 'id', 'options', 'points', 'prompt', 'type'],
      ['courseId', 'id', 'options', 'points', 'prompt', 'type'],
    ]);
  });
});

describe('taking a quiz', () => {
  async function published() {
    const setup = await setUp();
    const saved = await saveCourse(setup.store, setup.data, HR, setup.input);
    const courseId = saved.ok ? saved.value.courseId : '';
    const [q1, q2] = await openCourse(setup.store, courseId);
    return { ...setup, courseId, q1: q1!, q2: q2! };
  }

  it('[TR4][TR6][TR10] fails once, a double submit records one row, passes and gains the skill', async () => {
    const { store, data, courseId, q1, q2 } = await published();
    const wrong = { courseId, attemptNo: 1, answers: { [q1.id]: [0], [q2.id]: [0] } };
    const first = await submitQuiz(store, data, DESIGNER, wrong, TEST_NOW);
    expect(first).toMatchObject({
      ok: true,
      value: { grade: { score: 50, passed: false }, repeated: false },
    });
    expect(first.ok && first.value.grade.wrong).toEqual([
      { questionId: q2.id, explanation: '选题要贴近观众关心的事' },
    ]);
    expect(await submitQuiz(store, data, DESIGNER, wrong, TEST_NOW)).toMatchObject({
      value: { repeated: true },
    });
    const right = { courseId, attemptNo: 2, answers: { [q1.id]: [0], [q2.id]: [2] } };
    const second = await submitQuiz(store, data, DESIGNER, right, TEST_NOW + 1000);
    expect(second).toMatchObject({
      value: { grade: { score: 100, passed: true }, skillsGranted: ['直播策划'] },
    });
    const attempts = (await store.readAll('attempts')).map(toAttempt).filter((a) => a.courseId === courseId);
    expect(attempts.map((a) => [a.attemptNo, a.score, a.passed])).toEqual([
      [1, 50, false],
      [2, 100, true],
    ]);
    const member = (await store.readAll('members')).map(toMember).find((m) => m.userIds.includes(DESIGNER))!;
    expect(member.skills).toContain('直播策划');
    expect(await submitQuiz(store, data, DESIGNER, { ...right, attemptNo: 3 }, TEST_NOW)).toMatchObject({
      code: 'alreadyPassed',
    });
  });

  it('[TR5] attempts beyond the maximum, a stale attempt number and a deleted course are refused', async () => {
    const { store, data, courseId, q1 } = await published();
    const before = (await store.readAll('attempts')).length;
    for (const n of [1, 2, 3])
      await submitQuiz(
        store,
        data,
        DESIGNER,
        { courseId, attemptNo: n, answers: { [q1.id]: [1] } },
        TEST_NOW,
      );
    const fourth = { courseId, attemptNo: 4, answers: {} };
    expect(await submitQuiz(store, data, DESIGNER, fourth, TEST_NOW)).toMatchObject({
      code: 'noAttemptsLeft',
    });
    const other = personId('林峰');
    expect(
      await submitQuiz(store, data, other, { courseId, attemptNo: 2, answers: {} }, TEST_NOW),
    ).toMatchObject({
      code: 'staleAttempt',
    });
    await store.remove('courses', [courseId]);
    expect(
      await submitQuiz(store, data, other, { courseId, attemptNo: 1, answers: {} }, TEST_NOW),
    ).toMatchObject({
      code: 'courseGone',
    });
    expect(await store.readAll('attempts')).toHaveLength(before + 3);
  });
});

describe('question import', () => {
  it('[TR18] a file with a bad row writes nothing; a good one adds every row with its formula neutralised', async () => {
    const { store, data, input } = await setUp();
    const saved = await saveCourse(store, data, HR, input);
    const courseId = saved.ok ? saved.value.courseId : '';
    const bad = '题干,题型,选项,答案,分值,解析\n好题,单选,a|b,A,10,\n坏题,单选,a|b,"A,B",10,\n';
    expect(
      await importQuestions(store, data, HR, { courseId, importKey: 'i1', cells: cells(bad) }),
    ).toMatchObject({
      code: 'csvInvalid',
      csv: { errors: [{ row: 3, code: 'singleNeedsOneCorrect' }] },
    });
    expect(await openCourse(store, courseId)).toHaveLength(2);
    const good = '题干,题型,选项,答案,分值,解析\n=1+1,单选,a|b,B,10,\n直播要脚本,判断,,对,10,\n';
    expect(
      await importQuestions(store, data, DESIGNER, { courseId, importKey: 'i2', cells: cells(good) }),
    ).toMatchObject({
      code: 'notAllowed',
    });
    expect(await importQuestions(store, data, HR, { courseId, importKey: 'i2', cells: cells(good) })).toEqual(
      {
        ok: true,
        value: { added: 2 },
      },
    );
    const prompts = (await openCourse(store, courseId)).map((q) => q.prompt);
    expect(prompts.slice(2)).toEqual(["'=1+1", '直播要脚本']);
  });
});

describe('survey', () => {
  it('[TR12] HR opens a round and everyone is told; an answer is changed in place; closed rounds refuse', async () => {
    const { store, data } = await setUp();
    const input = {
      requestKey: 'q3',
      title: '三季度培训',
      topics: ['直播策划', '剪辑'],
      closesAt: TEST_NOW + DAY,
    };
    expect(await openRound(store, data, DESIGNER, input, TEST_NOW)).toMatchObject({ code: 'notAllowed' });
    const opened = await openRound(store, data, HR, input, TEST_NOW);
    const roundKey = opened.ok ? opened.value.roundKey : '';
    const notices = (await store.readAll('notifications'))
      .map(toNotice)
      .filter((n) => n.key.startsWith('survey-open'));
    expect(notices).toHaveLength(data.members.filter((m) => m.active).length);
    await answerSurvey(store, data, DESIGNER, { roundKey, topics: ['剪辑'], wish: '' }, TEST_NOW);
    expect(
      await answerSurvey(
        store,
        data,
        DESIGNER,
        { roundKey, topics: ['直播策划'], wish: '案例' },
        TEST_NOW + 1,
      ),
    ).toEqual({
      ok: true,
      value: { changed: true },
    });
    const training = await loadTraining(store);
    expect(training.answers.map((a) => a.topics)).toEqual([['直播策划']]);
    await closeRound(store, data, HR, roundKey);
    expect(
      await answerSurvey(store, data, DESIGNER, { roundKey, topics: ['剪辑'], wish: '' }, TEST_NOW + 2),
    ).toMatchObject({
      code: 'roundClosed',
    });
  });
});

describe('reminders', () => {
  it('[TR9] overdue members are reminded once: a second run adds nothing', async () => {
    const { store, data, input } = await setUp();
    await saveCourse(store, data, HR, input);
    const late = input.course.due! + 4 * DAY;
    const designers = data.members.filter(
      (m) => m.active && m.departmentId === input.course.requiredForDepartmentIds[0],
    );
    const added = await remindOverdueCourses(store, data, late);
    expect(added).toBe(designers.length * 2 - 1); // every designer, and their head for each but the head
    expect(await remindOverdueCourses(store, data, late)).toBe(0);
    expect(await remindOverdueCourses(store, data, TEST_NOW)).toBe(0);
  });
});
