import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import type { LocalHost } from '../../local/localHost';
import { openSession } from '../../services/session';
import { saveCourse } from '../../services/training/authoring';
import { openCourse } from '../../services/training/quiz';
import { readCourse } from '../../services/training/trainingData';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { AuthorPage } from './AuthorPage';

afterEach(cleanup);

async function asHr(local: LocalHost): Promise<ReadySession> {
  local.setSession({ userId: personId('程英') });
  return (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;
}

/** 直播策划 with two questions and 20 points for passing, authored by HR. */
async function withCourse(session: ReadySession) {
  const question = (prompt: string) => ({
    prompt,
    type: 'single' as const,
    options: ['观众', '老板'],
    correct: [0],
    points: 50,
    explanation: '先想观众',
  });
  const saved = await saveCourse(session.store, session.data, session.context.userId, {
    requestKey: 'live',
    course: {
      title: '直播策划',
      kind: 'skill',
      status: 'published',
      content: '## 选题\n先想观众。',
      videoUrl: '',
      passMark: 100,
      maxAttempts: 3,
      skills: ['直播策划'],
      requiredForDepartmentIds: [],
      points: 20,
    },
    questions: [question('选题先想谁'), question('互动想着谁')],
  });
  return (await readCourse(session.store, saved.ok ? saved.value.courseId : ''))!;
}

function renderPage(session: ReadySession, course?: Awaited<ReturnType<typeof withCourse>>) {
  const saved: string[] = [];
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <AuthorPage course={course} onBack={() => undefined} onSaved={() => saved.push('saved')} />
    </SessionProvider>,
  );
  return saved;
}

const type = (testId: string, value: string, at = 0) =>
  fireEvent.change(screen.getAllByTestId(testId)[at]!, { target: { value } });

describe('the author page', () => {
  it('[TR3][TR14] the preview renders the text sanitized and shows the quiz with no answer or explanation', async () => {
    renderPage(await asHr(await demoBase()));
    type('author-title', '直播互动');
    type('author-content', '## 开场\n**抽奖**<img src="x" onerror="alert(1)"><script>alert(2)</script>');
    fireEvent.click(screen.getByTestId('author-add-question'));
    type('question-prompt', '开场先做什么');
    type('question-options', '抽奖\n念稿');
    type('question-correct', 'A');
    type('question-explanation', '抽奖留住观众的理由');
    fireEvent.click(screen.getByTestId('author-preview'));
    const pane = await screen.findByTestId('author-preview-pane');
    await waitFor(() =>
      expect(screen.getByTestId('course-section-text').innerHTML).toContain('<strong>抽奖</strong>'),
    );
    const html = screen.getByTestId('course-section-text').innerHTML;
    expect(html).not.toMatch(/script|onerror/);
    expect(screen.getAllByTestId('quiz-option').map((o) => o.textContent)).toEqual(['A. 抽奖', 'B. 念稿']);
    expect(pane.textContent).not.toContain('抽奖留住观众的理由');
    expect(pane.querySelectorAll('input:checked')).toHaveLength(0);
  });

  it('[TR18][TR20] a CSV with bad lines lists each line and imports nothing', async () => {
    const session = await asHr(await demoBase());
    const course = await withCourse(session);
    const saved = renderPage(session, course);
    const csv =
      '题干,题型,选项,答案,分值,解析\n好题,单选,a|b,A,10,\n坏题,单选,a,A,10,\n错题,单选,a|b,"A,B",10,\n';
    const file = new File([csv], 'q.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByTestId('author-csv'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getAllByTestId('author-csv-error')).toHaveLength(2));
    expect(screen.getAllByTestId('author-csv-error').map((e) => e.textContent)).toEqual([
      '第 3 行：至少需要两个选项（最多十个）。',
      expect.stringMatching(/^第 4 行：/),
    ]);
    expect(await openCourse(session.store, course.id)).toHaveLength(2);
    expect(saved).toEqual([]);
  });

  it('[TR23] the points show on the page and an edit of the title keeps them and the key', async () => {
    const session = await asHr(await demoBase());
    const course = await withCourse(session);
    const saved = renderPage(session, course);
    expect((screen.getByTestId('author-points') as HTMLInputElement).value).toBe('20');
    await waitFor(() => expect(screen.getAllByTestId('author-kept')).toHaveLength(2));
    type('author-title', '直播策划（二）');
    fireEvent.click(screen.getByTestId('author-save'));
    await waitFor(() => expect(saved).toEqual(['saved']));
    expect(await readCourse(session.store, course.id)).toMatchObject({
      title: '直播策划（二）',
      points: 20,
      key: course.key,
    });
  });
});
