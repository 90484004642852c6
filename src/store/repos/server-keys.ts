/**
 * Random keys shared by every node on one database (the HMAC key of the workspace's CSRF
 * tokens): the first node to ask makes the key, the others read it, so a token made by one
 * node checks on any other.
 */
import { randomBytes } from 'node:crypto';
import type { RepoContext } from '../context.js';

export function serverKeysRepo(ctx: RepoContext) {
  return {
    /** The key called `name` (32 random bytes), made on first use. */
    async get(name: string): Promise<Buffer> {
      await ctx.db.query('INSERT INTO server_keys (name, key, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [
        name,
        randomBytes(32).toString('base64'),
        ctx.now().toISOString(),
      ]);
      const { rows } = await ctx.db.query<{ key: string }>('SELECT key FROM server_keys WHERE name = $1', [name]);
      return Buffer.from((rows[0] as { key: string }).key, 'base64');
    },
  };
}
