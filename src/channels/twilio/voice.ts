/**
 * Voice callbacks through Twilio: dialling (`startCallback`), the turn loop on
 * `/twilio/voice`, call status, answering-machine detection, recordings, the fallback and
 * live transfers.
 *
 * Every turn is: load attempt + callback + session, map Twilio's parameters to one engine
 * input, `step`, persist with `recordTurn` (provider event id = CallSid + turn: a replayed
 * webhook is recognised), render TwiML. A webhook whose turn number is not the session's
 * (replayed, duplicated, out of order) changes nothing and gets the TwiML of the current
 * state. Phone numbers never appear in URLs or logs (000 第四十三条(十一)).
 */
import { step, type Session } from '../../engine/engine.js';
import type { Effect, Input } from '../../engine/types.js';
import { recordTurn } from '../../results/record.js';
import { planFor } from '../../results/tasks.js';
import type { AppDeps } from '../../server/app.js';
import { HuifangError, isHuifangError } from '../../shared/errors.js';
import type { Attempt, AttemptOutcome, Callback } from '../../store/repos/callbacks.js';
import { FINAL_STATUSES } from '../../store/repos/callbacks.js';
import {
  closePreviousTurn,
  contactPhone,
  localNow,
  openingStep,
  routeUrl,
  speakable,
  startVariables,
  stripChannel,
  twilioRuntime,
  type ChannelSession,
  type ChannelState,
  type StartCallbackRequest,
  type StartCallbackResult,
  type TwilioRuntime,
} from './common.js';
import { type TwilioParams, param } from './signature.js';
import { startSmsThread } from './sms.js';
import { abandonConference, conferenceTarget, conferencesOn, startConferenceTransfer, type Ringable } from './conference.js';
import { renderEmpty, renderSayAndHangup, renderTwiml, renderWhisper, whisperText, type TransferTarget } from './twiml.js';

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
  if (FINAL_STATUSES.includes(callback.status)) throw new HuifangError('HF_STORE_INVALID', `callback ${callback.id} is already ${callback.status}`);
  const phone = await contactPhone(rt, callback, req.phoneId);
  const { attempt } = await rt.store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice', phoneId: phone.id });
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
    await failAttempt(rt, attempt.id, callback.id, 'failed');
    throw e;
  }
}

