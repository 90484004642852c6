/**
 * Voice callbacks through Aliyun 语音服务 SmartCall (docs/telephony-aliyun.md): dialling
 * (`startAliyunCall`), the turn loop on `POST /aliyun/smartcall`, and the call receipts on
 * `POST /aliyun/voice-report`.
 *
 * The voice adapter of the conversation runner (src/conversation/runner.ts) for a provider
 * that recognises speech itself and posts each utterance: the call is placed after the
 * attempt is written, with a short greeting as its first TTS; the first callback (the
 * customer's "喂", or silence) opens the session with `runner.open` and is answered with the
 * dialog's first prompt; each later callback maps the recognised words to an `answer`, silence
 * (`mute`) to `no_input` and keys to `digits` in `runner.turn`; the effects are rendered as the
 * platform's next action (action.ts). A callback names the turn it answers (`dynamic_id`
 * `<attempt>.<turn>`, given back from our last answer), so a replayed or late one is stale and
 * is answered with the current question without recording anything. Early media (空号, 关机,
 * 停机) fails the attempt with its reason; receipts settle the attempt as Twilio's status
 * callbacks do. Phone numbers never appear in URLs or logs (000 第四十三条(十一)).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isFinal } from '../../domain/callbacks.js';
import type { FailureReason } from '../../domain/contact.js';
import type { AppDeps, ChannelLogger } from '../../conversation/deps.js';
import { conversationRunner, type ChannelAdapter, type ConversationRunner, type TurnCtx, type TurnOutcome } from '../../conversation/runner.js';
import { speakable, type ChannelStateBase } from '../../conversation/session.js';
import { localNow } from '../../conversation/variables.js';
import type { Effect, Input } from '../../engine/types.js';
import type { AliyunConfig } from '../../shared/config.js';
import { HuifangError, isHuifangError } from '../../shared/errors.js';
import { createLogger } from '../../shared/logging.js';
import type { AttemptOutcome } from '../../store/repos/callbacks.js';
import { contactPhone, type StartCallbackResult } from '../twilio/common.js';
import { aliyunNumber, createAliyunApi, type AliyunApi } from './api.js';
import { parseDynamicId, renderAction, type SmartCallAction } from './action.js';

// The Aliyun channel's service (src/conversation/deps.ts): the API (the SDK, or a test's fake).
declare module '../../conversation/deps.js' {
  interface Services {
    aliyun?: AliyunApi;
  }
}

/** Said first on a recorded call (the same words as on Twilio). */
export const RECORDING_NOTICE = '为了提升服务质量，本次通话将被录音。';
/** The first TTS of a call, before the customer's first word opens the dialog. */
export const CALL_OPENING = '您好，';
/** Said before a live transfer. */
export const TRANSFER_TEXT = '正在为您转接人工客服，请稍候。';
/** Silence before the platform reports `mute`, and the pause that ends an utterance, ms. */
export const MUTE_TIME_MS = 8000;
export const PAUSE_TIME_MS = 800;

/** Everything the Aliyun voice channel needs, resolved once from AppDeps. */
export interface AliyunRuntime {
  store: AppDeps['store'];
  config: AppDeps['config'];
  dialogs: AppDeps['dialogs'];
  interpret: AppDeps['interpret'];
  now: () => Date;
  api: AliyunApi;
  settings: AliyunConfig;
  /** 被叫显号. */
  showNumber: string;
  recordCalls: boolean;
  callTimeLimitSec: number;
  log: ChannelLogger;
}

/**
 * Resolve the runtime: the API from `services.aliyun` or built from the AccessKey.
 * @throws HuifangError HF_ALIYUN_CONFIG naming what is missing.
 */
