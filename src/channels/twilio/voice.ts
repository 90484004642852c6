/**
 * Voice callbacks through Twilio: dialling (`startCallback`), the turn loop on
 * `/twilio/voice`, call status, answering-machine detection, recordings, the fallback and
 * live transfers.
 *
 * The voice adapter of the conversation runner (src/conversation/runner.ts): Twilio's
 * parameters become one engine input, the runner takes the turn (load, step, the tenant's
 * escalation plan, `recordTurn` with the provider event id = CallSid + turn, so a replayed
 * webhook is recognised), and the effects are rendered as TwiML. A webhook whose turn number is
 * not the session's (replayed, duplicated, out of order) changes nothing and gets the TwiML of
 * the current state. What voice can do: live transfers (a conference the tenant's agents are
 * rung into, `<Enqueue>`, or a number), keypad, listen-in. Phone numbers never appear in URLs
 * or logs (000 第四十三条(十一)).
 */
import { isFinal } from '../../domain/callbacks.js';
import type { AppDeps } from '../../conversation/deps.js';
import { conversationRunner, type ChannelAdapter, type ConversationRunner, type TurnCtx, type TurnOutcome } from '../../conversation/runner.js';
import { speakable, type ChannelSession } from '../../conversation/session.js';
import { localNow } from '../../conversation/variables.js';
import type { Effect, Input } from '../../engine/types.js';
import { planFor } from '../../results/tasks.js';
import { HuifangError, isHuifangError } from '../../shared/errors.js';
import type { AttemptOutcome } from '../../store/repos/callbacks.js';
import {
  contactPhone,
  routeUrl,
  twilioRuntime,
  type StartCallbackRequest,
  type StartCallbackResult,
  type TwilioRuntime,
  type VoiceState,
} from './common.js';
import { type TwilioParams, param } from './signature.js';
import { startSmsThread } from './sms.js';
import { abandonConference, conferenceTarget, conferencesOn, startConferenceTransfer, type Ringable } from './conference.js';
import { renderEmpty, renderHoldAndRetry, renderReprompt, renderSayAndHangup, renderTwiml, renderWhisper, whisperText, type TransferTarget } from './twiml.js';

export type { VoiceProvider, PlaceCallRequest, SendSmsRequest, CallStatus } from './provider.js';
export { createTwilioProvider, RedirectingRequestClient } from './provider.js';
export type { ContactChannel, StartCallbackRequest, StartCallbackResult } from './common.js';

/** Said first on a recorded call, before anything else. */
export const RECORDING_NOTICE = '为了提升服务质量，本次通话将被录音。';
/** Said by the fallback URL before hanging up; the attempt is marked failed and retried. */
export const FALLBACK_TEXT = '抱歉，系统暂时繁忙，我们稍后再与您联系。谢谢您，再见。';
/** Said before a live transfer. */
export const TRANSFER_TEXT = '正在为您转接人工客服，请稍候。';
/** Ring time before a call counts as not answered, seconds. */
export const RING_TIMEOUT_SEC = 30;


/** What a voice turn may transfer to now: the target, and the agents a conference rings. */
export interface VoiceTransfer {
  target: TransferTarget;
  agents: Ringable[];
}

/** The voice adapter: what voice can do, and the live transfer it can offer an escalation. */
export function voiceAdapter(rt: TwilioRuntime): ChannelAdapter<VoiceState, VoiceTransfer> {
  return {
    channel: 'voice',
    capabilities: { liveTransfer: rt.settings.transferMode !== 'off', keypad: true, listenIn: conferencesOn(rt) },
    async offerTransfer(ctx, { reason, turn }) {
      const target = transferTarget(rt, { attemptId: ctx.attempt.id, reason, turn });
      if (!target) return null;
      // A conference needs an agent with a phone to ring.
      const agents = target.kind === 'conference' ? await rt.store.users.agentsToRing(ctx.callback.tenantId) : [];
      return target.kind === 'conference' && agents.length === 0 ? null : { target, agents };
    },
  };
}

const runners = new WeakMap<TwilioRuntime, ConversationRunner<VoiceState, VoiceTransfer>>();
/** The runner of the voice channel of a runtime. */
export function voiceRunner(rt: TwilioRuntime): ConversationRunner<VoiceState, VoiceTransfer> {
  let r = runners.get(rt);
  if (!r) runners.set(rt, (r = conversationRunner(rt, voiceAdapter(rt))));
  return r;
}

