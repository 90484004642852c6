import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffDelayMs, dispatchOutbox, drainOutbox, nextAttemptAt, RETRY_WINDOW_MS } from '../../src/results/outbox.js';
import { isPrivateAddress, postWebhook, resolveEndpoint, signWebhook } from '../../src/results/writeback.js';
import type { Store } from '../../src/store/index.js';
import { BACKENDS, openTestStore, uniq } from '../support/store.js';
import { fakeClock } from '../support/clock.js';
import type { TestStore } from '../support/store.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('Standard Webhooks signature', () => {
  it('matches the hand-computed vector (HMAC-SHA256 of "id.timestamp.body", base64)', () => {
    // Computed independently with Python's hmac module; the same vector as the spec's example.
    expect(signWebhook({ id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: '{"test": 2432232314}', secret: SECRET })).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('verifies with the standardwebhooks package; a changed body does not', () => {
    const body = JSON.stringify({ type: 'callback.completed', data: { reason: '师傅迟到' } });
    const ts = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook({ id: 'msg_1', timestamp: ts, body, secret: SECRET }) };
    expect(new Webhook(SECRET).verify(body, headers)).toMatchObject({ type: 'callback.completed' });
    expect(() => new Webhook(SECRET).verify(body.replace('迟到', '准时'), headers)).toThrow();
  });
});

describe('backoff', () => {
  it('doubles from 30 s up to 6 h, half of it jittered', () => {
    const max = [1, 2, 3, 4, 5, 10, 11, 12, 20].map((n) => backoffDelayMs(n, () => 0.999999));
    const min = [1, 2, 3, 10, 11, 20].map((n) => backoffDelayMs(n, () => 0));
    expect(max.map((ms) => Math.round(ms / 1000))).toEqual([30, 60, 120, 240, 480, 15360, 21600, 21600, 21600]);
    expect(min.map((ms) => ms / 1000)).toEqual([15, 30, 60, 7680, 10800, 10800]);
  });

  it('stops after 3 days, the last try at the 3-day mark', () => {
    const created = new Date('2025-01-01T00:00:00Z');
    const r = (): number => 0.5;
    expect(nextAttemptAt(created, 1, created, r)?.toISOString()).toBe('2025-01-01T00:00:22.500Z');
    const nearEnd = new Date(created.getTime() + RETRY_WINDOW_MS - 60_000);
    expect(nextAttemptAt(created, 15, nearEnd, r)?.getTime()).toBe(created.getTime() + RETRY_WINDOW_MS);
    expect(nextAttemptAt(created, 16, new Date(created.getTime() + RETRY_WINDOW_MS), r)).toBeNull();
  });
});

