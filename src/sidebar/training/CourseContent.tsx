import { Button, Card, Typography } from '@douyinfe/semi-ui';
import { useRef } from 'react';
import { useI18n } from '../shared/i18nContext';
import type { Section } from './courseModel';
import type { VideoLink } from '../../core/training/videoLink';
import type { CourseProgress } from '../../core/training/progress';
import { Markdown } from './Markdown';
import type { CourseProgressHandle } from './useCourseProgress';

interface Props {
  sections: Section[];
  video?: VideoLink;
  /** [TR21] Where the learner is; without it (not read yet) the video waits and sections show no mark. */
  progress?: Pick<CourseProgressHandle, 'videoAt' | 'videoStopped' | 'markRead'> & {
    kept?: CourseProgress;
  };
}

/** The course's video (inline when it is a file the browser plays, else a link) and its sections. */
export function CourseContent({ sections, video, progress }: Props) {
  const { t } = useI18n();
  const kept = progress?.kept;
  return (
    <>
      {video && (
        <Card title={t('training.video')} bodyStyle={{ padding: 12 }} data-testid="course-video">
          {video.kind === 'file' ? (
            (!progress || kept) && <ResumingVideo url={video.url} progress={progress} />
          ) : (
            <a href={video.url} target="_blank" rel="noopener noreferrer">
              {t('training.videoOpen')}
            </a>
          )}
        </Card>
      )}
      {sections.map((section, i) => {
        const read = kept?.sectionsRead.includes(i) ?? false;
        return (
          <Card
            key={i}
            title={section.title || undefined}
            headerExtraContent={
              kept && (
                <Button
                  size="small"
                  theme="borderless"
                  type={read ? 'tertiary' : 'primary'}
                  onClick={() => progress?.markRead(i, !read)}
                  data-testid="course-section-read"
                >
                  {read ? t('training.progress.read') : t('training.progress.markRead')}
                </Button>
              )
            }
            bodyStyle={{ padding: 12 }}
            data-testid="course-section"
          >
            {section.markdown ? <Markdown text={section.markdown} testId="course-section-text" /> : null}
          </Card>
        );
      })}
      {sections.length === 0 && <Typography.Text type="tertiary">{t('training.empty')}</Typography.Text>}
    </>
  );
}

/** Jumps to the kept position once the browser knows the video's length; positions before that are not news. */
function ResumingVideo({ url, progress }: { url: string; progress: Props['progress'] }) {
  const resumed = useRef(false);
  return (
    <video
      src={url}
      controls
      preload="metadata"
      style={{ width: '100%' }}
      onLoadedMetadata={(e) => {
        const at = progress?.kept?.videoSeconds ?? 0;
        if (at > 0 && at < (e.currentTarget.duration || Infinity)) e.currentTarget.currentTime = at;
        resumed.current = true;
      }}
      onTimeUpdate={(e) => resumed.current && progress?.videoAt(e.currentTarget.currentTime)}
      onPause={(e) => resumed.current && progress?.videoStopped(e.currentTarget.currentTime)}
      onEnded={(e) => resumed.current && progress?.videoStopped(e.currentTarget.currentTime)}
    />
  );
}