export function aliyunRuntime(deps: AppDeps, log?: ChannelLogger): AliyunRuntime {
  const s = deps.config.aliyun ?? { callbackAllow: [], smsTemplates: {}, ttsVoice: 'xiaoyun' };
  let api = deps.services?.aliyun;
  if (!api) {
    if (!s.accessKeyId || !s.accessKeySecret) throw new HuifangError('HF_ALIYUN_CONFIG', 'ALIYUN_ACCESS_KEY_ID and ALIYUN_ACCESS_KEY_SECRET are needed to call the Aliyun API');
    api = createAliyunApi({ accessKeyId: s.accessKeyId, accessKeySecret: s.accessKeySecret, ...(s.apiBase ? { apiBase: s.apiBase } : {}) });
  }
  if (!s.calledShowNumber) throw new HuifangError('HF_ALIYUN_CONFIG', 'ALIYUN_CALLED_SHOW_NUMBER is not set: SmartCall needs the number customers see');
  const t = deps.config.twilio;
  return {
    store: deps.store,
    config: deps.config,
    dialogs: deps.dialogs,
    interpret: deps.interpret,
    now: deps.now,
    api,
    settings: s,
    showNumber: s.calledShowNumber,
    recordCalls: t?.recordCalls ?? true,
    callTimeLimitSec: t?.callTimeLimitSec ?? 600,
    log: log ?? createLogger(deps.config.logLevel),
  };
}

/** The Aliyun voice channel's state beside the engine session. */
export interface AliyunVoiceState extends ChannelStateBase {
  channel: 'voice';
  provider: 'aliyun';
  /** The platform's call_id. */
  callSid: string | null;
}

/** A live transfer Aliyun can make: to an agent's number. */
export interface AliyunTransfer {
  number: string;
}

/** The adapter: live transfer to an agent's phone (no listen-in on Aliyun), keypad. */
export function aliyunVoiceAdapter(rt: AliyunRuntime): ChannelAdapter<AliyunVoiceState, AliyunTransfer> {
  return {
    channel: 'voice',
    capabilities: { liveTransfer: true, keypad: true, listenIn: false },
    async offerTransfer(ctx) {
      const [agent] = await rt.store.users.agentsToRing(ctx.callback.tenantId, 1);
      return agent ? { number: aliyunNumber(agent.phone) } : null;
    },
  };
}

const runners = new WeakMap<AliyunRuntime, ConversationRunner<AliyunVoiceState, AliyunTransfer>>();
export function aliyunVoiceRunner(rt: AliyunRuntime): ConversationRunner<AliyunVoiceState, AliyunTransfer> {
  let r = runners.get(rt);
  if (!r) runners.set(rt, (r = conversationRunner(rt, aliyunVoiceAdapter(rt))));
  return r;
}

/**
 * Place a SmartCall for a callback. The attempt row is written BEFORE the platform is asked;
 * the CallId is stored on it.
 * @throws HuifangError HF_CONTACT_REFUSED, HF_STORE_INVALID, HF_ALIYUN_REQUEST (the attempt is then failed).
 */
export async function startAliyunCall(rt: AliyunRuntime, req: { callbackId: string; phoneId?: string }): Promise<StartCallbackResult> {
  const callback = await rt.store.callbacks.require(req.callbackId);
  if (isFinal(callback.status)) throw new HuifangError('HF_STORE_INVALID', `callback ${callback.id} is already ${callback.status}`);
  const phone = await contactPhone(rt, callback, req.phoneId);
  const { attempt } = await rt.store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice', phoneId: phone.id, provider: 'aliyun' });
  try {
    const { callId } = await rt.api.smartCall({
      calledNumber: aliyunNumber(phone.e164),
      calledShowNumber: rt.showNumber,
      ttsText: CALL_OPENING + (rt.recordCalls ? RECORDING_NOTICE : ''),
      voice: rt.settings.ttsVoice,
      dynamicId: `${attempt.id}.open`,
      outId: attempt.id,
      muteTimeMs: MUTE_TIME_MS,
      pauseTimeMs: PAUSE_TIME_MS,
      record: rt.recordCalls,
      sessionTimeoutSec: rt.callTimeLimitSec,
      earlyMediaAsr: true,
    });
    await rt.store.callbacks.fillProviderId(attempt.id, callId);
    rt.log.info({ attemptId: attempt.id, callbackId: callback.id, phone: phone.masked }, 'smartcall placed');
    return { channel: 'voice', attemptId: attempt.id, providerId: callId };
  } catch (e) {
    await aliyunVoiceRunner(rt).settle(attempt.id, { eventId: `dial:${attempt.id}`, outcome: 'failed' });
    throw e;
  }
}

/** A SmartCall callback's fields (query string, form body or JSON, as the platform sends them). */
export interface SmartCallParams {
  call_id?: string;
  timestamp?: string;
  content_type?: string;
  content?: string | Record<string, unknown>;
}

