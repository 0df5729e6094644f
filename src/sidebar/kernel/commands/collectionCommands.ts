/** Commands of collection drives: publish, extend, close, remind, submit and review. */
import { audienceOf, publishRefusal } from '../../../core/collection/audience';
import { driveProblems, type DriveProblem } from '../../../core/collection/validation';
import type { CollectionData } from '../../../services/collection/collectionData';
import {
  closeDrive,
  extendDrive,
  publishDrive,
  remindMissing,
  type DriveDraft,
  type ManageRefusal,
} from '../../../services/collection/publish';
import {
  reviewSubmission,
  type ReviewDecision,
  type ReviewRefusal,
} from '../../../services/collection/review';
import { submitFiles, type SubmitFailure, type SubmitInput } from '../../../services/collection/submit';
import type { Translate } from '../../../i18n/translate';
import type { Command } from '../command';

const failed = (reason: string, t: Translate) => t('collection.failed', { reason });

/** The editor's problems, joined in `by` so the refusal line can name each. */
const invalidText = (by: string | undefined, t: Translate) =>
  t('collection.refusal.invalid', {
    problems: (by ?? '')
      .split(',')
      .filter(Boolean)
      .map((p) => t(`collection.invalid.${p as DriveProblem}`))
      .join(' '),
  });

export const publishDriveCommand: Command<{ draft: DriveDraft; requestKey: string }, number, ManageRefusal> =
  {
    key: (input) => input.requestKey,
    check: ({ draft }, { session, at }) => {
      const code = publishRefusal(session.data, session.context.userId);
      if (code) return { ok: false, code };
      const values = { ...draft, organizerUserIds: [session.context.userId] };
      const problems = driveProblems(values, audienceOf(session.data, draft).length, at);
      return problems.length ? { ok: false, code: 'invalid', by: problems.join(',') } : { ok: true };
    },
    async run({ draft, requestKey }, { session, at }) {
      const result = await publishDrive(
        session.store,
        session.data,
        session.context.userId,
        draft,
        requestKey,
        at,
      );
      if (result.ok) return { ok: true, value: result.notified };
      return { ok: false, code: result.refusal, by: result.problems?.join(',') };
    },
    rereads: 'done',
    messages: {
      done: (input, count, t) => t('collection.published', { title: input.draft.title, count }),
      refusal: (code, t, by) => (code === 'invalid' ? invalidText(by, t) : t(`collection.refusal.${code}`)),
      failed,
    },
  };

export type ManageInput =
  | { action: 'extend'; driveId: string; deadline: number; data: CollectionData }
  | { action: 'close'; driveId: string }
  | { action: 'remind'; driveId: string; data: CollectionData };

export const manageDriveCommand: Command<ManageInput, number, ManageRefusal> = {
  key: (input) => `${input.action}:${input.driveId}`,
  async run(input, { session, at }) {
    const { store, data, context } = session;
    const user = context.userId;
    const result =
      input.action === 'extend'
        ? await extendDrive(store, data, user, input.driveId, input.deadline, input.data.submissions, at)
        : input.action === 'close'
          ? await closeDrive(store, data, user, input.driveId, at)
          : await remindMissing(store, data, user, input.driveId, input.data, at);
    return result.ok ? { ok: true, value: result.notified } : { ok: false, code: result.refusal };
  },
  rereads: 'done',
  messages: {
    done: (input, count, t) => t(`collection.${input.action}.done`, { count }),
    refusal: (code, t) =>
      code === 'invalid' ? t('collection.invalid.deadlinePast') : t(`collection.refusal.${code}`),
    failed,
  },
};

export const submitFilesCommand: Command<SubmitInput & { driveTitle: string }, number, SubmitFailure> = {
  key: (input) => input.driveId,
  async run(input, { session, at }) {
    const result = await submitFiles(session.store, session.data, session.context.userId, input, at);
    if (result.ok) return { ok: true, value: result.problems.length };
    return { ok: false, code: result.refusal, by: String(result.max ?? '') };
  },
  rereads: 'done',
  messages: {
    done: (input, problems, t) =>
      problems === 0
        ? t('collection.submitted', { title: input.driveTitle })
        : t('collection.submittedWithProblems', { title: input.driveTitle, count: problems }),
    refusal: (code, t, by, input) =>
      t(`collection.refusal.${code}`, { max: by ?? '', count: input.files.length }),
    failed: (reason, t) => t('collection.uploadFailed', { reason }),
  },
};

export const reviewCommand: Command<
  { submissionId: string; decision: ReviewDecision },
  undefined,
  ReviewRefusal
> = {
  key: (input) => input.submissionId,
  check: (input) =>
    !input.decision.accept && !input.decision.reason.trim()
      ? { ok: false, code: 'reasonMissing' }
      : { ok: true },
  async run(input, { session, at }) {
    const { store, data, context } = session;
    const result = await reviewSubmission(
      store,
      data,
      context.userId,
      input.submissionId,
      input.decision,
      at,
    );
    return result.ok ? { ok: true, value: undefined } : { ok: false, code: result.refusal };
  },
  rereads: 'done',
  messages: {
    done: (input, _v, t) => (input.decision.accept ? t('collection.accepted') : t('collection.sentBack')),
    refusal: (code, t) => t(`collection.refusal.${code}`),
    failed,
  },
};
