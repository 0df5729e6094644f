/** A static server for the browser bench: the built sidebar, the host page and the fixtures' JSON. */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

export interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

/** `/sidebar/…` from `sidebarDir`, `/host/…` from `hostDir`, `/state/NAME.json` from `states`. */
export async function serveBench(
  sidebarDir: string,
  hostDir: string,
  states: Map<string, string>,
): Promise<BenchServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const state = /^\/state\/([\w-]+)\.json$/.exec(path)?.[1];
    if (state !== undefined && states.has(state)) {
      res.writeHead(200, { 'content-type': TYPES['.json']! });
      return res.end(states.get(state));
    }
    const [, root, rest] = /^\/(sidebar|host)(\/.*)$/.exec(path) ?? [];
    const file = root ? join(root === 'sidebar' ? sidebarDir : hostDir, normalize(rest!)) : '';
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
