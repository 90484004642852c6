/**
 * The telephony provider behind one interface: place a call, read its status, send an SMS,
 * end or redirect a live call. The Twilio implementation uses the `twilio` SDK; a custom
 * `baseUrl` (or `httpClient`) lets the simulator stand in for https://api.twilio.com.
 *
 * Phone numbers go to the provider and nowhere else: errors carry Twilio's code, never the
 * number (000 第四十三条(十一)).
 */
import twilio from 'twilio';
import { HuifangError } from '../../shared/errors.js';

export interface PlaceCallRequest {
  /** E.164. */
  to: string;
  /** Caller id (default: the provider's TWILIO_FROM). */
  from?: string;
  /** Absolute URL Twilio fetches TwiML from when the call is answered. */
  url: string;
  statusCallback: string;
  /** Answering-machine detection result (asynchronous AMD); without it, no detection (e.g. an agent's own phone). */
  amdStatusCallback?: string;
  /** Used by Twilio when `url` fails or times out (15 s). */
  fallbackUrl: string;
  /** Record the call (a notice is spoken first). */
  record: boolean;
  recordingStatusCallback?: string;
  /** Maximum call length, seconds. */
  timeLimitSec: number;
  /** Ring time before no-answer, seconds. */
  timeoutSec: number;
}

export interface CallStatus {
  providerId: string;
  /** queued, ringing, in-progress, completed, busy, failed, no-answer, canceled */
  status: string;
  answeredBy: string | null;
  durationSec: number | null;
}

export interface SendSmsRequest {
  to: string;
  from?: string;
  body: string;
  statusCallback?: string;
  /** The attempt (SMS thread) the text belongs to; a provider that sends by template finds the dialog's template by it. */
  attemptId?: string | null;
}

/** A call leg added to a conference through the REST API (an agent, or a supervisor listening in). */
export interface AddParticipantRequest {
  /** E.164 number to ring. Goes to the provider only: never into a URL, a label or a log. */
  to: string;
  /** Caller id (default: the provider's TWILIO_FROM). */
  from?: string;
  /** No PII: e.g. `agent:<user id>`, `listener:<user id>`. */
  label: string;
  muted: boolean;
  beep: boolean;
  startConferenceOnEnter: boolean;
  endConferenceOnExit: boolean;
  /** Ring time, seconds (Twilio: 5-600). */
  timeoutSec?: number;
  /** The leg's call progress (initiated, ringing, answered, completed). */
  statusCallback?: string;
  /** Conference events (start, end, join, leave) when this leg creates the conference. */
  conferenceStatusCallback?: string;
  /** What the leg hears while the conference has not started. */
  waitUrl?: string;
}

export interface VoiceProvider {
  placeCall(req: PlaceCallRequest): Promise<{ providerId: string }>;
  fetchCallStatus(providerId: string): Promise<CallStatus>;
  /** @throws HuifangError HF_TWILIO_REQUEST with details.providerCode (21610: the number opted out). */
  sendSms(req: SendSmsRequest): Promise<{ providerId: string }>;
  /** End a call now (e.g. an answering machine). */
  hangUp(providerId: string): Promise<void>;
  /** Replace what a live call is doing with this TwiML (e.g. a live transfer). */
  updateCall(providerId: string, twiml: string): Promise<void>;
  /**
   * Ring a number into a conference (REST Conferences/{conference}/Participants): `conference`
   * is the conference SID, or its friendly name (Twilio creates the conference if needed).
   */
  addParticipant(conference: string, req: AddParticipantRequest): Promise<{ callSid: string }>;
  /** Change a participant: e.g. an announcement only that participant hears (`announceUrl`). */
  updateParticipant(conferenceSid: string, callSid: string, change: { announceUrl?: string; muted?: boolean }): Promise<void>;
}

/** Twilio's error code when the recipient has opted out (replied STOP) of messages from the sender. */
export const TWILIO_OPTED_OUT = 21610;

type TwilioRequestOptions<T> = import('twilio/lib/base/RequestClient.js').RequestOptions<T>;
type TwilioResponse<T> = import('twilio/lib/http/response.js').default<T>;

/**
 * A RequestClient that sends every *.twilio.com request to another base URL (the simulator),
 * keeping path and query: everything else (auth header, form encoding, JSON parsing,
 * RestException) is the SDK's own code.
 */
export class RedirectingRequestClient extends twilio.RequestClient {
  private readonly target: URL;
  constructor(baseUrl: string, opts: ConstructorParameters<typeof twilio.RequestClient>[0] = {}) {
    // keepAlive off by default: a local server and tests need no pooled sockets (nock 14 hangs on them).
    super({ keepAlive: false, ...opts });
    this.target = new URL(baseUrl);
  }
  override request<TData>(opts: TwilioRequestOptions<TData>): Promise<TwilioResponse<TData>> {
    const u = new URL(opts.uri);
    if (/(^|\.)twilio\.com$/.test(u.hostname)) {
      u.protocol = this.target.protocol;
      u.host = this.target.host;
      u.pathname = this.target.pathname.replace(/\/+$/, '') + u.pathname;
    }
    return super.request<TData>({ ...opts, uri: u.toString() });
  }
}

export interface TwilioProviderOptions {
  accountSid: string;
  authToken: string;
  /** Default caller id / SMS sender. */
  from?: string;
  /** Send REST requests here instead of https://api.twilio.com (e.g. http://127.0.0.1:4010 for the simulator). */
  baseUrl?: string;
  /** A custom RequestClient (tests: `new twilio.RequestClient({ keepAlive: false })`, for nock). */
  httpClient?: InstanceType<typeof twilio.RequestClient>;
}