/** End an attempt that did not reach the customer; the callback stays open for the campaign's retry. */
async function failAttempt(rt: TwilioRuntime, attemptId: string, callbackId: string, outcome: AttemptOutcome): Promise<void> {
  await rt.store.callbacks.updateAttempt(attemptId, { outcome, endedAt: rt.now() });
  await rt.store.callbacks.releaseIfInProgress(callbackId);
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

interface Loaded {
  attempt: Attempt;
  callback: Callback;
  stored: { session: ChannelSession; version: number } | null;
}

async function load(rt: TwilioRuntime, attemptId: string | undefined, callSid: string | undefined): Promise<Loaded | null> {
  if (!attemptId) return null;
  const ctx = await rt.store.callbacks.turnContext<ChannelSession>(attemptId);
  if (!ctx || ctx.attempt.channel !== 'voice') return null;
  const { attempt, callback, session } = ctx;
  if (attempt.providerId && callSid && attempt.providerId !== callSid) {
    rt.log.warn({ attemptId }, 'twilio webhook CallSid does not match the attempt: ignored');
    return null;
  }
  return { attempt, callback, stored: session };
}

const voiceState = (s: ChannelSession | undefined | null): Extract<ChannelState, { channel: 'voice' }> | null =>
  s?.channelState?.channel === 'voice' ? s.channelState : null;

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
async function renderCurrent(rt: TwilioRuntime, attemptId: string, stored: Loaded['stored']): Promise<string> {
  const s = stored?.session;
  const cs = voiceState(s);
  if (!s || !cs || cs.attemptId !== attemptId) return renderEmpty();
  if (s.done || s.state === '__hung_up') return renderSayAndHangup(null);
  return render(rt, cs.lastEffects, { attemptId, turn: s.turn, locale: s.ctx.locale });
}

/**
 * `POST /twilio/voice?a=<attemptId>[&t=<turn>]`: the call was answered (no `t`) or a Gather
 * finished (`t` = the session turn the Gather belongs to). Returns TwiML.
 */
export async function handleVoice(rt: TwilioRuntime, query: { a?: string; t?: string }, params: TwilioParams): Promise<string> {
  const callSid = param(params.CallSid);
  const loaded = await load(rt, query.a, callSid);
  if (!loaded) return renderEmpty();
  const { attempt, callback, stored } = loaded;
  if (attempt.outcome === 'machine' || attempt.outcome === 'failed' || attempt.endedAt) return renderSayAndHangup(null);
  if (FINAL_STATUSES.includes(callback.status) && query.t === undefined) return renderSayAndHangup(null);
  const patch: { providerId?: string; answeredAt?: Date } = {};
  if (!attempt.providerId && callSid) patch.providerId = callSid;
  if (!attempt.answeredAt) patch.answeredAt = rt.now();
  if (patch.providerId || patch.answeredAt) await rt.store.callbacks.updateAttempt(attempt.id, patch);

  const dialog = rt.dialogs.get(callback.dialogId);
  const cs = voiceState(stored?.session);
  const eventBase = callSid ?? `attempt:${attempt.id}`;
  try {
    if (query.t === undefined) {
      // First request of this call. A repeat of it (same attempt already owns the session) changes nothing.
      if (cs?.attemptId === attempt.id) return await renderCurrent(rt, attempt.id, stored);
      const { variables, timeZone } = await startVariables(rt.store, callback);
      const opening = openingStep(dialog, stored?.session ?? null, { variables, timeZone, now: localNow(rt.now(), timeZone) }, { interpret: rt.interpret });
      let version = stored?.version ?? 0;
      // The previous call never reported its end: close its turn (hung up) before resuming.
      if (opening.closePrevious && stored) version = await closePreviousTurn(rt, callback, stored, opening.closePrevious);
      const r = opening.result;
      await persist(rt, { callback, attemptId: attempt.id, callSid: callSid ?? null, eventId: `${eventBase}:start`, result: r, expectedVersion: version });
      return await render(rt, r.effects, {
        attemptId: attempt.id,
        turn: r.session.turn,
        locale: r.session.ctx.locale,
        notice: rt.settings.recordCalls ? RECORDING_NOTICE : null,
      });
    }
    const t = Number(query.t);
    const s = stored?.session;
    if (!s || !cs || cs.attemptId !== attempt.id || !Number.isInteger(t) || t !== s.turn || s.done || s.state === '__hung_up') {
      rt.log.info({ attemptId: attempt.id, t: query.t, turn: s?.turn ?? null }, 'replayed or out-of-order voice webhook: nothing recorded');
      return await renderCurrent(rt, attempt.id, stored);
    }
    const r = step(dialog, stripChannel(s), inputFromTwilio(params, localNow(rt.now(), s.ctx.tz)), { interpret: rt.interpret, timeZone: s.ctx.tz });
    if (r.ignored) return await renderCurrent(rt, attempt.id, stored);
    const saved = await persist(rt, { callback, attemptId: attempt.id, callSid: callSid ?? null, eventId: `${eventBase}:${t}`, result: r, expectedVersion: stored.version });
    // In staffed hours a dissatisfied customer is put through to an agent: the closing words
    // give way to "putting you through".
    const transfer = await connectTransfer(rt, saved, { attempt, callback, callSid: callSid ?? null, turn: r.session.turn });
    const effects = transfer ? withTransferNotice(r.effects) : r.effects;
    return await render(rt, effects, { attemptId: attempt.id, turn: r.session.turn, locale: r.session.ctx.locale, transfer });
  } catch (e) {
    if (isHuifangError(e) && e.code === 'HF_STORE_CONFLICT') {
      // Another request for this call saved first: answer with what is current now.
      const again = await load(rt, query.a, callSid);
      return renderCurrent(rt, attempt.id, again?.stored ?? null);
    }
    throw e;
  }
}

/** The end step's goodbye replaced by the transfer notice. */
function withTransferNotice(effects: readonly Effect[]): Effect[] {
  const end = effects.find((e) => e.type === 'end');
  return effects.map((e) => (e.type === 'prompt' && end && e.stepId === end.stepId ? { ...e, text: TRANSFER_TEXT } : e));
}

/** What an escalating turn decided: the plan, and who a conference transfer rings. */
interface TurnEscalation {
  reason: string;
  plan: Awaited<ReturnType<typeof planFor>>['plan'];
  agents: Ringable[];
}

/**
 * The tenant's escalation rule for a turn that escalates (004 第五十二条, 第五十四条, 第六十条):
 * the task's deadline, and whether to transfer the call live now (a conference needs an agent
 * with a phone to ring).
 */
async function escalationOf(rt: TwilioRuntime, callback: Callback, effects: readonly Effect[], attemptId: string, turn: number) {
  const esc = effects.find((e): e is Extract<Effect, { type: 'escalate' }> => e.type === 'escalate');
  if (!esc) return { dueAt: null, transfer: null, escalation: null };
  const target = transferTarget(rt, { attemptId, reason: esc.reason, turn });
  const agents = target?.kind === 'conference' ? await rt.store.users.agentsToRing(callback.tenantId) : [];
  const canTransfer = target !== null && (target.kind !== 'conference' || agents.length > 0);
  const { plan } = await planFor(rt.store, callback.id, esc.reason, { channelCanTransfer: canTransfer, now: rt.now() });
  const escalation: TurnEscalation = { reason: esc.reason, plan, agents };
  return { dueAt: plan.dueAt, transfer: plan.mode === 'transfer' ? target : null, escalation };
}

/**
 * Start the transfer a turn decided on. A conference transfer rings the agents now; when none
 * can be rung the turn ends as without a transfer (its closing words; the task stays).
 */
async function connectTransfer(
  rt: TwilioRuntime,
  saved: { transfer: TransferTarget | null; escalation: TurnEscalation | null },
  o: { attempt: Attempt; callback: Callback; callSid: string | null; turn: number },
): Promise<TransferTarget | null> {
  const t = saved.transfer;
  if (t?.kind !== 'conference' || !saved.escalation) return t;
  const { reason, plan, agents } = saved.escalation;
  const ok = await startConferenceTransfer(rt, {
    attempt: o.attempt,
    callback: o.callback,
    customerCallSid: o.callSid ?? o.attempt.providerId,
    turn: o.turn,
    reason,
    agents,
    timeoutSec: plan.transferTimeoutSec,
    basis: plan.basis,
  });
  return ok ? t : null;
}

async function persist(
  rt: TwilioRuntime,
  o: { callback: Callback; attemptId: string; callSid: string | null; eventId: string; result: { session: Session; effects: Effect[] }; expectedVersion: number },
): Promise<{ recorded: boolean; transfer: TransferTarget | null; escalation: TurnEscalation | null }> {
  const channelState: ChannelState = { channel: 'voice', attemptId: o.attemptId, callSid: o.callSid, lastEffects: speakable(o.result.effects) };
  const escalation = await escalationOf(rt, o.callback, o.result.effects, o.attemptId, o.result.session.turn);
  const rec = await recordTurn(rt.store, {
    callbackId: o.callback.id,
    attemptId: o.attemptId,
    providerEventId: o.eventId,
    effects: o.result.effects,
    session: { ...o.result.session, channelState },
    expectedVersion: o.expectedVersion,
    escalationDueAt: escalation.dueAt,
  });
  return { recorded: !rec.duplicate, transfer: escalation.transfer, escalation: escalation.escalation };
}

/**
 * Close the session of this attempt as hung up (003 二.3(4): the next attempt resumes at the
 * step). True when the hang-up was recorded (the turn ended the attempt and left the callback
 * incomplete).
 */
async function hangUpSession(rt: TwilioRuntime, loaded: Loaded, eventId: string): Promise<boolean> {
  const { attempt, callback, stored } = loaded;
  const s = stored?.session;
  const cs = voiceState(s);
  if (!s || !stored || !cs || cs.attemptId !== attempt.id || s.done || s.state === '__hung_up') return false;
  const dialog = rt.dialogs.get(callback.dialogId);
  const r = step(dialog, stripChannel(s), { type: 'hang_up' }, { interpret: rt.interpret, timeZone: s.ctx.tz });
  if (r.ignored) return false;
  try {
    const rec = await recordTurn(rt.store, {
      callbackId: callback.id,
      attemptId: attempt.id,
      providerEventId: eventId,
      effects: r.effects,
      session: { ...r.session, channelState: { ...cs, lastEffects: [] } },
      expectedVersion: stored.version,
    });
    return !rec.duplicate;
  } catch (e) {
    if (!(isHuifangError(e) && e.code === 'HF_STORE_CONFLICT')) throw e;
    return false;
  }
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
  const loaded = await load(rt, query.a, callSid);
  if (!loaded) return;
  const { attempt, callback } = loaded;
  if (!attempt.providerId && callSid) await rt.store.callbacks.fillProviderId(attempt.id, callSid);
  if (status === 'in-progress') {
    if (!attempt.answeredAt) await rt.store.callbacks.updateAttempt(attempt.id, { answeredAt: rt.now() });
    return;
  }
  if (status === 'completed') {
    // A call that ends while the survey is open was dropped: record the hang-up (003 二.3(4)).
    // That turn ends the attempt and leaves the callback incomplete; otherwise end them here.
    // The statements are conditional, so a turn recorded meanwhile by another webhook wins;
    // what was loaded only spares statements that cannot change anything (an ended attempt
    // stays ended; a callback not in progress is not this attempt's to release).
    if (await hangUpSession(rt, loaded, `${callSid ?? attempt.id}:completed`)) return;
    if (!attempt.endedAt) await rt.store.callbacks.endAttempt(attempt.id, rt.now());
    if (callback.status === 'in_progress') await rt.store.callbacks.releaseIfInProgress(callback.id);
    return;
  }
  const failed = FAILED_STATUSES[status];
  if (failed && !attempt.endedAt) {
    await failAttempt(rt, attempt.id, callback.id, failed);
    rt.log.info({ attemptId: attempt.id, status }, 'call not answered');
  }
}

/**
 * `POST /twilio/amd?a=<attemptId>`: asynchronous answering-machine detection. A machine (or
 * fax) is not surveyed: the attempt ends with outcome 'machine', the call is hung up, and
 * the campaign decides what next.
 */
export async function handleAmd(rt: TwilioRuntime, query: { a?: string }, params: TwilioParams): Promise<void> {
  const callSid = param(params.CallSid);
  const loaded = await load(rt, query.a, callSid);
  if (!loaded) return;
  const answeredBy = param(params.AnsweredBy) ?? '';
  if (!(answeredBy.startsWith('machine') || answeredBy === 'fax')) return;
  const { attempt } = loaded;
  if (attempt.outcome === 'machine') return;
  await rt.store.callbacks.updateAttempt(attempt.id, { outcome: 'machine' });
  await hangUpSession(rt, loaded, `${callSid ?? attempt.id}:amd`);
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
  const loaded = await load(rt, query.a, param(params.CallSid));
  if (!loaded) return;
  const status = param(params.RecordingStatus);
  const sid = param(params.RecordingSid);
  if (sid && (!status || status === 'completed')) await rt.store.callbacks.updateAttempt(loaded.attempt.id, { recordingRef: sid });
}

/**
 * `POST /twilio/fallback?a=<attemptId>`: Twilio could not get TwiML from us. End the call
 * politely; the attempt is failed and the callback stays open for a retry (the dialog
 * resumes at its step when something was answered).
 */
export async function handleFallback(rt: TwilioRuntime, query: { a?: string }, params: TwilioParams): Promise<string> {
  const callSid = param(params.CallSid);
  const loaded = await load(rt, query.a, callSid);
  if (loaded) {
    const { attempt, callback } = loaded;
    rt.log.warn({ attemptId: attempt.id, errorCode: param(params.ErrorCode) ?? null }, 'twilio fallback: call ended, attempt failed');
    await rt.store.callbacks.updateAttempt(attempt.id, { outcome: 'failed' });
    await hangUpSession(rt, loaded, `${callSid ?? attempt.id}:fallback`);
    await failAttempt(rt, attempt.id, callback.id, 'failed');
  }
  return renderSayAndHangup(FALLBACK_TEXT);
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
  const turn = (await rt.store.sessions.get<ChannelSession>(attempt.callbackId))?.session.turn ?? 0;
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
