import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import { install } from '../services/installer';
import { ViewList } from './ViewList';

afterEach(cleanup);

describe('[RB8] the playground shows the settings saved on views', () => {
  it('names the boss grid filter, the heads grouping and the sorts the installer set', async () => {
    const local = new LocalHost({ state: emptyState([{ id: 'ou_a', name: 'A' }]) });
    await install(local.host, 'zh');
    render(<ViewList table={local.state.tables.find((t) => t.name === '任务')!} />);
    const items = screen.getAllByTestId('view-item').map((li) => li.textContent ?? '');
    expect(items.find((i) => i.startsWith('全部专项（老板）'))).toContain('筛选 filter 类型 = 专项任务');
    expect(items.find((i) => i.startsWith('本部门任务（负责人）'))).toContain('分组 group 主责部门 ↑');
    expect(items.find((i) => i.startsWith('我的任务（员工）'))).toContain('排序 sort 截止日期 ↑');
    expect(items.find((i) => i.startsWith('任务看板'))).toBe('任务看板');
  });
});
