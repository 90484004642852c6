/**
 * The app-level defences (issue 15): the sign-in lockout (per user name, in the database, so it
 * holds across a fleet and whatever the proxy headers say), TRUST_PROXY, NUL bytes refused
 * everywhere with a code, security headers (HSTS with an https PUBLIC_URL), no-store on the
 * workspace API, and authentication declared in each route's config.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatSurface } from '../../src/channels/chat/surface.js';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpret } from '../../src/nlu/index.js';
import { buildApp, type AppDeps, type SurfacePlugin } from '../../src/server/app.js';
import { SURFACES } from '../../src/server/surfaces.js';
import { workspacePlugin, workspaceSurface } from '../../src/server/workspace/index.js';
import { loadConfig } from '../../src/shared/config.js';
import { openStore, type Store } from '../../src/store/index.js';
import { BACKENDS, openTestStore, TEST_PG_URL, type TestStore } from '../support/store.js';
import { fakeClock } from '../support/clock.js';
import { PASSWORDS, seedWorkspace, type Seeded } from '../support/workspace-seed.js';
import { startCapture, message, type Capture } from '../support/chat.js';
import { startCallback } from '../../src/channels/twilio/voice.js';
import { actionOf, count, post, rig, type Rig } from '../support/twilio.js';
import { seedCallback } from '../support/seed.js';

const START = '2025-01-15T02:00:00Z';

/** A route that shows what the app takes for the client's address (to check TRUST_PROXY). */
const whoAmI: SurfacePlugin = (a) => {
  a.get('/test/ip', { config: { auth: 'none' } }, async (req) => ({ ip: req.ip }));
  a.get('/api/test-open', { config: { auth: 'none' } }, async () => ({ open: true }));
  a.get('/api/test-closed', async () => ({ open: false }));
};

function depsFor(store: Store, env: Record<string, string>, now: () => Date, dir: string): AppDeps {
  const config = loadConfig({ HUIFANG_DATA_DIR: dir, LOG_LEVEL: 'silent', ...env });
  return { store, config, dialogs: loadRegistry(), interpret, now, services: {} };
}

async function workspaceApp(deps: AppDeps): Promise<FastifyInstance> {
  const surfaces = SURFACES.map((s) => (s === workspacePlugin ? workspaceSurface({ alertIntervalMs: 0 }) : s));
  const app = await buildApp(deps, { logLevel: 'silent', surfaces: [whoAmI, ...surfaces] });
  await app.ready();
  return app;
}

const signInAs = (app: FastifyInstance, username: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, headers });

/** Cookies of a response as one Cookie header. */
function cookiesOf(res: { headers: Record<string, unknown> }): string {
  const set = res.headers['set-cookie'];
  const list = Array.isArray(set) ? set : set ? [String(set)] : [];
  return list.map((c) => String(c).split(';')[0]).join('; ');
}

