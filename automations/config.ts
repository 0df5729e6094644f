/**
 * What the automations need from their environment, checked before anything runs: the Base, and one kind of
 * credential. Credentials come only from the environment (a scheduler's secrets), never from the repo.
 */
import type { MessageKey } from '../src/i18n/translate';
import type { Locale } from '../src/i18n/translate';
import type { OpenApiCredentials } from './openApi/openApiClient';

export interface AutomationsConfig {
  appToken: string;
  credentials: OpenApiCredentials;
  origin: string;
  actorUserId?: string;
  /** [RB9] Send the 通知 outbox as Feishu messages through the app (BATON_DELIVER_MESSAGES); off by default. */
  deliver: boolean;
}

export type ConfigResult = { ok: true; config: AutomationsConfig } | { ok: false; problems: MessageKey[] };

const FEISHU = 'https://open.feishu.cn';
const FEISHU_PERSONAL = 'https://base-api.feishu.cn';

export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const value = (name: string) => env[name]?.trim() || undefined;
  const [appToken, appId, appSecret, personal] = [
    value('BATON_BASE_TOKEN'),
    value('FEISHU_APP_ID'),
    value('FEISHU_APP_SECRET'),
    value('BATON_PERSONAL_BASE_TOKEN'),
  ];
  const problems: MessageKey[] = [];
  if (!appToken) problems.push('automations.config.baseToken');
  const app = appId && appSecret ? { kind: 'app' as const, appId, appSecret } : undefined;
  if (Boolean(appId) !== Boolean(appSecret)) problems.push('automations.config.appIncomplete');
  else if (app && personal) problems.push('automations.config.bothCredentials');
  else if (!app && !personal) problems.push('automations.config.credentials');
  const deliver = /^(1|true|yes|on)$/i.test(value('BATON_DELIVER_MESSAGES') ?? '');
  // Messages go out as the app's bot: an authorization code acts as a person and cannot send them.
  if (deliver && personal && !app) problems.push('automations.config.deliverNeedsApp');
  const origin = value('BATON_OPENAPI_ORIGIN') ?? (app ? FEISHU : FEISHU_PERSONAL);
  if (!/^https:\/\/[^/\s]+\/?$/.test(origin)) problems.push('automations.config.origin');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      appToken: appToken!,
      credentials: app ?? { kind: 'personal', token: personal! },
      origin,
      actorUserId: value('BATON_ACTOR_OPEN_ID'),
      deliver,
    },
  };
}

/** The administrator's language: BATON_LANGUAGE, else the shell's; Chinese unless English is asked for. */
export function cliLocale(env: Record<string, string | undefined>): Locale {
  const asked = env.BATON_LANGUAGE ?? env.LC_ALL ?? env.LANG ?? '';
  return asked.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
