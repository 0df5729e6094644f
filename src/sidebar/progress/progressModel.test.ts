import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Task } from '../../core/model';
import { aDepartment, aMember, aStage, aTask, TODAY_START } from '../../core/testBuilders';
import { translator } from '../../i18n/translate';
import { filterProgress, progressLines, progressView, slipDays, type ProgressFilter } from './progressModel';
import type { Translate } from '../../i18n/translate';
import { DAY } from '../../core/time';
import { NAME_SLOT } from '../shared/nameSlot';

const zh = translator('zh-CN');
const date = (at: number) => dayjs(at).format('YYYY-MM-DD');

const market = aDepartment({ name: '市场部', headUserIds: ['ou_zhang'] });
const design = aDepartment({ name: '设计部', headUserIds: ['ou_guo'] });
const sales = aDepartment({ name: '销售部', headUserIds: ['ou_zheng'] });
const hr = aDepartment({ name: '人事部' });
const departments = [market, design, sales, hr];
const members = [
  aMember({ name: '王总', userIds: ['ou_boss'], role: 'boss' }),
  aMember({ name: '张伟', userIds: ['ou_zhang'], role: 'manager', departmentId: market.id }),
  aMember({ name: '郭晓', userIds: ['ou_guo'], role: 'manager', departmentId: design.id }),
  aMember({ name: '郑强', userIds: ['ou_zheng'], role: 'manager', departmentId: sales.id }),
  aMember({ name: '何平', userIds: ['ou_he'], departmentId: design.id }),
];

/** 直播: 策划方案 done → 海报设计 (郭晓) → 客户邀请 (郑强); the poster's status and dates vary per test. */
function livestream(poster: Partial<Task> = {}, invite: Partial<Task> = {}) {
  const special = aTask({
    title: '直播',
    responsibleUserIds: ['ou_zhang'],
    primaryDepartmentId: market.id,
    due: TODAY_START + 12 * DAY,
  });
  const plan = aStage(special, {
    title: '策划方案',
    sequence: 1,
    status: 'done',
    completedAt: TODAY_START - DAY,
    primaryDepartmentId: market.id,
    responsibleUserIds: ['ou_zhang'],
  });
  const posterStage = aStage(special, {
    title: '海报设计',
    sequence: 2,
    primaryDepartmentId: design.id,
    responsibleUserIds: ['ou_guo'],
    start: TODAY_START,
    due: TODAY_START + 4 * DAY,
    dependsOnIds: [plan.id],
    ...poster,
  });
  const inviteStage = aStage(special, {
    title: '客户邀请',
    sequence: 3,
    status: 'waiting',
    primaryDepartmentId: sales.id,
    responsibleUserIds: ['ou_zheng'],
    start: TODAY_START + 5 * DAY,
    due: TODAY_START + 10 * DAY,
    dependsOnIds: [posterStage.id],
    ...invite,
  });
  return [special, plan, posterStage, inviteStage];
}

const contest = aTask({ title: '参赛', primaryDepartmentId: design.id, due: TODAY_START + 30 * DAY });
const contestStage = aStage(contest, {
  title: '作品收集',
  primaryDepartmentId: design.id,
  responsibleUserIds: ['ou_he'],
  due: TODAY_START + 8 * DAY,
});
const finished = aTask({ title: '已完成的', status: 'done' });

const ALL: ProgressFilter = { mine: false };

function view(tasks: Task[], userId = 'ou_boss', filter = ALL) {
  return progressView({ departments, members, tasks, userId, todayStart: TODAY_START }, filter, zh);
}
const line = (tasks: Task[], userId?: string) => view(tasks, userId).lines.find((l) => l.title === '直播')!;