describe('one app on PGlite', () => {
  const clock = fakeClock(START);
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let seeded: Seeded;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hf-sec-'));
    store = await openStore({ dataDir: 'memory://', now: clock.now });
    seeded = await seedWorkspace(store, dir);
    app = await workspaceApp(depsFor(store, {}, clock.now, dir));
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function session(username: keyof typeof PASSWORDS) {
    const r = await signInAs(app, username, PASSWORDS[username]);
    expect(r.statusCode).toBe(200);
    return { cookie: cookiesOf(r), csrf: r.json().csrfToken as string };
  }

  describe('sign-in lockout', () => {
    it('locks a user name after 10 failures whatever X-Forwarded-For says: 429 HF_AUTH_LOCKED until the window passes', async () => {
      clock.set(START);
      const codes: number[] = [];
      for (let i = 0; i < 10; i++) {
        codes.push((await signInAs(app, 'li', `guess-${i}-xxxx`, { 'x-forwarded-for': `198.51.100.${i + 1}` })).statusCode);
      }
      expect(codes).toEqual(Array(10).fill(401));
      // The right password, from yet another "address", with the user name spelled differently.
      const locked = await signInAs(app, ' LI ', PASSWORDS.li, { 'x-forwarded-for': '203.0.113.77', 'x-real-ip': '203.0.113.78' });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('HF_AUTH_LOCKED');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      expect(locked.headers['set-cookie']).toBeUndefined();
      clock.advance(14 * 60_000);
      expect((await signInAs(app, 'li', PASSWORDS.li)).statusCode).toBe(429);
      clock.advance(60_000 + 1000);
      expect((await signInAs(app, 'li', PASSWORDS.li)).statusCode).toBe(200);
      // Another user was never affected.
      expect((await signInAs(app, 'zhang', PASSWORDS.zhang)).statusCode).toBe(200);
      clock.set(START);
    });

    it('a successful sign-in clears the count', async () => {
      clock.set('2025-01-15T05:00:00Z');
      for (let i = 0; i < 9; i++) expect((await signInAs(app, 'wang', `nope-${i}-xxxx`)).statusCode).toBe(401);
      expect((await signInAs(app, 'wang', PASSWORDS.wang)).statusCode).toBe(200);
      for (let i = 0; i < 9; i++) expect((await signInAs(app, 'wang', `nope-${i}-yyyy`)).statusCode).toBe(401);
      expect((await signInAs(app, 'wang', PASSWORDS.wang)).statusCode).toBe(200);
      clock.set(START);
    });
  });

  describe('TRUST_PROXY', () => {
    it('ignores proxy headers by default', async () => {
      const r = await app.inject({ method: 'GET', url: '/test/ip', remoteAddress: '192.0.2.10', headers: { 'x-forwarded-for': '203.0.113.5' } });
      expect(r.json().ip).toBe('192.0.2.10');
    });

    it('believes X-Forwarded-For only from the listed proxies', async () => {
      const trusted = await workspaceApp(depsFor(store, { TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }, clock.now, dir));
      try {
        const via = await trusted.inject({ method: 'GET', url: '/test/ip', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-for': '203.0.113.5' } });
        expect(via.json().ip).toBe('203.0.113.5');
        const direct = await trusted.inject({ method: 'GET', url: '/test/ip', remoteAddress: '192.0.2.10', headers: { 'x-forwarded-for': '203.0.113.5' } });
        expect(direct.json().ip).toBe('192.0.2.10');
      } finally {
        await trusted.close();
      }
    });

    it('is validated: addresses, CIDRs or loopback/linklocal/uniquelocal', () => {
      expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,::1, loopback' }).trustProxy).toEqual(['10.0.0.0/8', '::1', 'loopback']);
      expect(loadConfig({}).trustProxy).toBeUndefined();
      for (const bad of ['true', '10.0.0.0/33', 'proxy.example.com', '*']) {
        expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(expect.objectContaining({ code: 'HF_CONFIG_INVALID' }));
      }
    });

    it('limits sign-in requests per client address, whatever X-Forwarded-For says', async () => {
      const limited = await workspaceApp(depsFor(store, {}, clock.now, dir));
      try {
        let last = 0;
        let code = '';
        for (let i = 0; i < 200 && last !== 429; i++) {
          const r = await limited.inject({ method: 'POST', url: '/api/session', remoteAddress: '192.0.2.99', payload: {}, headers: { 'x-forwarded-for': `198.51.100.${i % 250}` } });
          last = r.statusCode;
          if (last === 429) code = r.json().error.code;
        }
        expect(last).toBe(429);
        expect(code).toBe('HF_AUTH_LOCKED');
        // Another client is not affected.
        expect((await limited.inject({ method: 'POST', url: '/api/session', remoteAddress: '192.0.2.100', payload: {} })).statusCode).toBe(400);
      } finally {
        await limited.close();
      }
    });
  });

  describe('NUL bytes', () => {
    it('refuse a sign-in with NUL in the user name: 400 HF_BAD_REQUEST, not 500', async () => {
      const r = await signInAs(app, 'zhang\u0000', 'x-password-1');
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe('HF_BAD_REQUEST');
      expect(r.body).not.toContain('\u0000');
    });

    it('refuse NUL in paths, filters and bodies of the workspace API', async () => {
      const s = await session('zhang');
      const h = { cookie: s.cookie, 'x-csrf-token': s.csrf };
      for (const [method, url, payload] of [
        ['GET', '/api/calls/%00', undefined],
        ['GET', `/api/calls/${seeded.repairCall}%00`, undefined],
        ['GET', '/api/flags?team=%00', undefined],
        ['GET', '/api/flags?te%00am=A', undefined],
        ['GET', '/api/tasks?status=open%00', undefined],
        ['PUT', `/api/calls/${seeded.repairCall}/review`, { notes: 'a\u0000b' }],
        ['POST', `/api/calls/${seeded.repairCall}/tasks`, { reason: 'dissatisfied', detail: { deep: [[[['\u0000']]]] } }],
      ] as const) {
        const r = await app.inject({ method, url, headers: h, ...(payload ? { payload } : {}) });
        expect(r.statusCode, `${method} ${url}`).toBe(400);
        expect(r.json().error.code).toBe('HF_BAD_REQUEST');
      }
      // Deep JSON does not blow the checker's stack.
      const deep = `{"notes":${'['.repeat(5000)}"x\\u0000"${']'.repeat(5000)}}`;
      const r = await app.inject({ method: 'PUT', url: `/api/calls/${seeded.repairCall}/review`, headers: { ...h, 'content-type': 'application/json' }, payload: deep });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.message).toMatch(/U\+0000\) in body\.notes(\[0\])+…/);
    });

    it('refuse NUL in a stale session cookie without a 500', async () => {
      const r = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: 'hf_session=abc%00def' } });
      expect(r.statusCode).toBe(401);
    });
  });

  describe('headers', () => {
    it('workspace JSON is never cached; pages get the security headers, and no HSTS over http', async () => {
      const s = await session('zhang');
      for (const url of ['/api/flags', '/api/tasks', '/api/meta', `/api/calls/${seeded.repairCall}`, '/api/users', '/api/does-not-exist']) {
        const r = await app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
        expect(r.headers['cache-control'], url).toBe('no-store');
      }
      const unsigned = await app.inject({ method: 'GET', url: '/api/flags' });
      expect(unsigned.headers['cache-control']).toBe('no-store');
      const page = await app.inject({ method: 'GET', url: '/workspace/' });
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(page.headers['strict-transport-security']).toBeUndefined();
    });

    it('sends HSTS when PUBLIC_URL is https', async () => {
      const https = await workspaceApp(depsFor(store, { PUBLIC_URL: 'https://huifang.example.com' }, clock.now, dir));
      try {
        for (const url of ['/workspace/', '/api/session']) {
          const r = await https.inject({ method: 'GET', url });
          expect(r.headers['strict-transport-security'], url).toMatch(/max-age=\d{7,}/);
        }
      } finally {
        await https.close();
      }
    });
  });

  describe('users', () => {
    it("a tenant's supervisor does not see the global admin account", async () => {
      const s = await session('zhang');
      const r = await app.inject({ method: 'GET', url: '/api/users', headers: { cookie: s.cookie } });
      expect(r.statusCode).toBe(200);
      const items = r.json().items as { username: string; tenantId: string | null }[];
      expect(items.length).toBeGreaterThan(0);
      expect(items.map((u) => u.username)).not.toContain('admin');
      expect(items.every((u) => u.tenantId === 'telecom')).toBe(true);
      // The global admin still sees everyone.
      const a = await session('admin');
      const all = (await app.inject({ method: 'GET', url: '/api/users', headers: { cookie: a.cookie } })).json().items as { username: string }[];
      expect(all.map((u) => u.username)).toEqual(expect.arrayContaining(['admin', 'zhang', 'li', 'wang']));
    });

    it("a tenant's supervisor is not offered the global admin as an assignee (/api/meta)", async () => {
      const s = await session('zhang');
      const users = (await app.inject({ method: 'GET', url: '/api/meta', headers: { cookie: s.cookie } })).json().users as { username: string }[];
      expect(users.length).toBeGreaterThan(0);
      expect(users.map((u) => u.username)).not.toContain('admin');
    });
  });

  describe('authentication declared per route', () => {
    it("lets a route through that declares auth 'none'; any other /api route needs a session", async () => {
      expect((await app.inject({ method: 'GET', url: '/api/test-open' })).statusCode).toBe(200);
      const closed = await app.inject({ method: 'GET', url: '/api/test-closed' });
      expect(closed.statusCode).toBe(401);
      expect(closed.json().error.code).toBe('HF_AUTH_REQUIRED');
    });
  });
});

