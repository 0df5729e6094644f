/** [TR21] The open course's progress: read once when the page opens, kept on a change worth keeping. */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  NO_PROGRESS,
  videoWorthKeeping,
  withSectionRead,
  withVideoAt,
  type CourseProgress,
} from '../../core/training/progress';
import type { BitableBridge } from '../../port/bitableBase';
import { keepCourseProgress, readCourseProgress } from '../../services/training/courseProgress';

export interface CourseProgressHandle {
  /** Undefined until read: the video waits for it before jumping to the resume point. */
  progress?: CourseProgress;
  /** A playing video's position: kept only when it moved `VIDEO_SAVE_STEP` seconds from the kept one. */
  videoAt: (seconds: number) => void;
  /** A pause or the end: kept whatever the distance. */
  videoStopped: (seconds: number) => void;
  markRead: (index: number, read: boolean) => void;
}

export function useCourseProgress(
  bridge: BitableBridge,
  memberId: string,
  courseId: string,
): CourseProgressHandle {
  const [progress, setProgress] = useState<CourseProgress>();
  const kept = useRef<CourseProgress>(NO_PROGRESS);
  const latest = useRef<CourseProgress>(NO_PROGRESS);
  useEffect(() => {
    let live = true;
    void readCourseProgress(bridge, memberId, courseId).then((p) => {
      if (!live) return;
      kept.current = latest.current = p;
      setProgress(p);
    });
    return () => {
      live = false;
      // Leaving the page (or closing the sidebar's tab) keeps the last position not kept yet.
      if (latest.current !== kept.current)
        void keepCourseProgress(bridge, memberId, courseId, latest.current);
    };
  }, [bridge, memberId, courseId]);
  const keep = useCallback(
    (next: CourseProgress) => {
      kept.current = latest.current = next;
      setProgress(next);
      void keepCourseProgress(bridge, memberId, courseId, next);
    },
    [bridge, memberId, courseId],
  );
  const videoAt = useCallback(
    (seconds: number) => {
      latest.current = withVideoAt(latest.current, seconds);
      if (videoWorthKeeping(kept.current.videoSeconds, seconds)) keep(latest.current);
    },
    [keep],
  );
  const videoStopped = useCallback(
    (seconds: number) => {
      const next = withVideoAt(latest.current, seconds);
      if (next.videoSeconds !== kept.current.videoSeconds) keep(next);
    },
    [keep],
  );
  const markRead = useCallback(
    (index: number, read: boolean) => keep(withSectionRead(latest.current, index, read)),
    [keep],
  );
  return { progress, videoAt, videoStopped, markRead };
}
