import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { identify } from '../../core/identity';
import type { Task, TaskStatus } from '../../core/model';
import { aDepartment, aMember, aStage, aTask, TODAY_START } from '../../core/testBuilders';
import { DEMO_PEOPLE, DEMO_TASKS } from '../../demo/demoCompany';
import { demoLocalHost } from '../../demo/seedDemo';
import { translator, type Translate } from '../../i18n/translate';
import type { SchemaProblem } from '../../schema/resolveSchema';
import { openSession } from '../../services/session';
import type { BatonStore } from '../../store/batonStore';
import type { ReadySession } from '../kernel/session';
import { homeView } from './homeModel';
import { DAY } from '../../core/time';

const zh = translator('zh-CN');
const en = translator('en-US');
// Local noon: the overdue rule works on the viewer's day, whatever the machine's time zone.
const now = dayjs('2024-05-10T12:00:00').valueOf();
const today = dayjs(now).startOf('day').valueOf();

const design = aDepartment({ name: 'Design', headUserIds: ['ou_head'] });
const sales = aDepartment({ name: 'Sales', headUserIds: [] });
const boss = aMember({ name: 'Boss', userIds: ['ou_boss'], role: 'boss' });
const head = aMember({ name: 'Hana', userIds: ['ou_head'], role: 'employee', departmentId: design.id });
const worker = aMember({ name: 'Wu', userIds: ['ou_w'], role: 'employee', departmentId: sales.id });

const mine = {
  yesterday: aTask({ title: 'Yesterday', responsibleUserIds: ['ou_head'], due: today - DAY }),
  today: aTask({ title: 'Today', contributorUserIds: ['ou_head'], due: today, status: 'assigned' }),
  noDue: aTask({ title: 'No due', primaryDepartmentId: design.id }),
  unknown: aTask({
    title: 'Unknown',
    cooperatingDepartmentIds: [design.id],
    due: today + 3 * DAY,
    status: undefined,
  }),
  done: aTask({ title: 'Done', responsibleUserIds: ['ou_head'], status: 'done', due: today - DAY }),
  other: aTask({ title: 'Other', responsibleUserIds: ['ou_w'], due: today }),
};

const special = aTask({ title: 'Launch', due: today + 10 * DAY });
const stageSpecs: [string, number, TaskStatus | undefined][] = [
  ['Write', 3, 'in_review'],
  ['Plan', 1, 'done'],
  ['Draw', 2, 'in_progress'],
  ['Wait', 4, 'waiting'],
  ['Drop', 5, 'cancelled'],
  ['Refuse', 6, 'declined'],
  ['Ready', 7, 'ready'],
  ['Typed', 8, undefined],
];
const stages = stageSpecs.map(([title, sequence, status]) => aStage(special, { title, sequence, status }));
const bare = aTask({ title: 'Bare', due: today - DAY, kind: undefined });
const finished = aTask({ title: 'Finished', status: 'done' });

const tasks: Task[] = [...Object.values(mine), special, ...stages, bare, finished];

function session(userId: string, problems: SchemaProblem[] = []): ReadySession {
  const data = { departments: [design, sales], members: [boss, head, worker], tasks };
  return {
    kind: 'ready',
    notices: [],
    context: { userId, language: 'zh-CN', theme: 'light' },
    store: {} as BatonStore,
    data,
    viewer: identify(userId, data.members, data.departments),
    canEdit: true,
    firstBossNeeded: false,
    problems,
  };
}

