/**
 * Live transfers run as Twilio conferences (docs/telephony.md, "Transfers to a human"): one
 * conference per transferred call attempt, and the legs we added to it through the REST API
 * (agents rung for the transfer, supervisors listening in muted).
 *
 * State changes are conditional UPDATEs (`… WHERE status = 'waiting'`), so a replayed or
 * concurrent webhook cannot connect, fail or end a conference twice: the caller acts only
 * when the update returns true.
 */
import type { RepoContext } from '../context.js';
import { mapDbError } from '../context.js';

export type ConferenceStatus = 'waiting' | 'connected' | 'ended' | 'failed';
export type LegRole = 'agent' | 'listener';

export interface CallConference {
  attemptId: string;
  callbackId: string;
  tenantId: string;
  name: string;
  turn: number;
  reason: string | null;
  customerCallSid: string | null;
  conferenceSid: string | null;
  status: ConferenceStatus;
  agentUserId: string | null;
  createdAt: Date;
  connectedAt: Date | null;
  endedAt: Date | null;
}

export interface ConferenceLeg {
  callSid: string;
  attemptId: string;
  role: LegRole;
  userId: string | null;
  status: string;
  joinedAt: Date | null;
  leftAt: Date | null;
  createdAt: Date;
}

/** Twilio call statuses after which a leg rings no more. */
export const FINAL_LEG_STATUSES: readonly string[] = ['completed', 'busy', 'no-answer', 'failed', 'canceled'];

interface ConferenceRow {
  attempt_id: string;
  callback_id: string;
  tenant_id: string;
  name: string;
  turn: number;
  reason: string | null;
  customer_call_sid: string | null;
  conference_sid: string | null;
  status: ConferenceStatus;
  agent_user_id: string | null;
  created_at: Date;
  connected_at: Date | null;
  ended_at: Date | null;
}

interface LegRow {
  call_sid: string;
  attempt_id: string;
  role: LegRole;
  user_id: string | null;
  status: string;
  joined_at: Date | null;
  left_at: Date | null;
  created_at: Date;
}

const toConference = (r: ConferenceRow): CallConference => ({
  attemptId: r.attempt_id,
  callbackId: r.callback_id,
  tenantId: r.tenant_id,
  name: r.name,
  turn: r.turn,
  reason: r.reason,
  customerCallSid: r.customer_call_sid,
  conferenceSid: r.conference_sid,
  status: r.status,
  agentUserId: r.agent_user_id,
  createdAt: r.created_at,
  connectedAt: r.connected_at,
  endedAt: r.ended_at,
});

const toLeg = (r: LegRow): ConferenceLeg => ({
  callSid: r.call_sid,
  attemptId: r.attempt_id,
  role: r.role,
  userId: r.user_id,
  status: r.status,
  joinedAt: r.joined_at,
  leftAt: r.left_at,
  createdAt: r.created_at,
});

