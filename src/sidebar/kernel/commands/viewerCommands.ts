/** Commands on the viewer's own things: marking notices read, registering as the first boss. */
import { registerFirstBoss } from '../../../services/firstBoss';
import { markRead } from '../../../services/inbox';
import { sidebarSettle } from '../../../services/settle';
import type { Command } from '../command';

/** Marks the viewer's notices read in the outbox; one feedback line for the whole inbox. */
export const markReadCommand: Command<{ ids: string[] }, string[], never> = {
  key: () => 'inbox',
  async run({ ids }, { session }) {
    await markRead(session.store, ids);
    return { ok: true, value: ids };
  },
  rereads: 'done',
  messages: {
    done: (_input, _ids, t) => t('inbox.marked'),
    refusal: (code) => code,
    failed: (reason, t) => t('inbox.failed', { reason }),
  },
};

/** The very first member registers themself as the boss, while the Base has none. */
export const registerBossCommand: Command<
  { name: string },
  undefined,
  'nameRequired' | 'bossExists' | 'someoneFirst'
> = {
  key: () => 'firstBoss',
  async run({ name }, { session }) {
    const result = await registerFirstBoss(session.store, session.context.userId, name, sidebarSettle);
    return result.ok ? { ok: true, value: undefined } : result;
  },
  rereads: 'done',
  messages: {
    done: (_input, _value, t) => t('notMember.firstBoss.done'),
    refusal: (code, t) => (code === 'bossExists' ? t('notMember.body') : t(`notMember.firstBoss.${code}`)),
    failed: (reason) => reason,
  },
};
