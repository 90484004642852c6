/**
 * X-Twilio-Signature, computed exactly as Twilio does: HMAC-SHA1 keyed with the auth token
 * over the full URL followed by every POST parameter as name+value, names sorted (a repeated
 * name contributes each value, values sorted), base64. GET requests sign the URL only.
 *
 * The simulator keeps its own copy so it does not depend on the server side's validator;
 * test/simulator/signature.test.ts checks it against /work/shared/testdata vectors and
 * `twilio.validateRequest`.
 */
import { createHmac } from 'node:crypto';

export type SignedParams = Record<string, string | string[]>;

/** The string Twilio signs: url + sorted(name + value). */
export function signingString(url: string, params: SignedParams = {}): string {
  let s = url;
  for (const key of Object.keys(params).sort()) {
    const v = params[key];
    const values = Array.isArray(v) ? [...v].sort() : [v ?? ''];
    for (const value of values) s += key + value;
  }
  return s;
}

/** The X-Twilio-Signature header value for a request to `url` with form `params`. */
export function sign(authToken: string, url: string, params: SignedParams = {}): string {
  return createHmac('sha1', authToken).update(Buffer.from(signingString(url, params), 'utf-8')).digest('base64');
}
