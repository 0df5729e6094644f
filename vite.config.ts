import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { preloadSdkInFeishu } from './src/sidebar/preloadSdk.js';
import { defineConfig } from 'vitest/config';

export const PLAYGROUND_PATH = '/src/playground/index.html';

/** The dev server's root is the sidebar itself; tell the newcomer where the playground is. */
function announcePlayground(): Plugin {
  return {
    name: 'baton-announce-playground',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address();
        const port = typeof address === 'object' && address ? address.port : 5173;
        console.log(`\n  Baton playground: http://127.0.0.1:${port}${PLAYGROUND_PATH}\n`);
      });
    },
  };
}

// base './' and hash routing: the built sidebar works from any folder a host serves it from.
export default defineConfig({
  base: './',
  plugins: [react(), announcePlayground(), preloadSdkInFeishu()],
  build: {
    outDir: 'dist',
  },
  server: { port: 5173, host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'automations/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['test/support/domSetup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          // A journey is a whole working session in a real browser; the limit only catches a hang.
          testTimeout: 180_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // The journeys that meet what the adverse host does differently: bridge ids unlike the User cells'
          // ids, a default primary column on a new table, refused views and view settings, reads by id that
          // omit deleted records, a condition cap. `BATON_HOST=adverse npm run test:e2e` runs every journey so.
          name: 'e2e-adverse',
          environment: 'node',
          include: [
            'test/e2e/install.e2e.ts',
            'test/e2e/host.e2e.ts',
            'test/e2e/newTask.e2e.ts',
            'test/e2e/stagePage.e2e.ts',
            'test/e2e/responsibility.e2e.ts',
          ],
          env: { BATON_HOST: 'adverse' },
          // A group of its own, so that it never runs beside the other journeys: one browser at a time.
          sequence: { groupOrder: 1 },
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
