/**
 * Two claimants of one pool task at once, each on their own replica of one Base with a seeded sync delay, with
 * and without injected failures (each retrying as the command runner retries): after sync and one automation
 * run, both replicas read one outcome, at most one claimant was told they won and it is the owner, and the
 * boss's notice names that owner, once. Prints its figures like the other concurrency scenarios.
 */
import { describe, expect, it } from 'vitest';
import { personId } from '../../test/support/baseFixture';
import {
  byTitle,
  duplicates,
  figure,
  openOn,
  outcome,
  race,
  readAll,
  settle,
  type RunPlan,
} from '../../test/support/twoWriters';
import { AT, HE, sent } from '../../test/support/writePaths';
import { claimTask, type ClaimResult } from './claim';
import type { Wait } from './settle';

const LIU = personId('刘洋');
const SEEDS = [1, 2, 3, 4, 5, 6];
const RUNS_TIMEOUT_MS = 120_000;

async function claimRace(plan: RunPlan): Promise<string[]> {
  const { local, replicas, answers } = await race<ClaimResult>(
    plan,
    async (l) => void (await sent(l, 'pool')),
    (s) => {
      const wait: Wait = async (ms) => {
        for (let waited = 0; waited < ms; waited += 250) await s.local.advance(250);
      };
      const id = byTitle(s.a.data.tasks, '年会海报').id;
      return [
        (r) => claimTask(s.a.store, s.a.data, id, HE, AT, r, wait),
        (r) => claimTask(s.b.store, s.b.data, id, LIU, AT - 1_000, r, wait),
      ];
    },
  );
  const run = await settle(local);
  const [left, right] = await Promise.all(
    replicas.map(async (r) => readAll((await openOn(r.host, 3)).store)),
  );
  const task = byTitle(left!.tasks, '年会海报');
  const owner = left!.tasks.length ? task.responsibleUserIds : [];
  const names = { [HE]: '何平', [LIU]: '刘洋' };
  const winners = [HE, LIU].filter((_, i) => answers[i]?.ok === true);
  const claimed = left!.notices.filter((n) => n.type === 'claimed' && n.taskId === task.id);
  const problems = [
    ...(run.outcome === 'done' ? [] : [`the background run was ${run.outcome}`]),
    ...(JSON.stringify(outcome(left!)) !== JSON.stringify(outcome(right!)) ? ['replicas disagree'] : []),
    ...duplicates(left!.notices),
    ...(task.status === 'open' ? ['the task is still open'] : []),
    ...(winners.length > 1 ? ['both claimants told they won'] : []),
    ...winners
      .filter((w) => !owner.includes(w))
      .map((w) => `${names[w]} told they won; the owner is ${owner}`),
    ...claimed
      .filter((n) => !n.message.includes(names[owner[0] ?? ''] ?? '?'))
      .map((n) => `untrue: ${n.key}`),
    ...(claimed.length > 1 ? [`the boss told ${claimed.length} times`] : []),
  ];
  return problems.map((p) => `seed ${plan.seed}${plan.faults ? ' with faults' : ''}: ${p}`);
}

describe('[R5] [X5] two claimants at once converge', () => {
  it.each([false, true])(
    'two claimants of one pool task, faults: %s',
    async (faults) => {
      const failed: string[][] = [];
      for (const seed of SEEDS) {
        const problems = await claimRace({ seed, faults });
        if (problems.length > 0) failed.push(problems);
      }
      figure(
        `two claimants of one pool task, ${faults ? 'with' : 'without'} faults`,
        SEEDS.length,
        failed.length,
      );
      expect(failed).toEqual([]);
    },
    RUNS_TIMEOUT_MS,
  );
});
