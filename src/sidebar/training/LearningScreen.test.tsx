import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { DAY } from '../../core/time';
import type { LocalHost } from '../../local/localHost';
import { openSession } from '../../services/session';
import { saveCourse } from '../../services/training/authoring';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { LearningScreen } from './LearningScreen';

afterEach(cleanup);

// happy-dom answers "" to every canPlayType; a browser that plays mp4 answers "maybe".
beforeEach(() => {
  vi.spyOn(HTMLMediaElement.prototype, 'canPlayType').mockReturnValue('maybe');
  return () => vi.mocked(HTMLMediaElement.prototype.canPlayType).mockRestore();
});

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };

async function sessionOf(local: LocalHost, name: string): Promise<ReadySession> {
  local.setSession({ userId: personId(name) });
  return (await openSession(local.host, RETRY)) as ReadySession;
}

/** HR publishes 直播策划 for 设计部: two questions, both needed to pass, at most three attempts. */
async function withCourse() {
  const local = await demoBase();
  const hr = await sessionOf(local, '程英');
  const design = hr.data.departments.find((d) => d.name === '设计部')!.id;
  const question = (prompt: string, options: string[], correct: number) => ({
    prompt,
    type: 'single' as const,
    options,
    correct: [correct],
    points: 50,
    explanation: `${prompt}：看观众`,
  });
  await saveCourse(hr.store, hr.data, hr.context.userId, {
    requestKey: 'live',
    course: {
      title: '直播策划',
      kind: 'skill',
      status: 'published',
      content: '## 选题技巧\n**先想观众**<script>alert(1)</script>',
      videoUrl: 'https://cdn.example.com/live.mp4',
      passMark: 100,
      maxAttempts: 3,
      skills: ['直播策划'],
      requiredForDepartmentIds: [design],
      due: TEST_NOW + 3 * DAY,
    },
    questions: [question('选题先想谁', ['观众', '老板'], 0), question('互动放在哪', ['结尾', '全程'], 1)],
  });
  return local;
}

function renderAs(session: ReadySession) {
  return render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <LearningScreen />
    </SessionProvider>,
  );
}

const choose = (question: HTMLElement, label: string) =>
  fireEvent.click(within(question).getByText(new RegExp(`\\. ${label}$`)));

describe('the 学习 tab', () => {
  it('[TR16][TR4] a designer opens the required course, fails once, sees why, retries and passes', async () => {
    const local = await withCourse();
    renderAs(await sessionOf(local, '何平'));
    const required = await screen.findByTestId('learning-required');
    const row = within(required)
      .getAllByTestId('learning-course')
      .find((r) => within(r).queryByText('直播策划'))!;
    fireEvent.click(within(row).getByTestId('learning-open'));
    await screen.findByTestId('course-page');
    await waitFor(() =>
      expect(screen.getByTestId('course-section-text').innerHTML).toContain('<strong>先想观众</strong>'),
    );
    expect(screen.getByTestId('course-section-text').innerHTML).not.toContain('script');
    expect(screen.getByTestId('course-video').querySelector('video')?.getAttribute('src')).toBe(
      'https://cdn.example.com/live.mp4',
    );
    let questions = await screen.findAllByTestId('quiz-question');
    choose(questions[0]!, '观众');
    choose(questions[1]!, '结尾');
    fireEvent.click(screen.getByTestId('quiz-submit'));
    const result = await screen.findByTestId('quiz-result');
    expect(result.textContent).toContain('50 / 100');
    expect(within(result).getByTestId('quiz-wrong').textContent).toContain('互动放在哪：看观众');
    fireEvent.click(await screen.findByTestId('quiz-retry'));
    await waitFor(() => expect(screen.getByTestId('quiz').textContent).toContain('第 2 次作答'));
    questions = screen.getAllByTestId('quiz-question');
    choose(questions[0]!, '观众');
    choose(questions[1]!, '全程');
    fireEvent.click(screen.getByTestId('quiz-submit'));
    await waitFor(() => expect(screen.getByTestId('quiz-result').textContent).toContain('100 / 100'));
    expect(screen.getByTestId('quiz-feedback').textContent).toContain('直播策划');
  });

  it('[TR15] an employee sees no authoring or figures; HR does', async () => {
    const local = await withCourse();
    renderAs(await sessionOf(local, '何平'));
    await screen.findByTestId('learning-screen');
    expect(screen.queryByTestId('learning-authoring')).toBeNull();
    cleanup();
    renderAs(await sessionOf(local, '程英'));
    await screen.findByTestId('learning-authoring');
    expect(screen.getByTestId('learning-figures').textContent).toContain('直播策划');
  });
});
