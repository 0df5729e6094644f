/** The drive editor's form as typed, and the drive it publishes. Pure. */
import { FILE_FORMATS, type FileFormat } from '../../core/collection/drive';
import { launchableStages } from '../../core/collection/stageLink';
import type { Department, Task } from '../../core/model';
import { DAY } from '../../core/time';
import { parseReminderDays } from '../../schema/collectionEntities';
import type { DriveDraft } from '../../services/collection/publish';
import { formatDay, parseDay } from '../shared/dayInput';

export interface EditorForm {
  title: string;
  requirements: string;
  formats: FileFormat[];
  maxSizeMb: string;
  minFiles: string;
  maxFiles: string;
  namingRule: string;
  /** YYYY-MM-DD: the drive closes at the end of that day. */
  deadline: string;
  departmentIds: string[];
  memberIds: string[];
  openToAll: boolean;
  needsReview: boolean;
  points: string;
  reminderDays: string;
  /** The stage of a special task the drive is launched from; empty for none. */
  stageId: string;
  remindAtDeadline: boolean;
  dailyList: boolean;
}

export const FORMAT_CHOICES: readonly FileFormat[] = FILE_FORMATS;

export function emptyForm(now: number): EditorForm {
  return {
    title: '',
    requirements: '',
    formats: ['pdf'],
    maxSizeMb: '20',
    minFiles: '1',
    maxFiles: '1',
    namingRule: '',
    deadline: formatDay(now + 7 * DAY),
    departmentIds: [],
    memberIds: [],
    openToAll: false,
    needsReview: false,
    points: '',
    reminderDays: '3,1',
    stageId: '',
    remindAtDeadline: true,
    dailyList: true,
  };
}

/** [CD24] The 作品收集 stage the template launches from: the competition task's first, else any unfinished one. */
function collectingStage(tasks: readonly Task[]): string {
  const stages = launchableStages(tasks).filter(({ stage }) => stage.title === '作品收集');
  return (stages.find(({ parentTitle }) => parentTitle.includes('参赛')) ?? stages[0])?.stage.id ?? '';
}

/**
 * The seed story's 参赛作品收集: design work as PDF from 设计部 and 市场部, named by the rule, reviewed, and
 * launched from the competition task's 作品收集 stage when there is one.
 */
export function competitionTemplate(
  now: number,
  departments: Department[],
  texts: { title: string; requirements: string },
  tasks: readonly Task[] = [],
): EditorForm {
  const named = (name: string) => departments.find((d) => d.name === name)?.id;
  return {
    ...emptyForm(now),
    ...texts,
    formats: ['pdf'],
    maxSizeMb: '50',
    minFiles: '1',
    maxFiles: '3',
    namingRule: '{部门}-{姓名}-{标题}',
    deadline: formatDay(now + 5 * DAY),
    departmentIds: ['设计部', '市场部'].map(named).filter((id): id is string => id !== undefined),
    needsReview: true,
    points: '5',
    stageId: collectingStage(tasks),
  };
}

const number = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/** The drive as the form says; the core's validation names what is wrong with it. */
export function draftOf(form: EditorForm): DriveDraft {
  const day = parseDay(form.deadline);
  return {
    title: form.title.trim(),
    requirements: form.requirements.trim(),
    formats: form.formats,
    maxSizeMb: number(form.maxSizeMb),
    minFiles: number(form.minFiles) ?? 0,
    maxFiles: number(form.maxFiles) ?? 0,
    namingRule: form.namingRule.trim(),
    deadline: day === undefined ? undefined : day + DAY - 60_000,
    departmentIds: form.departmentIds,
    memberIds: form.memberIds,
    openToAll: form.openToAll,
    needsReview: form.needsReview,
    points: number(form.points),
    reminderDays: form.reminderDays.trim() === '' ? [] : parseReminderDays(form.reminderDays),
    stageId: form.stageId || undefined,
    remindAtDeadline: form.remindAtDeadline,
    dailyList: form.dailyList,
  };
}
