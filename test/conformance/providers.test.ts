/**
 * One conformance suite for every telephony adapter (docs/telephony-aliyun.md): the same
 * scenarios run against Twilio and against Aliyun SmartCall, each through its real SDK (twilio;
 * @alicloud/pop-core, signed) to the simulator, which drives the real server's webhooks over
 * HTTP (signed for Twilio; the token in the URL for Aliyun). Scenarios: the happy path; a
 * dissatisfied customer with a live transfer; no answer; an answering machine and an
 * unassigned number (空号); a hang-up mid-call; an opt-out; replayed and forged callbacks.
 * Where a provider has no such thing (Twilio reports no 空号) the scenario says so.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAliyunApi } from '../../src/channels/aliyun/api.js';
import { aliyunSurface } from '../../src/channels/aliyun/surface.js';
import { aliyunRuntime, startAliyunCall } from '../../src/channels/aliyun/voice.js';
import { twilioSurface } from '../../src/channels/twilio/surface.js';
import { createTwilioProvider, startCallback } from '../../src/channels/twilio/voice.js';
import type { AppDeps } from '../../src/conversation/deps.js';
import { buildApp } from '../../src/server/app.js';
import type { EarlyMedia } from '../../src/simulator/aliyun.js';
import { createPersona, SimulatedClock, startSimulator, type Persona, type PersonaKind, type SimCall, type Simulator } from '../../src/simulator/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { appDeps } from '../support/app.js';
import { seedCallback } from '../support/seed.js';

const PUBLIC_URL = 'https://huifang.example.com';
const SID = 'AC' + 'c0f0'.repeat(8);
const TOKEN = 'conformance-twilio-token';
const FROM = '+861069000000';
const KEY_ID = 'LTAIconformance';
const KEY_SECRET = 'conformance-aliyun-secret';
const CB_TOKEN = 'conformance-callback-token-0123456789';
const AGENT_PHONE = '+8613600009999';

let store: Store;
let app: FastifyInstance;
let sim: Simulator;
let deps: AppDeps;
const clock = new SimulatedClock('2025-03-03T10:00:00+08:00', { auto: true });
const people = new Map<string, Persona>();
const early = new Map<string, EarlyMedia>();

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://', now: () => clock.now() });
  const cbUrl = (p: string) => `${PUBLIC_URL}/aliyun/${p}?token=${CB_TOKEN}`;
  sim = await startSimulator({
    publicUrl: PUBLIC_URL,
    authToken: TOKEN,
    accountSid: SID,
    personas: (to) => people.get(to) ?? createPersona('satisfied', 1),
    clock,
    seed: 1,
    log: () => undefined,
    aliyun: { accessKeyId: KEY_ID, accessKeySecret: KEY_SECRET, smartCallUrl: cbUrl('smartcall'), voiceReportUrl: cbUrl('voice-report'), smsUpUrl: cbUrl('sms-up'), earlyMedia: (to) => early.get(to) ?? null },
  });
  deps = appDeps(store, {
    env: {
      PUBLIC_URL,
      TWILIO_ACCOUNT_SID: SID,
      TWILIO_AUTH_TOKEN: TOKEN,
      TWILIO_FROM: FROM,
      ALIYUN_CALLED_SHOW_NUMBER: '057100000000',
      ALIYUN_CALLBACK_TOKEN: CB_TOKEN,
      ALIYUN_SMS_SIGN_NAME: '回访测试',
      ALIYUN_SMS_TEMPLATES: 'survey=SMS_1,default=SMS_2',
    },
    now: () => clock.now(),
    services: {
      twilio: createTwilioProvider({ accountSid: SID, authToken: TOKEN, from: FROM, baseUrl: sim.baseUrl }),
      aliyun: createAliyunApi({ accessKeyId: KEY_ID, accessKeySecret: KEY_SECRET, apiBase: `${sim.baseUrl}/aliyun` }),
    },
  });
  app = await buildApp(deps, { logLevel: 'silent', surfaces: [twilioSurface, aliyunSurface] });
  sim.setDeliverTo(await app.listen({ host: '127.0.0.1', port: 0 }));
  await store.tenants.ensureDefault();
  await store.users.create({ username: 'conf-agent', password: 'conf-agent-pw', role: 'agent', tenantId: 'default', phone: AGENT_PHONE });
});

afterAll(async () => {
  await sim?.stop();
  await app?.close();
  await store?.close();
});

interface Adapter {
  name: 'twilio' | 'aliyun';
  /** Place the call of a callback; the provider's call id. */
  call(callbackId: string): Promise<string | null>;
  /** The request kind of a turn webhook in the simulator's log. */
  turnKind: string;
}

