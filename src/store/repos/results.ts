/** What a callback produced: answers, scores, flags, escalations; and replayed-event tracking. */
import { HuifangError } from '../../shared/errors.js';
import type { RepoContext } from '../context.js';
import { json, mapDbError, ts } from '../context.js';

import type { ReportLevel } from '../../domain/levels.js';

export type Level = ReportLevel;
export type AnswerVia = 'speech' | 'dtmf' | 'text';

export interface AnswerInput {
  callbackId: string;
  attemptId?: string | null;
  stepId: string;
  raw: string;
  via: AnswerVia;
  confidence?: number | null;
  value?: unknown;
  /** The provider's event id (Twilio CallSid + sequence, MessageSid, …): a replay is a duplicate. */
  providerEventId?: string | null;
  at?: Date | string;
}

export interface Answer {
  id: number;
  callbackId: string;
  attemptId: string | null;
  stepId: string;
  raw: string;
  via: AnswerVia;
  confidence: number | null;
  value: unknown;
  providerEventId: string | null;
  createdAt: Date;
}

export interface ScoreInput {
  callbackId: string;
  stepId: string;
  scale: string;
  raw: number | string;
  level: Level | null;
  at?: Date | string;
}

export interface Score {
  id: number;
  callbackId: string;
  stepId: string;
  scale: string;
  raw: string;
  level: Level | null;
  createdAt: Date;
}

export type EscalationStatus = 'open' | 'in_progress' | 'resolved' | 'unreachable';

export interface Escalation {
  id: string;
  callbackId: string;
  reason: string;
  detail: string | null;
  stepId: string | null;
  status: EscalationStatus;
  assignee: string | null;
  dueAt: Date | null;
  resolution: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  /** The task this escalation was merged into (one open task per callback, 004 第五十条), or null. */
  mergedInto: string | null;
  /** Why this escalation opened no task ('do_not_contact'), or null. */
  noTaskReason: string | null;
}

export interface Flag {
  id: number;
  callbackId: string;
  reason: string;
  stepId: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
}

interface AnswerRow {
  id: number;
  callback_id: string;
  attempt_id: string | null;
  step_id: string;
  raw: string;
  via: AnswerVia;
  confidence: number | null;
  value: unknown;
  provider_event_id: string | null;
  created_at: Date;
}
interface ScoreRow {
  id: number;
  callback_id: string;
  step_id: string;
  scale: string;
  raw: string;
  level: Level | null;
  created_at: Date;
}
interface EscalationRow {
  id: string;
  callback_id: string;
  reason: string;
  detail: string | null;
  step_id: string | null;
  status: EscalationStatus;
  assignee: string | null;
  due_at: Date | null;
  resolution: string | null;
  resolved_at: Date | null;
  created_at: Date;
  merged_into?: string | null;
  no_task_reason?: string | null;
}
interface FlagRow {
  id: number;
  callback_id: string;
  reason: string;
  step_id: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  created_at: Date;
}

const toAnswer = (r: AnswerRow): Answer => ({
  id: r.id, callbackId: r.callback_id, attemptId: r.attempt_id, stepId: r.step_id, raw: r.raw, via: r.via,
  confidence: r.confidence, value: r.value, providerEventId: r.provider_event_id, createdAt: r.created_at,
});
const toScore = (r: ScoreRow): Score => ({
  id: r.id, callbackId: r.callback_id, stepId: r.step_id, scale: r.scale, raw: r.raw, level: r.level, createdAt: r.created_at,
});
const toEscalation = (r: EscalationRow): Escalation => ({
  id: r.id, callbackId: r.callback_id, reason: r.reason, detail: r.detail, stepId: r.step_id, status: r.status,
  assignee: r.assignee, dueAt: r.due_at, resolution: r.resolution, resolvedAt: r.resolved_at, createdAt: r.created_at,
  mergedInto: r.merged_into ?? null, noTaskReason: r.no_task_reason ?? null,
});

/** Every number of the callback's customer is on the do-not-contact list (tenant-wide or global). */
async function customerOptedOut(ctx: RepoContext, callbackId: string): Promise<boolean> {
  const { rows } = await ctx.db.query<{ blocked: boolean | null }>(
    `SELECT bool_and(EXISTS (SELECT 1 FROM do_not_contact d WHERE d.phone = p.e164 AND (d.tenant_id = c.tenant_id OR d.tenant_id IS NULL))) AS blocked
     FROM callbacks c JOIN work_orders w ON w.id = c.work_order_id JOIN customer_phones p ON p.customer_id = w.customer_id
     WHERE c.id = $1`,
    [callbackId],
  );
  return rows[0]?.blocked === true;
}
const toFlag = (r: FlagRow): Flag => ({
  id: r.id, callbackId: r.callback_id, reason: r.reason, stepId: r.step_id, reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at, createdAt: r.created_at,
});

const ESCALATION_STATUSES: readonly EscalationStatus[] = ['open', 'in_progress', 'resolved', 'unreachable'];

