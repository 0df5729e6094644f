/**
 * The demo company's last six months as plain rows, computed (no Base): each 30-day window moves the measures
 * from the seed's "before" figures toward its "after" figures. Deterministic: a fixed-seed generator, and
 * every time counted from the day the demo is seeded.
 */
import { taskDefaults, type Task, type TaskEvent } from '../core/model';
import { DAY, HOUR } from '../core/time';
import { addWorkingHours, DEFAULT_CALENDAR } from '../core/workingTime';
import { DEMO_PEOPLE, type DemoPerson } from './demoCompany';

export interface HistoryTask {
  task: Omit<Task, 'id'>;
  events: Omit<TaskEvent, 'id' | 'taskId'>[];
}

const WINDOWS = 6;
const SPECIALS = 16;
const POOL = 8;
const TITLES = [
  '门店海报',
  '客户回访',
  '展会物料',
  '直播脚本',
  '新品文案',
  '培训课件',
  '年度报表',
  '渠道调研',
];

const lerp = (before: number, after: number, p: number) => before + (after - before) * p;

/** A fixed-seed generator (mulberry32): the same history on every machine. */
function generator(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const employees = DEMO_PEOPLE.filter((p) => p.role === 'employee');
const headOf = (department: string) =>
  DEMO_PEOPLE.find((p) => p.department === department && p.role !== 'employee') ?? DEMO_PEOPLE[0]!;
/** An employee of none of the given departments, picked by `k`. */
const outside = (k: number, ...departments: string[]) => {
  const pool = employees.filter((p) => !departments.includes(p.department));
  return pool[k % pool.length]!;
};

const colleagueOf = (person: DemoPerson) =>
  employees.find((p) => p.department === person.department && p !== person) ?? person;

type Ev = HistoryTask['events'][number];
const ev = (type: Ev['type'], at: number, actor: DemoPerson, key: string): Ev => ({
  type,
  at,
  actorUserIds: [actor.userId],
  reason: type === 'declined' ? '手头任务太多' : '',
  summary: '',
  key,
});

interface Window {
  w: number;
  from: number;
  p: number;
  todayStart: number;
  rnd: () => number;
  departmentIds: Map<string, string>;
}

/** One special task: its wait for an owner shrinks and it is more often done within its month as p grows. */
function special(win: Window, i: number, owner: DemoPerson, extraDuty: boolean): HistoryTask {
  const { from, p, rnd, todayStart } = win;
  const key = `demo-history/${win.w}/s${i}`;
  const created = from + Math.floor((i * 30 * DAY) / SPECIALS) + 10 * HOUR;
  const events: Ev[] = [ev('created', created, headOf(owner.department), `${key}/created`)];
  let at = created;
  const declines = Math.round(lerp(7, 1, p));
  if (i < declines) {
    // Declined, then reassigned by the head; the first few also pass through another department and back.
    const bounces = i < Math.round(lerp(3, 0, p));
    const first = bounces ? outside(i, owner.department) : colleagueOf(owner);
    events.push(ev('declined', (at = addWorkingHours(at, 2 + 6 * rnd())), first, `${key}/declined1`));
    if (bounces) {
      const middle = outside(i + 3, owner.department, first.department);
      events.push(ev('acknowledged', (at = addWorkingHours(at, 3)), middle, `${key}/ack1`));
      events.push(ev('declined', (at = addWorkingHours(at, 4)), middle, `${key}/declined2`));
    }
    events.push(
      ev('reassigned', (at = addWorkingHours(at, 1)), headOf(owner.department), `${key}/reassigned`),
    );
  }
  const acknowledgedAt = addWorkingHours(at, lerp(27, 1, p) * (0.5 + rnd()), DEFAULT_CALENDAR);
  events.push(ev('acknowledged', acknowledgedAt, owner, `${key}/ack`));
  const due = created + (8 + Math.floor(rnd() * 10)) * DAY;
  const inTime = rnd() < lerp(0.5, 0.85, p);
  const completedAt = inTime ? due - Math.floor(rnd() * 3) * DAY - 5 * HOUR : due + 35 * DAY;
  const done = completedAt < todayStart;
  return {
    task: taskDefaults({
      title: `${TITLES[i % TITLES.length]}（${win.w + 1}-${i + 1}）`,
      kind: 'special',
      status: done ? 'done' : 'in_progress',
      primaryDepartmentId: win.departmentIds.get(owner.department),
      responsibleUserIds: [owner.userId],
      origin: 'assigned',
      extraDuty,
      createdAt: created,
      assignedAt: created,
      acknowledgedAt,
      start: created,
      due,
      completedAt: done ? completedAt : undefined,
      requestKey: key,
    }),
    events,
  };
}

/** One pool task: claimed more often as p grows, else withdrawn (cancelled) unclaimed. */
function pool(win: Window, i: number, claimant: DemoPerson | undefined): HistoryTask {
  const key = `demo-history/${win.w}/p${i}`;
  const publishedAt = win.from + Math.floor((i * 30 * DAY) / POOL) + 11 * HOUR;
  const boss = DEMO_PEOPLE[0]!;
  const events: Ev[] = [ev('published', publishedAt, boss, `${key}/published`)];
  const base = {
    title: `任务大厅：${TITLES[(i + 3) % TITLES.length]}（${win.w + 1}-${i + 1}）`,
    kind: 'special' as const,
    publishedAt,
    createdAt: publishedAt,
    requestKey: key,
    extraDuty: true,
    points: 10,
  };
  if (!claimant) return { task: taskDefaults({ ...base, status: 'cancelled' }), events };
  const claimedAt = addWorkingHours(publishedAt, lerp(20, 2, win.p) * (0.5 + win.rnd()));
  events.push(ev('claimed', claimedAt, claimant, `${key}/claimed`));
  return {
    task: taskDefaults({
      ...base,
      status: 'done',
      origin: 'claimed',
      primaryDepartmentId: win.departmentIds.get(claimant.department),
      responsibleUserIds: [claimant.userId],
      acknowledgedAt: claimedAt,
      due: publishedAt + 14 * DAY,
      completedAt: Math.min(claimedAt + 3 * DAY, win.todayStart - HOUR),
    }),
    events,
  };
}

/** [DB10] Six 30-day windows before `todayStart`, oldest first. */
export function demoHistoryPlan(todayStart: number, departmentIds: Map<string, string>): HistoryTask[] {
  const rnd = generator(20240501);
  const out: HistoryTask[] = [];
  for (let w = 0; w < WINDOWS; w++) {
    const win: Window = {
      w,
      from: todayStart - (WINDOWS - w) * 30 * DAY,
      p: w / (WINDOWS - 1),
      todayStart,
      rnd,
      departmentIds,
    };
    const claimed = Math.round(POOL * lerp(0.15, 0.45, win.p));
    const takers = Math.round(employees.length * lerp(0.15, 0.45, win.p));
    const shift = w * 5;
    const person = (k: number) => employees[(k + shift) % employees.length]!;
    for (let i = 0; i < POOL; i++) out.push(pool(win, i, i < claimed ? person(i) : undefined));
    for (let i = 0; i < SPECIALS; i++) {
      const owner = person(claimed + i);
      out.push(special(win, i, owner, i < takers - claimed));
    }
  }
  return out;
}
