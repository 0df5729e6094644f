/**
 * The stages step as pure transitions: an ordered chain by default, editable. Every edit keeps predecessor
 * keys pointing at stages that exist, and never at the stage itself; cycles are left to core to report.
 */
import { checkStagesStep, type DraftContext, type StageDraft } from '../../core/assignment';
import { headOf, type Org } from '../../core/org';
import { parseDay } from '../shared/dayInput';
import type { WizardState } from './wizardModel';

/** Stages without an owner get their department's head, as the plan would. */
export function withDefaultOwners(stages: StageDraft[], org: Org): StageDraft[] {
  return stages.map((s) => (s.ownerMemberId ? s : { ...s, ownerMemberId: headOf(org, s.departmentId)?.id }));
}

/** Each stage waits for exactly the one before it: the default a template or "add stage" gives. */
export function isChain(stages: StageDraft[]): boolean {
  return stages.every((s, i) =>
    i === 0 ? s.predecessorKeys.length === 0 : sameKeys(s.predecessorKeys, [stages[i - 1]!.key]),
  );
}

const sameKeys = (a: string[], b: string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

const chained = (stages: StageDraft[]): StageDraft[] =>
  stages.map((s, i) => ({ ...s, predecessorKeys: i === 0 ? [] : [stages[i - 1]!.key] }));

const edited = (state: WizardState, stages: StageDraft[], patch: Partial<WizardState> = {}): WizardState => ({
  ...state,
  ...patch,
  draft: { ...state.draft, stages },
  stagesEdited: true,
});

/** A key not used by any stage of the draft: s1, s2… */
export function nextStageKey(stages: StageDraft[]): string {
  const used = new Set(stages.map((s) => s.key));
  let n = stages.length + 1;
  while (used.has(`s${n}`)) n += 1;
  return `s${n}`;
}

/** Appends a stage that waits for the current last one. */
export function addStage(state: WizardState): WizardState {
  const stages = state.draft.stages;
  const last = stages.at(-1);
  const stage: StageDraft = {
    key: nextStageKey(stages),
    title: '',
    predecessorKeys: last ? [last.key] : [],
  };
  return edited(state, [...stages, stage]);
}

/**
 * Removes a stage; those that waited for it now wait for what it waited for, so A → B → C without B is
 * A → C, not two unrelated stages.
 */
export function removeStage(state: WizardState, key: string): WizardState {
  const removed = state.draft.stages.find((s) => s.key === key);
  if (!removed) return state;
  const stages = state.draft.stages
    .filter((s) => s.key !== key)
    .map((s) => {
      if (!s.predecessorKeys.includes(key)) return s;
      const inherited = s.predecessorKeys.flatMap((p) => (p === key ? removed.predecessorKeys : [p]));
      return { ...s, predecessorKeys: [...new Set(inherited)].filter((p) => p !== s.key) };
    });
  const pickedStageOwners = state.pickedStageOwners.filter((k) => k !== key);
  return edited(state, stages, { pickedStageOwners });
}

/**
 * Moves a stage one place up (-1) or down (+1). A plain chain stays a plain chain in the new order; links the
 * user drew by hand are kept as they are, since finish-to-start does not depend on the list order.
 */
export function moveStage(state: WizardState, key: string, by: -1 | 1): WizardState {
  const stages = [...state.draft.stages];
  const from = stages.findIndex((s) => s.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= stages.length) return state;
  const wasChain = isChain(stages);
  [stages[from], stages[to]] = [stages[to]!, stages[from]!];
  return edited(state, wasChain ? chained(stages) : stages);
}

function patchStage(state: WizardState, key: string, patch: Partial<StageDraft>): WizardState {
  return edited(
    state,
    state.draft.stages.map((s) => (s.key === key ? { ...s, ...patch } : s)),
  );
}

export const setStageTitle = (s: WizardState, key: string, title: string) => patchStage(s, key, { title });
export const setStageDue = (s: WizardState, key: string, text: string) =>
  patchStage(s, key, { due: parseDay(text) });

/** The owner follows the department's head unless the user picked one for this stage. */
export function setStageDepartment(
  state: WizardState,
  key: string,
  departmentId: string | undefined,
  ctx: DraftContext,
): WizardState {
  const stage = state.draft.stages.find((s) => s.key === key);
  const picked = state.pickedStageOwners.includes(key);
  const ownerMemberId = picked ? stage?.ownerMemberId : headOf(ctx, departmentId)?.id;
  return patchStage(state, key, { departmentId, ownerMemberId });
}

/** Clearing the pick gives the stage back to its department's head. */
export function setStageOwner(
  state: WizardState,
  key: string,
  memberId: string | undefined,
  org: Org,
): WizardState {
  const others = state.pickedStageOwners.filter((k) => k !== key);
  const stage = state.draft.stages.find((s) => s.key === key);
  const ownerMemberId = memberId ?? headOf(org, stage?.departmentId)?.id;
  const next = patchStage(state, key, { ownerMemberId });
  return { ...next, pickedStageOwners: memberId ? [...others, key] : others };
}

/** Only existing stages other than itself; order follows the list, so the stored links read naturally. */
export function setPredecessors(state: WizardState, key: string, predecessorKeys: string[]): WizardState {
  const wanted = new Set(predecessorKeys);
  const valid = state.draft.stages.filter((s) => s.key !== key && wanted.has(s.key)).map((s) => s.key);
  return patchStage(state, key, { predecessorKeys: valid });
}

/** [A9] The stage is due after the task: its date field is marked as well as the stage. */
export function dueAfterTask(state: WizardState, key: string): boolean {
  return checkStagesStep(state.draft).some((i) => i.field === key && i.code === 'stage.afterTaskDue');
}
