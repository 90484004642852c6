/**
 * Importing work orders from a file (`huifang import <file.csv|file.ndjson> [--tenant ID]`):
 * streaming (any size), with a progress bar on stderr when it is a terminal. Prints the
 * summary and every rejected row as `line N: field F: message`; exit code 0 when nothing was
 * rejected, 1 otherwise. Re-importing a file changes nothing (idempotent by external id).
 *
 * See docs/intake.md.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { SingleBar } from 'cli-progress';
import { parse } from 'csv-parse';
import { csvRecordToOrder, ingestNumberedRows, type IngestResult, type NumberedRow } from './intake.js';
import { loadConfig } from '../shared/config.js';
import { HuifangError } from '../shared/errors.js';
import { DEFAULT_TENANT_ID, openStore, type Store } from '../store/index.js';

export type ImportFormat = 'csv' | 'ndjson';

/** Something to write text to (process.stdout, a test buffer). */
export interface TextOut {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface ImportOptions {
  file: string;
  /** Default: the default tenant (created if missing). */
  tenantId?: string;
  /** Default: from the file name (.csv; .ndjson, .jsonl). */
  format?: ImportFormat;
  /** Default: opened from the environment (DATABASE_URL or HUIFANG_DATA_DIR), closed at the end. */
  store?: Store;
  stdout?: TextOut;
  stderr?: TextOut;
  /** Show the progress bar (default: when stderr is a terminal). */
  progress?: boolean;
}

export interface ImportOutcome {
  result: IngestResult;
  /** 0 when nothing was rejected, 1 otherwise. */
  exitCode: 0 | 1;
}

/** The format of a file from its name, or null. */
export function formatOfFile(file: string): ImportFormat | null {
  const f = file.toLowerCase();
  if (f.endsWith('.csv')) return 'csv';
  if (f.endsWith('.ndjson') || f.endsWith('.jsonl')) return 'ndjson';
  return null;
}

/**
 * CSV rows as numbered work-order values. The header names are the JSON field names, dotted
 * for nested ones (`customer.name`, `customer.phones` with `;` between numbers). `line` is the
 * file line the row ends on. A syntax error ends the file with one error row.
 */
export async function* readCsv(input: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<NumberedRow> {
  type Item = { record: string[]; info: { lines: number; bytes: number } };
  const parser = input.pipe(parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: true }));
  // 'data' events, not async iteration: a syntax error would otherwise drop the records
  // parsed before it in the same chunk. The queue is bounded by pausing the parser.
  const queue: Item[] = [];
  let ended = false;
  let failure: { code?: string; lines?: number } | null = null;
  let wake: (() => void) | null = null;
  const signal = (): void => {
    wake?.();
    wake = null;
  };
  parser.on('data', (item: Item) => {
    queue.push(item);
    if (queue.length >= 1000) parser.pause();
    signal();
  });
  parser.on('end', () => {
    ended = true;
    signal();
  });
  parser.on('error', (e: { code?: string; lines?: number }) => {
    failure = e;
    signal();
  });
  let header: string[] | null = null;
  let lastLine = 1;
  try {
    for (;;) {
      const item = queue.shift();
      if (!item) {
        if (failure) {
          // csv-parse messages quote the data: only the code and line are reported.
          const err: { code?: string; lines?: number } = failure;
          yield { line: err.lines ?? lastLine + 1, error: `CSV syntax error (${err.code ?? 'unreadable'}); the rest of the file was not read` };
          return;
        }
        if (ended) return;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      if (queue.length < 100 && parser.isPaused()) parser.resume();
      const { record, info } = item;
      lastLine = info.lines;
      onBytes?.(info.bytes);
      if (!header) {
        header = record.map((h) => h.trim());
        continue;
      }
      if (record.length !== header.length) {
        yield { line: info.lines, error: `has ${record.length} cells, the header has ${header.length}` };
        continue;
      }
      const obj: Record<string, string> = {};
      header.forEach((h, i) => {
        obj[h] = record[i] ?? '';
      });
      yield { line: info.lines, value: csvRecordToOrder(obj) };
    }
  } finally {
    parser.destroy();
    input.destroy();
  }
}

/** NDJSON lines as numbered values; blank lines are skipped, a line that is not JSON is an error row. */
export async function* readNdjson(input: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<NumberedRow> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let bytes = 0;
  try {
    for await (const text of rl) {
      line++;
      bytes += Buffer.byteLength(text, 'utf8') + 1;
      onBytes?.(bytes);
      const t = line === 1 ? text.replace(/^\uFEFF/, '').trim() : text.trim();
      if (t === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(t);
      } catch {
        // JSON.parse's message quotes the text (it may hold a phone number): not repeated.
        yield { line, error: 'not valid JSON' };
        continue;
      }
      yield { line, value };
    }
  } finally {
    rl.close();
    input.destroy();
  }
}

/** The printed summary: the counts, then every problem of every rejected row. */
export function formatSummary(result: IngestResult): string {
  const lines = [`accepted ${result.accepted}, duplicates ${result.duplicates}, rejected ${result.rejected.length}`];
  for (const r of result.rejected) {
    for (const iss of r.issues) lines.push(`line ${r.line}: field ${iss.field || '(row)'}: ${iss.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Import a CSV or NDJSON file into a tenant: the function behind `huifang import`.
 *
 * @throws HuifangError HF_CLI_USAGE (unknown format, unreadable file), HF_STORE_NOT_FOUND (no such tenant).
 */
export async function runImport(opts: ImportOptions): Promise<ImportOutcome> {
  const format = opts.format ?? formatOfFile(opts.file);
  if (!format) throw new HuifangError('HF_CLI_USAGE', `cannot tell the format of ${opts.file}: name it .csv or .ndjson, or give --format`);
  let size: number;
  try {
    const st = statSync(opts.file);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw new HuifangError('HF_CLI_USAGE', `cannot read ${opts.file}`);
  }
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  const showBar = opts.progress ?? stderr.isTTY === true;
  let store = opts.store;
  let ownStore = false;
  if (!store) {
    const config = loadConfig();
    store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    ownStore = true;
  }
  try {
    const tenantId = opts.tenantId ?? DEFAULT_TENANT_ID;
    if (tenantId === DEFAULT_TENANT_ID) await store.tenants.ensureDefault();
    else if (!(await store.tenants.get(tenantId))) throw new HuifangError('HF_STORE_NOT_FOUND', `no tenant ${tenantId}`);

    const bar = showBar
      ? new SingleBar({
          format: 'importing [{bar}] {percentage}% | {rows} rows | {rejected} rejected',
          stream: stderr as NodeJS.WritableStream,
          hideCursor: true,
          clearOnComplete: false,
          // When asked for on a non-terminal (--progress in CI logs): a line every 2 s.
          noTTYOutput: true,
          notTTYSchedule: 2000,
        })
      : null;
    bar?.start(Math.max(size, 1), 0, { rows: 0, rejected: 0 });
    const input = createReadStream(opts.file);
    // The file offset after each row, so the bar follows the rows written, not the reading
    // (which runs ahead by a chunk).
    const offsets: number[] = [];
    let bytes = 0;
    const onBytes = (b: number): void => {
      bytes = b;
    };
    async function* withOffsets(src: AsyncIterable<NumberedRow>): AsyncGenerator<NumberedRow> {
      for await (const row of src) {
        offsets.push(bytes);
        yield row;
      }
    }
    const rows = withOffsets(format === 'csv' ? readCsv(input, onBytes) : readNdjson(input, onBytes));
    let result: IngestResult;
    try {
      result = await ingestNumberedRows(store, tenantId, rows, {
        source: 'import',
        onProgress: (p) => bar?.update(Math.min(offsets[p.done - 1] ?? 0, size), { rows: p.done, rejected: p.rejected }),
      });
      bar?.update(Math.max(size, 1));
    } finally {
      bar?.stop();
    }
    stdout.write(formatSummary(result));
    return { result, exitCode: result.rejected.length === 0 ? 0 : 1 };
  } finally {
    if (ownStore) await store.close();
  }
}
