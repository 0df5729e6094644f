import { describe, expect, it } from 'vitest';
import { applyChanges, derive, type Derivation } from './cascade';
import { UNHELD_STATUSES, type Task, type TaskStatus } from './model';
import { aTask, stagesOf, TODAY_START } from './testBuilders';
import { prepareGraph, reachableFrom } from './taskGraph';
import { DAY } from './time';

const T = TODAY_START;
const live = aTask({ id: 'live', title: '直播课堂策划', status: 'in_progress' });
const stage = (id: string, status: TaskStatus | undefined, more: Partial<Task> = {}): Task =>
  aTask({
    id,
    title: id,
    kind: 'stage',
    parentId: live.id,
    status,
    responsibleUserIds: [`u_${id}`],
    ...more,
  });

/** Stages of 直播课堂策划 in the testBuilders notation: `plan=done@1 poster=waiting<plan`. */
const graph = (spec: string): Task[] => stagesOf(live, spec);

/** Changes as `task:from>to`, in the order derived. */
const moves = (d: Derivation) => d.changes.map((c) => `${c.taskId}:${c.from}>${c.to}`);

describe('derive: status rules', () => {
  it('[C1] a stage waits while a predecessor is unfinished and is ready once the last one is done', () => {
    const held = 'plan=done@0 poster=in_progress invite=ready<plan,poster';
    expect(moves(derive(graph(held)))).toEqual(['invite:ready>waiting']);
    const free = 'plan=done@0 poster=done@1 invite=waiting<plan,poster';
    expect(moves(derive(graph(free)))).toEqual(['invite:waiting>ready']);
  });

  it('[C1] only stages not yet started move: assigned, started, reviewed and closed stages keep their status', () => {
    const kept = 'assigned in_progress in_review done declined cancelled draft'.split(' ');
    expect(derive(graph(`plan=done@0 ${kept.map((s) => `${s}=${s}<plan`).join(' ')}`)).changes).toEqual([]);
  });

  it('[C1] stages of a special task nobody holds yet (draft, pool, declined, cancelled) keep waiting', () => {
    const stages = graph('plan=done@0 poster=waiting<plan first=waiting');
    for (const status of ['draft', 'open', 'declined', 'cancelled'] as const)
      expect(derive([{ ...live, status }, ...stages]).changes).toEqual([]);
    const held = derive([{ ...live, status: 'assigned' }, ...stages]);
    expect(moves(held)).toEqual(['poster:waiting>ready', 'first:waiting>ready']);
  });

  it('[C1] a cancelled predecessor no longer holds its successor back', () => {
    const d = derive([stage('plan', 'cancelled', { title: '策划方案' }), ...graph('poster=waiting<plan')]);
    expect(moves(d)).toEqual(['poster:waiting>ready']);
  });

  it('[C2] becoming ready sends one "you can start" notice to the first owner, keyed by the moment', () => {
    const owners = { dependsOnIds: ['plan', 'brief'], responsibleUserIds: ['u_guo', 'u_he'] };
    const poster = stage('poster', 'waiting', owners);
    expect(derive([live, ...graph('plan=done@0 brief=done@2'), poster]).notices).toEqual([
      {
        key: `poster/ready/${T + 2 * DAY}`,
        type: 'ready',
        recipientUserId: 'u_guo',
        taskId: 'poster',
        message: { key: 'notice.ready', params: { title: 'poster', parent: '直播课堂策划' } },
      },
    ]);
  });

  it('[C2] a stage already ready, or moved back to waiting, gets no notice, nor does one without an owner', () => {
    expect(derive(graph('plan=done@0 poster=ready<plan')).notices).toEqual([]);
    expect(derive(graph('plan=in_progress poster=ready<plan')).notices).toEqual([]);
    const nobody = stage('poster', 'waiting', { dependsOnIds: ['plan'], responsibleUserIds: [] });
    const ownerless = derive([...graph('plan=done@0'), nobody]);
    expect([moves(ownerless), ownerless.notices]).toEqual([['poster:waiting>ready'], []]);
  });

  it('[C2][C4] a predecessor reopened and accepted again makes a new moment: a new notice key', () => {
    const first = derive(graph('plan=done@0 poster=waiting<plan')).notices.map((n) => n.key);
    expect(moves(derive(graph('plan=in_progress poster=ready<plan')))).toEqual(['poster:ready>waiting']);
    const again = derive(graph('plan=done@1 poster=waiting<plan')).notices.map((n) => n.key);
    expect([first, again]).toEqual([[`poster/ready/${T}`], [`poster/ready/${T + DAY}`]]);
  });

  it('[C4] a reopened predecessor does not undo the work of a started successor', () => {
    expect(derive(graph('plan=in_review poster=in_progress<plan x=in_review<plan')).changes).toEqual([]);
  });
});

