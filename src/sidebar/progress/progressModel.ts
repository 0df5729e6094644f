/**
 * Progress (进度总览) as plain data: every active special task as its stage chain on one line, where the baton
 * is now, its projected end against its due date, its risks and graph flags; filtered by department and by
 * "needs my attention". Pure.
 */
import { taskFlags, type TaskFlag } from '../../core/taskFlags';
import { isOverdue, type Task } from '../../core/model';
import { chainOf, chainText, type ChainStep } from '../../core/stageChain';
import { activeSpecialTasks, type StageChain } from '../../core/myTasks';
import type { Org } from '../../core/org';
import { mayAccept } from '../../core/process';
import { project, risksOf, type Projection, type Risk } from '../../core/schedule';
import { taskIndexOf } from '../../core/taskIndex';
import type { Translate } from '../../i18n/translate';
import { flagMessage, namesOf } from '../kernel/labels';
import { NAME_SLOT } from '../shared/nameSlot';
import { formatDay } from '../shared/dayInput';
import { workContext } from '../kernel/workContext';
import { DAY } from '../../core/time';

export interface RiskBadge {
  risk: Risk;
  text: string;
}

export interface ProgressLine {
  id: string;
  title: string;
  /** Primary, cooperating and stage-owning departments: the department filter matches any. */
  departmentIds: string[];
  chain: ChainStep[];
  chainText: string;
  done: string;
  current: string;
  /** `current` with NAME_SLOT where the stage owner's names go, and whose they are (PersonName links). */
  currentWithNames?: { text: string; userIds: string[] };
  projection: string;
  /** Whole days the projected end falls after the due date; 0 when on time or without a due date. */
  slipDays: number;
  slip: string;
  risks: RiskBadge[];
  flags: string[];
  needsMe: boolean;
}

export interface ProgressViewer extends Org {
  tasks: Task[];
  userId: string;
  todayStart: number;
}

export interface ProgressFilter {
  departmentId?: string;
  mine: boolean;
}

export interface ProgressView {
  lines: ProgressLine[];
  /** Before filtering: tells "nothing in progress" from "nothing matches". */
  total: number;
  departments: { value: string; label: string }[];
}

/** Day texts by time for one view: thousands of lines share a few hundred dates, and dayjs costs per call. */
function dayTexts(t: Translate): (at: number | undefined) => string {
  const texts = new Map<number | undefined, string>();
  return (at) => {
    let text = texts.get(at);
    if (text === undefined) texts.set(at, (text = at === undefined ? t('progress.noDue') : formatDay(at)));
    return text;
  };
}

/** [D3] Slip in whole days, rounded up: half a day late is a day late for whoever waits. */
export const slipDays = (slipMs: number): number => Math.ceil(slipMs / DAY);

const RISK_ORDER: Risk[] = ['overdue', 'willSlip', 'notStarted'];

/** [D5] One badge per kind of risk, naming the stages (or the task itself) that carry it. */
function riskBadges(items: Task[], risks: Map<string, Risk[]>, t: Translate): RiskBadge[] {
  return RISK_ORDER.flatMap((risk) => {
    const titles = items.filter((i) => risks.get(i.id)?.includes(risk)).map((i) => i.title);
    return titles.length ? [{ risk, text: t(`risk.${risk}`, { titles: titles.join('、') }) }] : [];
  });
}

/**
 * Needs the viewer's attention when the viewer owns an item that waits for them to start (assigned, ready)
 * or is at risk, or is accountable for a stage waiting for acceptance (in review) or at risk.
 */
function needsViewer(special: Task, stages: Task[], risks: Map<string, Risk[]>, viewer: ProgressViewer) {
  const ctx = { ...viewer, canEdit: true, now: viewer.todayStart };
  return [special, ...stages].some((item) => {
    const risky = (risks.get(item.id)?.length ?? 0) > 0;
    const owns = item.responsibleUserIds.includes(viewer.userId);
    if (owns && (risky || item.status === 'assigned' || item.status === 'ready')) return true;
    if (item === special || !(risky || item.status === 'in_review')) return false;
    return mayAccept(item, workContext(item, ctx));
  });
}

/** What every line reads, computed once for the whole view. */
interface Shared {
  projection: Projection;
  flags: TaskFlag[];
  /** Where each item's flags stand in `flags`: a line gathers its own rather than filtering every flag. */
  flagsAt: Map<string, number[]>;
  byId: Map<string, Task>;
  day: (at: number | undefined) => string;
}