describe('chat input', () => {
  let capture: Capture;
  let store: Store;
  let app: FastifyInstance;
  const clock = fakeClock(START);

  beforeAll(async () => {
    capture = await startCapture();
    store = await openStore({ dataDir: 'memory://', now: clock.now });
    const config = loadConfig({ PUBLIC_URL: 'https://huifang.example.com', LOG_LEVEL: 'silent' });
    app = await buildApp({ store, config, dialogs: loadRegistry(), interpret, now: clock.now, services: {} }, { logLevel: 'silent', surfaces: [chatSurface] });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
    await capture?.close();
  });

  it('an activity with an empty conversation.id gets 400 HF_BAD_REQUEST, not a 500', async () => {
    for (const conversation of [{ id: '' }, {}, null, 'x', { id: 42 }]) {
      const act = { ...message(capture.url, 'c1', '你好'), conversation };
      const r = await app.inject({ method: 'POST', url: '/api/messages', payload: act as object });
      expect(r.statusCode, JSON.stringify(conversation)).toBe(400);
      expect(r.json().error.code).toBe('HF_BAD_REQUEST');
      expect(r.json().error.message).toContain('conversation');
    }
  });

  it('an activity with a NUL byte gets 400 HF_BAD_REQUEST', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/messages', payload: message(capture.url, 'c2\u0000', '满意\u0000') });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe('HF_BAD_REQUEST');
  });
});