describe('address checks', () => {
  it('knows private, loopback and link-local addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '[::1]']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '114.114.114.114', '2400:3200::1', '::ffff:8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('judges IPv4 carried inside IPv6 by the IPv4 address, and refuses the forms that hide it', () => {
    for (const a of [
      '::127.0.0.1', // IPv4-compatible (deprecated ::/96)
      '::7f00:1',
      '::8.8.8.8', // the whole deprecated range, whatever it carries
      '::ffff:0:127.0.0.1', // IPv4-translated (RFC 6145)
      '::ffff:0:a00:1',
      '2002:7f00:1::', // 6to4 of 127.0.0.1
      '2002:c0a8:101::1', // 6to4 of 192.168.1.1
      '64:ff9b::127.0.0.1', // NAT64 well-known prefix
      '64:ff9b::a9fe:a9fe', // NAT64 of 169.254.169.254
      '64:ff9b:1::8.8.8.8', // NAT64 local-use prefix (RFC 8215)
      '2400:cb00::5efe:10.0.0.1', // ISATAP interface id
      '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
      '2001:db8::1', // documentation
      '100::1', // discard-only
      'fec0::1', // deprecated site-local
      '::ffff:7f00:1',
      '255.255.255.255',
      '192.0.2.1',
      '198.18.0.1',
      '127.1', // loose IPv4 forms are not addresses here
      '0x7f.0.0.1',
      'localhost',
      '',
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['2002:808:808::1', '64:ff9b::8.8.8.8', '64:ff9b::7272:7272', '::ffff:0:8.8.8.8', '2400:cb00::5efe:8.8.8.8', '2606:4700:4700::1111']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });
});

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

describe.each(BACKENDS)('outbox dispatcher on %s', (backend) => {
  const clock = fakeClock('2025-01-15T02:00:00Z');
  let t: TestStore;
  let store: Store;
  let server: Server;
  let base: string;
  const received: Received[] = [];
  const statusOf = new Map<string, number[]>();

  beforeAll(async () => {
    t = await openTestStore(backend, { now: clock.now });
    store = t.store;
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        const path = req.url ?? '/';
        received.push({ path, headers: req.headers, body });
        const queue = statusOf.get(path) ?? [200];
        const status = queue.length > 1 ? (queue.shift() as number) : (queue[0] as number);
        res.writeHead(status, status >= 300 && status < 400 ? { location: `${base}/elsewhere` } : {});
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await t?.cleanup();
  });

  async function tenantWith(path: string, statuses: number[], allowPrivate = true): Promise<string> {
    const id = uniq('t');
    statusOf.set(path, [...statuses]);
    await store.tenants.upsert({ id, name: 'X', settings: { writeback: { url: `${base}${path}`, secret: SECRET, allowPrivate } } });
    return id;
  }
  const at = (path: string): Received[] => received.filter((r) => r.path === path);

  it('delivers a signed event that verifies', async () => {
    const tenantId = await tenantWith('/ok', [200]);
    const ev = await store.outbox.enqueue({ tenantId, eventType: 'callback.completed', payload: { type: 'callback.completed', data: { n: 1 } } });
    expect(await dispatchOutbox(store, { random: () => 0.5 })).toMatchObject({ delivered: 1 });
    const [got] = at('/ok');
    expect(got?.headers['webhook-id']).toBe(ev.id);
    expect(got?.headers['webhook-timestamp']).toBe(String(Math.floor(clock.now().getTime() / 1000)));
    const wh = new Webhook(SECRET);
    // verify() checks the timestamp against the real clock; the signature itself is what we test here.
    expect(got?.headers['webhook-signature']).toBe(wh.sign(ev.id, clock.now(), got?.body ?? ''));
    expect((await store.outbox.get(ev.id))?.status).toBe('delivered');
  });

  it('retries with backoff and the same webhook-id until a 2xx', async () => {
    const tenantId = await tenantWith('/flaky', [500, 503, 204]);
    const ev = await store.outbox.enqueue({ tenantId, eventType: 'callback.completed', payload: { a: 1 } });
    await dispatchOutbox(store, { random: () => 0 });
    let row = await store.outbox.get(ev.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 500 });
    expect(row?.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 15_000);
    expect(await dispatchOutbox(store, { random: () => 0 })).toMatchObject({ delivered: 0, retrying: 0 }); // not due yet
    clock.advance(15_000);
    await dispatchOutbox(store, { random: () => 0 });
    row = await store.outbox.get(ev.id);
    expect(row?.nextAttemptAt.getTime()).toBe(clock.now().getTime() + 30_000);
    clock.advance(30_000);
    await dispatchOutbox(store, { random: () => 0 });
    expect((await store.outbox.get(ev.id))?.status).toBe('delivered');
    expect(new Set(at('/flaky').map((r) => r.headers['webhook-id']))).toEqual(new Set([ev.id]));
    expect(at('/flaky')).toHaveLength(3);
  });

  it('gives up after 3 days', async () => {
    const tenantId = await tenantWith('/down', [500]);
    const ev = await store.outbox.enqueue({ tenantId, eventType: 'callback.completed', payload: {} });
    for (let i = 0; i < 40; i++) {
      await dispatchOutbox(store, { random: () => 1 - 1e-9 });
      const row = await store.outbox.get(ev.id);
      if (row?.status !== 'pending') break;
      clock.set(row.nextAttemptAt.toISOString());
    }
    const row = await store.outbox.get(ev.id);
    expect(row?.status).toBe('failed');
    expect(clock.now().getTime() - ev.createdAt.getTime()).toBe(RETRY_WINDOW_MS);
    expect(row?.attempts).toBeGreaterThan(10);
  });

  it('410 Gone disables the endpoint for later events too', async () => {
    const tenantId = await tenantWith('/gone', [410]);
    const a = await store.outbox.enqueue({ tenantId, eventType: 'callback.completed', payload: {} });
    await dispatchOutbox(store);
    expect((await store.outbox.get(a.id))?.status).toBe('disabled');
    expect((await store.tenants.get(tenantId))?.settings.writebackDisabledAt).toBe(clock.now().toISOString());
    const b = await store.outbox.enqueue({ tenantId, eventType: 'callback.completed', payload: {} });
    await dispatchOutbox(store);
    expect((await store.outbox.get(b.id))?.status).toBe('disabled');
    expect(at('/gone')).toHaveLength(1);
  });

  it('a 3xx is a failure and the redirect is not followed', async () => {
    const tenantId = await tenantWith('/moved', [302]);
    const ev = await store.outbox.enqueue({ tenantId, eventType: 'callback.completed', payload: {} });
    await dispatchOutbox(store);
    expect(await store.outbox.get(ev.id)).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 302 });
    expect(at('/elsewhere')).toHaveLength(0);
  });

  it('refuses a private address unless the tenant allows it', async () => {
    const tenantId = await tenantWith('/private', [200], false);
    const ev = await store.outbox.enqueue({ tenantId, eventType: 'callback.completed', payload: {} });
    await dispatchOutbox(store);
    const row = await store.outbox.get(ev.id);
    expect(row?.status).toBe('pending');
    expect(row?.lastError).toMatch(/^HF_WRITEBACK_REFUSED/);
    expect(at('/private')).toHaveLength(0);
  });

  it('checks every address a host name resolves to', async () => {
    const endpoint = { url: `http://hooks.example.test:1/x`, secret: SECRET, allowPrivate: false };
    const r = await postWebhook(endpoint, { id: 'msg_x', timestamp: 1, body: '{}' }, {
      resolve: async () => [{ address: '203.0.114.9', family: 4 }, { address: '10.0.0.7', family: 4 }],
    });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/^HF_WRITEBACK_REFUSED/);
    const local = await postWebhook({ ...endpoint, url: 'http://localhost:1/x' }, { id: 'msg_x', timestamp: 1, body: '{}' });
    expect(local.error).toMatch(/^HF_WRITEBACK_REFUSED/);
  });

  it('no endpoint: the event is parked as disabled; the environment endpoint is only for the default tenant', async () => {
    const tenantId = uniq('t');
    await store.tenants.upsert({ id: tenantId, name: 'X' });
    const env = { url: `${base}/env`, secret: SECRET, allowPrivate: true };
    const ev = await store.outbox.enqueue({ tenantId, eventType: 'callback.completed', payload: {} });
    await dispatchOutbox(store, { envEndpoint: env });
    expect((await store.outbox.get(ev.id))?.status).toBe('disabled');
    const def = await store.tenants.ensureDefault();
    expect(resolveEndpoint(def, env)).toEqual(env);
  });

  it('drainOutbox sends what is due and returns what is still pending', async () => {
    const ok = await tenantWith('/drain-ok', [200]);
    const bad = await tenantWith('/drain-bad', [500]);
    await store.outbox.enqueue({ tenantId: ok, eventType: 'callback.completed', payload: {} });
    const stuck = await store.outbox.enqueue({ tenantId: bad, eventType: 'callback.completed', payload: {} });
    const r = await drainOutbox(store, { timeoutMs: 300, pollMs: 50 });
    expect(r.delivered).toBeGreaterThanOrEqual(1);
    expect(r.pending.map((e) => e.id)).toContain(stuck.id);
  });
});
