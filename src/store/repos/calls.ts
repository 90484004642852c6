/**
 * Calls as they happened, the list of all calls and quality checks (抽检), issue 17.
 *
 * - transcript lines: what the customer heard or read and what they said, in order, on every
 *   channel (written by recordTurn in the turn's transaction);
 * - the list of calls: one row per callback with at least one contact attempt, filtered and paged;
 * - quality samples: a seeded random draw of a day's answered calls, recorded with seed, rate and
 *   population, and a scoring sheet per sampled call.
 *
 * Rows carry the customer's name and masked number plus `anonymous`; the HTTP layer removes them
 * for anonymous complainants (003 八.5(8)). Full numbers are never returned: a search by the last
 * digits matches them here and returns the masked form only.
 */
import type { RepoContext } from '../context.js';
import { mapDbError, ts } from '../context.js';
import { ANONYMOUS_DIALOGS, CONTEXT_COLUMNS, CONTEXT_JOINS, toContext, type CallContext, type ContextRow, type FlagFilter } from './review.js';

export type TranscriptRole = 'bot' | 'customer';
export type TranscriptVia = 'speech' | 'dtmf' | 'text' | 'none';

export interface TranscriptLineInput {
  callbackId: string;
  attemptId: string | null;
  role: TranscriptRole;
  stepId: string | null;
  text: string;
  via?: TranscriptVia | null;
  confidence?: number | null;
  providerEventId?: string | null;
}

export interface TranscriptLine {
  id: number;
  callbackId: string;
  attemptId: string | null;
  role: TranscriptRole;
  stepId: string | null;
  text: string;
  via: TranscriptVia | null;
  confidence: number | null;
  createdAt: Date;
}

