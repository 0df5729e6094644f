/**
 * Stage work as plain data: which of start / upload / submit / accept / send back / nudge the viewer may do
 * on a stage, whom a nudge would reach, and the words for work refusals and graph flags. Availability asks
 * the core's own `performWork`, so the page offers exactly what the core would accept. Pure.
 */
import type { FlagCode, TaskFlag } from '../../core/taskFlags';
import { isActive, isOverdue, type Task } from '../../core/model';
import { memberOfUser, type Org } from '../../core/org';
import { performWork, type WorkAction, type WorkContext, type WorkRefusal } from '../../core/process';
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

export interface NudgeOffer {
  /** The key of the history event a nudge by this viewer writes today: found in the Base means sent. */
  eventKey: string;
  /** Whom the core would tell, with the item each one holds up. */
  blockers: { name: string; title: string }[];
}

/** Statuses in which an item waits on someone: its predecessors, its owner to start, or its reviewer. */
const WAITS: ReadonlySet<Task['status']> = new Set(['waiting', 'ready', 'assigned', 'in_review']);

/**
 * [W5] Whom a nudge from this viewer would reach, as the core decides it, or undefined when there is no point:
 * the item neither waits nor is overdue, or the only ones the core would tell are the viewer, or the owner of
 * a submitted item (who has done their part).
 */
export function nudgeOffer(task: Task, viewer: WorkViewer): NudgeOffer | undefined {
  if (!viewer.canEdit || !isActive(task) || task.status === 'open') return undefined;
  if (!WAITS.has(task.status) && !isOverdue(task, viewer.todayStart)) return undefined;
  const outcome = performWork(task, { kind: 'nudge' }, workContext(task, viewer));
  if (!outcome.ok) return undefined;
  const doneTheirPart = task.status === 'in_review' ? task.responsibleUserIds : [];
  const told = outcome.notices.filter(
    (n) => n.recipientUserId !== viewer.userId && !doneTheirPart.includes(n.recipientUserId),
  );
  if (told.length === 0) return undefined;
  return {
    eventKey: outcome.event.key,
    blockers: told.map((n) => ({
      name: memberOfUser(viewer, n.recipientUserId)?.name ?? n.recipientUserId,
      title: String(n.message.params.title ?? ''),
    })),
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
