/** Work orders, their customers and the customers' phone numbers. */
import { HuifangError } from '../../shared/errors.js';
import { maskPhone, normalizePhone } from '../../shared/phone.js';
import type { RepoContext } from '../context.js';
import { json, mapDbError, ts } from '../context.js';

export interface WorkOrderInput {
  tenantId: string;
  externalId: string;
  /** install, move, repair, complaint, heating-repair, renovation-stage, … */
  kind: string;
  finishedAt?: Date | string | null;
  customer?: { name?: string | null; phones: string[] } | null;
  address?: string | null;
  district?: string | null;
  /** Heat station or service area. */
  heatStation?: string | null;
  engineer?: string | null;
  team?: string | null;
  /** vip, high_value, … (004 第五十二条: important customers get a human callback). */
  segment?: string | null;
  /** The complainant asked to stay anonymous (003 八.5(8)). */
  anonymous?: boolean;
  raw?: unknown;
}

export interface WorkOrder {
  id: string;
  tenantId: string;
  externalId: string;
  kind: string;
  finishedAt: Date | null;
  customerId: string | null;
  address: string | null;
  district: string | null;
  heatStation: string | null;
  engineer: string | null;
  team: string | null;
  segment: string | null;
  anonymous: boolean;
  raw: unknown;
  createdAt: Date;
}

/** A phone number as repositories return it: the E.164 form is there for dialling, never for logs. */
export interface Phone {
  id: string;
  customerId: string;
  e164: string;
  masked: string;
  isPrimary: boolean;
}

interface WorkOrderRow {
  id: string;
  tenant_id: string;
  external_id: string;
  kind: string;
  finished_at: Date | null;
  customer_id: string | null;
  address: string | null;
  district: string | null;
  heat_station: string | null;
  engineer: string | null;
  team: string | null;
  segment: string | null;
  anonymous: boolean;
  raw: unknown;
  created_at: Date;
}

const toWorkOrder = (r: WorkOrderRow): WorkOrder => ({
  id: r.id,
  tenantId: r.tenant_id,
  externalId: r.external_id,
  kind: r.kind,
  finishedAt: r.finished_at,
  customerId: r.customer_id,
  address: r.address,
  district: r.district,
  heatStation: r.heat_station,
  engineer: r.engineer,
  team: r.team,
  segment: r.segment,
  anonymous: r.anonymous,
  raw: r.raw,
  createdAt: r.created_at,
});

interface PhoneRow {
  id: string;
  customer_id: string;
  e164: string;
  masked: string;
  is_primary: boolean;
}
const toPhone = (r: PhoneRow): Phone => ({
  id: r.id,
  customerId: r.customer_id,
  e164: r.e164,
  masked: r.masked,
  isPrimary: r.is_primary,
});

