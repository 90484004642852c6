/**
 * What the supervisors' workspace reads and writes: the flagged-calls queue, call reviews,
 * tasks (escalations rows), the tenants' escalation rules, live attempts and the alert
 * bookkeeping (each flag and each overdue task is announced once).
 *
 * Rows here carry the customer's name and masked number plus `anonymous`; the HTTP layer
 * removes name and number of anonymous complainants for every role (003 八.5(8)).
 */
import { HuifangError } from '../../shared/errors.js';
import type { RepoContext } from '../context.js';
import { json, mapDbError, ts } from '../context.js';
import type { Escalation, EscalationStatus } from './results.js';
import { bySeverity, REASON_SEVERITY } from '../../domain/labels.js';

/** Dialogs whose callers are anonymous complainants whatever the work order says. */
export const ANONYMOUS_DIALOGS: readonly string[] = ['heating-complaint'];

/** Callback-level context every list row carries. */
export interface CallContext {
  callbackId: string;
  tenantId: string;
  workOrderId: string;
  workOrderExternalId: string;
  kind: string;
  team: string | null;
  district: string | null;
  engineer: string | null;
  segment: string | null;
  dialogId: string;
  campaign: string;
  callbackStatus: string;
  customerName: string | null;
  phoneMasked: string | null;
  anonymous: boolean;
}

export interface FlagFilter {
  /** Restrict to these tenants (undefined = every tenant). */
  tenantIds?: string[] | undefined;
  tenantId?: string | undefined;
  team?: string | undefined;
  district?: string | undefined;
  reason?: string | undefined;
  from?: Date | string | undefined;
  to?: Date | string | undefined;
  reviewed?: boolean | undefined;
}

/** An escalation as the task board shows it: the escalation, its call, and the board's own fields. */
export interface Task extends CallContext, Omit<Escalation, 'callbackId'> {
  updatedAt: Date;
  createdBy: string | null;
  mode: string | null;
  basis: string | null;
  resurveyCallbackId: string | null;
  overdue: boolean;
  /** Every reason of the task (its own and those merged into it), most serious first. */
  reasons: string[];
  /** What the customer said (their latest spoken or typed answers), or null. */
  customerWords: string | null;
  /** The task's latest note (e.g. how the last call from it went), or null. */
  lastNote: string | null;
}

export interface TaskFilter {
  tenantIds?: string[] | undefined;
  tenantId?: string | undefined;
  statuses?: EscalationStatus[] | undefined;
  /** Only tasks of this assignee… */
  assignee?: string | undefined;
  /** …or unassigned ones (an agent's view). */
  orUnassigned?: boolean | undefined;
  callbackId?: string | undefined;
  overdueAt?: Date | undefined;
  /** Tasks with this reason among their reasons (`complaint` matches `complaint:late` too). */
  reason?: string | undefined;
  /** Unassigned tasks only. */
  unassigned?: boolean | undefined;
  /** Leave out anonymous complainants' tasks (agents: those go to supervisors). */
  excludeAnonymous?: boolean | undefined;
  /** A work order's external id (part of it), or the last digits of the customer's number. */
  q?: string | undefined;
  /** 'deadline' (default: earliest due first) or 'severity' (most serious reason first, then due). */
  sort?: 'deadline' | 'severity' | undefined;
  /** Paging: skip this many. */
  offset?: number | undefined;
  limit?: number | undefined;
}

export interface CallReview {
  callbackId: string;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  notes: string | null;
}

export interface LiveAttempt extends CallContext {
  attemptId: string;
  channel: string;
  providerId: string | null;
  startedAt: Date;
  answeredAt: Date | null;
  /** The call was put through to people and is in a conference (call_conferences): waiting or connected. */
  conferenceStatus: 'waiting' | 'connected' | null;
  /** Whether the conference's SID is known (listening in needs it). */
  conferenceStarted: boolean;
}

