import { Banner, Button, Input, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { registerFirstBoss } from '../../services/firstBoss';
import type { ReadySession } from '../kernel/session';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';

interface Props {
  session: ReadySession;
  onRegistered: () => void;
}

export function NotMemberScreen({ session, onRegistered }: Props) {
  const { t, locale } = useI18n();
  const viewer = session.viewer;
  const userId = session.context.userId;
  const [copied, setCopied] = useState(false);
  const inactive = viewer.kind === 'notMember' && viewer.reason === 'inactive';

  async function copy() {
    await navigator.clipboard?.writeText(userId).catch(() => undefined);
    setCopied(true);
  }

  return (
    <div className="baton-stack" data-testid="not-member">
      <Typography.Title heading={5}>{t('notMember.title')}</Typography.Title>
      {inactive && <Banner type="warning" description={t('notMember.inactive')} />}
      <Typography.Paragraph>{t('notMember.body')}</Typography.Paragraph>
      <div className="baton-row-title">
        <Typography.Text code data-testid="user-id">
          {t('notMember.userId', { userId })}
        </Typography.Text>
        <Button size="small" onClick={() => void copy()}>
          {copied ? t('notMember.copied') : t('notMember.copy')}
        </Button>
      </div>
      {session.firstBossNeeded && session.canEdit && !inactive && (
        <FirstBossForm
          session={session}
          onRegistered={onRegistered}
          errorText={(e) => errorMessage(e, t, locale)}
        />
      )}
    </div>
  );
}

function FirstBossForm({
  session,
  onRegistered,
  errorText,
}: Props & { errorText: (error: unknown) => string }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    try {
      const result = await registerFirstBoss(session.store, session.context.userId, name);
      if (result.ok) return onRegistered();
      setProblem(
        result.code === 'nameRequired' ? t('notMember.firstBoss.nameRequired') : t('notMember.body'),
      );
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="baton-stack baton-card" data-testid="first-boss">
      <Typography.Text strong>{t('notMember.firstBoss.title')}</Typography.Text>
      <Typography.Text type="tertiary">{t('notMember.firstBoss.body')}</Typography.Text>
      <Input
        value={name}
        placeholder={t('notMember.firstBoss.name')}
        onChange={setName}
        data-testid="boss-name"
      />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
      <Button theme="solid" loading={busy} onClick={() => void submit()} data-testid="register-boss">
        {t('notMember.firstBoss.submit')}
      </Button>
    </div>
  );
}
