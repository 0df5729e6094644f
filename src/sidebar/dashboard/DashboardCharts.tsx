/**
 * The dashboard's charts, in their own chunk: VChart is imported only when the dashboard opens. Colours follow
 * the host's theme; every text comes in already translated. In the wide layout the charts sit side by side
 * where there is room for two (720 px and more), else one under another.
 */
import { BarChart, LineChart } from '@visactor/react-vchart';
import type { CSSProperties } from 'react';
import { useStaggered } from '../shared/useStaggered';
import type { ContributionView } from './contributionModel';
import type { TrendView } from './dashboardModel';

export interface ChartTexts {
  trend: string;
  byDepartment: string;
  before: string;
  after: string;
  spread: string;
  bySource: string;
}

interface Props {
  trend: TrendView;
  contribution?: ContributionView;
  theme: 'light' | 'dark';
  texts: ChartTexts;
  wide?: boolean;
}

const HEIGHT = 200;
/** Two columns from 720 px: each at least 340 px, with the gap. */
const WIDE: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))',
  gap: 12,
};

function referenceLines(trend: TrendView, texts: ChartTexts) {
  if (!trend.reference) return [];
  const line = (y: number, text: string, color: string) => ({
    y,
    line: { style: { stroke: color, lineDash: [4, 4] } },
    endSymbol: { visible: false },
    label: { text: `${text} ${y}`, position: 'insideEndTop' as const, labelBackground: { visible: false } },
  });
  return [
    line(trend.reference.before, texts.before, '#f5a623'),
    line(trend.reference.after, texts.after, '#3bb346'),
  ];
}

const title = (text: string) => ({ text, textStyle: { fontSize: 12 } });

/** A canvas says nothing to a screen reader: the trend's title and every month's value, in words. */
const trendSummary = (trend: TrendView, texts: ChartTexts) =>
  `${texts.trend} · ${trend.title}: ${trend.points.map((p) => `${p.month} ${p.value ?? '–'}`).join(', ')}`;

interface Part {
  testId: string;
  height: number;
  draw: () => JSX.Element;
  label?: string;
}

/**
 * VChart's first draw in a page compiles most of its code, which took a first chart past 200 ms in one task.
 * A tiny chart drawn a turn before the real ones takes that cost in a task of its own (measured: the longest
 * task of the first chart fell from 180–210 ms to 110–150 ms); it is hidden and says nothing to a screen reader.
 */
const WARM_UP = [
  { month: '1', value: 0 },
  { month: '2', value: 1 },
];

function WarmUp() {
  return (
    <div aria-hidden style={{ height: 0, overflow: 'hidden' }} data-testid="dashboard-chart-warm-up">
      <LineChart
        height={10}
        width={10}
        data={[{ id: 'warm-up', values: WARM_UP }]}
        xField="month"
        yField="value"
        animation={false}
      />
    </div>
  );
}

export default function DashboardCharts({ trend, contribution, theme, texts, wide }: Props) {
  const parts = chartParts(trend, contribution, theme, texts);
  // The first turn draws the warm-up alone; part i draws at turn i + 1.
  const shown = useStaggered(parts.length + 1) - 1;
  return (
    <div
      className={wide ? undefined : 'baton-stack'}
      style={wide ? WIDE : undefined}
      data-testid="dashboard-charts"
      data-chart-theme={theme}
      data-layout={wide ? 'wide' : 'narrow'}
    >
      <WarmUp />
      {parts.map((part, i) => (
        // The box keeps its height before its chart draws, so nothing below it moves.
        <div
          key={part.testId}
          data-testid={part.testId}
          style={{ minHeight: part.height }}
          {...(part.label ? { role: 'img', 'aria-label': part.label } : {})}
        >
          {i < shown && part.draw()}
        </div>
      ))}
    </div>
  );
}

function chartParts(
  trend: TrendView,
  contribution: ContributionView | undefined,
  theme: Props['theme'],
  texts: ChartTexts,
): Part[] {
  const points = trend.points.map((p) => ({ month: p.month.slice(2), value: p.value ?? null }));
  const barsHeight = Math.max(HEIGHT / 2, trend.bars.length * 28 + 48);
  const parts: Part[] = [
    {
      testId: 'dashboard-trend-chart',
      height: HEIGHT,
      label: trendSummary(trend, texts),
      draw: () => (
        <LineChart
          key={`trend-${theme}`}
          height={HEIGHT}
          options={{ theme }}
          title={title(texts.trend)}
          data={[{ id: 'trend', values: points }]}
          xField="month"
          yField="value"
          point={{ style: { size: 5 } }}
          markLine={referenceLines(trend, texts)}
          axes={[{ orient: 'bottom', label: { autoHide: true } }, { orient: 'left' }]}
        />
      ),
    },
  ];
  if (trend.bars.length > 0)
    parts.push({
      testId: 'dashboard-bar-chart',
      height: barsHeight,
      draw: () => (
        <BarChart
          key={`bars-${theme}`}
          height={barsHeight}
          options={{ theme }}
          title={title(texts.byDepartment)}
          data={[{ id: 'bars', values: trend.bars }]}
          direction="horizontal"
          xField="value"
          yField="department"
          axes={[
            { orient: 'left', type: 'band' },
            { orient: 'bottom', type: 'linear' },
          ]}
        />
      ),
    });
  return contribution ? [...parts, ...contributionParts(contribution, theme, texts)] : parts;
}

function contributionParts(view: ContributionView, theme: Props['theme'], texts: ChartTexts): Part[] {
  const departments = new Set(view.bySource.map((r) => r.department)).size;
  const sourcesHeight = Math.max(HEIGHT / 2, departments * 28 + 80);
  const parts: Part[] = [
    {
      testId: 'dashboard-spread-chart',
      height: HEIGHT,
      draw: () => (
        <BarChart
          key={`spread-${theme}`}
          height={HEIGHT}
          options={{ theme }}
          title={title(texts.spread)}
          data={[{ id: 'spread', values: view.spread }]}
          xField="range"
          yField="people"
          axes={[{ orient: 'bottom', type: 'band', label: { autoHide: true } }, { orient: 'left' }]}
        />
      ),
    },
  ];
  if (view.bySource.length > 0)
    parts.push({
      testId: 'dashboard-source-chart',
      height: sourcesHeight,
      draw: () => (
        <BarChart
          key={`sources-${theme}`}
          height={sourcesHeight}
          options={{ theme }}
          title={title(texts.bySource)}
          data={[{ id: 'sources', values: view.bySource }]}
          direction="horizontal"
          xField="points"
          yField="department"
          seriesField="source"
          stack
          legends={[{ visible: true, orient: 'bottom' }]}
          axes={[
            { orient: 'left', type: 'band' },
            { orient: 'bottom', type: 'linear' },
          ]}
        />
      ),
    });
  return parts;
}
