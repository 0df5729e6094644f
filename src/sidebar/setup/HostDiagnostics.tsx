/**
 * [RB6] 宿主诊断 on the Check page, for the boss: one button runs the host diagnostics, and the report is
 * shown as text with a button that copies it.
 */
import { Button, Card, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { formatReport } from '../../services/hostDiagnostics';
import { commands } from '../kernel/commands';
import { useNow } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';

export function HostDiagnostics() {
  const { t } = useI18n();
  const now = useNow();
  const runner = useCommands(commands);
  const [report, setReport] = useState<string>();
  const [copied, setCopied] = useState(false);
  const phase = runner.phase('diagnoseHost', 'hostDiagnostics');
  const feedback = runner.feedback('diagnoseHost', 'hostDiagnostics');

  async function run() {
    setCopied(false);
    const outcome = await runner.run('diagnoseHost', { now });
    if (outcome?.phase === 'done') setReport(formatReport(outcome.value));
  }

  async function copy() {
    if (!report) return;
    await navigator.clipboard?.writeText(report).catch(() => undefined);
    setCopied(true);
  }

  return (
    <Card title={t('diagnostics.title')} bodyStyle={{ padding: 12 }} data-testid="host-diagnostics">
      <Typography.Paragraph type="tertiary">{t('diagnostics.intro')}</Typography.Paragraph>
      <Button loading={phase === 'busy'} onClick={() => void run()} data-testid="diagnostics-run">
        {t('diagnostics.run')}
      </Button>
      {feedback && phase !== 'done' && (
        <Typography.Paragraph type="danger" data-testid="diagnostics-feedback">
          {feedback.text}
        </Typography.Paragraph>
      )}
      {report && (
        <>
          <pre
            style={{ whiteSpace: 'pre-wrap', fontSize: 12, userSelect: 'all' }}
            data-testid="diagnostics-report"
          >
            {report}
          </pre>
          <Button size="small" onClick={() => void copy()} data-testid="diagnostics-copy">
            {copied ? t('diagnostics.copied') : t('diagnostics.copy')}
          </Button>
        </>
      )}
    </Card>
  );
}
