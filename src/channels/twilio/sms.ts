/**
 * SMS callbacks (004 第五十二条: automatic voice, SMS and human callbacks combined): the same
 * dialogs as text messages, through Twilio.
 *
 * - A question is the prompt text plus its options from the listen effect's keypad map
 *   ("回复1 非常满意，2 满意，3 不满意").
 * - A reply of just a number is a keypad input (digits); anything else is an answer text for
 *   the same interpreter the voice channel uses.
 * - One reminder per thread, and an expiry (SMS_SESSION_HOURS, default 24 h after our last
 *   message) after which the engine gets `timeout` and the callback is incomplete. Both are
 *   data: `smsDueActions(now, threads)` (pure) says which threads are due, the scheduler runs
 *   `runSmsDueActions`. Not pestering the customer (004 第五十条) is why there is only one reminder.
 * - 退订 / TD / STOP / 别再发了 … from ANY number at any time, with or without an open thread:
 *   the number goes on the global do-not-contact list (every tenant, every campaign), open
 *   threads end as opted_out, and ONE confirmation is sent; a second opt-out gets none.
 *   Twilio's error 21610 (the recipient opted out with the carrier) is recorded the same way.
 * Phone numbers are logged masked only (000 第四十三条(十一)).
 */
import { isFinal } from '../../domain/callbacks.js';
import type { AppDeps } from '../../conversation/deps.js';
import { conversationRunner, type ChannelAdapter, type ConversationRunner, type TurnCtx } from '../../conversation/runner.js';
import { speakable, type ChannelSession } from '../../conversation/session.js';
import { localNow } from '../../conversation/variables.js';
import type { Effect, Input } from '../../engine/types.js';
import type { Interpreter } from '../../nlu/types.js';
import { finishCallback } from '../../results/lifecycle.js';
import { HuifangError, isHuifangError } from '../../shared/errors.js';
import { maskPhone, normalizePhone } from '../../shared/phone.js';
import type { DncSource } from '../../store/repos/contact.js';
import {
  contactPhone,
  routeUrl,
  twilioRuntime,
  type SmsState,
  type StartCallbackRequest,
  type StartCallbackResult,
  type TwilioRuntime,
} from './common.js';
import { providerCodeOf, TWILIO_OPTED_OUT } from './provider.js';
import { type TwilioParams, param } from './signature.js';

/** The one confirmation an opted-out number gets. */
export const OPT_OUT_CONFIRMATION = '您已成功退订，我们今后不会再就回访联系您。如需服务，请拨打客服热线。';
/** Put before the repeated question of the one reminder. */
export const REMINDER_PREFIX = '温馨提示：您还没有回复我们的回访短信。';

const smsState = (s: ChannelSession | undefined | null): SmsState | null => (s?.channelState?.channel === 'sms' ? (s.channelState as SmsState) : null);

/** The SMS adapter: text, with reply numbers for keypad options; no live transfer, no listen-in. */
export const smsAdapter: ChannelAdapter<SmsState> = {
  channel: 'sms',
  capabilities: { liveTransfer: false, keypad: true, listenIn: false },
};

const runners = new WeakMap<TwilioRuntime, ConversationRunner<SmsState, never>>();
/** The runner of the SMS channel of a runtime. */
export function smsRunner(rt: TwilioRuntime): ConversationRunner<SmsState, never> {
  let r = runners.get(rt);
  if (!r) runners.set(rt, (r = conversationRunner(rt, smsAdapter)));
  return r;
}

/**
 * Effects -> the text of one message: the prompts, "按1" read as "回复1", then the options of
 * the listen effect's keypad map.
 *
 * @example renderSmsText(effects) // '请问您对这次宽带安装服务满意吗？非常满意请回复1，…\n回复1 非常满意，2 满意，3 不满意'
 */
