import { describe, expect, it } from 'vitest';
import { prepareFacts } from '../core/dashboard/facts';
import type { MeasureResult } from '../core/dashboard/measure';
import { computeAll, scopeFacts } from '../core/dashboard/measures';
import { DAY } from '../core/time';
import { DEFAULT_CALENDAR } from '../core/workingTime';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE } from './demoCompany';
import { demoHistoryPlan } from './demoHistoryPlan';

const TODAY = Date.UTC(2026, 10, 25, 16);
const departmentIds = new Map(DEMO_DEPARTMENTS.map((d, i) => [d.name, `dep${i}`]));

function windowResults(plan: ReturnType<typeof demoHistoryPlan>, w: number) {
  const tasks = plan.map((h, i) => ({ ...h.task, id: `t${i}` }));
  const events = plan.flatMap((h, i) =>
    h.events.map((e, k) => ({ ...e, id: `e${i}-${k}`, taskId: `t${i}` })),
  );
  const facts = prepareFacts({
    tasks,
    events,
    members: DEMO_PEOPLE.map((p) => ({
      id: p.userId,
      name: p.name,
      userIds: [p.userId],
      departmentId: departmentIds.get(p.department),
      employeeNo: '',
      skills: [],
      active: true,
    })),
    departments: DEMO_DEPARTMENTS.map((d, i) => ({
      id: `dep${i}`,
      name: d.name,
      headUserIds: [],
      duties: '',
    })),
    available: new Set(['tasks', 'taskEvents', 'members']),
    now: TODAY,
    calendar: DEFAULT_CALENDAR,
  });
  const from = TODAY - (6 - w) * 30 * DAY;
  return computeAll(scopeFacts(facts, { kind: 'company' }), { from, to: from + 30 * DAY });
}

const value = (r: MeasureResult) => (r.status === 'ok' ? r.value : NaN);

describe('demo history', () => {
  const plan = demoHistoryPlan(TODAY, departmentIds);

  it('[DB10] is the same on every run', () => {
    expect(demoHistoryPlan(TODAY, departmentIds)).toEqual(plan);
    expect(plan).toHaveLength(6 * 24);
  });

  it('[DB10] moves from the seed\'s "before" toward its "after" figures', () => {
    const first = windowResults(plan, 0);
    const last = windowResults(plan, 5);
    expect(value(first.assignMedian)).toBeGreaterThan(12);
    expect(value(last.assignMedian)).toBeLessThan(2);
    expect(value(first.poolClaimRate)).toBeLessThan(0.3);
    expect(value(last.poolClaimRate)).toBeGreaterThan(0.3);
    expect(value(first.declines)).toBeGreaterThan(value(last.declines) * 3);
    expect(value(first.bounced)).toBeGreaterThan(0);
    expect(value(last.bounced)).toBe(0);
  });

  it('[DB10] is all in the past', () => {
    for (const { task, events } of plan) {
      expect(task.createdAt!).toBeLessThan(TODAY);
      for (const e of events) expect(e.at!).toBeLessThan(TODAY);
    }
  });
});