describe('derive: bad input is left alone, never a crash or a silent overwrite', () => {
  it('[C3] a cycle is left as it is, and the rest of the graph is still derived', () => {
    expect(moves(derive(graph('a=waiting<b b=ready<a plan=done@0 poster=waiting<plan')))).toEqual([
      'poster:waiting>ready',
    ]);
  });

  it('[C1][C3] a stage after a cycle keeps waiting for its unfinished predecessor on the cycle', () => {
    const tasks = graph('a=in_progress<b b=in_progress<a next=waiting<a');
    expect(moves(derive(tasks))).toEqual([]);
    // The same from the incremental side, where the cycle is out of scope.
    expect(moves(derive(tasks, ['next']))).toEqual([]);
  });

  it('[C3] a deleted predecessor no longer holds its successor', () => {
    expect(moves(derive(graph('poster=waiting<gone')))).toEqual(['poster:waiting>ready']);
  });

  it('[C3] a status typed by hand is left alone and does not release its successors', () => {
    const odd = stage('plan', undefined, { unknownStatus: '差不多了' });
    expect(moves(derive([odd, ...graph('poster=ready<plan')]))).toEqual(['poster:ready>waiting']);
    // Its own predecessor done does not make it ready either: the typed text is kept.
    expect(derive([...graph('x=done@0'), { ...odd, dependsOnIds: ['x'] }]).changes).toEqual([]);
  });
});

