/**
 * [SP10] A copy of what the last full read found, kept on this device so that the next open can paint at once
 * while the Base is read again. Kept per Base, viewer and table, stamped with the schema it was decoded
 * against: a snapshot of another viewer, another schema or a half-finished write is never handed out.
 * The storage is any key-value store (IndexedDB in the browser, memory in tests); one that refuses or
 * fails costs only the early paint, never the open.
 */
import type { Notice } from '../core/model';
import type { ResolvedSchema, SchemaResolution } from '../schema/resolveSchema';
import type { CoreData } from './batonStore';

/** The few calls a snapshot needs; each call is one transaction where the store has them. */
export interface KeyValueStore {
  get(keys: string[]): Promise<unknown[]>;
  set(entries: [key: string, value: unknown][]): Promise<void>;
}

/** Whose snapshot, of which Base, decoded against which schema. */
export interface SnapshotScope {
  base: string;
  user: string;
  schema: string;
}

export interface SnapshotContent<M> {
  data: CoreData;
  notices: Notice[];
  /** What the session learned besides the records (the viewer's resolved id, the permission). */
  meta: M;
}

/** Bumped whenever the decoded entities change shape, so a newer build never reads an older layout. */
const FORMAT = 1;
/** The tables a snapshot holds; the schema stamp covers exactly their structure. */
const TABLES = ['departments', 'members', 'tasks', 'notifications'] as const;
type Part = 'head' | 'departments' | 'members' | 'tasks' | 'notices';
const PARTS: Part[] = ['head', 'departments', 'members', 'tasks', 'notices'];

interface Entry {
  scope: SnapshotScope;
  /** The write it belongs to: parts of different writes are never mixed. */
  stamp: number;
  value: unknown;
}

/** The scope of this Base for this viewer; none when a table it covers is missing or the viewer is unknown. */
export function snapshotScope(resolution: SchemaResolution, user: string): SnapshotScope | undefined {
  const { schema } = resolution;
  const base = schema.settings?.id;
  if (!base || !user || TABLES.some((key) => !schema[key])) return undefined;
  return { base, user, schema: schemaStamp(schema) };
}

/** A short digest of the covered tables' ids, field ids and types and option ids, and of the format. */
export function schemaStamp(schema: ResolvedSchema): string {
  const parts: string[] = [`v${FORMAT}`];
  for (const key of TABLES) {
    const table = schema[key];
    parts.push(`${key}=${table?.id ?? '-'}`);
    for (const field of Object.values(table?.fields ?? {})) {
      if (!field) continue;
      const options = Object.entries(field.options).map(([k, o]) => `${k}:${o.id}`);
      parts.push(`${field.key}:${field.id}:${field.spec.kind}:${options.sort().join(',')}`);
    }
  }
  return digest(parts.join('|'));
}

/** cyrb53: 53 bits are plenty to tell two schemas of one Base apart; this is no protection against anyone. */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const keyOf = (scope: SnapshotScope, part: Part) =>
  JSON.stringify(['baton.snapshot', scope.base, scope.user, part]);

const sameScope = (a: SnapshotScope, b: SnapshotScope) =>
  a.base === b.base && a.user === b.user && a.schema === b.schema;

function isEntry(value: unknown): value is Entry {
  const entry = value as Partial<Entry> | undefined;
  return typeof entry === 'object' && entry !== null && typeof entry.stamp === 'number' && !!entry.scope;
}

/** The snapshot of this scope, whole, or none (absent, another schema, parts of different writes, a failure). */
export async function readSnapshot<M>(
  kv: KeyValueStore,
  scope: SnapshotScope,
): Promise<SnapshotContent<M> | undefined> {
  const keys = PARTS.map((part) => keyOf(scope, part));
  const entries = await Promise.resolve()
    .then(() => kv.get(keys))
    .catch(() => undefined);
  if (!entries || !entries.every(isEntry)) return undefined;
  const [head, ...rest] = entries;
  if (!head || !entries.every((e) => e.stamp === head.stamp && sameScope(e.scope, scope))) return undefined;
  const [departments, members, tasks, notices] = rest.map((e) => e.value);
  if (![departments, members, tasks, notices].every(Array.isArray)) return undefined;
  return {
    data: { departments, members, tasks } as CoreData,
    notices: notices as Notice[],
    meta: head.value as M,
  };
}

/** Keeps the content under this scope, replacing what was there; false when the store refused. */
export async function writeSnapshot<M>(
  kv: KeyValueStore,
  scope: SnapshotScope,
  content: SnapshotContent<M>,
  stamp: number,
): Promise<boolean> {
  const values: Record<Part, unknown> = {
    head: content.meta,
    departments: content.data.departments,
    members: content.data.members,
    tasks: content.data.tasks,
    notices: content.notices,
  };
  const entries = PARTS.map((part): [string, Entry] => [
    keyOf(scope, part),
    { scope, stamp, value: values[part] },
  ]);
  return Promise.resolve()
    .then(() => kv.set(entries))
    .then(
      () => true,
      () => false,
    );
}

/** A key-value store in memory: for tests, and where the browser offers no storage. */
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
