import { describe, expect, it } from 'vitest';
import type { StageDraft } from '../../core/assignment';
import {
  addStage,
  dueAfterTask,
  isChain,
  moveStage,
  nextStageKey,
  removeStage,
  setPredecessors,
  setStageDepartment,
  setStageDue,
  setStageOwner,
  setStageTitle,
} from './stagesModel';
import { canAdvance, chooseTemplate, emptyWizard, stepIssues, type WizardState } from './wizardModel';
import { ctx, design, guo, liu, livestream, sales, zhang, zheng } from './wizardTestOrg';
import { formatDay } from '../shared/dayInput';
import { DAY } from '../../core/time';

const templated = () => chooseTemplate(emptyWizard('d1'), livestream, ctx);
const links = (s: WizardState) => s.draft.stages.map((x) => [x.key, x.predecessorKeys]);
const byKey = (s: WizardState) => Object.fromEntries(links(s));

/** Every predecessor names another stage of the draft. */
function linksValid(stages: StageDraft[]): boolean {
  const keys = new Set(stages.map((s) => s.key));
  return stages.every((s) => s.predecessorKeys.every((p) => keys.has(p) && p !== s.key));
}

describe('addStage', () => {
  it('appends a stage waiting for the last one; the first stage waits for nothing', () => {
    const one = addStage(emptyWizard('d1'));
    expect(links(one)).toEqual([['s1', []]]);
    expect(links(addStage(one))).toEqual([
      ['s1', []],
      ['s2', ['s1']],
    ]);
    expect(addStage(one).stagesEdited).toBe(true);
  });

  it('never reuses a key still in use, after removals', () => {
    const s = removeStage(addStage(addStage(addStage(emptyWizard('d1')))), 's1');
    expect(nextStageKey(s.draft.stages)).toBe('s4');
    expect(addStage(s).draft.stages.at(-1)!.key).toBe('s4');
  });
});

describe('removeStage', () => {
  it('those that waited for the removed stage now wait for its predecessors', () => {
    const s = removeStage(templated(), 's2');
    expect(links(s)).toEqual([
      ['s1', []],
      ['s3', ['s1']],
      ['s4', ['s3']],
      ['s5', ['s4']],
    ]);
  });

  it('removing the first stage frees its successor, and forgets its picked owner', () => {
    const picked = setStageOwner(templated(), 's1', liu.id, ctx);
    const s = removeStage(picked, 's1');
    expect(s.draft.stages[0]).toMatchObject({ key: 's2', predecessorKeys: [] });
    expect(s.pickedStageOwners).toEqual([]);
  });

  it('merges shared predecessors once', () => {
    let s = setPredecessors(templated(), 's3', ['s1', 's2']);
    s = removeStage(s, 's2');
    expect(s.draft.stages.find((x) => x.key === 's3')!.predecessorKeys).toEqual(['s1']);
  });
});

describe('moveStage', () => {
  it('a plain chain stays a plain chain in the new order', () => {
    const s = moveStage(templated(), 's3', -1);
    expect(s.draft.stages.map((x) => x.title)).toEqual([
      '策划方案',
      '客户邀请',
      '海报设计',
      '彩排',
      '正式直播',
    ]);
    expect(isChain(s.draft.stages)).toBe(true);
    expect(links(s).slice(0, 3)).toEqual([
      ['s1', []],
      ['s3', ['s1']],
      ['s2', ['s3']],
    ]);
  });

  it('links drawn by hand are kept as they are', () => {
    const custom = setPredecessors(templated(), 's3', ['s1']);
    const s = moveStage(custom, 's5', -1);
    expect(s.draft.stages.map((x) => x.key)).toEqual(['s1', 's2', 's3', 's5', 's4']);
    expect(byKey(s)).toEqual(byKey(custom));
    expect(isChain(s.draft.stages)).toBe(false);
  });

  it('the first cannot go up, the last cannot go down, an unknown key changes nothing', () => {
    const s = templated();
    expect(moveStage(s, 's1', -1)).toBe(s);
    expect(moveStage(s, 's5', 1)).toBe(s);
    expect(moveStage(s, 'nope', 1)).toBe(s);
  });
});

