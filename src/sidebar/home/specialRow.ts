/**
 * [SP13] One of the boss's special task rows, light until shown: the boss has thousands at the cap and the
 * list renders the few on screen, so its chain and texts are worked out the first time one is read, and kept.
 */
import { isOverdue } from '../../core/model';
import type { StageChain } from '../../core/myTasks';
import { chainOf, chainText, type ChainStep } from '../../core/stageChain';
import type { Translate } from '../../i18n/translate';
import type { Task } from '../../core/model';
import type { SpecialRow } from './homeModel';

export interface SpecialRowContext {
  t: Translate;
  todayStart: number;
  dueOf: (task: Task) => string;
}

interface Texts {
  chain: ChainStep[];
  chainText: string;
  progress: string;
  due: string;
  current?: string;
}

export class LazySpecialRow implements SpecialRow {
  readonly id: string;
  readonly title: string;
  private textsMemo?: Texts;

  constructor(
    private readonly of: StageChain,
    private readonly ctx: SpecialRowContext,
  ) {
    this.id = of.task.id;
    this.title = of.task.title;
  }

  get overdue() {
    return isOverdue(this.of.task, this.ctx.todayStart);
  }
  get chain() {
    return this.texts().chain;
  }
  get chainText() {
    return this.texts().chainText;
  }
  get progress() {
    return this.texts().progress;
  }
  get due() {
    return this.texts().due;
  }
  get current() {
    return this.texts().current;
  }

  private texts(): Texts {
    return (this.textsMemo ??= textsOf(this.of, this.ctx));
  }
}

function textsOf({ task, stages, done, current }: StageChain, { t, dueOf }: SpecialRowContext): Texts {
  const chain = chainOf(stages);
  return {
    chain,
    chainText: chainText(chain) || t('home.noStages'),
    progress: t('home.progress', { done, total: stages.length }),
    due: dueOf(task),
    current: current ? t('home.current', { stage: current.title }) : undefined,
  };
}
