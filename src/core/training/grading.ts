/** Grading a submitted quiz against the stored hashes. Rule [TR4]. */
import { isCorrect } from './questions';
import type { StoredQuestion } from './trainingModel';

/** Chosen option positions (in the stored order) per question id. */
export type Submission = Readonly<Record<string, readonly number[]>>;

export interface Grade {
  score: number;
  total: number;
  passed: boolean;
  /** Questions answered wrong or left out, in quiz order, with the explanation to show. */
  wrong: { questionId: string; explanation: string }[];
}

/**
 * [TR4] Each question scores its points when the hash of the chosen options matches the stored one, else
 * nothing (no partial credit on multiple choice); passed when the score reaches the pass mark.
 */
export function grade(questions: readonly StoredQuestion[], submission: Submission, passMark: number): Grade {
  let score = 0;
  const wrong: Grade['wrong'] = [];
  for (const q of questions) {
    if (isCorrect(q.salt, q.answerHash, submission[q.id] ?? [])) score += q.points;
    else wrong.push({ questionId: q.id, explanation: q.explanation });
  }
  const total = questions.reduce((sum, q) => sum + q.points, 0);
  return { score, total, passed: questions.length > 0 && score >= passMark, wrong };
}