/**
 * Start a contact attempt on a callback, by voice or by SMS. The attempt row is written
 * BEFORE the provider is asked (a crash leaves a visible attempt, never an unrecorded
 * call), then the provider id is stored on it. For voice the survey itself runs on the
 * webhooks; for SMS the first message is sent here.
 *
 * @throws HuifangError HF_CONTACT_REFUSED (do-not-contact, no number), HF_STORE_INVALID
 *   (the callback is already finished), HF_TWILIO_CONFIG, HF_TWILIO_REQUEST (the attempt is
 *   then recorded as failed and the callback left incomplete for a retry).
 */
export async function startCallback(deps: AppDeps | TwilioRuntime, req: StartCallbackRequest): Promise<StartCallbackResult> {
  const rt = 'provider' in deps ? deps : twilioRuntime(deps);
  if (req.channel === 'sms') return startSmsThread(rt, req);
  if (req.channel !== 'voice') throw new HuifangError('HF_STORE_INVALID', `unknown channel ${String(req.channel)}`);
  const callback = await rt.store.callbacks.require(req.callbackId);
  if (isFinal(callback.status)) throw new HuifangError('HF_STORE_INVALID', `callback ${callback.id} is already ${callback.status}`);
  const phone = await contactPhone(rt, callback, req.phoneId);
  const { attempt } = await rt.store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice', phoneId: phone.id, provider: 'twilio' });
  const a = { a: attempt.id };
  try {
    const { providerId } = await rt.provider.placeCall({
      to: phone.e164,
      url: routeUrl(rt.publicUrl, '/twilio/voice', a),
      statusCallback: routeUrl(rt.publicUrl, '/twilio/status', a),
      amdStatusCallback: routeUrl(rt.publicUrl, '/twilio/amd', a),
      fallbackUrl: routeUrl(rt.publicUrl, '/twilio/fallback', a),
      record: rt.settings.recordCalls,
      recordingStatusCallback: routeUrl(rt.publicUrl, '/twilio/recording', a),
      timeLimitSec: rt.settings.callTimeLimitSec,
      timeoutSec: RING_TIMEOUT_SEC,
    });
    // The answered webhook may have stored it already (a fast provider): same value.
    await rt.store.callbacks.fillProviderId(attempt.id, providerId);
    rt.log.info({ attemptId: attempt.id, callbackId: callback.id, phone: phone.masked }, 'call placed');
    return { channel: 'voice', attemptId: attempt.id, providerId };
  } catch (e) {
    // Not reached: the attempt fails, the callback stays open for the campaign's retry.
    await voiceRunner(rt).settle(attempt.id, { eventId: `dial:${attempt.id}`, outcome: 'failed' });
    throw e;
  }
}

