import { describe, expect, it } from 'vitest';
import assignmentSource from '../../core/assignment.ts?raw';
import type { DraftIssue } from '../../core/assignment';
import { aMember, aTask } from '../../core/testBuilders';
import { isMessageKey, translator, type Locale } from '../../i18n/translate';
import { setPredecessors } from './stagesModel';
import {
  choosePrimary,
  chooseResponsible,
  chooseTemplate,
  confirmOutsider,
  emptyWizard,
  next,
  setDeliverable,
  setMode,
  toggleCooperation,
  type WizardState,
} from './wizardModel';
import { issueText, outsiderReason, reviewOf, suitabilityRows, visibleIssues } from './wizardView';
import {
  boss,
  ctx,
  design,
  gone,
  guo,
  livestream,
  market,
  noAccount,
  sales,
  zhang,
  zheng,
} from './wizardTestOrg';
import { DAY } from '../../core/time';

const zh = translator('zh-CN');
const ready = () => choosePrimary(chooseTemplate(emptyWizard('d1'), livestream, ctx), market.id, ctx);

describe('messages', () => {
  it('errors appear only once Next was tried on the step; their text is in the user language', () => {
    const blank = emptyWizard('d1');
    expect(visibleIssues(blank, ctx, zh)).toEqual([]);
    const tried = next(blank, ctx);
    expect(visibleIssues(tried, ctx, zh)).toContainEqual({
      field: 'title',
      severity: 'error',
      text: '请填写任务标题',
    });
  });

  it('warnings appear at once', () => {
    const s: WizardState = { ...setPredecessors(ready(), 's2', ['s3']), step: 'stages' };
    expect(visibleIssues(s, ctx, translator('en-US'))).toEqual([
      { field: 's2', severity: 'warning', text: 'Stage "海报设计" is due before its predecessor "客户邀请"' },
    ]);
  });

  // Every issue code written in core's wizard rules, read from its source so a new code cannot be missed.
  const CODES = [
    ...assignmentSource.matchAll(
      /'((?:title|points|due|start|department|cooperation|responsible|pool|stage)\.\w+)'/g,
    ),
  ].map((m) => m[1]!);

  it.each<Locale>(['zh-CN', 'en-US'])('every code core emits has a complete message in %s', (locale) => {
    expect(CODES.length).toBeGreaterThanOrEqual(17);
    const t = translator(locale);
    const params = { max: 200, department: '设计部', stage: '海报', predecessor: '方案', cycle: 'A → B → A' };
    for (const code of CODES) {
      expect(isMessageKey(code), code).toBe(true);
      const issue: DraftIssue = { step: 'task', field: 'x', code, severity: 'error', params };
      const text = issueText(issue, t);
      expect(text.trim(), code).toBeTruthy();
      expect(text, code).not.toContain('{{');
    }
  });

  it('an unknown code is shown as it is rather than hidden', () => {
    expect(issueText({ step: 'task', field: 'x', code: 'brand.new', severity: 'error' }, zh)).toBe(
      'brand.new',
    );
  });
});

describe('suitabilityRows', () => {
  const now = ctx.todayStart + 10 * 3600_000;
  const busy = aMember({ name: '忙人', userIds: ['ou_busy'], departmentId: market.id, skills: ['直播'] });
  const members = [...ctx.members, busy];
  const tasks = [
    aTask({ responsibleUserIds: ['ou_busy'], status: 'in_progress', due: now + 2 * DAY }),
    aTask({ responsibleUserIds: ['ou_busy'], status: 'assigned', due: now + 20 * DAY }),
    aTask({
      responsibleUserIds: ['ou_busy'],
      status: 'done',
      due: now - 5 * DAY,
      completedAt: now - 6 * DAY,
    }),
    aTask({
      responsibleUserIds: ['ou_busy'],
      status: 'done',
      due: now - 9 * DAY,
      completedAt: now - 2 * DAY,
    }),
  ];
  const data = { departments: ctx.departments, members, tasks };

  it('lists the active members of the primary department, head first, with load, on-time rate and skills', () => {
    const rows = suitabilityRows(ready(), data, now);
    expect(rows.map((r) => r.name)).toEqual(['张伟', '刘洋', '无账号', '忙人']);
    expect(rows[0]).toMatchObject({ isHead: true, chosen: true, openTasks: 0, onTime: '—' });
    expect(rows.at(-1)).toMatchObject({
      isHead: false,
      chosen: false,
      openTasks: 2,
      dueThisWeek: 1,
      onTime: '50%',
      skills: ['直播'],
    });
    expect(rows.some((r) => r.name === gone.name)).toBe(false);
  });

  it('is empty until a primary department is chosen', () => {
    expect(suitabilityRows(emptyWizard('d1'), data, now)).toEqual([]);
  });
});

