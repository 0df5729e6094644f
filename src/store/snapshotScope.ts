/**
 * [SP10] Whose snapshot, of which Base, decoded against which schema: a snapshot is used only under the scope
 * it was written under, so a changed schema never feeds old shapes and no viewer gets another's snapshot.
 */
import type { ResolvedSchema, SchemaResolution } from '../schema/resolveSchema';

/** Whose snapshot, of which Base, decoded against which schema. */
export interface SnapshotScope {
  base: string;
  user: string;
  schema: string;
}

/** Bumped whenever the decoded entities change shape, so a newer build never reads an older layout. */
const FORMAT = 1;
/** The tables a snapshot holds; the schema stamp covers exactly their structure. */
const TABLES = ['departments', 'members', 'tasks', 'notifications'] as const;

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

export const sameScope = (a: SnapshotScope, b: SnapshotScope) =>
  a.base === b.base && a.user === b.user && a.schema === b.schema;
