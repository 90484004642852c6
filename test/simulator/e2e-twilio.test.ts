/**
 * End to end: the real app (buildApp with the Twilio surface, PGlite store, the
 * telecom-install dialog) against the simulator. The app's provider is the real twilio SDK
 * pointed at the simulator; the simulator calls the app's webhooks over HTTP, signed for
 * PUBLIC_URL (https://huifang.example.com) and delivered to the app's local address.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twilioSurface } from '../../src/channels/twilio/surface.js';
import { createTwilioProvider, startCallback } from '../../src/channels/twilio/voice.js';
import { loadRegistry } from '../../src/engine/registry.js';
import { buildApp, type AppDeps } from '../../src/server/app.js';
import { createPersona, SimulatedClock, startSimulator, type Persona, type Simulator } from '../../src/simulator/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { appDeps } from '../support/app.js';
import { seedCallback } from '../support/seed.js';

const PUBLIC_URL = 'https://huifang.example.com';
const SID = 'AC' + 'e2e0'.repeat(8);
const TOKEN = 'e2e-simulator-token';
const FROM = '+861069000000';

let store: Store;
let app: FastifyInstance;
let sim: Simulator;
let deps: AppDeps;
const clock = new SimulatedClock('2025-03-03T10:00:00+08:00', { auto: true });
const people = new Map<string, Persona>();

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://', now: () => clock.now() });
  sim = await startSimulator({
    publicUrl: PUBLIC_URL,
    authToken: TOKEN,
    accountSid: SID,
    personas: (to) => people.get(to) ?? createPersona('satisfied', 1),
    clock,
    seed: 1,
    log: () => undefined,
  });
  deps = appDeps(store, {
    env: { PUBLIC_URL, TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: FROM },
    now: () => clock.now(),
    services: { twilio: createTwilioProvider({ accountSid: SID, authToken: TOKEN, from: FROM, baseUrl: sim.baseUrl }) },
  });
  app = await buildApp(deps, { logLevel: 'silent', surfaces: [twilioSurface] });
  sim.setDeliverTo(await app.listen({ host: '127.0.0.1', port: 0 }));
});

afterAll(async () => {
  await sim?.stop();
  await app?.close();
  await store?.close();
});

async function seedInstall(phone: string) {
  return (await seedCallback(store, { phone, finishedAt: store.now(), engineer: '李师傅' })).callback;
}

async function run(kind: Parameters<typeof createPersona>[0], phone: string, seed = 1, habits: Partial<Persona['habits']> = {}) {
  people.set(`+86${phone}`, createPersona(kind, seed, { habits }));
  const callback = await seedInstall(phone);
  const started = await startCallback(deps, { callbackId: callback.id, channel: 'voice' });
  await sim.idle();
  const call = sim.call(started.providerId ?? '');
  if (process.env.SIM_DEBUG) console.log(kind, call?.status, call?.transcript.map((t) => `${t.speaker}: ${t.text}`).join('\n'), call?.requests.map((r) => `${r.kind} ${r.status} ${r.ms.toFixed(0)}ms ${r.url}`).join('\n'), call?.errors);
  return { callback: (await store.callbacks.get(callback.id))!, call: call!, answers: await store.results.answers(callback.id) };
}

describe('telecom-install by voice: the real server against the simulator', () => {
  it('a satisfied customer completes the survey; every webhook is accepted', async () => {
    const { callback, call, answers } = await run('satisfied', '13800000001', 1, { keypad: 0 });
    expect(call.status).toBe('completed');
    expect(call.requests.filter((r) => r.status !== 200 && r.status !== 204)).toEqual([]);
    expect(call.turns.length).toBeGreaterThanOrEqual(3);
    expect(call.transcript.some((s) => s.text.includes('满意'))).toBe(true);
    expect(callback.status).toBe('completed');
    expect(answers.map((a) => a.stepId)).toEqual(expect.arrayContaining(['identity', 'convenient', 'satisfaction']));
  });

  it('a dissatisfied customer gives a reason and is escalated', async () => {
    const { callback, call, answers } = await run('dissatisfied', '13800000002', 4, { keypad: 0 });
    expect(call.requests.filter((r) => r.status >= 300 || r.status === 0)).toEqual([]);
    expect(answers.find((a) => a.stepId === 'reason')).toBeTruthy();
    expect(['escalated', 'completed']).toContain(callback.status);
    expect((await store.results.escalations(callback.id)).length).toBe(1);
  });

  it('duplicated and late status callbacks do not break the record', async () => {
    const { callback, call } = await run('satisfied', '13800000003', 2, { keypad: 0.5, duplicateCallbacks: true, lateCallbacks: true });
    expect(call.requests.filter((r) => r.status >= 300 || r.status === 0)).toEqual([]);
    expect(callback.status).toBe('completed');
  });

  it('no answer leaves the callback open for a retry', async () => {
    const { callback, call } = await run('no_answer', '13800000004');
    expect(call.status).toBe('no-answer');
    expect(callback.status).not.toBe('completed');
    const attempts = await store.callbacks.attempts(callback.id);
    expect(attempts[0]?.outcome).toBeTruthy();
  });
});

describe('live transfers through the simulator: the customer joins a conference, agents are rung into it', () => {
  const TENANT = 'conf-sim';
  const AGENT_OK = '+8613600000001';
  const AGENT_NONE = '+8613600000002';
  let agentId = '';
  let noAnswerId = '';
  let n = 0;
  beforeAll(async () => {
    await store.tenants.upsert({ id: TENANT, name: '会议转接测试', timeZone: 'Asia/Shanghai' });
    agentId = (await store.users.create({ username: 'sim-agent', password: 'sim-agent-pw', role: 'agent', tenantId: TENANT, phone: AGENT_OK })).id;
    noAnswerId = (await store.users.create({ username: 'sim-agent-away', password: 'sim-agent-pw', role: 'agent', tenantId: TENANT, phone: AGENT_NONE })).id;
  });

  async function dissatisfiedTransfer(phone: string) {
    people.set(`+86${phone}`, createPersona('dissatisfied', 4, { habits: { keypad: 0 } }));
    const wo = await store.workOrders.upsert({
      tenantId: TENANT, externalId: `WO-conf-${++n}`, kind: 'install', finishedAt: store.now(), customer: { name: '张先生', phones: [phone] }, engineer: '李师傅',
    });
    const { callback } = await store.callbacks.create({ tenantId: TENANT, workOrderId: wo.id, dialogId: 'telecom-install', dialogVersion: deps.dialogs.get('telecom-install').spec.version, campaign: 'conf-sim' });
    const started = await startCallback(deps, { callbackId: callback.id, channel: 'voice' });
    await sim.idle();
    const call = sim.call(started.providerId ?? '')!;
    return { callback, call, attemptId: started.attemptId, conference: sim.conference(`hf-${started.attemptId}`) };
  }

  it('an agent picks up: hears the whisper, talks, hangs up; the conference ends and so does the call', async () => {
    // The agent answers after 20 s (within the rule's 30 s): the customer is on hold until then.
    people.set(AGENT_OK, createPersona('satisfied', 7, { habits: { ringSeconds: 20 } }));
    people.set(AGENT_NONE, createPersona('no_answer', 7));
    const { callback, call, attemptId, conference } = await dissatisfiedTransfer('13800000061');
    expect(call.errors).toEqual([]);
    expect(call.requests.filter((r) => r.status >= 300 || r.status === 0)).toEqual([]);
    expect(call.transfers).toEqual([expect.objectContaining({ verb: 'Conference', target: `hf-${attemptId}` })]);
    expect(call.transcript.some((s) => s.text === '正在为您转接人工客服，请稍候。')).toBe(true);
    expect(call.transcript.some((s) => s.text === '正在为您接通人工客服，请稍候，不要挂机。')).toBe(true); // the hold message
    expect(call.status).toBe('completed');
    // After the conversation the Dial's action ends the call.
    const after = call.requests.filter((r) => r.kind === 'dial');
    expect(after.map((r) => [r.url.replace(/\?.*/, ''), r.body])).toEqual([[`${PUBLIC_URL}/twilio/transfer-end`, '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>']]);
    expect(call.endReason).toBe('hangup-verb');
    // The conference: the customer, then the agent who answered (the other, unanswered, was stopped).
    expect(conference?.status).toBe('completed');
    expect(conference?.reasonEnded).toBe('participant-with-end-conference-on-exit-left');
    const agentLeg = sim.calls.find((c) => c.to === AGENT_OK && c.conference === conference?.sid)!;
    expect(conference?.participants.map((p) => p.callSid)).toEqual([call.sid, agentLeg.sid]);
    const agentPart = conference!.participants[1]!;
    expect(agentPart.label).toBe(`agent:${agentId}`);
    expect(agentPart.announcements.join('')).toMatch(/^回访转接：张先生，电信装机回访，不满意/);
    expect(conference?.requests.filter((r) => r.status !== 200)).toEqual([]);
    const away = sim.calls.find((c) => c.to === AGENT_NONE && c.conference === conference?.sid)!;
    expect(away.status).toBe('canceled');
    // What the server knows.
    expect(await store.conferences.get(attemptId)).toMatchObject({ status: 'ended', agentUserId: agentId, conferenceSid: conference?.sid });
    const [task] = await store.results.escalations(callback.id);
    expect(task).toMatchObject({ reason: 'dissatisfied', status: 'in_progress', assignee: 'sim-agent' });
    expect((await store.callbacks.get(callback.id))?.status).toBe('escalated');
  });

  it('nobody picks up: the customer leaves the conference with a polite goodbye, the task waits with its deadline', async () => {
    people.set(AGENT_OK, createPersona('no_answer', 8));
    people.set(AGENT_NONE, createPersona('busy_line', 8));
    const { callback, call, attemptId, conference } = await dissatisfiedTransfer('13800000062');
    expect(call.errors).toEqual([]);
    expect(call.requests.filter((r) => r.status >= 300 || r.status === 0)).toEqual([]);
    expect(call.transcript.some((s) => s.text === '正在为您接通人工客服，请稍候，不要挂机。')).toBe(true);
    expect(call.transcript.at(-1)?.text).toBe('抱歉，人工客服暂时无法接通，稍后会有专人与您联系。谢谢您，再见。');
    expect(call.endReason).toBe('hangup-verb');
    expect(conference?.status).toBe('completed');
    expect(conference?.participants.map((p) => p.callSid)).toEqual([call.sid]);
    expect(await store.conferences.get(attemptId)).toMatchObject({ status: 'failed', agentUserId: null });
    const [task] = await store.results.escalations(callback.id);
    expect(task).toMatchObject({ status: 'open', assignee: null });
    expect(task!.dueAt).not.toBeNull();
    expect(noAnswerId).not.toBe('');
  });
});

