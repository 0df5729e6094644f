/**
 * The sidebar's entry, and the only place that decides which host it talks to:
 * the playground's local Base, the real Feishu Base (the SDK, loaded only then), or none.
 */
import '@douyinfe/semi-ui/dist/css/semi.min.css';
import './sidebar.css';
import { createRoot } from 'react-dom/client';
import type { BitableHost } from '../port/bitableBase';
import { withTimeouts } from '../port/withTimeouts';
import { uiLanguage } from '../services/session';
import { noWait, setSidebarWait } from '../services/settle';
import { App } from './App';
import { detectHost, HANDSHAKE_MS } from './hostDetection';
import { OutsideScreen } from './OutsideScreen';
import { HOST_TIMEOUT_MS } from './shared/errorMessage';

async function loadSdk(): Promise<BitableHost> {
  const { bitable } = await import('@lark-base-open/js-sdk');
  return bitable;
}

const root = createRoot(document.getElementById('root')!);

async function start(handshakeMs = HANDSHAKE_MS) {
  const initialLocale = uiLanguage(navigator.language);
  const found = await detectHost(window, loadSdk, handshakeMs);
  if (found.kind === 'outside') {
    // A slow Base gets longer each time it is asked again.
    const retry = () => void start(handshakeMs * 3);
    return root.render(<OutsideScreen locale={initialLocale} reason={found.reason} onRetry={retry} />);
  }
  const host = found.kind === 'playground' ? found.bridge.host : found.host;
  const now = found.kind === 'playground' ? found.bridge.now : Date.now;
  // A Base with one copy settles at once; Feishu's copies are waited for (settle.ts).
  if (found.kind === 'playground' && found.bridge.syncDelayMs === 0) setSidebarWait(noWait);
  // No StrictMode: Semi UI still uses findDOMNode, which StrictMode reports on every render.
  root.render(<App host={withTimeouts(host, HOST_TIMEOUT_MS)} now={now} initialLocale={initialLocale} />);
}

void start();
