/**
 * The simulator speaking Aliyun (docs/simulator.md, "Aliyun"): the POP RPC endpoints of
 * 语音服务 (`SmartCall`) and 短信服务 (`SendSms`), each request's signature checked as Aliyun
 * checks it (HMAC-SHA1 of the sorted, percent-encoded parameters with AccessKeySecret + "&";
 * the AccessKeyId known, the SignatureNonce not seen before, the Timestamp within 15 minutes),
 * and the calls and messages they start, driven over real HTTP as the platform drives them:
 * - a SmartCall rings the persona behind the number (the same `ring` as Twilio's calls); early
 *   media of a number that does not exist, is switched off or suspended is posted as an
 *   `early_media` callback and the call fails; an answered call plays its TTS and then posts
 *   each utterance of the customer to the 智能外呼回调 URL (`normal` with the words, `dtmf`,
 *   `mute` after the mute time), and follows each answer (play, hang up, transfer);
 * - when a call ends its receipt (呼叫话单) is posted as a JSON array to the receipt URL;
 * - an SMS reaches the persona, whose reply is posted as a 上行短信 receipt.
 * The customers, the log of calls and messages and the figures are the shared SimState's.
 */
import { createHmac } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { hash32, mulberry32, between } from '../shared/random.js';
import { silentWav } from './audio.js';
import { ring, type CallState } from './calls.js';
import { speechMs, type SimCall, type SimRequest, type SimState, type SimMessage } from './state.js';
import type { GatherSpec } from './twiml.js';
import { httpRequest, type Send } from './webhooks.js';

export type EarlyMedia = 'unassigned' | 'powered_off' | 'suspended';

export interface AliyunSimOptions {
  accessKeyId: string;
  accessKeySecret: string;
  /** The 智能外呼回调 URL set in the console (with its token). */
  smartCallUrl: string;
  /** The receipt URL of call records (with its token). */
  voiceReportUrl: string;
  /** The 上行短信 receipt URL (with its token), or null: replies are not delivered. */
  smsUpUrl: string | null;
  /** A number's early media (空号, 关机, 停机), or null: it rings. */
  earlyMedia?: (to: string) => EarlyMedia | null;
}

const EARLY_WORDS: Record<EarlyMedia, string> = {
  unassigned: '您拨打的号码是空号，请查证后再拨。',
  powered_off: '您拨打的电话已关机。',
  suspended: '您拨打的电话已停机。',
};
const EARLY_CODES: Record<EarlyMedia, { status_code: string; smart_status_code: string }> = {
  unassigned: { status_code: '200007', smart_status_code: 'EMPTY_NUMBER' },
  powered_off: { status_code: '200010', smart_status_code: 'POWER_OFF' },
  suspended: { status_code: '200011', smart_status_code: 'SUSPENDED' },
};

