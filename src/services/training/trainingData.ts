/**
 * The training tables as the 学习 tab needs them: courses, attempts and the survey, read when the tab opens
 * (never when the sidebar opens). Questions are read per course, with one filtered read, by `openCourse`.
 */
import type { Attempt, Course, SurveyAnswer, SurveyRound } from '../../core/training/trainingModel';
import { HostErrorCode, hostErrorCode } from '../../port/hostErrors';
import { toAttempt, toCourse, toSurveyRow } from '../../schema/trainingEntities';
import type { BatonStore } from '../../store/batonStore';

export interface TrainingData {
  courses: Course[];
  attempts: Attempt[];
  rounds: SurveyRound[];
  answers: SurveyAnswer[];
}

export const TRAINING_TABLES = ['courses', 'questions', 'attempts', 'survey'] as const;

/** Whether this Base has the training tables (an older install may not, until the Check page adds them). */
export const hasTraining = (store: BatonStore): boolean =>
  TRAINING_TABLES.every((t) => store.resolution.schema[t] !== undefined);

export async function loadTraining(store: BatonStore): Promise<TrainingData> {
  const [courses, attempts, survey] = await Promise.all([
    store.readAll('courses'),
    store.readAll('attempts'),
    store.readAll('survey'),
  ]);
  const rows = survey.map(toSurveyRow);
  return {
    courses: courses.map(toCourse),
    attempts: attempts.map(toAttempt),
    rounds: rows.flatMap((r) => (r?.kind === 'round' ? [r.round] : [])),
    answers: rows.flatMap((r) => (r?.kind === 'answer' ? [r.answer] : [])),
  };
}

/** The course as the Base holds it now; undefined when it was deleted (someone removed it mid-quiz). */
export async function readCourse(store: BatonStore, courseId: string): Promise<Course | undefined> {
  try {
    const [row] = await store.readByIds('courses', [courseId]);
    return row ? toCourse(row) : undefined;
  } catch (error) {
    if (hostErrorCode(error) === HostErrorCode.RecordNotFound) return undefined;
    throw error;
  }
}
