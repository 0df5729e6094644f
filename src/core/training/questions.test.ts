import { describe, expect, it } from 'vitest';
import { grade } from './grading';
import { answerHash, isCorrect, questionRefusal, quizRefusal } from './questions';
import { sha256 } from './sha256';
import { aDraft, aQuestion } from './trainingBuilders';

describe('question validation', () => {
  it('[TR1] a single choice needs exactly one correct answer: zero or two are refused', () => {
    expect(questionRefusal(aDraft({ correct: [] }))).toBe('singleNeedsOneCorrect');
    expect(questionRefusal(aDraft({ correct: [0, 1] }))).toBe('singleNeedsOneCorrect');
    expect(questionRefusal(aDraft({ correct: [1, 1] }))).toBe('singleNeedsOneCorrect');
    expect(questionRefusal(aDraft({ correct: [2] }))).toBeUndefined();
  });

  it('[TR1] fewer than two options, an empty or repeated option, a correct index out of range are refused', () => {
    expect(questionRefusal(aDraft({ options: ['only'], correct: [0] }))).toBe('tooFewOptions');
    expect(questionRefusal(aDraft({ options: ['A', ' '], correct: [0] }))).toBe('emptyOption');
    expect(questionRefusal(aDraft({ options: ['A', 'A'], correct: [0] }))).toBe('duplicateOption');
    expect(questionRefusal(aDraft({ correct: [3] }))).toBe('correctOutOfRange');
  });

  it('[TR1] multiple choice needs one or more correct; true/false has two options; prompt and points required', () => {
    expect(questionRefusal(aDraft({ type: 'multiple', correct: [] }))).toBe('multipleNeedsCorrect');
    expect(questionRefusal(aDraft({ type: 'multiple', correct: [0, 2] }))).toBeUndefined();
    expect(questionRefusal(aDraft({ type: 'true_false', correct: [0] }))).toBe('trueFalseTwoOptions');
    expect(
      questionRefusal(aDraft({ type: 'true_false', options: ['对', '错'], correct: [0] })),
    ).toBeUndefined();
    expect(questionRefusal(aDraft({ prompt: '  ' }))).toBe('promptRequired');
    expect(questionRefusal(aDraft({ points: 0 }))).toBe('pointsInvalid');
  });

  it('[TR2] a pass mark above the quiz total, an empty quiz, a bad attempt limit are refused', () => {
    expect(quizRefusal([10, 10], 30, 3)).toBe('passMarkAboveTotal');
    expect(quizRefusal([10, 10], 20, 3)).toBeUndefined();
    expect(quizRefusal([], 10, 3)).toBe('noQuestions');
    expect(quizRefusal([10], 0, 3)).toBe('passMarkInvalid');
    expect(quizRefusal([10], 10, 1.5)).toBe('maxAttemptsInvalid');
    expect(quizRefusal([10], 10, 0)).toBeUndefined();
  });
});

describe('answer hash', () => {
  it('computes SHA-256 (known vectors)', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('中文')).toBe('72726d8818f693066ceb69afa364218b692e62ea92b385782363780f47529c21');
  });

  it('[TR3] the stored hash depends on the salt and on the choice, not on the order it was clicked in', () => {
    expect(answerHash('s1', [2, 0])).toBe(answerHash('s1', [0, 2]));
    expect(answerHash('s1', [0, 2])).not.toBe(answerHash('s2', [0, 2]));
    expect(answerHash('s1', [0])).not.toBe(answerHash('s1', [0, 2]));
    expect(answerHash('s1', [1])).not.toContain('1,');
    expect(isCorrect('s1', answerHash('s1', [1]), [])).toBe(false);
  });
});

describe('grading', () => {
  it('[TR4] scores each question whose choice matches, lists the wrong ones with explanations, passes at the mark', () => {
    const q1 = aQuestion([1], { points: 40 });
    const q2 = aQuestion([0, 2], { points: 30, explanation: 'both A and C' });
    const q3 = aQuestion([3], { points: 30 });
    const result = grade([q1, q2, q3], { [q1.id]: [1], [q2.id]: [0], [q3.id]: [3] }, 70);
    expect(result).toEqual({
      score: 70,
      total: 100,
      passed: true,
      wrong: [{ questionId: q2.id, explanation: 'both A and C' }],
    });
    expect(grade([q1, q2, q3], { [q1.id]: [1], [q2.id]: [2, 0] }, 80)).toMatchObject({
      score: 70,
      passed: false,
    });
  });

  it('[TR4] an unanswered question scores nothing; an empty quiz never passes', () => {
    const q = aQuestion([0]);
    expect(grade([q], {}, 10)).toMatchObject({ score: 0, passed: false, wrong: [{ questionId: q.id }] });
    expect(grade([], {}, 0).passed).toBe(false);
  });
});
