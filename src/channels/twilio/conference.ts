/**
 * Live transfers as Twilio conferences, and listening in (docs/telephony.md, "Transfers to a
 * human"). A call running the bot's `<Gather>` cannot be in a conference, so a transfer moves
 * the customer into one, as contact centres on Twilio do:
 *
 * 1. the turn that escalates (in staffed hours, with agents who have a phone) answers with the
 *    transfer notice and `<Dial><Conference>hf-<attempt id></Conference></Dial>`: the customer
 *    waits with the hold message (`/twilio/hold`) until an agent starts the conference;
 * 2. at the same time the tenant's agents are rung into that conference through the REST API
 *    (Conferences/{name}/Participants, ring time = the rule's `transferTimeoutSec`); the first
 *    who joins gets the call, hears the whisper (who and why) as an announcement only they hear,
 *    is assigned the task, and the others stop ringing;
 * 3. when nobody picks up (every agent leg busy, unanswered, failed), the customer's call is
 *    redirected to a polite goodbye; the task the turn opened keeps its deadline;
 * 4. a supervisor listens in by being rung into the conference muted (`listenIn`).
 *
 * Every webhook URL carries the attempt id and the transfer's turn (`?a=…&t=…`), never a phone
 * number; a webhook for another turn or conference is ignored. State changes are conditional
 * updates in the store, so replayed or concurrent webhooks act once.
 */
import { maskPhonesInText } from '../../shared/logging.js';
import { updateTask } from '../../results/tasks.js';
import { HuifangError, isHuifangError } from '../../shared/errors.js';
import type { Attempt, Callback } from '../../store/repos/callbacks.js';
import { FINAL_LEG_STATUSES, type CallConference, type ConferenceLeg } from '../../store/repos/conferences.js';
import { routeUrl, type TwilioRuntime } from './common.js';
import { type TwilioParams, param } from './signature.js';
import { renderHold, renderSayAndHangup, TRANSFER_FAILED_TEXT, type TransferTarget } from './twiml.js';


/** The conference of an attempt: no phone number or name in it. */
export function conferenceName(attemptId: string): string {
  return `hf-${attemptId}`;
}

export { conferencesOn } from './settings.js';

/** The customer's side of a conference transfer: the TwiML target for `renderTwiml`. */
export function conferenceTarget(rt: Pick<TwilioRuntime, 'publicUrl'>, attemptId: string, turn: number): Extract<TransferTarget, { kind: 'conference' }> {
  const q = { a: attemptId, t: turn };
  return {
    kind: 'conference',
    name: conferenceName(attemptId),
    waitUrl: routeUrl(rt.publicUrl, '/twilio/hold', { a: attemptId }),
    statusCallback: routeUrl(rt.publicUrl, '/twilio/conference', q),
    actionUrl: routeUrl(rt.publicUrl, '/twilio/transfer-end', q),
  };
}

/** An agent who may be rung: the number goes to the provider only. */
export interface Ringable {
  id: string;
  username: string;
  phone: string;
}

/**
 * Open the conference of a transferred attempt and ring the agents into it. Returns false
 * when nobody could be rung (the caller then ends the call politely: the task stays). A
 * second call for the same attempt (a concurrent copy of the webhook) rings nobody again.
 */
