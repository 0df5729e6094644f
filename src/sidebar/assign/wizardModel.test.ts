import { describe, expect, it } from 'vitest';
import {
  contest,
  ctx,
  day,
  design,
  gone,
  guo,
  liu,
  livestream,
  market,
  planning,
  sales,
  wu,
  zhang,
  zheng,
} from './wizardTestOrg';
import { formatDay } from '../shared/dayInput';
import {
  back,
  canAdvance,
  choosePrimary,
  chooseResponsible,
  chooseTemplate,
  confirmOutsider,
  emptyWizard,
  goTo,
  next,
  setDeliverable,
  setDue,
  setMode,
  setPoints,
  setStart,
  setTitle,
  stepIssues,
  toggleCooperation,
  toggleSuggested,
  type WizardState,
} from './wizardModel';
import { setStageDue, setStageTitle } from './stagesModel';

const codes = (state: WizardState, step = state.step) => stepIssues(state, ctx, step).map((i) => i.code);

/** A draft that passes every step: livestream template, 市场部 primary, its head responsible. */
function ready(): WizardState {
  return choosePrimary(chooseTemplate(emptyWizard('d1'), livestream, ctx), market.id, ctx);
}

describe('chooseTemplate', () => {
  it('fills title, description, points and extra duty, and chains the stages from today', () => {
    const s = chooseTemplate(emptyWizard('d1'), livestream, ctx);
    expect(s.draft).toMatchObject({
      title: '直播课堂',
      description: livestream.description,
      points: 30,
      extraDuty: true,
    });
    expect(s.pointsText).toBe('30');
    expect(s.draft.stages.map((x) => [x.key, x.title, x.predecessorKeys])).toEqual([
      ['s1', '策划方案', []],
      ['s2', '海报设计', ['s1']],
      ['s3', '客户邀请', ['s2']],
      ['s4', '彩排', ['s3']],
      ['s5', '正式直播', ['s4']],
    ]);
    expect(s.draft.stages.map((x) => x.due)).toEqual([day(5), day(9), day(16), day(19), day(20)]);
  });

  it("matches stage departments by name and gives each stage its department's head", () => {
    const stages = chooseTemplate(emptyWizard('d1'), livestream, ctx).draft.stages;
    expect(stages.map((x) => x.departmentId)).toEqual([
      planning.id,
      design.id,
      sales.id,
      market.id,
      market.id,
    ]);
    expect(stages.map((x) => x.ownerMemberId)).toEqual([wu.id, guo.id, zheng.id, zhang.id, zhang.id]);
  });

  it('proposes the last stage as due date only when none is set', () => {
    expect(chooseTemplate(emptyWizard('d1'), livestream, ctx).draft.due).toBe(day(20));
    const withDue = { ...emptyWizard('d1'), draft: { ...emptyWizard('d1').draft, due: day(30) } };
    expect(chooseTemplate(withDue, livestream, ctx).draft.due).toBe(day(30));
  });

  it('keeps a title the user typed, but replaces one the previous template filled', () => {
    const typed = chooseTemplate(setTitle(emptyWizard('d1'), '双十一直播'), livestream, ctx);
    expect(typed.draft.title).toBe('双十一直播');
    const switched = chooseTemplate(chooseTemplate(emptyWizard('d1'), livestream, ctx), contest, ctx);
    expect(switched.draft.title).toBe('参赛作品收集');
    expect(switched.draft.stages).toHaveLength(4);
  });

  it('back to blank clears what the template filled and its stages', () => {
    const s = chooseTemplate(chooseTemplate(emptyWizard('d1'), livestream, ctx), undefined, ctx);
    expect(s.draft).toMatchObject({ title: '', description: '', stages: [] });
    expect(s.template).toBeUndefined();
  });
});

describe('task fields', () => {
  it('a later start moves the untouched template chain with it', () => {
    const s = setStart(chooseTemplate(emptyWizard('d1'), livestream, ctx), formatDay(day(10)), ctx);
    expect(s.draft.stages[0]!.due! - s.draft.start!).toBe(day(5) - day(0));
  });

  it('once a stage was edited, a new start leaves the stages alone', () => {
    const edited = setStageTitle(chooseTemplate(emptyWizard('d1'), livestream, ctx), 's1', '方案');
    const s = setStart(edited, formatDay(day(10)), ctx);
    expect(s.draft.stages[0]).toMatchObject({ title: '方案', due: day(5) });
  });

  it('points: empty is none, a number is kept, anything else is reported by core', () => {
    expect(setPoints(emptyWizard('d1'), '').draft.points).toBeUndefined();
    expect(setPoints(emptyWizard('d1'), '12').draft.points).toBe(12);
    expect(codes(setPoints(emptyWizard('d1'), '-1'))).toContain('points.invalid');
    const typed = setPoints(emptyWizard('d1'), 'abc');
    expect(codes(typed)).toContain('points.invalid');
    expect(typed.pointsText).toBe('abc');
  });

  it('dates: a day in the past, an impossible day, and a start after due are errors', () => {
    expect(codes(setDue(emptyWizard('d1'), formatDay(day(-2))))).toContain('due.past');
    expect(codes(setDue(emptyWizard('d1'), '2026-02-30'))).toContain('due.required');
    const s = setStart(setDue(emptyWizard('d1'), formatDay(day(3))), formatDay(day(5)), ctx);
    expect(codes(s)).toContain('start.afterDue');
  });
});

