import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Tab } from './appModel';
import { TabBar } from './TabBar';

const LABELS: Record<string, string> = { home: '首页', work: '工作', notices: '通知 3', health: '检查' };

function renderBar(active: Tab, changes: Tab[] = []) {
  render(
    <TabBar
      tabs={['home', 'work', 'notices', 'health']}
      active={active}
      labelOf={(tab) => LABELS[tab]!}
      onChange={(tab) => changes.push(tab)}
    />,
  );
  return changes;
}

afterEach(cleanup);

describe('TabBar', () => {
  it('[SP5] shows every tab as a tab, in order, with the unread count in its label, the active one selected', () => {
    renderBar('work');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['首页', '工作', '通知 3', '检查']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false', 'false']);
  });

  it('[SP5] a click asks for that tab', () => {
    const changes = renderBar('home');
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    expect(changes).toEqual(['health']);
  });
});
