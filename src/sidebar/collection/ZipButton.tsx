import { Button, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import { archiveEntries, archiveName } from '../../core/collection/archive';
import type { Drive, Submission } from '../../core/collection/drive';
import { storedFilesOf, submissionFileUrl } from '../../services/collection/archiveFiles';
import { useSession } from '../kernel/session';
import { saveFile } from '../shared/saveFile';
import { useI18n } from '../shared/i18nContext';
import { buildDriveZip } from './driveZip';

interface Props {
  drive: Drive;
  submissions: readonly Submission[];
  /** The browser's fetch unless a test gives another. */
  fetchFile?: (url: string) => Promise<Response>;
}

/** [CD14] Downloads the drive's accepted files as one ZIP, fetching them one at a time with progress. */
export function ZipButton({ drive, submissions, fetchFile = (url) => fetch(url) }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const [progress, setProgress] = useState<string>();
  const [outcome, setOutcome] = useState<{ text: string; warn: boolean }>();
  const run = async () => {
    setOutcome(undefined);
    const entries = archiveEntries(session.data, drive, submissions, storedFilesOf);
    if (!entries.length) return setOutcome({ text: t('collection.zip.none'), warn: true });
    const sources = {
      urlOf: (submissionId: string, token: string) => submissionFileUrl(session.store, submissionId, token),
      fetch: fetchFile,
    };
    try {
      const zip = await buildDriveZip(entries, sources, t, (done, total) =>
        setProgress(t('collection.zip.progress', { done, total })),
      );
      saveFile(archiveName(drive), zip.blob);
      const list = zip.missing.map((m) => `${m.person}（${m.fileName}）`).join('、');
      const missing = zip.missing.length
        ? t('collection.zip.missing', { count: zip.missing.length, list })
        : '';
      setOutcome({
        text: [t('collection.zip.done', { count: zip.packed }), missing].join(' '),
        warn: !!missing,
      });
    } catch (error) {
      setOutcome({ text: t('collection.zip.failed', { reason: String(error) }), warn: true });
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <>
      <Button size="small" loading={!!progress} onClick={() => void run()} data-testid="collection-zip">
        {t('collection.zip.download')}
      </Button>
      {progress && (
        <Typography.Text type="tertiary" size="small" data-testid="collection-zip-progress">
          {progress}
        </Typography.Text>
      )}
      {outcome && (
        <Typography.Text
          type={outcome.warn ? 'warning' : 'success'}
          size="small"
          data-testid="collection-zip-outcome"
        >
          {outcome.text}
        </Typography.Text>
      )}
    </>
  );
}
