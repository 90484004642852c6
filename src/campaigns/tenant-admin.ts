/**
 * Creating and changing tenants: the one validation behind `huifang tenant create|set` and
 * the workspace's `POST/PATCH /api/tenants` (docs/intake.md, "Tenants"). Input is what an
 * operator types — calling hours `09:00-12:00,13:30-21:00`, calling days `1-5`, the text of a
 * holidays file (src/campaigns/calendar.ts) — and every problem is reported under the name
 * the caller knows the field by (`--calling-hours` on the command line, `callingHours` in the
 * API), in one HF_TENANT_INVALID error.
 *
 * A tenant's view never holds a secret: the write-back secret and the API key hash are shown
 * as set or not; a password in the write-back URL is masked.
 */
import { HuifangError } from '../shared/errors.js';
import type { Store, Tenant, TenantSettings } from '../store/index.js';
import { CalendarError, formatCallingDays, formatCallingHours, isTimeZone, parseCallingDays, parseCallingHours, parseHolidays, type CallingWindow } from './calendar.js';
import { DEFAULT_POLICY } from './policy.js';

/** What an operator may give; null (or the words noted) returns a setting to its default. */
export interface TenantInput {
  name?: string | null;
  timeZone?: string | null;
  /** `09:00-12:00,13:30-21:00`; null or `default`: the default windows. */
  callingHours?: string | null;
  /** `1-5`, `mon-sat`; null or `all`: every day. */
  callingDays?: string | null;
  /** The text of a holidays file; null or empty: no holidays and no make-up working days. */
  holidays?: string | null;
  /** An http(s) URL; null or `none`: no write-back. */
  writebackUrl?: string | null;
  /** `whsec_` and a base64 key (Standard Webhooks). */
  writebackSecret?: string | null;
  /** Allow a private, loopback or link-local write-back address (an on-premises system). */
  writebackAllowPrivate?: boolean | null;
  /** `twilio` or `aliyun`; null or `default`: HUIFANG_VOICE_PROVIDER. */
  voiceProvider?: string | null;
  /** `twilio` or `aliyun`; null or `default`: HUIFANG_SMS_PROVIDER. */
  smsProvider?: string | null;
}

export type TenantField = keyof TenantInput | 'id';

/** How the caller names each field in errors. */
export type FieldNames = Record<TenantField, string>;

export const CLI_FIELD_NAMES: FieldNames = {
  id: '<id>',
  name: '--name',
  timeZone: '--tz',
  callingHours: '--calling-hours',
  callingDays: '--calling-days',
  holidays: '--holidays',
  writebackUrl: '--writeback-url',
  writebackSecret: '--writeback-secret',
  writebackAllowPrivate: '--writeback-allow-private',
  voiceProvider: '--voice-provider',
  smsProvider: '--sms-provider',
};

export const API_FIELD_NAMES: FieldNames = {
  id: 'id',
  name: 'name',
  timeZone: 'timeZone',
  callingHours: 'callingHours',
  callingDays: 'callingDays',
  holidays: 'holidays',
  writebackUrl: 'writebackUrl',
  writebackSecret: 'writebackSecret',
  writebackAllowPrivate: 'writebackAllowPrivate',
  voiceProvider: 'voiceProvider',
  smsProvider: 'smsProvider',
};

const TENANT_ID = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const SECRET = /^whsec_[A-Za-z0-9+/=]{16,}$/;

export interface TenantProblem {
  field: TenantField;
  /** The field as the caller names it (`--calling-hours`, `callingHours`). */
  name: string;
  message: string;
  /** The line of a holidays file. */
  line?: number;
}

type SettingsPatch = { [K in keyof TenantSettings]?: TenantSettings[K] | null };

export interface TenantChange {
  name?: string;
  timeZone?: string;
  settings: SettingsPatch;
  /** The fields given (for the audit log: names, never values). */
  fields: TenantField[];
}

function invalid(problems: TenantProblem[]): HuifangError {
  return new HuifangError('HF_TENANT_INVALID', problems.map((p) => `${p.name}: ${p.message}`).join('; '), { problems });
}

const blank = (v: string | null | undefined): boolean => v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Check an operator's input against the tenant as it is (`current`, null when creating).
 *
 * @throws HuifangError HF_TENANT_INVALID listing every problem
 */
