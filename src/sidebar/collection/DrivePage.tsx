import { Button, Card, Input, Tag, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { Drive } from '../../core/collection/drive';
import type { CollectionData } from '../../services/collection/collectionData';
import { companyTime } from '../../services/collection/collectionNotices';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';
import { csvRows, drivePage, type PageRow } from './collectionModel';
import { STATE_COLOR } from './CollectionScreen';
import { ExtendControl } from './ExtendControl';
import { ZipButton } from './ZipButton';
import { PersonName } from '../kernel/PersonName';

interface Props {
  drive: Drive;
  data: CollectionData;
  onBack: () => void;
  onChanged: () => void;
}

/** Offers a file the browser saves; papaparse is loaded only when someone exports. */
async function downloadCsv(rows: Record<string, string | number>[], name: string) {
  const { unparse } = await import('papaparse');
  // The BOM makes Excel read the Chinese text as UTF-8.
  const blob = new Blob(['\uFEFF', unparse(rows)], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${name}.csv`;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The organizer's live page of one drive: counts, by department, by person, reminders, review, export. */
export function DrivePage({ drive, data, onBack, onChanged }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const runner = useCommands(commands);
  const page = drivePage(session.data, drive, data.submissions, t);
  const open = drive.status === 'open';
  const manage = async (action: 'remind' | 'close') => {
    const input = action === 'remind' ? { action, driveId: drive.id, data } : { action, driveId: drive.id };
    const outcome = await runner.run('manageDrive', input);
    if (outcome?.phase === 'done') onChanged();
  };
  return (
    <div className="baton-stack" data-testid="collection-page">
      <Button size="small" theme="borderless" onClick={onBack} data-testid="collection-back">
        {t('collection.back')}
      </Button>
      <Typography.Title heading={6}>{drive.title}</Typography.Title>
      <Typography.Text type="tertiary" size="small">
        {t('collection.deadline', { deadline: companyTime(drive.deadline) })}
      </Typography.Text>
      <Typography.Text strong data-testid="collection-counts">
        {t('collection.page.counts', { ...page.counts })}
      </Typography.Text>
      <Typography.Text type="tertiary" size="small" data-testid="collection-figures">
        {page.figures}
      </Typography.Text>
      <FeedbackBanner feedback={runner.lastFeedback()} testId="collection-page-outcome" />
      <div className="baton-row-title">
        {open && (
          <Button size="small" onClick={() => void manage('remind')} data-testid="collection-remind">
            {t('collection.page.remind')}
          </Button>
        )}
        <Button
          size="small"
          onClick={() => void downloadCsv(csvRows(page, t), drive.title)}
          data-testid="collection-csv"
        >
          {t('collection.page.exportCsv')}
        </Button>
        <ZipButton drive={drive} submissions={data.submissions} />
        {open && (
          <Button
            size="small"
            type="danger"
            onClick={() => void manage('close')}
            data-testid="collection-close"
          >
            {t('collection.page.close')}
          </Button>
        )}
      </div>
      {open && <ExtendControl drive={drive} data={data} onChanged={onChanged} />}
      <Card title={t('collection.page.byDepartment')} bodyStyle={{ padding: 12 }}>
        {page.departments.map((d) => (
          <div key={d.name} data-testid="collection-department">
            <Typography.Text size="small">
              {d.name}: {t('collection.page.counts', { ...d.counts })}
            </Typography.Text>
          </div>
        ))}
      </Card>
      <Card title={t('collection.page.people')} bodyStyle={{ padding: 12 }}>
        {page.rows.map((row) => (
          <PersonLine
            key={row.memberId}
            row={row}
            reviewing={drive.needsReview || row.state !== 'missing'}
            onChanged={onChanged}
          />
        ))}
      </Card>
    </div>
  );
}

function PersonLine({
  row,
  reviewing,
  onChanged,
}: {
  row: PageRow;
  reviewing: boolean;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const runner = useCommands(commands);
  const [reason, setReason] = useState('');
  const id = row.submissionId;
  const review = async (accept: boolean) => {
    if (!id) return;
    const decision = accept ? { accept: true as const } : { accept: false as const, reason };
    const outcome = await runner.run('review', { submissionId: id, decision });
    if (outcome?.phase === 'done') onChanged();
  };
  return (
    <div className="baton-row" data-testid="collection-person">
      <div className="baton-row-title">
        <Typography.Text strong>
          <PersonName memberId={row.memberId} />
        </Typography.Text>
        <Typography.Text type="tertiary" size="small">
          {row.department}
        </Typography.Text>
        <Tag color={STATE_COLOR[row.state]} size="small" data-testid="collection-person-state">
          {t(`collection.state.${row.state}`)}
        </Tag>
        {row.late && (
          <Tag color="red" size="small">
            {t('collection.late')}
          </Tag>
        )}
      </div>
      {row.files.length > 0 && (
        <Typography.Text type="tertiary" size="small">
          v{row.version} · {row.submittedAt} · {row.files.join(', ')}
        </Typography.Text>
      )}
      {row.problems && (
        <Typography.Text type="warning" size="small">
          {row.problems}
        </Typography.Text>
      )}
      {id && reviewing && row.state !== 'accepted' && (
        <div className="baton-row-title">
          <Input
            size="small"
            value={reason}
            onChange={setReason}
            placeholder={t('collection.page.reason')}
            data-testid="collection-reason"
          />
          <Button size="small" onClick={() => void review(false)} data-testid="collection-send-back">
            {t('collection.page.sendBack')}
          </Button>
          <Button
            size="small"
            theme="solid"
            onClick={() => void review(true)}
            data-testid="collection-accept"
          >
            {t('collection.page.accept')}
          </Button>
        </div>
      )}
      <FeedbackBanner
        feedback={id ? runner.feedback('review', id) : undefined}
        testId="collection-review-outcome"
      />
    </div>
  );
}