describe('predecessors', () => {
  it('keeps only other, existing stages, in list order', () => {
    const s = setPredecessors(templated(), 's4', ['s4', 'ghost', 's2', 's1']);
    expect(s.draft.stages.find((x) => x.key === 's4')!.predecessorKeys).toEqual(['s1', 's2']);
  });

  it('a cycle blocks the stages step, named in the message params', () => {
    const s = { ...setPredecessors(templated(), 's1', ['s5']), step: 'stages' as const };
    const cycle = stepIssues(s, ctx).find((i) => i.code === 'stage.cycle');
    expect(cycle?.params?.cycle).toContain('策划方案');
    expect(canAdvance(s, ctx)).toBe(false);
  });

  it('a stage due before its predecessor is only a warning', () => {
    const s = { ...setStageDue(templated(), 's2', formatDay(ctx.todayStart)), step: 'stages' as const };
    expect(stepIssues(s, ctx).map((i) => [i.code, i.severity])).toEqual([
      ['stage.beforePredecessor', 'warning'],
    ]);
    expect(canAdvance(s, ctx)).toBe(true);
  });

  it('stays valid through any sequence of edits', () => {
    let s = templated();
    s = removeStage(moveStage(addStage(s), 's6', -1), 's3');
    s = setPredecessors(removeStage(moveStage(s, 's1', 1), 's5'), 's6', ['s1', 's2', 's4']);
    s = removeStage(moveStage(s, 's4', -1), 's2');
    expect(linksValid(s.draft.stages)).toBe(true);
    expect(s.draft.stages).toHaveLength(3);
  });
});

describe('stage fields', () => {
  it("the owner follows the department's head until the user picks one", () => {
    const s = setStageDepartment(templated(), 's1', sales.id, ctx);
    expect(s.draft.stages[0]).toMatchObject({ departmentId: sales.id, ownerMemberId: zheng.id });
    const picked = setStageOwner(s, 's1', liu.id, ctx);
    expect(setStageDepartment(picked, 's1', design.id, ctx).draft.stages[0]!.ownerMemberId).toBe(liu.id);
  });

  it("clearing the owner gives the stage back to its department's head", () => {
    const picked = setStageOwner(templated(), 's4', liu.id, ctx);
    const cleared = setStageOwner(picked, 's4', undefined, ctx);
    expect(cleared.draft.stages[3]!.ownerMemberId).toBe(zhang.id);
    expect(setStageDepartment(cleared, 's4', design.id, ctx).draft.stages[3]!.ownerMemberId).toBe(guo.id);
  });

  it('a stage needs a title and a department', () => {
    let s = setStageTitle(templated(), 's1', '  ');
    s = { ...setStageDepartment(s, 's2', undefined, ctx), step: 'stages' };
    expect(stepIssues(s, ctx).map((i) => [i.field, i.code])).toEqual([
      ['s1', 'stage.titleRequired'],
      ['s2', 'stage.departmentRequired'],
    ]);
    expect(s.draft.stages[1]!.ownerMemberId).toBeUndefined();
  });

  it('due dates: an impossible day clears the date', () => {
    const s = setStageDue(templated(), 's1', '2026-13-01');
    expect(s.draft.stages[0]!.due).toBeUndefined();
  });
});

describe('stage due field', () => {
  it('[A9] a stage due after the task marks its due field; one within the task does not', () => {
    const s = chooseTemplate(emptyWizard('d1'), livestream, ctx);
    const key = s.draft.stages[0]!.key;
    expect(dueAfterTask(s, key)).toBe(false);
    const late = {
      ...s,
      draft: {
        ...s.draft,
        stages: s.draft.stages.map((x, i) => (i === 0 ? { ...x, due: s.draft.due! + DAY } : x)),
      },
    };
    expect(dueAfterTask(late, key)).toBe(true);
  });
});
