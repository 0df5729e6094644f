/**
 * Taking a course: its questions for the learner (never the hash or the salt), and a submitted quiz graded on
 * the Base as it is, recorded once per attempt key, with the course's skills granted on a pass. [TR4]-[TR6], [TR10]
 */
import type { Member } from '../../core/model';
import { attemptKey, attemptRefusal, attemptState, type AttemptRefusal } from '../../core/training/attempts';
import { grade, type Grade, type Submission } from '../../core/training/grading';
import { withSkills } from '../../core/training/skills';
import { learnerRefusal } from '../../core/training/trainingPermissions';
import {
  parseSkills,
  type Attempt,
  type LearnerQuestion,
  type StoredQuestion,
} from '../../core/training/trainingModel';
import { toMember } from '../../schema/entities';
import { fromAttempt, toAttempt, toQuestion } from '../../schema/trainingEntities';
import type { BatonStore, CoreData } from '../../store/batonStore';
import { readCourse } from './trainingData';
import { refused, type TrainingResult } from './trainingResult';

/** The course's questions in order, exactly as stored (the service's own use: grading). */
async function storedQuestions(store: BatonStore, courseId: string): Promise<StoredQuestion[]> {
  const rows = await store.readWhere('questions', 'course', courseId);
  return rows
    .map(toQuestion)
    .filter((q) => q.courseId === courseId)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...q }) => q);
}

/** What leaves the service towards a screen: every field but the answer hash, the salt and the explanation. */
export const forLearner = (q: StoredQuestion): LearnerQuestion => ({
  id: q.id,
  courseId: q.courseId,
  prompt: q.prompt,
  type: q.type,
  options: q.options,
  points: q.points,
});

/** Opening a course: one filtered read of its questions. */
export async function openCourse(store: BatonStore, courseId: string): Promise<LearnerQuestion[]> {
  return (await storedQuestions(store, courseId)).map(forLearner);
}

export interface QuizInput {
  courseId: string;
  /** The attempt number the quiz showed: with course and member, the attempt's key. */
  attemptNo: number;
  answers: Submission;
}

export interface QuizOutcome {
  grade: Grade;
  attemptNo: number;
  /** The skills this pass added (empty when failed or already held). */
  skillsGranted: string[];
  /** The attempt had already been recorded (a double submit or a retry): nothing new was written. */
  repeated: boolean;
}

export type QuizRefusal = AttemptRefusal | 'staleAttempt';

const memberOf = (data: CoreData, userId: string): Member | undefined =>
  data.members.find((m) => m.active && m.userIds.includes(userId));

export async function submitQuiz(
  store: BatonStore,
  data: CoreData,
  userId: string,
  input: QuizInput,
  now: number,
): Promise<TrainingResult<QuizOutcome, QuizRefusal>> {
  const permission = learnerRefusal(data, userId);
  const member = memberOf(data, userId);
  if (permission || !member) return refused(permission ?? 'notMember');
  const [course, attemptRows] = await Promise.all([
    readCourse(store, input.courseId),
    store.readWhere('attempts', 'member', member.id),
  ]);
  const mine = attemptRows.map(toAttempt).filter((a) => a.courseId === input.courseId);
  const key = attemptKey(input.courseId, member.id, input.attemptNo);
  const questions = course ? await storedQuestions(store, course.id) : [];
  const recorded = mine.find((a) => a.key === key);
  if (course && recorded) return { ok: true, value: recordedOutcome(recorded, questions) };
  const state = course ? attemptState(course, mine) : undefined;
  const refusal = attemptRefusal(course, state);
  if (refusal) return refused(refusal);
  if (input.attemptNo !== state!.nextNo) return refused('staleAttempt');
  const result = grade(questions, input.answers, course!.passMark);
  const row = fromAttempt(
    {
      memberId: member.id,
      courseId: course!.id,
      score: result.score,
      passed: result.passed,
      attemptNo: input.attemptNo,
      at: now,
      key,
    },
    `${member.name} · ${course!.title} · ${result.score}/${result.total}`,
  );
  store.checkWrites([{ table: 'attempts', keyField: 'key', rows: [row] }]);
  await store.addKeyed('attempts', 'key', [row], true);
  const skillsGranted = result.passed ? await grantSkills(store, member.id, course!.skills) : [];
  return { ok: true, value: { grade: result, attemptNo: input.attemptNo, skillsGranted, repeated: false } };
}

/**
 * [TR24] A number already recorded answers with what was recorded, never a grade of the answers sent now: a
 * regrade would tell which option is right (resubmit attempt 1 with each option) without spending an attempt.
 */
function recordedOutcome(recorded: Attempt, questions: StoredQuestion[]): QuizOutcome {
  const total = questions.reduce((sum, q) => sum + q.points, 0);
  return {
    grade: { score: recorded.score, total, passed: recorded.passed, wrong: [] },
    attemptNo: recorded.attemptNo,
    skillsGranted: [],
    repeated: true,
  };
}

/** [TR10] Adds the skills to the member's 培训技能, read fresh; nothing when they hold them all already. */
export async function grantSkills(store: BatonStore, memberId: string, skills: string[]): Promise<string[]> {
  if (skills.length === 0) return [];
  const [row] = await store.readByIds('members', [memberId]);
  if (!row) return [];
  const trained = parseSkills(typeof row.values.trainedSkills === 'string' ? row.values.trainedSkills : '');
  const held = toMember(row).skills;
  const added = skills.filter((s) => !held.includes(s));
  const next = withSkills(
    trained,
    skills.filter((s) => !trained.includes(s)),
  );
  if (next.length !== trained.length)
    await store.update('members', [{ id: memberId, values: { trainedSkills: next.join('，') } }]);
  return added;
}
