/**
 * Creating and changing tenants (`huifang tenant`, /api/tenants): one validation that names
 * the field as the caller knows it, views without secrets, write-back rules; and the
 * scheduler planning with the tenant's calendar from the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planNewOrders, tick, type CampaignDeps } from '../../src/campaigns/scheduler.js';
import { API_FIELD_NAMES, CLI_FIELD_NAMES, createTenant, formatTenant, maskUrl, tenantView, updateTenant, validateTenantInput } from '../../src/campaigns/tenant-admin.js';
import { HuifangError } from '../../src/shared/errors.js';
import { BACKENDS, openTestStore, uniq, type TestStore } from '../support/store.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const OTHER_SECRET = 'whsec_QUJDREVGR0hJSktMTU5PUFFSU1RVVg==';

async function error(p: Promise<unknown> | (() => unknown)): Promise<HuifangError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof HuifangError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('validating an operator’s input', () => {
  it('names every problem as the caller knows the field', async () => {
    const input = { name: ' ', timeZone: 'Mars/Base', callingHours: '13:00-12:00', callingDays: '0', holidays: '2025-02-30 holiday', writebackUrl: 'ftp://x' };
    const cli = await error(() => validateTenantInput('Bad.Id', input, null, CLI_FIELD_NAMES));
    expect(cli.code).toBe('HF_TENANT_INVALID');
    for (const n of ['<id>', '--name', '--tz', '--calling-hours', '--calling-days', '--holidays', '--writeback-url']) expect(cli.message).toContain(`${n}: `);
    const api = await error(() => validateTenantInput('Bad.Id', input, null, API_FIELD_NAMES));
    const problems = (api.details as { problems: { field: string; name: string; line?: number }[] }).problems;
    expect(problems.map((p) => p.name)).toEqual(['id', 'name', 'timeZone', 'callingHours', 'callingDays', 'holidays', 'writebackUrl', 'writebackSecret']);
    expect(problems.find((p) => p.field === 'holidays')?.line).toBe(1);
    expect(api.httpStatus).toBe(400);
  });

  it('a secret is never repeated in a message', async () => {
    const e = await error(() => validateTenantInput('t', { name: 'T', timeZone: 'Asia/Shanghai', writebackUrl: 'https://x.example/h', writebackSecret: 'whsec_short' }, null));
    expect(e.message).toMatch(/writebackSecret: must be whsec_/);
    expect(e.message).not.toContain('whsec_short');
  });

  it('a creation needs a name and a zone; "default", "all", "none" and empty return settings to their defaults', () => {
    expect(() => validateTenantInput('t', {}, null)).toThrow(/name: give the company name; timeZone: give the time zone/);
    const c = validateTenantInput('t', { name: 'T', timeZone: 'Asia/Shanghai', callingHours: 'default', callingDays: '1-7', holidays: '' }, null);
    expect(c.settings).toEqual({ callingHours: null, callingDays: null, holidays: null, workdays: null });
  });

  it('masks a password in a write-back URL', () => {
    expect(maskUrl('https://user:pa55@orders.example.com/h?x=1')).toBe('https://user:***@orders.example.com/h?x=1');
    expect(maskUrl('https://orders.example.com/h')).toBe('https://orders.example.com/h');
  });
});

describe.each(BACKENDS)('tenants on %s', (backend) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(backend);
  }, 120_000);
  afterAll(async () => {
    await t.cleanup();
  });

  it('create, view without secrets, change one thing at a time', async () => {
    const id = uniq('unicom');
    const { tenant, fields } = await createTenant(
      t.store,
      id,
      {
        name: '中国联通大厂分公司',
        timeZone: 'Asia/Shanghai',
        callingHours: '14:00-20:00,09:00-12:00',
        callingDays: 'mon-fri',
        holidays: '2025-09-28 workday 调休\n2025-10-01..2025-10-03 holiday 国庆节\n',
        writebackUrl: 'https://orders.example.com/hooks/huifang',
        writebackSecret: SECRET,
      },
      CLI_FIELD_NAMES,
    );
    expect(fields).toContain('writebackSecret');
    const v = tenantView(tenant);
    expect(v).toMatchObject({
      id,
      callingHours: [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '20:00' }],
      callingDays: [1, 2, 3, 4, 5],
      holidays: ['2025-10-01', '2025-10-02', '2025-10-03'],
      workdays: ['2025-09-28'],
      writeback: { url: 'https://orders.example.com/hooks/huifang', secret: 'set', allowPrivate: false, disabledAt: null },
      apiKey: false,
    });
    expect(JSON.stringify(v)).not.toContain('whsec_');
    expect(formatTenant(v)).not.toContain('whsec_');
    expect(formatTenant(v)).toContain('09:00-12:00,14:00-20:00');
    expect((await error(createTenant(t.store, id, { name: 'x', timeZone: 'Asia/Shanghai' }))).code).toBe('HF_TENANT_EXISTS');

    // The URL alone keeps the secret; the secret alone keeps the URL.
    let u = await updateTenant(t.store, id, { writebackUrl: 'https://orders2.example.com/h' });
    expect(u.tenant.settings.writeback).toEqual({ url: 'https://orders2.example.com/h', secret: SECRET });
    u = await updateTenant(t.store, id, { writebackSecret: OTHER_SECRET, writebackAllowPrivate: true });
    expect(u.tenant.settings.writeback).toEqual({ url: 'https://orders2.example.com/h', secret: OTHER_SECRET, allowPrivate: true });
    // Other settings stay as they were.
    expect(u.tenant.settings.callingDays).toEqual([1, 2, 3, 4, 5]);
    u = await updateTenant(t.store, id, { callingHours: null, callingDays: 'all', holidays: 'none', writebackUrl: 'none' });
    expect(tenantView(u.tenant)).toMatchObject({ callingHours: null, callingDays: null, holidays: [], workdays: [], writeback: null });
    // A secret needs a URL; a secret with "none" is a mistake.
    expect((await error(updateTenant(t.store, id, { writebackSecret: SECRET }))).message).toMatch(/writebackUrl: give the work-order system's URL/);
    expect((await error(updateTenant(t.store, id, { writebackUrl: 'none', writebackSecret: SECRET }))).message).toMatch(/writebackSecret: a secret without a write-back URL/);
    expect((await error(updateTenant(t.store, uniq('nobody'), { name: 'x' }))).code).toBe('HF_STORE_NOT_FOUND');
  });

  it('a new endpoint ends a stop after 410 Gone', async () => {
    const id = uniq('gone');
    await createTenant(t.store, id, { name: 'Gone Co', timeZone: 'Asia/Shanghai', writebackUrl: 'https://a.example/h', writebackSecret: SECRET });
    await t.store.tenants.updateSettings(id, { writebackDisabledAt: '2025-01-01T00:00:00Z' });
    expect(tenantView((await t.store.tenants.get(id))!).writeback?.disabledAt).toBe('2025-01-01T00:00:00Z');
    // The same URL and secret again: still stopped; a new URL: delivering again.
    expect((await updateTenant(t.store, id, { writebackAllowPrivate: false })).tenant.settings.writebackDisabledAt).toBe('2025-01-01T00:00:00Z');
    expect((await updateTenant(t.store, id, { writebackUrl: 'https://b.example/h' })).tenant.settings.writebackDisabledAt).toBeUndefined();
  });

  it('the scheduler plans with the tenant’s calendar from the store', async () => {
    const id = uniq('cal');
    // Monday 2026-11-23, 10:00 in Shanghai: inside the default hours, outside this tenant's.
    let now = new Date('2026-11-23T02:00:00Z');
    await createTenant(t.store, id, { name: 'Afternoons only', timeZone: 'Asia/Shanghai', callingHours: '14:00-17:00', holidays: '2026-11-24 holiday' });
    await t.store.workOrders.upsert({ tenantId: id, externalId: uniq('wo'), kind: 'install', finishedAt: '2026-11-23T01:00:00Z', customer: { name: '客户', phones: ['+8613800138777'] } });
    const deps: CampaignDeps = { store: t.store, now: () => now, dialogVersion: () => 1 };
    expect((await planNewOrders(deps, id)).created).toBe(1);
    const jobs: unknown[] = [];
    const sink = { enqueueContact: async (j: unknown) => void jobs.push(j) };
    const { rows } = await t.store.db.query<{ id: string }>('SELECT id FROM callbacks WHERE tenant_id = $1', [id]);
    const cb = rows[0]!.id;
    const r = await tick(deps, sink);
    expect(r.enqueued).toBe(0);
    expect((await t.store.callbacks.require(cb)).status).toBe('pending');
    const next = await t.store.db.query<{ next_action_at: Date }>('SELECT next_action_at FROM callbacks WHERE id = $1', [cb]);
    expect(new Date(next.rows[0]!.next_action_at).toISOString()).toBe('2026-11-23T06:00:00.000Z'); // 14:00 local
    now = new Date('2026-11-23T06:00:00Z');
    await tick(deps, sink);
    expect(jobs).toEqual([{ callbackId: cb, channel: 'voice' }]);
  });
});

describe('the telephony providers of a tenant (docs/telephony-aliyun.md)', () => {
  it('twilio, aliyun or default; anything else is refused under the caller’s name for the field', () => {
    const c = validateTenantInput('acme', { name: 'Acme', timeZone: 'Asia/Shanghai', voiceProvider: 'Aliyun', smsProvider: 'twilio' }, null);
    expect(c.settings).toMatchObject({ voiceProvider: 'aliyun', smsProvider: 'twilio' });
    expect(validateTenantInput('acme', { voiceProvider: 'default' }, { id: 'acme', name: 'Acme', timeZone: 'Asia/Shanghai', settings: { voiceProvider: 'aliyun' }, createdAt: new Date() }).settings.voiceProvider).toBeNull();
    expect(() => validateTenantInput('acme', { name: 'Acme', timeZone: 'Asia/Shanghai', voiceProvider: 'tencent' }, null, CLI_FIELD_NAMES)).toThrow(/--voice-provider: "tencent" is not a provider/);
    const v = tenantView({ id: 'acme', name: 'Acme', timeZone: 'Asia/Shanghai', settings: { voiceProvider: 'aliyun' }, createdAt: new Date() });
    expect(v).toMatchObject({ voiceProvider: 'aliyun', smsProvider: null });
  });
});
