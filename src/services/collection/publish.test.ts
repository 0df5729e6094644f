import { describe, expect, it } from 'vitest';
import { BOSS, collectionBase, DEADLINE, DESIGNER, HR } from '../../../test/support/collectionFixture';
import { TEST_NOW } from '../../../test/support/baseFixture';
import { DAY } from '../../core/time';
import type { FailureTiming } from '../../local/failureInjector';
import { toNotice } from '../../schema/entities';
import type { BatonStore } from '../../store/batonStore';
import { readCollections } from './collectionData';
import { closeDrive, extendDrive, publishDrive, remindMissing } from './publish';

const notices = async (store: BatonStore) =>
  (await store.readAll('notifications')).map(toNotice).filter((n) => n.type === 'collection');

describe('publishing a drive', () => {
  it('[CD6] tells each of the 16 people of 设计部 and 市场部 once; a retry adds nothing', async () => {
    const { store, data, draft } = await collectionBase();
    const first = await publishDrive(store, data, HR, draft, 'req-1', TEST_NOW);
    expect(first).toMatchObject({ ok: true, notified: 16 });
    await publishDrive(store, data, HR, draft, 'req-1', TEST_NOW);
    const sent = await notices(store);
    expect(sent).toHaveLength(16);
    expect(new Set(sent.map((n) => n.recipientUserIds[0])).size).toBe(16);
    expect(sent[0]!.message).toContain('参赛作品');
    expect((await readCollections(store)).drives).toHaveLength(1);
  });

  it.each<[number, FailureTiming]>([
    [1, 'after'],
    [3, 'after'],
    [4, 'after'],
    [6, 'before'],
    [7, 'before'],
    [12, 'before'],
  ])(
    '[CD6] with a tenth of calls failing (seed %i, %s) each person is told exactly once',
    async (seed, timing) => {
      const { local, store, data, draft } = await collectionBase();
      local.failures.failRate(0.1, timing, seed);
      let ok = false;
      for (let attempt = 0; !ok; attempt++) {
        if (attempt === 20) throw new Error('did not finish in 20 tries');
        ok = await publishDrive(store, data, HR, draft, 'req-f', TEST_NOW).then(
          (r) => r.ok,
          () => false,
        );
      }
      expect(local.failures.injected).toBeGreaterThan(0);
      local.failures.clear();
      const sent = await notices(store);
      expect(sent.map((n) => n.key).sort()).toEqual([...new Set(sent.map((n) => n.key))].sort());
      expect(sent).toHaveLength(16);
      expect((await readCollections(store)).drives).toHaveLength(1);
    },
  );

  it('[CD7] a designer may not publish; [CD1] a past deadline or an empty format list writes nothing', async () => {
    const { store, data, draft } = await collectionBase();
    expect(await publishDrive(store, data, DESIGNER, draft, 'r', TEST_NOW)).toEqual({
      ok: false,
      refusal: 'notAllowed',
    });
    const bad = { ...draft, deadline: TEST_NOW - DAY, formats: [] };
    expect(await publishDrive(store, data, HR, bad, 'r', TEST_NOW)).toEqual({
      ok: false,
      refusal: 'invalid',
      problems: ['deadlinePast', 'formatsEmpty'],
    });
    expect((await readCollections(store)).drives).toHaveLength(0);
    expect(await notices(store)).toHaveLength(0);
  });

  it('[CD2] extending tells those missing; closing and reminding are the organizer’s or the boss’s', async () => {
    const { store, data, draft } = await collectionBase();
    const published = await publishDrive(store, data, HR, draft, 'req', TEST_NOW);
    if (!published.ok) throw new Error('publish refused');
    const id = published.driveId;
    expect(await extendDrive(store, data, DESIGNER, id, DEADLINE + DAY, [], TEST_NOW)).toMatchObject({
      refusal: 'notAllowed',
    });
    expect(await extendDrive(store, data, HR, id, DEADLINE - DAY, [], TEST_NOW)).toMatchObject({
      refusal: 'invalid',
    });
    expect(await extendDrive(store, data, HR, id, DEADLINE + DAY, [], TEST_NOW)).toMatchObject({
      notified: 16,
    });
    expect((await readCollections(store)).drives[0]!.deadline).toBe(DEADLINE + DAY);
    const collections = await readCollections(store);
    await remindMissing(store, data, BOSS, id, collections, TEST_NOW);
    await remindMissing(store, data, BOSS, id, collections, TEST_NOW + 1000);
    expect((await notices(store)).filter((n) => n.key.includes(':nudge:'))).toHaveLength(16);
    expect(await closeDrive(store, data, HR, id, TEST_NOW)).toMatchObject({ ok: true });
    expect((await readCollections(store)).drives[0]!.status).toBe('closed');
    expect(await remindMissing(store, data, HR, id, collections, TEST_NOW)).toMatchObject({
      refusal: 'closed',
    });
  });
});
