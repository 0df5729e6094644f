/**
 * `npx tsx test/bench/scoringAlone.ts`: the "scoring" scenario alone, on a fresh 20,000-task Base, so the
 * reconcile compute can be measured on a quiet machine without the other scenarios' heap beside it.
 */
import { buildBase } from './fixtures';
import { scoringScenario } from './scoring';
import { timingText } from './timing';

async function main(): Promise<void> {
  const state = await buildBase(20_000);
  const s = await scoringScenario(state);
  const adds = s.m.byMethod.addRecords ?? 0;
  console.log(`reconcile compute ${timingText(s.compute)}`);
  console.log(`new entries ${s.added}, ledger ${s.ledger}, calls ${s.m.calls} (floor ${s.floor.calls})`);
  console.log(`addRecords ${adds}, second run addRecords ${s.second.byMethod.addRecords ?? 0}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
