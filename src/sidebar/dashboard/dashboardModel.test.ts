import { describe, expect, it } from 'vitest';
import { anEvent, factsOf, may } from '../../core/dashboard/dashboardFixtures';
import { aDrive, aSubmission } from '../../core/collection/collectionBuilders';
import { aDepartment, aMember, aTask } from '../../core/testBuilders';
import { translator } from '../../i18n/translate';
import { dashboardFigures, type DashboardData } from '../../services/dashboard';
import { drillView } from './drillModel';
import { chartableMeasures, groupsView, scopeOptions, trendView } from './dashboardModel';

const t = translator('en-US');
const MAY = { from: may(1), to: may(32) };
const design = aDepartment({ id: 'design', name: 'Design' });
const sales = aDepartment({ id: 'sales', name: 'Sales' });
const tasks = [
  aTask({
    id: 'a',
    title: 'Poster',
    createdAt: may(6, 9),
    acknowledgedAt: may(6, 10),
    primaryDepartmentId: 'design',
  }),
  aTask({
    id: 'b',
    title: 'Flyer',
    status: 'done',
    due: may(5),
    completedAt: may(5, 10),
    primaryDepartmentId: 'sales',
  }),
  aTask({ id: 'c', title: 'Launch', due: may(7), createdAt: may(1), primaryDepartmentId: 'sales' }),
];
const facts = factsOf({
  tasks,
  departments: [design, sales],
  members: [aMember({ id: 'm1', name: 'He Ping', userIds: ['u1'], departmentId: 'design' })],
  events: [anEvent('c', 'declined', may(2, 10), 'u1'), anEvent('c', 'declined', may(3, 10), 'u1')],
});
const data: DashboardData = {
  facts,
  scopes: [
    { kind: 'company' },
    { kind: 'department', departmentId: 'design' },
    { kind: 'department', departmentId: 'sales' },
  ],
};
const figures = dashboardFigures(data, { kind: 'company' }, MAY);
if (figures === 'notAllowed') throw new Error('company refused');

describe('dashboard view', () => {
  it('[DB7] cards show the figure in its unit, with the seed reference, or "not enough data yet"', () => {
    const cards = groupsView(figures, t).flatMap((g) => g.cards);
    const byId = (id: string) => cards.find((c) => c.id === id)!;
    expect(byId('assignMedian')).toMatchObject({
      valueText: '1 working h',
      referenceText: 'Target: 27 working h → 1 working h',
    });
    expect(byId('completionRate')).toMatchObject({ valueText: '50%', sampleText: 'from 2', itemCount: 1 });
    expect(byId('declines')).toMatchObject({
      valueText: '2',
      referenceText: 'Target: down 90% from the first month',
    });
    expect(byId('collectionRate')).toMatchObject({
      state: 'noSource',
      valueText: 'Not enough data yet: nothing recorded in Collections、Submissions yet',
    });
    expect(byId('poolClaimRate')).toMatchObject({ state: 'noData', valueText: 'Not enough data yet' });
  });

  it('[DB7] incomplete figures carry their note', () => {
    const noDue = factsOf({
      tasks: [...tasks, aTask({ id: 'd', createdAt: may(2) })],
      departments: [design, sales],
    });
    const f = dashboardFigures({ ...data, facts: noDue }, { kind: 'company' }, MAY);
    if (f === 'notAllowed') throw new Error('refused');
    const card = groupsView(f, t)
      .flatMap((g) => g.cards)
      .find((c) => c.id === 'completionRate')!;
    expect(card.notes).toEqual(['2 special tasks have no due date: not counted']);
  });

  it('[DB1] the trend has twelve months with the reference, and bars by department', () => {
    const trend = trendView(figures, 'completionRate', [design, sales], 480, t);
    expect(trend.points).toHaveLength(12);
    expect(trend.points[11]).toEqual({ month: '2024-05', value: 50 });
    expect(trend.points[0]).toEqual({ month: '2023-06', value: undefined });
    expect(trend.reference).toEqual({ before: 50, after: 85 });
    expect(trend.bars).toEqual([{ department: 'Sales', value: 50 }]);
    expect(trendView(figures, 'declines', [design, sales], 480, t).reference).toEqual({
      before: 2,
      after: 0.2,
    });
  });

  it('[DB6] drilling into declines lists the declined tasks with their department', () => {
    expect(drillView(figures, facts, 'declines', t)).toEqual({
      title: 'Declines: 1',
      rows: [{ id: 'c', kind: 'task', title: 'Launch', detail: 'Sales' }],
    });
  });

  it('[DB8] the scope choice names the company and the departments; charts leave out unrecorded sources', () => {
    expect(scopeOptions(data.scopes, [design, sales], t).map((o) => o.label)).toEqual([
      'Whole company',
      'Design',
      'Sales',
    ]);
    expect(chartableMeasures(figures)).not.toContain('collectionRate');
    expect(chartableMeasures(figures)).toContain('declines');
  });

  it('[DB11] a collection card shows days in days, and drills down to the drives behind it', () => {
    const drive = aDrive({ id: 'd1', title: 'Receipts', publishedAt: may(1, 9), deadline: may(10, 9) });
    const facts = factsOf({
      members: [aMember({ id: 'm1' }), aMember({ id: 'm2' })],
      drives: [drive],
      submissions: [aSubmission(drive, 'm1', { submittedAt: may(4, 9) })],
      available: ['tasks', 'taskEvents', 'members', 'collections', 'submissions'],
    });
    const own = dashboardFigures({ facts, scopes: [{ kind: 'company' }] }, { kind: 'company' }, MAY);
    if (own === 'notAllowed') throw new Error('company refused');
    const cards = groupsView(own, t).flatMap((g) => g.cards);
    expect(cards.find((c) => c.id === 'collectDays')).toMatchObject({
      valueText: '3 days',
      referenceText: 'Target: 5 days → 3 days',
    });
    expect(cards.find((c) => c.id === 'collectionRate')).toMatchObject({ valueText: '50%' });
    expect(drillView(own, facts, 'collectionRate', t).rows).toEqual([
      { id: 'd1', kind: 'drive', title: 'Receipts', detail: '' },
    ]);
  });
});
