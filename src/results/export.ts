/**
 * Result export: one row per finished callback, as CSV (with a header) or NDJSON.
 * The level comes from the callback's overall score (see `overallScore`), the reason from
 * the dissatisfaction-reason answer (see `dissatisfactionReason`).
 */
import { stringify } from 'csv-stringify/sync';
import { HuifangError } from '../shared/errors.js';
import type { Db } from '../store/db.js';
import type { ReportLevel } from '../domain/levels.js';
import { dissatisfactionReason, overallScore } from './writeback.js';

export interface ExportRow {
  workOrderId: string;
  dialog: string;
  outcome: string | null;
  channel: string | null;
  level: ReportLevel | null;
  score: string | null;
  scale: string | null;
  reason: string | null;
  escalated: boolean;
  completedAt: string | null;
}

export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'workOrderId', 'dialog', 'outcome', 'channel', 'level', 'score', 'scale', 'reason', 'escalated', 'completedAt',
];

export interface ExportFilter {
  /** First day (YYYY-MM-DD, in the tenant's time zone), inclusive. */
  from?: string;
  /** Last day (YYYY-MM-DD, in the tenant's time zone), inclusive. */
  to?: string;
  tenantId?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(name: string, v: string | undefined): void {
  if (v !== undefined && (!DAY.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)))) {
    throw new HuifangError('HF_CLI_USAGE', `--${name} must be a date YYYY-MM-DD, got ${v}`);
  }
}

interface Joined {
  id: string;
  external_id: string;
  dialog_id: string;
  outcome: string | null;
  completed_at: Date | null;
  channel: string | null;
  escalated: boolean;
}

/**
 * Read the finished callbacks (completed_at set) in the date range, oldest first.
 * Days are calendar days in each tenant's time zone.
 */
export async function exportRows(db: Db, filter: ExportFilter = {}): Promise<ExportRow[]> {
  checkDay('from', filter.from);
  checkDay('to', filter.to);
  const { rows } = await db.query<Joined>(
    `SELECT c.id, w.external_id, c.dialog_id, c.outcome, c.completed_at,
       (SELECT a.channel FROM attempts a WHERE a.callback_id = c.id ORDER BY a.started_at DESC, a.id DESC LIMIT 1) AS channel,
       EXISTS (SELECT 1 FROM escalations e WHERE e.callback_id = c.id) AS escalated
     FROM callbacks c JOIN work_orders w ON w.id = c.work_order_id JOIN tenants t ON t.id = c.tenant_id
     WHERE c.completed_at IS NOT NULL
       AND ($1::text IS NULL OR c.tenant_id = $1)
       AND ($2::date IS NULL OR c.completed_at >= ($2::date)::timestamp AT TIME ZONE t.time_zone)
       AND ($3::date IS NULL OR c.completed_at < ($3::date + 1)::timestamp AT TIME ZONE t.time_zone)
     ORDER BY c.completed_at, c.id`,
    [filter.tenantId ?? null, filter.from ?? null, filter.to ?? null],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const scores = await db.query<{ callback_id: string; step_id: string; scale: string; raw: string; level: ReportLevel | null }>(
    'SELECT callback_id, step_id, scale, raw, level FROM scores WHERE callback_id = ANY($1::text[]) ORDER BY created_at, id',
    [ids],
  );
  const answers = await db.query<{ callback_id: string; step_id: string; raw: string }>(
    'SELECT callback_id, step_id, raw FROM answers WHERE callback_id = ANY($1::text[]) ORDER BY created_at, id',
    [ids],
  );
  const escalations = await db.query<{ callback_id: string; reason: string; detail: string | null }>(
    'SELECT callback_id, reason, detail FROM escalations WHERE callback_id = ANY($1::text[]) ORDER BY created_at, id',
    [ids],
  );
  const group = <T extends { callback_id: string }>(list: T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const r of list) m.set(r.callback_id, [...(m.get(r.callback_id) ?? []), r]);
    return m;
  };
  const scoresBy = group(scores.rows);
  const answersBy = group(answers.rows);
  const escBy = group(escalations.rows);
  return rows.map((r) => {
    const s = overallScore((scoresBy.get(r.id) ?? []).map((x) => ({ stepId: x.step_id, scale: x.scale, raw: x.raw, level: x.level })));
    const esc = escBy.get(r.id) ?? [];
    const dissatisfied = s?.level === 'dissatisfied' || esc.some((e) => e.reason === 'dissatisfied' || e.reason === 'low_score');
    return {
      workOrderId: r.external_id,
      dialog: r.dialog_id,
      outcome: r.outcome,
      channel: r.channel,
      level: s?.level ?? null,
      score: s?.raw ?? null,
      scale: s?.scale ?? null,
      reason: dissatisfactionReason(
        (answersBy.get(r.id) ?? []).map((a) => ({ stepId: a.step_id, raw: a.raw })),
        esc,
        dissatisfied,
      ),
      escalated: r.escalated,
      completedAt: r.completed_at ? r.completed_at.toISOString() : null,
    };
  });
}

/** CSV with a header row (RFC 4180 quoting). `bom` prepends a UTF-8 BOM so Excel reads Chinese text. */
export function toCsv(rows: readonly ExportRow[], opts: { bom?: boolean } = {}): string {
  const csv = stringify(
    rows.map((r) => EXPORT_COLUMNS.map((c) => (r[c] === null ? '' : String(r[c])))),
    { header: true, columns: [...EXPORT_COLUMNS] },
  );
  return (opts.bom ? '\uFEFF' : '') + csv;
}

/** One JSON object per line. */
export function toNdjson(rows: readonly ExportRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}
