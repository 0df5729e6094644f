/** [TR21] The course page's "in progress" line, from the kept progress; nothing before the learner starts. */
import { clockOf, isStarted, sectionsReadOf, type CourseProgress } from '../../core/training/progress';
import type { Translate } from '../../i18n/translate';
import type { CourseView } from './courseModel';

export function progressLine(
  progress: CourseProgress,
  view: Pick<CourseView, 'sections' | 'video'>,
  t: Translate,
): string | undefined {
  if (!isStarted(progress)) return undefined;
  const counts = { read: sectionsReadOf(progress, view.sections.length), total: view.sections.length };
  return view.video?.kind === 'file' && progress.videoSeconds > 0
    ? t('training.progress.summaryVideo', { ...counts, at: clockOf(progress.videoSeconds) })
    : t('training.progress.summary', counts);
}
