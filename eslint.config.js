import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Layers: core <- schema <- store <- services <- sidebar; port and local stand beside them. */
const layer = (dir, forbidden) => ({
  files: [`src/${dir}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({ group: [group], message: `${dir} must not import ${group}` })),
      },
    ],
  },
});

const UI = ['react', 'react-dom', 'react/*', '@douyinfe/*'];
const SDK = ['@lark-base-open/*'];
const NODE = ['node:*', 'fs', 'path'];
const up = (...dirs) => dirs.flatMap((d) => [`**/${d}`, `**/${d}/*`]);

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  layer('core', [
    ...UI,
    ...SDK,
    ...NODE,
    'dayjs',
    ...up('schema', 'store', 'services', 'sidebar', 'local', 'port', 'i18n', 'demo', 'playground'),
  ]),
  layer('schema', [
    ...UI,
    ...SDK,
    ...NODE,
    ...up('store', 'services', 'sidebar', 'local', 'demo', 'playground'),
  ]),
  layer('port', [
    ...UI,
    ...NODE,
    ...up('core', 'schema', 'store', 'services', 'sidebar', 'local', 'demo', 'playground'),
  ]),
  layer('local', [
    ...UI,
    ...SDK,
    ...up('core', 'schema', 'store', 'services', 'sidebar', 'demo', 'playground'),
  ]),
  layer('store', [...UI, ...SDK, ...NODE, ...up('services', 'sidebar', 'local', 'demo', 'playground')]),
  layer('services', [...UI, ...SDK, ...NODE, ...up('sidebar', 'local', 'demo', 'playground')]),
  layer('i18n', [
    ...UI,
    ...SDK,
    ...NODE,
    ...up('store', 'services', 'sidebar', 'local', 'demo', 'playground'),
  ]),
  layer('sidebar', [...NODE, ...up('local', 'demo', 'playground')]),
  {
    // main.tsx alone decides which host to use, and may load the real SDK.
    files: ['src/sidebar/main.tsx', 'src/port/sdkConformance.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
