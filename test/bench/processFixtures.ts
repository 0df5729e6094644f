/**
 * Fixtures of the process-tracking scenarios. "cascade": the 20,000-task Base with cross-task
 * finish-to-start links added until it holds `links` in all, then settled (every derived status written) so that
 * one accepted stage is the only news. "progress view": the demo company with exactly N active special tasks of
 * six stages each.
 */
import { derive } from '../../src/core/cascade';
import { taskDefaults, type Department, type Member, type Task, type TaskStatus } from '../../src/core/model';
import { indexTasks } from '../../src/core/taskIndex';
import { DEMO_PEOPLE, DEMO_USERS } from '../../src/demo/demoCompany';
import { seedDemo } from '../../src/demo/seedDemo';
import { LocalHost } from '../../src/local/localHost';
import { emptyState, type LocalState } from '../../src/local/localState';
import { fromTask } from '../../src/schema/entities';
import { BatonStore } from '../../src/store/batonStore';
import { buildHost, DAY, NOW, rng, TODAY_START } from './fixtures';

/** Extra predecessors of a stage are drawn among the WINDOW stages created just before it. */
const WINDOW = 400;
const FINISHED: ReadonlySet<TaskStatus | undefined> = new Set(['done', 'cancelled']);

export interface LinkedBase {
  state: LocalState;
  tasks: number;
  links: number;
  /** Statuses written to settle the Base after linking (waiting stages with nothing left to wait for, …). */
  settled: number;
}

const countLinks = (tasks: Task[]) => tasks.reduce((n, t) => n + t.dependsOnIds.length, 0);

/**
 * Adds finish-to-start links between stages until the Tasks table holds `links`: each new predecessor is an
 * earlier-created stage within WINDOW (so the graph stays acyclic), and a stage that is not waiting only gets
 * done predecessors (so no status becomes wrong). Then writes what derive() says, so the Base is settled.
 */
export async function withLinks(source: LocalState, links: number, seed = 20250305): Promise<LinkedBase> {
  const local = buildHost(source);
  const store = await BatonStore.open(local.host);
  const tasks = (await store.loadCore()).tasks;
  const stages = tasks.filter((t) => t.kind === 'stage');
  const preds = new Map(stages.map((s) => [s.id, new Set(s.dependsOnIds)]));
  const random = rng(seed);
  let need = links - countLinks(tasks);
  for (let pass = 0; need > 0 && pass < 20; pass++) {
    const before = need;
    for (let i = 1; i < stages.length && need > 0; i++) {
      const stage = stages[i]!;
      const candidate = stages[Math.max(0, i - 1 - Math.floor(random() * Math.min(i, WINDOW)))]!;
      const mine = preds.get(stage.id)!;
      if (mine.has(candidate.id) || (stage.status !== 'waiting' && candidate.status !== 'done')) continue;
      mine.add(candidate.id);
      need -= 1;
    }
    if (need === before) break;
  }
  await store.update(
    'tasks',
    stages
      .filter((s) => preds.get(s.id)!.size > s.dependsOnIds.length)
      .map((s) => ({ id: s.id, values: { dependsOn: [...preds.get(s.id)!] } })),
  );
  const linked = (await store.loadCore()).tasks;
  const settle = derive(linked).changes;
  await store.update(
    'tasks',
    settle.map((c) => ({
      id: c.taskId,
      values: { status: c.to, ...(c.completedAt !== undefined ? { completedAt: c.completedAt } : {}) },
    })),
  );
  const settled = (await store.loadCore()).tasks;
  if (derive(settled).changes.length > 0) throw new Error('cascade fixture: the Base did not settle');
  return { state: local.state, tasks: settled.length, links: countLinks(settled), settled: settle.length };
}

/**
 * The stage to accept: in progress, every predecessor done, and accepting it releases at least one successor
 * (one whose other predecessors are all done). Drawn with a fixed seed among all such stages.
 */
