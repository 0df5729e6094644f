/**
 * The playground: the sidebar in an iframe beside a local Base, as it would sit beside a real Base in Feishu.
 * The Base runs in a worker (as Feishu's host runs in another process) and keeps itself in IndexedDB; the page
 * holds only what its grid shows. Dev only; it is not part of the built extension.
 */
import '@douyinfe/semi-ui/dist/css/semi.min.css';
import './playground.css';
import { createRoot } from 'react-dom/client';
import { HOST_PROFILES } from '../local/hostProfiles';
import type { LocalState } from '../local/localState';
import { PLAYGROUND_KEY, type PlaygroundBridge } from '../sidebar/hostDetection';
import { PlaygroundApp } from './PlaygroundApp';
import { profileFromUrl } from './ProfileSelect';
import { workerBase, type WorkerBase } from './workerHost';

const ROUND_TRIP_MS = 25;
const LEGACY_KEY = 'baton.playground.base.v1';
const clock = { offsetMs: 0 };
const now = () => Date.now() + clock.offsetMs;

/** What tests reach through `window.__BATON_LOCAL__`: the Base's state by copy, and a grid edit. */
function testHandle(base: WorkerBase) {
  return {
    state: () => base.control('state'),
    editCell: (tableId: string, recordId: string, fieldId: string, value: unknown) =>
      base.control('editCell', tableId, recordId, fieldId, value),
  };
}

/**
 * Earlier playgrounds kept the Base in localStorage: it moves to the worker once, and leaves, since it would
 * take the origin's localStorage quota from the sidebar. An unreadable one is dropped.
 */
async function moveLegacyBase(base: WorkerBase): Promise<boolean> {
  const json = localStorage.getItem(LEGACY_KEY);
  localStorage.removeItem(LEGACY_KEY);
  if (!json || base.restored) return base.restored;
  try {
    await base.control('replaceState', JSON.parse(json) as LocalState);
    return true;
  } catch {
    return false;
  }
}

async function start() {
  const worker = new Worker(new URL('./baseWorker.ts', import.meta.url), { type: 'module' });
  const base = await workerBase(worker, {
    persist: true,
    quirks: HOST_PROFILES[profileFromUrl()],
    latency: { roundTripMs: ROUND_TRIP_MS, windowMs: 5, clock: 'real' },
  });
  const restored = await moveLegacyBase(base);
  const bridge: PlaygroundBridge = { host: base.host, now, syncDelayMs: 0 };
  Object.assign(window, { [PLAYGROUND_KEY]: bridge, __BATON_LOCAL__: testHandle(base) });
  // Best effort: the worker may finish a last write while the page goes.
  window.addEventListener('pagehide', () => void base.control('flush'));
  createRoot(document.getElementById('root')!).render(
    <PlaygroundApp base={base} restored={restored} clock={clock} />,
  );
}

void start();