export function workOrdersRepo(ctx: RepoContext) {
  return {
    /**
     * Insert a work order, or update it when (tenant, external id) exists, with its customer
     * and phone numbers, in one transaction. The first phone is the primary one.
     *
     * @throws HuifangError HF_PHONE_INVALID (nothing is written), HF_STORE_NOT_FOUND (no tenant).
     */
    async upsert(input: WorkOrderInput): Promise<WorkOrder> {
      if (!input.externalId || !input.kind) {
        throw new HuifangError('HF_STORE_INVALID', 'a work order needs an external id and a kind');
      }
      const phones = (input.customer?.phones ?? []).map((p) => normalizePhone(p));
      const now = ctx.now().toISOString();
      return ctx.db.transaction(async (tx) => {
        try {
          const existing = await tx.query<{ id: string; customer_id: string | null }>(
            'SELECT id, customer_id FROM work_orders WHERE tenant_id = $1 AND external_id = $2 FOR UPDATE',
            [input.tenantId, input.externalId],
          );
          let customerId = existing.rows[0]?.customer_id ?? null;
          if (input.customer) {
            if (!customerId) {
              customerId = ctx.newId();
              await tx.query('INSERT INTO customers (id, tenant_id, name, created_at) VALUES ($1, $2, $3, $4)', [
                customerId,
                input.tenantId,
                input.customer.name ?? null,
                now,
              ]);
            } else {
              await tx.query('UPDATE customers SET name = $2 WHERE id = $1', [customerId, input.customer.name ?? null]);
            }
            for (const [i, e164] of phones.entries()) {
              await tx.query(
                `INSERT INTO customer_phones (id, customer_id, e164, masked, is_primary, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (customer_id, e164) DO NOTHING`,
                [ctx.newId(), customerId, e164, maskPhone(e164), i === 0, now],
              );
            }
            if (phones[0]) {
              await tx.query('UPDATE customer_phones SET is_primary = (e164 = $2) WHERE customer_id = $1', [
                customerId,
                phones[0],
              ]);
            }
          }
          const params = [
            existing.rows[0]?.id ?? ctx.newId(),
            input.tenantId,
            input.externalId,
            input.kind,
            ts(input.finishedAt),
            customerId,
            input.address ?? null,
            input.district ?? null,
            input.heatStation ?? null,
            input.engineer ?? null,
            input.team ?? null,
            input.segment ?? null,
            input.anonymous ?? false,
            json(input.raw ?? {}),
            now,
          ];
          const { rows } = await tx.query<WorkOrderRow>(
            `INSERT INTO work_orders (id, tenant_id, external_id, kind, finished_at, customer_id, address, district,
               heat_station, engineer, team, segment, anonymous, raw, created_at)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14::jsonb,$15)
             ON CONFLICT (tenant_id, external_id) DO UPDATE SET kind = EXCLUDED.kind, finished_at = EXCLUDED.finished_at,
               customer_id = EXCLUDED.customer_id, address = EXCLUDED.address, district = EXCLUDED.district,
               heat_station = EXCLUDED.heat_station, engineer = EXCLUDED.engineer, team = EXCLUDED.team,
               segment = EXCLUDED.segment, anonymous = EXCLUDED.anonymous, raw = EXCLUDED.raw
             RETURNING *`,
            params,
          );
          return toWorkOrder(rows[0] as WorkOrderRow);
        } catch (e) {
          return mapDbError(e, 'work order');
        }
      });
    },

    /**
     * What a dialog starts from, in one read: the tenant's time zone, the work order and its
     * customer's name (nulls for what is missing).
     */
    async startContext(tenantId: string, id: string): Promise<{ timeZone: string | null; workOrder: WorkOrder | null; customerName: string | null }> {
      const { rows } = await ctx.db.query<WorkOrderRow & { tenant_time_zone: string | null; customer_name: string | null; wo_id: string | null }>(
        `SELECT w.*, w.id AS wo_id, t.time_zone AS tenant_time_zone, c.name AS customer_name
         FROM (SELECT $1::text AS tenant_id) q
         LEFT JOIN tenants t ON t.id = q.tenant_id
         LEFT JOIN work_orders w ON w.id = $2
         LEFT JOIN customers c ON c.id = w.customer_id`,
        [tenantId, id],
      );
      const r = rows[0];
      return { timeZone: r?.tenant_time_zone ?? null, workOrder: r?.wo_id ? toWorkOrder(r) : null, customerName: r?.customer_name ?? null };
    },

    /**
     * Insert an order unless (tenant, external id) exists: the existence check and the insert
     * run in one transaction under an advisory lock on the key (server Postgres; PGlite has one
     * connection and serialises transactions), so two writers of the same order cannot both
     * insert and a re-sent order is never written. `upsert` would overwrite it.
     */
    async insertIfNew(input: WorkOrderInput): Promise<{ kind: 'accepted'; id: string } | { kind: 'duplicate' }> {
      return ctx.db.transaction(async (tx) => {
        if (tx.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [input.tenantId, input.externalId]);
        const inner = workOrdersRepo({ ...ctx, db: tx });
        if (await inner.getByExternalId(input.tenantId, input.externalId)) return { kind: 'duplicate' as const };
        const wo = await inner.upsert(input);
        return { kind: 'accepted' as const, id: wo.id };
      });
    },

    /** Which of these external ids the tenant already has (one query for a chunk of rows). */
    async knownExternalIds(tenantId: string, ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const { rows } = await ctx.db.query<{ external_id: string }>(
        'SELECT external_id FROM work_orders WHERE tenant_id = $1 AND external_id = ANY($2::text[])',
        [tenantId, ids],
      );
      return new Set(rows.map((r) => r.external_id));
    },

    async get(id: string): Promise<WorkOrder | null> {
      const { rows } = await ctx.db.query<WorkOrderRow>('SELECT * FROM work_orders WHERE id = $1', [id]);
      return rows[0] ? toWorkOrder(rows[0]) : null;
    },

    async getByExternalId(tenantId: string, externalId: string): Promise<WorkOrder | null> {
      const { rows } = await ctx.db.query<WorkOrderRow>(
        'SELECT * FROM work_orders WHERE tenant_id = $1 AND external_id = $2',
        [tenantId, externalId],
      );
      return rows[0] ? toWorkOrder(rows[0]) : null;
    },

    /** The customer's phone numbers, primary first. */
    async phones(customerId: string): Promise<Phone[]> {
      const { rows } = await ctx.db.query<PhoneRow>(
        'SELECT id, customer_id, e164, masked, is_primary FROM customer_phones WHERE customer_id = $1 ORDER BY is_primary DESC, created_at, id',
        [customerId],
      );
      return rows.map(toPhone);
    },

    async phone(id: string): Promise<Phone | null> {
      const { rows } = await ctx.db.query<PhoneRow>(
        'SELECT id, customer_id, e164, masked, is_primary FROM customer_phones WHERE id = $1',
        [id],
      );
      return rows[0] ? toPhone(rows[0]) : null;
    },
  };
}
export type WorkOrdersRepo = ReturnType<typeof workOrdersRepo>;
