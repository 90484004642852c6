/** Tenants (companies) and their settings. */
import { z } from 'zod';
import { HuifangError } from '../../shared/errors.js';
import { validThresholds } from '../../domain/levels.js';
import type { RepoContext } from '../context.js';
import { json } from '../context.js';
import { DEFAULT_TENANT_ID } from './tenant-id.js';

export { DEFAULT_TENANT_ID };

const Hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** An end of a calling window may be 24:00 (23:59 also runs to midnight: src/campaigns/policy.ts). */
const HhmmEnd = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/);
const CallingWindow = z.strictObject({ start: Hhmm, end: HhmmEnd }).refine((w) => w.start < w.end, 'a window starts before it ends');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const LevelThresholds = z
  .strictObject({
    very_satisfied: z.number(),
    satisfied: z.number(),
    neutral: z.number().nullable().optional(),
  })
  .refine(validThresholds, 'thresholds must go down: very_satisfied >= satisfied >= neutral');

/** Tenant settings, stored as jsonb. Unknown keys are kept out (strict). */
export const TenantSettingsSchema = z.strictObject({
  /**
   * The tenant's calling windows, local time, in order (gaps are breaks); replace the default
   * windows exactly as given. One object is the older single-window form.
   */
  callingHours: z.union([CallingWindow, z.array(CallingWindow).min(1).max(12)]).optional(),
  /** ISO weekdays (1 = Monday … 7 = Sunday) with calls; default every day. */
  callingDays: z.array(z.number().int().min(1).max(7)).min(1).max(7).optional(),
  /** Local dates with no calls (only these: no holidays apply by default). */
  holidays: z.array(IsoDate).max(3660).optional(),
  /** Make-up working days (调休): local dates with calls whatever their weekday. */
  workdays: z.array(IsoDate).max(3660).optional(),
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
  /** The telephony provider of this tenant's calls and of its texts (default: HUIFANG_VOICE_PROVIDER / HUIFANG_SMS_PROVIDER). */
  voiceProvider: z.enum(['twilio', 'aliyun']).optional(),
  smsProvider: z.enum(['twilio', 'aliyun']).optional(),
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

    /**
     * Create a tenant.
     *
     * @throws HuifangError HF_TENANT_EXISTS when the id is taken; HF_STORE_INVALID for bad settings.
     */
    async create(t: { id: string; name: string; timeZone: string; settings?: TenantSettings }): Promise<Tenant> {
      const settings = parseSettings(t.settings);
      const { rows } = await ctx.db.query<TenantRow>(
        `INSERT INTO tenants (id, name, time_zone, settings, created_at) VALUES ($1, $2, $3, $4::jsonb, $5)
         ON CONFLICT (id) DO NOTHING RETURNING *`,
        [t.id, t.name, t.timeZone, json(settings), ctx.now().toISOString()],
      );
      if (!rows[0]) throw new HuifangError('HF_TENANT_EXISTS', `tenant ${t.id} exists already: change it with \`huifang tenant set ${t.id}\``, { id: t.id });
      return toTenant(rows[0]);
    },

    /**
     * Change a tenant's name, time zone and settings in one transaction. `settings` keys
     * replace the stored ones; a key set to null is removed.
     *
     * @throws HuifangError HF_STORE_NOT_FOUND, HF_STORE_INVALID
     */
    async update(id: string, patch: { name?: string; timeZone?: string; settings?: { [K in keyof TenantSettings]?: TenantSettings[K] | null } }): Promise<Tenant> {
      return ctx.db.transaction(async (tx) => {
        const { rows } = await tx.query<TenantRow>('SELECT * FROM tenants WHERE id = $1 FOR UPDATE', [id]);
        const row = rows[0];
        if (!row) throw new HuifangError('HF_STORE_NOT_FOUND', `no tenant ${id}`);
        const merged: Record<string, unknown> = { ...row.settings };
        for (const [k, v] of Object.entries(patch.settings ?? {})) {
          if (v === null) delete merged[k];
          else if (v !== undefined) merged[k] = v;
        }
        const settings = parseSettings(merged);
        const upd = await tx.query<TenantRow>('UPDATE tenants SET name = $2, time_zone = $3, settings = $4::jsonb WHERE id = $1 RETURNING *', [
          id,
          patch.name ?? row.name,
          patch.timeZone ?? row.time_zone,
          json(settings),
        ]);
        return toTenant(upd.rows[0] as TenantRow);
      });
    },

    /** Every tenant, by id. */
    async list(): Promise<Tenant[]> {
      const { rows } = await ctx.db.query<TenantRow>('SELECT * FROM tenants ORDER BY id');
      return rows.map(toTenant);
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
