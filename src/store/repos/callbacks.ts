/** Callbacks (one per work order per campaign) and their contact attempts. */
import type { FailureReason } from '../../domain/contact.js';
import {
  CALLBACK_STATUSES,
  FINAL_STATUSES,
  isFinal,
  statusesLeadingTo,
  type AttemptChannel,
  type AttemptOutcome,
  type CallbackStatus,
} from '../../domain/callbacks.js';
import type { LevelRules } from '../../domain/levels.js';
import { HuifangError } from '../../shared/errors.js';
import type { RepoContext } from '../context.js';
import { mapDbError, ts } from '../context.js';

export { CALLBACK_STATUSES, FINAL_STATUSES };
export type { AttemptOutcome, CallbackStatus };
export type Channel = AttemptChannel;

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
  /** Campaign planning (the contact policy): a human first (004 第五十二条), a 100% callback, when to look at it first. */
  humanFirst?: boolean;
  mandatory?: boolean;
  nextActionAt?: Date | string | null;
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
  /** When the campaign looks at it next (null: not scheduled, e.g. waiting for a human task). */
  nextActionAt: Date | null;
  /** Start with a human (004 第五十二条: important and high-value customers). */
  humanFirst: boolean;
  /** A 100% callback (not a sample): deadlines beat the over-contact rule. */
  mandatory: boolean;
  /** The scheduler's last decision, for operators (e.g. "voice:retry:queued"). */
  lastDecision: string | null;
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
  next_action_at: Date | null;
  human_first: boolean;
  mandatory: boolean;
  last_decision: string | null;
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
  nextActionAt: r.next_action_at,
  humanFirst: r.human_first,
  mandatory: r.mandatory,
  lastDecision: r.last_decision,
});

export interface AttemptInput {
  callbackId: string;
  channel: Channel;
  /** CallSid, MessageSid, … The same provider id twice is one attempt. */
  providerId?: string | null;
  phoneId?: string | null;
  startedAt?: Date | string;
  /** The telephony provider carrying it (voice and SMS). */
  provider?: TelephonyProvider | null;
}

/** A telephony provider of an attempt. */
export type TelephonyProvider = 'twilio' | 'aliyun';
export type { FailureReason };

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
  provider: TelephonyProvider | null;
  failureReason: FailureReason | null;
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
  provider: TelephonyProvider | null;
  failure_reason: FailureReason | null;
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
  provider: r.provider ?? null,
  failureReason: r.failure_reason ?? null,
});

