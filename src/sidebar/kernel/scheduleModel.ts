/** A special task's schedule as plain data: projected end, slip, critical path, and a what-if preview. Pure. */
import dayjs from 'dayjs';
import { taskFlags, type FlagCode } from '../../core/taskFlags';
import type { Task } from '../../core/model';
import { project } from '../../core/schedule';
import type { Translate } from '../../i18n/translate';
import { DAY } from '../../core/time';
import { taskById } from '../../core/taskIndex';

export interface ScheduleView {
  end: string;
  slipDays: number;
  critical: string[];
}

/** [D3][D4] The projected end, the days past due and the critical path; `slip` adds days to one stage. */
export function scheduleOf(
  tasks: Task[],
  taskId: string,
  todayStart: number,
  slip?: { stageId: string; days: number },
): ScheduleView | undefined {
  const slips = new Map(slip && slip.days > 0 ? [[slip.stageId, slip.days]] : []);
  const special = project(tasks, todayStart, slips).specials.get(taskId);
  if (!special) return undefined;
  const title = (id: string) => taskById(tasks, id)?.title ?? id;
  return {
    end: dayjs(special.end).format('YYYY-MM-DD'),
    slipDays: Math.ceil(special.slip / DAY),
    critical: special.critical.map(title),
  };
}

export interface GraphProblem {
  taskId: string;
  title: string;
  code: FlagCode;
  params: Record<string, string>;
}

/** [C*] Every graph problem in the Base (cycles, missing or cancelled predecessors, no owner…), one a line. */
export function graphProblems(tasks: Task[]): GraphProblem[] {
  const title = (id: string) => taskById(tasks, id)?.title ?? id;
  return taskFlags(tasks).map((f) => ({
    taskId: f.taskId,
    title: title(f.taskId),
    code: f.code,
    params: f.params ?? {},
  }));
}

export function slipText(view: ScheduleView, t: Translate): string {
  return view.slipDays > 0 ? t('schedule.slips', { days: view.slipDays }) : t('schedule.onTime');
}
