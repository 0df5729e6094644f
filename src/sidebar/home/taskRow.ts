/**
 * [SP13] One row of the viewer's tasks, light until shown: a department head has thousands at the cap and the
 * inbox renders the few on screen, so its status, due date, reason, department and need are put in words the
 * first time one is read, and kept. What sorts and groups rows (the task itself) never needs them.
 */
import { isOverdue, type Task, type TaskStatus } from '../../core/model';
import type { MessageKey, Translate } from '../../i18n/translate';
import { statusLabel } from '../kernel/labels';
import type { TaskRow } from './homeModel';
import type { Need } from './inboxModel';

export interface TaskRowContext {
  t: Translate;
  todayStart: number;
  dueOf: (task: Task) => string;
  departmentName: (id?: string) => string;
}

interface Texts {
  status: string;
  due: string;
  reason: string;
  departmentName: string;
  need?: string;
}

export class LazyTaskRow implements TaskRow {
  readonly id: string;
  readonly title: string;
  readonly statusKind: TaskStatus | 'unknown';
  private textsMemo?: Texts;

  constructor(
    private readonly task: Task,
    private readonly reasonKey: MessageKey,
    private readonly needKey: Need | undefined,
    private readonly ctx: TaskRowContext,
  ) {
    this.id = task.id;
    this.title = task.title;
    this.statusKind = task.status ?? 'unknown';
  }

  get overdue() {
    return isOverdue(this.task, this.ctx.todayStart);
  }
  get status() {
    return this.texts().status;
  }
  get due() {
    return this.texts().due;
  }
  get reason() {
    return this.texts().reason;
  }
  get departmentName() {
    return this.texts().departmentName;
  }
  get need() {
    return this.texts().need;
  }

  private texts(): Texts {
    const { t, dueOf, departmentName } = this.ctx;
    return (this.textsMemo ??= {
      status: statusLabel(this.task.status, t),
      due: dueOf(this.task),
      reason: t(this.reasonKey),
      departmentName: departmentName(this.task.primaryDepartmentId),
      need: this.needKey && t(`home.need.${this.needKey}`),
    });
  }
}
