import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoBase, personId, TEST_NOW, TEST_TODAY } from '../../../test/support/baseFixture';
import type { AssignmentDraft } from '../../core/assignment';
import { DAY } from '../../core/time';
import type { LocalHost } from '../../local/localHost';
import { sendAssignment } from '../../services/assign';
import { openSession } from '../../services/session';
import { saveCourse } from '../../services/training/authoring';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { requestCourse } from '../training/courseRequest';
import { LearningScreen } from '../training/LearningScreen';
import { PoolScreen } from './PoolScreen';

afterEach(cleanup);

const RETRY = { retry: { attempts: 3, backoffMs: 0 } };

async function sessionOf(local: LocalHost, name: string): Promise<ReadySession> {
  local.setSession({ userId: personId(name) });
  return (await openSession(local.host, RETRY)) as ReadySession;
}

/** The boss puts a task in the pool; its description asks for a skill, or not. */
async function poolTask(local: LocalHost, description: string) {
  const boss = await sessionOf(local, '王建国');
  const design = boss.data.departments.find((d) => d.name === '设计部')!;
  const draft: AssignmentDraft = {
    draftKey: `pool-${description}`,
    mode: 'pool',
    title: '直播海报',
    description,
    points: 20,
    extraDuty: true,
    due: TEST_TODAY + 10 * DAY,
    cooperation: [],
    outsiderConfirmed: false,
    stages: [],
    suggestedDepartmentIds: [design.id],
  };
  const sent = await sendAssignment(boss.store, boss.data, draft, boss.context.userId, {
    now: TEST_NOW - DAY,
    todayStart: TEST_TODAY - DAY,
  });
  if (!sent.ok) throw new Error(JSON.stringify(sent.issues));
}

/** HR publishes a course granting a skill no demo course grants. */
async function liveCourse(local: LocalHost) {
  const hr = await sessionOf(local, '程英');
  await saveCourse(hr.store, hr.data, hr.context.userId, {
    requestKey: 'live',
    course: {
      title: '航拍入门',
      kind: 'skill',
      status: 'published',
      content: '## 选题技巧\n先想观众',
      videoUrl: '',
      passMark: 10,
      maxAttempts: 0,
      skills: ['无人机航拍'],
      requiredForDepartmentIds: [],
    },
    questions: [
      {
        prompt: '先想谁',
        type: 'single',
        options: ['观众', '老板'],
        correct: [0],
        points: 10,
        explanation: '',
      },
    ],
  });
}

describe('the pool suggests a course', () => {
  it('[TR22] a task asking for a skill the viewer lacks names the course; one click opens it in 学习', async () => {
    const local = await demoBase();
    await liveCourse(local);
    await poolTask(local, '给直播做海报\n所需技能：无人机航拍');
    const session = await sessionOf(local, '何平');
    const opened: string[] = [];
    render(
      <SessionProvider session={session} now={() => TEST_NOW}>
        <PoolScreen onOpenTask={() => undefined} onOpenCourse={(id) => opened.push(id)} />
      </SessionProvider>,
    );
    const take = await screen.findByTestId('pool-course');
    expect(take.textContent).toBe('学习《航拍入门》');
    expect(screen.getByTestId('pool-skills').textContent).toContain('需要「无人机航拍」技能');
    fireEvent.click(take);
    expect(opened).toHaveLength(1);
    cleanup();

    requestCourse(opened[0]!);
    render(
      <SessionProvider session={session} now={() => TEST_NOW}>
        <LearningScreen />
      </SessionProvider>,
    );
    const page = await screen.findByTestId('course-page');
    expect(page.textContent).toContain('航拍入门');
  });

  it('[TR22] with no skill lacking the pool never reads 课程', async () => {
    const local = await demoBase();
    await liveCourse(local);
    await poolTask(local, '给直播做海报');
    const session = await sessionOf(local, '何平');
    const readAll = vi.spyOn(session.store, 'readAll');
    render(
      <SessionProvider session={session} now={() => TEST_NOW}>
        <PoolScreen onOpenTask={() => undefined} />
      </SessionProvider>,
    );
    await screen.findByTestId('pool-task');
    await waitFor(() => expect(screen.queryByTestId('pool-skills')).toBeNull());
    expect(readAll.mock.calls.map(([table]) => table)).not.toContain('courses');
  });
});
