import { describe, expect, it } from 'vitest';
import { TEST_NOW, demoBase, personId } from '../../test/support/baseFixture';
import { monthOf } from '../core/dashboard/period';
import { aDrive } from '../core/collection/collectionBuilders';
import { DAY } from '../core/time';
import { aCourse } from '../core/training/trainingBuilders';
import { fromDrive } from '../schema/collectionEntities';
import { fromEntry } from '../schema/contributionEntity';
import { toNotice } from '../schema/entities';
import { fromCourse } from '../schema/trainingEntities';
import { loadDashboard, dashboardFigures, figuresInSteps } from './dashboard';
import { sendDigests } from './dashboardDigest';
import { openSession } from './session';

const RETRY = { attempts: 3, backoffMs: 0 };
/** Monday 30 Nov 2026 in UTC+8, the demo calendar's offset. */
const monday = (hour: number) => Date.UTC(2026, 10, 30, hour - 8);

async function open() {
  const local = await demoBase();
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return { local, ...session };
}

describe('dashboard service', () => {
  it('[DB8] the boss gets the company and every department, with the task history read', async () => {
    const { store, data } = await open();
    const load = await loadDashboard(store, data, personId('王建国'), TEST_NOW);
    if (!load.ok) throw new Error(load.code);
    expect(load.scopes).toHaveLength(data.departments.length + 1);
    expect(load.facts.available.has('taskEvents')).toBe(true);
    expect(load.facts.tasks).toHaveLength(data.tasks.length);
  });

  it("[DB14] the other pillars' tables are read when the dashboard opens, a head's cut to their people", async () => {
    const { store, data } = await open();
    const boss = await loadDashboard(store, data, personId('王建国'), TEST_NOW);
    if (!boss.ok) throw new Error(boss.code);
    for (const source of ['collections', 'submissions', 'learning', 'surveys', 'contributions'] as const)
      expect(boss.facts.available.has(source)).toBe(true);
    expect(boss.facts.contributions).toBeDefined();
    const design = data.departments.find((d) => d.name === '设计部')!.id;
    const people = new Set(data.members.filter((m) => m.departmentId === design).map((m) => m.id));
    const head = await loadDashboard(store, data, personId('郭晓'), TEST_NOW);
    if (!head.ok) throw new Error(head.code);
    const rows = [...(head.facts.contributions ?? []), ...(head.facts.attempts ?? [])];
    expect(rows.every((r) => people.has(r.memberId ?? ''))).toBe(true);
    expect((boss.facts.contributions ?? []).length).toBeGreaterThanOrEqual(
      (head.facts.contributions ?? []).length,
    );
  });

  it('[DB14] a key two runners both wrote is read once, the smallest record id kept', async () => {
    const { store, data } = await open();
    const entry = {
      key: 'sc:2026-11|twice|x|owner#1',
      memberId: data.members[0]!.id,
      rule: 'owner' as const,
      source: 'task' as const,
      points: 3,
      period: '2026-11',
      at: TEST_NOW - DAY,
      summary: 'twice',
    };
    const ids = await store.addAll('contributions', [fromEntry(entry), fromEntry(entry)]);
    const load = await loadDashboard(store, data, personId('王建国'), TEST_NOW);
    if (!load.ok) throw new Error(load.code);
    const read = (load.facts.contributions ?? []).filter((e) => e.key === entry.key);
    expect(read.map((e) => e.id)).toEqual([[...ids].sort()[0]]);
  });

  it('[DB8] a head gets only their department, and may not ask for the company', async () => {
    const { store, data } = await open();
    const design = data.departments.find((d) => d.name === '设计部')!.id;
    const load = await loadDashboard(store, data, personId('郭晓'), TEST_NOW);
    if (!load.ok) throw new Error(load.code);
    expect(load.scopes).toEqual([{ kind: 'department', departmentId: design }]);
    expect(load.facts.tasks.length).toBeGreaterThan(0);
    expect(load.facts.tasks.every((t) => t.primaryDepartmentId === design)).toBe(true);
    const month = monthOf(TEST_NOW, 0, 480);
    expect(dashboardFigures(load, { kind: 'company' }, month)).toBe('notAllowed');
    expect(dashboardFigures(load, load.scopes[0]!, month)).toMatchObject({ byDepartment: [] });
  });

  it('[DB23] the figures in steps are the same figures, a step for the results, the trend and each department', async () => {
    const { store, data } = await open();
    const load = await loadDashboard(store, data, personId('王建国'), TEST_NOW);
    if (!load.ok) throw new Error(load.code);
    const month = monthOf(TEST_NOW, 0, 480);
    const steps = figuresInSteps(load, { kind: 'company' }, month);
    let turns = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) turns++;
    expect(turns).toBe(2 + data.departments.length);
    // Computed again from fresh facts, so no memo of the first run can make them agree.
    const again = await loadDashboard(store, data, personId('王建国'), TEST_NOW);
    if (!again.ok) throw new Error(again.code);
    expect(JSON.stringify(step.value)).toBe(
      JSON.stringify(dashboardFigures(again, { kind: 'company' }, month)),
    );
  });

  it('[DB8] an employee is refused before anything is read', async () => {
    const { local, store, data } = await open();
    const before = local.calls.total;
    expect(await loadDashboard(store, data, personId('何平'), TEST_NOW)).toEqual({
      ok: false,
      code: 'notAllowed',
    });
    expect(local.calls.total).toBe(before);
  });
});