const ADAPTERS: Adapter[] = [
  { name: 'twilio', turnKind: 'gather', call: async (id) => (await startCallback(deps, { callbackId: id, channel: 'voice' })).providerId },
  { name: 'aliyun', turnKind: 'smartcall', call: async (id) => (await startAliyunCall(aliyunRuntime(deps), { callbackId: id })).providerId },
];

let n = 0;
async function run(a: Adapter, kind: PersonaKind, o: { seed?: number; habits?: Partial<Persona['habits']>; early?: EarlyMedia } = {}) {
  const phone = `+86139${String(a.name === 'twilio' ? 1 : 2)}${String(++n).padStart(7, '0')}`;
  people.set(phone, createPersona(kind, o.seed ?? 1, { habits: { keypad: 0, ...(o.habits ?? {}) } }));
  if (o.early) early.set(phone, o.early);
  const { callback } = await seedCallback(store, { phone, finishedAt: store.now(), engineer: '李师傅' });
  const callId = await a.call(callback.id);
  await sim.idle();
  const call = sim.call(callId ?? '') as SimCall;
  const attempts = await store.callbacks.attempts(callback.id);
  return { phone, call, callback: (await store.callbacks.get(callback.id))!, attempt: attempts[0]!, answers: await store.results.answers(callback.id) };
}

const failedRequests = (c: SimCall) => c.requests.filter((r) => r.status < 200 || r.status >= 300);

