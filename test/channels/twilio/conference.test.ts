/**
 * Live transfers as Twilio conferences and listening in: the real app (Twilio webhooks and the
 * workspace), signed webhooks, and the real twilio SDK against a nock'd api.twilio.com.
 */
import type { FastifyInstance } from 'fastify';
import nock from 'nock';
import twilio from 'twilio';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTwilioProvider } from '../../../src/channels/twilio/provider.js';
import { twilioSurface } from '../../../src/channels/twilio/surface.js';
import { startCallback } from '../../../src/channels/twilio/voice.js';
import { buildApp, type AppDeps } from '../../../src/server/app.js';
import { workspaceSurface } from '../../../src/server/workspace/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { appDeps } from '../../support/app.js';
import { actionOf, post, PUBLIC, TOKEN } from '../../support/twilio.js';
import { fakeClock } from '../../support/clock.js';
import { seedCallback } from '../../support/seed.js';
import { unmaskedPhones } from '../../support/processes.js';

const SID = 'AC0123456789abcdef0123456789abcdef';
const API = `/2010-04-01/Accounts/${SID}`;
const FROM = '+861012345678';
const AGENT_A = '+8613900000001';
const AGENT_B = '+8613900000002';
const SUPERVISOR = '+8613700000009';
const CUSTOMER = '+8613812345678';
const CF = 'CF' + 'c'.repeat(32);
const SAY = '<Say language="cmn-CN" voice="Polly.Zhiyu-Neural">';
const X = '<?xml version="1.0" encoding="UTF-8"?>';
const hex = (prefix: string, n: number) => prefix + n.toString(16).padStart(32, '0');

/** nock hands over a parsed form body (repeated keys as arrays) or the raw string. */
function formOf(b: unknown): URLSearchParams {
  if (typeof b === 'string') return new URLSearchParams(b);
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(b as Record<string, string | string[]>)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p;
}

const clock = fakeClock('2025-01-15T02:00:00Z'); // Wednesday 10:00 in Shanghai: staffed
const logs: string[] = [];
const unmatched: string[] = [];
let store: Store;
let app: FastifyInstance;
let deps: AppDeps;
const users: Record<string, string> = {};

beforeAll(async () => {
  nock.disableNetConnect();
  nock.emitter.on('no match', (req: { path?: string; method?: string }) => unmatched.push(`${req.method} ${req.path}`));
  store = await openStore({ dataDir: 'memory://', now: clock.now });
  await store.tenants.ensureDefault();
  await store.tenants.upsert({ id: 'other', name: '另一家公司' });
  // The real SDK; keepAlive off because nock 14 hangs on keep-alive requests (stack.md).
  const provider = createTwilioProvider({ accountSid: SID, authToken: TOKEN, from: FROM, httpClient: new twilio.RequestClient({ keepAlive: false }) });
  deps = appDeps(store, { env: { PUBLIC_URL: PUBLIC, TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: FROM }, now: clock.now, services: { twilio: provider, promptAudio: null } });
  for (const [username, role, phone, tenantId] of [
    ['agent-a', 'agent', AGENT_A, 'default'],
    ['agent-b', 'agent', AGENT_B, 'default'],
    ['li', 'agent', null, 'default'],
    ['sup', 'supervisor', SUPERVISOR, 'default'],
    ['sup-nophone', 'supervisor', null, 'default'],
    ['sup-other', 'supervisor', '+8613700000008', 'other'],
  ] as const) {
    users[username] = (await store.users.create({ username, password: `${username}-password`, role, tenantId, phone })).id;
  }
  app = await buildApp(deps, {
    logLevel: 'info',
    logStream: { write: (line: string) => void logs.push(line) },
    surfaces: [twilioSurface, workspaceSurface({ alertIntervalMs: 0 })],
  });
}, 120_000);

afterEach(() => {
  nock.cleanAll();
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  nock.emitter.removeAllListeners('no match');
  nock.enableNetConnect();
});

let calls = 0;
/** Dial a seeded callback (REST Calls create through nock) and run the survey to the dissatisfied reason. */
async function dissatisfiedCall() {
  const { callback } = await seedCallback(store, { phone: CUSTOMER });
  const customerSid = hex('CA', ++calls);
  nock('https://api.twilio.com').post(`${API}/Calls.json`).reply(201, { sid: customerSid, status: 'queued' });
  const started = await startCallback(deps, { callbackId: callback.id, channel: 'voice' });
  expect(started.providerId).toBe(customerSid);
  let res = await post(app, `/twilio/voice?a=${started.attemptId}`, { CallSid: customerSid });
  for (const d of ['1', '1', '3']) res = await post(app, actionOf(res.body), { CallSid: customerSid, Digits: d });
  return { callback, attemptId: started.attemptId, customerSid, reasonAction: actionOf(res.body) };
}

