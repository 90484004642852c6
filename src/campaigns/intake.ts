/**
 * Work-order intake: the format companies send finished work orders in, its validation, and
 * the insert-only ingest shared by `POST /api/work-orders` and `huifang import`.
 *
 * Every finished install, move, repair and handled complaint gets a callback (004 第五十一条),
 * heating repairs and complaints too (003 四.4(7), 八.3), renovation projects at each stage
 * (004 第五篇): those are the kinds below. The tenant's time zone comes from the tenant, never
 * from the row.
 *
 * Rules:
 * - Strict: an unknown field is rejected by name (a typo must not silently drop data).
 * - Idempotent by (tenant, external id): a re-sent order changes nothing, not a single column.
 * - A bad row never stops or rolls back the good ones: each row is validated on its own and
 *   written in its own transaction.
 * - Phone numbers never appear in messages or logs (000 第四十三条(十一)): a rejection names
 *   the field (`customer.phones[0]`), never the value.
 *
 * @example
 *   const r = await ingestWorkOrders(store, 'default', [{ externalId: 'WO-1', kind: 'install',
 *     finishedAt: '2025-01-15T10:30:00+08:00', customer: { name: '张三', phones: ['13800138000'] } }]);
 *   // r = { accepted: 1, duplicates: 0, rejected: [], acceptedIds: ['…'] }
 */
import { z } from 'zod';
import { HuifangError, isHuifangError } from '../shared/errors.js';
import { normalizePhone } from '../shared/phone.js';
import type { Store, WorkOrderInput } from '../store/index.js';

/** The work-order kinds Huifang knows (the callback campaigns are chosen by kind). */
export const WORK_ORDER_KINDS = [
  'install',
  'move',
  'repair',
  'complaint',
  'heating-repair',
  'heating-complaint',
  'renovation-stage',
  // A smart-home engineer's visit, rated 0–10 (000 第四十二条): the unicom-engineer dialog.
  'smart-home',
] as const;
export type WorkOrderKind = (typeof WORK_ORDER_KINDS)[number];

/** Renovation stages with a callback (004 第五篇): start, mid-term payment, completion, warranty. */
export const RENOVATION_STAGES = ['start', 'mid-payment', 'completion', 'warranty'] as const;
export type RenovationStage = (typeof RENOVATION_STAGES)[number];

/** Customer segments (004 第五十二条: important and high-value customers get a human callback). */
export const SEGMENTS = ['vip', 'high_value', 'normal'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** The error code of every rejected row. */
export const WORK_ORDER_INVALID = 'HF_WORK_ORDER_INVALID' as const;

const PHONE_MESSAGE = 'not a valid phone number';

/**
 * Whether an E.164 number is plausible. Mainland China numbers (+86) are checked by length,
 * so a mistyped mobile (10 digits) is caught: mobiles 1[3-9] + 9 digits, Beijing landlines
 * 10 + 8 digits, other landlines an area code 2–9… with 10–11 digits in all. Other countries:
 * E.164 as normalised.
 */
export function plausiblePhone(e164: string): boolean {
  if (!e164.startsWith('+86')) return true;
  const national = e164.slice(3);
  return /^1[3-9]\d{9}$/.test(national) || /^10\d{8}$/.test(national) || /^[2-9]\d{9,10}$/.test(national);
}

/** A phone number, normalised to E.164; the value never appears in the error. */
const PhoneField = z.string({ error: PHONE_MESSAGE }).transform((s, ctx) => {
  let e164: string;
  try {
    e164 = normalizePhone(s);
  } catch {
    ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE });
    return z.NEVER;
  }
  if (!plausiblePhone(e164)) {
    ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE });
    return z.NEVER;
  }
  return e164;
});

/** True when a string holds a control character other than tab, line feed or carriage return (NUL included: Postgres refuses it). */
function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((s) => !hasControlCharacter(s), 'must not contain control characters (such as NUL)');

/** One incoming work order (JSON, one NDJSON line, or one CSV row after `csvRecordToOrder`). */
export const WorkOrderSchema = z
  .strictObject({
    /** The company's own work-order number: unique per tenant, the idempotency key. */
    externalId: text(128),
    kind: z.enum(WORK_ORDER_KINDS),
    /** Renovation projects only: which stage was reached. */
    stage: z.enum(RENOVATION_STAGES).optional(),
    /** When the work was finished: ISO 8601 with an offset (Z or ±hh:mm). */
    finishedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time with an offset, e.g. 2025-01-15T10:30:00+08:00' }),
    customer: z.strictObject({
      name: text(100).optional(),
      phones: z.array(PhoneField).min(1, 'at least one phone number is required').max(5, 'at most 5 phone numbers'),
      /** The customer's chat address (for chat callbacks), as the chat channel knows it. */
      chatAddress: text(500).optional(),
    }),
    address: text(500).optional(),
    district: text(100).optional(),
    /** Heat station (换热站) or service area. */
    heatStation: text(100).optional(),
    engineer: text(100).optional(),
    team: text(100).optional(),
    segment: z.enum(SEGMENTS).optional(),
    /** The complainant asked to stay anonymous (003 八.5(8)). */
    anonymous: z.boolean().optional(),
  })
  .superRefine((o, ctx) => {
    if (o.kind === 'renovation-stage' && !o.stage) {
      ctx.addIssue({ code: 'custom', path: ['stage'], message: 'required when kind is renovation-stage' });
    }
    if (o.kind !== 'renovation-stage' && o.stage) {
      ctx.addIssue({ code: 'custom', path: ['stage'], message: 'only allowed when kind is renovation-stage' });
    }
  });

