/**
 * Stage work as plain data: which of start / upload / submit / accept / send back / nudge the viewer may do
 * on a stage, whom a nudge would reach, and the words for work refusals and graph flags. Availability asks
 * the core's own `performWork`, so the page offers exactly what the core would accept. Pure.
 */
import type { FlagCode, TaskFlag } from '../../core/cascade';
import { isActive, type Task } from '../../core/model';
import { memberOfUser, type Org } from '../../core/org';
import {
  blockersOf,
  performWork,
  type WorkAction,
  type WorkContext,
  type WorkRefusal,
} from '../../core/process';
import type { Translate } from '../../i18n/translate';

export interface WorkViewer extends Org {
  tasks: Task[];
  userId: string;
  canEdit: boolean;
  now: number;
  todayStart: number;
}

export type StageActionKind = 'start' | 'upload' | 'submit' | 'accept' | 'sendBack' | 'nudge';

export type StageActions = Record<StageActionKind, boolean>;

export function workContext(task: Task, viewer: WorkViewer): WorkContext {
  const parent = task.parentId ? viewer.tasks.find((t) => t.id === task.parentId) : undefined;
  return {
    departments: viewer.departments,
    members: viewer.members,
    tasks: viewer.tasks,
    actorUserId: viewer.userId,
    now: viewer.now,
    todayStart: viewer.todayStart,
    parent,
  };
}

export const isOverdue = (task: Task, todayStart: number): boolean =>
  task.due !== undefined && task.due < todayStart && task.status !== 'done' && task.status !== 'cancelled';

export interface NudgeOffer {
  /** The key of the history event a nudge by this viewer writes today: found in the Base means sent. */
  eventKey: string;
  /** "郭晓（海报设计）" per person the item waits for. */
  blockers: { name: string; title: string }[];
}

/**
 * [W5] Whom a nudge from this viewer would reach, or undefined when there is no point: the item neither waits
 * (on its predecessors, or on its owner to start) nor is overdue, or the only one holding it up is the viewer.
 */
export function nudgeOffer(task: Task, viewer: WorkViewer): NudgeOffer | undefined {
  if (!viewer.canEdit || !isActive(task) || task.status === 'open') return undefined;
  const waits = task.status === 'waiting' || task.status === 'ready' || task.status === 'assigned';
  if (!waits && !isOverdue(task, viewer.todayStart)) return undefined;
  const ctx = workContext(task, viewer);
  const outcome = performWork(task, { kind: 'nudge' }, ctx);
  if (!outcome.ok) return undefined;
  const others = blockersOf(task, ctx).filter((b) => b.userId !== viewer.userId);
  if (others.length === 0) return undefined;
  return {
    eventKey: outcome.event.key,
    blockers: others.map((b) => ({ name: memberOfUser(viewer, b.userId)?.name ?? b.userId, title: b.title })),
  };
}

// Any non-empty text: availability is about who may act, not about the reason the user will type.
const PROBE_REASON = '-';

/** [W2]-[W5] What the viewer may do on the stage as shown. */
export function stageActions(stage: Task, viewer: WorkViewer): StageActions {
  const none = { start: false, upload: false, submit: false, accept: false, sendBack: false, nudge: false };
  if (!viewer.canEdit) return none;
  const ctx = workContext(stage, viewer);
  const can = (action: WorkAction) => performWork(stage, action, ctx).ok;
  const start = can({ kind: 'start' });
  const submit = can({ kind: 'submit' });
  return {
    start,
    // The owner adds deliverables until the stage is submitted; a first upload starts a ready stage.
    upload: start || submit,
    submit,
    accept: can({ kind: 'accept' }),
    sendBack: can({ kind: 'sendBack', reason: PROBE_REASON }),
    nudge: nudgeOffer(stage, viewer) !== undefined,
  };
}

export function workRefusalMessage(code: WorkRefusal, t: Translate): string {
  return t(`work.refusal.${code}`);
}

export function flagMessage(flag: TaskFlag, t: Translate): string {
  const code: FlagCode = flag.code;
  return t(`flag.${code}`, flag.params);
}

export type WorkKind = Exclude<StageActionKind, 'nudge'>;

/** What the stage says once an action went through. */
export function workDoneMessage(kind: WorkKind, title: string, t: Translate, count = 0): string {
  return kind === 'upload'
    ? t('stageWork.done.upload', { title, count })
    : t(`stageWork.done.${kind}`, { title });
}

export function nudgeDoneMessage(offer: NudgeOffer, t: Translate): string {
  return t('process.nudge.done', { names: [...new Set(offer.blockers.map((b) => b.name))].join('、') });
}
