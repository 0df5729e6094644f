/**
 * Commands on a task as a whole: acknowledge / decline / reassign, claim from the pool, save as template, and
 * change it after sending (edit, cancel, add a stage).
 */
import { refusalMessageKey, type PermissionRefusal } from '../../../core/permissions';
import type { Task } from '../../../core/model';
import { comment, type CommentRefusal } from '../../../core/comment';
import { perform } from '../../../core/responsibility';
import { addStage, type NewStage, type StageAddRefusal } from '../../../core/stageAdd';
import { moveStage, type StageMove } from '../../../core/stageOrder';
import { editTask, type EditRefusal, type TaskEdit } from '../../../core/taskEdit';
import { claimTask } from '../../../services/claim';
import { addComment } from '../../../services/comment';
import { addStageAfterSend, changeTask } from '../../../services/editTask';
import { respond } from '../../../services/respond';
import { sidebarSettle } from '../../../services/settle';
import { reorderStage, type StageMoveResult } from '../../../services/stageOrder';
import { saveAsTemplate } from '../../../services/templates';
import { startOfDay } from '../../shared/dayInput';
import type { Command } from '../command';
import { actionOf, doneMessage, refusalMessage, type ActionKind, type Refusal } from '../commandMessages';

export interface RespondInput {
  /** The task as shown: an action on a task reassigned since is refused. */
  target: { id: string; title: string; seenResponsibleUserIds: string[] };
  kind: ActionKind;
  reason?: string;
  toMemberId?: string;
}

type RespondRefusal = Refusal | 'notFound' | 'pickTarget';

export const respondCommand: Command<RespondInput, Task, RespondRefusal> = {
  key: (input) => input.target.id,
  check(input, { session, at, tasks }) {
    const task = tasks.find((x) => x.id === input.target.id);
    if (!task) return { ok: false, code: 'notFound' };
    if (input.kind === 'reassign' && !input.toMemberId) return { ok: false, code: 'pickTarget' };
    return perform(task, actionOf(input.kind, input), {
      ...session.data,
      actorUserId: session.context.userId,
      now: at,
      seenResponsibleUserIds: input.target.seenResponsibleUserIds,
    });
  },
  async run(input, { session, at, retrying }) {
    const { store, data, context } = session;
    const action = actionOf(input.kind, input);
    const seen = input.target.seenResponsibleUserIds;
    const result = await respond(
      store,
      data,
      input.target.id,
      action,
      context.userId,
      at,
      seen,
      retrying,
      sidebarSettle,
    );
    return result.ok ? { ok: true, value: result.task, written: result.task } : result;
  },
  rereads: 'answered',
  messages: {
    done(input, _task, t, { session }) {
      const to = session.data.members.find((m) => m.id === input.toMemberId)?.name;
      return doneMessage(input.kind, input.target.title, t, to);
    },
    refusal(code, t, by) {
      if (code === 'notFound') return t('taskPage.notFound');
      if (code === 'pickTarget') return t('taskPage.pickTarget');
      return refusalMessage(code, t, by);
    },
    failed: (reason, t) => t('taskPage.failed', { reason }),
  },
};

/**
 * [R5] First claim wins, by the Base's clock. A failed claim may have recorded its claim event: its retry runs at
 * the same time, so it reuses that key, and whoever completes the winning claim, the retry is told it won.
 */
export const claimCommand: Command<{ id: string; title: string }, Task, Refusal> = {
  key: (input) => input.id,
  async run(input, { session, at, retrying }) {
    const { store, data, context } = session;
    const result = await claimTask(store, data, input.id, context.userId, at, retrying, sidebarSettle);
    return result.ok ? { ok: true, value: result.task, written: result.task } : result;
  },
  rereads: 'answered',
  messages: {
    done: (input, _task, t) => t('pool.claimed', { title: input.title }),
    refusal: (code, t, by) => refusalMessage(code, t, by),
    failed: (reason, t) => t('pool.failed', { reason }),
  },
};

/** [P3] Keeps a special task's stage chain as a template; saving the same task again adds nothing. */
export const saveTemplateCommand: Command<{ task: Task }, undefined, PermissionRefusal> = {
  key: (input) => input.task.id,
  async run({ task }, { session }) {
    const saved = await saveAsTemplate(session.store, session.data, task, session.context.userId);
    return saved.ok ? { ok: true, value: undefined } : { ok: false, code: saved.code };
  },
  messages: {
    done: ({ task }, _value, t) => t('taskPage.templateSaved', { title: task.title }),
    refusal: (code, t) => t(refusalMessageKey('saveTemplate', code)),
    failed: (reason) => reason,
  },
};

