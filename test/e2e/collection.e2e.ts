/**
 * A collection drive end to end: 人事部 publishes the competition drive to 设计部 and 市场部; one designer
 * uploads a compliant PDF, another a PNG renamed .pdf and is told why, then fixes it; the clock moves past the
 * 3-day and 1-day points and the deadline, and only those still missing (and, at the deadline, their heads) are
 * told; the organizer sees the counts, sends one back, accepts one, exports the list, downloads the accepted files
 * as one ZIP, extends the drive (everyone missing is told) and closes it, which completes the competition task's
 * 作品收集 stage the template launched it from.
 */
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { actAs, openPlayground, rowsOf, text, type Playground } from './browser';
import { stageRow } from './journeys';

let pg: Playground;
afterEach(async () => pg?.close());

const TITLE = '参赛作品收集';
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 2, 0, 0, 0,
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * Opens 收集 from the 更多 menu. Right after the clock moved, the background's new notices re-render the bar and
 * may close the menu before its item is clicked: then it is opened again.
 */
async function openTab(pg: Playground) {
  const screen = pg.sidebar.getByTestId('collection-screen');
  await expect
    .poll(
      async () => {
        if (await screen.isVisible()) return true;
        await pg.sidebar
          .locator('[role=tab][data-tab=more]')
          .click({ timeout: 5_000 })
          .catch(() => undefined);
        await pg.sidebar
          .getByRole('menuitem', { name: '收集' })
          .click({ timeout: 2_000 })
          .catch(() => undefined);
        return screen.isVisible();
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

async function submit(pg: Playground, name: string, buffer: Buffer) {
  await pg.sidebar
    .getByTestId('collection-files')
    .setInputFiles({ name, mimeType: 'application/pdf', buffer });
}

describe('collection journey', () => {
  it('publish, submit with the check, remind only the missing, review and export', async () => {
    pg = await openPlayground();
    await pg.sidebar.getByTestId('greeting').waitFor();

    await actAs(pg, '程英');
    await openTab(pg);
    await pg.sidebar.getByTestId('collection-new').click();
    await pg.sidebar.getByTestId('collection-template').click();
    expect(await pg.sidebar.getByTestId('field-collection-stage').textContent()).toContain(
      '参赛作品收集 / 作品收集',
    );
    await pg.sidebar.getByTestId('collection-publish').click();
    await expect
      .poll(() => pg.sidebar.getByTestId('collection-publish-outcome').textContent())
      .toContain('16');

    await actAs(pg, '何平');
    await openTab(pg);
    await pg.sidebar
      .getByTestId('collection-my-drive')
      .filter({ has: pg.sidebar.getByText(TITLE, { exact: true }) })
      .getByTestId('collection-submit-open')
      .click();
    await submit(pg, `设计部-何平-${TITLE}.pdf`, PDF);
    await pg.sidebar.getByTestId('collection-check-ok').waitFor();
    await pg.sidebar.getByTestId('collection-send').click();
    await expect
      .poll(() => pg.sidebar.getByTestId('collection-submit-outcome').textContent())
      .toContain('检查通过');

    await actAs(pg, '林峰');
    await openTab(pg);
    await pg.sidebar
      .getByTestId('collection-my-drive')
      .filter({ has: pg.sidebar.getByText(TITLE, { exact: true }) })
      .getByTestId('collection-submit-open')
      .click();
    await submit(pg, `设计部-林峰-${TITLE}.pdf`, PNG);
    await expect
      .poll(() => pg.sidebar.getByTestId('collection-check-problems').textContent())
      .toContain('PNG');
    await pg.sidebar.getByTestId('collection-send').click();
    await expect
      .poll(() => pg.sidebar.getByTestId('collection-submit-outcome').textContent())
      .toContain('1 个问题');
    await submit(pg, `设计部-林峰-${TITLE}.pdf`, PDF);
    await pg.sidebar.getByTestId('collection-check-ok').waitFor();
    await pg.sidebar.getByTestId('collection-send').click();
    await expect.poll(() => pg.sidebar.getByTestId('collection-version').count()).toBe(2);

    // Four days on, the 3-day point has passed: the 14 people still missing are reminded, the two who submitted not.
    await pg.page.getByTestId('pg-clock').fill('96');
    const reminded = async () =>
      (await rowsOf(pg, '通知'))
        .filter((n) => text(n['消息']).includes(`「${TITLE}」还有 3 天截止`))
        .map((n) => text(n['接收人']));
    await expect.poll(async () => (await reminded()).length, { timeout: 20_000 }).toBe(14);
    expect(await reminded()).not.toContain('ou_demo19');

    // Five days on, past the 1-day point; six days on, past the deadline: the same 14, and at the deadline the
    // heads of 设计部 and 市场部 with their department's missing names.
    const told = async (words: string) =>
      (await rowsOf(pg, '通知')).filter((n) => text(n['消息']).includes(`「${TITLE}」${words}`));
    await pg.page.getByTestId('pg-clock').fill('120');
    await expect.poll(async () => (await told('还有 1 天截止')).length, { timeout: 20_000 }).toBe(14);
    await pg.page.getByTestId('pg-clock').fill('144');
    await expect
      .poll(async () => (await told('已到截止时间，你还没有')).length, { timeout: 20_000 })
      .toBe(14);
    const heads = await told('已到截止时间，本部门还没提交的');
    expect(heads).toHaveLength(2);
    expect(heads.map((n) => text(n['消息'])).join()).not.toContain('何平');

    await actAs(pg, '程英');
    await openTab(pg);
    await pg.sidebar
      .getByTestId('collection-managed-drive')
      .filter({ has: pg.sidebar.getByText(TITLE, { exact: true }) })
      .getByTestId('collection-page-open')
      .click();
    expect(await pg.sidebar.getByTestId('collection-counts').textContent()).toContain('2 / 16');
    const person = (name: string) => pg.sidebar.getByTestId('collection-person').filter({ hasText: name });
    await person('何平').getByTestId('collection-reason').fill('请附上设计说明');
    await person('何平').getByTestId('collection-send-back').click();
    await expect
      .poll(() => person('何平').getByTestId('collection-person-state').textContent())
      .toBe('已退回');
    await person('林峰').getByTestId('collection-accept').click();
    await expect
      .poll(() => person('林峰').getByTestId('collection-person-state').textContent())
      .toBe('已通过');
    const sentBack = (await rowsOf(pg, '通知')).filter((n) => text(n['消息']).includes('请附上设计说明'));
    expect(sentBack).toHaveLength(1);

    const [download] = await Promise.all([
      pg.page.waitForEvent('download'),
      pg.sidebar.getByTestId('collection-csv').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('何平');
    expect(csv).toContain('已退回');
    expect(csv.split('\n').filter(Boolean)).toHaveLength(17);

    // The ZIP holds the accepted file only, named by the rule; 何平's sent-back version stays out.
    const [zip] = await Promise.all([
      pg.page.waitForEvent('download'),
      pg.sidebar.getByTestId('collection-zip').click(),
    ]);
    expect(zip.suggestedFilename()).toBe(`${TITLE}.zip`);
    const entries = unzipSync(new Uint8Array(readFileSync((await zip.path())!)));
    expect(Object.keys(entries)).toEqual([`设计部-林峰-${TITLE}.pdf`]);
    expect(strFromU8(entries[`设计部-林峰-${TITLE}.pdf`]!)).toBe(PDF.toString());
    expect(await pg.sidebar.getByTestId('collection-zip-outcome').textContent()).toContain('已打包 1 个文件');

    // Extended from the page: the 15 still owing (何平 was sent back) are told the new deadline.
    await pg.sidebar.getByTestId('collection-extend').click();
    await expect
      .poll(() => pg.sidebar.getByTestId('collection-extend-outcome').textContent())
      .toContain('15');
    expect(await told('的截止时间延长到')).toHaveLength(15);

    // Closing the drive completes the stage it was launched from, at the next background run.
    await pg.sidebar.getByTestId('collection-close').click();
    await pg.page.getByTestId('pg-clock').fill('150');
    await expect
      .poll(async () => text((await stageRow(pg, '参赛作品收集', '作品收集')).status), { timeout: 20_000 })
      .toBe('已完成');
    expect(pg.errors).toEqual([]);
  });
});
