/**
 * Acknowledge, decline and reassign from the task page. The core checks the action on the task as shown first
 * (a missing reason costs no round trip); the service then decides on the task read fresh from the Base.
 */
import { useEffect, useRef, useState } from 'react';
import type { Task } from '../../core/model';
import { perform } from '../../core/responsibility';
import { respond } from '../../services/respond';
import type { ReadySession } from '../app/appModel';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import {
  actionOf,
  doneMessage,
  refusalMessage,
  type ActionInput,
  type ActionKind,
  type ActionTarget,
} from './taskPageModel';

export interface Feedback {
  type: 'success' | 'warning' | 'danger';
  text: string;
}

export function useResponsibility(
  session: ReadySession,
  now: () => number,
  onChanged: () => void,
  onWritten: () => void,
) {
  const { t, locale } = useI18n();
  const { data, store } = session;
  const userId = session.context.userId;
  // What this page wrote, shown until the app hands over fresh data.
  const [written, setWritten] = useState<ReadonlyMap<string, Task>>(new Map());
  useEffect(() => setWritten(new Map()), [data]);
  // A failed attempt may have landed in part: retrying at the same time reuses its keys, so nothing doubles.
  const failedAt = useRef(new Map<string, number>());
  const tasks = data.tasks.map((task) => written.get(task.id) ?? task);

  async function act(target: ActionTarget, kind: ActionKind, input: ActionInput): Promise<Feedback> {
    const warn = (text: string): Feedback => ({ type: 'warning', text });
    const task = tasks.find((x) => x.id === target.id);
    if (!task) return warn(t('taskPage.notFound'));
    if (kind === 'reassign' && !input.toMemberId) return warn(t('taskPage.pickTarget'));
    const action = actionOf(kind, input);
    const at = failedAt.current.get(task.id) ?? now();
    const seen = target.seenResponsibleUserIds;
    const check = perform(task, action, {
      ...data,
      actorUserId: userId,
      now: at,
      seenResponsibleUserIds: seen,
    });
    if (!check.ok) return warn(refusalMessage(check.code, t));
    try {
      const result = await respond(store, data, task.id, action, userId, at, seen);
      failedAt.current.delete(task.id);
      if (!result.ok) {
        // The Base has moved on from what this page shows: let the app re-read it.
        onChanged();
        return warn(refusalMessage(result.code, t, result.by));
      }
      setWritten((before) => new Map(before).set(task.id, result.task));
      onWritten();
      onChanged();
      const to = data.members.find((m) => m.id === input.toMemberId)?.name;
      return { type: 'success', text: doneMessage(kind, task.title, t, to) };
    } catch (error) {
      failedAt.current.set(task.id, at);
      return { type: 'danger', text: t('taskPage.failed', { reason: errorMessage(error, t, locale) }) };
    }
  }

  return { tasks, act };
}
