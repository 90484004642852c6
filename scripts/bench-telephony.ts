/**
 * Telephony benchmark: N concurrent simulated calls (default 1000) through the real server
 * (embedded mode: PGlite, the Twilio surface, the telecom-install dialog) against the
 * built-in Twilio simulator, beside a bare Fastify route answering static TwiML on the same
 * machine. Reports webhook latency p50/p99 (as the simulator measured it, like Twilio
 * would), turns per second and the ratios huifang/bare.
 *
 *   node --import tsx scripts/bench-telephony.ts [--calls 1000] [--seed 1] [--only bare|huifang] [--json]
 *
 * Calls are placed 50 at a time (all of them run concurrently once placed).
 *
 * Everything runs in one process (simulator, bare server, Huifang), on a simulated clock
 * that jumps over rings and speech: the figures are server cost, not call length.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import formbody from '@fastify/formbody';
import Fastify from 'fastify';
import { createPersona, SimulatedClock, simulatorTwilioClient, startSimulator, type Simulator } from '../src/simulator/index.js';

const { values: args } = parseArgs({
  options: {
    calls: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const N = Number(args.calls);
const SEED = Number(args.seed);
const SID = 'AC' + 'be7c'.repeat(8);
const TOKEN = 'bench-telephony-token';
const FROM = '+861069000000';
const PUBLIC_URL = 'https://huifang.bench.example';
/** Calls being placed at once (they all run concurrently once placed). */
const PLACE_CONCURRENCY = 50;

interface Figures {
  name: string;
  calls: number;
  completed: number;
  seconds: number;
  turns: number;
  turnsPerSec: number;
  voiceP50: number;
  voiceP99: number;
  statusP50: number;
  statusP99: number;
  failedRequests: number;
  /** kind/status -> count, e.g. "status/0" (0: no answer within 15 s or connection error). */
  failures: string;
}

