/**
 * What an operator watches (`huifang status`): callbacks by status, due, in progress and
 * stuck; the contact queue's depth; each worker's last tick (`worker_heartbeats`, written by
 * `huifang worker`); the write-back outbox.
 */
import type { RepoContext } from '../context.js';
import { ts } from '../context.js';
import { CALLBACK_STATUSES, FINAL_STATUSES, type CallbackStatus } from './callbacks.js';

export interface WorkerHeartbeat {
  workerId: string;
  host: string;
  pid: number;
  version: string | null;
  tickSeconds: number;
  startedAt: Date;
  lastTickAt: Date;
  lastTickMs: number | null;
  lastError: string | null;
  stoppedAt: Date | null;
}

interface HeartbeatRow {
  worker_id: string;
  host: string;
  pid: number;
  version: string | null;
  tick_seconds: number;
  started_at: Date;
  last_tick_at: Date;
  last_tick_ms: number | null;
  last_error: string | null;
  stopped_at: Date | null;
}

const toHeartbeat = (r: HeartbeatRow): WorkerHeartbeat => ({
  workerId: r.worker_id,
  host: r.host,
  pid: r.pid,
  version: r.version,
  tickSeconds: r.tick_seconds,
  startedAt: new Date(r.started_at),
  lastTickAt: new Date(r.last_tick_at),
  lastTickMs: r.last_tick_ms,
  lastError: r.last_error,
  stoppedAt: r.stopped_at ? new Date(r.stopped_at) : null,
});

export interface CallbackCounts {
  /** Every status, zeros included. */
  byStatus: Record<CallbackStatus, number>;
  /** Callbacks waiting for their next contact whose time has come (the next tick acts on them); in progress not counted. */
  dueNow: number;
  /** Callbacks with an attempt open (a call ringing or talking, an SMS survey waiting). */
  withOpenAttempt: number;
  /**
   * In progress with no open attempt for longer than the call time limit: claimed for a
   * contact that never started (a worker died between the claim and the dial) or whose
   * attempt was settled without releasing the callback. Nothing will move them by itself.
   */
  stuck: number;
}

export interface QueueDepth {
  /** Jobs waiting (created or to be retried). */
  queued: number;
  /** Jobs a worker has taken and not finished. */
  active: number;
}

const FINAL_SQL = FINAL_STATUSES.map((s) => `'${s}'`).join(', ');

