/**
 * The workspace's tenant API (admins; docs/workspace.md, "Tenants"):
 *
 * - `GET /api/tenants` — the tenants an admin may see (a tenant's admin: their own);
 * - `POST /api/tenants` — create one (admins of every tenant only);
 * - `GET /api/tenants/:id`, `PATCH /api/tenants/:id` — read and change one.
 *
 * The same validation as `huifang tenant` (src/campaigns/tenant-admin.ts), field names as in
 * the JSON body. Secrets are never answered back. Every change is audited with the names of
 * the fields changed, never their values.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { createTenant, tenantView, updateTenant, type TenantInput } from '../../campaigns/tenant-admin.js';
import { HuifangError } from '../../shared/errors.js';
import type { AppDeps } from '../app.js';
import { canSeeTenant, requireRole } from './auth.js';

const text = z.string().max(100_000).nullable().optional();

/** The body: each field as `huifang tenant` takes it (calling hours, days and holidays as text). */
const TenantBody = z.strictObject({
  name: text,
  timeZone: text,
  callingHours: text,
  callingDays: text,
  /** The text of a holidays file: `2025-10-01..2025-10-08 holiday 国庆节` lines. */
  holidays: text,
  writebackUrl: text,
  writebackSecret: text,
  writebackAllowPrivate: z.boolean().nullable().optional(),
  /** twilio, aliyun, or null: the installation's default (docs/telephony-aliyun.md). */
  voiceProvider: text,
  smsProvider: text,
});

function body(v: unknown, withId: boolean): { id?: string; input: TenantInput } {
  const schema = withId ? TenantBody.extend({ id: z.string().max(100) }) : TenantBody;
  const r = schema.safeParse(v ?? {});
  if (!r.success) {
    const problems = r.error.issues.map((i) => ({ field: i.path.join('.') || 'body', name: i.path.join('.') || 'body', message: i.message }));
    throw new HuifangError('HF_TENANT_INVALID', problems.map((p) => `${p.name}: ${p.message}`).join('; '), { problems });
  }
  const { id, ...rest } = r.data as z.infer<typeof TenantBody> & { id?: string };
  const input: TenantInput = {};
  for (const [k, val] of Object.entries(rest)) if (val !== undefined) (input as Record<string, unknown>)[k] = val;
  return { ...(id !== undefined ? { id } : {}), input };
}

export function registerTenantApi(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;
  const notFound = () => new HuifangError('HF_NOT_FOUND', 'no such tenant');

  app.get('/api/tenants', async (req, reply) => {
    const u = requireRole(req, 'admin');
    reply.header('cache-control', 'no-store');
    const items = (await store.tenants.list()).filter((t) => canSeeTenant(u, t.id)).map(tenantView);
    return { items, canCreate: u.tenantId === null };
  });

  app.post('/api/tenants', async (req, reply) => {
    const u = requireRole(req, 'admin');
    if (u.tenantId !== null) throw new HuifangError('HF_FORBIDDEN', 'only an admin of every tenant creates tenants');
    const { id, input } = body(req.body, true);
    const { tenant, fields } = await createTenant(store, id!, input);
    await store.contact.audit({ tenantId: tenant.id, actor: u.username, action: 'create_tenant', subject: `tenant:${tenant.id}`, detail: { fields } });
    reply.header('cache-control', 'no-store');
    return reply.code(201).send({ tenant: tenantView(tenant) });
  });

  app.get<{ Params: { tenant: string } }>('/api/tenants/:tenant', async (req, reply) => {
    const u = requireRole(req, 'admin');
    const t = canSeeTenant(u, req.params.tenant) ? await store.tenants.get(req.params.tenant) : null;
    if (!t) throw notFound();
    reply.header('cache-control', 'no-store');
    return { tenant: tenantView(t) };
  });

  app.patch<{ Params: { tenant: string } }>('/api/tenants/:tenant', async (req, reply) => {
    const u = requireRole(req, 'admin');
    if (!canSeeTenant(u, req.params.tenant) || !(await store.tenants.get(req.params.tenant))) throw notFound();
    const { input } = body(req.body, false);
    if (!Object.keys(input).length) throw new HuifangError('HF_TENANT_INVALID', 'nothing to change');
    const { tenant, fields } = await updateTenant(store, req.params.tenant, input);
    // Field names only: never a URL's credentials or a secret.
    await store.contact.audit({ tenantId: tenant.id, actor: u.username, action: 'update_tenant', subject: `tenant:${tenant.id}`, detail: { fields } });
    reply.header('cache-control', 'no-store');
    return { tenant: tenantView(tenant) };
  });
}
