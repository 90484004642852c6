/**
 * The main job, end to end, on embedded defaults: a realistic day of work orders for a
 * telecom and a heating company is generated from a seed and taken in through intake; the
 * contact policy plans the callbacks; the scheduler runs them on a compressed simulated
 * clock through the real job queue (pg-boss), the real server (Fastify, signed Twilio
 * webhooks) and the Twilio-compatible simulator of customers; answers, scores, escalations
 * and write-back events land in the store; a summary is printed.
 */
import { mkdirSync } from 'node:fs';
import { DateTime } from 'luxon';
import { createTwilioProvider } from '../channels/twilio/provider.js';
import { runSmsDueActions } from '../channels/twilio/sms.js';
import { loadRegistry } from '../engine/registry.js';
import { drainOutbox } from '../results/outbox.js';
import { satisfactionRate } from '../results/reports/compute.js';
import { startServer } from '../server/start.js';
import { loadConfig } from '../shared/config.js';
import { personasByNumber, SimulatedClock, startSimulator } from '../simulator/index.js';
import { openStore } from '../store/index.js';
import { generateWorkOrders } from '../campaigns/generate.js';
import { ingestWorkOrders } from '../campaigns/intake.js';
import { insideWindow, policyWith } from '../campaigns/policy.js';
import { openQueue } from '../campaigns/queue.js';
import { aliyunContactor, providerContactor, twilioContactor } from '../channels/contactor.js';
import { aliyunSmsRuntime } from '../channels/aliyun/sms.js';
import { hash32 } from '../shared/random.js';
import type { EarlyMedia } from '../simulator/aliyun.js';
import { planNewOrders, reconcile, runContact, tick, type CampaignDeps } from '../campaigns/scheduler.js';

export interface DemoOptions {
  orders?: number;
  seed?: number;
  /** The simulated day, YYYY-MM-DD (default: today in Asia/Shanghai). */
  date?: string;
  dataDir?: string;
  /** Log every tick and the contact outcomes through `log`. */
  verbose?: boolean;
  /** Progress lines (stderr). */
  progress?: (done: number, total: number, label: string) => void;
  log?: (line: string) => void;
  /** The telephony provider calls and texts go through (default twilio): both run on the simulator. */
  provider?: 'twilio' | 'aliyun';
}

export interface DemoSummary {
  /** The telephony provider the demo ran through. */
  provider: 'twilio' | 'aliyun';
  date: string;
  orders: number;
  callbacks: number;
  calls: number;
  reached: number;
  completed: number;
  escalated: number;
  rescheduled: number;
  optedOut: number;
  smsFallbacks: number;
  humanTasks: number;
  satisfactionRate: number | null;
  callsOutsideWindow: number;
  duplicateDials: number;
  /** Extra details for the printed summary. */
  details: {
    tenants: string[];
    writeback: { delivered: number; pending: number };
    recordings: number;
    flagged: number;
    elapsedMs: number;
    /** Calls that met the carrier's early media (空号, 关机, 停机; Aliyun only). */
    earlyMedia: number;
    dataDir: string;
    audio: string | null;
  };
}

const TENANTS = [
  { id: 'demo-telecom', name: '中国电信（演示）', kind: 'telecom' as const },
  { id: 'demo-heating', name: '永恒热力（演示）', kind: 'heating' as const },
];
const DEMO_TOKEN = 'demo-auth-token-0123456789abcdef';
const DEMO_SID = `AC${'de'.repeat(16)}`; // AC + 32 hex characters, as TWILIO_ACCOUNT_SID must be
const PUBLIC_URL = 'https://huifang.demo.local';
// The Aliyun account of the demo, as the simulator knows it (docs/telephony-aliyun.md).
const ALIYUN_KEY_ID = 'LTAIdemo0123456789';
const ALIYUN_KEY_SECRET = 'demo-aliyun-access-key-secret';
const ALIYUN_TOKEN = 'demo-aliyun-callback-token-0123456789';

/** Early media of a few demo numbers: about 2% unassigned (空号), 1% switched off (关机), 1% suspended (停机). */
function demoEarlyMedia(seed: number): (to: string) => EarlyMedia | null {
  return (to) => {
    const h = hash32(`${seed}/early/${to}`) % 100;
    return h < 2 ? 'unassigned' : h < 3 ? 'powered_off' : h < 4 ? 'suspended' : null;
  };
}

/** The campaign tick: callbacks due within it are dialled together. */
const TICK_MS = 15 * 60_000;