export function operationsRepo(ctx: RepoContext) {
  return {
    /** Record a worker's start or tick (insert or update its row). */
    async beat(b: { workerId: string; host: string; pid: number; version?: string | null; tickSeconds: number; startedAt: Date; lastTickMs?: number | null; lastError?: string | null }): Promise<void> {
      await ctx.db.query(
        `INSERT INTO worker_heartbeats (worker_id, host, pid, version, tick_seconds, started_at, last_tick_at, last_tick_ms, last_error)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (worker_id) DO UPDATE SET last_tick_at = EXCLUDED.last_tick_at, last_tick_ms = EXCLUDED.last_tick_ms,
           last_error = EXCLUDED.last_error, tick_seconds = EXCLUDED.tick_seconds, stopped_at = NULL`,
        [b.workerId, b.host, b.pid, b.version ?? null, b.tickSeconds, ts(b.startedAt), ts(ctx.now()), b.lastTickMs ?? null, b.lastError ?? null],
      );
    },

    /** A worker stopped cleanly. */
    async stopped(workerId: string): Promise<void> {
      await ctx.db.query('UPDATE worker_heartbeats SET stopped_at = $2 WHERE worker_id = $1', [workerId, ts(ctx.now())]);
    },

    /** Forget workers not heard of for `days` (default 7). */
    async pruneWorkers(days = 7): Promise<number> {
      const { rows } = await ctx.db.query<{ n: number }>(
        'WITH d AS (DELETE FROM worker_heartbeats WHERE last_tick_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM d',
        [ts(new Date(ctx.now().getTime() - days * 86_400_000))],
      );
      return rows[0]?.n ?? 0;
    },

    /** Every worker heard of in the last `days` (default 1), latest tick first. */
    async workers(days = 1): Promise<WorkerHeartbeat[]> {
      const { rows } = await ctx.db.query<HeartbeatRow>(
        'SELECT * FROM worker_heartbeats WHERE last_tick_at >= $1 ORDER BY last_tick_at DESC, worker_id',
        [ts(new Date(ctx.now().getTime() - days * 86_400_000))],
      );
      return rows.map(toHeartbeat);
    },

    /**
     * Callbacks by status and the open ones that need looking at, in one statement.
     * `callTimeLimitSec`: the longest a call may last (CALL_TIME_LIMIT_SEC).
     */
    async callbackCounts(o: { now: Date; callTimeLimitSec: number; tenantId?: string | null }): Promise<CallbackCounts> {
      const { rows } = await ctx.db.query<{ status: string; n: number; due: number; open_attempt: number; stuck: number }>(
        `SELECT c.status, count(*)::int AS n,
                count(*) FILTER (WHERE c.status NOT IN (${FINAL_SQL}, 'in_progress')
                  AND (c.next_action_at <= $1 OR (c.next_action_at IS NULL AND c.last_decision IS NULL)))::int AS due,
                count(*) FILTER (WHERE oa.open)::int AS open_attempt,
                count(*) FILTER (WHERE c.status = 'in_progress' AND NOT coalesce(oa.open, false)
                  AND greatest(c.updated_at, oa.last_end) < $2)::int AS stuck
           FROM callbacks c
           LEFT JOIN LATERAL (
             SELECT bool_or(a.outcome IS NULL) AS open, max(coalesce(a.ended_at, a.started_at)) AS last_end
               FROM attempts a WHERE a.callback_id = c.id
           ) oa ON true
          WHERE ($3::text IS NULL OR c.tenant_id = $3)
          GROUP BY c.status`,
        [ts(o.now), ts(new Date(o.now.getTime() - o.callTimeLimitSec * 1000)), o.tenantId ?? null],
      );
      const byStatus = Object.fromEntries(CALLBACK_STATUSES.map((s) => [s, 0])) as Record<CallbackStatus, number>;
      const out: CallbackCounts = { byStatus, dueNow: 0, withOpenAttempt: 0, stuck: 0 };
      for (const r of rows) {
        if (r.status in byStatus) byStatus[r.status as CallbackStatus] = r.n;
        out.dueNow += r.due;
        out.withOpenAttempt += r.open_attempt;
        out.stuck += r.stuck;
      }
      return out;
    },

    /**
     * The depth of a pg-boss queue (default `contact` in schema `pgboss`), or null when the
     * queue's tables do not exist yet (no worker has started on this database).
     */
    async queueDepth(queue = 'contact-once', schema = 'pgboss'): Promise<QueueDepth | null> {
      if (!/^[a-z_][a-z0-9_]*$/.test(schema)) return null;
      const { rows: reg } = await ctx.db.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [`${schema}.job`]);
      if (!reg[0]?.t) return null;
      const { rows } = await ctx.db.query<{ queued: number; active: number }>(
        `SELECT count(*) FILTER (WHERE state < 'active')::int AS queued, count(*) FILTER (WHERE state = 'active')::int AS active
           FROM ${schema}.job WHERE name = $1`,
        [queue],
      );
      return { queued: rows[0]?.queued ?? 0, active: rows[0]?.active ?? 0 };
    },

    /** Write-back events waiting to be delivered (retries included). */
    async outboxPending(tenantId?: string | null): Promise<number> {
      const { rows } = await ctx.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM webhook_outbox WHERE status = 'pending' AND ($1::text IS NULL OR tenant_id = $1)`,
        [tenantId ?? null],
      );
      return rows[0]?.n ?? 0;
    },
  };
}
export type OperationsRepo = ReturnType<typeof operationsRepo>;
