import { describe, expect, it } from 'vitest';
import { OpenApiClient, redacted } from './openApiClient';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

function recorder(answer: (url: URL) => Response | Promise<Response>) {
  const seen: { url: URL; auth: string | null }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input));
    seen.push({ url, auth: new Headers(init?.headers).get('Authorization') });
    return answer(url);
  };
  return { seen, fetch };
}

const tokenOr = (data: unknown) => (url: URL) =>
  url.pathname.endsWith('tenant_access_token/internal')
    ? json({ code: 0, tenant_access_token: `t-${url.pathname.length}`, expire: 7200 })
    : json({ code: 0, data });

describe('OpenApiClient', () => {
  it('signs in once for many calls, and again once the token is near its end', async () => {
    let now = 0;
    const { seen, fetch } = recorder(tokenOr({ ok: true }));
    const client = new OpenApiClient({
      origin: 'https://open.feishu.cn',
      credentials: { kind: 'app', appId: 'a', appSecret: 's' },
      fetch,
      now: () => now,
    });
    const call = () => client.request({ method: 'GET', path: '/open-apis/x/:id', params: { id: 'a b' } });
    await Promise.all([call(), call(), call()]);
    now = 7200 * 1000 - 60_000;
    expect(await call()).toEqual({ ok: true });
    const signIns = seen.filter((s) => s.url.pathname.endsWith('internal')).length;
    expect(signIns).toBe(2);
    expect(seen.at(-1)!.url.pathname).toBe('/open-apis/x/a%20b');
    expect(seen.at(-1)!.auth).toMatch(/^Bearer t-/);
  });

  it('sends a personal base token as it is, with the query, and no sign-in', async () => {
    const { seen, fetch } = recorder(() => json({ code: 0, data: 1 }));
    const client = new OpenApiClient({
      origin: 'https://base-api.feishu.cn',
      credentials: { kind: 'personal', token: 'pt-1' },
      fetch,
    });
    await client.request({ method: 'POST', path: '/p', query: { page_size: 200, page_token: undefined } });
    expect(seen.map((s) => [s.url.search, s.auth])).toEqual([['?page_size=200', 'Bearer pt-1']]);
  });

  it('[J4] fails with the OpenAPI code, or the HTTP status, naming the path as written and no values or tokens', async () => {
    const personal = { kind: 'personal' as const, token: 'pt-secret' };
    const refusing = new OpenApiClient({
      origin: 'https://h.cn',
      credentials: personal,
      fetch: async () => json({ code: 1254302, msg: 'no permission' }),
    });
    const request = { method: 'GET' as const, path: '/apps/:app', params: { app: 'bascnSecretBase' } };
    const refused = (await refusing.request(request).catch((e: unknown) => e)) as Error & { code: number };
    expect([refused.code, refused.message]).toEqual([
      1254302,
      'OpenAPI GET /apps/:app: 1254302 no permission',
    ]);
    const down = new OpenApiClient({
      origin: 'https://h.cn',
      credentials: personal,
      fetch: async () => new Response('<html>', { status: 502 }),
    });
    expect(await down.request(request).catch((e: { code: number }) => e.code)).toBe(502);
    const offline = new OpenApiClient({
      origin: 'https://h.cn',
      credentials: personal,
      fetch: async () => {
        throw new TypeError('fetch failed for https://h.cn/apps/bascnSecretBase?token=pt-secret');
      },
    });
    const lost = await offline.request(request).catch((e: Error) => e.message);
    expect(lost).toBe('OpenAPI GET /apps/:app: network error (TypeError)');
  });

  it('waits out a rate limit as long as the gateway says, then goes on; other failures are not retried here', async () => {
    let calls = 0;
    const slept: number[] = [];
    const client = new OpenApiClient({
      origin: 'https://h.cn',
      credentials: { kind: 'personal', token: 'pt-1' },
      sleep: async (ms) => void slept.push(ms),
      fetch: async () =>
        ++calls === 1
          ? new Response(JSON.stringify({ code: 99991400, msg: 'too many' }), {
              headers: { 'x-ogw-ratelimit-reset': '2' },
            })
          : json({ code: 0, data: 'ok' }),
    });
    expect(await client.request({ method: 'GET', path: '/p' })).toBe('ok');
    expect([calls, slept]).toEqual([2, [2000]]);
    const denied = new OpenApiClient({
      origin: 'https://h.cn',
      credentials: { kind: 'personal', token: 'pt-1' },
      fetch: async () => json({ code: 1254302, msg: 'no permission' }),
    });
    const error = (await denied.request({ method: 'GET', path: '/p' }).catch((e: unknown) => e)) as {
      retryable: boolean;
    };
    expect(error.retryable).toBe(false);
  });

  it('[J4] never repeats an echoed request: tokens and secrets in the OpenAPI message are cut out', () => {
    const echo =
      'bad request: Authorization: Bearer t-g1044abcdefghijklmnopqrstuvwx app_secret=very-secret-value-123 ' +
      'path /apps/bascnAbcdefghijklmnopqrst/tables';
    const shown = redacted(echo);
    for (const secret of [
      't-g1044abcdefghijklmnopqrstuvwx',
      'very-secret-value-123',
      'bascnAbcdefghijklmnopqrst',
    ])
      expect(shown).not.toContain(secret);
    expect(shown).toContain('bad request');
    expect(redacted('FieldNameNotFound')).toBe('FieldNameNotFound');
  });
});
