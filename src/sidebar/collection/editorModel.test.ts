import { describe, expect, it } from 'vitest';
import { aTask } from '../../core/testBuilders';
import { competitionTemplate } from './editorModel';

const texts = { title: '参赛作品收集', requirements: '近三个月的设计作品' };

describe('the competition template', () => {
  it("[CD24] pre-selects the competition task's unfinished 作品收集 stage, none when there is none", () => {
    const other = aTask({ title: '直播课堂' });
    const competition = aTask({ title: '参赛作品收集' });
    const elsewhere = aTask({ title: '作品收集', parentId: other.id, status: 'in_progress' });
    const stage = aTask({ title: '作品收集', parentId: competition.id, status: 'in_progress' });
    const tasks = [other, competition, elsewhere, stage];
    expect(competitionTemplate(0, [], texts, tasks).stageId).toBe(stage.id);
    const finished = [other, competition, elsewhere, { ...stage, status: 'done' as const }];
    expect(competitionTemplate(0, [], texts, finished).stageId).toBe(elsewhere.id);
    expect(competitionTemplate(0, [], texts, [other, competition]).stageId).toBe('');
  });
});
