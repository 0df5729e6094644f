import { Banner, Button, Spin, Tag, Typography } from '@douyinfe/semi-ui';
import { useCallback, useEffect, useState } from 'react';
import type { BitableHost } from '../../port/bitableBase';
import type { SchemaProblem } from '../../schema/resolveSchema';
import type { ViewByHand } from '../../schema/viewSettings';
import { install, type InstallResult } from '../../services/installer';
import { applyViewSettings } from '../../services/installViews';
import type { Locale, Translate } from '../../i18n/translate';
import { viewName } from '../shared/schemaNames';
import { beforeRepair, checkBase, confirmRelinked, type Halt } from '../../services/backgroundGuard';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import { haltText, problemRows, type ProblemRow } from './healthModel';
import { ManualSteps } from './InstallScreen';
import { useBaseLocale } from './useBaseLocale';

interface Props {
  host: BitableHost;
  readOnly: boolean;
  onChanged: () => void;
}

export function HealthScreen({ host, readOnly, onChanged }: Props) {
  const { t, locale } = useI18n();
  const [rows, setRows] = useState<ProblemRow[]>();
  const [halt, setHalt] = useState<Halt>();
  const [byHand, setByHand] = useState<ViewByHand[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const baseLocale = useBaseLocale(host);

  const check = useCallback(async () => {
    setRows(undefined);
    try {
      const found = await checkBase(host);
      setHalt(found.halt);
      setByHand(found.viewsByHand);
      setRows(problemRows(found.problems, t, locale));
    } catch (error) {
      setMessage({ type: 'danger', text: errorMessage(error, t, locale) });
      setRows([]);
    }
  }, [host, t, locale]);

  useEffect(() => void check(), [check]);

  async function fix(problem?: SchemaProblem) {
    setBusy(true);
    try {
      // A recreated input is empty: background work stays stopped until someone confirms it is filled in.
      await beforeRepair(host, problem);
      const result = await install(host, locale === 'zh-CN' ? 'zh' : 'en', problem);
      setMessage(fixOutcome(result, t, locale));
      onChanged();
      await check();
    } catch (error) {
      setMessage({ type: 'danger', text: errorMessage(error, t, locale) });
    } finally {
      setBusy(false);
    }
  }

  /** [RB8] Sets the views' declared settings the host did not take at install, or a Base installed before. */
  async function applySettings() {
    setBusy(true);
    try {
      const left = await applyViewSettings(host);
      const applied = left.length < byHand.length;
      setMessage(
        applied
          ? { type: 'success', text: t('health.viewSettingsApplied') }
          : { type: 'warning', text: t('health.viewSettingsRefused') },
      );
      setByHand(left);
    } catch (error) {
      setMessage({ type: 'danger', text: errorMessage(error, t, locale) });
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    setBusy(true);
    try {
      if (await confirmRelinked(host)) {
        setMessage({ type: 'success', text: t('health.resumed') });
        onChanged();
      }
      await check();
    } catch (error) {
      setMessage({ type: 'danger', text: errorMessage(error, t, locale) });
    } finally {
      setBusy(false);
    }
  }

  const fixable = rows?.filter((r) => r.fixable) ?? [];
  return (
    <div className="baton-stack" data-testid="health-screen">
      <div className="baton-row-title">
        <Typography.Title heading={5}>{t('health.title')}</Typography.Title>
        <Button size="small" onClick={() => void check()} disabled={busy}>
          {t('health.recheck')}
        </Button>
      </div>
      {message && <Banner type={message.type} description={message.text} data-testid="health-message" />}
      {halt && <Banner type="warning" description={haltText(halt, t, locale)} data-testid="health-halted" />}
      {halt?.reason === 'relinkPending' && !readOnly && (
        <Button loading={busy} onClick={() => void confirm()} data-testid="confirm-relinked">
          {t('health.confirmRelinked')}
        </Button>
      )}
      {!rows && <Spin />}
      {rows?.length === 0 && !halt && (
        <Banner type="success" description={t('health.ok')} data-testid="health-ok" />
      )}
      {rows?.map((row) => (
        <div className="baton-row" key={row.id} data-testid="problem">
          <Typography.Text type={row.info ? 'tertiary' : undefined}>{row.text}</Typography.Text>
          {row.fixable && !readOnly && (
            <Button size="small" loading={busy} onClick={() => void fix(row.problem)} data-testid="fix">
              {t('health.fix')}
            </Button>
          )}
          {!row.fixable && !row.info && <Tag size="small">{t('health.noFix')}</Tag>}
        </div>
      ))}
      {fixable.length > 1 && !readOnly && (
        <Button theme="solid" loading={busy} onClick={() => void fix()} data-testid="fix-all">
          {t('health.fixAll')}
        </Button>
      )}
      <ManualSteps baseLocale={baseLocale} byHand={byHand} />
      {byHand.length > 0 && !readOnly && (
        <Button loading={busy} onClick={() => void applySettings()} data-testid="apply-view-settings">
          {t('health.applyViewSettings')}
        </Button>
      )}
    </div>
  );
}

type Message = { type: 'success' | 'warning' | 'danger'; text: string };

/** [RB5] A view the host refuses to add is not fixed by pressing again: the person is told to add it by hand. */
function fixOutcome(result: InstallResult, t: Translate, locale: Locale): Message {
  if (result.status !== 'installed') return { type: 'danger', text: t('install.conflict.title') };
  if (result.refusedViews.length === 0) return { type: 'success', text: t('health.fixed') };
  const views = result.refusedViews.map((v) => viewName(v.table, v.view, locale)).join('、');
  return { type: 'warning', text: t('install.viewsByHand', { views }) };
}
