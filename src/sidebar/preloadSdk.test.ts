import { describe, expect, it } from 'vitest';
import { preloadScript } from './preloadSdk';

/** Runs the inline script against a stand-in window; the hrefs it preloaded. */
function preloaded(win: { self: unknown; top: unknown; parent: unknown }): string[] {
  const links: { rel: string; href: string }[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '', crossOrigin: null }),
    head: { appendChild: (link: { rel: string; href: string }) => links.push(link) },
  };
  new Function('window', 'document', preloadScript(['./assets/sdk.js', './assets/dep.js'], 'PG'))(
    win,
    document,
  );
  return links.filter((l) => l.rel === 'modulepreload').map((l) => l.href);
}

describe('preloadScript', () => {
  it('[SP4] inside a foreign frame (Feishu: the parent cannot be read) preloads the SDK and its imports', () => {
    const parent = new Proxy(
      {},
      {
        get: () => {
          throw new Error('cross-origin');
        },
      },
    );
    const win = { self: {}, top: {}, parent };
    expect(preloaded(win)).toEqual(['./assets/sdk.js', './assets/dep.js']);
  });

  it('[SP4] preloads nothing on its own page or inside the playground', () => {
    const alone = {};
    expect(preloaded({ self: alone, top: alone, parent: alone })).toEqual([]);
    expect(preloaded({ self: {}, top: {}, parent: { PG: {} } })).toEqual([]);
  });
});
