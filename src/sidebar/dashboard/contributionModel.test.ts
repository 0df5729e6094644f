import { describe, expect, it } from 'vitest';
import { factsOf, may } from '../../core/dashboard/dashboardFixtures';
import { ALL_SOURCES, MAY, org } from '../../core/dashboard/pillarFixtures';
import type { LedgerEntry } from '../../core/scoring/ledger';
import { translator } from '../../i18n/translate';
import { dashboardFigures } from '../../services/dashboard';
import { contributionView, spreadBins } from './contributionModel';

const t = translator('en-US');

const entry = (id: string, memberId: string, points: number, at: number, more: Partial<LedgerEntry> = {}) =>
  ({
    id,
    key: `k-${id}`,
    memberId,
    rule: 'owner',
    source: 'task',
    points,
    period: '2024-05',
    at,
    summary: '',
    ...more,
  }) satisfies LedgerEntry;

function figuresOf(contributions: LedgerEntry[], available = ALL_SOURCES) {
  const facts = factsOf({ ...org, contributions, available });
  const figures = dashboardFigures({ facts, scopes: [{ kind: 'company' }] }, { kind: 'company' }, MAY);
  if (figures === 'notAllowed') throw new Error('company refused');
  return { facts, figures };
}

describe('contribution charts', () => {
  it('[DB20] people fall in equal whole-point bins from zero to the highest, the top included in the last', () => {
    expect(spreadBins([0, 3, 5, 10, 10, 1.5])).toEqual([
      { range: '0–2', people: 2 },
      { range: '2–4', people: 1 },
      { range: '4–6', people: 1 },
      { range: '6–8', people: 0 },
      { range: '8–10', people: 2 },
    ]);
  });

  it('[DB20] a net reversal starts the bins below zero; equal points make one bin; nobody makes none', () => {
    expect(spreadBins([-2, 4]).map((b) => b.people)).toEqual([1, 0, 0, 0, 0, 1]);
    expect(spreadBins([-2, 4])[0]!.range).toBe('-2–-1');
    expect(spreadBins([0, 0])).toEqual([{ range: '0–1', people: 2 }]);
    expect(spreadBins([])).toEqual([]);
  });

  it("[DB20] the period's points per person and each department's points by source, translated", () => {
    const { facts, figures } = figuresOf([
      entry('e1', 'a1', 10, may(3)),
      entry('e2', 'a2', 3, may(7), { rule: 'course', source: 'course' }),
      entry('e3', 'b1', 2, may(6), { rule: 'submission', source: 'collection' }),
      entry('e4', 'a1', 5, may(8), { rule: 'award', source: 'award' }),
      // Another month: not in May's charts.
      entry('e5', 'b1', 50, may(40)),
    ]);
    const view = contributionView(figures, facts.departments, t)!;
    // a1 15, a2 3, b1 2 (the leaver has none and is left out): bins of 3 points, 0–3 to 12–15.
    expect(view.spread).toEqual([
      { range: '0–3', people: 1 },
      { range: '3–6', people: 1 },
      { range: '6–9', people: 0 },
      { range: '9–12', people: 0 },
      { range: '12–15', people: 1 },
    ]);
    expect(view.bySource).toEqual([
      { department: 'Design', source: 'Tasks', points: 10 },
      { department: 'Design', source: 'Training', points: 3 },
      { department: 'Design', source: 'Awards', points: 5 },
      { department: 'Sales', source: 'Collection', points: 2 },
    ]);
  });

  it('[DB20] no chart without 贡献 or without entries in the period', () => {
    const none = figuresOf([entry('e1', 'a1', 10, may(40))]);
    expect(contributionView(none.figures, none.facts.departments, t)).toBeUndefined();
    const unrecorded = figuresOf([entry('e1', 'a1', 10, may(3))], ['tasks', 'members']);
    expect(contributionView(unrecorded.figures, unrecorded.facts.departments, t)).toBeUndefined();
  });
});