interface Content {
  words?: string;
  dynamic_id?: string;
  current_media_code?: string;
  dtmf?: string;
}

function contentOf(p: SmartCallParams): Content {
  const c = p.content;
  if (c && typeof c === 'object') return c as Content;
  if (typeof c !== 'string' || !c.trim()) return {};
  try {
    const v: unknown = JSON.parse(c);
    return v && typeof v === 'object' ? (v as Content) : {};
  } catch {
    return {};
  }
}

/** The carrier's early-media announcement, read: 空号, 关机, 停机 (null: something else, e.g. a ring-back tone). */
export function earlyMediaReason(words: string): FailureReason | null {
  if (/空号|不存在|号码有误/.test(words)) return 'unassigned';
  if (/停机|暂停服务|已欠费/.test(words)) return 'suspended';
  if (/关机/.test(words)) return 'powered_off';
  return null;
}

/** A callback's content mapped to one engine input; null: nothing to answer (a timebreak). */
export function inputFromSmartCall(type: string, content: Content, now?: string): Input | null {
  const at = now ? { now } : {};
  if (type === 'mute') return { type: 'no_input' };
  if (type === 'dtmf') {
    const digits = String(content.dtmf ?? content.words ?? '').replace(/[^0-9*#]/g, '');
    return digits ? { type: 'digits', digits, ...at } : { type: 'no_input' };
  }
  if (type === 'normal') {
    const words = String(content.words ?? '').trim();
    // Aliyun gives no confidence for an utterance: a fair one, as for Twilio without an estimate.
    return words ? { type: 'answer', text: words, confidence: 0.8, ...at } : { type: 'no_input' };
  }
  return null;
}

type Ctx = TurnCtx<AliyunVoiceState>;
const HANG_UP = (rt: AliyunRuntime, attemptId: string): SmartCallAction => ({ action: 'hangup', content: '', content_type: 'tts', voice: rt.settings.ttsVoice, break: false, hangup_after_play: true, dynamic_id: `${attemptId}.end` });
const NOTHING = (rt: AliyunRuntime, dynamic: string): SmartCallAction => ({ action: 'none', content: '', content_type: 'tts', voice: rt.settings.ttsVoice, break: false, dynamic_id: dynamic });

/** The action of the current state, for a replayed or out-of-order callback (nothing is recorded). */
function renderCurrent(rt: AliyunRuntime, attemptId: string, ctx: Ctx | null): SmartCallAction {
  const s = ctx?.session?.session;
  const cs = s?.channelState;
  if (!s || cs?.channel !== 'voice' || cs.attemptId !== attemptId) return HANG_UP(rt, attemptId);
  if (s.done || s.state === '__hung_up') return HANG_UP(rt, attemptId);
  return renderAction(cs.lastEffects, { attemptId, turn: s.turn, voice: voiceOf(rt, s.ctx.locale) });
}

/** The TTS voice of a dialog's locale: the configured Chinese voice, an English one for English dialogs. */
function voiceOf(rt: AliyunRuntime, locale: string | undefined): string {
  return locale?.startsWith('en') ? 'donna' : rt.settings.ttsVoice;
}

/**
 * `POST /aliyun/smartcall?token=…`: one recognised utterance (or silence, keys, early media)
 * of a SmartCall; the answer is the next action.
 */
export async function handleSmartCall(rt: AliyunRuntime, params: SmartCallParams): Promise<SmartCallAction> {
  const callId = typeof params.call_id === 'string' ? params.call_id : undefined;
  const type = String(params.content_type ?? 'normal');
  const content = contentOf(params);
  const dyn = parseDynamicId(content.dynamic_id);
  const runner = aliyunVoiceRunner(rt);
  let attemptId = dyn?.attemptId;
  if (!attemptId && callId) attemptId = (await rt.store.callbacks.attemptByProviderId('voice', callId))?.id;
  const ctx = await runner.load(attemptId);
  if (!ctx || !attemptId) return NOTHING(rt, content.dynamic_id ?? '');
  const { attempt, callback } = ctx;
  if (attempt.providerId && callId && attempt.providerId !== callId) {
    rt.log.warn({ attemptId }, 'smartcall call_id does not match the attempt: ignored');
    return NOTHING(rt, content.dynamic_id ?? '');
  }
  const eventBase = callId ?? `attempt:${attempt.id}`;

  // Early media: the carrier's announcement before anyone answered (空号, 关机, 停机).
  if (content.current_media_code === 'early_media' || type === 'early_media') {
    const reason = earlyMediaReason(String(content.words ?? ''));
    if (reason && !attempt.endedAt) {
      await rt.store.callbacks.updateAttempt(attempt.id, { failureReason: reason });
      await runner.settle(attempt.id, { ctx, eventId: `${eventBase}:early`, outcome: 'failed' });
      rt.log.info({ attemptId: attempt.id, reason }, 'smartcall early media: not reached');
    }
    return HANG_UP(rt, attempt.id);
  }
  if (attempt.outcome === 'failed' || attempt.endedAt) return HANG_UP(rt, attempt.id);
  if (isFinal(callback.status) && dyn?.turn === 'open') return HANG_UP(rt, attempt.id);
  const patch: { providerId?: string; answeredAt?: Date } = {};
  if (!attempt.providerId && callId) patch.providerId = callId;
  if (!attempt.answeredAt) patch.answeredAt = rt.now();
  if (patch.providerId || patch.answeredAt) await rt.store.callbacks.updateAttempt(attempt.id, patch);

  const state = (r: { effects: Effect[] }): AliyunVoiceState => ({ channel: 'voice', provider: 'aliyun', attemptId: attempt.id, callSid: callId ?? null, lastEffects: speakable(r.effects) });
  const opening = dyn?.turn === 'open' || (!dyn && !runner.owns(ctx));
  let out: TurnOutcome<AliyunVoiceState, AliyunTransfer>;
  if (opening) {
    out = await runner.open(attempt.id, { ctx, eventId: `${eventBase}:start`, state });
  } else {
    if (type === 'timebreak') return NOTHING(rt, content.dynamic_id ?? '');
    const t = dyn ? dyn.turn : ctx.session?.session.turn;
    out = await runner.turn(attempt.id, {
      ctx,
      eventId: `${eventBase}:${String(t)}`,
      state,
      // The callback names the turn it answers: after that turn it no longer applies.
      input: (c) => {
        const s = c.session?.session;
        return s && runner.owns(c) && t === s.turn ? inputFromSmartCall(type, content, localNow(rt.now(), s.ctx.tz)) : null;
      },
    });
    if (out.kind === 'stale') rt.log.info({ attemptId: attempt.id, t: String(t), turn: out.ctx.session?.session.turn ?? null }, 'replayed or out-of-order smartcall callback: nothing recorded');
  }
  if (out.kind === 'missing') return NOTHING(rt, content.dynamic_id ?? '');
  if (out.kind !== 'recorded') return renderCurrent(rt, attempt.id, out.ctx);
  const r = out.result;
  return renderAction(r.effects, {
    attemptId: attempt.id,
    turn: r.session.turn,
    voice: voiceOf(rt, r.session.ctx.locale),
    transferTo: out.escalation?.transfer?.number ?? null,
    transferText: TRANSFER_TEXT,
  });
}

/** One record of a voice receipt (呼叫话单 / VoiceReport), as far as Huifang reads it. */
export interface VoiceReport {
  call_id?: string;
  out_id?: string;
  status_code?: string;
  smart_status_code?: string;
  duration?: string | number;
  /** A recording's address, when recording is on (a record receipt). */
  record_file?: string;
}

/**
 * The outcome of a receipt: the smart status (ANSWERED, …) or the call status code. Codes of
 * the 呼叫状态码 table as documented; one table, checked against the console before going
 * live (docs/telephony-aliyun.md).
 */
const REPORT_OUTCOMES: Record<string, { outcome: AttemptOutcome | 'completed'; reason?: FailureReason }> = {
  ANSWERED: { outcome: 'completed' },
  NO_ANSWER: { outcome: 'no-answer' },
  BUSY: { outcome: 'busy' },
  REJECTED: { outcome: 'no-answer' },
  POWER_OFF: { outcome: 'failed', reason: 'powered_off' },
  EMPTY_NUMBER: { outcome: 'failed', reason: 'unassigned' },
  SUSPENDED: { outcome: 'failed', reason: 'suspended' },
  '200000': { outcome: 'completed' },
  '200002': { outcome: 'busy' },
  '200003': { outcome: 'no-answer' },
  '200005': { outcome: 'failed' },
  '200007': { outcome: 'failed', reason: 'unassigned' },
  '200010': { outcome: 'failed', reason: 'powered_off' },
  '200011': { outcome: 'failed', reason: 'suspended' },
};

/** The outcome and reason of one receipt (unknown codes: failed). */
export function reportOutcome(r: VoiceReport): { outcome: AttemptOutcome | 'completed'; reason?: FailureReason } {
  return REPORT_OUTCOMES[r.smart_status_code ?? ''] ?? REPORT_OUTCOMES[r.status_code ?? ''] ?? { outcome: 'failed' };
}

/** `POST /aliyun/voice-report?token=…`: call receipts settle attempts. Idempotent. */
export async function handleVoiceReports(rt: AliyunRuntime, reports: readonly VoiceReport[]): Promise<void> {
  const runner = aliyunVoiceRunner(rt);
  for (const rep of reports) {
    let attemptId = typeof rep.out_id === 'string' ? rep.out_id : undefined;
    if (!attemptId && rep.call_id) attemptId = (await rt.store.callbacks.attemptByProviderId('voice', rep.call_id))?.id;
    const ctx = await runner.load(attemptId);
    if (!ctx) continue;
    if (ctx.attempt.providerId && rep.call_id && ctx.attempt.providerId !== rep.call_id) continue;
    const { attempt } = ctx;
    if (rep.record_file && !attempt.recordingRef) await keepRecording(rt, attempt.id, rep.record_file);
    const { outcome, reason } = reportOutcome(rep);
    const eventId = `${rep.call_id ?? attempt.id}:report`;
    try {
      if (outcome === 'completed') {
        // A call that ends while the survey is open was dropped: the runner records the hang-up (003 二.3(4)).
        await runner.settle(attempt.id, { ctx, eventId });
      } else if (!attempt.endedAt) {
        if (reason) await rt.store.callbacks.updateAttempt(attempt.id, { failureReason: reason });
        await runner.settle(attempt.id, { ctx, eventId, outcome });
        rt.log.info({ attemptId: attempt.id, outcome, reason: reason ?? null }, 'smartcall not answered');
      }
    } catch (e) {
      rt.log.error({ attemptId: attempt.id, code: isHuifangError(e) ? e.code : 'HF_INTERNAL' }, 'voice report not applied');
      throw e;
    }
  }
}

/**
 * Recordings, when recording is on: the receipt's `record_file` is a time-limited address (7
 * days), so the file is fetched at once into `<data dir>/recordings/aliyun/<attempt>.<ext>`
 * and the attempt keeps that local ref; supervisors then play it through the workspace's
 * checked and audited recording route like any other. Only https addresses of *.aliyuncs.com
 * (or under ALIYUN_API_BASE, the simulator) are fetched. A failed fetch is logged and the
 * call stands without a recording.
 */
export async function keepRecording(rt: AliyunRuntime, attemptId: string, address: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  const base = rt.settings.apiBase;
  const allowed = (url.protocol === 'https:' && /(^|\.)aliyuncs\.com$/.test(url.hostname)) || (base !== undefined && url.href.startsWith(`${base}/`));
  if (!allowed || rt.config.dataDir.includes('://')) {
    if (!allowed) rt.log.warn({ attemptId }, 'aliyun recording address not on aliyuncs.com: not fetched');
    return null;
  }
  try {
    const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(30_000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const ext = /\.(mp3|wav)$/i.exec(url.pathname)?.[1]?.toLowerCase() ?? 'wav';
    const ref = `aliyun/${attemptId}.${ext}`;
    const dir = resolve(rt.config.dataDir, 'recordings', 'aliyun');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${attemptId}.${ext}`), Buffer.from(await res.arrayBuffer()));
    await rt.store.callbacks.updateAttempt(attemptId, { recordingRef: ref });
    return ref;
  } catch (e) {
    rt.log.warn({ attemptId, error: (e as Error).message.slice(0, 100) }, 'aliyun recording could not be fetched');
    return null;
  }
}
