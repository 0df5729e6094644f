/**
 * A company at scale: the demo company plus generated special tasks, each with ~5 stages, until the Tasks table
 * holds exactly N records; of the N, 5% are specials assigned and not acknowledged and 2% specials unclaimed in
 * the pool, waiting since before `now`. Deterministic for a given "today": the bench builds its fixtures with
 * it, the playground its 2,000- and 20,000-task Bases.
 */
import { taskDefaults, type Department, type Member, type Task, type TaskStatus } from '../core/model';
import { DAY, HOUR } from '../core/time';
import { LocalHost } from '../local/localHost';
import { emptyState, type LocalState } from '../local/localState';
import { fromTask, toDepartment, toMember } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';
import { DEMO_PEOPLE, DEMO_USERS } from './demoCompany';
import { seedDemo } from './seedDemo';

/** Shares of the Tasks table waiting for someone to take them up (the escalation scenario's input). */
export const ASSIGNED_SHARE = 0.05;
export const POOL_SHARE = 0.02;

/** The day the Base is dated around: its start (ms) and the moment the waiting specials wait until. */
interface ScaleDay {
  todayStart: number;
  now: number;
}

export interface ScaleOptions extends ScaleDay {
  baseName: string;
  /** How a modelled round trip yields to the event loop (Node's setImmediate is faster than setTimeout). */
  defer?: (fn: () => void) => void;
}

/** Deterministic PRNG (mulberry32), so the fixture is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  '直播课堂',
  '参赛作品收集',
  '品牌宣传',
  '新品发布会',
  '客户答谢会',
  '年度评优',
  '展会参展',
  '招聘宣讲',
  '门店开业',
  '渠道培训',
  '用户调研',
  '公众号改版',
];
const STAGES = ['方案', '设计', '物料制作', '客户邀请', '彩排', '执行', '复盘'];

interface Company {
  departments: Department[];
  members: Member[];
}

interface Group {
  special: Omit<Task, 'id'>;
  stages: Omit<Task, 'id'>[];
}

/** Generated tasks in groups (one special, then its stages), `count` in all. */
function generate(count: number, company: Company, random: () => number, day: ScaleDay): Group[] {
  const { todayStart } = day;
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const active = company.members.filter((m) => m.active);
  const peopleOf = (departmentId: string) => {
    const people = active.filter((m) => m.departmentId === departmentId);
    return people.length > 0 ? people : active;
  };
  const userOf = (departmentId: string) => pick(peopleOf(departmentId)).userIds[0]!;
  const headOf = (department: Department) => department.headUserIds[0] ?? userOf(department.id);
  // The general office hands out work; the other departments own it.
  const owners = company.departments.slice(1);

  const groups: Group[] = [];
  let left = count;
  for (let g = 0; left > 0; g++) {
    const stageCount = Math.min(int(4, 6), left - 1);
    left -= 1 + stageCount;
    const primary = pick(owners);
    const cooperating = owners.filter((d) => d !== primary && random() < 0.4);
    const start = todayStart + int(-150, 30) * DAY;
    const stepDays = int(3, 8);
    const due = start + stepDays * stageCount * DAY;
    // Stages before `current` are done; `current` is in progress (or ready); the rest wait.
    const current = Math.min(stageCount, Math.max(0, Math.floor((todayStart - start) / (stepDays * DAY))));
    const claimed = random() < 0.15;
    // Acknowledged (see `awaiting` for the ones still waiting).
    const status: TaskStatus = current >= stageCount ? 'done' : 'in_progress';
    const special = taskDefaults({
      title: `${pick(TOPICS)} #${g + 1}`,
      kind: 'special',
      primaryDepartmentId: primary.id,
      cooperatingDepartmentIds: cooperating.map((d) => d.id),
      responsibleUserIds: [headOf(primary)],
      status,
      start,
      due,
      completedAt: status === 'done' ? due - DAY : undefined,
      origin: claimed ? 'claimed' : 'assigned',
      extraDuty: true,
      points: int(1, 10) * 5,
      acknowledgedAt: start - DAY + HOUR,
      description: `专项任务 #${g + 1}：${primary.name}主责，${cooperating.length} 个部门配合。`,
      createdAt: start - DAY,
      requestKey: `bench-special-${g + 1}`,
    });
    const team = [primary, ...cooperating];
    const stages = Array.from({ length: stageCount }, (_, s): Omit<Task, 'id'> => {
      const department = pick(team);
      const stageDue = start + (s + 1) * stepDays * DAY;
      const stageStatus: TaskStatus =
        s < current ? 'done' : s === current ? (random() < 0.7 ? 'in_progress' : 'ready') : 'waiting';
      return taskDefaults({
        title: `${pick(STAGES)} ${s + 1}`,
        kind: 'stage',
        sequence: s + 1,
        primaryDepartmentId: department.id,
        responsibleUserIds: [userOf(department.id)],
        contributorUserIds: random() < 0.3 ? [userOf(department.id)] : [],
        status: stageStatus,
        start: stageDue - stepDays * DAY,
        due: stageDue,
        completedAt: stageStatus === 'done' ? stageDue - int(0, 2) * DAY : undefined,
        origin: 'assigned',
        extraDuty: true,
        createdAt: start - DAY,
        requestKey: `bench-stage-${g + 1}-${s + 1}`,
      });
    });
    groups.push({ special, stages });
  }
  return groups;
}

