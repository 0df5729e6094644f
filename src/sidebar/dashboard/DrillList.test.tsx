import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DRILL_PAGE, type DrillView } from './drillModel';
import { DrillList } from './DrillList';

afterEach(cleanup);

const COUNT = 2 * DRILL_PAGE + 3;
const view: DrillView = {
  title: `拒绝次数：${COUNT} 项`,
  rows: Array.from({ length: COUNT }, (_, i) => ({
    id: `t${i}`,
    kind: 'task',
    title: `任务 ${i}`,
    detail: '',
  })),
};

describe('DrillList', () => {
  it('[DB19] shows a page of rows, and "show more" adds the next until none is left', () => {
    const opened: string[] = [];
    render(<DrillList view={view} onBack={() => {}} onOpenTask={(id) => opened.push(id)} />);
    expect(screen.getAllByTestId('dashboard-drill-row')).toHaveLength(DRILL_PAGE);
    expect(screen.getByTestId('dashboard-drill-more').textContent).toBe(
      `再显示 ${DRILL_PAGE} 项（还有 ${COUNT - DRILL_PAGE} 项）`,
    );
    fireEvent.click(screen.getByTestId('dashboard-drill-more'));
    expect(screen.getAllByTestId('dashboard-drill-row')).toHaveLength(2 * DRILL_PAGE);
    expect(screen.getByTestId('dashboard-drill-more').textContent).toBe('再显示 3 项（还有 3 项）');
    fireEvent.click(screen.getByTestId('dashboard-drill-more'));
    expect(screen.getAllByTestId('dashboard-drill-row')).toHaveLength(COUNT);
    expect(screen.queryByTestId('dashboard-drill-more')).toBeNull();
    fireEvent.click(screen.getByText(`任务 ${COUNT - 1}`));
    expect(opened).toEqual([`t${COUNT - 1}`]);
  });
});
