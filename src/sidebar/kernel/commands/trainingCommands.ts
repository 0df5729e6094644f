/** Commands of the training feature: submit a quiz, author a course, import questions, run a survey. */
import type { PermissionRefusal } from '../../../core/permissions';
import type { CsvResult, CsvRowError } from '../../../core/training/questionCsv';
import {
  draftFromTopic,
  saveCourse,
  type AuthorRefusal,
  type CourseInput,
} from '../../../services/training/authoring';
import { importQuestions, type ImportRefusal } from '../../../services/training/questionImport';
import {
  submitQuiz,
  type QuizInput,
  type QuizOutcome,
  type QuizRefusal,
} from '../../../services/training/quiz';
import { answerSurvey, closeRound, openRound, type RoundInput } from '../../../services/training/survey';
import type { TrainingResult } from '../../../services/training/trainingResult';
import type { SurveyRefusal } from '../../../core/training/survey';
import type { MessageKey, Translate } from '../../../i18n/translate';
import type { Answer, Command } from '../command';

type Code = QuizRefusal | AuthorRefusal | ImportRefusal | SurveyRefusal | PermissionRefusal;
type Said = Code | CsvRowError;

/** A refusal in words; `detail` is the question's number for a question's own refusal. */
export const trainingRefusal = (code: Said, t: Translate, detail?: string): string =>
  t(`training.refusal.${code}` as MessageKey, { no: detail ?? '' });

/** Why a CSV was not imported: the file's problem, or each bad line. */
export function csvProblems(csv: CsvResult | undefined, t: Translate): string[] {
  if (!csv || csv.ok) return [];
  if (csv.code === 'columns') return [t('training.csv.columns', { columns: (csv.missing ?? []).join('、') })];
  if (csv.code !== 'rows') return [t(`training.csv.${csv.code}`)];
  return csv.errors.map((e) =>
    t('training.csv.row', { row: e.row, reason: t(`training.csvReason.${e.code}`) }),
  );
}

const answer = <V, C extends string>(result: TrainingResult<V, C>): Answer<V, C | PermissionRefusal> =>
  result.ok ? { ok: true, value: result.value } : { ok: false, code: result.code, by: result.detail };

const messages = <I, V>(done: (input: I, value: V, t: Translate) => string) => ({
  done,
  refusal: (code: Code, t: Translate, by: string | undefined) => trainingRefusal(code, t, by),
  failed: (reason: string, t: Translate) => t('training.failed', { reason }),
});

export const submitQuizCommand: Command<QuizInput & { title: string }, QuizOutcome, Code> = {
  key: (input) => `${input.courseId}/${input.attemptNo}`,
  run: async (input, { session, at }) =>
    answer(await submitQuiz(session.store, session.data, session.context.userId, input, at)),
  rereads: 'done',
  messages: messages((input, value, t) => {
    const { score, total, passed } = value.grade;
    if (value.skillsGranted.length)
      return t('training.doneSkills', { course: input.title, skills: value.skillsGranted.join('、') });
    return passed
      ? t('training.donePassed', { course: input.title, score })
      : t('training.done', { score, total });
  }),
};

export const saveCourseCommand: Command<CourseInput, { courseId: string }, Code> = {
  key: (input) => input.requestKey,
  run: async (input, { session }) =>
    answer(await saveCourse(session.store, session.data, session.context.userId, input)),
  messages: messages((input, _value, t) => t('training.saved', { title: input.course.title })),
};

type ImportInput = { courseId: string; importKey: string; cells: string[][] };
export const importQuestionsCommand: Command<ImportInput, { added: number; csv?: CsvResult }, Code> = {
  key: (input) => input.importKey,
  async run(input, { session }) {
    const result = await importQuestions(session.store, session.data, session.context.userId, input);
    // A refused file keeps its line-by-line problems for the screen to list.
    return result.ok ? answer(result) : { ...answer(result), value: { added: 0, csv: result.csv } };
  },
  messages: messages((_input, value, t) => t('training.imported', { count: value.added })),
};

export const openRoundCommand: Command<RoundInput, { roundKey: string }, Code> = {
  key: (input) => input.requestKey,
  run: async (input, { session, at }) =>
    answer(await openRound(session.store, session.data, session.context.userId, input, at)),
  messages: messages((input, _value, t) => t('training.roundOpened', { title: input.title })),
};

type AnswerInput = { roundKey: string; topics: string[]; wish: string };
export const answerSurveyCommand: Command<AnswerInput, { changed: boolean }, Code> = {
  key: (input) => input.roundKey,
  run: async (input, { session, at }) =>
    answer(await answerSurvey(session.store, session.data, session.context.userId, input, at)),
  messages: messages((_input, _value, t) => t('training.answered')),
};

export const closeRoundCommand: Command<{ roundKey: string }, undefined, Code> = {
  key: (input) => input.roundKey,
  run: async (input, { session }) =>
    answer(await closeRound(session.store, session.data, session.context.userId, input.roundKey)),
  messages: messages((_input, _value, t) => t('training.roundClosed')),
};

export const draftCourseCommand: Command<{ roundKey: string; topic: string }, { courseId: string }, Code> = {
  key: (input) => `${input.roundKey}/${input.topic}`,
  run: async (input, { session }) =>
    answer(
      await draftFromTopic(session.store, session.data, session.context.userId, input.roundKey, input.topic),
    ),
  messages: messages((input, _value, t) => t('training.draftCreated', { title: input.topic })),
};
