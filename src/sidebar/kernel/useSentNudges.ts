/** The nudges (催办) the viewer already sent today among those a screen offers, plus the ones sent since. */
import { useEffect, useState } from 'react';
import { sentNudges } from '../../services/nudges';
import { useSession } from './session';

export function useSentNudges(eventKeys: string[]) {
  const { store } = useSession();
  const [sent, setSent] = useState<ReadonlySet<string>>(new Set());
  // A stable dependency: the same keys in a new array must not read the Base again.
  const wanted = eventKeys.join('\n');

  useEffect(() => {
    let live = true;
    sentNudges(store, wanted ? wanted.split('\n') : [])
      .then((found) => live && found.size > 0 && setSent((before) => new Set([...before, ...found])))
      // Not knowing shows the button: pressing it again today writes nothing new.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [store, wanted]);

  const markSent = (eventKey: string) => setSent((before) => new Set(before).add(eventKey));
  return { sent, markSent };
}