describe('weekly digest job', () => {
  it('[DB9] on Monday at 9:00 the boss and each head get one notice; a second run adds none', async () => {
    const { local, store, data } = await open();
    expect(await sendDigests(store, data, monday(8))).toBe(0);
    const sent = await sendDigests(store, data, monday(9));
    const heads = new Set(data.departments.flatMap((d) => d.headUserIds));
    heads.add(personId('王建国'));
    expect(sent).toBe(heads.size);
    expect(await sendDigests(store, data, monday(11))).toBe(0);
    const notices = (await store.readAll('notifications'))
      .map(toNotice)
      .filter((n) => n.key.startsWith('digest/'));
    expect(notices).toHaveLength(sent);
    const boss = notices.find((n) => n.recipientUserIds[0] === personId('王建国'))!;
    expect(boss.key).toBe(`digest/${personId('王建国')}/2026-11-30`);
    expect(boss.message).toMatch(/本周需要你关注的 \d+ 件事/);
    expect(local.calls.total).toBeGreaterThan(0);
  });

  it('[DB15] the digest lists drives with people missing after the deadline and required training overdue', async () => {
    const { store, data } = await open();
    const design = data.departments.find((d) => d.name === '设计部')!.id;
    const designers = data.members.filter((m) => m.active && m.departmentId === design).length;
    const lastWeek = monday(9) - 3 * DAY;
    await store.addAll('collections', [
      fromDrive(
        aDrive({
          title: '周报收集',
          publishedAt: lastWeek - DAY,
          deadline: lastWeek,
          departmentIds: [design],
        }),
      ),
    ]);
    await store.addAll('courses', [
      fromCourse(aCourse({ title: '安全必修', requiredForDepartmentIds: [design], due: lastWeek })),
    ]);
    expect(await sendDigests(store, data, monday(9))).toBeGreaterThan(0);
    const boss = (await store.readAll('notifications'))
      .map(toNotice)
      .find((n) => n.key === `digest/${personId('王建国')}/2026-11-30`)!;
    expect(boss.message).toContain(`收集截止后仍有 ${designers} 人未交：周报收集`);
    expect(boss.message).toContain(`必修课逾期 ${designers} 人：安全必修`);
  });

  it('[DB9] outside Monday nothing is read at all', async () => {
    const { local, store, data } = await open();
    const before = local.calls.total;
    expect(await sendDigests(store, data, monday(9) + 24 * 3_600_000)).toBe(0);
    expect(local.calls.total).toBe(before);
  });
});