/**
 * The group's special still waits for someone to take it up: assigned (since up to 4 days before `now`) and not
 * acknowledged, or published to the pool (since up to 10 days before `now`) with its departments as suggestions.
 * Its dates move to start within two weeks of today; no stage has started.
 */
function awaiting(group: Group, role: 'assigned' | 'pool', random: () => number, day: ScaleDay): Group {
  const { todayStart, now } = day;
  const pool = role === 'pool';
  const since = now - Math.floor(random() * (pool ? 240 : 96)) * HOUR;
  const shift = todayStart + (1 + Math.floor(random() * 14)) * DAY - group.special.start!;
  const move = (t: number | undefined) => (t === undefined ? undefined : t + shift);
  const s = group.special;
  const special: Omit<Task, 'id'> = {
    ...s,
    status: pool ? 'open' : 'assigned',
    start: move(s.start),
    due: move(s.due),
    completedAt: undefined,
    acknowledgedAt: undefined,
    createdAt: since,
    assignedAt: pool ? undefined : since,
    publishedAt: pool ? since : undefined,
    origin: pool ? undefined : 'assigned',
    primaryDepartmentId: pool ? undefined : s.primaryDepartmentId,
    cooperatingDepartmentIds: pool ? [] : s.cooperatingDepartmentIds,
    responsibleUserIds: pool ? [] : s.responsibleUserIds,
    suggestedDepartmentIds: pool ? [s.primaryDepartmentId!, ...s.cooperatingDepartmentIds] : [],
  };
  const stages = group.stages.map((stage, i): Omit<Task, 'id'> => ({
    ...stage,
    status: !pool && i === 0 ? 'ready' : 'waiting',
    start: move(stage.start),
    due: move(stage.due),
    completedAt: undefined,
    contributorUserIds: [],
    createdAt: since,
  }));
  return { special, stages };
}

/** Exactly ASSIGNED_SHARE and POOL_SHARE of `total` tasks become waiting specials, chosen by a shuffle. */
function makeWaiting(groups: Group[], total: number, random: () => number, day: ScaleDay): Group[] {
  const order = groups.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const assigned = Math.round(total * ASSIGNED_SHARE);
  const pool = Math.round(total * POOL_SHARE);
  if (assigned + pool > order.length) throw new Error(`fixture: too few specials for ${total} tasks`);
  const out = [...groups];
  order.slice(0, assigned).forEach((g) => (out[g] = awaiting(groups[g]!, 'assigned', random, day)));
  order.slice(assigned, assigned + pool).forEach((g) => (out[g] = awaiting(groups[g]!, 'pool', random, day)));
  return out;
}

async function addGenerated(store: BatonStore, count: number, total: number, day: ScaleDay): Promise<void> {
  const [departments, members] = await Promise.all([store.readAll('departments'), store.readAll('members')]);
  const company = { departments: departments.map(toDepartment), members: members.map(toMember) };
  const groups = makeWaiting(generate(count, company, rng(20250303), day), total, rng(20250304), day);
  const parentIds = await store.addAll(
    'tasks',
    groups.map((g) => fromTask(g.special)),
  );
  const stageRows = groups.flatMap((g, i) => g.stages.map((s) => fromTask({ ...s, parentId: parentIds[i] })));
  const stageIds = await store.addAll('tasks', stageRows);
  // Each stage waits for the one before it (finish-to-start).
  const changes: { id: string; values: { dependsOn: string[] } }[] = [];
  let next = 0;
  for (const g of groups) {
    const ids = stageIds.slice(next, next + g.stages.length);
    next += g.stages.length;
    ids.slice(1).forEach((id, k) => changes.push({ id, values: { dependsOn: [ids[k]!] } }));
  }
  await store.update('tasks', changes);
}

/**
 * A Base with Baton installed, the demo company and exactly `tasks` task records (demo tasks included), dated
 * around `todayStart`. Built with no latency on a virtual clock; `defer` is how each modelled round trip yields.
 */
export async function scaleCompany(tasks: number, options: ScaleOptions): Promise<LocalState> {
  const local = new LocalHost({
    state: emptyState(DEMO_USERS, DEMO_PEOPLE[0]!.userId),
    latency: { clock: 'virtual', roundTripMs: 0, windowMs: 0, defer: options.defer },
  });
  local.state.baseName = options.baseName;
  const day = { todayStart: options.todayStart, now: options.now };
  const store = await seedDemo(local.host, day.todayStart);
  const demoTasks = (await store.readAll('tasks')).length;
  if (tasks > demoTasks) await addGenerated(store, tasks - demoTasks, tasks, day);
  return local.state;
}
