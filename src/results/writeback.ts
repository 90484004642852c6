/**
 * Write-back: the event JSON sent to a company's work-order system, its Standard Webhooks
 * signature, and the HTTP delivery with its address checks.
 *
 * Signature (https://www.standardwebhooks.com), made by the spec's `standardwebhooks` package:
 * headers `webhook-id` (the outbox event id: the same on every retry), `webhook-timestamp`
 * (unix seconds of this attempt) and `webhook-signature: v1,<base64 HMAC-SHA256>` over
 * `${id}.${timestamp}.${body}`, keyed with the base64-decoded part of the `whsec_…` secret.
 *
 * Phone numbers are never in an event, a URL or a log line.
 */
import { isDissatisfied, OVERALL_STEP, REASON_DETAIL_REASONS, REASON_STEP } from '../domain/results.js';
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Webhook } from 'standardwebhooks';
import { HuifangError } from '../shared/errors.js';
import type { WritebackEnv } from '../shared/config.js';
import type { Tenant } from '../store/repos/tenants.js';
import { DEFAULT_TENANT_ID } from '../store/repos/tenants.js';
import type { Answer, Escalation, Flag, Score } from '../store/repos/results.js';
import type { Attempt, Callback } from '../store/repos/callbacks.js';
import type { ReportLevel } from '../domain/levels.js';

/* ---------------------------------------------------------------- signing */

/** The HMAC key of a `whsec_<base64>` secret (checked here: the package accepts any string). */
export function secretKey(secret: string): Buffer {
  const m = /^whsec_([A-Za-z0-9+/=]+)$/.exec(secret);
  if (!m || !m[1]) throw new HuifangError('HF_WRITEBACK_CONFIG', 'a write-back secret must look like whsec_<base64 key>');
  const key = Buffer.from(m[1], 'base64');
  if (key.length < 16) throw new HuifangError('HF_WRITEBACK_CONFIG', 'a write-back secret key must be at least 16 bytes');
  return key;
}

/**
 * The `webhook-signature` value for a message, made by the `standardwebhooks` package (the
 * spec's reference library, the same the receivers verify with).
 * @example signWebhook({ id: 'msg_1', timestamp: 1700000000, body: '{}', secret: 'whsec_…' }) // 'v1,…'
 */
export function signWebhook(m: { id: string; timestamp: number; body: string; secret: string }): string {
  secretKey(m.secret);
  return new Webhook(m.secret).sign(m.id, new Date(m.timestamp * 1000), m.body);
}

/** The three Standard Webhooks headers plus the content type. */
export function webhookHeaders(m: { id: string; timestamp: number; body: string; secret: string }): Record<string, string> {
  return {
    'content-type': 'application/json',
    'webhook-id': m.id,
    'webhook-timestamp': String(m.timestamp),
    'webhook-signature': signWebhook(m),
  };
}

/* -------------------------------------------------------------- endpoints */

export interface WritebackEndpoint {
  url: string;
  secret: string;
  allowPrivate: boolean;
}

/**
 * The tenant's endpoint: its own settings, else (default tenant only) the environment's
 * HUIFANG_WRITEBACK_URL/SECRET. Null when there is none. Another tenant's events never go
 * to the environment's endpoint.
 */
export function resolveEndpoint(tenant: Tenant, envEndpoint: WritebackEnv | null): WritebackEndpoint | null {
  const own = tenant.settings.writeback;
  if (own) return { url: own.url, secret: own.secret, allowPrivate: own.allowPrivate ?? false };
  if (tenant.id === DEFAULT_TENANT_ID && envEndpoint) return { ...envEndpoint };
  return null;
}

/* ------------------------------------------------------- address checking */

/**
 * The IPv4 address an IPv6 address carries and a packet to it may reach: IPv4-mapped
 * (`::ffff:a.b.c.d`), IPv4-translated (`::ffff:0:a.b.c.d`, RFC 6145), NAT64 with the
 * well-known prefix (`64:ff9b::a.b.c.d`, RFC 6052), 6to4 (`2002:AABB:CCDD::/48`, RFC 3056)
 * and ISATAP interface ids (`…:0:5efe:a.b.c.d`, RFC 5214). Null when there is none.
 */
function embeddedIPv4(v6: ipaddr.IPv6): ipaddr.IPv4 | null {
  const b = v6.toByteArray();
  const p = v6.parts;
  const v4 = (at: number): ipaddr.IPv4 => new ipaddr.IPv4(b.slice(at, at + 4));
  const range = v6.range();
  if (range === 'ipv4Mapped' || range === 'rfc6145') return v4(12);
  if (range === 'rfc6052' && p[2] === 0) return v4(12); // 64:ff9b::/96 (64:ff9b:1::/48 is local use: refused below)
  if (range === '6to4') return v4(2);
  if (p[5] === 0x5efe && (p[4] === 0 || p[4] === 0x200)) return v4(12);
  return null;
}

