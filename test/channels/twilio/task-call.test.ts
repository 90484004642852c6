/**
 * Click-to-call from a task, end to end: the workspace API and the Twilio webhooks of the
 * real app (PGlite), the real twilio SDK pointed at the simulator (TWILIO_API_BASE), the
 * simulator ringing the agent's persona first and, when the agent picks up, the customer's,
 * every webhook signed. The agent never sees the number; the outcome is noted on the task;
 * the call is recorded after a spoken notice and audited.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twilioSurface } from '../../../src/channels/twilio/surface.js';
import { createTwilioProvider } from '../../../src/channels/twilio/voice.js';
import { createTask } from '../../../src/results/tasks.js';
import { buildApp, type AppDeps } from '../../../src/server/app.js';
import { workspaceSurface } from '../../../src/server/workspace/index.js';
import { createPersona, SimulatedClock, startSimulator, type Persona, type Simulator } from '../../../src/simulator/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { appDeps } from '../../support/app.js';

const PUBLIC_URL = 'https://huifang.example.com';
const SID = 'AC' + 'ca11'.repeat(8);
const TOKEN = 'task-call-token';
const FROM = '+861069000000';
const AGENT = '+8613600000077';

let store: Store;
let app: FastifyInstance;
let sim: Simulator;
let deps: AppDeps;
const clock = new SimulatedClock('2025-03-03T10:00:00+08:00', { auto: true });
const people = new Map<string, Persona>();
let session: { cookie: string; csrf: string };
let n = 0;

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
  app = await buildApp(deps, { logLevel: 'silent', surfaces: [twilioSurface, workspaceSurface({ alertIntervalMs: 0 })] });
  sim.setDeliverTo(await app.listen({ host: '127.0.0.1', port: 0 }));
  await store.tenants.upsert({ id: 'telecom', name: '中国电信某分公司', timeZone: 'Asia/Shanghai' });
  await store.users.create({ username: 'li', password: 'li-password-1', role: 'agent', tenantId: 'telecom', phone: AGENT });
  people.set(AGENT, createPersona('satisfied', 7, { habits: { ringSeconds: 5 } }));
  const r = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'li', password: 'li-password-1' } });
  const set = r.headers['set-cookie'];
  session = { cookie: (Array.isArray(set) ? set : [String(set)]).map((c) => String(c).split(';')[0]).join('; '), csrf: r.json().csrfToken };
});

afterAll(async () => {
  await sim?.stop();
  await app?.close();
  await store?.close();
});

const api = (method: string, url: string) => app.inject({ method: method as 'POST', url, headers: { cookie: session.cookie, 'x-csrf-token': session.csrf } });

/** A dissatisfied-install task for a customer of this persona kind. */
async function taskFor(kind: Parameters<typeof createPersona>[0], phone: string, assignee: string | null = 'li') {
  people.set(`+86${phone}`, createPersona(kind, 3, { habits: { ringSeconds: 4 } }));
  const wo = await store.workOrders.upsert({
    tenantId: 'telecom', externalId: `WO-tc-${++n}`, kind: 'install', finishedAt: store.now(), customer: { name: '王女士', phones: [phone] }, engineer: '刘师傅',
  });
  const { callback } = await store.callbacks.create({ tenantId: 'telecom', workOrderId: wo.id, dialogId: 'telecom-install', dialogVersion: 1, campaign: 'tc' });
  return createTask(store, { callbackId: callback.id, reason: 'dissatisfied', assignee });
}