/** Expect one participants create per agent; returns the bodies seen. */
function expectAgentsRung(attemptId: string, sids: Record<string, string>) {
  const bodies: URLSearchParams[] = [];
  const scope = nock('https://api.twilio.com')
    .post(`${API}/Conferences/hf-${attemptId}/Participants.json`, (b: unknown) => {
      bodies.push(formOf(b));
      return true;
    })
    .basicAuth({ user: SID, pass: TOKEN })
    .times(2)
    .reply(201, (_uri, b) => {
      const to = formOf(b).get('To') as string;
      return { call_sid: sids[to], conference_sid: CF, account_sid: SID, label: formOf(b).get('Label'), status: 'queued', muted: false, hold: false };
    });
  return { bodies, scope };
}

async function signIn(username: string) {
  const r = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password: `${username}-password` } });
  expect(r.statusCode).toBe(200);
  // Both cookies: the session and the CSRF secret the token is checked against.
  const cookie = [r.headers['set-cookie'] ?? []].flat().map((c) => String(c).split(';')[0]).join('; ');
  return { cookie, csrf: r.json().csrfToken as string };
}
const as = (s: { cookie: string; csrf: string }, method: 'GET' | 'POST', url: string, o: { csrf?: boolean } = {}) =>
  app.inject({ method, url, headers: { cookie: s.cookie, ...(o.csrf === false ? {} : { 'x-csrf-token': s.csrf }) }, ...(method === 'POST' ? { payload: {} } : {}) });

