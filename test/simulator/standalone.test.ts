/**
 * The standalone simulator as an operator runs it: `node bin/huifang.js simulator` as a real
 * child process, and the real server (startServer with every surface, PGlite in memory)
 * configured only through settings: TWILIO_API_BASE at the simulator, test credentials, and
 * PUBLIC_URL where the simulator reaches the server. A call placed through the server's
 * provider (the real Twilio SDK) rings a seeded persona; its webhooks arrive signed; the call
 * and the callback complete. Then `GET /simulator/stats`, duplicate dials included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCallback } from '../../src/channels/twilio/voice.js';
import { SURFACES } from '../../src/server/surfaces.js';
import { locateRecording, resolveRecordingRef } from '../../src/server/workspace/recording.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { loadConfig } from '../../src/shared/config.js';
import { mixWithAnswerRate, personasByNumber, simulatorTwilioClient, type SimStats } from '../../src/simulator/index.js';
import { openStore, type Store } from '../../src/store/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SID = 'AC' + '5a'.repeat(16);
const TOKEN = 'standalone-simulator-token';
const FROM = '+861069000000';
const SEED = 5;

interface Seen {
  path: string;
  url: string;
  params: Record<string, string>;
  valid: boolean;
  status?: number;
}

let store: Store;
let server: RunningServer;
let sim: { child: ChildProcess; url: string; out: string[]; exit: Promise<[number | null, NodeJS.Signals | null]> };
const seen: Seen[] = [];
let publicUrl = '';

/** A free port for the server: PUBLIC_URL must be known before the simulator starts. */
async function freePort(): Promise<number> {
  const s = net.createServer();
  s.listen(0, '127.0.0.1');
  await once(s, 'listening');
  const port = (s.address() as net.AddressInfo).port;
  s.close();
  await once(s, 'close');
  return port;
}

/** Spawn `huifang simulator` and wait for its start line. */
async function spawnSimulator(args: string[], env: Record<string, string>): Promise<typeof sim> {
  const child = spawn(process.execPath, ['bin/huifang.js', 'simulator', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: string[] = [];
  const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let buf = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      buf += d.toString('utf8');
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        out.push(line);
        const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(line);
        if (m?.[1]) resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exit.then(([code]) => reject(new Error(`simulator exited (${code}) before listening: ${out.join('\n')}${buf}`)));
  });
  return { child, url, out, exit };
}

const stats = async (): Promise<SimStats> => (await (await fetch(`${sim.url}/simulator/stats`)).json()) as SimStats;

