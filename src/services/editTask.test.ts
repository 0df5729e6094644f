import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY, demoBase, personId } from '../../test/support/baseFixture';
import type { AssignmentDraft } from '../core/assignment';
import { DAY, HOUR } from '../core/time';
import { toNotice, toTask, toTaskEvent } from '../schema/entities';
import type { BatonStore } from '../store/batonStore';
import { sendAssignment } from './assign';
import { addStageAfterSend, changeTask } from './editTask';
import { openSession } from './session';

const RETRY = { attempts: 3, backoffMs: 0 };
const BOSS = personId('王建国');
const LATER = { now: TEST_NOW + HOUR, todayStart: TEST_TODAY };

/** The boss sends 年会海报 to 何平 of 设计部 with two stages: 设计 (郭晓) then 印刷 (郑强 of 销售部). */
async function demo() {
  const local = await demoBase();
  const session = await openSession(local.host, { retry: RETRY });
  if (session.kind !== 'ready') throw new Error(session.kind);
  const { data, store } = session;
  const dep = (name: string) => data.departments.find((d) => d.name === name)!.id;
  const draft: AssignmentDraft = {
    draftKey: 'edit-demo',
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
      {
        key: 's1',
        title: '设计',
        departmentId: dep('设计部'),
        due: TEST_TODAY + 4 * DAY,
        predecessorKeys: [],
      },
      {
        key: 's2',
        title: '印刷',
        departmentId: dep('销售部'),
        due: TEST_TODAY + 8 * DAY,
        predecessorKeys: ['s1'],
      },
    ],
    suggestedDepartmentIds: [],
  };
  const sent = await sendAssignment(store, data, draft, BOSS, { now: TEST_NOW, todayStart: TEST_TODAY });
  if (!sent.ok) throw new Error('not sent');
  return { store, taskId: sent.taskId, dep, data: await store.loadCore() };
}

async function trail(store: BatonStore, taskId: string) {
  const [notices, events] = await Promise.all([store.readAll('notifications'), store.readAll('taskEvents')]);
  return {
    notices: notices.map(toNotice).filter((n) => n.taskId === taskId && n.type === 'changed'),
    events: events.map(toTaskEvent).filter((e) => e.taskId === taskId && e.actorUserIds.includes(BOSS)),
  };
}

describe('changing a sent task on the local Base', () => {
  it('[EV11] the boss moves the due date: written, in the history, the owner and stage owners told; a retry adds nothing', async () => {
    const d = await demo();
    const due = TEST_TODAY + 15 * DAY;
    const result = await changeTask(d.store, d.data, d.taskId, { kind: 'change', due }, BOSS, LATER);
    expect(result).toMatchObject({ ok: true, task: { due } });
    const [row] = await d.store.readByIds('tasks', [d.taskId]);
    expect(toTask(row!).due).toBe(due);
    const t = await trail(d.store, d.taskId);
    expect(t.notices.flatMap((n) => n.recipientUserIds).sort()).toEqual(
      ['何平', '郭晓', '郑强'].map(personId).sort(),
    );
    expect(t.events.filter((e) => e.type === 'edited').map((e) => e.summary)).toEqual([
      expect.stringContaining('王建国修改了「年会海报」'),
    ]);
    await changeTask(d.store, d.data, d.taskId, { kind: 'change', due }, BOSS, LATER, true);
    expect((await trail(d.store, d.taskId)).notices).toHaveLength(t.notices.length);
  });

  it('[EV12] [EV11] adding a stage links it and tells its owner; cancelling a stage releases what waited for it', async () => {
    const d = await demo();
    const stages = d.data.tasks.filter((x) => x.parentId === d.taskId);
    const print = stages.find((s) => s.title === '印刷')!;
    const design = stages.find((s) => s.title === '设计')!;
    const added = await addStageAfterSend(
      d.store,
      d.data,
      d.taskId,
      { title: '复盘', departmentId: d.dep('设计部'), afterIds: [print.id], due: TEST_TODAY + 9 * DAY },
      BOSS,
      LATER,
    );
    expect(added.ok).toBe(true);
    const after = await d.store.loadCore();
    const review = after.tasks.find((x) => x.id === (added.ok ? added.taskId : ''))!;
    expect(review).toMatchObject({
      parentId: d.taskId,
      dependsOnIds: [print.id],
      status: 'waiting',
      sequence: 3,
    });
    const told = (await d.store.readAll('notifications')).map(toNotice).filter((n) => n.taskId === review.id);
    expect(told.map((n) => n.recipientUserIds[0])).toEqual([personId('郭晓')]);
    const cancelled = await changeTask(
      d.store,
      after,
      print.id,
      { kind: 'cancel', reason: '改成电子版' },
      BOSS,
      LATER,
    );
    expect(cancelled).toMatchObject({ ok: true, task: { status: 'cancelled' } });
    const final = await d.store.loadCore();
    expect(final.tasks.find((x) => x.id === print.id)!.status).toBe('cancelled');
    // 复盘 waited only for 印刷: cancelled, it no longer holds it back.
    expect(final.tasks.find((x) => x.id === review.id)!.status).toBe('ready');
    expect(final.tasks.find((x) => x.id === design.id)!.status).toBe('ready');
  });

  it('[EV10] a head of another department is refused and nothing is written', async () => {
    const d = await demo();
    const before = (await d.store.readAll('taskEvents')).length;
    const result = await changeTask(
      d.store,
      d.data,
      d.taskId,
      { kind: 'cancel', reason: 'x' },
      personId('郑强'),
      LATER,
    );
    expect(result).toEqual({ ok: false, code: 'notAllowed' });
    expect((await d.store.readAll('taskEvents')).length).toBe(before);
  });
});
