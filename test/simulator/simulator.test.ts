import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPersona,
  SimulatedClock,
  simulatorTwilioClient,
  startSimulator,
  wavDuration,
  type Persona,
  type PersonaKind,
  type Simulator,
} from '../../src/simulator/index.js';
import { ACCOUNT_SID, AUTH_TOKEN, startFakeServer, type FakeServer } from './helpers.js';

const FROM = '+861069000000';

/** Phone number -> persona, for the scenarios below. */
const people = new Map<string, Persona>();
function person(kind: PersonaKind, seed = 1, habits: Partial<Persona['habits']> = {}): string {
  const to = `+86138${String(10_000_000 + people.size).slice(-8)}`;
  people.set(to, createPersona(kind, seed, { habits }));
  return to;
}

let server: FakeServer;
let sim: Simulator;
let client: ReturnType<typeof simulatorTwilioClient>;
const clock = new SimulatedClock('2025-03-03T09:00:00+08:00', { auto: true });

beforeAll(async () => {
  server = await startFakeServer();
  sim = await startSimulator({
    publicUrl: server.publicUrl,
    authToken: AUTH_TOKEN,
    accountSid: ACCOUNT_SID,
    personas: (to) => people.get(to) ?? createPersona('satisfied', 0),
    clock,
    seed: 42,
    log: () => undefined,
  });
  client = simulatorTwilioClient(sim.baseUrl, ACCOUNT_SID, AUTH_TOKEN);
});

afterAll(async () => {
  await sim?.stop();
  await server?.close();
});

async function place(to: string, extra: Record<string, unknown> = {}, a = to.slice(-4)) {
  const call = await client.calls.create({
    to,
    from: FROM,
    url: `${server.publicUrl}/twilio/voice?a=${a}&t=0`,
    statusCallback: `${server.publicUrl}/twilio/status`,
    statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
    ...extra,
  });
  await sim.idle();
  const simCall = sim.call(call.sid);
  if (!simCall) throw new Error('call not in the log');
  const statuses = server.on('/twilio/status').filter((r) => r.params.CallSid === call.sid);
  const voice = server.on('/twilio/voice').filter((r) => r.params.CallSid === call.sid);
  return { call, simCall, statuses, voice };
}

