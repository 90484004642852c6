/**
 * The workspace's tenant API (/api/tenants) through app.inject(): admins only, a tenant's
 * admin sees and edits only their own and creates none, the same validation as the command
 * line, no secret ever answered, every change audited with field names only. And `GET /`
 * leads to the workspace.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpret } from '../../src/nlu/index.js';
import { buildApp, type AppDeps } from '../../src/server/app.js';
import { workspaceSurface } from '../../src/server/workspace/index.js';
import { loadConfig } from '../../src/shared/config.js';
import { openStore, type Store } from '../../src/store/index.js';
import { fakeClock } from '../support/clock.js';
import { PASSWORDS, seedWorkspace } from '../support/workspace-seed.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const clock = fakeClock('2025-01-15T02:00:00Z');
let dir: string;
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hf-tenants-'));
  store = await openStore({ dataDir: 'memory://', now: clock.now });
  const config = loadConfig({ HUIFANG_DATA_DIR: dir, LOG_LEVEL: 'silent' });
  const deps: AppDeps = { store, config, dialogs: loadRegistry(), interpret, now: clock.now, services: {} };
  await seedWorkspace(store, dir);
  await store.users.create({ username: 'tadmin', password: 'tadmin-pass-1', role: 'admin', tenantId: 'telecom', displayName: '电信管理员' });
  app = await buildApp(deps, { logLevel: 'silent', surfaces: [workspaceSurface({ alertIntervalMs: 0 })] });
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

/** Every cookie a response sets (the session and the CSRF secret), as one Cookie header. */
function cookiesOf(res: { headers: Record<string, unknown> }): string {
  const set = res.headers['set-cookie'];
  const list = Array.isArray(set) ? set : set ? [String(set)] : [];
  return list.map((c) => String(c).split(';')[0]).join('; ');
}

async function signIn(username: string, password: string): Promise<Session> {
  const r = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  expect(r.statusCode).toBe(200);
  return { cookie: cookiesOf(r), csrf: r.json().csrfToken };
}

const as = (s: Session, method: string, url: string, payload?: unknown) =>
  app.inject({ method: method as 'GET', url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, ...(payload !== undefined ? { payload: payload as object } : {}) });

