/**
 * Simulated calls, driven over real HTTP as Twilio drives them: a call placed by REST (Calls
 * create) or rung into a conference (Participants create) rings the persona behind the
 * number, who picks up or not (`ring`, the customer's side: any provider's calls ring the same
 * way); an answered call runs the TwiML our server answers (<Say>, <Gather>, <Dial>, ...),
 * with status callbacks, answering-machine detection, the fallback URL and the recording
 * callback, each signed. See docs/simulator.md.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { between, hash32, mulberry32 } from '../shared/random.js';
import { wavDuration } from './audio.js';
import type { ConfState, Conferences } from './conferences.js';
import type { Persona } from './personas.js';
import { eventSet, rfc2822, speechMs, str, type CallStatus, type SimCall, type SimRecording, type SimRequest, type SimState } from './state.js';
import { API_VERSION, type TwilioContext } from './twilio-context.js';
import { answeredDoc, gatherSpec, parseTwiml, saysOf, type TwimlNode } from './twiml.js';

export interface CallOptions {
  /** Every status callback is sent twice (robustness tests; also per persona). */
  duplicateCallbacks?: boolean;
  /** Progress callbacks arrive after the final one, which itself comes late (also per persona). */
  lateCallbacks?: boolean;
  /** Clock seconds the final callback is late by (default 30). */
  lateBySeconds?: number;
  /** A call ends after this many webhook documents (a loop guard, default 200). */
  maxDocuments?: number;
  /** Real milliseconds to wait before each answer (default 0). */
  pacingMs?: number;
  /** Which answered calls get real audio when a renderer is loaded (default: all). */
  audioFor?: (call: SimCall) => boolean;
}

/** A call's run-time state beside its log record. */
export interface CallState {
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
}

type Progress = 'initiated' | 'ringing' | 'answered' | 'completed';

/**
 * The customer's phone rings: `initiated`, `ringing`, then busy, no-answer, canceled (hung up
 * through the API while ringing) or answered after the persona's ring time. `wait(ms)` sleeps
 * and says whether the call was hung up meanwhile; `progress` reports each status.
 * @returns true when answered; otherwise the call is finished through `finish`.
 */
export async function ring(
  st: CallState,
  state: SimState,
  wait: (ms: number) => Promise<boolean>,
  progress: (event: Progress) => void,
  finish: (status: CallStatus, reason: string) => void,
): Promise<boolean> {
  const c = st.call;
  const p = st.persona;
  const ringTimeout = Number(c.params.Timeout ?? 60) || 60;
  const ended = (status: CallStatus, reason: string): false => {
    finish(status, reason);
    return false;
  };
  await state.clock.sleep(0);
  c.status = 'initiated';
  progress('initiated');
  if (await wait(1000)) return ended('canceled', 'api');
  c.status = 'ringing';
  progress('ringing');
  if (p.pickup === 'busy') {
    await state.clock.sleep(3000);
    return ended('busy', 'busy');
  }
  if (p.pickup === 'no-answer' || p.habits.ringSeconds >= ringTimeout) {
    if (await wait(Math.min(ringTimeout, p.habits.ringSeconds) * 1000)) return ended('canceled', 'api');
    return ended('no-answer', 'no-answer');
  }
  if (await wait(p.habits.ringSeconds * 1000)) return ended('canceled', 'api');
  c.status = 'in-progress';
  c.answeredAt = state.nowIso();
  st.answeredMs = new Date(c.answeredAt).getTime();
  progress('answered');
  return true;
}

/** Twilio's calls: placed, run, hung up and redirected through the REST plugin. */
export class Calls {
  private readonly bySid = new Map<string, CallState>();
  private readonly lateMs: number;
  private readonly maxDocs: number;

  constructor(
    private readonly ctx: TwilioContext,
    private readonly conferences: Conferences,
    private readonly opts: CallOptions = {},
  ) {
    this.lateMs = (opts.lateBySeconds ?? 30) * 1000;
    this.maxDocs = opts.maxDocuments ?? 200;
  }

  get(sid: string): CallState | undefined {
    return this.bySid.get(sid);
  }

  /** Hang up every call (the simulator stops). */
  hangUpAll(): void {
    for (const st of this.bySid.values()) st.hangupRequested = true;
  }

