import { Banner, Button, Card, Checkbox, Typography } from '@douyinfe/semi-ui';
import { useEffect, useState } from 'react';
import type { EmployeeNoProblem } from '../../core/scoring/payroll';
import { preparePayroll, type PreparedPayroll } from '../../services/scoring/payrollExport';
import type { ScoringState } from '../../services/scoring/scoringState';
import { InstantSelect } from '../kernel/InstantSelect';
import { useNow, useSession } from '../kernel/session';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import { saveFile } from '../shared/saveFile';
import { exportPeriods } from './exportModel';
import { payrollFiles } from './payrollFiles';

interface Props {
  state: ScoringState;
  onClose: () => void;
}

type Prepared =
  { ok: true; value: PreparedPayroll } | { ok: false; text: string; problems?: EmployeeNoProblem[] };

/** Export a period to payroll: refused with the list of 工号 problems until fixed or left out; CSV or Excel. */
export function ExportDialog({ state, onClose }: Props) {
  const { t, locale } = useI18n();
  const session = useSession();
  const now = useNow();
  const periods = exportPeriods(state);
  // Until the boss picks one, the newest period is offered, also when a close just made a newer one.
  const [picked, setPeriod] = useState<string>();
  const period = picked ?? periods[0]?.period ?? state.current;
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [prepared, setPrepared] = useState<Prepared>();
  const [done, setDone] = useState<string>();
  useEffect(() => {
    let live = true;
    const { store, data, context } = session;
    preparePayroll(store, data, context.userId, period, now(), { excluded, locale }).then(
      (r) =>
        live &&
        setPrepared(
          r.ok ? r : { ok: false, text: t(`scoring.export.refusal.${r.code}`), problems: r.problems },
        ),
      (error: unknown) => live && setPrepared({ ok: false, text: errorMessage(error, t, locale) }),
    );
    return () => {
      live = false;
    };
  }, [session, now, period, excluded, locale, t]);
  const save = async (format: 'csv' | 'xlsx') => {
    if (!prepared?.ok) return;
    const files = await payrollFiles(prepared.value, format);
    files.forEach((file) => saveFile(file.name, file.blob));
    setDone(t('scoring.export.done', { files: files.map((f) => f.name).join('、') }));
  };
  const toggle = (id: string, on: boolean) =>
    setExcluded(new Set(on ? [...excluded, id] : [...excluded].filter((x) => x !== id)));
  return (
    <Card title={t('scoring.export.title')} bodyStyle={{ padding: 12 }} data-testid="export-dialog">
      <div className="baton-stack">
        <InstantSelect
          value={period}
          onChange={(v) => setPeriod(v as string)}
          optionList={periods.map((p) => ({
            value: p.period,
            label: `${p.period} · ${p.closed ? t('scoring.closed') : t('scoring.open')}`,
          }))}
          data-testid="export-period"
        />
        {!state.closed.includes(period) && (
          <Banner type="info" description={t('scoring.export.previewNote')} closeIcon={null} />
        )}
        {prepared && !prepared.ok && <Refusal prepared={prepared} excluded={excluded} onToggle={toggle} />}
        {prepared?.ok && (
          <Typography.Text data-testid="export-totals">
            {t('scoring.export.totals', prepared.value.payroll.totals)}
          </Typography.Text>
        )}
        {done && <Banner type="success" description={done} closeIcon={null} data-testid="export-done" />}
        <div className="baton-row-title">
          <Button disabled={!prepared?.ok} onClick={() => void save('csv')} data-testid="export-csv">
            {t('scoring.export.csv')}
          </Button>
          <Button disabled={!prepared?.ok} onClick={() => void save('xlsx')} data-testid="export-xlsx">
            {t('scoring.export.xlsx')}
          </Button>
          <Button theme="borderless" onClick={onClose} data-testid="export-close">
            {t('scoring.export.close')}
          </Button>
        </div>
      </div>
    </Card>
  );
}

interface RefusalProps {
  prepared: Extract<Prepared, { ok: false }>;
  excluded: ReadonlySet<string>;
  onToggle: (memberId: string, on: boolean) => void;
}

function Refusal({ prepared, excluded, onToggle }: RefusalProps) {
  const { t } = useI18n();
  const problems = prepared.problems ?? [];
  return (
    <div className="baton-stack" data-testid="export-refused">
      <Banner
        type="warning"
        description={problems.length ? t('scoring.export.blocked') : prepared.text}
        closeIcon={null}
      />
      {problems.map((p) => (
        <div className="baton-row-title" key={p.memberId} data-testid="export-problem">
          <span>{t(`scoring.export.${p.problem}`, { name: p.name, employeeNo: p.employeeNo })}</span>
          <Checkbox
            checked={excluded.has(p.memberId)}
            onChange={(e) => onToggle(p.memberId, e.target.checked === true)}
            data-testid="export-exclude"
          >
            {t('scoring.export.exclude')}
          </Checkbox>
        </div>
      ))}
    </div>
  );
}
