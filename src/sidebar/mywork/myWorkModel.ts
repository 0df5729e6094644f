/**
 * My work (我的工作) as plain data: the viewer's tasks and stages grouped by whose move it is next — ready for
 * me, in progress, waiting on someone else (and on whom), in review by me — each with the nudge it offers.
 * Pure.
 */
import dayjs from 'dayjs';
import { isActive, isOverdue, type Task, type TaskStatus } from '../../core/model';
import { memberOfUser } from '../../core/org';
import { blockersOf, mayAccept } from '../../core/process';
import { taskById } from '../../core/taskIndex';
import type { Translate } from '../../i18n/translate';
import { statusLabel } from '../kernel/labels';
import { nudgeOffer, workContext, type NudgeOffer, type WorkViewer } from '../kernel/workContext';
import { NAME_SLOT } from '../shared/nameSlot';

export const GROUPS = ['ready', 'progress', 'waiting', 'review'] as const;
export type GroupKey = (typeof GROUPS)[number];

export interface WorkItem {
  id: string;
  title: string;
  parentTitle?: string;
  status: string;
  statusKind: TaskStatus | 'unknown';
  due: string;
  overdue: boolean;
  /** Waiting group: "郭晓（海报设计）" per person it waits for. */
  waitingOn?: string;
  /** `waitingOn` with NAME_SLOT for each person waited on, and whose name each slot is (PersonName links). */
  waitingOnWithNames?: { text: string; slots: string[][] };
  /** Review group: who submitted it. */
  submittedBy?: string;
  /** The same line with NAME_SLOT where the owners go, and whose names they are (PersonName links). */
  submittedByWithNames?: { text: string; userIds: string[] };
  nudge?: NudgeOffer;
}

export interface MyWorkView {
  groups: { key: GroupKey; items: WorkItem[] }[];
  /** Event keys of every nudge offered: looked up once to show the ones already sent today. */
  nudgeKeys: string[];
}

const byDue = (a: Task, b: Task) =>
  (a.due ?? Infinity) - (b.due ?? Infinity) || a.title.localeCompare(b.title);

const isStage = (task: Task) => task.kind === 'stage' || task.parentId !== undefined;

/** The group of an item, or undefined when it is not the viewer's move nor the viewer's to wait for. */
export function groupOf(task: Task, viewer: WorkViewer): GroupKey | undefined {
  if (!isActive(task) || task.status === undefined) return undefined;
  // [W3] The person who accepts a submitted stage has the next move, even if they also own it.
  if (task.status === 'in_review' && isStage(task) && mayAccept(task, workContext(task, viewer)))
    return 'review';
  if (!task.responsibleUserIds.includes(viewer.userId)) return undefined;
  switch (task.status) {
    case 'assigned':
    case 'ready':
      return 'ready';
    case 'in_progress':
      return 'progress';
    case 'in_review': // submitted: waiting on whoever else holds it (its reviewer), else still in hand
      return blockersOf(task, viewer).some((b) => b.userId !== viewer.userId) ? 'waiting' : 'progress';
    case 'waiting':
      return 'waiting';
    default:
      return undefined; // open: in the pool, not anyone's yet
  }
}

const nameOf = (viewer: WorkViewer, userId: string) => memberOfUser(viewer, userId)?.name ?? userId;

function itemOf(task: Task, group: GroupKey, viewer: WorkViewer, t: Translate): WorkItem {
  const parent = taskById(viewer.tasks, task.parentId);
  const waitedOn = group === 'waiting' ? blockersOf(task, viewer) : [];
  const blockers = waitedOn.map((b) =>
    t('mywork.blocker', { name: nameOf(viewer, b.userId), title: b.title }),
  );
  const owner = task.responsibleUserIds.map((u) => nameOf(viewer, u)).join('、');
  return {
    id: task.id,
    title: task.title,
    parentTitle: parent?.title,
    status: statusLabel(task.status, t),
    statusKind: task.status ?? 'unknown',
    due:
      task.due === undefined
        ? t('mywork.noDue')
        : t('mywork.due', { date: dayjs(task.due).format('YYYY-MM-DD') }),
    overdue: isOverdue(task, viewer.todayStart),
    waitingOn: blockers.length > 0 ? t('mywork.waitingOn', { who: blockers.join('、') }) : undefined,
    waitingOnWithNames:
      waitedOn.length > 0
        ? {
            text: t('mywork.waitingOn', {
              who: waitedOn.map((b) => t('mywork.blocker', { name: NAME_SLOT, title: b.title })).join('、'),
            }),
            slots: waitedOn.map((b) => [b.userId]),
          }
        : undefined,
    submittedBy: group === 'review' ? t('mywork.submittedBy', { owner }) : undefined,
    submittedByWithNames:
      group === 'review'
        ? { text: t('mywork.submittedBy', { owner: NAME_SLOT }), userIds: task.responsibleUserIds }
        : undefined,
    // [W5] Nudging a stage under review would only bother its owner, who has done their part.
    nudge: group === 'review' ? undefined : nudgeOffer(task, viewer),
  };
}

export function myWorkView(viewer: WorkViewer, t: Translate): MyWorkView {
  // Grouped first, then each group sorted: the viewer's few tasks, not every task of the Base.
  const grouped = new Map<GroupKey, Task[]>(GROUPS.map((g) => [g, []]));
  for (const task of viewer.tasks) {
    const group = groupOf(task, viewer);
    if (group) grouped.get(group)!.push(task);
  }
  const groups = GROUPS.map((key) => ({
    key,
    items: grouped
      .get(key)!
      .sort(byDue)
      .map((task) => itemOf(task, key, viewer, t)),
  }));
  const nudgeKeys = groups.flatMap((g) => g.items.flatMap((i) => (i.nudge ? [i.nudge.eventKey] : [])));
  return { groups, nudgeKeys };
}
