/**
 * [TR21] A learner's place in one course: where the video stopped and which sections they marked read. Kept
 * outside the Base (it changes every few seconds while a video plays), so it is parsed with suspicion.
 */
export interface CourseProgress {
  videoSeconds: number;
  /** Positions of the sections marked read, ascending. */
  sectionsRead: number[];
}

export const NO_PROGRESS: CourseProgress = { videoSeconds: 0, sectionsRead: [] };

/** Seconds the video must move from the last kept position before it is worth keeping again. */
export const VIDEO_SAVE_STEP = 15;

const isIndex = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Whatever was stored (nothing, an older shape, garbage) as a progress; what cannot be read counts as none. */
export function parseProgress(raw: unknown): CourseProgress {
  if (typeof raw !== 'object' || raw === null) return NO_PROGRESS;
  const { videoSeconds, sectionsRead } = raw as Record<string, unknown>;
  const seconds =
    typeof videoSeconds === 'number' && Number.isFinite(videoSeconds) ? Math.max(0, videoSeconds) : 0;
  const read = Array.isArray(sectionsRead) ? [...new Set(sectionsRead.filter(isIndex))] : [];
  return { videoSeconds: seconds, sectionsRead: read.sort((a, b) => a - b) };
}

export const withVideoAt = (p: CourseProgress, seconds: number): CourseProgress => ({
  ...p,
  videoSeconds: Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : p.videoSeconds,
});

export function withSectionRead(p: CourseProgress, index: number, read: boolean): CourseProgress {
  const others = p.sectionsRead.filter((i) => i !== index);
  return { ...p, sectionsRead: read ? [...others, index].sort((a, b) => a - b) : others };
}

export const isStarted = (p: CourseProgress): boolean => p.videoSeconds > 0 || p.sectionsRead.length > 0;

/** A playing video is kept only when it moved far enough from the kept position: no write per tick. */
export const videoWorthKeeping = (kept: number, now: number): boolean =>
  Math.abs(Math.floor(now) - kept) >= VIDEO_SAVE_STEP;

/** Sections read among those the course has now (a section removed since does not count). */
export const sectionsReadOf = (p: CourseProgress, sectionCount: number): number =>
  p.sectionsRead.filter((i) => i < sectionCount).length;

/** "m:ss" (or "h:mm:ss") for a resume point. */
export function clockOf(seconds: number): string {
  const s = Math.floor(seconds);
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(r)}` : `${m}:${pad(r)}`;
}