/** A work order as sent (before normalisation). */
export type WorkOrderRow = z.input<typeof WorkOrderSchema>;
/** A validated work order (phones in E.164, strings trimmed). */
export type ValidWorkOrder = z.output<typeof WorkOrderSchema>;

/** Every field name of the format, dotted for nested ones (the CSV header names). */
export const WORK_ORDER_FIELDS = [
  'externalId',
  'kind',
  'stage',
  'finishedAt',
  'customer.name',
  'customer.phones',
  'customer.chatAddress',
  'address',
  'district',
  'heatStation',
  'engineer',
  'team',
  'segment',
  'anonymous',
] as const;

export interface Rejection {
  /** 1-based: the line in the file (import), or the position in the batch (API). */
  line: number;
  externalId?: string;
  /** Dot path of the first problem, e.g. `customer.phones[0]`; '' for the row as a whole. */
  field: string;
  code: typeof WORK_ORDER_INVALID;
  message: string;
  /** Every problem of the row (the first one is repeated in field/message). */
  issues: { field: string; message: string }[];
}

export interface IngestResult {
  /** Rows inserted. */
  accepted: number;
  /** Rows already known by (tenant, externalId): nothing was changed. */
  duplicates: number;
  /** One entry per rejected row, in input order. */
  rejected: Rejection[];
  /** Ids of the inserted work orders, in input order. */
  acceptedIds: string[];
}

export interface IngestProgress {
  done: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** Total rows when known (arrays), else undefined (streams). */
  total: number | undefined;
}

export interface IngestOptions {
  /** Called after each row. */
  onProgress?: (p: IngestProgress) => void;
  /** Stored in the work order's raw JSON as `source` (e.g. 'api', 'import'). */
  source?: string;
}

/** A row with its line number, or a line that could not even be parsed (bad JSON, bad CSV). */
export type NumberedRow = { line: number; value: unknown } | { line: number; error: string; field?: string };

/** Dot path of a zod issue path: ['customer', 'phones', 0] -> 'customer.phones[0]'. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

function issuesOf(error: z.ZodError): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const iss of error.issues) {
    if (iss.code === 'unrecognized_keys') {
      for (const k of iss.keys) out.push({ field: fieldPath([...iss.path, k]), message: 'unknown field' });
      continue;
    }
    let message = iss.message;
    if (iss.code === 'invalid_type' && iss.input === undefined) message = 'required';
    else if (iss.code === 'invalid_type' && iss.path.length === 0) message = 'a work order must be a JSON object';
    out.push({ field: fieldPath(iss.path), message });
  }
  return out;
}

/** The external id of a raw row, if it has a usable one (for rejections). */
function externalIdOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const id = (value as Record<string, unknown>).externalId;
    if (typeof id === 'string' && id.trim() !== '' && id.length <= 128) return id.trim();
  }
  return undefined;
}

export type ValidationResult = { ok: true; order: ValidWorkOrder } | { ok: false; issues: { field: string; message: string }[] };

/** Validate one row (no IO). Messages never contain the row's values. */
export function validateWorkOrder(value: unknown): ValidationResult {
  const r = WorkOrderSchema.safeParse(value);
  if (r.success) return { ok: true, order: r.data };
  return { ok: false, issues: issuesOf(r.error) };
}

/** The repository input for a validated order. Phones are kept out of `raw`. */
export function toWorkOrderInput(tenantId: string, o: ValidWorkOrder, source?: string): WorkOrderInput {
  const raw: Record<string, unknown> = {};
  if (o.stage) raw.stage = o.stage;
  if (o.customer.chatAddress) raw.chatAddress = o.customer.chatAddress;
  if (source) raw.source = source;
  return {
    tenantId,
    externalId: o.externalId,
    kind: o.kind,
    finishedAt: o.finishedAt,
    customer: { name: o.customer.name ?? null, phones: o.customer.phones },
    address: o.address ?? null,
    district: o.district ?? null,
    heatStation: o.heatStation ?? null,
    engineer: o.engineer ?? null,
    team: o.team ?? null,
    segment: o.segment ?? null,
    anonymous: o.anonymous ?? false,
    raw,
  };
}


/** Rows are validated and checked for duplicates this many at a time. */
const CHUNK = 200;

