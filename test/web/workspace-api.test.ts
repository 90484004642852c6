/**
 * The workspace API through app.inject(): the global /api/* session guard over every
 * registered route, sign-in and out, CSRF, roles, masking, audit, anonymous complainants,
 * recordings, tasks with re-survey, overdue alerts, session expiry.
 */
import { LEVEL_LABELS, LEVELS } from '../../src/domain/levels.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAlertSweep, type AlertSink } from '../../src/results/tasks.js';
import { buildApp, type AppDeps, type SurfacePlugin } from '../../src/server/app.js';
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
let deps: AppDeps;
let seeded: Seeded;
const routes: { method: string; url: string; auth: string | undefined }[] = [];

const collector: SurfacePlugin = (a) => {
  a.addHook('onRoute', (r) => {
    for (const m of Array.isArray(r.method) ? r.method : [r.method]) routes.push({ method: String(m), url: r.url, auth: r.config?.auth });
  });
};

/** Every cookie a response sets, as one Cookie header. */
function cookiesOf(res: { headers: Record<string, unknown> }): string {
  const set = res.headers['set-cookie'];
  const list = Array.isArray(set) ? set : set ? [String(set)] : [];
  return list.map((c) => String(c).split(';')[0]).join('; ');
}

/** The Set-Cookie line of one cookie. */
function setCookie(res: { headers: Record<string, unknown> }, name: string): string {
  const set = res.headers['set-cookie'];
  const list = (Array.isArray(set) ? set : set ? [String(set)] : []).map(String);
  return list.find((c) => c.startsWith(`${name}=`)) ?? '';
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hf-ws-'));
  store = await openStore({ dataDir: 'memory://', now: clock.now });
  deps = appDeps(store, { env: { HUIFANG_DATA_DIR: dir, HUIFANG_ADMIN_USER: 'root', HUIFANG_ADMIN_PASSWORD: 'root-password-1' }, now: clock.now });
  seeded = await seedWorkspace(store, dir);
  const surfaces = SURFACES.map((s) => (s === workspacePlugin ? workspaceSurface({ alertIntervalMs: 0 }) : s));
  app = await buildApp(deps, { logLevel: 'silent', surfaces: [collector, ...surfaces] });
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

async function signIn(username: string, password: string): Promise<Session> {
  const r = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  expect(r.statusCode).toBe(200);
  return { cookie: cookiesOf(r), csrf: r.json().csrfToken };
}

const as = (s: Session, method: string, url: string, payload?: unknown) =>
  app.inject({ method: method as 'GET', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, ...(payload !== undefined ? { payload: payload as object } : {}) });

describe('the /api/* guard', () => {
  it('answers 401 without a session on every registered /api route that does not declare its own authentication', async () => {
    const api = routes.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD' && r.method !== 'OPTIONS');
    expect(api.length).toBeGreaterThan(10);
    const checked: string[] = [];
    for (const r of api) {
      if (r.auth !== undefined && r.auth !== 'session') continue;
      const url = r.url.replace(/:(\w+)/g, 'x').replace(/\*$/, 'x');
      const res = await app.inject({ method: r.method as 'GET', url, payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {} });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.json().error.code).toBe('HF_AUTH_REQUIRED');
      checked.push(`${r.method} ${r.url}`);
    }
    expect(checked).toEqual(expect.arrayContaining(['GET /api/flags', 'GET /api/calls/:id', 'GET /api/tasks', 'PATCH /api/tasks/:id', 'GET /api/session', 'DELETE /api/session', 'GET /api/reports']));
    // Routes nobody registered are covered too (no probing for what exists).
    expect((await app.inject({ method: 'GET', url: '/api/does-not-exist' })).statusCode).toBe(401);
  });

  it('knows which /api routes declare their own authentication in their config', () => {
    const declared = routes
      .filter((r) => r.url.startsWith('/api/') && r.auth !== undefined && r.auth !== 'session')
      .map((r) => `${r.method} ${r.url} ${r.auth}`)
      .sort();
    expect(declared).toEqual(['POST /api/messages bot-framework', 'POST /api/session none', 'POST /api/work-orders api-key']);
  });
});

