/**
 * `huifang tenant create|set|list|show`: the companies Huifang calls for, with their time
 * zone, calling hours and days, holidays and make-up working days (调休), and write-back
 * endpoint (src/campaigns/tenant-admin.ts; docs/intake.md, "Tenants"). Secrets are never
 * printed back.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { FieldNames, TenantInput } from '../../campaigns/tenant-admin.js';
import { HuifangError } from '../../shared/errors.js';
import { DEFAULT_TENANT_ID } from '../../store/repos/tenant-id.js';

interface SetOptions {
  name?: string;
  tz?: string;
  callingHours?: string;
  callingDays?: string;
  holidays?: string;
  writebackUrl?: string;
  writebackSecret?: string;
  writebackAllowPrivate?: boolean;
  voiceProvider?: string;
  smsProvider?: string;
  json?: boolean;
}

const DEFAULT_HOURS = '09:00-12:00,13:30-21:00';

/** The options as the shared input; the holidays file is read here. */
function inputOf(o: SetOptions): TenantInput {
  let holidays: string | null | undefined;
  if (o.holidays !== undefined) {
    if (o.holidays.trim().toLowerCase() === 'none') holidays = null;
    else {
      try {
        holidays = readFileSync(o.holidays, 'utf8');
      } catch {
        throw new HuifangError('HF_TENANT_INVALID', `--holidays: cannot read the file ${o.holidays}`);
      }
      if (!holidays.trim()) throw new HuifangError('HF_TENANT_INVALID', `--holidays ${o.holidays}: the file is empty (--holidays none removes the holidays)`);
    }
  }
  return {
    ...(o.name !== undefined ? { name: o.name } : {}),
    ...(o.tz !== undefined ? { timeZone: o.tz } : {}),
    ...(o.callingHours !== undefined ? { callingHours: o.callingHours } : {}),
    ...(o.callingDays !== undefined ? { callingDays: o.callingDays } : {}),
    ...(holidays !== undefined ? { holidays } : {}),
    ...(o.writebackUrl !== undefined ? { writebackUrl: o.writebackUrl } : {}),
    ...(o.writebackSecret !== undefined ? { writebackSecret: o.writebackSecret } : {}),
    ...(o.writebackAllowPrivate !== undefined ? { writebackAllowPrivate: o.writebackAllowPrivate } : {}),
    ...(o.voiceProvider !== undefined ? { voiceProvider: o.voiceProvider } : {}),
    ...(o.smsProvider !== undefined ? { smsProvider: o.smsProvider } : {}),
  };
}