export function validateTenantInput(id: string, input: TenantInput, current: Tenant | null, names: FieldNames = API_FIELD_NAMES): TenantChange {
  const problems: TenantProblem[] = [];
  const problem = (field: TenantField, message: string, line?: number) => problems.push({ field, name: names[field], message, ...(line !== undefined ? { line } : {}) });
  const out: TenantChange = { settings: {}, fields: [] };
  const given = (k: keyof TenantInput) => input[k] !== undefined;
  for (const k of Object.keys(input) as (keyof TenantInput)[]) if (input[k] !== undefined) out.fields.push(k);

  if (!current && !TENANT_ID.test(id)) problem('id', `"${id}" is not a tenant id: lower-case letters, digits, - and _, at most 63, starting with a letter or digit`);

  if (given('name') || !current) {
    const name = (input.name ?? '').trim();
    if (!name) problem('name', current ? 'a tenant keeps a name' : 'give the company name');
    else if (name.length > 200) problem('name', 'at most 200 characters');
    else out.name = name;
  }
  if (given('timeZone') || !current) {
    const tz = (input.timeZone ?? '').trim();
    if (!tz) problem('timeZone', current ? 'a tenant keeps a time zone' : 'give the time zone, e.g. Asia/Shanghai');
    else if (!isTimeZone(tz)) problem('timeZone', `"${tz}" is not an IANA time zone such as Asia/Shanghai or Asia/Urumqi`);
    else out.timeZone = tz;
  }

  if (given('callingHours')) {
    const v = input.callingHours;
    if (blank(v) || v?.trim().toLowerCase() === 'default') out.settings.callingHours = null;
    else {
      try {
        out.settings.callingHours = parseCallingHours(v!) satisfies CallingWindow[];
      } catch (e) {
        if (!(e instanceof CalendarError)) throw e;
        problem('callingHours', e.message);
      }
    }
  }
  if (given('callingDays')) {
    const v = input.callingDays;
    if (blank(v) || ['all', 'default'].includes(v!.trim().toLowerCase())) out.settings.callingDays = null;
    else {
      try {
        const days = parseCallingDays(v!);
        out.settings.callingDays = days.length === 7 ? null : days;
      } catch (e) {
        if (!(e instanceof CalendarError)) throw e;
        problem('callingDays', e.message);
      }
    }
  }
  if (given('holidays')) {
    const v = input.holidays;
    if (blank(v) || v?.trim().toLowerCase() === 'none') {
      out.settings.holidays = null;
      out.settings.workdays = null;
    } else {
      try {
        const c = parseHolidays(v!);
        out.settings.holidays = c.holidays.length ? c.holidays : null;
        out.settings.workdays = c.workdays.length ? c.workdays : null;
      } catch (e) {
        if (!(e instanceof CalendarError)) throw e;
        problem('holidays', e.message, e.line);
      }
    }
  }

  // The telephony provider of the tenant's calls and texts (docs/telephony-aliyun.md).
  for (const k of ['voiceProvider', 'smsProvider'] as const) {
    if (!given(k)) continue;
    const v = (input[k] ?? '').trim().toLowerCase();
    if (!v || v === 'default') out.settings[k] = null;
    else if (v === 'twilio' || v === 'aliyun') out.settings[k] = v;
    else problem(k, `"${v.slice(0, 40)}" is not a provider: twilio, aliyun or default`);
  }

  // Write-back: URL and secret together, or one of them changed on an endpoint that exists.
  if (given('writebackUrl') || given('writebackSecret') || given('writebackAllowPrivate')) {
    const now = current?.settings.writeback;
    const remove = given('writebackUrl') && (blank(input.writebackUrl) || input.writebackUrl!.trim().toLowerCase() === 'none');
    if (remove) {
      if (given('writebackSecret') && !blank(input.writebackSecret)) problem('writebackSecret', `a secret without a write-back URL (${names.writebackUrl} none removes the endpoint)`);
      out.settings.writeback = null;
      out.settings.writebackDisabledAt = null;
    } else {
      let url = now?.url;
      if (given('writebackUrl')) {
        const u = input.writebackUrl!.trim();
        let ok = false;
        try {
          const parsed = new URL(u);
          ok = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && Boolean(parsed.hostname);
        } catch {
          ok = false;
        }
        if (!ok) problem('writebackUrl', 'not an http(s) URL');
        else url = u;
      }
      let secret = now?.secret;
      if (given('writebackSecret')) {
        const s = (input.writebackSecret ?? '').trim();
        // The secret is never repeated in a message.
        if (!SECRET.test(s)) problem('writebackSecret', 'must be whsec_ followed by a base64 key of at least 16 characters (Standard Webhooks)');
        else secret = s;
      }
      const allowPrivate = given('writebackAllowPrivate') ? Boolean(input.writebackAllowPrivate) : (now?.allowPrivate ?? false);
      if (!url && !problems.some((p) => p.field === 'writebackUrl')) problem('writebackUrl', `give the work-order system's URL${given('writebackSecret') ? ' with the secret' : ''}`);
      if (!secret && !problems.some((p) => p.field === 'writebackSecret')) problem('writebackSecret', `give the signing secret (whsec_…) with ${names.writebackUrl}`);
      if (url && secret) {
        out.settings.writeback = { url, secret, ...(allowPrivate ? { allowPrivate: true } : {}) };
        // A new endpoint or secret ends a stop after 410 Gone.
        if (url !== now?.url || secret !== now?.secret) out.settings.writebackDisabledAt = null;
      }
    }
  }
  if (problems.length) throw invalid(problems);
  return out;
}

/**
 * Create a tenant from an operator's input.
 *
 * @throws HuifangError HF_TENANT_INVALID, HF_TENANT_EXISTS
 */
