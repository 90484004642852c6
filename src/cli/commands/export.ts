/** `huifang export`: one row per finished callback, CSV or NDJSON, to stdout. */
import type { Command } from 'commander';
import { HuifangError } from '../../shared/errors.js';

/** Register `huifang export`. */
export function register(program: Command): void {
  program
    .command('export')
    .description('export callback results, one row per callback (finished callbacks only)')
    .option('--from <date>', 'first day, YYYY-MM-DD (tenant time zone)')
    .option('--to <date>', 'last day, YYYY-MM-DD (tenant time zone), inclusive')
    .option('--format <format>', 'csv or ndjson', 'csv')
    .option('--tenant <id>', 'only this tenant')
    .option('--bom', 'csv: start with a UTF-8 byte-order mark (for Excel)')
    .action(async (opts: { from?: string; to?: string; format: string; tenant?: string; bom?: boolean }) => {
      if (opts.format !== 'csv' && opts.format !== 'ndjson') {
        throw new HuifangError('HF_CLI_USAGE', `--format must be csv or ndjson, got ${opts.format}`);
      }
      const [{ loadConfig }, { openStore }, { exportRows, toCsv, toNdjson }] = await Promise.all([
        import('../../shared/config.js'),
        import('../../store/index.js'),
        import('../../results/export.js'),
      ]);
      const config = loadConfig();
      const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const rows = await exportRows(store, {
          ...(opts.from ? { from: opts.from } : {}),
          ...(opts.to ? { to: opts.to } : {}),
          ...(opts.tenant ? { tenantId: opts.tenant } : {}),
        });
        process.stdout.write(opts.format === 'csv' ? toCsv(rows, { bom: opts.bom ?? false }) : toNdjson(rows));
      } finally {
        await store.close();
      }
    });
}
