/**
 * The reports surface through app.inject(): GET /api/reports behind the workspace session
 * guard (roles, tenant scope, JSON and CSV, bad parameters), the printable heating survey
 * page (session, charts as SVG, masked quotes, improvement measures, CSP) and the assets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.js';
import { reportsSurface } from '../../../src/server/reports-surface.js';
import { workspaceSurface } from '../../../src/server/workspace/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { appDeps } from '../../support/app.js';
import { fakeClock } from '../../support/clock.js';

const clock = fakeClock('2025-02-03T02:00:00Z');
let dir: string;
let store: Store;
let app: FastifyInstance;

async function seed(): Promise<void> {
  await store.tenants.upsert({ id: 'heat', name: '永恒热力' });
  await store.tenants.upsert({ id: 'tel', name: '电信' });
  await store.users.create({ username: 'root', password: 'root-pass-1', role: 'admin' });
  await store.users.create({ username: 'sup', password: 'sup-pass-1', role: 'supervisor', tenantId: 'heat' });
  await store.users.create({ username: 'agent', password: 'agent-pass-1', role: 'agent', tenantId: 'heat' });
  const households: [string, string, number, 'very_satisfied' | 'satisfied' | 'dissatisfied' | null, string?][] = [
    ['东城', '一站', 21, 'very_satisfied'],
    ['东城', '一站', 19, 'satisfied'],
    ['东城', '一站', 15, 'dissatisfied', '屋里才15度，暖气不热，打13812345678'],
    ['西城', '二站', 17, 'dissatisfied', '师傅来晚了，态度不好'],
    ['西城', '二站', 20, 'satisfied'],
    ['西城', '二站', 0, null],
  ];
  for (const [i, [district, station, temp, level, reason]] of households.entries()) {
    clock.set(`2025-01-${String(10 + i).padStart(2, '0')}T02:00:00Z`);
    const wo = await store.workOrders.upsert({ tenantId: 'heat', externalId: `H${i}`, kind: 'sampling', district, heatStation: station });
    const { callback } = await store.callbacks.create({ tenantId: 'heat', workOrderId: wo.id, dialogId: 'heating-sampling', dialogVersion: 1, campaign: 'sampling-2025-01' });
    const { attempt } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice' });
    if (level) {
      await store.callbacks.updateAttempt(attempt.id, { answeredAt: clock.now(), outcome: 'answered' });
      await store.results.addAnswer({ callbackId: callback.id, stepId: 'temperature', raw: `${temp}度`, via: 'speech', value: temp });
      await store.results.addScore({ callbackId: callback.id, stepId: 'heating_satisfaction', scale: 'csat3', raw: level, level });
      if (reason) {
        await store.results.addAnswer({ callbackId: callback.id, stepId: 'heating_reason', raw: reason, via: 'speech', value: reason });
        await store.results.addEscalation({ callbackId: callback.id, reason: 'dissatisfied', detail: reason });
      }
      await store.callbacks.transition(callback.id, reason ? 'escalated' : 'completed', { outcome: reason ? 'escalated' : 'completed', completedAt: clock.now() });
    } else {
      await store.callbacks.updateAttempt(attempt.id, { outcome: 'no-answer' });
      await store.callbacks.transition(callback.id, 'failed', { outcome: 'incomplete', completedAt: clock.now() });
    }
  }
  clock.set('2025-02-03T02:00:00Z');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hf-report-'));
  store = await openStore({ dataDir: 'memory://', now: clock.now });
  const deps = appDeps(store, { env: { HUIFANG_DATA_DIR: dir }, now: clock.now });
  await seed();
  app = await buildApp(deps, { logLevel: 'silent', surfaces: [workspaceSurface({ alertIntervalMs: 0 }), reportsSurface] });
  await app.ready();
}, 120_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cookie(username: string, password: string): Promise<string> {
  const r = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  expect(r.statusCode).toBe(200);
  return [r.headers['set-cookie'] ?? []].flat().map((c) => String(c).split(';')[0]).join('; ');
}

describe('GET /api/reports', () => {
  it('needs a session, and the role admin or supervisor', async () => {
    expect((await app.inject({ url: '/api/reports?period=month&date=2025-01-01' })).statusCode).toBe(401);
    const agent = await cookie('agent', 'agent-pass-1');
    const r = await app.inject({ url: '/api/reports?period=month&date=2025-01-01', headers: { cookie: agent } });
    expect(r.statusCode).toBe(403);
  });

  it("answers the report JSON, scoped to the supervisor's tenant", async () => {
    const sup = await cookie('sup', 'sup-pass-1');
    const r = await app.inject({ url: '/api/reports?period=month&date=2025-01-20&by=station', headers: { cookie: sup } });
    expect(r.statusCode).toBe(200);
    const j = r.json();
    expect(j).toMatchObject({ period: 'month', from: '2025-01-01', to: '2025-01-31', tenantId: 'heat', by: 'station' });
    expect(j.counts).toEqual({ very_satisfied: 1, satisfied: 2, neutral: 0, dissatisfied: 2 });
    expect(j.satisfactionRate).toBeCloseTo(3 / 5, 12);
    expect(j.sampling).toMatchObject({ sampled: 6, responded: 5 });
    expect(j.sampling.strata.map((s: { stratum: string }) => s.stratum)).toEqual(['东城 / 一站', '西城 / 二站']);
    expect(j.groups).toHaveLength(2);
    expect(JSON.stringify(j)).not.toContain('13812345678');
    const other = await app.inject({ url: '/api/reports?period=month&date=2025-01-20&tenant=tel', headers: { cookie: sup } });
    expect(other.statusCode).toBe(403);
    const audit = await store.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'view_report' AND actor = 'sup'");
    expect(audit.rows[0]?.n).toBeGreaterThan(0);
  });

  it('answers CSV, and 400 for bad parameters', async () => {
    const root = await cookie('root', 'root-pass-1');
    const csv = await app.inject({ url: '/api/reports?period=week&date=2025-01-13&tenant=heat&format=csv', headers: { cookie: root } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toContain('分组,开始日期,结束日期,已结束回访');
    const xlsx = await app.inject({ url: '/api/reports?period=week&date=2025-01-13&tenant=heat&format=xlsx', headers: { cookie: root } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('报表');
    expect(ws?.getRow(1).getCell(1).value).toBe('分组');
    expect(ws?.getRow(2).getCell(1).value).toBe('合计');
    const rateCol = (ws?.getRow(1).values as unknown[]).indexOf('满意率');
    expect(ws?.getColumn(rateCol).numFmt).toBe('0.0%');
    for (const q of ['period=year&date=2025-01-01', 'period=day&date=2025-13-01', 'period=day&date=2025-01-01&by=colour', 'period=day&date=2025-01-01&format=xml']) {
      const r = await app.inject({ url: `/api/reports?${q}`, headers: { cookie: root } });
      expect(r.statusCode, q).toBe(400);
      expect(r.json().error.code).toBe('HF_BAD_REQUEST');
    }
    const none = await app.inject({ url: '/api/reports?period=day&date=2025-01-01&tenant=nobody', headers: { cookie: root } });
    expect(none.statusCode).toBe(404);
  });
});

describe('GET /reports/heating-survey', () => {
  it('asks for a session', async () => {
    const r = await app.inject({ url: '/reports/heating-survey?month=2025-01&tenant=heat' });
    expect(r.statusCode).toBe(401);
    expect(r.body).toContain('/workspace/');
  });

  it('renders the printable report with charts, strata, temperatures, masked quotes and measures', async () => {
    const sup = await cookie('sup', 'sup-pass-1');
    const r = await app.inject({ url: '/reports/heating-survey?month=2025-01', headers: { cookie: sup } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'none'");
    const html = r.body;
    expect(html).toContain('永恒热力 供暖季服务质量满意度调查报告');
    expect(html).toContain('东城 / 一站');
    expect(html).toContain('应答率');
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('五、改进措施');
    expect(html).toContain('不热/温度低');
    expect(html).toContain('***********');
    expect(html).not.toContain('13812345678');
    expect(html).toContain('/reports/assets/report.css');
    expect(html).not.toContain('<script');
    const bad = await app.inject({ url: '/reports/heating-survey?month=2025-1', headers: { cookie: sup } });
    expect(bad.statusCode).toBe(400);
  });

  it('serves the CSS and ECharts', async () => {
    const css = await app.inject({ url: '/reports/assets/report.css' });
    expect(css.statusCode).toBe(200);
    expect(css.body).toContain('@media print');
    const ec = await app.inject({ url: '/reports/assets/echarts.esm.min.mjs' });
    expect(ec.statusCode).toBe(200);
    expect(ec.headers['content-type']).toContain('javascript');
  });
});
