import { Button, Card, Empty, Tag, Typography } from '@douyinfe/semi-ui';
import { useMemo } from 'react';
import { commands } from '../kernel/commands';
import type { Feedback } from '../kernel/commandState';
import { useNow, useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useSentNudges } from '../kernel/useSentNudges';
import { startOfDay } from '../shared/dayInput';
import { useI18n } from '../shared/i18nContext';
import { RowList } from '../shared/RowList';
import { myWorkView, type WorkItem } from './myWorkModel';
import { WithNames } from '../kernel/PersonName';

interface Props {
  onOpenTask: (taskId: string) => void;
}

/** 我的工作: what is ready for me, in progress, waiting on someone else (and on whom), and mine to accept. */
export function MyWorkScreen({ onOpenTask }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const now = useNow();
  const { data } = session;
  const time = now();
  const todayStart = startOfDay(time);
  const view = useMemo(
    () =>
      myWorkView(
        { ...data, userId: session.context.userId, canEdit: session.canEdit, now: time, todayStart },
        t,
      ),
    // The view changes with the data and the day, not with every tick of the clock.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `time` is read, but only its day matters
    [data, session.context.userId, session.canEdit, todayStart, t],
  );
  const nudges = useSentNudges(view.nudgeKeys);
  const runner = useCommands(commands);

  async function nudge(item: WorkItem) {
    if (!item.nudge) return;
    const outcome = await runner.run('nudge', { taskId: item.id, offer: item.nudge });
    if (outcome?.phase === 'done') nudges.markSent(item.nudge.eventKey);
  }

  // Four empty cards say less than one line: nothing is waiting for this person.
  if (view.groups.every((group) => group.items.length === 0))
    return (
      <div className="baton-stack" data-testid="mywork-screen">
        <Empty description={t('mywork.allEmpty')} data-testid="mywork-all-empty" />
      </div>
    );

  return (
    <div className="baton-stack" data-testid="mywork-screen">
      <Typography.Text type="tertiary">{t('mywork.intro')}</Typography.Text>
      {view.groups.map((group) => (
        <Card
          key={group.key}
          title={`${t(`mywork.group.${group.key}`)} · ${group.items.length}`}
          bodyStyle={{ padding: 12 }}
          data-testid={`mywork-group-${group.key}`}
        >
          {group.items.length === 0 ? (
            <Empty description={t('mywork.group.empty')} />
          ) : (
            <RowList
              items={group.items}
              keyOf={(item) => item.id}
              estimate={90}
              render={(item) => (
                <Item
                  item={item}
                  sent={item.nudge !== undefined && nudges.sent.has(item.nudge.eventKey)}
                  busy={item.nudge !== undefined && runner.phase('nudge', item.nudge.eventKey) === 'busy'}
                  feedback={item.nudge && runner.feedback('nudge', item.nudge.eventKey)}
                  onNudge={() => void nudge(item)}
                  onOpen={() => onOpenTask(item.id)}
                />
              )}
            />
          )}
        </Card>
      ))}
    </div>
  );
}

interface ItemProps {
  item: WorkItem;
  sent: boolean;
  busy: boolean;
  feedback?: Feedback;
  onNudge: () => void;
  onOpen: () => void;
}

function Item({ item, sent, busy, feedback, onNudge, onOpen }: ItemProps) {
  const { t } = useI18n();
  return (
    <div className="baton-row" data-testid="mywork-item" data-title={item.title}>
      <div className="baton-row-title">
        <Typography.Text strong link onClick={onOpen}>
          {item.title}
        </Typography.Text>
        <Tag size="small" color={item.overdue ? 'red' : 'blue'}>
          {item.overdue ? t('mywork.overdue') : item.status}
        </Tag>
      </div>
      <Typography.Text type={item.overdue ? 'danger' : 'tertiary'} size="small">
        {item.parentTitle ? `${t('mywork.parent', { parent: item.parentTitle })} · ` : ''}
        {item.due}
      </Typography.Text>
      {item.waitingOnWithNames && (
        <Typography.Text size="small">
          <WithNames {...item.waitingOnWithNames} />
        </Typography.Text>
      )}
      {item.submittedByWithNames && (
        <Typography.Text size="small">
          <WithNames {...item.submittedByWithNames} />
        </Typography.Text>
      )}
      {item.nudge && (
        <div>
          <Button size="small" disabled={sent} loading={busy} onClick={onNudge} data-testid="mywork-nudge">
            {sent ? t('process.nudged') : t('process.nudge')}
          </Button>
        </div>
      )}
      {feedback && (
        <Typography.Text type={feedback.type} size="small" data-testid="mywork-feedback">
          {feedback.text}
        </Typography.Text>
      )}
    </div>
  );
}