describe('sign-in and sessions', () => {
  it('signs in with a cookie that is HttpOnly and SameSite=Strict, and signs out', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'zhang', password: PASSWORDS.zhang } });
    expect(r.statusCode).toBe(200);
    for (const name of ['hf_session', 'hf_csrf']) {
      const set = setCookie(r, name);
      expect(set).toMatch(new RegExp(`^${name}=[\\w-]{20,};`));
      expect(set).toContain('HttpOnly');
      expect(set).toContain('SameSite=Strict');
      expect(set).toContain('Path=/');
      expect(set).not.toContain('Secure');
    }
    expect(r.json()).toMatchObject({ user: { username: 'zhang', role: 'supervisor', tenantId: 'telecom' } });
    expect(JSON.stringify(r.json())).not.toContain('password');
    const s = { cookie: cookiesOf(r), csrf: r.json().csrfToken as string };
    const who = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } });
    expect(who.statusCode).toBe(200);
    // Every token made for the session works with it.
    expect(who.json().csrfToken).toMatch(/^[\w-]+-[\w-]+-[\w-]+$/);
    expect((await app.inject({ method: 'GET', url: '/api/meta', headers: { cookie: s.cookie } })).statusCode).toBe(200);
    expect(who.headers['cache-control']).toBe('no-store');
    // Sign-out is state-changing: it needs the CSRF token.
    expect((await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(403);
    const out = await app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: s.cookie, 'x-csrf-token': who.json().csrfToken } });
    expect(out.statusCode).toBe(204);
    expect(setCookie(out, 'hf_session')).toContain('Max-Age=0');
    expect((await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } })).statusCode).toBe(401);
  });

  it('answers a wrong password and an unknown user alike (401, same body)', async () => {
    const wrong = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'zhang', password: 'nope-nope-nope' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'nobody', password: 'nope-nope-nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('HF_AUTH_FAILED');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('slows down password guessing: 429 HF_AUTH_LOCKED after 10 failures for one name (more in test/server/security.test.ts)', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) {
      codes.push((await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'wang', password: `guess-${i}-xxxx` } })).statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes[10]).toBe(429);
    clock.advance(16 * 60_000);
    expect((await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'wang', password: PASSWORDS.wang } })).statusCode).toBe(200);
    clock.set('2025-01-15T02:00:00Z');
  });

  it('refuses a sign-in that is not JSON (no cross-site form posts)', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'text/plain' }, payload: 'username=zhang&password=x' });
    expect([400, 415]).toContain(r.statusCode);
  });

  it('creates the first admin from HUIFANG_ADMIN_USER at start', async () => {
    const s = await signIn('root', 'root-password-1');
    const who = await as(s, 'GET', '/api/session');
    expect(who.json().user).toMatchObject({ username: 'root', role: 'admin', tenantId: null });
  });

  it('expires a session after the idle time (default 8 h)', async () => {
    const s = await signIn('zhang', PASSWORDS.zhang);
    clock.advance(7 * 3_600_000);
    expect((await as(s, 'GET', '/api/session')).statusCode).toBe(200); // slides forward
    clock.advance(7 * 3_600_000);
    expect((await as(s, 'GET', '/api/session')).statusCode).toBe(200);
    clock.advance(8 * 3_600_000 + 60_000);
    const r = await as(s, 'GET', '/api/session');
    expect(r.statusCode).toBe(401);
    clock.set('2025-01-15T02:00:00Z');
  });

  it('marks the cookies Secure with the __Host- prefix when PUBLIC_URL is https', async () => {
    const https = await buildApp({ ...deps, config: { ...deps.config, publicUrl: 'https://huifang.example.com' } }, { logLevel: 'silent', surfaces: [workspaceSurface({ alertIntervalMs: 0 })] });
    try {
      const r = await https.inject({ method: 'POST', url: '/api/session', payload: { username: 'zhang', password: PASSWORDS.zhang } });
      expect(r.statusCode).toBe(200);
      for (const name of ['__Host-hf_session', '__Host-hf_csrf']) {
        const set = setCookie(r, name);
        expect(set.split('; ').slice(1).sort(), name).toEqual(expect.arrayContaining(['HttpOnly', 'Path=/', 'SameSite=Strict', 'Secure']));
        expect(set).not.toMatch(/Domain=/i);
      }
      expect(setCookie(r, '__Host-hf_session')).toContain(`Max-Age=${8 * 3600}`);
    } finally {
      await https.close();
    }
  });
});

