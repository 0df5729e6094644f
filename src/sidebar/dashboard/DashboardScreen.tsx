import { Banner, Button, Input, Spin, Typography } from '@douyinfe/semi-ui';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Scope } from '../../core/dashboard/measure';
import type { MeasureId } from '../../core/dashboard/measures';
import { periodOf, type PeriodChoice } from '../../core/dashboard/period';
import { DAY } from '../../core/time';
import { figuresInSteps, loadDashboard, type DashboardLoad } from '../../services/dashboard';
import { InstantSelect } from '../kernel/InstantSelect';
import { useNow, useSession } from '../kernel/session';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import { useStepped } from '../shared/useStepped';
import {
  calendarDay,
  chartableMeasures,
  groupsView,
  scopeKey,
  scopeOptions,
  trendView,
} from './dashboardModel';
import { ChartBoundary } from './ChartBoundary';
import { contributionView } from './contributionModel';
import { DrillList } from './DrillList';
import { drillView } from './drillModel';
import { MeasureCards } from './MeasureCards';
import { useHostTheme } from './useHostTheme';

const DashboardCharts = lazy(() => import('./DashboardCharts'));

type LoadState =
  { phase: 'loading' } | { phase: 'failed'; error: unknown } | { phase: 'done'; load: DashboardLoad };

const PERIODS = ['thisMonth', 'lastMonth', 'quarter', 'custom'] as const;

// eslint-disable-next-line require-yield
function* nothing(): Generator<void, undefined> {
  return undefined;
}

interface Props {
  onOpenTask: (taskId: string) => void;
}

