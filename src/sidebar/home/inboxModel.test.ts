import { describe, expect, it } from 'vitest';
import { identify } from '../../core/identity';
import type { Task } from '../../core/model';
import { aDepartment, aMember, aStage, aTask, TODAY_START } from '../../core/testBuilders';
import { DAY } from '../../core/time';
import { translator } from '../../i18n/translate';
import type { BatonStore } from '../../store/batonStore';
import type { ReadySession } from '../kernel/session';
import { homeView } from './homeModel';

const zh = translator('zh-CN');
const design = aDepartment({ name: 'Design', headUserIds: ['ou_head'] });
const sales = aDepartment({ name: 'Sales', headUserIds: [] });
const head = aMember({ name: 'Hana', userIds: ['ou_head'], role: 'employee', departmentId: design.id });
const worker = aMember({ name: 'Wu', userIds: ['ou_w'], role: 'employee', departmentId: sales.id });

const mine = (title: string, overrides: Partial<Task> = {}) =>
  aTask({ title, responsibleUserIds: ['ou_head'], ...overrides });
const launch = mine('Launch', { due: TODAY_START + 9 * DAY });
const tasks: Task[] = [
  mine('Going', { status: 'in_progress', due: TODAY_START + DAY }),
  mine('Start me', { status: 'ready', due: TODAY_START + 2 * DAY }),
  mine('Take me', { status: 'assigned', due: TODAY_START + 3 * DAY }),
  aTask({ title: 'Refused', status: 'declined', responsibleUserIds: [], primaryDepartmentId: design.id }),
  launch,
  aStage(launch, { title: 'Check me', status: 'in_review', responsibleUserIds: ['ou_w'] }),
  aStage(launch, { title: 'Plan', status: 'in_progress', responsibleUserIds: ['ou_head'], due: TODAY_START }),
  aStage(launch, {
    title: 'Print',
    status: 'waiting',
    responsibleUserIds: ['ou_head'],
    due: TODAY_START + DAY,
  }),
  aTask({ title: 'Not mine', status: 'assigned', responsibleUserIds: ['ou_w'] }),
];

function session(userId: string): ReadySession {
  const data = { departments: [design, sales], members: [head, worker], tasks };
  return {
    kind: 'ready',
    notices: [],
    context: { userId, language: 'zh-CN', theme: 'light' },
    store: {} as BatonStore,
    data,
    viewer: identify(userId, data.members, data.departments),
    canEdit: true,
    firstBossNeeded: false,
    problems: [],
  };
}

/** Each part as lines: "# parent" for a heading, "title (need)" for a row. */
function parts(userId: string) {
  return Object.fromEntries(
    homeView(session(userId), TODAY_START + 12 * 3600_000, zh).inbox.map((section) => [
      section.part,
      section.items.map((item) =>
        item.kind === 'parent'
          ? `# ${item.title}`
          : `${item.row.title}${item.row.need ? ` (${item.row.need})` : ''}`,
      ),
    ]),
  );
}

describe('home as an inbox', () => {
  it('[SP6] first what waits on me (acknowledge, review, a new owner), then ready for me, then the rest', () => {
    const inbox = parts('ou_head');
    expect(inbox.act).toEqual([
      'Take me (待我确认接收)',
      'Refused (需要新的负责人)',
      '# Launch',
      'Check me (待我验收)',
    ]);
    expect(inbox.ready).toEqual(['Start me']);
    expect(inbox.rest).toEqual(['# Launch', 'Plan', 'Print', 'Going', 'Launch']);
  });

  it('[SP6] counts each part; someone with nothing to act on has an empty first part', () => {
    const sections = homeView(session('ou_w'), TODAY_START, zh).inbox;
    expect(sections.map((s) => [s.part, s.count])).toEqual([
      ['act', 1],
      ['ready', 0],
      ['rest', 1],
    ]);
  });
});
