/**
 * [SP13] One progress line, light until shown: its id, title and departments are known at once (the department
 * filter picks by them); its projection, risks, flags and texts are worked out the first time any of them is
 * read — for the rows on screen, or for every line once "needs my attention" filters — and kept.
 */
import { isOverdue, type Task } from '../../core/model';
import type { StageChain } from '../../core/myTasks';
import { mayAccept } from '../../core/process';
import { projectionOf } from '../../core/projectionOf';
import { risksOf, type Risk } from '../../core/schedule';
import { chainOf, chainText, type ChainStep } from '../../core/stageChain';
import { flagsOfTasks } from '../../core/taskFlags';
import { taskIndexOf } from '../../core/taskIndex';
import { DAY } from '../../core/time';
import type { Translate } from '../../i18n/translate';
import { flagMessage, namesOf } from '../kernel/labels';
import { workContext } from '../kernel/workContext';
import { NAME_SLOT } from '../shared/nameSlot';
import type { ProgressLine, ProgressViewer, RiskBadge } from './progressModel';

/** What every line of one view shares. */
export interface LineContext {
  viewer: ProgressViewer;
  t: Translate;
  day: (at: number | undefined) => string;
}

/** [D3] Slip in whole days, rounded up: half a day late is a day late for whoever waits. */
export const slipDays = (slipMs: number): number => Math.ceil(slipMs / DAY);

const RISK_ORDER: Risk[] = ['overdue', 'willSlip', 'notStarted'];

/** Where the line stands against the projection: what both its texts and "needs me" read. */
interface Standing {
  risks: Map<string, Risk[]>;
  planned?: { end: number; slip: number };
  slip: number;
}

interface Texts {
  chain: ChainStep[];
  chainText: string;
  done: string;
  current: string;
  currentWithNames?: { text: string; userIds: string[] };
  projection: string;
  slip: string;
  risks: RiskBadge[];
  flags: string[];
}

export class LazyProgressLine implements ProgressLine {
  readonly id: string;
  readonly title: string;
  readonly departmentIds: string[];
  private standingMemo?: Standing;
  private textsMemo?: Texts;
  private needsMeMemo?: boolean;

  constructor(
    private readonly of: StageChain,
    private readonly ctx: LineContext,
  ) {
    this.id = of.task.id;
    this.title = of.task.title;
    this.departmentIds = departmentsOf(of);
  }

  get chain() {
    return this.texts().chain;
  }
  get chainText() {
    return this.texts().chainText;
  }
  get done() {
    return this.texts().done;
  }
  get current() {
    return this.texts().current;
  }
  get currentWithNames() {
    return this.texts().currentWithNames;
  }
  get projection() {
    return this.texts().projection;
  }
  get slipDays() {
    return this.standing().slip;
  }
  get slip() {
    return this.texts().slip;
  }
  get risks() {
    return this.texts().risks;
  }
  get flags() {
    return this.texts().flags;
  }
  get needsMe() {
    return (this.needsMeMemo ??= needsViewer(this.of, this.standing().risks, this.ctx.viewer));
  }

  private standing(): Standing {
    return (this.standingMemo ??= standingOf(this.of, this.ctx.viewer));
  }

  private texts(): Texts {
    return (this.textsMemo ??= textsOf(this.of, this.standing(), this.ctx));
  }
}

function departmentsOf({ task, stages }: StageChain): string[] {
  const ids = [task, ...stages].flatMap((x) => [x.primaryDepartmentId, ...x.cooperatingDepartmentIds]);
  return [...new Set(ids.filter((d): d is string => Boolean(d)))];
}

function standingOf({ task: special, stages }: StageChain, viewer: ProgressViewer): Standing {
  const projection = projectionOf(viewer.tasks, viewer.todayStart);
  const { byId } = taskIndexOf(viewer.tasks);
  const risks = new Map(stages.map((s) => [s.id, risksOf(s, projection, viewer.todayStart, byId)]));
  const planned = projection.specials.get(special.id);
  const slip = planned ? slipDays(planned.slip) : 0;
  // The special task's own risks: its due date passed, or its last stage lands after it.
  const own: Risk[] = [];
  if (isOverdue(special, viewer.todayStart)) own.push('overdue');
  else if (slip > 0) own.push('willSlip');
  risks.set(special.id, own);
  return { risks, planned, slip };
}

function textsOf(
  { task: special, stages, current }: StageChain,
  standing: Standing,
  ctx: LineContext,
): Texts {
  const { t, day, viewer } = ctx;
  const { planned, slip } = standing;
  const chain = chainOf(stages);
  const items = [...stages, special];
  const titleOf = (id: string) => taskIndexOf(viewer.tasks).byId.get(id)?.title ?? '';
  return {
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
          due: day(current.due),
        })
      : t(stages.length ? 'progress.allStagesDone' : 'progress.noStages'),
    currentWithNames: current && {
      text: t('progress.current', { stage: current.title, owner: NAME_SLOT, due: day(current.due) }),
      userIds: current.responsibleUserIds,
    },
    projection: planned
      ? t('progress.projected', { end: day(planned.end), due: day(special.due) })
      : t('progress.noProjection'),
    slip: slip > 0 ? t('progress.slip', { days: slip }) : t('progress.onTime'),
    risks: riskBadges(items, standing.risks, t),
    // [SP9] The flags of the special task and its stages only, in the order they were found.
    flags: flagsOfTasks(items, viewer.tasks).map((f) => `${titleOf(f.taskId)}：${flagMessage(f, t)}`),
  };
}

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
function needsViewer(
  { task: special, stages }: StageChain,
  risks: Map<string, Risk[]>,
  viewer: ProgressViewer,
) {
  const ctx = { ...viewer, canEdit: true, now: viewer.todayStart };
  return [special, ...stages].some((item) => {
    const risky = (risks.get(item.id)?.length ?? 0) > 0;
    const owns = item.responsibleUserIds.includes(viewer.userId);
    if (owns && (risky || item.status === 'assigned' || item.status === 'ready')) return true;
    if (item === special || !(risky || item.status === 'in_review')) return false;
    return mayAccept(item, workContext(item, ctx));
  });
}
