import { describe, expect, it } from 'vitest';
import { aTask, stagesOf, TODAY_START } from './testBuilders';
import { flagsOfTasks, taskFlags } from './taskFlags';
import { tangledTasks } from './tangledTasks';
import { prepareGraph } from './taskGraph';
import type { Task } from './model';
import { DAY } from './time';

const live = aTask({ id: 'live', title: '直播课堂策划', status: 'in_progress' });
const graph = (spec: string): Task[] => stagesOf(live, spec);
const codes = (tasks: Task[]) => taskFlags(tasks).map((f) => `${f.taskId}:${f.code}`);

describe('taskFlags: problems people left in the graph are named, task by task', () => {
  it('[C3] a cycle is flagged on every task on it, two cycles sharing a task included', () => {
    expect(codes(graph('a=waiting<b b=ready<a plan=done@0 poster=waiting<plan'))).toEqual([
      'a:cycle',
      'b:cycle',
    ]);
    expect(codes(graph('a=waiting<b b=waiting<a,c c=waiting<b'))).toEqual(['a:cycle', 'b:cycle', 'c:cycle']);
  });

  it('[C3] a deleted predecessor, and a cancelled one by its title', () => {
    const [plan, poster] = graph('plan=cancelled poster=waiting<plan,gone');
    expect(taskFlags([{ ...plan!, title: '策划方案' }, poster!])).toEqual([
      { taskId: 'poster', code: 'cancelledPredecessor', params: { title: '策划方案' } },
      { taskId: 'poster', code: 'missingPredecessor' },
    ]);
  });

  it('[C3] a status typed by hand, with its text', () => {
    const [plan] = graph('plan=waiting');
    const odd = { ...plan!, status: undefined, unknownStatus: '差不多了' };
    expect(taskFlags([odd])).toEqual([
      { taskId: 'plan', code: 'unknownStatus', params: { text: '差不多了' } },
    ]);
  });

  it('[C3] a stage still open with no owner; a finished one is not flagged', () => {
    const tasks = graph('a=in_progress b=done@0 c=cancelled').map((t) => ({ ...t, responsibleUserIds: [] }));
    expect(codes(tasks)).toEqual(['a:noOwner']);
  });

  it('[C3] a due date before the start', () => {
    const [poster] = graph('poster=in_progress');
    expect(codes([{ ...poster!, start: TODAY_START + DAY, due: TODAY_START }])).toEqual([
      'poster:dueBeforeStart',
    ]);
    expect(codes([{ ...poster!, start: TODAY_START, due: TODAY_START }])).toEqual([]);
  });

  it('[C4] a started stage whose predecessor was reopened, unless its special task is not held', () => {
    const reopened = graph('plan=in_review poster=in_progress<plan x=in_review<plan y=ready<plan');
    expect(codes(reopened)).toEqual(['poster:startedBeforePredecessor', 'x:startedBeforePredecessor']);
    const pooled = { ...live, status: 'open' as const };
    expect(codes([pooled, ...stagesOf(pooled, 'plan=in_review poster=in_progress<plan')])).toEqual([]);
  });

  it('[C3] a well-formed graph has no flags', () => {
    expect(codes([live, ...graph('plan=done@0 poster=in_progress<plan invite=waiting<poster')])).toEqual([]);
  });
});

describe('flagsOfTasks: the flags of the tasks on screen only', () => {
  it('[SP13] gives the flags taskFlags finds for those tasks, in the same order, on tangled lists', () => {
    const codes = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const tasks = tangledTasks(seed);
      const all = taskFlags(tasks);
      all.forEach((f) => codes.add(f.code));
      for (let from = 0; from < tasks.length; from += 6) {
        const items = tasks.slice(from, from + 6).reverse();
        const ids = new Set(items.map((i) => i.id));
        expect(flagsOfTasks(items, tasks), `${seed}:${from}`).toEqual(all.filter((f) => ids.has(f.taskId)));
      }
    }
    // The lists hold every kind of problem, so every rule was compared.
    expect([...codes].sort()).toEqual([
      'cancelledPredecessor',
      'cycle',
      'dueBeforeStart',
      'missingPredecessor',
      'noOwner',
      'startedBeforePredecessor',
      'unknownStatus',
    ]);
  });
});

describe('taskFlags without a prepared graph', () => {
  it('[SP13] finds what it finds through the graph, cycles and self links included', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const tasks = tangledTasks(seed);
      const self = { ...tasks[7]!, dependsOnIds: [tasks[7]!.id] };
      const withSelf = tasks.map((task, at) => (at === 7 ? self : task));
      for (const list of [tasks, withSelf])
        expect(taskFlags(list), `${seed}`).toEqual(taskFlags(list, prepareGraph(list)));
    }
  });

  it('[SP13] a chain longer than the walks may take is judged through the graph', () => {
    const chain = Array.from({ length: 3_000 }, (_, i) =>
      aTask({ id: `c${i}`, kind: 'stage', status: 'waiting', dependsOnIds: [`c${(i + 2_999) % 3_000}`] }),
    );
    expect(taskFlags(chain).filter((f) => f.code === 'cycle')).toHaveLength(3_000);
    const opened = chain.map((task, i) => (i === 0 ? { ...task, dependsOnIds: [] } : task));
    expect(taskFlags(opened).filter((f) => f.code === 'cycle')).toEqual([]);
  });
});
