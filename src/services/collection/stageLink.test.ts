import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/support/baseFixture';
import { collectionBase, HR } from '../../../test/support/collectionFixture';
import { HOUR } from '../../core/time';
import { toTask } from '../../schema/entities';
import { runCollection } from './collectionJob';
import { closeDrive, publishDrive } from './publish';

async function launchedFromStage() {
  const base = await collectionBase();
  const task = (title: string) => base.data.tasks.find((t) => t.title === title)!;
  const stageId = task('作品收集').id;
  const draft = { ...base.draft, stageId };
  const published = await publishDrive(base.store, base.data, HR, draft, 'req', TEST_NOW);
  if (!published.ok) throw new Error('publish refused');
  const status = async (title: string) =>
    toTask((await base.store.readByIds('tasks', [task(title).id]))[0]!).status;
  const history = async () =>
    (await base.store.readAll('taskEvents')).filter((e) => String(e.values.key ?? '').includes(':stage:'));
  const writes = () => {
    const m = base.local.calls.byMethod;
    return (m.addRecords ?? 0) + (m.setRecords ?? 0) + (m.deleteRecords ?? 0);
  };
  return { ...base, driveId: published.driveId, stageId, status, history, writes };
}

describe('a drive launched from a stage', () => {
  it('[CD16] the stage stays open while the drive is open', async () => {
    const d = await launchedFromStage();
    expect(await runCollection(d.store, d.data, TEST_NOW + HOUR, HR)).toMatchObject({ stages: 0 });
    expect(await d.status('作品收集')).toBe('in_progress');
  });

  it('[CD16] closing the drive completes the stage once, and the next stage becomes ready', async () => {
    const d = await launchedFromStage();
    await closeDrive(d.store, d.data, HR, d.driveId, TEST_NOW + HOUR);
    expect(await runCollection(d.store, d.data, TEST_NOW + 2 * HOUR, HR)).toMatchObject({ stages: 1 });
    expect(await d.status('作品收集')).toBe('done');
    expect(await d.status('作品评选')).toBe('ready');
    expect(await d.history()).toHaveLength(1);

    const before = d.writes();
    const fresh = { ...d.data, tasks: (await d.store.readAll('tasks')).map(toTask) };
    expect(await runCollection(d.store, fresh, TEST_NOW + 3 * HOUR, HR)).toMatchObject({ stages: 0 });
    expect(d.writes()).toBe(before);
  });

  it('[CD16] a stage reopened after the drive completed it is not completed again', async () => {
    const d = await launchedFromStage();
    await closeDrive(d.store, d.data, HR, d.driveId, TEST_NOW + HOUR);
    await runCollection(d.store, d.data, TEST_NOW + 2 * HOUR, HR);
    await d.store.update('tasks', [{ id: d.stageId, values: { status: 'in_progress' } }]);
    const fresh = { ...d.data, tasks: (await d.store.readAll('tasks')).map(toTask) };
    expect(await runCollection(d.store, fresh, TEST_NOW + 3 * HOUR, HR)).toMatchObject({ stages: 0 });
    expect(await d.status('作品收集')).toBe('in_progress');
    expect(await d.history()).toHaveLength(1);
  });

  it('[CD16] publishing from a finished stage, or a task that is not a stage, is refused and writes nothing', async () => {
    const base = await collectionBase();
    const task = (title: string) => base.data.tasks.find((t) => t.title === title)!;
    for (const stageId of [task('发布通知').id, task('参赛作品收集').id]) {
      const draft = { ...base.draft, stageId };
      const result = await publishDrive(base.store, base.data, HR, draft, `req-${stageId}`, TEST_NOW);
      expect(result).toEqual({ ok: false, refusal: 'invalid', problems: ['stageInvalid'] });
    }
    expect(await base.store.readAll('collections')).toEqual([]);
  });
});
