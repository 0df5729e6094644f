/** What an action says when it went through or was refused, in the viewer's language. Pure. */
import type { RefusalCode, ResponsibilityAction } from '../../core/responsibility';
import type { WorkRefusal } from '../../core/process';
import type { Translate } from '../../i18n/translate';
import type { NudgeOffer } from './workContext';

export type ActionKind = 'acknowledge' | 'decline' | 'reassign';

export type Refusal = RefusalCode | 'alreadyClaimed';

/** Every refusal, as a sentence that says what happened and what to do. */
export function refusalMessage(code: Refusal, t: Translate, by?: string): string {
  if (code === 'alreadyClaimed')
    return by ? t('refusal.alreadyClaimed', { name: by }) : t('refusal.alreadyClaimedUnknown');
  return t(`refusal.${code}`);
}

/** What the page says once an action went through. */
export function doneMessage(kind: ActionKind, title: string, t: Translate, to?: string): string {
  if (kind === 'acknowledge') return t('taskPage.done.acknowledged', { title });
  if (kind === 'decline') return t('taskPage.done.declined', { title });
  return t('taskPage.done.reassigned', { title, name: to ?? '' });
}

export interface ActionInput {
  reason?: string;
  toMemberId?: string;
}

export function actionOf(
  kind: ActionKind,
  input: ActionInput,
): Exclude<ResponsibilityAction, { kind: 'claim' }> {
  if (kind === 'acknowledge') return { kind };
  if (kind === 'decline') return { kind, reason: input.reason ?? '' };
  return { kind, toMemberId: input.toMemberId ?? '', reason: input.reason ?? '' };
}

export type WorkKind = 'start' | 'upload' | 'submit' | 'accept' | 'sendBack';

export function workRefusalMessage(code: WorkRefusal, t: Translate): string {
  return t(`work.refusal.${code}`);
}

/** What the stage says once an action went through. */
export function workDoneMessage(kind: WorkKind, title: string, t: Translate, count = 0): string {
  return kind === 'upload'
    ? t('stageWork.done.upload', { title, count })
    : t(`stageWork.done.${kind}`, { title });
}

export function nudgeDoneMessage(offer: NudgeOffer, t: Translate): string {
  return t('process.nudge.done', { names: [...new Set(offer.blockers.map((b) => b.name))].join('、') });
}
