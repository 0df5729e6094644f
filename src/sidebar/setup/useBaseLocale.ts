import { useEffect, useState } from 'react';
import type { Locale } from '../../i18n/translate';
import type { BitableHost } from '../../port/bitableBase';
import { readBaseLocale } from '../../services/installer';

/**
 * [EV15] The Base's language, read once `ready` (after install there is one); undefined until known, when the
 * manual steps fall back to the sidebar's language.
 */
export function useBaseLocale(host: BitableHost, ready = true): Locale | undefined {
  const [found, setFound] = useState<Locale>();
  useEffect(() => {
    if (!ready) return;
    let live = true;
    readBaseLocale(host)
      .then((locale) => live && setFound(locale))
      .catch(() => undefined); // the steps still read, in the sidebar's names
    return () => {
      live = false;
    };
  }, [host, ready]);
  return found;
}
