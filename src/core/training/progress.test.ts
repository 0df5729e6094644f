import { describe, expect, it } from 'vitest';
import {
  clockOf,
  isStarted,
  parseProgress,
  sectionsReadOf,
  videoWorthKeeping,
  withSectionRead,
  withVideoAt,
  VIDEO_SAVE_STEP,
} from './progress';

describe('course progress', () => {
  it('[TR21] reads what was kept, and anything unreadable as no progress', () => {
    expect(parseProgress({ videoSeconds: 42.5, sectionsRead: [2, 0, 2, -1, 'x', 1.5] })).toEqual({
      videoSeconds: 42.5,
      sectionsRead: [0, 2],
    });
    for (const raw of [undefined, null, 'x', 3, { videoSeconds: 'soon', sectionsRead: 'all' }])
      expect(isStarted(parseProgress(raw)), String(raw)).toBe(false);
    expect(parseProgress({ videoSeconds: -5 }).videoSeconds).toBe(0);
  });

  it('[TR21] marks sections read and unread once each; a section removed since does not count', () => {
    let p = withSectionRead(parseProgress(undefined), 3, true);
    p = withSectionRead(withSectionRead(p, 1, true), 1, true);
    expect(p.sectionsRead).toEqual([1, 3]);
    expect(sectionsReadOf(p, 2)).toBe(1);
    expect(withSectionRead(p, 3, false).sectionsRead).toEqual([1]);
  });

  it('[TR21] a playing video is kept only when it moved a step from the kept position', () => {
    expect(videoWorthKeeping(40, 40 + VIDEO_SAVE_STEP - 1)).toBe(false);
    expect(videoWorthKeeping(40, 40 + VIDEO_SAVE_STEP)).toBe(true);
    expect(videoWorthKeeping(40, 10)).toBe(true);
    expect(withVideoAt(parseProgress(undefined), 61.9).videoSeconds).toBe(61);
    expect(withVideoAt(withVideoAt(parseProgress(undefined), 5), Number.NaN).videoSeconds).toBe(5);
    expect([clockOf(42), clockOf(61), clockOf(3725)]).toEqual(['0:42', '1:01', '1:02:05']);
  });
});
