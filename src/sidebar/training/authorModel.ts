/** The authoring form as data: what the author typed, turned into the service's input and a learner preview. */
import {
  parseSkills,
  type Course,
  type CourseKind,
  type LearnerQuestion,
  type QuestionDraft,
  type QuestionType,
} from '../../core/training/trainingModel';
import type { CourseInput } from '../../services/training/authoring';
import { parseDay, formatDay } from '../shared/dayInput';
import type { QuizQuestion } from './courseModel';

export interface QuestionForm {
  prompt: string;
  type: QuestionType;
  options: string;
  correct: string;
  points: string;
  explanation: string;
}

export interface CourseForm {
  title: string;
  kind: CourseKind;
  content: string;
  videoUrl: string;
  passMark: string;
  maxAttempts: string;
  /** The points passing earns (贡献分). */
  points: string;
  skills: string;
  requiredFor: string[];
  due: string;
  publish: boolean;
  kept: LearnerQuestion[];
  questions: QuestionForm[];
}

export const emptyQuestion = (): QuestionForm => ({
  prompt: '',
  type: 'single',
  options: '',
  correct: '',
  points: '10',
  explanation: '',
});

export function formOf(course: Course | undefined, kept: LearnerQuestion[]): CourseForm {
  return {
    title: course?.title ?? '',
    kind: course?.kind ?? 'skill',
    content: course?.content ?? '',
    videoUrl: course?.videoUrl ?? '',
    passMark: course?.passMark ? String(course.passMark) : '',
    maxAttempts: course?.maxAttempts !== undefined ? String(course.maxAttempts) : '3',
    points: course?.points !== undefined ? String(course.points) : '',
    skills: course?.skills.join('，') ?? '',
    requiredFor: course?.requiredForDepartmentIds ?? [],
    due: formatDay(course?.due),
    publish: course ? course.status === 'published' : false,
    kept,
    questions: [],
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** "A,C" or "1,3" to stored positions; letters are how the form and the CSV name options. */
export function correctOf(text: string): number[] {
  return text
    .toUpperCase()
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .map((p) => (/^[A-J]$/.test(p) ? p.charCodeAt(0) - 65 : Number(p) - 1));
}

export function draftOf(q: QuestionForm): QuestionDraft {
  return {
    prompt: q.prompt.trim(),
    type: q.type,
    options: q.type === 'true_false' && q.options.trim() === '' ? ['对', '错'] : lines(q.options),
    correct: correctOf(q.correct),
    points: Number(q.points),
    explanation: q.explanation.trim(),
  };
}

const num = (text: string) => (text.trim() === '' ? NaN : Number(text));

export function inputOf(form: CourseForm, courseId: string | undefined, requestKey: string): CourseInput {
  const due = parseDay(form.due);
  return {
    courseId,
    requestKey,
    course: {
      title: form.title.trim(),
      kind: form.kind,
      status: form.publish ? 'published' : 'draft',
      content: form.content,
      videoUrl: form.videoUrl.trim(),
      passMark: num(form.passMark),
      maxAttempts: form.maxAttempts.trim() === '' ? undefined : num(form.maxAttempts),
      points: form.points.trim() === '' ? undefined : num(form.points),
      skills: parseSkills(form.skills),
      requiredForDepartmentIds: form.requiredFor,
      // The end of the chosen day: due "on" a day means until that evening.
      due: due === undefined ? undefined : due + 86_400_000 - 1,
    },
    questions: [...form.kept.map((q) => ({ keep: q.id })), ...form.questions.map(draftOf)],
  };
}

/** The quiz as a learner would see it, without shuffling: the preview is for reading, not for grading. */
export function previewQuestions(form: CourseForm): QuizQuestion[] {
  const letters = 'ABCDEFGHIJ';
  const all = [
    ...form.kept.map((q) => ({ id: q.id, prompt: q.prompt, type: q.type, options: q.options })),
    ...form.questions.map((q, i) => ({ id: `new${i}`, ...draftOf(q) })),
  ];
  return all.map((q) => ({
    id: q.id,
    prompt: q.prompt,
    multiple: q.type === 'multiple',
    options: q.options.map((label, value) => ({ label: `${letters[value]}. ${label}`, value })),
  }));
}