/** Poll until `done` (no timing is asserted: the deadline only stops a hung test). */
async function until<T>(what: string, get: () => Promise<T>, done: (v: T) => boolean, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (done(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A number whose seeded persona (as the simulator draws it) is of `kind`. */
function numberOf(kind: string, skip = new Set<string>()): string {
  const persona = personasByNumber(SEED, {}, mixWithAnswerRate(1));
  for (let i = 0; i < 10_000; i++) {
    const n = `+86139${String(10_000_000 + i * 7919).slice(-8)}`;
    if (!skip.has(n) && persona(n).kind === kind) return n;
  }
  throw new Error(`no ${kind} number`);
}

/** Records every /twilio/* request the server receives and checks its signature independently. */
async function recorder(app: FastifyInstance): Promise<void> {
  app.addHook('preHandler', async (req) => {
    if (!req.url.startsWith('/twilio/')) return;
    const params = { ...((req.body ?? {}) as Record<string, string>) };
    const url = publicUrl + req.url;
    const sig = String(req.headers['x-twilio-signature'] ?? '');
    seen.push({ path: req.url.split('?')[0] ?? '', url, params, valid: twilio.validateRequest(TOKEN, sig, url, params) });
  });
  app.addHook('onResponse', async (req, reply) => {
    const s = [...seen].reverse().find((x) => x.url === publicUrl + req.url && x.status === undefined);
    if (s) s.status = reply.statusCode;
  });
}

beforeAll(async () => {
  const port = await freePort();
  publicUrl = `http://127.0.0.1:${port}`;
  sim = await spawnSimulator(['--port', '0', '--seed', String(SEED), '--answer-rate', '1', '--speed', '10'], {
    TWILIO_ACCOUNT_SID: SID,
    TWILIO_AUTH_TOKEN: TOKEN,
    PUBLIC_URL: publicUrl,
    LOG_LEVEL: 'info',
    HUIFANG_DATA_DIR: path.join(os.tmpdir(), `huifang-sim-test-${process.pid}`),
  });
  store = await openStore({ dataDir: 'memory://' });
  // Only settings: the provider is built from them (TWILIO_API_BASE -> the simulator).
  const config = loadConfig({
    PUBLIC_URL: publicUrl,
    TWILIO_ACCOUNT_SID: SID,
    TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_FROM: FROM,
    TWILIO_API_BASE: sim.url,
    LOG_LEVEL: 'silent',
    HUIFANG_DATA_DIR: 'memory://',
  });
  server = await startServer({ port, host: '127.0.0.1', config, store, logLevel: 'silent', surfaces: [recorder, ...SURFACES] });
});

afterAll(async () => {
  if (sim?.child.exitCode === null) sim.child.kill('SIGKILL');
  await server?.close();
  await store?.close();
});

describe('huifang simulator as its own process, serve through TWILIO_API_BASE', () => {
  let phone = '';

  it('places a call through the real Twilio SDK; the signed webhooks arrive; the call and the callback complete', async () => {
    phone = numberOf('satisfied');
    const tenant = await store.tenants.ensureDefault();
    const dialog = server.deps.dialogs.get('telecom-install');
    const wo = await store.workOrders.upsert({
      tenantId: tenant.id,
      externalId: 'WO-standalone-1',
      kind: 'install',
      finishedAt: store.now(),
      customer: { name: '张先生', phones: [phone.replace('+86', '')] },
      engineer: '李师傅',
    });
    const { callback } = await store.callbacks.create({ tenantId: tenant.id, workOrderId: wo.id, dialogId: dialog.spec.id, dialogVersion: dialog.spec.version, campaign: 'standalone' });
    const started = await startCallback(server.deps, { callbackId: callback.id, channel: 'voice' });
    expect(started.providerId).toMatch(/^CA[0-9a-f]{32}$/);

    const done = await until('the callback to finish', () => store.callbacks.get(callback.id), (c) => c?.status === 'completed');
    expect(done?.status).toBe('completed');
    const answers = await store.results.answers(callback.id);
    expect(answers.map((a) => a.stepId)).toEqual(expect.arrayContaining(['identity', 'satisfaction']));

    // The simulator's side: the call ended, completed; nothing failed.
    const s = await until('the call to end in the simulator', stats, (x) => x.live === 0 && x.byStatus.completed === 1);
    expect(s).toMatchObject({ calls: 1, inProgress: 0, duplicateDials: 0, webhooks: { failed: 0 } });

    // The server's side: every webhook the call names arrived, signed with TWILIO_AUTH_TOKEN, and was accepted.
    const mine = seen.filter((r) => r.params.CallSid === started.providerId);
    const paths = new Set(mine.map((r) => r.path));
    for (const p of ['/twilio/voice', '/twilio/status', '/twilio/amd', '/twilio/recording']) expect(paths).toContain(p);
    expect(mine.filter((r) => r.path === '/twilio/status').map((r) => r.params.CallStatus)).toEqual(['initiated', 'ringing', 'in-progress', 'completed']);
    expect(mine.filter((r) => !r.valid)).toEqual([]);
    await until('the last response', async () => mine.filter((r) => r.status === undefined).length, (n) => n === 0, 10_000);
    expect(mine.filter((r) => (r.status ?? 0) >= 300).map((r) => `${r.path} ${r.status}`)).toEqual([]);

    // The recording: the workspace resolves the stored RecordingSid under TWILIO_API_BASE and
    // fetches it there with the account's Basic auth (as sendRecording does).
    const attempt = (await store.callbacks.attempts(callback.id)).find((a) => a.providerId === started.providerId)!;
    expect(attempt.recordingRef).toMatch(/^RE[0-9a-f]{32}$/);
    const ref = resolveRecordingRef(server.deps, attempt);
    expect(ref.startsWith(`${sim.url}/2010-04-01/Accounts/${SID}/Recordings/RE`)).toBe(true);
    const where = locateRecording(server.deps, ref);
    expect(where.kind).toBe('twilio');
    const wav = await fetch(`${ref}.wav`, { headers: { authorization: `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}` } });
    expect(wav.status).toBe(200);
    expect(wav.headers.get('content-type')).toContain('audio');
    expect(() => locateRecording(server.deps, 'http://127.0.0.1:1/2010-04-01/Accounts/x/Recordings/RE1')).toThrow();

    // The simulator logged the call, the number masked and never in full.
    const log = await until('the call line', async () => sim.out.join('\n'), (t) => t.includes('call ended'), 10_000);
    const digits = phone.replace('+86', '');
    expect(log).toContain(`${digits.slice(0, 3)}****${digits.slice(-4)}`);
    expect(log).not.toContain(digits);
    expect(log).toMatch(/"persona":"satisfied"/);
  });

  it('/simulator/stats counts calls, calls in progress, messages and duplicate dials', async () => {
    const client = simulatorTwilioClient(sim.url, SID, TOKEN);
    // Credentials are checked: a wrong token is Twilio's 401 (code 20003).
    await expect(simulatorTwilioClient(sim.url, SID, 'wrong-token').calls.list({ limit: 1 })).rejects.toMatchObject({ status: 401, code: 20003 });
    const before = await stats();
    const other = numberOf('satisfied', new Set([phone]));
    // TwiML that keeps the customer on the line until the test hangs up (a hang-up is noticed between verbs).
    const twiml = '<Response><Pause length="2"/><Redirect/></Response>';
    const first = await client.calls.create({ to: phone, from: FROM, twiml });
    await until('the first call to be answered', stats, (x) => x.inProgress === 1);
    const second = await client.calls.create({ to: phone, from: FROM, twiml });
    const third = await client.calls.create({ to: other, from: FROM, twiml });
    await client.messages.create({ to: other, from: FROM, body: '您好，这是一条测试短信。' });
    const during = await stats();
    expect(during.calls).toBe(before.calls + 3);
    expect(during.duplicateDials).toBe(before.duplicateDials + 1);
    expect(during.live).toBe(3);
    expect(during.messages).toBeGreaterThanOrEqual(before.messages + 1);
    for (const c of [first, second, third]) await client.calls(c.sid).update({ status: 'completed' });
    const after = await until('every call to end', stats, (x) => x.live === 0);
    expect(after).toMatchObject({ calls: before.calls + 3, inProgress: 0, duplicateDials: before.duplicateDials + 1 });
    // Calling a number again once its call has ended is not a duplicate dial.
    const again = await client.calls.create({ to: phone, from: FROM, twiml: '<Response><Hangup/></Response>' });
    const last = await until('the last call to end', stats, (x) => x.live === 0 && x.calls === after.calls + 1);
    expect(last.duplicateDials).toBe(after.duplicateDials);
    expect((await client.calls(again.sid).fetch()).status).toBe('completed');
  });

  it('stops cleanly on SIGTERM', async () => {
    sim.child.kill('SIGTERM');
    const [code] = await sim.exit;
    expect(code).toBe(0);
    expect(sim.out.join('\n')).toContain('huifang simulator stopped');
  });
});