export function renderSmsText(effects: readonly Effect[]): string {
  const prompts = effects.flatMap((e) => (e.type === 'prompt' ? [e.text.replace(/按(?=[0-9*#])/g, '回复')] : []));
  const listen = effects.find((e) => e.type === 'listen');
  const lines = prompts.length ? [prompts.join('')] : [];
  if (listen && listen.type === 'listen') {
    const options = Object.entries(listen.keypad);
    if (options.length) lines.push(`回复${options.map(([k, label]) => `${k} ${label}`).join('，')}`);
  }
  return lines.join('\n');
}

const FULLWIDTH_DIGIT = /[０-９]/g;

/** A reply -> an engine input: just a number is digits, anything else answer text. */
export function smsInput(body: string, now?: string): Input {
  const text = body.replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();
  const m = /^([0-9]{1,3})\s*[#。.！!]?$/.exec(text);
  if (m?.[1]) return { type: 'digits', digits: m[1], ...(now ? { now } : {}) };
  if (!text) return { type: 'no_input' };
  return { type: 'answer', text, ...(now ? { now } : {}) };
}

const OPT_OUT_EXACT = /^(td|t|stop|stopall|unsubscribe|cancel|end|quit|退订|退定|取消订阅|取消短信)$/;
const OPT_OUT_PHRASE = /退订|退定|取消订阅|别再发|不要再发|别发了|不要发了|别给我发|不要给我发|停止发送|不再接收|拒收|拉黑|免打扰|别再打|不要再打/;

/**
 * Whether a message asks to stop being contacted (退订, TD, STOP, 别再发了, …), by keywords
 * and by the interpreter's opt_out intent (别再打电话了, 不要回访 …).
 */
export function isOptOutText(body: string, interpret?: Interpreter): boolean {
  const t = body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.,!?。，！？、~～"'“”‘’【】[\]()（）]/g, '');
  if (!t) return false;
  if (OPT_OUT_EXACT.test(t) || OPT_OUT_PHRASE.test(t)) return true;
  if (interpret) {
    try {
      return interpret(body, { kind: 'text' }, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' }).intent === 'opt_out';
    } catch {
      return false;
    }
  }
  return false;
}

async function send(rt: TwilioRuntime, to: string, body: string, attemptId: string | null): Promise<{ providerId: string | null; optedOut: boolean }> {
  try {
    const { providerId } = await rt.provider.sendSms({
      to,
      body,
      ...(attemptId ? { attemptId } : {}),
      ...(attemptId ? { statusCallback: routeUrl(rt.publicUrl, '/twilio/sms-status', { a: attemptId }) } : {}),
    });
    return { providerId, optedOut: false };
  } catch (e) {
    if (providerCodeOf(e) === TWILIO_OPTED_OUT) return { providerId: null, optedOut: true };
    throw e;
  }
}

/**
 * Start an SMS thread on a callback (used by `startCallback(deps, {channel: 'sms'})`): the
 * attempt is written first, then the first turn, then the message is sent.
 */
export async function startSmsThread(deps: AppDeps | TwilioRuntime, req: Omit<StartCallbackRequest, 'channel'>): Promise<StartCallbackResult> {
  const rt = 'provider' in deps ? deps : twilioRuntime(deps);
  const callback = await rt.store.callbacks.require(req.callbackId);
  if (isFinal(callback.status)) throw new HuifangError('HF_STORE_INVALID', `callback ${callback.id} is already ${callback.status}`);
  const phone = await contactPhone(rt, callback, req.phoneId);
  const { attempt } = await rt.store.callbacks.startAttempt({ callbackId: callback.id, channel: 'sms', phoneId: phone.id });
  const now = rt.now().toISOString();
  const runner = smsRunner(rt);
  const out = await runner.open(attempt.id, {
    eventId: `sms:${attempt.id}:start`,
    state: (r) => ({ channel: 'sms', attemptId: attempt.id, startedAt: now, lastOutboundAt: now, lastInboundAt: null, reminderSentAt: null, lastEffects: speakable(r.effects) }),
  });
  if (out.kind !== 'recorded') throw new HuifangError('HF_STORE_CONFLICT', `callback ${callback.id}: the SMS thread could not be opened (${out.kind})`);
  let sent: { providerId: string | null; optedOut: boolean };
  try {
    sent = await send(rt, phone.e164, renderSmsText(out.result.effects), attempt.id);
  } catch (e) {
    rt.log.warn({ attemptId: attempt.id, code: isHuifangError(e) ? e.code : 'HF_INTERNAL' }, 'sms could not be sent: thread closed');
    await runner.settle(attempt.id, { eventId: `sms:${attempt.id}:send-failed`, outcome: 'failed' });
    throw e;
  }
  if (sent.optedOut) {
    await optOutNumber(rt, phone.e164, 'provider_21610', { confirm: false });
    return { channel: 'sms', attemptId: attempt.id, providerId: null };
  }
  if (sent.providerId) await rt.store.callbacks.updateAttempt(attempt.id, { providerId: sent.providerId });
  rt.log.info({ attemptId: attempt.id, callbackId: callback.id, phone: phone.masked }, 'sms thread started');
  return { channel: 'sms', attemptId: attempt.id, providerId: sent.providerId };
}

/** The open SMS threads of a number, newest first: attempts that own a session still running. */
export async function openThreadsOf(rt: TwilioRuntime, e164: string): Promise<TurnCtx<SmsState>[]> {
  const runner = smsRunner(rt);
  const out: TurnCtx<SmsState>[] = [];
  for (const id of await rt.store.callbacks.openAttemptIdsByPhone('sms', e164)) {
    const ctx = await runner.load(id);
    if (ctx && runner.owns(ctx)) out.push(ctx);
  }
  return out;
}

/**
 * A number asked to stop (or Twilio said 21610): global do-not-contact, open threads end as
 * opted_out (with their write-back event, once), and one confirmation when the number was not
 * on the list yet.
 * @returns whether the number was newly added.
 */
export async function optOutNumber(rt: TwilioRuntime, phone: string, source: DncSource, o: { confirm: boolean }): Promise<boolean> {
  const e164 = normalizePhone(phone);
  const added = await rt.store.contact.addDoNotContact({ phone: e164, tenantId: null, source });
  for (const t of await openThreadsOf(rt, e164)) {
    // The engine's own opt-out path records opt_out + end(opted_out) like a spoken "别再打了".
    await smsRunner(rt).settle(t.attempt.id, { ctx: t, eventId: `sms:${t.attempt.id}:optout`, input: { type: 'answer', text: '退订' } });
    // Should the dialog not have ended it (a conflict, a dialog without the path), the lifecycle
    // does: a callback already opted out changes nothing and writes no second event.
    await finishCallback(rt.store, t.callback.id, 'opted_out', { outcome: 'opted_out', attemptId: t.attempt.id });
  }
  rt.log.info({ phone: maskPhone(e164), source, added }, 'sms opt-out');
  if (added && o.confirm) {
    try {
      await send(rt, e164, OPT_OUT_CONFIRMATION, null);
    } catch (e) {
      rt.log.warn({ phone: maskPhone(e164), code: isHuifangError(e) ? e.code : 'HF_INTERNAL' }, 'opt-out confirmation not sent');
    }
  }
  return added;
}

/** `POST /twilio/sms`: an inbound message from any number. Returns TwiML (`<Response/>`: replies go by REST). */
export async function handleInboundSms(rt: TwilioRuntime, params: TwilioParams): Promise<void> {
  const from = param(params.From);
  const body = param(params.Body) ?? '';
  const messageSid = param(params.MessageSid) ?? param(params.SmsSid);
  let e164: string;
  try {
    e164 = normalizePhone(from ?? '');
  } catch {
    rt.log.warn({}, 'inbound sms without a usable From: ignored');
    return;
  }
  if (isOptOutText(body, rt.interpret)) {
    await optOutNumber(rt, e164, 'sms', { confirm: true });
    return;
  }
  const [thread] = await openThreadsOf(rt, e164);
  if (!thread) {
    rt.log.info({ phone: maskPhone(e164) }, 'inbound sms with no open thread: ignored');
    return;
  }
  const { attempt } = thread;
  const now = rt.now();
  const runner = smsRunner(rt);
  let text = '';
  const out = await runner.turn(attempt.id, {
    ctx: thread,
    eventId: messageSid ? `sms:${messageSid}` : `sms:${attempt.id}:${thread.session?.session.turn ?? 0}`,
    // A message has no turn number: it answers the question waiting now.
    input: (c) => (runner.owns(c) ? smsInput(body, localNow(now, c.session?.session.ctx.tz ?? 'Asia/Shanghai')) : null),
    state: (r, c) => {
      const prev = smsState(c.session?.session) as SmsState;
      text = renderSmsText(r.effects);
      return {
        ...prev,
        lastInboundAt: now.toISOString(),
        lastOutboundAt: text ? now.toISOString() : prev.lastOutboundAt,
        lastEffects: speakable(r.effects),
      };
    },
  });
  if (out.kind !== 'recorded') return;
  if (!attempt.answeredAt) await rt.store.callbacks.updateAttempt(attempt.id, { answeredAt: now });
  if (!text) return;
  try {
    const sent = await send(rt, e164, text, attempt.id);
    if (sent.optedOut) await optOutNumber(rt, e164, 'provider_21610', { confirm: false });
  } catch (e) {
    rt.log.warn({ attemptId: attempt.id, code: isHuifangError(e) ? e.code : 'HF_INTERNAL' }, 'sms reply not sent');
  }
}

/** `POST /twilio/sms-status?a=<attemptId>`: delivery status; ErrorCode 21610 is an opt-out. */
export async function handleSmsStatus(rt: TwilioRuntime, query: { a?: string }, params: TwilioParams): Promise<void> {
  const code = param(params.ErrorCode);
  if (code !== String(TWILIO_OPTED_OUT)) {
    const status = param(params.MessageStatus);
    if (status === 'failed' || status === 'undelivered') rt.log.warn({ attemptId: query.a ?? null, errorCode: code ?? null }, 'sms not delivered');
    return;
  }
  let phone = param(params.To);
  if (!phone && query.a) {
    const attempt = await rt.store.callbacks.getAttempt(query.a);
    phone = attempt?.phoneId ? (await rt.store.workOrders.phone(attempt.phoneId))?.e164 : undefined;
  }
  if (phone) await optOutNumber(rt, phone, 'provider_21610', { confirm: false });
}

/** An open SMS thread as the scheduler sees it (ISO times). */
export interface SmsThread {
  callbackId: string;
  attemptId: string;
  lastOutboundAt: string;
  lastInboundAt: string | null;
  reminderSentAt: string | null;
  done: boolean;
}

export type SmsDueAction = { type: 'remind' | 'expire'; callbackId: string; attemptId: string };

export interface SmsDueOptions {
  /** Hours after our last message until the thread expires (SMS_SESSION_HOURS, default 24). */
  sessionHours?: number;
  /** Hours after our last unanswered message until the one reminder (default half the session). */
  reminderAfterHours?: number;
}

/**
 * Which threads need their one reminder or have expired. Pure: the scheduler calls it with
 * the clock and `loadSmsThreads(store)`, then `runSmsDueActions` does the work.
 */
export function smsDueActions(now: Date, threads: readonly SmsThread[], o: SmsDueOptions = {}): SmsDueAction[] {
  const sessionMs = (o.sessionHours ?? 24) * 3_600_000;
  const remindMs = (o.reminderAfterHours ?? (o.sessionHours ?? 24) / 2) * 3_600_000;
  const out: SmsDueAction[] = [];
  for (const t of threads) {
    if (t.done) continue;
    const since = now.getTime() - new Date(t.lastOutboundAt).getTime();
    const waiting = t.lastInboundAt === null || new Date(t.lastInboundAt).getTime() < new Date(t.lastOutboundAt).getTime();
    if (since >= sessionMs) out.push({ type: 'expire', callbackId: t.callbackId, attemptId: t.attemptId });
    else if (waiting && !t.reminderSentAt && since >= remindMs) out.push({ type: 'remind', callbackId: t.callbackId, attemptId: t.attemptId });
  }
  return out;
}

/** Every open SMS thread (sessions whose channel state is SMS, not finished). */
export async function loadSmsThreads(store: TwilioRuntime['store']): Promise<SmsThread[]> {
  return (await store.sessions.running<ChannelSession>('sms')).flatMap((r) => {
    const st = smsState(r.session);
    return st
      ? [{ callbackId: r.callbackId, attemptId: st.attemptId, lastOutboundAt: st.lastOutboundAt, lastInboundAt: st.lastInboundAt, reminderSentAt: st.reminderSentAt, done: r.session.done }]
      : [];
  });
}

/**
 * Run the due reminders and expiries (the scheduler calls this periodically).
 * A reminder is stored (reminderSentAt) before it is sent, so it is never sent twice.
 */
export async function runSmsDueActions(deps: AppDeps | TwilioRuntime, now?: Date): Promise<SmsDueAction[]> {
  const rt = 'provider' in deps ? deps : twilioRuntime(deps);
  const at = now ?? rt.now();
  const actions = smsDueActions(at, await loadSmsThreads(rt.store), { sessionHours: rt.settings.smsSessionHours });
  const done: SmsDueAction[] = [];
  const runner = smsRunner(rt);
  for (const a of actions) {
    const ctx = await runner.load(a.attemptId);
    const state = smsState(ctx?.session?.session);
    if (!ctx || !ctx.session || !state || !runner.owns(ctx)) continue;
    const { attempt } = ctx;
    if (a.type === 'expire') {
      // The engine's timeout: the callback is incomplete (the attempt unanswered when nothing came back).
      const closed = await runner.settle(attempt.id, { ctx, eventId: `sms:${attempt.id}:expire`, input: { type: 'timeout' }, ...(state.lastInboundAt ? {} : { outcome: 'no-answer' as const }) });
      if (closed) done.push(a);
      continue;
    }
    if (state.reminderSentAt) continue;
    // Stored before it is sent: never sent twice. Not a turn of the dialog: the session only.
    try {
      await rt.store.sessions.save(ctx.callback.id, { ...ctx.session.session, channelState: { ...state, reminderSentAt: at.toISOString() } }, ctx.session.version);
    } catch (e) {
      if (isHuifangError(e) && e.code === 'HF_STORE_CONFLICT') continue;
      throw e;
    }
    const phone = attempt.phoneId ? await rt.store.workOrders.phone(attempt.phoneId) : null;
    if (!phone) continue;
    try {
      const sent = await send(rt, phone.e164, `${REMINDER_PREFIX}${renderSmsText(state.lastEffects)}`, attempt.id);
      if (sent.optedOut) await optOutNumber(rt, phone.e164, 'provider_21610', { confirm: false });
      done.push(a);
    } catch (e) {
      rt.log.warn({ attemptId: attempt.id, code: isHuifangError(e) ? e.code : 'HF_INTERNAL' }, 'sms reminder not sent');
    }
  }
  return done;
}
