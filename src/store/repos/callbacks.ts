/** Callbacks (one per work order per campaign) and their contact attempts. */
import { HuifangError } from '../../shared/errors.js';
import type { RepoContext } from '../context.js';
import { mapDbError, ts } from '../context.js';

export const CALLBACK_STATUSES = [
  'pending',
  'in_progress',
  'completed',
  'escalated',
  'rescheduled',
  'opted_out',
  'incomplete',
  'failed',
] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** Statuses after which nothing more happens to a callback. */
export const FINAL_STATUSES: readonly CallbackStatus[] = ['completed', 'escalated', 'opted_out', 'failed'];

export type Channel = 'voice' | 'sms' | 'chat' | 'simulator';
export type AttemptOutcome = 'answered' | 'no-answer' | 'busy' | 'failed' | 'machine' | 'hung_up';

export interface CallbackInput {
  tenantId: string;
  workOrderId: string;
  dialogId: string;
  dialogVersion: number;
  campaign: string;
  dueFrom?: Date | string | null;
  dueBy?: Date | string | null;
  /** Other work orders this one call also covers (004 第五十条: do not call a customer once per order). */
  alsoCovers?: string[];
}

export interface Callback {
  id: string;
  tenantId: string;
  workOrderId: string;
  dialogId: string;
  dialogVersion: number;
  campaign: string;
  status: CallbackStatus;
  dueFrom: Date | null;
  dueBy: Date | null;
  attempts: number;
  outcome: string | null;
  callbackAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

interface CallbackRow {
  id: string;
  tenant_id: string;
  work_order_id: string;
  dialog_id: string;
  dialog_version: number;
  campaign: string;
  status: CallbackStatus;
  due_from: Date | null;
  due_by: Date | null;
  attempts: number;
  outcome: string | null;
  callback_at: Date | null;
  completed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const toCallback = (r: CallbackRow): Callback => ({
  id: r.id,
  tenantId: r.tenant_id,
  workOrderId: r.work_order_id,
  dialogId: r.dialog_id,
  dialogVersion: r.dialog_version,
  campaign: r.campaign,
  status: r.status,
  dueFrom: r.due_from,
  dueBy: r.due_by,
  attempts: r.attempts,
  outcome: r.outcome,
  callbackAt: r.callback_at,
  completedAt: r.completed_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface AttemptInput {
  callbackId: string;
  channel: Channel;
  /** CallSid, MessageSid, … The same provider id twice is one attempt. */
  providerId?: string | null;
  phoneId?: string | null;
  startedAt?: Date | string;
}

export interface Attempt {
  id: string;
  callbackId: string;
  channel: Channel;
  providerId: string | null;
  phoneId: string | null;
  startedAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  outcome: AttemptOutcome | null;
  recordingRef: string | null;
}

interface AttemptRow {
  id: string;
  callback_id: string;
  channel: Channel;
  provider_id: string | null;
  phone_id: string | null;
  started_at: Date;
  answered_at: Date | null;
  ended_at: Date | null;
  outcome: AttemptOutcome | null;
  recording_ref: string | null;
}

const toAttempt = (r: AttemptRow): Attempt => ({
  id: r.id,
  callbackId: r.callback_id,
  channel: r.channel,
  providerId: r.provider_id,
  phoneId: r.phone_id,
  startedAt: r.started_at,
  answeredAt: r.answered_at,
  endedAt: r.ended_at,
  outcome: r.outcome,
  recordingRef: r.recording_ref,
});

/** The columns of callbacks (c) and attempts (a), prefixed, for reads that join them. */
const CALLBACK_COLS = [
  'id', 'tenant_id', 'work_order_id', 'dialog_id', 'dialog_version', 'campaign', 'status', 'due_from', 'due_by',
  'attempts', 'outcome', 'callback_at', 'completed_at', 'created_at', 'updated_at',
] as const satisfies readonly (keyof CallbackRow)[];
const ATTEMPT_COLS = [
  'id', 'callback_id', 'channel', 'provider_id', 'phone_id', 'started_at', 'answered_at', 'ended_at', 'outcome', 'recording_ref',
] as const satisfies readonly (keyof AttemptRow)[];
const JOINED_COLS = [...CALLBACK_COLS.map((c) => `c.${c} AS c_${c}`), ...ATTEMPT_COLS.map((c) => `a.${c} AS a_${c}`)].join(', ');

/** Take the prefixed columns of one table out of a joined row. */
function unprefix<R>(row: Record<string, unknown>, prefix: string, cols: readonly string[]): R {
  const out: Record<string, unknown> = {};
  for (const c of cols) out[c] = row[prefix + c];
  return out as R;
}

/** An attempt with its callback, in one read. */
export interface AttemptWithCallback {
  attempt: Attempt;
  callback: Callback;
}

/** An attempt with its callback and the callback's saved session (null before the first turn). */
export interface TurnContext<S = unknown> extends AttemptWithCallback {
  session: { session: S; version: number } | null;
}

export function callbacksRepo(ctx: RepoContext) {
  /** An attempt joined to its callback and, with `withSession`, the callback's saved session. */
  async function readJoined<S>(attemptId: string, withSession: true): Promise<TurnContext<S> | null>;
  async function readJoined(attemptId: string, withSession: false): Promise<AttemptWithCallback | null>;
  async function readJoined<S>(attemptId: string, withSession: boolean): Promise<TurnContext<S> | AttemptWithCallback | null> {
    const { rows } = await ctx.db.query<Record<string, unknown>>(
      withSession
        ? `SELECT ${JOINED_COLS}, s.session AS s_session, s.version AS s_version
           FROM attempts a JOIN callbacks c ON c.id = a.callback_id LEFT JOIN dialog_sessions s ON s.callback_id = c.id
           WHERE a.id = $1`
        : `SELECT ${JOINED_COLS} FROM attempts a JOIN callbacks c ON c.id = a.callback_id WHERE a.id = $1`,
      [attemptId],
    );
    const r = rows[0];
    if (!r) return null;
    const joined = { attempt: toAttempt(unprefix<AttemptRow>(r, 'a_', ATTEMPT_COLS)), callback: toCallback(unprefix<CallbackRow>(r, 'c_', CALLBACK_COLS)) };
    if (!withSession) return joined;
    return { ...joined, session: r.s_version === null || r.s_version === undefined ? null : { session: r.s_session as S, version: Number(r.s_version) } };
  }

  const repo = {
    /**
     * Create the callback of a work order for a campaign. Idempotent: the same work order
     * and campaign give back the existing callback (`created: false`).
     */
    async create(input: CallbackInput): Promise<{ callback: Callback; created: boolean }> {
      const now = ctx.now().toISOString();
      return ctx.db.transaction(async (tx) => {
        try {
          const ins = await tx.query<CallbackRow>(
            `INSERT INTO callbacks (id, tenant_id, work_order_id, dialog_id, dialog_version, campaign, due_from, due_by, created_at, updated_at)
             SELECT $1, $2, w.id, $4, $5, $6, $7, $8, $9, $9 FROM work_orders w WHERE w.id = $3 AND w.tenant_id = $2
             ON CONFLICT (work_order_id, campaign) DO NOTHING RETURNING *`,
            [ctx.newId(), input.tenantId, input.workOrderId, input.dialogId, input.dialogVersion, input.campaign,
              ts(input.dueFrom), ts(input.dueBy), now],
          );
          if (!ins.rows[0]) {
            const { rows } = await tx.query<CallbackRow>(
              'SELECT * FROM callbacks WHERE work_order_id = $1 AND campaign = $2',
              [input.workOrderId, input.campaign],
            );
            if (!rows[0]) {
              throw new HuifangError('HF_STORE_NOT_FOUND', `no work order ${input.workOrderId} in tenant ${input.tenantId}`);
            }
            return { callback: toCallback(rows[0]), created: false };
          }
          const cb = toCallback(ins.rows[0]);
          const covered = [cb.workOrderId, ...(input.alsoCovers ?? [])];
          for (const wo of new Set(covered)) {
            const r = await tx.query(
              `INSERT INTO callback_work_orders (callback_id, work_order_id)
               SELECT $1, id FROM work_orders WHERE id = $2 AND tenant_id = $3`,
              [cb.id, wo, cb.tenantId],
            );
            if (r.affectedRows !== 1) throw new HuifangError('HF_STORE_NOT_FOUND', `no work order ${wo} in tenant ${cb.tenantId}`);
          }
          return { callback: cb, created: true };
        } catch (e) {
          return mapDbError(e, 'callback');
        }
      });
    },

    async get(id: string): Promise<Callback | null> {
      const { rows } = await ctx.db.query<CallbackRow>('SELECT * FROM callbacks WHERE id = $1', [id]);
      return rows[0] ? toCallback(rows[0]) : null;
    },

    /** Like `get`, but throws HF_STORE_NOT_FOUND. */
    async require(id: string): Promise<Callback> {
      const cb = await repo.get(id);
      if (!cb) throw new HuifangError('HF_STORE_NOT_FOUND', `no callback ${id}`);
      return cb;
    },

    /** Ids of every work order the callback covers, its own first. */
    async coveredWorkOrders(callbackId: string): Promise<string[]> {
      const { rows } = await ctx.db.query<{ work_order_id: string }>(
        `SELECT cw.work_order_id FROM callback_work_orders cw JOIN callbacks c ON c.id = cw.callback_id
         WHERE cw.callback_id = $1 ORDER BY (cw.work_order_id = c.work_order_id) DESC, cw.work_order_id`,
        [callbackId],
      );
      return rows.map((r) => r.work_order_id);
    },

    /** Callbacks of a tenant in the given statuses, oldest due first. */
    async listByStatus(tenantId: string, statuses: CallbackStatus[], limit = 100): Promise<Callback[]> {
      const { rows } = await ctx.db.query<CallbackRow>(
        `SELECT * FROM callbacks WHERE tenant_id = $1 AND status = ANY($2::text[])
         ORDER BY due_by NULLS LAST, created_at LIMIT $3`,
        [tenantId, statuses, limit],
      );
      return rows.map(toCallback);
    },

    /**
     * Set status and outcome fields. Fields left undefined are not changed.
     * @throws HuifangError HF_STORE_NOT_FOUND, HF_STORE_INVALID (unknown status).
     */
    async update(
      id: string,
      patch: { status?: CallbackStatus; outcome?: string | null; callbackAt?: Date | string | null; completedAt?: Date | string | null },
    ): Promise<Callback> {
      if (patch.status !== undefined && !CALLBACK_STATUSES.includes(patch.status)) {
        throw new HuifangError('HF_STORE_INVALID', `unknown callback status ${String(patch.status)}`);
      }
      try {
        const { rows } = await ctx.db.query<CallbackRow>(
          `UPDATE callbacks SET
             status = COALESCE($2, status),
             outcome = CASE WHEN $3::boolean THEN $4 ELSE outcome END,
             callback_at = CASE WHEN $5::boolean THEN $6::timestamptz ELSE callback_at END,
             completed_at = CASE WHEN $7::boolean THEN $8::timestamptz ELSE completed_at END,
             updated_at = $9
           WHERE id = $1 RETURNING *`,
          [id, patch.status ?? null, patch.outcome !== undefined, patch.outcome ?? null,
            patch.callbackAt !== undefined, ts(patch.callbackAt), patch.completedAt !== undefined, ts(patch.completedAt),
            ctx.now().toISOString()],
        );
        if (!rows[0]) throw new HuifangError('HF_STORE_NOT_FOUND', `no callback ${id}`);
        return toCallback(rows[0]);
      } catch (e) {
        return mapDbError(e, 'callback');
      }
    },

    /**
     * Record a contact attempt. Idempotent by (channel, provider id): the second time the
     * same provider id arrives, nothing is written and `duplicate` is true. A new attempt
     * counts on the callback and moves it from pending to in_progress.
     */
    async startAttempt(input: AttemptInput): Promise<{ attempt: Attempt; duplicate: boolean }> {
      return ctx.db.transaction(async (tx) => {
        try {
          const ins = await tx.query<AttemptRow>(
            `INSERT INTO attempts (id, callback_id, channel, provider_id, phone_id, started_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (channel, provider_id) DO NOTHING RETURNING *`,
            [ctx.newId(), input.callbackId, input.channel, input.providerId ?? null, input.phoneId ?? null,
              ts(input.startedAt ?? ctx.now())],
          );
          if (!ins.rows[0]) {
            const { rows } = await tx.query<AttemptRow>('SELECT * FROM attempts WHERE channel = $1 AND provider_id = $2', [
              input.channel,
              input.providerId ?? null,
            ]);
            const prior = rows[0] as AttemptRow;
            if (prior.callback_id !== input.callbackId) {
              throw new HuifangError('HF_STORE_INVALID', 'this provider id belongs to another callback');
            }
            return { attempt: toAttempt(prior), duplicate: true };
          }
          await tx.query(
            `UPDATE callbacks SET attempts = attempts + 1, updated_at = $2,
               status = CASE WHEN status IN ('pending', 'rescheduled', 'incomplete') THEN 'in_progress' ELSE status END
             WHERE id = $1`,
            [input.callbackId, ctx.now().toISOString()],
          );
          return { attempt: toAttempt(ins.rows[0]), duplicate: false };
        } catch (e) {
          return mapDbError(e, 'attempt');
        }
      });
    },

    /** Update an attempt's progress (answered, ended, outcome, recording). Undefined fields are kept. */
    async updateAttempt(
      id: string,
      patch: { answeredAt?: Date | string; endedAt?: Date | string; outcome?: AttemptOutcome; recordingRef?: string; providerId?: string },
    ): Promise<Attempt> {
      try {
        const { rows } = await ctx.db.query<AttemptRow>(
          `UPDATE attempts SET answered_at = COALESCE($2, answered_at), ended_at = COALESCE($3, ended_at),
             outcome = COALESCE($4, outcome), recording_ref = COALESCE($5, recording_ref), provider_id = COALESCE($6, provider_id)
           WHERE id = $1 RETURNING *`,
          [id, ts(patch.answeredAt), ts(patch.endedAt), patch.outcome ?? null, patch.recordingRef ?? null, patch.providerId ?? null],
        );
        if (!rows[0]) throw new HuifangError('HF_STORE_NOT_FOUND', `no attempt ${id}`);
        return toAttempt(rows[0]);
      } catch (e) {
        return mapDbError(e, 'attempt');
      }
    },

    async getAttempt(id: string): Promise<Attempt | null> {
      const { rows } = await ctx.db.query<AttemptRow>('SELECT * FROM attempts WHERE id = $1', [id]);
      return rows[0] ? toAttempt(rows[0]) : null;
    },

    /** Store the provider's id on an attempt that has none yet (a no-op otherwise): one statement, no read first. */
    async fillProviderId(id: string, providerId: string): Promise<void> {
      await ctx.db.query('UPDATE attempts SET provider_id = $2 WHERE id = $1 AND provider_id IS NULL', [id, providerId]);
    },

    /**
     * End an attempt that has not ended: `ended_at` = `at`, and when it has no outcome yet,
     * hung up if it was answered, else no answer. A no-op on an ended attempt.
     */
    async endAttempt(id: string, at: Date | string): Promise<void> {
      await ctx.db.query(
        `UPDATE attempts SET ended_at = $2,
           outcome = COALESCE(outcome, CASE WHEN answered_at IS NOT NULL THEN 'hung_up' ELSE 'no-answer' END)
         WHERE id = $1 AND ended_at IS NULL`,
        [id, ts(at)],
      );
    },

    /** A callback still in progress when its attempt ended becomes incomplete (the campaign retries it). */
    async releaseIfInProgress(id: string): Promise<void> {
      await ctx.db.query(`UPDATE callbacks SET status = 'incomplete', updated_at = $2 WHERE id = $1 AND status = 'in_progress'`, [
        id,
        ctx.now().toISOString(),
      ]);
    },

    /** An attempt and its callback, in one query (null when there is no such attempt). */
    async attemptWithCallback(attemptId: string): Promise<AttemptWithCallback | null> {
      return readJoined(attemptId, false);
    },

    /**
     * What a webhook turn starts from: the attempt, its callback and the saved session, in one
     * query (a webhook is on the hot path of every call: one round trip instead of three).
     */
    async turnContext<S = unknown>(attemptId: string): Promise<TurnContext<S> | null> {
      return readJoined<S>(attemptId, true);
    },

    async attemptByProviderId(channel: Channel, providerId: string): Promise<Attempt | null> {
      const { rows } = await ctx.db.query<AttemptRow>('SELECT * FROM attempts WHERE channel = $1 AND provider_id = $2', [
        channel,
        providerId,
      ]);
      return rows[0] ? toAttempt(rows[0]) : null;
    },

    async attempts(callbackId: string): Promise<Attempt[]> {
      const { rows } = await ctx.db.query<AttemptRow>('SELECT * FROM attempts WHERE callback_id = $1 ORDER BY started_at, id', [
        callbackId,
      ]);
      return rows.map(toAttempt);
    },
  };
  return repo;
}
export type CallbacksRepo = ReturnType<typeof callbacksRepo>;
