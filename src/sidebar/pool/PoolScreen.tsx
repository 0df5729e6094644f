import { Banner, Button, Card, Empty, Tag, Typography } from '@douyinfe/semi-ui';
import { useEffect, useRef, useState } from 'react';
import type { Task } from '../../core/model';
import { claimTask } from '../../services/respond';
import type { ReadySession } from '../app/appModel';
import { errorMessage } from '../shared/errorMessage';
import { useI18n } from '../shared/i18nContext';
import { refusalMessage } from '../task/taskPageModel';
import { poolView, type ClaimMode, type PoolRow, type UptakeRow } from './poolModel';

interface Props {
  session: ReadySession;
  now: () => number;
  onOpenTask: (taskId: string) => void;
  onChanged: () => void;
}

/** 任务大厅: open tasks to claim, first claim wins; and how each department took up what it was offered. */
export function PoolScreen({ session, now, onOpenTask, onChanged }: Props) {
  const { t, locale } = useI18n();
  const { data, store } = session;
  // Claims this screen won, shown until the app hands over fresh data.
  const [won, setWon] = useState<ReadonlyMap<string, Task>>(new Map());
  useEffect(() => setWon(new Map()), [data]);
  const [refusals, setRefusals] = useState<ReadonlyMap<string, string>>(new Map());
  const [claimed, setClaimed] = useState<{ ok: boolean; text: string }>();
  const [busyId, setBusyId] = useState<string>();
  // A failed claim may have recorded its claim event: retrying at the same time reuses its key, so the retry
  // finds its own claim instead of losing to it.
  const failedAt = useRef(new Map<string, number>());
  const tasks = data.tasks.map((task) => won.get(task.id) ?? task);
  const view = poolView(
    tasks,
    { viewer: session.viewer, departments: data.departments, canEdit: session.canEdit },
    t,
  );

  async function claim(row: PoolRow) {
    if (busyId) return;
    setBusyId(row.id);
    const at = failedAt.current.get(row.id) ?? now();
    try {
      const result = await claimTask(store, data, row.id, session.context.userId, at);
      failedAt.current.delete(row.id);
      if (result.ok) {
        setWon((before) => new Map(before).set(row.id, result.task));
        setClaimed({ ok: true, text: t('pool.claimed', { title: row.title }) });
      } else {
        setRefusals((before) => new Map(before).set(row.id, refusalMessage(result.code, t, result.by)));
      }
      onChanged();
    } catch (error) {
      failedAt.current.set(row.id, at);
      setClaimed({ ok: false, text: t('pool.failed', { reason: errorMessage(error, t, locale) }) });
    } finally {
      setBusyId(undefined);
    }
  }

  return (
    <div className="baton-stack" data-testid="pool-screen">
      <Typography.Text type="tertiary">{t('pool.intro')}</Typography.Text>
      {claimed && (
        <Banner
          type={claimed.ok ? 'success' : 'danger'}
          description={claimed.text}
          closeIcon={null}
          data-testid="pool-outcome"
        />
      )}
      <Card title={t('pool.title')} bodyStyle={{ padding: 12 }} data-testid="pool-tasks">
        {view.rows.length === 0 ? (
          <Empty description={t('pool.empty')} />
        ) : (
          view.rows.map((row) => (
            <PoolItem
              key={row.id}
              row={row}
              claim={view.claim}
              refusal={refusals.get(row.id)}
              busy={busyId === row.id}
              onClaim={() => void claim(row)}
              onOpen={() => onOpenTask(row.id)}
            />
          ))
        )}
      </Card>
      <Uptake rows={view.uptake} />
    </div>
  );
}

interface ItemProps {
  row: PoolRow;
  claim?: ClaimMode;
  refusal?: string;
  busy: boolean;
  onClaim: () => void;
  onOpen: () => void;
}

function PoolItem({ row, claim, refusal, busy, onClaim, onOpen }: ItemProps) {
  const { t } = useI18n();
  return (
    <div className="baton-row" data-testid="pool-task">
      <div className="baton-row-title">
        <Typography.Text strong>{row.title}</Typography.Text>
        <Tag color="amber" size="small">
          {row.bounty}
        </Tag>
      </div>
      {row.description && <Typography.Text size="small">{row.description}</Typography.Text>}
      <Typography.Text type="tertiary" size="small">
        {row.suggested}
        {row.published ? ` · ${row.published}` : ''}
      </Typography.Text>
      {row.forYou && (
        <div>
          <Tag color="green" size="small">
            {t('pool.forYou')}
          </Tag>
        </div>
      )}
      {refusal && (
        <Typography.Text type="warning" data-testid="pool-claim-refused">
          {refusal}
        </Typography.Text>
      )}
      <div className="baton-row-title">
        <Button size="small" theme="borderless" onClick={onOpen} data-testid="pool-open">
          {t('pool.open')}
        </Button>
        {claim && !refusal && (
          <Button theme="solid" type="primary" loading={busy} onClick={onClaim} data-testid="pool-claim">
            {busy ? t('pool.claiming') : claim.label}
          </Button>
        )}
      </div>
      {claim && !refusal && (
        <Typography.Text type="tertiary" size="small">
          {claim.hint}
        </Typography.Text>
      )}
    </div>
  );
}

function Uptake({ rows }: { rows: UptakeRow[] }) {
  const { t } = useI18n();
  const headers = ['department', 'offered', 'unclaimed', 'claimed'] as const;
  return (
    <Card title={t('pool.uptake.title')} bodyStyle={{ padding: 12 }} data-testid="pool-uptake">
      {rows.length === 0 ? (
        <Empty description={t('pool.uptake.empty')} />
      ) : (
        <table style={{ width: '100%', textAlign: 'left' }}>
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h}>
                  <Typography.Text size="small">{t(`pool.uptake.${h}`)}</Typography.Text>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.departmentId} data-testid="pool-uptake-row">
                {headers.map((h) => (
                  <td key={h}>{row[h]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
