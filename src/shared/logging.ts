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

/** An 11-digit mainland mobile number anywhere in a text (after +86, 86 or %2B86 too). */
const PHONE_IN_TEXT = /(?<!\d)(?:\+?86)?(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

/** A text with every mobile number in it masked (138****5678): for request URLs in logs. */
export function maskPhonesInText(text: string): string {
  return text.replace(PHONE_IN_TEXT, (_m, head: string, tail: string) => `${head}****${tail}`);
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