function flagPositions(flags: TaskFlag[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  flags.forEach((flag, position) => {
    const list = at.get(flag.taskId);
    if (list) list.push(position);
    else at.set(flag.taskId, [position]);
  });
  return at;
}

/** [SP9] The flags of a special task and its stages, in the order the flags were found. */
const lineFlags = (items: Task[], { flags, flagsAt }: Shared): TaskFlag[] =>
  items
    .flatMap((item) => flagsAt.get(item.id) ?? [])
    .sort((a, b) => a - b)
    .map((position) => flags[position]!);

function lineOf(
  { task: special, stages, current }: StageChain,
  shared: Shared,
  viewer: ProgressViewer,
  t: Translate,
): ProgressLine {
  const { projection, byId } = shared;
  const risks = new Map(stages.map((s) => [s.id, risksOf(s, projection, viewer.todayStart, byId)]));
  const planned = projection.specials.get(special.id);
  const slip = planned ? slipDays(planned.slip) : 0;
  // The special task's own risks: its due date passed, or its last stage lands after it.
  const own: Risk[] = [];
  if (isOverdue(special, viewer.todayStart)) own.push('overdue');
  else if (slip > 0) own.push('willSlip');
  risks.set(special.id, own);
  const chain = chainOf(stages);
  const items = [...stages, special];
  const titleOf = (id: string) => byId.get(id)?.title ?? '';
  return {
    id: special.id,
    title: special.title,
    departmentIds: [
      ...new Set(
        [special, ...stages]
          .flatMap((x) => [x.primaryDepartmentId, ...x.cooperatingDepartmentIds])
          .filter((d): d is string => Boolean(d)),
      ),
    ],
    chain,
    chainText: chainText(chain) || t('progress.noStages'),
    done: t('progress.done', {
      done: stages.filter((s) => s.status === 'done').length,
      total: stages.length,
    }),
    current: current
      ? t('progress.current', {
          stage: current.title,
          owner: namesOf(viewer, current.responsibleUserIds, t),
          due: shared.day(current.due),
        })
      : t(stages.length ? 'progress.allStagesDone' : 'progress.noStages'),
    currentWithNames: current && {
      text: t('progress.current', { stage: current.title, owner: NAME_SLOT, due: shared.day(current.due) }),
      userIds: current.responsibleUserIds,
    },
    projection: planned
      ? t('progress.projected', { end: shared.day(planned.end), due: shared.day(special.due) })
      : t('progress.noProjection'),
    slipDays: slip,
    slip: slip > 0 ? t('progress.slip', { days: slip }) : t('progress.onTime'),
    risks: riskBadges(items, risks, t),
    flags: lineFlags(items, shared).map((f) => `${titleOf(f.taskId)}：${flagMessage(f, t)}`),
    needsMe: needsViewer(special, stages, risks, viewer),
  };
}

export interface ProgressLines {
  all: ProgressLine[];
  departments: { value: string; label: string }[];
}

/** Every line, unfiltered: the costly part, worked out once per read and day (the filters only pick). */
export function progressLines(viewer: ProgressViewer, t: Translate): ProgressLines {
  const flags = taskFlags(viewer.tasks);
  const shared: Shared = {
    projection: project(viewer.tasks, viewer.todayStart),
    flags,
    flagsAt: flagPositions(flags),
    byId: taskIndexOf(viewer.tasks).byId,
    day: dayTexts(t),
  };
  const all = activeSpecialTasks(viewer.tasks).map((chain) => lineOf(chain, shared, viewer, t));
  const involved = new Set(all.flatMap((l) => l.departmentIds));
  return {
    all,
    departments: viewer.departments
      .filter((d) => involved.has(d.id))
      .map((d) => ({ value: d.id, label: d.name })),
  };
}

export function filterProgress({ all, departments }: ProgressLines, filter: ProgressFilter): ProgressView {
  const lines = all.filter(
    (l) =>
      (!filter.departmentId || l.departmentIds.includes(filter.departmentId)) && (!filter.mine || l.needsMe),
  );
  return { lines, total: all.length, departments };
}

export function progressView(viewer: ProgressViewer, filter: ProgressFilter, t: Translate): ProgressView {
  return filterProgress(progressLines(viewer, t), filter);
}
