/**
 * Dialog sessions with optimistic concurrency: every save names the version it read, and
 * only one writer can move a version forward (design.md: a replayed or concurrent webhook is
 * recognised, never applied twice).
 */
import { HuifangError } from '../../shared/errors.js';
import type { RepoContext } from '../context.js';
import { json, mapDbError } from '../context.js';

export interface StoredSession<S = unknown> {
  callbackId: string;
  session: S;
  version: number;
  updatedAt: Date;
}

interface SessionRow {
  callback_id: string;
  session: unknown;
  version: number;
  updated_at: Date;
}

export function sessionsRepo(ctx: RepoContext) {
  return {
    /** The saved session of a callback, or null before the first turn. */
    async get<S = unknown>(callbackId: string): Promise<StoredSession<S> | null> {
      const { rows } = await ctx.db.query<SessionRow>('SELECT * FROM dialog_sessions WHERE callback_id = $1', [callbackId]);
      const r = rows[0];
      return r ? { callbackId: r.callback_id, session: r.session as S, version: r.version, updatedAt: r.updated_at } : null;
    },

    /**
     * The sessions still running on a channel whose owning attempt has not ended (the scheduler's
     * SMS reminders and expiries): the channel state's `attemptId` names the attempt.
     */
    async running<S = unknown>(channel: string): Promise<{ callbackId: string; session: S }[]> {
      const { rows } = await ctx.db.query<{ callback_id: string; session: S }>(
        `SELECT s.callback_id, s.session FROM dialog_sessions s
         JOIN attempts a ON a.id = s.session->'channelState'->>'attemptId'
         WHERE s.session->'channelState'->>'channel' = $1 AND (s.session->>'done')::boolean = false
           AND s.session->>'state' <> '__hung_up' AND a.ended_at IS NULL`,
        [channel],
      );
      return rows.map((r) => ({ callbackId: r.callback_id, session: r.session }));
    },

    /**
     * Save a session that was read at `expectedVersion` (0 = there was none yet) and return
     * the new version (`expectedVersion + 1`).
     *
     * @throws HuifangError HF_STORE_CONFLICT when another writer saved first; the caller
     *   reloads and retries (or drops a replayed event).
     */
    async save(callbackId: string, session: unknown, expectedVersion: number): Promise<number> {
      if (!Number.isInteger(expectedVersion) || expectedVersion < 0) {
        throw new HuifangError('HF_STORE_INVALID', `expected version must be an integer >= 0, got ${expectedVersion}`);
      }
      const now = ctx.now().toISOString();
      try {
        const r =
          expectedVersion === 0
            ? await ctx.db.query<{ version: number }>(
                `INSERT INTO dialog_sessions (callback_id, session, version, updated_at) VALUES ($1, $2::jsonb, 1, $3)
                 ON CONFLICT (callback_id) DO NOTHING RETURNING version`,
                [callbackId, json(session), now],
              )
            : await ctx.db.query<{ version: number }>(
                `UPDATE dialog_sessions SET session = $2::jsonb, version = version + 1, updated_at = $4
                 WHERE callback_id = $1 AND version = $3 RETURNING version`,
                [callbackId, json(session), expectedVersion, now],
              );
        const saved = r.rows[0];
        if (!saved) {
          throw new HuifangError('HF_STORE_CONFLICT', `session of callback ${callbackId} is no longer at version ${expectedVersion}`, {
            callbackId,
            expectedVersion,
          });
        }
        return saved.version;
      } catch (e) {
        return mapDbError(e, 'session');
      }
    },
  };
}
export type SessionsRepo = ReturnType<typeof sessionsRepo>;
