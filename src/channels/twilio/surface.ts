/**
 * The Twilio surface: webhooks for voice and SMS, and the prompt audio files.
 *
 * Every `/twilio/*` request is checked against X-Twilio-Signature (PUBLIC_URL + the request
 * path and query, the form parameters, TWILIO_AUTH_TOKEN) BEFORE anything is read or
 * written, and refused with 403 when the signature is missing or wrong. Without a token the
 * surface refuses to register (HF_TWILIO_CONFIG): it never runs unchecked.
 * `GET /audio/<sha256>.wav` serves cached prompt audio for `<Play>` (not signed: Twilio
 * fetches media with a plain GET; the names are content hashes).
 */
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps, SurfacePlugin } from '../../conversation/deps.js';
import { HuifangError } from '../../shared/errors.js';
import { twilioRuntime, twilioSettings, type TwilioRuntime } from './common.js';
import { publicRequestUrl, verifyTwilioSignature, type TwilioParams } from './signature.js';
import { handleInboundSms, handleSmsStatus } from './sms.js';
import { handleConferenceEvent, handleHold, handleParticipantStatus, handleTransferEnd } from './conference.js';
import { codeOf, deferredWork, retriable, within, WEBHOOK_DEADLINE_MS, type DeferredWork } from './outage.js';
import { handleTaskCallAnswered, handleTaskCallDialEnd, handleTaskCallFallback, handleTaskCallNotice, handleTaskCallRecording, handleTaskCallStatus } from './task-call.js';
import { renderEmpty, renderSayAndHangup, renderWhisper, TASK_CALL_UNAVAILABLE_TEXT, TRANSFER_FAILED_TEXT } from './twiml.js';
import { handleAmd, handleFallback, handleRecording, handleStatus, handleVoice, handleWhisper, renderFallback, voiceOutage } from './voice.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The Twilio webhooks waiting for the database (outage.ts); absent without the Twilio surface. */
    twilioDeferred?: DeferredWork;
  }
}

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
type RouteQuery = { a?: string; t?: string; r?: string; w?: string; c?: string };
type Handler = (query: RouteQuery, body: TwilioParams) => Promise<string>;
type SafeAnswer = (query: RouteQuery) => string;
const q = (req: FastifyRequest): RouteQuery => {
  const query = (req.query ?? {}) as Query;
  const out: RouteQuery = {};
  for (const k of ['a', 't', 'r', 'w', 'c'] as const) {
    const v = one(query[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
};
const params = (req: FastifyRequest): TwilioParams => (req.body && typeof req.body === 'object' ? (req.body as TwilioParams) : {});

function xml(reply: FastifyReply, body: string): FastifyReply {
  return reply.code(200).type('text/xml; charset=utf-8').send(body);
}

/**
 * The Twilio webhooks. Needs TWILIO_AUTH_TOKEN and PUBLIC_URL, and a provider (a
 * `services.twilio` VoiceProvider, or TWILIO_ACCOUNT_SID to build one).
 * @throws HuifangError HF_TWILIO_CONFIG at registration when one is missing.
 */
export const twilioSurface: SurfacePlugin = async (app: FastifyInstance, deps: AppDeps) => {
  const authToken = twilioSettings(deps.config).authToken;
  if (!authToken) throw new HuifangError('HF_TWILIO_CONFIG', 'TWILIO_AUTH_TOKEN is not set: the Twilio webhooks refuse to start without it');
  const publicUrl = deps.config.publicUrl;
  if (!publicUrl) throw new HuifangError('HF_TWILIO_CONFIG', 'PUBLIC_URL is not set: Twilio signatures are checked against it');
  const rt: TwilioRuntime = twilioRuntime(deps, app.log);
  const deferred = deferredWork(app.log);
  app.addHook('onClose', async () => deferred.close());
  app.decorate('twilioDeferred', deferred);

  await app.register(async (scope) => {
    // Another surface may have added the form parser to the root already.
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) await scope.register(formbody);
    // Fail closed: the signature is checked before any handler reads or writes anything.
    scope.addHook('preHandler', async (req, reply) => {
      const header = req.headers['x-twilio-signature'];
      const signature = typeof header === 'string' ? header : undefined;
      const ok = verifyTwilioSignature({ authToken, signature, url: publicRequestUrl(publicUrl, req.url), params: params(req) });
      if (!ok) {
        req.log.warn({ code: 'HF_TWILIO_SIGNATURE', route: req.routeOptions.url, signed: signature !== undefined }, 'twilio webhook refused: bad signature');
        return reply.code(403).send({ error: { code: 'HF_TWILIO_SIGNATURE', message: 'missing or invalid X-Twilio-Signature' } });
      }
    });

    // Every route answers within WEBHOOK_DEADLINE_MS with TwiML, the database down or not
    // (outage.ts, docs/telephony.md "When the database is down").
    const route = (path: string, handler: Handler, o: { safe?: SafeAnswer; defer?: boolean; nul?: 'strip' } = {}): void => {
      scope.post(path, o.nul ? { config: { nulBytes: o.nul } } : {}, async (req, reply) => {
        const query = q(req);
        const body = params(req);
        const run = (): Promise<string> => handler(query, body);
        const first = run();
        const r = await within(first, WEBHOOK_DEADLINE_MS);
        if (r.ok) return xml(reply, r.value);
        const code = r.timedOut ? 'HF_STORE_UNAVAILABLE' : codeOf(r.error);
        const log = { code, route: path, timedOut: r.timedOut, deferred: o.defer === true };
        if (r.timedOut || retriable(r.error)) req.log.warn(log, 'twilio webhook answered with safe TwiML: the database did not answer');
        else req.log.error({ ...log, err: r.error }, 'twilio webhook failed: answered with safe TwiML');
        if (o.defer) {
          if (!r.timedOut) {
            if (retriable(r.error)) deferred.add(path, run);
          } else {
            // Still running: retried only if it then fails for want of the database.
            first.catch((e: unknown) => {
              if (retriable(e)) deferred.add(path, run);
            });
          }
        }
        return xml(reply, (o.safe ?? renderEmpty)(query));
      });
    };
    const empty = async (f: () => Promise<unknown>): Promise<string> => {
      await f();
      return renderEmpty();
    };

    route('/twilio/voice', (query, body) => handleVoice(rt, query, body), { safe: (query) => voiceOutage(rt, query) });
    route('/twilio/status', (query, body) => empty(() => handleStatus(rt, query, body)), { defer: true });
    route('/twilio/amd', (query, body) => empty(() => handleAmd(rt, query, body)), { defer: true });
    route('/twilio/recording', (query, body) => empty(() => handleRecording(rt, query, body)), { defer: true });
    // The fallback must end a call politely whatever came in: NUL bytes are removed, not refused
    // (src/server/security.ts); its goodbye needs no database, the failed attempt is stored when it can be.
    route('/twilio/fallback', (query, body) => handleFallback(rt, query, body), { safe: () => renderFallback(), defer: true, nul: 'strip' });
    route('/twilio/whisper', (query) => handleWhisper(rt, query), { safe: () => renderWhisper('回访转接。') });
    // Live transfers as conferences (conference.ts): hold message, conference events, the
    // progress of the legs we rang (agents, supervisors listening in), the end of the customer's <Dial>.
    route('/twilio/hold', async () => handleHold());
    route('/twilio/conference', (query, body) => empty(() => handleConferenceEvent(rt, query, body)), { defer: true });
    route('/twilio/participant', (query, body) => empty(() => handleParticipantStatus(rt, query, body)), { defer: true });
    route('/twilio/transfer-end', (query) => handleTransferEnd(rt, query), { safe: () => renderSayAndHangup(TRANSFER_FAILED_TEXT) });
    // Click-to-call from a task (task-call.ts): the agent's leg, the customer's notice, the Dial's end.
    const taskCallDown = () => renderSayAndHangup(TASK_CALL_UNAVAILABLE_TEXT);
    route('/twilio/task-call', (query, body) => handleTaskCallAnswered(rt, query, body), { safe: taskCallDown });
    route('/twilio/task-call/notice', (query) => handleTaskCallNotice(rt, query), { safe: taskCallDown });
    route('/twilio/task-call/dial', (query, body) => handleTaskCallDialEnd(rt, query, body), { safe: taskCallDown });
    route('/twilio/task-call/status', (query, body) => empty(() => handleTaskCallStatus(rt, query, body)), { defer: true });
    route('/twilio/task-call/recording', (query, body) => empty(() => handleTaskCallRecording(rt, query, body)), { defer: true });
    route('/twilio/task-call/fallback', (query) => handleTaskCallFallback(rt, query), { safe: taskCallDown, nul: 'strip' });
    // An inbound text is handled again when the database returns (its replies go out by REST).
    route('/twilio/sms', (_query, body) => empty(() => handleInboundSms(rt, body)), { defer: true });
    route('/twilio/sms-status', (query, body) => empty(() => handleSmsStatus(rt, query, body)), { defer: true });
  });

  app.get('/audio/:file', async (req, reply) => {
    const file = one(((req.params ?? {}) as Query).file) ?? '';
    const m = /^([0-9a-f]{64})\.wav$/.exec(file);
    const bytes = m?.[1] && rt.audio ? await rt.audio.file(m[1]) : null;
    if (!bytes) return reply.code(404).send({ error: { code: 'HF_BAD_REQUEST', message: 'no such audio' } });
    return reply.code(200).header('cache-control', 'public, max-age=86400, immutable').type('audio/wav').send(bytes);
  });
};