export function conferencesRepo(ctx: RepoContext) {
  const now = (): string => ctx.now().toISOString();
  const repo = {
    /** Open the conference row of a transferred attempt. @throws HuifangError HF_STORE_INVALID (one already exists) */
    async create(c: { attemptId: string; callbackId: string; tenantId: string; name: string; turn: number; reason?: string | null; customerCallSid?: string | null }): Promise<CallConference> {
      try {
        const { rows } = await ctx.db.query<ConferenceRow>(
          `INSERT INTO call_conferences (attempt_id, callback_id, tenant_id, name, turn, reason, customer_call_sid, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [c.attemptId, c.callbackId, c.tenantId, c.name, c.turn, c.reason ?? null, c.customerCallSid ?? null, now()],
        );
        return toConference(rows[0] as ConferenceRow);
      } catch (e) {
        return mapDbError(e, 'conference');
      }
    },

    async get(attemptId: string): Promise<CallConference | null> {
      const { rows } = await ctx.db.query<ConferenceRow>('SELECT * FROM call_conferences WHERE attempt_id = $1', [attemptId]);
      return rows[0] ? toConference(rows[0]) : null;
    },

    /** Keep the conference SID (the first status callback that names it). */
    async setSid(attemptId: string, conferenceSid: string): Promise<void> {
      await ctx.db.query('UPDATE call_conferences SET conference_sid = $2 WHERE attempt_id = $1 AND conference_sid IS NULL', [attemptId, conferenceSid]);
    },

    /** waiting -> connected with the agent who joined. True only for the one caller that made the change. */
    async markConnected(attemptId: string, agentUserId: string | null): Promise<boolean> {
      const r = await ctx.db.query(
        `UPDATE call_conferences SET status = 'connected', agent_user_id = $2, connected_at = $3 WHERE attempt_id = $1 AND status = 'waiting'`,
        [attemptId, agentUserId, now()],
      );
      return r.affectedRows === 1;
    },

    /** waiting -> failed (nobody picked up). True only for the one caller that made the change. */
    async markFailed(attemptId: string): Promise<boolean> {
      const r = await ctx.db.query(`UPDATE call_conferences SET status = 'failed', ended_at = $2 WHERE attempt_id = $1 AND status = 'waiting'`, [attemptId, now()]);
      return r.affectedRows === 1;
    },

    /** waiting/connected -> ended. True only for the one caller that made the change. */
    async markEnded(attemptId: string): Promise<boolean> {
      const r = await ctx.db.query(
        `UPDATE call_conferences SET status = 'ended', ended_at = $2 WHERE attempt_id = $1 AND status IN ('waiting', 'connected')`,
        [attemptId, now()],
      );
      return r.affectedRows === 1;
    },

    /** Record a leg we added (REST participants create). */
    async addLeg(l: { callSid: string; attemptId: string; role: LegRole; userId: string | null; status?: string }): Promise<void> {
      try {
        await ctx.db.query(
          `INSERT INTO call_conference_legs (call_sid, attempt_id, role, user_id, status, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (call_sid) DO NOTHING`,
          [l.callSid, l.attemptId, l.role, l.userId, l.status ?? 'queued', now()],
        );
      } catch (e) {
        mapDbError(e, 'conference leg');
      }
    },

    async leg(callSid: string): Promise<ConferenceLeg | null> {
      const { rows } = await ctx.db.query<LegRow>('SELECT * FROM call_conference_legs WHERE call_sid = $1', [callSid]);
      return rows[0] ? toLeg(rows[0]) : null;
    },

    async legs(attemptId: string): Promise<ConferenceLeg[]> {
      const { rows } = await ctx.db.query<LegRow>('SELECT * FROM call_conference_legs WHERE attempt_id = $1 ORDER BY created_at, call_sid', [attemptId]);
      return rows.map(toLeg);
    },

    /**
     * A leg's call status. A final status never goes back to a progress one (status callbacks
     * may arrive late or twice). Returns the leg as stored after the update.
     */
    async setLegStatus(callSid: string, status: string): Promise<ConferenceLeg | null> {
      await ctx.db.query(
        `UPDATE call_conference_legs SET status = $2, updated_at = $3 WHERE call_sid = $1 AND NOT (status = ANY($4::text[]))`,
        [callSid, status, now(), FINAL_LEG_STATUSES],
      );
      return repo.leg(callSid);
    },

    async setLegJoined(callSid: string): Promise<void> {
      await ctx.db.query('UPDATE call_conference_legs SET joined_at = $2, updated_at = $2 WHERE call_sid = $1 AND joined_at IS NULL', [callSid, now()]);
    },

    async setLegLeft(callSid: string): Promise<void> {
      await ctx.db.query('UPDATE call_conference_legs SET left_at = $2, updated_at = $2 WHERE call_sid = $1 AND left_at IS NULL', [callSid, now()]);
    },
  };
  return repo;
}
export type ConferencesRepo = ReturnType<typeof conferencesRepo>;
