/**
 * The playground: the sidebar in an iframe beside a local Base seeded with the demo company, as it would
 * sit beside a real Base in Feishu. Dev only; it is not part of the built extension.
 */
import '@douyinfe/semi-ui/dist/css/semi.min.css';
import './playground.css';
import dayjs from 'dayjs';
import { createRoot } from 'react-dom/client';
import { DEMO_PEOPLE, DEMO_USERS } from '../demo/demoCompany';
import { demoLocalHost } from '../demo/seedDemo';
import { HOST_PROFILES } from '../local/hostProfiles';
import { LocalHost } from '../local/localHost';
import { emptyState } from '../local/localState';
import { PLAYGROUND_KEY, type PlaygroundBridge } from '../sidebar/hostDetection';
import { browserStorage } from './browserStorage';
import { PlaygroundApp } from './PlaygroundApp';
import { profileFromUrl } from './ProfileSelect';

const ROUND_TRIP_MS = 25;
const clock = { offsetMs: 0 };
const now = () => Date.now() + clock.offsetMs;

async function seededState() {
  const seeded = await demoLocalHost(dayjs(now()).startOf('day').valueOf(), undefined, { history: true });
  return seeded.state;
}

async function start() {
  const storage = browserStorage();
  const saved = storage.load();
  const local = new LocalHost({
    storage,
    state: saved,
    latency: { roundTripMs: ROUND_TRIP_MS, windowMs: 5, clock: 'real' },
    quirks: HOST_PROFILES[profileFromUrl()],
  });
  if (!saved) local.replaceState(await seededState());
  const bridge: PlaygroundBridge = { host: local.host, now, syncDelayMs: 0 };
  Object.assign(window, { [PLAYGROUND_KEY]: bridge, __BATON_LOCAL__: local });
  createRoot(document.getElementById('root')!).render(
    <PlaygroundApp
      local={local}
      clock={clock}
      resetDemo={async () => local.replaceState(await seededState())}
      emptyBase={() =>
        local.replaceState(emptyState(DEMO_USERS, local.state.session.userId ?? DEMO_PEOPLE[0]!.userId))
      }
    />,
  );
}

void start();
