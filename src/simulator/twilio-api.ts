/**
 * A local stand-in for Twilio: the REST subset Huifang uses (Calls create/fetch/update/list,
 * Messages create/fetch/list, Recordings) and simulated calls and messages that drive OUR
 * webhooks over real HTTP, signed with X-Twilio-Signature exactly as Twilio signs them.
 *
 *   const sim = await startSimulator({ publicUrl, authToken, accountSid, personas, clock });
 *   const client = simulatorTwilioClient(sim.baseUrl, accountSid, authToken);
 *   await client.calls.create({ to, from, url, statusCallback, ... });
 *   await sim.idle();            // every call and message finished, callbacks delivered
 *   sim.calls[0].turns           // what was said and answered
 *
 * See docs/simulator.md for what is simulated and what is not.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { loadSpeechRenderer, silentWav, wavDuration, type Segment, type SpeechRenderer } from './audio.js';
import { realClock, type Clock } from './clock.js';
import type { Persona, PersonaKind, Reply } from './personas.js';
import { between, hash32, mulberry32 } from '../shared/random.js';
import { sign } from './signature.js';
import { gatherSpec, parseTwiml, type GatherSpec, type TwimlNode } from './twiml.js';

export type CallStatus = 'queued' | 'initiated' | 'ringing' | 'in-progress' | 'completed' | 'busy' | 'failed' | 'no-answer' | 'canceled';
export type MessageStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed' | 'received';

export interface StartSimulatorOptions {
  /** Our server's public base URL (its PUBLIC_URL): the URLs it gives are signed as given. */
  publicUrl: string;
  /** Where to actually send requests when it differs from `publicUrl` (e.g. http://127.0.0.1:3000). */
  deliverTo?: string;
  authToken: string;
  accountSid: string;
  /** The customer behind a phone number. */
  personas: (to: string) => Persona;
  /** Default: wall time. Use a SimulatedClock to compress a day. */
  clock?: Clock;
  /** Recordings go to `<dataDir>/recordings/<CallSid>.wav` (default: a temp folder). */
  dataDir?: string;
  /** Render each answered call to speech with espeak-ng when installed (default false). */
  audio?: boolean;
  /** Which answered calls get real audio when `audio` is on (default: all). Rendering costs ~0.1–0.5 s a call. */
  audioFor?: (call: SimCall) => boolean;
  /** Inbound SMS webhook (default `${publicUrl}/twilio/sms`). */
  smsUrl?: string;
  host?: string;
  /** 0 (default): any free port. */
  port?: number;
  /** Real milliseconds to wait before each answer (default 0). */
  pacingMs?: number;
  /** Every status callback is sent twice (robustness tests; also per persona). */
  duplicateCallbacks?: boolean;
  /** Progress callbacks arrive after the final one, which itself comes late (also per persona). */
  lateCallbacks?: boolean;
  /** Clock seconds the final callback is late by (default 30). */
  lateBySeconds?: number;
  /** Twilio waits 15 s for a webhook, then gives up (default 15000 real ms). */
  webhookTimeoutMs?: number;
  /** Seeds the SIDs (default: random). */
  seed?: number;
  /** A call ends after this many webhook documents (a loop guard, default 200). */
  maxDocuments?: number;
  log?: (msg: string) => void;
}

export interface SimRequest {
  at: string;
  kind:
    | 'twiml' | 'fallback' | 'gather' | 'redirect' | 'dial' | 'enqueue' | 'status' | 'amd' | 'recording' | 'sms' | 'sms-status'
    | 'conference' | 'wait' | 'announce';
  method: string;
  url: string;
  params: Record<string, string>;
  signature: string;
  /** HTTP status, or 0 when the request failed. */
  status: number;
  ms: number;
  /** The body answered (truncated to 4 kB), or the error. */
  body: string;
}

export interface SimTurn {
  index: number;
  at: string;
  /** What the bot said since the previous answer. */
  heard: string;
  gather: GatherSpec;
  reply: Reply;
}

export interface SimRecording {
  sid: string;
  url: string;
  /** The WAV on disk, or null when there is no audio (then the URL serves silence). */
  path: string | null;
  durationSec: number;
  renderMs: number;
}

export interface SimCall {
  sid: string;
  to: string;
  from: string;
  persona: PersonaKind;
  personaSeed: number;
  status: CallStatus;
  answeredBy: string | null;
  createdAt: string;
  answeredAt: string | null;
  endedAt: string | null;
  durationSec: number;
  /** Why the call ended: hangup-verb, end-of-twiml, customer-hangup, no-answer, busy, api, error, time-limit, loop. */
  endReason: string | null;
  /** The create request's parameters. */
  params: Record<string, string | string[]>;
  turns: SimTurn[];
  requests: SimRequest[];
  transcript: Segment[];
  /** Transfers (<Dial>/<Enqueue>, <Dial><Conference> as verb 'Conference') with their target. */
  transfers: { verb: string; target: string; at: string }[];
  /** For a leg rung into a conference through the REST API (Participants create): the conference SID. */
  conference: string | null;
  recording: SimRecording | null;
  errors: string[];
}

/** Someone in a simulated conference (a customer by <Dial><Conference>, a leg by REST). */
export interface SimConferenceParticipant {
  callSid: string;
  label: string | null;
  muted: boolean;
  hold: boolean;
  startConferenceOnEnter: boolean;
  endConferenceOnExit: boolean;
  joinedAt: string;
  leftAt: string | null;
  /** What this participant heard announced to them alone (participant update AnnounceUrl). */
  announcements: string[];
}

export interface SimConference {
  sid: string;
  friendlyName: string;
  /** init: nobody who starts it has joined yet (the others hear the wait URL). */
  status: 'init' | 'in-progress' | 'completed';
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  reasonEnded: string | null;
  participants: SimConferenceParticipant[];
  /** Conference status callbacks sent. */
  requests: SimRequest[];
}

export interface SimMessage {
  sid: string;
  direction: 'outbound-api' | 'inbound';
  from: string;
  to: string;
  body: string;
  status: MessageStatus;
  createdAt: string;
  persona: PersonaKind | null;
  requests: SimRequest[];
}

export interface Simulator {
  /** The REST API base URL, for `simulatorTwilioClient`. */
  baseUrl: string;
  /** Every call, in creation order. */
  calls: SimCall[];
  /** Every message, outbound and inbound, in order. */
  messages: SimMessage[];
  /** Every conference, in creation order. */
  conferences: SimConference[];
  /** A conference by SID or friendly name (the newest of that name). */
  conference(ref: string): SimConference | undefined;
  clock: Clock;
  /** The speech renderer in use, or null. */
  audio: string | null;
  call(sid: string): SimCall | undefined;
  /** Set where requests go when our server's address is known only after the simulator started. */
  setDeliverTo(url: string | undefined): void;
  /** A customer texts us first (posted to the SMS webhook). */
  inboundSms(from: string, to: string, body: string): Promise<SimMessage>;
  /** Resolve when no call or message is running. */
  idle(): Promise<void>;
  stop(): Promise<void>;
  /** The Fastify app (tests may inject). */
  app: FastifyInstance;
}

const API = '2010-04-01';

interface CallState {
  call: SimCall;
  persona: Persona;
  events: Set<string>;
  statusCallback: string | null;
  statusMethod: string;
  seq: number;
  /** Serial queue of status callbacks. */
  cbQueue: Promise<void>;
  held: Array<() => Promise<void>>;
  hangupRequested: boolean;
  redirect: { url: string; method: string } | { twiml: string } | null;
  rng: () => number;
  answeredMs: number;
  recordingSid: string | null;
}