describe('CSRF', () => {
  it('rejects a state-changing request without or with a wrong X-CSRF-Token', async () => {
    const s = await signIn('zhang', PASSWORDS.zhang);
    const url = `/api/tasks/${seeded.repairTask}`;
    const none = await app.inject({ method: 'PATCH', url, headers: { cookie: s.cookie }, payload: { status: 'in_progress' } });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('HF_CSRF');
    const wrong = await app.inject({ method: 'PATCH', url, headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) }, payload: { status: 'in_progress' } });
    expect(wrong.statusCode).toBe(403);
    // Another session's token does not work either, even with the same CSRF cookie (the token is bound to its session).
    const other = await signIn('admin', PASSWORDS.admin);
    const cross = await app.inject({ method: 'PATCH', url, headers: { cookie: s.cookie, 'x-csrf-token': other.csrf }, payload: { status: 'in_progress' } });
    expect(cross.statusCode).toBe(403);
    const csrfCookie = s.cookie.split('; ').find((c) => c.startsWith('hf_csrf=')) as string;
    const sessionOfOther = other.cookie.split('; ').find((c) => c.startsWith('hf_session=')) as string;
    const mixed = await app.inject({ method: 'PATCH', url, headers: { cookie: `${sessionOfOther}; ${csrfCookie}`, 'x-csrf-token': s.csrf }, payload: { status: 'in_progress' } });
    expect(mixed.statusCode).toBe(403);
    expect(mixed.json().error.code).toBe('HF_CSRF');
    // Without the CSRF cookie the token is worthless too.
    const sessionOnly = s.cookie.split('; ').find((c) => c.startsWith('hf_session=')) as string;
    const noSecret = await app.inject({ method: 'PATCH', url, headers: { cookie: sessionOnly, 'x-csrf-token': s.csrf }, payload: { status: 'in_progress' } });
    expect(noSecret.statusCode).toBe(403);
    expect(noSecret.json().error.code).toBe('HF_CSRF');
    expect((await store.review.task(seeded.repairTask))?.status).toBe('open');
  });
});

