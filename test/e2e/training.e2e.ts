/**
 * Journey: HR runs a needs survey, three people answer, HR turns the top topic into a course required for 设计部;
 * 何平 fails once, passes and gains the skill; the boss then sees her marked qualified for the poster stage.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { actAs, dayFromToday, openPlayground, type Playground } from './browser';
import { choose, openTab, openWizard } from './journeys';

let pg: Playground;
afterEach(async () => pg?.close());

async function openLearning(pg: Playground) {
  await openTab(pg, '学习');
  await pg.sidebar.getByTestId('learning-screen').waitFor();
}

async function answer(pg: Playground, name: string, topic: string) {
  await actAs(pg, name);
  await openLearning(pg);
  const round = pg.sidebar.getByTestId('survey-round').filter({ hasText: '培训需求' });
  await round.getByTestId('survey-topic-choice').filter({ hasText: topic }).click();
  await round.getByTestId('survey-send').click();
  await pg.sidebar.getByTestId('survey-feedback').filter({ hasText: '已提交' }).waitFor();
}

async function takeQuiz(pg: Playground, choice: string) {
  const question = pg.sidebar.getByTestId('quiz-question').first();
  await question.getByTestId('quiz-option').filter({ hasText: choice }).click();
  await pg.sidebar.getByTestId('quiz-submit').click();
  return pg.sidebar.getByTestId('quiz-result');
}

describe('training journey', () => {
  it('survey → course from the top topic → a designer fails, passes, gains the skill → marked qualified', async () => {
    pg = await openPlayground();
    const { sidebar } = pg;
    await actAs(pg, '程英');
    await openLearning(pg);
    await sidebar.getByTestId('survey-title').fill('培训需求');
    await sidebar.getByTestId('survey-topics').fill('直播策划\n剪辑\n谈判');
    await sidebar.getByTestId('survey-closes').fill(dayFromToday(7));
    await sidebar.getByTestId('survey-open').click();
    await sidebar.getByTestId('survey-round').filter({ hasText: '培训需求' }).waitFor();

    await answer(pg, '何平', '直播策划');
    await answer(pg, '林峰', '直播策划');
    await answer(pg, '罗佳', '剪辑');

    await actAs(pg, '程英');
    await openLearning(pg);
    const top = sidebar.getByTestId('survey-topic').first();
    await expect(top.textContent()).resolves.toContain('直播策划 · 2 票');
    await top.getByTestId('survey-draft').click();
    await sidebar.getByTestId('author-page').waitFor();
    await expect(sidebar.getByTestId('author-title').inputValue()).resolves.toBe('直播策划');
    await sidebar.getByTestId('author-content').fill('## 选题技巧\n先想观众关心什么。');
    await sidebar.getByTestId('author-pass-mark').fill('10');
    await sidebar.getByTestId('author-required').filter({ hasText: '设计部' }).click();
    await sidebar.getByTestId('author-due').fill(dayFromToday(14));
    await sidebar.getByTestId('author-add-question').click();
    await sidebar.getByTestId('question-prompt').fill('选题先想谁？');
    await sidebar.getByTestId('question-options').fill('观众\n老板');
    await sidebar.getByTestId('question-correct').fill('A');
    await sidebar.getByTestId('question-explanation').fill('观众为自己的问题而来');
    await sidebar.getByTestId('author-publish').click();
    await sidebar.getByTestId('author-save').click();
    await sidebar.getByTestId('author-feedback').filter({ hasText: '已保存' }).waitFor();

    await actAs(pg, '何平');
    await openLearning(pg);
    const required = sidebar.getByTestId('learning-required');
    await required
      .getByTestId('learning-course')
      .filter({ hasText: /^直播策划专项技能/ })
      .getByTestId('learning-open')
      .click();
    await sidebar.getByTestId('course-page').waitFor();
    const failed = await takeQuiz(pg, '老板');
    await expect(failed.textContent()).resolves.toContain('观众为自己的问题而来');
    await sidebar.getByTestId('quiz-retry').click();
    const passed = await takeQuiz(pg, '观众');
    await expect.poll(() => passed.textContent()).toContain('通过');
    await sidebar.getByTestId('course-back').click();
    await expect.poll(() => sidebar.getByTestId('learning-skills').textContent()).toContain('直播策划');

    await actAs(pg, '王建国');
    await openWizard(pg);
    await choose(pg, 'wizard-template', '直播课堂');
    await sidebar.getByTestId('wizard-title').fill('双十二直播');
    await sidebar.getByTestId('wizard-due').fill(dayFromToday(60));
    await sidebar.getByTestId('wizard-next').click();
    await choose(pg, 'wizard-primary', '市场部');
    await sidebar.getByTestId('wizard-next').click();
    const poster = sidebar
      .getByTestId('stage-row')
      .filter({ has: sidebar.locator('input[value="海报设计"]') });
    await poster.getByTestId('stage-owner').click();
    const option = sidebar.locator('.semi-select-option').filter({ hasText: '何平' }).first();
    await expect(option.textContent()).resolves.toContain('技能符合');
    expect(pg.errors).toEqual([]);
  });
});
