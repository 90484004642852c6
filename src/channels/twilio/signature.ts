/**
 * X-Twilio-Signature: signing (for tests and the simulator) and checking (for every Twilio
 * webhook). The signed string is the full public URL Twilio requested (our configured
 * PUBLIC_URL + the request path and query) followed by the form parameters sorted by name,
 * HMAC-SHA1 with the account's auth token, base64.
 *
 * Checking goes through `twilio.validateRequest`, which tries the URL as given, without its
 * port and with the default port added (as twilio-python does). JSON bodies are signed over
 * the URL only and carry `bodySHA256` (hex; a legacy base64 form is accepted too).
 * Customer data must never leak (000 第四十三条(十一)): nothing here logs.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import twilio from 'twilio';

/** Form parameters as Fastify/@fastify/formbody parse them (a repeated key gives an array). */
export type TwilioParams = Record<string, string | string[] | undefined>;

/** One Twilio parameter as a string: the last value when a name was sent more than once. */
export const param = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[v.length - 1] : v);

function cleanParams(params: TwilioParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * The X-Twilio-Signature Twilio would send for a request to `url` with these form
 * parameters. Tests and the simulator sign their webhooks with it.
 *
 * @example signTwilioRequest(token, 'https://example.org/twilio/voice?a=123', { CallSid: 'CA1', Digits: '1' })
 */
export function signTwilioRequest(authToken: string, url: string, params: TwilioParams = {}): string {
  return twilio.getExpectedTwilioSignature(authToken, url, cleanParams(params));
}

/** The signature of a JSON body request: the URL carries bodySHA256 (hex sha256 of the raw body). */
export function signTwilioJsonRequest(authToken: string, urlWithoutHash: string, rawBody: string): { url: string; signature: string } {
  const u = new URL(urlWithoutHash);
  u.searchParams.set('bodySHA256', createHash('sha256').update(rawBody, 'utf8').digest('hex'));
  const url = u.toString();
  return { url, signature: twilio.getExpectedTwilioSignature(authToken, url, {}) };
}

export interface VerifyInput {
  authToken: string;
  /** The X-Twilio-Signature header (missing: refused). */
  signature: string | undefined | null;
  /** The full URL Twilio requested (scheme, host, optional port, path, query). */
  url: string;
  /** Form parameters (application/x-www-form-urlencoded). */
  params?: TwilioParams;
  /** The raw body of a JSON request (then `params` is ignored and bodySHA256 is checked). */
  rawBody?: string;
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** Whether the raw body matches the URL's bodySHA256 (hex, or the legacy base64 form). */
function bodyHashMatches(url: string, rawBody: string): boolean {
  let given: string | null;
  try {
    given = new URL(url).searchParams.get('bodySHA256');
  } catch {
    return false;
  }
  if (!given) return false;
  const digest = createHash('sha256').update(rawBody, 'utf8').digest();
  return safeEqual(given, digest.toString('hex')) || safeEqual(given, digest.toString('base64'));
}

/**
 * Check a Twilio signature. Fails closed: an empty token, a missing signature or an
 * unparsable URL is `false`.
 */
export function verifyTwilioSignature(input: VerifyInput): boolean {
  const { authToken, signature, url } = input;
  if (!authToken || !signature || !url) return false;
  try {
    if (input.rawBody !== undefined) {
      return twilio.validateRequest(authToken, signature, url, {}) && bodyHashMatches(url, input.rawBody);
    }
    return twilio.validateRequest(authToken, signature, url, cleanParams(input.params ?? {}));
  } catch {
    return false;
  }
}

/**
 * The URL Twilio signed for a request we received: the configured public base URL (no
 * trailing slash) + the request's path and query exactly as received.
 */
export function publicRequestUrl(publicUrl: string, requestUrl: string): string {
  return publicUrl.replace(/\/+$/, '') + (requestUrl.startsWith('/') ? requestUrl : `/${requestUrl}`);
}