export interface EditInput {
  /** The task or stage as shown. */
  task: Task;
  edit: TaskEdit;
}

const editClock = (at: number) => ({ now: at, todayStart: startOfDay(at) });

/** [EV10] [EV11] A change or a cancellation after sending, by the boss or the primary department's head. */
export const editTaskCommand: Command<EditInput, Task, EditRefusal> = {
  key: (input) => `${input.task.id}/${input.edit.kind}`,
  check: (input, { session, at, tasks }) =>
    editTask(input.task, input.edit, {
      ...session.data,
      tasks,
      actorUserId: session.context.userId,
      ...editClock(at),
    }),
  async run(input, { session, at, retrying }) {
    const { store, data, context } = session;
    const result = await changeTask(
      store,
      data,
      input.task.id,
      input.edit,
      context.userId,
      editClock(at),
      retrying,
    );
    return result.ok ? { ok: true, value: result.task, written: result.task } : result;
  },
  rereads: 'answered',
  messages: {
    done: (input, _task, t) =>
      t(input.edit.kind === 'cancel' ? 'edit.cancelled' : 'edit.saved', { title: input.task.title }),
    refusal: (code, t) => t(`edit.refusal.${code}`),
    failed: (reason, t) => t('edit.failed', { reason }),
  },
};

/** [EV12] A new stage on a sent special task. */
export const addStageCommand: Command<{ parent: Task; stage: NewStage }, string, StageAddRefusal> = {
  key: (input) => `${input.parent.id}/addStage`,
  check: (input, { session, at, tasks }) =>
    addStage(input.parent, input.stage, {
      ...session.data,
      tasks,
      actorUserId: session.context.userId,
      ...editClock(at),
    }),
  async run(input, { session, at, retrying }) {
    const { store, data, context } = session;
    const clock = editClock(at);
    const result = await addStageAfterSend(
      store,
      data,
      input.parent.id,
      input.stage,
      context.userId,
      clock,
      retrying,
    );
    return result.ok ? { ok: true, value: result.taskId } : result;
  },
  rereads: 'answered',
  messages: {
    done: (input, _id, t) => t('edit.stageAdded', { title: input.stage.title.trim() }),
    refusal: (code, t) => t(`edit.refusal.${code}`),
    failed: (reason, t) => t('edit.failed', { reason }),
  },
};

type StageMoveResultCode = Extract<StageMoveResult, { ok: false }>['code'];

export interface CommentInput {
  task: Task;
  text: string;
  mentionedMemberIds: string[];
}

/** [EV14] A comment on a task or stage, in its history; the people mentioned are told. */
export const commentCommand: Command<CommentInput, Task, CommentRefusal> = {
  key: (input) => `${input.task.id}/comment`,
  check: (input, { session, at }) =>
    comment(input.task, input, { ...session.data, actorUserId: session.context.userId, now: at }),
  async run(input, { session, at, retrying }) {
    const { store, data, context } = session;
    const result = await addComment(store, data, input.task.id, input, context.userId, at, retrying);
    return result.ok ? { ok: true, value: result.task } : result;
  },
  messages: {
    done: (input, _task, t) => t('comment.done', { title: input.task.title }),
    refusal: (code, t) => t(`comment.refusal.${code}`),
    failed: (reason, t) => t('edit.failed', { reason }),
  },
};

/** [EV19] A stage moved up or down its special task's order. */
export const moveStageCommand: Command<{ stage: Task; move: StageMove }, undefined, StageMoveResultCode> = {
  key: (input) => `${input.stage.id}/move`,
  check: (input, { session, at, tasks }) =>
    moveStage(input.stage, input.move, {
      ...session.data,
      tasks,
      actorUserId: session.context.userId,
      ...editClock(at),
      key: '',
    }),
  async run(input, { session, at, retrying }) {
    const { store, data, context } = session;
    const clock = editClock(at);
    const result = await reorderStage(store, data, input.stage, input.move, context.userId, clock, retrying);
    return result.ok ? { ok: true, value: undefined } : result;
  },
  rereads: 'answered',
  messages: {
    done: (input, _value, t) => t('stageOrder.moved', { title: input.stage.title }),
    refusal: (code, t) => t(`edit.refusal.${code}`),
    failed: (reason, t) => t('edit.failed', { reason }),
  },
};
