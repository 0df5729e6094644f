import { describe, expect, it } from 'vitest';
import { derive, type Derivation, type StatusChange } from './cascade';
import type { Task, TaskStatus } from './model';
import { aStage, aTask, DAY, TODAY_START } from './testBuilders';
import { indexTasks, reachableFrom } from './taskIndex';

const T = TODAY_START;
const live = aTask({ id: 'live', title: '直播课堂策划', status: 'in_progress' });
const stage = (
  id: string,
  status: TaskStatus | undefined,
  dependsOnIds: string[] = [],
  more: Partial<Task> = {},
) => aStage(live, { id, title: id, status, dependsOnIds, responsibleUserIds: [`u_${id}`], ...more });
const done = (id: string, at: number, dependsOnIds: string[] = []) =>
  stage(id, 'done', dependsOnIds, { completedAt: at });

const moves = (d: Derivation) => d.changes.map((c) => [c.taskId, c.from, c.to]);
const flags = (d: Derivation) => d.flags.map((f) => [f.taskId, f.code]);
function apply(tasks: Task[], changes: StatusChange[]): Task[] {
  const byId = new Map(changes.map((c) => [c.taskId, c]));
  return tasks.map((t) => {
    const c = byId.get(t.id);
    return c ? { ...t, status: c.to, completedAt: c.completedAt ?? t.completedAt } : t;
  });
}

describe('derive: status rules', () => {
  it('[C1] a stage waits while a predecessor is unfinished and is ready once the last one is done', () => {
    const tasks = [
      done('plan', T),
      stage('poster', 'in_progress'),
      stage('invite', 'ready', ['plan', 'poster']),
    ];
    expect(moves(derive(tasks))).toEqual([['invite', 'ready', 'waiting']]);
    const later = [done('plan', T), done('poster', T + DAY), stage('invite', 'waiting', ['plan', 'poster'])];
    expect(moves(derive(later))).toEqual([['invite', 'waiting', 'ready']]);
  });

  it('[C1] only stages not yet started move: assigned, started, reviewed and closed stages keep their status', () => {
    const kept: TaskStatus[] = [
      'assigned',
      'in_progress',
      'in_review',
      'done',
      'declined',
      'cancelled',
      'draft',
    ];
    const tasks = [done('plan', T), ...kept.map((s) => stage(s, s, ['plan']))];
    expect(derive(tasks).changes).toEqual([]);
  });

  it('[C1][C3] a cancelled predecessor no longer holds its successor back, and is named in a flag', () => {
    const tasks = [
      stage('plan', 'cancelled', [], { title: '策划方案' }),
      stage('poster', 'waiting', ['plan']),
    ];
    const d = derive(tasks);
    expect(moves(d)).toEqual([['poster', 'waiting', 'ready']]);
    expect(d.flags).toContainEqual({
      taskId: 'poster',
      code: 'cancelledPredecessor',
      params: { title: '策划方案' },
    });
  });

  it('[C2] becoming ready sends one "you can start" notice to the first owner, keyed by the moment', () => {
    const poster = stage('poster', 'waiting', ['plan', 'brief'], { responsibleUserIds: ['u_guo', 'u_he'] });
    const tasks = [live, done('plan', T), done('brief', T + 5), poster];
    expect(derive(tasks).notices).toEqual([
      {
        key: `poster/ready/${T + 5}`,
        type: 'ready',
        recipientUserId: 'u_guo',
        taskId: 'poster',
        message: { key: 'notice.ready', params: { title: 'poster', parent: '直播课堂策划' } },
      },
    ]);
  });

  it('[C2] a stage already ready, or moved back to waiting, gets no notice; one without an owner is flagged', () => {
    expect(derive([done('plan', T), stage('poster', 'ready', ['plan'])]).notices).toEqual([]);
    expect(derive([stage('plan', 'in_progress'), stage('poster', 'ready', ['plan'])]).notices).toEqual([]);
    const ownerless = derive([
      done('plan', T),
      stage('poster', 'waiting', ['plan'], { responsibleUserIds: [] }),
    ]);
    expect(moves(ownerless)).toEqual([['poster', 'waiting', 'ready']]);
    expect(ownerless.notices).toEqual([]);
    expect(flags(ownerless)).toEqual([['poster', 'noOwner']]);
  });

  it('[C2][C4] a predecessor reopened and accepted again makes a new moment: a new notice key', () => {
    const first = derive([done('plan', T), stage('poster', 'waiting', ['plan'])]).notices[0]!.key;
    const reopened = derive([stage('plan', 'in_progress'), stage('poster', 'ready', ['plan'])]);
    expect(moves(reopened)).toEqual([['poster', 'ready', 'waiting']]);
    const again = derive([done('plan', T + DAY), stage('poster', 'waiting', ['plan'])]).notices[0]!.key;
    expect([first, again]).toEqual([`poster/ready/${T}`, `poster/ready/${T + DAY}`]);
  });

  it('[C4] a reopened predecessor flags a started successor without undoing its work', () => {
    const tasks = [
      stage('plan', 'in_review'),
      stage('poster', 'in_progress', ['plan']),
      stage('x', 'in_review', ['plan']),
    ];
    const d = derive(tasks);
    expect(d.changes).toEqual([]);
    expect(flags(d)).toEqual([
      ['poster', 'startedBeforePredecessor'],
      ['x', 'startedBeforePredecessor'],
    ]);
  });
});

