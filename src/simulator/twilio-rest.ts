/**
 * Twilio's REST API in the simulator, as one Fastify plugin: the subset the `twilio` SDK calls
 * for Huifang (src/channels/twilio/provider.ts, conference.ts, the workspace's recordings):
 * Calls, Messages, Conferences and their Participants, Recordings, under
 * `/2010-04-01/Accounts/{AccountSid}/`, behind ONE auth hook (Basic auth with the account SID
 * and auth token, as Twilio checks it: 401 code 20003; another account's path: 404).
 * Answers are shaped like Twilio's JSON, errors like Twilio's RestException.
 * Outside the hook: the media URL of recordings (`/recordings/{sid}`) and inline TwiML
 * documents the simulator serves to itself (`/twiml/{id}`).
 */
import { readFile } from 'node:fs/promises';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { silentWav } from './audio.js';
import type { Calls } from './calls.js';
import type { ConfState, Conferences } from './conferences.js';
import type { Messages } from './messages.js';
import { eventSet, rfc2822, str, type SimCall, type SimConference, type SimMessage, type SimRecording } from './state.js';
import { API_VERSION, type TwilioContext } from './twilio-context.js';

export interface TwilioRestOptions {
  ctx: TwilioContext;
  calls: Calls;
  conferences: Conferences;
  messages: Messages;
}

type Body = Record<string, string | string[]>;

