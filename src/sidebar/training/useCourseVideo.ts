/** The video a course page shows: its attached file once its address is known, else its link. */
import { useEffect, useState } from 'react';
import type { Course } from '../../core/training/trainingModel';
import type { VideoLink } from '../../core/training/videoLink';
import { courseVideoFile } from '../../services/training/courseVideo';
import type { BatonStore } from '../../store/batonStore';
import { browserCanPlay, videoChoice, type CanPlay, type VideoFile } from './videoChoice';

export function useCourseVideo(
  store: BatonStore,
  course: Pick<Course, 'id' | 'videoUrl'>,
  canPlay: CanPlay = browserCanPlay,
): VideoLink | undefined {
  const [file, setFile] = useState<VideoFile>();
  useEffect(() => {
    let live = true;
    setFile(undefined);
    courseVideoFile(store, course.id)
      .then((found) => live && setFile(found))
      // The attachment is a nicety over the link: a failed read leaves the link.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [store, course.id]);
  return videoChoice(course.videoUrl, file, canPlay);
}
