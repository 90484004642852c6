/**
 * Twilio webhooks while the database is unreachable (issue 15 item 2, docs/telephony.md,
 * "When the database is down").
 *
 * Twilio waits 15 s for a webhook's answer and then plays its application error (or asks the
 * fallback URL). Every Twilio route therefore runs its handler against a deadline
 * (`WEBHOOK_DEADLINE_MS`, well inside 15 s; the Postgres pool's own connection timeout is 5 s,
 * src/store/db.ts) and, when the handler fails or runs late, answers with safe TwiML of its
 * own that needs no database: a hold and retry on a call's first request, the question asked
 * again on a turn, the fixed goodbye on the fallback, an empty `<Response/>` on status-like
 * callbacks.
 *
 * What a status-like callback carried (a call's end, AMD, a recording, an inbound text, a
 * fallback's failed attempt) is not dropped: the same handler is run again in the background
 * (p-retry, backing off from 1 s to 15 s, for up to an hour) until the database answers.
 * Handlers are idempotent (provider event ids, conditional updates), so a late success of the
 * first run and a retry never count twice. A process that stops meanwhile loses its retries;
 * the worker's `reconcile` then settles the still-open attempts from the provider's own record.
 */
import pRetry, { AbortError } from 'p-retry';
import type { ChannelLogger } from '../../conversation/deps.js';
import { isHuifangError } from '../../shared/errors.js';

/** How long a Twilio webhook's handler may take before the safe answer is sent instead. */
export const WEBHOOK_DEADLINE_MS = 6_000;
/** How long a deferred handler is retried before it is given up (logged). */
export const DEFER_MAX_MS = 60 * 60_000;
/** The most deferred handlers kept at once (a bound on memory during a long outage). */
export const DEFER_MAX_PENDING = 20_000;

/** Whether an error means "the database is not there now" (worth trying again later). */
export function retriable(e: unknown): boolean {
  return isHuifangError(e) && e.code === 'HF_STORE_UNAVAILABLE';
}

/** The code to log for a failed handler. */
export function codeOf(e: unknown): string {
  return isHuifangError(e) ? e.code : 'HF_INTERNAL';
}

export type Within<T> = { ok: true; value: T } | { ok: false; timedOut: boolean; error: unknown };

/** The promise's outcome, or `timedOut` after `ms` (the promise keeps running). Never rejects. */
export async function within<T>(p: Promise<T>, ms: number): Promise<Within<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Within<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, timedOut: true, error: null }), ms);
  });
  try {
    return await Promise.race([p.then((value): Within<T> => ({ ok: true, value }), (error: unknown): Within<T> => ({ ok: false, timedOut: false, error })), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Handlers run again in the background until the database answers. */
export interface DeferredWork {
  /** Run `run` again later, while it fails with HF_STORE_UNAVAILABLE. */
  add(route: string, run: () => Promise<unknown>): void;
  /** How many are waiting. */
  pending(): number;
  /** Resolves when none is waiting (tests, the fault suite). */
  drained(): Promise<void>;
  /** Stop retrying (the server closes). */
  close(): void;
}

export function deferredWork(log: ChannelLogger, o: { maxMs?: number; minTimeoutMs?: number; maxTimeoutMs?: number } = {}): DeferredWork {
  const abort = new AbortController();
  let pending = 0;
  let waiters: (() => void)[] = [];
  const done = (): void => {
    pending--;
    if (pending === 0) {
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    }
  };
  return {
    add(route, run) {
      if (abort.signal.aborted) return;
      if (pending >= DEFER_MAX_PENDING) {
        log.error({ code: 'HF_STORE_UNAVAILABLE', route }, 'twilio webhook dropped: too many waiting for the database (reconcile settles its attempt)');
        return;
      }
      pending++;
      pRetry(
        async () => {
          try {
            return await run();
          } catch (e) {
            // Only an unreachable database is worth waiting for; anything else is logged once.
            if (!retriable(e)) throw new AbortError(e instanceof Error ? e : String(e));
            throw e;
          }
        },
        {
          retries: Number.POSITIVE_INFINITY,
          minTimeout: o.minTimeoutMs ?? 1_000,
          maxTimeout: o.maxTimeoutMs ?? 15_000,
          maxRetryTime: o.maxMs ?? DEFER_MAX_MS,
          signal: abort.signal,
          unref: true,
        },
      ).then(
        () => log.info({ route }, 'deferred twilio webhook settled after the database returned'),
        (e: unknown) => {
          if (!abort.signal.aborted) log.error({ code: codeOf(e), route }, 'deferred twilio webhook could not be settled');
        },
      ).finally(done);
    },
    pending: () => pending,
    drained: () => (pending === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    close: () => abort.abort(),
  };
}
