import { describe, expect, it } from 'vitest';
import { tableCompletions } from './tableEdits';
import { aTask, TODAY_START } from './testBuilders';

describe('table edits', () => {
  it('[EV9] a task set to done in the grid gets its completion time and a history row, once per round', () => {
    const grid = aTask({ id: 's1', title: '海报', status: 'done', assignedAt: 5 });
    const finished = aTask({ id: 's2', status: 'done', completedAt: 1 });
    const working = aTask({ id: 's3', status: 'in_progress' });
    const found = tableCompletions([grid, finished, working], TODAY_START);
    expect(found).toEqual([
      {
        taskId: 's1',
        completedAt: TODAY_START,
        event: {
          key: 's1/doneInTable/5',
          type: 'status_change',
          actorUserId: '',
          taskId: 's1',
          reason: '',
          at: TODAY_START,
          summary: { key: 'event.doneInTable', params: { title: '海报' } },
        },
      },
    ]);
    const named = tableCompletions([grid], TODAY_START, () => 'u_he')[0]!.event;
    expect(named).toMatchObject({ actorUserId: 'u_he', summary: { key: 'event.doneInTableBy' } });
  });
});