export function stageToAccept(tasks: Task[], seed = 7): { id: string; candidates: number } {
  const index = indexTasks(tasks);
  const done = (id: string) => FINISHED.has(index.byId.get(id)?.status);
  const candidates = tasks.filter(
    (t) =>
      t.kind === 'stage' &&
      t.status === 'in_progress' &&
      t.dependsOnIds.every(done) &&
      (index.successors.get(t.id) ?? []).some((s) =>
        index.byId.get(s)!.dependsOnIds.every((p) => p === t.id || done(p)),
      ),
  );
  if (candidates.length === 0) throw new Error('cascade fixture: no stage to accept');
  return { id: candidates[Math.floor(rng(seed)() * candidates.length)]!.id, candidates: candidates.length };
}

/** The Base with one stage accepted in the grid: done, completed at NOW (statuses after it not yet derived). */
export async function acceptInGrid(state: LocalState, stageId: string): Promise<LocalState> {
  const local = buildHost(state);
  const store = await BatonStore.open(local.host);
  await store.update('tasks', [{ id: stageId, values: { status: 'done', completedAt: NOW } }]);
  return local.state;
}

const TOPICS = ['直播课堂', '参赛作品收集', '品牌宣传', '新品发布会', '客户答谢会', '展会参展', '渠道培训'];
const STAGES = ['方案', '设计', '物料制作', '客户邀请', '彩排', '执行'];

/**
 * The demo company with exactly `specials` active special tasks (the demo's own removed), each with `stages`
 * stages in a chain: those before the current one done, the current one in progress, ready or in review, the
 * rest waiting; started up to 30 days ago, 3–8 days a stage.
 */
export async function progressBase(specials: number, stages: number): Promise<LocalState> {
  const local = new LocalHost({
    state: emptyState(DEMO_USERS, DEMO_PEOPLE[0]!.userId),
    latency: { clock: 'virtual', roundTripMs: 0, windowMs: 0, defer: setImmediate },
  });
  local.state.baseName = `接棒 bench (progress view: ${specials} special tasks)`;
  const store = await seedDemo(local.host, TODAY_START);
  await store.remove(
    'tasks',
    (await store.loadCore()).tasks.map((t) => t.id),
  );
  const { departments, members } = await store.loadCore();
  const random = rng(20250306);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const owners = departments.slice(1);
  const personIn = (d: Department): string =>
    pick(members.filter((m: Member) => m.departmentId === d.id && m.active)).userIds[0]!;
  const plans = Array.from({ length: specials }, (_, g) => {
    const primary = pick(owners);
    const step = int(3, 8) * DAY;
    const start = TODAY_START - int(0, 30) * DAY;
    const current = Math.min(stages - 1, Math.floor((TODAY_START - start) / step));
    const special: Omit<Task, 'id'> = {
      ...blank(`${pick(TOPICS)} #${g + 1}`, start, start + stages * step),
      kind: 'special',
      status: 'in_progress',
      primaryDepartmentId: primary.id,
      responsibleUserIds: [primary.headUserIds[0] ?? personIn(primary)],
    };
    const chain = Array.from({ length: stages }, (_, s): Omit<Task, 'id'> => {
      const department = pick(owners);
      const due = start + (s + 1) * step;
      const status: TaskStatus =
        s < current ? 'done' : s > current ? 'waiting' : pick(['in_progress', 'ready', 'in_review'] as const);
      return {
        ...blank(`${STAGES[s % STAGES.length]} ${s + 1}`, due - step, due),
        kind: 'stage',
        sequence: s + 1,
        status,
        completedAt: status === 'done' ? due - int(0, 2) * DAY : undefined,
        primaryDepartmentId: department.id,
        responsibleUserIds: [personIn(department)],
      };
    });
    return { special, chain };
  });
  const parentIds = await store.addAll(
    'tasks',
    plans.map((p) => fromTask(p.special)),
  );
  const stageIds = await store.addAll(
    'tasks',
    plans.flatMap((p, i) => p.chain.map((s) => fromTask({ ...s, parentId: parentIds[i] }))),
  );
  await store.update(
    'tasks',
    stageIds.flatMap((id, k) =>
      k % stages === 0 ? [] : [{ id, values: { dependsOn: [stageIds[k - 1]!] } }],
    ),
  );
  return local.state;
}

function blank(title: string, start: number, due: number): Omit<Task, 'id'> {
  return taskDefaults({ title, start, due, origin: 'assigned', extraDuty: true, createdAt: start - DAY });
}