describe('progressView lines', () => {
  it('[M2] one line per active special task, its stages as a chain of symbols', () => {
    const tasks = [...livestream(), contest, contestStage, finished];
    expect(view(tasks).lines.map((l) => l.title)).toEqual(['直播', '参赛']);
    expect(line(tasks).chainText).toBe('策划方案 ✓ → 海报设计 ● → 客户邀请 ○');
    expect(line(tasks).done).toBe('1/3 阶段完成');
  });

  it('[SCU2] the current line also comes with a slot for its owner’s names, the same sentence once filled', () => {
    const current = line(livestream());
    expect(current.currentWithNames?.userIds).toEqual(['ou_guo']);
    expect(current.currentWithNames!.text.replace(NAME_SLOT, '郭晓')).toBe(current.current);
    const done = { status: 'done' as const, completedAt: TODAY_START };
    expect(line(livestream(done, done)).currentWithNames).toBeUndefined();
  });

  it("names the current stage's owner and due date", () => {
    expect(line(livestream()).current).toBe(`当前：海报设计 · 郭晓 · 截止 ${date(TODAY_START + 4 * DAY)}`);
    const allDone = livestream(
      { status: 'done', completedAt: TODAY_START },
      { status: 'done', completedAt: TODAY_START },
    );
    expect(line(allDone).current).toBe('各阶段都已完成');
  });

  it('[D3] on time: the projected end is the last stage’s, before the due date', () => {
    const l = line(livestream());
    // The invitation starts when the poster is due (+4) and takes its planned 5 days.
    expect(l.projection).toBe(
      `预计 ${date(TODAY_START + 9 * DAY)} 完成 · 截止 ${date(TODAY_START + 12 * DAY)}`,
    );
    expect([l.slipDays, l.slip]).toEqual([0, '按期']);
    expect(l.risks).toEqual([]);
  });

  it('[D3][D5] a long stage after the poster slips the end past the due date: slip in days and an at-risk badge', () => {
    // 客户邀请 plans 10 days (+5 → +15): it finishes at +14, two days after the task's due date (+12).
    const l = line(livestream({}, { start: TODAY_START + 5 * DAY, due: TODAY_START + 15 * DAY }));
    expect([l.slipDays, l.slip]).toEqual([2, '预计晚 2 天']);
    expect(l.risks).toEqual([{ risk: 'willSlip', text: '有延期风险：直播' }]);
  });

  it('a slip of part of a day counts as a whole day', () => {
    expect([slipDays(0), slipDays(1), slipDays(DAY), slipDays(1.5 * DAY)]).toEqual([0, 1, 1, 2]);
  });

  it('[D5] an overdue stage and a ready stage left unstarted get a badge each, naming the stage', () => {
    const overdue = line(livestream({ due: TODAY_START - 2 * DAY, start: TODAY_START - 5 * DAY }));
    expect(overdue.risks).toContainEqual({ risk: 'overdue', text: '已逾期：海报设计' });
    // Ready for a day only: not yet a risk. Ready for five days since the plan was done: not started.
    expect(line(livestream({ status: 'ready' })).risks).toEqual([]);
    const [special, plan, poster, invite] = livestream({ status: 'ready' });
    const waited = line([special!, { ...plan!, completedAt: TODAY_START - 5 * DAY }, poster!, invite!]);
    expect(waited.risks).toEqual([{ risk: 'notStarted', text: '可开始但迟迟未开始：海报设计' }]);
  });

  it('shows graph flags on the line, naming the stage', () => {
    const l = line(livestream({ responsibleUserIds: [] }));
    expect(l.flags).toEqual(['海报设计：没有负责人，请指定一位。']);
  });

  it("[SP9] each line shows its own items' flags only, in the order they were found", () => {
    const other = livestream({ responsibleUserIds: [] }).map((x) => ({ ...x, title: `${x.title}B` }));
    const [special, plan, poster, invite] = livestream({}, { responsibleUserIds: [] });
    const tasks = [...other, special!, plan!, { ...poster!, responsibleUserIds: [] }, invite!];
    expect(line(tasks).flags).toEqual([
      '海报设计：没有负责人，请指定一位。',
      '客户邀请：没有负责人，请指定一位。',
    ]);
    expect(view(tasks).lines.find((l) => l.title === '直播B')!.flags).toEqual([
      '海报设计B：没有负责人，请指定一位。',
    ]);
  });

  it('a special task without stages reads so, with no projection', () => {
    const l = view([contest]).lines[0]!;
    expect([l.chainText, l.projection, l.slipDays]).toEqual([
      '尚未拆分阶段',
      '没有阶段，无法预计完成日期',
      0,
    ]);
  });
});