describe('derive: bad input is flagged, never a crash or a silent overwrite', () => {
  it('[C3] a cycle is flagged on its members, left as it is, and the rest of the graph is still derived', () => {
    const tasks = [
      stage('a', 'waiting', ['b']),
      stage('b', 'ready', ['a']),
      done('plan', T),
      stage('poster', 'waiting', ['plan']),
    ];
    const d = derive(tasks);
    expect(moves(d)).toEqual([['poster', 'waiting', 'ready']]);
    expect(flags(d).sort()).toEqual([
      ['a', 'cycle'],
      ['b', 'cycle'],
    ]);
  });

  it('[C3] two cycles sharing a task: every task on a cycle is flagged', () => {
    // b ↔ a and b ↔ c: all three are on a cycle.
    const tasks = [
      stage('a', 'waiting', ['b']),
      stage('b', 'waiting', ['a', 'c']),
      stage('c', 'waiting', ['b']),
    ];
    expect(flags(derive(tasks)).sort()).toEqual([
      ['a', 'cycle'],
      ['b', 'cycle'],
      ['c', 'cycle'],
    ]);
  });

  it('[C1][C3] a stage after a cycle keeps waiting for its unfinished predecessor on the cycle', () => {
    const tasks = [
      stage('a', 'in_progress', ['b']),
      stage('b', 'in_progress', ['a']),
      stage('next', 'waiting', ['a']),
    ];
    expect(moves(derive(tasks))).toEqual([]);
    // The same from the incremental side, where the cycle is out of scope.
    expect(moves(derive(tasks, ['next']))).toEqual([]);
  });

  it('[C3] a deleted predecessor is flagged and no longer holds its successor', () => {
    const d = derive([stage('poster', 'waiting', ['gone'])]);
    expect(flags(d)).toEqual([['poster', 'missingPredecessor']]);
    expect(moves(d)).toEqual([['poster', 'waiting', 'ready']]);
  });

  it('[C3] a status typed by hand is left alone, flagged with its text, and does not release its successors', () => {
    const odd = stage('plan', undefined, [], { unknownStatus: '差不多了' });
    const d = derive([odd, stage('poster', 'ready', ['plan'])]);
    expect(d.flags).toContainEqual({ taskId: 'plan', code: 'unknownStatus', params: { text: '差不多了' } });
    expect(moves(d)).toEqual([['poster', 'ready', 'waiting']]);
    // Its own predecessor done does not make it ready either: the typed text is kept.
    expect(derive([done('x', T), { ...odd, dependsOnIds: ['x'] }]).changes).toEqual([]);
  });

  it('[C3] a due date before the start is flagged', () => {
    const d = derive([stage('poster', 'in_progress', [], { start: T + DAY, due: T })]);
    expect(flags(d)).toEqual([['poster', 'dueBeforeStart']]);
  });
});

