import { describe, expect, it } from 'vitest';
import { DAY } from '../time';
import { aStage, aTask } from '../testBuilders';
import { aDrive, DEADLINE } from './collectionBuilders';
import { launchableStages, stageCompletion, stageDoneKey } from './stageLink';

const contest = aTask({ kind: 'special', title: '设计大赛' });
const stage = aStage(contest, { title: '作品收集', status: 'in_progress' });
const closed = aDrive({ stageId: stage.id, status: 'closed', closedAt: DEADLINE });
const NOW = DEADLINE + DAY;

describe('a drive launched from a stage', () => {
  it('[CD16] closing the drive completes its stage at the closing time, under a key of drive and stage', () => {
    const decision = stageCompletion(closed, stage, 'ou_bot', NOW);
    expect(decision).toMatchObject({
      ok: true,
      changes: { status: 'done', completedAt: DEADLINE },
      event: { key: stageDoneKey(closed, stage.id), taskId: stage.id, actorUserId: 'ou_bot', at: NOW },
    });
    expect(stageDoneKey(closed, stage.id)).toBe(`collect:${closed.id}:stage:${stage.id}`);
  });

  it('[CD16] an open drive, a task that is not a stage, another stage or a finished stage changes nothing', () => {
    const open = { ...closed, status: 'open' as const };
    expect(stageCompletion(open, stage, 'ou_bot', NOW)).toEqual({ ok: false, code: 'notClosed' });
    const special = { ...contest, id: stage.id };
    expect(stageCompletion(closed, special, 'ou_bot', NOW)).toEqual({ ok: false, code: 'notStage' });
    const other = aStage(contest, { status: 'in_progress' });
    expect(stageCompletion(closed, other, 'ou_bot', NOW)).toEqual({ ok: false, code: 'notStage' });
    for (const status of ['done', 'cancelled', 'declined'] as const)
      expect(stageCompletion(closed, { ...stage, status }, 'ou_bot', NOW)).toEqual({
        ok: false,
        code: 'finished',
      });
  });

  it('[CD16] a stage waiting for earlier ones is completed too: the drive is what it was waiting to collect', () => {
    const waiting = { ...stage, status: 'waiting' as const };
    expect(stageCompletion(closed, waiting, 'ou_bot', NOW)).toMatchObject({ ok: true });
  });

  it('[CD16] a drive may be launched from an unfinished stage of a special task, listed with its task', () => {
    const done = aStage(contest, { title: '发布通知', status: 'done' });
    const quick = aTask({ title: '单项', status: 'in_progress' });
    const listed = launchableStages([contest, done, stage, quick]);
    expect(listed.map((l) => [l.parentTitle, l.stage.title])).toEqual([['设计大赛', '作品收集']]);
  });
});
