/**
 * Builds the demo company in a Base through the same installer and store the sidebar uses,
 * so the playground, tests and bench start from what a real install would produce.
 */
import { addCollectionDemo } from './collectionDemo';
import { taskDefaults, type Task } from '../core/model';
import { LocalHost, type LocalStorageAdapter } from '../local/localHost';
import { emptyState } from '../local/localState';
import type { BitableHost } from '../port/bitableBase';
import { fromDepartment, fromMember, fromTask } from '../schema/entities';
import { install } from '../services/installer';
import type { BatonStore } from '../store/batonStore';
import { seedDemoCourses } from './demoCourses';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE, DEMO_TASKS, DEMO_USERS, type DemoSpecialTask } from './demoCompany';
import { DAY } from '../core/time';
import { seedDemoHistory } from './demoHistory';
import { seedScoringHistory } from './scoringHistory';

/** `history`: six months of past tasks for the dashboard (the playground); tests leave it out. */
export interface DemoOptions {
  history?: boolean;
}

export async function seedDemo(
  host: BitableHost,
  todayStart: number,
  options: DemoOptions = {},
): Promise<BatonStore> {
  const result = await install(host, 'zh');
  if (result.status !== 'installed') throw new Error('demo install found conflicts');
  const store = result.store;
  const departmentIds = await addDepartments(store);
  await addMembers(store, departmentIds);
  await addTasks(store, departmentIds, todayStart);
  await addCollectionDemo(store, departmentIds, todayStart);
  if (options.history) await seedDemoHistory(store, departmentIds, todayStart);
  await seedDemoCourses(store, departmentIds, todayStart);
  await seedScoringHistory(store, todayStart);
  return store;
}

async function addDepartments(store: BatonStore): Promise<Map<string, string>> {
  const heads = (name: string) => DEMO_PEOPLE.filter((p) => p.department === name && p.role !== 'employee');
  const ids = await store.addAll(
    'departments',
    DEMO_DEPARTMENTS.map((d) =>
      fromDepartment({ name: d.name, duties: d.duties, headUserIds: heads(d.name).map((p) => p.userId) }),
    ),
  );
  return new Map(DEMO_DEPARTMENTS.map((d, i) => [d.name, ids[i]!]));
}

async function addMembers(store: BatonStore, departmentIds: Map<string, string>): Promise<void> {
  await store.addAll(
    'members',
    DEMO_PEOPLE.map((p, i) =>
      fromMember({
        name: p.name,
        userIds: [p.userId],
        departmentId: departmentIds.get(p.department),
        role: p.role,
        employeeNo: `BT${String(i + 1).padStart(3, '0')}`,
        skills: [],
        active: true,
      }),
    ),
  );
}

const headOf = (department: string) =>
  DEMO_PEOPLE.find((p) => p.department === department && p.role !== 'employee')?.userId ??
  DEMO_PEOPLE[0]!.userId;

function baseTask(title: string, department: string, departmentIds: Map<string, string>): Omit<Task, 'id'> {
  return taskDefaults({
    title,
    primaryDepartmentId: departmentIds.get(department),
    responsibleUserIds: [headOf(department)],
    extraDuty: true,
    origin: 'assigned',
  });
}

async function addTasks(
  store: BatonStore,
  departmentIds: Map<string, string>,
  todayStart: number,
): Promise<void> {
  const parents = await store.addAll(
    'tasks',
    DEMO_TASKS.map((t) => fromTask(specialTask(t, departmentIds, todayStart))),
  );
  for (const [i, special] of DEMO_TASKS.entries()) {
    const stageIds = await store.addAll(
      'tasks',
      special.stages.map((s, order) =>
        fromTask({
          ...baseTask(s.title, s.department, departmentIds),
          kind: 'stage',
          parentId: parents[i],
          sequence: order + 1,
          status: s.status,
          start: todayStart + (s.dueInDays - 5) * DAY,
          due: todayStart + s.dueInDays * DAY,
          completedAt: s.status === 'done' ? todayStart + (s.dueInDays - 1) * DAY : undefined,
        }),
      ),
    );
    // Each stage waits for the one before it (finish-to-start).
    await store.update(
      'tasks',
      stageIds.slice(1).map((id, k) => ({ id, values: { dependsOn: [stageIds[k]!] } })),
    );
  }
}

function specialTask(
  t: DemoSpecialTask,
  departmentIds: Map<string, string>,
  todayStart: number,
): Omit<Task, 'id'> {
  return {
    ...baseTask(t.title, t.primary, departmentIds),
    kind: 'special',
    cooperatingDepartmentIds: t.cooperating.map((d) => departmentIds.get(d)!),
    status: t.status,
    start: todayStart - 7 * DAY,
    due: todayStart + t.dueInDays * DAY,
    points: t.points,
    description: t.description,
    createdAt: todayStart - 7 * DAY,
    acknowledgedAt: t.status === 'in_progress' ? todayStart - 7 * DAY + 3600_000 : undefined,
  };
}

/** A fresh local Base holding the demo company, viewed by the boss. */
export async function demoLocalHost(
  todayStart: number,
  storage?: LocalStorageAdapter,
  options: DemoOptions = {},
): Promise<LocalHost> {
  const local = new LocalHost({ state: emptyState(DEMO_USERS, DEMO_PEOPLE[0]!.userId), storage });
  local.state.baseName = '接棒演示公司';
  await seedDemo(local.host, todayStart, options);
  return local;
}
