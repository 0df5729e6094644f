import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoBase, personId, TEST_NOW } from '../../../test/support/baseFixture';
import type { LocalHost } from '../../local/localHost';
import { openSession } from '../../services/session';
import type { KeyValueStore } from '../../store/sessionSnapshot';
import { I18nProvider } from '../shared/i18nContext';
import { translator } from '../../i18n/translate';
import type { ReadySession } from '../kernel/session';
import { MainScreen } from './MainScreen';
import { screenOf } from './appModel';
import { useBaton } from './useBaton';

afterEach(cleanup);

const SLOW = { timeout: 5000 };
const now = () => TEST_NOW;

/** This device's storage: a map, as IndexedDB would keep it (a structured copy). */
function deviceStore(): KeyValueStore & { heads: () => number } {
  const entries = new Map<string, unknown>();
  let heads = 0;
  return {
    heads: () => heads,
    get: async (keys: string[]) => keys.map((k) => entries.get(k)),
    set: async (list: [string, unknown][]) => {
      for (const [k, v] of list) entries.set(k, structuredClone(v));
      heads += list.filter(([k]) => k.includes('"head"')).length; // a head is written last: the write is done
    },
  };
}

/** The sidebar's loading as App wires it, recording the first task title of every main screen shown. */
function Sidebar({ local, kv, seen }: { local: LocalHost; kv: KeyValueStore; seen: string[] }) {
  const { state } = useBaton(local.host, now, kv);
  const shown = screenOf(state);
  if (shown.kind !== 'main') return <p>{shown.kind}</p>;
  seen.push(`${shown.updating ? 'snapshot' : 'fresh'}:${shown.session.data.tasks[0]!.title}`);
  return (
    <I18nProvider value={{ locale: 'en-US', t: translator('en-US') }}>
      <MainScreen {...shown} host={local.host} now={now} refresh={() => {}} reload={() => {}} />
    </I18nProvider>
  );
}

async function firstTask(local: LocalHost): Promise<ReadySession> {
  return (await openSession(local.host, { retry: { attempts: 1, backoffMs: 0 } })) as ReadySession;
}

describe('[SP10] the sidebar opening from its snapshot', () => {
  it(
    'shows the snapshot with Updating… first, then the fresh read replaces it',
    { timeout: 15_000 },
    async () => {
      const local = await demoBase({ userId: personId('郭晓') });
      const kv = deviceStore();
      const seen: string[] = [];
      const first = render(<Sidebar local={local} kv={kv} seen={seen} />);
      await screen.findByTestId('greeting', {}, SLOW);
      expect(screen.queryByTestId('updating')).toBeNull();
      await waitFor(() => expect(kv.heads()).toBe(1), SLOW);
      first.unmount();

      const session = await firstTask(local);
      const [task] = session.data.tasks;
      await session.store.update('tasks', [{ id: task!.id, values: { title: '改过的标题' } }]);
      seen.length = 0;
      render(<Sidebar local={local} kv={kv} seen={seen} />);
      expect((await screen.findByTestId('updating', {}, SLOW)).textContent).toBe('Updating…');
      await waitFor(() => expect(screen.queryByTestId('updating')).toBeNull(), SLOW);
      const order = [...new Set(seen)];
      expect(order).toEqual([`snapshot:${task!.title}`, 'fresh:改过的标题']);
    },
  );

  it('shows another person on this device only their own fresh data', { timeout: 15_000 }, async () => {
    const local = await demoBase({ userId: personId('郭晓') });
    const kv = deviceStore();
    const seen: string[] = [];
    const first = render(<Sidebar local={local} kv={kv} seen={seen} />);
    await waitFor(() => expect(kv.heads()).toBe(1), SLOW);
    first.unmount();

    local.setSession({ userId: personId('何平') });
    seen.length = 0;
    render(<Sidebar local={local} kv={kv} seen={seen} />);
    await screen.findByTestId('greeting', {}, SLOW);
    expect(seen.every((s) => s.startsWith('fresh:'))).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
  });
});