  /** A call placed by REST (Calls create), or a leg rung into a conference (Participants create, `conf` set). */
  create(body: Record<string, string | string[]>, conf?: ConfState): SimCall {
    const { state } = this.ctx;
    const to = str(body.To);
    const from = str(body.From);
    const persona = state.personas(to);
    const call: SimCall = {
      sid: state.newSid('CA'),
      to,
      from,
      persona: persona.kind,
      personaSeed: persona.seed,
      status: 'queued',
      answeredBy: null,
      createdAt: state.nowIso(),
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
      events: eventSet(body.StatusCallbackEvent),
      statusCallback: typeof body.StatusCallback === 'string' ? body.StatusCallback : null,
      statusMethod: typeof body.StatusCallbackMethod === 'string' ? body.StatusCallbackMethod : 'POST',
      seq: 0,
      cbQueue: Promise.resolve(),
      held: [],
      hangupRequested: false,
      redirect: null,
      rng: mulberry32(hash32(`${persona.seed}/${state.calls.length}`)),
      answeredMs: 0,
    };
    state.addCall(call, !conf);
    this.bySid.set(call.sid, st);
    void state.track(
      (async () => {
        try {
          await (conf ? this.runParticipant(st, conf) : this.runCall(st));
        } catch (e) {
          call.errors.push(`simulator: ${(e as Error).stack ?? String(e)}`);
          if (!call.endedAt) {
            call.status = 'failed';
            call.endedAt = state.nowIso();
          }
        }
        state.callEnded(call);
        if (!conf) await this.afterCall(st).catch((e: unknown) => call.errors.push(`recording: ${(e as Error).message}`));
        await st.cbQueue;
        for (const h of st.held.splice(0)) await h();
      })(),
    );
    return call;
  }