interface ConfState {
  conf: SimConference;
  statusCallback: string | null;
  statusMethod: string;
  /** start, end, join, leave, mute, hold, announcement (Twilio's short names). */
  events: Set<string>;
  seq: number;
  cbQueue: Promise<void>;
}

const CONFERENCE_EVENT_KEY: Record<string, string> = {
  'conference-start': 'start',
  'conference-end': 'end',
  'participant-join': 'join',
  'participant-leave': 'leave',
  'announcement-end': 'announcement',
};

/** "start end join" or ["start", "end"] -> a set. */
function eventSet(v: string | string[] | undefined): Set<string> {
  return new Set((Array.isArray(v) ? v : [v ?? '']).flatMap((e) => e.split(/[\s,]+/)).filter(Boolean));
}

/** Start the simulator (listening on host:port, default 127.0.0.1 and a free port). */
export async function startSimulator(opts: StartSimulatorOptions): Promise<Simulator> {
  const clock = opts.clock ?? realClock();
  const log = opts.log ?? ((m: string) => console.warn(`[simulator] ${m}`));
  const publicUrl = opts.publicUrl.replace(/\/+$/, '');
  let deliverTo = opts.deliverTo?.replace(/\/+$/, '');
  const dataDir = opts.dataDir ?? path.join(os.tmpdir(), `huifang-sim-${process.pid}`);
  const recordingsDir = path.join(dataDir, 'recordings');
  const timeoutMs = opts.webhookTimeoutMs ?? 15_000;
  const maxDocs = opts.maxDocuments ?? 200;
  const seedBase = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
  const lateMs = (opts.lateBySeconds ?? 30) * 1000;
  let counter = 0;
  const newSid = (prefix: string): string =>
    prefix + createHash('md5').update(`${seedBase}/${prefix}/${counter++}`).digest('hex');

  const calls: SimCall[] = [];
  const byCallSid = new Map<string, CallState>();
  const messages: SimMessage[] = [];
  const bySmsSid = new Map<string, SimMessage>();
  const recordings = new Map<string, { callSid: string; rec: SimRecording }>();
  const running = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    running.add(p);
    void p.finally(() => running.delete(p)).catch(() => undefined);
    return p;
  };

  let renderer: SpeechRenderer | null = null;
  if (opts.audio) {
    renderer = await loadSpeechRenderer(log);
    if (renderer) await mkdir(recordingsDir, { recursive: true });
  }

  const nowIso = (): string => clock.now().toISOString();
  const deliveryUrl = (url: string): string =>
    deliverTo && url.startsWith(publicUrl) ? deliverTo + url.slice(publicUrl.length) : url;

  /** Send a signed webhook, as Twilio does. */
  async function send(
    kind: SimRequest['kind'],
    method: string,
    url: string,
    params: Record<string, string>,
    into: SimRequest[],
  ): Promise<SimRequest> {
    // Simulated time stands still while our server works on a request.
    const release = clock.hold?.() ?? (() => undefined);
    const m = method.toUpperCase() === 'GET' ? 'GET' : 'POST';
    let signedUrl = url;
    if (m === 'GET') {
      const u = new URL(url);
      for (const [k, v] of Object.entries(params)) u.searchParams.append(k, v);
      signedUrl = u.toString();
    }
    const signature = m === 'GET' ? sign(opts.authToken, signedUrl) : sign(opts.authToken, url, params);
    const rec: SimRequest = { at: nowIso(), kind, method: m, url: signedUrl, params, signature, status: 0, ms: 0, body: '' };
    into.push(rec);
    const t0 = performance.now();
    try {
      const headers: Record<string, string> = {
        'X-Twilio-Signature': signature,
        'User-Agent': 'TwilioProxy/1.1',
        'I-Twilio-Idempotency-Token': createHash('sha1').update(`${signedUrl}/${signature}/${rec.at}`).digest('hex'),
        Accept: '*/*',
      };
      const body = m === 'POST' ? new URLSearchParams(params).toString() : undefined;
      if (body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8';
      const res = await httpRequest(deliveryUrl(signedUrl), m, headers, body, timeoutMs);
      rec.status = res.status;
      rec.body = res.body.slice(0, 4096);
    } catch (e) {
      rec.status = 0;
      rec.body = `error: ${(e as Error).message}`;
    }
    rec.ms = performance.now() - t0;
    release();
    return rec;
  }

  // ------------------------------------------------------------------ calls

  function callParams(st: CallState): Record<string, string> {
    const c = st.call;
    return {
      AccountSid: opts.accountSid,
      ApiVersion: API,
      CallSid: c.sid,
      CallStatus: c.status,
      Called: c.to,
      Caller: c.from,
      Direction: 'outbound-api',
      From: c.from,
      To: c.to,
      ...(c.answeredBy ? { AnsweredBy: c.answeredBy } : {}),
    };
  }

  function statusEvent(st: CallState, event: 'initiated' | 'ringing' | 'answered' | 'completed'): void {
    const url = st.statusCallback;
    if (!url) return;
    const subscribed = event === 'completed' ? st.events.size === 0 || st.events.has('completed') : st.events.has(event);
    if (!subscribed) return;
    const c = st.call;
    const params: Record<string, string> = {
      ...callParams(st),
      CallbackSource: 'call-progress-events',
      SequenceNumber: String(st.seq++),
      Timestamp: rfc2822(clock.now()),
      ...(event === 'completed' ? { CallDuration: String(c.durationSec), Duration: String(Math.ceil(c.durationSec / 60)) } : {}),
      ...(event === 'completed' && c.status !== 'completed' ? { SipResponseCode: c.status === 'busy' ? '486' : c.status === 'no-answer' ? '487' : '500' } : {}),
    };
    const dup = opts.duplicateCallbacks || st.persona.habits.duplicateCallbacks;
    const late = opts.lateCallbacks || st.persona.habits.lateCallbacks;
    const deliver = async (): Promise<void> => {
      await send('status', st.statusMethod, url, params, c.requests);
      if (dup) await send('status', st.statusMethod, url, params, c.requests);
    };
    if (late && event !== 'completed') {
      st.held.push(deliver);
      return;
    }
    if (late && event === 'completed') {
      const held = st.held.splice(0);
      st.cbQueue = st.cbQueue.then(async () => {
        await clock.sleep(lateMs);
        await deliver();
        for (const h of held) await h();
      });
      return;
    }
    st.cbQueue = st.cbQueue.then(deliver);
  }

  async function fetchDoc(
    st: CallState,
    kind: SimRequest['kind'],
    method: string,
    url: string,
    extra: Record<string, string> = {},
  ): Promise<{ doc: TwimlNode; url: string } | null> {
    const c = st.call;
    const r = await send(kind, method, url, { ...callParams(st), ...extra }, c.requests);
    const doc = readDoc(r);
    if (doc) return { doc, url };
    const fallback = typeof c.params.FallbackUrl === 'string' ? c.params.FallbackUrl : null;
    const error = r.status === 0 || r.status >= 300 ? '11200' : '12100';
    c.errors.push(`${error} ${kind} ${url}: ${r.status} ${r.body.slice(0, 200)}`);
    if (fallback && kind === 'twiml') {
      const method2 = typeof c.params.FallbackMethod === 'string' ? c.params.FallbackMethod : 'POST';
      const r2 = await send('fallback', method2, fallback, { ...callParams(st), ErrorCode: error, ErrorUrl: url }, c.requests);
      const doc2 = readDoc(r2);
      if (doc2) return { doc: doc2, url: fallback };
      c.errors.push(`fallback ${fallback}: ${r2.status}`);
    }
    return null;
  }

  function readDoc(r: SimRequest): TwimlNode | null {
    if (r.status < 200 || r.status >= 300) return null;
    try {
      return parseTwiml(r.body);
    } catch {
      return null;
    }
  }

  // ------------------------------------------------------------------ conferences

  const conferences: SimConference[] = [];
  const confBySid = new Map<string, ConfState>();

  /** A conference by SID, or the live one of a friendly name. */
  function findConference(ref: string): ConfState | undefined {
    const bySid = confBySid.get(ref);
    if (bySid) return bySid;
    for (let i = conferences.length - 1; i >= 0; i--) {
      const c = conferences[i] as SimConference;
      if (c.friendlyName === ref && c.status !== 'completed') return confBySid.get(c.sid);
    }
    return undefined;
  }

  /** The live conference of a name, created on first use with its status callback. */
  function openConference(name: string, cb: { url: string; method: string; events: Set<string> } | null): ConfState {
    const found = findConference(name);
    if (found) return found;
    const conf: SimConference = {
      sid: newSid('CF'),
      friendlyName: name,
      status: 'init',
      createdAt: nowIso(),
      startedAt: null,
      endedAt: null,
      reasonEnded: null,
      participants: [],
      requests: [],
    };
    const cs: ConfState = {
      conf,
      statusCallback: cb?.url ?? null,
      statusMethod: cb?.method ?? 'POST',
      // Twilio's default: start and end.
      events: cb && cb.events.size > 0 ? cb.events : new Set(['start', 'end']),
      seq: 0,
      cbQueue: Promise.resolve(),
    };
    conferences.push(conf);
    confBySid.set(conf.sid, cs);
    return cs;
  }

  /** A conference status callback, in order on the conference's own queue. */
  function confEvent(cs: ConfState, event: string, part?: SimConferenceParticipant, extra: Record<string, string> = {}): void {
    const url = cs.statusCallback;
    const key = CONFERENCE_EVENT_KEY[event];
    if (!url || !key || !cs.events.has(key)) return;
    const c = cs.conf;
    const params: Record<string, string> = {
      AccountSid: opts.accountSid,
      ConferenceSid: c.sid,
      FriendlyName: c.friendlyName,
      StatusCallbackEvent: event,
      SequenceNumber: String(cs.seq++),
      Timestamp: rfc2822(clock.now()),
      ...(part
        ? {
            CallSid: part.callSid,
            Muted: String(part.muted),
            Hold: String(part.hold),
            Coaching: 'false',
            EndConferenceOnExit: String(part.endConferenceOnExit),
            StartConferenceOnEnter: String(part.startConferenceOnEnter),
            ...(part.label ? { ParticipantLabel: part.label } : {}),
          }
        : {}),
      ...extra,
    };
    cs.cbQueue = cs.cbQueue.then(async () => {
      await send('conference', cs.statusMethod, url, params, c.requests);
    });
    void track(cs.cbQueue);
  }

  function joinConference(
    cs: ConfState,
    callSid: string,
    p: { label: string | null; muted: boolean; startConferenceOnEnter: boolean; endConferenceOnExit: boolean },
  ): SimConferenceParticipant {
    const part: SimConferenceParticipant = { callSid, ...p, hold: false, joinedAt: nowIso(), leftAt: null, announcements: [] };
    cs.conf.participants.push(part);
    confEvent(cs, 'participant-join', part);
    if (cs.conf.status === 'init' && part.startConferenceOnEnter) {
      cs.conf.status = 'in-progress';
      cs.conf.startedAt = nowIso();
      confEvent(cs, 'conference-start');
    }
    return part;
  }

  function endConference(cs: ConfState, reason: string, endingCallSid: string | null): void {
    const c = cs.conf;
    if (c.status === 'completed') return;
    for (const other of c.participants) {
      if (other.leftAt) continue;
      other.leftAt = nowIso();
      confEvent(cs, 'participant-leave', other);
    }
    c.status = 'completed';
    c.endedAt = nowIso();
    c.reasonEnded = reason;
    confEvent(cs, 'conference-end', undefined, { ReasonConferenceEnded: reason, ...(endingCallSid ? { CallSidEndingConference: endingCallSid } : {}) });
  }

  function leaveConference(cs: ConfState, part: SimConferenceParticipant): void {
    if (part.leftAt) return;
    part.leftAt = nowIso();
    confEvent(cs, 'participant-leave', part);
    if (cs.conf.status === 'completed') return;
    if (part.endConferenceOnExit) endConference(cs, 'participant-with-end-conference-on-exit-left', part.callSid);
    else if (cs.conf.participants.every((x) => x.leftAt)) endConference(cs, 'last-participant-left', part.callSid);
  }

  /** Say texts of a TwiML document (a wait URL or an announcement). */
  const saysOf = (doc: TwimlNode): string[] => doc.children.filter((v) => v.name === 'Say').map((v) => v.text.trim()).filter(Boolean);

  /**
   * A leg rung into a conference through the REST API (an agent, a supervisor listening in):
   * it rings like any call (the persona of the number picks up or not within `Timeout`), then
   * joins; an unmuted leg talks 30–120 s and hangs up, a muted one listens until the end.
   */
  async function runParticipant(st: CallState, cs: ConfState): Promise<void> {
    const c = st.call;
    const p = st.persona;
    const b = c.params;
    const ringTimeout = Number(b.Timeout ?? 60) || 60;
    const finish = (status: CallStatus, reason: string): void => {
      c.status = status;
      c.endReason = reason;
      c.endedAt = nowIso();
      c.durationSec = c.answeredAt ? Math.max(0, Math.round((new Date(c.endedAt).getTime() - st.answeredMs) / 1000)) : 0;
      statusEvent(st, 'completed');
    };
    /** Sleep `ms` in 1 s steps; true when the leg was hung up meanwhile. */
    const wait = async (ms: number): Promise<boolean> => {
      for (let left = ms; left > 0; left -= 1000) {
        if (st.hangupRequested) return true;
        await clock.sleep(Math.min(1000, left));
      }
      return st.hangupRequested;
    };
    await clock.sleep(0);
    c.status = 'initiated';
    statusEvent(st, 'initiated');
    if (await wait(1000)) return finish('canceled', 'api');
    c.status = 'ringing';
    statusEvent(st, 'ringing');
    if (p.pickup === 'busy') {
      await clock.sleep(3000);
      return finish('busy', 'busy');
    }
    if (p.pickup === 'no-answer' || p.habits.ringSeconds >= ringTimeout) {
      if (await wait(Math.min(ringTimeout, p.habits.ringSeconds) * 1000)) return finish('canceled', 'api');
      return finish('no-answer', 'no-answer');
    }
    if (await wait(p.habits.ringSeconds * 1000)) return finish('canceled', 'api');
    c.status = 'in-progress';
    c.answeredAt = nowIso();
    st.answeredMs = new Date(c.answeredAt).getTime();
    statusEvent(st, 'answered');
    if (cs.conf.status === 'completed') {
      c.transcript.push({ speaker: 'bot', text: '[conference over]' });
      return finish('completed', 'conference-ended');
    }
    const part = joinConference(cs, c.sid, {
      label: typeof b.Label === 'string' ? b.Label : null,
      muted: b.Muted === 'true',
      startConferenceOnEnter: b.StartConferenceOnEnter !== 'false',
      endConferenceOnExit: b.EndConferenceOnExit === 'true',
    });
    c.transcript.push({ speaker: 'bot', text: `[conference ${cs.conf.friendlyName}]` });
    const talkMs = between(st.rng, 30, 120) * 1000;
    let talkedMs = 0;
    for (let waited = 0; ; waited += 1000) {
      if (part.leftAt) return finish('completed', 'conference-ended');
      if (st.hangupRequested) {
        leaveConference(cs, part);
        return finish('completed', 'api');
      }
      if (cs.conf.status === 'in-progress' && !part.muted && (talkedMs += 1000) > talkMs) {
        c.transcript.push({ speaker: 'customer', text: '[hangs up after the conversation]' });
        leaveConference(cs, part);
        return finish('completed', 'customer-hangup');
      }
      if (waited > 600_000) {
        leaveConference(cs, part);
        return finish('completed', 'time-limit');
      }
      await clock.sleep(1000);
    }
  }

  /** Someone changed a participant: an announcement only they hear (AnnounceUrl), mute, hold. */
  async function announce(cs: ConfState, part: SimConferenceParticipant, url: string, method: string): Promise<void> {
    const st = byCallSid.get(part.callSid);
    const r = await send('announce', method, url, { AccountSid: opts.accountSid, ConferenceSid: cs.conf.sid, CallSid: part.callSid }, cs.conf.requests);
    const doc = readDoc(r);
    if (!doc) {
      st?.call.errors.push(`announce ${url}: ${r.status}`);
      return;
    }
    for (const text of saysOf(doc)) {
      part.announcements.push(text);
      st?.call.transcript.push({ speaker: 'bot', text });
      await clock.sleep(speechMs(text));
    }
    confEvent(cs, 'announcement-end', part);
  }

  const speechMs = (text: string): number => (/[\u4e00-\u9fff]/.test(text) ? 250 : 70) * [...text].length;

  async function runCall(st: CallState): Promise<void> {
    const c = st.call;
    const p = st.persona;
    const ringTimeout = Number(c.params.Timeout ?? 60) || 60;
    const timeLimit = (Number(c.params.TimeLimit ?? 14400) || 14400) * 1000;
    const finish = (status: CallStatus, reason: string): void => {
      c.status = status;
      c.endReason = reason;
      c.endedAt = nowIso();
      c.durationSec = c.answeredAt ? Math.max(0, Math.round((new Date(c.endedAt).getTime() - st.answeredMs) / 1000)) : 0;
      statusEvent(st, 'completed');
    };
    await clock.sleep(0);
    c.status = 'initiated';
    statusEvent(st, 'initiated');
    await clock.sleep(1000);
    if (st.hangupRequested) return finish('canceled', 'api');
    c.status = 'ringing';
    statusEvent(st, 'ringing');
    if (p.pickup === 'busy') {
      await clock.sleep(3000);
      return finish('busy', 'busy');
    }
    if (p.pickup === 'no-answer' || p.habits.ringSeconds >= ringTimeout) {
      await clock.sleep(Math.min(ringTimeout, p.habits.ringSeconds) * 1000);
      return finish(st.hangupRequested ? 'canceled' : 'no-answer', st.hangupRequested ? 'api' : 'no-answer');
    }
    await clock.sleep(p.habits.ringSeconds * 1000);
    if (st.hangupRequested) return finish('canceled', 'api');
    c.status = 'in-progress';
    c.answeredAt = nowIso();
    st.answeredMs = new Date(c.answeredAt).getTime();
    statusEvent(st, 'answered');

    // Answering machine detection.
    const amd = typeof c.params.MachineDetection === 'string' ? c.params.MachineDetection : null;
    const machine = p.pickup === 'machine';
    if (amd) {
      const answeredBy = machine ? (amd === 'DetectMessageEnd' ? 'machine_end_beep' : 'machine_start') : 'human';
      const detectMs = machine ? (amd === 'DetectMessageEnd' ? 12_000 : 4_000) : 2_500;
      const asyncAmd = c.params.AsyncAmd === 'true';
      if (asyncAmd) {
        const cb = typeof c.params.AsyncAmdStatusCallback === 'string' ? c.params.AsyncAmdStatusCallback : null;
        const method = typeof c.params.AsyncAmdStatusCallbackMethod === 'string' ? c.params.AsyncAmdStatusCallbackMethod : 'POST';
        void track(
          (async () => {
            await clock.sleep(detectMs);
            c.answeredBy = answeredBy;
            if (cb) {
              await send('amd', method, cb, { AccountSid: opts.accountSid, CallSid: c.sid, AnsweredBy: answeredBy, MachineDetectionDuration: String(detectMs) }, c.requests);
            }
          })(),
        );
      } else {
        await clock.sleep(detectMs);
        c.answeredBy = answeredBy;
      }
    }

    const url = String(c.params.Url);
    const method = typeof c.params.Method === 'string' ? c.params.Method : 'POST';
    let cur = await fetchDoc(st, 'twiml', method, url);
    const end = (reason: string): void => finish('completed', reason);
    if (!cur) {
      c.transcript.push({ speaker: 'bot', text: '[application error]' });
      return end('error');
    }
    let verbs = cur.doc.children;
    let i = 0;
    let heard: string[] = [];
    let docs = 1;
    const machineHangsUpAt = st.answeredMs + between(st.rng, 30, 60) * 1000;
    const newDoc = (next: { doc: TwimlNode; url: string } | null): boolean => {
      if (!next) return false;
      cur = next;
      verbs = next.doc.children;
      i = 0;
      docs++;
      return true;
    };
    const elapsed = (): number => clock.now().getTime() - st.answeredMs;

    /** The customer in a conference (<Dial><Conference>): waits on hold, talks, and says why it left. */
    const inConference = async (node: TwimlNode, base: string): Promise<'ended' | 'redirect' | 'api' | 'customer-hangup' | 'time-limit'> => {
      const a = node.attrs;
      const name = node.text.trim();
      const cb = a.statusCallback
        ? { url: new URL(a.statusCallback, base).toString(), method: a.statusCallbackMethod ?? 'POST', events: eventSet(a.statusCallbackEvent) }
        : null;
      const cs = openConference(name, cb);
      c.transfers.push({ verb: 'Conference', target: name, at: nowIso() });
      c.transcript.push({ speaker: 'bot', text: `[conference ${name}]` });
      const part = joinConference(cs, c.sid, {
        label: a.participantLabel ?? null,
        muted: a.muted === 'true',
        startConferenceOnEnter: a.startConferenceOnEnter !== 'false',
        endConferenceOnExit: a.endConferenceOnExit === 'true',
      });
      // How long this customer stays on hold before giving up.
      const patienceMs = between(st.rng, 90, 180) * 1000;
      const joinedMs = clock.now().getTime();
      let heardWait = false;
      for (;;) {
        if (part.leftAt) return 'ended';
        const why = st.hangupRequested ? 'api' : st.redirect ? 'redirect' : elapsed() >= timeLimit ? 'time-limit' : null;
        if (why) {
          leaveConference(cs, part);
          return why;
        }
        if (cs.conf.status === 'init') {
          if (!heardWait && a.waitUrl) {
            heardWait = true;
            const w = await fetchDoc(st, 'wait', a.waitMethod ?? 'POST', new URL(a.waitUrl, base).toString());
            for (const text of w ? saysOf(w.doc) : []) {
              c.transcript.push({ speaker: 'bot', text });
              await clock.sleep(speechMs(text));
            }
            continue;
          }
          if (clock.now().getTime() - joinedMs >= patienceMs) {
            c.transcript.push({ speaker: 'customer', text: '[hangs up on hold]' });
            leaveConference(cs, part);
            return 'customer-hangup';
          }
        }
        await clock.sleep(1000);
      }
    };

    for (;;) {
      if (st.hangupRequested) return end('api');
      if (elapsed() >= timeLimit) return end('time-limit');
      if (machine && clock.now().getTime() >= machineHangsUpAt) return end('customer-hangup');
      if (docs > maxDocs) return end('loop');
      if (st.redirect) {
        const r = st.redirect;
        st.redirect = null;
        if ('twiml' in r) {
          try {
            newDoc({ doc: parseTwiml(r.twiml), url: cur?.url ?? url });
          } catch {
            c.errors.push('12100 bad Twiml in update');
          }
        } else if (!newDoc(await fetchDoc(st, 'redirect', r.method, r.url))) return end('error');
        continue;
      }
      const v = verbs[i++];
      if (!v) return end('end-of-twiml');
      const base = cur?.url ?? url;
      switch (v.name) {
        case 'Say': {
          const text = v.text.trim();
          heard.push(text);
          c.transcript.push({ speaker: 'bot', text });
          await clock.sleep(speechMs(text) * Math.max(1, Number(v.attrs.loop ?? 1) || 1));
          break;
        }
        case 'Play': {
          c.transcript.push({ speaker: 'bot', text: `[play ${v.text.trim() || v.attrs.digits || ''}]` });
          await clock.sleep(3000);
          break;
        }
        case 'Pause':
          await clock.sleep((Number(v.attrs.length ?? 1) || 1) * 1000);
          break;
        case 'Gather': {
          const spec = gatherSpec(v);
          for (const child of v.children) {
            if (child.name === 'Say') {
              const text = child.text.trim();
              heard.push(text);
              c.transcript.push({ speaker: 'bot', text });
              await clock.sleep(speechMs(text));
            } else if (child.name === 'Play') {
              c.transcript.push({ speaker: 'bot', text: `[play ${child.text.trim()}]` });
              await clock.sleep(3000);
            } else if (child.name === 'Pause') {
              await clock.sleep((Number(child.attrs.length ?? 1) || 1) * 1000);
            }
          }
          const reply = p.respond({ text: heard.join(''), gather: spec, turn: c.turns.length });
          c.turns.push({ index: c.turns.length, at: nowIso(), heard: heard.join(''), gather: spec, reply });
          heard = [];
          if (opts.pacingMs) await new Promise((r) => setTimeout(r, opts.pacingMs));
          if (reply.kind === 'hangup') return end('customer-hangup');
          let result: Record<string, string>;
          if (reply.kind === 'silence') {
            await clock.sleep(spec.timeoutSec * 1000);
            if (!spec.actionOnEmptyResult) break;
            result = {};
          } else if (reply.kind === 'speech') {
            c.transcript.push({ speaker: 'customer', text: reply.text });
            await clock.sleep(p.habits.thinkSeconds * 1000 + speechMs(reply.text));
            result = { SpeechResult: reply.text, Confidence: reply.confidence.toFixed(2), ...(spec.language ? { Language: spec.language } : {}) };
          } else {
            c.transcript.push({ speaker: 'customer', text: reply.digits, dtmf: true });
            await clock.sleep(p.habits.thinkSeconds * 1000 + reply.digits.length * 300);
            result = { Digits: reply.digits, FinishedOnKey: '' };
          }
          if (st.hangupRequested) return end('api');
          const action = new URL(spec.action ?? base, base).toString();
          if (!newDoc(await fetchDoc(st, 'gather', spec.method, action, result))) return end('error');
          break;
        }
        case 'Redirect': {
          const target = new URL(v.text.trim() || base, base).toString();
          if (!newDoc(await fetchDoc(st, 'redirect', v.attrs.method ?? 'POST', target))) return end('error');
          break;
        }
        case 'Hangup':
        case 'Reject':
          return end('hangup-verb');
        case 'Dial': {
          const confNode = v.children.find((ch) => ch.name === 'Conference');
          if (confNode) {
            const how = await inConference(confNode, base);
            if (how === 'redirect') break;
            if (how !== 'ended') return end(how);
            // The conference is over: the Dial's action says what next (Twilio posts the call's parameters).
            if (v.attrs.action) {
              const action = new URL(v.attrs.action, base).toString();
              if (!newDoc(await fetchDoc(st, 'dial', v.attrs.method ?? 'POST', action))) return end('error');
            }
            break;
          }
          const target = v.children.map((ch) => `${ch.name}:${ch.text.trim()}`).join(',') || v.text.trim();
          c.transfers.push({ verb: 'Dial', target, at: nowIso() });
          c.transcript.push({ speaker: 'bot', text: `[transfer ${target}]` });
          const talk = between(st.rng, 30, 120);
          await clock.sleep(talk * 1000);
          if (v.attrs.action) {
            const action = new URL(v.attrs.action, base).toString();
            const next = await fetchDoc(st, 'dial', v.attrs.method ?? 'POST', action, {
              DialCallStatus: 'completed',
              DialCallSid: newSid('CA'),
              DialCallDuration: String(talk),
              DialBridged: 'true',
            });
            if (!newDoc(next)) return end('error');
          }
          break;
        }
        case 'Enqueue': {
          const queue = v.text.trim() || v.attrs.workflowSid || 'queue';
          c.transfers.push({ verb: 'Enqueue', target: queue, at: nowIso() });
          c.transcript.push({ speaker: 'bot', text: `[enqueue ${queue}]` });
          // No agents in the simulator: the customer waits, then hangs up.
          const wait = between(st.rng, 60, 180);
          await clock.sleep(wait * 1000);
          if (v.attrs.action) {
            const action = new URL(v.attrs.action, base).toString();
            await fetchDoc(st, 'enqueue', v.attrs.method ?? 'POST', action, { QueueResult: 'hangup', QueueSid: newSid('QU'), QueueTime: String(wait) });
          }
          return end('customer-hangup');
        }
        case 'Record':
          await clock.sleep((Number(v.attrs.maxLength ?? 5) || 5) * 1000);
          break;
        case 'Leave':
        case 'Sms':
        case 'Message':
          break;
        default:
          c.errors.push(`12200 unsupported verb <${v.name}>`);
      }
    }
  }

  async function afterCall(st: CallState): Promise<void> {
    const c = st.call;
    if (!c.answeredAt) return;
    const record = c.params.Record === 'true';
    if (!renderer && !record) return;
    const rsid = newSid('RE');
    st.recordingSid = rsid;
    let rec: SimRecording = { sid: rsid, url: `${baseUrl}/recordings/${rsid}`, path: null, durationSec: c.durationSec, renderMs: 0 };
    if (renderer && (opts.audioFor?.(c) ?? true)) {
      const t0 = performance.now();
      try {
        const wav = await renderer.render(c.transcript.filter((s) => !s.text.startsWith('[')));
        const file = path.join(recordingsDir, `${c.sid}.wav`);
        await writeFile(file, wav);
        rec = { ...rec, path: file, durationSec: Math.round(wavDuration(wav)), renderMs: Math.round(performance.now() - t0) };
      } catch (e) {
        c.errors.push(`audio: ${(e as Error).message}`);
      }
    }
    c.recording = rec;
    recordings.set(rsid, { callSid: c.sid, rec });
    const cb = typeof c.params.RecordingStatusCallback === 'string' ? c.params.RecordingStatusCallback : null;
    if (record && cb) {
      const method = typeof c.params.RecordingStatusCallbackMethod === 'string' ? c.params.RecordingStatusCallbackMethod : 'POST';
      await send(
        'recording',
        method,
        cb,
        {
          AccountSid: opts.accountSid,
          CallSid: c.sid,
          RecordingSid: rsid,
          RecordingUrl: rec.url,
          RecordingStatus: 'completed',
          RecordingDuration: String(rec.durationSec),
          RecordingChannels: '1',
          RecordingStartTime: rfc2822(new Date(st.answeredMs)),
          RecordingSource: 'OutboundAPI',
          RecordingTrack: 'both',
          ErrorCode: '0',
        },
        c.requests,
      );
    }
  }

  /** A call placed by REST (Calls create), or a leg rung into a conference (Participants create, `conf` set). */
  function createCall(body: Record<string, string | string[]>, conf?: ConfState): SimCall {
    const to = str(body.To);
    const from = str(body.From);
    const persona = opts.personas(to);
    const events = new Set(
      (Array.isArray(body.StatusCallbackEvent) ? body.StatusCallbackEvent : [body.StatusCallbackEvent ?? ''])
        .flatMap((e) => e.split(/[\s,]+/))
        .filter(Boolean),
    );
    const call: SimCall = {
      sid: newSid('CA'),
      to,
      from,
      persona: persona.kind,
      personaSeed: persona.seed,
      status: 'queued',
      answeredBy: null,
      createdAt: nowIso(),
      answeredAt: null,
      endedAt: null,
      durationSec: 0,
      endReason: null,
      params: body,
      turns: [],
      requests: [],
      transcript: [],
      transfers: [],
      conference: conf?.conf.sid ?? null,
      recording: null,
      errors: [],
    };
    const st: CallState = {
      call,
      persona,
      events,
      statusCallback: typeof body.StatusCallback === 'string' ? body.StatusCallback : null,
      statusMethod: typeof body.StatusCallbackMethod === 'string' ? body.StatusCallbackMethod : 'POST',
      seq: 0,
      cbQueue: Promise.resolve(),
      held: [],
      hangupRequested: false,
      redirect: null,
      rng: mulberry32(hash32(`${persona.seed}/${calls.length}`)),
      answeredMs: 0,
      recordingSid: null,
    };
    calls.push(call);
    byCallSid.set(call.sid, st);
    void track(
      (async () => {
        try {
          await (conf ? runParticipant(st, conf) : runCall(st));
        } catch (e) {
          call.errors.push(`simulator: ${(e as Error).stack ?? String(e)}`);
          if (!call.endedAt) {
            call.status = 'failed';
            call.endedAt = nowIso();
          }
        }
        if (!conf) await afterCall(st).catch((e: unknown) => call.errors.push(`recording: ${(e as Error).message}`));
        await st.cbQueue;
        for (const h of st.held.splice(0)) await h();
      })(),
    );
    return call;
  }

  // ------------------------------------------------------------------ messages

  const smsUrl = opts.smsUrl ?? `${publicUrl}/twilio/sms`;
  /** Replies per conversation (number pair), to stop two bots chatting forever. */
  const conversation = new Map<string, number>();

  function messageStatus(m: SimMessage, cb: string | null, method: string, status: MessageStatus, extra: Record<string, string> = {}): Promise<unknown> {
    m.status = status;
    if (!cb) return Promise.resolve();
    return send(
      'sms-status',
      method,
      cb,
      { AccountSid: opts.accountSid, ApiVersion: API, From: m.from, To: m.to, MessageSid: m.sid, SmsSid: m.sid, MessageStatus: status, SmsStatus: status, ...extra },
      m.requests,
    );
  }

  function createMessage(body: Record<string, string | string[]>): SimMessage {
    const to = str(body.To);
    const from = str(body.From) || str(body.MessagingServiceSid);
    const persona = opts.personas(to);
    const m: SimMessage = {
      sid: newSid('SM'),
      direction: 'outbound-api',
      from,
      to,
      body: str(body.Body),
      status: 'queued',
      createdAt: nowIso(),
      persona: persona.kind,
      requests: [],
    };
    messages.push(m);
    bySmsSid.set(m.sid, m);
    const cb = typeof body.StatusCallback === 'string' ? body.StatusCallback : null;
    void track(
      (async () => {
        await clock.sleep(1000);
        await messageStatus(m, cb, 'POST', 'sent');
        await clock.sleep(3000);
        await messageStatus(m, cb, 'POST', 'delivered');
        const key = `${from}|${to}`;
        const n = conversation.get(key) ?? 0;
        // A loop guard: the longest sample dialog (renovation) asks 11 questions by SMS.
        if (n >= 20) return;
        const reply = persona.replyToSms(m.body);
        if (reply === null) return;
        conversation.set(key, n + 1);
        await clock.sleep(persona.habits.smsReplySeconds * 1000);
        await inbound(to, from, reply, persona.kind);
      })(),
    );
    return m;
  }

  async function inbound(from: string, to: string, body: string, persona: PersonaKind | null): Promise<SimMessage> {
    const m: SimMessage = { sid: newSid('SM'), direction: 'inbound', from, to, body, status: 'received', createdAt: nowIso(), persona, requests: [] };
    messages.push(m);
    bySmsSid.set(m.sid, m);
    const r = await send(
      'sms',
      'POST',
      smsUrl,
      {
        AccountSid: opts.accountSid,
        ApiVersion: API,
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
          if (text) createMessage({ To: from, From: to, Body: text, ...(v.attrs.statusCallback ? { StatusCallback: v.attrs.statusCallback } : {}) });
        }
      } catch {
        /* not TwiML: ignore, as Twilio logs a warning */
      }
    }
    return m;
  }

  // ------------------------------------------------------------------ REST API

  const app = Fastify({ logger: false });
  await app.register(formbody);

  const authorized = (req: FastifyRequest, reply: FastifyReply): boolean => {
    const h = req.headers.authorization ?? '';
    const expected = 'Basic ' + Buffer.from(`${opts.accountSid}:${opts.authToken}`).toString('base64');
    if (h !== expected) {
      void reply.code(401).send(restError(20003, 'Authenticate', 401));
      return false;
    }
    const sid = (req.params as { accountSid?: string }).accountSid;
    if (sid !== undefined && sid !== opts.accountSid) {
      void notFound(req, reply);
      return false;
    }
    return true;
  };
  const acct = `/${API}/Accounts/:accountSid`;

  app.post(`${acct}/Calls.json`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const body = (req.body ?? {}) as Record<string, string | string[]>;
    if (!str(body.To)) return reply.code(400).send(restError(21201, "No 'To' number is specified", 400));
    if (!str(body.From)) return reply.code(400).send(restError(21213, "No 'From' number is specified", 400));
    if (!str(body.Url) && !str(body.Twiml)) return reply.code(400).send(restError(21205, 'Url parameter is required.', 400));
    if (!isPhone(str(body.To))) return reply.code(400).send(restError(21211, `The 'To' number ${str(body.To)} is not a valid phone number.`, 400));
    if (!str(body.Url) && str(body.Twiml)) {
      // Inline TwiML: serve it from the simulator itself.
      const id = newSid('TW');
      inlineTwiml.set(id, str(body.Twiml));
      body.Url = `${baseUrl}/twiml/${id}`;
    }
    const call = createCall(body);
    return reply.code(201).send(callJson(call));
  });
  const inlineTwiml = new Map<string, string>();
  app.all('/twiml/:id', async (req, reply) => reply.type('text/xml').send(inlineTwiml.get((req.params as { id: string }).id) ?? '<Response/>'));

  app.get(`${acct}/Calls.json`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const q = req.query as Record<string, string>;
    const list = calls.filter((c) => (!q.To || c.to === q.To) && (!q.Status || c.status === q.Status));
    return page('calls', list.map(callJson), req.url);
  });
  app.get(`${acct}/Calls/:file`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const st = byCallSid.get(stripJson((req.params as { file: string }).file));
    if (!st) return notFound(req, reply);
    return callJson(st.call);
  });
  app.post(`${acct}/Calls/:file`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const st = byCallSid.get(stripJson((req.params as { file: string }).file));
    if (!st) return notFound(req, reply);
    const body = (req.body ?? {}) as Record<string, string>;
    if (body.Status === 'completed' || body.Status === 'canceled') st.hangupRequested = true;
    else if (body.Twiml) st.redirect = { twiml: body.Twiml };
    else if (body.Url) st.redirect = { url: body.Url, method: body.Method ?? 'POST' };
    return callJson(st.call);
  });

  // Conferences: participants create (by SID or friendly name: a name creates the conference),
  // update (AnnounceUrl, Muted, Hold), fetch and list; conference fetch, list and end.
  const conferenceOf = (ref: string, reply: FastifyReply, url: string): ConfState | null => {
    const cs = findConference(ref) ?? confBySid.get(ref);
    if (!cs) {
      void reply.code(404).send(restError(20404, `The requested resource ${url} was not found`, 404));
      return null;
    }
    return cs;
  };
  app.post(`${acct}/Conferences/:conf/Participants.json`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const ref = (req.params as { conf: string }).conf;
    const body = (req.body ?? {}) as Record<string, string | string[]>;
    if (!str(body.To)) return reply.code(400).send(restError(21201, "No 'To' number is specified", 400));
    if (!str(body.From)) return reply.code(400).send(restError(21213, "No 'From' number is specified", 400));
    if (!isPhone(str(body.To))) return reply.code(400).send(restError(21211, `The 'To' number ${str(body.To)} is not a valid phone number.`, 400));
    let cs: ConfState | null;
    if (/^CF[0-9a-f]{32}$/.test(ref)) {
      cs = conferenceOf(ref, reply, req.url);
      if (!cs) return reply;
      if (cs.conf.status === 'completed') return reply.code(400).send(restError(16003, 'Could not recognize conference sid or friendly name', 400));
    } else {
      const cb = typeof body.ConferenceStatusCallback === 'string' ? body.ConferenceStatusCallback : null;
      cs = openConference(ref, cb ? { url: cb, method: str(body.ConferenceStatusCallbackMethod) || 'POST', events: eventSet(body.ConferenceStatusCallbackEvent) } : null);
    }
    const call = createCall(body, cs);
    return reply.code(201).send(participantJson(cs, call.sid));
  });
  app.get(`${acct}/Conferences/:conf/Participants.json`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const cs = conferenceOf((req.params as { conf: string }).conf, reply, req.url);
    if (!cs) return reply;
    return page('participants', cs.conf.participants.filter((x) => !x.leftAt).map((x) => participantJson(cs, x.callSid)), req.url);
  });
  app.get(`${acct}/Conferences/:conf/Participants/:file`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const { conf, file } = req.params as { conf: string; file: string };
    const cs = conferenceOf(conf, reply, req.url);
    if (!cs) return reply;
    const callSid = stripJson(file);
    if (!cs.conf.participants.some((x) => x.callSid === callSid && !x.leftAt)) return notFound(req, reply);
    return participantJson(cs, callSid);
  });
  app.post(`${acct}/Conferences/:conf/Participants/:file`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const { conf, file } = req.params as { conf: string; file: string };
    const cs = conferenceOf(conf, reply, req.url);
    if (!cs) return reply;
    const callSid = stripJson(file);
    const part = cs.conf.participants.find((x) => x.callSid === callSid && !x.leftAt);
    if (!part) return notFound(req, reply);
    const body = (req.body ?? {}) as Record<string, string>;
    if (body.Muted !== undefined) part.muted = body.Muted === 'true';
    if (body.Hold !== undefined) part.hold = body.Hold === 'true';
    if (body.AnnounceUrl) void track(announce(cs, part, body.AnnounceUrl, body.AnnounceMethod ?? 'POST'));
    return participantJson(cs, callSid);
  });
  app.get(`${acct}/Conferences.json`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const q = req.query as Record<string, string>;
    const list = conferences.filter((c) => (!q.FriendlyName || c.friendlyName === q.FriendlyName) && (!q.Status || c.status === q.Status));
    return page('conferences', list.map(conferenceJson), req.url);
  });
  app.get(`${acct}/Conferences/:file`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const cs = confBySid.get(stripJson((req.params as { file: string }).file));
    if (!cs) return notFound(req, reply);
    return conferenceJson(cs.conf);
  });
  app.post(`${acct}/Conferences/:file`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const cs = confBySid.get(stripJson((req.params as { file: string }).file));
    if (!cs) return notFound(req, reply);
    if ((req.body as Record<string, string> | undefined)?.Status === 'completed') endConference(cs, 'conference-ended-via-api', null);
    return conferenceJson(cs.conf);
  });

  function participantJson(cs: ConfState, callSid: string): Record<string, unknown> {
    const part = cs.conf.participants.find((x) => x.callSid === callSid);
    const call = byCallSid.get(callSid)?.call;
    const status = part ? (part.leftAt ? 'complete' : 'connected') : call?.status === 'ringing' ? 'ringing' : 'queued';
    return {
      account_sid: opts.accountSid,
      call_sid: callSid,
      conference_sid: cs.conf.sid,
      label: part?.label ?? (typeof call?.params.Label === 'string' ? call.params.Label : null),
      call_sid_to_coach: null,
      coaching: false,
      date_created: rfc2822(new Date(part?.joinedAt ?? call?.createdAt ?? nowIso())),
      date_updated: rfc2822(clock.now()),
      end_conference_on_exit: part?.endConferenceOnExit ?? call?.params.EndConferenceOnExit === 'true',
      start_conference_on_enter: part?.startConferenceOnEnter ?? call?.params.StartConferenceOnEnter !== 'false',
      muted: part?.muted ?? call?.params.Muted === 'true',
      hold: part?.hold ?? false,
      status,
      uri: `/${API}/Accounts/${opts.accountSid}/Conferences/${cs.conf.sid}/Participants/${callSid}.json`,
    };
  }

  function conferenceJson(c: SimConference): Record<string, unknown> {
    const uri = `/${API}/Accounts/${opts.accountSid}/Conferences/${c.sid}.json`;
    return {
      sid: c.sid,
      account_sid: opts.accountSid,
      friendly_name: c.friendlyName,
      status: c.status,
      date_created: rfc2822(new Date(c.createdAt)),
      date_updated: rfc2822(clock.now()),
      api_version: API,
      region: 'us1',
      reason_conference_ended: c.reasonEnded,
      call_sid_ending_conference: null,
      uri,
      subresource_uris: { participants: uri.replace('.json', '/Participants.json'), recordings: uri.replace('.json', '/Recordings.json') },
    };
  }

  app.post(`${acct}/Messages.json`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const body = (req.body ?? {}) as Record<string, string | string[]>;
    if (!str(body.To)) return reply.code(400).send(restError(21604, "A 'To' phone number is required.", 400));
    if (!str(body.From) && !str(body.MessagingServiceSid)) return reply.code(400).send(restError(21603, "A 'From' phone number is required.", 400));
    if (!str(body.Body) && !body.MediaUrl) return reply.code(400).send(restError(21602, 'Message body is required.', 400));
    if (!isPhone(str(body.To))) return reply.code(400).send(restError(21211, `The 'To' number ${str(body.To)} is not a valid phone number.`, 400));
    return reply.code(201).send(messageJson(createMessage(body)));
  });
  app.get(`${acct}/Messages.json`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const q = req.query as Record<string, string>;
    return page('messages', messages.filter((m) => (!q.To || m.to === q.To) && (!q.From || m.from === q.From)).map(messageJson), req.url);
  });
  app.get(`${acct}/Messages/:file`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    const m = bySmsSid.get(stripJson((req.params as { file: string }).file));
    if (!m) return notFound(req, reply);
    return messageJson(m);
  });

  const serveRecording = async (file: string, reply: FastifyReply, asJson: boolean): Promise<unknown> => {
    const sid = file.replace(/\.(wav|json|mp3)$/, '');
    const found = recordings.get(sid) ?? [...recordings.values()].find((r) => r.callSid === sid);
    if (!found) return reply.code(404).send(restError(20404, `The requested resource /Recordings/${file} was not found`, 404));
    if (asJson || file.endsWith('.json')) return recordingJson(found.callSid, found.rec);
    if (file.endsWith('.mp3')) return reply.code(415).send(restError(20415, 'the simulator serves WAV only', 415));
    const wav = found.rec.path ? await readFile(found.rec.path) : silentWav(found.rec.durationSec);
    return reply.type('audio/x-wav').send(wav);
  };
  app.get('/recordings/:file', async (req, reply) => serveRecording((req.params as { file: string }).file, reply, false));
  app.get(`${acct}/Recordings/:file`, async (req, reply) => {
    if (!authorized(req, reply)) return reply;
    return serveRecording((req.params as { file: string }).file, reply, false);
  });

  function callJson(c: SimCall): Record<string, unknown> {
    const uri = `/${API}/Accounts/${opts.accountSid}/Calls/${c.sid}.json`;
    return {
      sid: c.sid,
      date_created: rfc2822(new Date(c.createdAt)),
      date_updated: rfc2822(clock.now()),
      parent_call_sid: null,
      account_sid: opts.accountSid,
      to: c.to,
      to_formatted: c.to,
      from: c.from,
      from_formatted: c.from,
      phone_number_sid: null,
      status: c.status,
      start_time: c.answeredAt ? rfc2822(new Date(c.answeredAt)) : null,
      end_time: c.endedAt ? rfc2822(new Date(c.endedAt)) : null,
      duration: c.endedAt ? String(c.durationSec) : null,
      price: null,
      price_unit: 'USD',
      direction: 'outbound-api',
      answered_by: c.answeredBy,
      api_version: API,
      forwarded_from: null,
      group_sid: null,
      caller_name: null,
      queue_time: '0',
      trunk_sid: null,
      uri,
      subresource_uris: {
        notifications: uri.replace('.json', '/Notifications.json'),
        recordings: uri.replace('.json', '/Recordings.json'),
        events: uri.replace('.json', '/Events.json'),
      },
    };
  }

  function messageJson(m: SimMessage): Record<string, unknown> {
    return {
      sid: m.sid,
      account_sid: opts.accountSid,
      api_version: API,
      body: m.body,
      date_created: rfc2822(new Date(m.createdAt)),
      date_sent: m.status === 'queued' ? null : rfc2822(new Date(m.createdAt)),
      date_updated: rfc2822(clock.now()),
      direction: m.direction,
      error_code: null,
      error_message: null,
      from: m.from,
      messaging_service_sid: m.from.startsWith('MG') ? m.from : null,
      num_media: '0',
      num_segments: String(Math.max(1, Math.ceil([...m.body].length / 70))),
      price: null,
      price_unit: 'USD',
      status: m.status,
      subresource_uris: { media: `/${API}/Accounts/${opts.accountSid}/Messages/${m.sid}/Media.json` },
      to: m.to,
      uri: `/${API}/Accounts/${opts.accountSid}/Messages/${m.sid}.json`,
    };
  }

  function recordingJson(callSid: string, r: SimRecording): Record<string, unknown> {
    return {
      sid: r.sid,
      account_sid: opts.accountSid,
      call_sid: callSid,
      api_version: API,
      channels: 1,
      duration: String(r.durationSec),
      status: 'completed',
      source: 'OutboundAPI',
      uri: `/${API}/Accounts/${opts.accountSid}/Recordings/${r.sid}.json`,
      media_url: r.url,
    };
  }

  const address = await app.listen({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 0, backlog: 4096 });
  const baseUrl = address.replace('://[::1]', '://localhost');

  const sim: Simulator = {
    baseUrl,
    calls,
    messages,
    conferences,
    conference: (ref) => (findConference(ref) ?? confBySid.get(ref) ?? [...confBySid.values()].reverse().find((x) => x.conf.friendlyName === ref))?.conf,
    clock,
    audio: renderer?.name ?? null,
    app,
    call: (sid) => byCallSid.get(sid)?.call,
    setDeliverTo: (url) => {
      deliverTo = url?.replace(/\/+$/, '');
    },
    inboundSms: (from, to, body) => track(inbound(from, to, body, null)),
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    async stop() {
      for (const st of byCallSid.values()) st.hangupRequested = true;
      await app.close();
    },
  };
  return sim;
}

