import { Card, Typography } from '@douyinfe/semi-ui';
import { useI18n } from '../shared/i18nContext';
import type { Section } from './courseModel';
import type { VideoLink } from '../../core/training/videoLink';
import { Markdown } from './Markdown';

/** The course's video (inline when it is a file the browser plays, else a link) and its sections. */
export function CourseContent({ sections, video }: { sections: Section[]; video?: VideoLink }) {
  const { t } = useI18n();
  return (
    <>
      {video && (
        <Card title={t('training.video')} bodyStyle={{ padding: 12 }} data-testid="course-video">
          {video.kind === 'file' ? (
            <video src={video.url} controls preload="metadata" style={{ width: '100%' }} />
          ) : (
            <a href={video.url} target="_blank" rel="noopener noreferrer">
              {t('training.videoOpen')}
            </a>
          )}
        </Card>
      )}
      {sections.map((section, i) => (
        <Card
          key={i}
          title={section.title || undefined}
          bodyStyle={{ padding: 12 }}
          data-testid="course-section"
        >
          {section.markdown ? <Markdown text={section.markdown} testId="course-section-text" /> : null}
        </Card>
      ))}
      {sections.length === 0 && <Typography.Text type="tertiary">{t('training.empty')}</Typography.Text>}
    </>
  );
}