describe('live transfers as conferences', () => {
  let attemptId = '';
  let callbackId = '';
  const agentA = hex('CA', 0xa1);
  const agentB = hex('CA', 0xb1);

  it('a dissatisfied customer in staffed hours is put into a conference and the agents are rung into it', async () => {
    const call = await dissatisfiedCall();
    attemptId = call.attemptId;
    callbackId = call.callback.id;
    const { bodies, scope } = expectAgentsRung(attemptId, { [AGENT_A]: agentA, [AGENT_B]: agentB });
    const res = await post(app, call.reasonAction, { CallSid: call.customerSid, SpeechResult: '师傅迟到了两个小时', Confidence: '0.9' });
    scope.done();
    const session = await store.sessions.get<{ turn: number }>(callbackId);
    const t = session?.session.turn as number;
    // The escalate step's words, then the transfer notice instead of the goodbye, then the conference (exact TwiML).
    expect(res.body).toBe(
      `${X}<Response>${SAY}谢谢您的批评，我们一定注意改进。您反映的问题我们会马上转交相关部门，稍后会有专人与您联系。</Say>` +
        `${SAY}正在为您转接人工客服，请稍候。</Say>` +
        `<Dial action="${PUBLIC}/twilio/transfer-end?a=${attemptId}&amp;t=${t}" method="POST">` +
        `<Conference startConferenceOnEnter="false" endConferenceOnExit="true" beep="false" waitUrl="${PUBLIC}/twilio/hold?a=${attemptId}" waitMethod="POST" ` +
        `statusCallback="${PUBLIC}/twilio/conference?a=${attemptId}&amp;t=${t}" statusCallbackMethod="POST" statusCallbackEvent="start end join leave" participantLabel="customer">hf-${attemptId}</Conference>` +
        '</Dial></Response>',
    );
    // Each agent with a phone, in the tenant, rung into the conference by name.
    expect(bodies.map((b) => b.get('To')).sort()).toEqual([AGENT_A, AGENT_B]);
    for (const b of bodies) {
      expect(b.get('From')).toBe(FROM);
      expect(b.get('Label')).toMatch(/^agent:/);
      expect(b.get('Label')).not.toMatch(/139/);
      expect(b.get('Muted')).toBe('false');
      expect(b.get('Beep')).toBe('false');
      expect(b.get('StartConferenceOnEnter')).toBe('true');
      expect(b.get('EndConferenceOnExit')).toBe('true');
      expect(b.get('Timeout')).toBe('30'); // the rule's transferTimeoutSec
      expect(b.get('StatusCallback')).toBe(`${PUBLIC}/twilio/participant?a=${attemptId}&t=${t}`);
      expect(b.getAll('StatusCallbackEvent')).toEqual(['initiated', 'ringing', 'answered', 'completed']);
      expect(b.get('ConferenceStatusCallback')).toBe(`${PUBLIC}/twilio/conference?a=${attemptId}&t=${t}`);
    }
    // The task exists from this turn on, with its deadline: the fallback should nobody pick up.
    const [task] = await store.results.escalations(callbackId);
    expect(task).toMatchObject({ reason: 'dissatisfied', status: 'open', assignee: null });
    expect(task!.dueAt).not.toBeNull();
    expect((await store.review.task(task!.id))?.mode).toBe('transfer');
    expect(await store.conferences.get(attemptId)).toMatchObject({ status: 'waiting', name: `hf-${attemptId}`, turn: t, customerCallSid: call.customerSid });
    expect((await store.conferences.legs(attemptId)).map((l) => l.callSid).sort()).toEqual([agentA, agentB].sort());
    // The hold message while the customer waits.
    const hold = await post(app, `/twilio/hold?a=${attemptId}`, { CallSid: call.customerSid, ConferenceSid: CF });
    expect(hold.body).toBe(`${X}<Response>${SAY}正在为您接通人工客服，请稍候，不要挂机。</Say><Pause length="8"/></Response>`);
  });

  it('conference events keep the SID; the first agent to join hears the whisper and gets the task; the other stops ringing', async () => {
    const t = (await store.conferences.get(attemptId))!.turn;
    const ev = (params: Record<string, string>, turn = t) =>
      post(app, `/twilio/conference?a=${attemptId}&t=${turn}`, { AccountSid: SID, ConferenceSid: CF, FriendlyName: `hf-${attemptId}`, ...params });
    // A webhook for another turn is not this transfer's: nothing is kept.
    await ev({ StatusCallbackEvent: 'participant-join', CallSid: hex('CA', 1), ParticipantLabel: 'customer' }, t + 7);
    expect((await store.conferences.get(attemptId))?.conferenceSid).toBeNull();
    await ev({ StatusCallbackEvent: 'participant-join', CallSid: hex('CA', 1), ParticipantLabel: 'customer' });
    expect((await store.conferences.get(attemptId))?.conferenceSid).toBe(CF);
    await post(app, `/twilio/participant?a=${attemptId}&t=${t}`, { CallSid: agentA, CallStatus: 'ringing' });
    await post(app, `/twilio/participant?a=${attemptId}&t=${t}`, { CallSid: agentA, CallStatus: 'in-progress' });

    let announce = '';
    const scope = nock('https://api.twilio.com')
      .post(`${API}/Conferences/${CF}/Participants/${agentA}.json`, (b: unknown) => {
        announce = formOf(b).get('AnnounceUrl') ?? '';
        return true;
      })
      .reply(200, { call_sid: agentA, conference_sid: CF, account_sid: SID })
      .post(`${API}/Calls/${agentB}.json`, (b: unknown) => formOf(b).get('Status') === 'completed')
      .reply(200, { sid: agentB, status: 'canceled' });
    await ev({ StatusCallbackEvent: 'participant-join', CallSid: agentA, ParticipantLabel: `agent:${users['agent-a']}` });
    await ev({ StatusCallbackEvent: 'conference-start' });
    scope.done();
    expect(announce).toBe(`${PUBLIC}/twilio/whisper?a=${attemptId}&r=dissatisfied`);
    const whisper = await post(app, `/twilio/whisper?a=${attemptId}&r=dissatisfied`, { CallSid: agentA });
    expect(whisper.body).toBe(`${X}<Response>${SAY}回访转接：张先生，电信装机回访，不满意，原因：师傅迟到了两个小时。</Say></Response>`);
    expect(await store.conferences.get(attemptId)).toMatchObject({ status: 'connected', agentUserId: users['agent-a'] });
    const [task] = await store.results.escalations(callbackId);
    expect(task).toMatchObject({ status: 'in_progress', assignee: 'agent-a' });
    // The same join again (a replay) announces nothing twice and rings nobody down again.
    await ev({ StatusCallbackEvent: 'participant-join', CallSid: agentA, ParticipantLabel: `agent:${users['agent-a']}` });
    expect(unmatched).toEqual([]);
  });

  it('a supervisor listens in: rung into the conference muted, without a beep; audited; the number never shown in full', async () => {
    const live = await as(await signIn('sup'), 'GET', '/api/live');
    expect(live.statusCode).toBe(200);
    expect(live.json()).toMatchObject({ twilio: true, listenIn: true, myPhone: '137****0009' });
    const row = live.json().items.find((i: { attemptId: string }) => i.attemptId === attemptId);
    expect(row).toMatchObject({ channel: 'voice', conference: 'connected', canListen: true, phone: '138****5678' });
    expect(live.body).not.toMatch(/13812345678|13700000009/);

    const listener = hex('CA', 0x11);
    let body = new URLSearchParams();
    const scope = nock('https://api.twilio.com')
      .post(`${API}/Conferences/${CF}/Participants.json`, (b: unknown) => {
        body = formOf(b);
        return true;
      })
      .basicAuth({ user: SID, pass: TOKEN })
      .reply(201, { call_sid: listener, conference_sid: CF, account_sid: SID, muted: true, status: 'queued' });
    const sup = await signIn('sup');
    // State-changing: the CSRF token is required, like everywhere else.
    expect((await as(sup, 'POST', `/api/live/${attemptId}/listen`, { csrf: false })).json().error.code).toBe('HF_CSRF');
    const r = await as(sup, 'POST', `/api/live/${attemptId}/listen`);
    expect(r.statusCode).toBe(201);
    scope.done();
    expect(r.json()).toEqual({ listening: true, callSid: listener, phone: '137****0009' });
    expect(body.get('To')).toBe(SUPERVISOR);
    expect(body.get('From')).toBe(FROM);
    expect(body.get('Muted')).toBe('true');
    expect(body.get('Beep')).toBe('false');
    expect(body.get('StartConferenceOnEnter')).toBe('false');
    expect(body.get('EndConferenceOnExit')).toBe('false');
    expect(body.get('Label')).toBe(`listener:${users.sup}`);
    expect(body.get('StatusCallback')).toMatch(new RegExp(`^${PUBLIC}/twilio/participant\\?a=${attemptId}&t=\\d+$`));
    const audit = await store.contact.auditFor(`callback:${callbackId}`);
    const row2 = audit.find((a) => a.action === 'listen_in');
    expect(row2).toMatchObject({ actor: 'sup', detail: { attemptId, conferenceSid: CF, callSid: listener } });
    expect(JSON.stringify(audit)).not.toMatch(/137000|139000|138123/);
    expect(await store.conferences.leg(listener)).toMatchObject({ role: 'listener', userId: users.sup });
    // The listener's progress is kept; it never ends the transfer.
    const t = (await store.conferences.get(attemptId))!.turn;
    await post(app, `/twilio/participant?a=${attemptId}&t=${t}`, { CallSid: listener, CallStatus: 'completed' });
    expect(await store.conferences.get(attemptId)).toMatchObject({ status: 'connected' });
  });

  it('agents are refused (and it is audited); a supervisor without a phone or of another tenant cannot listen', async () => {
    const li = await signIn('li');
    const denied = await as(li, 'POST', `/api/live/${attemptId}/listen`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('HF_FORBIDDEN');
    expect((await as(li, 'GET', '/api/live')).statusCode).toBe(403);
    const audit = await store.contact.auditFor(`callback:${callbackId}`);
    expect(audit.find((a) => a.action === 'listen_in_denied')).toMatchObject({ actor: 'li' });
    const noPhone = await as(await signIn('sup-nophone'), 'POST', `/api/live/${attemptId}/listen`);
    expect(noPhone.statusCode).toBe(409);
    expect(noPhone.json().error.code).toBe('HF_LISTEN_UNAVAILABLE');
    expect((await as(await signIn('sup-other'), 'POST', `/api/live/${attemptId}/listen`)).statusCode).toBe(404);
    expect(unmatched).toEqual([]);
  });

  it('after the conversation the conference ends, the call hangs up, and the call can no longer be listened in on', async () => {
    const t = (await store.conferences.get(attemptId))!.turn;
    await post(app, `/twilio/conference?a=${attemptId}&t=${t}`, { ConferenceSid: CF, FriendlyName: `hf-${attemptId}`, StatusCallbackEvent: 'participant-leave', CallSid: agentA });
    await post(app, `/twilio/conference?a=${attemptId}&t=${t}`, { ConferenceSid: CF, FriendlyName: `hf-${attemptId}`, StatusCallbackEvent: 'conference-end', ReasonConferenceEnded: 'participant-with-end-conference-on-exit-left' });
    expect(await store.conferences.get(attemptId)).toMatchObject({ status: 'ended', agentUserId: users['agent-a'] });
    const end = await post(app, `/twilio/transfer-end?a=${attemptId}&t=${t}`, { CallSid: hex('CA', 1) });
    expect(end.body).toBe(`${X}<Response><Hangup/></Response>`);
    const r = await as(await signIn('sup'), 'POST', `/api/live/${attemptId}/listen`);
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('HF_LISTEN_UNAVAILABLE');
  });

  it('nobody picks up within the ring time: the customer hears a polite goodbye and the task keeps its deadline', async () => {
    const call = await dissatisfiedCall();
    const a = hex('CA', 0xa2);
    const b = hex('CA', 0xb2);
    const { scope } = expectAgentsRung(call.attemptId, { [AGENT_A]: a, [AGENT_B]: b });
    await post(app, call.reasonAction, { CallSid: call.customerSid, SpeechResult: '网还是断', Confidence: '0.9' });
    scope.done();
    const t = (await store.conferences.get(call.attemptId))!.turn;
    const leg = (CallSid: string, CallStatus: string) => post(app, `/twilio/participant?a=${call.attemptId}&t=${t}`, { CallSid, CallStatus });
    await leg(a, 'ringing');
    await leg(a, 'no-answer');
    // One agent is still ringing: nothing yet.
    expect((await store.conferences.get(call.attemptId))?.status).toBe('waiting');
    let twiml = '';
    const goodbye = nock('https://api.twilio.com')
      .post(`${API}/Calls/${call.customerSid}.json`, (x: unknown) => {
        twiml = formOf(x).get('Twiml') ?? '';
        return true;
      })
      .reply(200, { sid: call.customerSid, status: 'in-progress' });
    await leg(b, 'busy');
    goodbye.done();
    expect(twiml).toBe(`${X}<Response>${SAY}抱歉，人工客服暂时无法接通，稍后会有专人与您联系。谢谢您，再见。</Say><Hangup/></Response>`);
    expect((await store.conferences.get(call.attemptId))?.status).toBe('failed');
    const [task] = await store.results.escalations(call.callback.id);
    expect(task).toMatchObject({ status: 'open', assignee: null });
    expect(task!.dueAt!.getTime()).toBeGreaterThan(clock.now().getTime());
    // Late and repeated callbacks change nothing and send nothing.
    await leg(b, 'busy');
    await leg(a, 'ringing');
    expect((await store.conferences.leg(a))?.status).toBe('no-answer');
    expect(unmatched).toEqual([]);
    // The listen route knows the call is no longer in a live conference.
    const r = await as(await signIn('sup'), 'POST', `/api/live/${call.attemptId}/listen`);
    expect(r.json().error.code).toBe('HF_LISTEN_UNAVAILABLE');
  });

  it('in staffed hours without any agent who has a phone, the call ends with its closing words and a task', async () => {
    await store.users.setPhone(users['agent-a']!, null);
    await store.users.setPhone(users['agent-b']!, null);
    try {
      const call = await dissatisfiedCall();
      const res = await post(app, call.reasonAction, { CallSid: call.customerSid, SpeechResult: '网还是断', Confidence: '0.9' });
      expect(res.body).not.toContain('Conference');
      expect(res.body).toMatch(/<Hangup\/><\/Response>$/);
      expect(await store.conferences.get(call.attemptId)).toBeNull();
      expect(await store.results.escalations(call.callback.id)).toHaveLength(1);
      expect(unmatched).toEqual([]);
    } finally {
      await store.users.setPhone(users['agent-a']!, AGENT_A);
      await store.users.setPhone(users['agent-b']!, AGENT_B);
    }
  });

  it('refuses unsigned conference webhooks; no phone number in any log line or webhook URL', async () => {
    const t = (await store.conferences.get(attemptId))!.turn;
    const forged = await post(app, `/twilio/conference?a=${attemptId}&t=${t}`, { ConferenceSid: CF, StatusCallbackEvent: 'conference-end' }, { signature: null });
    expect(forged.statusCode).toBe(403);
    const bad = await post(app, `/twilio/participant?a=${attemptId}&t=${t}`, { CallSid: 'x', CallStatus: 'busy' }, { signature: 'AAAA' });
    expect(bad.statusCode).toBe(403);
    expect(logs.length).toBeGreaterThan(20);
    const text = logs.join('\n');
    expect(text).toContain('live transfer: agent connected');
    expect(text).toContain('listening in: supervisor rung into the conference muted');
    for (const n of [AGENT_A, AGENT_B, SUPERVISOR, CUSTOMER]) {
      expect(text).not.toContain(n.slice(3)); // the national number, with or without +86
    }
    // Every URL a request came in on (logged by Fastify) is free of numbers.
    const urls = logs.map((l) => (JSON.parse(l) as { req?: { url?: string } }).req?.url).filter((u): u is string => !!u);
    expect(urls.some((u) => u.startsWith('/twilio/conference'))).toBe(true);
    expect(urls.some((u) => u.startsWith('/api/live/'))).toBe(true);
    expect(unmaskedPhones(urls)).toEqual([]); // a digit run inside an id does not count
  });
});