export async function startConferenceTransfer(
  rt: TwilioRuntime,
  o: { attempt: Attempt; callback: Callback; customerCallSid: string | null; turn: number; reason: string; agents: readonly Ringable[]; timeoutSec: number; basis?: string | null },
): Promise<boolean> {
  const attemptId = o.attempt.id;
  const name = conferenceName(attemptId);
  try {
    await rt.store.conferences.create({
      attemptId,
      callbackId: o.callback.id,
      tenantId: o.callback.tenantId,
      name,
      turn: o.turn,
      reason: o.reason,
      customerCallSid: o.customerCallSid,
    });
  } catch (e) {
    const existing = isHuifangError(e) && e.code === 'HF_STORE_INVALID' ? await rt.store.conferences.get(attemptId) : null;
    if (existing) return existing.status === 'waiting' || existing.status === 'connected';
    throw e;
  }
  const q = { a: attemptId, t: o.turn };
  const statusCallback = routeUrl(rt.publicUrl, '/twilio/participant', q);
  const conferenceStatusCallback = routeUrl(rt.publicUrl, '/twilio/conference', q);
  const results = await Promise.allSettled(
    o.agents.map(async (agent) => {
      // The conference may not exist yet: its friendly name creates it (Twilio).
      const { callSid } = await rt.provider.addParticipant(name, {
        to: agent.phone,
        label: `agent:${agent.id}`,
        muted: false,
        beep: false,
        startConferenceOnEnter: true,
        endConferenceOnExit: true,
        timeoutSec: o.timeoutSec,
        statusCallback,
        conferenceStatusCallback,
      });
      await rt.store.conferences.addLeg({ callSid, attemptId, role: 'agent', userId: agent.id });
      return callSid;
    }),
  );
  const rung = results.filter((r) => r.status === 'fulfilled').length;
  for (const r of results) {
    if (r.status === 'rejected') rt.log.warn({ attemptId, code: isHuifangError(r.reason) ? r.reason.code : 'HF_INTERNAL' }, 'live transfer: an agent could not be rung');
  }
  if (rung === 0) {
    await rt.store.conferences.markFailed(attemptId);
    rt.log.warn({ attemptId }, 'live transfer: no agent could be rung; the task stays with its deadline');
    return false;
  }
  const task = await openTaskOf(rt, o.callback.id);
  if (task) await rt.store.review.annotateTask(task.id, { mode: 'transfer', ...(o.basis ? { basis: o.basis } : {}) });
  rt.log.info({ attemptId, agents: rung, timeoutSec: o.timeoutSec }, 'live transfer: agents rung into the conference');
  return true;
}

/** The newest open task (escalation) of a callback: the one the transfer's turn opened. */
async function openTaskOf(rt: TwilioRuntime, callbackId: string) {
  const all = await rt.store.results.escalations(callbackId);
  return all.filter((e) => e.status === 'open' || e.status === 'in_progress').at(-1) ?? null;
}

/** The conference a webhook belongs to, or null when it is another turn's (or unknown). */
async function conferenceOf(rt: TwilioRuntime, query: { a?: string; t?: string }): Promise<CallConference | null> {
  if (!query.a) return null;
  const conf = await rt.store.conferences.get(query.a);
  if (!conf || query.t === undefined || String(conf.turn) !== query.t) {
    rt.log.info({ attemptId: maskPhonesInText(query.a ?? ''), t: maskPhonesInText(query.t ?? '') }, 'conference webhook for no transfer of this turn: ignored');
    return null;
  }
  return conf;
}

async function hangUpQuietly(rt: TwilioRuntime, attemptId: string, callSid: string): Promise<void> {
  try {
    await rt.provider.hangUp(callSid);
  } catch (e) {
    rt.log.warn({ attemptId, code: isHuifangError(e) ? e.code : 'HF_INTERNAL' }, 'could not end a conference leg');
  }
}

/** Hang up the agent legs still ringing (or talking), except one. */
async function stopRinging(rt: TwilioRuntime, attemptId: string, except?: string): Promise<void> {
  for (const l of await rt.store.conferences.legs(attemptId)) {
    if (l.role === 'agent' && l.callSid !== except && !FINAL_LEG_STATUSES.includes(l.status)) await hangUpQuietly(rt, attemptId, l.callSid);
  }
}

/** Give up a conference transfer that has not connected (e.g. the customer's call could not be moved). */
export async function abandonConference(rt: TwilioRuntime, attemptId: string): Promise<void> {
  if (await rt.store.conferences.markFailed(attemptId)) await stopRinging(rt, attemptId);
}

