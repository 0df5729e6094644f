/** [EV16] The boss's first steps after install, until all are done: what is left, each saying what to do. */
import { Card, Typography } from '@douyinfe/semi-ui';
import { useSession } from '../kernel/session';
import { useI18n } from '../shared/i18nContext';
import { checklistDone, checklistOf } from './checklistModel';

export function SetupChecklist() {
  const { t } = useI18n();
  const session = useSession();
  const isBoss = session.data.members.some(
    (m) => m.role === 'boss' && m.active && m.userIds.includes(session.context.userId),
  );
  const items = checklistOf(session.data);
  if (!isBoss || checklistDone(items)) return null;
  const left = items.filter((i) => !i.done).length;
  return (
    <Card
      title={t('checklist.title', { count: left })}
      bodyStyle={{ padding: 12 }}
      data-testid="setup-checklist"
    >
      {items.map((item) => (
        <Typography.Paragraph
          key={item.step}
          type={item.done ? 'tertiary' : undefined}
          data-testid="checklist-item"
        >
          {item.done ? '✓' : '○'} {t(`checklist.${item.step}`)}
        </Typography.Paragraph>
      ))}
    </Card>
  );
}
