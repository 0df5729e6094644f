/**
 * Journey of issue 4: the livestream task from plan to live. The 企划部 owner uploads the plan and submits it,
 * the 市场部 head accepts, 设计部 sees "ready"; the poster is sent back once with a reason, then accepted, and
 * 销售部 becomes ready; the boss's progress line reads right at each step. A status edited in the Base's own
 * grid cascades too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actAs, openPlayground, type Playground } from './browser';
import { assignLivestream, openTab, stageRow, uploadToStage } from './journeys';
import { text } from './browser';

let pg: Playground;
afterEach(async () => pg?.close());

const TITLE = '直播课堂（第三期）';

const stage = (pg: Playground, title: string) =>
  pg.sidebar.locator(`[data-testid=task-stage][data-stage-title="${title}"]`);

const statusOf = async (pg: Playground, title: string) => text((await stageRow(pg, TITLE, title)).status);

/** The special task from the viewer's home list (owner, cooperating department or head). */
async function openFromHome(pg: Playground) {
  await pg.sidebar.getByRole('tab', { name: '首页' }).click();
  await pg.sidebar.getByTestId('my-task').filter({ hasText: TITLE }).first().click();
  await pg.sidebar.getByTestId('task-page').waitFor();
}

async function progressChain(pg: Playground): Promise<string> {
  await actAs(pg, '王建国');
  await openTab(pg, '进度');
  return (
    (await pg.sidebar
      .locator(`[data-testid=progress-line][data-title="${TITLE}"]`)
      .getByTestId('progress-chain')
      .textContent()) ?? ''
  );
}

describe('process journey', () => {
  it('runs the livestream task from the plan to the invitations, with the boss following along', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await assignLivestream(pg, TITLE);
    expect(await statusOf(pg, '策划方案')).toBe('可开始');
    expect(await statusOf(pg, '海报设计')).toBe('等待前置');

    // 企划部's head owns the plan: uploads it and submits it for acceptance.
    await actAs(pg, '吴刚');
    await openFromHome(pg);
    await uploadToStage(stage(pg, '策划方案'), pg.page, '直播方案.pdf', '%PDF-1.4 plan');
    await expect.poll(() => statusOf(pg, '策划方案')).toBe('进行中');
    await stage(pg, '策划方案').getByTestId('stage-submit').click();
    await expect.poll(() => statusOf(pg, '策划方案')).toBe('待验收');

    // 市场部's head (responsible for the task) accepts it: the poster is ready for 设计部.
    await actAs(pg, '张伟');
    await openFromHome(pg);
    await stage(pg, '策划方案').getByTestId('stage-accept').click();
    await expect.poll(() => statusOf(pg, '海报设计')).toBe('可开始');
    expect(await progressChain(pg)).toMatch(/策划方案 ✓ → 海报设计 ○/);

    // 设计部 starts and submits the poster; it is sent back once with a reason, then accepted.
    await actAs(pg, '郭晓');
    await openFromHome(pg);
    await stage(pg, '海报设计').getByTestId('stage-start').click();
    await expect.poll(() => statusOf(pg, '海报设计')).toBe('进行中');
    await stage(pg, '海报设计').getByTestId('stage-submit').click();
    await expect.poll(() => statusOf(pg, '海报设计')).toBe('待验收');
    expect(await progressChain(pg)).toMatch(/海报设计 ●/);

    await actAs(pg, '张伟');
    await openFromHome(pg);
    await stage(pg, '海报设计').getByTestId('stage-sendback').click();
    await stage(pg, '海报设计').getByTestId('stage-sendback-reason').fill('主视觉颜色与品牌色不符');
    await stage(pg, '海报设计').getByTestId('stage-confirm').click();
    await expect.poll(() => statusOf(pg, '海报设计')).toBe('进行中');

    await actAs(pg, '郭晓');
    await openFromHome(pg);
    await stage(pg, '海报设计').getByTestId('stage-submit').click();
    await expect.poll(() => statusOf(pg, '海报设计')).toBe('待验收');
    await actAs(pg, '张伟');
    await openFromHome(pg);
    await stage(pg, '海报设计').getByTestId('stage-accept').click();
    await expect.poll(() => statusOf(pg, '客户邀请')).toBe('可开始');
    expect(await progressChain(pg)).toMatch(/策划方案 ✓ → 海报设计 ✓ → 客户邀请 ○ → 彩排 ○/);

    // Someone marks the invitations done in the grid, not the sidebar: the rehearsal becomes ready.
    await pg.page.getByRole('tab', { name: /^任务 \(/ }).click();
    const row = pg.page.locator(
      `[data-testid="grid-任务"] tbody tr[data-record-id="${(await stageRow(pg, TITLE, '客户邀请')).id}"]`,
    );
    await row.locator('td[data-field="状态"]').click();
    await pg.page.getByTestId('cell-editor').selectOption({ label: '已完成' });
    await expect.poll(() => statusOf(pg, '彩排'), { timeout: 15_000 }).toBe('可开始');
    expect(pg.errors).toEqual([]);
  });
});
