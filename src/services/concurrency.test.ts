/**
 * Two writers at once on two replicas of one Base with a sync delay (seeded), with and without injected
 * failures: after sync and one automation run, both replicas read one outcome, no notice is there twice (by
 * key or by meaning) and no notice claims what the final Base contradicts. Each scenario prints its figures.
 */
import { describe, expect, it } from 'vitest';
import { TEST_NOW, personId } from '../../test/support/baseFixture';
import {
  byTitle,
  duplicates,
  figure,
  LATER,
  openOn,
  outcome,
  race,
  readAll,
  settle,
  type RunPlan,
  type Sides,
} from '../../test/support/twoWriters';
import { AT, CLOCK, draft, HE, sent } from '../../test/support/writePaths';
import { HOUR } from '../core/time';
import type { LocalHost } from '../local/localHost';
import { sendAssignment } from './assign';
import { BACKGROUND_JOBS, runOnce } from './background';
import { escalate } from './escalate';
import { holdLease, LEASE_MS, RUNNER_SETTING } from './lease';
import { work } from './process';
import { respond } from './respond';

const BOSS = personId('王建国');
const GUO = personId('郭晓');
const ZHANG = personId('张伟');
const SEEDS = [1, 2, 3, 4, 5, 6];
const PLANS: RunPlan[] = SEEDS.flatMap((seed) => [
  { seed, faults: false },
  { seed, faults: true },
]);

type Final = Awaited<ReturnType<typeof readAll>>;
interface Scenario {
  prepare: (local: LocalHost) => Promise<void>;
  sides: (s: Sides) => [(r: boolean) => Promise<unknown>, (r: boolean) => Promise<unknown>];
  /** What the final Base contradicts among the notices (or beliefs), as readable lines. */
  untrue: (final: Final) => string[];
}

/** The violations of one run: replicas that disagree, duplicate notices, untrue notices. */
async function check(scenario: Scenario, plan: RunPlan): Promise<string[]> {
  const { local, replicas } = await race(plan, scenario.prepare, scenario.sides);
  const run = await settle(local);
  const [left, right] = await Promise.all(
    replicas.map(async (r) => readAll((await openOn(r.host, 3)).store)),
  );
  const problems: string[] = run.outcome === 'done' ? [] : [`the background run was ${run.outcome}`];
  if (JSON.stringify(outcome(left!)) !== JSON.stringify(outcome(right!))) problems.push('replicas disagree');
  problems.push(...duplicates(left!.notices), ...scenario.untrue(left!));
  return problems.map((p) => `seed ${plan.seed}${plan.faults ? ' with faults' : ''}: ${p}`);
}

async function measure(name: string, scenario: Scenario, plans = PLANS) {
  const failed: string[][] = [];
  for (const plan of plans) {
    const problems = await check(scenario, plan);
    if (problems.length > 0) failed.push(problems);
  }
  figure(name, plans.length, failed.length);
  return failed;
}

/**
 * Waiting is moving the Base's clock on, a round trip at a time: the other writer's calls go on meanwhile, as
 * they would in real time, instead of all landing after one jump of the whole wait.
 */
const settleOn = (s: Sides) => async (ms: number) => {
  for (let waited = 0; waited < ms; waited += STEP_MS) await s.local.advance(STEP_MS);
};
const STEP_MS = 250;
const RUNS_TIMEOUT_MS = 120_000;
const member = (s: Sides, name: string) => s.a.data.members.find((m) => m.name === name)!.id;
const posterStage = (s: Sides['a']) => byTitle(s.data.tasks, '海报设计').id;
const yearPoster = (s: Sides['a']) => byTitle(s.data.tasks, '年会海报').id;
const submitted = async (local: LocalHost) => {
  const s = await openOn(local.host, 3);
  await work(s.store, s.data, posterStage(s), { kind: 'submit' }, GUO, CLOCK);
};

/** A 'ready' notice is true only when every predecessor of its task is done. */
function readyUntrue(final: Final): string[] {
  return final.notices
    .filter((n) => n.type === 'ready')
    .flatMap((n) => {
      const task = final.tasks.find((t) => t.id === n.taskId);
      const open = task?.dependsOnIds.filter((id) => final.tasks.find((t) => t.id === id)?.status !== 'done');
      return open && open.length > 0 ? [`told ${n.key} while a predecessor is not done`] : [];
    });
}