/**
 * True for every address that is not plain global unicast: loopback, private (RFC 1918,
 * unique local), link-local, carrier-grade NAT, multicast, broadcast, documentation,
 * benchmarking, reserved, discard-only and unspecified ranges (the special ranges of the
 * `ipaddr.js` package); IPv4 carried inside IPv6 is judged by the IPv4 address (mapped,
 * translated, NAT64, 6to4, ISATAP); the deprecated IPv4-compatible `::a.b.c.d` range
 * (`::/96`) and Teredo (`2001::/32`, whose client address is obfuscated) are refused
 * whatever they carry. Anything that is not an address is refused too.
 */
export function isPrivateAddress(address: string): boolean {
  const text = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  // node's isIP first: ipaddr.js also reads loose IPv4 forms such as "127.1" and "0x7f.0.0.1".
  if (isIP(text) === 0) return true;
  if (isIP(text) === 4) return ipaddr.IPv4.parse(text).range() !== 'unicast';
  // The WHATWG URL parser's form (the one http.request connects to): ipaddr.js reads the
  // dotted tail of "::a.b.c.d" as IPv4-mapped, which it is not.
  const v6 = ipaddr.IPv6.parse(new URL(`http://[${text}]/`).hostname.slice(1, -1));
  if (v6.parts.slice(0, 6).every((x) => x === 0)) return true; // ::/96: unspecified, loopback, IPv4-compatible
  const v4 = embeddedIPv4(v6);
  if (v4) return v4.range() !== 'unicast';
  return v6.range() !== 'unicast';
}

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;
export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

function refused(host: string): HuifangError {
  return new HuifangError(
    'HF_WRITEBACK_REFUSED',
    `write-back address ${host} is private, loopback or link-local; set allowPrivate for this tenant to allow it`,
  );
}

/**
 * A `lookup` for http.request that resolves with `resolve`, checks every address and
 * connects only to a checked one (no second resolution between check and connect).
 */
export function guardedLookup(resolve: Resolver, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new Error(`no address for ${hostname}`);
        if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) throw refused(hostname);
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const list = wanted.length > 0 ? wanted : addresses;
        if (options.all) callback(null, list);
        else callback(null, (list[0] as { address: string }).address, (list[0] as { family: number }).family);
      })
      .catch((e: NodeJS.ErrnoException) => callback(e, '', 0));
  };
}

/* --------------------------------------------------------------- delivery */

export interface DeliveryResult {
  /** The HTTP status, or null when no response came (refused, DNS, timeout, network). */
  status: number | null;
  ok: boolean;
  error: string | null;
}

export interface PostOptions {
  resolve?: Resolver;
  timeoutMs?: number;
}

/**
 * POST one signed event. Only a 2xx counts as delivered; redirects are not followed (a 3xx
 * is a failure). Never throws: every problem is in the result.
 */