describe('progressView filters', () => {
  const tasks = [...livestream(), contest, contestStage];
  const titles = (userId: string, filter: ProgressFilter) =>
    view(tasks, userId, filter).lines.map((l) => l.title);

  it('by department: any task it is primary, cooperating or owns a stage in; options only those involved', () => {
    expect(titles('ou_boss', { mine: false, departmentId: sales.id })).toEqual(['直播']);
    expect(titles('ou_boss', { mine: false, departmentId: design.id })).toEqual(['直播', '参赛']);
    expect(titles('ou_boss', { mine: false, departmentId: hr.id })).toEqual([]);
    expect(view(tasks).departments.map((d) => d.label)).toEqual(['市场部', '设计部', '销售部']);
    expect(view(tasks, 'ou_boss', { mine: false, departmentId: hr.id }).total).toBe(2);
  });

  it('"needs my attention": the owner of a ready stage, not the owner of one in progress', () => {
    const ready = [...livestream({ status: 'ready' }), contest, contestStage];
    expect(view(ready, 'ou_guo', { mine: true }).lines.map((l) => l.title)).toEqual(['直播']);
    expect(titles('ou_guo', { mine: true })).toEqual([]);
  });

  it('"needs my attention": the accountable person (responsible, head, boss) of a stage in review', () => {
    const review = livestream({ status: 'in_review' });
    for (const userId of ['ou_zhang', 'ou_boss'])
      expect(view(review, userId, { mine: true }).lines.map((l) => l.title)).toEqual(['直播']);
    // Its owner waits for the review: nothing to do.
    expect(view(review, 'ou_guo', { mine: true }).lines).toEqual([]);
    expect(view(review, 'ou_he', { mine: true }).lines).toEqual([]);
  });

  it('"needs my attention": the owner and the accountable person of an overdue stage', () => {
    const late = livestream({ due: TODAY_START - DAY });
    for (const userId of ['ou_guo', 'ou_zhang'])
      expect(view(late, userId, { mine: true }).lines).toHaveLength(1);
    expect(view(late, 'ou_zheng', { mine: true }).lines).toEqual([]);
  });
});

describe('progressLines: light lines', () => {
  it('[SP13] a line works out its texts the first time one is read, once, and only its own', () => {
    let calls = 0;
    const counting: Translate = (key, params) => (calls++, zh(key, params));
    const tasks = [...livestream(), contest, contestStage];
    const { all } = progressLines(
      { departments, members, tasks, userId: 'ou_boss', todayStart: TODAY_START },
      counting,
    );
    expect(all.map((l) => l.title)).toEqual(['直播', '参赛']);
    expect(calls).toBe(0);
    const [first, second] = all;
    expect(first!.current).toContain('海报设计');
    const one = calls;
    expect(one).toBeGreaterThan(0);
    expect([first!.chainText, first!.projection, first!.slip, first!.done]).not.toContain('');
    expect(calls).toBe(one);
    expect(second!.current).toContain('作品收集');
    expect(calls).toBeGreaterThan(one);
  });

  it('[SP13] the department filter reads no line texts', () => {
    let calls = 0;
    const counting: Translate = (key, params) => (calls++, zh(key, params));
    const tasks = [...livestream(), contest, contestStage];
    const lines = progressLines(
      { departments, members, tasks, userId: 'ou_boss', todayStart: TODAY_START },
      counting,
    );
    expect(filterProgress(lines, { departmentId: sales.id, mine: false }).lines.map((l) => l.title)).toEqual([
      '直播',
    ]);
    expect(calls).toBe(0);
  });
});
