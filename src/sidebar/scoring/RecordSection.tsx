import { Banner, Spin } from '@douyinfe/semi-ui';
import { useSession } from '../kernel/session';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import { RecordCard } from './RecordCard';
import { RecordExtrasCard } from './RecordExtrasCard';
import { recordExtras } from './recordExtras';
import { recordView } from './recordModel';
import { useRecord } from './useRecord';

interface Props {
  memberId: string;
  onOpenTask: (taskId: string) => void;
}

/** One person's record (档案), as the 贡献 tab and the record page show it: points, then the rest. */
export function RecordSection({ memberId, onOpenTask }: Props) {
  const { t, locale } = useI18n();
  const session = useSession();
  const { load, error } = useRecord(memberId);
  const member = session.data.members.find((m) => m.id === memberId);
  if (!member) return <Banner type="warning" description={t('record.unknown')} closeIcon={null} />;
  if (error) return <Banner type="danger" description={errorMessage(error, t, locale)} closeIcon={null} />;
  if (!load) return <Spin data-testid="record-loading" />;
  if (!load.allowed)
    return (
      <Banner
        type="warning"
        description={t('record.notAllowed', { name: member.name })}
        closeIcon={null}
        data-testid="record-refused"
      />
    );
  const view = recordView(member, load.entries, session.data.tasks, load.closed);
  const extras = recordExtras(member, load.details, session.data.tasks);
  return (
    <>
      <RecordCard name={member.name} view={view} onOpenTask={onOpenTask} />
      <RecordExtrasCard extras={extras} onOpenTask={onOpenTask} />
    </>
  );
}
