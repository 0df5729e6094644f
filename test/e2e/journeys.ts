/** Steps several journeys share: choosing in a Semi select, the wizard, opening a task, reading the Base. */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { dayFromToday, rowsOf, text, type Playground } from './browser';

export const choose = async (pg: Playground, testId: string, option: string) => {
  await pg.sidebar.getByTestId(testId).click();
  await pg.sidebar.locator('.semi-select-option').filter({ hasText: option }).first().click();
};

/**
 * Opens a sidebar tab by name: from the bar when it is there, else from the 更多 menu (the bar keeps a role's
 * primary tabs only). The menu's trigger shows the active menu tab's name, so that one is already open.
 */
export async function openTab(pg: Playground, name: string) {
  await pg.sidebar.getByRole('tablist').waitFor();
  const tab = pg.sidebar.getByRole('tab', { name });
  if ((await tab.count()) > 0) {
    if ((await tab.getAttribute('data-tab')) !== 'more') return tab.click();
    if ((await tab.getAttribute('aria-selected')) === 'true') return;
  }
  await pg.sidebar.locator('[role=tab][data-tab=more]').click();
  await pg.sidebar.getByRole('menuitem', { name }).click();
}

export async function openWizard(pg: Playground) {
  await pg.sidebar.getByRole('tab', { name: '派单' }).click();
  await pg.sidebar.getByTestId('assign-wizard').waitFor();
}

export async function openTaskFromNotices(pg: Playground, title: string) {
  await pg.sidebar.getByRole('tab', { name: /^通知/ }).click();
  await pg.sidebar
    .getByTestId('notice-item')
    .filter({ hasText: title })
    .first()
    .getByTestId('notice-open')
    .click();
  await pg.sidebar.getByTestId('task-page').waitFor();
}

export const taskRow = async (pg: Playground, title: string) =>
  (await rowsOf(pg, '任务')).find((r) => text(r['标题']) === title)!;

/** A stage of the given special task (the demo has stages of the same name under other tasks). */
export async function stageRow(pg: Playground, parentTitle: string, title: string) {
  const rows = await pg.page.evaluate(async () => {
    type Table = {
      name: string;
      fields: { id: string; name: string }[];
      records: { recordId: string; fields: Record<string, unknown> }[];
    };
    const local = (window as unknown as { __BATON_LOCAL__: { state: () => Promise<{ tables: Table[] }> } })
      .__BATON_LOCAL__;
    const table = (await local.state()).tables.find((t) => t.name === '任务')!;
    const id = (name: string) => table.fields.find((f) => f.name === name)!.id;
    return table.records.map((r) => ({
      id: r.recordId,
      title: r.fields[id('标题')],
      parent: (r.fields[id('所属专项')] as { recordIds?: string[] } | null)?.recordIds?.[0],
      status: r.fields[id('状态')],
    }));
  });
  const parent = rows.find((r) => text(r.title) === parentTitle)!;
  return rows.find((r) => r.parent === parent.id && text(r.title) === title)!;
}

/** The boss sends the livestream template to 市场部 (owner 张伟) with 企划部, 设计部 and 销售部 cooperating. */
export async function assignLivestream(pg: Playground, title: string, dueInDays = 60): Promise<void> {
  await openWizard(pg);
  await choose(pg, 'wizard-template', '直播课堂');
  await pg.sidebar.getByTestId('wizard-title').fill(title);
  await pg.sidebar.getByTestId('wizard-due').fill(dayFromToday(dueInDays));
  await pg.sidebar.getByTestId('wizard-next').click();
  await choose(pg, 'wizard-primary', '市场部');
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
  await pg.sidebar.getByTestId('wizard-next').click();
  await pg.sidebar.getByTestId('wizard-send').click();
  await pg.sidebar.getByTestId('wizard-sent').waitFor();
}

/**
 * Uploads a file the way a person does: clicks the stage's upload button once it is enabled (it is disabled
 * while the page's previous action still saves) and answers the file chooser it opens.
 */
export async function uploadToStage(scope: FrameLocator | Locator, page: Page, name: string, body: string) {
  const button = scope.getByTestId('stage-upload-button');
  await expect.poll(() => button.isEnabled()).toBe(true);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(body) });
}
