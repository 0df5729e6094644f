import type { FieldMeta, RecordFields, ViewMeta } from '../port/bitableBase';
import type { UserValue } from '../port/cellValues';

/** The whole persisted content of a local Base: plain JSON. */
export interface LocalState {
  version: 1;
  baseName: string;
  tables: LocalTable[];
  users: LocalUser[];
  bridgeData: Record<string, unknown>;
  session: LocalSession;
  nextId: number;
}

export interface LocalTable {
  id: string;
  name: string;
  fields: FieldMeta[];
  views: ViewMeta[];
  records: LocalRecord[];
}

export interface LocalRecord {
  recordId: string;
  fields: RecordFields;
  /** Stamped by the Base when the record is added (its clock, its adding user); read by Created* fields. */
  createdTime?: number;
  createdBy?: string;
}

export type LocalUser = Required<Pick<UserValue, 'id' | 'name'>> & Pick<UserValue, 'enName' | 'email'>;

/** Who is looking, in which language and theme, and whether they may edit: the bridge's answers. */
export interface LocalSession {
  userId: string;
  language: string;
  theme: 'LIGHT' | 'DARK';
  readOnly: boolean;
}

export function emptyState(users: LocalUser[] = [], userId = users[0]?.id ?? 'ou_local'): LocalState {
  return {
    version: 1,
    baseName: 'Local Base',
    tables: [],
    users,
    bridgeData: {},
    session: { userId, language: 'zh', theme: 'LIGHT', readOnly: false },
    nextId: 1,
  };
}

/** Values cross the host boundary by copy, as they do over the real SDK's postMessage. */
export function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
