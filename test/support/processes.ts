/**
 * Real processes for topology and fault tests: `node bin/huifang.js simulator|serve|worker`
 * (and one-shot commands) as child processes, each with an environment built from scratch —
 * never PORT, PUBLIC_URL, HUIFANG_DATA_DIR or DATABASE_URL of the test runner's own
 * environment — on free ports, a data folder of their own and, for server Postgres, a database
 * of their own that is created for the set-up and dropped after it.
 *
 * The whole API:
 *
 * ```ts
 * const t = await Topology.create({ postgres: true });   // a database hf_<prefix>_<random>, a temp folder, ports
 * const sim = await t.simulator({ speed: 20 });          // waits for its start line; sim.stats()
 * const web = await t.serve();                           // waits for GET /healthz
 * const w1 = await t.worker({ tick: 1 });                // waits for 'huifang worker running'
 * t.cli(['tenant', 'create', 'acme', '--name', '某公司', '--tz', 'Asia/Shanghai']);  // spawnSync, same env
 * writeFileSync(join(t.dir, 'o.csv'), workOrdersCsv(40, 'WO')); t.cli(['import', 'o.csv', '--tenant', 'acme']);
 * t.status('acme').stuck; await t.sql('SELECT …')                 // status --json; SQL on its database
 * w1.kill('SIGKILL');                                    // kill -9; await w1.exited
 * t.logs()                                               // every line of every process; unmaskedPhones(t.logs())
 * await t.stop();                                        // SIGTERM, then SIGKILL after a grace; drop the database, remove the folder
 * ```
 *
 * Every process shares the topology's environment (`t.env`): DATABASE_URL (or the embedded
 * folder), TWILIO_ACCOUNT_SID/AUTH_TOKEN/FROM (valid test values), TWILIO_API_BASE (once the
 * simulator runs), PUBLIC_URL (the first `serve`'s URL, chosen before anything starts, so the
 * simulator can sign for it). Per process, `env` adds or overrides variables. Readiness waits
 * have a deadline only so a broken start fails the test instead of hanging it; nothing is timed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { HEX_ID_IN_TEXT } from '../../src/shared/logging.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/huifang.js');

/** Test credentials of the form Twilio checks (AC + 32 hex); the simulator accepts the same. */
export const TEST_TWILIO = { accountSid: 'AC' + 'f1ee7'.repeat(6) + 'ab', authToken: 'fleet-test-token-0123', from: '+861069000001' } as const;

/** The server Postgres tests may use: DATABASE_URL_TEST, else the machine's on 127.0.0.1:5432. */
export const ADMIN_PG_URL = process.env.DATABASE_URL_TEST ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether server Postgres answers (topology tests skip with a message when it does not). */
export async function postgresReachable(url = ADMIN_PG_URL): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** A free TCP port on 127.0.0.1 (for a server whose URL must be known before it starts). */
export async function freePort(): Promise<number> {
  const s = net.createServer();
  s.listen(0, '127.0.0.1');
  await once(s, 'listening');
  const port = (s.address() as net.AddressInfo).port;
  s.close();
  await once(s, 'close');
  return port;
}

