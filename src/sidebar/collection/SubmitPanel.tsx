import { Banner, Button, Checkbox, Input, Tag, Typography } from '@douyinfe/semi-ui';
import { useState } from 'react';
import type { FileProblem } from '../../core/collection/compliance';
import type { Drive } from '../../core/collection/drive';
import { stateOf } from '../../core/collection/progress';
import { memberOfUser } from '../../core/org';
import type { CollectionData } from '../../services/collection/collectionData';
import { companyTime, problemText } from '../../services/collection/collectionNotices';
import type { Detect } from '../../services/collection/fileFacts';
import { precheck } from '../../services/collection/submit';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';

/** The detector is loaded only when someone picks files. */
const detect: Detect = async (bytes) => (await import('file-type/core')).fileTypeFromBuffer(bytes);

interface Props {
  drive: Drive;
  data: CollectionData;
  onBack: () => void;
  onSubmitted: () => void;
}

type Check = { problems: FileProblem[]; renamed: string[] };

/** Submitting: pick files, see the check at once, submit (one upload at a time), see the versions kept. */
export function SubmitPanel({ drive, data, onBack, onSubmitted }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const runner = useCommands(commands);
  const [files, setFiles] = useState<File[]>([]);
  const [title, setTitle] = useState('');
  const [rename, setRename] = useState(false);
  const [check, setCheck] = useState<Check>();
  const [uploading, setUploading] = useState<{ done: number; total: number; name: string }>();
  const userId = session.context.userId;
  const member = memberOfUser(session.data, userId);
  const versions = data.submissions
    .filter((s) => s.driveId === drive.id && s.memberId === member?.id)
    .sort((a, b) => b.version - a.version);
  const choose = async (list: FileList | null) => {
    const picked = [...(list ?? [])];
    setFiles(picked);
    setCheck(undefined);
    const result = await precheck(session.data, userId, drive, { files: picked, title }, detect);
    setCheck({ problems: result.problems, renamed: result.renamed.map((f) => f.name) });
  };
  const submit = async () => {
    const outcome = await runner.run('submitFiles', {
      driveId: drive.id,
      files,
      title,
      rename,
      detect,
      driveTitle: drive.title,
      onUpload: (done, total, name) => setUploading(done < total ? { done, total, name } : undefined),
    });
    setUploading(undefined);
    if (outcome?.phase === 'done') onSubmitted();
  };
  const visible = check?.problems.filter((p) => !(rename && p.code === 'naming')) ?? [];
  return (
    <div className="baton-stack" data-testid="collection-submit">
      <Button size="small" theme="borderless" onClick={onBack} data-testid="collection-back">
        {t('collection.back')}
      </Button>
      <Typography.Title heading={6}>{drive.title}</Typography.Title>
      <Typography.Text>{drive.requirements}</Typography.Text>
      <Typography.Text type="tertiary" size="small">
        {t('collection.submit.rules', {
          formats: drive.formats.map((f) => f.toUpperCase()).join(' / '),
          maxMb: drive.maxSizeMb ?? '',
          min: drive.minFiles,
          max: drive.maxFiles,
        })}
        {' · '}
        {t('collection.deadline', { deadline: companyTime(drive.deadline) })}
      </Typography.Text>
      {drive.namingRule && (
        <Typography.Text size="small">
          {t('collection.submit.rule', { rule: drive.namingRule })}
        </Typography.Text>
      )}
      <Input
        value={title}
        onChange={setTitle}
        placeholder={t('collection.submit.workTitle')}
        data-testid="collection-work-title"
      />
      <input
        type="file"
        multiple
        aria-label={t('collection.submit.choose')}
        onChange={(e) => void choose(e.target.files)}
        data-testid="collection-files"
      />
      {files.length > 0 && !check && (
        <Typography.Text type="tertiary">{t('collection.submit.checking')}</Typography.Text>
      )}
      {check && visible.length === 0 && (
        <Banner
          type="success"
          closeIcon={null}
          description={t('collection.submit.checkOk')}
          data-testid="collection-check-ok"
        />
      )}
      {check && visible.length > 0 && (
        <Banner
          type="warning"
          closeIcon={null}
          data-testid="collection-check-problems"
          description={
            <div>
              {t('collection.submit.checkProblems')}
              {visible.map((p, i) => (
                <div key={i}>{problemText(p, drive, t)}</div>
              ))}
            </div>
          }
        />
      )}
      {drive.namingRule && check && (
        <Checkbox
          checked={rename}
          onChange={(e) => setRename(e.target.checked === true)}
          data-testid="collection-rename"
        >
          {t('collection.submit.rename')} ({check.renamed.join(', ')})
        </Checkbox>
      )}
      {uploading && (
        <Typography.Text type="tertiary" data-testid="collection-upload-progress">
          {t('collection.submit.uploading', { ...uploading, done: uploading.done + 1 })}
        </Typography.Text>
      )}
      <FeedbackBanner
        feedback={runner.feedback('submitFiles', drive.id)}
        testId="collection-submit-outcome"
      />
      <Button
        theme="solid"
        disabled={!check}
        loading={runner.phase('submitFiles', drive.id) === 'busy'}
        onClick={() => void submit()}
        data-testid="collection-send"
      >
        {t('collection.submit.send')}
      </Button>
      {versions.length > 0 && <Typography.Text strong>{t('collection.submit.history')}</Typography.Text>}
      {versions.map((v) => (
        <div key={v.id} className="baton-row" data-testid="collection-version">
          <Typography.Text size="small">
            {t('collection.submit.version', {
              version: v.version,
              at: companyTime(v.submittedAt),
              state: t(`collection.state.${stateOf(v)}`),
            })}
          </Typography.Text>
          {v.late && (
            <Tag color="red" size="small">
              {t('collection.late')}
            </Tag>
          )}
          {v.files.map((f) => (
            <Typography.Text key={f.name} type="tertiary" size="small">
              {f.name}
            </Typography.Text>
          ))}
          {v.problems && (
            <Typography.Text type="warning" size="small">
              {v.problems}
            </Typography.Text>
          )}
          {v.reviewReason && (
            <Typography.Text type="danger" size="small">
              {v.reviewReason}
            </Typography.Text>
          )}
        </div>
      ))}
    </div>
  );
}
