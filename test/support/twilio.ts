/**
 * The Twilio channel's test kit: a recording fake provider (the network edge), the Twilio
 * settings, signed webhook requests, and the app rig with the Twilio surface.
 */
import type { FastifyInstance } from 'fastify';
import type { PromptAudio } from '../../src/channels/tts.js';
import type { AddParticipantRequest, PlaceCallRequest, SendSmsRequest, VoiceProvider } from '../../src/channels/twilio/provider.js';
import { signTwilioRequest } from '../../src/channels/twilio/signature.js';
import { twilioSurface } from '../../src/channels/twilio/surface.js';
import { HuifangError } from '../../src/shared/errors.js';
import type { Store } from '../../src/store/index.js';
import { appRig, type AppRig } from './app.js';
import type { FakeClock } from './clock.js';

export const TOKEN = 'test-auth-token-0123456789';
export const PUBLIC = 'https://example.org';
export const PHONE = '+8613812345678';

/** What the Twilio surface needs: PUBLIC_URL, the token, an account, a number (and queue mode's queue). */
export const TWILIO_ENV: Readonly<Record<string, string>> = {
  PUBLIC_URL: PUBLIC,
  TWILIO_AUTH_TOKEN: TOKEN,
  TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
  TWILIO_FROM: '+861012345678',
  TWILIO_AGENT_QUEUE: 'huifang-agents',
};

export interface FakeProvider extends VoiceProvider {
  calls: PlaceCallRequest[];
  sms: SendSmsRequest[];
  hungUp: string[];
  updated: { providerId: string; twiml: string }[];
  participants: { conference: string; req: AddParticipantRequest; callSid: string }[];
  participantUpdates: { conferenceSid: string; callSid: string; change: { announceUrl?: string; muted?: boolean } }[];
  /** Numbers whose sends fail with Twilio 21610. */
  optedOut: Set<string>;
  /** Called inside placeCall (to look at the store at dial time). */
  onPlaceCall?: (req: PlaceCallRequest) => Promise<void>;
  /** Forget what was recorded (between tests sharing one rig). */
  reset(): void;
}

export function fakeProvider(): FakeProvider {
  let n = 0;
  const p: FakeProvider = {
    calls: [],
    sms: [],
    hungUp: [],
    updated: [],
    participants: [],
    participantUpdates: [],
    optedOut: new Set(),
    reset() {
      p.participants.length = 0;
      p.participantUpdates.length = 0;
      p.calls.length = 0;
      p.sms.length = 0;
      p.hungUp.length = 0;
      p.updated.length = 0;
      p.optedOut.clear();
      delete p.onPlaceCall;
    },
    async placeCall(req) {
      await p.onPlaceCall?.(req);
      p.calls.push(req);
      return { providerId: `CA${String(++n).padStart(32, '0')}` };
    },
    async fetchCallStatus(providerId) {
      return { providerId, status: 'completed', answeredBy: null, durationSec: 10 };
    },
    async sendSms(req) {
      if (p.optedOut.has(req.to)) throw new HuifangError('HF_TWILIO_REQUEST', 'twilio messages.create failed (code 21610)', { providerCode: 21610, status: 400 }, 502);
      p.sms.push(req);
      return { providerId: `SM${String(++n).padStart(32, '0')}` };
    },
    async hangUp(providerId) {
      p.hungUp.push(providerId);
    },
    async updateCall(providerId, twiml) {
      p.updated.push({ providerId, twiml });
    },
    async addParticipant(conference, req) {
      const callSid = `CA${String(++n).padStart(32, '0')}`;
      p.participants.push({ conference, req, callSid });
      return { callSid };
    },
    async updateParticipant(conferenceSid, callSid, change) {
      p.participantUpdates.push({ conferenceSid, callSid, change });
    },
  };
  return p;
}

export interface Rig extends AppRig {
  provider: FakeProvider;
}

/** The app rig with the Twilio surface, the fake provider and no prompt audio (<Say>). */
export async function rig(o: { env?: Record<string, string>; audio?: PromptAudio | null; clock?: FakeClock; store?: Store } = {}): Promise<Rig> {
  const provider = fakeProvider();
  const r = await appRig({
    env: { ...TWILIO_ENV, ...(o.env ?? {}) },
    services: { twilio: provider, promptAudio: o.audio ?? null },
    surfaces: [twilioSurface],
    ...(o.clock ? { clock: o.clock } : {}),
    ...(o.store ? { store: o.store } : {}),
  });
  return { ...r, provider };
}

/** POST a signed (or deliberately unsigned / wrongly signed) Twilio webhook. */
export async function post(
  app: FastifyInstance,
  path: string,
  params: Record<string, string>,
  o: { signature?: string | null; token?: string } = {},
) {
  const sig = o.signature === undefined ? signTwilioRequest(o.token ?? TOKEN, PUBLIC + path, params) : o.signature;
  return app.inject({
    method: 'POST',
    url: path,
    payload: new URLSearchParams(params).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(sig !== null ? { 'x-twilio-signature': sig } : {}) },
  });
}

/** The relative path of an absolute URL we rendered or passed to the provider. */
export const pathOf = (abs: string): string => abs.replace(PUBLIC, '');

/** The Gather action path in a TwiML document. */
export function actionOf(twiml: string): string {
  const m = /action="([^"]+)"/.exec(twiml);
  if (!m?.[1]) throw new Error(`no Gather action in ${twiml}`);
  return pathOf(m[1].replace(/&amp;/g, '&'));
}

export async function count(store: Store, table: string): Promise<number> {
  const { rows } = await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]?.n ?? 0;
}
