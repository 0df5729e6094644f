import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import type { LocalHost } from '../../local/localHost';
import { openSession } from '../../services/session';
import { saveCourse } from '../../services/training/authoring';
import { courseVideoFile } from '../../services/training/courseVideo';
import { uploadFiles } from '../../store/uploadQueue';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { LearningScreen } from './LearningScreen';

afterEach(cleanup);

let playable = 'maybe';
// happy-dom answers "" to every canPlayType: each test says what this "browser" plays.
beforeEach(() => {
  playable = 'maybe';
  vi.spyOn(HTMLMediaElement.prototype, 'canPlayType').mockImplementation(() => playable as CanPlayTypeResult);
  return () => vi.mocked(HTMLMediaElement.prototype.canPlayType).mockRestore();
});

async function sessionOf(local: LocalHost, name: string): Promise<ReadySession> {
  local.setSession({ userId: personId(name) });
  return (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;
}

/** A published course with a page link, and a video attached in the grid's 视频附件 column. */
async function withAttachedVideo() {
  const local = await demoBase();
  const hr = await sessionOf(local, '程英');
  const saved = await saveCourse(hr.store, hr.data, hr.context.userId, {
    requestKey: 'v',
    course: {
      title: '多做一步的故事',
      kind: 'incentive',
      status: 'published',
      content: '## 故事\n她多做了一步。',
      videoUrl: 'https://v.example.com/watch/1',
      passMark: 10,
      skills: [],
      requiredForDepartmentIds: [hr.data.departments.find((d) => d.name === '设计部')!.id],
    },
    questions: [
      {
        prompt: '多做一步值得吗',
        type: 'true_false',
        options: ['对', '错'],
        correct: [0],
        points: 10,
        explanation: '',
      },
    ],
  });
  const courseId = saved.ok ? saved.value.courseId : '';
  const file = new File(['clip'], '分享.mp4', { type: 'video/mp4' });
  const [token] = await uploadFiles(hr.store.host.base, [file]);
  const fieldId = hr.store.resolution.schema.courses!.fields.videoFile!.id;
  const table = await hr.store.host.base.getTableById(hr.store.table('courses').id);
  const cell = [{ name: file.name, size: file.size, type: file.type, token: token!, timeStamp: TEST_NOW }];
  await table.setRecords([{ recordId: courseId, fields: { [fieldId]: cell } }]);
  return { local, courseId };
}

async function openAs(local: LocalHost) {
  render(
    <SessionProvider session={await sessionOf(local, '何平')} now={() => TEST_NOW}>
      <LearningScreen />
    </SessionProvider>,
  );
  const row = (await screen.findAllByTestId('learning-course')).find((r) =>
    within(r).queryByText('多做一步的故事'),
  )!;
  fireEvent.click(within(row).getByTestId('learning-open'));
  return screen.findByTestId('course-video');
}

describe('a video attached to a course', () => {
  it('[TR26] is found with its address; a course without one has none', async () => {
    const { local, courseId } = await withAttachedVideo();
    const { store } = await sessionOf(local, '何平');
    expect(await courseVideoFile(store, courseId)).toMatchObject({ name: '分享.mp4', type: 'video/mp4' });
    const other = (await store.readAll('courses')).find((r) => r.id !== courseId)!;
    expect(await courseVideoFile(store, other.id)).toBeUndefined();
  });

  it('[TR26] plays inline from the attachment when the browser can, else offers to open it', async () => {
    const { local } = await withAttachedVideo();
    let card = await openAs(local);
    await waitFor(() => expect(card.querySelector('video')?.getAttribute('src')).toMatch(/^blob:/));
    cleanup();
    playable = '';
    card = await openAs(local);
    await waitFor(() => expect(card.querySelector('a')?.getAttribute('href')).toMatch(/^blob:/));
    expect(card.querySelector('video')).toBeNull();
  });
});