function isAsyncIterable(v: unknown): v is AsyncIterable<unknown> {
  return !!v && typeof (v as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

/**
 * Validate and insert numbered rows (a file being streamed, or a batch). Each good row is
 * written in its own transaction; bad rows are reported with their line and field.
 *
 * @throws HuifangError HF_STORE_NOT_FOUND when the tenant does not exist (nothing is written).
 */
export async function ingestNumberedRows(
  store: Store,
  tenantId: string,
  rows: Iterable<NumberedRow> | AsyncIterable<NumberedRow>,
  opts: IngestOptions & { total?: number } = {},
): Promise<IngestResult> {
  const tenant = await store.tenants.get(tenantId);
  if (!tenant) throw new HuifangError('HF_STORE_NOT_FOUND', `no tenant ${tenantId}`);
  const result: IngestResult = { accepted: 0, duplicates: 0, rejected: [], acceptedIds: [] };
  let done = 0;
  const reject = (line: number, value: unknown, issues: { field: string; message: string }[]): void => {
    const first = issues[0] ?? { field: '', message: 'invalid work order' };
    const externalId = externalIdOf(value);
    result.rejected.push({
      line,
      ...(externalId !== undefined ? { externalId } : {}),
      field: first.field,
      code: WORK_ORDER_INVALID,
      message: first.message,
      issues,
    });
  };
  const progress = (): void =>
    opts.onProgress?.({
      done,
      accepted: result.accepted,
      duplicates: result.duplicates,
      rejected: result.rejected.length,
      total: opts.total,
    });
  // A chunk: validate every row, look the valid ones up in one query, then insert the new
  // ones in input order, each in its own transaction.
  const flush = async (chunk: NumberedRow[]): Promise<void> => {
    const checked = chunk.map((row) => {
      if ('error' in row) return { row, issues: [{ field: row.field ?? '', message: row.error }] };
      const v = validateWorkOrder(row.value);
      return v.ok ? { row, order: v.order } : { row, issues: v.issues };
    });
    const known = await store.workOrders.knownExternalIds(
      tenantId,
      checked.flatMap((c) => (c.order ? [c.order.externalId] : [])),
    );
    for (const c of checked) {
      const value = 'value' in c.row ? c.row.value : undefined;
      if (!c.order) reject(c.row.line, value, c.issues ?? []);
      else if (known.has(c.order.externalId)) result.duplicates++;
      else {
        try {
          const out = await store.workOrders.insertIfNew(toWorkOrderInput(tenantId, c.order, opts.source));
          if (out.kind === 'duplicate') result.duplicates++;
          else {
            result.accepted++;
            result.acceptedIds.push(out.id);
          }
        } catch (e) {
          // A value the database refuses (a check constraint): reject the row, without the
          // database's message (it may quote the value).
          if (isHuifangError(e) && (e.code === 'HF_STORE_INVALID' || e.code === 'HF_PHONE_INVALID')) {
            reject(c.row.line, value, [{ field: '', message: 'the store refused this work order' }]);
          } else throw e;
        }
      }
      done++;
      progress();
    }
  };
  let chunk: NumberedRow[] = [];
  const add = async (row: NumberedRow): Promise<void> => {
    chunk.push(row);
    if (chunk.length >= CHUNK) {
      const full = chunk;
      chunk = [];
      await flush(full);
    }
  };
  if (isAsyncIterable(rows)) {
    for await (const row of rows as AsyncIterable<NumberedRow>) await add(row);
  } else {
    for (const row of rows) await add(row);
  }
  await flush(chunk);
  return result;
}

/**
 * Validate `rows` (parsed JSON values) and insert the good ones; `line` in a rejection is the
 * 1-based position in `rows`. Idempotent by (tenant, externalId): a known order is counted
 * as a duplicate and left exactly as it is.
 *
 * @throws HuifangError HF_STORE_NOT_FOUND when the tenant does not exist.
 */
export async function ingestWorkOrders(
  store: Store,
  tenantId: string,
  rows: readonly unknown[],
  opts: IngestOptions = {},
): Promise<IngestResult> {
  return ingestNumberedRows(
    store,
    tenantId,
    rows.map((value, i) => ({ line: i + 1, value })),
    { ...opts, total: rows.length },
  );
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', '否']);

/**
 * One CSV record (header name -> cell) as a work-order value: dotted header names become
 * nested objects, empty cells are left out, `customer.phones` is split on `;`, and
 * `anonymous` is read as a boolean (true/false, 1/0, yes/no, 是/否).
 */
export function csvRecordToOrder(record: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [header, rawCell] of Object.entries(record)) {
    const key = header.trim();
    const cell = rawCell.trim();
    if (key === '' || cell === '') continue;
    let value: unknown = cell;
    if (key === 'customer.phones') {
      value = cell
        .split(/[;；]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    } else if (key === 'anonymous') {
      const w = cell.toLowerCase();
      value = TRUE_WORDS.has(w) ? true : FALSE_WORDS.has(w) ? false : cell;
    }
    const parts = key.split('.');
    let target = out;
    for (const part of parts.slice(0, -1)) {
      const next = target[part];
      if (next && typeof next === 'object' && !Array.isArray(next)) target = next as Record<string, unknown>;
      else {
        const created: Record<string, unknown> = {};
        target[part] = created;
        target = created;
      }
    }
    target[parts[parts.length - 1] as string] = value;
  }
  return out;
}