describe('derive: special tasks', () => {
  const special = (status: TaskStatus, more: Partial<Task> = {}) => aTask({ id: 'S', status, ...more });
  const of = (id: string, status: TaskStatus, at?: number) =>
    aTask({ id, kind: 'stage', parentId: 'S', status, completedAt: at, responsibleUserIds: ['u'] });

  it('[C5] a special task is done when every stage is (cancelled ones aside), at the latest completion', () => {
    const d = derive([
      special('in_progress'),
      of('s1', 'done', T),
      of('s2', 'done', T + 3),
      of('s3', 'cancelled'),
    ]);
    expect(d.changes).toEqual([{ taskId: 'S', from: 'in_progress', to: 'done', completedAt: T + 3 }]);
    expect(derive([special('in_progress'), of('s1', 'done', T), of('s2', 'in_review')]).changes).toEqual([]);
  });

  it('[C5] a done special task goes back in progress when one of its stages reopens', () => {
    const d = derive([special('done', { completedAt: T }), of('s1', 'done', T), of('s2', 'in_progress')]);
    expect(moves(d)).toEqual([['S', 'done', 'in_progress']]);
  });

  it('[C5] a draft, open, declined or cancelled special, or one without stages, is not derived', () => {
    for (const status of ['draft', 'open', 'declined', 'cancelled'] as const)
      expect(derive([special(status), of('s1', 'done', T)]).changes).toEqual([]);
    expect(derive([special('in_progress')]).changes).toEqual([]);
  });

  it('[C5][C6] a special task completing releases a stage of another task that depends on it, in one derivation', () => {
    const other = aTask({ id: 'O', status: 'in_progress' });
    const next = aStage(other, {
      id: 'n',
      status: 'waiting',
      dependsOnIds: ['S'],
      responsibleUserIds: ['u_n'],
    });
    const d = derive([next, special('in_progress'), of('s1', 'done', T + 7)]);
    expect(moves(d).sort()).toEqual([
      ['S', 'in_progress', 'done'],
      ['n', 'waiting', 'ready'],
    ]);
    expect(d.notices.map((n) => [n.key, n.recipientUserId])).toEqual([[`n/ready/${T + 7}`, 'u_n']]);
    // Incrementally, from the stage that was accepted.
    expect(moves(derive([next, special('in_progress'), of('s1', 'done', T + 7)], ['s1'])).sort()).toEqual(
      moves(d).sort(),
    );
  });

  it('[C6] incremental derivation looks only at what the changed tasks reach', () => {
    const tasks = [
      done('plan', T),
      stage('poster', 'waiting', ['plan']),
      done('x', T),
      stage('y', 'waiting', ['x']),
    ];
    expect(moves(derive(tasks, ['plan']))).toEqual([['poster', 'waiting', 'ready']]);
    expect(moves(derive(tasks))).toHaveLength(2);
  });
});

// ---- Property tests over random DAGs ----

/** mulberry32: the same graphs on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES: TaskStatus[] = ['done', 'in_progress', 'ready', 'waiting', 'assigned'];
/** What a person does to a settled graph: accepts a stage, reopens one, cancels one. */
const EDITS: TaskStatus[] = ['done', 'in_progress', 'cancelled'];
const pick = <T>(items: T[], r: () => number): T => items[Math.floor(r() * items.length)]!;

/**
 * 5–60 tasks t0…tn in topological order; each has 0–3 finish-to-start predecessors among the earlier ones and a
 * random status (done ones with a completion time). With `specials`, about one in six is a special task whose
 * stages are earlier tasks (so parent links keep the graph acyclic too), and stages may depend on specials.
 */
function randomGraph(seed: number, specials: boolean): Task[] {
  const r = rng(seed);
  const n = 5 + Math.floor(r() * 56);
  const isSpecial = Array.from({ length: n }, () => specials && r() < 0.17);
  return Array.from({ length: n }, (_, i) => {
    const preds = new Set<string>();
    for (let k = Math.floor(r() * 4); k > 0 && i > 0 && !isSpecial[i]; k--)
      preds.add(`t${Math.floor(r() * i)}`);
    const parents = isSpecial.map((s, j) => (s && j > i ? j : -1)).filter((j) => j >= 0);
    const parent = parents.length > 0 && r() < 0.8 ? parents[Math.floor(r() * parents.length)] : undefined;
    const status = pick(STATUSES, r);
    return aTask({
      id: `t${i}`,
      kind: isSpecial[i] ? 'special' : 'stage',
      parentId: parent === undefined ? undefined : `t${parent}`,
      status,
      completedAt: status === 'done' ? T - Math.floor(r() * 10) * DAY : undefined,
      dependsOnIds: [...preds],
      responsibleUserIds: r() < 0.9 ? [`u${i % 7}`] : [],
    });
  });
}

