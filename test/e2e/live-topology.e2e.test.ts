/**
 * The Live page in the real topology (issue 16, done when): the standalone simulator, `serve`
 * and two `worker`s as separate processes on server Postgres, a tenant made by `huifang tenant
 * create`, work orders imported by `huifang import`. The simulator runs at real-time speed, so
 * calls stay live for a while; the Live page in Chromium lists the calls in progress, numbers
 * masked. Skipped (with the reason) only when no server Postgres answers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PG_URL, postgresReachable, Topology, until, workOrdersCsv, type SimulatorProcess } from '../support/processes.js';
import { launchBrowser } from './browser.js';

const reachable = await postgresReachable();
if (!reachable) console.warn(`test/e2e/live-topology.e2e.test.ts skipped: no server Postgres at ${ADMIN_PG_URL.replace(/\/\/[^@]*@/, '//')} (set DATABASE_URL_TEST)`);

const PASSWORD = 'live-topology-pass-1';

describe.skipIf(!reachable)('the Live page with serve and workers as processes', () => {
  let t: Topology;
  let sim: SimulatorProcess;
  let browser: Browser;

  beforeAll(async () => {
    t = await Topology.create({ prefix: 'live', env: { HUIFANG_ADMIN_USER: 'admin', HUIFANG_ADMIN_PASSWORD: PASSWORD } });
    sim = await t.simulator({ seed: 9, answerRate: 1, speed: 1 });
    await t.serve();
    const created = t.cli(['tenant', 'create', 'live-telecom', '--name', '中国电信实况测试', '--tz', 'Asia/Shanghai', '--calling-hours', '00:00-23:59']);
    expect(created.code, created.stderr).toBe(0);
    writeFileSync(join(t.dir, 'orders.csv'), workOrdersCsv(6, 'LIVE'));
    expect(t.cli(['import', 'orders.csv', '--tenant', 'live-telecom']).code).toBe(0);
    await t.worker({ tick: 1 });
    await t.worker({ tick: 1 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('lists the calls in progress, numbers masked', async () => {
    await until('calls in progress at the simulator', () => sim.stats(), (s) => s.inProgress >= 2);
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => localStorage.setItem('hf_lang', 'zh-CN'));
    await page.goto(`${t.publicUrl}/workspace/`);
    await page.fill('input[name=username]', 'admin');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('header.top');
    await page.click('nav a[href="#/live"]');
    await page.waitForSelector('table.live-table tbody tr[data-attempt]');
    const rows = page.locator('table.live-table tbody tr[data-attempt]');
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    const text = (await page.textContent('table.live-table')) ?? '';
    expect(text).toContain('LIVE-');
    expect(text).toMatch(/139\*{4}\d{4}/);
    expect(text).not.toMatch(/139\d{8}/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
