/** `huifang migrate`: apply the schema migrations to DATABASE_URL or the data folder. */
import type { Command } from 'commander';

/** Register `huifang migrate`. */
export function register(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (server Postgres from DATABASE_URL, else the PGlite data folder)')
    .action(async () => {
      const [{ loadConfig }, { openDb }, { migrate }] = await Promise.all([
        import('../../shared/config.js'),
        import('../../store/db.js'),
        import('../../store/migrate.js'),
      ]);
      const config = loadConfig();
      const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const where = config.databaseUrl ? 'server Postgres (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
        const r = await migrate(db);
        for (const m of r.applied) process.stdout.write(`applied ${m}\n`);
        process.stdout.write(
          r.applied.length ? `${where}: ${r.applied.length} migration(s) applied\n` : `${where}: up to date (${r.skipped.length} applied before)\n`,
        );
      } finally {
        await db.close();
      }
    });
}
