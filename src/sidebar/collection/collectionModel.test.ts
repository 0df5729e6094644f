import { describe, expect, it } from 'vitest';
import { aDrive, aSubmission, DEADLINE, PUBLISHED } from '../../core/collection/collectionBuilders';
import { DAY } from '../../core/time';
import { aDepartment, aMember } from '../../core/testBuilders';
import { translator } from '../../i18n/translate';
import { csvRows, drivePage, managedDrives, myDrives } from './collectionModel';
import { competitionTemplate, draftOf, emptyForm } from './editorModel';

const t = translator('en-US');
const design = aDepartment({ name: '设计部' });
const market = aDepartment({ name: '市场部' });
const ann = aMember({ name: 'Ann', departmentId: design.id });
const bob = aMember({ name: 'Bob', departmentId: market.id });
const hr = aMember({ name: 'Hr', role: 'boss' });
const org = { departments: [design, market], members: [ann, bob, hr] };
const user = (m: { userIds: string[] }) => m.userIds[0]!;

describe('collection view-models', () => {
  it('[CD8] my drives: open ones I belong to, soonest first, with my state', () => {
    const later = aDrive({ departmentIds: [design.id], deadline: DEADLINE + DAY, title: 'later' });
    const sooner = aDrive({ departmentIds: [design.id], title: 'sooner' });
    const other = aDrive({ departmentIds: [market.id] });
    const closed = aDrive({ departmentIds: [design.id], status: 'closed' });
    const subs = [aSubmission(sooner, ann.id, { compliant: false })];
    const mine = myDrives(org, user(ann), [later, sooner, other, closed], subs, PUBLISHED);
    expect(mine.map((m) => [m.drive.title, m.state])).toEqual([
      ['sooner', 'problems'],
      ['later', 'missing'],
    ]);
  });

  it('[CD7] managed drives: the organizer’s own, all for the boss', () => {
    const drive = aDrive({ organizerUserIds: [user(ann)] });
    expect(managedDrives(org, user(ann), [drive])).toEqual([drive]);
    expect(managedDrives(org, user(bob), [drive])).toEqual([]);
    expect(managedDrives(org, user(hr), [drive])).toEqual([drive]);
  });

  it('[CD12] the drive page lists the missing first, counts by department and exports one CSV row each', () => {
    const drive = aDrive({ departmentIds: [design.id, market.id] });
    const page = drivePage(org, drive, [aSubmission(drive, ann.id, { files: [] })], t);
    expect(page.rows.map((r) => [r.name, r.state])).toEqual([
      ['Bob', 'missing'],
      ['Ann', 'compliant'],
    ]);
    expect(page.departments.map((d) => [d.name, d.counts.submitted])).toEqual([
      ['设计部', 1],
      ['市场部', 0],
    ]);
    expect(page.figures).toContain('50%');
    const csv = csvRows(page, t);
    expect(csv).toHaveLength(2);
    expect(csv[0]).toMatchObject({ Name: 'Bob', State: 'Missing' });
  });

  it('[CD1] the editor’s template is the competition drive; the form becomes a drive ending that day', () => {
    const form = competitionTemplate(PUBLISHED, [design, market], { title: 'Entries', requirements: 'PDF' });
    const draft = draftOf(form);
    expect(draft).toMatchObject({
      title: 'Entries',
      formats: ['pdf'],
      maxFiles: 3,
      namingRule: '{部门}-{姓名}-{标题}',
      departmentIds: [design.id, market.id],
      needsReview: true,
      points: 5,
      reminderDays: [3, 1],
    });
    expect(draft.deadline).toBeGreaterThan(PUBLISHED + 5 * DAY - DAY);
    expect(draftOf({ ...emptyForm(PUBLISHED), maxSizeMb: '' }).maxSizeMb).toBeUndefined();
    expect(draftOf({ ...emptyForm(PUBLISHED), deadline: 'soon' }).deadline).toBeUndefined();
  });
});
