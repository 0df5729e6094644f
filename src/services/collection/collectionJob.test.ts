import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/support/baseFixture';
import {
  collectionBase,
  DEADLINE,
  DESIGNER,
  detect,
  HR,
  pdfFile,
} from '../../../test/support/collectionFixture';
import { DAY, HOUR } from '../../core/time';
import { toNotice } from '../../schema/entities';
import type { BatonStore } from '../../store/batonStore';
import { readCollections } from './collectionData';
import { runCollection } from './collectionJob';
import { publishDrive } from './publish';
import { submitFiles } from './submit';

const reminders = async (store: BatonStore, tag: string) =>
  (await store.readAll('notifications')).map(toNotice).filter((n) => n.key.includes(`:${tag}:`));

async function published() {
  const base = await collectionBase();
  const result = await publishDrive(base.store, base.data, HR, base.draft, 'req', TEST_NOW);
  if (!result.ok) throw new Error('publish refused');
  await submitFiles(
    base.store,
    base.data,
    DESIGNER,
    { driveId: result.driveId, files: [pdfFile('a.pdf')], title: '', rename: false, detect },
    TEST_NOW + HOUR,
  );
  const writes = () => {
    const m = base.local.calls.byMethod;
    return (m.addRecords ?? 0) + (m.setRecords ?? 0) + (m.deleteRecords ?? 0);
  };
  return { ...base, driveId: result.driveId, writes };
}

describe('the collection job', () => {
  it('[CD10] reminds only those missing at each point; a second run writes nothing', async () => {
    const d = await published();
    await runCollection(d.store, d.data, DEADLINE - 4 * DAY);
    expect(await reminders(d.store, 'remind:3d')).toHaveLength(0);
    const run = await runCollection(d.store, d.data, DEADLINE - 3 * DAY + HOUR);
    expect(run.reminders).toBe(15);
    const sent = await reminders(d.store, 'remind:3d');
    expect(sent.map((n) => n.recipientUserIds[0])).not.toContain(DESIGNER);
    expect(sent).toHaveLength(15);
    const before = d.writes();
    await runCollection(d.store, d.data, DEADLINE - 3 * DAY + 2 * HOUR);
    expect(d.writes()).toBe(before);
    await runCollection(d.store, d.data, DEADLINE + HOUR);
    expect(await reminders(d.store, 'due')).toHaveLength(15);
    // 郭晓 heads 设计部 and 张伟 市场部: each hears who is missing in their department.
    expect(await reminders(d.store, 'dueHead')).toHaveLength(2);
    await runCollection(d.store, d.data, DEADLINE + DAY + HOUR);
    expect((await reminders(d.store, 'daily:1')).map((n) => n.recipientUserIds[0])).toEqual([HR]);
  });

  it('a row added in the grid is checked from its cell and its author told what is wrong, once', async () => {
    const d = await published();
    const member = d.memberOf(DESIGNER);
    await d.store.addAll('submissions', [{ collection: [d.driveId], member: [member.id], title: '网格' }]);
    const rows = await d.store.readAll('submissions');
    const gridRow = rows.find((r) => r.values.title === '网格')!;
    const table = d.store.table('submissions');
    const base = await d.store.host.base.getTableById(table.id);
    const png = { name: 'logo.pdf', size: 2000, type: 'image/png', token: 'box-1', timeStamp: TEST_NOW };
    await base.setRecords([{ recordId: gridRow.id, fields: { [table.fields.files!.id]: [png] } }]);
    expect(await runCollection(d.store, d.data, TEST_NOW + 2 * HOUR)).toMatchObject({ checked: 1 });
    await runCollection(d.store, d.data, TEST_NOW + 3 * HOUR);
    const checked = (await readCollections(d.store)).submissions.find((s) => s.id === gridRow.id)!;
    expect(checked).toMatchObject({ compliant: false, version: 2, checkedAt: TEST_NOW + 2 * HOUR });
    expect(checked.problems).toContain('PNG');
    const told = await reminders(d.store, 'problems');
    expect(told).toHaveLength(1);
    expect(told[0]!.recipientUserIds).toEqual([DESIGNER]);
  });
});
