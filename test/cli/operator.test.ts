/**
 * The command line as an operator meets it, through `node bin/huifang.js` in a folder of its
 * own: --version and --help, `.env` read with the real environment winning, tenants created
 * by command and then given an API key (the example of docs/intake.md), `status --json`,
 * a worker that cannot dial exits at once with a coded error, a worker's heartbeat, `serve`
 * logging the workspace URL and the missing admin, `GET /`, and a port in use as one line.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/huifang.js');
const VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version;
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

let cwd: string;
const baseEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...extra });

function run(args: string[], env: NodeJS.ProcessEnv, input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000, ...(input !== undefined ? { input } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lastLine: r.stdout.trim().split('\n').at(-1) ?? '' };
}

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'hf-cli-'));
});
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('the command', () => {
  it('--version prints the package version; --help lists the commands', () => {
    expect(run(['--version'], baseEnv()).stdout.trim()).toBe(VERSION);
    expect(run(['-v'], baseEnv()).stdout.trim()).toBe(VERSION);
    const help = run(['--help'], baseEnv());
    expect(help.code).toBe(0);
    for (const c of ['serve', 'worker', 'tenant', 'tenant-key', 'status', 'import', 'report']) expect(help.stdout).toMatch(new RegExp(`\\n  ${c} `));
  });

  it('reads .env in the working folder; the real environment wins over it', () => {
    writeFileSync(join(cwd, '.env'), '# settings\nLOG_LEVEL=loud\n');
    try {
      const fromFile = run(['worker'], { PATH: process.env.PATH, HOME: process.env.HOME });
      expect(fromFile.code).toBe(1);
      expect(fromFile.stderr).toMatch(/^error HF_CONFIG_INVALID: invalid configuration: LOG_LEVEL/);
      const real = run(['worker'], baseEnv({ LOG_LEVEL: 'silent' }));
      expect(real.stderr).toMatch(/^error HF_WORKER_CANNOT_RUN/);
    } finally {
      rmSync(join(cwd, '.env'));
    }
  });

  it('a worker that cannot dial says so in one coded line and exits, instead of waiting', () => {
    const r = run(['worker'], baseEnv());
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error HF_WORKER_CANNOT_RUN: huifang worker dials through Twilio and cannot run: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, PUBLIC_URL are not set/);
    expect(run(['worker', '--tick', 'soon'], baseEnv()).stderr).toMatch(/^error HF_CLI_USAGE: --tick must be a positive number/);
  });
});

describe('tenants by command, status, a worker’s heartbeat (embedded store)', () => {
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    env = baseEnv({ HUIFANG_DATA_DIR: join(cwd, 'data') });
  });

  it('tenant create, then tenant-key as docs/intake.md shows; show and list never print a secret', () => {
    writeFileSync(join(cwd, 'holidays.txt'), '2025-10-01..2025-10-08 holiday 国庆节\n2025-10-11 workday 调休\n');
    const c = run(['tenant', 'create', 'unicom-dachang', '--name', '中国联通大厂分公司', '--tz', 'Asia/Shanghai', '--calling-hours', '09:00-12:00,13:30-20:00', '--calling-days', '1-5', '--holidays', 'holidays.txt', '--writeback-url', 'https://orders.example.com/hooks', '--writeback-secret', SECRET], env);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    expect(c.stdout).toContain('created tenant unicom-dachang');
    expect(c.stdout).not.toContain('whsec_');
    const key = run(['tenant-key', 'unicom-dachang'], env);
    expect(key.code).toBe(0);
    expect(key.stdout).toMatch(/^hfk_unicom-dachang\.[A-Za-z0-9_-]{20,}\n$/);
    const show = run(['tenant', 'show', 'unicom-dachang', '--json'], env);
    const v = JSON.parse(show.lastLine);
    expect(v).toMatchObject({ id: 'unicom-dachang', timeZone: 'Asia/Shanghai', callingDays: [1, 2, 3, 4, 5], workdays: ['2025-10-11'], apiKey: true, writeback: { secret: 'set' } });
    expect(v.holidays).toHaveLength(8);
    expect(show.stdout).not.toContain('whsec_');
    expect(show.stdout).not.toContain('sha256:');
    const list = run(['tenant', 'list', '--json'], env);
    expect(JSON.parse(list.lastLine).map((t: { id: string }) => t.id)).toEqual(['unicom-dachang']);
    // Problems are named by option, in one coded line.
    const bad = run(['tenant', 'set', 'unicom-dachang', '--calling-hours', '21:00-09:00', '--tz', 'Beijing'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error HF_TENANT_INVALID: --tz: "Beijing" is not an IANA time zone.*; --calling-hours: "21:00-09:00": a window starts before it ends/);
    expect(run(['tenant', 'create', 'unicom-dachang', '--name', 'x', '--tz', 'Asia/Shanghai'], env).stderr).toMatch(/^error HF_TENANT_EXISTS/);
  });

  it('status --json: every callback status, zeros too, and stuck, on the last line', () => {
    const r = run(['status', '--json'], env);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.lastLine);
    expect(s.callbacks).toEqual({ pending: 0, in_progress: 0, completed: 0, escalated: 0, rescheduled: 0, opted_out: 0, incomplete: 0, failed: 0 });
    expect(s).toMatchObject({ stuck: 0, dueNow: 0, queue: null, workers: [], outboxPending: 0 });
    expect(run(['status', '--tenant', 'unicom-dachang'], env).stdout).toMatch(/stuck\s+0/);
    expect(run(['status', '--tenant', 'nobody'], env).stderr).toMatch(/^error HF_STORE_NOT_FOUND/);
  });

  it('a worker records a heartbeat and its clean stop', async () => {
    const worker = spawn(process.execPath, [BIN, 'worker', '--tick', '1'], {
      cwd,
      env: { ...env, LOG_LEVEL: 'info', TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000', TWILIO_AUTH_TOKEN: 'test-token-123', TWILIO_FROM: '+15005550006', PUBLIC_URL: 'http://127.0.0.1:9' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    worker.stdout.on('data', (d: Buffer) => (out += d.toString()));
    worker.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => worker.once('exit', (code) => r(code)));
    for (let i = 0; i < 600 && !/"msg":"huifang worker running"/.test(out); i++) await new Promise((r) => setTimeout(r, 100));
    expect(out).toContain('huifang worker running');
    // A tick or two.
    await new Promise((r) => setTimeout(r, 2500));
    worker.kill('SIGTERM');
    expect(await exited).toBe(0);
    const s = JSON.parse(run(['status', '--json'], env).lastLine);
    expect(s.workers).toHaveLength(1);
    expect(s.workers[0]).toMatchObject({ pid: worker.pid, stopped: true, late: false, tickSeconds: 1, lastError: null, version: VERSION });
    expect(s.queue).toEqual({ queued: 0, active: 0 });
  });
});

describe('serve', () => {
  let server: ChildProcess | null = null;
  let blocker: Server | null = null;
  afterAll(async () => {
    server?.kill('SIGTERM');
    await new Promise<void>((r) => (blocker ? blocker.close(() => r()) : r()));
  });

  it('logs the workspace URL, warns that nobody can sign in, and leads / to the workspace', async () => {
    server = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd, env: baseEnv({ LOG_LEVEL: 'info', HUIFANG_DATA_DIR: 'memory://' }), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    server.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    let url: string | undefined;
    for (let i = 0; i < 900 && !url; i++) {
      url = /"workspace":"(http:\/\/127\.0\.0\.1:\d+)\/workspace\/"/.exec(out)?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 100));
    }
    expect(url).toBeDefined();
    for (let i = 0; i < 50 && !/no admin can sign in/.test(out); i++) await new Promise((r) => setTimeout(r, 100));
    expect(out).toMatch(/"level":40,.*workspace: no admin can sign in yet: set HUIFANG_ADMIN_USER and HUIFANG_ADMIN_PASSWORD/);
    const root = await fetch(`${url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/workspace/');
    expect((await fetch(`${url}/workspace/`)).status).toBe(200);
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ ok: true });
    server.kill('SIGTERM');
    server = null;
  });

  it('a port in use is one coded line, no stack trace', async () => {
    blocker = createServer();
    const port = await new Promise<number>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)));
    const r = run(['serve', '--port', String(port)], baseEnv({ HUIFANG_DATA_DIR: 'memory://' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error HF_PORT_IN_USE: port ${port} on 127.0.0.1 is in use: stop the other server, or choose another port with --port or PORT\n`);
    expect(run(['serve', '--port', 'http'], baseEnv()).stderr).toBe('error HF_CLI_USAGE: --port must be a port number from 0 to 65535, got http\n');
  });
});