describe('Twilio webhooks with NUL bytes', () => {
  let r: Rig;
  beforeAll(async () => {
    r = await rig();
  }, 60_000);
  afterAll(async () => r?.close());

  it('a garbled turn gets 400 after its signature is checked, nothing is written, and the call goes on', async () => {
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await startCallback(r.deps, { callbackId: callback.id, channel: 'voice' });
    const sid = providerId as string;
    const first = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    expect(first.statusCode).toBe(200);
    const action = actionOf(first.body);
    const answers = await count(r.store, 'answers');
    const session = await r.store.sessions.get(callback.id);

    // Unsigned: the signature check comes first (403), NUL or not.
    const unsigned = await post(r.app, action, { CallSid: sid, Digits: '1\u0000' }, { signature: null });
    expect(unsigned.statusCode).toBe(403);
    // Signed by Twilio, but garbled: 400 with a code, nothing written.
    const garbledParams: Record<string, string>[] = [{ CallSid: sid, Digits: '1\u0000' }, { CallSid: sid, SpeechResult: '满意\u0000', Confidence: '0.9' }, { CallSid: `${sid}\u0000` }];
    for (const params of garbledParams) {
      const garbled = await post(r.app, action, params);
      expect(garbled.statusCode).toBe(400);
      expect(garbled.json().error.code).toBe('HF_BAD_REQUEST');
    }
    const inQuery = await post(r.app, `${action}%00`, { CallSid: sid, Digits: '1' });
    expect(inQuery.statusCode).toBe(400);
    expect(await count(r.store, 'answers')).toBe(answers);
    expect((await r.store.sessions.get(callback.id))?.version).toBe(session?.version);

    // The same turn, retried clean, goes on.
    const next = await post(r.app, action, { CallSid: sid, Digits: '1' });
    expect(next.statusCode).toBe(200);
    expect(next.body).toContain('<Gather');
    expect(await count(r.store, 'answers')).toBe(answers + 1);

    // Twilio's fallback with the same garbled parameters still ends the call politely.
    const fb = await post(r.app, `/twilio/fallback?a=${attemptId}`, { CallSid: sid, ErrorCode: '11200', Digits: '1\u0000' });
    expect(fb.statusCode).toBe(200);
    expect(fb.body).toContain('<Hangup/>');
    expect((await r.store.callbacks.attempts(callback.id))[0]).toMatchObject({ outcome: 'failed' });
  });
});

describe.runIf(Boolean(TEST_PG_URL))('fleet mode: two serve processes on one Postgres', () => {
  const clock = fakeClock(START);
  let t: TestStore;
  let second: Store;
  let dir: string;
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    expect(BACKENDS).toContain('postgres');
    dir = mkdtempSync(join(tmpdir(), 'hf-sec-pg-'));
    t = await openTestStore('postgres', { now: clock.now });
    await seedWorkspace(t.store, dir);
    second = await openStore({ databaseUrl: TEST_PG_URL as string, pgOptions: t.pgOptions as string, now: clock.now });
    for (const s of [t.store, second]) apps.push(await workspaceApp(depsFor(s, { TRUST_PROXY: 'loopback' }, clock.now, dir)));
  }, 120_000);
  afterAll(async () => {
    for (const a of apps) await a.close();
    await second?.close();
    await t?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts failed sign-ins across nodes: the 11th attempt on either node is locked', async () => {
    for (let i = 0; i < 10; i++) {
      const r = await signInAs(apps[i % 2] as FastifyInstance, 'zhang', `guess-${i}-xxxx`, { 'x-forwarded-for': `198.51.100.${i + 1}` });
      expect(r.statusCode).toBe(401);
    }
    for (const a of apps) {
      const r = await signInAs(a, 'zhang', PASSWORDS.zhang, { 'x-forwarded-for': '203.0.113.9' });
      expect(r.statusCode).toBe(429);
      expect(r.json().error.code).toBe('HF_AUTH_LOCKED');
    }
    clock.advance(15 * 60_000 + 1000);
    expect((await signInAs(apps[1] as FastifyInstance, 'zhang', PASSWORDS.zhang)).statusCode).toBe(200);
  });

  it('parallel guesses cannot slip past the limit', async () => {
    clock.set('2025-01-15T06:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signInAs(apps[i % 2] as FastifyInstance, 'li', `guess-${i}-zzzz`)),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(10);
    expect(codes.filter((c) => c === 429)).toHaveLength(20);
  });
});
