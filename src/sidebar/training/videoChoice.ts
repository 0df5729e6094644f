/** How a course's video shows: inline when the browser can play it, else a link that opens it. */
import { safeVideoLink, videoMime, type VideoLink } from '../../core/training/videoLink';

/** A video attached to the course (视频附件), with the short-lived address the host gave for it. */
export interface VideoFile {
  name: string;
  type: string;
  url: string;
}

/** Whether the browser says it may play this type (`canPlayType` answers "", "maybe" or "probably"). */
export type CanPlay = (mime: string) => boolean;

const playable = (mime: string | undefined, canPlay: CanPlay) => mime !== undefined && canPlay(mime);
const safeAddress = (url: string) => /^(https?|blob):/i.test(url.trim());

/**
 * [TR26] The attached file wins over the link: inline when its type plays here, else opened. A link to a file
 * plays inline only when its type plays here; any other link is opened. An unsafe address shows nothing.
 */
export function videoChoice(
  link: string,
  file: VideoFile | undefined,
  canPlay: CanPlay,
): VideoLink | undefined {
  if (file && safeAddress(file.url)) {
    const inline = playable(file.type || videoMime(file.name), canPlay);
    return { kind: inline ? 'file' : 'page', url: file.url };
  }
  const safe = safeVideoLink(link);
  if (safe?.kind !== 'file') return safe;
  return playable(videoMime(safe.url), canPlay) ? safe : { kind: 'page', url: safe.url };
}

/** The real browser's answer, asked of a detached video element. */
export const browserCanPlay: CanPlay = (mime) => document.createElement('video').canPlayType(mime) !== '';
