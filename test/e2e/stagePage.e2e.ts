/**
 * A stage worked where people enter: its owner opens it from 工作, starts, uploads and submits there; the
 * responsible person opens the review request from 通知 and accepts on the stage's own page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actAs, openPlayground, rowsOf, text, type Playground } from './browser';
import { assignLivestream, stageRow, uploadToStage } from './journeys';

let pg: Playground;
afterEach(async () => pg?.close());

const TITLE = '直播课堂（第四期）';

const statusOf = async (pg: Playground, title: string) => text((await stageRow(pg, TITLE, title)).status);

describe('stage page journey', () => {
  it('the owner works the plan from 工作 and the reviewer accepts it from the notice', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();
    await assignLivestream(pg, TITLE);

    await actAs(pg, '吴刚');
    await pg.sidebar.getByRole('tab', { name: '工作' }).click();
    const item = pg.sidebar.getByTestId('mywork-item').filter({ hasText: TITLE }).first();
    await item.getByText('策划方案').click();
    const main = pg.sidebar.getByTestId('task-main');
    await main.getByTestId('stage-start').waitFor();
    expect(await pg.sidebar.getByTestId('task-title').textContent()).toBe('策划方案');
    // Starting acknowledges: no separate 确认接手 beside it.
    expect(await main.getByTestId('task-ack').count()).toBe(0);
    await main.getByTestId('stage-start').click();
    await expect.poll(() => statusOf(pg, '策划方案')).toBe('进行中');
    await uploadToStage(main, pg.page, '直播方案.pdf', '%PDF-1.4 plan');
    await expect.poll(() => main.getByTestId('stage-deliverables').textContent()).toContain('直播方案.pdf');
    await main.getByTestId('stage-submit').click();
    await expect.poll(() => statusOf(pg, '策划方案')).toBe('待验收');
    await pg.sidebar.getByTestId('task-parent').click();
    expect(await pg.sidebar.getByTestId('task-title').textContent()).toBe(TITLE);

    await actAs(pg, '张伟');
    await pg.sidebar.getByRole('tab', { name: /^通知/ }).click();
    await pg.sidebar
      .getByTestId('notice-item')
      .filter({ hasText: TITLE })
      .filter({ hasText: '请验收' })
      .first()
      .getByTestId('notice-open')
      .click();
    expect(await pg.sidebar.getByTestId('task-title').textContent()).toBe('策划方案');
    await expect.poll(() => main.getByTestId('stage-deliverables').textContent()).toContain('直播方案.pdf');
    await main.getByTestId('stage-accept').click();
    await expect.poll(() => statusOf(pg, '海报设计')).toBe('可开始');
    await expect.poll(() => pg.sidebar.getByTestId('task-history').textContent()).toContain('张伟');

    const notices = await rowsOf(pg, '通知');
    const review = notices.filter(
      (n) => text(n['消息']).includes('请验收') && text(n['消息']).includes(TITLE),
    );
    expect(review.map((n) => text(n['类型']))).toEqual(['待验收']);
    expect(pg.errors).toEqual([]);
  });
});
