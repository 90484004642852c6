import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hashApiKey,
  INTAKE_MAX_BATCH,
  intakeSurface,
  issueApiKey,
  tenantOfApiKey,
  verifyApiKey,
} from '../../src/campaigns/intake-surface.js';
import { buildApp, type AppDeps, type SurfacePlugin } from '../../src/server/app.js';
import { loadConfig } from '../../src/shared/config.js';
import { openStore, type Store } from '../../src/store/index.js';

const order = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  externalId: 'WO-1',
  kind: 'repair',
  finishedAt: '2025-01-15T10:30:00+08:00',
  customer: { name: '张三', phones: ['13800138000'] },
  ...over,
});

let store: Store;
let app: FastifyInstance;
let key: string;
let otherKey: string;

async function appWith(surfaces: SurfacePlugin[]): Promise<FastifyInstance> {
  const deps = {
    store,
    config: loadConfig({}),
    dialogs: {} as AppDeps['dialogs'],
    interpret: (() => {
      throw new Error('not used');
    }) as unknown as AppDeps['interpret'],
    now: () => new Date('2025-01-15T12:00:00Z'),
  } satisfies AppDeps;
  return buildApp(deps, { logLevel: 'silent', surfaces });
}

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  await store.tenants.upsert({ id: 'unicom', name: '联通大厂分公司' });
  await store.tenants.upsert({ id: 'heat', name: '永恒热力' });
  await store.tenants.upsert({ id: 'nokey', name: 'no key yet' });
  key = await issueApiKey(store, 'unicom');
  otherKey = await issueApiKey(store, 'heat');
  app = await appWith([intakeSurface]);
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const post = (body: unknown, headers: Record<string, string> = { 'x-api-key': key }) =>
  app.inject({ method: 'POST', url: '/api/work-orders', headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });

describe('API keys', () => {
  it('a key names its tenant; only its hash is stored', async () => {
    expect(tenantOfApiKey(key)).toBe('unicom');
    const t = await store.tenants.get('unicom');
    expect(t?.settings.apiKeyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(t?.settings)).not.toContain(key.split('.')[1]);
    expect(await verifyApiKey(store, key)).toBe('unicom');
    expect(await verifyApiKey(store, `${key}x`)).toBeNull();
    expect(await verifyApiKey(store, 'hfk_nokey.abc')).toBeNull();
    expect(await verifyApiKey(store, 'hfk_ghost.abc')).toBeNull();
    expect(await verifyApiKey(store, undefined)).toBeNull();
  });

  it('a new key replaces the old one', async () => {
    await store.tenants.upsert({ id: 'rot', name: 'rotating' });
    const k1 = await issueApiKey(store, 'rot');
    const k2 = await issueApiKey(store, 'rot');
    expect(await verifyApiKey(store, k1)).toBeNull();
    expect(await verifyApiKey(store, k2)).toBe('rot');
  });
});

describe('POST /api/work-orders', () => {
  it('401 without a key, with a wrong key, or with another tenant\'s key forged', async () => {
    const attempts: Record<string, string>[] = [{}, { 'x-api-key': 'hfk_unicom.wrong' }, { authorization: 'Bearer nope' }, { 'x-api-key': otherKey.replace('hfk_heat', 'hfk_unicom') }];
    for (const headers of attempts) {
      const res = await post(order({ externalId: 'AUTH-1' }), headers);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('HF_API_KEY_INVALID');
    }
    expect(await store.workOrders.getByExternalId('unicom', 'AUTH-1')).toBeNull();
  });

  it('200 for one order with X-Api-Key, and the key decides the tenant', async () => {
    const res = await post(order({ externalId: 'ONE-1' }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect((await store.workOrders.getByExternalId('unicom', 'ONE-1'))?.raw).toEqual({ source: 'api' });
    const res2 = await post(order({ externalId: 'ONE-1' }), { authorization: `Bearer ${otherKey}` });
    expect(res2.json()).toMatchObject({ accepted: 1 });
    expect(await store.workOrders.getByExternalId('heat', 'ONE-1')).not.toBeNull();
  });

  it('a batch (array or {orders}); re-sending it gives duplicates and 200', async () => {
    const batch = [order({ externalId: 'B-1' }), order({ externalId: 'B-2', kind: 'install' })];
    const res = await post(batch);
    expect([res.statusCode, res.json().accepted]).toEqual([200, 2]);
    const again = await post({ orders: batch });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ accepted: 0, duplicates: 2, rejected: [] });
  });

  it('207 when some rows are rejected (the good ones go in), 422 when all are', async () => {
    const res = await post([order({ externalId: 'P-1' }), order({ externalId: 'P-2', customer: { phones: ['1380013800'] } }), order({ externalId: 'P-3', extra: 1 })]);
    expect(res.statusCode).toBe(207);
    const body = res.json();
    expect(body.accepted).toBe(1);
    expect(body.error.code).toBe('HF_WORK_ORDER_INVALID');
    expect(body.rejected.map((r: { line: number; field: string }) => [r.line, r.field])).toEqual([
      [2, 'customer.phones[0]'],
      [3, 'extra'],
    ]);
    expect(res.body).not.toContain('1380013800');
    expect(await store.workOrders.getByExternalId('unicom', 'P-1')).not.toBeNull();

    const all = await post([order({ externalId: 'Q-1', kind: 'nope' })]);
    expect(all.statusCode).toBe(422);
    expect(all.json().rejected[0]).toMatchObject({ line: 1, externalId: 'Q-1', field: 'kind', code: 'HF_WORK_ORDER_INVALID' });
  });

  it('413 over the batch size; bad JSON is 400 without echoing the body', async () => {
    const big = Array.from({ length: INTAKE_MAX_BATCH + 1 }, () => ({}));
    const res = await post(big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('HF_INTAKE_TOO_LARGE');

    const bad = await app.inject({
      method: 'POST',
      url: '/api/work-orders',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      payload: '{"customer":{"phones":["13912345678"]',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('HF_BAD_REQUEST');
    expect(bad.body).not.toContain('13912345678');
  });

  it('415 for a body that is not JSON', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/work-orders', headers: { 'content-type': 'text/csv', 'x-api-key': key }, payload: 'a,b' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('HF_BAD_REQUEST');
  });

  it('413 over the body limit', async () => {
    const huge = JSON.stringify([order({ address: 'x'.repeat(11 * 1024 * 1024) })]);
    const res = await app.inject({ method: 'POST', url: '/api/work-orders', headers: { 'content-type': 'application/json', 'x-api-key': key }, payload: huge });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('HF_INTAKE_TOO_LARGE');
  });
});

describe('behind the workspace /api/* session guard', () => {
  it('the route is public to the guard and still checks its own key', async () => {
    const { workspaceSurface } = await import('../../src/server/workspace/index.js');
    const guarded = await appWith([workspaceSurface({ alertIntervalMs: 0 }), intakeSurface]);
    try {
      const ok = await guarded.inject({
        method: 'POST',
        url: '/api/work-orders',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        payload: JSON.stringify(order({ externalId: 'G-1' })),
      });
      expect(ok.statusCode).toBe(200);
      const no = await guarded.inject({ method: 'POST', url: '/api/work-orders', headers: { 'content-type': 'application/json' }, payload: '{}' });
      expect(no.statusCode).toBe(401);
      expect(no.json().error.code).toBe('HF_API_KEY_INVALID');
    } finally {
      await guarded.close();
    }
  });
});
