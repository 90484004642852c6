import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { loadMigrations } from '../../src/store/migrate.js';

describe('openStore in embedded mode', () => {
  it('creates and migrates the data folder on first open, keeps the data on the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hf-store-'));
    try {
      const first = await openStore({ dataDir: join(dir, 'data') });
      const all = loadMigrations().map((m) => `${m.version}_${m.name}`);
      expect(all[0]).toBe('001_init');
      expect(first.migrations.applied).toEqual(all);
      expect(first.pglite).not.toBeNull();
      await first.tenants.upsert({ id: 'acme', name: 'Acme 热力' });
      await first.close();
      const second = await openStore({ dataDir: join(dir, 'data') });
      expect(second.migrations).toEqual({ applied: [], skipped: all });
      expect((await second.tenants.get('acme'))?.name).toBe('Acme 热力');
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a closed embedded store refuses statements, in and out of a transaction', async () => {
    const store = await openStore({ dataDir: 'memory://' });
    await store.close();
    await expect(store.db.query('SELECT $1::int AS x', [1])).rejects.toThrow(/closed/);
    await expect(store.db.transaction((tx) => tx.query('SELECT 1'))).rejects.toThrow(/closed/);
  });

  it('an unreachable server is a coded error', async () => {
    await expect(openStore({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toMatchObject({ code: 'HF_STORE_OPEN' });
  });
});