describe('roles, masking, audit', () => {
  it('shows the flag queue to supervisors of their tenant only, numbers masked', async () => {
    const s = await signIn('zhang', PASSWORDS.zhang);
    const r = await as(s, 'GET', '/api/flags?reviewed=all');
    expect(r.statusCode).toBe(200);
    const items = r.json().items as { callbackId: string; tenantId: string; phone: string; reasons: string[] }[];
    expect(items.map((i) => i.tenantId)).not.toContain('heat');
    const repair = items.find((i) => i.callbackId === seeded.repairCall);
    expect(repair?.phone).toBe('138****5678');
    // The text flag from the answer (红包) is there next to the engine's flags.
    expect(repair?.reasons).toEqual(expect.arrayContaining(['misconduct', 'not_fixed', 'low_confidence']));
    expect(r.body).not.toContain('13812345678');
    // Filters.
    const byReason = await as(s, 'GET', '/api/flags?reviewed=all&reason=dissatisfied');
    expect(byReason.json().items.map((i: { callbackId: string }) => i.callbackId)).toEqual([seeded.installCall]);
    const byTeam = await as(s, 'GET', `/api/flags?reviewed=all&team=${encodeURIComponent('装维一班')}`);
    expect(byTeam.json().items.map((i: { callbackId: string }) => i.callbackId)).toEqual([seeded.repairCall]);
    const byDate = await as(s, 'GET', '/api/flags?reviewed=all&from=2025-01-16');
    expect(byDate.json().items).toEqual([]);
    expect((await as(s, 'GET', '/api/flags?tenant=heat')).statusCode).toBe(403);
    expect((await as(s, 'GET', `/api/calls/${seeded.heatCall}`)).statusCode).toBe(404);
  });

  it('denies agents the flag queue and number reveals, and logs the denied reveal', async () => {
    const s = await signIn('li', PASSWORDS.li);
    expect((await as(s, 'GET', '/api/flags')).statusCode).toBe(403);
    expect((await as(s, 'GET', '/api/live')).statusCode).toBe(403);
    // li has a task on the repair call, so may open it, but not reveal the number or play it.
    const call = await as(s, 'GET', `/api/calls/${seeded.repairCall}`);
    expect(call.statusCode).toBe(200);
    expect(call.json()).toMatchObject({ canReveal: false, canPlay: false });
    expect(call.json().attempts[0].recordingUrl).toBeNull();
    const reveal = await as(s, 'POST', `/api/calls/${seeded.repairCall}/reveal`, {});
    expect(reveal.statusCode).toBe(403);
    expect(reveal.json().error.code).toBe('HF_FORBIDDEN');
    expect(reveal.body).not.toContain('13812345678');
    const audit = await store.contact.auditFor(`callback:${seeded.repairCall}`);
    expect(audit.find((a) => a.actor === 'li' && a.action === 'reveal_phone_denied')).toBeDefined();
    expect((await as(s, 'GET', `/api/calls/${seeded.repairCall}/recordings/${seeded.repairAttempt}`)).statusCode).toBe(403);
  });

  it('reveals the full number to a supervisor and writes the audit log', async () => {
    const s = await signIn('zhang', PASSWORDS.zhang);
    const r = await as(s, 'POST', `/api/calls/${seeded.repairCall}/reveal`, {});
    expect(r.statusCode).toBe(200);
    expect(r.json().phones[0].e164).toBe('+8613812345678');
    expect(r.headers['cache-control']).toBe('no-store');
    const audit = await store.contact.auditFor(`callback:${seeded.repairCall}`);
    expect(audit.find((a) => a.actor === 'zhang' && a.action === 'reveal_phone')).toMatchObject({ tenantId: 'telecom' });
  });

  it('shows the call page: transcript with prompts and confidence, scores, flags; opening it is logged', async () => {
    const s = await signIn('zhang', PASSWORDS.zhang);
    const r = await as(s, 'GET', `/api/calls/${seeded.repairCall}`);
    expect(r.statusCode).toBe(200);
    const d = r.json();
    expect(d.call).toMatchObject({ workOrder: 'GZ-2025-0117', customerName: '王女士', phone: '138****5678', anonymous: false });
    // The greeting, then each question with its answer (issue 17: the call as it happened).
    expect(d.transcript[0].text).toContain('中国电信客服');
    expect(d.transcript[2]).toMatchObject({ stepId: 'problem_detail', raw: '师傅上门还要了两百块红包，网还是老掉线', confidence: 0.55, via: 'speech' });
    expect(d.transcript[1].prompt).toContain('请您再试一下');
    expect(d.flags.find((f: { reason: string }) => f.reason === 'misconduct')).toMatchObject({ detail: '红包', stepId: 'problem_detail' });
    expect(d.attempts[0].recordingUrl).toMatch(/\/recordings\//);
    expect(r.body).not.toContain('13812345678');
    const audit = await store.contact.auditFor(`callback:${seeded.repairCall}`);
    expect(audit.some((a) => a.actor === 'zhang' && a.action === 'view_call')).toBe(true);
  });

  it('never shows an anonymous complainant, to any role (003 八.5(8))', async () => {
    const s = await signIn('admin', PASSWORDS.admin);
    const list = await as(s, 'GET', '/api/flags?reviewed=all&tenant=heat');
    const item = list.json().items.find((i: { callbackId: string }) => i.callbackId === seeded.anonCall);
    expect(item).toMatchObject({ anonymous: true, customerName: null, phone: null });
    expect(list.body).not.toContain('赵某');
    expect(list.body).not.toContain('136****1111');
    const call = await as(s, 'GET', `/api/calls/${seeded.anonCall}`);
    expect(call.json()).toMatchObject({ canReveal: false, call: { anonymous: true, customerName: null, phone: null } });
    expect(call.body).not.toContain('赵某');
    const reveal = await as(s, 'POST', `/api/calls/${seeded.anonCall}/reveal`, {});
    expect(reveal.statusCode).toBe(403);
    expect(reveal.json().error.code).toBe('HF_ANONYMOUS');
    const tasks = await as(s, 'GET', '/api/tasks?tenant=heat');
    expect(tasks.body).not.toContain('赵某');
    // The anonymous dialog alone is enough (heating-complaint marks itself anonymous).
    const wo = await store.workOrders.upsert({ tenantId: 'heat', externalId: 'RL-TS-0099', kind: 'heating-complaint', customer: { name: '钱某', phones: ['13600002222'] } });
    const { callback } = await store.callbacks.create({ tenantId: 'heat', workOrderId: wo.id, dialogId: 'heating-complaint', dialogVersion: 1, campaign: 'daily' });
    await store.results.addFlag({ callbackId: callback.id, reason: 'complaint' });
    const c2 = await as(s, 'GET', `/api/calls/${callback.id}`);
    expect(c2.json().call).toMatchObject({ anonymous: true, customerName: null, phone: null });
  });

  it('streams a recording with Cache-Control: no-store and logs each playback', async () => {
    const s = await signIn('zhang', PASSWORDS.zhang);
    const url = `/api/calls/${seeded.repairCall}/recordings/${seeded.repairAttempt}`;
    const before = (await store.contact.auditFor(`callback:${seeded.repairCall}`)).filter((a) => a.action === 'play_recording').length;
    const r = await as(s, 'GET', url);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('audio/wav');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.rawPayload.subarray(0, 4).toString()).toBe('RIFF');
    const part = await app.inject({ method: 'GET', url, headers: { cookie: s.cookie, range: 'bytes=44-99' } });
    expect(part.statusCode).toBe(206);
    expect(part.rawPayload.length).toBe(56);
    // A suffix range gets the end of the file: a whole recording when N is large, so it is audited too.
    const suffix = await app.inject({ method: 'GET', url, headers: { cookie: s.cookie, range: 'bytes=-100000000' } });
    expect(suffix.statusCode).toBe(206);
    expect(suffix.rawPayload.subarray(0, 4).toString()).toBe('RIFF');
    const after = (await store.contact.auditFor(`callback:${seeded.repairCall}`)).filter((a) => a.action === 'play_recording');
    expect(after.length).toBe(before + 3); // every request that can return audio
    expect(after.map((a) => (a.detail as { range?: string } | null)?.range ?? null)).toEqual(expect.arrayContaining([null, 'bytes=44-99', 'bytes=-100000000']));
    expect(after.every((a) => a.actor === 'zhang' && (a.detail as { attemptId: string }).attemptId === seeded.repairAttempt)).toBe(true);
  });

  it('fetches a Twilio recording with the account credentials and streams it', async () => {
    const nock = (await import('nock')).default;
    const sid = 'AC0123456789abcdef0123456789abcdef';
    const ref = `https://api.twilio.com/2010-04-01/Accounts/${sid}/Recordings/RE0001`;
    const { attempt } = await store.callbacks.startAttempt({ callbackId: seeded.installCall, channel: 'voice', providerId: 'CA-twilio-rec' });
    // A person answered (a recording exists only for such calls: no player for machines or unanswered calls).
    await store.callbacks.updateAttempt(attempt.id, { recordingRef: ref, answeredAt: store.now() });
    const saved = deps.config.twilio;
    deps.config.twilio = { accountSid: sid, authToken: 'token-123456', smsSessionHours: 24, callTimeLimitSec: 600, recordCalls: true };
    const scope = nock('https://api.twilio.com')
      .get(`/2010-04-01/Accounts/${sid}/Recordings/RE0001.wav`)
      .basicAuth({ user: sid, pass: 'token-123456' })
      .reply(200, Buffer.from('RIFF....WAVE'), { 'content-type': 'audio/x-wav' });
    try {
      const s = await signIn('zhang', PASSWORDS.zhang);
      const r = await as(s, 'GET', `/api/calls/${seeded.installCall}/recordings/${attempt.id}`);
      expect(r.statusCode).toBe(200);
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.headers['content-type']).toBe('audio/x-wav');
      expect(r.rawPayload.toString()).toBe('RIFF....WAVE');
      expect(scope.isDone()).toBe(true);
      // Without credentials: 502, nothing fetched.
      deps.config.twilio = undefined;
      const none = await as(s, 'GET', `/api/calls/${seeded.installCall}/recordings/${attempt.id}`);
      expect(none.statusCode).toBe(502);
      expect(none.json().error.code).toBe('HF_RECORDING_FETCH_FAILED');
    } finally {
      deps.config.twilio = saved;
      nock.cleanAll();
    }
  });

  it('refuses recording refs outside the recordings folder', async () => {
    const { locateRecording } = await import('../../src/server/workspace/recording.js');
    expect(() => locateRecording(deps, '../../etc/passwd')).toThrow();
    expect(() => locateRecording(deps, 'https://evil.example.com/rec.wav')).toThrow();
    expect(locateRecording(deps, 'https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1')).toMatchObject({ kind: 'twilio' });
    const { resolveRecordingRef } = await import('../../src/server/workspace/recording.js');
    // The voice channel stores the RecordingSid: the simulator's <CallSid>.wav when present, else Twilio's URL.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'recordings', 'CAsim0001.wav'), Buffer.from('RIFF'));
    expect(resolveRecordingRef(deps, { recordingRef: 'RE0123456789', providerId: 'CAsim0001' })).toBe('CAsim0001.wav');
    const tw = { ...deps, config: { ...deps.config, twilio: { accountSid: 'AC99', smsSessionHours: 24, callTimeLimitSec: 600, recordCalls: true } } };
    expect(resolveRecordingRef(tw, { recordingRef: 'RE0123456789', providerId: 'CAother' })).toBe('https://api.twilio.com/2010-04-01/Accounts/AC99/Recordings/RE0123456789');
    expect(() => resolveRecordingRef(deps, { recordingRef: 'RE0123456789', providerId: 'CAother' })).toThrow();
    expect(resolveRecordingRef(deps, { recordingRef: 'demo/repair.wav', providerId: null })).toBe('demo/repair.wav');
  });
});

