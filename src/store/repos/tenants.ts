/** Tenants (companies) and their settings. */
import { z } from 'zod';
import { HuifangError } from '../../shared/errors.js';
import { validThresholds } from '../../domain/levels.js';
import type { RepoContext } from '../context.js';
import { json } from '../context.js';

/** The tenant that single-company installs use; its write-back endpoint may come from the environment. */
export const DEFAULT_TENANT_ID = 'default';

const Hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const LevelThresholds = z
  .strictObject({
    very_satisfied: z.number(),
    satisfied: z.number(),
    neutral: z.number().nullable().optional(),
  })
  .refine(validThresholds, 'thresholds must go down: very_satisfied >= satisfied >= neutral');

/** Tenant settings, stored as jsonb. Unknown keys are kept out (strict). */
export const TenantSettingsSchema = z.strictObject({
  callingHours: z.strictObject({ start: Hhmm, end: Hhmm }).optional(),
  /** Per-scale level thresholds, e.g. {"0-10": {"very_satisfied": 9, "satisfied": 7, "neutral": null}}. */
  levelRules: z.record(z.string(), LevelThresholds).optional(),
  writeback: z
    .strictObject({
      url: z.url({ protocol: /^https?$/ }),
      secret: z.string().regex(/^whsec_[A-Za-z0-9+/=]{16,}$/),
      allowPrivate: z.boolean().optional(),
    })
    .optional(),
  /** Set (ISO time) when the endpoint answered 410 Gone: no deliveries until an operator clears it. */
  writebackDisabledAt: z.string().nullable().optional(),
  apiKeyHash: z.string().optional(),
});
export type TenantSettings = z.infer<typeof TenantSettingsSchema>;

export interface Tenant {
  id: string;
  name: string;
  timeZone: string;
  settings: TenantSettings;
  createdAt: Date;
}

interface TenantRow {
  id: string;
  name: string;
  time_zone: string;
  settings: TenantSettings;
  created_at: Date;
}

const toTenant = (r: TenantRow): Tenant => ({
  id: r.id,
  name: r.name,
  timeZone: r.time_zone,
  settings: r.settings,
  createdAt: r.created_at,
});

function parseSettings(s: unknown): TenantSettings {
  const parsed = TenantSettingsSchema.safeParse(s ?? {});
  if (!parsed.success) {
    throw new HuifangError('HF_STORE_INVALID', `tenant settings: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export function tenantsRepo(ctx: RepoContext) {
  return {
    /** Create a tenant or update its name, time zone and settings. */
    async upsert(t: { id: string; name: string; timeZone?: string; settings?: TenantSettings }): Promise<Tenant> {
      const settings = parseSettings(t.settings);
      const { rows } = await ctx.db.query<TenantRow>(
        `INSERT INTO tenants (id, name, time_zone, settings, created_at) VALUES ($1, $2, $3, $4::jsonb, $5)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, time_zone = EXCLUDED.time_zone, settings = EXCLUDED.settings
         RETURNING *`,
        [t.id, t.name, t.timeZone ?? 'Asia/Shanghai', json(settings), ctx.now().toISOString()],
      );
      return toTenant(rows[0] as TenantRow);
    },

    /** The tenant, or null. */
    async get(id: string): Promise<Tenant | null> {
      const { rows } = await ctx.db.query<TenantRow>('SELECT * FROM tenants WHERE id = $1', [id]);
      return rows[0] ? toTenant(rows[0]) : null;
    },

    /** Merge top-level settings keys (a key set to undefined is left as is). */
    async updateSettings(id: string, patch: Partial<TenantSettings>): Promise<Tenant> {
      return ctx.db.transaction(async (tx) => {
        const { rows } = await tx.query<TenantRow>('SELECT * FROM tenants WHERE id = $1 FOR UPDATE', [id]);
        const row = rows[0];
        if (!row) throw new HuifangError('HF_STORE_NOT_FOUND', `no tenant ${id}`);
        const merged = parseSettings({ ...row.settings, ...JSON.parse(JSON.stringify(patch)) });
        const upd = await tx.query<TenantRow>('UPDATE tenants SET settings = $2::jsonb WHERE id = $1 RETURNING *', [
          id,
          json(merged),
        ]);
        return toTenant(upd.rows[0] as TenantRow);
      });
    },

    /** Create the default tenant if it is missing. */
    /** Every tenant's id, in order. */
    async ids(): Promise<string[]> {
      const { rows } = await ctx.db.query<{ id: string }>('SELECT id FROM tenants ORDER BY id');
      return rows.map((r) => r.id);
    },

    async ensureDefault(name = 'Default'): Promise<Tenant> {
      await ctx.db.query(
        `INSERT INTO tenants (id, name, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING`,
        [DEFAULT_TENANT_ID, name, ctx.now().toISOString()],
      );
      return (await tenantsRepo(ctx).get(DEFAULT_TENANT_ID)) as Tenant;
    },
  };
}
export type TenantsRepo = ReturnType<typeof tenantsRepo>;