/** 看板: the seed's measures for the boss (company and departments) and heads (their department). */
export function DashboardScreen({ onOpenTask }: Props) {
  const { t, locale } = useI18n();
  const session = useSession();
  const now = useNow();
  const [state, setState] = useState<LoadState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The figures are as of opening the tab (or retrying): a refresh of the sidebar's data does not re-read
  // 任务日志, which can hold tens of thousands of rows.
  const opened = useRef(session);
  opened.current = session;
  const { store } = session;
  const userId = session.context.userId;
  useEffect(() => {
    let live = true;
    setState({ phase: 'loading' });
    loadDashboard(store, opened.current.data, userId, now()).then(
      (load) => live && setState({ phase: 'done', load }),
      (error: unknown) => live && setState({ phase: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [store, userId, now, attempt]);

  if (state.phase === 'loading') return <Spin tip={t('dashboard.loading')} wrapperClassName="baton-center" />;
  if (state.phase === 'failed')
    return (
      <Banner
        type="danger"
        description={t('dashboard.failed', { reason: errorMessage(state.error, t, locale) })}
      >
        <Button onClick={() => setAttempt((n) => n + 1)}>{t('dashboard.retry')}</Button>
      </Banner>
    );
  if (!state.load.ok)
    return <Banner type="warning" description={t(`dashboard.refusal.${state.load.code}`)} closeIcon={null} />;
  return <Figures load={state.load} onOpenTask={onOpenTask} />;
}

function Figures({
  load,
  onOpenTask,
}: {
  load: Extract<DashboardLoad, { ok: true }>;
  onOpenTask: Props['onOpenTask'];
}) {
  const { t } = useI18n();
  const theme = useHostTheme();
  const offset = load.facts.calendar.utcOffsetMinutes;
  const [choice, setChoice] = useState<PeriodChoice['kind']>('thisMonth');
  const [range, setRange] = useState({ from: '', to: '' });
  const [scope, setScope] = useState<Scope>(load.scopes[0]!);
  const [chartMeasure, setChartMeasure] = useState<MeasureId>('assignMedian');
  const [drill, setDrill] = useState<MeasureId>();
  // The SDK gives a sidebar extension no full-width area, and a page opened in a new window has no Base to
  // talk to: "wide" lays the dashboard out for a sidebar the user has dragged wider.
  const [wide, setWide] = useState(false);
  const period = useMemo(
    () =>
      periodOf(
        choice === 'custom'
          ? { kind: 'custom', from: calendarDay(range.from, offset), to: calendarDay(range.to, offset) + DAY }
          : { kind: choice },
        load.facts.now,
        offset,
      ),
    [choice, range.from, range.to, load.facts.now, offset],
  );
  // In steps, so opening the tab or choosing a period never freezes the sidebar on a large Base ([DB23]).
  const figures = useStepped(
    () => (typeof period === 'string' ? nothing() : figuresInSteps(load, scope, period)),
    [load, scope, period],
  );
  const ready = figures.value && figures.value !== 'notAllowed' ? figures.value : undefined;
  if (ready && drill)
    return (
      <DrillList
        view={drillView(ready, load.facts, drill, t)}
        onBack={() => setDrill(undefined)}
        onOpenTask={onOpenTask}
      />
    );
  const chartable = ready ? chartableMeasures(ready) : [];
  return (
    <div
      className="baton-stack"
      data-testid="dashboard-screen"
      data-layout={wide ? 'wide' : 'narrow'}
      aria-busy={figures.pending}
    >
      <Button
        size="small"
        theme="borderless"
        style={{ alignSelf: 'flex-end' }}
        onClick={() => setWide((w) => !w)}
        aria-pressed={wide}
        data-testid="dashboard-wide"
      >
        {t(wide ? 'dashboard.closeWide' : 'dashboard.openWide')}
      </Button>
      <div className="baton-row-title">
        <InstantSelect
          style={{ flex: 1 }}
          value={choice}
          optionList={PERIODS.map((p) => ({ value: p, label: t(`dashboard.period.${p}`) }))}
          onChange={(v) => setChoice(v as PeriodChoice['kind'])}
          aria-label={t('dashboard.period')}
          data-testid="dashboard-period"
        />
        <InstantSelect
          style={{ flex: 1 }}
          value={scopeKey(scope)}
          optionList={scopeOptions(load.scopes, load.facts.departments, t)}
          onChange={(v) => setScope(load.scopes.find((s) => scopeKey(s) === v) ?? load.scopes[0]!)}
          aria-label={t('dashboard.scope')}
          data-testid="dashboard-scope"
        />
      </div>
      {choice === 'custom' && (
        <div className="baton-row-title">
          <Input
            type="date"
            aria-label={t('dashboard.period.from')}
            value={range.from}
            onChange={(from) => setRange((r) => ({ ...r, from }))}
            data-testid="dashboard-from"
          />
          <Input
            type="date"
            aria-label={t('dashboard.period.to')}
            value={range.to}
            onChange={(to) => setRange((r) => ({ ...r, to }))}
            data-testid="dashboard-to"
          />
        </div>
      )}
      {typeof period === 'string' && (
        <Typography.Text type="danger">{t(`dashboard.refusal.${period}`)}</Typography.Text>
      )}
      {!ready && figures.pending && typeof period !== 'string' && <Spin tip={t('dashboard.computing')} />}
      {ready && (
        <>
          <InstantSelect
            value={chartMeasure}
            optionList={chartable.map((id) => ({ value: id, label: t(`dashboard.measure.${id}`) }))}
            onChange={(v) => setChartMeasure(v as MeasureId)}
            data-testid="dashboard-chart-measure"
          />
          <ChartBoundary fallback={t('dashboard.chartsFailed')}>
            <Suspense fallback={<Spin tip={t('dashboard.chartsLoading')} />}>
              <DashboardCharts
                trend={trendView(ready, chartMeasure, load.facts.departments, offset, t)}
                contribution={contributionView(ready, load.facts.departments, t)}
                theme={theme}
                wide={wide}
                texts={{
                  trend: t('dashboard.trend'),
                  byDepartment: t('dashboard.byDepartment'),
                  before: t('dashboard.before'),
                  after: t('dashboard.after'),
                  spread: t('dashboard.chart.spread'),
                  bySource: t('dashboard.chart.bySource'),
                }}
              />
            </Suspense>
          </ChartBoundary>
          <MeasureCards groups={groupsView(ready, t)} onDrill={setDrill} wide={wide} />
        </>
      )}
    </div>
  );
}
