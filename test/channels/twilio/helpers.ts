/**
 * Test rig for the Twilio channel: an in-memory store, the real dialogs and interpreter, a
 * settable clock, a recording fake provider, and signed webhook requests.
 */
import type { FastifyInstance } from 'fastify';
import { loadRegistry } from '../../../src/engine/registry.js';
import { interpret } from '../../../src/nlu/index.js';
import { buildApp, type AppDeps } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/shared/config.js';
import { HuifangError } from '../../../src/shared/errors.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { twilioSurface } from '../../../src/channels/twilio/surface.js';
import { signTwilioRequest } from '../../../src/channels/twilio/signature.js';
import type { AddParticipantRequest, PlaceCallRequest, SendSmsRequest, VoiceProvider } from '../../../src/channels/twilio/provider.js';
import type { PromptAudio } from '../../../src/channels/tts.js';

export const TOKEN = 'test-auth-token-0123456789';
export const PUBLIC = 'https://example.org';
export const PHONE = '+8613812345678';

export function fakeClock(start = '2025-01-15T02:00:00Z') {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms), set: (iso: string) => void (t = new Date(iso).getTime()) };
}

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

export interface Rig {
  store: Store;
  app: FastifyInstance;
  deps: AppDeps;
  provider: FakeProvider;
  clock: ReturnType<typeof fakeClock>;
  close(): Promise<void>;
}

export async function rig(o: { env?: Record<string, string>; audio?: PromptAudio | null } = {}): Promise<Rig> {
  const clock = fakeClock();
  const store = await openStore({ dataDir: 'memory://', now: clock.now });
  await store.tenants.ensureDefault();
  const provider = fakeProvider();
  const config = loadConfig({
    PUBLIC_URL: PUBLIC,
    TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
    TWILIO_FROM: '+861012345678',
    TWILIO_AGENT_QUEUE: 'huifang-agents',
    LOG_LEVEL: 'silent',
    ...(o.env ?? {}),
  });
  const deps: AppDeps = {
    store,
    config,
    dialogs: loadRegistry(),
    interpret,
    now: clock.now,
    services: { twilio: provider, promptAudio: o.audio ?? null },
  };
  const app = await buildApp(deps, { logLevel: 'silent', surfaces: [twilioSurface] });
  return {
    store,
    app,
    deps,
    provider,
    clock,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

let seq = 0;
/** A work order with a customer and phone, and a callback for it on a dialog. */
export async function seed(store: Store, o: { dialogId?: string; phone?: string; name?: string } = {}) {
  const wo = await store.workOrders.upsert({
    tenantId: 'default',
    externalId: `WO-${process.pid}-${++seq}`,
    kind: 'install',
    finishedAt: '2025-01-14T08:00:00Z',
    customer: { name: o.name ?? '张先生', phones: [o.phone ?? PHONE] },
    engineer: '李工',
  });
  const { callback } = await store.callbacks.create({
    tenantId: 'default',
    workOrderId: wo.id,
    dialogId: o.dialogId ?? 'telecom-install',
    dialogVersion: 1,
    campaign: `c-${seq}`,
  });
  return { workOrder: wo, callback };
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
