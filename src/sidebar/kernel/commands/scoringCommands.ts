/** The boss's scoring commands: close a period, award or deduct points. The service refuses anyone else. */
import { awardRefusal, bossRefusal, type AwardInput, type AwardRefusal } from '../../../core/scoring/access';
import { awardPoints, closePeriod, type CloseRefusal } from '../../../services/scoring/scoringActions';
import type { Translate } from '../../../i18n/translate';
import type { Command } from '../command';

const refusalText = (code: CloseRefusal | AwardRefusal, t: Translate) => t(`scoring.refusal.${code}`);

export const closePeriodCommand: Command<{ period: string }, string[], CloseRefusal> = {
  key: (input) => input.period,
  check(_input, { session }) {
    const code = bossRefusal(session.data, session.context.userId);
    return code ? { ok: false, code } : { ok: true };
  },
  async run({ period }, { session, at }) {
    const result = await closePeriod(session.store, session.data, session.context.userId, period, at);
    return result.ok ? { ok: true, value: result.value.closed } : result;
  },
  rereads: 'done',
  messages: {
    done: (input, _closed, t) => t('scoring.close.done', { period: input.period }),
    refusal: (code, t) => refusalText(code, t),
    failed: (reason, t) => t('scoring.failed', { reason }),
  },
};

/** The request key is the attempt's time: a retry reuses it, so the award is written once. */
export const awardCommand: Command<AwardInput, number, AwardRefusal> = {
  key: () => 'award',
  check(input, { session }) {
    // The per-item maximum is checked by the service against the settings; here only what the page knows.
    const code = awardRefusal(session.data, session.context.userId, input, Number.MAX_SAFE_INTEGER);
    return code ? { ok: false, code } : { ok: true };
  },
  async run(input, { session, at }) {
    const key = `${session.context.userId}:${at}`;
    const result = await awardPoints(session.store, session.data, session.context.userId, input, at, key);
    return result.ok ? { ok: true, value: result.value.points } : result;
  },
  rereads: 'done',
  messages: {
    done(input, points, t, { session }) {
      const name = session.data.members.find((m) => m.id === input.memberId)?.name ?? '';
      return t('scoring.award.done', { name, points });
    },
    refusal: (code, t) => refusalText(code, t),
    failed: (reason, t) => t('scoring.failed', { reason }),
  },
};
