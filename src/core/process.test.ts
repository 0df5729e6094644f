import { describe, expect, it } from 'vitest';
import type { Task, TaskStatus } from './model';
import { blockersOf, mayAccept, performWork, type WorkAction, type WorkContext } from './process';
import { aDepartment, aMember, aTask, TODAY_START } from './testBuilders';
import { DAY, HOUR } from './time';

const NOW = TODAY_START + 10 * HOUR;
const market = aDepartment({ name: '市场部', headUserIds: ['u_zhang'] });
const design = aDepartment({ name: '设计部', headUserIds: ['u_guo'] });
const sales = aDepartment({ name: '销售部', headUserIds: ['u_zheng'] });
const org = {
  departments: [market, design, sales],
  members: [
    aMember({ name: '王建国', userIds: ['u_boss'], role: 'boss' }),
    aMember({ name: '张伟', userIds: ['u_zhang'], departmentId: market.id, role: 'manager' }),
    aMember({ name: '刘洋', userIds: ['u_liu'], departmentId: market.id }),
    aMember({ name: '郭晓', userIds: ['u_guo'], departmentId: design.id, role: 'manager' }),
    aMember({ name: '何平', userIds: ['u_he'], departmentId: design.id }),
    aMember({ name: '郑强', userIds: ['u_zheng'], departmentId: sales.id, role: 'manager' }),
    aMember({ name: '离职', userIds: ['u_left'], departmentId: market.id, role: 'boss', active: false }),
  ],
};
const live = aTask({
  id: 'live',
  title: '直播课堂策划',
  primaryDepartmentId: market.id,
  responsibleUserIds: ['u_zhang'],
});
const stage = (id: string, title: string, status: TaskStatus, owner: string, more: Partial<Task> = {}) =>
  aTask({
    id,
    title,
    kind: 'stage',
    parentId: live.id,
    status,
    responsibleUserIds: [owner],
    primaryDepartmentId: owner === 'u_zheng' ? sales.id : design.id,
    ...more,
  });
const poster = stage('poster', '海报设计', 'in_progress', 'u_he');
const invite = stage('invite', '客户邀请', 'waiting', 'u_zheng', { dependsOnIds: ['poster'] });

function ctx(actorUserId: string, more: Partial<WorkContext> = {}): WorkContext {
  return {
    ...org,
    tasks: [live, poster, invite],
    actorUserId,
    now: NOW,
    parent: live,
    todayStart: TODAY_START,
    ...more,
  };
}
const act = (task: Task, action: WorkAction, actor: string, more: Partial<WorkContext> = {}) =>
  performWork(task, action, ctx(actor, more));
const refusal = (outcome: ReturnType<typeof performWork>) => (outcome.ok ? 'ok' : outcome.code);

describe('performWork: start and submit', () => {
  it('[W2] the owner starts a ready stage: in progress, acknowledged now, one event', () => {
    const ready = { ...poster, status: 'ready' as const };
    expect(act(ready, { kind: 'start' }, 'u_he')).toMatchObject({
      ok: true,
      changes: { status: 'in_progress', acknowledgedAt: NOW },
      event: {
        type: 'status_change',
        // Keyed by the assignment it answers, not the clock.
        key: `poster/start/u_he/${ready.assignedAt ?? ready.createdAt ?? 0}`,
        actorUserId: 'u_he',
        taskId: 'poster',
      },
      notices: [],
    });
    const acked = { ...ready, status: 'assigned' as const, acknowledgedAt: NOW - DAY };
    expect(act(acked, { kind: 'start' }, 'u_he')).toMatchObject({ changes: { acknowledgedAt: NOW - DAY } });
  });

  it('[W2] starting is refused to anyone but the owner, and for a stage waiting, started or done', () => {
    expect(refusal(act({ ...poster, status: 'ready' }, { kind: 'start' }, 'u_guo'))).toBe('notOwner');
    for (const status of ['waiting', 'in_progress', 'in_review', 'done'] as const)
      expect(refusal(act({ ...poster, status }, { kind: 'start' }, 'u_he'))).toBe('wrongStatus');
  });

  it('[W2] the owner submits the deliverable: in review, and the accountable person is told', () => {
    const outcome = act(poster, { kind: 'submit' }, 'u_he');
    expect(outcome).toMatchObject({ ok: true, changes: { status: 'in_review', submittedAt: NOW } });
    expect(outcome.ok && outcome.notices).toEqual([
      {
        // The first submission (no earlier one): round 0.
        key: `poster/submit/u_he/0/review/u_zhang`,
        type: 'review',
        recipientUserId: 'u_zhang',
        taskId: 'poster',
        message: { key: 'notice.review', params: { title: '海报设计', parent: '直播课堂策划' } },
      },
    ]);
    // Straight from ready (a first upload) is allowed too.
    expect(refusal(act({ ...poster, status: 'ready' }, { kind: 'submit' }, 'u_he'))).toBe('ok');
  });

  it('[W2] without a special task the head of the stage department reviews; nobody is told of their own submit', () => {
    const outcome = act(poster, { kind: 'submit' }, 'u_he', { parent: undefined });
    expect(outcome.ok && outcome.notices.map((n) => n.recipientUserId)).toEqual(['u_guo']);
    const own = stage('own', '自审', 'in_progress', 'u_zhang');
    expect(act(own, { kind: 'submit' }, 'u_zhang')).toMatchObject({ ok: true, notices: [] });
  });

  it('[W2] submitting is refused to anyone but the owner, and for a stage waiting, in review or done', () => {
    expect(refusal(act(poster, { kind: 'submit' }, 'u_guo'))).toBe('notOwner');
    for (const status of ['waiting', 'in_review', 'done'] as const)
      expect(refusal(act({ ...poster, status }, { kind: 'submit' }, 'u_he'))).toBe('wrongStatus');
  });
});

