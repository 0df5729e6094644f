/**
 * Course text to safe HTML: a Markdown renderer (marked) and a sanitizer (DOMPurify), both loaded only when a
 * course is opened, then one more pass of our own. Raw HTML in a cell is never shown as written: scripts,
 * event handlers and links other than http(s), mailto and relative ones are removed.
 */
const UNSAFE_ELEMENTS = 'script,style,iframe,frame,object,embed,form,link,meta,base,template';
const URL_ATTRIBUTES = /^(href|src|srcset|xlink:href|action|formaction|poster|background)$/i;
const SAFE_URL = /^(https?:|mailto:|#|\/|\.|[^:]*$)/i;

/**
 * The second pass: the sanitizer's result must hold whatever DOM implementation it ran on, so the rules that
 * matter most are checked once more here with plain DOM calls.
 */
function stripUnsafe(html: string): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  doc.body.querySelectorAll(UNSAFE_ELEMENTS).forEach((element) => element.remove());
  for (const element of Array.from(doc.body.querySelectorAll('*')))
    for (const attribute of Array.from(element.attributes)) {
      const unsafeUrl = URL_ATTRIBUTES.test(attribute.name) && !SAFE_URL.test(attribute.value.trim());
      if (/^on/i.test(attribute.name) || unsafeUrl) element.removeAttribute(attribute.name);
    }
  return doc.body.innerHTML;
}

export async function renderMarkdown(markdown: string): Promise<string> {
  const [{ marked }, { default: DOMPurify }] = await Promise.all([import('marked'), import('dompurify')]);
  const html = await marked.parse(markdown, { async: true, gfm: true });
  const purified = DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form'] });
  return stripUnsafe(purified);
}
