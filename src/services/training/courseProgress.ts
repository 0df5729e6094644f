/**
 * [TR21] Course progress lives in the host bridge's data, one key per member and course: it survives closing
 * the sidebar, costs the Base no rows and no history, and a failed read or write only loses a resume point.
 */
import { parseProgress, type CourseProgress } from '../../core/training/progress';
import type { BitableBridge } from '../../port/bitableBase';

export const courseProgressKey = (memberId: string, courseId: string) =>
  `baton.courseProgress.${memberId}.${courseId}`;

export async function readCourseProgress(
  bridge: BitableBridge,
  memberId: string,
  courseId: string,
): Promise<CourseProgress> {
  const raw = await bridge.getData<unknown>(courseProgressKey(memberId, courseId)).catch(() => undefined);
  return parseProgress(raw);
}

export const keepCourseProgress = (
  bridge: BitableBridge,
  memberId: string,
  courseId: string,
  progress: CourseProgress,
): Promise<boolean> => bridge.setData(courseProgressKey(memberId, courseId), progress).catch(() => false);
