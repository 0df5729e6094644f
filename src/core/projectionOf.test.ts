import { describe, expect, it } from 'vitest';
import { projectionOf } from './projectionOf';
import { project } from './schedule';
import { tangledTasks } from './tangledTasks';
import { taskIndexOf } from './taskIndex';
import { aTask, TODAY_START } from './testBuilders';
import { DAY } from './time';

describe('projectionOf: the projection worked out as asked', () => {
  it('[SP13] answers as `project` does for every task and special task, cycles and deleted links included', () => {
    let unsettled = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const tasks = tangledTasks(seed);
      const full = project(tasks, TODAY_START);
      // Asked in a shuffled order, so a task is sometimes settled before, sometimes after what it waits on.
      const asked = [...tasks].sort((a, b) => ((a.id.length * 7 + a.title.length) % 5) - (b.id.length % 3));
      const lazy = projectionOf([...tasks], TODAY_START);
      for (const task of asked.reverse()) {
        expect(lazy.finish.get(task.id), `${seed}:${task.id}`).toBe(full.finish.get(task.id));
        expect(lazy.specials.get(task.id), `${seed}:${task.id}`).toEqual(full.specials.get(task.id));
      }
      unsettled += tasks.filter((t) => !full.finish.has(t.id)).length;
    }
    // The lists do hold cycles: tasks `project` leaves without a finish.
    expect(unsettled).toBeGreaterThan(0);
  });

  it('[SP13] works out only what the asked task waits on', () => {
    const a = aTask({ id: 'a', kind: 'stage', status: 'waiting' });
    const b = aTask({ id: 'b', kind: 'stage', status: 'waiting', dependsOnIds: ['a'] });
    let reads = 0;
    const watched = { ...aTask({ id: 'c', kind: 'stage', status: 'waiting' }) };
    Object.defineProperty(watched, 'dependsOnIds', { get: () => (reads++, []) });
    const tasks = [a, b, watched];
    taskIndexOf(tasks); // the list's index reads every task once, whoever asks first
    reads = 0;
    const lazy = projectionOf(tasks, TODAY_START);
    expect(lazy.finish.get('b')).toBe(TODAY_START + 2 * DAY);
    expect(reads).toBe(0);
  });

  it('is kept per list and day', () => {
    const tasks = tangledTasks(7);
    expect(projectionOf(tasks, TODAY_START)).toBe(projectionOf(tasks, TODAY_START));
    expect(projectionOf(tasks, TODAY_START + DAY)).not.toBe(projectionOf(tasks, TODAY_START));
    expect(projectionOf([...tasks], TODAY_START)).not.toBe(projectionOf(tasks, TODAY_START));
  });

  it('a chain of links longer than the call stack allows is settled without overflowing', () => {
    const chain = Array.from({ length: 30_000 }, (_, i) =>
      aTask({ id: `c${i}`, kind: 'stage', status: 'waiting', dependsOnIds: i ? [`c${i - 1}`] : [] }),
    );
    expect(projectionOf(chain, TODAY_START).finish.get('c29999')).toBe(TODAY_START + 30_000 * DAY);
  });
});
