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
