/**
 * Twilio conferences in the simulator: created by <Dial><Conference> or by a Participants
 * create with a friendly name; who is in, who started and who ends them; conference status
 * callbacks (start, end, join, leave, announcement), signed and in order on each
 * conference's own queue; announcements a single participant hears (AnnounceUrl).
 * The legs themselves are calls (calls.ts).
 */
import { rfc2822, speechMs, type SimConference, type SimConferenceParticipant } from './state.js';
import type { TwilioContext } from './twilio-context.js';
import { answeredDoc, saysOf } from './twiml.js';

export interface ConfState {
  conf: SimConference;
  statusCallback: string | null;
  statusMethod: string;
  /** start, end, join, leave, mute, hold, announcement (Twilio's short names). */
  events: Set<string>;
  seq: number;
  cbQueue: Promise<void>;
}

/** Where a conference's events go (from the <Conference> noun or ConferenceStatusCallback). */
export interface ConferenceCallback {
  url: string;
  method: string;
  events: Set<string>;
}

export interface JoinOptions {
  label: string | null;
  muted: boolean;
  startConferenceOnEnter: boolean;
  endConferenceOnExit: boolean;
}

const CONFERENCE_EVENT_KEY: Record<string, string> = {
  'conference-start': 'start',
  'conference-end': 'end',
  'participant-join': 'join',
  'participant-leave': 'leave',
  'announcement-end': 'announcement',
};

export class Conferences {
  private readonly bySid = new Map<string, ConfState>();

  constructor(private readonly ctx: TwilioContext) {}

  /** A conference by SID, or the live one of a friendly name. */
  find(ref: string): ConfState | undefined {
    const bySid = this.bySid.get(ref);
    if (bySid) return bySid;
    const list = this.ctx.state.conferences;
    for (let i = list.length - 1; i >= 0; i--) {
      const c = list[i] as SimConference;
      if (c.friendlyName === ref && c.status !== 'completed') return this.bySid.get(c.sid);
    }
    return undefined;
  }

  bySidOnly(sid: string): ConfState | undefined {
    return this.bySid.get(sid);
  }

  /** For `sim.conference(ref)`: by SID, the live one of a name, or the newest of that name. */
  lookup(ref: string): SimConference | undefined {
    return (this.find(ref) ?? [...this.bySid.values()].reverse().find((x) => x.conf.friendlyName === ref))?.conf;
  }

  /** The live conference of a name, created on first use with its status callback. */
  open(name: string, cb: ConferenceCallback | null): ConfState {
    const found = this.find(name);
    if (found) return found;
    const { state } = this.ctx;
    const conf: SimConference = {
      sid: state.newSid('CF'),
      friendlyName: name,
      status: 'init',
      createdAt: state.nowIso(),
      startedAt: null,
      endedAt: null,
      reasonEnded: null,
      participants: [],
      requests: [],
    };
    const cs: ConfState = {
      conf,
      statusCallback: cb?.url ?? null,
      statusMethod: cb?.method ?? 'POST',
      // Twilio's default: start and end.
      events: cb && cb.events.size > 0 ? cb.events : new Set(['start', 'end']),
      seq: 0,
      cbQueue: Promise.resolve(),
    };
    state.conferences.push(conf);
    this.bySid.set(conf.sid, cs);
    return cs;
  }

  join(cs: ConfState, callSid: string, p: JoinOptions): SimConferenceParticipant {
    const { state } = this.ctx;
    const part: SimConferenceParticipant = { callSid, ...p, hold: false, joinedAt: state.nowIso(), leftAt: null, announcements: [] };
    cs.conf.participants.push(part);
    this.event(cs, 'participant-join', part);
    if (cs.conf.status === 'init' && part.startConferenceOnEnter) {
      cs.conf.status = 'in-progress';
      cs.conf.startedAt = state.nowIso();
      this.event(cs, 'conference-start');
    }
    return part;
  }

  end(cs: ConfState, reason: string, endingCallSid: string | null): void {
    const c = cs.conf;
    if (c.status === 'completed') return;
    const now = this.ctx.state.nowIso();
    for (const other of c.participants) {
      if (other.leftAt) continue;
      other.leftAt = now;
      this.event(cs, 'participant-leave', other);
    }
    c.status = 'completed';
    c.endedAt = now;
    c.reasonEnded = reason;
    this.event(cs, 'conference-end', undefined, { ReasonConferenceEnded: reason, ...(endingCallSid ? { CallSidEndingConference: endingCallSid } : {}) });
  }

  leave(cs: ConfState, part: SimConferenceParticipant): void {
    if (part.leftAt) return;
    part.leftAt = this.ctx.state.nowIso();
    this.event(cs, 'participant-leave', part);
    if (cs.conf.status === 'completed') return;
    if (part.endConferenceOnExit) this.end(cs, 'participant-with-end-conference-on-exit-left', part.callSid);
    else if (cs.conf.participants.every((x) => x.leftAt)) this.end(cs, 'last-participant-left', part.callSid);
  }

  /** Someone changed a participant: an announcement only they hear (AnnounceUrl). */
  async announce(cs: ConfState, part: SimConferenceParticipant, url: string, method: string): Promise<void> {
    const { state, send, accountSid } = this.ctx;
    const call = state.call(part.callSid);
    const r = await send('announce', method, url, { AccountSid: accountSid, ConferenceSid: cs.conf.sid, CallSid: part.callSid }, cs.conf.requests);
    const doc = answeredDoc(r);
    if (!doc) {
      call?.errors.push(`announce ${url}: ${r.status}`);
      return;
    }
    for (const text of saysOf(doc)) {
      part.announcements.push(text);
      call?.transcript.push({ speaker: 'bot', text });
      await state.clock.sleep(speechMs(text));
    }
    this.event(cs, 'announcement-end', part);
  }

  /** A conference status callback, in order on the conference's own queue. */
  private event(cs: ConfState, event: string, part?: SimConferenceParticipant, extra: Record<string, string> = {}): void {
    const url = cs.statusCallback;
    const key = CONFERENCE_EVENT_KEY[event];
    if (!url || !key || !cs.events.has(key)) return;
    const { state, send, accountSid } = this.ctx;
    const c = cs.conf;
    const params: Record<string, string> = {
      AccountSid: accountSid,
      ConferenceSid: c.sid,
      FriendlyName: c.friendlyName,
      StatusCallbackEvent: event,
      SequenceNumber: String(cs.seq++),
      Timestamp: rfc2822(state.clock.now()),
      ...(part
        ? {
            CallSid: part.callSid,
            Muted: String(part.muted),
            Hold: String(part.hold),
            Coaching: 'false',
            EndConferenceOnExit: String(part.endConferenceOnExit),
            StartConferenceOnEnter: String(part.startConferenceOnEnter),
            ...(part.label ? { ParticipantLabel: part.label } : {}),
          }
        : {}),
      ...extra,
    };
    cs.cbQueue = cs.cbQueue.then(async () => {
      await send('conference', cs.statusMethod, url, params, c.requests);
    });
    void state.track(cs.cbQueue);
  }
}
