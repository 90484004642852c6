/**
 * The deployment files (docs/deploy.md) without a Docker engine: compose.yaml parses (YAML 1.2
 * with merge keys, as Compose reads it) and starts postgres, a one-shot migrate, the simulator,
 * serve and workers, each long-running service with a health check, in the right order; its
 * settings pass Huifang's own configuration check; the commands it runs exist; the Dockerfile
 * is multi-stage on Node 20, builds with `npm ci` (whose `prepare` compiles dist/), and runs as
 * a user that is not root.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/shared/config.js';
import { BIN, ROOT } from '../support/processes.js';

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  deploy?: { replicas?: number };
  restart?: string;
  profiles?: string[];
}

const compose = parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const S = compose.services;

/** Compose's interpolation: ${VAR:-default} and ${VAR:?error} (a value given for the required ones). */
function interpolate(v: string, given: Record<string, string>): string {
  return v.replace(/\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}/g, (_, name: string, dflt?: string) => given[name] ?? dflt ?? '');
}

describe('compose.yaml', () => {
  it('has postgres, migrate, simulator, serve and worker, the long-running ones with health checks', () => {
    expect(Object.keys(S)).toEqual(expect.arrayContaining(['postgres', 'migrate', 'simulator', 'serve', 'worker']));
    for (const name of ['postgres', 'simulator', 'serve', 'worker']) expect(S[name]!.healthcheck?.test.length, name).toBeGreaterThan(0);
    expect(S.serve!.healthcheck!.test.join(' ')).toContain('/healthz');
    expect(S.migrate!.command).toEqual(['migrate']);
    expect(S.migrate!.restart).toBe('no');
    expect(S.worker!.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(compose.volumes).toHaveProperty('pgdata');
  });

  it('starts in order: postgres healthy, then the migration, then serve and the workers', () => {
    expect(S.migrate!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    for (const name of ['serve', 'worker']) expect(S[name]!.depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
    expect(S.serve!.depends_on?.simulator).toEqual({ condition: 'service_healthy' });
  });

  it('every Huifang service runs one image with settings that pass the configuration check', () => {
    const huifang = Object.entries(S).filter(([n]) => n !== 'postgres');
    for (const [name, s] of huifang) {
      expect(s.image, name).toBe('huifang:local');
      expect(s.build, name).toBe('.');
      const env = Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), { HUIFANG_ADMIN_PASSWORD: 'a-long-password' })]));
      const config = loadConfig(env);
      expect(config.databaseUrl).toMatch(/^postgres:\/\/huifang:[^@]+@postgres:5432\/huifang$/);
      expect(config.twilio?.apiBase).toBe('http://simulator:4010');
      expect(config.publicUrl).toBe('http://serve:3000');
    }
  });

  it('runs commands the CLI has', () => {
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout;
    for (const s of Object.values(S)) {
      const cmd = s.command?.[0];
      if (cmd && !cmd.startsWith('-')) expect(help).toMatch(new RegExp(`\\n  ${cmd} `));
    }
  });
});

describe('Dockerfile', () => {
  const docker = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const lines = docker.split('\n').filter((l) => !l.startsWith('#'));
  it('is multi-stage on Node 20, builds with npm ci (prepare compiles dist/), runs as a user that is not root', () => {
    const froms = lines.filter((l) => /^FROM /.test(l));
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const f of froms) expect(f).toMatch(/^FROM node:20/);
    expect(docker).toMatch(/RUN npm ci\b/);
    expect(docker).toMatch(/COPY --from=build/);
    const users = lines.filter((l) => /^USER /.test(l));
    expect(users.at(-1)).toMatch(/^USER (?!root\b|0\b)\S+/);
    expect(docker).toMatch(/ENTRYPOINT \["node", "bin\/huifang.js"\]/);
  });
});
