/**
 * The local Base: an emulator of a Feishu Base behind the same port as the real SDK, used by the
 * playground, the tests and the bench. `host` is what the sidebar receives; `replica()` gives further
 * clients that each read their own copy, synced later, as real Feishu clients do; the rest is the control
 * surface (switch user, inject failures, edit as another user) that stands in for the Feishu UI.
 */
import type { BitableHost, FieldConfig, RecordFields } from '../port/bitableBase';
import { HostError, HostErrorCode } from '../port/hostErrors';
import { CallLog } from './callLog';
import { heardOf, materialize, type Change, type RecordEvent, type Touch } from './changes';
import type { HostQuirks } from './hostProfiles';
import { RoundTripScheduler, type LatencyOptions } from './latency';
import type { FailureInjector } from './failureInjector';
import { LocalClient } from './localClient';
import { LocalClock } from './localClock';
import { copy, emptyState, type LocalSession, type LocalState, type LocalTable } from './localState';
import { LocalTableApi } from './localTable';
import { createTable } from './schemaWrites';
import { LocalReplica, type ReplicaOptions } from './replica';

export interface LocalStorageAdapter {
  load(): LocalState | undefined;
  save(state: LocalState): void;
}

export interface LocalHostOptions {
  state?: LocalState;
  latency?: Partial<LatencyOptions>;
  storage?: LocalStorageAdapter;
  /**
   * Field reports say the real addTable ignores `fields` and creates one blank text column; the SDK types say
   * otherwise. With this on, the local Base behaves the reported way, so code can be tested against both.
   */
  addTableIgnoresFields?: boolean;
  /** Where a virtual clock starts (ms since the epoch); it stamps created times. */
  clockStart?: number;
  /** Readings of the host's unconfirmed behaviour to follow (see hostProfiles.ts). */
  quirks?: HostQuirks;
}

type ThemeListener = (ev: { data: { theme: string } }) => void;

export class LocalHost {
  state: LocalState;
  readonly scheduler: RoundTripScheduler;
  /** The Base's clock: created times, replica sync and late answers follow it. */
  readonly clock: LocalClock;
  readonly calls = new CallLog();
  /** Uploaded files by token, kept out of the state (not JSON) so attachment URLs can serve them. */
  readonly uploads = new Map<string, Blob>();
  /** The client behind `host`: it reads the shared Base itself. */
  readonly direct: LocalClient;
  readonly failures: FailureInjector;
  readonly host: BitableHost;
  private readonly replicas = new Set<LocalReplica>();
  private readonly themeListeners = new Set<ThemeListener>();
  private readonly changeListeners = new Set<() => void>();
  private journal: Touch[] = [];
  private seq = 0;

  get quirks(): HostQuirks {
    return this.options.quirks ?? {};
  }

  constructor(private readonly options: LocalHostOptions = {}) {
    this.state = copy(options.state ?? options.storage?.load() ?? emptyState());
    this.clock = new LocalClock(options.latency?.clock ?? 'real', options.clockStart);
    this.scheduler = new RoundTripScheduler(
      {
        roundTripMs: 0,
        windowMs: 5,
        clock: 'real',
        perMethod: options.quirks?.sdkBundling,
        ...options.latency,
      },
      (ms) => {
        if (this.clock.mode === 'virtual') this.clock.advance(ms);
      },
    );
    this.direct = new LocalClient(this);
    this.failures = this.direct.failures;
    this.host = this.direct.host;
  }

  /** A further client with its own copy of the Base (see `replica.ts`). */
  replica(options: ReplicaOptions = {}): LocalReplica {
    const replica = new LocalReplica(this, options);
    this.replicas.add(replica);
    return replica;
  }

  /** Stops handing changes to a replica that is gone (a closed sidebar). */
  detach(replica: LocalReplica): void {
    this.replicas.delete(replica);
  }