/** An agent entered: connect (once), whisper who and why, assign the task, stop ringing the others. */
async function agentJoined(rt: TwilioRuntime, conf: CallConference, leg: ConferenceLeg, conferenceSid: string): Promise<void> {
  if (!(await rt.store.conferences.markConnected(conf.attemptId, leg.userId))) {
    // Someone else took the call (or it is over): this agent is not needed.
    const now = await rt.store.conferences.get(conf.attemptId);
    if (now && now.agentUserId !== leg.userId) await hangUpQuietly(rt, conf.attemptId, leg.callSid);
    return;
  }
  const whisperUrl = routeUrl(rt.publicUrl, '/twilio/whisper', { a: conf.attemptId, ...(conf.reason ? { r: conf.reason } : {}) });
  try {
    await rt.provider.updateParticipant(conferenceSid, leg.callSid, { announceUrl: whisperUrl });
  } catch (e) {
    rt.log.warn({ attemptId: conf.attemptId, code: isHuifangError(e) ? e.code : 'HF_INTERNAL' }, 'live transfer: the whisper could not be announced');
  }
  const agent = leg.userId ? await rt.store.users.get(leg.userId) : null;
  const task = await openTaskOf(rt, conf.callbackId);
  if (agent && task) await updateTask(rt.store, task.id, { assignee: agent.username, status: 'in_progress' });
  await stopRinging(rt, conf.attemptId, leg.callSid);
  rt.log.info({ attemptId: conf.attemptId, agent: agent?.username ?? null }, 'live transfer: agent connected');
}

/**
 * `POST /twilio/conference?a=<attemptId>&t=<turn>`: conference events (conference-start,
 * conference-end, participant-join, participant-leave). Keeps the conference SID; an agent's
 * join connects the transfer.
 */
export async function handleConferenceEvent(rt: TwilioRuntime, query: { a?: string; t?: string }, params: TwilioParams): Promise<void> {
  const conf = await conferenceOf(rt, query);
  if (!conf) return;
  const friendlyName = param(params.FriendlyName);
  if (friendlyName && friendlyName !== conf.name) return;
  const sid = param(params.ConferenceSid);
  if (!sid) return;
  if (conf.conferenceSid && conf.conferenceSid !== sid) return; // an earlier conference of the same name
  if (!conf.conferenceSid) await rt.store.conferences.setSid(conf.attemptId, sid);
  const event = param(params.StatusCallbackEvent);
  const callSid = param(params.CallSid);
  const leg = callSid ? await rt.store.conferences.leg(callSid) : null;
  const ours = leg && leg.attemptId === conf.attemptId ? leg : null;
  if (event === 'participant-join' && ours) {
    await rt.store.conferences.setLegJoined(ours.callSid);
    if (ours.role === 'agent') await agentJoined(rt, conf, ours, sid);
  } else if (event === 'participant-leave' && ours) {
    await rt.store.conferences.setLegLeft(ours.callSid);
  } else if (event === 'conference-end') {
    const ended = await rt.store.conferences.markEnded(conf.attemptId);
    // The customer left before anyone picked up: stop ringing the agents.
    if (ended && conf.status === 'waiting') await stopRinging(rt, conf.attemptId);
    rt.log.info({ attemptId: conf.attemptId, reason: param(params.ReasonConferenceEnded) ?? null }, 'conference ended');
  }
}

/**
 * `POST /twilio/participant?a=<attemptId>&t=<turn>`: call progress of a leg we added (an agent
 * being rung, a supervisor listening in). When every agent leg has ended without anyone
 * joining, the customer hears a polite goodbye; the task keeps its deadline.
 */
