/**
 * The Aliyun surface (docs/telephony-aliyun.md): SmartCall's per-utterance callback, the voice
 * receipts and the SMS replies (上行短信).
 *
 *   POST /aliyun/smartcall?token=…     each recognised utterance; the answer is the next action
 *   POST /aliyun/voice-report?token=…  call receipts (JSON array): settle attempts
 *   POST /aliyun/sms-up?token=…        SMS replies (JSON array): routed to the open thread by number
 *
 * Aliyun signs none of these. Each is refused with 403 (HF_ALIYUN_CALLBACK_AUTH) in an
 * onRequest hook — before the body is read, before anything is written — unless its `token`
 * query parameter equals ALIYUN_CALLBACK_TOKEN (compared in constant time: HMAC digests of
 * both, so neither the length nor a prefix leaks) and, when ALIYUN_CALLBACK_ALLOW is set, the
 * client address is in that list. Without a token the surface refuses to register: it never
 * runs unchecked.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import formbody from '@fastify/formbody';
import ipaddr from 'ipaddr.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps, SurfacePlugin } from '../../conversation/deps.js';
import { HuifangError } from '../../shared/errors.js';
import { aliyunRuntime, handleSmartCall, handleVoiceReports, type SmartCallParams, type VoiceReport } from './voice.js';
import { aliyunSmsReplies, type SmsUpRecord } from './sms.js';

/** Whether `given` is the token, in constant time whatever the lengths. */
export function tokenMatches(given: string | undefined, token: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const key = randomBytes(32);
  const a = createHmac('sha256', key).update(given).digest();
  const b = createHmac('sha256', key).update(token).digest();
  return timingSafeEqual(a, b);
}

/** Whether an address is in the allowlist (addresses and CIDRs); an empty list allows all. */
export function addressAllowed(ip: string, allow: readonly string[]): boolean {
  if (allow.length === 0) return true;
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.process(ip);
  } catch {
    return false;
  }
  return allow.some((entry) => {
    try {
      if (entry.includes('/')) {
        const [range, bits] = ipaddr.parseCIDR(entry);
        const a = addr.kind() === range.kind() ? addr : addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress() ? (addr as ipaddr.IPv6).toIPv4Address() : addr;
        return a.kind() === range.kind() && a.match(range, bits);
      }
      return ipaddr.process(entry).toString() === addr.toString();
    } catch {
      return false;
    }
  });
}

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** The callback's fields from the query string and the body (form or JSON). */
function smartCallParams(req: FastifyRequest): SmartCallParams {
  const out: Record<string, unknown> = {};
  const q = (req.query ?? {}) as Query;
  for (const k of ['call_id', 'timestamp', 'content_type', 'content']) {
    const v = one(q[k]);
    if (v !== undefined) out[k] = v;
  }
  if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) Object.assign(out, req.body);
  return out as SmartCallParams;
}

const records = <T>(req: FastifyRequest): T[] => (Array.isArray(req.body) ? (req.body as T[]) : req.body && typeof req.body === 'object' ? [req.body as T] : []);

/** The receipts' answer the platform expects. */
const RECEIVED = { code: 0, msg: '接收成功' };

/**
 * The Aliyun callbacks. Needs ALIYUN_CALLBACK_TOKEN; voice needs the API settings too.
 * @throws HuifangError HF_ALIYUN_CONFIG at registration when the token is missing.
 */
export const aliyunSurface: SurfacePlugin = async (app: FastifyInstance, deps: AppDeps) => {
  const s = deps.config.aliyun;
  const token = s?.callbackToken;
  if (!token) throw new HuifangError('HF_ALIYUN_CONFIG', 'ALIYUN_CALLBACK_TOKEN is not set: the Aliyun callbacks refuse to start without it');
  const allow = s?.callbackAllow ?? [];
  // Voice needs the SDK settings; without them the voice routes answer 503 but SMS replies still work.
  let rt: ReturnType<typeof aliyunRuntime> | null = null;
  let rtError: HuifangError | null = null;
  try {
    rt = aliyunRuntime(deps, app.log);
  } catch (e) {
    if (!(e instanceof HuifangError)) throw e;
    rtError = e;
    app.log.warn({ code: e.code }, `aliyun voice unavailable: ${e.message}`);
  }

  await app.register(async (scope) => {
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) await scope.register(formbody);
    // Fail closed, before the body is read: the token (and the source address when listed).
    scope.addHook('onRequest', async (req, reply) => {
      const given = one(((req.query ?? {}) as Query).token);
      const okToken = tokenMatches(given, token);
      const okAddress = addressAllowed(req.ip, allow);
      if (!okToken || !okAddress) {
        req.log.warn({ code: 'HF_ALIYUN_CALLBACK_AUTH', route: req.routeOptions.url, token: given !== undefined, address: okAddress }, 'aliyun callback refused');
        return reply.code(403).send({ error: { code: 'HF_ALIYUN_CALLBACK_AUTH', message: 'missing or wrong token, or a source address not allowed' } });
      }
    });
    scope.post('/aliyun/smartcall', async (req, reply) => {
      if (!rt) throw rtError ?? new HuifangError('HF_ALIYUN_CONFIG', 'aliyun voice is not configured');
      return reply.code(200).send(await handleSmartCall(rt, smartCallParams(req)));
    });
    scope.post('/aliyun/voice-report', async (req, reply) => {
      if (!rt) throw rtError ?? new HuifangError('HF_ALIYUN_CONFIG', 'aliyun voice is not configured');
      await handleVoiceReports(rt, records<VoiceReport>(req));
      return reply.code(200).send(RECEIVED);
    });
    scope.post('/aliyun/sms-up', async (req, reply) => {
      await aliyunSmsReplies(deps, records<SmsUpRecord>(req), app.log);
      return reply.code(200).send(RECEIVED);
    });
  });
};
