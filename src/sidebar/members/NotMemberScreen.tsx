import { Banner, Button, Input, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { commands } from '../kernel/commands';
import { useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';

/** Someone not (or no longer) in the Members table; the first of all may register as the boss. */
export function NotMemberScreen() {
  const { t } = useI18n();
  const session = useSession();
  const viewer = session.viewer;
  const userId = session.context.userId;
  const [copied, setCopied] = useState(false);
  const inactive = viewer.kind === 'notMember' && viewer.reason === 'inactive';

  async function copy() {
    await navigator.clipboard?.writeText(userId).catch(() => undefined);
    setCopied(true);
  }

  // [EV16] Right after install the installer is offered to register as the boss first, not told they are not a member.
  const firstRun = session.firstBossNeeded && session.canEdit && !inactive;
  if (firstRun)
    return (
      <div className="baton-stack" data-testid="not-member">
        <Typography.Title heading={5}>{t('onboarding.welcome')}</Typography.Title>
        <Typography.Paragraph>{t('onboarding.welcome.body')}</Typography.Paragraph>
        <FirstBossForm />
        <Typography.Text type="tertiary">{t('onboarding.notYou')}</Typography.Text>
        <Typography.Text code data-testid="user-id">
          {t('notMember.userId', { userId })}
        </Typography.Text>
      </div>
    );
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
    </div>
  );
}

/** Registering re-reads the Base, which then shows this person as the boss. */
function FirstBossForm() {
  const { t } = useI18n();
  const runner = useCommands(commands);
  const [name, setName] = useState('');
  const phase = runner.phase('registerBoss', 'firstBoss');
  const problem =
    phase === 'refused' || phase === 'failed' ? runner.feedback('registerBoss', 'firstBoss') : undefined;

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
      {problem && <Typography.Text type="danger">{problem.text}</Typography.Text>}
      <Button
        theme="solid"
        loading={phase === 'busy'}
        onClick={() => void runner.run('registerBoss', { name })}
        data-testid="register-boss"
      >
        {t('notMember.firstBoss.submit')}
      </Button>
    </div>
  );
}
