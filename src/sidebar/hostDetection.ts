/**
 * Where the sidebar is running, decided once at start: inside the playground (its local Base), inside a
 * Feishu Base (the real SDK answers), or neither (shown a message instead of hanging).
 */
import type { BitableHost } from '../port/bitableBase';
import { withDeadline } from '../port/withTimeouts';

/** What the playground page puts on its window for the sidebar iframe it hosts. */
export interface PlaygroundBridge {
  host: BitableHost;
  now: () => number;
}

export const PLAYGROUND_KEY = '__BATON_PLAYGROUND__';

export type HostKind =
  | { kind: 'playground'; bridge: PlaygroundBridge }
  | { kind: 'feishu'; host: BitableHost }
  | { kind: 'outside' };

export function playgroundOf(win: Window): PlaygroundBridge | undefined {
  try {
    if (win.parent === win) return undefined;
    return (win.parent as unknown as Record<string, PlaygroundBridge | undefined>)[PLAYGROUND_KEY];
  } catch {
    return undefined; // a cross-origin parent (Feishu) cannot be read
  }
}

export async function detectHost(
  win: Window,
  loadSdk: () => Promise<BitableHost>,
  // The SDK's own handshake gives up after ~12 s inside a foreign frame: a slow Feishu load must not lose.
  handshakeMs = 15_000,
): Promise<HostKind> {
  const playground = playgroundOf(win);
  if (playground) return { kind: 'playground', bridge: playground };
  if (win.self === win.top) return { kind: 'outside' };
  try {
    const host = await loadSdk();
    await withDeadline(host.bridge.getEnv(), handshakeMs);
    return { kind: 'feishu', host };
  } catch {
    return { kind: 'outside' };
  }
}
