/**
 * `huifang status [--tenant ID] [--json]`: callbacks by status, due now, in progress and
 * stuck, the contact queue, each worker's last tick, write-back waiting
 * (src/campaigns/status.ts). `--json`: one JSON object on the last line.
 */
import type { Command } from 'commander';
import { HuifangError } from '../../shared/errors.js';

export function register(program: Command): void {
  program
    .command('status')
    .description('what the campaigns are doing: callbacks by status, due, stuck; queue; workers; write-back')
    .option('--tenant <id>', 'only this tenant’s callbacks and write-back')
    .option('--json', 'print one JSON object (the last line)')
    .action(async (o: { tenant?: string; json?: boolean }) => {
      const [{ loadConfig }, { openStore }, { campaignStatus, formatStatus }] = await Promise.all([
        import('../../shared/config.js'),
        import('../../store/index.js'),
        import('../../campaigns/status.js'),
      ]);
      const config = loadConfig();
      const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        if (o.tenant && !(await store.tenants.get(o.tenant))) throw new HuifangError('HF_STORE_NOT_FOUND', `no tenant ${o.tenant} (huifang tenant list shows them)`);
        const s = await campaignStatus(store, { now: new Date(), tenantId: o.tenant ?? null, callTimeLimitSec: config.twilio?.callTimeLimitSec ?? 600 });
        process.stdout.write(o.json ? JSON.stringify(s) + '\n' : formatStatus(s));
      } finally {
        await store.close();
      }
    });
}
