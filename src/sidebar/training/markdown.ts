/**
 * Course text to safe HTML: a Markdown renderer (marked) and a sanitizer (DOMPurify), both loaded only when a
 * course is opened. Raw HTML in a cell is never shown as written: scripts, event handlers and javascript: links
 * are removed.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  const [{ marked }, { default: DOMPurify }] = await Promise.all([import('marked'), import('dompurify')]);
  const html = await marked.parse(markdown, { async: true, gfm: true });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'iframe'] });
}
