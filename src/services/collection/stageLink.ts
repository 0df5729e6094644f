/**
 * [CD16] The background's share of drives launched from a stage: a closed drive's stage is completed through
 * `carryOut` (fresh read, the live schema checked, the history keyed), so the stages after it follow by the
 * cascade. Once ever: a stage someone reopens later is left to them.
 */
import type { Drive } from '../../core/collection/drive';
import { stageCompletion, stageDoneKey } from '../../core/collection/stageLink';
import type { BatonStore, CoreData } from '../../store/batonStore';
import { carryOut } from '../process';

/** The drives whose stage, as the run read it, the closing would complete. */
function due(data: CoreData, drives: readonly Drive[], actor: string, now: number) {
  const byId = new Map(data.tasks.map((t) => [t.id, t]));
  return drives.filter((drive) => {
    const stage = drive.stageId ? byId.get(drive.stageId) : undefined;
    return stage !== undefined && stageCompletion(drive, stage, actor, now).ok;
  });
}

/** Completes the stage of each closed drive not done yet; answers how many it completed. */
export async function completeDriveStages(
  store: BatonStore,
  data: CoreData,
  drives: readonly Drive[],
  actor: string,
  now: number,
): Promise<number> {
  const candidates = due(data, drives, actor, now);
  if (!candidates.length) return 0;
  const keys = candidates.map((d) => stageDoneKey(d, d.stageId!));
  const done = await store.findKeyed('taskEvents', 'key', keys);
  let completed = 0;
  for (const drive of candidates.filter((d) => !done.has(stageDoneKey(d, d.stageId!)))) {
    const decide = (stage: Parameters<typeof stageCompletion>[1]) =>
      stageCompletion(drive, stage, actor, now);
    const result = await carryOut(store, data, drive.stageId!, actor, now, decide);
    if (result.ok) completed += 1;
  }
  return completed;
}