/** The columns of a call's context (its work order and customer, masked); `$1` is the anonymous dialogs. Shared with calls.ts. */
export const CONTEXT_COLUMNS = `c.id AS callback_id, c.tenant_id, w.id AS work_order_id, w.external_id, w.kind, w.team, w.district,
  w.engineer, w.segment, c.dialog_id, c.campaign, c.status AS callback_status, cu.name AS customer_name,
  (SELECT p.masked FROM customer_phones p WHERE p.customer_id = w.customer_id ORDER BY p.is_primary DESC, p.created_at, p.id LIMIT 1) AS phone_masked,
  (w.anonymous OR c.dialog_id = ANY($1::text[])) AS anonymous`;

export const CONTEXT_JOINS = `JOIN work_orders w ON w.id = c.work_order_id LEFT JOIN customers cu ON cu.id = w.customer_id`;

/** The columns of CONTEXT_COLUMNS. */
export interface ContextRow {
  callback_id: string;
  tenant_id: string;
  work_order_id: string;
  external_id: string;
  kind: string;
  team: string | null;
  district: string | null;
  engineer: string | null;
  segment: string | null;
  dialog_id: string;
  campaign: string;
  callback_status: string;
  customer_name: string | null;
  phone_masked: string | null;
  anonymous: boolean | null;
}

/** An escalation (e.*) with its call's context. */
interface TaskRow extends ContextRow {
  id: string;
  reason: string;
  detail: string | null;
  step_id: string | null;
  status: EscalationStatus;
  assignee: string | null;
  due_at: Date | null;
  resolution: string | null;
  resolved_at: Date | null;
  created_at: Date;
  updated_at: Date;
  created_by: string | null;
  mode: string | null;
  basis: string | null;
  resurvey_callback_id: string | null;
  reasons?: string[] | null;
  customer_words?: string | null;
  last_note?: string | null;
  merged_into?: string | null;
  no_task_reason?: string | null;
}

interface LiveRow extends ContextRow {
  attempt_id: string;
  channel: string;
  provider_id: string | null;
  started_at: Date;
  answered_at: Date | null;
  conference_status: 'waiting' | 'connected' | null;
  conference_sid: string | null;
}

export const toContext = (r: ContextRow): CallContext => ({
  callbackId: r.callback_id,
  tenantId: r.tenant_id,
  workOrderId: r.work_order_id,
  workOrderExternalId: r.external_id,
  kind: r.kind,
  team: r.team,
  district: r.district,
  engineer: r.engineer,
  segment: r.segment,
  dialogId: r.dialog_id,
  campaign: r.campaign,
  callbackStatus: r.callback_status,
  customerName: r.customer_name,
  phoneMasked: r.phone_masked,
  anonymous: r.anonymous === true,
});

const toTask = (r: TaskRow, now: Date): Task => ({
  ...toContext(r),
  id: r.id,
  reason: r.reason,
  detail: r.detail,
  stepId: r.step_id,
  status: r.status,
  assignee: r.assignee,
  dueAt: r.due_at,
  resolution: r.resolution,
  resolvedAt: r.resolved_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  createdBy: r.created_by,
  mode: r.mode,
  basis: r.basis,
  resurveyCallbackId: r.resurvey_callback_id,
  overdue: (r.status === 'open' || r.status === 'in_progress') && r.due_at !== null && r.due_at.getTime() < now.getTime(),
  mergedInto: r.merged_into ?? null,
  noTaskReason: r.no_task_reason ?? null,
  reasons: bySeverity(r.reasons && r.reasons.length > 0 ? r.reasons : [r.reason]),
  customerWords: r.customer_words ?? null,
  lastNote: r.last_note ?? null,
});

/**
 * A task's own columns beyond e.*: every reason (its own and the merged ones) and the
 * customer's words (their last three spoken or typed answers, oldest first).
 */