describe('tasks', () => {
  it('shows agents only their tasks and unassigned ones of their tenant', async () => {
    const li = await signIn('li', PASSWORDS.li);
    const items = (await as(li, 'GET', '/api/tasks')).json().items as { assignee: string | null; tenantId: string }[];
    expect(items.length).toBeGreaterThan(0);
    for (const t of items) {
      expect(t.tenantId).toBe('telecom');
      expect([null, 'li']).toContain(t.assignee);
    }
    const wang = await signIn('wang', PASSWORDS.wang);
    const heat = (await as(wang, 'GET', '/api/tasks')).json().items as { tenantId: string }[];
    expect(heat.every((t) => t.tenantId === 'heat')).toBe(true);
    // An agent cannot touch a task assigned to someone else.
    const zhang = await signIn('zhang', PASSWORDS.zhang);
    const created = await as(zhang, 'POST', `/api/calls/${seeded.installCall}/tasks`, { reason: 'dissatisfied', assignee: 'zhang' });
    expect(created.statusCode).toBe(201);
    const id = created.json().task.id;
    expect((await as(li, 'PATCH', `/api/tasks/${id}`, { status: 'in_progress' })).statusCode).toBe(404);
    expect((await as(li, 'PATCH', `/api/tasks/${seeded.repairTask}`, { assignee: 'zhang' })).statusCode).toBe(403);
  });

  it('creates a task with the rule deadline, takes it, resolves it and schedules the re-survey', async () => {
    const zhang = await signIn('zhang', PASSWORDS.zhang);
    const created = await as(zhang, 'POST', `/api/calls/${seeded.repairCall}/tasks`, { reason: 'complaint', detail: '客户要求投诉' });
    expect(created.statusCode).toBe(201);
    const task = created.json().task;
    // A complaint at 10:00 on a Wednesday: contact within 2 hours (004 第六十条).
    expect(new Date(task.dueAt).toISOString()).toBe('2025-01-15T04:00:00.000Z');
    expect(task.basis).toContain('004 第六十条');
    const li = await signIn('li', PASSWORDS.li);
    const started = await as(li, 'PATCH', `/api/tasks/${task.id}`, { status: 'in_progress' });
    expect(started.json().task).toMatchObject({ status: 'in_progress', assignee: 'li' });
    const noNote = await as(li, 'PATCH', `/api/tasks/${task.id}`, { status: 'resolved' });
    expect(noNote.statusCode).toBe(400);
    const done = await as(li, 'PATCH', `/api/tasks/${task.id}`, { status: 'resolved', resolution: '已致电客户道歉，重新派单维修' });
    expect(done.statusCode).toBe(200);
    expect(done.json().task).toMatchObject({ status: 'resolved', resolution: '已致电客户道歉，重新派单维修' });
    const reId = done.json().reSurveyCallbackId as string;
    const re = await store.callbacks.require(reId);
    const original = await store.callbacks.require(seeded.repairCall);
    expect(re).toMatchObject({ campaign: 're-survey', workOrderId: original.workOrderId, dialogId: 'telecom-repair', status: 'pending' });
    const audit = await store.contact.auditFor(`task:${task.id}`);
    expect(audit.map((a) => a.action)).toContain('update_task');
    // A resolved task cannot jump to in_progress.
    expect((await as(zhang, 'PATCH', `/api/tasks/${task.id}`, { status: 'in_progress' })).statusCode).toBe(409);
  });

  it('lists overdue tasks, highlights them and alerts once', async () => {
    const overdue = await store.review.overdueTasks(clock.now());
    expect(overdue.map((t) => t.id)).toContain(seeded.overdueTask);
    expect(overdue.every((t) => t.overdue)).toBe(true);
    const admin = await signIn('admin', PASSWORDS.admin);
    const board = (await as(admin, 'GET', '/api/tasks')).json().items as { id: string; overdue: boolean }[];
    expect(board.find((t) => t.id === seeded.overdueTask)?.overdue).toBe(true);
    const seen: { flagged: string[]; overdue: string[] } = { flagged: [], overdue: [] };
    const sink: AlertSink = { flagged: (c) => void seen.flagged.push(`${c.callbackId}:${c.reason}`), overdue: (t) => void seen.overdue.push(t.id) };
    const first = await runAlertSweep(store, sink, clock.now());
    expect(first.flagged).toBeGreaterThan(3);
    expect(seen.overdue).toContain(seeded.overdueTask);
    expect(seen.flagged).toContain(`${seeded.repairCall}:misconduct`);
    const second = await runAlertSweep(store, sink, clock.now());
    expect(second).toEqual({ flagged: 0, overdue: 0 });
  });

  it('marks a call reviewed with notes', async () => {
    const s = await signIn('zhang', PASSWORDS.zhang);
    const r = await as(s, 'PUT', `/api/calls/${seeded.installCall}/review`, { notes: '已与班组长沟通', reviewed: true });
    expect(r.statusCode).toBe(200);
    expect(r.json().review).toMatchObject({ reviewedBy: 'zhang', notes: '已与班组长沟通' });
    const pending = await as(s, 'GET', '/api/flags');
    expect(pending.json().items.map((i: { callbackId: string }) => i.callbackId)).not.toContain(seeded.installCall);
    expect((await store.results.flags(seeded.installCall)).every((f) => f.reviewedBy === 'zhang')).toBe(true);
  });
});

