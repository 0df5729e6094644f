import { describe, expect, it } from 'vitest';
import { aStage, aTask } from './testBuilders';
import { taskById, taskIndexOf } from './taskIndex';

describe('taskIndexOf', () => {
  it('[SP7] builds the index once per list, and a new list gets its own', () => {
    const special = aTask({ title: '直播' });
    const stage = aStage(special, { title: '海报设计' });
    const tasks = [special, stage];
    expect(taskIndexOf(tasks)).toBe(taskIndexOf(tasks));
    expect(taskById(tasks, stage.parentId)).toBe(special);
    const renamed = { ...special, title: '发布会' };
    const next = [renamed, stage];
    expect(taskIndexOf(next)).not.toBe(taskIndexOf(tasks));
    expect(taskById(next, stage.parentId)?.title).toBe('发布会');
  });

  it('[SP7] knows where each task stands, and finds nothing for a missing or absent id', () => {
    const tasks = [aTask({ title: 'a' }), aTask({ title: 'b' })];
    expect(tasks.map((t) => taskIndexOf(tasks).positionOf.get(t.id))).toEqual([0, 1]);
    expect(taskById(tasks, undefined)).toBeUndefined();
    expect(taskById(tasks, 'nope')).toBeUndefined();
  });
});