/** A database of its own on server Postgres: `url` to use, `drop()` to remove it (connections closed first). */
export async function createTestDatabase(prefix = 'hf', adminUrl = ADMIN_PG_URL): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `hf_${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  let dropped = false;
  return {
    name,
    url: u.toString(),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * Lines that contain a full mainland or +86 phone number (masked ones, 138****5678, do not match;
 * nor does a digit run inside a UUID or a SID, `…-8bef-17812347819e`, which is an id).
 */
export function unmaskedPhones(lines: readonly string[]): string[] {
  return lines.filter((l) => /(?<![\d*])(?:\+?86)?1[3-9]\d{9}(?!\d)/.test(l.replace(HEX_ID_IN_TEXT, 'id')));
}

/**
 * `n` install work orders as CSV for `huifang import`, finished two hours ago (due now), each
 * for its own customer and number (distinct, seeded by position, never a real subscriber's).
 */
export function workOrdersCsv(n: number, prefix: string, finishedAt = new Date(Date.now() - 2 * 3_600_000)): string {
  const rows = ['externalId,kind,finishedAt,customer.name,customer.phones,district,engineer'];
  for (let i = 0; i < n; i++) {
    const phone = `139${String(20_000_000 + i * 104_729).slice(-8)}`;
    rows.push(`${prefix}-${String(i).padStart(4, '0')},install,${finishedAt.toISOString()},客户${i},${phone},朝阳区,李师傅`);
  }
  return rows.join('\n') + '\n';
}

/** Poll `get` until `done` holds; the deadline only stops a hung test (no timing is asserted). */
export async function until<T>(what: string, get: () => Promise<T> | T, done: (v: T) => boolean, ms = 120_000, everyMs = 250): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (done(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)?.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export type Kind = 'simulator' | 'serve' | 'worker';

/** One running `huifang` process. */
export class HfProcess {
  readonly lines: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private waiters: { re: RegExp; resolve: (line: string) => void }[] = [];

  constructor(
    readonly name: string,
    readonly kind: Kind,
    readonly child: ChildProcess,
    /** The HTTP base URL (simulator, serve), else ''. */
    public url = '',
  ) {
    this.exited = new Promise((res) => child.once('exit', (code, signal) => res({ code, signal })));
    for (const stream of [child.stdout, child.stderr]) {
      let buf = '';
      stream?.on('data', (d: Buffer) => {
        buf += d.toString('utf8');
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          this.push(buf.slice(0, nl));
          buf = buf.slice(nl + 1);
        }
      });
      stream?.on('end', () => {
        if (buf) this.push(buf);
      });
    }
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  private push(line: string): void {
    this.lines.push(line);
    this.waiters = this.waiters.filter((w) => {
      if (!w.re.test(line)) return true;
      w.resolve(line);
      return false;
    });
  }

  /** The first line (already seen or to come) matching `re`; rejects when the process exits first. */
  waitForLine(re: RegExp, ms = 120_000): Promise<string> {
    const seen = this.lines.find((l) => re.test(l));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`${this.name}: no line matching ${re} within ${ms} ms:\n${this.tail()}`)), ms);
      this.waiters.push({
        re,
        resolve: (l) => {
          clearTimeout(timer);
          res(l);
        },
      });
      void this.exited.then(({ code, signal }) => {
        clearTimeout(timer);
        rej(new Error(`${this.name} exited (${code ?? signal}) before a line matching ${re}:\n${this.tail()}`));
      });
    });
  }

  /** The last lines of its output, for error messages. */
  tail(n = 30): string {
    return this.lines.slice(-n).join('\n');
  }

  /** Send a signal: 'SIGTERM' for a clean stop, 'SIGKILL' for `kill -9`. */
  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    if (this.running) this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL when it has not exited after `graceMs`. */
  async stop(graceMs = 15_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.running) return this.exited;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.kill('SIGKILL'), graceMs);
    const r = await this.exited;
    clearTimeout(timer);
    return r;
  }
}

export interface SimulatorProcess extends HfProcess {
  /** GET /simulator/stats */
  stats(): Promise<SimulatorStats>;
}

/** What `/simulator/stats` returns (the fields tests read). */
export interface SimulatorStats {
  calls: number;
  inProgress: number;
  live: number;
  peakLive: number;
  messages: number;
  duplicateDials: number;
  byStatus: Record<string, number>;
  webhooks: { sent?: number; failed: number };
  [k: string]: unknown;
}

export interface TopologyOptions {
  /** Server Postgres in a database of its own (default); false: embedded PGlite in the topology's folder (one process at a time). */
  postgres?: boolean;
  /** Names the database (hf_<prefix>_<random>) and the folder. */
  prefix?: string;
  /** Added to every process's environment. */
  env?: Record<string, string>;
  /** The server Postgres to create the database on (default ADMIN_PG_URL). */
  adminUrl?: string;
}

/** A set of processes sharing one database, one simulator and one public URL; `stop()` removes everything. */
export class Topology {
  readonly processes: HfProcess[] = [];
  private serves = 0;

  private constructor(
    /** The shared environment (every process gets it, plus its own `env`). */
    readonly env: Record<string, string>,
    readonly dir: string,
    /** The port of the first `serve` (PUBLIC_URL points there). */
    readonly servePort: number,
    readonly database: { name: string; url: string; drop: () => Promise<void> } | null,
  ) {}

  static async create(opts: TopologyOptions = {}): Promise<Topology> {
    const prefix = opts.prefix ?? 'topo';
    const dir = mkdtempSync(join(tmpdir(), `hf-${prefix}-`));
    const database = opts.postgres === false ? null : await createTestDatabase(prefix, opts.adminUrl);
    const servePort = await freePort();
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      LOG_LEVEL: 'info',
      HUIFANG_DATA_DIR: join(dir, 'data'),
      PUBLIC_URL: `http://127.0.0.1:${servePort}`,
      TWILIO_ACCOUNT_SID: TEST_TWILIO.accountSid,
      TWILIO_AUTH_TOKEN: TEST_TWILIO.authToken,
      TWILIO_FROM: TEST_TWILIO.from,
      ...(database ? { DATABASE_URL: database.url } : {}),
      ...opts.env,
    };
    return new Topology(env, dir, servePort, database);
  }

  /** The database URL (server Postgres), or null when embedded. */
  get databaseUrl(): string | null {
    return this.database?.url ?? null;
  }

  /** The public URL (the first serve). */
  get publicUrl(): string {
    return this.env.PUBLIC_URL ?? '';
  }

  private spawn(kind: Kind, args: string[], env: Record<string, string> = {}): HfProcess {
    const child = spawn(process.execPath, [BIN, kind, ...args], { cwd: this.dir, env: { ...this.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const p = new HfProcess(`${kind}#${this.processes.filter((x) => x.kind === kind).length + 1}`, kind, child);
    this.processes.push(p);
    return p;
  }

  /** `huifang simulator` on a free port; sets TWILIO_API_BASE for the processes started after it. */
  async simulator(o: { seed?: number; answerRate?: number; speed?: number; args?: string[]; env?: Record<string, string> } = {}): Promise<SimulatorProcess> {
    const args = ['--port', '0', '--seed', String(o.seed ?? 1), '--speed', String(o.speed ?? 10), ...(o.answerRate !== undefined ? ['--answer-rate', String(o.answerRate)] : []), ...(o.args ?? [])];
    // Its start line is logged at info: readiness needs it, whatever LOG_LEVEL the topology has.
    const p = this.spawn('simulator', args, { LOG_LEVEL: 'info', ...o.env }) as SimulatorProcess;
    const line = await p.waitForLine(/listening on http:\/\/[\d.]+:\d+/);
    p.url = /listening on (http:\/\/[\d.]+:\d+)/.exec(line)?.[1] ?? '';
    this.env.TWILIO_API_BASE = p.url;
    p.stats = async () => (await (await fetch(`${p.url}/simulator/stats`)).json()) as SimulatorStats;
    await p.stats();
    return p;
  }

  /** `huifang serve`: the first on the port PUBLIC_URL names, later ones on free ports; ready when /healthz answers 200. */
  async serve(o: { port?: number; env?: Record<string, string> } = {}): Promise<HfProcess> {
    const port = o.port ?? (this.serves === 0 ? this.servePort : await freePort());
    this.serves++;
    const p = this.spawn('serve', ['--port', String(port), '--host', '127.0.0.1'], o.env);
    p.url = `http://127.0.0.1:${port}`;
    await until(
      `${p.name} /healthz`,
      async () => {
        if (!p.running) throw new Error(`${p.name} exited before it was healthy:\n${p.tail()}`);
        try {
          return (await fetch(`${p.url}/healthz`)).status;
        } catch {
          return 0;
        }
      },
      (s) => s === 200,
    );
    return p;
  }

  /** `huifang worker`; ready at its 'huifang worker running' line (logged at info, so LOG_LEVEL is info unless `env` says otherwise). */
  async worker(o: { tick?: number; callsPerSecond?: number; maxConcurrent?: number; args?: string[]; env?: Record<string, string> } = {}): Promise<HfProcess> {
    const args = [
      '--tick', String(o.tick ?? 1),
      ...(o.callsPerSecond !== undefined ? ['--calls-per-second', String(o.callsPerSecond)] : []),
      ...(o.maxConcurrent !== undefined ? ['--max-concurrent', String(o.maxConcurrent)] : []),
      ...(o.args ?? []),
    ];
    const p = this.spawn('worker', args, { LOG_LEVEL: 'info', ...o.env });
    await p.waitForLine(/huifang worker running/);
    return p;
  }

  /** A one-shot command (`tenant create`, `import`, `status --json`, …) with the shared environment. */
  cli(args: string[], o: { env?: Record<string, string>; input?: string } = {}): { code: number | null; stdout: string; stderr: string; lastLine: string } {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: this.dir, env: { ...this.env, LOG_LEVEL: 'warn', ...o.env }, encoding: 'utf8', timeout: 180_000, ...(o.input !== undefined ? { input: o.input } : {}) });
    const stdout = r.stdout ?? '';
    return { code: r.status, stdout, stderr: r.stderr ?? '', lastLine: stdout.trim().split('\n').at(-1) ?? '' };
  }

  /** `huifang status --json`, parsed. */
  status(tenant?: string): StatusJson {
    const r = this.cli(['status', '--json', ...(tenant ? ['--tenant', tenant] : [])]);
    if (r.code !== 0) throw new Error(`status failed (${r.code}): ${r.stderr}`);
    return JSON.parse(r.lastLine) as StatusJson;
  }

  /** Every line every process printed, in process order. */
  logs(): string[] {
    return this.processes.flatMap((p) => p.lines.map((l) => `${p.name} ${l}`));
  }

  /** Run SQL on the topology's database (server Postgres only): for counting what tests check. */
  async sql<R extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<R[]> {
    if (!this.database) throw new Error('sql() needs the server Postgres topology');
    const c = new pg.Client({ connectionString: this.database.url });
    await c.connect();
    try {
      return (await c.query<R>(text, values)).rows;
    } finally {
      await c.end();
    }
  }

  /** Stop every process (SIGTERM, SIGKILL after the grace), drop the database, remove the folder. Safe to call twice. */
  async stop(graceMs = 15_000): Promise<void> {
    await Promise.all(this.processes.map((p) => p.stop(graceMs).catch(() => undefined)));
    await this.database?.drop().catch((e: unknown) => process.stderr.write(`could not drop ${this.database?.name}: ${String(e)}\n`));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** `huifang status --json` (the fields tests read). */
export interface StatusJson {
  callbacks: Record<string, number>;
  dueNow: number;
  inProgress: number;
  openAttempts: number;
  stuck: number;
  queue: { queued: number; active: number } | null;
  workers: { id: string; pid: number; lastTickAt: string; stopped: boolean }[];
  outboxPending: number;
  [k: string]: unknown;
}
