import { describe, expect, it } from 'vitest';
import { aStage, aTask, TODAY_START } from '../../core/testBuilders';
import { translator } from '../../i18n/translate';
import { graphProblems, scheduleOf, slipText } from './scheduleModel';
import { DAY } from '../../core/time';

const t = translator('zh-CN');
const special = aTask({ id: 'live', title: '直播', due: TODAY_START + 6 * DAY, status: 'in_progress' });
const plan = aStage(special, { id: 'plan', title: '方案', status: 'done', completedAt: TODAY_START - DAY });
const poster = aStage(special, {
  id: 'poster',
  title: '海报',
  status: 'ready',
  start: TODAY_START,
  due: TODAY_START + 3 * DAY,
  dependsOnIds: ['plan'],
});
const invite = aStage(special, {
  id: 'invite',
  title: '邀约',
  status: 'waiting',
  start: TODAY_START + 3 * DAY,
  due: TODAY_START + 5 * DAY,
  dependsOnIds: ['poster'],
});
const tasks = [special, plan, poster, invite];

describe('schedule view', () => {
  it('[D3][D4] projects the end through the chain, on time here, with the critical path in order', () => {
    const view = scheduleOf(tasks, 'live', TODAY_START)!;
    expect(view.critical).toEqual(['方案', '海报', '邀约']);
    expect(view.slipDays).toBe(0);
    expect(slipText(view, t)).toBe('能按期完成');
  });

  it('[D2] what if the poster slips 4 days: the end moves 4 days and the task slips past its due date', () => {
    const base = scheduleOf(tasks, 'live', TODAY_START)!;
    const late = scheduleOf(tasks, 'live', TODAY_START, { stageId: 'poster', days: 4 })!;
    expect(new Date(late.end).getTime() - new Date(base.end).getTime()).toBe(4 * DAY);
    expect(late.slipDays).toBeGreaterThan(0);
    expect(slipText(late, t)).toContain('晚');
  });

  it('lists graph problems by task: a cycle names both tasks', () => {
    const a = aStage(special, { id: 'a', title: 'A', status: 'waiting', dependsOnIds: ['b'] });
    const b = aStage(special, { id: 'b', title: 'B', status: 'waiting', dependsOnIds: ['a'] });
    const problems = graphProblems([...tasks, a, b]).filter((p) => p.code === 'cycle');
    expect(problems.map((p) => p.title).sort()).toEqual(['A', 'B']);
    expect(graphProblems(tasks).filter((p) => p.code === 'cycle')).toEqual([]);
  });
});
