/**
 * `huifang import <file.csv|file.ndjson> [--tenant ID]`: load finished work orders from a file
 * (src/campaigns/import-file.ts).
 *
 * `huifang tenant-key <tenant>`: make a new API key for `POST /api/work-orders` and print it
 * once (only its hash is stored; the old key stops working).
 *
 * See docs/intake.md.
 */
import type { Command } from 'commander';
import type { ImportFormat } from '../../campaigns/import-file.js';
import { HuifangError } from '../../shared/errors.js';
import { DEFAULT_TENANT_ID } from '../../store/repos/tenant-id.js';

/** Register `huifang import` and `huifang tenant-key`. */
export function register(program: Command): void {
  program
    .command('import')
    .description('import finished work orders from a CSV or NDJSON file (idempotent by external id; see docs/intake.md)')
    .argument('<file>', 'a .csv or .ndjson file')
    .option('--tenant <id>', 'the tenant the orders belong to', DEFAULT_TENANT_ID)
    .option('--format <format>', 'csv or ndjson (default: from the file name)')
    .action(async (file: string, opts: { tenant: string; format?: string }) => {
      if (opts.format !== undefined && opts.format !== 'csv' && opts.format !== 'ndjson') {
        throw new HuifangError('HF_CLI_USAGE', `--format must be csv or ndjson, got ${opts.format}`);
      }
      const { runImport } = await import('../../campaigns/import-file.js');
      const { exitCode } = await runImport({
        file,
        tenantId: opts.tenant,
        ...(opts.format ? { format: opts.format as ImportFormat } : {}),
      });
      process.exitCode = exitCode;
    });

  program
    .command('tenant-key')
    .description('make a new API key for POST /api/work-orders and print it once (the old key stops working)')
    .argument('<tenant>', 'tenant id')
    .action(async (tenantId: string) => {
      const [{ loadConfig }, { openStore }, { issueApiKey }] = await Promise.all([
        import('../../shared/config.js'),
        import('../../store/index.js'),
        import('../../campaigns/intake-surface.js'),
      ]);
      const config = loadConfig();
      const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        if (tenantId === DEFAULT_TENANT_ID) await store.tenants.ensureDefault();
        const key = await issueApiKey(store, tenantId);
        process.stdout.write(`${key}\n`);
        process.stderr.write(`the API key of tenant ${tenantId}: it is shown only now; send it as X-Api-Key\n`);
      } finally {
        await store.close();
      }
    });
}
