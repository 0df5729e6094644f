/**
 * The dashboard's charts, in their own chunk: VChart is imported only when the dashboard opens. Colours follow
 * the host's theme; every text comes in already translated.
 */
import { BarChart, LineChart } from '@visactor/react-vchart';
import type { TrendView } from './dashboardModel';

export interface ChartTexts {
  trend: string;
  byDepartment: string;
  before: string;
  after: string;
}

interface Props {
  trend: TrendView;
  theme: 'light' | 'dark';
  texts: ChartTexts;
}

const HEIGHT = 200;

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

export default function DashboardCharts({ trend, theme, texts }: Props) {
  const points = trend.points.map((p) => ({ month: p.month.slice(2), value: p.value ?? null }));
  return (
    <div className="baton-stack" data-testid="dashboard-charts" data-chart-theme={theme}>
      <div data-testid="dashboard-trend-chart">
        <LineChart
          key={`trend-${theme}`}
          height={HEIGHT}
          options={{ theme }}
          title={{ text: texts.trend, textStyle: { fontSize: 12 } }}
          data={[{ id: 'trend', values: points }]}
          xField="month"
          yField="value"
          point={{ style: { size: 5 } }}
          markLine={referenceLines(trend, texts)}
          axes={[{ orient: 'bottom', label: { autoHide: true } }, { orient: 'left' }]}
        />
      </div>
      {trend.bars.length > 0 && (
        <div data-testid="dashboard-bar-chart">
          <BarChart
            key={`bars-${theme}`}
            height={Math.max(HEIGHT / 2, trend.bars.length * 28 + 48)}
            options={{ theme }}
            title={{ text: texts.byDepartment, textStyle: { fontSize: 12 } }}
            data={[{ id: 'bars', values: trend.bars }]}
            direction="horizontal"
            xField="value"
            yField="department"
            axes={[
              { orient: 'left', type: 'band' },
              { orient: 'bottom', type: 'linear' },
            ]}
          />
        </div>
      )}
    </div>
  );
}
