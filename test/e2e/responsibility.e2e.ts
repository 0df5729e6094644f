/**
 * Journeys of issue 3: the boss assigns the livestream task from its template; the 市场部 head acknowledges;
 * the 设计部 head declines a stage with a reason and the boss reassigns it; the reassigned stage escalates
 * when the clock moves on; an employee claims a pool task.
 */
import { afterEach, describe, expect, it } from 'vitest';
// Demo users: ou_demo01 王建国 (boss), ou_demo18 郭晓 (设计部 head), ou_demo19 何平 (设计部).
import { actAs, dayFromToday, openPlayground, rowsOf, text, type Playground } from './browser';
import { choose, openTab, openTaskFromNotices, openWizard, stageRow, taskRow } from './journeys';

let pg: Playground;
afterEach(async () => pg?.close());

describe('responsibility journeys', () => {
  it('assign from a template, acknowledge, decline a stage, reassign it, and escalate it', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await openWizard(pg);
    await choose(pg, 'wizard-template', '直播课堂');
    await pg.sidebar.getByTestId('wizard-title').fill('直播课堂（第二期）');
    await pg.sidebar.getByTestId('wizard-due').fill(dayFromToday(60));
    await pg.sidebar.getByTestId('wizard-next').click();

    await choose(pg, 'wizard-primary', '市场部');
    await expect.poll(() => pg.sidebar.getByTestId('wizard-responsible').textContent()).toContain('张伟');
    for (const [department, deliverable] of [
      ['企划部', '直播方案'],
      ['设计部', '海报'],
      ['销售部', '客户名单'],
    ]) {
      const row = pg.sidebar.getByTestId('wizard-coop-row').filter({ hasText: department });
      await row.getByTestId('wizard-coop').click();
      await row.getByTestId('wizard-deliverable').fill(deliverable!);
    }
    await pg.sidebar.getByTestId('wizard-next').click();
    await expect(pg.sidebar.getByTestId('stage-row').count()).resolves.toBe(5);
    await pg.sidebar.getByTestId('wizard-next').click();
    const recipients = await pg.sidebar.getByTestId('wizard-recipient').allTextContents();
    // The boss sends it, so he is not copied on his own assignment; each stage's owner is told.
    expect(recipients.join(' ')).toMatch(/张伟.*吴刚.*郭晓.*郑强/s);
    expect(recipients).not.toContain('王建国 · 抄送');
    await pg.sidebar.getByTestId('wizard-send').click();
    await pg.sidebar.getByTestId('wizard-sent').waitFor();
    expect(text((await taskRow(pg, '直播课堂（第二期）'))['状态'])).toBe('待确认');

    // The 市场部 head acknowledges from the notice.
    await actAs(pg, '张伟');
    await openTaskFromNotices(pg, '直播课堂（第二期）');
    await pg.sidebar.getByTestId('task-main').getByTestId('task-ack').click();
    await expect.poll(async () => text((await taskRow(pg, '直播课堂（第二期）'))['状态'])).toBe('进行中');

    // The 设计部 head declines the poster stage, with a reason.
    await actAs(pg, '郭晓');
    await openTaskFromNotices(pg, '直播课堂（第二期）');
    const poster = pg.sidebar.locator('[data-testid=task-stage][data-stage-title="海报设计"]');
    await poster.getByTestId('stage-more').click();
    await pg.sidebar.getByTestId('stage-more-decline').click();
    await poster.getByTestId('task-decline-reason').fill('本周设计部在赶参赛作品，排不开');
    await poster.getByTestId('task-confirm').click();
    await expect
      .poll(async () => text((await stageRow(pg, '直播课堂（第二期）', '海报设计')).status))
      .toBe('已拒绝');

    // The boss reassigns it to 何平, with a reason.
    await actAs(pg, '王建国');
    await pg.sidebar.getByTestId('special-task').filter({ hasText: '直播课堂（第二期）' }).click();
    await pg.sidebar.getByTestId('task-page').waitFor();
    const stage = pg.sidebar.locator('[data-testid=task-stage][data-stage-title="海报设计"]');
    await stage.getByTestId('stage-more').click();
    await pg.sidebar.getByTestId('stage-more-reassign').click();
    await stage.getByTestId('task-reassign-to').click();
    await pg.sidebar.locator('.semi-select-option').filter({ hasText: '何平' }).first().click();
    await stage.getByTestId('task-reassign-reason').fill('何平有直播海报经验');
    await stage.getByTestId('task-confirm').click();
    await expect
      .poll(async () => text((await stageRow(pg, '直播课堂（第二期）', '海报设计')).status))
      .toBe('待确认');
    await expect(pg.sidebar.getByTestId('task-history').textContent()).resolves.toContain(
      '本周设计部在赶参赛作品',
    );

    // Nobody acknowledges: a week later (whatever weekday this runs on, that is past three 4-hour working
    // windows) the owner has been reminded and the head and the boss told.
    await pg.page.getByTestId('pg-clock').fill('168');
    const escalated = async () =>
      (await rowsOf(pg, '通知'))
        .filter((n) => text(n['消息']).includes('海报设计') && ['提醒', '升级'].includes(text(n['类型'])))
        .map((n) => `${text(n['类型'])}:${text(n['接收人'])}`)
        .sort();
    await expect
      .poll(escalated, { timeout: 15_000 })
      .toEqual(['升级:ou_demo01', '升级:ou_demo18', '提醒:ou_demo19']);
  });

  it('an employee claims a task the boss published to the pool', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await openWizard(pg);
    await pg.sidebar.getByTestId('wizard-title').fill('展会志愿者招募');
    await pg.sidebar.getByTestId('wizard-due').fill(dayFromToday(14));
    await pg.sidebar.getByTestId('wizard-next').click();
    await pg.sidebar.getByTestId('wizard-mode-pool').click();
    await pg.sidebar.getByTestId('wizard-suggested').filter({ hasText: '设计部' }).click();
    await pg.sidebar.getByTestId('wizard-next').click();
    await pg.sidebar.getByTestId('wizard-next').click();
    await pg.sidebar.getByTestId('wizard-send').click();
    await pg.sidebar.getByTestId('wizard-sent').waitFor();
    expect(text((await taskRow(pg, '展会志愿者招募'))['状态'])).toBe('待认领');

    await actAs(pg, '何平');
    await openTab(pg, '大厅');
    await pg.sidebar
      .getByTestId('pool-task')
      .filter({ hasText: '展会志愿者招募' })
      .getByTestId('pool-claim')
      .click();
    // The claim waits a moment for claims made in other sidebars before it answers.
    await pg.sidebar.getByTestId('pool-outcome').waitFor();
    await expect.poll(async () => text((await taskRow(pg, '展会志愿者招募'))['来源'])).toBe('认领');
    const claimed = await taskRow(pg, '展会志愿者招募');
    expect(text(claimed['状态'])).toBe('进行中');
    expect(text(claimed['责任人'])).toBe('ou_demo19');
  });
});
