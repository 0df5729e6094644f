/**
 * The "training" scenario: 40 members, 50 courses, 500 questions, 5,000 attempts. Measured: the 学习 tab's
 * lists and the figures (pure, timed), opening a course (one filtered read of its questions), and the overdue
 * reminders (at the floor; a second run writes nothing).
 */
import { AttemptIndex } from '../../src/core/training/attemptIndex';
import { trainingFigures } from '../../src/core/training/figures';
import { learningOf } from '../../src/core/training/learning';
import type { QuestionDraft } from '../../src/core/training/trainingModel';
import { LocalHost } from '../../src/local/localHost';
import { emptyState, type LocalState } from '../../src/local/localState';
import { DEMO_PEOPLE, DEMO_USERS } from '../../src/demo/demoCompany';
import { seedDemo } from '../../src/demo/seedDemo';
import { fromAttempt, fromCourse } from '../../src/schema/trainingEntities';
import { openSession } from '../../src/services/session';
import { questionRows } from '../../src/services/training/authoring';
import { openCourse } from '../../src/services/training/quiz';
import { remindOverdueCourses } from '../../src/services/training/reminders';
import { loadTraining } from '../../src/services/training/trainingData';
import { DAY, measuredHost, NOW, rng, TODAY_START } from './fixtures';
import { floorOf, pages, PAGE, type Floor } from './floor';
import { floorFields, FLOOR_TOLERANCE, timingActual, type ScenarioRow, type Target } from './report';
import { measure, type Measurement } from './scenarios';
import { timed, type Timing } from './timing';

export const TRAINING = { courses: 50, questions: 500, attempts: 5000 };
export const TRAINING_COMPUTE_MS = 50;

const draft = (i: number): QuestionDraft => ({
  prompt: `题目 ${i}`,
  type: 'single',
  options: ['甲', '乙', '丙', '丁'],
  correct: [i % 4],
  points: 10,
  explanation: '',
});

/** The demo company with courses, questions and attempts added up to the scenario's sizes. */
export async function trainingBase(): Promise<LocalState> {
  const local = new LocalHost({ state: emptyState(DEMO_USERS, DEMO_PEOPLE[0]!.userId) });
  const store = await seedDemo(local.host, TODAY_START);
  const { data } = await openReady(local);
  const random = rng(7);
  const have = (await loadTraining(store)).courses.length;
  const departments = data.departments.map((d) => d.id);
  const courseIds = await store.addAll(
    'courses',
    Array.from({ length: TRAINING.courses - have }, (_, i) =>
      fromCourse({
        title: `课程 ${i}`,
        kind: 'skill',
        status: 'published',
        content: '',
        videoUrl: '',
        passMark: 60,
        maxAttempts: 0,
        skills: [`技能${i % 12}`],
        requiredForDepartmentIds: i % 3 === 0 ? [departments[i % departments.length]!] : [],
        // A third of the required ones are overdue, so the reminders have work.
        due: TODAY_START + ((i % 9) - 3) * DAY,
      }),
    ),
  );
  const haveQuestions = (await store.readAll('questions')).length;
  const perCourse = Math.floor((TRAINING.questions - haveQuestions) / courseIds.length);
  await store.addAll(
    'questions',
    courseIds.flatMap((id, c) =>
      questionRows(
        id,
        Array.from({ length: perCourse }, (_, p) => ({ draft: draft(p), position: p, key: `b/${c}/${p}` })),
      ),
    ),
  );
  const members = data.members;
  await store.addAll(
    'attempts',
    Array.from({ length: TRAINING.attempts - 1 }, (_, i) => {
      const member = members[Math.floor(random() * members.length)]!;
      const course = courseIds[Math.floor(random() * courseIds.length)]!;
      const score = Math.round(random() * 100);
      return fromAttempt(
        {
          memberId: member.id,
          courseId: course,
          score,
          passed: score >= 60,
          attemptNo: 1 + (i % 3),
          at: NOW - DAY,
          key: `b/${i}`,
        },
        '',
      );
    }),
  );
  return local.state;
}