export async function createTenant(store: Store, id: string, input: TenantInput, names: FieldNames = API_FIELD_NAMES): Promise<{ tenant: Tenant; fields: TenantField[] }> {
  const existing = await store.tenants.get(id);
  if (existing) throw new HuifangError('HF_TENANT_EXISTS', `tenant ${id} exists already: change it with \`huifang tenant set ${id}\` or PATCH /api/tenants/${id}`, { id });
  const change = validateTenantInput(id, input, null, names);
  const settings: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(change.settings)) if (v !== null && v !== undefined) settings[k] = v;
  const tenant = await store.tenants.create({ id, name: change.name!, timeZone: change.timeZone!, settings: settings as TenantSettings });
  return { tenant, fields: change.fields };
}

/**
 * Change a tenant from an operator's input; what is not given stays as it is.
 *
 * @throws HuifangError HF_STORE_NOT_FOUND, HF_TENANT_INVALID
 */
export async function updateTenant(store: Store, id: string, input: TenantInput, names: FieldNames = API_FIELD_NAMES): Promise<{ tenant: Tenant; fields: TenantField[] }> {
  const current = await store.tenants.get(id);
  if (!current) throw new HuifangError('HF_STORE_NOT_FOUND', `no tenant ${id}`, { id });
  const change = validateTenantInput(id, input, current, names);
  const tenant = await store.tenants.update(id, {
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.timeZone !== undefined ? { timeZone: change.timeZone } : {}),
    settings: change.settings,
  });
  return { tenant, fields: change.fields };
}

/** A tenant as operators see it: no secret, no key hash. */
export interface TenantView {
  id: string;
  name: string;
  timeZone: string;
  /** The tenant's calling windows; null: the defaults (src/campaigns/policy.ts). */
  callingHours: CallingWindow[] | null;
  /** ISO weekdays with calls; null: every day. */
  callingDays: number[] | null;
  holidays: string[];
  /** Make-up working days (调休). */
  workdays: string[];
  writeback: { url: string; allowPrivate: boolean; secret: 'set'; disabledAt: string | null } | null;
  /** Whether an API key for POST /api/work-orders was issued (`huifang tenant-key`). */
  apiKey: boolean;
  /** The tenant's own telephony providers; null: the installation's default (HUIFANG_VOICE_PROVIDER / HUIFANG_SMS_PROVIDER). */
  voiceProvider: 'twilio' | 'aliyun' | null;
  smsProvider: 'twilio' | 'aliyun' | null;
  createdAt: string;
}

/** A URL with any password in it masked. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.password) return url;
    u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

export function tenantView(t: Tenant): TenantView {
  const s = t.settings;
  const hours = s.callingHours === undefined ? null : (Array.isArray(s.callingHours) ? s.callingHours : [s.callingHours]).map((w) => ({ start: w.start, end: w.end }));
  return {
    id: t.id,
    name: t.name,
    timeZone: t.timeZone,
    callingHours: hours,
    callingDays: s.callingDays ?? null,
    holidays: s.holidays ?? [],
    workdays: s.workdays ?? [],
    writeback: s.writeback ? { url: maskUrl(s.writeback.url), allowPrivate: s.writeback.allowPrivate ?? false, secret: 'set', disabledAt: s.writebackDisabledAt ?? null } : null,
    apiKey: Boolean(s.apiKeyHash),
    voiceProvider: s.voiceProvider ?? null,
    smsProvider: s.smsProvider ?? null,
    createdAt: new Date(t.createdAt).toISOString(),
  };
}

const WEEKDAYS = ['', '一', '二', '三', '四', '五', '六', '日'];

/** A tenant as text, one setting a line (`huifang tenant show`). */
export function formatTenant(v: TenantView): string {
  const lines = [
    `${v.id}\t${v.name}`,
    `  time zone       ${v.timeZone}`,
    `  calling hours   ${v.callingHours ? v.callingHours.map((w) => `${w.start}-${w.end}`).join(',') : `default (${formatCallingHours(DEFAULT_POLICY.windows)})`}`,
    `  calling days    ${v.callingDays ? `${formatCallingDays(v.callingDays)} (周${v.callingDays.map((d) => WEEKDAYS[d]).join('、')})` : 'every day'}`,
    `  holidays        ${v.holidays.length ? `${v.holidays.length}: ${v.holidays.length > 6 ? `${v.holidays.slice(0, 6).join(' ')} …` : v.holidays.join(' ')}` : 'none'}`,
    `  make-up days    ${v.workdays.length ? v.workdays.join(' ') : 'none'}`,
    `  write-back      ${v.writeback ? `${v.writeback.url} (secret set${v.writeback.allowPrivate ? ', private addresses allowed' : ''}${v.writeback.disabledAt ? `; stopped after 410 Gone at ${v.writeback.disabledAt}` : ''})` : 'none'}`,
    `  voice provider  ${v.voiceProvider ?? 'default (HUIFANG_VOICE_PROVIDER)'}`,
    `  SMS provider    ${v.smsProvider ?? 'default (HUIFANG_SMS_PROVIDER)'}`,
    `  API key         ${v.apiKey ? 'issued' : 'none (huifang tenant-key ' + v.id + ')'}`,
  ];
  return lines.join('\n') + '\n';
}
