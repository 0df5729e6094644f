/** A course page and its quiz as the learner sees them: sections, the video, shuffled options, the result. */
import { attemptState, optionOrder } from '../../core/training/attempts';
import type { Attempt, Course, LearnerQuestion } from '../../core/training/trainingModel';
import { safeVideoLink, type VideoLink } from '../../core/training/videoLink';

export interface Section {
  title: string;
  markdown: string;
}

/** Each `## ` heading starts a section; text before the first heading is an untitled section. */
export function sectionsOf(content: string): Section[] {
  const sections: Section[] = [];
  for (const block of content.split(/^(?=## )/m)) {
    const [first = '', ...rest] = block.split('\n');
    const titled = first.startsWith('## ');
    const markdown = (titled ? rest : [first, ...rest]).join('\n').trim();
    if (titled || markdown) sections.push({ title: titled ? first.slice(3).trim() : '', markdown });
  }
  return sections;
}

export interface QuizQuestion {
  id: string;
  prompt: string;
  multiple: boolean;
  /** In the order shown; `value` is the option's stored position, which grading works on. */
  options: { label: string; value: number }[];
}

export interface CourseView {
  sections: Section[];
  video?: VideoLink;
  attemptNo: number;
  left?: number;
  passed: boolean;
  canAttempt: boolean;
  questions: QuizQuestion[];
}

const LETTERS = 'ABCDEFGHIJ';

export function courseView(
  course: Course,
  questions: LearnerQuestion[],
  mine: Attempt[],
  memberId: string,
): CourseView {
  const state = attemptState(course, mine);
  const attemptNo = state.nextNo;
  return {
    sections: sectionsOf(course.content),
    video: safeVideoLink(course.videoUrl),
    attemptNo,
    left: state.left,
    passed: state.passed,
    canAttempt: !state.passed && state.left !== 0 && course.status === 'published',
    questions: questions.map((q) => {
      const trueFalse = q.type === 'true_false';
      const order = optionOrder(q.options.length, q.id, memberId, attemptNo, trueFalse);
      return {
        id: q.id,
        prompt: q.prompt,
        multiple: q.type === 'multiple',
        options: order.map((value, shown) => ({
          label: `${LETTERS[shown]}. ${q.options[value]}`,
          value,
        })),
      };
    }),
  };
}

/** Options for the answers: the chosen stored positions per question. */
export type Answers = Record<string, number[]>;

export function toggle(answers: Answers, question: QuizQuestion, value: number): Answers {
  const current = answers[question.id] ?? [];
  const next = question.multiple
    ? current.includes(value)
      ? current.filter((v) => v !== value)
      : [...current, value]
    : [value];
  return { ...answers, [question.id]: next };
}

/** Unanswered questions left: the submit button says so instead of sending a half-done quiz by mistake. */
export const unanswered = (questions: QuizQuestion[], answers: Answers): number =>
  questions.filter((q) => (answers[q.id] ?? []).length === 0).length;
