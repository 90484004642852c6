/**
 * Click-to-call from a task (130_tasks.sql): one `task_calls` row per call an agent places
 * from a task (Twilio rings the agent, then bridges the customer), and the task's notes (the
 * outcome of each call). No phone number is stored here: the customer's number is looked up
 * by `phone_id` when the call is bridged, and goes to Twilio only.
 */
import type { RepoContext } from '../context.js';
import { ts } from '../context.js';

export type TaskCallOutcome =
  | 'calling_agent'
  | 'calling_customer'
  | 'connected'
  | 'completed'
  | 'customer_no_answer'
  | 'customer_busy'
  | 'customer_failed'
  | 'agent_no_answer'
  | 'failed';

/** Outcomes after which the call is over. */
export const FINAL_TASK_CALL_OUTCOMES: readonly TaskCallOutcome[] = ['completed', 'customer_no_answer', 'customer_busy', 'customer_failed', 'agent_no_answer', 'failed'];

export interface TaskCall {
  id: string;
  taskId: string;
  callbackId: string;
  tenantId: string;
  userId: string;
  username: string;
  phoneId: string | null;
  agentCallSid: string | null;
  outcome: TaskCallOutcome;
  dialStatus: string | null;
  talkSeconds: number | null;
  recordingSid: string | null;
  createdAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
}

export interface TaskNote {
  id: number;
  taskId: string;
  author: string | null;
  kind: string;
  text: string;
  createdAt: Date;
}

interface Row {
  id: string;
  task_id: string;
  callback_id: string;
  tenant_id: string;
  user_id: string;
  username: string;
  phone_id: string | null;
  agent_call_sid: string | null;
  outcome: TaskCallOutcome;
  dial_status: string | null;
  talk_seconds: number | null;
  recording_sid: string | null;
  created_at: Date;
  answered_at: Date | null;
  ended_at: Date | null;
}

const toCall = (r: Row): TaskCall => ({
  id: r.id,
  taskId: r.task_id,
  callbackId: r.callback_id,
  tenantId: r.tenant_id,
  userId: r.user_id,
  username: r.username,
  phoneId: r.phone_id,
  agentCallSid: r.agent_call_sid,
  outcome: r.outcome,
  dialStatus: r.dial_status,
  talkSeconds: r.talk_seconds,
  recordingSid: r.recording_sid,
  createdAt: r.created_at,
  answeredAt: r.answered_at,
  endedAt: r.ended_at,
});

export function taskCallsRepo(ctx: RepoContext) {
  return {
    async create(c: { taskId: string; callbackId: string; tenantId: string; userId: string; username: string; phoneId: string | null }): Promise<TaskCall> {
      const { rows } = await ctx.db.query<Row>(
        `INSERT INTO task_calls (id, task_id, callback_id, tenant_id, user_id, username, phone_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [ctx.newId(), c.taskId, c.callbackId, c.tenantId, c.userId, c.username, c.phoneId, ctx.now().toISOString()],
      );
      return toCall(rows[0] as Row);
    },

    async get(id: string): Promise<TaskCall | null> {
      const { rows } = await ctx.db.query<Row>('SELECT * FROM task_calls WHERE id = $1', [id]);
      return rows[0] ? toCall(rows[0]) : null;
    },

    async ofTask(taskId: string): Promise<TaskCall[]> {
      const { rows } = await ctx.db.query<Row>('SELECT * FROM task_calls WHERE task_id = $1 ORDER BY created_at, id', [taskId]);
      return rows.map(toCall);
    },

    /** A call of this task still going on (not ended). */
    async live(taskId: string): Promise<TaskCall | null> {
      const { rows } = await ctx.db.query<Row>(
        'SELECT * FROM task_calls WHERE task_id = $1 AND ended_at IS NULL AND outcome <> ALL($2::text[]) ORDER BY created_at DESC LIMIT 1',
        [taskId, FINAL_TASK_CALL_OUTCOMES],
      );
      return rows[0] ? toCall(rows[0]) : null;
    },

    /**
     * Change a call. An ended call is not changed again (a late or replayed webhook), except
     * for its recording; returns the row after the change, or null when nothing changed.
     */
    async update(
      id: string,
      p: { agentCallSid?: string; outcome?: TaskCallOutcome; dialStatus?: string | null; talkSeconds?: number | null; answered?: boolean; ended?: boolean; recordingSid?: string },
    ): Promise<TaskCall | null> {
      const now = ctx.now().toISOString();
      const { rows } = await ctx.db.query<Row>(
        `UPDATE task_calls SET
           agent_call_sid = COALESCE(agent_call_sid, $2),
           outcome = COALESCE($3, outcome),
           dial_status = COALESCE($4, dial_status),
           talk_seconds = COALESCE($5, talk_seconds),
           answered_at = CASE WHEN $6::boolean THEN COALESCE(answered_at, $8::timestamptz) ELSE answered_at END,
           ended_at = CASE WHEN $7::boolean THEN COALESCE(ended_at, $8::timestamptz) ELSE ended_at END,
           recording_sid = COALESCE($9, recording_sid)
         WHERE id = $1 AND (ended_at IS NULL OR ($3::text IS NULL AND $9::text IS NOT NULL))
         RETURNING *`,
        [id, p.agentCallSid ?? null, p.outcome ?? null, p.dialStatus ?? null, p.talkSeconds ?? null, p.answered === true, p.ended === true, now, p.recordingSid ?? null],
      );
      return rows[0] ? toCall(rows[0]) : null;
    },

    async addNote(n: { taskId: string; author: string | null; kind: string; text: string; at?: Date | string }): Promise<void> {
      await ctx.db.query('INSERT INTO task_notes (task_id, author, kind, text, created_at) VALUES ($1, $2, $3, $4, $5)', [
        n.taskId,
        n.author,
        n.kind,
        n.text,
        ts(n.at ?? ctx.now()),
      ]);
    },

    async notes(taskId: string): Promise<TaskNote[]> {
      const { rows } = await ctx.db.query<{ id: number; task_id: string; author: string | null; kind: string; text: string; created_at: Date }>(
        'SELECT * FROM task_notes WHERE task_id = $1 ORDER BY created_at, id',
        [taskId],
      );
      return rows.map((r) => ({ id: Number(r.id), taskId: r.task_id, author: r.author, kind: r.kind, text: r.text, createdAt: r.created_at }));
    },
  };
}
export type TaskCallsRepo = ReturnType<typeof taskCallsRepo>;
