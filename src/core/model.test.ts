import { describe, expect, it } from 'vitest';
import { isOverdue, TASK_STATUSES } from './model';
import { aTask, TODAY_START } from './testBuilders';
import { DAY } from './time';

describe('isOverdue', () => {
  it('[D5] due before today and neither done nor cancelled; a declined task is late too', () => {
    const late = TASK_STATUSES.filter((status) =>
      isOverdue(aTask({ status, due: TODAY_START - 1 }), TODAY_START),
    );
    expect(late).toEqual(TASK_STATUSES.filter((s) => s !== 'done' && s !== 'cancelled'));
    expect(isOverdue(aTask({ status: undefined, due: TODAY_START - 1 }), TODAY_START)).toBe(true);
  });

  it('[D5] due today or later, or without a due date, is not overdue', () => {
    expect(isOverdue(aTask({ due: TODAY_START }), TODAY_START)).toBe(false);
    expect(isOverdue(aTask({ due: TODAY_START + DAY }), TODAY_START)).toBe(false);
    expect(isOverdue(aTask({ due: undefined }), TODAY_START)).toBe(false);
  });
});