/** The columns of callbacks (c) and attempts (a), prefixed, for reads that join them. */
const CALLBACK_COLS = [
  'id', 'tenant_id', 'work_order_id', 'dialog_id', 'dialog_version', 'campaign', 'status', 'due_from', 'due_by',
  'attempts', 'outcome', 'callback_at', 'completed_at', 'created_at', 'updated_at', 'next_action_at', 'human_first',
  'mandatory', 'last_decision',
] as const satisfies readonly (keyof CallbackRow)[];
const ATTEMPT_COLS = [
  'id', 'callback_id', 'channel', 'provider_id', 'phone_id', 'started_at', 'answered_at', 'ended_at', 'outcome', 'recording_ref', 'provider', 'failure_reason',
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

/** An attempt with its callback, the callback's saved session (null before the first turn) and what a turn needs of the tenant. */
export interface TurnContext<S = unknown> extends AttemptWithCallback {
  session: { session: S; version: number } | null;
  tenant: { timeZone: string; levelRules: LevelRules | null };
}

export function callbacksRepo(ctx: RepoContext) {
  /** An attempt joined to its callback and, with `withSession`, the callback's saved session. */
  async function readJoined<S>(attemptId: string, withSession: true): Promise<TurnContext<S> | null>;
  async function readJoined(attemptId: string, withSession: false): Promise<AttemptWithCallback | null>;
  async function readJoined<S>(attemptId: string, withSession: boolean): Promise<TurnContext<S> | AttemptWithCallback | null> {
    const { rows } = await ctx.db.query<Record<string, unknown>>(
      withSession
        ? `SELECT ${JOINED_COLS}, s.session AS s_session, s.version AS s_version,
             t.time_zone AS t_time_zone, t.settings->'levelRules' AS t_level_rules
           FROM attempts a JOIN callbacks c ON c.id = a.callback_id JOIN tenants t ON t.id = c.tenant_id
             LEFT JOIN dialog_sessions s ON s.callback_id = c.id
           WHERE a.id = $1`
        : `SELECT ${JOINED_COLS} FROM attempts a JOIN callbacks c ON c.id = a.callback_id WHERE a.id = $1`,
      [attemptId],
    );
    const r = rows[0];
    if (!r) return null;
    const joined = { attempt: toAttempt(unprefix<AttemptRow>(r, 'a_', ATTEMPT_COLS)), callback: toCallback(unprefix<CallbackRow>(r, 'c_', CALLBACK_COLS)) };
    if (!withSession) return joined;
    return {
      ...joined,
      session: r.s_version === null || r.s_version === undefined ? null : { session: r.s_session as S, version: Number(r.s_version) },
      tenant: { timeZone: String(r.t_time_zone), levelRules: (r.t_level_rules as LevelRules | null) ?? null },
    };
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
            `INSERT INTO callbacks (id, tenant_id, work_order_id, dialog_id, dialog_version, campaign, due_from, due_by, created_at, updated_at,
               human_first, mandatory, next_action_at)
             SELECT $1, $2, w.id, $4, $5, $6, $7, $8, $9, $9, $10, $11, $12 FROM work_orders w WHERE w.id = $3 AND w.tenant_id = $2
             ON CONFLICT (work_order_id, campaign) DO NOTHING RETURNING *`,
            [ctx.newId(), input.tenantId, input.workOrderId, input.dialogId, input.dialogVersion, input.campaign,
              ts(input.dueFrom), ts(input.dueBy), now, input.humanFirst ?? false, input.mandatory ?? true, ts(input.nextActionAt)],
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

    /** The external ids of every work order the callback covers, its own first (what write-back reports). */
    async coveredExternalIds(callbackId: string): Promise<{ own: string; all: string[] }> {
      const { rows } = await ctx.db.query<{ external_id: string; own: boolean }>(
        `SELECT w.external_id, (w.id = c.work_order_id) AS own
         FROM callback_work_orders cw JOIN callbacks c ON c.id = cw.callback_id JOIN work_orders w ON w.id = cw.work_order_id
         WHERE cw.callback_id = $1 ORDER BY (w.id = c.work_order_id) DESC, w.id`,
        [callbackId],
      );
      return { own: rows.find((r) => r.own)?.external_id ?? '', all: rows.map((r) => r.external_id) };
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
     * Move a callback to another status, if the domain's transition table allows it from its
     * status now (src/domain/callbacks.ts). The one statement that writes `callbacks.status`:
     * conditional, so of two paths to a final status only the first changes anything.
     * A final status sets `completed_at`; `outcome` is set when given.
     *
     * @returns the callback as written, or null when the move was not allowed (or no such callback).
     * @param o.from narrow the statuses it may come from (e.g. only `in_progress`).
     * @param o.unlessAttemptOpen refuse while an attempt of the callback has no outcome (the claim).
     * @param o.countAttempt count a new attempt in the same statement; the count goes up even when
     *   the status may not move (an attempt started on a callback already in progress).
     */
    async transition(
      id: string,
      to: CallbackStatus,
      o: {
        outcome?: string | null;
        from?: readonly CallbackStatus[];
        unlessAttemptOpen?: boolean;
        countAttempt?: boolean;
        nextActionAt?: Date | string | null;
        lastDecision?: string | null;
        /** When a final status was reached (default now; imports and seeded data give their own). */
        completedAt?: Date | string;
      } = {},
    ): Promise<Callback | null> {
      if (!CALLBACK_STATUSES.includes(to)) throw new HuifangError('HF_STORE_INVALID', `unknown callback status ${String(to)}`);
      const from = statusesLeadingTo(to).filter((s) => !o.from || o.from.includes(s));
      const now = ctx.now().toISOString();
      // $3 the statuses it may come from; the move happens only when `ok` holds.
      const ok = `status = ANY($3::text[])${o.unlessAttemptOpen ? ' AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.callback_id = $1 AND a.outcome IS NULL)' : ''}`;
      const moved = (col: string, value: string) => (o.countAttempt ? `CASE WHEN ${ok} THEN ${value} ELSE ${col} END` : value);
      try {
        const { rows } = await ctx.db.query<CallbackRow>(
          `UPDATE callbacks SET
             status = ${moved('status', '$2')},
             outcome = CASE WHEN $5::boolean THEN ${moved('outcome', '$6')} ELSE outcome END,
             completed_at = CASE WHEN $12::boolean THEN ${moved('completed_at', '$11::timestamptz')} ELSE completed_at END,
             next_action_at = CASE WHEN $7::boolean THEN ${moved('next_action_at', '$8::timestamptz')} ELSE next_action_at END,
             last_decision = CASE WHEN $9::boolean THEN ${moved('last_decision', '$10')} ELSE last_decision END,
             ${o.countAttempt ? 'attempts = attempts + 1,' : ''}
             updated_at = $4
           WHERE id = $1${o.countAttempt ? '' : ` AND ${ok}`} RETURNING *`,
          [id, to, from, now, o.outcome !== undefined, o.outcome ?? null, o.nextActionAt !== undefined, ts(o.nextActionAt),
            o.lastDecision !== undefined, o.lastDecision ?? null, ts(o.completedAt ?? now), isFinal(to)],
        );
        const row = rows[0];
        if (!row || row.status !== to) return null;
        return toCallback(row);
      } catch (e) {
        return mapDbError(e, 'callback');
      }
    },

    /**
     * Set the fields of a callback that are not its status: the customer's own time ("call me at
     * 3 pm"), and the campaign's schedule. Fields left undefined are not changed.
     * @throws HuifangError HF_STORE_NOT_FOUND
     */
    async update(
      id: string,
      patch: { callbackAt?: Date | string | null; nextActionAt?: Date | string | null; lastDecision?: string | null },
    ): Promise<Callback> {
      try {
        const { rows } = await ctx.db.query<CallbackRow>(
          `UPDATE callbacks SET
             callback_at = CASE WHEN $2::boolean THEN $3::timestamptz ELSE callback_at END,
             next_action_at = CASE WHEN $4::boolean THEN $5::timestamptz ELSE next_action_at END,
             last_decision = CASE WHEN $6::boolean THEN $7 ELSE last_decision END,
             updated_at = $8
           WHERE id = $1 RETURNING *`,
          [id, patch.callbackAt !== undefined, ts(patch.callbackAt), patch.nextActionAt !== undefined, ts(patch.nextActionAt),
            patch.lastDecision !== undefined, patch.lastDecision ?? null, ctx.now().toISOString()],
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
            `INSERT INTO attempts (id, callback_id, channel, provider_id, phone_id, started_at, provider)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (channel, provider_id) DO NOTHING RETURNING *`,
            [ctx.newId(), input.callbackId, input.channel, input.providerId ?? null, input.phoneId ?? null,
              ts(input.startedAt ?? ctx.now()), input.provider ?? null],
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
          await callbacksRepo({ ...ctx, db: tx }).transition(input.callbackId, 'in_progress', { countAttempt: true });
          return { attempt: toAttempt(ins.rows[0]), duplicate: false };
        } catch (e) {
          return mapDbError(e, 'attempt');
        }
      });
    },

    /** Update an attempt's progress (answered, ended, outcome, recording). Undefined fields are kept. */
    async updateAttempt(
      id: string,
      patch: { answeredAt?: Date | string; endedAt?: Date | string; outcome?: AttemptOutcome; recordingRef?: string; providerId?: string; failureReason?: FailureReason },
    ): Promise<Attempt> {
      try {
        const { rows } = await ctx.db.query<AttemptRow>(
          `UPDATE attempts SET answered_at = COALESCE($2, answered_at), ended_at = COALESCE($3, ended_at),
             outcome = COALESCE($4, outcome), recording_ref = COALESCE($5, recording_ref), provider_id = COALESCE($6, provider_id),
             failure_reason = COALESCE($7, failure_reason)
           WHERE id = $1 RETURNING *`,
          [id, ts(patch.answeredAt), ts(patch.endedAt), patch.outcome ?? null, patch.recordingRef ?? null, patch.providerId ?? null, patch.failureReason ?? null],
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
    async releaseIfInProgress(id: string, o: { nextActionAt?: Date | string | null } = {}): Promise<void> {
      await repo.transition(id, 'incomplete', { from: ['in_progress'], ...o });
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

    /** Attempts on a channel still open (not ended) to a phone number, newest first (the SMS threads of a number). */
    async openAttemptIdsByPhone(channel: Channel, e164: string): Promise<string[]> {
      const { rows } = await ctx.db.query<{ id: string }>(
        `SELECT a.id FROM attempts a JOIN customer_phones p ON p.id = a.phone_id
         WHERE a.channel = $1 AND a.ended_at IS NULL AND p.e164 = $2 ORDER BY a.started_at DESC, a.id DESC`,
        [channel, e164],
      );
      return rows.map((r) => r.id);
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
