/**
 * [SP13] One open pool task as a row, light until shown: its bounty, suggested departments and publishing time
 * are put in words the first time one is read, and kept; the list renders the few rows on screen.
 */
import type { Department, Task } from '../../core/model';
import { departmentName } from '../../core/org';
import type { Translate } from '../../i18n/translate';
import { formatTime } from '../kernel/labels';
import type { PoolRow } from './poolModel';

export interface PoolRowContext {
  departments: Department[];
  /** The viewer's department, whose suggested tasks are marked. */
  departmentId?: string;
  t: Translate;
}

interface Texts {
  bounty: string;
  suggested: string;
  published: string;
}

export class LazyPoolRow implements PoolRow {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly forYou: boolean;
  private textsMemo?: Texts;

  constructor(
    private readonly task: Task,
    private readonly ctx: PoolRowContext,
  ) {
    this.id = task.id;
    this.title = task.title;
    this.description = task.description;
    this.forYou = ctx.departmentId !== undefined && task.suggestedDepartmentIds.includes(ctx.departmentId);
  }

  get bounty() {
    return this.texts().bounty;
  }
  get suggested() {
    return this.texts().suggested;
  }
  get published() {
    return this.texts().published;
  }

  private texts(): Texts {
    return (this.textsMemo ??= textsOf(this.task, this.ctx));
  }
}

function textsOf(task: Task, { departments, t }: PoolRowContext): Texts {
  const org = { departments, members: [] };
  const suggested = task.suggestedDepartmentIds.map((id) => departmentName(org, id)).filter(Boolean);
  return {
    bounty: task.points ? t('pool.bounty', { points: task.points }) : t('pool.noBounty'),
    suggested: suggested.length
      ? t('pool.suggested', { departments: suggested.join('、') })
      : t('pool.suggestedNone'),
    published: task.publishedAt ? t('pool.published', { time: formatTime(task.publishedAt) }) : '',
  };
}
