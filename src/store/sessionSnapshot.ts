/**
 * [SP10] A copy of what the last full read found, kept on this device so that the next open can paint at once
 * while the Base is read again. Kept per Base, viewer and table under its scope (snapshotScope.ts); a snapshot
 * of another scope or parts of two different writes are never handed out. The storage is any key-value store
 * (IndexedDB in the browser, memory in tests); one that refuses or fails costs only the early paint.
 */
import type { Notice } from '../core/model';
import type { CoreData } from './batonStore';
import { sameScope, type SnapshotScope } from './snapshotScope';

/** The few calls a snapshot needs; each call is one transaction where the store has them. */
export interface KeyValueStore {
  get(keys: string[]): Promise<unknown[]>;
  set(entries: [key: string, value: unknown][]): Promise<void>;
}

export interface SnapshotContent<M> {
  data: CoreData;
  notices: Notice[];
  /** What the session learned besides the records (the viewer's resolved id, the permission). */
  meta: M;
}

/** Tasks are kept in parts of this many, so that no single write holds the page for long. */
export const TASK_PART = 2_000;

type Part = 'head' | 'departments' | 'members' | 'notices' | `tasks.${number}`;

interface Head<M> {
  meta: M;
  taskParts: number;
}

interface Entry {
  scope: SnapshotScope;
  /** The write it belongs to: parts of different writes are never mixed. */
  stamp: number;
  value: unknown;
}

const keyOf = (scope: SnapshotScope, part: Part) =>
  JSON.stringify(['baton.snapshot', scope.base, scope.user, part]);

/** An entry of this scope (and of this write, when given). */
function fits(value: unknown, scope: SnapshotScope, stamp?: number): value is Entry {
  const entry = value as Partial<Entry> | undefined;
  if (typeof entry !== 'object' || entry === null || !entry.scope) return false;
  return (
    typeof entry.stamp === 'number' && sameScope(entry.scope, scope) && (stamp ?? entry.stamp) === entry.stamp
  );
}

/** Names the scope this device wrote last, so that its snapshot can be read before the scope is known. */
const LATEST = JSON.stringify(['baton.snapshot', 'latest']);

function isScope(value: unknown): value is SnapshotScope {
  const scope = value as Partial<SnapshotScope> | undefined;
  return [scope?.base, scope?.user, scope?.schema].every((v) => typeof v === 'string');
}

/** A failing or throwing store answers nothing. */
const attempt = <T>(call: () => Promise<T>): Promise<T | undefined> =>
  Promise.resolve()
    .then(call)
    .catch(() => undefined);

/** The snapshot of this scope, whole, or none (absent, another scope, parts of different writes, a failure). */
export async function readSnapshot<M>(
  kv: KeyValueStore,
  scope: SnapshotScope,
): Promise<SnapshotContent<M> | undefined> {
  const [head] = (await attempt(() => kv.get([keyOf(scope, 'head')]))) ?? [];
  return fits(head, scope) ? readParts<M>(kv, scope, head) : undefined;
}

/** The parts a head names, all of its write, or none. */
async function readParts<M>(
  kv: KeyValueStore,
  scope: SnapshotScope,
  head: Entry,
): Promise<SnapshotContent<M> | undefined> {
  const { meta, taskParts } = head.value as Head<M>;
  if (!Number.isInteger(taskParts) || taskParts < 0) return undefined;
  const tasks = Array.from({ length: taskParts }, (_, i): Part => `tasks.${i}`);
  const parts: Part[] = ['departments', 'members', 'notices', ...tasks];
  const entries = await attempt(() => kv.get(parts.map((part) => keyOf(scope, part))));
  if (!entries?.every((e) => fits(e, scope, head.stamp) && Array.isArray(e.value))) return undefined;
  const [departments, members, notices, ...taskLists] = (entries as Entry[]).map((e) => e.value as unknown[]);
  return {
    data: { departments, members, tasks: taskLists.flat() } as CoreData,
    notices: notices as Notice[],
    meta,
  };
}

/**
 * The snapshot this device wrote last, whoever and wherever it was for, with its scope: read ahead while the
 * Base's structure is read, and used only if the scope then found is the same. The latest entry carries its
 * write's head, so the parts are the second read rather than the third; one written before names the scope only.
 */
export async function readLatestSnapshot<M>(
  kv: KeyValueStore,
): Promise<{ scope: SnapshotScope; content: SnapshotContent<M> } | undefined> {
  const [latest] = (await attempt(() => kv.get([LATEST]))) ?? [];
  const carried = latest as Partial<Entry> | undefined;
  const scope = isScope(carried?.scope) ? carried.scope : isScope(latest) ? latest : undefined;
  if (!scope) return undefined;
  const content =
    carried?.scope && fits(carried, scope)
      ? await readParts<M>(kv, scope, carried)
      : await readSnapshot<M>(kv, scope);
  return content && { scope, content };
}

/**
 * Keeps the content under this scope, replacing what was there; false when the store refused. Written part by
 * part with `pause` between parts, the head last: until it lands, the parts do not match and nothing is read.
 */
export async function writeSnapshot<M>(
  kv: KeyValueStore,
  scope: SnapshotScope,
  content: SnapshotContent<M>,
  stamp: number,
  pause: () => Promise<unknown> = () => Promise.resolve(),
): Promise<boolean> {
  const entry = (part: Part, value: unknown): [string, Entry] => [
    keyOf(scope, part),
    { scope, stamp, value },
  ];
  const { departments, members, tasks } = content.data;
  const taskParts: [string, Entry][][] = [];
  for (let i = 0; i * TASK_PART < tasks.length; i++)
    taskParts.push([entry(`tasks.${i}`, tasks.slice(i * TASK_PART, (i + 1) * TASK_PART))]);
  const head: Head<M> = { meta: content.meta, taskParts: taskParts.length };
  const batches = [
    [entry('departments', departments), entry('members', members), entry('notices', content.notices)],
    ...taskParts,
    [entry('head', head), [LATEST, entry('head', head)[1]] as [string, unknown]],
  ];
  try {
    for (const [i, batch] of batches.entries()) {
      if (i > 0) await pause();
      await kv.set(batch);
    }
    return true;
  } catch {
    return false;
  }
}

/** A key-value store in memory (a structured copy, as IndexedDB keeps): for tests. */
export function memoryStore(): KeyValueStore & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: async (keys) => keys.map((k) => entries.get(k)),
    set: async (list) => {
      for (const [k, v] of list) entries.set(k, structuredClone(v));
    },
  };
}
