import { describe, expect, it } from 'vitest';
import { aTask } from '../../core/testBuilders';
import { parseDay } from '../shared/dayInput';
import { changeOf, formOf } from './editModel';

describe('edit form', () => {
  const task = aTask({ title: '直播课堂', description: '线上', due: parseDay('2026-12-01'), points: 30 });

  it('[EV10] asks only for the fields that changed', () => {
    expect(changeOf(task, formOf(task))).toEqual({ kind: 'change' });
    expect(changeOf(task, { ...formOf(task), due: '2026-12-05', points: '40' })).toEqual({
      kind: 'change',
      due: parseDay('2026-12-05'),
      points: 40,
    });
  });

  it('[EV10] a date that does not parse reaches core as the past, to be refused with a reason', () => {
    expect(changeOf(task, { ...formOf(task), due: '2026-02-30' }).due).toBe(Number.NEGATIVE_INFINITY);
    expect(changeOf(task, { ...formOf(task), points: 'x' }).points).toBeNaN();
  });
});