function shuffled<T>(items: T[], r: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const sorted = (d: Derivation) => ({
  changes: [...d.changes].sort((a, b) => a.taskId.localeCompare(b.taskId)),
  notices: [...d.notices].sort((a, b) => a.key.localeCompare(b.key)),
  flags: d.flags.map((f) => JSON.stringify(f)).sort(),
});

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const GRAPHS = SEEDS.flatMap((seed) => [randomGraph(seed, false), randomGraph(seed, true)]);

describe('derive: properties over 500 random DAGs (5–60 tasks)', () => {
  it('[C6] the generator makes graphs of every size with moves to make (the properties are not vacuous)', () => {
    const sizes = GRAPHS.map((g) => g.length);
    expect(Math.min(...sizes)).toBe(5);
    expect(Math.max(...sizes)).toBe(60);
    expect(GRAPHS.filter((g) => derive(g).changes.length > 0).length).toBeGreaterThan(400);
    expect(
      GRAPHS.filter((g) => derive(g).changes.some((c) => !g.find((t) => t.id === c.taskId)!.parentId)).length,
    ).toBeGreaterThan(20); // special tasks moved too
  });

  it('[C6] derivation is idempotent: applied to its own output it changes nothing', () => {
    for (const tasks of GRAPHS) expect(derive(apply(tasks, derive(tasks).changes)).changes).toEqual([]);
  });

  it('[C6] derivation does not depend on the order of the tasks', () => {
    GRAPHS.forEach((tasks, i) =>
      expect(sorted(derive(shuffled(tasks, rng(i))))).toEqual(sorted(derive(tasks))),
    );
  });

  it('[C1] derivation never leaves a stage ready while a predecessor is not done or cancelled', () => {
    for (const tasks of GRAPHS) {
      const after = apply(tasks, derive(tasks).changes);
      const byId = new Map(after.map((t) => [t.id, t]));
      for (const t of after.filter((x) => x.kind === 'stage' && x.status === 'ready'))
        for (const p of t.dependsOnIds) expect(['done', 'cancelled']).toContain(byId.get(p)!.status);
    }
  });

  it('[C6] incremental derivation equals the full derivation restricted to what the changed tasks reach', () => {
    SEEDS.forEach((seed) => {
      const tasks = randomGraph(seed, false);
      const r = rng(seed + 1000);
      const changed = [...new Set([0, 1, 2].map(() => tasks[Math.floor(r() * tasks.length)]!.id))];
      const reach = reachableFrom(changed, indexTasks(tasks));
      const full = derive(tasks);
      const restricted = { ...full, changes: full.changes.filter((c) => reach.has(c.taskId)) };
      restricted.notices = full.notices.filter((n) => reach.has(n.taskId!));
      const inc = sorted(derive(tasks, changed));
      expect({ changes: inc.changes, notices: inc.notices }).toEqual({
        changes: sorted(restricted).changes,
        notices: sorted(restricted).notices,
      });
    });
  });

  it('[C6] on a settled graph with special tasks, deriving from the edited tasks equals a full derivation', () => {
    SEEDS.forEach((seed) => {
      const base = randomGraph(seed, true);
      const settled = apply(base, derive(base).changes);
      const r = rng(seed + 2000);
      const edits = new Map<string, TaskStatus>();
      for (let k = 0; k < 3; k++) edits.set(settled[Math.floor(r() * settled.length)]!.id, pick(EDITS, r));
      const edited = settled.map((t) => {
        const status = edits.get(t.id);
        if (!status) return t;
        return { ...t, status, completedAt: status === 'done' ? T + DAY + Math.floor(r() * 9) : undefined };
      });
      const full = sorted(derive(edited));
      const inc = sorted(derive(edited, [...edits.keys()]));
      expect({ changes: inc.changes, notices: inc.notices }).toEqual({
        changes: full.changes,
        notices: full.notices,
      });
    });
  });
});
