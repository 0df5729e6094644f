import { describe, expect, it } from 'vitest';
import { aDepartment, aMember, TODAY_START } from '../testBuilders';
import { DAY } from '../time';
import { courseFor, isQualified, missingSkills, recommendations, withSkills } from './skills';
import { answerRefusal, isOpen, roundRefusal, tally } from './survey';
import { aCourse } from './trainingBuilders';
import { parseSkills, type SurveyAnswer, type SurveyRound } from './trainingModel';
import { safeVideoLink, videoLinkRefusal } from './videoLink';

describe('skills', () => {
  it('[TR10] passing adds the course skills once each; parsing splits on Chinese and Latin separators', () => {
    expect(withSkills(['海报设计'], ['直播策划', '海报设计'])).toEqual(['海报设计', '直播策划']);
    expect(parseSkills('直播策划，海报设计、 剪辑;直播策划')).toEqual(['直播策划', '海报设计', '剪辑']);
  });

  it('[TR11] recommends published courses granting skills the work needs and the member lacks, most needed first', () => {
    const member = { skills: ['剪辑'] };
    const live = aCourse({ title: 'live', skills: ['直播策划'] });
    const poster = aCourse({ title: 'poster', skills: ['海报设计'] });
    const cut = aCourse({ title: 'cut', skills: ['剪辑'] });
    const draft = aCourse({ title: 'draft', status: 'draft', skills: ['直播策划'] });
    const needed = ['海报设计', '直播策划', '直播策划', '剪辑'];
    expect(
      recommendations([poster, live, cut, draft], member, needed, new Set()).map((c) => c.title),
    ).toEqual(['live', 'poster']);
    expect(recommendations([poster, live], member, needed, new Set([live.id])).map((c) => c.title)).toEqual([
      'poster',
    ]);
  });

  it('[TR11] qualified means every required skill; the course suggested grants what is missing', () => {
    const member = { skills: ['直播策划'] };
    expect(isQualified(member, ['直播策划'])).toBe(true);
    expect(isQualified(member, ['直播策划', '海报设计'])).toBe(false);
    expect(missingSkills(member, ['直播策划', '海报设计'])).toEqual(['海报设计']);
    const poster = aCourse({ skills: ['海报设计'] });
    expect(courseFor([aCourse({ skills: ['剪辑'] }), poster], ['海报设计'])).toBe(poster);
    expect(courseFor([poster], [])).toBeUndefined();
  });
});

describe('survey', () => {
  const design = aDepartment();
  const sales = aDepartment();
  const [a, b, c] = [
    aMember({ departmentId: design.id }),
    aMember({ departmentId: design.id }),
    aMember({ departmentId: sales.id }),
  ];
  const round: SurveyRound = {
    id: 'r',
    key: 'r1',
    title: 'Q3',
    topics: ['直播策划', '剪辑', '谈判'],
    closesAt: TODAY_START + DAY,
    closed: false,
  };
  const answer = (memberId: string, topics: string[], at: number, wish = ''): SurveyAnswer => ({
    id: `${memberId}${at}`,
    roundKey: 'r1',
    memberId,
    topics,
    wish,
    at,
    key: `k${memberId}`,
  });

  it('[TR12] an answer needs a topic of the round or a wish, and only while the round is open', () => {
    expect(answerRefusal(round, ['直播策划'], '', TODAY_START)).toBeUndefined();
    expect(answerRefusal(round, [], '  ', TODAY_START)).toBe('noChoice');
    expect(answerRefusal(round, ['烹饪'], '', TODAY_START)).toBe('unknownTopic');
    expect(answerRefusal(round, ['剪辑'], '', TODAY_START + 2 * DAY)).toBe('roundClosed');
    expect(answerRefusal({ ...round, closed: true }, ['剪辑'], '', TODAY_START)).toBe('roundClosed');
    expect(answerRefusal(undefined, ['剪辑'], '', TODAY_START)).toBe('roundGone');
    expect(isOpen(round, TODAY_START + DAY)).toBe(true);
    expect(roundRefusal('Q3', ['a'], TODAY_START + DAY, TODAY_START)).toBe('roundInvalid');
    expect(roundRefusal('Q3', ['a', 'b'], TODAY_START - 1, TODAY_START)).toBe('roundInvalid');
    expect(roundRefusal('Q3', ['a', 'b'], TODAY_START + 1, TODAY_START)).toBeUndefined();
  });

  it('[TR13] tallies the latest answer per member by topic and department, most chosen first', () => {
    const result = tally(
      round,
      [
        answer(a.id, ['剪辑'], 1),
        answer(a.id, ['直播策划'], 2, '多讲案例'),
        answer(b.id, ['直播策划', '谈判'], 1),
        answer(c.id, ['直播策划'], 1),
        { ...answer(c.id, ['剪辑'], 5), roundKey: 'other' },
      ],
      [a, b, c],
    );
    expect(result.respondents).toBe(3);
    expect(result.topics.map((t) => [t.topic, t.votes])).toEqual([
      ['直播策划', 3],
      ['谈判', 1],
      ['剪辑', 0],
    ]);
    expect(result.topics[0]!.byDepartment).toEqual([
      { departmentId: design.id, votes: 2 },
      { departmentId: sales.id, votes: 1 },
    ]);
    expect(result.wishes).toEqual(['多讲案例']);
  });
});

describe('video link', () => {
  it('[TR14] only absolute http(s) links are used; javascript:, data: and relative links are refused', () => {
    expect(safeVideoLink('https://cdn.example.com/a.mp4')).toEqual({
      kind: 'file',
      url: 'https://cdn.example.com/a.mp4',
    });
    expect(safeVideoLink('http://v.example.com/watch?v=1')).toMatchObject({ kind: 'page' });
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '//x.com/a.mp4',
      'ftp://x/a.mp4',
      'https://',
    ])
      expect(safeVideoLink(bad)).toBeUndefined();
    expect(videoLinkRefusal('javascript:alert(1)')).toBe('videoLinkInvalid');
    expect(videoLinkRefusal('')).toBeUndefined();
  });
});

describe('skills asked for', () => {
  it('[TR19] a stage line or a task description names the skills it asks for', async () => {
    const { skillsAskedIn } = await import('./skills');
    const { stageSkills } = await import('./stageSkills');
    const { parseStages, formatStages } = await import('../templates');
    expect(skillsAskedIn('海报两版\n所需技能：直播策划、海报设计')).toEqual(['直播策划', '海报设计']);
    expect(skillsAskedIn('Skills: editing, lighting')).toEqual(['editing', 'lighting']);
    expect(skillsAskedIn('没有要求')).toEqual([]);
    const [stage] = parseStages('海报设计 | 设计部 | 4 | 直播策划，剪辑');
    expect(stage!.skills).toEqual(['直播策划', '剪辑']);
    expect(formatStages([stage!])).toBe('海报设计 | 设计部 | 4 | 直播策划、剪辑');
    expect(stageSkills({ title: '海报设计' })).toEqual(['直播策划']);
    expect(stageSkills({ title: '彩排' })).toEqual([]);
  });
});