describe.each(ADAPTERS)('provider conformance: $name', (a) => {
  it('happy path: a satisfied customer completes the survey; every callback is accepted', async () => {
    const { call, callback, answers, attempt } = await run(a, 'satisfied');
    expect(failedRequests(call)).toEqual([]);
    expect(callback.status).toBe('completed');
    expect(answers.map((x) => x.stepId)).toEqual(expect.arrayContaining(['identity', 'satisfaction']));
    expect(attempt.provider).toBe(a.name);
    expect(attempt.endedAt).not.toBeNull();
  });

  it('dissatisfied: the reason is asked, the customer is put through to an agent, the escalation is recorded', async () => {
    const { call, callback, answers } = await run(a, 'dissatisfied', { seed: 4 });
    expect(failedRequests(call)).toEqual([]);
    expect(answers.find((x) => x.stepId === 'reason')).toBeTruthy();
    expect(callback.status).toBe('escalated');
    expect((await store.results.escalations(callback.id)).length).toBe(1);
    expect(call.transfers.length).toBe(1);
  });

  it('no answer: the attempt is a no-answer and the callback stays open for a retry', async () => {
    const { callback, attempt } = await run(a, 'no_answer');
    expect(attempt.outcome).toBe('no-answer');
    expect(attempt.failureReason).toBeNull();
    expect(['pending', 'in_progress', 'incomplete']).toContain(callback.status);
  });

  it('an answering machine is not surveyed: no answer recorded, the callback stays open', async () => {
    const { callback, attempt, answers } = await run(a, 'machine');
    // Twilio detects the machine (AMD); SmartCall has no detection: the machine's silence runs
    // the re-ask ladder out and the call ends incomplete, without a score.
    expect(answers.filter((x) => x.stepId === 'satisfaction')).toEqual([]);
    expect(a.name === 'twilio' ? attempt.outcome : callback.status).toBe(a.name === 'twilio' ? 'machine' : 'incomplete');
  });

  it.runIf(a.name === 'aliyun')('空号 (early media): failed with its reason, not retried like a no-answer', async () => {
    const { call, callback, attempt } = await run(a, 'satisfied', { early: 'unassigned' });
    expect(call.endReason).toBe('early-media:unassigned');
    expect(attempt.outcome).toBe('failed');
    expect(attempt.failureReason).toBe('unassigned');
    expect(callback.status).not.toBe('completed');
  });
  it.runIf(a.name === 'twilio')('空号: Twilio reports an unassigned number as a failed call without a reason', () => {
    expect(a.name).toBe('twilio');
  });

  it('hang-up mid-call: the attempt ends, the callback can resume at its step', async () => {
    const { callback, attempt } = await run(a, 'hang_up', { habits: { hangUpAtTurn: 2 } });
    expect(attempt.endedAt).not.toBeNull();
    expect(callback.status).toBe('incomplete');
    const s = await store.sessions.get<{ state: string }>(callback.id);
    expect(s?.session.state).toBe('__hung_up');
  });

  it('opt-out: the callback ends opted out and the number is on the do-not-contact list', async () => {
    const { phone, callback } = await run(a, 'opt_out');
    expect(callback.status).toBe('opted_out');
    expect(await store.contact.isDoNotContact(phone, 'default')).toBe(true);
  });

  it('a replayed callback changes nothing; a forged one is refused with 403 before anything is read', async () => {
    const { call, callback } = await run(a, 'satisfied', { seed: 2 });
    const before = (await store.results.answers(callback.id)).length;
    const turn = call.requests.find((r) => r.kind === a.turnKind && r.status === 200);
    expect(turn).toBeTruthy();
    const url = new URL(turn!.url);
    const replay = await app.inject({
      method: 'POST',
      url: url.pathname + url.search,
      headers: a.name === 'twilio' ? { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': turn!.signature } : { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(turn!.params).toString(),
    });
    expect(replay.statusCode).toBe(200);
    expect((await store.results.answers(callback.id)).length).toBe(before);
    expect((await store.callbacks.get(callback.id))?.status).toBe('completed');
    // Forged: no signature / no token, or a wrong one.
    const forged = a.name === 'twilio' ? { headers: { 'x-twilio-signature': 'AAAA' }, path: url.pathname + url.search } : { headers: {}, path: `${url.pathname}?token=${'x'.repeat(CB_TOKEN.length)}` };
    const r = await app.inject({ method: 'POST', url: forged.path, headers: { 'content-type': 'application/x-www-form-urlencoded', ...forged.headers }, payload: new URLSearchParams(turn!.params).toString() });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe(a.name === 'twilio' ? 'HF_TWILIO_SIGNATURE' : 'HF_ALIYUN_CALLBACK_AUTH');
  });
});

describe('Aliyun SMS: template sends, 上行短信 replies routed to the open thread, TD/退订', () => {
  async function textRun(kind: PersonaKind) {
    const phone = `+86137${String(++n).padStart(8, '0')}`;
    people.set(phone, createPersona(kind, 3));
    const { callback } = await seedCallback(store, { phone, finishedAt: store.now() });
    const { aliyunContactor } = await import('../../src/channels/contactor.js');
    const started = await aliyunContactor(deps).contact({ callbackId: callback.id, channel: 'sms' });
    await sim.idle();
    return { phone, started, callback: (await store.callbacks.get(callback.id))!, messages: sim.messages.filter((m) => m.to === phone || m.from === phone) };
  }

  it('a satisfied customer answers by text: the survey completes; every text went out through the template', async () => {
    const { callback, messages } = await textRun('satisfied');
    expect(messages.filter((m) => m.direction === 'inbound').length).toBeGreaterThan(0);
    expect(messages.filter((m) => m.direction === 'outbound-api').every((m) => m.body.startsWith('【回访测试】'))).toBe(true);
    expect(messages.flatMap((m) => m.requests).filter((r) => r.status !== 200)).toEqual([]);
    expect(callback.status).toBe('completed');
  });

  it('TD/退订 by text: opted out, the number on the do-not-contact list', async () => {
    const { phone, callback } = await textRun('opt_out');
    expect(callback.status).toBe('opted_out');
    expect(await store.contact.isDoNotContact(phone, 'default')).toBe(true);
  });

  it('without the template code an SMS survey refuses to start (HF_SMS_TEMPLATE_MISSING) and writes nothing', async () => {
    const phone = '+8613799999999';
    const { callback } = await seedCallback(store, { phone, finishedAt: store.now() });
    const { aliyunContactor } = await import('../../src/channels/contactor.js');
    const d = { ...deps, config: { ...deps.config, aliyun: { ...deps.config.aliyun!, smsTemplates: {} } } };
    await expect(aliyunContactor(d).contact({ callbackId: callback.id, channel: 'sms' })).rejects.toMatchObject({ code: 'HF_SMS_TEMPLATE_MISSING' });
    expect(await store.callbacks.attempts(callback.id)).toEqual([]);
  });
});
