/**
 * Twilio SMS in the simulator: an outbound message is `sent` then `delivered` (status
 * callbacks), then the persona may reply; replies (and a customer texting first) are posted to
 * our messaging webhook, signed; a <Message> in its answer goes back to the customer.
 */
import type { PersonaKind } from './personas.js';
import { str, type MessageStatus, type SimMessage } from './state.js';
import { API_VERSION, type TwilioContext } from './twilio-context.js';
import { parseTwiml } from './twiml.js';

/** A loop guard: replies per number pair (the longest sample dialog, renovation, asks 11 questions by SMS). */
const MAX_REPLIES = 20;

export class Messages {
  private readonly bySid = new Map<string, SimMessage>();
  /** Replies per conversation (number pair), to stop two bots chatting forever. */
  private readonly conversation = new Map<string, number>();
  private warnedNoWebhook = false;

  /** `smsUrl`: our messaging webhook (the number's "A message comes in" URL), or null when unknown. */
  constructor(
    private readonly ctx: TwilioContext,
    private readonly smsUrl: string | null,
  ) {}

  get(sid: string): SimMessage | undefined {
    return this.bySid.get(sid);
  }

  /** An outbound message (Messages create, or a <Message> answered to an inbound one). */
  create(body: Record<string, string | string[]>): SimMessage {
    const { state } = this.ctx;
    const to = str(body.To);
    const from = str(body.From) || str(body.MessagingServiceSid);
    const persona = state.personas(to);
    const m: SimMessage = {
      sid: state.newSid('SM'),
      direction: 'outbound-api',
      from,
      to,
      body: str(body.Body),
      status: 'queued',
      createdAt: state.nowIso(),
      persona: persona.kind,
      requests: [],
    };
    this.add(m);
    const cb = typeof body.StatusCallback === 'string' ? body.StatusCallback : null;
    void state.track(
      (async () => {
        await state.clock.sleep(1000);
        await this.status(m, cb, 'POST', 'sent');
        await state.clock.sleep(3000);
        await this.status(m, cb, 'POST', 'delivered');
        const key = `${from}|${to}`;
        const n = this.conversation.get(key) ?? 0;
        if (n >= MAX_REPLIES) return;
        const reply = persona.replyToSms(m.body);
        if (reply === null) return;
        this.conversation.set(key, n + 1);
        await state.clock.sleep(persona.habits.smsReplySeconds * 1000);
        await this.inbound(to, from, reply, persona.kind);
      })(),
    );
    return m;
  }

  /** A customer's message to us, posted to the messaging webhook. */
  async inbound(from: string, to: string, body: string, persona: PersonaKind | null): Promise<SimMessage> {
    const { state, send, accountSid } = this.ctx;
    const m: SimMessage = { sid: state.newSid('SM'), direction: 'inbound', from, to, body, status: 'received', createdAt: state.nowIso(), persona, requests: [] };
    this.add(m);
    if (!this.smsUrl) {
      if (!this.warnedNoWebhook) state.log('no SMS webhook known (PUBLIC_URL or --sms-url): customers’ replies are not delivered');
      this.warnedNoWebhook = true;
      return m;
    }
    const r = await send(
      'sms',
      'POST',
      this.smsUrl,
      {
        AccountSid: accountSid,
        ApiVersion: API_VERSION,
        Body: body,
        From: from,
        To: to,
        MessageSid: m.sid,
        SmsMessageSid: m.sid,
        SmsSid: m.sid,
        SmsStatus: 'received',
        NumMedia: '0',
        NumSegments: '1',
        FromCountry: from.startsWith('+86') ? 'CN' : 'US',
        ToCountry: to.startsWith('+86') ? 'CN' : 'US',
      },
      m.requests,
    );
    // A <Message> in the answer is sent back to the customer.
    if (r.status >= 200 && r.status < 300 && r.body.includes('<Message')) {
      try {
        for (const v of parseTwiml(r.body).children) {
          if (v.name !== 'Message') continue;
          const text = (v.children.find((ch) => ch.name === 'Body')?.text ?? v.text).trim();
          if (text) this.create({ To: from, From: to, Body: text, ...(v.attrs.statusCallback ? { StatusCallback: v.attrs.statusCallback } : {}) });
        }
      } catch {
        /* not TwiML: ignore, as Twilio logs a warning */
      }
    }
    return m;
  }

  private add(m: SimMessage): void {
    this.ctx.state.addMessage(m);
    this.bySid.set(m.sid, m);
  }

  private status(m: SimMessage, cb: string | null, method: string, status: MessageStatus): Promise<unknown> {
    m.status = status;
    if (!cb) return Promise.resolve();
    const { send, accountSid } = this.ctx;
    return send(
      'sms-status',
      method,
      cb,
      { AccountSid: accountSid, ApiVersion: API_VERSION, From: m.from, To: m.to, MessageSid: m.sid, SmsSid: m.sid, MessageStatus: status, SmsStatus: status },
      m.requests,
    );
  }
}
