/**
 * A client with its own copy of the Base, as each Feishu user's Base client is: it reads its copy, sees its own
 * writes at once and everyone else's `syncDelayMs` later (in the Base's clock), and its listeners hear a change
 * when the change reaches its copy. Writes go to the shared Base; with a delay of 0 it behaves as a plain client.
 */
import type { Change, Heard } from './changes';
import { ReplicaView } from './changes';
import { FailureInjector } from './failureInjector';
import { LocalClient } from './localClient';
import type { LocalHost } from './localHost';
import { copy, type LocalState } from './localState';

export interface ReplicaOptions {
  /** How long others' writes take to reach this replica, in the Base's clock (real or virtual ms). */
  syncDelayMs?: number;
  /** Who this client is signed in as (stamps CreatedUser); unset, the shared session's user. */
  userId?: string;
}

export class LocalReplica extends LocalClient {
  syncDelayMs: number;
  private copy: ReplicaView;
  /** Bumped when the Base is replaced, so changes still travelling to the old copy are dropped. */
  private epoch = 0;
  private order = new Map<string, Map<string, number>>();

  constructor(base: LocalHost, options: ReplicaOptions = {}) {
    super(base, new FailureInjector(), options.userId);
    this.syncDelayMs = options.syncDelayMs ?? 0;
    this.copy = this.freshCopy();
  }

  override view(): LocalState {
    return this.copy.state;
  }

  override receive(_heard: Heard[], changes: () => Change[], origin: LocalClient): void {
    if (origin === this || this.syncDelayMs <= 0) {
      this.deliver(changes());
      return;
    }
    const [landed, epoch] = [changes(), this.epoch];
    this.base.clock.at(this.syncDelayMs, () => {
      if (epoch === this.epoch) this.deliver(landed);
    });
  }

  /** The client is gone (its sidebar closed): it stops syncing, and what was travelling to it is dropped. */
  close(): void {
    this.epoch += 1;
    this.base.detach(this);
  }

  /** Starts again from the shared Base as it is now (after the whole Base was replaced). */
  reset(): void {
    this.epoch += 1;
    this.copy = this.freshCopy();
  }

  private deliver(changes: Change[]): void {
    this.order.clear();
    for (const change of changes) {
      const heard = this.copy.apply(change);
      if (heard) this.hear(heard);
    }
  }

  private freshCopy(): ReplicaView {
    return new ReplicaView(copy(this.base.state), (tableId, recordId) => this.sharedIndex(tableId, recordId));
  }

  /** A record's place in the shared Base, cached per delivery: records are listed in the Base's order. */
  private sharedIndex(tableId: string, recordId: string): number {
    let places = this.order.get(tableId);
    if (!places) {
      const records = this.base.state.tables.find((t) => t.id === tableId)?.records ?? [];
      places = new Map(records.map((r, i) => [r.recordId, i]));
      this.order.set(tableId, places);
    }
    return places.get(recordId) ?? -1;
  }
}
