/**
 * `huifang sample <households.ndjson|.json> --month YYYY-MM --rate 3 --seed S [--tenant ID]`:
 * draw the month's heating-season sample (003 三.2), record its seed and strata, and queue the
 * chosen households for the survey (campaign `sampling`).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { HuifangError } from '../../shared/errors.js';
import { DEFAULT_TENANT_ID } from '../../store/repos/tenant-id.js';

export function register(program: Command): void {
  program
    .command('sample')
    .description('draw a heating-season sampling survey (1–5‰ of households, stratified by district and heat station)')
    .argument('<file>', 'households as NDJSON (one per line) or a JSON array: {id, district, heatStation, name?, phones, address?, type?}')
    .requiredOption('--month <YYYY-MM>', 'the survey month')
    .option('--rate <permille>', 'sampling rate per mille, 1 to 5', '3')
    .option('--seed <seed>', 'the seed that reproduces the draw (default: the month)')
    .option('--tenant <id>', 'tenant', DEFAULT_TENANT_ID)
    .action(async (file: string, o: { month: string; rate: string; seed?: string; tenant: string }) => {
      const text = readFileSync(file, 'utf8').trim();
      let households: unknown[];
      try {
        households = text.startsWith('[') ? (JSON.parse(text) as unknown[]) : text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
      } catch (e) {
        throw new HuifangError('HF_CLI_USAGE', `${file}: not NDJSON or a JSON array (${(e as Error).message})`);
      }
      const rate = Number(o.rate);
      if (!(rate >= 1 && rate <= 5)) throw new HuifangError('HF_CLI_USAGE', '--rate is 1 to 5 per mille (003 三.2)');
      const [{ drawSamplingCampaign }, { loadConfig }, { openStore }] = await Promise.all([
        import('../../campaigns/sampling-campaign.js'),
        import('../../shared/config.js'),
        import('../../store/index.js'),
      ]);
      const config = loadConfig();
      const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const r = await drawSamplingCampaign(store, households, { tenantId: o.tenant, month: o.month, ratePerMille: rate, seed: o.seed ?? o.month });
        if (r.alreadyDrawn) process.stdout.write(`${o.month}: already drawn (seed ${r.sample.seed}); nothing changed\n`);
        process.stdout.write(`population ${r.sample.population}, rate ${r.sample.ratePerMille}‰, seed ${r.sample.seed}, ${r.workOrders} households queued\n`);
        for (const s of r.sample.strata) process.stdout.write(`  ${s.stratum}\t${s.sampled}/${s.population}\n`);
      } finally {
        await store.close();
      }
    });
}