async function openReady(local: LocalHost) {
  const session = await openSession(local.host);
  if (session.kind !== 'ready') throw new Error(`expected a ready session, got ${session.kind}`);
  return session;
}

export interface TrainingResult {
  compute: Timing;
  open: Measurement;
  openFloor: Floor;
  first: Measurement;
  second: Measurement;
  reminders: number;
  floor: Floor;
}

export async function trainingScenario(state: LocalState): Promise<TrainingResult> {
  const local = measuredHost(state);
  const { store, data } = await openReady(local);
  const training = await loadTraining(store);
  const designer = data.members.find((m) => m.name === '何平')!;
  const compute = timed(() => {
    const index = new AttemptIndex(training.attempts);
    learningOf(training.courses, designer, index, ['技能1', '技能2'], NOW);
    trainingFigures(training.courses, data.departments, data.members, index, NOW);
  });
  const courseId = training.courses.find((c) => c.title === '课程 1')!.id;
  const open = await measure(local, () => openCourse(store, courseId));
  const first = await measure(local, () => remindOverdueCourses(store, data, NOW));
  const second = await measure(local, () => remindOverdueCourses(store, data, NOW));
  const notices = first.result;
  const floor = floorOf([
    { what: 'read 课程', calls: pages(training.courses.length), chained: true, id: 'courses' },
    {
      what: 'read 学习记录',
      calls: pages(training.attempts.length),
      chained: true,
      id: 'attempts',
      after: ['courses'],
    },
    { what: 'look the notice keys up', calls: pages(notices), id: 'lookup', after: ['attempts'] },
    { what: 'add the notices', calls: Math.ceil(notices / PAGE), after: ['lookup'] },
  ]);
  return {
    compute,
    open: open.m,
    openFloor: floorOf([{ what: 'read the course questions (filtered)', calls: 1 }]),
    first: first.m,
    second: second.m,
    reminders: notices,
    floor,
  };
}

export function trainingRow(
  common: Omit<
    ScenarioRow,
    'floorCalls' | 'floorRoundTrips' | 'protocolFloorRoundTrips' | 'floor' | 'naive' | 'notes' | 'targets'
  >,
  r: TrainingResult,
): ScenarioRow {
  const over = (r.first.calls - r.floor.calls) / r.floor.calls;
  const secondWrites = r.second.writeCalls;
  const targets: Target[] = [
    {
      name: `training: learning tab + figures compute under ${TRAINING_COMPUTE_MS} ms`,
      target: `< ${TRAINING_COMPUTE_MS} ms`,
      actual: timingActual(r.compute),
      pass: r.compute.median < TRAINING_COMPUTE_MS,
    },
    {
      name: 'training: opening a course is one filtered read',
      target: '1 read call',
      actual: `${r.open.readCalls} (${Object.keys(r.open.byMethod).join(', ')})`,
      pass: r.open.readCalls === 1 && r.open.writeCalls === 0,
    },
    {
      name: `training: reminders within ${FLOOR_TOLERANCE * 100}% of floor`,
      target: `≤ ${Math.floor(r.floor.calls * (1 + FLOOR_TOLERANCE))} (floor ${r.floor.calls})`,
      actual: `${r.first.calls} (${(over * 100).toFixed(1)}%)`,
      pass: over <= FLOOR_TOLERANCE,
    },
    {
      name: 'training: a second reminder run writes nothing',
      target: '0 writes',
      actual: String(secondWrites),
      pass: secondWrites === 0,
    },
  ];
  return {
    ...common,
    ...floorFields(r.floor),
    computeMs: r.compute.median,
    naive: 'none: the measured run is compared with its floor',
    notes: [
      `${TRAINING.courses} courses, ${TRAINING.questions} questions, ${TRAINING.attempts} attempts; ${r.reminders} reminders`,
      `open course: ${r.open.calls} call(s), ${r.open.roundTrips} round trip(s)`,
    ],
    extra: {
      computeMs: Math.round(r.compute.median * 10) / 10,
      openCourseReads: r.open.readCalls,
      reminders: r.reminders,
      secondRunWrites: secondWrites,
    },
    targets,
  };
}