/** The REST plugin (register it on the simulator's Fastify app, with @fastify/formbody). */
export const twilioRest: FastifyPluginAsync<TwilioRestOptions> = async (app, { ctx, calls, conferences, messages }) => {
  const { state, accountSid, authToken } = ctx;
  const expectedAuth = 'Basic ' + Buffer.from(`${accountSid}:${authToken}`).toString('base64');
  const json = shapes(ctx);

  // Inline TwiML (Calls create with `Twiml`): served from the simulator itself.
  const inlineTwiml = new Map<string, string>();
  app.all('/twiml/:id', async (req, reply) => reply.type('text/xml').send(inlineTwiml.get((req.params as { id: string }).id) ?? '<Response/>'));

  const serveRecording = async (file: string, reply: FastifyReply): Promise<unknown> => {
    const sid = file.replace(/\.(wav|json|mp3)$/, '');
    const found = state.recordings.get(sid) ?? [...state.recordings.values()].find((r) => r.callSid === sid);
    if (!found) return reply.code(404).send(restError(20404, `The requested resource /Recordings/${file} was not found`, 404));
    if (file.endsWith('.json')) return json.recording(found.callSid, found.rec);
    if (file.endsWith('.mp3')) return reply.code(415).send(restError(20415, 'the simulator serves WAV only', 415));
    const wav = found.rec.path ? await readFile(found.rec.path) : silentWav(found.rec.durationSec);
    return reply.type('audio/x-wav').send(wav);
  };
  app.get('/recordings/:file', async (req, reply) => serveRecording((req.params as { file: string }).file, reply));

  await app.register(async (api) => {
    // The one auth hook: every account route.
    api.addHook('onRequest', async (req, reply) => {
      if (req.headers.authorization !== expectedAuth) return reply.code(401).send(restError(20003, 'Authenticate', 401));
      if ((req.params as { accountSid?: string }).accountSid !== accountSid) return notFound(req, reply);
      return undefined;
    });

    // ------------------------------------------------------------------ Calls
    api.post('/Calls.json', async (req, reply) => {
      const body = (req.body ?? {}) as Body;
      const bad = checkCreate(body, 'call');
      if (bad) return reply.code(400).send(bad);
      if (!str(body.Url) && str(body.Twiml)) {
        const id = state.newSid('TW');
        inlineTwiml.set(id, str(body.Twiml));
        body.Url = `${state.baseUrl}/twiml/${id}`;
      }
      return reply.code(201).send(json.call(calls.create(body)));
    });
    api.get('/Calls.json', async (req) => {
      const q = req.query as Record<string, string>;
      const list = state.calls.filter((c) => (!q.To || c.to === q.To) && (!q.Status || c.status === q.Status));
      return page('calls', list.map(json.call), req.url);
    });
    api.get('/Calls/:file', async (req, reply) => {
      const st = calls.get(stripJson((req.params as { file: string }).file));
      return st ? json.call(st.call) : notFound(req, reply);
    });
    api.post('/Calls/:file', async (req, reply) => {
      const st = calls.get(stripJson((req.params as { file: string }).file));
      if (!st) return notFound(req, reply);
      const body = (req.body ?? {}) as Record<string, string>;
      if (body.Status === 'completed' || body.Status === 'canceled') st.hangupRequested = true;
      else if (body.Twiml) st.redirect = { twiml: body.Twiml };
      else if (body.Url) st.redirect = { url: body.Url, method: body.Method ?? 'POST' };
      return json.call(st.call);
    });

    // ------------------------------------------------------------------ Conferences
    // Participants create (by SID, or by friendly name: a name creates the conference), update
    // (AnnounceUrl, Muted, Hold), fetch and list; conference fetch, list and end.
    const conferenceOf = (req: FastifyRequest, reply: FastifyReply): ConfState | null => {
      const cs = conferences.find((req.params as { conf: string }).conf);
      if (!cs) void notFound(req, reply);
      return cs ?? null;
    };
    api.post('/Conferences/:conf/Participants.json', async (req, reply) => {
      const ref = (req.params as { conf: string }).conf;
      const body = (req.body ?? {}) as Body;
      const bad = checkCreate(body, 'participant');
      if (bad) return reply.code(400).send(bad);
      let cs: ConfState | null;
      if (/^CF[0-9a-f]{32}$/.test(ref)) {
        cs = conferenceOf(req, reply);
        if (!cs) return reply;
        if (cs.conf.status === 'completed') return reply.code(400).send(restError(16003, 'Could not recognize conference sid or friendly name', 400));
      } else {
        const cb = typeof body.ConferenceStatusCallback === 'string' ? body.ConferenceStatusCallback : null;
        cs = conferences.open(ref, cb ? { url: cb, method: str(body.ConferenceStatusCallbackMethod) || 'POST', events: eventSet(body.ConferenceStatusCallbackEvent) } : null);
      }
      const call = calls.create(body, cs);
      return reply.code(201).send(json.participant(cs, call.sid));
    });
    api.get('/Conferences/:conf/Participants.json', async (req, reply) => {
      const cs = conferenceOf(req, reply);
      if (!cs) return reply;
      return page('participants', cs.conf.participants.filter((x) => !x.leftAt).map((x) => json.participant(cs, x.callSid)), req.url);
    });
    api.get('/Conferences/:conf/Participants/:file', async (req, reply) => {
      const cs = conferenceOf(req, reply);
      if (!cs) return reply;
      const callSid = stripJson((req.params as { file: string }).file);
      if (!cs.conf.participants.some((x) => x.callSid === callSid && !x.leftAt)) return notFound(req, reply);
      return json.participant(cs, callSid);
    });
    api.post('/Conferences/:conf/Participants/:file', async (req, reply) => {
      const cs = conferenceOf(req, reply);
      if (!cs) return reply;
      const callSid = stripJson((req.params as { file: string }).file);
      const part = cs.conf.participants.find((x) => x.callSid === callSid && !x.leftAt);
      if (!part) return notFound(req, reply);
      const body = (req.body ?? {}) as Record<string, string>;
      if (body.Muted !== undefined) part.muted = body.Muted === 'true';
      if (body.Hold !== undefined) part.hold = body.Hold === 'true';
      if (body.AnnounceUrl) void state.track(conferences.announce(cs, part, body.AnnounceUrl, body.AnnounceMethod ?? 'POST'));
      return json.participant(cs, callSid);
    });
    api.get('/Conferences.json', async (req) => {
      const q = req.query as Record<string, string>;
      const list = state.conferences.filter((c) => (!q.FriendlyName || c.friendlyName === q.FriendlyName) && (!q.Status || c.status === q.Status));
      return page('conferences', list.map(json.conference), req.url);
    });
    api.get('/Conferences/:file', async (req, reply) => {
      const cs = conferences.bySidOnly(stripJson((req.params as { file: string }).file));
      return cs ? json.conference(cs.conf) : notFound(req, reply);
    });
    api.post('/Conferences/:file', async (req, reply) => {
      const cs = conferences.bySidOnly(stripJson((req.params as { file: string }).file));
      if (!cs) return notFound(req, reply);
      if ((req.body as Record<string, string> | undefined)?.Status === 'completed') conferences.end(cs, 'conference-ended-via-api', null);
      return json.conference(cs.conf);
    });

    // ------------------------------------------------------------------ Messages
    api.post('/Messages.json', async (req, reply) => {
      const body = (req.body ?? {}) as Body;
      const bad = checkCreate(body, 'message');
      if (bad) return reply.code(400).send(bad);
      return reply.code(201).send(json.message(messages.create(body)));
    });
    api.get('/Messages.json', async (req) => {
      const q = req.query as Record<string, string>;
      return page('messages', state.messages.filter((m) => (!q.To || m.to === q.To) && (!q.From || m.from === q.From)).map(json.message), req.url);
    });
    api.get('/Messages/:file', async (req, reply) => {
      const m = messages.get(stripJson((req.params as { file: string }).file));
      return m ? json.message(m) : notFound(req, reply);
    });

    // ------------------------------------------------------------------ Recordings
    api.get('/Recordings/:file', async (req, reply) => serveRecording((req.params as { file: string }).file, reply));
  }, { prefix: `/${API_VERSION}/Accounts/:accountSid` });
};

