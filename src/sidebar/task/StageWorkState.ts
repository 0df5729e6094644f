/**
 * The state behind one stage's work buttons: the stage as this page last wrote it, its deliverables, and
 * running start / submit / accept / send back / upload. The core checks an action on the stage as shown first
 * (a missing reason costs no round trip); the service then decides on the stage read fresh from the Base.
 */
import { useEffect, useRef, useState } from 'react';
import type { Task } from '../../core/model';
import { performWork, type WorkAction } from '../../core/process';
import type { AttachmentValue } from '../../port/cellValues';
import { work } from '../../services/process';
import type { ReadySession } from '../app/appModel';
import { startOfDay } from '../shared/dayInput';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import { addDeliverables, readDeliverables } from './StageWorkFiles';
import {
  stageActions,
  workContext,
  workDoneMessage,
  workRefusalMessage,
  type WorkKind,
  type WorkViewer,
} from './StageWorkModel';
import type { Feedback } from './useResponsibility';

export type ActKind = Exclude<WorkKind, 'upload'>;

export function useStageWork(session: ReadySession, now: () => number, stage: Task, onChanged: () => void) {
  const { t, locale } = useI18n();
  const { data, store } = session;
  // What this stage became by this page's own action, shown until the app hands over the stage anew.
  const [written, setWritten] = useState<Task>();
  useEffect(() => setWritten(undefined), [stage]);
  const current = written ?? stage;
  const [files, setFiles] = useState<AttachmentValue[]>([]);
  const [busy, setBusy] = useState<WorkKind>();
  // A failed attempt may have landed in part: retrying at the same time reuses its keys, so nothing doubles.
  const failedAt = useRef(new Map<WorkKind, number>());

  useEffect(() => {
    let live = true;
    readDeliverables(store, stage.id)
      .then((found) => live && setFiles(found))
      .catch(() => undefined); // the list is a courtesy; the buttons work without it
    return () => {
      live = false;
    };
  }, [store, stage.id]);

  const viewerAt = (at: number): WorkViewer => ({
    ...data,
    tasks: data.tasks.map((x) => (x.id === current.id ? current : x)),
    userId: session.context.userId,
    canEdit: session.canEdit,
    now: at,
    todayStart: startOfDay(at),
  });
  const viewer = viewerAt(now());
  const failed = (error: unknown): Feedback => ({
    type: 'danger',
    text: t('process.failed', { reason: errorMessage(error, t, locale) }),
  });

  async function perform(kind: ActKind, reason: string): Promise<Feedback> {
    const action: WorkAction = kind === 'sendBack' ? { kind, reason } : { kind };
    const at = failedAt.current.get(kind) ?? now();
    const check = performWork(current, action, workContext(current, viewerAt(at)));
    if (!check.ok) return { type: 'warning', text: workRefusalMessage(check.code, t) };
    try {
      const clock = { now: at, todayStart: startOfDay(at) };
      const result = await work(store, data, current.id, action, session.context.userId, clock);
      failedAt.current.delete(kind);
      // Written, or refused on the fresh stage because the Base moved on: either way the app re-reads.
      onChanged();
      if (!result.ok) return { type: 'warning', text: workRefusalMessage(result.code, t) };
      setWritten(result.task);
      return { type: 'success', text: workDoneMessage(kind, current.title, t) };
    } catch (error) {
      failedAt.current.set(kind, at);
      return failed(error);
    }
  }

  async function withBusy(kind: WorkKind, run: () => Promise<Feedback>): Promise<Feedback | undefined> {
    if (busy) return undefined;
    setBusy(kind);
    try {
      return await run();
    } finally {
      setBusy(undefined);
    }
  }

  const act = (kind: ActKind, reason = '') => withBusy(kind, () => perform(kind, reason));

  const upload = (list: File[]) =>
    withBusy('upload', async () => {
      try {
        setFiles(await addDeliverables(store, current.id, list, now()));
      } catch (error) {
        return {
          type: 'danger',
          text: t('stageWork.uploadFailed', { reason: errorMessage(error, t, locale) }),
        };
      }
      // A first deliverable on a stage not started yet starts it.
      if (stageActions(current, viewer).start) {
        const started = await perform('start', '');
        if (started.type !== 'success') return started;
      } else onChanged();
      return { type: 'success', text: workDoneMessage('upload', current.title, t, list.length) };
    });

  return { current, viewer, files, busy, act, upload };
}