describe('an agent calls the customer from a task', () => {
  it('rings the agent, then the customer with the company caller ID after the recording notice; notes the outcome; never shows the number', async () => {
    const task = await taskFor('satisfied', '13800000101');
    const r = await api('POST', `/api/tasks/${task.id}/call`);
    expect(r.statusCode).toBe(201);
    expect(r.body).not.toContain('13800000101');
    expect(r.json()).toMatchObject({ call: { outcome: 'calling_agent', ended: false }, myPhone: '136****0077' });
    await sim.idle();

    const row = (await store.taskCalls.ofTask(task.id))[0]!;
    expect(row).toMatchObject({ outcome: 'completed', dialStatus: 'completed' });
    expect(row.talkSeconds).toBeGreaterThan(0);
    expect(row.recordingSid).toMatch(/^RE[0-9a-f]{32}$/);
    // The simulator saw the agent's leg placed from the company number, recorded, then a <Dial>
    // to the customer with the company's caller ID; the customer heard the notice.
    const leg = sim.call(row.agentCallSid!)!;
    expect(leg.to).toBe(AGENT);
    expect(leg.from).toBe(FROM);
    expect(leg.params.Record).toBe('true');
    expect(leg.params.MachineDetection).toBeUndefined();
    expect(leg.transfers).toEqual([expect.objectContaining({ verb: 'Dial', target: 'Number:+8613800000101' })]);
    const dialDoc = leg.requests.find((q) => q.url.includes('/twilio/task-call?'))!;
    expect(dialDoc.body).toContain(`callerId="${FROM}"`);
    expect(leg.transcript.map((s) => s.text)).toEqual(expect.arrayContaining(['正在为您接通客户，本次通话将被录音。', expect.stringContaining('本次通话将被录音')]));
    expect(leg.transcript.some((s) => s.text.includes('中国电信某分公司客服中心'))).toBe(true);
    // Every webhook was accepted (signed); no URL carries a number.
    expect(leg.requests.filter((q) => q.status !== 200)).toEqual([]);
    expect(leg.requests.map((q) => q.url).join(' ')).not.toMatch(/138000|\+86/);

    // The outcome is on the task, the task is in progress, the call is audited.
    const detail = (await api('GET', `/api/tasks/${task.id}`)).json();
    expect(detail.task.status).toBe('in_progress');
    expect(detail.notes.map((x: { text: string }) => x.text)).toEqual([expect.stringMatching(/^li 拨打客户：已通话，通话 \d+ 分 \d+ 秒$/)]);
    expect(detail.calls[0]).toMatchObject({ outcome: 'completed', outcomeLabel: '已通话', recorded: true });
    expect(JSON.stringify(detail)).not.toContain('13800000101');
    const audit = await store.contact.auditFor(`task:${task.id}`);
    expect(audit.find((a) => a.action === 'task_call')).toMatchObject({ actor: 'li' });
    expect(JSON.stringify(audit)).not.toContain('13800000101');
  });

  it('a busy customer and an agent who does not pick up are noted as such', async () => {
    const busy = await taskFor('busy_line', '13800000102');
    expect((await api('POST', `/api/tasks/${busy.id}/call`)).statusCode).toBe(201);
    await sim.idle();
    expect((await store.taskCalls.ofTask(busy.id))[0]).toMatchObject({ outcome: 'customer_busy', dialStatus: 'busy' });
    expect((await store.taskCalls.notes(busy.id))[0]!.text).toBe('li 拨打客户：客户占线');

    people.set(AGENT, createPersona('no_answer', 7));
    const away = await taskFor('satisfied', '13800000103');
    expect((await api('POST', `/api/tasks/${away.id}/call`)).statusCode).toBe(201);
    await sim.idle();
    expect((await store.taskCalls.ofTask(away.id))[0]).toMatchObject({ outcome: 'agent_no_answer' });
    people.set(AGENT, createPersona('satisfied', 7, { habits: { ringSeconds: 5 } }));
  });

  it('an unassigned task is taken by calling; a customer who opted out is not called', async () => {
    const open = await taskFor('satisfied', '13800000104', null);
    expect((await api('POST', `/api/tasks/${open.id}/call`)).statusCode).toBe(201);
    await sim.idle();
    expect((await store.review.task(open.id))).toMatchObject({ assignee: 'li', status: 'in_progress' });

    const dnc = await taskFor('satisfied', '13800000105');
    await store.contact.addDoNotContact({ phone: '+8613800000105', tenantId: 'telecom', source: 'manual' });
    const r = await api('POST', `/api/tasks/${dnc.id}/call`);
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('HF_NO_CONTACT');
    expect(await store.taskCalls.ofTask(dnc.id)).toEqual([]);
  });
});