export function resultsRepo(ctx: RepoContext) {
  return {
    /**
     * Mark a provider event as applied. Returns false when it was applied before (a replay):
     * the caller then skips the whole turn.
     */
    async claimEvent(providerEventId: string, callbackId: string): Promise<boolean> {
      try {
        const r = await ctx.db.query(
          `INSERT INTO processed_events (provider_event_id, callback_id, created_at) VALUES ($1, $2, $3)
           ON CONFLICT (provider_event_id) DO NOTHING`,
          [providerEventId, callbackId, ctx.now().toISOString()],
        );
        return r.affectedRows === 1;
      } catch (e) {
        return mapDbError(e, 'provider event');
      }
    },

    /**
     * Record an answer. Idempotent by (provider event id, step): a second insert of the same
     * one writes nothing and returns `duplicate: true` with the row that is there.
     */
    async addAnswer(a: AnswerInput): Promise<{ answer: Answer; duplicate: boolean }> {
      try {
        const ins = await ctx.db.query<AnswerRow>(
          `INSERT INTO answers (callback_id, attempt_id, step_id, raw, via, confidence, value, provider_event_id, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)
           ON CONFLICT (provider_event_id, step_id) DO NOTHING RETURNING *`,
          [a.callbackId, a.attemptId ?? null, a.stepId, a.raw, a.via, a.confidence ?? null,
            json(a.value === undefined ? null : a.value), a.providerEventId ?? null, ts(a.at ?? ctx.now())],
        );
        if (ins.rows[0]) return { answer: toAnswer(ins.rows[0]), duplicate: false };
        const { rows } = await ctx.db.query<AnswerRow>('SELECT * FROM answers WHERE provider_event_id = $1 AND step_id = $2', [
          a.providerEventId ?? null,
          a.stepId,
        ]);
        return { answer: toAnswer(rows[0] as AnswerRow), duplicate: true };
      } catch (e) {
        return mapDbError(e, 'answer');
      }
    },

    async answers(callbackId: string): Promise<Answer[]> {
      const { rows } = await ctx.db.query<AnswerRow>('SELECT * FROM answers WHERE callback_id = $1 ORDER BY created_at, id', [callbackId]);
      return rows.map(toAnswer);
    },

    async addScore(s: ScoreInput): Promise<Score> {
      try {
        const { rows } = await ctx.db.query<ScoreRow>(
          `INSERT INTO scores (callback_id, step_id, scale, raw, level, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
          [s.callbackId, s.stepId, s.scale, String(s.raw), s.level, ts(s.at ?? ctx.now())],
        );
        return toScore(rows[0] as ScoreRow);
      } catch (e) {
        return mapDbError(e, 'score');
      }
    },

    async scores(callbackId: string): Promise<Score[]> {
      const { rows } = await ctx.db.query<ScoreRow>('SELECT * FROM scores WHERE callback_id = $1 ORDER BY created_at, id', [callbackId]);
      return rows.map(toScore);
    },

    async addFlag(f: { callbackId: string; reason: string; stepId?: string | null }): Promise<Flag> {
      try {
        const { rows } = await ctx.db.query<FlagRow>(
          'INSERT INTO flags (callback_id, reason, step_id, created_at) VALUES ($1, $2, $3, $4) RETURNING *',
          [f.callbackId, f.reason, f.stepId ?? null, ctx.now().toISOString()],
        );
        return toFlag(rows[0] as FlagRow);
      } catch (e) {
        return mapDbError(e, 'flag');
      }
    },

    /** A supervisor has reviewed a flagged call (004 第七十条). */
    async reviewFlag(id: number, reviewedBy: string): Promise<Flag> {
      const { rows } = await ctx.db.query<FlagRow>(
        'UPDATE flags SET reviewed_by = $2, reviewed_at = $3 WHERE id = $1 RETURNING *',
        [id, reviewedBy, ctx.now().toISOString()],
      );
      if (!rows[0]) throw new HuifangError('HF_STORE_NOT_FOUND', `no flag ${id}`);
      return toFlag(rows[0]);
    },

    async flags(callbackId: string): Promise<Flag[]> {
      const { rows } = await ctx.db.query<FlagRow>('SELECT * FROM flags WHERE callback_id = $1 ORDER BY created_at, id', [callbackId]);
      return rows.map(toFlag);
    },

    /** Open an escalation (a human follows up: 004 第五十二条, 第五十四条). */
    /**
     * Record an escalation: a reason for a person to call the customer back.
     *
     * One open task per callback (004 第五十条: no repeated, unnecessary callbacks of one
     * customer): when the callback already has an open or in-progress task, the new row is
     * merged into it (`mergedInto`; same status and assignee) and the task keeps the earlier
     * deadline. When nobody may contact the customer (`noContact`, or every number of theirs
     * on the do-not-contact list), the row is kept for the record as `unreachable` with
     * `noTaskReason: 'do_not_contact'` and opens no task.
     */
    async addEscalation(e: {
      callbackId: string;
      reason: string;
      detail?: string | null;
      stepId?: string | null;
      dueAt?: Date | string | null;
      /** The customer asked (in this turn) not to be contacted again. */
      noContact?: boolean;
    }): Promise<Escalation> {
      try {
        const now = ctx.now().toISOString();
        const dnc = e.noContact === true || (await customerOptedOut(ctx, e.callbackId));
        if (dnc) {
          const { rows } = await ctx.db.query<EscalationRow>(
            `INSERT INTO escalations (id, callback_id, reason, detail, step_id, due_at, status, resolution, resolved_at, no_task_reason, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, NULL, 'unreachable', '客户要求不再联系：不生成回访任务', $6, 'do_not_contact', $6, $6) RETURNING *`,
            [ctx.newId(), e.callbackId, e.reason, e.detail ?? null, e.stepId ?? null, now],
          );
          return toEscalation(rows[0] as EscalationRow);
        }
        const { rows: open } = await ctx.db.query<EscalationRow>(
          `SELECT * FROM escalations WHERE callback_id = $1 AND status IN ('open', 'in_progress') AND merged_into IS NULL
             AND no_task_reason IS NULL ORDER BY created_at, id LIMIT 1 FOR UPDATE`,
          [e.callbackId],
        );
        const task = open[0];
        if (task) {
          const { rows } = await ctx.db.query<EscalationRow>(
            `INSERT INTO escalations (id, callback_id, reason, detail, step_id, due_at, status, assignee, merged_into, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING *`,
            [ctx.newId(), e.callbackId, e.reason, e.detail ?? null, e.stepId ?? null, ts(e.dueAt), task.status, task.assignee, task.id, now],
          );
          // The task keeps the earliest deadline of its reasons.
          await ctx.db.query(
            `UPDATE escalations SET due_at = CASE WHEN due_at IS NULL OR ($2::timestamptz IS NOT NULL AND $2::timestamptz < due_at) THEN COALESCE($2::timestamptz, due_at) ELSE due_at END,
               updated_at = $3 WHERE id = $1`,
            [task.id, ts(e.dueAt), now],
          );
          return toEscalation(rows[0] as EscalationRow);
        }
        const { rows } = await ctx.db.query<EscalationRow>(
          `INSERT INTO escalations (id, callback_id, reason, detail, step_id, due_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING *`,
          [ctx.newId(), e.callbackId, e.reason, e.detail ?? null, e.stepId ?? null, ts(e.dueAt), now],
        );
        return toEscalation(rows[0] as EscalationRow);
      } catch (err) {
        return mapDbError(err, 'escalation');
      }
    },

    /** Move an escalation along: assign it, resolve it (resolved_at is set), or mark it unreachable. */
    async updateEscalation(
      id: string,
      patch: { status?: EscalationStatus; assignee?: string | null; resolution?: string | null },
    ): Promise<Escalation> {
      if (patch.status !== undefined && !ESCALATION_STATUSES.includes(patch.status)) {
        throw new HuifangError('HF_STORE_INVALID', `unknown escalation status ${String(patch.status)}`);
      }
      const now = ctx.now().toISOString();
      const { rows } = await ctx.db.query<EscalationRow>(
        `UPDATE escalations SET status = COALESCE($2, status),
           assignee = CASE WHEN $3::boolean THEN $4 ELSE assignee END,
           resolution = CASE WHEN $5::boolean THEN $6 ELSE resolution END,
           resolved_at = CASE WHEN $2 IN ('resolved', 'unreachable') THEN $7::timestamptz ELSE resolved_at END,
           updated_at = $7
         WHERE id = $1 RETURNING *`,
        [id, patch.status ?? null, patch.assignee !== undefined, patch.assignee ?? null, patch.resolution !== undefined,
          patch.resolution ?? null, now],
      );
      if (!rows[0]) throw new HuifangError('HF_STORE_NOT_FOUND', `no escalation ${id}`);
      // The escalations merged into this task follow it (one task per callback, 004 第五十条).
      await ctx.db.query(
        `UPDATE escalations m SET status = t.status, assignee = t.assignee, resolution = t.resolution, resolved_at = t.resolved_at, updated_at = t.updated_at
         FROM escalations t WHERE t.id = $1 AND m.merged_into = t.id`,
        [id],
      );
      return toEscalation(rows[0]);
    },

    async escalations(callbackId: string): Promise<Escalation[]> {
      const { rows } = await ctx.db.query<EscalationRow>('SELECT * FROM escalations WHERE callback_id = $1 ORDER BY created_at, id', [
        callbackId,
      ]);
      return rows.map(toEscalation);
    },

    /** Open or in-progress escalations of a tenant, earliest due first. */
    async openEscalations(tenantId: string, limit = 100): Promise<Escalation[]> {
      const { rows } = await ctx.db.query<EscalationRow>(
        `SELECT e.* FROM escalations e JOIN callbacks c ON c.id = e.callback_id
         WHERE c.tenant_id = $1 AND e.status IN ('open', 'in_progress') AND e.merged_into IS NULL ORDER BY e.due_at NULLS LAST, e.created_at LIMIT $2`,
        [tenantId, limit],
      );
      return rows.map(toEscalation);
    },
  };
}
export type ResultsRepo = ReturnType<typeof resultsRepo>;
