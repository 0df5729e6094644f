/**
 * One client of the local Base (a sidebar, an automation runner): the port it is handed, its own failure
 * injector and event listeners. Reads come from `view()`; writes always go to the shared Base. This plain
 * client reads the shared Base itself; a replica (`replica.ts`) reads its own copy, synced later.
 */
import type {
  BitableBase,
  BitableBridge,
  BitableHost,
  PermissionQuery,
  TableMeta,
} from '../port/bitableBase';
import { HostError, HostErrorCode } from '../port/hostErrors';
import type { Change, Heard, RecordEvent } from './changes';
import { FailureInjector } from './failureInjector';
import { bridgeIds } from './hostProfiles';
import type { LocalHost } from './localHost';
import { copy, type LocalSession, type LocalState } from './localState';
import { LocalTableApi } from './localTable';

export type RecordListener = (recordId: string, fieldIds: string[]) => void;

export class LocalClient {
  readonly host: BitableHost;
  private readonly listeners = new Map<string, Set<RecordListener>>();
  /** The SDK forbids concurrent uploads; the local Base enforces it like the host. */
  private uploading = false;

  constructor(
    readonly base: LocalHost,
    readonly failures = new FailureInjector(),
    /** Who this client is signed in as; unset, the shared session's user. */
    readonly userId?: string,
  ) {
    this.host = { base: this.baseApi(), bridge: this.bridgeApi() };
  }

  view(): LocalState {
    return this.base.state;
  }

  session(): LocalSession {
    const session = this.base.state.session;
    return this.userId === undefined ? session : { ...session, userId: this.userId };
  }

  call<T>(method: string, tableId: string | undefined, records: number, run: () => T): Promise<T> {
    return this.base.call(method, tableId, records, run, this);
  }

  mutate<T>(method: string, tableId: string | undefined, records: number, run: () => T): Promise<T> {
    return this.base.mutate(method, tableId, records, run, this);
  }

  listen(tableId: string, event: RecordEvent, listener: RecordListener): () => void {
    const key = `${tableId}:${event}`;
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
    return () => set.delete(listener);
  }

  /** Fires listeners on a later task, as the SDK's events arrive. */
  hear({ tableId, event, id, fieldIds }: Heard): void {
    const listeners = this.listeners.get(`${tableId}:${event}`);
    if (listeners) setTimeout(() => listeners.forEach((l) => l(id, fieldIds)), 0);
  }

  /** A write landed on the shared Base (`origin` made it); this client reads the shared Base, so only hears it. */
  receive(heard: Heard[], _changes: () => Change[], _origin: LocalClient): void {
    heard.forEach((h) => this.hear(h));
  }

  private baseApi(): BitableBase {
    return {
      getTableMetaList: () =>
        this.call('getTableMetaList', undefined, 0, (): TableMeta[] =>
          this.view().tables.map((t) => ({ id: t.id, name: t.name, isSync: false })),
        ),
      getTableById: async (tableId) => {
        if (this.base.quirks.sdkBundling) {
          await this.call('isTableExist', tableId, 0, () => true);
          await this.call('isTableExist', tableId, 0, () => true);
        }
        if (!this.view().tables.some((t) => t.id === tableId))
          throw new HostError(HostErrorCode.TableNotFound, `table ${tableId} not found`);
        return new LocalTableApi(this, tableId);
      },
      addTable: (given) => {
        const config = copy(given);
        return this.mutate('addTable', undefined, 0, () => this.base.createTable(config, this.session()));
      },
      deleteTable: (tableId: string) =>
        this.mutate('deleteTable', tableId, 0, () => {
          this.base.tableState(tableId);
          this.base.state.tables = this.base.state.tables.filter((t) => t.id !== tableId);
          this.base.touch({ event: 'schema', tableId });
          return true;
        }),
      batchUploadFile: async (files: File[]) => {
        if (this.uploading)
          throw new HostError(HostErrorCode.RecordUnknown, 'batchUploadFile must not run concurrently');
        this.uploading = true;
        try {
          return await this.mutate('batchUploadFile', undefined, files.length, () =>
            files.map((file) => {
              const token = this.base.newId('box');
              this.base.uploads.set(token, file);
              return token;
            }),
          );
        } finally {
          this.uploading = false;
        }
      },
      getPermission: (query: PermissionQuery) =>
        this.call(
          'getPermission',
          query.param?.tableId,
          0,
          () => query.type === 'visible' || !this.session().readOnly,
        ),
    };
  }

  private bridgeIds() {
    return bridgeIds(this.base.quirks, this.session().userId);
  }

  private bridgeApi(): BitableBridge {
    return {
      getUserId: () => this.call('getUserId', undefined, 0, () => this.bridgeIds().userId),
      getBaseUserId: () => this.call('getBaseUserId', undefined, 0, () => this.bridgeIds().baseUserId),
      getLanguage: () => this.call('getLanguage', undefined, 0, () => this.session().language),
      getTheme: () => this.call('getTheme', undefined, 0, () => this.session().theme),
      getEnv: () => this.call('getEnv', undefined, 0, () => ({ product: 'feishu' })),
      onThemeChange: (callback) => this.base.onThemeChange(callback),
      getData: <T>(key: string) => this.call('getData', undefined, 0, () => this.view().bridgeData[key] as T),
      setData: <T>(key: string, data: T) =>
        this.mutate('setData', undefined, 0, () => {
          this.base.state.bridgeData[key] = copy(data);
          this.base.touch({ event: 'data', key });
          return true;
        }),
    };
  }
}
