import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import { DAY } from '../../core/time';
import type { LocalHost } from '../../local/localHost';
import { openSession } from '../../services/session';
import { answerSurvey, openRound } from '../../services/training/survey';
import { loadTraining } from '../../services/training/trainingData';
import { SessionProvider, type ReadySession } from '../kernel/session';
import { LearningScreen } from './LearningScreen';

afterEach(cleanup);

async function sessionOf(local: LocalHost, name: string): Promise<ReadySession> {
  local.setSession({ userId: personId(name) });
  return (await openSession(local.host, { retry: { attempts: 3, backoffMs: 0 } })) as ReadySession;
}

/** HR's open round on 直播策划 and 剪辑. */
async function withRound() {
  const local = await demoBase();
  const hr = await sessionOf(local, '程英');
  const round = {
    requestKey: 'q1',
    title: '培训需求',
    topics: ['直播策划', '剪辑'],
    closesAt: TEST_NOW + DAY,
  };
  const opened = await openRound(hr.store, hr.data, hr.context.userId, round, TEST_NOW);
  return { local, roundKey: opened.ok ? opened.value.roundKey : '' };
}

function renderAs(session: ReadySession) {
  render(
    <SessionProvider session={session} now={() => TEST_NOW}>
      <LearningScreen />
    </SessionProvider>,
  );
}

const tick = (label: string) =>
  fireEvent.click(screen.getAllByTestId('survey-topic-choice').find((c) => c.textContent === label)!);

describe('the survey card', () => {
  it('[TR12] a member answers, then changes the answer in place', async () => {
    const { local, roundKey } = await withRound();
    const he = await sessionOf(local, '何平');
    renderAs(he);
    await screen.findByTestId('survey-answer');
    tick('剪辑');
    fireEvent.click(screen.getByTestId('survey-send'));
    await waitFor(() => expect(screen.getByTestId('survey-send').textContent).toBe('修改我的回答'));
    tick('剪辑');
    tick('直播策划');
    fireEvent.click(screen.getByTestId('survey-send'));
    await waitFor(async () => {
      const mine = (await loadTraining(he.store)).answers.filter((a) => a.roundKey === roundKey);
      expect(mine.map((a) => a.topics)).toEqual([['直播策划']]);
    });
  });

  it('[TR13] HR sees each topic tallied by department, most chosen first', async () => {
    const { local, roundKey } = await withRound();
    for (const [name, topics] of [
      ['何平', ['直播策划']],
      ['林峰', ['直播策划', '剪辑']],
      ['刘洋', ['直播策划']],
    ] as const) {
      const member = await sessionOf(local, name);
      await answerSurvey(
        member.store,
        member.data,
        member.context.userId,
        { roundKey, topics: [...topics], wish: '' },
        TEST_NOW,
      );
    }
    renderAs(await sessionOf(local, '程英'));
    const results = await screen.findByTestId('survey-results');
    expect(results.textContent).toContain('结果（3 人回答）');
    const rows = within(results)
      .getAllByTestId('survey-topic')
      .map((r) => r.textContent);
    expect(rows[0]).toContain('直播策划 · 3 票');
    expect(rows[0]).toMatch(/设计部 2 · 市场部 1/);
    expect(rows[1]).toContain('剪辑 · 1 票');
    expect(rows[1]).toContain('设计部 1');
  });
});
