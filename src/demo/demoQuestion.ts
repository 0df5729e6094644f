/** The shape of a demo course and a question builder shared by its two languages. */
import type { CourseKind, QuestionDraft } from '../core/training/trainingModel';

export interface DemoCourse {
  key: string;
  kind: CourseKind;
  title: string;
  content: string;
  skills: string[];
  requiredFor: string[];
  passMark: number;
  questions: QuestionDraft[];
}

export const q = (
  prompt: string,
  options: string[],
  correct: number[],
  explanation: string,
): QuestionDraft => ({
  prompt,
  type:
    options.length === 2 && /^(对|True)$/.test(options[0]!)
      ? 'true_false'
      : correct.length > 1
        ? 'multiple'
        : 'single',
  options,
  correct,
  points: 25,
  explanation,
});
