import { Card, Tag, Typography } from '@douyinfe/semi-ui';
import { useEffect, useState } from 'react';
import type { Drive, Submission } from '../../core/collection/drive';
import { readCollections } from '../../services/collection/collectionData';
import { useNow, useSession } from '../kernel/session';
import { useI18n } from '../shared/i18nContext';
import { STATE_COLOR } from './CollectionScreen';
import { drivesWaitingForMe } from './myDrivesModel';

interface Props {
  /** Opens the drive's submit page in the 收集 tab. */
  onOpen: (driveId: string) => void;
}

/**
 * [CD22] Drives waiting for my files, on the 工作 tab. 收集 and 提交 are not read when the sidebar opens: they are
 * read here after the tab has painted, and the card shows nothing until then (or when nothing waits).
 */
export function MyDrivesCard({ onOpen }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const now = useNow();
  const [read, setRead] = useState<{ drives: Drive[]; submissions: Submission[] }>();
  const { store } = session;
  useEffect(() => {
    if (!store.resolution.schema.collections || !store.resolution.schema.submissions) return;
    let live = true;
    readCollections(store)
      .then((data) => live && setRead(data))
      .catch(() => undefined); // a courtesy on this tab: the 收集 tab says what went wrong
    return () => {
      live = false;
    };
  }, [store]);
  if (!read) return null;
  const items = drivesWaitingForMe(
    session.data,
    session.context.userId,
    read.drives,
    read.submissions,
    now(),
  );
  if (items.length === 0) return null;
  return (
    <Card title={t('collection.home.title')} bodyStyle={{ padding: 12 }} data-testid="mywork-drives">
      {items.map((item) => (
        <div key={item.drive.id} className="baton-row-title" data-testid="mywork-drive">
          <Typography.Text strong link onClick={() => onOpen(item.drive.id)}>
            {item.drive.title}
          </Typography.Text>
          <Tag color={STATE_COLOR[item.state]} size="small">
            {t(`collection.state.${item.state}`)}
          </Tag>
          <Typography.Text type="tertiary" size="small">
            {t('collection.home.due', { deadline: item.deadline })}
          </Typography.Text>
        </div>
      ))}
    </Card>
  );
}
