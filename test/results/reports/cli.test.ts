/** `huifang report` end to end: JSON, table and CSV on a PGlite data folder, and agreement with `huifang export`. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/index.js';
import { fakeClock } from '../../support/clock.js';
import { randomMonth, seedGolden } from './golden.js';

const BIN = join(import.meta.dirname, '../../../bin/huifang.js');
let dir: string;

const env = (): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, HUIFANG_DATA_DIR: dir, LOG_LEVEL: 'silent' };
  delete e.DATABASE_URL;
  return e;
};
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: env() });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hf-report-cli-'));
  const clock = fakeClock();
  const store = await openStore({ dataDir: dir, now: clock.now });
  const tenant = { id: 'sh', tz: 'Asia/Shanghai' };
  await seedGolden(store, clock, { tenants: [tenant], orders: randomMonth(tenant, '2025-03', 40, 3) });
  await store.close();
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('huifang report', () => {
  it('prints JSON that agrees with huifang export over the same days', () => {
    const r = run('report', '--period', 'month', '--date', '2025-03-15', '--tenant', 'sh', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ period: 'month', from: '2025-03-01', to: '2025-03-31' });
    const e = run('export', '--from', '2025-03-01', '--to', '2025-03-31', '--tenant', 'sh', '--format', 'ndjson');
    expect(e.status).toBe(0);
    const rows = e.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: string | null });
    const counts = { very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0 } as Record<string, number>;
    for (const row of rows) if (row.level) counts[row.level] = (counts[row.level] ?? 0) + 1;
    expect(report.counts).toEqual(counts);
    expect(report.callbacks.finished).toBe(rows.length);
  });

  it('prints a table with Chinese labels first, and CSV by team', () => {
    const t = run('report', '--period', 'week', '--date', '2025-03-12', '--tenant', 'sh', '--by', 'team');
    expect(t.status).toBe(0);
    expect(t.stdout).toContain('回访报表 Callback report — 周报 week 2025-W11');
    expect(t.stdout).toContain('满意率 satisfaction');
    expect(t.stdout).toContain('班组 team');
    const c = run('report', '--period', 'month', '--date', '2025-03-01', '--by', 'team', '--format', 'csv');
    expect(c.status).toBe(0);
    const lines = c.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^班组,开始日期,结束日期,已结束回访,/);
    expect(lines[1]).toMatch(/^合计,2025-03-01,2025-03-31,/);
  });

  it('refuses bad options with HF_CLI_USAGE', () => {
    const r = run('report', '--period', 'year', '--date', '2025-03-01');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('HF_CLI_USAGE');
    const d = run('report', '--period', 'day', '--date', '2025-02-30');
    expect(d.stderr).toContain('HF_CLI_USAGE');
  });
});
