/** The 学习 tab as rows to show: pure, from the session's data and the training tables. */
import type { Member } from '../../core/model';
import { AttemptIndex } from '../../core/training/attemptIndex';
import { trainingFigures } from '../../core/training/figures';
import { learningOf } from '../../core/training/learning';
import type { Course } from '../../core/training/trainingModel';
import type { Translate } from '../../i18n/translate';
import type { TrainingData } from '../../services/training/trainingData';
import { formatDay } from '../shared/dayInput';

export interface CourseRow {
  id: string;
  title: string;
  kind: string;
  note: string;
  overdue: boolean;
}

export interface FigureRow {
  id: string;
  title: string;
  assigned: number;
  started: number;
  passed: number;
  firstRate: string;
  average: string;
  overdue: number;
}

export interface LearningView {
  required: CourseRow[];
  recommended: CourseRow[];
  inProgress: CourseRow[];
  passed: CourseRow[];
  drafts: CourseRow[];
  skills: string;
  /** What the boss has passed, for everyone to see: the boss leads by example. */
  bossPassed: string;
  figures: FigureRow[];
}

const percent = (n: number | undefined) => (n === undefined ? '–' : `${Math.round(n * 100)}%`);

function row(course: Course, t: Translate, note = '', overdue = false): CourseRow {
  return {
    id: course.id,
    title: course.title,
    kind: course.kind ? t(`training.kind.${course.kind}`) : '',
    note,
    overdue,
  };
}

export interface LearningInput {
  training: TrainingData;
  member: Member;
  members: Member[];
  departments: { id: string; name: string }[];
  /** Skills the work around the viewer asks for (template stages, pool tasks). */
  neededSkills: string[];
  /** The viewer authors (boss, HR): drafts and figures show. */
  authors: boolean;
  now: number;
}

export function learningView(input: LearningInput, t: Translate): LearningView {
  const { training, member, now } = input;
  const index = new AttemptIndex(training.attempts);
  const lists = learningOf(training.courses, member, index, input.neededSkills, now);
  const figures = input.authors
    ? trainingFigures(training.courses, input.departments as never, input.members, index, now).courses
    : [];
  const titles = new Map(training.courses.map((c) => [c.id, c.title]));
  const boss = input.members.find((m) => m.active && m.role === 'boss');
  const bossCourses = boss
    ? training.courses.filter((c) => index.passed(boss.id, c.id)).map((c) => c.title)
    : [];
  return {
    required: lists.required.map((r) =>
      row(r.course, t, r.due ? t('training.due', { date: formatDay(r.due) }) : '', r.overdue),
    ),
    recommended: lists.recommended.map((c) =>
      row(c, t, t('training.skills', { skills: c.skills.join('、') })),
    ),
    inProgress: lists.inProgress.map((c) => row(c, t)),
    passed: lists.passed.map((c) => row(c, t)),
    drafts: input.authors ? training.courses.filter((c) => c.status === 'draft').map((c) => row(c, t)) : [],
    skills: member.skills.length
      ? t('training.mySkills', { skills: member.skills.join('、') })
      : t('training.noSkills'),
    bossPassed: bossCourses.length
      ? t('training.bossPassed', { name: boss!.name, courses: bossCourses.join('、') })
      : '',
    figures: figures.map((f) => ({
      id: f.courseId,
      title: titles.get(f.courseId) ?? '',
      assigned: f.assigned,
      started: f.started,
      passed: f.passed,
      firstRate: percent(f.firstAttemptPassRate),
      average: f.averageScore === undefined ? '–' : String(Math.round(f.averageScore)),
      overdue: f.overdue,
    })),
  };
}