describe('/api/tenants', () => {
  it('needs a session, and the admin role', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/tenants' })).statusCode).toBe(401);
    const zhang = await signIn('zhang', PASSWORDS.zhang);
    const r = await as(zhang, 'GET', '/api/tenants');
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('HF_FORBIDDEN');
    expect((await as(zhang, 'PATCH', '/api/tenants/telecom', { name: 'x' })).statusCode).toBe(403);
  });

  it('an admin of every tenant lists, creates and edits; secrets never come back; audited by field names', async () => {
    const admin = await signIn('admin', PASSWORDS.admin);
    const list = await as(admin, 'GET', '/api/tenants');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ canCreate: true });
    expect(list.json().items.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(['telecom', 'heat']));

    const created = await as(admin, 'POST', '/api/tenants', {
      id: 'unicom-dachang',
      name: '中国联通大厂分公司',
      timeZone: 'Asia/Shanghai',
      callingHours: '09:00-12:00,14:00-20:00',
      callingDays: '1-5',
      holidays: '2025-10-01..2025-10-03 holiday 国庆节\n2025-10-11 workday 调休',
      writebackUrl: 'https://orders.example.com/hooks',
      writebackSecret: SECRET,
    });
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toContain('whsec_');
    expect(created.json().tenant).toMatchObject({ id: 'unicom-dachang', callingDays: [1, 2, 3, 4, 5], workdays: ['2025-10-11'], writeback: { secret: 'set' } });
    expect((await as(admin, 'POST', '/api/tenants', { id: 'unicom-dachang', name: 'x', timeZone: 'Asia/Shanghai' })).json().error.code).toBe('HF_TENANT_EXISTS');
    clock.advance(1000);

    const changed = await as(admin, 'PATCH', '/api/tenants/unicom-dachang', { callingHours: '00:00-23:59', writebackSecret: 'whsec_QUJDREVGR0hJSktMTU5PUFFSU1RVVg==' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().tenant.callingHours).toEqual([{ start: '00:00', end: '23:59' }]);
    expect(changed.body).not.toContain('whsec_');
    expect((await store.tenants.get('unicom-dachang'))?.settings.writeback?.secret).toBe('whsec_QUJDREVGR0hJSktMTU5PUFFSU1RVVg==');
    expect((await as(admin, 'GET', '/api/tenants/unicom-dachang')).json().tenant.writeback).toEqual({ url: 'https://orders.example.com/hooks', allowPrivate: false, secret: 'set', disabledAt: null });

    const audit = await store.db.query<{ action: string; detail: { fields: string[] } }>(`SELECT action, detail FROM audit_log WHERE subject = 'tenant:unicom-dachang' ORDER BY at`);
    expect(audit.rows.map((r) => r.action)).toEqual(['create_tenant', 'update_tenant']);
    expect(audit.rows[1]!.detail.fields).toEqual(['callingHours', 'writebackSecret']);
    expect(JSON.stringify(audit.rows)).not.toContain('whsec_');
  });

  it('the same validation as the command line, naming the JSON fields', async () => {
    const admin = await signIn('admin', PASSWORDS.admin);
    const r = await as(admin, 'POST', '/api/tenants', { id: 'Bad Id', name: '', timeZone: 'Mars/Base', callingHours: '13:00-12:00', holidays: 'x holiday' });
    expect(r.statusCode).toBe(400);
    const e = r.json().error;
    expect(e.code).toBe('HF_TENANT_INVALID');
    expect(e.details.problems.map((p: { name: string }) => p.name)).toEqual(['id', 'name', 'timeZone', 'callingHours', 'holidays']);
    expect(e.message).toContain('holidays: line 1: "x" is not a date');
    const unknown = await as(admin, 'PATCH', '/api/tenants/telecom', { calling_hours: '09:00-10:00' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('HF_TENANT_INVALID');
    expect((await as(admin, 'PATCH', '/api/tenants/telecom', {})).json().error.code).toBe('HF_TENANT_INVALID');
    expect((await as(admin, 'PATCH', '/api/tenants/nobody', { name: 'x' })).statusCode).toBe(404);
  });

  it('a tenant’s admin sees and edits their own tenant only, and creates none', async () => {
    const tadmin = await signIn('tadmin', 'tadmin-pass-1');
    const list = await as(tadmin, 'GET', '/api/tenants');
    expect(list.json()).toMatchObject({ canCreate: false });
    expect(list.json().items.map((t: { id: string }) => t.id)).toEqual(['telecom']);
    expect((await as(tadmin, 'GET', '/api/tenants/heat')).statusCode).toBe(404);
    expect((await as(tadmin, 'PATCH', '/api/tenants/heat', { name: 'x' })).statusCode).toBe(404);
    expect((await as(tadmin, 'POST', '/api/tenants', { id: 'mine', name: 'x', timeZone: 'Asia/Shanghai' })).statusCode).toBe(403);
    const r = await as(tadmin, 'PATCH', '/api/tenants/telecom', { callingDays: '1-6' });
    expect(r.statusCode).toBe(200);
    expect(r.json().tenant.callingDays).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('CSRF: a change without the token is refused', async () => {
    const admin = await signIn('admin', PASSWORDS.admin);
    const r = await app.inject({ method: 'PATCH', url: '/api/tenants/heat', headers: { cookie: admin.cookie }, payload: { name: 'x' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('HF_CSRF');
  });
});

describe('GET /', () => {
  it('leads to the workspace', async () => {
    const r = await app.inject({ method: 'GET', url: '/' });
    expect(r.statusCode).toBe(302);
    expect(r.headers.location).toBe('/workspace/');
  });
});