describe('users, the escalation rule, live calls', () => {
  it('an admin creates a user with a phone (shown masked), disables and enables them; every change is audited', async () => {
    const admin = await signIn('admin', PASSWORDS.admin);
    const created = await as(admin, 'POST', '/api/users', { username: 'zhao', password: 'zhao-pass-1', role: 'agent', tenantId: 'telecom', displayName: '赵坐席', phone: '139 0000 1234' });
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({ username: 'zhao', role: 'agent', tenantId: 'telecom', phone: '139****1234', disabled: false });
    expect(created.body).not.toContain('13900001234');
    const id = created.json().user.id as string;
    expect(await store.users.phoneOf(id)).toBe('+8613900001234');
    const list = await as(admin, 'GET', '/api/users');
    expect(list.json().canEdit).toBe(true);
    expect(list.json().items.find((u: { username: string }) => u.username === 'zhao')).toMatchObject({ phone: '139****1234' });
    expect(list.body).not.toContain('13900001234');
    const bad = await as(admin, 'POST', '/api/users', { username: 'qian', password: 'qian-pass-1', role: 'agent', tenantId: 'telecom', phone: '12' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('HF_PHONE_INVALID');

    // Disabling ends the user's sessions; they cannot sign in until enabled again.
    const zhao = await signIn('zhao', 'zhao-pass-1');
    const off = await as(admin, 'PATCH', `/api/users/${id}`, { disabled: true });
    expect(off.statusCode).toBe(200);
    expect(off.json().user).toMatchObject({ disabled: true });
    expect((await as(zhao, 'GET', '/api/tasks')).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'zhao', password: 'zhao-pass-1' } })).statusCode).toBe(401);
    expect((await as(admin, 'PATCH', `/api/users/${id}`, { disabled: false, phone: '' })).json().user).toMatchObject({ disabled: false, phone: null });
    await signIn('zhao', 'zhao-pass-1');
    const audit = await store.contact.auditFor(`user:${id}`);
    expect(audit.map((a) => a.action).sort()).toEqual(['create_user', 'sign_in', 'sign_in', 'update_user', 'update_user']);
    expect(audit.find((a) => a.action === 'update_user' && (a.detail as { phone?: string }).phone === 'cleared')).toBeDefined();
    expect(JSON.stringify(audit)).not.toContain('13900001234');
    // Admins cannot lock themselves out; unknown fields are refused.
    const adminId = (await store.users.byUsername('admin'))!.id;
    expect((await as(admin, 'PATCH', `/api/users/${adminId}`, { disabled: true })).statusCode).toBe(400);
    expect((await as(admin, 'PATCH', `/api/users/${id}`, { superpowers: true })).statusCode).toBe(400);
  });

  it('supervisors read users and the rule but change neither; agents see neither', async () => {
    const zhang = await signIn('zhang', PASSWORDS.zhang);
    const list = await as(zhang, 'GET', '/api/users');
    expect(list.statusCode).toBe(200);
    expect(list.json().canEdit).toBe(false);
    // Users of the supervisor's tenant only: not the global admin.
    expect(list.json().items.every((u: { tenantId: string | null }) => u.tenantId === 'telecom')).toBe(true);
    const li = (await store.users.byUsername('li'))!;
    expect((await as(zhang, 'PATCH', `/api/users/${li.id}`, { disabled: true })).statusCode).toBe(403);
    expect((await as(zhang, 'POST', '/api/users', { username: 'sun', password: 'sun-pass-12', role: 'agent', tenantId: 'telecom' })).statusCode).toBe(403);
    expect((await as(zhang, 'GET', '/api/tenants/telecom/escalation-rule')).statusCode).toBe(200);
    expect((await as(zhang, 'PUT', '/api/tenants/telecom/escalation-rule', { transferTimeoutSec: 45 })).statusCode).toBe(403);
    const agent = await signIn('li', PASSWORDS.li);
    expect((await as(agent, 'GET', '/api/users')).statusCode).toBe(403);
    expect((await as(agent, 'GET', '/api/tenants/telecom/escalation-rule')).statusCode).toBe(403);
    expect((await as(agent, 'PUT', '/api/tenants/telecom/escalation-rule', { transferTimeoutSec: 45 })).statusCode).toBe(403);
    expect((await as(agent, 'PATCH', `/api/users/${li.id}`, { phone: '13900005555' })).statusCode).toBe(403);
    expect(await store.users.phoneOf(li.id)).toBeNull();
  });

  it('an admin changes the rule; it is validated, stored and audited', async () => {
    const admin = await signIn('admin', PASSWORDS.admin);
    const before = (await as(admin, 'GET', '/api/tenants/heat/escalation-rule')).json().rule;
    const r = await as(admin, 'PUT', '/api/tenants/heat/escalation-rule', { ...before, transferTimeoutSec: 45, staffedHours: { days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30' } });
    expect(r.statusCode).toBe(200);
    expect(r.json().rule).toMatchObject({ transferTimeoutSec: 45, staffedHours: { start: '08:30' } });
    expect((await as(admin, 'PUT', '/api/tenants/heat/escalation-rule', { transferTimeoutSec: 1 })).statusCode).toBe(400);
    expect((await store.contact.auditFor('tenant:heat')).map((a) => a.action)).toContain('set_escalation_rule');
    await as(admin, 'PUT', '/api/tenants/heat/escalation-rule', before);
  });

  it('the live page says why listening in is unavailable without Twilio; the listen route refuses', async () => {
    const zhang = await signIn('zhang', PASSWORDS.zhang);
    const live = await as(zhang, 'GET', '/api/live');
    expect(live.json()).toMatchObject({ twilio: false, listenIn: false, listenInOff: 'no_twilio' });
    const row = live.json().items.find((i: { callbackId: string }) => i.callbackId === seeded.liveCall);
    expect(row).toMatchObject({ channel: 'voice', conference: null, canListen: false });
    const attemptId = row.attemptId as string;
    const r = await as(zhang, 'POST', `/api/live/${attemptId}/listen`, {});
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('HF_LISTEN_UNAVAILABLE');
    expect((await as(zhang, 'POST', '/api/live/no-such-attempt/listen', {})).statusCode).toBe(404);
  });
});

describe('the page', () => {
  it('serves the workspace and its modules with a strict CSP, no build step', async () => {
    const page = await app.inject({ method: 'GET', url: '/workspace/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('/workspace/assets/app.js');
    const hooks = await app.inject({ method: 'GET', url: '/workspace/assets/vendor/hooks.mjs' });
    expect(hooks.statusCode).toBe(200);
    expect(hooks.body).toContain('from"./preact.mjs"');
    expect((await app.inject({ method: 'GET', url: '/workspace/assets/../../shared/config.ts' })).statusCode).toBe(404);
  });

  it("serves the domain's levels and their names to the pages, as the reports name them", async () => {
    const res = await app.inject({ method: 'GET', url: '/workspace/assets/domain.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    const mod = (await import(`data:text/javascript;base64,${Buffer.from(res.body).toString('base64')}`)) as { LEVELS: string[]; LEVEL_LABELS: unknown };
    expect(mod.LEVELS).toEqual([...LEVELS]);
    expect(mod.LEVEL_LABELS).toEqual(LEVEL_LABELS);
    // The pages take the names from it (i18n.js), not from a copy.
    const i18n = await app.inject({ method: 'GET', url: '/workspace/assets/i18n.js' });
    expect(i18n.body).toContain("from './domain.js'");
    expect(i18n.body).not.toContain("'非常满意'");
  });
});
