/**
 * Nudging (催办) from a screen: which nudges the viewer already sent today, looked up once by their history
 * event keys, and sending one. The keys carry the day, so a second nudge the same day adds nothing to the Base
 * even where the lookup failed; the lookup only keeps the button honest.
 */
import { useEffect, useState } from 'react';
import { work } from '../../services/process';
import type { ReadySession } from '../app/appModel';
import { startOfDay } from '../shared/dayInput';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import { nudgeDoneMessage, workRefusalMessage, type NudgeOffer } from '../task/StageWorkModel';
import type { Feedback } from '../task/useResponsibility';

export function useNudges(session: ReadySession, now: () => number, eventKeys: string[]) {
  const { t, locale } = useI18n();
  const { store, data } = session;
  const [sent, setSent] = useState<ReadonlySet<string>>(new Set());
  const [busyKey, setBusyKey] = useState<string>();
  // A stable dependency: the same keys in a new array must not read the Base again.
  const wanted = eventKeys.join('\n');

  useEffect(() => {
    const keys = wanted ? wanted.split('\n') : [];
    if (keys.length === 0 || !store.resolution.schema.taskEvents?.fields.key) return;
    let live = true;
    store
      .findKeyed('taskEvents', 'key', keys)
      .then((found) => live && setSent((before) => new Set([...before, ...found.keys()])))
      // Not knowing shows the button: pressing it again today writes nothing new.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [store, wanted]);

  async function nudge(taskId: string, offer: NudgeOffer): Promise<Feedback | undefined> {
    if (busyKey) return undefined;
    setBusyKey(offer.eventKey);
    const at = now();
    try {
      const clock = { now: at, todayStart: startOfDay(at) };
      const result = await work(store, data, taskId, { kind: 'nudge' }, session.context.userId, clock);
      if (!result.ok) return { type: 'warning', text: workRefusalMessage(result.code, t) };
      setSent((before) => new Set(before).add(offer.eventKey));
      return { type: 'success', text: nudgeDoneMessage(offer, t) };
    } catch (error) {
      return { type: 'danger', text: t('process.failed', { reason: errorMessage(error, t, locale) }) };
    } finally {
      setBusyKey(undefined);
    }
  }

  return { sent, busyKey, nudge };
}
