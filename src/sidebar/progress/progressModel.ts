/**
 * Progress (进度总览) as plain data: every active special task as its stage chain on one line, where the baton
 * is now, its projected end against its due date, its risks and graph flags; filtered by department and by
 * "needs my attention". Pure.
 */
import { activeSpecialTasks } from '../../core/myTasks';
import type { Org } from '../../core/org';
import type { Risk } from '../../core/schedule';
import type { ChainStep } from '../../core/stageChain';
import type { Task } from '../../core/model';
import type { Translate } from '../../i18n/translate';
import { formatDay } from '../shared/dayInput';
import { LazyProgressLine, type LineContext } from './progressLine';

export { slipDays } from './progressLine';

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

export interface ProgressLines {
  all: ProgressLine[];
  departments: { value: string; label: string }[];
}

/**
 * Every line, unfiltered: built once per read and day (the filters only pick). [SP13] Each line is light until
 * read: the first switch to 进度 at 20,000 tasks works out only the rows on screen.
 */
export function progressLines(viewer: ProgressViewer, t: Translate): ProgressLines {
  const ctx: LineContext = { viewer, t, day: dayTexts(t) };
  const all: ProgressLine[] = activeSpecialTasks(viewer.tasks).map(
    (chain) => new LazyProgressLine(chain, ctx),
  );
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
