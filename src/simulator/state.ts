/**
 * What the simulator knows, whatever provider's API it speaks: the log of calls, messages,
 * conferences and recordings, the customers (personas) behind the numbers, the clock, seeded
 * ids, the work in flight and the figures of `GET /simulator/stats`. No HTTP and no
 * provider protocol here: Twilio's REST plugin and its call, conference and message models
 * (calls.ts, conferences.ts, messages.ts, twilio-rest.ts) write into one SimState; a second
 * provider's plugin writes into the same one, so the customers and the figures are shared.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Segment, SpeechRenderer } from './audio.js';
import { realClock, type Clock } from './clock.js';
import type { Persona, PersonaKind, Reply } from './personas.js';
import type { GatherSpec } from './twiml.js';

export type CallStatus = 'queued' | 'initiated' | 'ringing' | 'in-progress' | 'completed' | 'busy' | 'failed' | 'no-answer' | 'canceled';
export type MessageStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'undelivered' | 'failed' | 'received';

/** Statuses after which a call is over. */
export const FINAL_CALL_STATUSES: ReadonlySet<CallStatus> = new Set(['completed', 'busy', 'failed', 'no-answer', 'canceled']);

export interface SimRequest {
  at: string;
  kind:
    | 'twiml' | 'fallback' | 'gather' | 'redirect' | 'dial' | 'enqueue' | 'status' | 'amd' | 'recording' | 'sms' | 'sms-status'
    | 'conference' | 'wait' | 'announce'
    // Aliyun: the SmartCall per-utterance callback, the voice receipts, 上行短信.
    | 'smartcall' | 'voice-report' | 'sms-up';
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

/** `GET /simulator/stats`: counts only, never a phone number. */
export interface SimStats {
  /** Calls placed (customer calls and conference legs). */
  calls: number;
  /** Calls answered and not ended yet (Twilio's `in-progress`). */
  inProgress: number;
  /** Calls not ended yet, ringing ones included. */
  live: number;
  /** The most calls live at once so far. */
  peakLive: number;
  /** Messages, outbound and inbound. */
  messages: number;
  /** Customer calls placed to a number that already had a live call (conference legs not counted). */
  duplicateDials: number;
  /** Calls by status. */
  byStatus: Record<string, number>;
  conferences: number;
  /** Webhooks sent, and those that failed (network error, timeout or a non-2xx answer). */
  webhooks: { sent: number; failed: number };
}

export interface SimStateOptions {
  /** Our server's public base URL (its PUBLIC_URL): the URLs it gives are signed as given. */
  publicUrl?: string;
  /** Where to actually send requests when it differs from `publicUrl` (e.g. http://127.0.0.1:3000). */
  deliverTo?: string;
  /** The customer behind a phone number. */
  personas: (to: string) => Persona;
  /** Default: wall time. Use a SimulatedClock to compress a day. */
  clock?: Clock;
  /** Recordings go to `<dataDir>/recordings/<CallSid>.wav` (default: a temp folder). */
  dataDir?: string;
  /** Seeds the SIDs (default: random). */
  seed?: number;
  log?: (msg: string) => void;
  /** Told of every call when it ends (the standalone simulator logs it, number masked). */
  onCallEnded?: (call: SimCall) => void;
  /** Told of every message when it is logged (outbound or inbound). */
  onMessage?: (message: SimMessage) => void;
  /** Told of every webhook that failed (network error, timeout, or not 2xx). */
  onWebhookFailed?: (request: SimRequest) => void;
}

/** The simulator's shared state: see the file comment. */
export class SimState {
  readonly clock: Clock;
  readonly log: (msg: string) => void;
  readonly personas: (to: string) => Persona;
  /** Without a trailing slash; '' when unknown (the standalone simulator without PUBLIC_URL). */
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly recordingsDir: string;
  /** Every call, in creation order. */
  readonly calls: SimCall[] = [];
  /** Every message, outbound and inbound, in order. */
  readonly messages: SimMessage[] = [];
  /** Every conference, in creation order. */
  readonly conferences: SimConference[] = [];
  /** Recordings by RecordingSid. */
  readonly recordings = new Map<string, { callSid: string; rec: SimRecording }>();
  /** The speech renderer when audio is on and available. */
  renderer: SpeechRenderer | null = null;
  /** The simulator's own base URL, known once it listens. */
  baseUrl = '';
  deliverTo: string | undefined;
  private webhooksSent = 0;
  private webhooksFailed = 0;

