/**
 * Where the sidebar is running, decided once at start: inside the playground (its local Base), inside a
 * Feishu Base (the real SDK answers), or neither (shown a message instead of hanging).
 */
import type { BitableHost } from '../port/bitableBase';
import { HostErrorCode, hostErrorCode } from '../port/hostErrors';
import { withDeadline } from '../port/withTimeouts';

/** What the playground page puts on its window for the sidebar iframe it hosts. */
export interface PlaygroundBridge {
  host: BitableHost;
  now: () => number;
  /**
   * How long the playground Base's copies take to hear each other's writes. Its one copy hears every write at
   * once, so an action need not wait for rivals to arrive before deciding its outcome (settle.ts).
   */
  syncDelayMs?: number;
}

export const PLAYGROUND_KEY = '__BATON_PLAYGROUND__';

export type HostKind =
  | { kind: 'playground'; bridge: PlaygroundBridge }
  | { kind: 'feishu'; host: BitableHost }
  | { kind: 'outside'; reason: OutsideReason };

/**
 * Why no host was found: the page is not in a frame at all; the frame's host did not answer in time; or the
 * SDK's code could not be loaded (a network hiccup: worth a reload).
 */
export type OutsideReason = 'notFramed' | 'noAnswer' | 'sdkFailed';

/** [RB4] How long the host gets to answer `getEnv` before the sidebar says it is not inside a Base. */
export const HANDSHAKE_MS = 5_000;

/** An error carrying one of the host's own codes was answered by a host: Baton is inside, whatever failed. */
export function answeredByHost(error: unknown): boolean {
  const code = hostErrorCode(error);
  return code !== undefined && code !== HostErrorCode.Timeout && code !== HostErrorCode.Network;
}

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
  // A slow Feishu load that misses it is offered "try again", which waits longer.
  handshakeMs = HANDSHAKE_MS,
): Promise<HostKind> {
  const playground = playgroundOf(win);
  if (playground) return { kind: 'playground', bridge: playground };
  if (win.self === win.top) return { kind: 'outside', reason: 'notFramed' };
  let host: BitableHost;
  try {
    host = await loadSdk();
  } catch {
    return { kind: 'outside', reason: 'sdkFailed' };
  }
  try {
    await withDeadline(host.bridge.getEnv(), handshakeMs);
    return { kind: 'feishu', host };
  } catch (error) {
    return answeredByHost(error) ? { kind: 'feishu', host } : { kind: 'outside', reason: 'noAnswer' };
  }
}
