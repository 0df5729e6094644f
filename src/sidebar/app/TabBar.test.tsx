import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Tab } from './appModel';
import { TabBar } from './TabBar';

const LABELS: Record<Tab, string> = {
  home: '首页',
  work: '工作',
  progress: '进度',
  dashboard: '看板',
  assign: '派单',
  pool: '大厅',
  collection: '收集',
  learning: '学习',
  scoring: '贡献',
  notices: '通知 3',
  health: '检查',
};
const BOSS_TABS: Tab[] = [
  'home',
  'work',
  'progress',
  'dashboard',
  'assign',
  'pool',
  'collection',
  'learning',
  'scoring',
  'notices',
  'health',
];

function renderBar(active: Tab, changes: Tab[] = []) {
  render(
    <TabBar
      tabs={BOSS_TABS}
      active={active}
      labelOf={(tab) => LABELS[tab]}
      onChange={(tab) => changes.push(tab)}
      moreLabel="更多"
    />,
  );
  return changes;
}

beforeEach(() => {
  // The sidebar's narrowest width: the bar must not rely on room for all eleven tabs.
  window.innerWidth = 320;
});
afterEach(cleanup);

describe('TabBar', () => {
  it('[EV21] at 320 px the boss sees four tabs and 更多, the unread count on 通知, the active one selected', () => {
    renderBar('work');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['首页', '工作', '派单', '通知 3', '更多 ▾']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual([
      'false',
      'true',
      'false',
      'false',
      'false',
    ]);
    expect(screen.queryByRole('tab', { name: '检查' })).toBeNull();
  });

  it('[EV21] a click on a tab in the bar asks for that tab', () => {
    const changes = renderBar('home');
    fireEvent.click(screen.getByRole('tab', { name: '通知 3' }));
    expect(changes).toEqual(['notices']);
  });

  it('[EV21] 更多 opens a menu of the other tabs, and choosing one asks for it', async () => {
    const changes = renderBar('home');
    fireEvent.click(screen.getByRole('tab', { name: '更多' }));
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['进度', '看板', '大厅', '收集', '学习', '贡献', '检查']);
    fireEvent.click(screen.getByRole('menuitem', { name: '检查' }));
    expect(changes).toEqual(['health']);
    // The menu closes on a choice, so it never covers the screen it opened.
    await waitFor(() => expect(screen.queryAllByRole('menuitem')).toHaveLength(0));
  });

  it('[EV21] when the active tab is in the menu, 更多 shows its name and is selected', () => {
    renderBar('health');
    const more = screen.getByRole('tab', { name: '检查' });
    expect(more.getAttribute('aria-selected')).toBe('true');
    expect(more.id).toBe('baton-tab-health');
    expect(screen.queryByRole('tab', { name: '更多' })).toBeNull();
  });
});
