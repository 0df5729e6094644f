import { Banner, Button, Card, Empty, Tag, Typography } from '@douyinfe/semi-ui';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { commands } from '../kernel/commands';
import { FeedbackBanner } from '../kernel/FeedbackBanner';
import { useSession } from '../kernel/session';
import { useCommands } from '../kernel/useCommands';
import { useI18n } from '../shared/i18nContext';
import { RowList } from '../shared/RowList';
import { rememberLast } from '../shared/rememberLast';
import type { Viewer } from '../../core/identity';
import type { Department, Task } from '../../core/model';
import type { Translate } from '../../i18n/translate';
import { isQualified, missingSkills, skillsAskedIn } from '../../core/training/skills';
import { poolView, type ClaimMode, type PoolRow, type UptakeRow } from './poolModel';
import { useCourseSuggestion, type CourseSuggestion } from './useCourseSuggestion';

/** Kept across visits: the screen is unmounted when another tab shows. */
const poolViewOf = rememberLast(
  (tasks: Task[], viewer: Viewer, departments: Department[], canEdit: boolean, t: Translate) =>
    poolView(tasks, { viewer, departments, canEdit }, t),
);

const NO_SKILLS: string[] = [];

/** A callback whose identity stays while it calls the latest `fn`, so memoised rows are not re-rendered for it. */
function useSteady<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

interface Props {
  onOpenTask: (taskId: string) => void;
  /** Opens a course in the 学习 tab; without it the suggested course is only named. */
  onOpenCourse?: (courseId: string) => void;
}

/** 任务大厅: open tasks to claim, first claim wins; and how each department took up what it was offered. */
export function PoolScreen({ onOpenTask, onOpenCourse }: Props) {
  const { t } = useI18n();
  const session = useSession();
  const runner = useCommands(commands);
  const { viewer, canEdit } = session;
  const departments = session.data.departments;
  const view = useMemo(
    () => poolViewOf(runner.tasks, viewer, departments, canEdit, t),
    [runner.tasks, viewer, departments, canEdit, t],
  );
  const skills = viewer.kind === 'member' ? viewer.member.skills : NO_SKILLS;
  const lacking = useMemo(
    () => view.rows.some((row) => !isQualified({ skills }, skillsAskedIn(row.description))),
    [view.rows, skills],
  );
  const suggest = useCourseSuggestion(session.store, lacking);
  const [tried, setTried] = useState<{ id: string; title: string }[]>([]);
  const refusalOf = (id: string) =>
    runner.phase('claim', id) === 'refused' ? runner.feedback('claim', id)?.text : undefined;
  const refusal = (row: PoolRow) => refusalOf(row.id);
  // A refusal shows on its row; the banner says what became of the last claim that went through or failed.
  const last = runner.lastFeedback();
  // Someone else won: the re-read takes the task off the list, so the refusal stays up here until dismissed.
  const lost = tried.filter((c) => refusalOf(c.id) && !view.rows.some((row) => row.id === c.id));
  const claim = useSteady((row: PoolRow) => {
    if (!tried.some((c) => c.id === row.id)) setTried([...tried, { id: row.id, title: row.title }]);
    void runner.run('claim', { id: row.id, title: row.title });
  });

  return (
    <div className="baton-stack" data-testid="pool-screen">
      <Typography.Text type="tertiary">{t('pool.intro')}</Typography.Text>
      <FeedbackBanner feedback={last?.type === 'warning' ? undefined : last} testId="pool-outcome" />
      {lost.map((c) => (
        <Banner
          key={c.id}
          type="warning"
          description={t('pool.lost', { title: c.title, outcome: refusalOf(c.id) ?? '' })}
          onClose={() => runner.dismiss('claim', c.id)}
          data-testid="pool-lost"
        />
      ))}
      <Card title={t('pool.title')} bodyStyle={{ padding: 12 }} data-testid="pool-tasks">
        {view.rows.length === 0 ? (
          <Empty description={t('pool.empty')} />
        ) : (
          <RowList
            items={view.rows}
            keyOf={(row) => row.id}
            estimate={145}
            render={(row) => (
              <PoolItem
                row={row}
                skills={skills}
                suggest={suggest}
                onOpenCourse={onOpenCourse}
                claim={view.claim}
                refusal={refusal(row)}
                busy={runner.phase('claim', row.id) === 'busy'}
                onClaim={claim}
                onOpen={onOpenTask}
              />
            )}
          />
        )}
      </Card>
      <Uptake rows={view.uptake} />
    </div>
  );
}

interface ItemProps {
  row: PoolRow;
  /** The viewer's skills: [TR19] a task asking for skills is marked when the viewer has them. */
  skills: string[];
  /** [TR22] The course granting what the viewer lacks; undefined until 课程 is read. */
  suggest?: CourseSuggestion;
  onOpenCourse?: (courseId: string) => void;
  claim?: ClaimMode;
  refusal?: string;
  busy: boolean;
  onClaim: (row: PoolRow) => void;
  onOpen: (taskId: string) => void;
}

/** Memoised with steady callbacks: a re-read re-renders only the rows whose task or claim changed. */
const PoolItem = memo(function PoolItem(props: ItemProps) {
  const { row, skills, suggest, onOpenCourse, claim, refusal, busy, onClaim, onOpen } = props;
  const { t } = useI18n();
  const asked = skillsAskedIn(row.description);
  const missing = missingSkills({ skills }, asked);
  const course = suggest?.(missing);
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
      {asked.length > 0 && (
        <Typography.Text
          size="small"
          type={isQualified({ skills }, asked) ? 'success' : 'tertiary'}
          data-testid="pool-skills"
        >
          {isQualified({ skills }, asked)
            ? t('training.pool.qualified')
            : t(course ? 'training.pool.lacks' : 'training.pool.needs', { skills: missing.join('、') })}
          {course && (
            <Button
              size="small"
              theme="borderless"
              disabled={!onOpenCourse}
              onClick={() => onOpenCourse?.(course.id)}
              data-testid="pool-course"
            >
              {t('training.pool.takeCourse', { course: course.title })}
            </Button>
          )}
        </Typography.Text>
      )}
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
        <Button size="small" theme="borderless" onClick={() => onOpen(row.id)} data-testid="pool-open">
          {t('pool.open')}
        </Button>
        {claim && !refusal && (
          <Button
            theme="solid"
            type="primary"
            loading={busy}
            onClick={() => onClaim(row)}
            data-testid="pool-claim"
          >
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
});

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
