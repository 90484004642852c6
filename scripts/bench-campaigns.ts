/**
 * Campaign benchmark: validate and plan N work orders (default 1,000,000) — the pure intake
 * schema and the contact policy — timing each and sampling peak memory; and the rate of
 * taking orders into the embedded store (a smaller sample).
 *
 *   node --import tsx scripts/bench-campaigns.ts [--orders N] [--store-sample N] [--write]
 */
import { pathToFileURL } from 'node:url';
import { DateTime } from 'luxon';
import { generateWorkOrders } from '../src/campaigns/generate.js';
import { ingestWorkOrders, validateWorkOrder } from '../src/campaigns/intake.js';
import { planCallbacks, policyWith, type OrderToPlan } from '../src/campaigns/policy.js';
import { openStore } from '../src/store/index.js';
import { replaceSection } from './bench-doc.js';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

async function main(): Promise<void> {
  const n = arg('--orders', 1_000_000);
  const sample = arg('--store-sample', 2000);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  // Generate day by day (the generator makes one day's orders).
  const perDay = 20_000;
  const orders: OrderToPlan[] = [];
  let validated = 0;
  let tValidate = 0;
  for (let d = 0; orders.length < n; d++) {
    const date = DateTime.fromISO('2026-01-01').plus({ days: d }).toISODate()!;
    const rows = generateWorkOrders({ seed: d, date, tenant: d % 2 ? 'heating' : 'telecom', count: Math.min(perDay, n - orders.length) });
    const tv = performance.now();
    for (const r of rows) {
      const v = validateWorkOrder(r);
      if (!v.ok) continue;
      validated++;
      orders.push({ id: v.order.externalId + '@' + d, kind: v.order.kind, finishedAt: new Date(v.order.finishedAt), customerId: v.order.customer.phones[0] ?? null, segment: v.order.segment ?? null });
    }
    tValidate += performance.now() - tv;
    await new Promise((r) => setImmediate(r));
  }
  const tGen = performance.now() - t0 - tValidate;
  clearInterval(sampler);
  // Planning on its own: the orders in memory (as a worker would load them), then the plan.
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  const tp = performance.now();
  const { planned, unplanned } = planCallbacks(orders, policyWith({}));
  const tPlan = performance.now() - tp;
  const after = process.memoryUsage();
  const planRss = Math.max(before.rss, after.rss);
  // The embedded store: orders taken in per second (each a transaction).
  const store = await openStore({ dataDir: 'memory://' });
  await store.tenants.upsert({ id: 'b', name: 'bench' });
  const rows = generateWorkOrders({ seed: 1, date: '2026-02-01', tenant: 'telecom', count: sample });
  const ti = performance.now();
  const res = await ingestWorkOrders(store, 'b', rows);
  const tIngest = performance.now() - ti;
  await store.close();
  const lines = [
    '## Campaigns',
    '',
    `Measured with \`npm run bench -- campaigns\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, 2 shared CPUs.`,
    'Target: 1 M orders planned in < 60 s within 1 GB.',
    '',
    '| step | orders | time | rate | note |',
    '|---|---|---|---|---|',
    `| validate (zod schema of intake) | ${validated.toLocaleString('en')} | ${(tValidate / 1000).toFixed(1)} s | ${Math.round(validated / (tValidate / 1000)).toLocaleString('en')}/s | pure |`,
    `| plan (contact policy, merging) | ${orders.length.toLocaleString('en')} | ${(tPlan / 1000).toFixed(1)} s | ${Math.round(orders.length / (tPlan / 1000)).toLocaleString('en')}/s | ${planned.length.toLocaleString('en')} callbacks, ${unplanned.length} without a rule |`,
    `| memory while planning (orders loaded + plan) | | | ${(planRss / 1024 / 1024).toFixed(0)} MB RSS (heap ${(after.heapUsed / 1024 / 1024).toFixed(0)} MB) | ${(globalThis as { gc?: unknown }).gc ? 'after a GC' : 'no --expose-gc: includes generator garbage'} |`,
    `| peak memory of the whole run (synthetic generation included) | | | ${(peak / 1024 / 1024).toFixed(0)} MB RSS | |`,
    `| take into PGlite (one transaction per order) | ${res.accepted.toLocaleString('en')} | ${(tIngest / 1000).toFixed(1)} s | ${Math.round(res.accepted / (tIngest / 1000)).toLocaleString('en')}/s | the store, not the planner, bounds intake |`,
    '',
    `Generating the synthetic orders took ${(tGen / 1000).toFixed(1)} s (not counted above).`,
    '',
  ];
  console.log(lines.join('\n'));
  if (process.argv.includes('--write')) replaceSection('## Campaigns', lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