describe('performWork: accept and send back', () => {
  const inReview = { ...poster, status: 'in_review' as const };

  it('[W3] the special task’s responsible person, its department’s head or the boss accepts', () => {
    expect(mayAccept(inReview, ctx('u_zhang'))).toBe(true);
    expect(mayAccept(inReview, ctx('u_boss'))).toBe(true);
    const byHead = { ...live, responsibleUserIds: ['u_liu'] };
    expect(mayAccept(inReview, ctx('u_zhang', { parent: byHead }))).toBe(true);
    expect(mayAccept(inReview, ctx('u_liu', { parent: byHead }))).toBe(true);
    // Not the owner, not the stage department's head, not someone who left.
    for (const actor of ['u_he', 'u_guo', 'u_zheng', 'u_left'])
      expect(mayAccept(inReview, ctx(actor))).toBe(false);
    // Without a special task, the stage department's head does.
    expect(mayAccept(inReview, ctx('u_guo', { parent: undefined }))).toBe(true);
  });

  it('[W3] accepting makes the stage done now, with an event; refused before review or by others', () => {
    expect(act(inReview, { kind: 'accept' }, 'u_zhang')).toMatchObject({
      ok: true,
      changes: { status: 'done', completedAt: NOW },
      // Keyed by the submission it answers.
      event: { type: 'status_change', key: `poster/accept/u_zhang/${inReview.submittedAt ?? 0}` },
      notices: [],
    });
    expect(refusal(act(inReview, { kind: 'accept' }, 'u_he'))).toBe('notAccountable');
    expect(refusal(act(poster, { kind: 'accept' }, 'u_zhang'))).toBe('wrongStatus');
  });

  it('[W4] sending back needs a reason: the stage returns to in progress and the owner is told why', () => {
    const blank = act(inReview, { kind: 'sendBack', reason: '  ' }, 'u_zhang');
    expect(refusal(blank)).toBe('reasonRequired');
    const outcome = act(inReview, { kind: 'sendBack', reason: ' 配色要换 ' }, 'u_zhang');
    const key = `poster/sendBack/u_zhang/${inReview.submittedAt ?? 0}`;
    expect(outcome).toMatchObject({
      ok: true,
      changes: { status: 'in_progress' },
      event: { type: 'sent_back', reason: '配色要换', key },
      notices: [
        {
          key: `${key}/notice`,
          type: 'sentBack',
          recipientUserId: 'u_he',
          taskId: 'poster',
          message: { key: 'notice.sentBack', params: { title: '海报设计', reason: '配色要换' } },
        },
      ],
    });
    expect(refusal(act(inReview, { kind: 'sendBack', reason: 'x' }, 'u_guo'))).toBe('notAccountable');
    expect(refusal(act(poster, { kind: 'sendBack', reason: 'x' }, 'u_zhang'))).toBe('wrongStatus');
  });
});

