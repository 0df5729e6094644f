/** [TR14] A video link is used only when it is an absolute http(s) URL; anything else is never a link. */
export type VideoLink = { kind: 'file'; url: string } | { kind: 'page'; url: string };

const FILE = /\.(mp4|webm|ogg|ogv|m4v|mov)$/i;

export function safeVideoLink(text: string): VideoLink | undefined {
  const trimmed = text.trim();
  const match = /^(https?):\/\/[^\s/?#]+[^\s]*$/i.exec(trimmed);
  if (!match) return undefined;
  const path = trimmed.split(/[?#]/)[0]!;
  return { kind: FILE.test(path) ? 'file' : 'page', url: trimmed };
}

/** Whether an entered link may be saved: empty, or http(s). */
export const videoLinkRefusal = (text: string): 'videoLinkInvalid' | undefined =>
  text.trim() === '' || safeVideoLink(text) ? undefined : 'videoLinkInvalid';

const MIME_BY_EXTENSION: Record<string, string> = {
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogg: 'video/ogg',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
};

/** The video type a file name or URL path names by its extension, or undefined when it names none. */
export function videoMime(nameOrUrl: string): string | undefined {
  const path = nameOrUrl.split(/[?#]/)[0]!;
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension ? MIME_BY_EXTENSION[extension] : undefined;
}
