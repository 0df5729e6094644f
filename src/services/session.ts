/**
 * Opening the sidebar: who is looking, in which language and theme, whether Baton is installed,
 * and the data the home screen needs, in as few round trips as the port allows.
 */
import { identify, needsFirstBoss, type Viewer } from '../core/identity';
import type { Notice } from '../core/model';
import type { BitableHost } from '../port/bitableBase';
import { toNotice } from '../schema/entities';
import type { SchemaProblem } from '../schema/resolveSchema';
import type { TableKey } from '../schema/schemaTypes';
import { BatonStore, type CoreData } from '../store/batonStore';
import type { RetryPolicy } from '../store/retry';
import { applyDiagnostics, DIAGNOSTICS_SETTING } from './hostDiagnostics';
import { bridgeCandidates, resolveViewerId, type ViewerIdMethod } from './viewerId';

export type UiLanguage = 'zh-CN' | 'en-US';
export type UiTheme = 'light' | 'dark';

export interface HostContext {
  /** The viewer's User-cell id once the session is ready (services/viewerId.ts); the bridge's id before. */
  userId: string;
  /** How the viewer's id was found, for the diagnostics; absent before the Base was read. */
  identity?: ViewerIdMethod;
  /** What the bridge offered as the viewer's id, preferred first. */
  bridgeIds?: string[];
  language: UiLanguage;
  theme: UiTheme;
}

export type Session =
  | { kind: 'needsInstall'; context: HostContext; store: BatonStore; missing: TableKey[] }
  | {
      kind: 'ready';
      context: HostContext;
      store: BatonStore;
      data: CoreData;
      /** The viewer's notices from the outbox, newest first. */
      notices: Notice[];
      viewer: Viewer;
      canEdit: boolean;
      firstBossNeeded: boolean;
      problems: SchemaProblem[];
    };

/** The tables without which the home screen cannot work. */
const REQUIRED: TableKey[] = ['departments', 'members', 'tasks', 'settings'];

/** The tables without which Baton cannot work, if any are not in the Base. */
export function missingTables(store: BatonStore): TableKey[] {
  return REQUIRED.filter((key) => !store.resolution.schema[key]);
}

/** Host languages other than Chinese fall back to English. */
export function uiLanguage(hostLanguage: string | undefined): UiLanguage {
  return hostLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export const uiTheme = (hostTheme: string | undefined): UiTheme =>
  hostTheme?.toUpperCase() === 'DARK' ? 'dark' : 'light';

export async function readHostContext(host: BitableHost): Promise<HostContext> {
  const [bridgeIds, language, theme] = await Promise.all([
    bridgeCandidates(host.bridge),
    host.bridge.getLanguage().catch(() => 'zh'),
    host.bridge.getTheme().catch(() => 'LIGHT'),
  ]);
  return { userId: bridgeIds[0] ?? '', bridgeIds, language: uiLanguage(language), theme: uiTheme(theme) };
}

export interface OpenOptions {
  retry?: RetryPolicy;
  /** Told once the structure is read and Baton found installed, before its records are read (warmOpen.ts). */
  onOpened?: (store: BatonStore, context: HostContext) => void;
}

export async function openSession(host: BitableHost, options: OpenOptions = {}): Promise<Session> {
  const [bridgeContext, store] = await Promise.all([readHostContext(host), BatonStore.open(host, options)]);
  const missing = missingTables(store);
  if (missing.length > 0) return { kind: 'needsInstall', context: bridgeContext, store, missing };
  options.onOpened?.(store, bridgeContext);
  applyDiagnostics(store.setting(DIAGNOSTICS_SETTING));
  // The notices are read for the bridge's id alongside the rest: read again only when the viewer's id differs.
  const [data, canEdit, guessed] = await Promise.all([
    store.loadCore(),
    store.canEdit(),
    myNotices(store, bridgeContext.userId),
  ]);
  const found = await resolveViewerId(store, bridgeContext.bridgeIds ?? [], data.members, canEdit);
  const context = { ...bridgeContext, userId: found.userId, identity: found.method };
  const notices = found.userId === bridgeContext.userId ? guessed : await myNotices(store, found.userId);
  return {
    kind: 'ready',
    context,
    store,
    data,
    notices,
    viewer: identify(context.userId, data.members, data.departments),
    canEdit,
    firstBossNeeded: needsFirstBoss(data.members),
    problems: store.resolution.problems,
  };
}

/** The user's notices, newest first; none when the outbox table is missing (the health check says why). */
export async function myNotices(store: BatonStore, userId: string): Promise<Notice[]> {
  if (!store.resolution.schema.notifications?.fields.recipient) return [];
  const notices = (await store.readWhere('notifications', 'recipient', userId)).map(toNotice);
  return notices.sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
}
