import { Button, Card, Empty, Tag, Typography } from '@douyinfe/semi-ui';
import { useEffect, useState } from 'react';
import { publishRefusal } from '../../core/collection/audience';
import type { PersonState } from '../../core/collection/progress';
import { readCollections, type CollectionData } from '../../services/collection/collectionData';
import { useNow, useSession } from '../kernel/session';
import { useI18n } from '../shared/i18nContext';
import { managedDrives, myDrives } from './collectionModel';
import { DriveEditor } from './DriveEditor';
import { DrivePage } from './DrivePage';
import { takeRequestedDrive } from './driveRequest';
import { SubmitPanel } from './SubmitPanel';
import { useLiveCollections } from './useLiveCollections';

type View =
  | { kind: 'list' }
  | { kind: 'new' }
  | { kind: 'submit'; driveId: string }
  | { kind: 'page'; driveId: string };

export const STATE_COLOR: Record<PersonState, 'grey' | 'orange' | 'green' | 'blue' | 'red'> = {
  missing: 'grey',
  problems: 'orange',
  compliant: 'green',
  accepted: 'blue',
  sentBack: 'red',
};

/** 收集: drives waiting for my files, drives I manage, a new drive. Reads 收集 and 提交 when it opens. */
export function CollectionScreen() {
  const { t } = useI18n();
  const session = useSession();
  const now = useNow();
  const [data, setData] = useState<CollectionData>();
  const [view, setView] = useState<View>(() => {
    const driveId = takeRequestedDrive();
    return driveId ? { kind: 'submit', driveId } : { kind: 'list' };
  });
  const [reads, setReads] = useState(0);
  useEffect(() => {
    let live = true;
    void readCollections(session.store).then((read) => live && setData(read));
    return () => {
      live = false;
    };
  }, [session.store, session.data, reads]);
  useLiveCollections(session.store, view.kind === 'page', setData);
  const reread = () => setReads((n) => n + 1);
  const back = () => setView({ kind: 'list' });
  const userId = session.context.userId;
  if (!data) return <Typography.Text type="tertiary">…</Typography.Text>;
  const drive = 'driveId' in view ? data.drives.find((d) => d.id === view.driveId) : undefined;
  if (view.kind === 'new') return <DriveEditor onDone={back} onPublished={reread} />;
  if (view.kind === 'submit' && drive)
    return <SubmitPanel drive={drive} data={data} onBack={back} onSubmitted={reread} />;
  if (view.kind === 'page' && drive)
    return <DrivePage drive={drive} data={data} onBack={back} onChanged={reread} />;
  const mine = myDrives(session.data, userId, data.drives, data.submissions, now());
  const managed = managedDrives(session.data, userId, data.drives);
  const mayPublish = session.canEdit && publishRefusal(session.data, userId) === undefined;
  return (
    <div className="baton-stack" data-testid="collection-screen">
      <Typography.Text type="tertiary">{t('collection.intro')}</Typography.Text>
      <Card title={t('collection.mine')} bodyStyle={{ padding: 12 }} data-testid="collection-mine">
        {mine.length === 0 ? (
          <Empty description={t('collection.mineEmpty')} />
        ) : (
          mine.map((item) => (
            <div key={item.drive.id} className="baton-row" data-testid="collection-my-drive">
              <div className="baton-row-title">
                <Typography.Text strong>{item.drive.title}</Typography.Text>
                <Tag color={STATE_COLOR[item.state]} size="small">
                  {t(`collection.state.${item.state}`)}
                </Tag>
                {item.late && (
                  <Tag color="red" size="small">
                    {t('collection.late')}
                  </Tag>
                )}
              </div>
              <Typography.Text type="tertiary" size="small">
                {t('collection.deadline', { deadline: item.deadline })}
              </Typography.Text>
              <Button
                size="small"
                onClick={() => setView({ kind: 'submit', driveId: item.drive.id })}
                data-testid="collection-submit-open"
              >
                {t('collection.submit.send')}
              </Button>
            </div>
          ))
        )}
      </Card>
      {(managed.length > 0 || mayPublish) && (
        <Card
          title={t('collection.organized')}
          bodyStyle={{ padding: 12 }}
          data-testid="collection-managed"
          headerExtraContent={
            mayPublish && (
              <Button
                size="small"
                theme="solid"
                onClick={() => setView({ kind: 'new' })}
                data-testid="collection-new"
              >
                {t('collection.new')}
              </Button>
            )
          }
        >
          {managed.length === 0 && <Empty description={t('collection.organizedEmpty')} />}
          {managed.map((d) => (
            <div key={d.id} className="baton-row" data-testid="collection-managed-drive">
              <div className="baton-row-title">
                <Typography.Text strong>{d.title}</Typography.Text>
                <Tag size="small">{t(`collection.status.${d.status ?? 'draft'}`)}</Tag>
              </div>
              <Button
                size="small"
                theme="borderless"
                onClick={() => setView({ kind: 'page', driveId: d.id })}
                data-testid="collection-page-open"
              >
                {t('collection.open')}
              </Button>
            </div>
          ))}
        </Card>
      )}
    </div>
  );
}
