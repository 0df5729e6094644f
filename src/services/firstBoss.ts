/**
 * [I3] Registration is for a Base that never had a boss: only while 成员 has no row at all. An unticked 在职 or
 * a deleted boss is the boss's to fix in the grid, not a door for any editor.
 * [X10] Two people registering at once both find 成员 empty and both write, each on their own copy of the Base.
 * Each then waits the settle time (settle.ts), reads 成员 again and ranks the registrations as every copy
 * lists them once synced: the first in the host's order (the order rows were created in), then the smaller
 * record id. The winner is the boss; the other removes every boss row in their own name and is told someone
 * was first, so no second row that looks like a boss remains.
 */
import { needsFirstBoss } from '../core/identity';
import type { Member } from '../core/model';
import { toMember, fromMember } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';
import { settled, type Wait } from './settle';

export type FirstBossResult =
  { ok: true } | { ok: false; code: 'nameRequired' | 'bossExists' | 'someoneFirst' };

const members = async (store: BatonStore) => (await store.readAll('members')).map(toMember);

/** The registration that counts: the first boss row as the host lists them, ties to the smaller id. */
export function firstRegistration(rows: Member[]): Member | undefined {
  const bosses = rows.map((m, place) => ({ m, place })).filter(({ m }) => m.role === 'boss');
  bosses.sort((a, b) => a.place - b.place || (a.m.id < b.m.id ? -1 : a.m.id > b.m.id ? 1 : 0));
  return bosses[0]?.m;
}

/** `wait`: the settle wait of the caller's copy (the sidebar's); left out on a Base with one copy. */
export async function registerFirstBoss(
  store: BatonStore,
  userId: string,
  name: string,
  wait?: Wait,
): Promise<FirstBossResult> {
  if (!name.trim()) return { ok: false, code: 'nameRequired' };
  const isMine = (m: Member | undefined) => m?.role === 'boss' && m.userIds.includes(userId);
  // Re-read: someone may have registered since the sidebar opened.
  const before = await members(store);
  const raceOnly = before.every((m) => m.role === 'boss');
  // A retry of a registration that landed although its answer did not ranks it again; on a Base that has
  // more than registrations, a boss row of the caller's is the grid's, and nothing is removed.
  if (before.some(isMine) && !raceOnly)
    return isMine(before[0]) ? { ok: true } : { ok: false, code: 'bossExists' };
  if (!before.some(isMine) && !needsFirstBoss(before)) return { ok: false, code: 'bossExists' };
  const written = before.some(isMine) ? [] : await store.addAll('members', [bossRow(name, userId)]);
  const after = await settled(wait, () => members(store));
  const first = firstRegistration(after);
  // A re-read that does not show the row yet shows no one before it either.
  if (!first || isMine(first)) return { ok: true };
  const mine = [...new Set([...written, ...after.filter(isMine).map((m) => m.id)])];
  await store.remove('members', mine);
  return { ok: false, code: 'someoneFirst' };
}

const bossRow = (name: string, userId: string) =>
  fromMember({
    name: name.trim(),
    userIds: [userId],
    role: 'boss',
    employeeNo: '',
    skills: [],
    active: true,
  });