export async function postWebhook(
  endpoint: WritebackEndpoint,
  msg: { id: string; timestamp: number; body: string },
  opts: PostOptions = {},
): Promise<DeliveryResult> {
  let url: URL;
  try {
    url = new URL(endpoint.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    return { status: null, ok: false, error: 'HF_WRITEBACK_CONFIG: write-back URL is not a valid http(s) URL' };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // http.request skips `lookup` for IP literals: check those here.
  if (isIP(host) && !endpoint.allowPrivate && isPrivateAddress(host)) {
    const e = refused(host);
    return { status: null, ok: false, error: `${e.code}: ${e.message}` };
  }
  let headers: Record<string, string>;
  try {
    headers = webhookHeaders({ ...msg, secret: endpoint.secret });
  } catch (e) {
    return { status: null, ok: false, error: `${(e as HuifangError).code}: ${(e as Error).message}` };
  }
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise<DeliveryResult>((resolveResult) => {
    const req = mod.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(msg.body)), 'user-agent': 'huifang-writeback/1' },
        lookup: guardedLookup(opts.resolve ?? systemResolver, endpoint.allowPrivate),
        timeout: opts.timeoutMs ?? 15_000,
        agent: false,
      },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        res.on('end', () => resolveResult({ status, ok, error: ok ? null : `HTTP ${status}` }));
        res.on('error', () => resolveResult({ status, ok, error: ok ? null : `HTTP ${status}` }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${opts.timeoutMs ?? 15_000} ms`)));
    req.on('error', (e: Error & { code?: string }) => {
      const code = e instanceof HuifangError ? `${e.code}: ` : '';
      resolveResult({ status: null, ok: false, error: `${code}${e.message}` });
    });
    req.end(msg.body);
  });
}

/* ------------------------------------------------------------ event shape */

export type CallbackEventType = 'callback.completed' | 'callback.escalated' | 'callback.failed';

/** Everything the event is built from, read in the transaction that writes the result. */
export interface CallbackSnapshot {
  callback: Callback;
  workOrderExternalId: string;
  coveredExternalIds: string[];
  attempts: Attempt[];
  /** The attempt of this turn (its channel is the event's channel). */
  attemptId: string | null;
  answers: Answer[];
  scores: Score[];
  escalations: Escalation[];
  flags: Flag[];
}

export interface CallbackEvent {
  type: CallbackEventType;
  /** When the event was made (ISO). */
  timestamp: string;
  data: {
    callbackId: string;
    tenantId: string;
    workOrderId: string;
    workOrderIds: string[];
    campaign: string;
    dialog: { id: string; version: number };
    status: string;
    outcome: string | null;
    channel: string | null;
    attempts: number;
    startedAt: string | null;
    endedAt: string | null;
    completedAt: string | null;
    callbackAt: string | null;
    level: ReportLevel | null;
    score: { stepId: string; scale: string; raw: string; level: ReportLevel | null } | null;
    scores: { stepId: string; scale: string; raw: string; level: ReportLevel | null }[];
    answers: { stepId: string; raw: string; value: unknown; via: string; confidence: number | null; at: string }[];
    dissatisfied: boolean;
    reason: string | null;
    escalation: { reason: string; detail: string | null; status: string; dueAt: string | null } | null;
    flags: string[];
  };
}

/** The overall score: the last one recorded on step 'overall', else the last one recorded. */
export function overallScore<S extends { stepId: string }>(scores: readonly S[]): S | null {
  const overall = scores.filter((s) => s.stepId === OVERALL_STEP);
  return overall.at(-1) ?? scores.at(-1) ?? null;
}

export { isDissatisfied, REASON_STEP };

/**
 * The customer's reason for dissatisfaction: the last answer to a reason step (step id
 * "reason", "dissatisfied_reason", "low_score.reason", …), else the detail of a
 * dissatisfied / low-score escalation; null when the customer was not dissatisfied.
 */
export function dissatisfactionReason(
  answers: readonly { stepId: string; raw: string }[],
  escalations: readonly { reason: string; detail: string | null }[],
  dissatisfied: boolean,
): string | null {
  if (!dissatisfied) return null;
  const answer = answers.filter((a) => REASON_STEP.test(a.stepId)).at(-1);
  if (answer && answer.raw.trim() !== '') return answer.raw;
  const esc = escalations.filter((e) => e.detail && (REASON_DETAIL_REASONS as readonly string[]).includes(e.reason)).at(-1);
  return esc?.detail ?? null;
}

const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** Build the event body (pure). */
export function buildCallbackEvent(type: CallbackEventType, snap: CallbackSnapshot, now: Date): CallbackEvent {
  const scores = snap.scores.map((s) => ({ stepId: s.stepId, scale: s.scale, raw: s.raw, level: s.level }));
  const score = overallScore(scores);
  const attempt = snap.attempts.find((a) => a.id === snap.attemptId) ?? snap.attempts.at(-1) ?? null;
  const dissatisfied = isDissatisfied(score?.level, snap.escalations);
  const esc = snap.escalations.at(-1) ?? null;
  return {
    type,
    timestamp: now.toISOString(),
    data: {
      callbackId: snap.callback.id,
      tenantId: snap.callback.tenantId,
      workOrderId: snap.workOrderExternalId,
      workOrderIds: snap.coveredExternalIds,
      campaign: snap.callback.campaign,
      dialog: { id: snap.callback.dialogId, version: snap.callback.dialogVersion },
      status: snap.callback.status,
      outcome: snap.callback.outcome,
      channel: attempt?.channel ?? null,
      attempts: snap.callback.attempts,
      startedAt: iso(snap.attempts[0]?.startedAt),
      endedAt: iso(attempt?.endedAt),
      completedAt: iso(snap.callback.completedAt),
      callbackAt: iso(snap.callback.callbackAt),
      level: score?.level ?? null,
      score,
      scores,
      answers: snap.answers.map((a) => ({
        stepId: a.stepId,
        raw: a.raw,
        value: a.value,
        via: a.via,
        confidence: a.confidence,
        at: a.createdAt.toISOString(),
      })),
      dissatisfied,
      reason: dissatisfactionReason(snap.answers, snap.escalations, dissatisfied),
      escalation: esc ? { reason: esc.reason, detail: esc.detail, status: esc.status, dueAt: iso(esc.dueAt) } : null,
      flags: snap.flags.map((f) => f.reason),
    },
  };
}