/** A Twilio voice webhook's parameters mapped to one engine input. */
export function inputFromTwilio(params: TwilioParams, now?: string): Input {
  const digits = (param(params.Digits) ?? '').replace(/[^0-9*#]/g, '');
  if (digits) return { type: 'digits', digits, ...(now ? { now } : {}) };
  const speech = (param(params.SpeechResult) ?? '').trim();
  if (speech) {
    const c = Number(param(params.Confidence));
    // Twilio sends 0 or nothing when it has no estimate: treat that as fair, not as certain failure.
    const confidence = Number.isFinite(c) && c > 0 ? Math.min(c, 1) : 0.8;
    return { type: 'answer', text: speech, confidence, ...(now ? { now } : {}) };
  }
  return { type: 'no_input' };
}

type VoiceCtx = TurnCtx<VoiceState>;

/** The turn context of a webhook: null when unknown, another channel's, or another call's CallSid. */
async function load(rt: TwilioRuntime, attemptId: string | undefined, callSid: string | undefined): Promise<VoiceCtx | null> {
  const ctx = await voiceRunner(rt).load(attemptId);
  if (!ctx) return null;
  if (ctx.attempt.providerId && callSid && ctx.attempt.providerId !== callSid) {
    rt.log.warn({ attemptId }, 'twilio webhook CallSid does not match the attempt: ignored');
    return null;
  }
  return ctx;
}

/** Resolve prompt audio (in parallel) and render. */
async function render(
  rt: TwilioRuntime,
  effects: readonly Effect[],
  o: { attemptId: string; turn: number; locale: string; notice?: string | null; transfer?: TransferTarget | null },
): Promise<string> {
  const texts = [...(o.notice ? [o.notice] : []), ...effects.flatMap((e) => (e.type === 'prompt' ? [e.text] : []))];
  const audio: Record<string, string> = {};
  if (rt.audio && texts.length) {
    const urls = await Promise.all(texts.map((t) => rt.audio?.urlFor(t, { locale: o.locale }) ?? null));
    texts.forEach((t, i) => {
      const u = urls[i];
      if (u) audio[t] = u;
    });
  }
  return renderTwiml(effects, {
    actionUrl: routeUrl(rt.publicUrl, '/twilio/voice', { a: o.attemptId, t: o.turn }),
    audio,
    locale: o.locale,
    ...(o.notice ? { notice: o.notice } : {}),
    ...(o.transfer ? { transfer: o.transfer } : {}),
  });
}

/** The TwiML of the current state, for a replayed or out-of-order webhook (nothing is recorded). */
async function renderCurrent(rt: TwilioRuntime, attemptId: string, ctx: VoiceCtx | null): Promise<string> {
  const s = ctx?.session?.session;
  const cs = s?.channelState;
  if (!s || cs?.channel !== 'voice' || cs.attemptId !== attemptId) return renderEmpty();
  if (s.done || s.state === '__hung_up') return renderSayAndHangup(null);
  return render(rt, cs.lastEffects, { attemptId, turn: s.turn, locale: s.ctx.locale });
}

/**
 * `POST /twilio/voice?a=<attemptId>[&t=<turn>]`: the call was answered (no `t`) or a Gather
 * finished (`t` = the session turn the Gather belongs to). Returns TwiML.
 */
export async function handleVoice(rt: TwilioRuntime, query: { a?: string; t?: string }, params: TwilioParams): Promise<string> {
  const callSid = param(params.CallSid);
  const ctx = await load(rt, query.a, callSid);
  if (!ctx) return renderEmpty();
  const { attempt, callback } = ctx;
  if (attempt.outcome === 'machine' || attempt.outcome === 'failed' || attempt.endedAt) return renderSayAndHangup(null);
  if (isFinal(callback.status) && query.t === undefined) return renderSayAndHangup(null);
  const patch: { providerId?: string; answeredAt?: Date } = {};
  if (!attempt.providerId && callSid) patch.providerId = callSid;
  if (!attempt.answeredAt) patch.answeredAt = rt.now();
  if (patch.providerId || patch.answeredAt) await rt.store.callbacks.updateAttempt(attempt.id, patch);

  const runner = voiceRunner(rt);
  const eventBase = callSid ?? `attempt:${attempt.id}`;
  const state = (r: { effects: Effect[] }): VoiceState => ({ channel: 'voice', attemptId: attempt.id, callSid: callSid ?? null, lastEffects: speakable(r.effects) });
  let out: TurnOutcome<VoiceState, VoiceTransfer>;
  if (query.t === undefined) {
    // First request of this call (a repeat of it, once the attempt owns the session, changes nothing).
    out = await runner.open(attempt.id, { ctx, eventId: `${eventBase}:start`, state });
  } else {
    const t = Number(query.t);
    out = await runner.turn(attempt.id, {
      ctx,
      eventId: `${eventBase}:${t}`,
      state,
      // The Gather names the turn it answers: after that turn it no longer applies.
      input: (c) => {
        const s = c.session?.session;
        return s && runner.owns(c) && Number.isInteger(t) && t === s.turn ? inputFromTwilio(params, localNow(rt.now(), s.ctx.tz)) : null;
      },
    });
    if (out.kind === 'stale') rt.log.info({ attemptId: attempt.id, t: /^\d{1,6}$/.test(query.t ?? '') ? Number(query.t) : 'not a turn number', turn: out.ctx.session?.session.turn ?? null }, 'replayed or out-of-order voice webhook: nothing recorded');
  }
  if (out.kind === 'missing') return renderEmpty();
  if (out.kind !== 'recorded') return renderCurrent(rt, attempt.id, out.ctx);
  const r = out.result;
  // In staffed hours a dissatisfied customer is put through to an agent: the closing words
  // give way to "putting you through".
  const transfer = await connectTransfer(rt, out, callSid ?? null);
  const effects = transfer ? withTransferNotice(r.effects) : r.effects;
  return render(rt, effects, {
    attemptId: attempt.id,
    turn: r.session.turn,
    locale: r.session.ctx.locale,
    notice: query.t === undefined && rt.settings.recordCalls ? RECORDING_NOTICE : null,
    transfer,
  });
}

/** The end step's goodbye replaced by the transfer notice. */
function withTransferNotice(effects: readonly Effect[]): Effect[] {
  const end = effects.find((e) => e.type === 'end');
  return effects.map((e) => (e.type === 'prompt' && end && e.stepId === end.stepId ? { ...e, text: TRANSFER_TEXT } : e));
}

/**
 * Start the transfer a turn decided on (004 第五十二条, 第五十四条, 第六十条: the tenant's rule,
 * applied by the runner). A conference transfer rings the agents now; when none can be rung
 * the turn ends as without a transfer (its closing words; the task keeps its deadline).
 */
async function connectTransfer(rt: TwilioRuntime, out: Extract<TurnOutcome<VoiceState, VoiceTransfer>, { kind: 'recorded' }>, callSid: string | null): Promise<TransferTarget | null> {
  const esc = out.escalation;
  const t = esc?.transfer;
  if (!esc || !t) return null;
  if (t.target.kind !== 'conference') return t.target;
  const { attempt, callback } = out.ctx;
  const ok = await startConferenceTransfer(rt, {
    attempt,
    callback,
    customerCallSid: callSid ?? attempt.providerId,
    turn: out.result.session.turn,
    reason: esc.reason,
    agents: t.agents,
    timeoutSec: esc.plan.transferTimeoutSec,
    basis: esc.plan.basis,
  });
  return ok ? t.target : null;
}

const FAILED_STATUSES: Record<string, AttemptOutcome> = { busy: 'busy', 'no-answer': 'no-answer', failed: 'failed', canceled: 'failed' };

/** `POST /twilio/status?a=<attemptId>`: call progress. Idempotent. */
export async function handleStatus(rt: TwilioRuntime, query: { a?: string }, params: TwilioParams): Promise<void> {
  const callSid = param(params.CallSid);
  const status = param(params.CallStatus) ?? '';
  // Progress before the answer has nothing to store: the attempt gets its CallSid from the
  // dialler when Twilio accepts the call (or from the first voice webhook). At 1,000 calls in
  // progress these are a quarter of all webhooks; they touch no table.
  if (status === 'queued' || status === 'initiated' || status === 'ringing') return;
  const ctx = await load(rt, query.a, callSid);
  if (!ctx) return;
  const { attempt } = ctx;
  if (!attempt.providerId && callSid) await rt.store.callbacks.fillProviderId(attempt.id, callSid);
  if (status === 'in-progress') {
    if (!attempt.answeredAt) await rt.store.callbacks.updateAttempt(attempt.id, { answeredAt: rt.now() });
    return;
  }
  if (status === 'completed') {
    // A call that ends while the survey is open was dropped: the runner records the hang-up
    // (003 二.3(4)), which ends the attempt and leaves the callback incomplete; otherwise it
    // ends them here.
    await voiceRunner(rt).settle(attempt.id, { ctx, eventId: `${callSid ?? attempt.id}:completed` });
    return;
  }
  const failed = FAILED_STATUSES[status];
  if (failed && !attempt.endedAt) {
    await voiceRunner(rt).settle(attempt.id, { ctx, eventId: `${callSid ?? attempt.id}:${status}`, outcome: failed });
    rt.log.info({ attemptId: attempt.id, status }, 'call not answered');
  }
}

/**
 * `POST /twilio/amd?a=<attemptId>`: asynchronous answering-machine detection. A machine (or
 * fax) is not surveyed: the attempt's outcome is 'machine', the survey is closed, the call is
 * hung up (its status webhook ends the attempt), and the campaign decides what next.
 */
export async function handleAmd(rt: TwilioRuntime, query: { a?: string }, params: TwilioParams): Promise<void> {
  const callSid = param(params.CallSid);
  const ctx = await load(rt, query.a, callSid);
  if (!ctx) return;
  const answeredBy = param(params.AnsweredBy) ?? '';
  if (!(answeredBy.startsWith('machine') || answeredBy === 'fax')) return;
  const { attempt } = ctx;
  // A late or replayed AMD result on an ended attempt changes nothing and hangs up nothing (issue 15 item 3).
  if (attempt.outcome === 'machine' || attempt.endedAt) return;
  await voiceRunner(rt).settle(attempt.id, { ctx, eventId: `${callSid ?? attempt.id}:amd`, outcome: 'machine', end: false });
  const sid = callSid ?? attempt.providerId;
  if (sid) {
    try {
      await rt.provider.hangUp(sid);
    } catch (e) {
      rt.log.warn({ attemptId: attempt.id, code: isHuifangError(e) ? e.code : 'HF_INTERNAL' }, 'could not hang up on a machine');
    }
  }
  rt.log.info({ attemptId: attempt.id }, 'answering machine: not surveyed');
}

/** `POST /twilio/recording?a=<attemptId>`: keep the recording's id on the attempt. */
export async function handleRecording(rt: TwilioRuntime, query: { a?: string }, params: TwilioParams): Promise<void> {
  const ctx = await load(rt, query.a, param(params.CallSid));
  if (!ctx) return;
  const status = param(params.RecordingStatus);
  const sid = param(params.RecordingSid);
  if (sid && (!status || status === 'completed')) await rt.store.callbacks.updateAttempt(ctx.attempt.id, { recordingRef: sid });
}

/**
 * `POST /twilio/fallback?a=<attemptId>`: Twilio could not get TwiML from us. End the call
 * politely; the attempt is failed and the callback stays open for a retry (the dialog
 * resumes at its step when something was answered).
 */
export async function handleFallback(rt: TwilioRuntime, query: { a?: string }, params: TwilioParams): Promise<string> {
  const callSid = param(params.CallSid);
  const ctx = await load(rt, query.a, callSid);
  // A late or replayed fallback on an ended attempt changes nothing (issue 15 item 3).
  if (ctx && !ctx.attempt.endedAt) {
    rt.log.warn({ attemptId: ctx.attempt.id, errorCode: param(params.ErrorCode) ?? null }, 'twilio fallback: call ended, attempt failed');
    await voiceRunner(rt).settle(ctx.attempt.id, { ctx, eventId: `${callSid ?? ctx.attempt.id}:fallback`, outcome: 'failed' });
  }
  return renderFallback();
}

/** The fallback's fixed goodbye (needs no database: the surface sends it even when the store is down). */
export function renderFallback(): string {
  return renderSayAndHangup(FALLBACK_TEXT);
}

/** How many times a call is held, or a question asked again, while the database does not answer. */
export const OUTAGE_RETRIES = 2;
/** The pause of a hold before Twilio asks again, seconds. */
export const OUTAGE_HOLD_SEC = 5;

/**
 * The answer of `/twilio/voice` when its handler failed or ran late (the database down,
 * outage.ts): on the call's first request, "please hold" and the same request again after a
 * pause; on a turn, the question asked again with the same turn number (the answer counts once
 * whenever it is stored). After OUTAGE_RETRIES of either, the fixed goodbye and a hang-up: the
 * attempt is settled when the database returns and the campaign calls again. Needs no database.
 */
export function voiceOutage(rt: Pick<TwilioRuntime, 'publicUrl'>, query: { a?: string; t?: string; w?: string }): string {
  const w = Number(query.w ?? 0);
  const tries = Number.isInteger(w) && w >= 0 ? w : OUTAGE_RETRIES;
  if (!query.a || tries >= OUTAGE_RETRIES) return renderFallback();
  const next = { a: query.a, ...(query.t !== undefined ? { t: query.t } : {}), w: tries + 1 };
  if (query.t === undefined) return renderHoldAndRetry(routeUrl(rt.publicUrl, '/twilio/voice', next), OUTAGE_HOLD_SEC);
  return renderReprompt(routeUrl(rt.publicUrl, '/twilio/voice', next));
}

/**
 * The transfer target for an attempt: a number given by the caller, else by
 * TWILIO_TRANSFER_MODE: the attempt's conference (default; `turn` goes into its webhook URLs),
 * the TWILIO_AGENT_QUEUE queue, or none.
 */
export function transferTarget(rt: TwilioRuntime, o: { attemptId: string; number?: string; reason?: string; turn?: number }): TransferTarget | null {
  const whisperUrl = routeUrl(rt.publicUrl, '/twilio/whisper', { a: o.attemptId, ...(o.reason ? { r: o.reason } : {}) });
  if (o.number) return { kind: 'number', number: o.number, whisperUrl, ...(rt.settings.from ? { callerId: rt.settings.from } : {}) };
  if (conferencesOn(rt)) return conferenceTarget(rt, o.attemptId, o.turn ?? 0);
  if (rt.settings.transferMode === 'queue' && rt.settings.agentQueue) return { kind: 'queue', queue: rt.settings.agentQueue, whisperUrl };
  return null;
}

/**
 * Transfer a live call to a human now (for the escalation flow): the call's TwiML is
 * replaced with a short notice and `<Dial><Conference>` (the tenant's agents are rung into
 * it), `<Enqueue>` (TWILIO_TRANSFER_MODE=queue) or `<Dial>` (a number).
 *
 * @throws HuifangError HF_TWILIO_CONFIG (nobody to transfer to), HF_STORE_NOT_FOUND.
 */
export async function transferCall(deps: AppDeps | TwilioRuntime, o: { attemptId: string; number?: string; reason?: string }): Promise<TransferTarget> {
  const rt = 'provider' in deps ? deps : twilioRuntime(deps);
  const attempt = await rt.store.callbacks.getAttempt(o.attemptId);
  if (!attempt?.providerId) throw new HuifangError('HF_STORE_NOT_FOUND', `no live call for attempt ${o.attemptId}`);
  const turn = (await rt.store.sessions.get<{ turn: number }>(attempt.callbackId))?.session.turn ?? 0;
  const target = transferTarget(rt, { ...o, turn });
  if (!target) throw new HuifangError('HF_TWILIO_CONFIG', 'live transfers are off (TWILIO_TRANSFER_MODE) and no number was given');
  if (target.kind === 'conference') {
    const callback = await rt.store.callbacks.require(attempt.callbackId);
    const reason = o.reason ?? 'human_requested';
    const agents = await rt.store.users.agentsToRing(callback.tenantId);
    const { plan } = await planFor(rt.store, callback.id, reason, { now: rt.now() });
    const rung =
      agents.length > 0 &&
      (await startConferenceTransfer(rt, { attempt, callback, customerCallSid: attempt.providerId, turn, reason, agents, timeoutSec: plan.transferTimeoutSec }));
    if (!rung) throw new HuifangError('HF_TWILIO_CONFIG', 'no agent with a phone number could be rung for this tenant');
  }
  const twiml = renderTwiml([{ type: 'prompt', text: TRANSFER_TEXT, bargeIn: false, stepId: 'transfer' }], { actionUrl: '', transfer: target });
  try {
    await rt.provider.updateCall(attempt.providerId, twiml);
  } catch (e) {
    if (target.kind === 'conference') await abandonConference(rt, attempt.id);
    throw e;
  }
  return target;
}

/** `POST /twilio/whisper?a=<attemptId>[&r=<reason>]`: who and why, for the agent. */
export async function handleWhisper(rt: TwilioRuntime, query: { a?: string; r?: string }): Promise<string> {
  const attempt = query.a ? await rt.store.callbacks.getAttempt(query.a) : null;
  if (!attempt) return renderWhisper('回访转接。');
  const callback = await rt.store.callbacks.require(attempt.callbackId);
  const s = (await rt.store.sessions.get<ChannelSession>(callback.id))?.session;
  const esc = (await rt.store.results.escalations(callback.id)).at(-1);
  const title = rt.dialogs.has(callback.dialogId) ? rt.dialogs.get(callback.dialogId).spec.title : null;
  const reason = query.r ?? esc?.reason ?? 'human_requested';
  const answers = s?.ctx.answers ?? {};
  const reasonAnswer = Object.entries(answers).find(([k]) => k === 'reason')?.[1]?.raw;
  return renderWhisper(
    whisperText({
      customerName: s?.ctx.vars.customerName ?? null,
      title: title ?? null,
      reason,
      detail: esc?.detail ?? reasonAnswer ?? null,
    }),
    s?.ctx.locale,
  );
}