  private callParams(st: CallState): Record<string, string> {
    const c = st.call;
    return {
      AccountSid: this.ctx.accountSid,
      ApiVersion: API_VERSION,
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

  /** A status callback, when subscribed: in order on the call's queue (late or doubled when asked). */
  private statusEvent(st: CallState, event: Progress): void {
    const url = st.statusCallback;
    if (!url) return;
    const subscribed = event === 'completed' ? st.events.size === 0 || st.events.has('completed') : st.events.has(event);
    if (!subscribed) return;
    const { state, send } = this.ctx;
    const c = st.call;
    const params: Record<string, string> = {
      ...this.callParams(st),
      CallbackSource: 'call-progress-events',
      SequenceNumber: String(st.seq++),
      Timestamp: rfc2822(state.clock.now()),
      ...(event === 'completed' ? { CallDuration: String(c.durationSec), Duration: String(Math.ceil(c.durationSec / 60)) } : {}),
      ...(event === 'completed' && c.status !== 'completed' ? { SipResponseCode: c.status === 'busy' ? '486' : c.status === 'no-answer' ? '487' : '500' } : {}),
    };
    const dup = this.opts.duplicateCallbacks || st.persona.habits.duplicateCallbacks;
    const late = this.opts.lateCallbacks || st.persona.habits.lateCallbacks;
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
        await state.clock.sleep(this.lateMs);
        await deliver();
        for (const h of held) await h();
      });
      return;
    }
    st.cbQueue = st.cbQueue.then(deliver);
  }

  /** The call is over: its status, end reason, duration, and the `completed` callback. */
  private finisher(st: CallState): (status: CallStatus, reason: string) => void {
    return (status, reason) => {
      const c = st.call;
      c.status = status;
      c.endReason = reason;
      c.endedAt = this.ctx.state.nowIso();
      c.durationSec = c.answeredAt ? Math.max(0, Math.round((new Date(c.endedAt).getTime() - st.answeredMs) / 1000)) : 0;
      this.ctx.state.callEnded(c);
      this.statusEvent(st, 'completed');
    };
  }

  /** Fetch a TwiML document; for the first one, the FallbackUrl when it fails (11200/12100). */
  private async fetchDoc(
    st: CallState,
    kind: SimRequest['kind'],
    method: string,
    url: string,
    extra: Record<string, string> = {},
  ): Promise<{ doc: TwimlNode; url: string } | null> {
    const { send } = this.ctx;
    const c = st.call;
    const r = await send(kind, method, url, { ...this.callParams(st), ...extra }, c.requests);
    const doc = answeredDoc(r);
    if (doc) return { doc, url };
    const fallback = typeof c.params.FallbackUrl === 'string' ? c.params.FallbackUrl : null;
    const error = r.status === 0 || r.status >= 300 ? '11200' : '12100';
    c.errors.push(`${error} ${kind} ${url}: ${r.status} ${r.body.slice(0, 200)}`);
    if (fallback && kind === 'twiml') {
      const method2 = typeof c.params.FallbackMethod === 'string' ? c.params.FallbackMethod : 'POST';
      const r2 = await send('fallback', method2, fallback, { ...this.callParams(st), ErrorCode: error, ErrorUrl: url }, c.requests);
      const doc2 = answeredDoc(r2);
      if (doc2) return { doc: doc2, url: fallback };
      c.errors.push(`fallback ${fallback}: ${r2.status}`);
    }
    return null;
  }

  /**
   * A leg rung into a conference through the REST API (an agent, a supervisor listening in):
   * it rings like any call (the persona of the number picks up or not within `Timeout`), then
   * joins; an unmuted leg talks 30–120 s and hangs up, a muted one listens until the end.
   */
  private async runParticipant(st: CallState, cs: ConfState): Promise<void> {
    const { state } = this.ctx;
    const clock = state.clock;
    const c = st.call;
    const b = c.params;
    const finish = this.finisher(st);
    /** Sleep `ms` in 1 s steps; true when the leg was hung up meanwhile. */
    const wait = async (ms: number): Promise<boolean> => {
      for (let left = ms; left > 0; left -= 1000) {
        if (st.hangupRequested) return true;
        await clock.sleep(Math.min(1000, left));
      }
      return st.hangupRequested;
    };
    if (!(await ring(st, state, wait, (e) => this.statusEvent(st, e), finish))) return;
    if (cs.conf.status === 'completed') {
      c.transcript.push({ speaker: 'bot', text: '[conference over]' });
      return finish('completed', 'conference-ended');
    }
    const part = this.conferences.join(cs, c.sid, {
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
        this.conferences.leave(cs, part);
        return finish('completed', 'api');
      }
      if (cs.conf.status === 'in-progress' && !part.muted && (talkedMs += 1000) > talkMs) {
        c.transcript.push({ speaker: 'customer', text: '[hangs up after the conversation]' });
        this.conferences.leave(cs, part);
        return finish('completed', 'customer-hangup');
      }
      if (waited > 600_000) {
        this.conferences.leave(cs, part);
        return finish('completed', 'time-limit');
      }
      await clock.sleep(1000);
    }
  }

  /** A call placed by Calls create: ring, AMD, then the TwiML our server answers, verb by verb. */
  private async runCall(st: CallState): Promise<void> {
    const { state, send, accountSid } = this.ctx;
    const clock = state.clock;
    const c = st.call;
    const p = st.persona;
    const timeLimit = (Number(c.params.TimeLimit ?? 14400) || 14400) * 1000;
    const finish = this.finisher(st);
    const wait = async (ms: number): Promise<boolean> => {
      await clock.sleep(ms);
      return st.hangupRequested;
    };
    if (!(await ring(st, state, wait, (e) => this.statusEvent(st, e), finish))) return;

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
        void state.track(
          (async () => {
            await clock.sleep(detectMs);
            c.answeredBy = answeredBy;
            if (cb) {
              await send('amd', method, cb, { AccountSid: accountSid, CallSid: c.sid, AnsweredBy: answeredBy, MachineDetectionDuration: String(detectMs) }, c.requests);
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
    let cur = await this.fetchDoc(st, 'twiml', method, url);
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

    for (;;) {
      if (st.hangupRequested) return end('api');
      if (elapsed() >= timeLimit) return end('time-limit');
      if (machine && clock.now().getTime() >= machineHangsUpAt) return end('customer-hangup');
      if (docs > this.maxDocs) return end('loop');
      if (st.redirect) {
        const r = st.redirect;
        st.redirect = null;
        if ('twiml' in r) {
          try {
            newDoc({ doc: parseTwiml(r.twiml), url: cur?.url ?? url });
          } catch {
            c.errors.push('12100 bad Twiml in update');
          }
        } else if (!newDoc(await this.fetchDoc(st, 'redirect', r.method, r.url))) return end('error');
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
          c.turns.push({ index: c.turns.length, at: state.nowIso(), heard: heard.join(''), gather: spec, reply });
          heard = [];
          if (this.opts.pacingMs) await new Promise((r) => setTimeout(r, this.opts.pacingMs));
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
          if (!newDoc(await this.fetchDoc(st, 'gather', spec.method, action, result))) return end('error');
          break;
        }
        case 'Redirect': {
          const target = new URL(v.text.trim() || base, base).toString();
          if (!newDoc(await this.fetchDoc(st, 'redirect', v.attrs.method ?? 'POST', target))) return end('error');
          break;
        }
        case 'Hangup':
        case 'Reject':
          return end('hangup-verb');
        case 'Dial': {
          const confNode = v.children.find((ch) => ch.name === 'Conference');
          if (confNode) {
            const how = await this.inConference(st, confNode, base, () => elapsed() >= timeLimit);
            if (how === 'redirect') break;
            if (how !== 'ended') return end(how);
            // The conference is over: the Dial's action says what next (Twilio posts the call's parameters).
            if (v.attrs.action) {
              const action = new URL(v.attrs.action, base).toString();
              if (!newDoc(await this.fetchDoc(st, 'dial', v.attrs.method ?? 'POST', action))) return end('error');
            }
            break;
          }
          const target = v.children.map((ch) => `${ch.name}:${ch.text.trim()}`).join(',') || v.text.trim();
          c.transfers.push({ verb: 'Dial', target, at: state.nowIso() });
          c.transcript.push({ speaker: 'bot', text: `[transfer ${target}]` });
          const numberNode = v.children.find((ch) => ch.name === 'Number');
          if (numberNode) {
            // <Dial><Number>: the persona behind the number picks up or not within the Dial's
            // timeout, hears the <Number url> document (e.g. a recording notice), then talks.
            const dialed = await this.dialNumber(st, numberNode, Number(v.attrs.timeout ?? 30) || 30, base);
            if (st.hangupRequested) return end('api');
            if (v.attrs.action) {
              const action = new URL(v.attrs.action, base).toString();
              if (!newDoc(await this.fetchDoc(st, 'dial', v.attrs.method ?? 'POST', action, dialed))) return end('error');
            } else if (dialed.DialCallStatus === 'completed') {
              return end('customer-hangup');
            }
            break;
          }
          const talk = between(st.rng, 30, 120);
          await clock.sleep(talk * 1000);
          if (v.attrs.action) {
            const action = new URL(v.attrs.action, base).toString();
            const next = await this.fetchDoc(st, 'dial', v.attrs.method ?? 'POST', action, {
              DialCallStatus: 'completed',
              DialCallSid: state.newSid('CA'),
              DialCallDuration: String(talk),
              DialBridged: 'true',
            });
            if (!newDoc(next)) return end('error');
          }
          break;
        }
        case 'Enqueue': {
          const queue = v.text.trim() || v.attrs.workflowSid || 'queue';
          c.transfers.push({ verb: 'Enqueue', target: queue, at: state.nowIso() });
          c.transcript.push({ speaker: 'bot', text: `[enqueue ${queue}]` });
          // No agents in the simulator: the customer waits, then hangs up.
          const waitSec = between(st.rng, 60, 180);
          await clock.sleep(waitSec * 1000);
          if (v.attrs.action) {
            const action = new URL(v.attrs.action, base).toString();
            await this.fetchDoc(st, 'enqueue', v.attrs.method ?? 'POST', action, { QueueResult: 'hangup', QueueSid: state.newSid('QU'), QueueTime: String(waitSec) });
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

  /**
   * The far end of `<Dial><Number>`: the number's persona rings (busy, no answer within the
   * Dial's timeout, or picks up), the `<Number url>` document is fetched and heard (Twilio
   * plays it to the called party before bridging), then the two talk 30–120 s. Returns the
   * Dial action's parameters.
   */
  private async dialNumber(st: CallState, node: TwimlNode, timeoutSec: number, base: string): Promise<Record<string, string>> {
    const { state } = this.ctx;
    const clock = state.clock;
    const c = st.call;
    const number = node.text.trim();
    const p = state.personas(number);
    const sid = state.newSid('CA');
    const result = (status: string, talk = 0): Record<string, string> => ({
      DialCallStatus: status,
      DialCallSid: sid,
      DialCallDuration: String(talk),
      ...(status === 'completed' ? { DialBridged: 'true' } : {}),
    });
    if (p.pickup === 'busy') {
      await clock.sleep(3000);
      return result('busy');
    }
    if (p.pickup === 'no-answer' || p.habits.ringSeconds >= timeoutSec) {
      await clock.sleep(Math.min(timeoutSec, p.habits.ringSeconds) * 1000);
      return result('no-answer');
    }
    await clock.sleep(p.habits.ringSeconds * 1000);
    if (st.hangupRequested) return result('canceled');
    if (node.attrs.url) {
      const url = new URL(node.attrs.url, base).toString();
      const r = await this.ctx.send('dial', node.attrs.method ?? 'POST', url, { ...this.callParams(st), CallSid: sid, ParentCallSid: c.sid, To: number }, c.requests);
      const doc = answeredDoc(r);
      for (const say of doc ? saysOf(doc) : []) {
        c.transcript.push({ speaker: 'bot', text: say });
        await clock.sleep(speechMs(say));
      }
    }
    const talk = p.pickup === 'machine' ? between(st.rng, 10, 20) : between(st.rng, 30, 120);
    c.transcript.push({ speaker: 'customer', text: p.pickup === 'machine' ? '[voicemail]' : '[talks with the agent]' });
    await clock.sleep(talk * 1000);
    return result('completed', talk);
  }

  /** The customer in a conference (<Dial><Conference>): waits on hold, talks, and says why it left. */
  private async inConference(
    st: CallState,
    node: TwimlNode,
    base: string,
    overTime: () => boolean,
  ): Promise<'ended' | 'redirect' | 'api' | 'customer-hangup' | 'time-limit'> {
    const { state } = this.ctx;
    const clock = state.clock;
    const c = st.call;
    const a = node.attrs;
    const name = node.text.trim();
    const cb = a.statusCallback
      ? { url: new URL(a.statusCallback, base).toString(), method: a.statusCallbackMethod ?? 'POST', events: eventSet(a.statusCallbackEvent) }
      : null;
    const cs = this.conferences.open(name, cb);
    c.transfers.push({ verb: 'Conference', target: name, at: state.nowIso() });
    c.transcript.push({ speaker: 'bot', text: `[conference ${name}]` });
    const part = this.conferences.join(cs, c.sid, {
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
      const why = st.hangupRequested ? 'api' : st.redirect ? 'redirect' : overTime() ? 'time-limit' : null;
      if (why) {
        this.conferences.leave(cs, part);
        return why;
      }
      if (cs.conf.status === 'init') {
        if (!heardWait && a.waitUrl) {
          heardWait = true;
          const w = await this.fetchDoc(st, 'wait', a.waitMethod ?? 'POST', new URL(a.waitUrl, base).toString());
          for (const text of w ? saysOf(w.doc) : []) {
            c.transcript.push({ speaker: 'bot', text });
            await clock.sleep(speechMs(text));
          }
          continue;
        }
        if (clock.now().getTime() - joinedMs >= patienceMs) {
          c.transcript.push({ speaker: 'customer', text: '[hangs up on hold]' });
          this.conferences.leave(cs, part);
          return 'customer-hangup';
        }
      }
      await clock.sleep(1000);
    }
  }

  /** After an answered call: the recording (audio when a renderer is loaded) and its callback. */
  private async afterCall(st: CallState): Promise<void> {
    const { state, send, accountSid } = this.ctx;
    const c = st.call;
    if (!c.answeredAt) return;
    const record = c.params.Record === 'true';
    const renderer = state.renderer;
    if (!renderer && !record) return;
    const rsid = state.newSid('RE');
    let rec: SimRecording = { sid: rsid, url: `${state.baseUrl}/recordings/${rsid}`, path: null, durationSec: c.durationSec, renderMs: 0 };
    if (renderer && (this.opts.audioFor?.(c) ?? true)) {
      const t0 = performance.now();
      try {
        const wav = await renderer.render(c.transcript.filter((s) => !s.text.startsWith('[')));
        const file = path.join(state.recordingsDir, `${c.sid}.wav`);
        await writeFile(file, wav);
        rec = { ...rec, path: file, durationSec: Math.round(wavDuration(wav)), renderMs: Math.round(performance.now() - t0) };
      } catch (e) {
        c.errors.push(`audio: ${(e as Error).message}`);
      }
    }
    c.recording = rec;
    state.recordings.set(rsid, { callSid: c.sid, rec });
    const cb = typeof c.params.RecordingStatusCallback === 'string' ? c.params.RecordingStatusCallback : null;
    if (record && cb) {
      const method = typeof c.params.RecordingStatusCallbackMethod === 'string' ? c.params.RecordingStatusCallbackMethod : 'POST';
      await send(
        'recording',
        method,
        cb,
        {
          AccountSid: accountSid,
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
}