export async function runDemo(opts: DemoOptions = {}): Promise<DemoSummary> {
  const t0 = Date.now();
  const log = opts.log ?? (() => undefined);
  // The summary is the output: per-call log lines stay quiet unless asked for.
  process.env.LOG_LEVEL ??= 'warn';
  const seed = opts.seed ?? 7;
  const total = opts.orders ?? 240;
  const date = opts.date ?? DateTime.now().setZone('Asia/Shanghai').toISODate()!;
  const dataDir = opts.dataDir ?? loadConfig().dataDir;
  mkdirSync(dataDir, { recursive: true });
  const clock = new SimulatedClock(DateTime.fromISO(`${date}T07:30:00`, { zone: 'Asia/Shanghai' }).toJSDate(), { auto: true });
  const now = () => clock.now();
  const store = await openStore({ dataDir, now });
  const run = `${date}-s${seed}-${Date.now().toString(36)}`;
  const aliyun = opts.provider === 'aliyun';
  const aliyunUrl = (path: string) => `${PUBLIC_URL}/aliyun/${path}?token=${ALIYUN_TOKEN}`;
  const sim = await startSimulator({
    ...(aliyun
      ? {
          aliyun: {
            accessKeyId: ALIYUN_KEY_ID,
            accessKeySecret: ALIYUN_KEY_SECRET,
            smartCallUrl: aliyunUrl('smartcall'),
            voiceReportUrl: aliyunUrl('voice-report'),
            smsUpUrl: aliyunUrl('sms-up'),
            earlyMedia: demoEarlyMedia(seed),
          },
        }
      : {}),
    publicUrl: PUBLIC_URL,
    authToken: DEMO_TOKEN,
    accountSid: DEMO_SID,
    personas: personasByNumber(seed),
    clock,
    dataDir,
    audio: true,
    // Real audio for the calls supervisors will review (rendering every call would take most
    // of the demo's minute): customers likely to be flagged.
    audioFor: (c) => ['dissatisfied', 'human', 'mumbler'].includes(c.persona),
  });
  const provider = createTwilioProvider({ accountSid: DEMO_SID, authToken: DEMO_TOKEN, from: '+861010000', baseUrl: sim.baseUrl });
  const base = loadConfig();
  const server = await startServer({
    port: 0,
    store,
    now,
    logLevel: 'silent',
    config: {
      ...base,
      publicUrl: PUBLIC_URL,
      twilio: { ...(base.twilio ?? {}), accountSid: DEMO_SID, authToken: DEMO_TOKEN, from: '+861010000', smsSessionHours: 24, callTimeLimitSec: 600, recordCalls: true },
      ...(aliyun
        ? {
            providers: { voice: 'aliyun' as const, sms: 'aliyun' as const },
            aliyun: {
              accessKeyId: ALIYUN_KEY_ID,
              accessKeySecret: ALIYUN_KEY_SECRET,
              calledShowNumber: '057100000000',
              callbackToken: ALIYUN_TOKEN,
              callbackAllow: [],
              smsSignName: '回访演示',
              smsTemplates: { survey: 'SMS_000000001', survey_en: 'SMS_000000002', default: 'SMS_000000003' },
              apiBase: `${sim.baseUrl}/aliyun`,
              ttsVoice: 'xiaoyun',
            },
          }
        : {}),
    },
    services: { twilio: provider },
  });
  sim.setDeliverTo(server.url);
  const queue = await openQueue(store);
  try {
    // 1. Intake: a day of work orders per tenant, through the same validation as the API.
    let orders = 0;
    for (const [i, t] of TENANTS.entries()) {
      await store.tenants.upsert({ id: t.id, name: t.name, timeZone: 'Asia/Shanghai' });
      const count = t.kind === 'telecom' ? Math.round(total * 0.6) : total - Math.round(total * 0.6);
      const rows = generateWorkOrders({ seed: seed + i, date, tenant: t.kind, count }).map((r) => ({ ...r, externalId: `${run}-${r.externalId}` }));
      const res = await ingestWorkOrders(store, t.id, rows);
      orders += res.accepted;
      if (res.rejected.length) log(`${t.id}: ${res.rejected.length} generated orders rejected: ${res.rejected[0]?.field} ${res.rejected[0]?.message}`);
    }
    const registry = loadRegistry();
    const policy = policyWith({ timeZone: 'Asia/Shanghai' });
    const deps: CampaignDeps = {
      store,
      now,
      policyFor: () => policy,
      dialogVersion: (id) => (registry.has(id) ? registry.get(id).spec.version : null),
      pacing: { callsPerSecond: 50, maxConcurrent: 60 },
    };
    const contactor = providerContactor(server.deps, {
      twilio: twilioContactor(server.deps, provider, server.deps),
      ...(aliyun ? { aliyun: aliyunContactor(server.deps, server.deps) } : {}),
    });
    // Only this run's callbacks are counted (the data folder may hold earlier runs).
    const ours = `${run}-`; // the external id prefix of this run's work orders
    // 2. Plan, then run the days: event-driven on the simulated clock.
    const end = DateTime.fromISO(`${date}T21:00:00`, { zone: 'Asia/Shanghai' }).plus({ days: 3 }).toJSDate();
    let callsOutsideWindow = 0;
    const contactOutcomes: Record<string, number> = {};
    let ticks = 0;
    const seenCalls = new Set<string>();
    for (const t of TENANTS) await planNewOrders(deps, t.id);
    const totalCallbacks = (await store.campaigns.runSummary(ours)).callbacks;
    for (let guard = 0; guard < 5000 && clock.now() < end; guard++) {
      const tr = await tick(deps, queue);
      ticks++;
      if (opts.verbose) log(`tick ${DateTime.fromJSDate(clock.now(), { zone: 'Asia/Shanghai' }).toFormat('MM-dd HH:mm')} ${JSON.stringify(tr)}`);
      // Pull the queued contact jobs and run them (a worker; `huifang worker` polls instead).
      for (;;) {
        const jobs = await queue.boss.fetch<{ callbackId: string; channel: 'voice' | 'sms' | 'chat' }>('contact', { batchSize: 50 });
        if (!jobs?.length) break;
        await Promise.all(
          jobs.map(async (j) => {
            const r = await runContact(deps, contactor, j.data);
            contactOutcomes[r] = (contactOutcomes[r] ?? 0) + 1;
            await queue.boss.complete('contact', j.id);
          }),
        );
      }
      await sim.idle();
      for (const c of sim.calls) {
        if (seenCalls.has(c.sid)) continue;
        seenCalls.add(c.sid);
        if (!insideWindow(new Date(c.createdAt), policy)) callsOutsideWindow++;
      }
      await runSmsDueActions(aliyun ? aliyunSmsRuntime(server.deps) : server.deps, clock.now());
      await reconcile(deps, contactor, 30);
      const { scheduled: open, nextActionAt } = await store.campaigns.openOfRun(ours);
      const finished = totalCallbacks - open;
      opts.progress?.(finished, totalCallbacks, DateTime.fromJSDate(clock.now(), { zone: 'Asia/Shanghai' }).toFormat('MM-dd HH:mm'));
      if (!open) break;
      // Jump to the next due step, at least one campaign tick on.
      const at = nextActionAt ? new Date(nextActionAt).getTime() : clock.now().getTime() + 600_000;
      await clock.advanceTo(Math.max(at, clock.now().getTime() + TICK_MS));
    }
    // 3. Write-back: wait for the outbox (or say what is still pending).
    if (opts.verbose) log(`ticks ${ticks}, contacts ${JSON.stringify(contactOutcomes)}`);
    const wb = await drainOutbox(store, { timeoutMs: 5000, envEndpoint: base.writeback });
    const counts = await store.campaigns.runSummary(ours);
    const summary: DemoSummary = {
      provider: aliyun ? 'aliyun' : 'twilio',
      date,
      orders,
      callbacks: totalCallbacks,
      calls: counts.calls,
      reached: counts.reached,
      completed: counts.completed,
      escalated: counts.escalated,
      rescheduled: counts.rescheduled,
      optedOut: counts.optedOut,
      smsFallbacks: counts.smsFallbacks,
      humanTasks: counts.humanTasks,
      satisfactionRate: satisfaction(counts.levels),
      callsOutsideWindow,
      // Two calls of one callback that overlap in time: a duplicate dial.
      duplicateDials: counts.duplicateDials,
      details: {
        tenants: TENANTS.map((t) => t.id),
        writeback: { delivered: wb.delivered, pending: wb.pending.length },
        recordings: sim.calls.filter((c) => c.recording).length,
        flagged: counts.flagged,
        elapsedMs: Date.now() - t0,
        earlyMedia: sim.calls.filter((c) => c.endReason?.startsWith('early-media')).length,
        dataDir,
        audio: sim.audio,
      },
    };
    return summary;
  } finally {
    await queue.stop().catch(() => undefined);
    await server.close();
    await sim.stop();
    await store.close();
  }
}

/** (非常满意 + 满意) / (非常满意 + 满意 + 不满意) over the callbacks' levels (004 第五十五条), to four places. */
function satisfaction(levels: Readonly<Record<string, number>>): number | null {
  const r = satisfactionRate({ very_satisfied: levels.very_satisfied ?? 0, satisfied: levels.satisfied ?? 0, neutral: levels.neutral ?? 0, dissatisfied: levels.dissatisfied ?? 0 });
  return r === null ? null : Math.round(r * 10000) / 10000;
}
