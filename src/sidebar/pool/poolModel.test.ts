import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { identify } from '../../core/identity';
import { aDepartment, aMember, aStage, aTask, TODAY_START } from '../../core/testBuilders';
import { translator, type Translate } from '../../i18n/translate';
import { claimMode, poolView, type PoolViewer } from './poolModel';
import { HOUR } from '../../core/time';

const zh = translator('zh-CN');
const en = translator('en-US');

const market = aDepartment({ name: '市场部', headUserIds: ['ou_head'] });
const design = aDepartment({ name: '设计部' });
const hr = aDepartment({ name: '人事部' });
const departments = [market, design, hr];
const members = [
  aMember({ name: '王总', userIds: ['ou_boss'], role: 'boss' }),
  aMember({ name: '张伟', userIds: ['ou_head'], role: 'manager', departmentId: market.id }),
  aMember({ name: '何平', userIds: ['ou_he'], departmentId: design.id }),
  aMember({ name: '自由人', userIds: ['ou_free'] }),
];
const who = (userId: string, canEdit = true): PoolViewer => ({
  viewer: identify(userId, members, departments),
  departments,
  canEdit,
});

const newest = aTask({
  title: '年会',
  status: 'open',
  points: 15,
  suggestedDepartmentIds: [market.id],
  publishedAt: TODAY_START + 2 * HOUR,
});
const forDesign = aTask({
  title: '参赛',
  status: 'open',
  suggestedDepartmentIds: [design.id, market.id],
  publishedAt: TODAY_START,
});
const claimed = aTask({
  title: '宣传',
  status: 'in_progress',
  origin: 'claimed',
  primaryDepartmentId: design.id,
  suggestedDepartmentIds: [market.id],
  publishedAt: TODAY_START - HOUR,
});
const openStage = aStage(newest, { status: 'open' });
const assigned = aTask({ title: '直播', status: 'open' });
const tasks = [claimed, forDesign, newest, openStage, assigned];

describe('poolView rows', () => {
  it("[L1] lists open pool tasks only, the viewer's department's suggestions first, then newest", () => {
    expect(poolView(tasks, who('ou_he'), zh).rows.map((r) => r.title)).toEqual(['参赛', '年会', '直播']);
    expect(poolView(tasks, who('ou_head'), zh).rows.map((r) => r.title)).toEqual(['年会', '参赛', '直播']);
  });

  it('shows the bounty, the suggested departments, whether it is for you, and when it was published', () => {
    const [first, second, third] = poolView(tasks, who('ou_he'), zh).rows;
    expect(first).toMatchObject({ bounty: '未设悬赏', suggested: '建议部门：设计部、市场部', forYou: true });
    expect(first!.published).toBe(`发布于 ${dayjs(TODAY_START).format('YYYY-MM-DD HH:mm')}`);
    expect(second).toMatchObject({ bounty: '悬赏 15 分', forYou: false });
    expect(third).toMatchObject({ suggested: '未指定建议部门', published: '' });
  });
});

describe('claimMode', () => {
  it('[R4] a head or the boss claims for the department, an employee for themself', () => {
    expect(claimMode(who('ou_head').viewer, zh)).toEqual({
      label: '为市场部认领',
      hint: '认领后市场部为主责部门，你为责任人。',
    });
    expect(claimMode(who('ou_he').viewer, zh)!.label).toBe('我来认领');
    expect(claimMode(who('ou_he').viewer, en)!.hint).toBe(
      'You become the responsible person and 设计部 the primary department.',
    );
    expect(claimMode(who('ou_boss').viewer, en)!.label).toBe('Claim it myself');
  });

  it('someone without a department claims for themself only; a non-member or read-only viewer cannot claim', () => {
    expect(claimMode(who('ou_free').viewer, en)).toEqual({
      label: 'Claim it myself',
      hint: 'You become the responsible person.',
    });
    expect(claimMode(who('ou_nobody').viewer, en)).toBeUndefined();
    expect(poolView(tasks, who('ou_he', false), en).claim).toBeUndefined();
    expect(poolView(tasks, who('ou_he'), en).claim).toBeDefined();
  });
});

describe('poolView uptake', () => {
  it('[L2] per department: offered, still unclaimed, claimed; departments the pool never touched are left out', () => {
    expect(poolView(tasks, who('ou_he'), zh).uptake).toEqual([
      { departmentId: market.id, department: '市场部', offered: 3, unclaimed: 2, claimed: 0 },
      { departmentId: design.id, department: '设计部', offered: 1, unclaimed: 1, claimed: 1 },
    ]);
  });
});

describe('poolView rows', () => {
  it('[SP13] a row puts its task in words the first time it is read, once, and only its own', () => {
    let calls = 0;
    const counting: Translate = (key, params) => (calls++, zh(key, params));
    const { rows } = poolView(tasks, { ...who('ou_he'), canEdit: false }, counting);
    expect(rows.map((r) => r.title)).toEqual(['参赛', '年会', '直播']);
    expect(calls).toBe(0);
    expect(rows[0]!.suggested).toBe('建议部门：设计部、市场部');
    const one = calls;
    expect([rows[0]!.bounty, rows[0]!.published, rows[0]!.suggested]).toContain('未设悬赏');
    expect(calls).toBe(one);
    expect(rows[1]!.bounty).toBe('悬赏 15 分');
    expect(calls).toBeGreaterThan(one);
  });
});