describe('derive: special tasks', () => {
  const special = (status: TaskStatus, more: Partial<Task> = {}) => aTask({ id: 'S', status, ...more });
  /** Stages of the special task S. */
  const of = (spec: string) => graph(spec).map((t) => ({ ...t, parentId: 'S' }));

  it('[C5] a special task is done when every stage is (cancelled ones aside), at the latest completion', () => {
    // The latest completion is not the last stage listed.
    const d = derive([special('in_progress'), ...of('s1=done@3 s2=done@1 s3=cancelled')]);
    expect(d.changes).toEqual([{ taskId: 'S', from: 'in_progress', to: 'done', completedAt: T + 3 * DAY }]);
    expect(derive([special('in_progress'), ...of('s1=done@1 s2=in_review')]).changes).toEqual([]);
  });

  it('[C5] a done special task goes back in progress when one of its stages reopens', () => {
    const d = derive([special('done', { completedAt: T }), ...of('s1=done@0 s2=in_progress')]);
    expect(moves(d)).toEqual(['S:done>in_progress']);
  });

  it('[C5] a draft, open, declined or cancelled special, or one without stages, is not derived', () => {
    for (const status of ['draft', 'open', 'declined', 'cancelled'] as const)
      expect(derive([special(status), ...of('s1=done@0')]).changes).toEqual([]);
    expect(derive([special('in_progress')]).changes).toEqual([]);
  });

  it('[C5][C6] a special task completing releases a stage of another task that depends on it, in one derivation', () => {
    // n belongs to another special task (live) and waits for the whole of S.
    const tasks = [...graph('n=waiting<S'), special('in_progress'), ...of('s1=done@7')];
    const d = derive(tasks);
    expect(moves(d).sort()).toEqual(['S:in_progress>done', 'n:waiting>ready']);
    expect(d.notices.map((n) => `${n.key} → ${n.recipientUserId}`)).toEqual([`n/ready/${T + 7 * DAY} → u_n`]);
    // Incrementally, from the stage that was accepted.
    expect(moves(derive(tasks, ['s1'])).sort()).toEqual(moves(d).sort());
  });

  it('[C6] a special task claimed from the pool or reopened lets its stages move, derived from it alone', () => {
    // In the pool its stages all wait (left alone); once claimed, the first one can start.
    const claimed = { ...live, status: 'in_progress' as const };
    const tasks = [claimed, ...stagesOf(claimed, 'plan=waiting poster=waiting<plan')];
    expect(moves(derive(tasks, [live.id]))).toEqual(['plan:waiting>ready']);
  });

  it('[C6] incremental derivation looks only at what the changed tasks reach', () => {
    const tasks = graph('plan=done@0 poster=waiting<plan x=done@0 y=waiting<x');
    expect(moves(derive(tasks, ['plan']))).toEqual(['poster:waiting>ready']);
    expect(moves(derive(tasks))).toEqual(['poster:waiting>ready', 'y:waiting>ready']);
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
const pick = <T>(items: T[], r: () => number): T => items[Math.floor(r() * items.length)]!;
const NOT_DONE: TaskStatus[] = ['in_progress', 'ready', 'waiting', 'assigned'];
const SPECIAL: TaskStatus[] = ['in_progress', 'assigned', 'done', 'open'];

/**
 * 5–60 tasks t0…tn in topological order, each with 0–3 finish-to-start predecessors among the earlier ones and a
 * status: done (with a completion time) at a share drawn per graph, else in progress, ready, waiting or assigned.
 * With `specials`, about one in six is a special task (in progress, assigned or done) whose stages are earlier
 * tasks (parent links keep the graph acyclic too); stages may depend on special tasks.
 */
function randomGraph(seed: number, specials: boolean): Task[] {
  const r = rng(seed);
  const n = 5 + Math.floor(r() * 56);
  const doneShare = r() * 0.95;
  const isSpecial = Array.from({ length: n }, () => specials && r() < 0.17);
  return isSpecial.map((special, i) => {
    const preds = new Set<string>();
    for (let k = special ? 0 : Math.floor(r() * 4); k > 0 && i > 0; k--) preds.add(`t${Math.floor(r() * i)}`);
    const parents = isSpecial.flatMap((s, j) => (s && j > i ? [`t${j}`] : []));
    const status = special ? pick(SPECIAL, r) : r() < doneShare ? 'done' : pick(NOT_DONE, r);
    return aTask({
      id: `t${i}`,
      kind: special ? 'special' : 'stage',
      parentId: parents.length > 0 && r() < 0.8 ? pick(parents, r) : undefined,
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

/** A derivation as sets: changes and notices by id. */
const sorted = (d: Derivation) => ({
  changes: [...d.changes].sort((a, b) => a.taskId.localeCompare(b.taskId)),
  notices: [...d.notices].sort((a, b) => a.key.localeCompare(b.key)),
});

const SEEDS = Array.from({ length: 250 }, (_, i) => i + 1);
const GRAPHS = SEEDS.flatMap((seed) => [randomGraph(seed, false), randomGraph(seed, true)]);

describe('derive: properties over 500 random DAGs of 5–60 tasks', () => {
  it('[C6] the graphs span the sizes and give work to do, special tasks included (no property is vacuous)', () => {
    const sizes = GRAPHS.map((g) => g.length);
    expect([Math.min(...sizes), Math.max(...sizes)]).toEqual([5, 60]);
    expect(GRAPHS.filter((g) => derive(g).changes.length > 0).length).toBeGreaterThan(400);
    const specialsMoved = (to: TaskStatus) =>
      GRAPHS.filter((g) =>
        derive(g).changes.some((c) => c.to === to && g.find((t) => t.id === c.taskId)!.kind === 'special'),
      ).length;
    expect([specialsMoved('done'), specialsMoved('in_progress')].every((n) => n >= 20)).toBe(true);
  });

  it('[C6] derivation is idempotent: applied to its own output it changes nothing', () => {
    for (const tasks of GRAPHS)
      expect(derive(applyChanges(tasks, derive(tasks).changes)).changes).toEqual([]);
  });

  it('[C6] derivation does not depend on the order of the tasks', () => {
    GRAPHS.forEach((tasks, i) =>
      expect(sorted(derive(shuffled(tasks, rng(i))))).toEqual(sorted(derive(tasks))),
    );
  });

  it('[C1] derivation never leaves a stage ready while a predecessor is not done or cancelled', () => {
    for (const tasks of GRAPHS) {
      const after = applyChanges(tasks, derive(tasks).changes);
      const byId = new Map(after.map((t) => [t.id, t]));
      // Stages of a task in the pool are left as they are, whatever their predecessors.
      const held = (t: Task) => !t.parentId || !UNHELD_STATUSES.has(byId.get(t.parentId)!.status);
      for (const t of after.filter((x) => x.kind === 'stage' && x.status === 'ready' && held(x)))
        for (const p of t.dependsOnIds) expect(['done', 'cancelled']).toContain(byId.get(p)!.status);
    }
  });

  it('[C6] incremental derivation equals the full derivation restricted to what the changed tasks reach', () => {
    SEEDS.forEach((seed) => {
      const tasks = randomGraph(seed, false);
      const r = rng(seed + 1000);
      const changed = [...new Set([0, 1, 2].map(() => pick(tasks, r).id))];
      const reach = reachableFrom(changed, prepareGraph(tasks));
      const full = derive(tasks);
      const restricted: Derivation = {
        changes: full.changes.filter((c) => reach.has(c.taskId)),
        notices: full.notices.filter((n) => reach.has(n.taskId!)),
      };
      expect(sorted(derive(tasks, changed))).toEqual(sorted(restricted));
    });
  });

  it('[C6] after edits to a settled graph with special tasks, deriving from the edited ones equals a full derivation', () => {
    SEEDS.forEach((seed) => {
      const base = randomGraph(seed, true);
      const settled = applyChanges(base, derive(base).changes);
      const r = rng(seed + 2000);
      // What people do: accept a stage, reopen one, cancel one, claim a task from the pool, put one back.
      const edits = new Map(
        [0, 1, 2].map(() => [
          pick(settled, r).id,
          pick<TaskStatus>(['done', 'in_progress', 'cancelled', 'assigned', 'open'], r),
        ]),
      );
      const edited = settled.map((t) => {
        const status = edits.get(t.id);
        if (!status) return t;
        return { ...t, status, completedAt: status === 'done' ? T + DAY + Math.floor(r() * 9) : undefined };
      });
      expect(sorted(derive(edited, [...edits.keys()]))).toEqual(sorted(derive(edited)));
    });
  });
});
