/**
 * Webhooks from the simulator to our server over real HTTP: the provider's signer adds its
 * headers (Twilio: X-Twilio-Signature), each request is logged as a SimRequest on the call,
 * message or conference it belongs to, and simulated time stands still while our server
 * answers (the clock is held).
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { sign } from './signature.js';
import type { SimRequest, SimState } from './state.js';

/** Headers that authenticate a webhook, and the signature to log. */
export type Signer = (req: { method: 'GET' | 'POST'; url: string; params: Record<string, string>; at: string }) => { signature: string; headers: Record<string, string> };

/** Send a webhook and log it into `into`. */
export type Send = (kind: SimRequest['kind'], method: string, url: string, params: Record<string, string>, into: SimRequest[]) => Promise<SimRequest>;

/** Twilio's webhook headers: X-Twilio-Signature as Twilio computes it (POST: URL + sorted params; GET: the URL). */
export function twilioSigner(authToken: string): Signer {
  return ({ method, url, params, at }) => {
    const signature = method === 'GET' ? sign(authToken, url) : sign(authToken, url, params);
    return {
      signature,
      headers: {
        'X-Twilio-Signature': signature,
        'User-Agent': 'TwilioProxy/1.1',
        'I-Twilio-Idempotency-Token': createHash('sha1').update(`${url}/${signature}/${at}`).digest('hex'),
      },
    };
  };
}

/** A sender for one provider: requests go where `state.deliveryUrl` says, with `signer`'s headers. */
export function webhookSender(state: SimState, signer: Signer, timeoutMs: number): Send {
  return async (kind, method, url, params, into) => {
    const release = state.clock.hold?.() ?? (() => undefined);
    const m = method.toUpperCase() === 'GET' ? 'GET' : 'POST';
    let signedUrl = url;
    if (m === 'GET') {
      const u = new URL(url);
      for (const [k, v] of Object.entries(params)) u.searchParams.append(k, v);
      signedUrl = u.toString();
    }
    const at = state.nowIso();
    const { signature, headers } = signer({ method: m, url: signedUrl, params, at });
    const rec: SimRequest = { at, kind, method: m, url: signedUrl, params, signature, status: 0, ms: 0, body: '' };
    into.push(rec);
    const t0 = performance.now();
    try {
      const h: Record<string, string> = { ...headers, Accept: '*/*' };
      const body = m === 'POST' ? new URLSearchParams(params).toString() : undefined;
      if (body !== undefined) h['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8';
      const res = await httpRequest(state.deliveryUrl(signedUrl), m, h, body, timeoutMs);
      rec.status = res.status;
      rec.body = res.body.slice(0, 4096);
    } catch (e) {
      rec.status = 0;
      rec.body = `error: ${(e as Error).message}`;
    }
    rec.ms = performance.now() - t0;
    state.webhookDone(rec);
    release();
    return rec;
  };
}

// Keep-alive agents: on a busy machine a new connection per webhook would dominate the
// latency we measure (node:http is also several times cheaper than fetch here).
const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 512 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 512 });

/** One HTTP request; resolves with status and body text, rejects on network errors and timeout. */
export function httpRequest(url: string, method: string, headers: Record<string, string>, body: string | undefined, timeoutMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const mod = u.protocol === 'https:' ? https : http;
    const data = body === undefined ? undefined : Buffer.from(body, 'utf-8');
    const req = mod.request(
      u,
      {
        method,
        agent: u.protocol === 'https:' ? httpsAgent : httpAgent,
        headers: { ...headers, ...(data ? { 'Content-Length': String(data.length) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf-8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(data);
  });
}
