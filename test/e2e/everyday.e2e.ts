/**
 * The everyday loop for the three roles: a stage owner works their stage from the notice that told them it is
 * theirs (start, upload, submit), the responsible person accepts from the review request, and the boss changes
 * the task after sending (moves the due date, adds a stage, cancels another); everyone affected is told.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actAs, dayFromToday, openPlayground, rowsOf, text, type Playground } from './browser';
import { assignLivestream, choose, openTab, stageRow, taskRow, uploadToStage } from './journeys';

let pg: Playground;
afterEach(async () => pg?.close());

const TITLE = '直播课堂（日常）';

async function openNotice(pg: Playground, hasText: string) {
  await pg.sidebar.getByRole('tab', { name: /^通知/ }).click();
  await pg.sidebar
    .getByTestId('notice-item')
    .filter({ hasText: TITLE })
    .filter({ hasText })
    .first()
    .getByTestId('notice-open')
    .click();
  await pg.sidebar.getByTestId('task-page').waitFor();
}

describe('a manager’s and an employee’s day', () => {
  it(
    'works a stage from its notice, accepts it from the review request, and the boss changes the task',
    { timeout: 240_000 },
    async () => {
      pg = await openPlayground();
      await pg.sidebar.getByTestId('greeting').waitFor();
      await assignLivestream(pg, TITLE);

      // The plan's owner was told the stage is theirs and can start now; the notice opens the stage.
      await actAs(pg, '吴刚');
      await openNotice(pg, '现在就可以开始');
      const main = pg.sidebar.getByTestId('task-main');
      expect(await pg.sidebar.getByTestId('task-title').textContent()).toBe('策划方案');
      await main.getByTestId('stage-start').click();
      await expect.poll(async () => text((await stageRow(pg, TITLE, '策划方案')).status)).toBe('进行中');
      await uploadToStage(main, pg.page, '方案.pdf', '%PDF-1.4 plan');
      await expect.poll(() => main.getByTestId('stage-deliverables').textContent()).toContain('方案.pdf');
      await main.getByTestId('stage-submit').click();
      await expect.poll(async () => text((await stageRow(pg, TITLE, '策划方案')).status)).toBe('待验收');

      await actAs(pg, '张伟');
      await openNotice(pg, '请验收');
      await main.getByTestId('stage-accept').click();
      await expect.poll(async () => text((await stageRow(pg, TITLE, '海报设计')).status)).toBe('可开始');

      // The boss opens the task from 进度 and changes it.
      await actAs(pg, '王建国');
      await openTab(pg, '进度');
      await pg.sidebar.locator(`[data-testid=progress-line][data-title="${TITLE}"]`).click();
      const card = pg.sidebar.getByTestId('edit-card');
      await card.getByTestId('edit-toggle').click();
      const due = dayFromToday(75);
      await card.getByTestId('edit-due').fill(due);
      await card.getByTestId('edit-save').click();
      await expect.poll(() => card.getByTestId('edit-feedback').textContent()).toContain('已保存');
      const dueAt = new Date(`${due}T00:00:00`).getTime();
      await expect.poll(async () => Number(text((await taskRow(pg, TITLE))['截止日期']))).toBe(dueAt);

      await card.getByTestId('edit-add-title').fill('复盘');
      await choose(pg, 'edit-add-department', '市场部');
      await card.getByTestId('edit-add').click();
      await expect
        .poll(() => card.getByTestId('edit-add-feedback').textContent())
        .toContain('已添加阶段「复盘」');
      await expect.poll(async () => text((await stageRow(pg, TITLE, '复盘'))?.status)).toBe('等待前置');

      await card.getByTestId('edit-reason').fill('客户名单已由销售部直接提供');
      await card
        .locator('[data-testid=edit-stage][data-stage-title="客户邀请"]')
        .getByTestId('edit-stage-cancel')
        .click();
      await expect.poll(async () => text((await stageRow(pg, TITLE, '客户邀请')).status)).toBe('已取消');
      await expect
        .poll(() => pg.sidebar.getByTestId('task-history').textContent())
        .toContain('取消了「客户邀请」');

      // Everyone affected was told: the owner of the cancelled stage, and the task's owner of the new due date.
      await actAs(pg, '郑强');
      await pg.sidebar.getByRole('tab', { name: /^通知/ }).click();
      await expect
        .poll(() => pg.sidebar.getByTestId('notice-item').filter({ hasText: '取消了「客户邀请」' }).count())
        .toBe(1);
      await actAs(pg, '张伟');
      await pg.sidebar.getByRole('tab', { name: /^通知/ }).click();
      await expect
        .poll(() =>
          pg.sidebar
            .getByTestId('notice-item')
            .filter({ hasText: `修改了「${TITLE}」` })
            .count(),
        )
        .toBeGreaterThan(0);
      const changed = (await rowsOf(pg, '通知')).filter((n) => text(n['类型']) === '任务变更');
      expect(changed.length).toBeGreaterThan(1);
      expect(pg.errors).toEqual([]);
    },
  );
});
