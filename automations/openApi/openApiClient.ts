/**
 * A small client for the Feishu / Lark OpenAPI: authentication (an app's tenant token, or a Base's personal
 * token), the `{code, msg, data}` envelope, and errors that name what failed without any credential in them.
 * Hand-written rather than @lark-base-open/node-sdk: that SDK (1.0.1) has no records/search or batch_get, which
 * the adapter needs to stay near the floor of calls, and it pulls in axios 0.x.
 */
import { HostError, HostErrorCode } from '../../src/port/hostErrors';
import { sleep } from '../../src/store/retry';

export type OpenApiCredentials =
  { kind: 'app'; appId: string; appSecret: string } | { kind: 'personal'; token: string };

export interface OpenApiClientOptions {
  /** Origin of the OpenAPI, e.g. https://open.feishu.cn (app) or https://base-api.feishu.cn (personal token). */
  origin: string;
  credentials: OpenApiCredentials;
  fetch?: typeof fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface OpenApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path with `:name` placeholders; errors show it as written, never with the values. */
  path: string;
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

interface Envelope<T> {
  code?: number;
  msg?: string;
  data?: T;
}

/** Codes the OpenAPI documents as "try again": write conflict, data not ready, and rate limits. */
export const RETRYABLE_CODES: ReadonlySet<number> = new Set([1254291, 1254607, 1254290, 99991400]);
const RATE_LIMIT_ATTEMPTS = 5;

const TOKEN_MARGIN_MS = 5 * 60_000;
/** A call that has not answered by then is given up (and retried by the store): a cron job must not hang. */
const CALL_TIMEOUT_MS = 30_000;

export class OpenApiClient {
  private tenantToken?: { value: string; until: number };
  private signingIn?: Promise<void>;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: OpenApiClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleep;
  }

  async request<T>(request: OpenApiRequest): Promise<T> {
    const url = new URL(fillPath(request.path, request.params ?? {}), this.options.origin);
    for (const [key, value] of Object.entries(request.query ?? {}))
      if (value !== undefined) url.searchParams.set(key, String(value));
    for (let attempt = 1; ; attempt++) {
      const response = await this.send(request, url, await this.authorization());
      const envelope = (await response.json().catch(() => ({}))) as Envelope<T>;
      if (response.ok && envelope.code === 0) return envelope.data as T;
      const error = failure(request, response.status, envelope);
      // Over the rate limit: wait as long as the OpenAPI says, here, rather than fail the run.
      if (!isRateLimit(response.status, envelope) || attempt >= RATE_LIMIT_ATTEMPTS) throw error;
      await this.sleep(resetDelayMs(response));
    }
  }

  private async send(request: OpenApiRequest, url: URL, authorization: string): Promise<Response> {
    try {
      return await this.fetch(url, {
        method: request.method,
        headers: { Authorization: authorization, 'Content-Type': 'application/json; charset=utf-8' },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
    } catch (error) {
      // A network error: worth another try; its text may hold the URL, so only its kind is kept.
      throw new HostError(
        HostErrorCode.Network,
        `${describe(request)}: network error (${(error as Error).name})`,
      );
    }
  }

  private async authorization(): Promise<string> {
    const { credentials } = this.options;
    if (credentials.kind === 'personal') return `Bearer ${credentials.token}`;
    if (!this.tenantToken || this.tenantToken.until <= this.now()) {
      // Calls made together share one sign-in.
      this.signingIn ??= this.requestTenantToken(credentials)
        .then((token) => {
          this.tenantToken = {
            value: token.tenant_access_token,
            until: this.now() + token.expire * 1000 - TOKEN_MARGIN_MS,
          };
        })
        .finally(() => (this.signingIn = undefined));
      await this.signingIn;
    }
    return `Bearer ${this.tenantToken!.value}`;
  }

  private async requestTenantToken(credentials: { appId: string; appSecret: string }) {
    const request: OpenApiRequest = {
      method: 'POST',
      path: '/open-apis/auth/v3/tenant_access_token/internal',
    };
    const response = await this.fetch(new URL(request.path, this.options.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ app_id: credentials.appId, app_secret: credentials.appSecret }),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    }).catch((error: Error) => {
      throw new HostError(HostErrorCode.Network, `${describe(request)}: network error (${error.name})`);
    });
    const body = (await response.json().catch(() => ({}))) as Envelope<never> & {
      tenant_access_token?: string;
      expire?: number;
    };
    if (!response.ok || body.code !== 0 || !body.tenant_access_token)
      throw failure(request, response.status, body);
    return { tenant_access_token: body.tenant_access_token, expire: body.expire ?? 7200 };
  }
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`OpenAPI path ${path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

const describe = (request: OpenApiRequest) => `OpenAPI ${request.method} ${request.path}`;

const isRateLimit = (status: number, envelope: Envelope<unknown>) =>
  status === 429 || envelope.code === 99991400;

/** The OpenAPI's gateway says in seconds when the limit resets; without it, a second. */
function resetDelayMs(response: Response): number {
  const seconds = Number(response.headers.get('x-ogw-ratelimit-reset'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 60) * 1000 : 1000;
}

/**
 * The OpenAPI's own message, without anything that could be a credential: a gateway or proxy that echoes the
 * request (headers, query, body) would otherwise put a token or a secret into a log line. Long unbroken runs
 * of token characters (but not an error name such as FieldNameNotFound), and whatever follows a word such as
 * "Bearer", "token" or "secret", are cut out.
 */
export function redacted(message: string): string {
  return message
    .replace(/\b(bearer|token|secret|authorization|password)\b\S*[\s:=]*\S+/gi, '$1 …')
    .replace(/[A-Za-z0-9_\-.+/=]{16,}/g, (run) => (/^([A-Z][a-z]+)+$/.test(run) ? run : '…'))
    .slice(0, 200);
}

/**
 * The error for a failed call: the OpenAPI's code (or the HTTP status) and message, nothing of the request's.
 * Documented transient codes and server errors may be tried again; any other answer (permission, a missing
 * field, a bad value) will not change by retrying.
 */
function failure(request: OpenApiRequest, status: number, envelope: Envelope<unknown>): HostError {
  const code = typeof envelope.code === 'number' && envelope.code !== 0 ? envelope.code : status;
  const message = typeof envelope.msg === 'string' ? redacted(envelope.msg) : `HTTP ${status}`;
  const retryable = RETRYABLE_CODES.has(code) || status === 429 || status >= 500;
  return new HostError(code, `${describe(request)}: ${code} ${message}`, retryable);
}
