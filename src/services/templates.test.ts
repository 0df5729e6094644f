import { describe, expect, it } from 'vitest';
import { demoBase, personId } from '../../test/support/baseFixture';
import { BUILT_IN_TEMPLATES } from '../core/templates';
import { DEMO_TASKS } from '../demo/demoCompany';
import type { LocalHost } from '../local/localHost';
import { openSession } from './session';
import { listTemplates, saveAsTemplate } from './templates';

const RETRY = { attempts: 3, backoffMs: 0 };
const BOSS = personId('王建国');

async function open(local: LocalHost) {
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(`demo session is ${session.kind}`);
  return session;
}

async function demo() {
  const local = await demoBase();
  const session = await open(local);
  const livestream = session.data.tasks.find((t) => t.title === DEMO_TASKS[0]!.title)!;
  return { local, ...session, livestream };
}

describe('templates', () => {
  it('[P1] a Base with no saved template lists the built-in ones', async () => {
    const d = await demo();
    expect(await listTemplates(d.store)).toEqual(BUILT_IN_TEMPLATES);
  });

  it('a Base without the templates table still lists the built-in ones', async () => {
    const d = await demo();
    const name = d.store.table('templates').name;
    d.local.state.tables = d.local.state.tables.filter((t) => t.name !== name);
    const session = await open(d.local);
    expect(await listTemplates(session.store)).toEqual(BUILT_IN_TEMPLATES);
  });

  it('[P3] a special task saved as a template comes back with its stages, departments and days', async () => {
    const d = await demo();
    await saveAsTemplate(d.store, d.data, d.livestream, BOSS);
    const saved = (await listTemplates(d.store)).filter((t) => !t.builtIn);
    expect(saved).toHaveLength(1);
    // The demo task starts 7 days ago; its stages are due -3, 4, 12, 17 and 20 days from today.
    expect(saved[0]).toMatchObject({
      name: '直播课堂策划',
      description: DEMO_TASKS[0]!.description,
      points: 30,
      extraDuty: true,
      stages: [
        { title: '策划方案', departmentName: '企划部', days: 4 },
        { title: '海报设计', departmentName: '设计部', days: 7 },
        { title: '客户邀请', departmentName: '销售部', days: 8 },
        { title: '彩排', departmentName: '市场部', days: 5 },
        { title: '正式直播', departmentName: '市场部', days: 3 },
      ],
    });
  });

  it('[P3] saving the same task again adds nothing', async () => {
    const d = await demo();
    await saveAsTemplate(d.store, d.data, d.livestream, BOSS);
    await saveAsTemplate(d.store, d.data, d.livestream, BOSS);
    expect(await d.store.readAll('templates')).toHaveLength(1);
  });

  it('[P1] a saved row without a name or without stages is not offered', async () => {
    const d = await demo();
    await d.store.addAll('templates', [
      { name: '', stages: '方案 | 企划部 | 2', key: 'a' },
      { name: '空模板', stages: '  \n ', key: 'b' },
      { name: '手写模板', stages: '方案 | 企划部 | 2\n海报 | 设计部', key: 'c' },
    ]);
    const saved = (await listTemplates(d.store)).filter((t) => !t.builtIn);
    expect(saved.map((t) => [t.name, t.stages.map((s) => s.days)])).toEqual([['手写模板', [2, 1]]]);
  });
});
