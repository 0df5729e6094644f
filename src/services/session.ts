/**
 * Opening the sidebar: who is looking, in which language and theme, whether Baton is installed,
 * and the data the home screen needs, in as few round trips as the port allows.
 */
import { identify, needsFirstBoss, type Viewer } from '../core/identity';
import type { BitableHost } from '../port/bitableBase';
import type { SchemaProblem } from '../schema/resolveSchema';
import type { TableKey } from '../schema/schemaTypes';
import { BatonStore, type CoreData } from '../store/batonStore';
import type { RetryPolicy } from '../store/retry';

export type UiLanguage = 'zh-CN' | 'en-US';
export type UiTheme = 'light' | 'dark';

export interface HostContext {
  userId: string;
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
      viewer: Viewer;
      canEdit: boolean;
      firstBossNeeded: boolean;
      problems: SchemaProblem[];
    };

/** The tables without which the home screen cannot work. */
const REQUIRED: TableKey[] = ['departments', 'members', 'tasks', 'settings'];

/** Host languages other than Chinese fall back to English. */
export function uiLanguage(hostLanguage: string | undefined): UiLanguage {
  return hostLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}

export const uiTheme = (hostTheme: string | undefined): UiTheme =>
  hostTheme?.toUpperCase() === 'DARK' ? 'dark' : 'light';

export async function readHostContext(host: BitableHost): Promise<HostContext> {
  const [userId, language, theme] = await Promise.all([
    host.bridge.getUserId(),
    host.bridge.getLanguage().catch(() => 'zh'),
    host.bridge.getTheme().catch(() => 'LIGHT'),
  ]);
  return { userId, language: uiLanguage(language), theme: uiTheme(theme) };
}

export async function openSession(
  host: BitableHost,
  options: { retry?: RetryPolicy } = {},
): Promise<Session> {
  const [context, store] = await Promise.all([readHostContext(host), BatonStore.open(host, options)]);
  const missing = REQUIRED.filter((key) => !store.resolution.schema[key]);
  if (missing.length > 0) return { kind: 'needsInstall', context, store, missing };
  const [data, canEdit] = await Promise.all([store.loadCore(), store.canEdit()]);
  return {
    kind: 'ready',
    context,
    store,
    data,
    viewer: identify(context.userId, data.members, data.departments),
    canEdit,
    firstBossNeeded: needsFirstBoss(data.members),
    problems: store.resolution.problems,
  };
}
