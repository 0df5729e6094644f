import { describe, expect, it } from 'vitest';
import { anEvent, factsOf, may } from '../../core/dashboard/dashboardFixtures';
import { aDepartment, aMember, aTask } from '../../core/testBuilders';
import { translator } from '../../i18n/translate';
import { dashboardFigures } from '../../services/dashboard';
import { DRILL_PAGE, drillView, shownRows } from './drillModel';

const t = translator('en-US');
const MAY = { from: may(1), to: may(32) };
const COUNT = 2 * DRILL_PAGE + 7;

/** COUNT tasks declined once each in May, numbered in the order of their declines, and one deleted task. */
function declinedMany() {
  const tasks = Array.from({ length: COUNT }, (_, i) =>
    aTask({ id: `t${i}`, title: `Task ${i}`, createdAt: may(1), primaryDepartmentId: 'sales' }),
  );
  const events = tasks.map((task, i) => anEvent(task.id, 'declined', may(2) + i * 60_000, 'u1'));
  const facts = factsOf({
    tasks,
    events: [...events, anEvent('gone', 'declined', may(3), 'u1')],
    departments: [aDepartment({ id: 'sales', name: 'Sales' })],
    members: [aMember({ id: 'm1', userIds: ['u1'], departmentId: 'sales' })],
  });
  const figures = dashboardFigures({ facts, scopes: [{ kind: 'company' }] }, { kind: 'company' }, MAY);
  if (figures === 'notAllowed') throw new Error('company refused');
  return { facts, figures };
}

describe('drill-down', () => {
  it('[DB19] lists every task behind a figure by id, in the figure order, skipping a deleted task', () => {
    const { facts, figures } = declinedMany();
    const view = drillView(figures, facts, 'declines', t);
    expect(view.title).toBe(`Declines: ${COUNT}`);
    expect(view.rows).toHaveLength(COUNT);
    expect(view.rows[0]).toEqual({ id: 't0', kind: 'task', title: 'Task 0', detail: 'Sales' });
    expect(view.rows[COUNT - 1]!.title).toBe(`Task ${COUNT - 1}`);
  });

  it('[DB19] a long list shows a page at a time, "show more" adding the next page', () => {
    const { facts, figures } = declinedMany();
    const view = drillView(figures, facts, 'declines', t);
    const first = shownRows(view, DRILL_PAGE);
    expect(first.rows.map((r) => r.id)).toEqual(view.rows.slice(0, DRILL_PAGE).map((r) => r.id));
    expect(first.more).toBe(COUNT - DRILL_PAGE);
    expect(shownRows(view, 2 * DRILL_PAGE).more).toBe(7);
    expect(shownRows(view, 3 * DRILL_PAGE)).toEqual({ rows: view.rows, more: 0 });
  });

  it('[DB19] members behind a figure are listed by name with their department', () => {
    const facts = factsOf({
      tasks: [
        aTask({
          id: 'p',
          origin: 'claimed',
          responsibleUserIds: ['u1'],
          acknowledgedAt: may(3, 10),
          primaryDepartmentId: 'sales',
        }),
      ],
      departments: [aDepartment({ id: 'sales', name: 'Sales' })],
      members: [aMember({ id: 'm1', name: 'He Ping', userIds: ['u1'], departmentId: 'sales' })],
    });
    const figures = dashboardFigures({ facts, scopes: [{ kind: 'company' }] }, { kind: 'company' }, MAY);
    if (figures === 'notAllowed') throw new Error('company refused');
    expect(drillView(figures, facts, 'voluntaryShare', t).rows).toEqual([
      { id: 'm1', kind: 'member', title: 'He Ping', detail: 'Sales' },
    ]);
  });
});
