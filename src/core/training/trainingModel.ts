/** The training system's entities, free of Bitable shapes. Times are epoch milliseconds. */

export const COURSE_KINDS = ['big_picture', 'skill', 'incentive'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];
export type CourseStatus = 'draft' | 'published';

export interface Course {
  id: string;
  title: string;
  kind?: CourseKind;
  status: CourseStatus;
  /** Markdown; each `## ` heading starts a section. */
  content: string;
  videoUrl: string;
  passMark: number;
  /** Attempts a member may make; undefined or 0 is unlimited. */
  maxAttempts?: number;
  skills: string[];
  requiredForDepartmentIds: string[];
  due?: number;
  points?: number;
  key?: string;
}

export const QUESTION_TYPES = ['single', 'multiple', 'true_false'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** A question as its author writes it: the correct options in the clear. Never stored as such. */
export interface QuestionDraft {
  prompt: string;
  type: QuestionType;
  options: string[];
  /** Positions in `options` of the correct choices. */
  correct: number[];
  points: number;
  explanation: string;
}

/** A question as stored in 题目: the answer only as a salted hash. */
export interface StoredQuestion {
  id: string;
  courseId?: string;
  prompt: string;
  type: QuestionType;
  options: string[];
  points: number;
  explanation: string;
  answerHash: string;
  salt: string;
}

/** What a learner's screen receives: no hash, no salt, no explanation before grading. */
export type LearnerQuestion = Omit<StoredQuestion, 'answerHash' | 'salt' | 'explanation'>;

export interface Attempt {
  id: string;
  memberId?: string;
  courseId?: string;
  score: number;
  passed: boolean;
  attemptNo: number;
  at?: number;
  key?: string;
}

export interface SurveyRound {
  id: string;
  key: string;
  title: string;
  topics: string[];
  closesAt?: number;
  closed: boolean;
}

export interface SurveyAnswer {
  id: string;
  roundKey: string;
  memberId?: string;
  topics: string[];
  wish: string;
  at?: number;
  key: string;
}

/** Skills from a cell: separated by commas, 、, ；or new lines, trimmed, once each. */
export function parseSkills(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
