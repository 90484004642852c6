/**
 * A throwaway Postgres cluster for outage tests and the fault suite: initdb into a temp folder,
 * start it on a free port, stop it (to play a database outage) and start it again, destroy it.
 * Never the machine's own Postgres on 5432. `initdb` refuses to run as root, so as root the
 * binaries run as the `postgres` user (runuser).
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The folder of the newest installed Postgres server binaries, or null. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface PgCluster {
  port: number;
  dir: string;
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  /** A URL to another database of the cluster. */
  urlOf(db: string): string;
  start(): Promise<void>;
  /** Stop it (`pg_ctl stop -m fast`: connections are cut, new ones refused). */
  stop(): Promise<void>;
  running(): boolean;
  destroy(): Promise<void>;
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

async function pgBin(bin: string, args: string[]): Promise<void> {
  const dir = postgresBinDir();
  if (!dir) throw new Error('no Postgres server binaries under /usr/lib/postgresql');
  const cmd = join(dir, bin);
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  await run(file, argv, { timeout: 60_000 });
}

/** initdb and start a cluster of its own (trust auth, fsync off: a test database). */
export async function startPgCluster(): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'hf-pgcluster-'));
  if (asRoot) {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  await pgBin('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  let up = false;
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const c: PgCluster = {
    port,
    dir,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    urlOf: (db) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    async start() {
      await pgBin('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
      up = true;
    },
    async stop() {
      await pgBin('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
      up = false;
    },
    running: () => up,
    async destroy() {
      if (up) await c.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await c.start();
  return c;
}
