/**
 * Authoring: a course and its quiz saved in one go, a draft course from a survey topic, questions imported from a
 * CSV. Only the boss and HR may ([TR15]); every check runs before the first write.
 */
import {
  questionRefusal,
  quizRefusal,
  answerHash,
  type QuestionRefusal,
  type QuizRefusal,
} from '../../core/training/questions';
import { authorRefusal } from '../../core/training/trainingPermissions';
import type { Course, QuestionDraft } from '../../core/training/trainingModel';
import { videoLinkRefusal } from '../../core/training/videoLink';
import { fromCourse, fromQuestion, toQuestion } from '../../schema/trainingEntities';
import type { FieldValues } from '../../schema/cellCodec';
import type { BatonStore, CoreData } from '../../store/batonStore';
import { readCourse } from './trainingData';
import { refused, type TrainingResult } from './trainingResult';

export type CourseFields = Omit<Course, 'id' | 'key'>;

export interface CourseInput {
  /** The course to change; a new one when left out. */
  courseId?: string;
  /** Names this save: the new course's key and its new questions' keys, so a retry adds nothing twice. */
  requestKey: string;
  course: CourseFields;
  /** The quiz in order: a stored question kept by its id, or a new one. Stored ones not listed are removed. */
  questions: ({ keep: string } | QuestionDraft)[];
}

export type AuthorRefusal =
  QuestionRefusal | QuizRefusal | 'titleRequired' | 'videoLinkInvalid' | 'coursePointsInvalid' | 'courseGone';

/** The points passing earns: none, or a whole number from 0 up. */
const pointsRefusal = (points: number | undefined) =>
  points !== undefined && !(Number.isInteger(points) && points >= 0);

/** A fresh random salt per question, so equal answers never hash alike across questions. */
export function newSalt(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function firstQuestionRefusal(questions: CourseInput['questions']) {
  for (const [i, q] of questions.entries()) {
    if ('keep' in q) continue;
    const code = questionRefusal(q);
    if (code) return refused(code, String(i + 1));
  }
  return undefined;
}

/** Rows of new questions, each answer hashed with its own salt: the correct options never reach the Base. */
export function questionRows(
  courseId: string,
  drafts: { draft: QuestionDraft; position: number; key: string }[],
) {
  return drafts.map(({ draft, position, key }) => {
    const salt = newSalt();
    return fromQuestion({
      courseId,
      prompt: draft.prompt,
      type: draft.type,
      options: draft.options,
      points: draft.points,
      explanation: draft.explanation,
      salt,
      answerHash: answerHash(salt, draft.correct),
      position,
      key,
    });
  });
}

export async function saveCourse(
  store: BatonStore,
  data: CoreData,
  userId: string,
  input: CourseInput,
): Promise<TrainingResult<{ courseId: string }, AuthorRefusal>> {
  const permission = authorRefusal(data, userId);
  if (permission) return refused(permission);
  const { course } = input;
  if (course.title.trim() === '') return refused('titleRequired');
  if (videoLinkRefusal(course.videoUrl)) return refused('videoLinkInvalid');
  const bad = firstQuestionRefusal(input.questions);
  if (bad) return bad;
  if (pointsRefusal(course.points)) return refused('coursePointsInvalid');
  const current = input.courseId ? await readCourse(store, input.courseId) : undefined;
  if (input.courseId && !current) return refused('courseGone');
  const stored = input.courseId
    ? (await store.readWhere('questions', 'course', input.courseId)).map(toQuestion)
    : [];
  const byId = new Map(stored.map((q) => [q.id, q]));
  if (input.questions.some((q) => 'keep' in q && !byId.has(q.keep))) return refused('courseGone');
  const points = input.questions.map((q) => ('keep' in q ? byId.get(q.keep)!.points : q.points));
  const quiz = quizRefusal(points, course.passMark, course.maxAttempts);
  if (quiz && (course.status === 'published' || points.length > 0)) return refused(quiz);
  const courseId = await writeCourse(store, input, current);
  await writeQuestions(
    store,
    courseId,
    input,
    stored.map((q) => q.id),
  );
  return { ok: true, value: { courseId } };
}

const withoutKey = ({ key: _key, ...values }: FieldValues<'courses'>) => values;

/**
 * [TR23] An edit writes the fields the form shows, over the course read fresh: a field the input leaves out
 * (the key, the points of an older screen) keeps its cell, and the key is never sent, so the survey's draft
 * stays found by its key however often it is edited.
 */
async function writeCourse(store: BatonStore, input: CourseInput, current?: Course): Promise<string> {
  if (input.courseId && current) {
    const values = withoutKey(fromCourse({ ...current, ...input.course }));
    store.checkWrites([{ table: 'courses', rows: [values] }]);
    await store.update('courses', [{ id: input.courseId, values }]);
    return input.courseId;
  }
  const row = fromCourse({ ...input.course, key: `course/${input.requestKey}` });
  store.checkWrites([{ table: 'courses', rows: [row] }]);
  const ids = await store.addKeyed('courses', 'key', [row], true);
  return ids.get(`course/${input.requestKey}`)!;
}

async function writeQuestions(store: BatonStore, courseId: string, input: CourseInput, storedIds: string[]) {
  const fresh = input.questions.flatMap((q, position) =>
    'keep' in q ? [] : [{ draft: q, position, key: `question/${input.requestKey}/${position}` }],
  );
  if (fresh.length) await store.addKeyed('questions', 'key', questionRows(courseId, fresh), true);
  const kept = input.questions.flatMap((q, position) => ('keep' in q ? [{ id: q.keep, position }] : []));
  if (kept.length)
    await store.update(
      'questions',
      kept.map((k) => ({ id: k.id, values: { position: k.position } })),
    );
  const dropped = storedIds.filter((id) => !kept.some((k) => k.id === id));
  if (dropped.length) await store.remove('questions', dropped).catch(() => undefined);
}

/** A draft course named after a survey topic, once per round and topic however often it is clicked. */
export async function draftFromTopic(
  store: BatonStore,
  data: CoreData,
  userId: string,
  roundKey: string,
  topic: string,
): Promise<TrainingResult<{ courseId: string }, never>> {
  const permission = authorRefusal(data, userId);
  if (permission) return refused(permission);
  const key = `topic/${roundKey}/${topic}`;
  const row = fromCourse({
    title: topic,
    kind: 'skill',
    status: 'draft',
    content: '',
    videoUrl: '',
    passMark: 0,
    skills: [topic],
    requiredForDepartmentIds: [],
    key,
  });
  const ids = await store.addKeyed('courses', 'key', [row], true);
  return { ok: true, value: { courseId: ids.get(key)! } };
}
