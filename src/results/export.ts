/**
 * Result export: one row per finished callback, as CSV (with a header) or NDJSON.
 * The level comes from the callback's overall score (see `overallScore`), the reason from
 * the dissatisfaction-reason answer (see `dissatisfactionReason`).
 */
import { stringify } from 'csv-stringify/sync';
import { HuifangError } from '../shared/errors.js';
import type { Store } from '../store/index.js';
import type { ReportLevel } from '../domain/levels.js';
import { dissatisfactionReason, isDissatisfied, overallScore } from './writeback.js';

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

/**
 * Read the finished callbacks (completed_at set) in the date range, oldest first.
 * Days are calendar days in each tenant's time zone.
 */
export async function exportRows(store: Store, filter: ExportFilter = {}): Promise<ExportRow[]> {
  checkDay('from', filter.from);
  checkDay('to', filter.to);
  const rows = await store.reports.finishedCallbacks(filter);
  return rows.map((r) => {
    const s = overallScore(r.scores);
    const dissatisfied = isDissatisfied(s?.level ?? null, r.escalations);
    return {
      workOrderId: r.workOrderExternalId,
      dialog: r.dialogId,
      outcome: r.outcome,
      channel: r.channel,
      level: s?.level ?? null,
      score: s?.raw ?? null,
      scale: s?.scale ?? null,
      reason: dissatisfactionReason(r.answers, r.escalations, dissatisfied),
      escalated: r.escalated,
      completedAt: r.completedAt ? r.completedAt.toISOString() : null,
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
