/**
 * The assignment wizard (派单) as pure transitions: wizard state in, wizard state out. The rules themselves
 * live in core (checkTaskStep, checkResponsibilityStep, checkStagesStep); this file only decides what the user
 * sees next. Stage list edits are in stagesModel.ts, derived display data in wizardView.ts.
 */
import {
  checkDraft,
  checkResponsibilityStep,
  checkStagesStep,
  checkTaskStep,
  type AssignmentDraft,
  type DraftContext,
  type DraftIssue,
  type WizardStep,
} from '../../core/assignment';
import { headOf } from '../../core/org';
import { stagesFromTemplate, type TaskTemplate } from '../../core/templates';
import { parseDay } from '../shared/dayInput';
import { withDefaultOwners } from './stagesModel';

export const STEPS: WizardStep[] = ['task', 'responsibility', 'stages', 'review'];

export type SendStatus =
  | { kind: 'idle' }
  | { kind: 'sending' }
  /** Part of the draft may be in the Base, as drafts nobody sees: finish or roll back. */
  | { kind: 'failed'; message: string }
  | { kind: 'rollingBack' }
  | { kind: 'rolledBack' }
  /** The sender may not send at all (not a head or the boss, no longer a member): nothing to fix in the draft. */
  | { kind: 'notPermitted'; message: string }
  | { kind: 'sent'; taskId: string; title: string };

export interface WizardState {
  step: WizardStep;
  draft: AssignmentDraft;
  /** The points field as typed, so "1e" or "-" stays on screen while the draft holds what it means. */
  pointsText: string;
  template?: TaskTemplate;
  /** Once the user picks a person, changing the primary department no longer replaces them. */
  responsiblePicked: boolean;
  /** Stage keys whose owner the user picked; the others follow their department's head. */
  pickedStageOwners: string[];
  /** The stages differ from what the template made: moving the start no longer re-plans them. */
  stagesEdited: boolean;
  /** Steps where Next (or Send) was tried: their errors show from then on, not while the user types. */
  tried: WizardStep[];
  send: SendStatus;
  /** A send of this draft key failed: records may exist, so the next send looks them up first. */
  mayExist: boolean;
}

export function emptyWizard(draftKey: string): WizardState {
  return {
    step: 'task',
    draft: {
      draftKey,
      mode: 'assign',
      title: '',
      description: '',
      extraDuty: false,
      cooperation: [],
      outsiderConfirmed: false,
      stages: [],
      suggestedDepartmentIds: [],
    },
    pointsText: '',
    responsiblePicked: false,
    pickedStageOwners: [],
    stagesEdited: false,
    tried: [],
    send: { kind: 'idle' },
    mayExist: false,
  };
}

const edit = (state: WizardState, patch: Partial<AssignmentDraft>): WizardState => ({
  ...state,
  draft: { ...state.draft, ...patch },
});

/** A template's chain from the task's start (today when none), each stage owned by its department's head. */
function templateStages(template: TaskTemplate, start: number | undefined, ctx: DraftContext) {
  return withDefaultOwners(stagesFromTemplate(template, start ?? ctx.todayStart, ctx.departments), ctx);
}

/**
 * Fills title, description, points, extra duty and stages from the template (or clears what the previous one
 * filled, for a blank start). Text the user typed is kept; a due date is proposed only when none is set.
 */
export function chooseTemplate(
  state: WizardState,
  template: TaskTemplate | undefined,
  ctx: DraftContext,
): WizardState {
  const previous = state.template;
  const untouched = (value: string, filled?: string) => !value.trim() || value === filled;
  const d = state.draft;
  const stages = template ? templateStages(template, d.start, ctx) : [];
  const lastDue = stages.at(-1)?.due;
  return {
    ...edit(state, {
      title: untouched(d.title, previous?.name) ? (template?.name ?? '') : d.title,
      description: untouched(d.description, previous?.description)
        ? (template?.description ?? '')
        : d.description,
      points: template ? template.points : d.points,
      extraDuty: template ? template.extraDuty : d.extraDuty,
      due: d.due ?? lastDue,
      stages,
    }),
    pointsText: template ? (template.points?.toString() ?? '') : state.pointsText,
    template,
    pickedStageOwners: [],
    stagesEdited: false,
  };
}

export const setTitle = (s: WizardState, title: string) => edit(s, { title });
export const setDescription = (s: WizardState, description: string) => edit(s, { description });
export const setExtraDuty = (s: WizardState, extraDuty: boolean) => edit(s, { extraDuty });
export const setDue = (s: WizardState, text: string) => edit(s, { due: parseDay(text) });

/** Empty means "no points"; anything else must be a number, which core checks (NaN is reported, not hidden). */
export function setPoints(state: WizardState, text: string): WizardState {
  const points = text.trim() === '' ? undefined : Number(text);
  return { ...edit(state, { points }), pointsText: text };
}

