/**
 * A stand-in for Feishu's message API (POST /open-apis/im/v1/messages), written from its documentation for the
 * automations' tests: `receive_id_type=open_id`, a text message's JSON `content`, and `uuid` dedup — a request
 * repeating a uuid sent within the hour answers with the message already sent and sends nothing.
 */
export interface SentMessage {
  openId: string;
  text: string;
  uuid?: string;
}

export interface FakeMessages {
  /** Every message delivered, once each. */
  sent: SentMessage[];
  /** open_ids this app cannot reach (outside its availability): answered with 230013. */
  unreachable: Set<string>;
  /** The next `times` sends answer with this code (e.g. 230020 rate limit, 500 a server error). */
  failNext(code: number, times?: number): void;
  handle(url: URL, body: Record<string, unknown>): Response;
}

const reply = (body: Record<string, unknown>, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export function fakeMessages(): FakeMessages {
  const byUuid = new Map<string, string>();
  let failures: { code: number; times: number } | undefined;
  const fake: FakeMessages = {
    sent: [],
    unreachable: new Set(),
    failNext: (code, times = 1) => (failures = { code, times }),
    handle(url, body) {
      if (url.searchParams.get('receive_id_type') !== 'open_id')
        return reply({ code: 230001, msg: 'invalid receive_id_type' }, 400);
      if (failures && failures.times-- > 0)
        return reply({ code: failures.code, msg: 'injected' }, failures.code >= 500 ? failures.code : 400);
      const openId = String(body.receive_id ?? '');
      if (!openId.startsWith('ou_')) return reply({ code: 230001, msg: 'invalid receive_id' }, 400);
      if (fake.unreachable.has(openId))
        return reply({ code: 230013, msg: 'Bot has NO availability to this user.' }, 400);
      if (body.msg_type !== 'text') return reply({ code: 230001, msg: 'invalid msg_type' }, 400);
      const uuid = typeof body.uuid === 'string' ? body.uuid : undefined;
      if (uuid && uuid.length > 50) return reply({ code: 230001, msg: 'uuid too long' }, 400);
      const earlier = uuid && byUuid.get(uuid);
      if (earlier) return reply({ code: 0, msg: 'success', data: { message_id: earlier } });
      const { text } = JSON.parse(String(body.content)) as { text: string };
      const messageId = `om_${fake.sent.length + 1}`;
      fake.sent.push({ openId, text, uuid });
      if (uuid) byUuid.set(uuid, messageId);
      return reply({ code: 0, msg: 'success', data: { message_id: messageId } });
    },
  };
  return fake;
}