/** Twilio's 400 for a create request (Calls, Participants, Messages), or null when it is fine. */
function checkCreate(body: Body, what: 'call' | 'participant' | 'message'): Record<string, unknown> | null {
  const to = str(body.To);
  if (what !== 'message') {
    if (!to) return restError(21201, "No 'To' number is specified", 400);
    if (!str(body.From)) return restError(21213, "No 'From' number is specified", 400);
    if (what === 'call' && !str(body.Url) && !str(body.Twiml)) return restError(21205, 'Url parameter is required.', 400);
  } else {
    if (!to) return restError(21604, "A 'To' phone number is required.", 400);
    if (!str(body.From) && !str(body.MessagingServiceSid)) return restError(21603, "A 'From' phone number is required.", 400);
    if (!str(body.Body) && !body.MediaUrl) return restError(21602, 'Message body is required.', 400);
  }
  if (!isPhone(to)) return restError(21211, `The 'To' number ${to} is not a valid phone number.`, 400);
  return null;
}

/** Twilio's JSON for calls, messages, conferences, participants and recordings. */
function shapes(ctx: TwilioContext) {
  const { state, accountSid } = ctx;
  const account = `/${API_VERSION}/Accounts/${accountSid}`;
  const now = () => rfc2822(state.clock.now());
  return {
    call(c: SimCall): Record<string, unknown> {
      const uri = `${account}/Calls/${c.sid}.json`;
      return {
        sid: c.sid,
        date_created: rfc2822(new Date(c.createdAt)),
        date_updated: now(),
        parent_call_sid: null,
        account_sid: accountSid,
        to: c.to,
        to_formatted: c.to,
        from: c.from,
        from_formatted: c.from,
        phone_number_sid: null,
        status: c.status,
        start_time: c.answeredAt ? rfc2822(new Date(c.answeredAt)) : null,
        end_time: c.endedAt ? rfc2822(new Date(c.endedAt)) : null,
        duration: c.endedAt ? String(c.durationSec) : null,
        price: null,
        price_unit: 'USD',
        direction: 'outbound-api',
        answered_by: c.answeredBy,
        api_version: API_VERSION,
        forwarded_from: null,
        group_sid: null,
        caller_name: null,
        queue_time: '0',
        trunk_sid: null,
        uri,
        subresource_uris: {
          notifications: uri.replace('.json', '/Notifications.json'),
          recordings: uri.replace('.json', '/Recordings.json'),
          events: uri.replace('.json', '/Events.json'),
        },
      };
    },
    message(m: SimMessage): Record<string, unknown> {
      return {
        sid: m.sid,
        account_sid: accountSid,
        api_version: API_VERSION,
        body: m.body,
        date_created: rfc2822(new Date(m.createdAt)),
        date_sent: m.status === 'queued' ? null : rfc2822(new Date(m.createdAt)),
        date_updated: now(),
        direction: m.direction,
        error_code: null,
        error_message: null,
        from: m.from,
        messaging_service_sid: m.from.startsWith('MG') ? m.from : null,
        num_media: '0',
        num_segments: String(Math.max(1, Math.ceil([...m.body].length / 70))),
        price: null,
        price_unit: 'USD',
        status: m.status,
        subresource_uris: { media: `${account}/Messages/${m.sid}/Media.json` },
        to: m.to,
        uri: `${account}/Messages/${m.sid}.json`,
      };
    },
    conference(c: SimConference): Record<string, unknown> {
      const uri = `${account}/Conferences/${c.sid}.json`;
      return {
        sid: c.sid,
        account_sid: accountSid,
        friendly_name: c.friendlyName,
        status: c.status,
        date_created: rfc2822(new Date(c.createdAt)),
        date_updated: now(),
        api_version: API_VERSION,
        region: 'us1',
        reason_conference_ended: c.reasonEnded,
        call_sid_ending_conference: null,
        uri,
        subresource_uris: { participants: uri.replace('.json', '/Participants.json'), recordings: uri.replace('.json', '/Recordings.json') },
      };
    },
    participant(cs: ConfState, callSid: string): Record<string, unknown> {
      const part = cs.conf.participants.find((x) => x.callSid === callSid);
      const call = state.call(callSid);
      const status = part ? (part.leftAt ? 'complete' : 'connected') : call?.status === 'ringing' ? 'ringing' : 'queued';
      return {
        account_sid: accountSid,
        call_sid: callSid,
        conference_sid: cs.conf.sid,
        label: part?.label ?? (typeof call?.params.Label === 'string' ? call.params.Label : null),
        call_sid_to_coach: null,
        coaching: false,
        date_created: rfc2822(new Date(part?.joinedAt ?? call?.createdAt ?? state.nowIso())),
        date_updated: now(),
        end_conference_on_exit: part?.endConferenceOnExit ?? call?.params.EndConferenceOnExit === 'true',
        start_conference_on_enter: part?.startConferenceOnEnter ?? call?.params.StartConferenceOnEnter !== 'false',
        muted: part?.muted ?? call?.params.Muted === 'true',
        hold: part?.hold ?? false,
        status,
        uri: `${account}/Conferences/${cs.conf.sid}/Participants/${callSid}.json`,
      };
    },
    recording(callSid: string, r: SimRecording): Record<string, unknown> {
      return {
        sid: r.sid,
        account_sid: accountSid,
        call_sid: callSid,
        api_version: API_VERSION,
        channels: 1,
        duration: String(r.durationSec),
        status: 'completed',
        source: 'OutboundAPI',
        uri: `${account}/Recordings/${r.sid}.json`,
        media_url: r.url,
      };
    },
  };
}

function stripJson(file: string): string {
  return file.replace(/\.json$/, '');
}

function isPhone(s: string): boolean {
  return /^\+?[0-9]{5,16}$/.test(s) || s.startsWith('client:') || s.startsWith('sip:');
}

function restError(code: number, message: string, status: number): Record<string, unknown> {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/** Twilio's 404 for a resource that does not exist. */
function notFound(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.code(404).send(restError(20404, `The requested resource ${req.url} was not found`, 404));
}

function page(key: string, items: unknown[], uri: string): Record<string, unknown> {
  return {
    [key]: items,
    end: Math.max(0, items.length - 1),
    first_page_uri: uri,
    next_page_uri: null,
    page: 0,
    page_size: items.length,
    previous_page_uri: null,
    start: 0,
    uri,
  };
}
