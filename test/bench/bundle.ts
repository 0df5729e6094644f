/** The built sidebar's initial JavaScript: the files dist/index.html loads up front (not lazy chunks), gzipped. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  dist: string;
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

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

/** undefined when `dist` has no index.html (not built). */
export function measureInitialJs(dist: string): InitialJs | undefined {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return undefined;
  const files = initialScripts(readFileSync(index, 'utf8')).map((src) => {
    const content = readFileSync(join(dist, src.replace(/^\.?\//, '').split(/[?#]/)[0]!));
    return { file: src, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  return {
    dist,
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}
