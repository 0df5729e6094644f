import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING, parseScoringSettings } from './settings';

describe('scoring settings', () => {
  it('[SC1] an empty setting gives the defaults and no problem', () => {
    expect(parseScoringSettings(undefined)).toEqual({ settings: DEFAULT_SCORING, problems: [] });
    expect(DEFAULT_SCORING).toMatchObject({
      responsibleShare: 0.4,
      onTimeBonus: 0.2,
      latePenalty: 0,
      extraDutyMultiplier: 1.5,
      period: 'month',
      leaderboard: 'managers',
    });
  });

  it('[SC1] invalid JSON falls back to the defaults and says so', () => {
    expect(parseScoringSettings('{responsibleShare: 0.5')).toEqual({
      settings: DEFAULT_SCORING,
      problems: [{ setting: 'scoring', problem: 'invalidJson' }],
    });
    expect(parseScoringSettings('[1]').problems).toEqual([{ setting: 'scoring', problem: 'notObject' }]);
  });

  it('[SC1] valid values are taken, each invalid one falls back alone and is named', () => {
    const { settings, problems } = parseScoringSettings(
      JSON.stringify({
        responsibleShare: 0.5,
        onTimeBonus: -1,
        period: 'quarter',
        leaderboard: 'all',
        rate: 2,
      }),
    );
    expect(settings).toMatchObject({ responsibleShare: 0.5, onTimeBonus: 0.2, period: 'quarter', rate: 2 });
    expect(settings.leaderboard).toBe('managers');
    expect(problems).toEqual([
      { setting: 'scoring.onTimeBonus', problem: 'outOfRange' },
      { setting: 'scoring.leaderboard', problem: 'unknownValue' },
    ]);
  });

  it('[SC1] export columns must be known and distinct; headers non-empty text', () => {
    const ok = parseScoringSettings(
      JSON.stringify({ columns: ['employeeNo', 'points'], headers: { points: '绩效分' } }),
    );
    expect(ok.settings.columns).toEqual(['employeeNo', 'points']);
    expect(ok.settings.headers).toEqual({ points: '绩效分' });
    const bad = parseScoringSettings(
      JSON.stringify({ columns: ['points', 'points'], headers: { bonus: 'x' } }),
    );
    expect(bad.settings.columns).toEqual(DEFAULT_SCORING.columns);
    expect(bad.problems.map((p) => p.setting)).toEqual(['scoring.columns', 'scoring.headers']);
  });
});
