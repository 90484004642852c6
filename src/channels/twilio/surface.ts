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
import { handleTaskCallAnswered, handleTaskCallDialEnd, handleTaskCallFallback, handleTaskCallNotice, handleTaskCallRecording, handleTaskCallStatus } from './task-call.js';
import { renderEmpty } from './twiml.js';
import { handleAmd, handleFallback, handleRecording, handleStatus, handleVoice, handleWhisper } from './voice.js';

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
const q = (req: FastifyRequest): { a?: string; t?: string; r?: string; c?: string } => {
  const query = (req.query ?? {}) as Query;
  const out: { a?: string; t?: string; r?: string; c?: string } = {};
  for (const k of ['a', 't', 'r', 'c'] as const) {
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

    scope.post('/twilio/voice', async (req, reply) => xml(reply, await handleVoice(rt, q(req), params(req))));
    scope.post('/twilio/status', async (req, reply) => {
      await handleStatus(rt, q(req), params(req));
      return xml(reply, renderEmpty());
    });
    scope.post('/twilio/amd', async (req, reply) => {
      await handleAmd(rt, q(req), params(req));
      return xml(reply, renderEmpty());
    });
    scope.post('/twilio/recording', async (req, reply) => {
      await handleRecording(rt, q(req), params(req));
      return xml(reply, renderEmpty());
    });
    // The fallback must end a call politely whatever came in: NUL bytes are removed, not refused (src/server/security.ts).
    scope.post('/twilio/fallback', { config: { nulBytes: 'strip' } }, async (req, reply) => xml(reply, await handleFallback(rt, q(req), params(req))));
    scope.post('/twilio/whisper', async (req, reply) => xml(reply, await handleWhisper(rt, q(req))));
    // Live transfers as conferences (conference.ts): hold message, conference events, the
    // progress of the legs we rang (agents, supervisors listening in), the end of the customer's <Dial>.
    scope.post('/twilio/hold', async (_req, reply) => xml(reply, handleHold()));
    scope.post('/twilio/conference', async (req, reply) => {
      await handleConferenceEvent(rt, q(req), params(req));
      return xml(reply, renderEmpty());
    });
    scope.post('/twilio/participant', async (req, reply) => {
      await handleParticipantStatus(rt, q(req), params(req));
      return xml(reply, renderEmpty());
    });
    scope.post('/twilio/transfer-end', async (req, reply) => xml(reply, await handleTransferEnd(rt, q(req))));
    // Click-to-call from a task (task-call.ts): the agent's leg, the customer's notice, the Dial's end.
    scope.post('/twilio/task-call', async (req, reply) => xml(reply, await handleTaskCallAnswered(rt, q(req), params(req))));
    scope.post('/twilio/task-call/notice', async (req, reply) => xml(reply, await handleTaskCallNotice(rt, q(req))));
    scope.post('/twilio/task-call/dial', async (req, reply) => xml(reply, await handleTaskCallDialEnd(rt, q(req), params(req))));
    scope.post('/twilio/task-call/status', async (req, reply) => {
      await handleTaskCallStatus(rt, q(req), params(req));
      return xml(reply, renderEmpty());
    });
    scope.post('/twilio/task-call/recording', async (req, reply) => {
      await handleTaskCallRecording(rt, q(req), params(req));
      return xml(reply, renderEmpty());
    });
    scope.post('/twilio/task-call/fallback', { config: { nulBytes: 'strip' } }, async (req, reply) => xml(reply, await handleTaskCallFallback(rt, q(req))));
    scope.post('/twilio/sms', async (req, reply) => {
      await handleInboundSms(rt, params(req));
      return xml(reply, renderEmpty());
    });
    scope.post('/twilio/sms-status', async (req, reply) => {
      await handleSmsStatus(rt, q(req), params(req));
      return xml(reply, renderEmpty());
    });
  });

  app.get('/audio/:file', async (req, reply) => {
    const file = one(((req.params ?? {}) as Query).file) ?? '';
    const m = /^([0-9a-f]{64})\.wav$/.exec(file);
    const bytes = m?.[1] && rt.audio ? await rt.audio.file(m[1]) : null;
    if (!bytes) return reply.code(404).send({ error: { code: 'HF_BAD_REQUEST', message: 'no such audio' } });
    return reply.code(200).header('cache-control', 'public, max-age=86400, immutable').type('audio/wav').send(bytes);
  });
};

/**
 * For `huifang serve` (src/server/surfaces.ts): mounts the Twilio surface when any Twilio
 * setting is present (and then fails like `twilioSurface` when one is missing); with no
 * Twilio settings at all the routes are not mounted (404: nothing is processed unchecked).
 */
export const twilioSurfaceIfConfigured: SurfacePlugin = async (app, deps) => {
  const t = deps.config.twilio;
  if (!t?.authToken && !t?.accountSid && !t?.from && !deps.services?.twilio) {
    app.log.info('twilio routes not mounted: no TWILIO_* settings');
    return;
  }
  await twilioSurface(app, deps);
};