/** Run `fn` over `items` with at most `limit` at a time (placing 1000 calls at once overflows accept queues). */
async function pool<T, R>(items: T[], limit: number, fn: (x: T, i: number) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const out: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      try {
        out[i] = { status: 'fulfilled', value: await fn(items[i] as T, i) };
      } catch (reason) {
        out[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function pct(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

function figures(name: string, sim: Simulator, seconds: number): Figures {
  const reqs = sim.calls.flatMap((c) => c.requests);
  const voice = reqs.filter((r) => r.kind === 'twiml' || r.kind === 'gather' || r.kind === 'redirect').map((r) => r.ms);
  const status = reqs.filter((r) => r.kind === 'status').map((r) => r.ms);
  const turns = sim.calls.reduce((s, c) => s + c.turns.length, 0);
  return {
    name,
    calls: sim.calls.length,
    completed: sim.calls.filter((c) => c.status === 'completed' && c.endReason !== 'error').length,
    seconds: round(seconds),
    turns,
    turnsPerSec: round(turns / seconds),
    voiceP50: round(pct(voice, 50)),
    voiceP99: round(pct(voice, 99)),
    statusP50: round(pct(status, 50)),
    statusP99: round(pct(status, 99)),
    failedRequests: reqs.filter((r) => r.status === 0 || r.status >= 300).length,
    failures: Object.entries(
      reqs
        .filter((r) => r.status === 0 || r.status >= 300)
        .reduce<Record<string, number>>((acc, r) => {
          const k = `${r.kind}/${r.status}${r.status === 0 ? (r.body.includes('timeout') ? ' timeout' : ' error') : ''}`;
          acc[k] = (acc[k] ?? 0) + 1;
          return acc;
        }, {}),
    )
      .map(([k, n]) => `${k}: ${n}`)
      .join(', '),
  };
}

const round = (x: number): number => Math.round(x * 10) / 10;
/** The same customers for both runs: satisfied, half speech and half keys. */
const persona = (to: string) => createPersona('satisfied', SEED * 100_000 + Number(to.slice(-6)), { habits: { keypad: 0.5, duplicateCallbacks: false } });
const phone = (i: number): string => `+86138${String(i).padStart(8, '0')}`;

/** A bare Fastify app answering the telecom-install prompts as static TwiML. */
async function bare(): Promise<Figures> {
  const app = Fastify({ logger: false });
  await app.register(formbody);
  const asks = [
    '请问您是张先生本人吗？是请说“是”或按1，不是请按2。',
    '您今天办理的宽带安装已经完工，想占用您一分钟做个回访，现在方便吗？方便请按1，不方便请按2。',
    '请问您对这次宽带安装服务满意吗？非常满意请按1，满意请按2，不满意请按3。',
  ];
  app.post('/twilio/voice', async (req, reply) => {
    const t = Number((req.query as { t?: string }).t ?? 0);
    const a = (req.query as { a?: string }).a ?? '';
    reply.type('text/xml');
    if (t >= asks.length) return '<?xml version="1.0" encoding="UTF-8"?><Response><Say>感谢您对中国电信的支持，祝您生活愉快，再见！</Say><Hangup/></Response>';
    return `<?xml version="1.0" encoding="UTF-8"?><Response><Gather input="speech dtmf" action="/twilio/voice?a=${a}&amp;t=${t + 1}" language="cmn-Hans-CN"><Say>${asks[t]}</Say></Gather><Redirect>/twilio/voice?a=${a}&amp;t=${t}</Redirect></Response>`;
  });
  app.post('/twilio/status', async (_req, reply) => reply.code(204).send());
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const sim = await startSimulator({
    publicUrl: PUBLIC_URL,
    deliverTo: address,
    authToken: TOKEN,
    accountSid: SID,
    personas: persona,
    clock: new SimulatedClock('2025-03-03T10:00:00+08:00', { auto: true }),
    seed: SEED,
    log: () => undefined,
  });
  const client = simulatorTwilioClient(sim.baseUrl, SID, TOKEN);
  const t0 = performance.now();
  await pool(Array.from({ length: N }, (_, i) => i), PLACE_CONCURRENCY, (i) =>
    client.calls.create({
      to: phone(i),
      from: FROM,
      url: `${PUBLIC_URL}/twilio/voice?a=bare${i}&t=0`,
      statusCallback: `${PUBLIC_URL}/twilio/status`,
      statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
    }),
  );
  await sim.idle();
  const f = figures('bare Fastify, static TwiML', sim, (performance.now() - t0) / 1000);
  await sim.stop();
  await app.close();
  return f;
}

/** The real server, embedded mode, telecom-install by voice. */
async function huifang(): Promise<Figures> {
  // Imported here so the bare run works even when the server side is missing.
  const [{ twilioSurface }, { createTwilioProvider, startCallback }, { loadRegistry }, { interpret }, { buildApp }, { loadConfig }, { openStore }] =
    await Promise.all([
      import('../src/channels/twilio/surface.js'),
      import('../src/channels/twilio/voice.js'),
      import('../src/engine/registry.js'),
      import('../src/nlu/index.js'),
      import('../src/server/app.js'),
      import('../src/shared/config.js'),
      import('../src/store/index.js'),
    ]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'huifang-bench-tel-'));
  const clock = new SimulatedClock('2025-03-03T10:00:00+08:00', { auto: true });
  const store = await openStore({ dataDir: path.join(dir, 'db'), now: () => clock.now() });
  const sim = await startSimulator({
    publicUrl: PUBLIC_URL,
    authToken: TOKEN,
    accountSid: SID,
    personas: persona,
    clock,
    seed: SEED,
    log: () => undefined,
  });
  const config = loadConfig({ PUBLIC_URL, TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: FROM, RECORD_CALLS: 'false', LOG_LEVEL: 'silent', HUIFANG_DATA_DIR: dir });
  const deps = {
    store,
    config,
    dialogs: loadRegistry(),
    interpret,
    now: () => clock.now(),
    services: { twilio: createTwilioProvider({ accountSid: SID, authToken: TOKEN, from: FROM, baseUrl: sim.baseUrl }) },
  };
  const app = await buildApp(deps, { logLevel: 'silent', surfaces: [twilioSurface] });
  sim.setDeliverTo(await app.listen({ host: '127.0.0.1', port: 0 }));

  const tenant = await store.tenants.ensureDefault();
  const dialog = deps.dialogs.get('telecom-install');
  const ids: string[] = [];
  for (let i = 0; i < N; i++) {
    const wo = await store.workOrders.upsert({
      tenantId: tenant.id,
      externalId: `WO-bench-${i}`,
      kind: 'install',
      finishedAt: store.now(),
      customer: { name: '张先生', phones: [phone(i)] },
      engineer: '李师傅',
    });
    const { callback } = await store.callbacks.create({ tenantId: tenant.id, workOrderId: wo.id, dialogId: dialog.spec.id, dialogVersion: dialog.spec.version, campaign: 'bench' });
    ids.push(callback.id);
  }
  const t0 = performance.now();
  const started = await pool(ids, PLACE_CONCURRENCY, (callbackId) => startCallback(deps, { callbackId, channel: 'voice' }));
  await sim.idle();
  const f = figures('Huifang (embedded, telecom-install)', sim, (performance.now() - t0) / 1000);
  const refused = started.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (refused.length > 0) {
    const reasons = new Map<string, number>();
    for (const r of refused) {
      const msg = String((r.reason as Error)?.message ?? r.reason);
      reasons.set(msg, (reasons.get(msg) ?? 0) + 1);
    }
    console.error(`${refused.length} calls could not be placed:`, [...reasons].slice(0, 5));
  }
  await sim.stop();
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return f;
}

const results: Figures[] = [];
if (args.only !== 'huifang') results.push(await bare());
if (args.only !== 'bare') {
  try {
    results.push(await huifang());
  } catch (e) {
    console.error(`huifang run failed: ${(e as Error).stack ?? String(e)}`);
  }
}

if (args.json) {
  console.log(JSON.stringify({ calls: N, seed: SEED, results }, null, 2));
} else {
  console.log(`telephony bench: ${N} concurrent calls, seed ${SEED}, node ${process.version}, ${os.cpus().length} CPUs`);
  console.table(results);
  const [b, h] = results;
  if (b && h) {
    console.log(`ratio huifang/bare: voice webhook p50 ×${round(h.voiceP50 / Math.max(0.1, b.voiceP50))}, p99 ×${round(h.voiceP99 / Math.max(0.1, b.voiceP99))}; turns/s ${round((h.turnsPerSec / b.turnsPerSec) * 100)}% of bare`);
  }
}
