/** Builders of training entities for tests. */
import { answerHash } from './questions';
import type { Attempt, Course, QuestionDraft, StoredQuestion } from './trainingModel';

let counter = 0;
const nextId = (prefix: string) => `${prefix}${++counter}`;

export function aCourse(overrides: Partial<Course> = {}): Course {
  return {
    id: nextId('course'),
    title: 'A course',
    kind: 'skill',
    status: 'published',
    content: '',
    videoUrl: '',
    passMark: 60,
    skills: [],
    requiredForDepartmentIds: [],
    ...overrides,
  };
}

export function aDraft(overrides: Partial<QuestionDraft> = {}): QuestionDraft {
  return {
    prompt: 'Which?',
    type: 'single',
    options: ['A', 'B', 'C'],
    correct: [1],
    points: 10,
    explanation: 'Because B.',
    ...overrides,
  };
}

/** A stored question whose correct choice is `correct`, hashed as the service would. */
export function aQuestion(correct: number[], overrides: Partial<StoredQuestion> = {}): StoredQuestion {
  const salt = overrides.salt ?? nextId('salt');
  return {
    id: nextId('q'),
    prompt: 'Which?',
    type: correct.length > 1 ? 'multiple' : 'single',
    options: ['A', 'B', 'C', 'D'],
    points: 10,
    explanation: 'why',
    salt,
    answerHash: answerHash(salt, correct),
    ...overrides,
  };
}

export function anAttempt(overrides: Partial<Attempt> = {}): Attempt {
  return { id: nextId('att'), score: 0, passed: false, attemptNo: 1, ...overrides };
}
