/** Do-not-contact list and the audit log (who revealed a number, who played a recording). */
import { normalizePhone } from '../../shared/phone.js';
import type { RepoContext } from '../context.js';
import { json, mapDbError } from '../context.js';

export type DncSource = 'voice' | 'sms' | 'chat' | 'simulator' | 'provider_21610' | 'manual';

export interface AuditEntry {
  id: number;
  tenantId: string | null;
  actor: string;
  action: string;
  subject: string;
  detail: unknown;
  at: Date;
}

export function contactRepo(ctx: RepoContext) {
  return {
    /**
     * Put a number on the do-not-contact list of a tenant (or everyone's, tenantId null).
     * Returns false when it was already there.
     */
    async addDoNotContact(d: { phone: string; tenantId: string | null; source: DncSource }): Promise<boolean> {
      const phone = normalizePhone(d.phone);
      try {
        const r = await ctx.db.query(
          `INSERT INTO do_not_contact (tenant_id, phone, source, created_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT ON CONSTRAINT do_not_contact_phone_tenant DO NOTHING`,
          [d.tenantId, phone, d.source, ctx.now().toISOString()],
        );
        return r.affectedRows === 1;
      } catch (e) {
        return mapDbError(e, 'do-not-contact');
      }
    },

    /** Whether a number must not be contacted for this tenant (its own list or the global one). */
    async isDoNotContact(phone: string, tenantId: string): Promise<boolean> {
      const { rows } = await ctx.db.query(
        'SELECT 1 FROM do_not_contact WHERE phone = $1 AND (tenant_id = $2 OR tenant_id IS NULL) LIMIT 1',
        [normalizePhone(phone), tenantId],
      );
      return rows.length > 0;
    },

    /** Remove a number from a tenant's (or the global) list; true when a row was removed. */
    async removeDoNotContact(phone: string, tenantId: string | null): Promise<boolean> {
      const r = await ctx.db.query(
        'DELETE FROM do_not_contact WHERE phone = $1 AND tenant_id IS NOT DISTINCT FROM $2',
        [normalizePhone(phone), tenantId],
      );
      return r.affectedRows > 0;
    },

    /** Write an audit entry (004 第五篇: access to callback records is logged). */
    async audit(a: { tenantId?: string | null; actor: string; action: string; subject: string; detail?: unknown }): Promise<void> {
      await ctx.db.query(
        'INSERT INTO audit_log (tenant_id, actor, action, subject, detail, at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)',
        [a.tenantId ?? null, a.actor, a.action, a.subject, json(a.detail ?? null), ctx.now().toISOString()],
      );
    },

    async auditFor(subject: string, limit = 100): Promise<AuditEntry[]> {
      const { rows } = await ctx.db.query<{
        id: number; tenant_id: string | null; actor: string; action: string; subject: string; detail: unknown; at: Date;
      }>('SELECT * FROM audit_log WHERE subject = $1 ORDER BY at DESC, id DESC LIMIT $2', [subject, limit]);
      return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, actor: r.actor, action: r.action, subject: r.subject, detail: r.detail, at: r.at }));
    },
  };
}
export type ContactRepo = ReturnType<typeof contactRepo>;
