import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY, demoBase, personId } from '../../test/support/baseFixture';
import type { AssignmentDraft } from '../core/assignment';
import type { Task } from '../core/model';
import { DAY, HOUR } from '../core/time';
import { toNotice, toTaskEvent } from '../schema/entities';
import type { BatonStore, CoreData } from '../store/batonStore';
import { sendAssignment } from './assign';
import { openSession } from './session';
import { reorderStage } from './stageOrder';

const RETRY = { attempts: 3, backoffMs: 0 };
const BOSS = personId('王建国');
const LATER = { now: TEST_NOW + HOUR, todayStart: TEST_TODAY };

/** The boss sends 年会海报 with a chain of three stages: 设计 (郭晓) → 印刷 (郑强 of 销售部) → 发布 (设计部). */
async function demo() {
  const local = await demoBase();
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(session.kind);
  const { data, store } = session;
  const dep = (name: string) => data.departments.find((d) => d.name === name)!.id;
  const stage = (key: string, title: string, department: string, after: string[]) => ({
    key,
    title,
    departmentId: dep(department),
    due: TEST_TODAY + 8 * DAY,
    predecessorKeys: after,
  });
  const draft: AssignmentDraft = {
    draftKey: 'order-demo',
    mode: 'assign',
    title: '年会海报',
    description: '',
    extraDuty: false,
    due: TEST_TODAY + 10 * DAY,
    primaryDepartmentId: dep('设计部'),
    cooperation: [],
    responsibleMemberId: data.members.find((m) => m.name === '何平')!.id,
    outsiderConfirmed: false,
    stages: [
      stage('s1', '设计', '设计部', []),
      stage('s2', '印刷', '销售部', ['s1']),
      stage('s3', '发布', '设计部', ['s2']),
    ],
    suggestedDepartmentIds: [],
  };
  const sent = await sendAssignment(store, data, draft, BOSS, { now: TEST_NOW, todayStart: TEST_TODAY });
  if (!sent.ok) throw new Error('not sent');
  return { store, taskId: sent.taskId, data: await store.loadCore() };
}

const named = (data: CoreData, title: string) => data.tasks.find((t) => t.title === title)!;

async function chain(store: BatonStore, taskId: string) {
  const data = await store.loadCore();
  const stages = data.tasks.filter((t) => t.parentId === taskId).sort((a, b) => a.sequence! - b.sequence!);
  const title = (id: string) => data.tasks.find((t) => t.id === id)!.title;
  return stages.map((s: Task) => [s.title, s.dependsOnIds.map(title), s.status]);
}

describe('reordering the stages of a sent task', () => {
  it('[EV19] moving 印刷 up swaps its place in the chain, records it once and tells both owners, not the boss', async () => {
    const d = await demo();
    const print = named(d.data, '印刷');
    expect(await reorderStage(d.store, d.data, print, 'up', BOSS, LATER)).toEqual({ ok: true });
    expect(await chain(d.store, d.taskId)).toEqual([
      ['印刷', [], 'ready'],
      ['设计', ['印刷'], 'waiting'],
      ['发布', ['设计'], 'waiting'],
    ]);
    // A retry of the same attempt (its answer lost) finds the move landed and neither swaps back nor adds rows.
    expect(await reorderStage(d.store, d.data, print, 'up', BOSS, LATER, true)).toEqual({ ok: true });
    expect((await chain(d.store, d.taskId)).map(([title]) => title)).toEqual(['印刷', '设计', '发布']);
    const events = (await d.store.readAll('taskEvents')).map(toTaskEvent);
    const moved = events.filter((e) => e.key?.startsWith(`${print.id}/move/`));
    expect(moved.map((e) => [e.taskId, e.actorUserIds])).toEqual([[d.taskId, [BOSS]]]);
    const notices = (await d.store.readAll('notifications')).map(toNotice);
    const told = notices.filter((n) => n.type === 'changed' && n.message.includes('互换了位置'));
    expect(told.flatMap((n) => n.recipientUserIds).sort()).toEqual(
      [personId('郭晓'), personId('郑强')].sort(),
    );
  });

  it('[EV19] refuses the first stage going up, a stage already started, someone not allowed, and an older order', async () => {
    const d = await demo();
    const design = named(d.data, '设计');
    const print = named(d.data, '印刷');
    const refused = (stage: Task, actor = BOSS, data = d.data) =>
      reorderStage(d.store, data, stage, 'up', actor, LATER);
    expect(await refused(design)).toEqual({ ok: false, code: 'edgeOfChain' });
    expect(await refused(print, personId('郑强'))).toEqual({ ok: false, code: 'notAllowed' });
    await d.store.update('tasks', [{ id: design.id, values: { status: 'in_progress' } }]);
    expect(await refused(print)).toEqual({ ok: false, code: 'stageStarted' });
    await d.store.update('tasks', [{ id: design.id, values: { status: 'ready' } }]);
    expect(await refused(print)).toEqual({ ok: true });
    expect(await refused(print)).toEqual({ ok: false, code: 'overtaken' });
    expect((await chain(d.store, d.taskId)).map(([title]) => title)).toEqual(['印刷', '设计', '发布']);
  });
});
