/**
 * Test support: random task lists as people leave them — special tasks with stages, links forward and back
 * (cycles), links to deleted tasks, cancelled and done predecessors, missing and reversed dates, typed statuses.
 * Seeded, so the same lists on every run.
 */
import type { Task, TaskStatus } from './model';
import { aTask, TODAY_START } from './testBuilders';
import { DAY } from './time';

/** mulberry32. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES: (TaskStatus | undefined)[] = [
  'done',
  'done',
  'in_progress',
  'in_review',
  'ready',
  'waiting',
  'assigned',
  'cancelled',
  'declined',
  undefined,
];

const dayOr = (r: () => number, share: number) =>
  r() < share ? TODAY_START + Math.floor(r() * 20 - 8) * DAY : undefined;

export function tangledTasks(seed: number, size = 80): Task[] {
  const r = rng(seed);
  const id = (i: number) => `t${i}`;
  return Array.from({ length: size }, (_, i) => {
    const special = i % 6 === 0;
    const links = special ? 0 : Math.floor(r() * 3);
    const status = STATUSES[Math.floor(r() * STATUSES.length)];
    return aTask({
      id: id(i),
      title: `T${i}`,
      kind: special ? 'special' : 'stage',
      parentId: special ? undefined : id(i - (i % 6)),
      status,
      unknownStatus: status === undefined ? '差不多' : undefined,
      // Mostly earlier tasks; some later ones (cycles) and some deleted ones.
      dependsOnIds: Array.from({ length: links }, () =>
        r() < 0.1 ? 'gone' : id(Math.floor(r() < 0.8 ? r() * i : r() * size)),
      ),
      start: dayOr(r, 0.5),
      due: dayOr(r, 0.8),
      completedAt: status === 'done' && r() < 0.8 ? TODAY_START - Math.floor(r() * 5) * DAY : undefined,
      responsibleUserIds: r() < 0.85 ? [`u${i % 5}`] : [],
    });
  });
}
