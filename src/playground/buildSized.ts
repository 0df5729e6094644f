/** Builds the Base a size choice names (baseSizes.ts), dated around the page's today; runs in the worker. */
import { scaleCompany } from '../demo/scaleCompany';
import { demoLocalHost } from '../demo/seedDemo';
import type { LocalState } from '../local/localState';
import { BASE_SIZES, isBaseSize, scaleBaseName, type BaseSize } from './baseSizes';

/** `todayStart`: the page's local midnight (its clock offset included); `now`: its present moment. */
export async function buildSized(size: BaseSize, todayStart: number, now: number): Promise<LocalState> {
  if (!isBaseSize(size)) throw new Error(`unknown Base size "${String(size)}"`);
  if (!Number.isFinite(todayStart) || !Number.isFinite(now))
    throw new Error('a Base needs a day to be built on');
  const tasks = BASE_SIZES.find((c) => c.size === size)!.tasks;
  if (tasks === undefined) return (await demoLocalHost(todayStart, undefined, { history: true })).state;
  return scaleCompany(tasks, { todayStart, now, baseName: scaleBaseName(tasks) });
}
