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

export function createLogger(level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' } });
}