describe('performWork: nudge (催办)', () => {
  it('[W5] a nudge on a waiting item goes to whoever blocks it, not to the people waiting', () => {
    const outcome = act(invite, { kind: 'nudge' }, 'u_zheng');
    expect(outcome).toMatchObject({
      ok: true,
      changes: {},
      event: {
        type: 'nudged',
        taskId: 'invite',
        reason: '海报设计',
        key: `invite/nudge/${TODAY_START}/u_zheng`,
      },
    });
    expect(outcome.ok && outcome.notices).toEqual([
      {
        key: `invite/nudge/${TODAY_START}/u_he`,
        type: 'nudge',
        recipientUserId: 'u_he',
        taskId: 'poster',
        message: { key: 'notice.nudge', params: { actor: '郑强', title: '海报设计', waiting: '客户邀请' } },
      },
    ]);
  });

  it('[EV7] a nudge on an item in review tells the reviewer it waits for their review', () => {
    const review = { ...poster, status: 'in_review' as const };
    const outcome = act(review, { kind: 'nudge' }, 'u_zheng');
    expect(outcome.ok && outcome.notices.map((n) => [n.recipientUserId, n.message.key])).toEqual([
      ['u_zhang', 'notice.nudgeReview'],
    ]);
  });

  it('[W5] an item held by nobody else (overdue, ready) nudges its own owner; a cancelled predecessor blocks no one', () => {
    const overdue = { ...poster, due: TODAY_START - DAY };
    expect(blockersOf(overdue, ctx('u_zhang')).map((b) => b.userId)).toEqual(['u_he']);
    const freed = { ...invite, status: 'ready' as const };
    const tasks = [live, { ...poster, status: 'cancelled' as const }, freed];
    expect(blockersOf(freed, { ...org, tasks }).map((b) => [b.userId, b.taskId])).toEqual([
      ['u_zheng', 'invite'],
    ]);
  });

  it('[W5] nothing to nudge on a closed item or one whose blockers have no owner; only active members nudge', () => {
    expect(refusal(act({ ...poster, status: 'done' }, { kind: 'nudge' }, 'u_zhang'))).toBe('nothingToNudge');
    const ownerless = [live, { ...poster, responsibleUserIds: [] }, invite];
    expect(refusal(act(invite, { kind: 'nudge' }, 'u_zheng', { tasks: ownerless }))).toBe('nothingToNudge');
    expect(refusal(act(invite, { kind: 'nudge' }, 'u_left'))).toBe('notMember');
    expect(refusal(act(invite, { kind: 'nudge' }, 'u_stranger'))).toBe('notMember');
  });

  it('[W5][W6] one person blocking through two predecessors is nudged once', () => {
    const copy = stage('copy', '文案', 'in_progress', 'u_he');
    const both = { ...invite, dependsOnIds: ['poster', 'copy'] };
    const outcome = act(both, { kind: 'nudge' }, 'u_zheng', { tasks: [live, poster, copy, both] });
    expect(outcome.ok && outcome.notices.map((n) => n.recipientUserId)).toEqual(['u_he']);
  });

  it('[W5] an item in review waits for its reviewer: the nudge goes to the accountable person, not its owner', () => {
    const inReview = { ...poster, status: 'in_review' as const, due: TODAY_START - DAY };
    expect(blockersOf(inReview, ctx('u_boss')).map((b) => b.userId)).toEqual(['u_zhang']);
  });

  it('[W6] at most once per item, person and day: the keys carry the day, not the time or who nudged', () => {
    const keys = (actor: string, now: number, todayStart: number) => {
      const outcome = act(invite, { kind: 'nudge' }, actor, { now, todayStart });
      return outcome.ok
        ? { notices: outcome.notices.map((n) => n.key), event: outcome.event.key }
        : undefined;
    };
    const morning = keys('u_zheng', NOW, TODAY_START)!;
    const evening = keys('u_zheng', NOW + 7 * HOUR, TODAY_START)!;
    const byBoss = keys('u_boss', NOW + HOUR, TODAY_START)!;
    const tomorrow = keys('u_zheng', NOW + DAY, TODAY_START + DAY)!;
    expect(evening).toEqual(morning);
    expect(byBoss.notices).toEqual(morning.notices);
    expect(byBoss.event).not.toBe(morning.event);
    expect(tomorrow.notices).not.toEqual(morning.notices);
  });
});
