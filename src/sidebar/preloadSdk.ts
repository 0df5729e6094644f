/**
 * [SP4] Inside Feishu the sidebar needs the Base SDK before anything else, but main.tsx can only ask for it once
 * the main script has loaded and run. This build step adds a small inline script at the top of the page that
 * starts fetching the SDK chunk with the page, when the page sits in a foreign frame (Feishu) and not in the
 * playground or on its own, where the SDK is never loaded.
 */
import type { Plugin } from 'vite';

const SDK = '@lark-base-open/js-sdk';

/** The inline script: a modulepreload of each of `hrefs`, only inside a frame whose parent is not the playground. */
export function preloadScript(hrefs: string[], playgroundKey: string): string {
  return [
    '(function () {',
    '  if (window.self === window.top) return;',
    `  try { if (window.parent[${JSON.stringify(playgroundKey)}]) return; } catch (e) {}`,
    `  ${JSON.stringify(hrefs)}.forEach(function (href) {`,
    "    var link = document.createElement('link');",
    "    link.rel = 'modulepreload';",
    "    link.crossOrigin = '';",
    '    link.href = href;',
    '    document.head.appendChild(link);',
    '  });',
    '})();',
  ].join('\n');
}

export function preloadSdkInFeishu(playgroundKey = '__BATON_PLAYGROUND__'): Plugin {
  return {
    name: 'baton-preload-sdk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const entry = chunks.find((c) => c.isEntry);
        // The SDK as the entry imports it (the SDK's own lazy parts are not needed to start).
        const sdk = chunks.find(
          (c) => entry?.dynamicImports.includes(c.fileName) && !!c.facadeModuleId?.includes(SDK),
        );
        if (!sdk) return [];
        const files = [sdk.fileName, ...sdk.imports.filter((file) => file !== entry?.fileName)];
        const hrefs = files.map((file) => `./${file}`);
        return [{ tag: 'script', children: preloadScript(hrefs, playgroundKey), injectTo: 'head' }];
      },
    },
  };
}
