/**
 * Workspace users and their browser sessions.
 *
 * Passwords: node:crypto scrypt (N=16384, r=8, p=1, 32-byte salt, 64-byte key), compared with
 * `timingSafeEqual`. A sign-in for an unknown user still runs scrypt on a dummy hash, so the
 * answer takes as long as a wrong password (no user enumeration by timing).
 *
 * Sessions: the cookie carries a 256-bit random token; the table keeps only its SHA-256, so
 * a leaked database does not give working cookies. A session has an idle expiry that slides
 * forward while it is used; its id (the SHA-256) is what CSRF tokens are bound to.
 *
 * Sign-in attempts are counted per user name in the database (`sign_in_attempts`), so a
 * lockout holds on every node of a fleet.
 */
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { HuifangError } from '../../shared/errors.js';
import { maskPhone } from '../../shared/phone.js';
import type { RepoContext } from '../context.js';
import { mapDbError } from '../context.js';

export type Role = 'admin' | 'supervisor' | 'agent';
export const ROLES: readonly Role[] = ['admin', 'supervisor', 'agent'];

export interface User {
  id: string;
  username: string;
  displayName: string | null;
  role: Role;
  /** null = every tenant. */
  tenantId: string | null;
  disabled: boolean;
  createdAt: Date;
  /** The user's phone (agents: live transfers; supervisors: listening in), masked; the full number only from `phoneOf`. */
  phoneMasked: string | null;
}

export interface WebSession {
  /** The session's id: the SHA-256 of its cookie token (not secret by itself). */
  id: string;
  user: User;
  expiresAt: Date;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string | null;
  password_hash: string;
  role: Role;
  tenant_id: string | null;
  disabled: boolean;
  created_at: Date;
  phone_e164: string | null;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  tenantId: r.tenant_id,
  disabled: r.disabled,
  createdAt: r.created_at,
  phoneMasked: r.phone_e164 ? maskPhone(r.phone_e164) : null,
});

const SCRYPT = { N: 16384, r: 8, p: 1, keyLen: 64 };

