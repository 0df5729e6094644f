/**
 * [SC12] The ledger's background job: reconciles after the cascade and the claims have settled the statuses.
 * A Base installed before 贡献 had every field skips it (the Check page names what is missing).
 */
import { SchemaError } from '../../schema/cellCodec';
import type { BackgroundJob } from '../background';
import { reconcileLedger } from './reconcileLedger';

/** The whole ledger is read each time: an open sidebar does it every five minutes, not after every read. */
export const SCORING_INTERVAL_MS = 5 * 60_000;

export const scoringJob: BackgroundJob = {
  name: 'scoring',
  every: SCORING_INTERVAL_MS,
  async run({ store, data, now }) {
    try {
      await reconcileLedger(store, data, now);
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
    }
    return {};
  },
};