  private readonly hooks: Pick<SimStateOptions, 'onCallEnded' | 'onMessage' | 'onWebhookFailed'>;
  private readonly seedBase: number;
  private counter = 0;
  private readonly running = new Set<Promise<unknown>>();
  private readonly callBySid = new Map<string, SimCall>();
  /** Live calls per number (for duplicate dials). */
  private readonly liveByNumber = new Map<string, number>();
  private readonly settled = new Set<string>();
  private live = 0;
  private peakLive = 0;
  private duplicateDials = 0;

  constructor(opts: SimStateOptions) {
    this.clock = opts.clock ?? realClock();
    this.log = opts.log ?? ((m: string) => console.warn(`[simulator] ${m}`));
    this.personas = opts.personas;
    this.publicUrl = (opts.publicUrl ?? '').replace(/\/+$/, '');
    this.deliverTo = opts.deliverTo?.replace(/\/+$/, '');
    this.dataDir = opts.dataDir ?? path.join(os.tmpdir(), `huifang-sim-${process.pid}`);
    this.recordingsDir = path.join(this.dataDir, 'recordings');
    this.seedBase = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
    this.hooks = opts;
  }

  /** A provider-style id: `prefix` + 32 hex digits, seeded (same seed, same ids in the same order). */
  newSid(prefix: string): string {
    return prefix + createHash('md5').update(`${this.seedBase}/${prefix}/${this.counter++}`).digest('hex');
  }

  nowIso(): string {
    return this.clock.now().toISOString();
  }

  /** Where a URL our server gave is really sent (under `publicUrl` it goes to `deliverTo`). */
  deliveryUrl(url: string): string {
    return this.deliverTo && this.publicUrl && url.startsWith(this.publicUrl) ? this.deliverTo + url.slice(this.publicUrl.length) : url;
  }

  /** Work in flight (a call, a message, a queue of callbacks): `idle()` waits for it. */
  track<T>(p: Promise<T>): Promise<T> {
    this.running.add(p);
    void p.finally(() => this.running.delete(p)).catch(() => undefined);
    return p;
  }

  /** Resolve when no call or message is running. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Log a new call; `customer` calls (not conference legs) to a number with a live call count as duplicate dials. */
  addCall(call: SimCall, customer: boolean): void {
    const n = this.liveByNumber.get(call.to) ?? 0;
    if (customer && n > 0) this.duplicateDials++;
    this.liveByNumber.set(call.to, n + 1);
    this.live++;
    this.peakLive = Math.max(this.peakLive, this.live);
    this.calls.push(call);
    this.callBySid.set(call.sid, call);
  }

  call(sid: string): SimCall | undefined {
    return this.callBySid.get(sid);
  }

  /** The call has ended (idempotent). */
  callEnded(call: SimCall): void {
    if (this.settled.has(call.sid)) return;
    this.settled.add(call.sid);
    this.live--;
    const n = (this.liveByNumber.get(call.to) ?? 1) - 1;
    if (n > 0) this.liveByNumber.set(call.to, n);
    else this.liveByNumber.delete(call.to);
    this.hooks.onCallEnded?.(call);
  }

  addMessage(m: SimMessage): void {
    this.messages.push(m);
    this.hooks.onMessage?.(m);
  }

  /** A webhook was answered (or failed): counted for the stats. */
  webhookDone(r: SimRequest): void {
    this.webhooksSent++;
    if (r.status < 200 || r.status >= 300) {
      this.webhooksFailed++;
      this.hooks.onWebhookFailed?.(r);
    }
  }

  stats(): SimStats {
    const byStatus: Record<string, number> = {};
    for (const c of this.calls) byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    return {
      calls: this.calls.length,
      inProgress: byStatus['in-progress'] ?? 0,
      live: this.live,
      peakLive: this.peakLive,
      messages: this.messages.length,
      duplicateDials: this.duplicateDials,
      byStatus,
      conferences: this.conferences.length,
      webhooks: { sent: this.webhooksSent, failed: this.webhooksFailed },
    };
  }
}

/** "start end join" or ["start", "end"] -> a set. */
export function eventSet(v: string | string[] | undefined): Set<string> {
  return new Set((Array.isArray(v) ? v : [v ?? '']).flatMap((e) => e.split(/[\s,]+/)).filter(Boolean));
}

/** The first value of a form field. */
export function str(v: string | string[] | undefined): string {
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

/** Twilio's date format: "Tue, 31 Aug 2010 20:36:28 +0000". */
export function rfc2822(d: Date): string {
  return d.toUTCString().replace('GMT', '+0000');
}

/** How long a text takes to say: ~4 Chinese characters a second. */
export function speechMs(text: string): number {
  return (/[\u4e00-\u9fff]/.test(text) ? 250 : 70) * [...text].length;
}