function scrypt(password: string, salt: Buffer, keyLen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize('NFKC'), salt, keyLen, { ...opts, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Hash a password: `scrypt$N$r$p$salt$hash` (base64url). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(32);
  const key = await scrypt(password, salt, SCRYPT.keyLen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Check a password against a stored hash in constant time. False for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltB64, keyB64] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(keyB64, 'base64url');
  const key = await scrypt(password, Buffer.from(saltB64, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Compare two strings in constant time (for tokens). */
export function safeEqual(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** The stored key of a user name for the sign-in count: case and surrounding spaces do not make another name. */
const signInKey = (username: string): string => sha256(username.trim().toLowerCase());

let dummyHash: Promise<string> | null = null;

export function usersRepo(ctx: RepoContext) {
  const repo = {
    /**
     * Create a user.
     * @throws HuifangError HF_STORE_INVALID (username taken, bad role), HF_STORE_NOT_FOUND (tenant).
     */
    async create(u: { username: string; password: string; role: Role; tenantId?: string | null; displayName?: string | null; phone?: string | null }): Promise<User> {
      const username = u.username.trim();
      if (!/^[\p{L}\p{N}_.@-]{2,64}$/u.test(username)) throw new HuifangError('HF_USER_INVALID', 'username: 2–64 letters, digits or _.@-', { field: 'username' });
      if (!ROLES.includes(u.role)) throw new HuifangError('HF_USER_INVALID', `unknown role ${String(u.role)}`, { field: 'role' });
      if (u.password.length < 8) throw new HuifangError('HF_USER_INVALID', 'password: at least 8 characters', { field: 'password' });
      if (await repo.byUsername(username)) throw new HuifangError('HF_USER_EXISTS', `a user named ${username} exists already`, { field: 'username' });
      const hash = await hashPassword(u.password);
      const now = ctx.now().toISOString();
      try {
        const { rows } = await ctx.db.query<UserRow>(
          `INSERT INTO users (id, username, display_name, password_hash, role, tenant_id, phone_e164, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING *`,
          [ctx.newId(), username, u.displayName ?? null, hash, u.role, u.tenantId ?? null, u.phone ?? null, now],
        );
        return toUser(rows[0] as UserRow);
      } catch (e) {
        // Two admins creating the same name at once: the unique index decides.
        if ((e as { code?: unknown }).code === '23505') throw new HuifangError('HF_USER_EXISTS', `a user named ${username} exists already`, { field: 'username' });
        return mapDbError(e, 'user');
      }
    },

    /** Change a user's role; their sessions end, so the new rights apply at the next sign-in. */
    async setRole(id: string, role: Role): Promise<void> {
      if (!ROLES.includes(role)) throw new HuifangError('HF_USER_INVALID', `unknown role ${String(role)}`, { field: 'role' });
      await ctx.db.query('UPDATE users SET role = $2, updated_at = $3 WHERE id = $1', [id, role, ctx.now().toISOString()]);
      await ctx.db.query('DELETE FROM web_sessions WHERE user_id = $1', [id]);
    },

    async get(id: string): Promise<User | null> {
      const { rows } = await ctx.db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
      return rows[0] ? toUser(rows[0]) : null;
    },

    async byUsername(username: string): Promise<User | null> {
      const { rows } = await ctx.db.query<UserRow>('SELECT * FROM users WHERE username = $1', [username.trim()]);
      return rows[0] ? toUser(rows[0]) : null;
    },

    /** Users, optionally of one tenant (users of every tenant included) and role. */
    async list(f: { tenantId?: string | null; role?: Role } = {}): Promise<User[]> {
      const { rows } = await ctx.db.query<UserRow>(
        `SELECT * FROM users WHERE ($1::text IS NULL OR tenant_id = $1 OR tenant_id IS NULL)
           AND ($2::text IS NULL OR role = $2) ORDER BY username`,
        [f.tenantId ?? null, f.role ?? null],
      );
      return rows.map(toUser);
    },

    /** Set a new password. With `endSessions` (an admin's reset) the user's sessions end. */
    async setPassword(id: string, password: string, opts: { endSessions?: boolean } = {}): Promise<void> {
      if (password.length < 8) throw new HuifangError('HF_USER_INVALID', 'password: at least 8 characters', { field: 'password' });
      await ctx.db.query('UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1', [id, await hashPassword(password), ctx.now().toISOString()]);
      if (opts.endSessions) await ctx.db.query('DELETE FROM web_sessions WHERE user_id = $1', [id]);
    },

    async setDisabled(id: string, disabled: boolean): Promise<void> {
      await ctx.db.query('UPDATE users SET disabled = $2, updated_at = $3 WHERE id = $1', [id, disabled, ctx.now().toISOString()]);
      if (disabled) await ctx.db.query('DELETE FROM web_sessions WHERE user_id = $1', [id]);
    },

    /** Set or clear the user's phone (E.164, already normalised by the caller). */
    async setPhone(id: string, phone: string | null): Promise<void> {
      await ctx.db.query('UPDATE users SET phone_e164 = $2, updated_at = $3 WHERE id = $1', [id, phone, ctx.now().toISOString()]);
    },

    async setDisplayName(id: string, displayName: string | null): Promise<void> {
      await ctx.db.query('UPDATE users SET display_name = $2, updated_at = $3 WHERE id = $1', [id, displayName, ctx.now().toISOString()]);
    },

    /** The full number to dial (never for display or logs). */
    async phoneOf(id: string): Promise<string | null> {
      const { rows } = await ctx.db.query<{ phone_e164: string | null }>('SELECT phone_e164 FROM users WHERE id = $1 AND NOT disabled', [id]);
      return rows[0]?.phone_e164 ?? null;
    },

    /**
     * The agents a live transfer of this tenant rings: role agent, enabled, with a phone, of the
     * tenant or of every tenant. Full numbers: for the provider only.
     */
    async agentsToRing(tenantId: string, limit = 5): Promise<{ id: string; username: string; phone: string }[]> {
      const { rows } = await ctx.db.query<{ id: string; username: string; phone_e164: string }>(
        `SELECT id, username, phone_e164 FROM users
         WHERE role = 'agent' AND NOT disabled AND phone_e164 IS NOT NULL AND (tenant_id = $1 OR tenant_id IS NULL)
         ORDER BY username LIMIT $2`,
        [tenantId, limit],
      );
      return rows.map((r) => ({ id: r.id, username: r.username, phone: r.phone_e164 }));
    },

    /** Create the first admin when no user of that name exists. Returns true when created. */
    async ensureAdmin(username: string, password: string): Promise<boolean> {
      if (await repo.byUsername(username)) return false;
      try {
        await repo.create({ username, password, role: 'admin', tenantId: null, displayName: username });
        return true;
      } catch (e) {
        // Another node created it at the same moment.
        if (e instanceof HuifangError && e.code === 'HF_STORE_INVALID' && (await repo.byUsername(username))) return false;
        throw e;
      }
    },

    /**
     * Check a username and password. Null for an unknown user, a wrong password or a
     * disabled user, all in the same time.
     */
    async authenticate(username: string, password: string): Promise<User | null> {
      const { rows } = await ctx.db.query<UserRow>('SELECT * FROM users WHERE username = $1', [username.trim()]);
      const row = rows[0];
      if (!row) {
        dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
        await verifyPassword(password, await dummyHash);
        return null;
      }
      const ok = await verifyPassword(password, row.password_hash);
      return ok && !row.disabled ? toUser(row) : null;
    },

    /** Open a session; returns the cookie token (shown once) and the session id. */
    async createSession(userId: string, idleMs: number): Promise<{ id: string; token: string; expiresAt: Date }> {
      const token = randomBytes(32).toString('base64url');
      const id = sha256(token);
      const now = ctx.now();
      const expiresAt = new Date(now.getTime() + idleMs);
      await ctx.db.query(
        `INSERT INTO web_sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)`,
        [id, userId, now.toISOString(), expiresAt.toISOString()],
      );
      // Expired sessions go when new ones come.
      await ctx.db.query('DELETE FROM web_sessions WHERE expires_at < $1', [now.toISOString()]);
      return { id, token, expiresAt };
    },

    /**
     * The live session of a cookie token, its idle expiry moved forward (at most once a
     * minute). Null when malformed, unknown, expired, or the user is disabled.
     */
    async session(token: string, idleMs: number): Promise<WebSession | null> {
      // Tokens are 43 base64url characters; anything else (a NUL byte, a stray cookie) is no session.
      if (!/^[A-Za-z0-9_-]{20,200}$/.test(token)) return null;
      const { rows } = await ctx.db.query<UserRow & { expires_at: Date; last_seen_at: Date; id_hash: string }>(
        `SELECT u.*, s.expires_at, s.last_seen_at, s.id_hash FROM web_sessions s JOIN users u ON u.id = s.user_id
         WHERE s.id_hash = $1`,
        [sha256(token)],
      );
      const r = rows[0];
      const now = ctx.now();
      if (!r || r.disabled) return null;
      if (r.expires_at.getTime() <= now.getTime()) {
        await ctx.db.query('DELETE FROM web_sessions WHERE id_hash = $1', [r.id_hash]);
        return null;
      }
      let expiresAt = r.expires_at;
      if (now.getTime() - r.last_seen_at.getTime() > 60_000) {
        expiresAt = new Date(now.getTime() + idleMs);
        await ctx.db.query('UPDATE web_sessions SET last_seen_at = $2, expires_at = $3 WHERE id_hash = $1', [
          r.id_hash,
          now.toISOString(),
          expiresAt.toISOString(),
        ]);
      }
      return { id: r.id_hash, user: toUser(r), expiresAt };
    },

    /**
     * Count one sign-in attempt for a user name, before its password is checked, and return
     * how many this window holds (this one included) and when the window ends. The window is
     * fixed from the first attempt; one atomic upsert, so parallel attempts on several nodes
     * are each counted. A successful sign-in clears the count (`clearSignInAttempts`).
     */
    async countSignInAttempt(username: string, windowMs: number): Promise<{ attempts: number; windowEndsAt: Date }> {
      const now = ctx.now();
      const { rows } = await ctx.db.query<{ attempts: number; window_start: Date }>(
        `INSERT INTO sign_in_attempts AS s (name_hash, attempts, window_start) VALUES ($1, 1, $2::timestamptz)
         ON CONFLICT (name_hash) DO UPDATE SET
           attempts = CASE WHEN s.window_start <= $3::timestamptz THEN 1 ELSE s.attempts + 1 END,
           window_start = CASE WHEN s.window_start <= $3::timestamptz THEN $2::timestamptz ELSE s.window_start END
         RETURNING attempts, window_start`,
        [signInKey(username), now.toISOString(), new Date(now.getTime() - windowMs).toISOString()],
      );
      const r = rows[0] as { attempts: number; window_start: Date };
      return { attempts: Number(r.attempts), windowEndsAt: new Date(new Date(r.window_start).getTime() + windowMs) };
    },

    /** Forget a user name's sign-in attempts (after a successful sign-in), and every window that has ended. */
    async clearSignInAttempts(username: string, windowMs: number): Promise<void> {
      await ctx.db.query('DELETE FROM sign_in_attempts WHERE name_hash = $1 OR window_start <= $2', [
        signInKey(username),
        new Date(ctx.now().getTime() - windowMs).toISOString(),
      ]);
    },

    async deleteSession(token: string): Promise<void> {
      await ctx.db.query('DELETE FROM web_sessions WHERE id_hash = $1', [sha256(token)]);
    },
  };
  return repo;
}
export type UsersRepo = ReturnType<typeof usersRepo>;
