/**
 * Bench fixtures: the demo company plus generated special tasks, each with ~5 stages, until the Tasks table
 * holds exactly N records. Built once per size with no latency, then copied (structuredClone) per scenario.
 */
import type { Department, Member, Task, TaskStatus } from '../../src/core/model';
import { DEMO_PEOPLE, DEMO_USERS } from '../../src/demo/demoCompany';
import { seedDemo } from '../../src/demo/seedDemo';
import { LocalHost } from '../../src/local/localHost';
import { emptyState, type LocalState } from '../../src/local/localState';
import { fromTask, toDepartment, toMember } from '../../src/schema/entities';
import type { BatonStore } from '../../src/store/batonStore';

export const DAY = 24 * 60 * 60 * 1000;
/** A fixed "today" (2025-03-03 00:00 UTC) so every run builds the same Base. */
export const TODAY_START = Date.UTC(2025, 2, 3);

/** The latency the bench measures with: the runtime's ~5 ms window, 25 ms per host round trip. */
export const MEASURE_LATENCY = {
  clock: 'virtual',
  roundTripMs: 25,
  windowMs: 5,
  defer: setImmediate,
} as const;
/** No latency at all: for building fixtures. */
const BUILD_LATENCY = { clock: 'virtual', roundTripMs: 0, windowMs: 0, defer: setImmediate } as const;

/** Deterministic PRNG (mulberry32), so the fixture is the same on every run. */
function rng(seed: number): () => number {
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

/** Generated tasks in groups (one special, then its stages), `count` in all. */
function generate(
  count: number,
  company: Company,
  random: () => number,
): { special: Omit<Task, 'id'>; stages: Omit<Task, 'id'>[] }[] {
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

  const groups: { special: Omit<Task, 'id'>; stages: Omit<Task, 'id'>[] }[] = [];
  let left = count;
  for (let g = 0; left > 0; g++) {
    const stageCount = Math.min(int(4, 6), left - 1);
    left -= 1 + stageCount;
    const primary = pick(owners);
    const cooperating = owners.filter((d) => d !== primary && random() < 0.4);
    const start = TODAY_START + int(-150, 30) * DAY;
    const stepDays = int(3, 8);
    const due = start + stepDays * stageCount * DAY;
    // Stages before `current` are done; `current` is in progress (or ready); the rest wait.
    const current = Math.min(stageCount, Math.max(0, Math.floor((TODAY_START - start) / (stepDays * DAY))));
    const claimed = random() < 0.15;
    const status: TaskStatus = current >= stageCount ? 'done' : current === 0 ? 'assigned' : 'in_progress';
    const special: Omit<Task, 'id'> = {
      title: `${pick(TOPICS)} #${g + 1}`,
      kind: 'special',
      primaryDepartmentId: primary.id,
      cooperatingDepartmentIds: cooperating.map((d) => d.id),
      responsibleUserIds: [headOf(primary)],
      contributorUserIds: [],
      status,
      start,
      due,
      completedAt: status === 'done' ? due - DAY : undefined,
      dependsOnIds: [],
      origin: claimed ? 'claimed' : 'assigned',
      extraDuty: true,
      points: int(1, 10) * 5,
      acknowledgedAt: status === 'assigned' ? undefined : start + 3600_000,
      description: `专项任务 #${g + 1}：${primary.name}主责，${cooperating.length} 个部门配合。`,
      createdAt: start - DAY,
      requestKey: `bench-special-${g + 1}`,
      suggestedDepartmentIds: [],
      deliverablesOwed: '',
    };
    const team = [primary, ...cooperating];
    const stages = Array.from({ length: stageCount }, (_, s): Omit<Task, 'id'> => {
      const department = pick(team);
      const stageDue = start + (s + 1) * stepDays * DAY;
      const stageStatus: TaskStatus =
        s < current ? 'done' : s === current ? (random() < 0.7 ? 'in_progress' : 'ready') : 'waiting';
      return {
        title: `${pick(STAGES)} ${s + 1}`,
        kind: 'stage',
        sequence: s + 1,
        primaryDepartmentId: department.id,
        cooperatingDepartmentIds: [],
        responsibleUserIds: [userOf(department.id)],
        contributorUserIds: random() < 0.3 ? [userOf(department.id)] : [],
        status: stageStatus,
        start: stageDue - stepDays * DAY,
        due: stageDue,
        completedAt: stageStatus === 'done' ? stageDue - int(0, 2) * DAY : undefined,
        dependsOnIds: [],
        origin: 'assigned',
        extraDuty: true,
        description: '',
        createdAt: start - DAY,
        requestKey: `bench-stage-${g + 1}-${s + 1}`,
        suggestedDepartmentIds: [],
        deliverablesOwed: '',
      };
    });
    groups.push({ special, stages });
  }
  return groups;
}

async function addGenerated(store: BatonStore, count: number): Promise<void> {
  const [departments, members] = await Promise.all([store.readAll('departments'), store.readAll('members')]);
  const company = { departments: departments.map(toDepartment), members: members.map(toMember) };
  const groups = generate(count, company, rng(20250303));
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

/** A Base with Baton installed, the demo company and exactly `tasks` task records (demo tasks included). */
export async function buildBase(tasks: number): Promise<LocalState> {
  const local = new LocalHost({
    state: emptyState(DEMO_USERS, DEMO_PEOPLE[0]!.userId),
    latency: BUILD_LATENCY,
  });
  local.state.baseName = `接棒 bench (${tasks} tasks)`;
  const store = await seedDemo(local.host, TODAY_START);
  const demoTasks = (await store.readAll('tasks')).length;
  if (tasks > demoTasks) await addGenerated(store, tasks - demoTasks);
  return local.state;
}

/** A fresh local Base on a copy of `state`, with the measuring latency and zeroed counters. */
export function measuredHost(state: LocalState): LocalHost {
  const local = new LocalHost({ state: structuredClone(state), latency: MEASURE_LATENCY });
  local.scheduler.resetCounters();
  local.calls.reset();
  return local;
}