/** Aliyun's percent-encoding of the signature (RFC 3986). */
export function popEncode(s: string): string {
  return encodeURIComponent(s).replace(/!/g, '%21').replace(/'/g, '%27').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\*/g, '%2A');
}

/** The RPC signature of a request's parameters (without `Signature`). */
export function popSignature(method: string, params: Record<string, string>, secret: string): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${popEncode(k)}=${popEncode(params[k] ?? '')}`)
    .join('&');
  const toSign = `${method.toUpperCase()}&${popEncode('/')}&${popEncode(canonical)}`;
  return createHmac('sha1', `${secret}&`).update(toSign).digest('base64');
}

/** Check a signed RPC request: null when good, else Aliyun's error code. */
export function checkPopRequest(params: Record<string, string>, o: { accessKeyId: string; accessKeySecret: string; nonces: Set<string>; nowMs: number }): string | null {
  if (params.AccessKeyId !== o.accessKeyId) return 'InvalidAccessKeyId.NotFound';
  if (params.SignatureMethod !== 'HMAC-SHA1' || params.SignatureVersion !== '1.0') return 'InvalidSignatureMethod';
  const nonce = params.SignatureNonce;
  if (!nonce) return 'MissingSignatureNonce';
  if (o.nonces.has(nonce)) return 'SignatureNonceUsed';
  const ts = Date.parse(params.Timestamp ?? '');
  if (!Number.isFinite(ts) || Math.abs(o.nowMs - ts) > 15 * 60_000) return 'InvalidTimeStamp.Expired';
  const want = popSignature('POST', params, o.accessKeySecret);
  if (params.Signature !== want) return 'SignatureDoesNotMatch';
  o.nonces.add(nonce);
  return null;
}

const e164 = (n: string): string => (n.startsWith('+') ? n : n.startsWith('00') ? `+${n.slice(2)}` : `+86${n}`);

interface Action {
  action?: string;
  content?: string;
  break?: boolean;
  mute_time?: number;
  dtmf?: { max_digits?: number };
  transfer_to?: string;
  dynamic_id?: string;
}

/** Register the Aliyun endpoints on the simulator's app (prefix /aliyun). */
export function aliyunSimulator(app: FastifyInstance, state: SimState, send: Send, o: AliyunSimOptions): void {
  const nonces = new Set<string>();
  let sequence = 0;

  /** POST a JSON array (a receipt) and log it. */
  async function postJson(kind: SimRequest['kind'], url: string, body: unknown[], into: SimRequest[]): Promise<SimRequest> {
    const release = state.clock.hold?.() ?? (() => undefined);
    const rec: SimRequest = { at: state.nowIso(), kind, method: 'POST', url, params: { json: JSON.stringify(body).slice(0, 2000) }, signature: '', status: 0, ms: 0, body: '' };
    into.push(rec);
    const t0 = performance.now();
    try {
      const r = await httpRequest(state.deliveryUrl(url), 'POST', { 'Content-Type': 'application/json; charset=utf-8', Accept: '*/*' }, JSON.stringify(body), 15_000);
      rec.status = r.status;
      rec.body = r.body.slice(0, 4096);
    } catch (e) {
      rec.body = `error: ${(e as Error).message}`;
    }
    rec.ms = performance.now() - t0;
    state.webhookDone(rec);
    release();
    return rec;
  }

  function checked(body: unknown): { params: Record<string, string> } | { error: string } {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) params[k] = Array.isArray(v) ? String(v[0]) : String(v);
    const error = checkPopRequest(params, { accessKeyId: o.accessKeyId, accessKeySecret: o.accessKeySecret, nonces, nowMs: Date.now() });
    return error ? { error } : { params };
  }

  app.post('/aliyun/dyvmsapi/', async (req, reply) => {
    const c = checked(req.body);
    if ('error' in c) return reply.code(400).send({ Code: c.error, Message: 'the request is refused', RequestId: state.newSid('RQ') });
    const p = c.params;
    if (p.Action !== 'SmartCall') return reply.code(400).send({ Code: 'InvalidAction.NotFound', Message: `no action ${p.Action}`, RequestId: state.newSid('RQ') });
    if (!/^\d{5,20}$/.test(p.CalledNumber ?? '') || !p.CalledShowNumber) return reply.code(400).send({ Code: 'isv.INVALID_PARAMETERS', Message: 'CalledNumber and CalledShowNumber are needed', RequestId: state.newSid('RQ') });
    const call = startCall(p);
    return reply.send({ Code: 'OK', Message: 'OK', RequestId: state.newSid('RQ'), CallId: call.sid });
  });

  app.post('/aliyun/dysmsapi/', async (req, reply) => {
    const c = checked(req.body);
    if ('error' in c) return reply.code(400).send({ Code: c.error, Message: 'the request is refused', RequestId: state.newSid('RQ') });
    const p = c.params;
    if (p.Action !== 'SendSms') return reply.code(400).send({ Code: 'InvalidAction.NotFound', Message: `no action ${p.Action}`, RequestId: state.newSid('RQ') });
    let param: Record<string, string>;
    try {
      param = JSON.parse(p.TemplateParam ?? '{}') as Record<string, string>;
    } catch {
      return reply.code(400).send({ Code: 'isv.INVALID_JSON_PARAM', Message: 'TemplateParam is not JSON', RequestId: state.newSid('RQ') });
    }
    if (!p.SignName || !p.TemplateCode || !p.PhoneNumbers) return reply.code(400).send({ Code: 'isv.INVALID_PARAMETERS', Message: 'PhoneNumbers, SignName and TemplateCode are needed', RequestId: state.newSid('RQ') });
    const m = sendSms(p, param);
    return reply.send({ Code: 'OK', Message: 'OK', RequestId: state.newSid('RQ'), BizId: m.sid });
  });

  app.get('/aliyun/record/:file', async (_req, reply) => reply.type('audio/wav').send(silentWav(1)));

  function sendSms(p: Record<string, string>, param: Record<string, string>): SimMessage {
    const to = e164(p.PhoneNumbers!.split(',')[0]!.trim());
    const persona = state.personas(to);
    const body = `【${p.SignName}】${param.content ?? ''}`;
    const m: SimMessage = { sid: state.newSid('BZ'), direction: 'outbound-api', from: p.SignName!, to, body, status: 'delivered', createdAt: state.nowIso(), persona: persona.kind, requests: [] };
    state.addMessage(m);
    void state.track(
      (async () => {
        const reply = persona.replyToSms(param.content ?? '');
        if (reply === null || !o.smsUpUrl) return;
        await state.clock.sleep(persona.habits.smsReplySeconds * 1000);
        const up: SimMessage = { sid: state.newSid('UP'), direction: 'inbound', from: to, to: p.SignName!, body: reply, status: 'received', createdAt: state.nowIso(), persona: persona.kind, requests: [] };
        state.addMessage(up);
        await postJson('sms-up', o.smsUpUrl, [{ phone_number: to.replace(/^\+86/, ''), send_time: state.nowIso(), content: reply, sign_name: p.SignName, dest_code: '', sequence_id: ++sequence }], up.requests);
      })(),
    );
    return m;
  }

  function startCall(p: Record<string, string>): SimCall {
    const to = e164(p.CalledNumber!);
    const persona = state.personas(to);
    const call: SimCall = {
      sid: `${state.newSid('').slice(0, 12)}^${state.calls.length + 1}`,
      to,
      from: p.CalledShowNumber!,
      persona: persona.kind,
      personaSeed: persona.seed,
      status: 'queued',
      answeredBy: null,
      createdAt: state.nowIso(),
      answeredAt: null,
      endedAt: null,
      durationSec: 0,
      endReason: null,
      params: p,
      turns: [],
      requests: [],
      transcript: [],
      transfers: [],
      conference: null,
      recording: null,
      errors: [],
    };
    state.addCall(call, true);
    const st: CallState = {
      call,
      persona,
      events: new Set(),
      statusCallback: null,
      statusMethod: 'POST',
      seq: 0,
      cbQueue: Promise.resolve(),
      held: [],
      hangupRequested: false,
      redirect: null,
      rng: mulberry32(hash32(`${persona.seed}/${state.calls.length}`)),
      answeredMs: 0,
    };
    void state.track(
      (async () => {
        let report: Record<string, string> | null = null;
        try {
          report = await runCall(st);
        } catch (e) {
          call.errors.push(`simulator: ${(e as Error).stack ?? String(e)}`);
          if (!call.endedAt) {
            call.status = 'failed';
            call.endedAt = state.nowIso();
          }
          report = { status_code: '200005', smart_status_code: 'FAILED' };
        }
        state.callEnded(call);
        if (report) {
          const record = p.RecordFlag === 'true' && call.answeredAt ? { record_file: `${state.baseUrl}/aliyun/record/${encodeURIComponent(call.sid)}.wav` } : {};
          await postJson('voice-report', o.voiceReportUrl, [{ call_id: call.sid, out_id: p.OutId ?? '', start_time: call.answeredAt ?? '', end_time: call.endedAt ?? '', duration: String(call.durationSec), ...report, ...record }], call.requests);
        }
      })(),
    );
    return call;
  }

  /** A SmartCall from ring to hang-up; the receipt's codes. */
  async function runCall(st: CallState): Promise<Record<string, string>> {
    const c = st.call;
    const p = st.persona;
    const clock = state.clock;
    const params = c.params as Record<string, string>;
    const finish = (status: SimCall['status'], reason: string): void => {
      c.status = status;
      c.endReason = reason;
      c.endedAt = state.nowIso();
      c.durationSec = c.answeredAt ? Math.max(0, Math.round((new Date(c.endedAt).getTime() - st.answeredMs) / 1000)) : 0;
    };
    // Early media: the carrier announces the number cannot be reached; nothing rings.
    const early = o.earlyMedia?.(c.to) ?? null;
    if (early) {
      await clock.sleep(3000);
      c.transcript.push({ speaker: 'bot', text: `[early media: ${EARLY_WORDS[early]}]` });
      if (params.EarlyMediaAsr === 'true') {
        await callback(c, 'normal', { words: EARLY_WORDS[early], current_media_code: 'early_media', dynamic_id: params.DynamicId ?? '' });
      }
      finish('failed', `early-media:${early}`);
      return EARLY_CODES[early];
    }
    const wait = async (ms: number): Promise<boolean> => {
      await clock.sleep(ms);
      return st.hangupRequested;
    };
    if (!(await ring(st, state, wait, () => undefined, finish))) {
      return c.status === 'busy' ? { status_code: '200002', smart_status_code: 'BUSY' } : { status_code: '200003', smart_status_code: 'NO_ANSWER' };
    }
    const timeLimitMs = (Number(params.SessionTimeout ?? 600) || 600) * 1000;
    const answered = { status_code: '200000', smart_status_code: 'ANSWERED' };
    // The platform plays the call's first TTS, then the customer says hello (or nothing).
    const opening = params.VoiceCode ?? '';
    c.transcript.push({ speaker: 'bot', text: opening });
    await clock.sleep(speechMs(opening));
    let dynamic = params.DynamicId ?? '';
    const machine = p.pickup === 'machine';
    let first: Action | null = await callback(c, machine ? 'mute' : 'normal', machine ? { dynamic_id: dynamic } : { words: '喂，你好', dynamic_id: dynamic });
    if (!machine) c.transcript.push({ speaker: 'customer', text: '喂，你好' });
    let action = first;
    first = null;
    for (let docs = 0; ; docs++) {
      if (!action) {
        c.transcript.push({ speaker: 'bot', text: '[application error]' });
        finish('completed', 'error');
        return answered;
      }
      if (docs > 200) {
        finish('completed', 'loop');
        return answered;
      }
      if (clock.now().getTime() - st.answeredMs >= timeLimitMs) {
        finish('completed', 'time-limit');
        return answered;
      }
      dynamic = action.dynamic_id ?? dynamic;
      const text = (action.content ?? '').trim();
      if (text) {
        c.transcript.push({ speaker: 'bot', text });
        await clock.sleep(speechMs(text));
      }
      if (action.action === 'hangup' || action.action === 'none') {
        finish('completed', action.action === 'hangup' ? 'hangup-verb' : 'end-of-twiml');
        return answered;
      }
      if (action.action === 'transfer') {
        c.transfers.push({ verb: 'Transfer', target: 'agent', at: state.nowIso() });
        c.transcript.push({ speaker: 'bot', text: '[transfer agent]' });
        await clock.sleep(between(st.rng, 30, 120) * 1000);
        finish('completed', 'customer-hangup');
        return answered;
      }
      // play: the customer answers what was heard.
      const keys = action.dtmf ? action.dtmf.max_digits ?? 1 : null;
      const spec: GatherSpec = {
        input: machine ? ['speech'] : keys ? ['speech', 'dtmf'] : ['speech'],
        hints: [],
        language: 'cmn-Hans-CN',
        numDigits: keys,
        finishOnKey: '#',
        timeoutSec: Math.max(1, Math.round((action.mute_time ?? 8000) / 1000)),
        action: null,
        method: 'POST',
        actionOnEmptyResult: true,
      };
      const reply = machine ? { kind: 'silence' as const } : p.respond({ text, gather: spec, turn: c.turns.length });
      c.turns.push({ index: c.turns.length, at: state.nowIso(), heard: text, gather: spec, reply });
      if (machine && clock.now().getTime() - st.answeredMs > 45_000) {
        finish('completed', 'customer-hangup');
        return answered;
      }
      if (reply.kind === 'hangup') {
        finish('completed', 'customer-hangup');
        return answered;
      }
      if (reply.kind === 'silence') {
        await clock.sleep(spec.timeoutSec * 1000);
        action = await callback(c, 'mute', { dynamic_id: dynamic });
      } else if (reply.kind === 'speech') {
        c.transcript.push({ speaker: 'customer', text: reply.text });
        await clock.sleep(p.habits.thinkSeconds * 1000 + speechMs(reply.text));
        action = await callback(c, 'normal', { words: reply.text, dynamic_id: dynamic });
      } else {
        c.transcript.push({ speaker: 'customer', text: reply.digits, dtmf: true });
        await clock.sleep(p.habits.thinkSeconds * 1000 + reply.digits.length * 300);
        action = await callback(c, 'dtmf', { dtmf: reply.digits, words: reply.digits, dynamic_id: dynamic });
      }
    }
  }

  /** Post one per-utterance callback; the parsed answer, or null when it failed. */
  async function callback(c: SimCall, contentType: string, content: Record<string, string>): Promise<Action | null> {
    const params = { call_id: c.sid, timestamp: String(state.clock.now().getTime()), content_type: contentType, content: JSON.stringify(content) };
    const r = await send('smartcall', 'POST', o.smartCallUrl, params, c.requests);
    if (r.status < 200 || r.status >= 300) {
      c.errors.push(`smartcall ${r.status} ${r.body.slice(0, 200)}`);
      return null;
    }
    try {
      return JSON.parse(r.body) as Action;
    } catch {
      c.errors.push('smartcall answer is not JSON');
      return null;
    }
  }
}
