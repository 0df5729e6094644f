import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/support/baseFixture';
import { expectedTotals, ledgerOf, ledgerTotals, open } from '../../../test/support/scoringKit';
import { demoBase } from '../../../test/support/baseFixture';
import { HOUR } from '../../core/time';
import { toAttempt } from '../../schema/trainingEntities';
import { toMember } from '../../schema/entities';
import { toSubmission } from '../../schema/collectionEntities';
import type { BatonStore } from '../../store/batonStore';
import { reconcileLedger } from './reconcileLedger';

async function demo() {
  const local = await demoBase();
  const store = await open(local);
  const members = (await store.readAll('members')).map(toMember);
  const memberOf = (name: string) => members.find((m) => m.name === name)!.id;
  return { local, store, memberOf };
}

const run = async (store: BatonStore, at = TEST_NOW) => reconcileLedger(store, await store.loadCore(), at);

describe('collection and course facts in the ledger', () => {
  it('[SC23][SC24][SC25] on-time compliant submissions and passes are booked once, keyed by drive or course and member', async () => {
    const { local, store, memberOf } = await demo();
    await run(store);
    const ledger = await ledgerOf(local);
    const bySource = (source: string) => ledger.filter((e) => e.source === source);
    expect(bySource('collection').map((e) => [e.memberId, e.points, e.rule])).toEqual(
      ['何平', '林峰', '罗佳'].map((name) => [memberOf(name), 5, 'submission']),
    );
    expect(
      bySource('collection').every((e) => /^sc:[^|]+\|collection:[^|]+\|[^|]+\|submission#1$/.test(e.key)),
    ).toBe(true);
    expect(bySource('course').map((e) => [e.memberId, e.points])).toEqual([[memberOf('王建国'), 5]]);
    expect((await run(store)).added).toBe(0);
  });

  it('[SC23][SC13] a submission sent back later is reversed; the rest stays', async () => {
    const { local, store, memberOf } = await demo();
    await run(store);
    const mine = (await store.readAll('submissions'))
      .map(toSubmission)
      .find((s) => s.memberId === memberOf('何平'))!;
    await store.update('submissions', [{ id: mine.id, values: { review: 'rejected' } }]);
    const report = await run(store, TEST_NOW + HOUR);
    expect(report.added).toBe(1);
    const [reversal] = (await ledgerOf(local)).slice(-1);
    expect(reversal).toMatchObject({
      rule: 'reversal',
      source: 'collection',
      memberId: memberOf('何平'),
      points: -5,
    });
    expect(ledgerTotals(await ledgerOf(local))).toEqual(await expectedTotals(store));
  });

  it('[SC24][SC13] an attempt invalidated (通过 unticked) is reversed', async () => {
    const { local, store } = await demo();
    await run(store);
    const [pass] = (await store.readAll('attempts')).map(toAttempt).filter((a) => a.passed);
    await store.update('attempts', [{ id: pass!.id, values: { passed: false } }]);
    await run(store, TEST_NOW + HOUR);
    const course = (await ledgerOf(local)).filter((e) => e.source === 'course');
    expect(course.map((e) => e.points)).toEqual([5, -5]);
  });

  it('[SC25] a Base without the 收集 来源 option scores tasks and courses, books no collection entry', async () => {
    const { local, store } = await demo();
    const source = store.resolution.schema.contributions!.fields.source!;
    delete (source.options as Record<string, unknown>).collection;
    await run(store);
    const sources = new Set((await ledgerOf(local)).map((e) => e.source));
    expect(sources).toEqual(new Set(['course']));
  });
});
