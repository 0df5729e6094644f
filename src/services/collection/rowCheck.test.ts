import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/support/baseFixture';
import { collectionBase, DEADLINE, DESIGNER, HR, OUTSIDER } from '../../../test/support/collectionFixture';
import { latestByMember } from '../../core/collection/drive';
import { DAY, HOUR } from '../../core/time';
import { toNotice } from '../../schema/entities';
import { readCollections } from './collectionData';
import { runCollection } from './collectionJob';
import { closeDrive, publishDrive } from './publish';

const pdf = { name: 'a.pdf', size: 2000, type: 'application/pdf', token: 'box-1', timeStamp: TEST_NOW };

async function published() {
  const base = await collectionBase();
  const result = await publishDrive(base.store, base.data, HR, base.draft, 'req', TEST_NOW);
  if (!result.ok) throw new Error('publish refused');
  const { store, local } = base;
  const table = store.table('submissions');
  /** A row as the form view adds it: a member (or none), a file, and the Base's own creation time. */
  const formRow = async (userId: string | undefined, arrivedAt: number) => {
    const member = userId ? [base.memberOf(userId).id] : [];
    const [id] = await store.addAll('submissions', [{ collection: [result.driveId], member, title: '表单' }]);
    const handle = await store.host.base.getTableById(table.id);
    await handle.setRecords([{ recordId: id!, fields: { [table.fields.files!.id]: [pdf] } }]);
    const stored = local.state.tables.find((t) => t.id === table.id)!.records;
    stored.find((r) => r.recordId === id)!.createdTime = arrivedAt;
    return id!;
  };
  const row = async (id: string) => (await readCollections(store)).submissions.find((s) => s.id === id)!;
  const told = async (tag: string) =>
    (await store.readAll('notifications')).map(toNotice).filter((n) => n.key.includes(`:${tag}:`));
  return { ...base, driveId: result.driveId, formRow, row, told };
}

describe('the background check of form and grid rows', () => {
  it('[CD19] a row by someone outside the audience is marked refused in plain words and its author told once', async () => {
    const d = await published();
    const id = await d.formRow(OUTSIDER, TEST_NOW + HOUR);
    await runCollection(d.store, d.data, TEST_NOW + 2 * HOUR);
    await runCollection(d.store, d.data, TEST_NOW + 3 * HOUR);
    expect(await d.row(id)).toMatchObject({ compliant: false, review: 'rejected' });
    expect((await d.row(id)).problems).toMatch(/不在这次收集的对象里|not in the audience/);
    const told = await d.told('refused');
    expect(told.map((n) => n.recipientUserIds)).toEqual([[OUTSIDER]]);
  });

  it('[CD19] a row that arrived after the drive closed is refused; one that arrived before is taken', async () => {
    const d = await published();
    const before = await d.formRow(DESIGNER, TEST_NOW + HOUR);
    await runCollection(d.store, d.data, TEST_NOW + HOUR);
    await closeDrive(d.store, d.data, HR, d.driveId, TEST_NOW + 2 * HOUR);
    const after = await d.formRow(DESIGNER, TEST_NOW + 3 * HOUR);
    await runCollection(d.store, d.data, TEST_NOW + 4 * HOUR);
    expect(await d.row(before)).toMatchObject({ compliant: true, review: 'pending' });
    expect((await d.row(after)).problems).toMatch(/已经结束|already closed/);
    // The refused row does not hide the version taken before: 何平 still stands with it.
    const latest = latestByMember((await readCollections(d.store)).submissions);
    expect(latest.get(d.memberOf(DESIGNER).id)?.id).toBe(before);
  });

  it('[CD19] lateness is judged by when the row arrived, not when the job runs', async () => {
    const d = await published();
    const early = await d.formRow(DESIGNER, DEADLINE - HOUR);
    await runCollection(d.store, d.data, DEADLINE + DAY);
    const late = await d.formRow(DESIGNER, DEADLINE + HOUR);
    await runCollection(d.store, d.data, DEADLINE + 2 * DAY);
    expect(await d.row(early)).toMatchObject({ late: false, submittedAt: DEADLINE - HOUR });
    expect(await d.row(late)).toMatchObject({ late: true, submittedAt: DEADLINE + HOUR, version: 2 });
  });

  it('[CD20] a row naming no member stays unchecked and the organizer is told once', async () => {
    const d = await published();
    const id = await d.formRow(undefined, TEST_NOW + HOUR);
    const first = await runCollection(d.store, d.data, TEST_NOW + 2 * HOUR);
    await runCollection(d.store, d.data, TEST_NOW + 3 * HOUR);
    expect(first.checked).toBe(0);
    expect((await d.row(id)).checkedAt).toBeUndefined();
    const told = await d.told('noAuthor');
    expect(told.map((n) => n.recipientUserIds)).toEqual([[HR]]);
  });
});