const TASK_EXTRA = `ARRAY(SELECT x.reason FROM escalations x WHERE x.id = e.id OR x.merged_into = e.id ORDER BY x.created_at, x.id) AS reasons,
  (SELECT string_agg(t.raw, ' / ' ORDER BY t.created_at, t.id) FROM (
     SELECT a.raw, a.created_at, a.id FROM answers a
     WHERE a.callback_id = e.callback_id AND a.via <> 'dtmf' AND char_length(a.raw) >= 4 AND a.raw !~ '^[0-9]+$'
     ORDER BY a.created_at DESC, a.id DESC LIMIT 3) t) AS customer_words,
  (SELECT n.text FROM task_notes n WHERE n.task_id = e.id ORDER BY n.created_at DESC, n.id DESC LIMIT 1) AS last_note`;

function tenantScope(f: { tenantIds?: string[] | undefined; tenantId?: string | undefined }): string[] | null {
  if (f.tenantId !== undefined) {
    if (f.tenantIds && !f.tenantIds.includes(f.tenantId)) return [];
    return [f.tenantId];
  }
  return f.tenantIds ?? null;
}

/** The WHERE clause of the task list ($1 is ANONYMOUS_DIALOGS, used by CONTEXT_COLUMNS). */
function taskWhere(f: TaskFilter): { where: string; params: unknown[] } {
  const scope = tenantScope(f);
  const params: unknown[] = [ANONYMOUS_DIALOGS];
  const p = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  // $1 is typed here too, for the count (which selects no context column).
  const conds = ['$1::text[] IS NOT NULL', 'e.merged_into IS NULL', 'e.no_task_reason IS NULL'];
  if (scope !== null) conds.push(`c.tenant_id = ANY(${p(scope)}::text[])`);
  if (f.statuses) conds.push(`e.status = ANY(${p(f.statuses)}::text[])`);
  if (f.assignee !== undefined) conds.push(`(e.assignee = ${p(f.assignee)}${f.orUnassigned ? ' OR e.assignee IS NULL' : ''})`);
  if (f.unassigned) conds.push('e.assignee IS NULL');
  if (f.callbackId !== undefined) conds.push(`e.callback_id = ${p(f.callbackId)}`);
  if (f.overdueAt !== undefined) conds.push(`(e.status IN ('open', 'in_progress') AND e.due_at < ${p(ts(f.overdueAt))}::timestamptz)`);
  if (f.reason !== undefined) {
    const r = p(f.reason);
    conds.push(`EXISTS (SELECT 1 FROM escalations x WHERE (x.id = e.id OR x.merged_into = e.id) AND (x.reason = ${r} OR split_part(x.reason, ':', 1) = ${r}))`);
  }
  if (f.excludeAnonymous) conds.push('NOT (w.anonymous OR c.dialog_id = ANY($1::text[]))');
  if (f.q !== undefined && f.q.trim() !== '') {
    const q = f.q.trim();
    const digits = /^\d{3,}$/.test(q);
    const like = p(`%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    // The last digits of a number match its end; the number itself is never returned.
    const tail = digits ? ` OR EXISTS (SELECT 1 FROM customer_phones cp WHERE cp.customer_id = w.customer_id AND cp.e164 LIKE ${p(`%${q}`)})` : '';
    conds.push(`(w.external_id ILIKE ${like}${tail})`);
  }
  return { where: conds.join(' AND '), params };
}

export function reviewRepo(ctx: RepoContext) {
  const repo = {
    /** A flag with a detail (the matched word of a text flag). */
    async addFlag(f: { callbackId: string; reason: string; stepId?: string | null; detail?: string | null }): Promise<number> {
      try {
        const { rows } = await ctx.db.query<{ id: number }>(
          'INSERT INTO flags (callback_id, reason, step_id, detail, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
          [f.callbackId, f.reason, f.stepId ?? null, f.detail ?? null, ctx.now().toISOString()],
        );
        return (rows[0] as { id: number }).id;
      } catch (e) {
        return mapDbError(e, 'flag');
      }
    },

    async callContext(callbackId: string): Promise<CallContext | null> {
      const { rows } = await ctx.db.query<ContextRow>(
        `SELECT ${CONTEXT_COLUMNS} FROM callbacks c ${CONTEXT_JOINS} WHERE c.id = $2`,
        [ANONYMOUS_DIALOGS, callbackId],
      );
      return rows[0] ? toContext(rows[0]) : null;
    },

    /** Flags of a call with their notes and detail. */
    async flagsOf(callbackId: string): Promise<
      { id: number; reason: string; stepId: string | null; detail: string | null; notes: string | null; reviewedBy: string | null; reviewedAt: Date | null; createdAt: Date }[]
    > {
      const { rows } = await ctx.db.query<{
        id: number; reason: string; step_id: string | null; detail: string | null; notes: string | null; reviewed_by: string | null; reviewed_at: Date | null; created_at: Date;
      }>('SELECT * FROM flags WHERE callback_id = $1 ORDER BY created_at, id', [callbackId]);
      return rows.map((r) => ({
        id: r.id, reason: r.reason, stepId: r.step_id, detail: r.detail, notes: r.notes, reviewedBy: r.reviewed_by, reviewedAt: r.reviewed_at, createdAt: r.created_at,
      }));
    },

    async review(callbackId: string): Promise<CallReview | null> {
      const { rows } = await ctx.db.query<{ callback_id: string; reviewed_by: string | null; reviewed_at: Date | null; notes: string | null }>(
        'SELECT * FROM call_reviews WHERE callback_id = $1',
        [callbackId],
      );
      const r = rows[0];
      return r ? { callbackId: r.callback_id, reviewedBy: r.reviewed_by, reviewedAt: r.reviewed_at, notes: r.notes } : null;
    },

    /**
     * Save notes and/or mark a call reviewed (every flag of it too). `reviewed: false`
     * keeps the review state as it is.
     */
    async saveReview(callbackId: string, p: { by: string; notes?: string | null; reviewed?: boolean }): Promise<CallReview> {
      const now = ctx.now().toISOString();
      return ctx.db.transaction(async (tx) => {
        try {
          await tx.query(
            `INSERT INTO call_reviews (callback_id, reviewed_by, reviewed_at, notes, updated_at)
             VALUES ($1, CASE WHEN $3::boolean THEN $2 END, CASE WHEN $3::boolean THEN $5::timestamptz END, $4, $5)
             ON CONFLICT (callback_id) DO UPDATE SET
               reviewed_by = CASE WHEN $3::boolean THEN $2 ELSE call_reviews.reviewed_by END,
               reviewed_at = CASE WHEN $3::boolean THEN $5::timestamptz ELSE call_reviews.reviewed_at END,
               notes = CASE WHEN $6::boolean THEN $4 ELSE call_reviews.notes END,
               updated_at = $5`,
            [callbackId, p.by, p.reviewed === true, p.notes ?? null, now, p.notes !== undefined],
          );
        } catch (e) {
          return mapDbError(e, 'review');
        }
        if (p.reviewed) {
          await tx.query('UPDATE flags SET reviewed_by = $2, reviewed_at = $3 WHERE callback_id = $1 AND reviewed_at IS NULL', [callbackId, p.by, now]);
        }
        const { rows } = await tx.query<{ callback_id: string; reviewed_by: string | null; reviewed_at: Date | null; notes: string | null }>(
          'SELECT * FROM call_reviews WHERE callback_id = $1',
          [callbackId],
        );
        const r = rows[0] as { callback_id: string; reviewed_by: string | null; reviewed_at: Date | null; notes: string | null };
        return { callbackId: r.callback_id, reviewedBy: r.reviewed_by, reviewedAt: r.reviewed_at, notes: r.notes };
      });
    },

    /**
     * Tasks (escalations that are tasks: not merged into another, not suppressed) with their
     * call's context; earliest due first, or most serious first. Every matching task unless
     * `limit` is given.
     */
    async tasks(f: TaskFilter = {}): Promise<Task[]> {
      const { where, params } = taskWhere(f);
      const now = ctx.now();
      const order = f.sort === 'severity'
        ? `COALESCE((SELECT min(COALESCE(array_position($${params.length + 1}::text[], split_part(x.reason, ':', 1)), 1000)) FROM escalations x WHERE x.id = e.id OR x.merged_into = e.id), 1000),
           e.due_at NULLS LAST, e.created_at, e.id`
        : 'e.due_at NULLS LAST, e.created_at, e.id';
      const all = [...params, ...(f.sort === 'severity' ? [REASON_SEVERITY] : [])];
      const { rows } = await ctx.db.query<TaskRow>(
        `SELECT e.*, ${CONTEXT_COLUMNS}, ${TASK_EXTRA} FROM escalations e JOIN callbacks c ON c.id = e.callback_id ${CONTEXT_JOINS}
         WHERE ${where}
         ORDER BY ${order}
         LIMIT $${all.length + 1} OFFSET $${all.length + 2}`,
        [...all, f.limit ?? null, f.offset ?? 0],
      );
      return rows.map((r) => toTask(r, now));
    },

    /** How many tasks match (for paging). */
    async countTasks(f: TaskFilter = {}): Promise<number> {
      const { where, params } = taskWhere(f);
      const { rows } = await ctx.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM escalations e JOIN callbacks c ON c.id = e.callback_id ${CONTEXT_JOINS} WHERE ${where}`,
        params,
      );
      return Number(rows[0]?.n ?? 0);
    },

    async task(id: string): Promise<Task | null> {
      const now = ctx.now();
      const { rows } = await ctx.db.query<TaskRow>(
        `SELECT e.*, ${CONTEXT_COLUMNS}, ${TASK_EXTRA} FROM escalations e JOIN callbacks c ON c.id = e.callback_id ${CONTEXT_JOINS} WHERE e.id = $2`,
        [ANONYMOUS_DIALOGS, id],
      );
      const r = rows[0];
      if (!r) return null;
      // An escalation merged into a task is that task.
      if (r.merged_into) return repo.task(r.merged_into);
      return toTask(r, now);
    },

    /** Open or in-progress tasks past their deadline at `now` (every tenant unless scoped). */
    async overdueTasks(now: Date, f: { tenantIds?: string[]; limit?: number } = {}): Promise<Task[]> {
      return repo.tasks({ ...f, overdueAt: now });
    },

    /** Record how a task was made (mode, basis, author). */
    async annotateTask(id: string, p: { createdBy?: string | null; mode?: string | null; basis?: string | null }): Promise<void> {
      await ctx.db.query(
        `UPDATE escalations SET created_by = COALESCE($2, created_by), mode = COALESCE($3, mode), basis = COALESCE($4, basis) WHERE id = $1`,
        [id, p.createdBy ?? null, p.mode ?? null, p.basis ?? null],
      );
    },

    /** Change a task's deadline (a reopened or re-planned task); clears the overdue alert mark. */
    async setTaskDue(id: string, dueAt: Date | string | null): Promise<void> {
      await ctx.db.query('UPDATE escalations SET due_at = $2, overdue_alerted_at = NULL, updated_at = $3 WHERE id = $1', [
        id,
        ts(dueAt),
        ctx.now().toISOString(),
      ]);
    },

    async setResurvey(id: string, callbackId: string): Promise<void> {
      await ctx.db.query('UPDATE escalations SET resurvey_callback_id = $2 WHERE id = $1', [id, callbackId]);
    },

    /** The tenant's stored escalation rule (null = the defaults). */
    async escalationRule(tenantId: string): Promise<unknown> {
      const { rows } = await ctx.db.query<{ rule: unknown }>('SELECT rule FROM escalation_rules WHERE tenant_id = $1', [tenantId]);
      return rows[0]?.rule ?? null;
    },

    /** Store a tenant's escalation rule (validate it with EscalationRuleSchema first). */
    async setEscalationRule(tenantId: string, rule: unknown): Promise<void> {
      try {
        await ctx.db.query(
          `INSERT INTO escalation_rules (tenant_id, rule, updated_at) VALUES ($1, $2::jsonb, $3)
           ON CONFLICT (tenant_id) DO UPDATE SET rule = EXCLUDED.rule, updated_at = EXCLUDED.updated_at`,
          [tenantId, json(rule), ctx.now().toISOString()],
        );
      } catch (e) {
        return mapDbError(e, 'escalation rule');
      }
    },

    /** Attempts that started and have not ended: calls in progress. */
    async liveAttempts(f: { tenantIds?: string[] | undefined; since?: Date } = {}): Promise<LiveAttempt[]> {
      const { rows } = await ctx.db.query<LiveRow>(
        `SELECT a.id AS attempt_id, a.channel, a.provider_id, a.started_at, a.answered_at, ${CONTEXT_COLUMNS},
           cc.status AS conference_status, cc.conference_sid
         FROM attempts a JOIN callbacks c ON c.id = a.callback_id ${CONTEXT_JOINS}
         LEFT JOIN call_conferences cc ON cc.attempt_id = a.id AND cc.status IN ('waiting', 'connected')
         -- The survey ends (the attempt is closed) when the customer is put through: the call
         -- goes on in its conference.
         WHERE ((a.ended_at IS NULL AND a.outcome IS NULL) OR cc.attempt_id IS NOT NULL) AND ($2::text[] IS NULL OR c.tenant_id = ANY($2::text[]))
           AND a.started_at >= $3
         ORDER BY a.started_at DESC LIMIT 200`,
        [ANONYMOUS_DIALOGS, f.tenantIds ?? null, ts(f.since ?? new Date(ctx.now().getTime() - 6 * 3_600_000))],
      );
      return rows.map((r) => ({
        ...toContext(r),
        attemptId: r.attempt_id,
        channel: r.channel,
        providerId: r.provider_id ?? null,
        startedAt: r.started_at,
        answeredAt: r.answered_at ?? null,
        conferenceStatus: r.conference_status ?? null,
        conferenceStarted: Boolean(r.conference_sid),
      }));
    },

    /** Distinct filter values (teams, districts, reasons) within a tenant scope. */
    async filterValues(tenantIds: string[] | null): Promise<{ tenants: { id: string; name: string }[]; teams: string[]; districts: string[]; reasons: string[] }> {
      const tenants = await ctx.db.query<{ id: string; name: string }>(
        'SELECT id, name FROM tenants WHERE ($1::text[] IS NULL OR id = ANY($1::text[])) ORDER BY id',
        [tenantIds],
      );
      const teams = await ctx.db.query<{ v: string }>(
        `SELECT DISTINCT team AS v FROM work_orders WHERE team IS NOT NULL AND ($1::text[] IS NULL OR tenant_id = ANY($1::text[])) ORDER BY 1`,
        [tenantIds],
      );
      const districts = await ctx.db.query<{ v: string }>(
        `SELECT DISTINCT district AS v FROM work_orders WHERE district IS NOT NULL AND ($1::text[] IS NULL OR tenant_id = ANY($1::text[])) ORDER BY 1`,
        [tenantIds],
      );
      const reasons = await ctx.db.query<{ v: string }>(
        `SELECT DISTINCT f.reason AS v FROM flags f JOIN callbacks c ON c.id = f.callback_id
         WHERE ($1::text[] IS NULL OR c.tenant_id = ANY($1::text[])) ORDER BY 1`,
        [tenantIds],
      );
      return { tenants: tenants.rows, teams: teams.rows.map((r) => r.v), districts: districts.rows.map((r) => r.v), reasons: reasons.rows.map((r) => r.v) };
    },

    /** Flags not yet announced to the alert sink, oldest first; marks them announced. */
    async claimUnalertedFlags(limit = 100): Promise<{ id: number; callbackId: string; reason: string; stepId: string | null; detail: string | null; createdAt: Date }[]> {
      const now = ctx.now().toISOString();
      const { rows } = await ctx.db.query<{ id: number; callback_id: string; reason: string; step_id: string | null; detail: string | null; created_at: Date }>(
        `UPDATE flags SET alerted_at = $1 WHERE id IN (
           SELECT id FROM flags WHERE alerted_at IS NULL ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING id, callback_id, reason, step_id, detail, created_at`,
        [now, limit],
      );
      return rows.map((r) => ({ id: r.id, callbackId: r.callback_id, reason: r.reason, stepId: r.step_id, detail: r.detail, createdAt: r.created_at }));
    },

    /** Overdue tasks not yet announced; marks them announced. */
    async claimOverdueTasks(now: Date, limit = 100): Promise<string[]> {
      const { rows } = await ctx.db.query<{ id: string }>(
        `UPDATE escalations SET overdue_alerted_at = $1 WHERE id IN (
           SELECT id FROM escalations WHERE status IN ('open', 'in_progress') AND due_at < $1 AND overdue_alerted_at IS NULL AND merged_into IS NULL
           ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING id`,
        [now.toISOString(), limit],
      );
      return rows.map((r) => r.id);
    },

    /**
     * A tenant's open tasks (escalations open or in progress): how many, how many overdue at
     * `now`, and the first `limit` by due time with the customer's masked number.
     */
    async openTaskSummary(tenantId: string, now: Date, limit: number): Promise<{
      total: number;
      overdue: number;
      top: { id: string; callbackId: string; reason: string; dueAt: Date | null; masked: string | null }[];
    }> {
      const { rows: cnt } = await ctx.db.query<{ total: number; overdue: number }>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE e.due_at < $2)::int AS overdue
         FROM escalations e JOIN callbacks c ON c.id = e.callback_id
         WHERE c.tenant_id = $1 AND e.status IN ('open', 'in_progress') AND e.merged_into IS NULL`,
        [tenantId, now.toISOString()],
      );
      const { rows } = await ctx.db.query<{ id: string; callback_id: string; reason: string; due_at: Date | null; masked: string | null }>(
        `SELECT e.id, e.callback_id, e.reason, e.due_at,
           (SELECT p.masked FROM customer_phones p WHERE p.customer_id = w.customer_id ORDER BY p.is_primary DESC, p.created_at LIMIT 1) AS masked
         FROM escalations e JOIN callbacks c ON c.id = e.callback_id JOIN work_orders w ON w.id = c.work_order_id
         WHERE c.tenant_id = $1 AND e.status IN ('open', 'in_progress') AND e.merged_into IS NULL
         ORDER BY e.due_at NULLS LAST, e.created_at, e.id LIMIT $2`,
        [tenantId, limit],
      );
      return {
        total: Number(cnt[0]?.total ?? 0),
        overdue: Number(cnt[0]?.overdue ?? 0),
        top: rows.map((r) => ({ id: r.id, callbackId: r.callback_id, reason: r.reason, dueAt: r.due_at, masked: r.masked })),
      };
    },

    /** Throw HF_STORE_NOT_FOUND unless the callback exists. */
    async requireCall(callbackId: string): Promise<CallContext> {
      const c = await repo.callContext(callbackId);
      if (!c) throw new HuifangError('HF_STORE_NOT_FOUND', `no callback ${callbackId}`);
      return c;
    },
  };
  return repo;
}
export type ReviewRepo = ReturnType<typeof reviewRepo>;
