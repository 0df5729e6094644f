import { describe, expect, it } from 'vitest';
import { TODAY_START } from '../testBuilders';
import { DAY } from '../time';
import type { ScoringFacts } from './facts';
import { deriveWanted } from './rules';
import { livestream, scoringOrg } from './scoringFixture';
import { DEFAULT_SCORING, type ScoringSettings } from './settings';
import { pointsProblem } from './taskRule';

const org = scoringOrg();
const facts = (tasks = livestream(), extra: Partial<ScoringFacts> = {}): ScoringFacts => ({
  departments: [],
  members: org.members,
  tasks,
  ...extra,
});
const pointsOf = (f: ScoringFacts, settings: ScoringSettings = DEFAULT_SCORING) => {
  const byName = new Map<string, number>();
  const names = new Map(org.members.map((m) => [m.id, m.name]));
  for (const w of deriveWanted(f, settings).wanted) {
    const key = `${names.get(w.memberId)}:${w.rule}`;
    byName.set(key, (byName.get(key) ?? 0) + w.points);
  }
  return Object.fromEntries(byName);
};

describe('scoring rules', () => {
  it('[SC4] an accepted task: 40% to the responsible person, the rest equally by stage; contributors share their stage', () => {
    expect(pointsOf(facts(), { ...DEFAULT_SCORING, onTimeBonus: 0 })).toEqual({
      'lead:owner': 40,
      'plan:cooperating': 20,
      'poster:cooperating': 10,
      'helper:cooperating': 10,
      'invite:cooperating': 20,
    });
  });

  it('[SC4] stage weights divide the stages part; a task without stages is all the owner’s', () => {
    const weights = new Map([
      ['plan', 2],
      ['poster', 1],
      ['invite', 1],
    ]);
    const p = pointsOf(facts(livestream(), { stageWeights: weights }), {
      ...DEFAULT_SCORING,
      onTimeBonus: 0,
    });
    expect(p['plan:cooperating']).toBe(30);
    expect(p['invite:cooperating']).toBe(15);
    const [single] = livestream();
    expect(pointsOf(facts([single!]), { ...DEFAULT_SCORING, onTimeBonus: 0 })).toEqual({ 'lead:owner': 100 });
  });

  it('[SC5] on time earns +20% of each share; late earns no bonus and, by default, no penalty', () => {
    expect(pointsOf(facts())['lead:on_time']).toBe(8);
    const late = livestream({ completedAt: TODAY_START + 11 * DAY });
    expect(pointsOf(facts(late))).not.toHaveProperty('lead:on_time');
    expect(pointsOf(facts(late))).not.toHaveProperty('lead:late');
    expect(pointsOf(facts(late), { ...DEFAULT_SCORING, latePenalty: 0.5 })['lead:late']).toBe(-20);
  });

  it('[SC6] extra duty multiplies the points; a claimed pool task’s points go to its claimant as voluntary', () => {
    const extra = pointsOf(facts(livestream({ extraDuty: true })), { ...DEFAULT_SCORING, onTimeBonus: 0 });
    expect(extra['lead:owner']).toBe(60);
    const [single] = livestream({ origin: 'claimed' });
    expect(pointsOf(facts([single!]), { ...DEFAULT_SCORING, onTimeBonus: 0 })).toEqual({ 'lead:claim': 100 });
  });

  it('[SC7] nothing before acceptance: an open or reopened task earns nothing', () => {
    expect(pointsOf(facts(livestream({ status: 'in_review', completedAt: undefined })))).toEqual({});
  });

  it('[SC8] hand-typed points that are not a sensible number are flagged, not scored', () => {
    expect(pointsProblem(-5, 1000)).toBe('negative');
    expect(pointsProblem(5000, 1000)).toBe('absurd');
    expect(pointsProblem(Number.NaN, 1000)).toBe('notNumber');
    expect(pointsProblem('12', 1000)).toBe('notNumber');
    const derived = deriveWanted(facts(livestream({ points: -30 })), DEFAULT_SCORING);
    expect(derived.wanted).toEqual([]);
    expect(derived.flags).toEqual([{ fact: 'task:live', title: '直播课堂策划', problem: 'negative' }]);
  });

  it('[SC8] a person not in 成员 is flagged; the others still score', () => {
    const [task, ...stages] = livestream({ responsibleUserIds: ['ou_stranger'] });
    const derived = deriveWanted(facts([task!, ...stages]), DEFAULT_SCORING);
    expect(derived.flags).toEqual([{ fact: 'task:live', title: '直播课堂策划', problem: 'unknownPerson' }]);
    expect(derived.wanted.length).toBeGreaterThan(0);
  });

  it('[SC9] submissions on time and passed courses earn what their drive or course states', () => {
    const member = org.id('plan');
    const derived = deriveWanted(
      facts([], {
        submissions: [
          {
            id: 's1',
            memberId: member,
            title: '作品',
            submittedAt: 1,
            deadline: 2,
            compliant: true,
            points: 5,
          },
          {
            id: 's2',
            memberId: member,
            title: '晚交',
            submittedAt: 3,
            deadline: 2,
            compliant: true,
            points: 5,
          },
          {
            id: 's3',
            memberId: member,
            title: '不合规',
            submittedAt: 1,
            deadline: 2,
            compliant: false,
            points: 5,
          },
        ],
        coursePasses: [{ id: 'c1', memberId: member, title: '安全培训', passedAt: 1, points: 3 }],
      }),
      DEFAULT_SCORING,
    );
    expect(derived.wanted.map((w) => [w.fact, w.rule, w.points])).toEqual([
      ['submission:s1', 'submission', 5],
      ['course:c1', 'course', 3],
    ]);
  });
});
