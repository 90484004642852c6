/**
 * Logging rules. Phone numbers never appear in logs: these paths are redacted by pino, and
 * code logs `maskPhone()` forms only (src/shared/phone.ts).
 */
import { pino, type Logger } from 'pino';

/** pino redaction paths: any field that may hold a phone number or a secret. */
export const LOG_REDACT_PATHS = [
  'phone',
  '*.phone',
  'to',
  '*.to',
  'from',
  '*.from',
  'To',
  'From',
  'Caller',
  'Called',
  'body.To',
  'body.From',
  'body.Caller',
  'body.Called',
  'req.body.To',
  'req.body.From',
  'e164',
  '*.e164',
  'password',
  '*.password',
  'secret',
  '*.secret',
  'authToken',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
];

/**
 * Hex identifiers a log line carries (UUIDs; Twilio-style SIDs, two letters and 32 hex digits).
 * About one UUID in 2,500 holds a run of 11 digits that looks like a mobile number
 * (`…-8bef-17812347819e`): it is an id, never a number, and must stay intact for correlation.
 */
export const HEX_ID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<![0-9A-Za-z])[A-Z]{2}[0-9a-f]{32}(?![0-9A-Za-z])/gi;

/** An 11-digit mainland mobile number anywhere in a text (after +86, 86 or %2B86 too); hex ids first, kept as they are. */
const PHONE_IN_TEXT = new RegExp(`(${HEX_ID_IN_TEXT.source})|(?<!\\d)(?:\\+?86)?(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)`, 'gi');

/** A text with every mobile number in it masked (138****5678): for request URLs in logs. */
export function maskPhonesInText(text: string): string {
  return text.replace(PHONE_IN_TEXT, (m: string, id: string | undefined, head: string, tail: string) => (id ? m : `${head}****${tail}`));
}

/**
 * The request as the server logs it (Fastify's default fields), its URL with any phone number
 * masked: Huifang never puts a number in a URL, but a client or an attacker may.
 */
export function requestLogView(req: { method?: string; url?: string; host?: string; ip?: string; socket?: { remotePort?: number } | null }): Record<string, unknown> {
  return { method: req.method, url: maskPhonesInText(req.url ?? ''), host: req.host, remoteAddress: req.ip, remotePort: req.socket?.remotePort };
}

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' } });
}
