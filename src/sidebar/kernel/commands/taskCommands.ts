/** Commands on a task as a whole: acknowledge / decline / reassign, claim from the pool, save as template. */
import { refusalMessageKey, type PermissionRefusal } from '../../../core/permissions';
import type { Task } from '../../../core/model';
import { perform } from '../../../core/responsibility';
import { claimTask } from '../../../services/claim';
import { respond } from '../../../services/respond';
import { sidebarSettle } from '../../../services/settle';
import { saveAsTemplate } from '../../../services/templates';
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