describe('responsibility', () => {
  it("the primary department's head becomes responsible, and follows the department", () => {
    const s = choosePrimary(emptyWizard('d1'), market.id, ctx);
    expect(s.draft.responsibleMemberId).toBe(zhang.id);
    expect(choosePrimary(s, planning.id, ctx).draft.responsibleMemberId).toBe(wu.id);
  });

  it('a person the user picked survives a department change; clearing the pick restores the head', () => {
    const picked = chooseResponsible(choosePrimary(emptyWizard('d1'), market.id, ctx), liu.id);
    expect(choosePrimary(picked, market.id, ctx).draft.responsibleMemberId).toBe(liu.id);
    const cleared = chooseResponsible(picked, undefined);
    expect(choosePrimary(cleared, sales.id, ctx).draft.responsibleMemberId).toBe(zheng.id);
  });

  it('someone outside the primary department blocks until explicitly confirmed', () => {
    const s = { ...chooseResponsible(ready(), guo.id), step: 'responsibility' as const };
    expect(codes(s)).toEqual(['responsible.outsideDepartment']);
    expect(canAdvance(s, ctx)).toBe(false);
    expect(canAdvance(confirmOutsider(s, true), ctx)).toBe(true);
  });

  it('a confirmation is for one person: choosing another asks again', () => {
    const confirmed = confirmOutsider(chooseResponsible(ready(), guo.id), true);
    expect(chooseResponsible(confirmed, wu.id).draft.outsiderConfirmed).toBe(false);
    expect(choosePrimary(confirmed, sales.id, ctx).draft.outsiderConfirmed).toBe(false);
  });

  it('an inactive person needs the same confirmation', () => {
    const s = chooseResponsible(ready(), gone.id);
    expect(codes(s, 'responsibility')).toEqual(['responsible.inactive']);
    expect(codes(confirmOutsider(s, true), 'responsibility')).toEqual([]);
  });

  it('cooperating departments: added with an empty deliverable, which is required', () => {
    const s = toggleCooperation(ready(), design.id, true);
    expect(s.draft.cooperation).toEqual([{ departmentId: design.id, deliverable: '' }]);
    expect(codes(s, 'responsibility')).toEqual(['cooperation.deliverableRequired']);
    const filled = setDeliverable(s, design.id, '海报');
    expect(codes(filled, 'responsibility')).toEqual([]);
    expect(toggleCooperation(filled, design.id, true)).toBe(filled);
    expect(toggleCooperation(filled, design.id, false).draft.cooperation).toEqual([]);
  });

  it('the primary department cannot also cooperate', () => {
    const s = setDeliverable(toggleCooperation(ready(), market.id, true), market.id, '场地');
    expect(codes(s, 'responsibility')).toEqual(['cooperation.isPrimary']);
  });

  it('publishing to the pool suggests the primary department and needs at least one suggestion', () => {
    const pool = setMode(ready(), 'pool');
    expect(pool.draft.suggestedDepartmentIds).toEqual([market.id]);
    expect(codes(pool, 'responsibility')).toEqual([]);
    const none = toggleSuggested(pool, market.id, false);
    expect(codes(none, 'responsibility')).toEqual(['pool.noDepartments']);
    expect(toggleSuggested(none, sales.id, true).draft.suggestedDepartmentIds).toEqual([sales.id]);
  });
});

describe('navigation', () => {
  it('Next stays on a step with errors and from then on shows them', () => {
    const s = next(emptyWizard('d1'), ctx);
    expect(s.step).toBe('task');
    expect(s.tried).toEqual(['task']);
  });

  it('warnings do not block: a stage due before its predecessor still advances', () => {
    const s = { ...setStageDue(ready(), 's2', formatDay(day(1))), step: 'stages' as const };
    expect(stepIssues(s, ctx).map((i) => [i.code, i.severity])).toEqual([
      ['stage.beforePredecessor', 'warning'],
    ]);
    expect(next(s, ctx).step).toBe('review');
  });

  it('errors block: a stage due after the task stays on the stages step', () => {
    const s = { ...setDue(ready(), formatDay(day(10))), step: 'stages' as const };
    expect(codes(s)).toContain('stage.afterTaskDue');
    expect(next(s, ctx)).toMatchObject({ step: 'stages', tried: ['stages'] });
  });

  it('walks task → responsibility → stages → review and stays on review', () => {
    let s = ready();
    for (const step of ['responsibility', 'stages', 'review', 'review']) {
      s = next(s, ctx);
      expect(s.step).toBe(step);
    }
  });

  it('goes back to earlier steps, never forward past an unchecked step', () => {
    const atStages = next(next(ready(), ctx), ctx);
    expect(back(atStages).step).toBe('responsibility');
    expect(goTo(atStages, 'task').step).toBe('task');
    expect(goTo(goTo(atStages, 'task'), 'review').step).toBe('task');
    expect(back(emptyWizard('d1')).step).toBe('task');
  });

  it('nothing moves while a send is unfinished', () => {
    const failed: WizardState = { ...next(ready(), ctx), send: { kind: 'failed', message: 'x' } };
    expect(goTo(failed, 'task')).toBe(failed);
    expect(back(failed)).toBe(failed);
    expect(next(failed, ctx)).toBe(failed);
  });
});
