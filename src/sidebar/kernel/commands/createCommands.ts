/** Commands that create tasks: the quick form, the wizard's send, and rolling back a failed send. */
import { planAssignment, type AssignmentDraft, type DraftIssue } from '../../../core/assignment';
import type { Task } from '../../../core/model';
import { refusalMessageKey, type PermissionRefusal } from '../../../core/permissions';
import type { QuickTaskInput } from '../../../core/quickTask';
import { rollBack, sendAssignment } from '../../../services/assign';
import { rollBackSend, type UnfinishedSend } from '../../../services/assignUnfinished';
import { createTask } from '../../../services/createTask';
import { sidebarSettle } from '../../../services/settle';
import { startOfDay } from '../../shared/dayInput';
import type { Command } from '../command';

const clockOf = (at: number) => ({ now: at, todayStart: startOfDay(at) });

export interface CreateTaskInput {
  requestKey: string;
  input: QuickTaskInput;
}

/** After a failure under this request key the task may exist already: the retry looks before adding. */
export const createTaskCommand: Command<
  CreateTaskInput,
  { task?: Task; issues?: DraftIssue[] },
  'invalid' | PermissionRefusal
> = {
  key: (input) => input.requestKey,
  async run({ requestKey, input }, { session, at, retrying }) {
    const { store, data, context } = session;
    const result = await createTask(store, data, input, clockOf(at), requestKey, retrying, context.userId);
    return result.ok
      ? { ok: true, value: { task: result.task } }
      : { ok: false, code: result.code, value: { issues: result.issues } };
  },
  messages: {
    done: (_input, value, t) => t('newTask.created', { title: value.task?.title ?? '' }),
    refusal: (code, t) =>
      code === 'invalid' ? t('command.invalid') : t(refusalMessageKey('quickCreate', code)),
    failed: (reason, t) => t('newTask.failed', { reason }),
  },
};

export interface SendInput {
  draft: AssignmentDraft;
  /** A previous attempt under this draft key failed or was rolled back: look up what it wrote. */
  resume: boolean;
}

export const sendAssignmentCommand: Command<
  SendInput,
  { taskId?: string; issues?: DraftIssue[] },
  'invalid' | PermissionRefusal
> = {
  key: (input) => input.draft.draftKey,
  async run({ draft, resume }, { session, at }) {
    const { store, data, context } = session;
    const result = await sendAssignment(store, data, draft, context.userId, clockOf(at), {
      resume,
      wait: sidebarSettle,
    });
    return result.ok
      ? { ok: true, value: { taskId: result.taskId } }
      : { ok: false, code: result.code, value: { issues: result.issues } };
  },
  messages: {
    done: (input, _value, t) => t('wizard.send.sent', { title: input.draft.title.trim() }),
    refusal: (code, t, _by, input) =>
      code === 'invalid'
        ? t('command.invalid')
        : t(refusalMessageKey(input.draft.mode === 'pool' ? 'publish' : 'assign', code)),
    failed: (reason, t) => t('wizard.send.failed', { reason }),
  },
};

/** Removes what a failed send wrote, found by the draft's keys. */
export const rollBackCommand: Command<{ draft: AssignmentDraft }, undefined, never> = {
  key: (input) => input.draft.draftKey,
  async run({ draft }, { session, at }) {
    const { store, data, context } = session;
    const plan = planAssignment(draft, { ...data, todayStart: startOfDay(at) }, context.userId, at);
    await rollBack(store, plan);
    return { ok: true, value: undefined };
  },
  messages: {
    done: (_input, _value, t) => t('wizard.send.rolledBack'),
    refusal: (code) => code,
    failed: (reason, t) => t('wizard.send.failed', { reason }),
  },
};

/** [O6] Rolls back a send another sidebar (or this one, earlier) left unfinished: only what is still a draft. */
export const rollBackUnfinishedCommand: Command<{ send: UnfinishedSend }, undefined, PermissionRefusal> = {
  key: (input) => input.send.draftKey,
  async run({ send }, { session }) {
    const { store, data, context } = session;
    const result = await rollBackSend(store, data, context.userId, send);
    return result.ok ? { ok: true, value: undefined } : result;
  },
  rereads: 'answered',
  messages: {
    done: ({ send }, _value, t) => t('wizard.unfinished.rolledBack', { title: send.title }),
    refusal: (code, t) => t(refusalMessageKey('assign', code)),
    failed: (reason, t) => t('wizard.unfinished.failed', { reason }),
  },
};