// Keep-alive agents: on a busy machine a new connection per webhook would dominate the
// latency we measure (node:http is also several times cheaper than fetch here).
const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 512 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 512 });

/** One HTTP request; resolves with status and body text, rejects on network errors and timeout. */
function httpRequest(url: string, method: string, headers: Record<string, string>, body: string | undefined, timeoutMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const mod = u.protocol === 'https:' ? https : http;
    const data = body === undefined ? undefined : Buffer.from(body, 'utf-8');
    const req = mod.request(
      u,
      {
        method,
        agent: u.protocol === 'https:' ? httpsAgent : httpAgent,
        headers: { ...headers, ...(data ? { 'Content-Length': String(data.length) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf-8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(data);
  });
}

function str(v: string | string[] | undefined): string {
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

function stripJson(file: string): string {
  return file.replace(/\.json$/, '');
}

function isPhone(s: string): boolean {
  return /^\+?[0-9]{5,16}$/.test(s) || s.startsWith('client:') || s.startsWith('sip:');
}

/** Twilio's date format: "Tue, 31 Aug 2010 20:36:28 +0000". */
export function rfc2822(d: Date): string {
  return d.toUTCString().replace('GMT', '+0000');
}

function restError(code: number, message: string, status: number): Record<string, unknown> {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/** Twilio's 404 for a resource that does not exist. */
function notFound(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.code(404).send(restError(20404, `The requested resource ${req.url} was not found`, 404));
}

function page(key: string, items: unknown[], uri: string): Record<string, unknown> {
  return {
    [key]: items,
    end: Math.max(0, items.length - 1),
    first_page_uri: uri,
    next_page_uri: null,
    page: 0,
    page_size: items.length,
    previous_page_uri: null,
    start: 0,
    uri,
  };
}
