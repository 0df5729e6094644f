import { describe, expect, it } from 'vitest';
import { TEST_NOW, TEST_TODAY, demoBase, personId } from '../../test/support/baseFixture';
import type { AssignmentDraft } from '../core/assignment';
import { DAY, HOUR } from '../core/time';
import { toNotice } from '../schema/entities';
import { sendAssignment } from './assign';
import { respond } from './respond';
import { openSession } from './session';

describe('an acknowledgement on the local Base', () => {
  it('[EV4] [X12] the acknowledgement itself tells the head who sent the task, once however often it is retried', async () => {
    const local = await demoBase();
    const session = await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } });
    if (session.kind !== 'ready') throw new Error(session.kind);
    const { store, data } = session;
    const design = data.departments.find((d) => d.name === '设计部')!.id;
    const draft: AssignmentDraft = {
      draftKey: 'ack-demo',
      mode: 'assign',
      title: '年会海报',
      description: '',
      extraDuty: false,
      due: TEST_TODAY + 10 * DAY,
      primaryDepartmentId: design,
      cooperation: [],
      responsibleMemberId: data.members.find((m) => m.name === '何平')!.id,
      outsiderConfirmed: false,
      stages: [],
      suggestedDepartmentIds: [],
    };
    const head = personId('郭晓');
    const sent = await sendAssignment(store, data, draft, head, { now: TEST_NOW, todayStart: TEST_TODAY });
    if (!sent.ok) throw new Error('not sent');
    const fresh = await store.loadCore();
    const he = personId('何平');
    const ack = { kind: 'acknowledge' } as const;
    const acked = await respond(store, fresh, sent.taskId, ack, he, TEST_NOW + HOUR);
    if (!acked.ok) throw new Error(acked.code);
    // A retry of the same attempt (its answer lost) finds the change landed and tells no one twice.
    expect((await respond(store, fresh, sent.taskId, ack, he, TEST_NOW + HOUR, undefined, true)).ok).toBe(
      true,
    );
    const told = (await store.readAll('notifications'))
      .map(toNotice)
      .filter((n) => n.taskId === sent.taskId && n.type === 'acknowledged');
    expect(told.map((n) => [n.recipientUserIds, n.message])).toEqual([
      [[head], '何平已确认接手「年会海报」。'],
    ]);
  });
});