describe('every sample dialog, by voice and by SMS, through the simulator', () => {
  const ids = [...new Set(loadRegistry().all().filter((d) => d.spec.locale === 'zh-CN').map((d) => d.spec.id))];
  let n = 100;
  async function seedFor(dialogId: string, phone: string) {
    return (await seedCallback(store, { dialogId, phone, kind: 'repair', finishedAt: store.now(), name: '王女士' })).callback;
  }
  for (const id of ids) {
    it(`${id} by voice: a satisfied customer completes it`, async () => {
      const phone = `1390000${String(++n).padStart(4, '0')}`;
      people.set(`+86${phone}`, createPersona('satisfied', n, { habits: { keypad: 0 } }));
      const callback = await seedFor(id, phone);
      const started = await startCallback(deps, { callbackId: callback.id, channel: 'voice' });
      await sim.idle();
      const call = sim.call(started.providerId ?? '')!;
      expect(call.requests.filter((r) => r.status >= 300 || r.status === 0)).toEqual([]);
      expect((await store.callbacks.get(callback.id))?.status).toBe('completed');
      expect((await store.results.answers(callback.id)).length).toBeGreaterThanOrEqual(1);
    });
    it(`${id} by SMS: a satisfied customer answers the text messages`, async () => {
      const phone = `1370000${String(++n).padStart(4, '0')}`;
      people.set(`+86${phone}`, createPersona('satisfied', n, { habits: { keypad: 1 } }));
      const callback = await seedFor(id, phone);
      await startCallback(deps, { callbackId: callback.id, channel: 'sms' });
      await sim.idle();
      expect((await store.callbacks.get(callback.id))?.status).toBe('completed');
      expect(sim.messages.filter((m) => m.to === `+86${phone}` || m.from === `+86${phone}`).length).toBeGreaterThanOrEqual(3);
    });
  }
});
