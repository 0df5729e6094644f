import { describe, expect, it } from 'vitest';
import { TODAY_START } from '../testBuilders';
import { DAY } from '../time';
import type { ScoringFacts } from './facts';
import { deriveWanted } from './rules';
import { livestream, scoringOrg } from './scoringFixture';
import { DEFAULT_SCORING, type ScoringSettings } from './settings';
import { pointsProblem } from './facts';

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

  it('[SC4][SC26] stage weights (权重) divide the stages part; a task without stages is all the owner’s', () => {
    const weighted = livestream().map((t) => (t.id === 'plan' ? { ...t, weight: 2 } : t));
    const p = pointsOf(facts(weighted), { ...DEFAULT_SCORING, onTimeBonus: 0 });
    expect(p['plan:cooperating']).toBe(30);
    expect(p['invite:cooperating']).toBe(15);
    const [single] = livestream();
    expect(pointsOf(facts([single!]), { ...DEFAULT_SCORING, onTimeBonus: 0 })).toEqual({ 'lead:owner': 100 });
  });

  it('[SC26] a zero weight earns its stage nothing; all zero share equally', () => {
    const settings = { ...DEFAULT_SCORING, onTimeBonus: 0 };
    const zeroPlan = livestream().map((t) => (t.id === 'plan' ? { ...t, weight: 0 } : t));
    expect(pointsOf(facts(zeroPlan), settings)).not.toHaveProperty('plan:cooperating');
    expect(pointsOf(facts(zeroPlan), settings)['invite:cooperating']).toBe(30);
    const allZero = livestream().map((t) => (t.parentId ? { ...t, weight: 0 } : t));
    expect(pointsOf(facts(allZero), settings)['invite:cooperating']).toBe(20);
  });

  it('[SC26] a negative or non-numeric weight flags the stage and scores nothing of its task', () => {
    for (const weight of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const tasks = livestream().map((t) => (t.id === 'poster' ? { ...t, weight } : t));
      const derived = deriveWanted(facts(tasks), DEFAULT_SCORING);
      expect(derived.wanted).toEqual([]);
      expect(derived.flags).toEqual([
        { fact: 'stage:poster', title: '直播课堂策划 · poster', problem: 'badWeight' },
      ]);
    }
    const cancelled = livestream().map((t) =>
      t.id === 'poster' ? { ...t, weight: -1, status: 'cancelled' as const } : t,
    );
    expect(deriveWanted(facts(cancelled), DEFAULT_SCORING).flags).toEqual([]);
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
  it('[SC10] a person on two lines of one fact (two accounts of one member) gets one entry with their sum', () => {
    const lead = org.members.find((m) => m.name === 'lead')!;
    const members = org.members.map((m) => (m === lead ? { ...m, userIds: ['ou_lead', 'ou_lead2'] } : m));
    const tasks = livestream({ responsibleUserIds: ['ou_lead', 'ou_lead2'] });
    const derived = deriveWanted({ departments: [], members, tasks }, DEFAULT_SCORING);
    const mine = derived.wanted.filter((w) => w.memberId === lead.id);
    expect(mine.map((w) => [w.rule, w.points])).toEqual([
      ['owner', 40],
      ['on_time', 8],
    ]);
    expect(derived.byIdentity.size).toBe(derived.wanted.length);
    expect([...derived.byIdentity.values()]).toEqual(derived.wanted);
  });
});
