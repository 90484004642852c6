/**
 * Recordings streamed through the server after the access check (never a direct link):
 * - Twilio: the attempt's recording URL (https://api.twilio.com/…/Recordings/RE…), fetched
 *   with the account's credentials (basic auth TWILIO_ACCOUNT_SID:TWILIO_AUTH_TOKEN). Only
 *   api.twilio.com URLs, or URLs under TWILIO_API_BASE when the operator set it (the
 *   standalone simulator), are fetched, so the credentials never go anywhere else.
 * - Simulator and local files: a path relative to `<data dir>/recordings/` (also accepted
 *   with a `file:` or `sim:` prefix); anything resolving outside that folder is refused.
 * Every answer has `Cache-Control: no-store`.
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HuifangError } from '../../shared/errors.js';
import type { AppDeps } from '../app.js';

const TYPES: Record<string, string> = { '.wav': 'audio/wav', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.webm': 'audio/webm', '.m4a': 'audio/mp4' };

export function recordingsDir(deps: AppDeps): string {
  return resolve(deps.config.dataDir.includes('://') ? './data' : deps.config.dataDir, 'recordings');
}

/** Twilio's REST base: TWILIO_API_BASE when set (the simulator), else https://api.twilio.com. */
function twilioApiBase(deps: AppDeps): string {
  return deps.config.twilio?.apiBase ?? 'https://api.twilio.com';
}

/** Where a recording ref points: a Twilio URL or a local file under the recordings folder. */
export function locateRecording(deps: AppDeps, ref: string): { kind: 'twilio'; url: URL } | { kind: 'file'; path: string } {
  if (/^https?:\/\//i.test(ref)) {
    const url = new URL(ref);
    const apiBase = deps.config.twilio?.apiBase;
    const twilioHost = url.protocol === 'https:' && url.hostname === 'api.twilio.com';
    if (!twilioHost && !(apiBase && url.href.startsWith(`${apiBase}/`))) {
      throw new HuifangError('HF_RECORDING_UNAVAILABLE', 'only api.twilio.com (or TWILIO_API_BASE) recordings are fetched');
    }
    return { kind: 'twilio', url };
  }
  const rel = ref.replace(/^(file|sim):(\/\/)?/, '');
  const base = recordingsDir(deps);
  const path = resolve(base, rel);
  const r = relative(base, path);
  if (!rel || r.startsWith('..') || isAbsolute(r)) throw new HuifangError('HF_RECORDING_UNAVAILABLE', 'recording path outside the recordings folder');
  return { kind: 'file', path };
}

/**
 * The ref to fetch for an attempt. The voice channel stores Twilio's RecordingSid (RE…): the
 * simulator's file `<recordings>/<CallSid>.wav` when it exists, else Twilio's
 * `/Accounts/<AccountSid>/Recordings/<RecordingSid>` URL. URLs and file refs pass unchanged.
 */
export function resolveRecordingRef(deps: AppDeps, attempt: { recordingRef: string | null; providerId: string | null }): string {
  const ref = attempt.recordingRef;
  if (!ref) throw new HuifangError('HF_RECORDING_UNAVAILABLE', 'this attempt has no recording');
  if (!/^RE[A-Za-z0-9]{6,64}$/.test(ref)) return ref;
  for (const name of [attempt.providerId, ref]) {
    if (name && /^[\w-]{1,100}$/.test(name) && existsSync(join(recordingsDir(deps), `${name}.wav`))) return `${name}.wav`;
  }
  const sid = deps.config.twilio?.accountSid;
  if (!sid) throw new HuifangError('HF_RECORDING_FETCH_FAILED', 'TWILIO_ACCOUNT_SID is needed to fetch Twilio recordings');
  return `${twilioApiBase(deps)}/2010-04-01/Accounts/${encodeURIComponent(sid)}/Recordings/${ref}`;
}

/** Send a recording (after the caller's access check and audit). */
export async function sendRecording(deps: AppDeps, req: FastifyRequest, reply: FastifyReply, ref: string): Promise<FastifyReply> {
  reply.header('cache-control', 'no-store');
  reply.header('x-content-type-options', 'nosniff');
  const where = locateRecording(deps, ref);
  if (where.kind === 'twilio') {
    const sid = deps.config.twilio?.accountSid;
    const token = deps.config.twilio?.authToken;
    if (!sid || !token) throw new HuifangError('HF_RECORDING_FETCH_FAILED', 'TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are needed to fetch Twilio recordings');
    const url = new URL(where.url);
    if (!/\.(wav|mp3)$/.test(url.pathname)) url.pathname += '.wav';
    const headers: Record<string, string> = { authorization: `Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}` };
    if (typeof req.headers.range === 'string') headers.range = req.headers.range;
    const res = await fetch(url, { headers, redirect: 'follow' });
    if (!res.ok || !res.body) throw new HuifangError('HF_RECORDING_FETCH_FAILED', `Twilio answered ${res.status} for the recording`);
    reply.code(res.status === 206 ? 206 : 200);
    reply.header('content-type', res.headers.get('content-type') ?? 'audio/wav');
    for (const h of ['content-length', 'content-range', 'accept-ranges']) {
      const v = res.headers.get(h);
      if (v) reply.header(h, v);
    }
    return reply.send(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream));
  }
  let size: number;
  try {
    const st = await stat(where.path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch {
    throw new HuifangError('HF_RECORDING_UNAVAILABLE', 'the recording file is missing');
  }
  reply.header('content-type', TYPES[extname(where.path).toLowerCase()] ?? 'application/octet-stream');
  reply.header('accept-ranges', 'bytes');
  const range = typeof req.headers.range === 'string' ? /^bytes=(\d*)-(\d*)$/.exec(req.headers.range.trim()) : null;
  if (range && (range[1] || range[2])) {
    let start = range[1] ? Number(range[1]) : size - Number(range[2]);
    let end = range[1] && range[2] ? Number(range[2]) : size - 1;
    start = Math.max(0, start);
    end = Math.min(end, size - 1);
    if (start > end || start >= size) {
      reply.header('content-range', `bytes */${size}`);
      return reply.code(416).send();
    }
    reply.code(206);
    reply.header('content-range', `bytes ${start}-${end}/${size}`);
    reply.header('content-length', String(end - start + 1));
    return reply.send(createReadStream(where.path, { start, end }));
  }
  reply.header('content-length', String(size));
  return reply.send(createReadStream(where.path));
}
