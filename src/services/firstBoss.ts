/**
 * [I3] Registration is for a Base that never had a boss: only while 成员 has no row at all. An unticked 在职 or
 * a deleted boss is the boss's to fix in the grid, not a door for any editor. Two people registering at once
 * both find 成员 empty and both write; each then reads 成员 again and the row the host lists first (the
 * earliest created) is the boss: the other removes the row it wrote and is told someone was first.
 */
import { needsFirstBoss } from '../core/identity';
import type { Member } from '../core/model';
import { toMember, fromMember } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';

export type FirstBossResult =
  { ok: true } | { ok: false; code: 'nameRequired' | 'bossExists' | 'someoneFirst' };

const members = async (store: BatonStore) => (await store.readAll('members')).map(toMember);

export async function registerFirstBoss(
  store: BatonStore,
  userId: string,
  name: string,
): Promise<FirstBossResult> {
  if (!name.trim()) return { ok: false, code: 'nameRequired' };
  const isMine = (m: Member | undefined) => m?.role === 'boss' && m.userIds.includes(userId);
  // Re-read: someone may have registered since the sidebar opened.
  const before = await members(store);
  // A retry of a registration that landed although its answer did not.
  if (isMine(before[0])) return { ok: true };
  if (!needsFirstBoss(before)) return { ok: false, code: 'bossExists' };
  const written = await store.addAll('members', [
    fromMember({
      name: name.trim(),
      userIds: [userId],
      role: 'boss',
      employeeNo: '',
      skills: [],
      active: true,
    }),
  ]);
  const [first] = await members(store);
  // A re-read that does not show the row yet shows no one before it either.
  if (!first || written.includes(first.id)) return { ok: true };
  await store.remove('members', written);
  return { ok: false, code: 'someoneFirst' };
}
