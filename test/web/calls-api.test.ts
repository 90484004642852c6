/**
 * Issue 17 through app.inject(): a call's transcript as it happened (rendered prompts, the
 * customer's words, no template placeholders), GET /api/calls with every filter and paging,
 * quality samples (seeded, recorded, scored, exported, audited), the flags queue (severity
 * order, total, search, paging, bulk review, export), and no player where there is no
 * recording of a person.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawQualitySample, qualitySampleSize } from '../../src/results/quality.js';
import { buildApp } from '../../src/server/app.js';
import { SURFACES } from '../../src/server/surfaces.js';
import { workspacePlugin, workspaceSurface } from '../../src/server/workspace/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { appDeps } from '../support/app.js';
import { fakeClock } from '../support/clock.js';
import { PASSWORDS, seedWorkspace, type Seeded } from '../support/workspace-seed.js';

const clock = fakeClock('2025-01-15T02:00:00Z'); // Wednesday 10:00 in Shanghai
let dir: string;
let store: Store;
let app: FastifyInstance;
let seeded: Seeded;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hf-calls-'));
  store = await openStore({ dataDir: 'memory://', now: clock.now });
  const deps = appDeps(store, { env: { HUIFANG_DATA_DIR: dir }, now: clock.now });
  seeded = await seedWorkspace(store, dir);
  const surfaces = SURFACES.map((s) => (s === workspacePlugin ? workspaceSurface({ alertIntervalMs: 0 }) : s));
  app = await buildApp(deps, { logLevel: 'silent', surfaces });
  await app.ready();
}, 120_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Session {
  cookie: string;
  csrf: string;
}
const sessions = new Map<string, Session>();
async function signIn(username: keyof typeof PASSWORDS): Promise<Session> {
  const known = sessions.get(username);
  if (known) return known;
  const r = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password: PASSWORDS[username] } });
  expect(r.statusCode).toBe(200);
  const set = r.headers['set-cookie'];
  const cookie = (Array.isArray(set) ? set : [String(set)]).map((c) => String(c).split(';')[0]).join('; ');
  const s = { cookie, csrf: r.json().csrfToken as string };
  sessions.set(username, s);
  return s;
}
async function as(user: keyof typeof PASSWORDS, method: string, url: string, payload?: unknown) {
  const s = await signIn(user);
  return app.inject({ method: method as 'GET', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, ...(payload !== undefined ? { payload: payload as object } : {}) });
}
const ids = (r: { json: () => { items: { callbackId: string }[] } }) => r.json().items.map((i) => i.callbackId);

describe('a call as it happened', () => {
  it('returns every line in order: greeting, questions with the answers, the closing; prompts rendered, no placeholders', async () => {
    const r = await as('zhang', 'GET', `/api/calls/${seeded.repairCall}`);
    expect(r.statusCode).toBe(200);
    const t = r.json().transcript as { text?: string; prompt?: string | null; raw?: string; via?: string; value?: unknown; offsetSec: number | null }[];
    expect(t.map((e) => e.text ?? `${e.prompt} => ${e.raw}`)).toEqual([
      '您好！我是中国电信客服1024号。',
      '您昨天申告的宽带故障现在已经处理好了，请您再试一下。请问现在使用正常吗？正常请按1，还有问题请按2。 => 还是断网，修了等于没修',
      '很抱歉给您带来不便。请您简单说一下现在还有什么问题，不便说明请按0。 => 师傅上门还要了两百块红包，网还是老掉线',
      '好的，您的障碍单已经重新派发，维修人员会尽快与您联系。',
    ]);
    expect(JSON.stringify(t)).not.toMatch(/【|\{\{/);
    expect(t[1]).toMatchObject({ via: 'speech', value: false });
    // The call has a recording of a person: each entry says where it starts in it.
    expect(t.every((e) => typeof e.offsetSec === 'number')).toBe(true);
    expect(r.json().attempts[0]).toMatchObject({ hasRecording: true });
  });

  it('records the customer asking for a person and a silence as lines, though the dialog stores no answer for them', async () => {
    const { recordTurn } = await import('../../src/results/record.js');
    const call = await store.review.callContext(seeded.liveCall);
    const attempts = await store.callbacks.attempts(seeded.liveCall);
    const attemptId = attempts[0]?.id as string;
    await recordTurn(store, {
      callbackId: seeded.liveCall, attemptId, providerEventId: 'live-t0', expectedVersion: 0, session: { t: 0 },
      effects: [{ type: 'prompt', text: '您好，周女士，这里是中国电信回访。', bargeIn: false, stepId: 'greeting' }],
    });
    await recordTurn(store, {
      callbackId: seeded.liveCall, attemptId, providerEventId: 'live-t1', expectedVersion: 1, session: { t: 1 }, input: { type: 'no_input' },
      effects: [{ type: 'prompt', text: '不好意思，没有听清。请问您是周女士本人吗？', bargeIn: true, stepId: 'identity' }],
    });
    await recordTurn(store, {
      callbackId: seeded.liveCall, attemptId, providerEventId: 'live-t2', expectedVersion: 2, session: { t: 2 }, input: { type: 'answer', text: '我要找人工', confidence: 0.9 },
      effects: [{ type: 'escalate', reason: 'human_requested', stepId: 'identity' }, { type: 'prompt', text: '好的，正在为您转接人工客服，请稍候。', bargeIn: false, stepId: 'identity' }],
    });
    // A replayed provider event adds nothing.
    const dup = await recordTurn(store, {
      callbackId: seeded.liveCall, attemptId, providerEventId: 'live-t2', expectedVersion: 3, session: { t: 3 }, input: { type: 'answer', text: '我要找人工' },
      effects: [{ type: 'prompt', text: '好的，正在为您转接人工客服，请稍候。', bargeIn: false, stepId: 'identity' }],
    });
    expect(dup.duplicate).toBe(true);
    expect(call).not.toBeNull();
    const t = (await as('zhang', 'GET', `/api/calls/${seeded.liveCall}`)).json().transcript as Record<string, unknown>[];
    expect(t.map((e) => e.text ?? `${e.prompt} => ${e.raw}|${e.via}`)).toEqual([
      '您好，周女士，这里是中国电信回访。 => |none',
      '不好意思，没有听清。请问您是周女士本人吗？ => 我要找人工|speech',
      '好的，正在为您转接人工客服，请稍候。',
    ]);
    // The silence answered the greeting; the re-ask follows it.
    const lines = await store.calls.transcript(seeded.liveCall);
    expect(lines.map((l) => `${l.role}:${l.via ?? ''}`)).toEqual(['bot:', 'customer:none', 'bot:', 'customer:speech', 'bot:']);
  });

  it('shows an SMS fallback in the same view, after the call, marked as another contact', async () => {
    const { recordTurn } = await import('../../src/results/record.js');
    const { attempt } = await store.callbacks.startAttempt({ callbackId: seeded.liveCall, channel: 'sms', providerId: 'SM-live-1' });
    await recordTurn(store, {
      callbackId: seeded.liveCall, attemptId: attempt.id, providerEventId: 'SM-live-open', expectedVersion: 3, session: { t: 4 },
      effects: [{ type: 'prompt', text: '您好，请问您对这次装机服务满意吗？回复1满意，2一般，3不满意。【中国电信】', bargeIn: false, stepId: 'satisfaction' }],
    });
    await recordTurn(store, {
      callbackId: seeded.liveCall, attemptId: attempt.id, providerEventId: 'SM-live-in-1', expectedVersion: 4, session: { t: 5 },
      input: { type: 'answer', text: '2' },
      effects: [
        { type: 'record_answer', stepId: 'satisfaction', raw: '2', via: 'text', value: 'satisfied', confidence: 1 },
        { type: 'prompt', text: '感谢您的评价，祝您生活愉快！【中国电信】', bargeIn: false, stepId: 'closing' },
      ],
    });
    const body = (await as('zhang', 'GET', `/api/calls/${seeded.liveCall}`)).json();
    const last = body.transcript.slice(-2);
    expect(last[0]).toMatchObject({ prompt: '您好，请问您对这次装机服务满意吗？回复1满意，2一般，3不满意。【中国电信】', raw: '2', via: 'text', channel: 'sms', value: 'satisfied' });
    expect(last[1]).toMatchObject({ text: '感谢您的评价，祝您生活愉快！【中国电信】', channel: 'sms', offsetSec: null });
    // An SMS thread has no player.
    expect(body.attempts.find((a: { id: string }) => a.id === attempt.id)).toMatchObject({ hasRecording: false, recordingUrl: null });
  });

  it('has no player and no 502 for an answering machine with a recording ref', async () => {
    const { attempt } = await store.callbacks.startAttempt({ callbackId: seeded.installCall, channel: 'voice', providerId: 'CA-machine-1' });
    await store.callbacks.updateAttempt(attempt.id, { answeredAt: store.now(), outcome: 'machine', recordingRef: 'RE0123456789abcdef' });
    const body = (await as('zhang', 'GET', `/api/calls/${seeded.installCall}`)).json();
    expect(body.attempts.find((a: { id: string }) => a.id === attempt.id)).toMatchObject({ hasRecording: false, recordingUrl: null });
    const r = await as('zhang', 'GET', `/api/calls/${seeded.installCall}/recordings/${attempt.id}`);
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('HF_RECORDING_UNAVAILABLE');
  });
});

describe('GET /api/calls', () => {
  it('lists every call the user may see, newest first, with the total', async () => {
    const admin = (await as('admin', 'GET', '/api/calls?pageSize=500')).json();
    const zhang = (await as('zhang', 'GET', '/api/calls?pageSize=500')).json();
    expect(admin.total).toBe(admin.items.length);
    expect(admin.items.map((i: { tenantId: string }) => i.tenantId)).toEqual(expect.arrayContaining(['telecom', 'heat']));
    expect(zhang.items.every((i: { tenantId: string }) => i.tenantId === 'telecom')).toBe(true);
    expect(zhang.total).toBeLessThan(admin.total);
    // Unflagged calls are there too (what quality checks need).
    expect(zhang.items.some((i: { flagCount: number }) => i.flagCount === 0)).toBe(true);
    const times = admin.items.map((i: { firstAttemptAt: string }) => Date.parse(i.firstAttemptAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // No full number anywhere.
    expect(JSON.stringify(admin)).not.toMatch(/\+86|13812345678/);
    // The anonymous complainant has no name and no number.
    const anon = admin.items.find((i: { callbackId: string }) => i.callbackId === seeded.anonCall);
    expect(anon).toMatchObject({ anonymous: true, customerName: null, phone: null });
  });

  it('pages: page and pageSize, the same total on every page, an empty page past the end', async () => {
    const all = (await as('zhang', 'GET', '/api/calls?pageSize=500')).json();
    const p1 = (await as('zhang', 'GET', '/api/calls?page=1&pageSize=5')).json();
    const p2 = (await as('zhang', 'GET', '/api/calls?page=2&pageSize=5')).json();
    expect(p1).toMatchObject({ total: all.total, page: 1, pageSize: 5 });
    expect(p2.total).toBe(all.total);
    expect([...p1.items, ...p2.items].map((i: { callbackId: string }) => i.callbackId)).toEqual(all.items.slice(0, 10).map((i: { callbackId: string }) => i.callbackId));
    const past = (await as('zhang', 'GET', '/api/calls?page=999&pageSize=5')).json();
    expect(past).toMatchObject({ total: all.total, items: [] });
    expect((await as('zhang', 'GET', '/api/calls?pageSize=0')).statusCode).toBe(400);
    expect((await as('zhang', 'GET', '/api/calls?pageSize=501')).statusCode).toBe(400);
  });

  it('filters by tenant, kind, dialog, level, outcome, flagged, engineer, team and dates', async () => {
    const get = async (q: string) => {
      const r = await as('admin', 'GET', `/api/calls?pageSize=500&${q}`);
      expect(r.statusCode, q).toBe(200);
      return r.json().items as Record<string, unknown>[];
    };
    expect((await get('tenant=heat')).every((i) => i.tenantId === 'heat')).toBe(true);
    const repairs = await get('kind=repair');
    expect(repairs.length).toBeGreaterThan(0);
    expect(repairs.every((i) => i.kind === 'repair')).toBe(true);
    expect((await get('dialog=heating-sampling')).every((i) => i.dialogId === 'heating-sampling')).toBe(true);
    const dissatisfied = await get('level=dissatisfied');
    expect(dissatisfied.length).toBeGreaterThan(0);
    expect(dissatisfied.every((i) => i.level === 'dissatisfied')).toBe(true);
    const unreached = await get('outcome=unreached');
    expect(unreached.length).toBeGreaterThan(0);
    expect(unreached.every((i) => i.reached === false)).toBe(true);
    expect((await get('outcome=failed')).every((i) => i.callbackStatus === 'failed')).toBe(true);
    expect((await get('outcome=reached')).every((i) => i.reached === true)).toBe(true);
    const flagged = await get('flagged=true');
    expect(flagged.map((i) => i.callbackId)).toEqual(expect.arrayContaining([seeded.repairCall, seeded.installCall, seeded.heatCall, seeded.anonCall]));
    expect(flagged.every((i) => (i.flagCount as number) > 0)).toBe(true);
    expect((await get('flagged=false')).every((i) => i.flagCount === 0)).toBe(true);
    expect((await get(`engineer=${encodeURIComponent('刘师傅')}`)).every((i) => i.engineer === '刘师傅')).toBe(true);
    expect((await get(`team=${encodeURIComponent('装维二班')}`)).every((i) => i.team === '装维二班')).toBe(true);
    // Days are local days: 2025-01-15 in Shanghai holds the seeded calls of "today" only.
    const today = await get('from=2025-01-15&to=2025-01-15');
    expect(today.map((i) => i.callbackId).sort()).toEqual([seeded.repairCall, seeded.installCall, seeded.anonCall, seeded.heatCall, seeded.liveCall].sort());
    const before = await get('to=2025-01-14');
    expect(before.length + today.length).toBe((await get('')).length);
    // Filters combine.
    const combo = await get(`tenant=telecom&kind=repair&flagged=true`);
    expect(combo.map((i) => i.callbackId)).toEqual([seeded.repairCall]);
  });

  it('searches by work order (part of it) or the last digits of the number, never showing the number', async () => {
    const byOrder = (await as('zhang', 'GET', '/api/calls?q=GZ-2025')).json();
    expect(ids({ json: () => byOrder })).toEqual([seeded.repairCall]);
    const byDigits = (await as('zhang', 'GET', '/api/calls?q=5678')).json();
    expect(ids({ json: () => byDigits })).toEqual([seeded.repairCall]);
    expect(byDigits.items[0].phone).toBe('138****5678');
    expect((await as('zhang', 'GET', '/api/calls?q=0000')).json().total).toBe(0);
    // A LIKE wildcard is a character, not a pattern.
    expect((await as('zhang', 'GET', '/api/calls?q=%25')).json().total).toBe(0);
  });

  it('refuses agents, other tenants and bad values with coded errors', async () => {
    const agent = await as('li', 'GET', '/api/calls');
    expect(agent.statusCode).toBe(403);
    expect(agent.json().error.code).toBe('HF_FORBIDDEN');
    expect((await as('zhang', 'GET', '/api/calls?tenant=heat')).statusCode).toBe(403);
    const badLevel = await as('zhang', 'GET', '/api/calls?level=happy');
    expect(badLevel.statusCode).toBe(400);
    expect(badLevel.json().error.code).toBe('HF_BAD_REQUEST');
    expect((await as('zhang', 'GET', '/api/calls?from=15.01.2025')).statusCode).toBe(400);
  });

  it('offers the filter values of the user’s tenants', async () => {
    const f = (await as('zhang', 'GET', '/api/calls/facets')).json();
    expect(f.dialogs).toEqual(expect.arrayContaining(['telecom-install', 'telecom-repair']));
    expect(f.dialogs).not.toContain('heating-sampling');
    expect(f.engineers).toEqual(expect.arrayContaining(['刘师傅', '陈师傅']));
  });
});

describe('quality checks (抽检)', () => {
  it('draws the same calls for the same seed and population, n% rounded up', () => {
    const pop = Array.from({ length: 40 }, (_v, i) => `c${String(i).padStart(2, '0')}`);
    const a = drawQualitySample(pop, 10, 'seed-1');
    expect(a).toHaveLength(4);
    expect(drawQualitySample(pop, 10, 'seed-1')).toEqual(a);
    expect(drawQualitySample(pop, 10, 'seed-2')).not.toEqual(a);
    expect(new Set(a).size).toBe(4);
    expect(qualitySampleSize(0, 5)).toBe(0);
    expect(qualitySampleSize(7, 1)).toBe(1);
    expect(qualitySampleSize(20, 5)).toBe(1);
    expect(qualitySampleSize(21, 5)).toBe(2);
    expect(drawQualitySample(pop, 100, 'x').sort()).toEqual(pop);
  });

  it('a supervisor draws a seeded sample of a day’s answered calls, scores a call, exports the sheet; all audited', async () => {
    // 2025-01-14 (Shanghai): the telecom history of yesterday.
    const drawn = await as('zhang', 'POST', '/api/quality/samples', { date: '2025-01-14', percent: 50, seed: 'qa-1' });
    expect(drawn.statusCode).toBe(201);
    const sample = drawn.json().sample;
    expect(sample).toMatchObject({ tenantId: 'telecom', day: '2025-01-14', percent: 50, seed: 'qa-1', createdBy: 'zhang' });
    expect(sample.population).toBeGreaterThan(0);
    expect(sample.size).toBe(Math.ceil(sample.population / 2));
    // The population is the day's answered calls: what /api/calls gives for that day, reached.
    const day = (await as('zhang', 'GET', '/api/calls?from=2025-01-14&to=2025-01-14&outcome=reached')).json();
    expect(day.total).toBe(sample.population);
    const again = (await as('zhang', 'POST', '/api/quality/samples', { date: '2025-01-14', percent: 50, seed: 'qa-1' })).json().sample;
    const items = (await as('zhang', 'GET', `/api/quality/samples/${sample.id}`)).json().items as { callbackId: string; score: unknown }[];
    const items2 = (await as('zhang', 'GET', `/api/quality/samples/${again.id}`)).json().items as { callbackId: string }[];
    expect(items2.map((i) => i.callbackId)).toEqual(items.map((i) => i.callbackId));
    expect(items.every((i) => i.score === null)).toBe(true);
    expect(items.every((i) => day.items.some((d: { callbackId: string }) => d.callbackId === i.callbackId))).toBe(true);

    const target = items[0]?.callbackId as string;
    const url = `/api/quality/samples/${sample.id}/calls/${target}`;
    const saved = await as('zhang', 'PUT', url, { scriptFollowed: 5, politeness: 4, answerCorrect: false, notes: '满意度记录与录音不符' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().score).toMatchObject({ scriptFollowed: 5, politeness: 4, answerCorrect: false, notes: '满意度记录与录音不符', scoredBy: 'zhang' });
    // Saved: the sheet and the sample's count.
    const reread = (await as('zhang', 'GET', `/api/quality/samples/${sample.id}`)).json();
    expect(reread.sample.scored).toBe(1);
    expect(reread.items[0].score).toMatchObject({ politeness: 4 });

    const csv = await as('zhang', 'GET', `/api/quality/samples/${sample.id}/export`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('序号,公司,工单号,类型,班组,工程师,通话时间,满意度,话术执行(1-5),礼貌用语(1-5),答案记录正确,备注,评分人,评分时间');
    expect(lines[1]).toContain(',5,4,否,满意度记录与录音不符,zhang,');
    expect(csv.body).not.toMatch(/\+86|139\d{8}/);

    const audit = await store.db.query<{ action: string; actor: string }>(`SELECT action, actor FROM audit_log WHERE action LIKE 'quality_%' ORDER BY id`);
    expect(audit.rows.map((a) => a.action)).toEqual(['quality_sample', 'quality_sample', 'quality_score', 'quality_export']);
    expect(audit.rows.every((a) => a.actor === 'zhang')).toBe(true);
  });

  it('refuses bad sheets, calls outside the sample, other tenants’ samples and agents', async () => {
    const sample = (await as('admin', 'POST', '/api/quality/samples', { date: '2025-01-14', percent: 10, tenant: 'heat', seed: 'h' })).json().sample;
    expect(sample.tenantId).toBe('heat');
    const items = (await as('admin', 'GET', `/api/quality/samples/${sample.id}`)).json().items as { callbackId: string }[];
    const url = `/api/quality/samples/${sample.id}/calls/${items[0]?.callbackId}`;
    for (const bad of [{ scriptFollowed: 6, politeness: 3, answerCorrect: true }, { scriptFollowed: 3, politeness: 3 }, { scriptFollowed: 3, politeness: 3, answerCorrect: 'yes' }]) {
      const r = await as('admin', 'PUT', url, bad);
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe('HF_BAD_REQUEST');
    }
    expect((await as('admin', 'PUT', `/api/quality/samples/${sample.id}/calls/${seeded.repairCall}`, { scriptFollowed: 3, politeness: 3, answerCorrect: true })).statusCode).toBe(404);
    // zhang (telecom) does not see the heat sample.
    expect((await as('zhang', 'GET', `/api/quality/samples/${sample.id}`)).statusCode).toBe(404);
    expect((await as('zhang', 'GET', '/api/quality/samples')).json().items.every((s: { tenantId: string }) => s.tenantId === 'telecom')).toBe(true);
    expect((await as('zhang', 'POST', '/api/quality/samples', { date: '2025-01-14', percent: 10, tenant: 'heat' })).statusCode).toBe(404);
    expect((await as('li', 'POST', '/api/quality/samples', { date: '2025-01-14', percent: 10 })).statusCode).toBe(403);
    expect((await as('zhang', 'POST', '/api/quality/samples', { date: '2025-01-14', percent: 0 })).statusCode).toBe(400);
    expect((await as('zhang', 'POST', '/api/quality/samples', { date: 'yesterday', percent: 5 })).statusCode).toBe(400);
  });
});

describe('the flags queue', () => {
  it('puts the most serious first, counts, searches and pages', async () => {
    const r = (await as('admin', 'GET', '/api/flags?reviewed=all')).json();
    expect(r.total).toBe(r.items.length);
    // The repair call: misconduct (a 红包 in the customer's words) before everything else.
    expect(r.items[0]).toMatchObject({ callbackId: seeded.repairCall, severity: 0 });
    expect(r.items[0].reasons[0]).toBe('misconduct');
    const sev = r.items.map((i: { severity: number }) => i.severity);
    expect([...sev].sort((a, b) => a - b)).toEqual(sev);
    const p = (await as('admin', 'GET', '/api/flags?reviewed=all&pageSize=2&page=2')).json();
    expect(p.total).toBe(r.total);
    expect(p.items.map((i: { callbackId: string }) => i.callbackId)).toEqual(r.items.slice(2, 4).map((i: { callbackId: string }) => i.callbackId));
    const q = (await as('admin', 'GET', '/api/flags?reviewed=all&q=RL-WX')).json();
    expect(q.items.map((i: { callbackId: string }) => i.callbackId)).toEqual([seeded.heatCall]);
    expect((await as('admin', 'GET', '/api/flags?reviewed=all&q=2222')).json().items.map((i: { callbackId: string }) => i.callbackId)).toEqual([seeded.heatCall]);
  });

  it('exports what the filters select as CSV with Chinese headers and no numbers', async () => {
    const r = await as('zhang', 'GET', '/api/flags/export?reviewed=all');
    expect(r.statusCode).toBe(200);
    const lines = r.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('工单号,公司,类型,班组,片区,工程师,原因,满意度,标记数,最近标记时间,未结任务,已审核,审核人');
    expect(lines[1]).toMatch(/^GZ-2025-0117,telecom,repair,/);
    expect(r.body).not.toMatch(/1381234|\+86/);
    expect(lines.length - 1).toBe((await as('zhang', 'GET', '/api/flags?reviewed=all')).json().total);
  });

  it('marks several calls reviewed at once, audited; one call the user may not see marks none', async () => {
    const before = (await as('zhang', 'GET', '/api/flags')).json();
    expect(before.total).toBeGreaterThanOrEqual(2);
    const refused = await as('zhang', 'POST', '/api/flags/review', { callbackIds: [seeded.repairCall, seeded.heatCall] });
    expect(refused.statusCode).toBe(404);
    expect((await as('zhang', 'GET', '/api/flags')).json().total).toBe(before.total);
    const ok = await as('zhang', 'POST', '/api/flags/review', { callbackIds: [seeded.repairCall, seeded.installCall] });
    expect(ok.json()).toEqual({ reviewed: 2 });
    const after = (await as('zhang', 'GET', '/api/flags')).json();
    expect(after.total).toBe(before.total - 2);
    const audit = await store.contact.auditFor(`callback:${seeded.installCall}`);
    expect(audit.some((a) => a.action === 'review_call' && a.actor === 'zhang')).toBe(true);
    expect((await as('zhang', 'POST', '/api/flags/review', { callbackIds: [] })).statusCode).toBe(400);
  });
});
