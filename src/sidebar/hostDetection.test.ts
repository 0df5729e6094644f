import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BitableHost } from '../port/bitableBase';
import { detectHost, PLAYGROUND_KEY, playgroundOf, type PlaygroundBridge } from './hostDetection';

/** The parts of a window detectHost looks at: self, parent, top. */
interface FakeWindow {
  self: unknown;
  parent: unknown;
  top: unknown;
  [key: string]: unknown;
}

const asWindow = (w: FakeWindow) => w as unknown as Window;

function topLevel(extra: Record<string, unknown> = {}): Window {
  const win: FakeWindow = { self: null, parent: null, top: null, ...extra };
  win.self = win.parent = win.top = win;
  return asWindow(win);
}

/** A window framed by `parent`, which is also the top. */
function framedBy(parent: object): Window {
  const win: FakeWindow = { self: null, parent, top: parent };
  win.self = win;
  return asWindow(win);
}

/** A parent from another origin: reading any property throws, as a browser's SecurityError does. */
const crossOriginParent = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('SecurityError: Blocked a frame with origin from accessing a cross-origin frame.');
      },
      has() {
        throw new Error('SecurityError');
      },
    },
  );

function sdkHost(getEnv: () => Promise<unknown>): BitableHost {
  return { bridge: { getEnv } } as unknown as BitableHost;
}

const bridge: PlaygroundBridge = { host: {} as BitableHost, now: () => 0 };

afterEach(() => {
  vi.useRealTimers();
});

describe('detectHost', () => {
  it('a top-level window is outside, without loading the SDK', async () => {
    const loadSdk = vi.fn(() => Promise.resolve(sdkHost(() => Promise.resolve({}))));
    await expect(detectHost(topLevel(), loadSdk)).resolves.toEqual({ kind: 'outside', reason: 'notFramed' });
    expect(loadSdk).not.toHaveBeenCalled();
  });

  it('a top-level window carrying the playground key itself is still outside', async () => {
    const loadSdk = vi.fn(() => Promise.resolve(sdkHost(() => Promise.resolve({}))));
    expect(await detectHost(topLevel({ [PLAYGROUND_KEY]: bridge }), loadSdk)).toMatchObject({
      kind: 'outside',
    });
    expect(loadSdk).not.toHaveBeenCalled();
  });

  it('a frame whose parent carries the playground bridge is the playground, without loading the SDK', async () => {
    const loadSdk = vi.fn(() => Promise.resolve(sdkHost(() => Promise.resolve({}))));
    const found = await detectHost(framedBy({ [PLAYGROUND_KEY]: bridge }), loadSdk);
    expect(found.kind).toBe('playground');
    expect(found.kind === 'playground' && found.bridge).toBe(bridge);
    expect(loadSdk).not.toHaveBeenCalled();
  });

  it('a frame whose SDK answers getEnv is in Feishu, with that SDK as host', async () => {
    const host = sdkHost(() => Promise.resolve({ product: 'feishu' }));
    const found = await detectHost(framedBy({}), () => Promise.resolve(host));
    expect(found.kind).toBe('feishu');
    expect(found.kind === 'feishu' && found.host).toBe(host);
  });

  it('a frame whose SDK never answers getEnv is outside once the handshake times out, not before', async () => {
    vi.useFakeTimers();
    const getEnv = vi.fn(() => new Promise<unknown>(() => {}));
    let result: unknown;
    void detectHost(framedBy({}), () => Promise.resolve(sdkHost(getEnv)), 2000).then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(1999);
    expect(getEnv).toHaveBeenCalledTimes(1);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ kind: 'outside', reason: 'noAnswer' });
  });

  it('[RB4] the default handshake gives up after 5 s, as the docs say', async () => {
    vi.useFakeTimers();
    let result: unknown;
    void detectHost(framedBy({}), () => Promise.resolve(sdkHost(() => new Promise(() => {})))).then(
      (r) => (result = r),
    );
    await vi.advanceTimersByTimeAsync(4_999);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ kind: 'outside', reason: 'noAnswer' });
  });

  it('[RB4] an SDK that fails to load is outside for a reason worth a reload', async () => {
    const failedLoad = () => Promise.reject(new Error('chunk failed'));
    expect(await detectHost(framedBy({}), failedLoad, 50)).toEqual({ kind: 'outside', reason: 'sdkFailed' });
  });

  it('[RB4] getEnv refused with a host error code proves the host is there; an error without a code does not', async () => {
    const refused = sdkHost(() => Promise.reject(Object.assign(new Error('denied'), { code: 10214999 })));
    const found = await detectHost(framedBy({}), () => Promise.resolve(refused), 50);
    expect(found).toEqual({ kind: 'feishu', host: refused });
    const rejecting = sdkHost(() => Promise.reject(new Error('no env')));
    expect(await detectHost(framedBy({}), () => Promise.resolve(rejecting), 50)).toEqual({
      kind: 'outside',
      reason: 'noAnswer',
    });
  });

  it('a cross-origin parent whose properties throw is not the playground, and the SDK is tried', async () => {
    const win = framedBy(crossOriginParent());
    expect(playgroundOf(win)).toBeUndefined();
    const host = sdkHost(() => Promise.resolve({}));
    const loadSdk = vi.fn(() => Promise.resolve(host));
    const found = await detectHost(win, loadSdk, 50);
    expect(loadSdk).toHaveBeenCalledTimes(1);
    expect(found).toEqual({ kind: 'feishu', host });
  });
});
