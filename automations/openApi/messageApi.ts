/**
 * Feishu's message API as the delivery job needs it: one text message to one person by open_id, as the app's
 * bot. The `uuid` makes the OpenAPI send a repeated request at most once within its dedup window (an hour).
 */
import { hostErrorCode } from '../../src/port/hostErrors';
import type { OpenApiClient } from './openApiClient';

export type SendOutcome = 'sent' | 'unreachable';

export interface MessageSender {
  /** 'unreachable' when the API says this app can never message this person; throws on any other failure. */
  sendText(openId: string, text: string, uuid: string): Promise<SendOutcome>;
}

/**
 * Codes the message API answers for a recipient this app cannot reach, whatever it retries: outside the app's
 * availability (230013), blocked the bot (230053), an open_id of another app (99992361) or an invalid id
 * (99992402, 230001 "invalid receive_id").
 */
export const UNREACHABLE_CODES: ReadonlySet<number> = new Set([230013, 230053, 99992361, 99992402, 230001]);

export function messageApi(client: OpenApiClient): MessageSender {
  return {
    async sendText(openId, text, uuid) {
      try {
        await client.request({
          method: 'POST',
          path: '/open-apis/im/v1/messages',
          query: { receive_id_type: 'open_id' },
          body: { receive_id: openId, msg_type: 'text', content: JSON.stringify({ text }), uuid },
        });
        return 'sent';
      } catch (error) {
        if (UNREACHABLE_CODES.has(hostErrorCode(error) ?? 0)) return 'unreachable';
        throw error;
      }
    },
  };
}
