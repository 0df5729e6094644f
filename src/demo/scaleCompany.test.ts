import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../core/time';
import type { LocalState } from '../local/localState';
import { ASSIGNED_SHARE, POOL_SHARE, scaleCompany } from './scaleCompany';

const TODAY = Date.UTC(2026, 5, 1);
const build = (todayStart: number) =>
  scaleCompany(300, { todayStart, now: todayStart + 6 * HOUR, baseName: 'scale' });

/** The Tasks table's records as title, status and due date, by the fields' Chinese names. */
function tasks(state: LocalState) {
  const table = state.tables.find((t) => t.name === '任务')!;
  const id = (name: string) => table.fields.find((f) => f.name === name)!.id;
  const text = (cell: unknown) =>
    Array.isArray(cell) ? cell.map((s: { text?: string }) => s.text ?? '').join('') : '';
  return table.records.map((r) => ({
    title: text(r.fields[id('标题')]),
    status: (r.fields[id('状态')] as { text?: string } | null)?.text,
    due: r.fields[id('截止日期')] as number | null,
  }));
}

describe('the company at scale', () => {
  it('holds exactly the tasks asked for, with the shares waiting to be taken up', async () => {
    const rows = tasks(await build(TODAY));
    expect(rows).toHaveLength(300);
    const generated = rows.filter((r) => r.title.includes(' #'));
    expect(generated.filter((r) => r.status === '待确认')).toHaveLength(Math.round(300 * ASSIGNED_SHARE));
    expect(generated.filter((r) => r.status === '待认领')).toHaveLength(Math.round(300 * POOL_SHARE));
  });

  it('is the same Base for the same day, and moves with the day it is built on', async () => {
    const [a, b, later] = await Promise.all([build(TODAY), build(TODAY), build(TODAY + 7 * DAY)]);
    expect(tasks(b)).toEqual(tasks(a));
    const shifted = tasks(later);
    tasks(a).forEach((row, i) => {
      expect(shifted[i]!.title).toBe(row.title);
      if (row.due !== null && shifted[i]!.due !== null) expect(shifted[i]!.due! - row.due).toBe(7 * DAY);
    });
  });
});
