/**
 * The outbox dispatcher: sends due write-back events, retries with exponential backoff
 * and jitter for up to 3 days, the same `webhook-id` on every retry.
 *
 * - Only a 2xx counts as delivered; a 3xx is a failure (redirects are not followed).
 * - 410 Gone disables the tenant's endpoint (tenant setting `writebackDisabledAt`): the
 *   event and every later one of that tenant become `disabled` until an operator clears it
 *   and requeues them.
 * - No endpoint configured: the event becomes `disabled` with a note (requeue later).
 */
import type { WritebackEnv } from '../shared/config.js';
import type { Store } from '../store/index.js';
import type { OutboxEvent } from '../store/repos/outbox.js';
import type { PostOptions } from './writeback.js';
import { postWebhook, resolveEndpoint } from './writeback.js';

export const RETRY_WINDOW_MS = 3 * 24 * 3600_000;
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 6 * 3600_000;

/**
 * Delay before retry number `failures` (1 after the first failed attempt): 30 s × 2^(n-1),
 * at most 6 h, with "equal jitter": half fixed, half drawn from `random` (0 ≤ r < 1).
 */
export function backoffDelayMs(failures: number, random: () => number): number {
  const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(exp / 2 + (exp / 2) * random());
}

/**
 * When to try again after `failures` failed attempts, or null to give up: retries stop
 * 3 days after the event was queued (the last one falls at the 3-day mark).
 */
export function nextAttemptAt(createdAt: Date, failures: number, now: Date, random: () => number): Date | null {
  const deadline = createdAt.getTime() + RETRY_WINDOW_MS;
  if (now.getTime() >= deadline) return null;
  return new Date(Math.min(deadline, now.getTime() + backoffDelayMs(failures, random)));
}

export interface DispatchOptions extends PostOptions {
  /** The default tenant's endpoint from the environment (config.writeback). */
  envEndpoint?: WritebackEnv | null;
  /** Jitter source, 0 ≤ r < 1 (tests inject one). */
  random?: () => number;
  /** Events per pass (default 50). */
  batchSize?: number;
  /** How long a claimed event is hidden from other dispatchers (default 60 s). */
  leaseMs?: number;
  /**
   * The time a delivery is sent at, for its `webhook-timestamp` (default the store's clock).
   * The demo runs on a simulated clock days ahead and delivers at the end of its run: it signs
   * with the real time, or every receiver would refuse the timestamp (Standard Webhooks allow 5 minutes).
   */
  sendTime?: () => Date;
}

export interface DispatchReport {
  delivered: number;
  retrying: number;
  failed: number;
  disabled: number;
}

/** Send every due event once (one pass). */
export async function dispatchOutbox(store: Store, opts: DispatchOptions = {}): Promise<DispatchReport> {
  const report: DispatchReport = { delivered: 0, retrying: 0, failed: 0, disabled: 0 };
  const events = await store.outbox.claimDue(opts.batchSize ?? 50, opts.leaseMs ?? 60_000);
  for (const ev of events) {
    const outcome = await deliverOne(store, ev, opts);
    report[outcome] += 1;
  }
  return report;
}

async function deliverOne(store: Store, ev: OutboxEvent, opts: DispatchOptions): Promise<keyof DispatchReport> {
  const tenant = await store.tenants.get(ev.tenantId);
  const endpoint = tenant ? resolveEndpoint(tenant, opts.envEndpoint ?? null) : null;
  if (!tenant || !endpoint) {
    await store.outbox.markSkipped(ev.id, 'disabled', 'HF_WRITEBACK_CONFIG: no write-back endpoint configured for the tenant');
    return 'disabled';
  }
  if (tenant.settings.writebackDisabledAt) {
    await store.outbox.markSkipped(ev.id, 'disabled', `endpoint disabled after 410 Gone at ${tenant.settings.writebackDisabledAt}`);
    return 'disabled';
  }
  const body = JSON.stringify(ev.payload);
  const now = opts.sendTime?.() ?? store.now();
  const result = await postWebhook(endpoint, { id: ev.id, timestamp: Math.floor(now.getTime() / 1000), body }, opts);
  if (result.ok) {
    await store.outbox.markDelivered(ev.id, result.status ?? 200);
    return 'delivered';
  }
  if (result.status === 410) {
    await store.transaction(async (tx) => {
      await tx.outbox.markAttemptFailed(ev.id, { error: 'HTTP 410 Gone: endpoint disabled', httpStatus: 410, nextAttemptAt: null, finalStatus: 'disabled' });
      await tx.tenants.updateSettings(tenant.id, { writebackDisabledAt: store.now().toISOString() });
    });
    return 'disabled';
  }
  const next = nextAttemptAt(ev.createdAt, ev.attempts + 1, store.now(), opts.random ?? Math.random);
  await store.outbox.markAttemptFailed(ev.id, { error: result.error ?? 'failed', httpStatus: result.status, nextAttemptAt: next });
  return next ? 'retrying' : 'failed';
}

export interface DrainResult {
  /** Events still pending when the drain stopped (delivered or given-up ones are not). */
  pending: OutboxEvent[];
  delivered: number;
}

/**
 * Dispatch until nothing is due or `timeoutMs` has passed (for `huifang demo` to wait on).
 * Events waiting for a later retry stay pending and are returned.
 */
export async function drainOutbox(
  store: Store,
  opts: DispatchOptions & { timeoutMs: number; pollMs?: number },
): Promise<DrainResult> {
  const started = Date.now(); // wall clock, only for the wait itself
  let delivered = 0;
  for (;;) {
    const r = await dispatchOutbox(store, { leaseMs: 5_000, ...opts });
    delivered += r.delivered;
    const pending = await store.outbox.list({ status: 'pending' });
    const due = pending.filter((e) => e.nextAttemptAt.getTime() <= store.now().getTime());
    if (pending.length === 0 || Date.now() - started >= opts.timeoutMs) return { pending, delivered };
    if (due.length === 0 && r.delivered + r.retrying + r.failed + r.disabled === 0) {
      await new Promise((res) => setTimeout(res, opts.pollMs ?? 200));
    }
  }
}

/** Run `dispatchOutbox` every `intervalMs` until the returned stop function is called. */
export function startDispatcher(store: Store, opts: DispatchOptions & { intervalMs?: number; onError?: (e: unknown) => void } = {}): () => Promise<void> {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = (): void => {
    if (stopped) return;
    running = dispatchOutbox(store, opts)
      .catch((e: unknown) => opts.onError?.(e))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, opts.intervalMs ?? 1_000);
      });
  };
  let timer: ReturnType<typeof setTimeout> = setTimeout(tick, 0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
