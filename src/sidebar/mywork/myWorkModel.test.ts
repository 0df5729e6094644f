import { describe, expect, it } from 'vitest';
import type { Task } from '../../core/model';
import { aDepartment, aMember, aStage, aTask, TODAY_START } from '../../core/testBuilders';
import { translator } from '../../i18n/translate';
import type { WorkViewer } from '../kernel/workContext';
import { myWorkView, type GroupKey } from './myWorkModel';
import { DAY } from '../../core/time';
import { NAME_SLOT } from '../shared/nameSlot';

const zh = translator('zh-CN');

const market = aDepartment({ name: '市场部', headUserIds: ['ou_zhang'] });
const design = aDepartment({ name: '设计部', headUserIds: ['ou_guo'] });
const sales = aDepartment({ name: '销售部', headUserIds: ['ou_zheng'] });
const departments = [market, design, sales];
const members = [
  aMember({ name: '王总', userIds: ['ou_boss'], role: 'boss' }),
  aMember({ name: '张伟', userIds: ['ou_zhang'], role: 'manager', departmentId: market.id }),
  aMember({ name: '郭晓', userIds: ['ou_guo'], role: 'manager', departmentId: design.id }),
  aMember({ name: '郑强', userIds: ['ou_zheng'], role: 'manager', departmentId: sales.id }),
  aMember({ name: '何平', userIds: ['ou_he'], departmentId: design.id }),
];

/** 直播 (张伟): 海报设计 (郭晓) and 文案 (何平), both before 客户邀请 (郑强). */
function livestream(poster: Partial<Task> = {}, copy: Partial<Task> = {}) {
  const special = aTask({ title: '直播', responsibleUserIds: ['ou_zhang'], primaryDepartmentId: market.id });
  const posterStage = aStage(special, {
    title: '海报设计',
    primaryDepartmentId: design.id,
    responsibleUserIds: ['ou_guo'],
    due: TODAY_START + 4 * DAY,
    ...poster,
  });
  const copyStage = aStage(special, {
    title: '文案',
    status: 'done',
    primaryDepartmentId: design.id,
    responsibleUserIds: ['ou_he'],
    due: TODAY_START + 2 * DAY,
    ...copy,
  });
  const invite = aStage(special, {
    title: '客户邀请',
    status: 'waiting',
    primaryDepartmentId: sales.id,
    responsibleUserIds: ['ou_zheng'],
    due: TODAY_START + 10 * DAY,
    dependsOnIds: [posterStage.id, copyStage.id],
  });
  return [special, posterStage, copyStage, invite];
}

function view(tasks: Task[], userId: string, canEdit = true) {
  const viewer: WorkViewer = {
    departments,
    members,
    tasks,
    userId,
    canEdit,
    now: TODAY_START + 10 * 3_600_000,
    todayStart: TODAY_START,
  };
  return myWorkView(viewer, zh);
}
const group = (tasks: Task[], userId: string, key: GroupKey) =>
  view(tasks, userId).groups.find((g) => g.key === key)!.items;
const titles = (tasks: Task[], userId: string) =>
  Object.fromEntries(view(tasks, userId).groups.map((g) => [g.key, g.items.map((i) => i.title)]));

