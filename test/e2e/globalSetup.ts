/** Starts the playground's dev server once for all end-to-end tests. */
import type { TestProject } from 'vitest/node';
import { createServer } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await createServer({
    server: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
    // One dependency cache per project's server: two servers optimizing into one folder trip each other up.
    cacheDir: `node_modules/.vite-${project.name}`,
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  return () => server.close();
}
