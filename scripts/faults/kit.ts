/**
 * The fault suite's kit: the suite plays Twilio against a real `huifang serve` process (signed
 * webhooks over HTTP, the network edge), seeds callbacks in the topology's database, measures
 * answer times, fingerprints tables, and generates fuzzed bodies. See docs/reliability.md.
 */
import { randomBytes } from 'node:crypto';
import { signTwilioRequest } from '../../src/channels/twilio/signature.js';
import type { Store } from '../../src/store/index.js';
import { seedCallback } from '../../test/support/seed.js';

export interface Answer {
  status: number;
  body: string;
  type: string;
  ms: number;
}

/** Twilio as the suite plays it: signed form posts to `publicUrl` + path. */
export class TwilioPlayer {
  readonly times: number[] = [];
  failures = 0;
  /** Safe answers (holds, questions asked again) the customers followed. */
  held = 0;
  constructor(
    readonly publicUrl: string,
    readonly token: string,
  ) {}

  /** POST a webhook; `url` may be absolute (a Gather action) or a path. */
  async post(url: string, params: Record<string, string>, o: { signature?: string | null; signUrl?: string; token?: string } = {}): Promise<Answer> {
    const abs = url.startsWith('http') ? url : this.publicUrl + url;
    const sig = o.signature === undefined ? signTwilioRequest(o.token ?? this.token, o.signUrl ?? abs, params) : o.signature;
    const started = performance.now();
    const res = await fetch(abs, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(sig !== null ? { 'x-twilio-signature': sig } : {}) },
      body: new URLSearchParams(params).toString(),
    });
    const body = await res.text();
    const ms = performance.now() - started;
    this.times.push(ms);
    const type = res.headers.get('content-type') ?? '';
    if (res.status !== 200 || !type.includes('xml')) this.failures++;
    return { status: res.status, body, type, ms };
  }
}

/** The Gather action (absolute URL) of a TwiML answer, or null. */
export function actionOf(twiml: string): string | null {
  const m = /<Gather [^>]*action="([^"]+)"/.exec(twiml);
  return m?.[1] ? m[1].replace(/&amp;/g, '&') : null;
}

/** The goodbye of the fallback and of the outage answers (src/channels/twilio/voice.ts FALLBACK_TEXT). */
export const OUTAGE_GOODBYE = '我们稍后再与您联系';

export const newSid = (p = 'CA'): string => p + randomBytes(16).toString('hex');

let phoneSeq = 0;
/** A distinct mainland mobile number per seeded customer. */
export function nextPhone(): string {
  phoneSeq++;
  return `+86139${String(10_000_000 + ((process.pid * 7919 + phoneSeq) % 89_999_999)).padStart(8, '0')}`;
}

export interface SeededCall {
  callbackId: string;
  attemptId: string;
  sid: string;
  phone: string;
}

/** A callback and a voice attempt with its CallSid, as the dialler leaves them before Twilio calls back. */
export async function seedCall(store: Store, o: { tenantId?: string; dialogId?: string } = {}): Promise<SeededCall> {
  const phone = nextPhone();
  const { callback } = await seedCallback(store, { phone, ...(o.tenantId ? { tenantId: o.tenantId } : {}), ...(o.dialogId ? { dialogId: o.dialogId } : {}) });
  const sid = newSid();
  const phones = await store.workOrders.phones((await store.workOrders.get(callback.workOrderId))?.customerId ?? '');
  const { attempt } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice', providerId: sid, ...(phones[0] ? { phoneId: phones[0].id } : {}) });
  return { callbackId: callback.id, attemptId: attempt.id, sid, phone };
}

/** The answers of a satisfied customer of telecom-install: identity 1, convenient 1, 满意. */
export const SATISFIED: Record<string, string>[] = [{ Digits: '1' }, { Digits: '1' }, { SpeechResult: '满意', Confidence: '0.9' }];

export interface CallRun {
  ok: boolean;
  turns: { url: string; params: Record<string, string>; answer: Answer }[];
  /** Safe answers followed (holds, questions asked again). */
  held: number;
  /** Answers the server took (it went on to the next question or the end). */
  acked: number;
  /** The server ended the call with its outage goodbye (the campaign calls again). */
  goodbye: boolean;
  problem: string | null;
}

/**
 * A whole call as Twilio makes it: the answered webhook, one Gather result per answer (each to
 * the action the previous TwiML named), then the completed status. `ok` when every answer is
 * 200 TwiML and the last one hangs up.
 */
export async function playCall(tw: TwilioPlayer, c: SeededCall, answers: Record<string, string>[] = SATISFIED, o: { status?: boolean } = {}): Promise<CallRun> {
  const turns: CallRun['turns'] = [];
  const before = tw.held;
  const step = (url: string, params: Record<string, string>): Promise<Answer> => callStep(tw, c, url, params, turns);
  let a = await step(`/twilio/voice?a=${c.attemptId}`, { CallStatus: 'in-progress' });
  let acked = 0;
  for (const ans of answers) {
    const action = actionOf(a.body);
    if (a.status !== 200 || !action) {
      // The server ended the call with its goodbye (it could not store in time): the callback
      // stays open and the campaign calls again. Not an error of the server.
      const goodbye = a.status === 200 && a.body.includes(OUTAGE_GOODBYE);
      if (goodbye && o.status !== false) await step(`/twilio/status?a=${c.attemptId}`, { CallStatus: 'completed', CallDuration: '40' });
      return { ok: false, turns, held: tw.held - before, acked, goodbye, problem: `no Gather (${a.status}): ${a.body.slice(0, 200)}` };
    }
    a = await step(action, ans);
    if (!a.body.includes(OUTAGE_GOODBYE)) acked++;
  }
  const hungUp = a.status === 200 && a.body.includes('<Hangup/>');
  if (o.status !== false) await step(`/twilio/status?a=${c.attemptId}`, { CallStatus: 'completed', CallDuration: '40' });
  const bad = turns.find((t) => t.answer.status !== 200 || !t.answer.type.includes('xml'));
  return { ok: hungUp && !bad, turns, held: tw.held - before, acked, goodbye: false, problem: bad ? `HTTP ${bad.answer.status} on ${bad.url}` : hungUp ? null : `no hang-up: ${a.body.slice(0, 200)}` };
}

