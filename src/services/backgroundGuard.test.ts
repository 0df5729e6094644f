import { describe, expect, it } from 'vitest';
import { demoBase, TEST_NOW } from '../../test/support/baseFixture';
import { runJobs } from '../../automations/jobs';
import type { LocalHost } from '../local/localHost';
import { FieldType } from '../port/bitableBase';
import { BatonStore } from '../store/batonStore';
import { BACKGROUND_JOBS, runOnce } from './background';
import { beforeRepair, checkBase, confirmRelinked, RELINK_SETTING } from './backgroundGuard';
import { LiveBackground } from './backgroundLive';
import { install } from './installer';
import { openSession } from './session';

const RETRY = { retry: { attempts: 1, backoffMs: 0 } };
const LATER = TEST_NOW + 5 * 24 * 3_600_000;

const tasksTable = (local: LocalHost) => local.state.tables.find((t) => t.name === '任务')!;
const fieldId = (local: LocalHost, name: string) => tasksTable(local).fields.find((f) => f.name === name)!.id;

/** Statuses and the number of notices, as the grid shows them. */
async function snapshot(local: LocalHost) {
  const store = await BatonStore.open(local.host, RETRY);
  const statuses = Object.fromEntries(tasksTable(local).records.map((r) => [r.recordId, r.fields]));
  return { statuses: JSON.stringify(statuses), notices: (await store.readAll('notifications')).length };
}

/** The demo with stages waiting on 海报设计, which is then accepted in the grid. */
async function waitingStages() {
  const local = await demoBase();
  const store = await BatonStore.open(local.host, RETRY);
  const tasks = (await store.loadCore()).tasks;
  expect(tasks.some((t) => t.status === 'waiting')).toBe(true);
  const poster = tasks.find((t) => t.title === '海报设计')!;
  await store.update('tasks', [{ id: poster.id, values: { status: 'done', completedAt: TEST_NOW } }]);
  return local;
}

async function liveRun(local: LocalHost) {
  const session = await openSession(local.host, RETRY);
  if (session.kind !== 'ready') throw new Error(session.kind);
  // One sidebar: taking the lease has no rival to wait for.
  const runner = new LiveBackground({ holder: 'sidebar', clock: () => LATER, wait: async () => undefined });
  runner.readAll(session);
  return runner.run();
}

const once = async (local: LocalHost) =>
  runOnce(await BatonStore.open(local.host, RETRY), BACKGROUND_JOBS, {
    holder: 'automations:test',
    clock: () => LATER,
    leaseMs: 600_000,
    actor: () => Promise.resolve('ou_automations'),
  });

describe('[C7] background work stops while a field it derives from is missing', () => {
  it.each(['前置任务', '所属专项', '状态', '完成时间', '类型'])(
    'with 任务.%s deleted, neither the live runner nor a run with no sidebar changes a status or adds a notice',
    async (name) => {
      const local = await waitingStages();
      local.deleteField(tasksTable(local).id, fieldId(local, name));
      const before = await snapshot(local);
      expect(await liveRun(local)).toMatchObject({ outcome: 'halted', halt: { reason: 'inputMissing' } });
      expect(await once(local)).toMatchObject({ outcome: 'halted', halt: { reason: 'inputMissing' } });
      expect(await runJobs(local.host, ['cascade', 'escalate'], () => LATER, RETRY)).toMatchObject({
        outcome: 'halted',
      });
      const after = await snapshot(local);
      expect(after.notices).toBe(before.notices);
      expect(after.statuses).toBe(before.statuses);
    },
  );

  it('a retyped 前置任务 stops it too, and the Check page says why', async () => {
    const local = await waitingStages();
    const dependsOn = tasksTable(local).fields.find((f) => f.name === '前置任务')!;
    dependsOn.type = FieldType.Text;
    const before = await snapshot(local);
    expect(await liveRun(local)).toMatchObject({ outcome: 'halted', halt: { fields: ['dependsOn'] } });
    expect(await snapshot(local)).toEqual(before);
    expect((await checkBase(local.host)).halt).toEqual({ reason: 'inputMissing', fields: ['dependsOn'] });
  });

  it('a 前置任务 restored from the Check page stays stopped until a person confirms the links are back', async () => {
    const local = await waitingStages();
    local.deleteField(tasksTable(local).id, fieldId(local, '前置任务'));
    await beforeRepair(local.host);
    expect(await install(local.host, 'zh')).toMatchObject({ status: 'installed' });
    const before = await snapshot(local);
    expect(await liveRun(local)).toMatchObject({ outcome: 'halted', halt: { reason: 'relinkPending' } });
    expect(await once(local)).toMatchObject({ outcome: 'halted', halt: { fields: ['dependsOn'] } });
    expect(await snapshot(local)).toEqual(before);

    expect(await confirmRelinked(local.host)).toBe(true);
    expect((await checkBase(local.host)).halt).toBeUndefined();
    expect(await liveRun(local)).toMatchObject({ outcome: 'ran' });
  });

  it('a runner that saw the field missing remembers it, so a later repair cannot release everything', async () => {
    const local = await waitingStages();
    local.deleteField(tasksTable(local).id, fieldId(local, '前置任务'));
    await liveRun(local);
    const store = await BatonStore.open(local.host, RETRY);
    expect(JSON.parse(store.setting(RELINK_SETTING)!)).toEqual(['dependsOn']);
    await install(local.host, 'zh');
    expect(await once(local)).toMatchObject({ outcome: 'halted', halt: { reason: 'relinkPending' } });
  });

  it('a field recreated by hand in the grid is found by its new id and held before any repair', async () => {
    const local = await waitingStages();
    const table = tasksTable(local);
    local.deleteField(table.id, fieldId(local, '前置任务'));
    const base = await local.host.base.getTableById(table.id);
    await base.addField({ type: FieldType.DuplexLink, name: '前置任务', property: { tableId: table.id } });
    const before = await snapshot(local);
    expect(await liveRun(local)).toMatchObject({ outcome: 'halted', halt: { reason: 'relinkPending' } });
    expect(await snapshot(local)).toMatchObject({ notices: before.notices });
    await confirmRelinked(local.host);
    expect(await once(local)).toMatchObject({ outcome: 'done' });
  });

  it('a repair of something else from the Check page keeps a field recreated by hand held', async () => {
    const local = await waitingStages();
    const table = tasksTable(local);
    local.deleteField(table.id, fieldId(local, '前置任务'));
    local.deleteField(table.id, fieldId(local, '说明'));
    const base = await local.host.base.getTableById(table.id);
    await base.addField({ type: FieldType.SingleLink, name: '前置任务', property: { tableId: table.id } });
    const [problem] = (await checkBase(local.host)).problems;
    expect(problem).toMatchObject({ kind: 'missingField', field: 'description' });
    await beforeRepair(local.host, problem);
    await install(local.host, 'zh', problem);
    expect((await checkBase(local.host)).halt).toEqual({ reason: 'relinkPending', fields: ['dependsOn'] });
  });

  it('confirming while a field is missing again confirms nothing', async () => {
    const local = await waitingStages();
    local.deleteField(tasksTable(local).id, fieldId(local, '状态'));
    expect(await confirmRelinked(local.host)).toBe(false);
    expect((await checkBase(local.host)).halt).toMatchObject({ reason: 'inputMissing' });
  });
});
