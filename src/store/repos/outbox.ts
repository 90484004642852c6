/** The transactional outbox of write-back events (rows written in the same transaction as the result). */
import type { RepoContext } from '../context.js';
import { json, ts } from '../context.js';

export type OutboxStatus = 'pending' | 'delivered' | 'failed' | 'disabled';

export interface OutboxEvent {
  /** The Standard Webhooks `webhook-id`, the same on every retry. */
  id: string;
  tenantId: string;
  eventType: string;
  payload: unknown;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  lastStatus: number | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

interface OutboxRow {
  id: string;
  tenant_id: string;
  event_type: string;
  payload: unknown;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  last_status: number | null;
  delivered_at: Date | null;
  created_at: Date;
}

const toEvent = (r: OutboxRow): OutboxEvent => ({
  id: r.id,
  tenantId: r.tenant_id,
  eventType: r.event_type,
  payload: r.payload,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  lastStatus: r.last_status,
  deliveredAt: r.delivered_at,
  createdAt: r.created_at,
});

/** A webhook id in the Standard Webhooks style. */
export const newWebhookId = (newId: () => string): string => `msg_${newId().replace(/-/g, '')}`;

export function outboxRepo(ctx: RepoContext) {
  return {
    /** Queue an event for delivery now. Use inside the transaction that writes the result. */
    async enqueue(e: { tenantId: string; eventType: string; payload: unknown }): Promise<OutboxEvent> {
      const now = ctx.now().toISOString();
      const { rows } = await ctx.db.query<OutboxRow>(
        `INSERT INTO webhook_outbox (id, tenant_id, event_type, payload, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4::jsonb, $5, $5) RETURNING *`,
        [newWebhookId(ctx.newId), e.tenantId, e.eventType, json(e.payload), now],
      );
      return toEvent(rows[0] as OutboxRow);
    },

    /**
     * Claim up to `limit` due events: their next attempt moves `leaseMs` ahead so that other
     * dispatchers (other processes) skip them while this one sends.
     */
    async claimDue(limit: number, leaseMs: number): Promise<OutboxEvent[]> {
      const now = ctx.now();
      const { rows } = await ctx.db.query<OutboxRow>(
        `UPDATE webhook_outbox SET next_attempt_at = $3 WHERE id IN (
           SELECT id FROM webhook_outbox WHERE status = 'pending' AND next_attempt_at <= $1
           ORDER BY next_attempt_at, created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING *`,
        [now.toISOString(), limit, new Date(now.getTime() + leaseMs).toISOString()],
      );
      return rows.map(toEvent).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },

    async markDelivered(id: string, httpStatus: number): Promise<void> {
      await ctx.db.query(
        `UPDATE webhook_outbox SET status = 'delivered', attempts = attempts + 1, last_status = $2, last_error = NULL,
           delivered_at = $3 WHERE id = $1`,
        [id, httpStatus, ctx.now().toISOString()],
      );
    },

    /**
     * Record a failed attempt: retry at `nextAttemptAt`, or give up (`status` failed or
     * disabled) when it is null.
     */
    async markAttemptFailed(
      id: string,
      f: { error: string; httpStatus: number | null; nextAttemptAt: Date | null; finalStatus?: 'failed' | 'disabled' },
    ): Promise<void> {
      await ctx.db.query(
        `UPDATE webhook_outbox SET attempts = attempts + 1, last_error = $2, last_status = $3,
           status = CASE WHEN $4::timestamptz IS NULL THEN $5 ELSE status END,
           next_attempt_at = COALESCE($4::timestamptz, next_attempt_at) WHERE id = $1`,
        [id, f.error.slice(0, 500), f.httpStatus, ts(f.nextAttemptAt), f.finalStatus ?? 'failed'],
      );
    },

    /** Stop a pending event without an attempt (e.g. its endpoint is disabled). */
    async markSkipped(id: string, status: 'failed' | 'disabled', error: string): Promise<void> {
      await ctx.db.query(`UPDATE webhook_outbox SET status = $2, last_error = $3 WHERE id = $1`, [id, status, error]);
    },

    /** Put failed or disabled events back in the queue (an operator fixed the endpoint). */
    async requeue(tenantId: string, ids?: string[]): Promise<number> {
      const r = await ctx.db.query(
        `UPDATE webhook_outbox SET status = 'pending', next_attempt_at = $2, created_at = $2
         WHERE tenant_id = $1 AND status IN ('failed', 'disabled') AND ($3::text[] IS NULL OR id = ANY($3::text[]))`,
        [tenantId, ctx.now().toISOString(), ids ?? null],
      );
      return r.affectedRows;
    },

    async get(id: string): Promise<OutboxEvent | null> {
      const { rows } = await ctx.db.query<OutboxRow>('SELECT * FROM webhook_outbox WHERE id = $1', [id]);
      return rows[0] ? toEvent(rows[0]) : null;
    },

    /** Events in a status (default pending), oldest first. */
    async list(opts: { status?: OutboxStatus; tenantId?: string; limit?: number } = {}): Promise<OutboxEvent[]> {
      const { rows } = await ctx.db.query<OutboxRow>(
        `SELECT * FROM webhook_outbox WHERE status = $1 AND ($2::text IS NULL OR tenant_id = $2)
         ORDER BY created_at, id LIMIT $3`,
        [opts.status ?? 'pending', opts.tenantId ?? null, opts.limit ?? 1000],
      );
      return rows.map(toEvent);
    },

    async countPending(): Promise<number> {
      const { rows } = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_outbox WHERE status = 'pending'`);
      return rows[0]?.n ?? 0;
    },
  };
}
export type OutboxRepo = ReturnType<typeof outboxRepo>;
