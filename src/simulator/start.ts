/**
 * A local stand-in for Twilio: the REST subset Huifang uses and simulated calls and messages
 * that drive OUR webhooks over real HTTP, signed with X-Twilio-Signature exactly as Twilio
 * signs them. Assembled from one shared state (state.ts), Twilio's call, conference and
 * message models (calls.ts, conferences.ts, messages.ts) and its REST plugin (twilio-rest.ts);
 * `GET /simulator/stats` gives the figures. Used in-process by the tests, the demo and the
 * telephony benchmark, and as its own process by `huifang simulator`.
 *
 *   const sim = await startSimulator({ publicUrl, authToken, accountSid, personas, clock });
 *   const client = simulatorTwilioClient(sim.baseUrl, accountSid, authToken);
 *   await client.calls.create({ to, from, url, statusCallback, ... });
 *   await sim.idle();            // every call and message finished, callbacks delivered
 *   sim.calls[0].turns           // what was said and answered
 *
 * See docs/simulator.md for what is simulated and what is not.
 */
import { mkdir } from 'node:fs/promises';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadSpeechRenderer } from './audio.js';
import { Calls, type CallOptions } from './calls.js';
import type { Clock } from './clock.js';
import { Conferences } from './conferences.js';
import { Messages } from './messages.js';
import { SimState, type SimCall, type SimConference, type SimMessage, type SimStateOptions, type SimStats } from './state.js';
import type { TwilioContext } from './twilio-context.js';
import { twilioRest } from './twilio-rest.js';
import { twilioSigner, webhookSender } from './webhooks.js';
import { aliyunSimulator, type AliyunSimOptions } from './aliyun.js';

export interface StartSimulatorOptions extends SimStateOptions, CallOptions {
  authToken: string;
  accountSid: string;
  /** Render each answered call to speech with espeak-ng when installed (default false). */
  audio?: boolean;
  /** Our messaging webhook (default `${publicUrl}/twilio/sms`; null or no publicUrl: replies are not delivered). */
  smsUrl?: string | null;
  host?: string;
  /** 0 (default): any free port. */
  port?: number;
  /** Twilio waits 15 s for a webhook, then gives up (default 15000 real ms). */
  webhookTimeoutMs?: number;
  /** Also speak Aliyun (SmartCall, SendSms, their callbacks and receipts): src/simulator/aliyun.ts. */
  aliyun?: AliyunSimOptions;
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
  /** The figures of `GET /simulator/stats`. */
  stats(): SimStats;
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

/** Start the simulator (listening on host:port, default 127.0.0.1 and a free port). */
export async function startSimulator(opts: StartSimulatorOptions): Promise<Simulator> {
  const state = new SimState(opts);
  if (opts.audio) {
    state.renderer = await loadSpeechRenderer(state.log);
    if (state.renderer) await mkdir(state.recordingsDir, { recursive: true });
  }
  const ctx: TwilioContext = {
    state,
    send: webhookSender(state, twilioSigner(opts.authToken), opts.webhookTimeoutMs ?? 15_000),
    accountSid: opts.accountSid,
    authToken: opts.authToken,
  };
  const conferences = new Conferences(ctx);
  const calls = new Calls(ctx, conferences, opts);
  const smsUrl = opts.smsUrl === undefined ? (state.publicUrl ? `${state.publicUrl}/twilio/sms` : null) : opts.smsUrl;
  const messages = new Messages(ctx, smsUrl);

  const app = Fastify({ logger: false });
  await app.register(formbody);
  await app.register(twilioRest, { ctx, calls, conferences, messages });
  // Aliyun signs none of its callbacks: no signature headers (the token is in the configured URLs).
  if (opts.aliyun) aliyunSimulator(app, state, webhookSender(state, () => ({ signature: '', headers: { 'User-Agent': 'Aliyun-Dyvms-Callback/1.0' } }), opts.webhookTimeoutMs ?? 15_000), opts.aliyun);
  // Counts only (no numbers): open, like the simulator's other local pages.
  app.get('/simulator/stats', async () => state.stats());

  let address: string;
  try {
    address = await app.listen({ host: opts.host ?? '127.0.0.1', port: opts.port ?? 0, backlog: 4096 });
  } catch (e) {
    await app.close();
    throw e;
  }
  state.baseUrl = address.replace('://[::1]', '://localhost');

  return {
    baseUrl: state.baseUrl,
    calls: state.calls,
    messages: state.messages,
    conferences: state.conferences,
    conference: (ref) => conferences.lookup(ref),
    clock: state.clock,
    audio: state.renderer?.name ?? null,
    app,
    call: (sid) => state.call(sid),
    stats: () => state.stats(),
    setDeliverTo: (url) => {
      state.deliverTo = url?.replace(/\/+$/, '');
    },
    inboundSms: (from, to, body) => state.track(messages.inbound(from, to, body, null)),
    idle: () => state.idle(),
    async stop() {
      calls.hangUpAll();
      await app.close();
    },
  };
}
