/** The theme the app set on <body> from the host (light or dark), followed as it changes. */
import { useEffect, useState } from 'react';

const current = (): 'light' | 'dark' =>
  document.body.getAttribute('theme-mode') === 'dark' ? 'dark' : 'light';

export function useHostTheme(): 'light' | 'dark' {
  const [theme, setTheme] = useState(current);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(current()));
    observer.observe(document.body, { attributes: true, attributeFilter: ['theme-mode'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}
