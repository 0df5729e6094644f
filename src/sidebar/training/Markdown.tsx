import { useEffect, useState } from 'react';
import { renderMarkdown } from './markdown';

/** A section's Markdown, rendered and sanitized once the renderer has loaded. */
export function Markdown({ text, testId }: { text: string; testId: string }) {
  const [html, setHtml] = useState('');
  useEffect(() => {
    let live = true;
    void renderMarkdown(text).then((safe) => live && setHtml(safe));
    return () => {
      live = false;
    };
  }, [text]);
  // Sanitized by DOMPurify in renderMarkdown: the only HTML this sidebar inserts.
  return <div className="baton-markdown" data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