/** A new start moves the template's chain with it, as long as the user has not edited the stages. */
export function setStart(state: WizardState, text: string, ctx: DraftContext): WizardState {
  const start = parseDay(text);
  const next = edit(state, { start });
  if (!state.template || state.stagesEdited) return next;
  return edit(next, { stages: templateStages(state.template, start, ctx) });
}

export function setMode(state: WizardState, mode: AssignmentDraft['mode']): WizardState {
  const d = state.draft;
  // Publishing proposes the primary department to the pool, if one was chosen: the likeliest taker.
  const suggested =
    mode === 'pool' && d.suggestedDepartmentIds.length === 0 && d.primaryDepartmentId
      ? [d.primaryDepartmentId]
      : d.suggestedDepartmentIds;
  return edit(state, { mode, suggestedDepartmentIds: suggested });
}

/** The responsible person follows the department's head until the user picks someone. */
export function choosePrimary(
  state: WizardState,
  departmentId: string | undefined,
  ctx: DraftContext,
): WizardState {
  const responsibleMemberId = state.responsiblePicked
    ? state.draft.responsibleMemberId
    : headOf(ctx, departmentId)?.id;
  // A confirmation was given for one person in one department; a new department asks again.
  return edit(state, { primaryDepartmentId: departmentId, responsibleMemberId, outsiderConfirmed: false });
}

export function chooseResponsible(state: WizardState, memberId: string | undefined): WizardState {
  return {
    ...edit(state, { responsibleMemberId: memberId, outsiderConfirmed: false }),
    responsiblePicked: memberId !== undefined,
  };
}

export const confirmOutsider = (s: WizardState, confirmed: boolean) =>
  edit(s, { outsiderConfirmed: confirmed });

export function toggleCooperation(state: WizardState, departmentId: string, on: boolean): WizardState {
  const others = state.draft.cooperation.filter((c) => c.departmentId !== departmentId);
  const existing = state.draft.cooperation.find((c) => c.departmentId === departmentId);
  if (!on) return edit(state, { cooperation: others });
  return existing ? state : edit(state, { cooperation: [...others, { departmentId, deliverable: '' }] });
}

export function setDeliverable(state: WizardState, departmentId: string, deliverable: string): WizardState {
  return edit(state, {
    cooperation: state.draft.cooperation.map((c) =>
      c.departmentId === departmentId ? { ...c, deliverable } : c,
    ),
  });
}

export function toggleSuggested(state: WizardState, departmentId: string, on: boolean): WizardState {
  const others = state.draft.suggestedDepartmentIds.filter((id) => id !== departmentId);
  return edit(state, { suggestedDepartmentIds: on ? [...others, departmentId] : others });
}

/** [EV5] Who is told of a publishing: the suggested departments' heads, or every member. */
export const setPoolAudience = (state: WizardState, poolAudience: 'heads' | 'everyone') =>
  edit(state, { poolAudience });

/** The core issues of one step; the review step answers for the whole draft. */
export function stepIssues(state: WizardState, ctx: DraftContext, step = state.step): DraftIssue[] {
  switch (step) {
    case 'task':
      return checkTaskStep(state.draft, ctx);
    case 'responsibility':
      return checkResponsibilityStep(state.draft, ctx);
    case 'stages':
      return checkStagesStep(state.draft, ctx);
    case 'review':
      return checkDraft(state.draft, ctx);
  }
}

/** Errors block; warnings only inform. */
export const canAdvance = (state: WizardState, ctx: DraftContext, step = state.step): boolean =>
  stepIssues(state, ctx, step).every((i) => i.severity !== 'error');

const tried = (state: WizardState, step: WizardStep): WizardStep[] =>
  state.tried.includes(step) ? state.tried : [...state.tried, step];

export function next(state: WizardState, ctx: DraftContext): WizardState {
  if (isLocked(state)) return state;
  const index = STEPS.indexOf(state.step);
  const marked = { ...state, tried: tried(state, state.step) };
  if (!canAdvance(state, ctx) || index === STEPS.length - 1) return marked;
  return { ...marked, step: STEPS[index + 1]! };
}

/** Back to any earlier step; forward only through Next, so no step is skipped unchecked. */
export function goTo(state: WizardState, step: WizardStep): WizardState {
  if (isLocked(state) || STEPS.indexOf(step) > STEPS.indexOf(state.step)) return state;
  return { ...state, step };
}

export const back = (state: WizardState): WizardState =>
  goTo(state, STEPS[Math.max(0, STEPS.indexOf(state.step) - 1)]!);

/**
 * While sending, and after a failed send until it is finished or rolled back, the draft cannot change:
 * "finish" looks records up by key, so an edited draft would be finished with its old values.
 */
export const isLocked = (state: WizardState): boolean =>
  state.send.kind === 'sending' || state.send.kind === 'rollingBack' || state.send.kind === 'failed';
