/** Commands on a stage's work: start / submit / accept / send back / upload deliverables, and nudge (催办). */
import type { Task } from '../../../core/model';
import { performWork, type WorkAction, type WorkRefusal } from '../../../core/process';
import type { AttachmentValue } from '../../../port/cellValues';
import { uploadDeliverables } from '../../../services/deliverables';
import { work } from '../../../services/process';
import { sidebarSettle } from '../../../services/settle';
import { scoreAfterAcceptance } from '../../../services/scoring/reconcileLedger';
import { startOfDay } from '../../shared/dayInput';
import type { Command, CommandEnv } from '../command';
import { nudgeDoneMessage, workDoneMessage, workRefusalMessage, type WorkKind } from '../commandMessages';
import { workContext, type NudgeOffer } from '../workContext';

export interface StageWorkInput {
  /** The stage as shown. */
  stage: Task;
  kind: WorkKind;
  reason?: string;
  files?: File[];
}

export interface StageWorkValue {
  task?: Task;
  /** The deliverables as written, after an upload. */
  files?: AttachmentValue[];
}

const clockOf = (at: number) => ({ now: at, todayStart: startOfDay(at) });

/** The core's check of an action on the stage as shown, at the attempt's time. */
function checkWork(stage: Task, action: WorkAction, { session, at, tasks }: CommandEnv) {
  const viewer = {
    ...session.data,
    tasks: tasks.map((x) => (x.id === stage.id ? stage : x)),
    userId: session.context.userId,
    canEdit: session.canEdit,
    ...clockOf(at),
  };
  return performWork(stage, action, workContext(stage, viewer));
}

const actionOf = (input: StageWorkInput): WorkAction =>
  input.kind === 'sendBack'
    ? { kind: 'sendBack', reason: input.reason ?? '' }
    : { kind: input.kind as Exclude<WorkKind, 'upload' | 'sendBack'> };

async function act(stage: Task, action: WorkAction, env: CommandEnv) {
  const { store, data, context } = env.session;
  return work(store, data, stage.id, action, context.userId, clockOf(env.at), env.retrying, sidebarSettle);
}

/** Each action on each stage keeps its own retry time and busy state. */
export const stageWorkKey = (stageId: string, kind: WorkKind) => `${stageId}/${kind}`;

export const stageWorkCommand: Command<StageWorkInput, StageWorkValue, WorkRefusal> = {
  key: (input) => stageWorkKey(input.stage.id, input.kind),
  check: (input, env) =>
    input.kind === 'upload' ? { ok: true } : checkWork(input.stage, actionOf(input), env),
  async run(input, env) {
    const { stage } = input;
    if (input.kind !== 'upload') {
      const result = await act(stage, actionOf(input), env);
      if (result.ok && input.kind === 'accept') await scoreAfterAcceptance(env.session.store, env.at);
      return result.ok ? { ok: true, value: { task: result.task }, written: result.task } : result;
    }
    const { store, data, context } = env.session;
    const given = { userId: context.userId, now: env.at, retrying: env.retrying };
    const files = await uploadDeliverables(store, data, stage.id, input.files ?? [], given);
    // A first deliverable on a stage not started yet starts it.
    const start: WorkAction = { kind: 'start' };
    if (!env.session.canEdit || !checkWork(stage, start, env).ok) return { ok: true, value: { files } };
    const started = await act(stage, start, env);
    return started.ok
      ? { ok: true, value: { files, task: started.task }, written: started.task }
      : { ...started, value: { files } };
  },
  rereads: 'answered',
  messages: {
    done: (input, _value, t) => workDoneMessage(input.kind, input.stage.title, t, input.files?.length),
    refusal: (code, t) => workRefusalMessage(code, t),
    failed: (reason, t, input) =>
      input.kind === 'upload' ? t('stageWork.uploadFailed', { reason }) : t('process.failed', { reason }),
  },
};

/** The nudge's history key carries the day, so a second nudge the same day adds nothing to the Base. */
export const nudgeCommand: Command<{ taskId: string; offer: NudgeOffer }, undefined, WorkRefusal> = {
  key: (input) => input.offer.eventKey,
  async run(input, { session, at, retrying }) {
    const { store, data, context } = session;
    const nudge = { kind: 'nudge' } as const;
    const result = await work(store, data, input.taskId, nudge, context.userId, clockOf(at), retrying);
    return result.ok ? { ok: true, value: undefined } : result;
  },
  messages: {
    done: (input, _value, t) => nudgeDoneMessage(input.offer, t),
    refusal: (code, t) => workRefusalMessage(code, t),
    failed: (reason, t) => t('process.failed', { reason }),
  },
};
