/** The Base's structure checked afresh, views included: what the health screen lists. */
import type { BitableHost } from '../port/bitableBase';
import type { SchemaProblem } from '../schema/resolveSchema';
import { BatonStore } from '../store/batonStore';

export async function schemaProblems(host: BitableHost): Promise<SchemaProblem[]> {
  const store = await BatonStore.open(host, { withViews: true });
  return store.resolution.problems;
}