describe('homeView', () => {
  it('greets the viewer by name in both languages', () => {
    expect(homeView(session('ou_head'), now, zh).greeting).toBe('Hana，你好');
    expect(homeView(session('ou_head'), now, en).greeting).toBe('Hello, Hana');
  });

  it('[I1] the role label names the boss, the head of a department, or the department', () => {
    expect(homeView(session('ou_boss'), now, zh).roleLabel).toBe('老板');
    expect(homeView(session('ou_boss'), now, en).roleLabel).toBe('Boss');
    expect(homeView(session('ou_head'), now, zh).roleLabel).toBe('Design负责人');
    expect(homeView(session('ou_head'), now, en).roleLabel).toBe('Head of Design');
    expect(homeView(session('ou_w'), now, en).roleLabel).toBe('Sales');
  });

  it('[M1] my tasks: active only, soonest due first, no due last, with reason, status and department', () => {
    const rows = homeView(session('ou_head'), now, zh).myTasks;
    expect(rows.map((r) => r.title)).toEqual(['Yesterday', 'Today', 'Unknown', 'No due']);
    expect(rows.map((r) => r.reason)).toEqual(['我负责', '我参与', '本部门配合', '本部门主责']);
    expect(rows[0]).toMatchObject({ status: '进行中', statusKind: 'in_progress', due: '截止 2024-05-09' });
    expect(rows[2]).toMatchObject({ status: '未知状态', statusKind: 'unknown' });
    expect(rows[3]).toMatchObject({ due: '未设截止日期', departmentName: 'Design' });
    expect(rows[0]!.id).toBe(mine.yesterday.id);
  });

  it('[M1] overdue means due before the start of the injected day', () => {
    const rows = homeView(session('ou_head'), now, en).myTasks;
    const overdue = Object.fromEntries(rows.map((r) => [r.title, r.overdue]));
    expect(overdue).toEqual({ Yesterday: true, Today: false, Unknown: false, 'No due': false });
    const nextDay = homeView(session('ou_head'), now + DAY, en).myTasks;
    expect(nextDay.find((r) => r.title === 'Today')!.overdue).toBe(true);
    const lateTonight = dayjs(now).endOf('day').valueOf();
    expect(
      homeView(session('ou_head'), lateTonight, en).myTasks.find((r) => r.title === 'Today')!.overdue,
    ).toBe(false);
  });

  it('[M2] only the boss gets the special tasks', () => {
    expect(homeView(session('ou_boss'), now, zh).special).toBeDefined();
    expect(homeView(session('ou_head'), now, zh).special).toBeUndefined();
    expect(homeView(session('ou_w'), now, zh).special).toBeUndefined();
  });

  it('[M2] the chain lists stages by 序号 with ✓ done, ● working, × dropped and ○ not started', () => {
    const row = homeView(session('ou_boss'), now, zh).special!.find((r) => r.id === special.id)!;
    expect(row.chain.map((c) => c.title)).toEqual([
      'Plan',
      'Draw',
      'Write',
      'Wait',
      'Drop',
      'Refuse',
      'Ready',
      'Typed',
    ]);
    expect(row.chainText).toBe('Plan ✓ → Draw ● → Write ● → Wait ○ → Drop × → Refuse × → Ready ○ → Typed ○');
    expect(row.progress).toBe(`1/${stageSpecs.length} 阶段完成`);
    expect(row.current).toBe('当前：Draw');
    expect(row.overdue).toBe(false);
  });

  it('[M3] a task with no kind and no parent is special; without stages it says so; done ones are left out', () => {
    const rows = homeView(session('ou_boss'), now, en).special!;
    const titles = rows.map((r) => r.title);
    expect(titles).toContain('Bare');
    expect(titles).not.toContain('Finished');
    expect(titles).not.toContain('Plan');
    const bareRow = rows.find((r) => r.title === 'Bare')!;
    expect(bareRow).toMatchObject({
      chain: [],
      chainText: 'No stages yet',
      progress: '0/0 stages done',
      overdue: true,
    });
    expect(bareRow.current).toBeUndefined();
  });

  it('counts schema problems but not renames, which still work', () => {
    const problems: SchemaProblem[] = [
      { kind: 'tableRenamed', table: 'tasks', name: 'Jobs' },
      { kind: 'fieldRenamed', table: 'tasks', field: 'due', name: 'Deadline' },
      { kind: 'missingField', table: 'tasks', field: 'points' },
      { kind: 'missingView', table: 'tasks', view: 'kanban' },
    ];
    expect(homeView(session('ou_boss', problems), now, zh).problemCount).toBe(2);
  });

  it('[I2] refuses a viewer who is not a member', () => {
    expect(() => homeView(session('ou_nobody'), now, zh)).toThrow('home needs a member');
  });

  it('[M2] on the demo, the boss sees every demo special task with its chain', async () => {
    const local = await demoLocalHost(TODAY_START);
    const demo = await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } });
    if (demo.kind !== 'ready') throw new Error(demo.kind);
    expect(demo.context.userId).toBe(DEMO_PEOPLE.find((p) => p.role === 'boss')!.userId);
    const symbol = { done: '✓', in_progress: '●', ready: '○', waiting: '○', assigned: '○' } as const;
    const view = homeView(demo, TODAY_START, zh);
    expect(view.special!.map((r) => r.title).sort()).toEqual(DEMO_TASKS.map((t) => t.title).sort());
    for (const spec of DEMO_TASKS) {
      const row = view.special!.find((r) => r.title === spec.title)!;
      expect(row.chainText).toBe(spec.stages.map((s) => `${s.title} ${symbol[s.status]}`).join(' → '));
      const done = spec.stages.filter((s) => s.status === 'done').length;
      expect(row.progress).toBe(`${done}/${spec.stages.length} 阶段完成`);
    }
  });
});

describe('homeView: light rows', () => {
  it('[SP13] a row of my tasks or a special task is put in words the first time it is read, once', () => {
    let calls = 0;
    const counting: Translate = (key, params) => (calls++, zh(key, params));
    const view = homeView(session('ou_boss'), now, counting);
    const outside = calls; // the greeting and role, read by every home
    const row = view.special!.find((r) => r.id === special.id)!;
    expect(calls).toBe(outside);
    expect(row.progress).toBe(`1/${stageSpecs.length} 阶段完成`);
    const read = calls;
    expect([row.chainText, row.due, row.current]).toContain('当前：Draw');
    expect(calls).toBe(read);

    const head = homeView(session('ou_head'), now, counting);
    const before = calls;
    const yesterday = head.myTasks.find((r) => r.title === 'Yesterday')!;
    expect(calls).toBe(before);
    expect(yesterday.reason).toBe('我负责');
    expect(calls).toBeGreaterThan(before);
  });
});
