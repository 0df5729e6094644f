/** [I3] The first person to open Baton on a Base with no boss may register as the boss. */
import { needsFirstBoss } from '../core/identity';
import { toMember, fromMember } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';

export type FirstBossResult = { ok: true } | { ok: false; code: 'nameRequired' | 'bossExists' };

export async function registerFirstBoss(
  store: BatonStore,
  userId: string,
  name: string,
): Promise<FirstBossResult> {
  if (!name.trim()) return { ok: false, code: 'nameRequired' };
  // Re-read: someone may have registered since the sidebar opened.
  const members = (await store.readAll('members')).map(toMember);
  if (!needsFirstBoss(members)) return { ok: false, code: 'bossExists' };
  await store.addAll('members', [
    fromMember({
      name: name.trim(),
      userIds: [userId],
      role: 'boss',
      employeeNo: '',
      skills: [],
      active: true,
    }),
  ]);
  return { ok: true };
}
