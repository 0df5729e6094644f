/** The demo company with the competition drive ready to publish, and real file bytes for the check. */
import { fileTypeFromBuffer } from 'file-type/core';
import type { DriveDraft } from '../../src/services/collection/publish';
import type { Detect } from '../../src/services/collection/fileFacts';
import { openSession } from '../../src/services/session';
import { DAY } from '../../src/core/time';
import { demoBase, personId, TEST_NOW } from './baseFixture';

export const detect: Detect = (bytes) => fileTypeFromBuffer(bytes);

/** A minimal but real PDF and PNG: the detector reads their signatures. */
export function pdfFile(name: string, body = 'poster'): File {
  const text = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return new File([text], name, { type: 'application/pdf' });
}

export function pngFile(name: string): File {
  const bytes = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0,
    1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde,
  ]);
  return new File([bytes], name, { type: 'application/pdf' });
}

export const HR = personId('程英');
export const BOSS = personId('王建国');
export const DESIGNER = personId('何平');
export const DESIGNER_2 = personId('林峰');
export const OUTSIDER = personId('曹阳');
export const DEADLINE = TEST_NOW + 7 * DAY;

export async function collectionBase() {
  const local = await demoBase();
  const session = await openSession(local.host, { retry: { attempts: 4, backoffMs: 0 } });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  const { store, data } = session;
  // The demo's own drive is removed: each test starts with no drives and counts only what it adds.
  const [drives, submissions] = await Promise.all([
    store.readAll('collections'),
    store.readAll('submissions'),
  ]);
  await store.remove(
    'submissions',
    submissions.map((r) => r.id),
  );
  await store.remove(
    'collections',
    drives.map((r) => r.id),
  );
  const dep = (name: string) => data.departments.find((d) => d.name === name)!.id;
  const draft: DriveDraft = {
    title: '参赛作品',
    requirements: '近三个月的设计作品',
    formats: ['pdf'],
    maxSizeMb: 20,
    minFiles: 1,
    maxFiles: 3,
    namingRule: '',
    deadline: DEADLINE,
    departmentIds: [dep('设计部'), dep('市场部')],
    memberIds: [],
    openToAll: false,
    needsReview: true,
    points: 5,
    reminderDays: [3, 1],
  };
  const memberOf = (userId: string) => data.members.find((m) => m.userIds.includes(userId))!;
  return { local, store, data, draft, memberOf };
}
