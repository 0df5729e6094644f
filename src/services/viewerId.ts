/**
 * [RB1] The viewer's User-cell id, whatever the bridge returns. The SDK offers `getBaseUserId` and
 * `getUserId`; neither is documented to equal the open id a User cell carries. So: a candidate that some
 * member's User cell holds wins; else the id this viewer was found to have before (kept in bridge data, per
 * Base, keyed by the bridge id); else, for someone who may edit, the Base itself says: a row the viewer adds
 * to 任务日志 carries the Base's CreatedUser value, which is a User-cell id. The probe row is removed.
 */
import type { Member } from '../core/model';
import type { BitableBridge } from '../port/bitableBase';
import type { BatonStore } from '../store/batonStore';

/** How the id was found: the diagnostics report it, and tests check the path taken. */
export type ViewerIdMethod = 'bridge' | 'remembered' | 'learned' | 'unresolved';

export interface ViewerId {
  userId: string;
  method: ViewerIdMethod;
  /** What the bridge offered, preferred first. */
  candidates: string[];
}

const PROBE_SUMMARY = 'Baton: 身份确认 / identity check';

export const viewerIdKey = (bridgeId: string) => `baton.viewerId.${bridgeId}`;

/** The ids the bridge offers for the viewer, without duplicates or blanks; a refused call offers nothing. */
export async function bridgeCandidates(bridge: BitableBridge): Promise<string[]> {
  const offered = await Promise.all([
    bridge.getUserId().catch(() => undefined),
    bridge.getBaseUserId?.().catch(() => undefined),
  ]);
  const ids = offered.filter((id): id is string => typeof id === 'string' && id !== '');
  return [...new Set(ids)];
}

export async function resolveViewerId(
  store: BatonStore,
  candidates: string[],
  members: Member[],
  canEdit: boolean,
): Promise<ViewerId> {
  const found = (userId: string, method: ViewerIdMethod): ViewerId => ({ userId, method, candidates });
  const known = new Set(members.flatMap((m) => m.userIds));
  const match = candidates.find((id) => known.has(id));
  if (match) return found(match, 'bridge');
  const remembered = await rememberedId(store.host.bridge, candidates);
  if (remembered) return found(remembered, 'remembered');
  const learned = canEdit ? await learnFromOwnRow(store).catch(() => undefined) : undefined;
  if (learned) {
    if (candidates[0])
      await store.host.bridge.setData(viewerIdKey(candidates[0]), learned).catch(() => false);
    return found(learned, 'learned');
  }
  return found(candidates[0] ?? '', 'unresolved');
}

async function rememberedId(bridge: BitableBridge, candidates: string[]): Promise<string | undefined> {
  const kept = await Promise.all(
    candidates.map((id) => bridge.getData<unknown>(viewerIdKey(id)).catch(() => undefined)),
  );
  return kept.find((id): id is string => typeof id === 'string' && id !== '');
}

/** Adds a row, reads the person the Base stamped on it, removes it; undefined where 任务日志 cannot say. */
export async function learnFromOwnRow(store: BatonStore): Promise<string | undefined> {
  if (!store.resolution.schema.taskEvents?.fields.createdBy) return undefined;
  const [rowId] = await store.addAll('taskEvents', [{ summary: PROBE_SUMMARY }]);
  if (!rowId) return undefined;
  try {
    const [row] = await store.readByIds('taskEvents', [rowId]);
    const [createdBy] = (row?.values.createdBy as string[] | undefined) ?? [];
    return createdBy;
  } finally {
    await store.remove('taskEvents', [rowId]).catch(() => undefined);
  }
}
