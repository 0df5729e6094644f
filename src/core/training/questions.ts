/**
 * Question and quiz validation and the answer hash. Rules [TR1]-[TR3] in docs/SPEC.md; what the hash does and
 * does not protect is in docs/training.md.
 */
import { sha256 } from './sha256';
import type { QuestionDraft, QuestionType } from './trainingModel';

export type QuestionRefusal =
  | 'promptRequired'
  | 'tooFewOptions'
  | 'emptyOption'
  | 'duplicateOption'
  | 'correctOutOfRange'
  | 'singleNeedsOneCorrect'
  | 'multipleNeedsCorrect'
  | 'trueFalseTwoOptions'
  | 'pointsInvalid';

export type QuizRefusal = 'noQuestions' | 'passMarkInvalid' | 'passMarkAboveTotal' | 'maxAttemptsInvalid';

const MAX_OPTIONS = 10;

function optionsRefusal(options: string[]): QuestionRefusal | undefined {
  if (options.length < 2 || options.length > MAX_OPTIONS) return 'tooFewOptions';
  if (options.some((o) => o.trim() === '')) return 'emptyOption';
  if (new Set(options.map((o) => o.trim())).size !== options.length) return 'duplicateOption';
  return undefined;
}

function correctRefusal(
  type: QuestionType,
  options: string[],
  correct: number[],
): QuestionRefusal | undefined {
  if (correct.some((c) => !Number.isInteger(c) || c < 0 || c >= options.length)) return 'correctOutOfRange';
  const count = new Set(correct).size;
  if (type === 'multiple') return count >= 1 ? undefined : 'multipleNeedsCorrect';
  return count === 1 && correct.length === 1 ? undefined : 'singleNeedsOneCorrect';
}

/** [TR1] A question is whole: a prompt, 2-10 distinct options (true/false exactly 2), the right correct count. */
export function questionRefusal(q: QuestionDraft): QuestionRefusal | undefined {
  if (q.prompt.trim() === '') return 'promptRequired';
  const options = optionsRefusal(q.options);
  if (options) return options;
  if (q.type === 'true_false' && q.options.length !== 2) return 'trueFalseTwoOptions';
  if (!(Number.isFinite(q.points) && q.points > 0)) return 'pointsInvalid';
  return correctRefusal(q.type, q.options, q.correct);
}

/** [TR2] A quiz has questions, a pass mark between 1 and its total, and a whole number of attempts (0: unlimited). */
export function quizRefusal(
  points: number[],
  passMark: number,
  maxAttempts: number | undefined,
): QuizRefusal | undefined {
  if (points.length === 0) return 'noQuestions';
  if (!(Number.isFinite(passMark) && passMark > 0)) return 'passMarkInvalid';
  if (passMark > points.reduce((a, b) => a + b, 0)) return 'passMarkAboveTotal';
  if (maxAttempts !== undefined && !(Number.isInteger(maxAttempts) && maxAttempts >= 0))
    return 'maxAttemptsInvalid';
  return undefined;
}

/** The chosen options in one order, so the same choice hashes the same whatever order it was clicked in. */
export const canonicalAnswer = (chosen: readonly number[]): string =>
  [...new Set(chosen)].sort((a, b) => a - b).join(',');

/** [TR3] The stored answer: SHA-256 of the question's salt and the canonical correct choice. */
export const answerHash = (salt: string, chosen: readonly number[]): string =>
  sha256(`baton-answer/${salt}/${canonicalAnswer(chosen)}`);

export const isCorrect = (salt: string, hash: string, chosen: readonly number[]): boolean =>
  chosen.length > 0 && answerHash(salt, chosen) === hash;