  /** Lets everything in flight land (replica sync, late writes), then lets the events it fired run. */
  async sync(): Promise<void> {
    this.clock.flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** Moves the Base's clock on by `ms`, landing what falls due, then lets the events it fired run. */
  async advance(ms: number): Promise<void> {
    this.clock.advance(ms);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  // ---- plumbing used by the clients and the table API ----

  call<T>(
    method: string,
    tableId: string | undefined,
    records: number,
    run: () => T,
    client: LocalClient = this.direct,
  ): Promise<T> {
    this.calls.record({ method, tableId, records });
    return this.scheduler.call(() => {
      const { failures } = client;
      const failure = failures.draw(method, tableId);
      if (failure === 'before') throw failures.error(method);
      if (failure === 'late') {
        this.clock.at(failures.lateDelayMs, () => this.land(run));
        throw failures.error(method, failure);
      }
      const result = copy(run());
      if (failure === 'after') throw failures.error(method);
      return result;
    }, method);
  }

  mutate<T>(
    method: string,
    tableId: string | undefined,
    records: number,
    run: () => T,
    client: LocalClient = this.direct,
  ): Promise<T> {
    const write = () => this.commit(client, run);
    return this.call(method, tableId, records, write, client);
  }

  /** Runs a write on the shared Base and hands what it changed to every client. */
  private commit<T>(client: LocalClient, run: () => T): T {
    if (client.session().readOnly)
      throw new HostError(
        HostErrorCode.RecordPermissionDenied,
        'permission denied: this user cannot edit the Base',
      );
    this.journal = [];
    try {
      const result = run();
      this.persist(client);
      return result;
    } finally {
      this.journal = [];
    }
  }

  /** A late call lands with nobody waiting: what it returns or throws is lost, as its answer would be. */
  private land(run: () => unknown): void {
    try {
      run();
    } catch {
      // The caller already gave up; a write refused on landing changes nothing.
    }
  }

  newId(prefix: string): string {
    const id = this.state.nextId++;
    return `${prefix}${id.toString(36).padStart(8, '0')}`;
  }

  /** Notes what a write changed; clients hear of it when the write lands. */
  emit(tableId: string, event: RecordEvent, id: string, fieldIds: string[] = []): void {
    this.journal.push({ event, tableId, id, fieldIds });
  }

  touch(change: Touch): void {
    this.journal.push(change);
  }

  createTable(config: { name: string; fields: FieldConfig[] }, session: LocalSession) {
    const ignoresFields = this.options.addTableIgnoresFields ?? false;
    const defaultPrimary = this.quirks.addTableDefaultPrimary ?? false;
    const created = createTable(this, config, session.language, ignoresFields, defaultPrimary);
    this.touch({ event: 'schema', tableId: created.tableId });
    return created;
  }

  onThemeChange(listener: ThemeListener): () => void {
    this.themeListeners.add(listener);
    return () => this.themeListeners.delete(listener);
  }

  // ---- control surface (the Feishu UI's part; not available to the sidebar) ----

  /** Called after every change, for the playground's grids. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Saves, and hands what the latest write changed to every client (`origin` made it). */
  persist(origin: LocalClient = this.direct): void {
    this.options.storage?.save(this.state);
    const touches = this.journal;
    this.journal = [];
    if (touches.length > 0) {
      let changes: Change[] | undefined;
      const landed = () => (changes ??= materialize(this.state, touches, () => ++this.seq));
      const heard = touches.flatMap((t) => heardOf(t) ?? []);
      [this.direct, ...this.replicas].forEach((client) => client.receive(heard, landed, origin));
    }
    this.changeListeners.forEach((l) => l());
  }

  setSession(change: Partial<LocalSession>): void {
    const themeChanged = change.theme !== undefined && change.theme !== this.state.session.theme;
    this.state.session = { ...this.state.session, ...change };
    this.persist();
    if (themeChanged) this.themeListeners.forEach((l) => l({ data: { theme: this.state.session.theme } }));
  }

  /** Replaces the whole Base (reset demo, empty Base); open sidebars are expected to reload. */
  replaceState(state: LocalState): void {
    this.state = copy(state);
    this.replicas.forEach((r) => r.reset());
    this.persist();
  }

  /** An edit made in the grid by a person, not through the plugin: no latency, no call log, events fire. */
  editCell(tableId: string, recordId: string, fieldId: string, value: unknown): void {
    const table = this.tableState(tableId);
    const field = table.fields.find((f) => f.id === fieldId);
    const record = table.records.find((r) => r.recordId === recordId);
    if (!field || !record) throw new HostError(HostErrorCode.RecordNotFound, 'cell not found');
    Object.assign(record.fields, new LocalTableApi(this.direct, tableId).normalize({ [fieldId]: value }));
    this.emit(tableId, 'modify', recordId, [fieldId]);
    this.persist();
  }

  /** A row added in the grid by a person: empty or with the given cells; events fire as for any add. */
  addRow(tableId: string, fields: RecordFields = {}): string {
    const table = this.tableState(tableId);
    const record = {
      recordId: this.newId('rec'),
      fields: new LocalTableApi(this.direct, tableId).normalize(copy(fields)),
      createdTime: this.clock.now(),
      createdBy: this.state.session.userId,
    };
    table.records.push(record);
    this.emit(tableId, 'add', record.recordId);
    this.persist();
    return record.recordId;
  }

  renameTable(tableId: string, name: string): void {
    this.tableState(tableId).name = name;
    this.touch({ event: 'schema', tableId });
    this.persist();
  }

  renameField(tableId: string, fieldId: string, name: string): void {
    const field = this.tableState(tableId).fields.find((f) => f.id === fieldId);
    if (field) field.name = name;
    this.emit(tableId, 'fieldModify', fieldId);
    this.persist();
  }

  deleteField(tableId: string, fieldId: string): void {
    const table = this.tableState(tableId);
    table.fields = table.fields.filter((f) => f.id !== fieldId || f.isPrimary);
    table.records.forEach((r) => delete r.fields[fieldId]);
    this.emit(tableId, 'fieldDelete', fieldId);
    this.persist();
  }

  tableState(tableId: string): LocalTable {
    const table = this.state.tables.find((t) => t.id === tableId);
    if (!table) throw new HostError(HostErrorCode.TableNotFound, `table ${tableId} not found`);
    return table;
  }
}