describe('myWorkView groups', () => {
  it('the owner of a stage in progress has it in progress; the stage waiting on it is its successor’s', () => {
    expect(titles(livestream(), 'ou_guo')).toEqual({
      ready: [],
      progress: ['海报设计'],
      waiting: [],
      review: [],
    });
    expect(titles(livestream(), 'ou_zheng')).toEqual({
      ready: [],
      progress: [],
      waiting: ['客户邀请'],
      review: [],
    });
  });

  it('a ready stage and an assigned task are ready for their owner, soonest due first', () => {
    const other = aTask({
      title: '年会',
      status: 'assigned',
      responsibleUserIds: ['ou_guo'],
      due: TODAY_START,
    });
    expect(group([...livestream({ status: 'ready' }), other], 'ou_guo', 'ready').map((i) => i.title)).toEqual(
      ['年会', '海报设计'],
    );
  });

  it('[W3] a stage in review is for its accountable person to accept (responsible, head or boss), not its owner', () => {
    const tasks = livestream({ status: 'in_review' });
    for (const userId of ['ou_zhang', 'ou_boss'])
      expect(group(tasks, userId, 'review').map((i) => [i.title, i.submittedBy])).toEqual([
        ['海报设计', '郭晓 已提交，等你验收'],
      ]);
    // Its owner has done their part: the item waits on the reviewer.
    expect(titles(tasks, 'ou_guo')).toEqual({ ready: [], progress: [], waiting: ['海报设计'], review: [] });
    expect(group(tasks, 'ou_he', 'review')).toEqual([]);
  });

  it('[SCU2] who submitted also comes as a sentence with a slot for the names, the same sentence once filled', () => {
    const [item] = group(livestream({ status: 'in_review' }), 'ou_zhang', 'review');
    expect(item!.submittedByWithNames).toEqual({
      text: `${NAME_SLOT} 已提交，等你验收`,
      userIds: ['ou_guo'],
    });
    expect(item!.submittedByWithNames!.text.replace(NAME_SLOT, '郭晓')).toBe(item!.submittedBy);
    expect(group(livestream(), 'ou_guo', 'ready').every((i) => i.submittedByWithNames === undefined)).toBe(
      true,
    );
  });

  it('[SCU2] whom a stage waits on also comes with one name slot per person, the same sentence once filled', () => {
    const [item] = group(livestream(), 'ou_zheng', 'waiting');
    const withNames = item!.waitingOnWithNames!;
    expect(withNames.slots.length).toBeGreaterThan(0);
    const names = new Map(members.flatMap((m) => m.userIds.map((u) => [u, m.name] as const)));
    const parts = withNames.text.split(NAME_SLOT);
    expect(parts).toHaveLength(withNames.slots.length + 1);
    const filled = parts.reduce((text, part, k) => text + names.get(withNames.slots[k - 1]![0]!)! + part);
    expect(filled).toBe(item!.waitingOn);
  });

  it('the responsible person also sees the special task itself in progress; done and pool tasks are nobody’s', () => {
    const pool = aTask({ title: '大厅', status: 'open', responsibleUserIds: ['ou_zhang'] });
    expect(titles([...livestream(), pool], 'ou_zhang').progress).toEqual(['直播']);
    expect(titles(livestream(), 'ou_he')).toEqual({ ready: [], progress: [], waiting: [], review: [] });
  });
});

describe('myWorkView waiting and nudges', () => {
  it('[W5] a waiting item names whom it waits on: the owners of its unfinished predecessors only', () => {
    const [item] = group(livestream(), 'ou_zheng', 'waiting');
    expect(item!.waitingOn).toBe('在等：郭晓（海报设计）');
    const both = group(livestream({}, { status: 'in_progress' }), 'ou_zheng', 'waiting')[0]!;
    expect(both.waitingOn).toBe('在等：郭晓（海报设计）、何平（文案）');
    expect(both.nudge!.blockers).toEqual([
      { name: '郭晓', title: '海报设计' },
      { name: '何平', title: '文案' },
    ]);
  });

  it('[W6] the nudge offered carries the key of today’s nudge event by this viewer', () => {
    const tasks = livestream();
    const mine = view(tasks, 'ou_zheng');
    const invite = tasks.find((t) => t.title === '客户邀请')!;
    expect(mine.nudgeKeys).toEqual([`${invite.id}/nudge/${TODAY_START}/ou_zheng`]);
  });

  it('no nudge where only the viewer holds things up: own work in progress, even overdue, or ready to start', () => {
    const late = livestream({ due: TODAY_START - DAY });
    const [item] = group(late, 'ou_guo', 'progress');
    expect([item!.overdue, item!.nudge]).toEqual([true, undefined]);
    expect(group(livestream({ status: 'ready' }), 'ou_guo', 'ready')[0]!.nudge).toBeUndefined();
  });

  it('no nudge on a stage for review (its owner has done their part), nor for a read-only viewer', () => {
    expect(group(livestream({ status: 'in_review' }), 'ou_zhang', 'review')[0]!.nudge).toBeUndefined();
    const readOnly = view(livestream(), 'ou_zheng', false);
    expect(readOnly.nudgeKeys).toEqual([]);
  });
});

/** The list as a view sees it, counting every element read: a lookup by scanning reads the whole list again. */
function counted(tasks: Task[]) {
  let reads = 0;
  const list = new Proxy(tasks, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

describe('myWorkView at scale', () => {
  it('[SP7] finds parents and predecessors through the index: reads of the task list grow with the list', () => {
    const tasks = Array.from({ length: 100 }, () => livestream()).flat();
    const { list, reads } = counted(tasks);
    expect(group(list, 'ou_zheng', 'waiting')).toHaveLength(100);
    // Grouping reads each task once and the index once more; a scan per item would read 100 × 400 more.
    expect(reads()).toBeLessThanOrEqual(3 * tasks.length);
  });
});
