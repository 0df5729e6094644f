/**
 * The task table's views: the board, the gantt and the role grids. `manualStep` is what no plugin can set;
 * `settings` is what the installer sets through the view API ([RB8]), a manual step when the host will not.
 */
export const TASK_VIEWS = [
  {
    key: 'kanban',
    names: { zh: '任务看板', en: 'Task board' },
    kind: 'kanban',
    manualStep: 'manual.kanbanGroup',
  },
  {
    key: 'gantt',
    names: { zh: '任务甘特图', en: 'Task gantt' },
    kind: 'gantt',
    manualStep: 'manual.ganttDates',
    settings: { group: ['primaryDepartment'], sort: ['start'], manualStep: 'manual.ganttGroup' },
  },
  {
    key: 'bossGrid',
    names: { zh: '全部专项（老板）', en: 'All special tasks (boss)' },
    kind: 'grid',
    settings: {
      filter: [{ field: 'kind', option: 'special' }],
      sort: ['due'],
      manualStep: 'manual.bossFilter',
    },
  },
  {
    key: 'headGrid',
    names: { zh: '本部门任务（负责人）', en: 'My department (heads)' },
    kind: 'grid',
    manualStep: 'manual.headFilter',
    settings: { group: ['primaryDepartment'], sort: ['due'], manualStep: 'manual.headGroup' },
  },
  {
    key: 'mineGrid',
    names: { zh: '我的任务（员工）', en: 'My tasks (employees)' },
    kind: 'grid',
    manualStep: 'manual.mineFilter',
    settings: { sort: ['due'], manualStep: 'manual.mineSort' },
  },
] as const;
