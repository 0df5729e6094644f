import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('course text', () => {
  it('[TR14] renders Markdown and removes scripts, event handlers and javascript: links', async () => {
    const html = await renderMarkdown(
      [
        '**选题**要贴近观众',
        '<script>alert(1)</script>',
        '<img src="x.png" onerror="alert(2)">',
        '<a href="javascript:alert(3)" onclick="alert(4)">点我</a>',
        '[链接](javascript:alert(5))',
      ].join('\n\n'),
    );
    expect(html).toContain('<strong>选题</strong>');
    expect(html).toContain('<img src="x.png">');
    expect(html).not.toMatch(/script|onerror|onclick|javascript:/i);
  });
});