async function withStore<T>(fn: (store: import('../../store/index.js').Store) => Promise<T>): Promise<T> {
  const [{ loadConfig }, { openStore }] = await Promise.all([import('../../shared/config.js'), import('../../store/index.js')]);
  const config = loadConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function settingOptions(cmd: Command, creating: boolean): Command {
  return cmd
    .option('--calling-hours <windows>', `calling windows in the tenant's zone, e.g. 09:00-12:00,13:30-21:00 (replace the default ${DEFAULT_HOURS} exactly; 00:00-23:59 is any time${creating ? '' : '; default: back to the defaults'})`)
    .option('--calling-days <days>', `ISO weekdays with calls, e.g. 1-5 (Monday to Friday) or 1-6${creating ? ' (default every day)' : '; all: every day'}`)
    .option('--holidays <file>', `a holidays file: lines "YYYY-MM-DD holiday|workday [note]" (workday: a make-up working day, 调休), or JSON {"holidays": [...], "workdays": [...]}${creating ? '' : '; none: remove them'}`)
    .option('--writeback-url <url>', `the work-order system's endpoint for results (signed webhooks)${creating ? '' : '; none: no write-back'}`)
    .option('--writeback-secret <whsec>', 'its Standard Webhooks signing secret, whsec_…')
    .option('--writeback-allow-private', 'allow a private or loopback write-back address (an on-premises system)')
    .option('--no-writeback-allow-private', 'refuse private write-back addresses (the default)')
    .option('--voice-provider <name>', `who places this tenant's calls: twilio or aliyun (docs/telephony-aliyun.md)${creating ? ' (default HUIFANG_VOICE_PROVIDER)' : '; default: back to HUIFANG_VOICE_PROVIDER'}`)
    .option('--sms-provider <name>', `who sends this tenant's texts: twilio or aliyun${creating ? ' (default HUIFANG_SMS_PROVIDER)' : '; default: back to HUIFANG_SMS_PROVIDER'}`)
    .option('--json', 'print the tenant as one JSON object');
}

export function register(program: Command): void {
  const tenant = program.command('tenant').description('the companies called for: time zone, calling hours and days, holidays, write-back (docs/intake.md)');

  settingOptions(
    tenant
      .command('create')
      .description('create a tenant')
      .argument('<id>', 'tenant id: lower-case letters, digits, - and _ (e.g. unicom-dachang)')
      .requiredOption('--name <company>', 'the company name (said in calls, shown in reports)')
      .requiredOption('--tz <zone>', 'IANA time zone of its customers, e.g. Asia/Shanghai'),
    true,
  ).action(async (id: string, o: SetOptions) => {
    const { createTenant, formatTenant, tenantView, CLI_FIELD_NAMES } = await import('../../campaigns/tenant-admin.js');
    const names: FieldNames = { ...CLI_FIELD_NAMES, holidays: o.holidays ? `--holidays ${o.holidays}` : '--holidays' };
    const input = inputOf(o);
    const view = await withStore(async (store) => tenantView((await createTenant(store, id, input, names)).tenant));
    process.stdout.write(o.json ? JSON.stringify(view) + '\n' : `created tenant ${id}\n${formatTenant(view)}`);
  });

  settingOptions(
    tenant
      .command('set')
      .description('change a tenant; what is not given stays as it is')
      .argument('<id>', 'tenant id')
      .option('--name <company>', 'the company name')
      .option('--tz <zone>', 'IANA time zone, e.g. Asia/Shanghai'),
    false,
  ).action(async (id: string, o: SetOptions) => {
    const { updateTenant, formatTenant, tenantView, CLI_FIELD_NAMES } = await import('../../campaigns/tenant-admin.js');
    const names: FieldNames = { ...CLI_FIELD_NAMES, holidays: o.holidays ? `--holidays ${o.holidays}` : '--holidays' };
    const input = inputOf(o);
    if (!Object.keys(input).length) throw new HuifangError('HF_CLI_USAGE', 'nothing to change: give at least one option (huifang tenant set --help)');
    const view = await withStore(async (store) => {
      // The default tenant of a single-company install exists once asked for (as for tenant-key).
      if (id === DEFAULT_TENANT_ID) await store.tenants.ensureDefault();
      return tenantView((await updateTenant(store, id, input, names)).tenant);
    });
    process.stdout.write(o.json ? JSON.stringify(view) + '\n' : `changed tenant ${id}\n${formatTenant(view)}`);
  });

  tenant
    .command('list')
    .description('every tenant')
    .option('--json', 'one JSON array of tenants')
    .action(async (o: { json?: boolean }) => {
      const { tenantView } = await import('../../campaigns/tenant-admin.js');
      const views = await withStore(async (store) => (await store.tenants.list()).map(tenantView));
      if (o.json) {
        process.stdout.write(JSON.stringify(views) + '\n');
        return;
      }
      if (!views.length) {
        process.stdout.write('no tenants yet: huifang tenant create <id> --name <company> --tz Asia/Shanghai\n');
        return;
      }
      for (const v of views) {
        const hours = v.callingHours ? v.callingHours.map((w) => `${w.start}-${w.end}`).join(',') : 'default hours';
        process.stdout.write(`${v.id}\t${v.name}\t${v.timeZone}\t${hours}\t${v.holidays.length} holidays\t${v.writeback ? 'write-back' : 'no write-back'}\tvoice ${v.voiceProvider ?? 'default'}\tsms ${v.smsProvider ?? 'default'}\n`);
      }
    });

  tenant
    .command('show')
    .description('one tenant, with its settings (secrets are never shown)')
    .argument('<id>', 'tenant id')
    .option('--json', 'one JSON object')
    .action(async (id: string, o: { json?: boolean }) => {
      const { formatTenant, tenantView } = await import('../../campaigns/tenant-admin.js');
      const view = await withStore(async (store) => {
        const t = await store.tenants.get(id);
        if (!t) throw new HuifangError('HF_STORE_NOT_FOUND', `no tenant ${id} (huifang tenant list shows them)`);
        return tenantView(t);
      });
      process.stdout.write(o.json ? JSON.stringify(view) + '\n' : formatTenant(view));
    });
}
