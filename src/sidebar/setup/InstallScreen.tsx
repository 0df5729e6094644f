import { Banner, Button, List, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { BitableHost } from '../../port/bitableBase';
import type { SchemaProblem } from '../../schema/resolveSchema';
import type { ViewByHand } from '../../schema/viewSettings';
import { install, type InstallResult } from '../../services/installer';
import type { Locale } from '../../i18n/translate';
import { errorMessage } from '../shared/errorMessage';
import { inBaseNames } from '../shared/schemaNames';
import { useI18n } from '../shared/i18nContext';
import { viewName } from '../shared/schemaNames';
import { conflictText, installIntro, manualSteps } from './healthModel';
import { useBaseLocale } from './useBaseLocale';

interface Props {
  host: BitableHost;
  onInstalled: () => void;
  /** What opening the Base found: the screen says which tables are missing when some are there. */
  problems?: SchemaProblem[];
}

export function InstallScreen({ host, onInstalled, problems = [] }: Props) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<InstallResult>();
  const [failure, setFailure] = useState<string>();
  const baseLocale = useBaseLocale(host, result?.status === 'installed');

  async function run() {
    setBusy(true);
    setFailure(undefined);
    try {
      setResult(await install(host, locale === 'zh-CN' ? 'zh' : 'en'));
    } catch (error) {
      setFailure(errorMessage(error, t, locale));
    } finally {
      setBusy(false);
    }
  }

  if (result?.status === 'installed')
    return (
      <div className="baton-stack" data-testid="install-screen">
        <Banner
          type="success"
          description={t('install.done', { count: result.added })}
          data-testid="install-done"
        />
        {result.refusedViews.length > 0 && (
          <Banner
            type="warning"
            description={t('install.viewsByHand', {
              views: result.refusedViews.map((v) => viewName(v.table, v.view, locale)).join('、'),
            })}
            data-testid="install-views-by-hand"
          />
        )}
        <ManualSteps baseLocale={baseLocale} byHand={result.viewsByHand} />
        <Button theme="solid" type="primary" onClick={onInstalled} data-testid="install-continue">
          {t('install.continue')}
        </Button>
      </div>
    );

  return (
    <div className="baton-stack" data-testid="install-screen">
      <Typography.Title heading={5}>{t('install.title')}</Typography.Title>
      {installIntro(problems, t, locale).map((text, i) => (
        <Typography.Paragraph key={i} data-testid="install-intro">
          {text}
        </Typography.Paragraph>
      ))}
      {result?.status === 'conflict' && (
        <Banner
          type="danger"
          title={t('install.conflict.title')}
          description={t('install.conflict.body')}
          data-testid="install-conflict"
        >
          <ul>
            {result.conflicts.map((c) => (
              <li key={`${c.table}-${c.field}`}>{conflictText(c, t, locale)}</li>
            ))}
          </ul>
        </Banner>
      )}
      {failure && <Banner type="danger" description={failure} data-testid="install-failed" />}
      <Button
        theme="solid"
        type="primary"
        loading={busy}
        onClick={() => void run()}
        data-testid="install-button"
      >
        {busy ? t('install.installing') : t('install.button')}
      </Button>
    </div>
  );
}

/** The view settings the SDK cannot make, for the user to finish by hand, naming what the Base calls them. */
export function ManualSteps({ baseLocale, byHand }: { baseLocale?: Locale; byHand: ViewByHand[] }) {
  const { t, locale } = useI18n();
  return (
    <List
      size="small"
      header={<Typography.Text strong>{t('install.manual.title')}</Typography.Text>}
      dataSource={manualSteps(t, byHand).map((step) => inBaseNames(step, locale, baseLocale ?? locale))}
      renderItem={(step) => <List.Item>{step}</List.Item>}
      data-testid="manual-steps"
    />
  );
}
