/**
 * [SP10] Opening from this device's snapshot of the last full read: the structure is read as always (a couple
 * of round trips), then the snapshot of this Base for this viewer and schema, if any, gives a session at once
 * while the records are read again; the fresh session replaces it. Acting on the snapshot is safe because
 * every action reads what it decides on afresh (`carryOut`); background work waits for the fresh session.
 */
import { identify, needsFirstBoss } from '../core/identity';
import type { BitableHost } from '../port/bitableBase';
import type { BatonStore } from '../store/batonStore';
import type { RetryPolicy } from '../store/retry';
import {
  readLatestSnapshot,
  readSnapshot,
  writeSnapshot,
  type KeyValueStore,
  type SnapshotContent,
} from '../store/sessionSnapshot';
import { sameScope, snapshotScope, type SnapshotScope } from '../store/snapshotScope';
import { openSession, type HostContext, type Session } from './session';
import type { ViewerIdMethod } from './viewerId';

export type ReadySession = Extract<Session, { kind: 'ready' }>;

/** What a session learned besides the records, kept with them. */
interface SnapshotMeta {
  userId: string;
  identity?: ViewerIdMethod;
  canEdit: boolean;
}

/** The snapshot is kept under the id the bridge gives before anything is read: the one known at the next open. */
const bridgeUser = (context: HostContext): string => context.bridgeIds?.[0] ?? context.userId;

type Finder = (scope: SnapshotScope) => Promise<SnapshotContent<SnapshotMeta> | undefined>;

/**
 * Finds the snapshot of a scope, starting now to read the one this device wrote last (most opens are the same
 * person on the same Base): that read runs alongside the structure's instead of after it.
 */
function finder(kv: KeyValueStore): Finder {
  const latest = readLatestSnapshot<SnapshotMeta>(kv);
  return async (scope) => {
    const ahead = await latest;
    return ahead && sameScope(ahead.scope, scope) ? ahead.content : readSnapshot(kv, scope);
  };
}

/** The session a snapshot holds, on the store just opened; none without a usable snapshot of a member. */
async function snapshotSession(
  find: Finder,
  store: BatonStore,
  context: HostContext,
): Promise<ReadySession | undefined> {
  const scope = snapshotScope(store.resolution, bridgeUser(context));
  const kept = scope && (await find(scope));
  if (!kept) return undefined;
  const { data, notices, meta } = kept;
  const viewer = identify(meta.userId, data.members, data.departments);
  if (viewer.kind !== 'member') return undefined;
  return {
    kind: 'ready',
    context: { ...context, userId: meta.userId, identity: meta.identity },
    store,
    data,
    notices,
    viewer,
    canEdit: meta.canEdit,
    firstBossNeeded: needsFirstBoss(data.members),
    problems: store.resolution.problems,
  };
}

/**
 * Opens the session as `openSession` does; with a snapshot for this Base, viewer and schema, `early` is
 * handed the session it holds as soon as it is read, unless the fresh one is already there.
 */
export async function openWarm(
  host: BitableHost,
  kv: KeyValueStore | undefined,
  early: (session: ReadySession) => void,
  options: { retry?: RetryPolicy } = {},
): Promise<Session> {
  let fresh = false;
  const find = kv && finder(kv);
  const onOpened =
    find &&
    ((store: BatonStore, context: HostContext) =>
      void snapshotSession(find, store, context).then(
        (kept) => kept && !fresh && early(kept),
        () => undefined, // no early paint; the fresh read goes on
      ));
  const session = await openSession(host, { ...options, onOpened });
  fresh = true;
  return session;
}

/** Keeps a fresh session's data for the next open; only a member's, whose home it paints. */
export function keepSnapshot(
  kv: KeyValueStore,
  session: Session,
  stamp: number,
  pause?: () => Promise<unknown>,
): Promise<boolean> {
  if (session.kind !== 'ready' || session.viewer.kind !== 'member') return Promise.resolve(false);
  const scope = snapshotScope(session.store.resolution, bridgeUser(session.context));
  if (!scope) return Promise.resolve(false);
  const meta: SnapshotMeta = {
    userId: session.context.userId,
    identity: session.context.identity,
    canEdit: session.canEdit,
  };
  return writeSnapshot(kv, scope, { data: session.data, notices: session.notices, meta }, stamp, pause);
}