function providerError(e: unknown, what: string): HuifangError {
  const x = e as { code?: unknown; status?: unknown; message?: unknown };
  const providerCode = typeof x.code === 'number' ? x.code : typeof x.code === 'string' && /^\d+$/.test(x.code) ? Number(x.code) : null;
  const status = typeof x.status === 'number' ? x.status : null;
  return new HuifangError(
    'HF_TWILIO_REQUEST',
    `twilio ${what} failed${providerCode ? ` (code ${providerCode})` : ''}${status ? ` (HTTP ${status})` : ''}`,
    { providerCode, status },
    502,
  );
}

/** The Twilio implementation of VoiceProvider. */
export function createTwilioProvider(opts: TwilioProviderOptions): VoiceProvider {
  const httpClient = opts.httpClient ?? (opts.baseUrl ? new RedirectingRequestClient(opts.baseUrl) : undefined);
  const client = twilio(opts.accountSid, opts.authToken, httpClient ? { httpClient } : {});
  const fromOf = (from: string | undefined): string => {
    const f = from ?? opts.from;
    if (!f) throw new HuifangError('HF_TWILIO_CONFIG', 'TWILIO_FROM is not set');
    return f;
  };
  return {
    async placeCall(req) {
      try {
        const call = await client.calls.create({
          to: req.to,
          from: fromOf(req.from),
          url: req.url,
          method: 'POST',
          fallbackUrl: req.fallbackUrl,
          fallbackMethod: 'POST',
          statusCallback: req.statusCallback,
          statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
          statusCallbackMethod: 'POST',
          ...(req.amdStatusCallback
            ? { machineDetection: 'Enable', asyncAmd: 'true', asyncAmdStatusCallback: req.amdStatusCallback, asyncAmdStatusCallbackMethod: 'POST' }
            : {}),
          record: req.record,
          ...(req.record && req.recordingStatusCallback
            ? { recordingStatusCallback: req.recordingStatusCallback, recordingStatusCallbackMethod: 'POST', recordingStatusCallbackEvent: ['completed'] }
            : {}),
          timeLimit: req.timeLimitSec,
          timeout: req.timeoutSec,
        });
        return { providerId: call.sid };
      } catch (e) {
        if (e instanceof HuifangError) throw e;
        throw providerError(e, 'calls.create');
      }
    },
    async fetchCallStatus(providerId) {
      try {
        const c = await client.calls(providerId).fetch();
        const answeredBy = (c as unknown as { answeredBy?: string | null }).answeredBy ?? null;
        return { providerId: c.sid, status: String(c.status), answeredBy, durationSec: c.duration ? Number(c.duration) : null };
      } catch (e) {
        throw providerError(e, 'calls.fetch');
      }
    },
    async sendSms(req) {
      try {
        const m = await client.messages.create({
          to: req.to,
          from: fromOf(req.from),
          body: req.body,
          ...(req.statusCallback ? { statusCallback: req.statusCallback } : {}),
        });
        return { providerId: m.sid };
      } catch (e) {
        if (e instanceof HuifangError) throw e;
        throw providerError(e, 'messages.create');
      }
    },
    async hangUp(providerId) {
      try {
        await client.calls(providerId).update({ status: 'completed' });
      } catch (e) {
        throw providerError(e, 'calls.update');
      }
    },
    async updateCall(providerId, twiml) {
      try {
        await client.calls(providerId).update({ twiml });
      } catch (e) {
        throw providerError(e, 'calls.update');
      }
    },
    async addParticipant(conference, req) {
      try {
        const p = await client.conferences(conference).participants.create({
          from: fromOf(req.from),
          to: req.to,
          label: req.label,
          muted: req.muted,
          beep: req.beep ? 'true' : 'false',
          startConferenceOnEnter: req.startConferenceOnEnter,
          endConferenceOnExit: req.endConferenceOnExit,
          ...(req.timeoutSec !== undefined ? { timeout: req.timeoutSec } : {}),
          ...(req.statusCallback
            ? { statusCallback: req.statusCallback, statusCallbackMethod: 'POST', statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'] }
            : {}),
          ...(req.conferenceStatusCallback
            ? { conferenceStatusCallback: req.conferenceStatusCallback, conferenceStatusCallbackMethod: 'POST', conferenceStatusCallbackEvent: ['start', 'end', 'join', 'leave'] }
            : {}),
          ...(req.waitUrl ? { waitUrl: req.waitUrl, waitMethod: 'POST' } : {}),
        });
        return { callSid: p.callSid };
      } catch (e) {
        if (e instanceof HuifangError) throw e;
        throw providerError(e, 'participants.create');
      }
    },
    async updateParticipant(conferenceSid, callSid, change) {
      try {
        await client
          .conferences(conferenceSid)
          .participants(callSid)
          .update({
            ...(change.announceUrl ? { announceUrl: change.announceUrl, announceMethod: 'POST' } : {}),
            ...(change.muted !== undefined ? { muted: change.muted } : {}),
          });
      } catch (e) {
        throw providerError(e, 'participants.update');
      }
    },
  };
}

/** The Twilio error code of a failed provider request (e.g. 21610), or null. */
export function providerCodeOf(e: unknown): number | null {
  if (e instanceof HuifangError && e.code === 'HF_TWILIO_REQUEST') {
    const c = e.details?.providerCode;
    return typeof c === 'number' ? c : null;
  }
  return null;
}
