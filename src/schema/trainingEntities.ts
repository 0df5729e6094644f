/** Training entities from decoded records and back: courses, questions, attempts, survey rounds and answers. */
import {
  COURSE_KINDS,
  parseSkills,
  QUESTION_TYPES,
  type Attempt,
  type Course,
  type CourseKind,
  type QuestionType,
  type StoredQuestion,
  type SurveyAnswer,
  type SurveyRound,
} from '../core/training/trainingModel';
import type { DecodedRecord, FieldValues, PlainValue } from './cellCodec';

const str = (v: PlainValue) => (typeof v === 'string' ? v : '');
const num = (v: PlainValue) => (typeof v === 'number' ? v : undefined);
const list = (v: PlainValue) => (Array.isArray(v) ? v : []);
const lines = (v: PlainValue) =>
  str(v)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function toCourse({ id, values }: DecodedRecord<'courses'>): Course {
  return {
    id,
    title: str(values.title),
    kind: COURSE_KINDS.includes(values.category as CourseKind) ? (values.category as CourseKind) : undefined,
    // A course typed in the grid with no status is taken as published: someone wrote it to be taken.
    status: values.status === 'draft' ? 'draft' : 'published',
    content: str(values.content),
    videoUrl: str(values.videoUrl),
    passMark: num(values.passMark) ?? 0,
    maxAttempts: num(values.maxAttempts),
    skills: parseSkills(str(values.grantsSkill)),
    requiredForDepartmentIds: list(values.requiredFor),
    due: num(values.due),
    points: num(values.points),
    key: str(values.key) || undefined,
  };
}

export function fromCourse(course: Omit<Course, 'id'>): FieldValues<'courses'> {
  return {
    title: course.title,
    category: course.kind,
    status: course.status,
    content: course.content,
    videoUrl: course.videoUrl,
    passMark: course.passMark,
    maxAttempts: course.maxAttempts,
    grantsSkill: course.skills.join('，'),
    requiredFor: course.requiredForDepartmentIds,
    due: course.due,
    points: course.points,
    key: course.key,
  };
}

export function toQuestion({
  id,
  values,
}: DecodedRecord<'questions'>): StoredQuestion & { position: number } {
  return {
    id,
    courseId: list(values.course)[0],
    prompt: str(values.prompt),
    type: QUESTION_TYPES.includes(values.type as QuestionType) ? (values.type as QuestionType) : 'single',
    options: lines(values.options),
    points: num(values.points) ?? 0,
    explanation: str(values.explanation),
    answerHash: str(values.answerHash),
    salt: str(values.salt),
    position: num(values.position) ?? 0,
  };
}

export function fromQuestion(
  q: Omit<StoredQuestion, 'id'> & { position: number; key: string },
): FieldValues<'questions'> {
  return {
    prompt: q.prompt,
    course: q.courseId ? [q.courseId] : [],
    type: q.type,
    options: q.options.join('\n'),
    points: q.points,
    explanation: q.explanation,
    answerHash: q.answerHash,
    salt: q.salt,
    position: q.position,
    key: q.key,
  };
}

export function toAttempt({ id, values }: DecodedRecord<'attempts'>): Attempt {
  return {
    id,
    memberId: list(values.member)[0],
    courseId: list(values.course)[0],
    score: num(values.score) ?? 0,
    passed: values.passed === true,
    attemptNo: num(values.attemptNo) ?? 1,
    at: num(values.at),
    key: str(values.key) || undefined,
  };
}

export function fromAttempt(a: Omit<Attempt, 'id'>, summary: string): FieldValues<'attempts'> {
  return {
    summary,
    member: a.memberId ? [a.memberId] : [],
    course: a.courseId ? [a.courseId] : [],
    score: a.score,
    passed: a.passed,
    attemptNo: a.attemptNo,
    at: a.at,
    key: a.key,
  };
}

export type SurveyRow = { kind: 'round'; round: SurveyRound } | { kind: 'answer'; answer: SurveyAnswer };

export function toSurveyRow({ id, values }: DecodedRecord<'survey'>): SurveyRow | undefined {
  const key = str(values.key);
  if (values.kind === 'round')
    return {
      kind: 'round',
      round: {
        id,
        key,
        title: str(values.summary),
        topics: lines(values.choices),
        closesAt: num(values.closesAt),
        closed: values.closed === true,
      },
    };
  if (values.kind !== 'answer') return undefined;
  return {
    kind: 'answer',
    answer: {
      id,
      key,
      roundKey: str(values.round),
      memberId: list(values.member)[0],
      topics: lines(values.choices),
      wish: str(values.notes),
      at: num(values.at),
    },
  };
}

export function fromSurveyRound(round: Omit<SurveyRound, 'id'>): FieldValues<'survey'> {
  return {
    kind: 'round',
    summary: round.title,
    choices: round.topics.join('\n'),
    closesAt: round.closesAt,
    closed: round.closed,
    key: round.key,
  };
}

export function fromSurveyAnswer(answer: Omit<SurveyAnswer, 'id'>, summary: string): FieldValues<'survey'> {
  return {
    kind: 'answer',
    summary,
    round: answer.roundKey,
    member: answer.memberId ? [answer.memberId] : [],
    choices: answer.topics.join('\n'),
    notes: answer.wish,
    at: answer.at,
    key: answer.key,
  };
}
