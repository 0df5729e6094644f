/** The home screen as plain data: greeting, my tasks, and the boss's stage chains. Pure. */
import dayjs from 'dayjs';
import { activeSpecialTasks, myTasks, type MyTaskReason } from '../../core/myTasks';
import type { Task, TaskStatus } from '../../core/model';
import type { ChainStep } from '../../core/stageChain';
import { taskIndexOf } from '../../core/taskIndex';
import type { MessageKey, Translate } from '../../i18n/translate';
import type { ReadySession } from '../kernel/session';
import { LazyTaskRow } from './taskRow';
import { LazySpecialRow, type SpecialRowContext } from './specialRow';
import { grouped, INBOX_PARTS, needOf, partOf, type InboxSection, type Need } from './inboxModel';

export interface TaskRow {
  id: string;
  title: string;
  status: string;
  statusKind: TaskStatus | 'unknown';
  due: string;
  overdue: boolean;
  reason: string;
  departmentName: string;
  /** What the viewer must do first (acknowledge, review, give a new owner), in words. */
  need?: string;
}

export interface SpecialRow {
  id: string;
  title: string;
  chain: ChainStep[];
  chainText: string;
  progress: string;
  due: string;
  overdue: boolean;
  current?: string;
}

export interface HomeView {
  greeting: string;
  roleLabel: string;
  myTasks: TaskRow[];
  /** The same tasks as an inbox, plus the stages waiting for the viewer's review. */
  inbox: InboxSection<TaskRow>[];
  /** Only for the boss. */
  special?: SpecialRow[];
  problemCount: number;
}

function dueText(task: Task, t: Translate): string {
  return task.due === undefined
    ? t('home.noDue')
    : t('home.due', { date: dayjs(task.due).format('YYYY-MM-DD') });
}

/** Due texts by due time for one view: thousands of rows share a few hundred dates, and dayjs costs per call. */
function dueTexts(t: Translate): (task: Task) => string {
  const texts = new Map<number | undefined, string>();
  return (task) => {
    let text = texts.get(task.due);
    if (text === undefined) texts.set(task.due, (text = dueText(task, t)));
    return text;
  };
}

const REASON_KEY: Record<MyTaskReason, MessageKey> = {
  responsible: 'home.reason.responsible',
  contributor: 'home.reason.contributor',
  cooperating: 'home.reason.cooperating',
  headOfPrimary: 'home.reason.headOfPrimary',
};

export function homeView(session: ReadySession, now: number, t: Translate): HomeView {
  const viewer = session.viewer;
  if (viewer.kind !== 'member') throw new Error('home needs a member');
  const { data } = session;
  const departmentName = (id?: string) => data.departments.find((d) => d.id === id)?.name ?? '';
  const roleLabel =
    viewer.role === 'boss'
      ? t('home.role.boss')
      : t(viewer.role === 'head' ? 'home.role.head' : 'home.role.employee', {
          department: viewer.department?.name ?? '',
        });
  const todayStart = dayjs(now).startOf('day').valueOf();
  const userId = session.context.userId;
  const dueOf = dueTexts(t);
  // [SP13] Light rows: the inbox puts in words those it shows.
  const rowContext = { t, todayStart, dueOf, departmentName };
  const rowOf = (task: Task, reason: MessageKey, need?: Need): TaskRow =>
    new LazyTaskRow(task, reason, need, rowContext);
  const mine = myTasks(data.tasks, viewer.member, userId, data.departments);
  const reasons = new Map(mine.map(({ task, reason }) => [task.id, REASON_KEY[reason]]));
  const rows = mine.map(({ task }) => rowOf(task, reasons.get(task.id)!));
  const workViewer = { ...data, userId, canEdit: session.canEdit, now, todayStart };
  const byTasks = taskIndexOf(data.tasks).byId;
  const needs = new Map<string, Need>();
  for (const task of data.tasks) {
    const need = needOf(task, workViewer, byTasks);
    if (need) needs.set(task.id, need);
  }
  const toReview = data.tasks.filter((task) => !reasons.has(task.id) && needs.get(task.id) === 'review');
  const entries = [...mine.map((m) => m.task), ...toReview].map((task, i) => {
    const need = needs.get(task.id);
    // A row of my tasks is shown again in the inbox; it is only built anew when the inbox adds a need.
    const row =
      i < rows.length && !need ? rows[i]! : rowOf(task, reasons.get(task.id) ?? 'home.reason.reviewer', need);
    return { task, part: partOf(task, need, userId), row };
  });
  const inbox = INBOX_PARTS.map((part): InboxSection<TaskRow> => {
    const inPart = entries.filter((e) => e.part === part);
    return { part, count: inPart.length, items: grouped(inPart, byTasks, t) };
  });
  return {
    greeting: t('home.greeting', { name: viewer.member.name }),
    roleLabel,
    myTasks: rows,
    inbox,
    special: viewer.role === 'boss' ? specialRows(data.tasks, { todayStart, t, dueOf }) : undefined,
    problemCount: session.problems.filter((p) => p.kind !== 'tableRenamed' && p.kind !== 'fieldRenamed')
      .length,
  };
}

/** [SP13] Light rows: the list works out the texts of those it shows. */
const specialRows = (tasks: Task[], ctx: SpecialRowContext): SpecialRow[] =>
  activeSpecialTasks(tasks).map((chain) => new LazySpecialRow(chain, ctx));