/**
 * One webhook of a call, as Twilio and the customer go on after the server's safe answers
 * under load or an outage (outage.ts): the hold's `<Redirect>` is followed and a question
 * asked again is answered again (at most four times).
 */
export async function callStep(tw: TwilioPlayer, c: SeededCall, url: string, params: Record<string, string>, turns?: CallRun['turns']): Promise<Answer> {
  for (let i = 0; ; i++) {
    const answer = await tw.post(url, { CallSid: c.sid, ...params });
    turns?.push({ url, params, answer });
    const redirect = /<Redirect[^>]*>([^<]+)<\/Redirect>/.exec(answer.body)?.[1]?.replace(/&amp;/g, '&');
    const again = answer.body.includes('请您再说一遍') ? actionOf(answer.body) : null;
    if (i >= 4 || (!redirect && !again)) return answer;
    tw.held++;
    url = redirect ?? (again as string);
    if (redirect) params = {};
  }
}

/** encodeURIComponent that survives lone surrogates (they become U+FFFD). */
export function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  }
}

/** Run `fn` over `items` with at most `n` at once. */
export async function pool<T, R>(items: readonly T[], n: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      for (;;) {
        const i = next++;
        if (i >= items.length) return;
        out[i] = await fn(items[i] as T, i);
      }
    }),
  );
  return out;
}

/** p50, p99 and max of a list of milliseconds. */
export function percentiles(ms: readonly number[]): { p50: number; p99: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: Math.round(at(0.5)), p99: Math.round(at(0.99)), max: Math.round(s.at(-1) ?? 0) };
}

/** A fingerprint of every table of the schema (md5 of its rows in order): equal means nothing was written. */
export async function fingerprint(store: Store, except: readonly string[] = []): Promise<Record<string, string>> {
  const { rows } = await store.db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const out: Record<string, string> = {};
  for (const { table_name: t } of rows) {
    if (except.includes(t)) continue;
    const r = await store.db.query<{ h: string | null }>(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`);
    out[t] = r.rows[0]?.h ?? '';
  }
  return out;
}

/** The tables whose fingerprints differ. */
export function changed(a: Record<string, string>, b: Record<string, string>): string[] {
  return Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);
}

/* ------------------------------------------------------------------ fuzz */

/** A seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY: readonly string[] = [
  '\u0000', 'a\u0000b', '\uD800', '\uDFFF', '\uFFFE', '\u202E满意', '💥👍', '满意', '不满意', '别再打了', '退订',
  "' OR '1'='1", "'; DROP TABLE callbacks; --", '"; SELECT pg_sleep(10); --', '\\', '%00', '%2e%2e%2f', '../../../../etc/passwd',
  '..\\..\\windows\\win.ini', '/etc/shadow', '${jndi:ldap://x}', '<script>alert(1)</script>', ']]><!--', '{{7*7}}',
  '1e400', '-1e400', '9'.repeat(400), '-0', 'NaN', 'Infinity', '0x7fffffff', '18446744073709551616', '2025-02-30T25:61:00Z',
  '', ' ', '\t\r\n', '13812345678', '+8613812345678', 'null', 'true', '[]', '{}', 'CA' + 'f'.repeat(32), '__proto__', 'constructor',
];

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

/** A nasty string: a fragment, a mix of fragments, or (rarely) an oversize run. */
export function nastyString(r: () => number, big = 200_000): string {
  const k = r();
  if (k < 0.02) return 'x'.repeat(big + Math.floor(r() * big));
  if (k < 0.5) return pick(r, NASTY);
  let s = '';
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) s += pick(r, NASTY);
  return s;
}

/** A nasty JSON value: deep nesting, huge numbers, wrong types, nasty strings. */
export function nastyJson(r: () => number, depth = 0): unknown {
  const k = r();
  if (k < 0.04 && depth === 0) {
    const d = 100 + Math.floor(r() * 1500);
    return JSON.parse('['.repeat(d) + ']'.repeat(d)) as unknown;
  }
  if (k < 0.15) return pick(r, [1e308, -1e308, 2 ** 63, Number.MAX_SAFE_INTEGER + 2, -0, 0.1, 1.2345678901234568e29]);
  if (k < 0.25) return pick(r, [null, true, false, [], {}]);
  if (k < 0.35 && depth < 4) return Array.from({ length: Math.floor(r() * 4) }, () => nastyJson(r, depth + 1));
  if (k < 0.45 && depth < 4) {
    const o: Record<string, unknown> = {};
    for (let i = 0; i < 3; i++) o[nastyString(r, 1000)] = nastyJson(r, depth + 1);
    return o;
  }
  return nastyString(r);
}

/** Bytes that are not UTF-8. */
export function badUtf8(r: () => number): Blob {
  const bytes = [0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0x00, 0xed, 0xa0, 0x80];
  return new Blob([new Uint8Array(Array.from({ length: 4 + Math.floor(r() * 60) }, () => pick(r, bytes)))]);
}

/** Lines that show a secret. */
export function secretLines(lines: readonly string[], secrets: readonly string[]): string[] {
  return lines.filter((l) => secrets.some((s) => s.length >= 8 && l.includes(s)));
}