export interface CallFilter {
  /** Restrict to these tenants (undefined = every tenant). */
  tenantIds?: string[] | undefined;
  tenantId?: string | undefined;
  /** First contact attempt at or after / before. */
  from?: Date | string | undefined;
  to?: Date | string | undefined;
  dialogId?: string | undefined;
  kind?: string | undefined;
  /** The callback's latest score level (very_satisfied, satisfied, neutral, dissatisfied). */
  level?: string | undefined;
  /** The callback's status (completed, escalated, …), or `reached` / `unreached`. */
  outcome?: string | undefined;
  flagged?: boolean | undefined;
  engineer?: string | undefined;
  team?: string | undefined;
  /** A work-order number (part of it), or the last digits (3–11) of a customer's number. */
  q?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface CallRow extends CallContext {
  firstAttemptAt: Date;
  lastAttemptAt: Date;
  attempts: number;
  channels: string[];
  /** A person answered a call, replied or chatted (an answering machine is not a person). */
  reached: boolean;
  level: string | null;
  flagCount: number;
  hasRecording: boolean;
}

/** The flags queue's filter: the flagged calls' (review.ts), searched, ordered by severity and paged. */
export interface FlagQueueFilter extends FlagFilter {
  /** A work-order number (part of it) or the last digits of the customer's number. */
  q?: string | undefined;
  /** Reasons most serious first (REASON_SEVERITY in src/domain/labels.ts): the queue's order. */
  severity: readonly string[];
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface FlagQueueRow extends CallContext {
  reasons: string[];
  flagCount: number;
  firstFlagAt: Date;
  lastFlagAt: Date;
  reviewed: boolean;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  level: string | null;
  openTasks: number;
  /** Rank of the call's most serious reason (0 = most serious). */
  severity: number;
}

export interface QualitySample {
  id: string;
  tenantId: string | null;
  day: string;
  percent: number;
  seed: string;
  population: number;
  size: number;
  scored: number;
  createdBy: string;
  createdAt: Date;
}

export interface QualityScoreInput {
  sampleId: string;
  callbackId: string;
  scriptFollowed: number;
  politeness: number;
  answerCorrect: boolean;
  notes: string | null;
  scoredBy: string;
}

export interface QualityItem extends CallContext {
  position: number;
  firstAttemptAt: Date | null;
  level: string | null;
  score: { scriptFollowed: number; politeness: number; answerCorrect: boolean; notes: string | null; scoredBy: string; scoredAt: Date } | null;
}

/** A person answered: an answered attempt that was not an answering machine (voice), or any reply (SMS, chat). */
export const REACHED_ATTEMPT_SQL = `(a.answered_at IS NOT NULL AND a.outcome IS DISTINCT FROM 'machine')`;

function scopeOf(f: { tenantIds?: string[] | undefined; tenantId?: string | undefined }): string[] | null {
  if (f.tenantId !== undefined) {
    if (f.tenantIds && !f.tenantIds.includes(f.tenantId)) return [];
    return [f.tenantId];
  }
  return f.tenantIds ?? null;
}

/** Digits only, 3–11 of them: the last digits of a number; anything else: a work-order number. */
function searchTerms(q: string | undefined): { digits: string | null; text: string | null } {
  const t = q?.trim() ?? '';
  if (!t) return { digits: null, text: null };
  const escaped = t.replace(/[\\%_]/g, (m) => `\\${m}`);
  return { digits: /^\d{3,11}$/.test(t) ? t : null, text: `%${escaped}%` };
}

export function callsRepo(ctx: RepoContext) {
  /** The per-callback attempt aggregate every call row reads. */
  const ATTEMPTS_CTE = `att AS (
      SELECT a.callback_id, min(a.started_at) AS first_at, max(a.started_at) AS last_at, count(*)::int AS n,
        array_agg(DISTINCT a.channel ORDER BY a.channel) AS channels,
        bool_or(${REACHED_ATTEMPT_SQL}) AS reached,
        bool_or(a.recording_ref IS NOT NULL AND ${REACHED_ATTEMPT_SQL}) AS has_recording
      FROM attempts a GROUP BY a.callback_id)`;

  const repo = {
    async addTranscriptLines(lines: readonly TranscriptLineInput[]): Promise<void> {
      if (!lines.length) return;
      const now = ctx.now().toISOString();
      try {
        // One statement for the turn, in order: the transcript is read back in id order.
        await ctx.db.query(
          `INSERT INTO transcript_lines (callback_id, attempt_id, role, step_id, text, via, confidence, provider_event_id, created_at)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::real[], $8::text[], $9::timestamptz[])`,
          [
            lines.map((l) => l.callbackId),
            lines.map((l) => l.attemptId),
            lines.map((l) => l.role),
            lines.map((l) => l.stepId),
            lines.map((l) => l.text),
            lines.map((l) => l.via ?? null),
            lines.map((l) => l.confidence ?? null),
            lines.map((l) => l.providerEventId ?? null),
            lines.map(() => now),
          ],
        );
      } catch (e) {
        return mapDbError(e, 'transcript line');
      }
    },

    /** Every line of a callback's conversations, in order. */
    async transcript(callbackId: string): Promise<TranscriptLine[]> {
      const { rows } = await ctx.db.query<{
        id: number; callback_id: string; attempt_id: string | null; role: TranscriptRole; step_id: string | null; text: string;
        via: TranscriptVia | null; confidence: number | null; created_at: Date;
      }>('SELECT * FROM transcript_lines WHERE callback_id = $1 ORDER BY id', [callbackId]);
      return rows.map((r) => ({
        id: Number(r.id), callbackId: r.callback_id, attemptId: r.attempt_id, role: r.role, stepId: r.step_id, text: r.text,
        via: r.via, confidence: r.confidence === null ? null : Number(r.confidence), createdAt: r.created_at,
      }));
    },

    /** All calls (callbacks with at least one contact attempt), newest first, filtered and paged. */
    async list(f: CallFilter = {}): Promise<{ items: CallRow[]; total: number }> {
      const scope = scopeOf(f);
      const { digits, text } = searchTerms(f.q);
      const pageSize = Math.min(Math.max(f.pageSize ?? 50, 1), 500);
      const page = Math.max(f.page ?? 1, 1);
      const outcome = f.outcome ?? null;
      const { rows } = await ctx.db.query<ContextRow & {
        first_at: Date; last_at: Date; n: number; channels: string[]; reached: boolean | null; has_recording: boolean | null;
        level: string | null; flag_count: number; total: number;
      }>(
        `WITH ${ATTEMPTS_CTE},
         lv AS (SELECT DISTINCT ON (s.callback_id) s.callback_id, s.level FROM scores s ORDER BY s.callback_id, s.created_at DESC, s.id DESC),
         fl AS (SELECT f.callback_id, count(*)::int AS n FROM flags f GROUP BY f.callback_id)
         SELECT ${CONTEXT_COLUMNS}, att.first_at, att.last_at, att.n, att.channels, att.reached, att.has_recording,
           lv.level, coalesce(fl.n, 0) AS flag_count, count(*) OVER ()::int AS total
         FROM att JOIN callbacks c ON c.id = att.callback_id ${CONTEXT_JOINS}
         LEFT JOIN lv ON lv.callback_id = c.id LEFT JOIN fl ON fl.callback_id = c.id
         WHERE ($2::text[] IS NULL OR c.tenant_id = ANY($2::text[]))
           AND ($3::timestamptz IS NULL OR att.first_at >= $3) AND ($4::timestamptz IS NULL OR att.first_at < $4)
           AND ($5::text IS NULL OR c.dialog_id = $5) AND ($6::text IS NULL OR w.kind = $6)
           AND ($7::text IS NULL OR lv.level = $7)
           AND ($8::text IS NULL OR c.status = $8 OR ($8 = 'reached' AND att.reached) OR ($8 = 'unreached' AND NOT att.reached))
           AND ($9::boolean IS NULL OR (coalesce(fl.n, 0) > 0) = $9)
           AND ($10::text IS NULL OR w.engineer = $10) AND ($11::text IS NULL OR w.team = $11)
           AND ($12::text IS NULL OR w.external_id ILIKE $12
                OR ($13::text IS NOT NULL AND EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_id = w.customer_id AND p.e164 LIKE '%' || $13)))
         ORDER BY att.first_at DESC, c.id
         LIMIT $14 OFFSET $15`,
        [ANONYMOUS_DIALOGS, scope, ts(f.from), ts(f.to), f.dialogId ?? null, f.kind ?? null, f.level ?? null, outcome,
          f.flagged ?? null, f.engineer ?? null, f.team ?? null, text, digits, pageSize, (page - 1) * pageSize],
      );
      let total = rows[0]?.total ?? 0;
      if (!rows.length && page > 1) {
        // Past the last page: still say how many there are.
        total = (await repo.list({ ...f, page: 1, pageSize: 1 })).total;
      }
      return {
        total,
        items: rows.map((r) => ({
          ...toContext(r),
          firstAttemptAt: r.first_at,
          lastAttemptAt: r.last_at,
          attempts: r.n,
          channels: r.channels,
          reached: r.reached === true,
          level: r.level,
          flagCount: r.flag_count,
          hasRecording: r.has_recording === true,
        })),
      };
    },

    /** The values the calls filters offer within a tenant scope: dialogs, kinds, engineers, teams. */
    async facets(tenantIds: string[] | null): Promise<{ dialogs: string[]; kinds: string[]; engineers: string[]; teams: string[] }> {
      const { rows } = await ctx.db.query<{ dialogs: string[] | null; kinds: string[] | null; engineers: string[] | null; teams: string[] | null }>(
        `SELECT array_agg(DISTINCT c.dialog_id) AS dialogs, array_agg(DISTINCT w.kind) AS kinds,
           array_agg(DISTINCT w.engineer) FILTER (WHERE w.engineer IS NOT NULL) AS engineers,
           array_agg(DISTINCT w.team) FILTER (WHERE w.team IS NOT NULL) AS teams
         FROM callbacks c JOIN work_orders w ON w.id = c.work_order_id
         WHERE ($1::text[] IS NULL OR c.tenant_id = ANY($1::text[])) AND EXISTS (SELECT 1 FROM attempts a WHERE a.callback_id = c.id)`,
        [tenantIds],
      );
      const r = rows[0];
      const sorted = (v: string[] | null | undefined) => [...(v ?? [])].sort();
      return { dialogs: sorted(r?.dialogs), kinds: sorted(r?.kinds), engineers: sorted(r?.engineers), teams: sorted(r?.teams) };
    },

    /**
     * The flagged-calls queue: one row per flagged call, the most serious reason first, then the
     * newest flag; filtered, searched and paged, with the total.
     */
    async flagQueue(f: FlagQueueFilter): Promise<{ items: FlagQueueRow[]; total: number }> {
      const scope = scopeOf(f);
      const { digits, text } = searchTerms(f.q);
      const pageSize = Math.min(Math.max(f.pageSize ?? 50, 1), 1000);
      const page = Math.max(f.page ?? 1, 1);
      const { rows } = await ctx.db.query<ContextRow & {
        reasons: string[]; flag_count: number; first_at: Date; last_at: Date; reviewed: boolean | null; reviewed_by: string | null;
        reviewed_at: Date | null; level: string | null; open_tasks: number; severity: number; total: number;
      }>(
        `WITH fl AS (
           SELECT callback_id, array_agg(DISTINCT reason ORDER BY reason) AS reasons, count(*)::int AS flag_count,
             min(created_at) AS first_at, max(created_at) AS last_at, bool_and(reviewed_at IS NOT NULL) AS all_reviewed,
             min(coalesce(array_position($13::text[], split_part(reason, ':', 1)), 1000))::int - 1 AS severity
           FROM flags
           WHERE ($3::text IS NULL OR callback_id IN (SELECT callback_id FROM flags WHERE reason = $3))
             AND ($4::timestamptz IS NULL OR created_at >= $4) AND ($5::timestamptz IS NULL OR created_at < $5)
           GROUP BY callback_id)
         SELECT ${CONTEXT_COLUMNS}, fl.reasons, fl.flag_count, fl.first_at, fl.last_at, fl.severity,
           (fl.all_reviewed OR cr.reviewed_at IS NOT NULL) AS reviewed, cr.reviewed_by, cr.reviewed_at,
           (SELECT s.level FROM scores s WHERE s.callback_id = c.id ORDER BY s.created_at DESC, s.id DESC LIMIT 1) AS level,
           (SELECT count(*)::int FROM escalations e WHERE e.callback_id = c.id AND e.status IN ('open', 'in_progress')) AS open_tasks,
           count(*) OVER ()::int AS total
         FROM fl JOIN callbacks c ON c.id = fl.callback_id ${CONTEXT_JOINS}
         LEFT JOIN call_reviews cr ON cr.callback_id = c.id
         WHERE ($2::text[] IS NULL OR c.tenant_id = ANY($2::text[]))
           AND ($6::text IS NULL OR w.team = $6) AND ($7::text IS NULL OR w.district = $7)
           AND ($8::boolean IS NULL OR (fl.all_reviewed OR cr.reviewed_at IS NOT NULL) = $8)
           AND ($9::text IS NULL OR w.external_id ILIKE $9
                OR ($10::text IS NOT NULL AND EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_id = w.customer_id AND p.e164 LIKE '%' || $10)))
         ORDER BY fl.severity, fl.last_at DESC, c.id
         LIMIT $11 OFFSET $12`,
        [ANONYMOUS_DIALOGS, scope, f.reason ?? null, ts(f.from), ts(f.to), f.team ?? null, f.district ?? null, f.reviewed ?? null,
          text, digits, pageSize, (page - 1) * pageSize, [...f.severity]],
      );
      let total = rows[0]?.total ?? 0;
      if (!rows.length && page > 1) total = (await repo.flagQueue({ ...f, page: 1, pageSize: 1 })).total;
      return {
        total,
        items: rows.map((r) => ({
          ...toContext(r),
          reasons: r.reasons,
          flagCount: r.flag_count,
          firstFlagAt: r.first_at,
          lastFlagAt: r.last_at,
          reviewed: r.reviewed === true,
          reviewedBy: r.reviewed_by ?? null,
          reviewedAt: r.reviewed_at ?? null,
          level: r.level ?? null,
          openTasks: r.open_tasks,
          severity: r.severity,
        })),
      };
    },

    /**
     * The population of a quality draw: callbacks whose first attempt falls in [from, to) and
     * that reached a person (there is something to check), in a stable order (by id).
     */
    async reachedCallbackIds(p: { tenantIds: string[] | null; from: Date; to: Date }): Promise<string[]> {
      const { rows } = await ctx.db.query<{ id: string }>(
        `WITH ${ATTEMPTS_CTE}
         SELECT c.id FROM att JOIN callbacks c ON c.id = att.callback_id
         WHERE att.reached AND att.first_at >= $1 AND att.first_at < $2 AND ($3::text[] IS NULL OR c.tenant_id = ANY($3::text[]))
         ORDER BY c.id`,
        [ts(p.from), ts(p.to), p.tenantIds],
      );
      return rows.map((r) => r.id);
    },

    /** Record a drawn sample and its calls, in one transaction. */
    async createSample(s: { tenantId: string | null; day: string; percent: number; seed: string; population: number; createdBy: string; callbackIds: string[] }): Promise<QualitySample> {
      const id = ctx.newId();
      const now = ctx.now().toISOString();
      await ctx.db.transaction(async (tx) => {
        try {
          await tx.query(
            `INSERT INTO quality_samples (id, tenant_id, day, percent, seed, population, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [id, s.tenantId, s.day, s.percent, s.seed, s.population, s.createdBy, now],
          );
          if (s.callbackIds.length) {
            await tx.query(
              `INSERT INTO quality_sample_items (sample_id, callback_id, position) SELECT $1, x.id, x.ord::int FROM unnest($2::text[]) WITH ORDINALITY AS x(id, ord)`,
              [id, s.callbackIds],
            );
          }
        } catch (e) {
          return mapDbError(e, 'quality sample');
        }
      });
      return (await repo.sample(id)) as QualitySample;
    },

    async sample(id: string): Promise<QualitySample | null> {
      return (await repo.samples({ id }))[0] ?? null;
    },

    /** Samples, newest first; within a tenant scope (a sample of every tenant only for users of every tenant). */
    async samples(f: { id?: string; tenantIds?: string[] | null; limit?: number } = {}): Promise<QualitySample[]> {
      const { rows } = await ctx.db.query<{
        id: string; tenant_id: string | null; day: string | Date; percent: number; seed: string; population: number; size: number; scored: number; created_by: string; created_at: Date;
      }>(
        `SELECT s.*, to_char(s.day, 'YYYY-MM-DD') AS day,
           (SELECT count(*)::int FROM quality_sample_items i WHERE i.sample_id = s.id) AS size,
           (SELECT count(*)::int FROM quality_scores q WHERE q.sample_id = s.id) AS scored
         FROM quality_samples s
         WHERE ($1::text IS NULL OR s.id = $1)
           AND ($2::text[] IS NULL OR s.tenant_id = ANY($2::text[]))
         ORDER BY s.day DESC, s.created_at DESC, s.id LIMIT $3`,
        [f.id ?? null, f.tenantIds ?? null, f.limit ?? 100],
      );
      return rows.map((r) => ({
        id: r.id, tenantId: r.tenant_id, day: String(r.day), percent: Number(r.percent), seed: r.seed, population: r.population,
        size: r.size, scored: r.scored, createdBy: r.created_by, createdAt: r.created_at,
      }));
    },

    /** The calls of a sample in the order drawn, with their sheets. */
    async sampleItems(sampleId: string): Promise<QualityItem[]> {
      const { rows } = await ctx.db.query<ContextRow & {
        position: number; first_at: Date | null; level: string | null;
        script_followed: number | null; politeness: number | null; answer_correct: boolean | null; notes: string | null; scored_by: string | null; scored_at: Date | null;
      }>(
        `SELECT ${CONTEXT_COLUMNS}, i.position,
           (SELECT min(a.started_at) FROM attempts a WHERE a.callback_id = c.id) AS first_at,
           (SELECT s.level FROM scores s WHERE s.callback_id = c.id ORDER BY s.created_at DESC, s.id DESC LIMIT 1) AS level,
           q.script_followed, q.politeness, q.answer_correct, q.notes, q.scored_by, q.scored_at
         FROM quality_sample_items i JOIN callbacks c ON c.id = i.callback_id ${CONTEXT_JOINS}
         LEFT JOIN quality_scores q ON q.sample_id = i.sample_id AND q.callback_id = i.callback_id
         WHERE i.sample_id = $2 ORDER BY i.position`,
        [ANONYMOUS_DIALOGS, sampleId],
      );
      return rows.map((r) => ({
        ...toContext(r),
        position: r.position,
        firstAttemptAt: r.first_at,
        level: r.level,
        score:
          r.scored_at && r.script_followed !== null && r.politeness !== null && r.answer_correct !== null && r.scored_by !== null
            ? { scriptFollowed: r.script_followed, politeness: r.politeness, answerCorrect: r.answer_correct, notes: r.notes, scoredBy: r.scored_by, scoredAt: r.scored_at }
            : null,
      }));
    },

    /** Whether a call belongs to a sample. */
    async inSample(sampleId: string, callbackId: string): Promise<boolean> {
      const { rows } = await ctx.db.query('SELECT 1 FROM quality_sample_items WHERE sample_id = $1 AND callback_id = $2', [sampleId, callbackId]);
      return rows.length > 0;
    },

    /** Save a call's sheet (the last save wins). */
    async saveScore(s: QualityScoreInput): Promise<void> {
      try {
        await ctx.db.query(
          `INSERT INTO quality_scores (sample_id, callback_id, script_followed, politeness, answer_correct, notes, scored_by, scored_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (sample_id, callback_id) DO UPDATE SET script_followed = EXCLUDED.script_followed, politeness = EXCLUDED.politeness,
             answer_correct = EXCLUDED.answer_correct, notes = EXCLUDED.notes, scored_by = EXCLUDED.scored_by, scored_at = EXCLUDED.scored_at`,
          [s.sampleId, s.callbackId, s.scriptFollowed, s.politeness, s.answerCorrect, s.notes, s.scoredBy, ctx.now().toISOString()],
        );
      } catch (e) {
        return mapDbError(e, 'quality score');
      }
    },
  };
  return repo;
}
export type CallsRepo = ReturnType<typeof callsRepo>;
