import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Layers: core <- schema <- store <- services <- sidebar; port and local stand beside them. */
const layer = (dir, forbidden, siblings = [], files = [`src/${dir}/**/*.{ts,tsx}`]) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((group) => ({ group: [group], message: `${dir} must not import ${group}` })),
          // Sibling folders by their relative path only: core/newTask is not the newTask feature.
          ...(siblings.length > 0
            ? [
                {
                  regex: `^(\\.\\./)+(${siblings.join('|')})(/|$)`,
                  message: `${dir} must not import ${siblings}`,
                },
              ]
            : []),
        ],
      },
    ],
  },
});

const UI = ['react', 'react-dom', 'react/*', '@douyinfe/*'];
const SDK = ['@lark-base-open/*'];
const NODE = ['node:*', 'fs', 'path'];
const up = (...dirs) => dirs.flatMap((d) => [`**/${d}`, `**/${d}/*`]);

/** Dynamic imports that would cross the layers: the SDK (main.tsx alone loads it), the emulator, the demo. */
const DYNAMIC_IMPORTS = [
  {
    selector: 'ImportExpression[source.value=/^@lark-base-open\\u002F/]',
    message: 'only src/sidebar/main.tsx loads the SDK',
  },
  {
    selector: 'ImportExpression[source.value=/(^|\\u002F)(local|demo|playground)(\\u002F|$)/]',
    message: 'the emulator, the demo and the playground are not loaded by the app',
  },
];

/** Sidebar feature folders: each imports the kernel, shared and app, never another feature. */
const FEATURES = [
  'assign',
  'collection',
  'home',
  'members',
  'mywork',
  'newTask',
  'notices',
  'pool',
  'progress',
  'scoring',
  'setup',
  'task',
];
const SIDEBAR = [...NODE, ...SDK, ...up('local', 'demo', 'playground')];

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
  {
    // import() escapes no-restricted-imports: the same layering, for dynamic imports.
    files: ['src/**/*.{ts,tsx}', 'automations/**/*.ts'],
    ignores: ['src/sidebar/main.tsx', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...DYNAMIC_IMPORTS] },
  },
  {
    files: ['src/{core,schema,store,services,port,local,i18n}/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'only the sidebar loads code lazily' },
      ],
    },
  },
  {
    files: ['src/sidebar/**/*.{ts,tsx}', 'src/playground/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
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
  layer('sidebar', SIDEBAR),
  ...FEATURES.map((feature) =>
    layer(
      `sidebar/${feature}`,
      SIDEBAR,
      FEATURES.filter((other) => other !== feature),
    ),
  ),
  layer('sidebar/kernel', SIDEBAR, [...FEATURES, 'app']),
  layer('sidebar/shared', SIDEBAR, [...FEATURES, 'app', 'kernel']),
  {
    // The sidebar reaches the Base through services: from the store and the port it may name types only.
    files: ['src/sidebar/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: up('store', 'port'),
              allowTypeImports: true,
              message: 'the sidebar uses the store and the port through services (types are fine)',
            },
          ],
        },
      ],
    },
  },
  layer('demo', [...UI, ...SDK, ...NODE, ...up('sidebar', 'playground')]),
  layer('playground', [...SDK, ...NODE]),
  layer(
    'automations',
    [...UI, ...SDK, ...up('sidebar', 'local', 'demo', 'playground')],
    [],
    ['automations/**/*.ts'],
  ),
  {
    // main.tsx alone decides which host to use, and may load the real SDK; host detection bounds the SDK's
    // handshake with the port's deadline before any service exists.
    files: ['src/sidebar/main.tsx', 'src/sidebar/hostDetection.ts', 'src/port/sdkConformance.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': 'off' },
  },
);
