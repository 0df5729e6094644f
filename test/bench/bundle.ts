/**
 * The built sidebar's initial JavaScript: the files dist/index.html loads up front (not lazy chunks), gzipped,
 * against its target (the dashboard's charts and other heavy libraries are lazy chunks, outside it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Asset {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface InitialJs {
  dist: string;
  files: Asset[];
  bytes: number;
  gzipBytes: number;
  /** The SDK chunk (and what it imports) that the page preloads inside Feishu. */
  sdk: Asset[];
  /** The stylesheets the page loads up front (render-blocking). */
  css: Asset[];
  target: { name: string; target: string; actual: string; pass: boolean };
}

/** The initial sidebar JS may weigh at most this, gzipped. */
export const INITIAL_JS_GZIP_MAX = 400 * 1024;

function initialTarget(gzipBytes: number): InitialJs['target'] {
  return {
    name: `initial sidebar JS at most ${INITIAL_JS_GZIP_MAX / 1024} KB gzip`,
    target: `≤ ${INITIAL_JS_GZIP_MAX} bytes`,
    actual: `${gzipBytes} bytes (${(gzipBytes / 1024).toFixed(1)} KB)`,
    pass: gzipBytes <= INITIAL_JS_GZIP_MAX,
  };
}

/** The bench's line for a missed bundle target (none when met or not built). */
export const bundleMissed = (bundle: InitialJs | undefined): string[] =>
  bundle && !bundle.target.pass
    ? [
        `bench: target missed: ${bundle.target.name}: ${bundle.target.actual} (target ${bundle.target.target})`,
      ]
    : [];

const attr = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

/** Script src and modulepreload href of the page, in order, without duplicates. */
export function initialScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attr(tag, 'src');
    if (src) found.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attr(tag, 'href');
    if (href && attr(tag, 'rel')?.toLowerCase() === 'modulepreload') found.push(href);
  }
  return [...new Set(found)].filter((src) => !/^(https?:)?\/\//.test(src));
}

/** The stylesheets of the page, and the files its inline script preloads inside Feishu. */
function otherAssets(html: string): { sdk: string[]; css: string[] } {
  const css: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi))
    if (attr(tag, 'rel')?.toLowerCase() === 'stylesheet') css.push(attr(tag, 'href')!);
  const preload = /(\[[^\]]*\])\.forEach/.exec(html)?.[1];
  return { sdk: preload ? (JSON.parse(preload) as string[]) : [], css };
}

/** undefined when `dist` has no index.html (not built). */
export function measureInitialJs(dist: string): InitialJs | undefined {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return undefined;
  const html = readFileSync(index, 'utf8');
  const asset = (src: string): Asset => {
    const content = readFileSync(join(dist, src.replace(/^\.?\//, '').split(/[?#]/)[0]!));
    return { file: src, bytes: content.length, gzipBytes: gzipSync(content).length };
  };
  const files = initialScripts(html).map(asset);
  const { sdk, css } = otherAssets(html);
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return {
    dist,
    files,
    sdk: sdk.map(asset),
    css: css.map(asset),
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes,
    target: initialTarget(gzipBytes),
  };
}
