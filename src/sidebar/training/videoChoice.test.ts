import { describe, expect, it } from 'vitest';
import { videoChoice, type CanPlay } from './videoChoice';

const mp4Only: CanPlay = (mime) => mime === 'video/mp4';
const file = (name: string, type: string, url = 'https://files.example.com/t1?code=x') => ({
  name,
  type,
  url,
});

describe('how a course video shows', () => {
  it('[TR26] an attached file that plays here plays inline, its type taken from the file or its name', () => {
    expect(videoChoice('', file('直播.mp4', 'video/mp4'), mp4Only)).toEqual({
      kind: 'file',
      url: 'https://files.example.com/t1?code=x',
    });
    expect(videoChoice('', file('直播.MP4', ''), mp4Only)?.kind).toBe('file');
  });

  it('[TR26] an attached file this browser cannot play is offered to open; it wins over a link', () => {
    expect(
      videoChoice('https://cdn.example.com/a.mp4', file('录屏.mov', 'video/quicktime'), mp4Only),
    ).toEqual({
      kind: 'page',
      url: 'https://files.example.com/t1?code=x',
    });
  });

  it('[TR26][TR14] a link to a file plays inline only when its type plays; a page or an unplayable file opens', () => {
    expect(videoChoice('https://cdn.example.com/a.mp4?x=1', undefined, mp4Only)?.kind).toBe('file');
    expect(videoChoice('https://cdn.example.com/a.webm', undefined, mp4Only)).toEqual({
      kind: 'page',
      url: 'https://cdn.example.com/a.webm',
    });
    expect(videoChoice('https://v.example.com/watch/1', undefined, mp4Only)?.kind).toBe('page');
    expect(videoChoice('https://cdn.example.com/a.mp4', undefined, () => false)?.kind).toBe('page');
  });

  it('[TR14] an unsafe address is never shown, attached or linked', () => {
    expect(videoChoice('javascript:alert(1)', undefined, mp4Only)).toBeUndefined();
    expect(videoChoice('', file('a.mp4', 'video/mp4', 'javascript:alert(1)'), mp4Only)).toBeUndefined();
    expect(videoChoice('', undefined, mp4Only)).toBeUndefined();
  });
});