describe('REST API through the real twilio SDK', () => {
  it('creates and fetches a call shaped like Twilio’s', async () => {
    const to = person('satisfied', 3);
    const { call, simCall } = await place(to);
    expect(call.sid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(call.status).toBe('queued');
    expect(call.direction).toBe('outbound-api');
    expect(call.accountSid).toBe(ACCOUNT_SID);
    expect(call.dateCreated).toBeInstanceOf(Date);
    const fetched = await client.calls(call.sid).fetch();
    expect(fetched.status).toBe('completed');
    expect(Number(fetched.duration)).toBe(simCall.durationSec);
    expect(fetched.startTime).toBeInstanceOf(Date);
  });

  it('rejects a wrong auth token and a bad number with Twilio error codes', async () => {
    const bad = simulatorTwilioClient(sim.baseUrl, ACCOUNT_SID, 'wrong');
    await expect(bad.calls.create({ to: '+8613800000000', from: FROM, url: 'http://x/y' })).rejects.toMatchObject({ status: 401, code: 20003 });
    await expect(client.calls.create({ to: 'not-a-number', from: FROM, url: 'http://x/y' })).rejects.toMatchObject({ status: 400, code: 21211 });
    await expect(client.calls('CA' + '0'.repeat(32)).fetch()).rejects.toMatchObject({ status: 404 });
  });

  it('lists calls', async () => {
    const page = await client.calls.list({ limit: 5 });
    expect(page.length).toBeGreaterThan(0);
  });
});

describe('simulated calls drive the webhooks, signed like Twilio', () => {
  it('a full call with gathers: status callbacks, speech and keys, recording callback', async () => {
    const to = person('satisfied', 7, { keypad: 0.5 });
    const { simCall, statuses, voice } = await place(to, {
      record: true,
      recordingStatusCallback: `${server.publicUrl}/twilio/recording`,
      machineDetection: 'Enable',
      asyncAmd: 'true',
      asyncAmdStatusCallback: `${server.publicUrl}/twilio/amd`,
    });
    expect(statuses.map((s) => s.params.CallStatus)).toEqual(['initiated', 'ringing', 'in-progress', 'completed']);
    expect(statuses.at(-1)?.params.CallDuration).toBe(String(simCall.durationSec));
    expect(simCall.durationSec).toBeGreaterThan(10);
    // greeting + identity, convenient, satisfaction, then closing
    expect(voice.length).toBe(4);
    expect(voice[0]?.url).toContain('/twilio/voice?a=');
    for (const v of voice.slice(1)) {
      const p = v.params;
      expect(p.SpeechResult !== undefined || p.Digits !== undefined).toBe(true);
      if (p.SpeechResult !== undefined) expect(Number(p.Confidence)).toBeGreaterThan(0.5);
    }
    expect(voice[1]?.url).toMatch(/t=1$/);
    expect(simCall.endReason).toBe('hangup-verb');
    expect(simCall.turns.map((t) => t.heard)).toEqual([
      expect.stringContaining('本人吗'),
      expect.stringContaining('方便吗'),
      expect.stringContaining('满意吗'),
    ]);
    const amd = server.on('/twilio/amd').filter((r) => r.params.CallSid === simCall.sid);
    expect(amd.map((r) => r.params.AnsweredBy)).toEqual(['human']);
    const rec = server.on('/twilio/recording').filter((r) => r.params.CallSid === simCall.sid);
    expect(rec).toHaveLength(1);
    expect(rec[0]?.params).toMatchObject({ RecordingStatus: 'completed', RecordingSid: expect.stringMatching(/^RE[0-9a-f]{32}$/) });
    const url = rec[0]!.params.RecordingUrl!;
    expect(url.startsWith(sim.baseUrl + '/recordings/RE')).toBe(true);
    for (const u of [url, url + '.wav']) {
      const res = await fetch(u);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('audio');
      const wav = Buffer.from(await res.arrayBuffer());
      expect(Math.round(wavDuration(wav))).toBe(Number(rec[0]!.params.RecordingDuration));
    }
  });

  it('every request the simulator sent carries a valid X-Twilio-Signature', () => {
    expect(server.received.length).toBeGreaterThan(10);
    expect(server.received.filter((r) => !r.valid)).toEqual([]);
  });

  it('a dissatisfied customer gives the reason', async () => {
    const to = person('dissatisfied', 11, { keypad: 0 });
    const { simCall, voice } = await place(to);
    expect(voice.map((v) => v.params.SpeechResult ?? v.params.Digits).slice(1)).toEqual([
      expect.any(String),
      expect.any(String),
      expect.stringMatching(/不.*满意/),
      simCall.turns[3]?.reply.kind === 'speech' ? (simCall.turns[3].reply as { text: string }).text : '',
    ]);
    expect(simCall.turns[3]?.heard).toContain('原因');
  });

  it('silence: no action post, the call follows the <Redirect> after the Gather', async () => {
    const to = person('silent', 5);
    const { simCall, voice } = await place(to);
    expect(voice.every((v) => v.params.SpeechResult === undefined && v.params.Digits === undefined)).toBe(true);
    expect(voice.slice(1).every((v) => v.url.includes('noinput=1'))).toBe(true);
    expect(simCall.turns.every((t) => t.reply.kind === 'silence')).toBe(true);
    expect(simCall.status).toBe('completed');
  });

  it('hang-up half-way: no webhook after the hang-up, completed status', async () => {
    const to = person('hang_up', 2, { hangUpAtTurn: 1 });
    const { simCall, voice, statuses } = await place(to);
    expect(voice).toHaveLength(2);
    expect(simCall.endReason).toBe('customer-hangup');
    expect(statuses.at(-1)?.params.CallStatus).toBe('completed');
  });

  it('no answer and busy line', async () => {
    const na = await place(person('no_answer', 1), { timeout: 30 });
    expect(na.statuses.map((s) => s.params.CallStatus)).toEqual(['initiated', 'ringing', 'no-answer']);
    expect(na.voice).toHaveLength(0);
    expect(na.statuses.at(-1)?.params.CallDuration).toBe('0');
    const busy = await place(person('busy_line', 1));
    expect(busy.statuses.map((s) => s.params.CallStatus)).toEqual(['initiated', 'ringing', 'busy']);
    const fetched = await client.calls(busy.call.sid).fetch();
    expect(fetched.status).toBe('busy');
  });

  it('answering machine: AnsweredBy machine_start by asyncAmd, then silence', async () => {
    const { simCall } = await place(person('machine', 1), {
      machineDetection: 'Enable',
      asyncAmd: 'true',
      asyncAmdStatusCallback: `${server.publicUrl}/twilio/amd`,
    });
    const amd = server.on('/twilio/amd').filter((r) => r.params.CallSid === simCall.sid);
    expect(amd).toHaveLength(1);
    expect(amd[0]?.params).toMatchObject({ AnsweredBy: 'machine_start', AccountSid: ACCOUNT_SID });
    expect(simCall.answeredBy).toBe('machine_start');
    // Synchronous AMD puts AnsweredBy on the first TwiML request instead.
    const sync = await place(person('machine', 2), { machineDetection: 'Enable' });
    expect(sync.voice[0]?.params.AnsweredBy).toBe('machine_start');
  });

  it('asks for a human: <Dial> with an action gets DialCallStatus', async () => {
    const { simCall, voice } = await place(person('human', 1, { keypad: 0 }));
    expect(simCall.transfers[0]).toMatchObject({ verb: 'Dial' });
    expect(voice.at(-1)?.params).toMatchObject({ DialCallStatus: 'completed' });
  });

  it('duplicated status callbacks: each twice, same signature', async () => {
    const { statuses } = await place(person('satisfied', 9, { duplicateCallbacks: true }));
    expect(statuses.map((s) => s.params.CallStatus)).toEqual([
      'initiated', 'initiated', 'ringing', 'ringing', 'in-progress', 'in-progress', 'completed', 'completed',
    ]);
    expect(statuses[0]?.signature).toBe(statuses[1]?.signature);
    expect(statuses.every((s) => s.valid)).toBe(true);
  });

  it('late status callbacks: the final one comes after the call, progress ones after it', async () => {
    const { statuses, voice, simCall } = await place(person('satisfied', 10, { lateCallbacks: true }));
    expect(statuses.map((s) => s.params.CallStatus)).toEqual(['completed', 'initiated', 'ringing', 'in-progress']);
    expect(statuses[0]!.at).toBeGreaterThanOrEqual(voice.at(-1)!.at);
    const completedReq = simCall.requests.find((r) => r.kind === 'status' && r.params.CallStatus === 'completed');
    expect(new Date(completedReq!.at).getTime() - new Date(simCall.endedAt!).getTime()).toBeGreaterThanOrEqual(30_000);
  });

  it('a webhook error uses the fallback URL with ErrorCode 11200', async () => {
    const { simCall } = await place(person('satisfied', 12), {
      url: `${server.publicUrl}/nowhere`,
      fallbackUrl: `${server.publicUrl}/twilio/voice?a=fb&t=0`,
    });
    const fb = simCall.requests.find((r) => r.kind === 'fallback');
    expect(fb?.params).toMatchObject({ ErrorCode: '11200' });
    expect(simCall.turns.length).toBeGreaterThan(0);
  });

  it('hang up through the API (calls(sid).update({status: completed}))', async () => {
    const to = person('satisfied', 13, { ringSeconds: 20 });
    const call = await client.calls.create({ to, from: FROM, url: `${server.publicUrl}/twilio/voice?a=x&t=0` });
    await client.calls(call.sid).update({ status: 'completed' });
    await sim.idle();
    expect(['canceled', 'completed']).toContain(sim.call(call.sid)?.status);
  });
});

describe('SMS', () => {
  it('delivers an outbound SMS, posts status callbacks, and the customer’s reply to /twilio/sms', async () => {
    const to = person('dissatisfied', 21);
    const msg = await client.messages.create({
      to,
      from: FROM,
      body: '您好，您的宽带已安装完成。请问您对服务满意吗？满意回复1，不满意回复2。',
      statusCallback: `${server.publicUrl}/twilio/sms-status`,
    });
    expect(msg.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(msg.status).toBe('queued');
    await sim.idle();
    const st = server.on('/twilio/sms-status').filter((r) => r.params.MessageSid === msg.sid);
    expect(st.map((r) => r.params.MessageStatus)).toEqual(['sent', 'delivered']);
    const inbound = server.on('/twilio/sms').filter((r) => r.params.From === to);
    expect(inbound.length).toBeGreaterThanOrEqual(1);
    expect(inbound[0]?.params).toMatchObject({ To: FROM, MessageSid: expect.stringMatching(/^SM/), SmsStatus: 'received' });
    expect(inbound[0]?.params.Body).toMatch(/2|不满意/);
    // The server's <Message> answer went back to the customer.
    expect(sim.messages.some((m) => m.direction === 'outbound-api' && m.to === to && m.body.startsWith('感谢'))).toBe(true);
    expect((await client.messages(msg.sid).fetch()).status).toBe('delivered');
    expect(inbound.every((r) => r.valid)).toBe(true);
  });

  it('a customer texts first', async () => {
    await sim.inboundSms('+8613900000001', FROM, 'TD');
    const r = server.on('/twilio/sms').find((x) => x.params.From === '+8613900000001');
    expect(r?.params.Body).toBe('TD');
    expect(r?.valid).toBe(true);
  });
});

describe('conferences through the real twilio SDK', () => {
  it('a participant rung in by friendly name creates the conference; a muted listener joins by SID; events are signed', async () => {
    const agent = person('satisfied', 21, { ringSeconds: 4 });
    const boss = person('satisfied', 22, { ringSeconds: 3 });
    const cb = `${server.publicUrl}/twilio/status`;
    const p = await client.conferences('hf-sim-1').participants.create({
      from: FROM, to: agent, label: 'agent:u1', startConferenceOnEnter: true, endConferenceOnExit: true, beep: 'false', timeout: 20,
      statusCallback: cb, statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
      conferenceStatusCallback: cb, conferenceStatusCallbackEvent: ['start', 'end', 'join', 'leave'],
    });
    expect(p.callSid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(p.label).toBe('agent:u1');
    const conf = sim.conference('hf-sim-1')!;
    expect(conf.sid).toMatch(/^CF[0-9a-f]{32}$/);
    // Unknown SIDs are 404, like Twilio.
    await expect(client.conferences('CF' + '0'.repeat(32)).participants.create({ from: FROM, to: boss })).rejects.toMatchObject({ status: 404 });
    // Wait until the agent is in, then a muted listener joins by SID.
    while (!conf.participants.length) await clock.sleep(1000);
    const l = await client.conferences(conf.sid).participants.create({ from: FROM, to: boss, label: 'listener:u2', muted: true, beep: 'false', startConferenceOnEnter: false, endConferenceOnExit: false });
    await sim.idle();
    expect(conf.participants.map((x) => [x.label, x.muted])).toEqual([['agent:u1', false], ['listener:u2', true]]);
    expect(conf.status).toBe('completed');
    expect(conf.reasonEnded).toBe('participant-with-end-conference-on-exit-left');
    expect(sim.call(l.callSid)?.status).toBe('completed');
    const events = server.on('/twilio/status').filter((r) => r.params.ConferenceSid === conf.sid).map((r) => [r.params.StatusCallbackEvent, r.params.ParticipantLabel ?? '']);
    expect(events).toEqual([
      ['participant-join', 'agent:u1'],
      ['conference-start', ''],
      ['participant-join', 'listener:u2'],
      ['participant-leave', 'agent:u1'],
      ['participant-leave', 'listener:u2'],
      ['conference-end', ''],
    ]);
    const legs = server.on('/twilio/status').filter((r) => r.params.CallSid === p.callSid && r.params.CallStatus).map((r) => r.params.CallStatus);
    expect(legs).toEqual(['initiated', 'ringing', 'in-progress', 'completed']);
    expect((await client.conferences(conf.sid).fetch()).status).toBe('completed');
  });
});

describe('determinism', () => {
  it('the same personas and seed give the same conversation', async () => {
    const run = async () => {
      const to = person('dissatisfied', 77);
      const { simCall } = await place(to, {}, 'det');
      return simCall.turns.map((t) => t.reply);
    };
    expect(await run()).toEqual(await run());
  });
});

describe('signatures, after every scenario above', () => {
  it('every request the simulator sent in this file was validly signed', () => {
    expect(server.received.length).toBeGreaterThan(100);
    expect(server.received.filter((r) => !r.valid).map((r) => r.url)).toEqual([]);
    // and a wrong token would have been caught
    expect(server.received.every((r) => r.signature.length === 28)).toBe(true);
  });
});