describe('outsiderReason', () => {
  it('asks for confirmation for someone inactive or outside the primary department, only when assigning', () => {
    expect(outsiderReason(ready(), ctx)).toBeUndefined();
    expect(outsiderReason(chooseResponsible(ready(), guo.id), ctx)).toBe('outside');
    expect(outsiderReason(chooseResponsible(ready(), gone.id), ctx)).toBe('inactive');
    expect(outsiderReason(setMode(chooseResponsible(ready(), guo.id), 'pool'), ctx)).toBeUndefined();
    // Without an account nobody can be notified: core refuses that outright, no confirmation helps.
    expect(outsiderReason(chooseResponsible(ready(), noAccount.id), ctx)).toBeUndefined();
  });
});

describe('reviewOf', () => {
  const withCooperation = () => {
    let s = toggleCooperation(toggleCooperation(ready(), design.id, true), sales.id, true);
    s = setDeliverable(setDeliverable(s, design.id, ' 海报 '), sales.id, '客户名单');
    return s;
  };

  it('[EV1] names the owner, the copies and each stage owner: exactly who is notified', () => {
    const view = reviewOf(withCooperation(), ctx);
    expect(view.recipients.map((r) => [r.name, r.role])).toEqual([
      [zhang.name, 'owner'],
      [guo.name, 'copy'],
      [zheng.name, 'copy'],
      [boss.name, 'copy'],
      ['吴刚', 'stage'],
      [guo.name, 'stage'],
      [zheng.name, 'stage'],
      [zhang.name, 'stage'],
    ]);
    // [EV8] Sent by the boss, he is not copied.
    const byBoss = reviewOf(withCooperation(), ctx, 'ou_boss').recipients;
    expect(byBoss.some((r) => r.name === boss.name)).toBe(false);
    expect(view.raci).toEqual({
      responsible: zhang.name,
      accountable: zhang.name,
      consulted: [guo.name, zheng.name],
      informed: [boss.name],
    });
    expect(view.cooperation).toEqual([
      { department: '设计部', deliverable: '海报' },
      { department: '销售部', deliverable: '客户名单' },
    ]);
  });

  it('someone who is both owner and a cooperating head is notified once, as owner', () => {
    const s = confirmOutsider(chooseResponsible(withCooperation(), guo.id), true);
    const view = reviewOf(s, ctx);
    expect(view.recipients.filter((r) => r.name === guo.name && r.role !== 'stage')).toEqual([
      { userId: 'ou_guo', name: guo.name, role: 'owner' },
    ]);
  });

  it('lists stages with department, owner and what they wait for', () => {
    const view = reviewOf(ready(), ctx);
    expect(view.stages[1]).toMatchObject({ title: '海报设计', department: '设计部', owner: guo.name });
    expect(view.stages[1]!.after).toEqual(['策划方案']);
    expect(view.title).toBe('直播课堂');
  });

  it('[EV5] a pool task tells the suggested departments’ heads when published, and shows them', () => {
    const view = reviewOf(setMode(withCooperation(), 'pool'), ctx);
    expect(view.recipients).toEqual([{ userId: 'ou_zhang', name: zhang.name, role: 'pool' }]);
    expect(view.suggested).toEqual(['市场部']);
  });
});
