/**
 * Phone numbers: normalise to E.164, mask for display, and keep them out of logs.
 *
 * Customer data must never leak (000 第四十三条(十一); 001 商务客户经理 七): numbers are
 * stored in E.164 plus a masked form, shown masked, and removed from log lines by the
 * pino redaction list below. Nothing here does IO.
 */
import { HuifangError } from './errors.js';

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * Normalise a phone number to E.164. Mainland China is the default country: an 11-digit
 * mobile number (1xx…) or a landline with its trunk 0 (010…, 0755…) gets +86.
 *
 * @example normalizePhone('138 1234 5678') // '+8613812345678'
 * @throws HuifangError HF_PHONE_INVALID when the input is not a plausible number.
 */
export function normalizePhone(input: string, defaultCountryCode = '86'): string {
  const compact = input.trim().replace(/[\s\-().]/g, '');
  let out: string;
  if (compact.startsWith('+')) out = compact;
  else if (compact.startsWith('00')) out = `+${compact.slice(2)}`;
  else if (/^1\d{10}$/.test(compact) && defaultCountryCode === '86') out = `+86${compact}`;
  else if (/^0[1-9]\d{8,10}$/.test(compact)) out = `+${defaultCountryCode}${compact.slice(1)}`;
  else out = `+${defaultCountryCode}${compact}`;
  if (!E164.test(out)) {
    // The input is not echoed: it may be a real number.
    throw new HuifangError('HF_PHONE_INVALID', 'not a valid phone number', { length: input.length });
  }
  return out;
}

/**
 * A number a person answers, for a workspace user (an agent rung for transfers and task calls,
 * a supervisor listening in): `normalizePhone`, then a plausible length. A Chinese number is a
 * mobile (1[3-9] and 9 more digits) or a fixed line (area code 10, 2x or 3–4 digits from 3xx,
 * then the 7–8 digit number, without the trunk 0); any other country needs at least 8 digits. "12345" is refused.
 *
 * @throws HuifangError HF_PHONE_INVALID (the input is not echoed).
 */
export function dialablePhone(input: string, defaultCountryCode = '86'): string {
  const out = normalizePhone(input, defaultCountryCode);
  const ok = out.startsWith('+86') ? /^\+86(1[3-9]\d{9}|(10|2\d)\d{8}|[3-9]\d{9,10})$/.test(out) : /^\+[1-9]\d{7,14}$/.test(out);
  if (!ok) throw new HuifangError('HF_PHONE_INVALID', 'not a phone number that can be rung: a mobile (11 digits) or a fixed line with its area code', { length: input.length });
  return out;
}

/**
 * Mask a phone number for display: the national number keeps its first 3 and last 4 digits.
 * Works on E.164 and on national forms; never throws.
 *
 * @example maskPhone('+8613812345678') // '138****5678'
 */
export function maskPhone(phone: string): string {
  let digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+86') || (digits.startsWith('86') && digits.length === 13)) digits = digits.slice(2);
  if (digits.length >= 8) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length >= 3) return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
  return '****';
}

/**
 * Log paths that may carry a phone number (our own field names and Twilio's webhook
 * parameters). Use with pino: `pino({ redact: PHONE_REDACTION })`.
 */
export const PHONE_REDACT_PATHS: readonly string[] = [
  'phone',
  'e164',
  'to',
  'from',
  '*.phone',
  '*.e164',
  '*.phoneNumber',
  '*.to',
  '*.from',
  '*.To',
  '*.From',
  '*.Called',
  '*.Caller',
  '*.CallerId',
  'req.body.To',
  'req.body.From',
  'req.body.Called',
  'req.body.Caller',
  'customer.phones',
  '*.customer.phones',
];

/** pino `redact` option: the paths above, each value replaced by its masked form. */
export const PHONE_REDACTION = {
  paths: [...PHONE_REDACT_PATHS],
  censor: (value: unknown): unknown => (typeof value === 'string' ? maskPhone(value) : '[redacted]'),
};
