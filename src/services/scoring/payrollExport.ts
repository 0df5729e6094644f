/**
 * [SC19]-[SC22] The payroll export: the boss only; refused with the list of members whose 工号 is missing or
 * shared unless they are left out; an open period only as a preview. The file libraries are loaded here, when
 * someone exports, never with the sidebar.
 */
import { bossRefusal } from '../../core/scoring/access';
import {
  buildPayroll,
  employeeNoProblems,
  type EmployeeNoProblem,
  type Payroll,
  type PayrollLabels,
} from '../../core/scoring/payroll';
import { periodSpan } from '../../core/scoring/periods';
import { EXPORT_COLUMNS, type ScoringSettings } from '../../core/scoring/settings';
import type { PermissionRefusal } from '../../core/permissions';
import { translator, type Locale } from '../../i18n/translate';
import type { BatonStore, CoreData } from '../../store/batonStore';
import type { Result } from './scoringActions';
import { readLedgerWhere, scoringState } from './scoringState';

export type ExportRefusal = PermissionRefusal | 'badPeriod' | 'employeeNo';

export interface PreparedPayroll {
  period: string;
  payroll: Payroll;
  locale: Locale;
}

function labelsOf(locale: Locale, period: string, settings: ScoringSettings): PayrollLabels {
  const t = translator(locale);
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = settings.utcOffsetMinutes * 60_000;
  return {
    headers: Object.fromEntries(
      EXPORT_COLUMNS.map((c) => [c, t(`scoring.export.col.${c}`)]),
    ) as PayrollLabels['headers'],
    detailHeaders: [
      t('scoring.export.col.employeeNo'),
      t('scoring.export.col.name'),
      t('scoring.export.col.period'),
      ...(['rule', 'source', 'points', 'summary', 'reason', 'corrects', 'at', 'key'] as const).map((k) =>
        t(`scoring.export.detail.${k}`),
      ),
    ],
    rule: (rule) => (rule ? t(`scoring.rule.${rule}`) : ''),
    source: (source) => (source ? t(`scoring.source.${source}`) : ''),
    total: t('scoring.export.total'),
    preview: t('scoring.export.previewMark', { period }),
    // The company's local time, so the file reads the same wherever it is exported.
    time: (at) => {
      if (at === undefined) return '';
      const d = new Date(at + offset);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
    },
  };
}

/** Checks and builds the period's payroll; `problems` lists who blocks it when refused for 工号. */
export async function preparePayroll(
  store: BatonStore,
  data: CoreData,
  viewerUserId: string,
  period: string,
  now: number,
  options: { excluded?: ReadonlySet<string>; locale: Locale },
): Promise<Result<PreparedPayroll, ExportRefusal> & { problems?: EmployeeNoProblem[] }> {
  const refusal = bossRefusal(data, viewerUserId);
  if (refusal) return { ok: false, code: refusal };
  const state = await scoringState(store, now);
  if (!periodSpan(period, state.settings.utcOffsetMinutes)) return { ok: false, code: 'badPeriod' };
  const excluded = options.excluded ?? new Set<string>();
  const problems = employeeNoProblems(data, excluded);
  if (problems.length > 0) return { ok: false, code: 'employeeNo', problems };
  const ledger = await readLedgerWhere(store, 'period', period);
  const preview = !state.closed.includes(period);
  const labels = labelsOf(options.locale, period, state.settings);
  const payroll = buildPayroll(data, ledger, period, state.settings, { excluded, preview, labels });
  return { ok: true, value: { period, payroll, locale: options.locale } };
}
