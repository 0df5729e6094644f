/**
 * A course another tab asked the 学习 tab to open. Only the active tab is mounted, so the request waits here
 * until the 学习 screen mounts and takes it (once).
 */
let requested: string | undefined;

export const requestCourse = (courseId: string): void => {
  requested = courseId;
};

export function takeRequestedCourse(): string | undefined {
  const courseId = requested;
  requested = undefined;
  return courseId;
}
