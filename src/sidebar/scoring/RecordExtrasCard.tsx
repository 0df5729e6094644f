import { Card, Tag, Typography } from '@douyinfe/semi-ui';
import type { ReactNode } from 'react';
import { formatTime } from '../kernel/labels';
import { useI18n } from '../shared/i18nContext';
import type { RecordExtras } from './recordExtras';

interface Props {
  extras: RecordExtras;
  onOpenTask: (taskId: string) => void;
}

/** [SCU3] The record beside points: what the person declined (and why), their skills, the courses passed. */
export function RecordExtrasCard({ extras, onOpenTask }: Props) {
  const { t } = useI18n();
  return (
    <Card bodyStyle={{ padding: 12 }} data-testid="record-extras">
      <div className="baton-stack">
        <Section title={t('record.declines')} empty={t('record.declines.empty')} testId="record-declines">
          {extras.declines.map((d) => (
            <div className="baton-row" key={d.id} data-testid="record-decline">
              {d.taskId ? (
                <Typography.Text link onClick={() => onOpenTask(d.taskId!)}>
                  {d.title}
                </Typography.Text>
              ) : (
                <Typography.Text>{d.title}</Typography.Text>
              )}
              <Typography.Text type="tertiary" size="small">
                {[formatTime(d.at), d.reason].filter(Boolean).join(' · ')}
              </Typography.Text>
            </div>
          ))}
        </Section>
        <Section title={t('record.skills')} empty={t('record.skills.empty')} testId="record-skills">
          {extras.skills.length > 0 && (
            <div>
              {extras.skills.map((s) => (
                <Tag key={s} size="small" style={{ margin: '0 4px 4px 0' }}>
                  {s}
                </Tag>
              ))}
            </div>
          )}
        </Section>
        <Section title={t('record.courses')} empty={t('record.courses.empty')} testId="record-courses">
          {extras.courses.map((c) => (
            <div className="baton-row-title" key={c.courseId} data-testid="record-course">
              <span>{c.title}</span>
              <Typography.Text type="tertiary" size="small">
                {[t('record.course.score', { score: c.score }), formatTime(c.at)].filter(Boolean).join(' · ')}
              </Typography.Text>
            </div>
          ))}
        </Section>
      </div>
    </Card>
  );
}

function Section(props: { title: string; empty: string; testId: string; children: ReactNode[] | ReactNode }) {
  const items = ([] as ReactNode[]).concat(props.children).filter(Boolean);
  return (
    <div className="baton-stack" data-testid={props.testId}>
      <Typography.Text strong size="small">
        {props.title}
      </Typography.Text>
      {items.length === 0 ? (
        <Typography.Text type="tertiary" size="small">
          {props.empty}
        </Typography.Text>
      ) : (
        items
      )}
    </div>
  );
}
