/** `huifang report`: satisfaction and callback figures for a day, an ISO week or a month. */
import type { Command } from 'commander';
import { HuifangError } from '../../shared/errors.js';
import type { ReportFormat } from '../../results/reports/format.js';
import { REPORT_DIMENSIONS } from '../../results/reports/types.js';

/** Today in a time zone, YYYY-MM-DD. */
const today = (tz = 'Asia/Shanghai'): string => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(new Date());

/** Register `huifang report`. */
export function register(program: Command): void {
  program
    .command('report')
    .description('callback report: satisfaction, contact and timeliness, reasons for dissatisfaction, targets')
    .option('--period <period>', 'day, week (ISO, Monday first) or month', 'day')
    .option('--date <date>', 'any day of the period, YYYY-MM-DD (default: today in Asia/Shanghai)')
    .option('--tenant <id>', 'only this tenant (default: every tenant, each in its own time zone)')
    .option('--by <dimension>', `break down by ${REPORT_DIMENSIONS.join(', ')}`)
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--bom', 'csv: start with a UTF-8 byte-order mark (for Excel)')
    .action(async (opts: { period: string; date?: string; tenant?: string; by?: string; format: string; bom?: boolean }) => {
      const [{ loadConfig }, { openStore }, { buildReport, parseDimension }, { formatReport, REPORT_FORMATS }, { parsePeriod }] = await Promise.all([
        import('../../shared/config.js'),
        import('../../store/index.js'),
        import('../../results/reports/query.js'),
        import('../../results/reports/format.js'),
        import('../../results/reports/period.js'),
      ]);
      if (!(REPORT_FORMATS as readonly string[]).includes(opts.format)) {
        throw new HuifangError('HF_CLI_USAGE', `--format must be one of ${REPORT_FORMATS.join(', ')}, got ${opts.format}`);
      }
      const period = parsePeriod(opts.period);
      const by = opts.by ? parseDimension(opts.by) : null;
      const config = loadConfig();
      const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const tz = opts.tenant ? (await store.tenants.get(opts.tenant))?.timeZone : undefined;
        const report = await buildReport(store, { period, date: opts.date ?? today(tz), tenantId: opts.tenant ?? null, by });
        const out = formatReport(report, opts.format as ReportFormat);
        process.stdout.write(opts.format === 'csv' && opts.bom ? '\uFEFF' + out : out);
      } finally {
        await store.close();
      }
    });
}