export async function handleParticipantStatus(rt: TwilioRuntime, query: { a?: string; t?: string }, params: TwilioParams): Promise<void> {
  const conf = await conferenceOf(rt, query);
  if (!conf) return;
  const callSid = param(params.CallSid);
  const status = param(params.CallStatus);
  const leg = callSid ? await rt.store.conferences.leg(callSid) : null;
  if (!leg || leg.attemptId !== conf.attemptId || !status) return;
  await rt.store.conferences.setLegStatus(leg.callSid, status);
  if (leg.role !== 'agent' || !FINAL_LEG_STATUSES.includes(status) || conf.status !== 'waiting') return;
  const agents = (await rt.store.conferences.legs(conf.attemptId)).filter((l) => l.role === 'agent');
  if (agents.some((l) => l.joinedAt || !FINAL_LEG_STATUSES.includes(l.status))) return;
  if (!(await rt.store.conferences.markFailed(conf.attemptId))) return;
  rt.log.info({ attemptId: conf.attemptId, agents: agents.length }, 'live transfer: nobody picked up; the task stays with its deadline');
  if (!conf.customerCallSid) return;
  try {
    await rt.provider.updateCall(conf.customerCallSid, renderSayAndHangup(TRANSFER_FAILED_TEXT));
  } catch (e) {
    rt.log.warn({ attemptId: conf.attemptId, code: isHuifangError(e) ? e.code : 'HF_INTERNAL' }, 'live transfer: could not say goodbye to the customer');
  }
}

/**
 * `POST /twilio/transfer-end?a=<attemptId>&t=<turn>`: the customer's `<Dial><Conference>`
 * ended. After a conversation with an agent the call ends; without one, a polite goodbye
 * (the task stays with its deadline) and any agent still ringing stops.
 */
export async function handleTransferEnd(rt: TwilioRuntime, query: { a?: string; t?: string }): Promise<string> {
  const conf = await conferenceOf(rt, query);
  if (!conf) return renderSayAndHangup(null);
  if (conf.agentUserId || conf.status === 'connected') return renderSayAndHangup(null);
  if (conf.status === 'waiting') await abandonConference(rt, conf.attemptId);
  return renderSayAndHangup(TRANSFER_FAILED_TEXT);
}

/** `POST /twilio/hold?a=<attemptId>`: the hold message while the customer waits for an agent. */
export function handleHold(): string {
  return renderHold();
}

/**
 * Ring a supervisor into a live conference, muted and without a beep (listening in). The
 * number goes to the provider only; the caller audits the request.
 *
 * @throws HuifangError HF_LISTEN_UNAVAILABLE (no live conference for the attempt, or its SID
 *   is not known yet), HF_TWILIO_REQUEST.
 */
export async function listenIn(rt: TwilioRuntime, o: { attemptId: string; userId: string; phone: string }): Promise<{ callSid: string; conferenceSid: string }> {
  const conf = await rt.store.conferences.get(o.attemptId);
  if (!conf || (conf.status !== 'waiting' && conf.status !== 'connected')) {
    throw new HuifangError('HF_LISTEN_UNAVAILABLE', 'this call is not in a live conference (only calls put through to an agent can be listened in on)');
  }
  if (!conf.conferenceSid) throw new HuifangError('HF_LISTEN_UNAVAILABLE', 'the conference has not started yet: try again in a moment');
  const { callSid } = await rt.provider.addParticipant(conf.conferenceSid, {
    to: o.phone,
    label: `listener:${o.userId}`,
    muted: true,
    beep: false,
    // A listener neither starts the conference for a waiting customer nor ends it by leaving.
    startConferenceOnEnter: false,
    endConferenceOnExit: false,
    timeoutSec: 30,
    statusCallback: routeUrl(rt.publicUrl, '/twilio/participant', { a: conf.attemptId, t: conf.turn }),
  });
  await rt.store.conferences.addLeg({ callSid, attemptId: conf.attemptId, role: 'listener', userId: o.userId });
  rt.log.info({ attemptId: conf.attemptId, listener: o.userId }, 'listening in: supervisor rung into the conference muted');
  return { callSid, conferenceSid: conf.conferenceSid };
}
