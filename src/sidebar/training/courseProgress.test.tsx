import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
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

/** HR publishes a two-section course with a video file, open to everyone. */
async function withCourse() {
  const local = await demoBase();
  const hr = await sessionOf(local, '程英');
  await saveCourse(hr.store, hr.data, hr.context.userId, {
    requestKey: 'live',
    course: {
      title: '直播策划',
      kind: 'skill',
      status: 'published',
      content: '## 选题技巧\n先想观众\n## 互动环节\n全程互动',
      videoUrl: 'https://cdn.example.com/live.mp4',
      passMark: 10,
      maxAttempts: 0,
      skills: ['直播策划'],
      requiredForDepartmentIds: [],
    },
    questions: [
      {
        prompt: '选题先想谁',
        type: 'single',
        options: ['观众', '老板'],
        correct: [0],
        points: 10,
        explanation: '',
      },
    ],
  });
  return local;
}

async function openCourse(session: ReadySession) {
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <LearningScreen />
    </SessionProvider>,
  );
  const row = (await screen.findAllByTestId('learning-course')).find((r) =>
    within(r).queryByText('直播策划'),
  )!;
  fireEvent.click(within(row).getByTestId('learning-open'));
  await screen.findByTestId('course-page');
  await screen.findAllByTestId('course-section-read');
  return screen.getByTestId('course-video').querySelector('video')!;
}

const play = (video: HTMLVideoElement, at: number) => {
  video.currentTime = at;
  fireEvent.timeUpdate(video);
};

describe('course progress', () => {
  it('[TR21] the video position and sections read survive closing the page; a playing video writes rarely', async () => {
    const local = await withCourse();
    const session = await sessionOf(local, '何平');
    const setData = vi.spyOn(session.store.host.bridge, 'setData');
    let video = await openCourse(session);
    expect(screen.queryByTestId('course-progress')).toBeNull();
    fireEvent.loadedMetadata(video);
    fireEvent.click(screen.getAllByTestId('course-section-read')[1]!);
    await waitFor(() => expect(setData).toHaveBeenCalledTimes(1));
    for (const at of [1, 5, 9, 14]) play(video, at);
    expect(setData).toHaveBeenCalledTimes(1);
    play(video, 42);
    await waitFor(() => expect(setData).toHaveBeenCalledTimes(2));
    expect(setData.mock.calls[1]![1]).toEqual({ videoSeconds: 42, sectionsRead: [1] });
    await waitFor(() => expect(screen.getByTestId('course-progress').textContent).toContain('0:42'));
    cleanup();

    video = await openCourse(await sessionOf(local, '何平'));
    expect(screen.getByTestId('course-progress').textContent).toBe('学习中 · 已读 1/2 节 · 视频看到 0:42');
    fireEvent.loadedMetadata(video);
    expect(video.currentTime).toBe(42);
    expect(screen.getAllByTestId('course-section-read').map((b) => b.textContent)).toEqual([
      '标为已读',
      '✓ 已读',
    ]);
  });

  it('[TR21] progress is per learner: another member starts from the beginning', async () => {
    const local = await withCourse();
    const video = await openCourse(await sessionOf(local, '何平'));
    fireEvent.loadedMetadata(video);
    play(video, 100);
    fireEvent.pause(video);
    await screen.findByTestId('course-progress');
    cleanup();
    const other = await openCourse(await sessionOf(local, '郭晓'));
    fireEvent.loadedMetadata(other);
    expect(other.currentTime).toBe(0);
    expect(screen.queryByTestId('course-progress')).toBeNull();
  });
});