const SCENARIOS: Record<string, Scenario> = {
  'head and boss reassign the same task at once': {
    prepare: async (local) => void (await sent(local, 'assign')),
    sides: (s) => [
      (r) =>
        respond(s.a.store, s.a.data, yearPoster(s.a), reassignTo(s, '林峰'), GUO, AT, [HE], r, settleOn(s)),
      (r) =>
        respond(s.b.store, s.b.data, yearPoster(s.b), reassignTo(s, '罗佳'), BOSS, AT, [HE], r, settleOn(s)),
    ],
    untrue: (final) => {
      const task = byTitle(final.tasks, '年会海报');
      return final.notices
        .filter(
          (n) =>
            n.type === 'reassigned' && !n.recipientUserIds.every((u) => task.responsibleUserIds.includes(u)),
        )
        .map(
          (n) =>
            `told ${n.recipientUserIds.join()} they own it; the owner is ${task.responsibleUserIds.join()}`,
        );
    },
  },
  'an owner declines from two devices': {
    prepare: async (local) => void (await sent(local, 'assign')),
    sides: (s) =>
      [s.a, s.b].map(
        (side) => (r: boolean) =>
          respond(
            side.store,
            side.data,
            yearPoster(side),
            { kind: 'decline', reason: '排期冲突' },
            HE,
            AT,
            undefined,
            r,
            settleOn(s),
          ),
      ) as [(r: boolean) => Promise<unknown>, (r: boolean) => Promise<unknown>],
    untrue: (final) =>
      byTitle(final.tasks, '年会海报').status === 'declined'
        ? []
        : ['decline told but the task is not declined'],
  },
  'accept and send back one stage at the same moment': {
    prepare: submitted,
    sides: (s) => [
      (r) =>
        work(
          s.a.store,
          s.a.data,
          posterStage(s.a),
          { kind: 'accept' },
          ZHANG,
          { ...CLOCK, now: AT + HOUR },
          r,
          settleOn(s),
        ),
      (r) =>
        work(
          s.b.store,
          s.b.data,
          posterStage(s.b),
          { kind: 'sendBack', reason: '字太小' },
          ZHANG,
          { ...CLOCK, now: AT + HOUR },
          r,
          settleOn(s),
        ),
    ],
    untrue: (final) => {
      const stage = byTitle(final.tasks, '海报设计');
      const sentBack = final.notices.some((n) => n.type === 'sentBack' && n.taskId === stage.id);
      return [
        ...readyUntrue(final),
        ...(sentBack && stage.status === 'done' ? ['sent back told, stage done'] : []),
      ];
    },
  },
  'two escalation runs at once': {
    prepare: async (local) => void (await sent(local, 'assign')),
    sides: (s) => [() => escalate(s.a.store, s.a.data, LATER), () => escalate(s.b.store, s.b.data, LATER)],
    untrue: () => [],
  },
  'two automation runs at once, under the lease': {
    prepare: async (local) => void (await sent(local, 'assign')),
    sides: (s) => {
      const run = (side: Sides['a'], holder: string) => () =>
        runOnce(side.store, BACKGROUND_JOBS, {
          holder,
          clock: () => LATER,
          leaseMs: LEASE_MS,
          actor: async () => BOSS,
          wait: settleOn(s),
        });
      return [run(s.a, 'automations:a'), run(s.b, 'automations:b')];
    },
    untrue: () => [],
  },
  'two managers send the same draft': {
    prepare: async () => undefined,
    sides: (s) =>
      [
        [s.a, BOSS],
        [s.b, GUO],
      ].map(([side, actor]) => (r: boolean) => {
        const ready = side as Sides['a'];
        return sendAssignment(
          ready.store,
          ready.data,
          draft(ready.data, 'assign', 'same'),
          actor as string,
          CLOCK,
          { resume: r, wait: settleOn(s) },
        );
      }) as [(r: boolean) => Promise<unknown>, (r: boolean) => Promise<unknown>],
    untrue: (final) => {
      const copies = final.tasks.filter((t) => t.title === '年会海报');
      return copies.length === 1 && copies[0]!.status !== 'draft'
        ? []
        : [`${copies.length} copies of the draft`];
    },
  },
  'a sidebar accepts while the automation runs': {
    prepare: submitted,
    sides: (s) => [
      (r) =>
        work(
          s.a.store,
          s.a.data,
          posterStage(s.a),
          { kind: 'accept' },
          ZHANG,
          { ...CLOCK, now: AT + HOUR },
          r,
          settleOn(s),
        ),
      () =>
        runOnce(s.b.store, BACKGROUND_JOBS, {
          holder: 'automations:b',
          clock: () => AT + HOUR,
          leaseMs: 600_000,
          actor: async () => BOSS,
        }),
    ],
    untrue: readyUntrue,
  },
};

function reassignTo(s: Sides, name: string) {
  return { kind: 'reassign', toMemberId: member(s, name), reason: '人手调整' } as const;
}

describe('[X2] [X3] [X4] two writers at once converge', () => {
  const cases = Object.entries(SCENARIOS).flatMap(([name, scenario]) =>
    [false, true].map((faults) => {
      const label = `${name}, ${faults ? 'with' : 'without'} faults`;
      return [label, scenario, PLANS.filter((p) => p.faults === faults)] as const;
    }),
  );
  // Six seeded runs each: a shared machine may take longer than a unit test's default.
  it.each(cases)(
    '%s',
    async (label, scenario, plans) => {
      expect(await measure(label, scenario, plans)).toEqual([]);
    },
    RUNS_TIMEOUT_MS,
  );
});

describe('[X1] two runners take the lease at once', () => {
  it(
    'at most one believes it holds the lease once synced, and it is the one the row names',
    async () => {
      const failed: string[] = [];
      for (const plan of PLANS) {
        const { local, answers } = await race(
          plan,
          async () => undefined,
          (s) => [
            () => holdLease(s.a.store, 'runner:a', TEST_NOW, LEASE_MS, settleOn(s)),
            () => holdLease(s.b.store, 'runner:b', TEST_NOW, LEASE_MS, settleOn(s)),
          ],
        );
        await local.sync();
        const { store } = await openOn(local.host, 3);
        const rows = await store.readWhere('settings', 'key', RUNNER_SETTING);
        // The lease is the first row every reader lists, as `holdLease` reads it.
        const named = String([...rows].sort((x, y) => x.id.localeCompare(y.id))[0]?.values.value);
        const believers = ['runner:a', 'runner:b'].filter((_, i) => answers[i] === true);
        const wrong = believers.length > 1 || believers.some((h) => !named.includes(`"${h}"`));
        if (wrong)
          failed.push(
            `seed ${plan.seed}${plan.faults ? ' with faults' : ''}: ${believers.join()} vs ${named}`,
          );
      }
      figure('two runners take the lease at once', PLANS.length, failed.length);
      expect(failed).toEqual([]);
    },
    RUNS_TIMEOUT_MS,
  );
});
