/** The home screen as plain data: greeting, my tasks, and the boss's stage chains. Pure. */
import dayjs from 'dayjs';
import { activeSpecialTasks, myTasks, type MyTaskReason } from '../../core/myTasks';
import { isOverdue, type Task, type TaskStatus } from '../../core/model';
import { chainOf, chainText, type ChainStep } from '../../core/stageChain';
import type { Translate } from '../../i18n/translate';
import { statusLabel } from '../kernel/labels';
import type { ReadySession } from '../kernel/session';

export interface TaskRow {
  id: string;
  title: string;
  status: string;
  statusKind: TaskStatus | 'unknown';
  due: string;
  overdue: boolean;
  reason: string;
  departmentName: string;
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
  /** Only for the boss. */
  special?: SpecialRow[];
  problemCount: number;
}

function dueText(task: Task, t: Translate): string {
  return task.due === undefined
    ? t('home.noDue')
    : t('home.due', { date: dayjs(task.due).format('YYYY-MM-DD') });
}

const REASON_KEY: Record<MyTaskReason, Parameters<Translate>[0]> = {
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
  const rows = myTasks(data.tasks, viewer.member, session.context.userId, data.departments).map(
    ({ task, reason }): TaskRow => ({
      id: task.id,
      title: task.title,
      status: statusLabel(task.status, t),
      statusKind: task.status ?? 'unknown',
      due: dueText(task, t),
      overdue: isOverdue(task, todayStart),
      reason: t(REASON_KEY[reason]),
      departmentName: departmentName(task.primaryDepartmentId),
    }),
  );
  return {
    greeting: t('home.greeting', { name: viewer.member.name }),
    roleLabel,
    myTasks: rows,
    special: viewer.role === 'boss' ? specialRows(data.tasks, todayStart, t) : undefined,
    problemCount: session.problems.filter((p) => p.kind !== 'tableRenamed' && p.kind !== 'fieldRenamed')
      .length,
  };
}

function specialRows(tasks: Task[], todayStart: number, t: Translate): SpecialRow[] {
  return activeSpecialTasks(tasks).map(({ task, stages, done, current }) => {
    const chain = chainOf(stages);
    return {
      id: task.id,
      title: task.title,
      chain,
      chainText: chainText(chain) || t('home.noStages'),
      progress: t('home.progress', { done, total: stages.length }),
      due: dueText(task, t),
      overdue: isOverdue(task, todayStart),
      current: current ? t('home.current', { stage: current.title }) : undefined,
    };
  });
}
