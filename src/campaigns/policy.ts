/**
 * The contact policy: a pure planner. Given a tenant's policy, a work order or a callback's
 * history and the time, it says what to do and when — never outside the calling windows,
 * never past the attempt limits, never after an opt-out. No IO, no clock: `now` is passed in.
 *
 * Defaults follow the companies' rules (see ../shared/domain.md):
 * - which kind of work order gets which dialog, and its callback's window: the domain's table
 *   (src/domain/deadlines.ts, which also says how 003 四.4(7) "48 hours after the repair" is
 *   read), the same the reports count "on time" by;
 * - the channel ladder (004 第五十二条): voice; no answer -> retry (at most 3 calls,
 *   >= 60 min apart, <= 3 a day); then SMS; then a human callback task; important and
 *   high-value customers get a human first;
 * - a dropped call is called back promptly and resumes at its step (003 二.3(4));
 * - no over-contact (004 第五十条): one customer at most once per N days, and several orders
 *   of one customer finished close together make one callback; at most 3 calls to one number in
 *   24 hours, whoever placed them (src/domain/contact.ts: carriers block callers that ring one
 *   person more often);
 * - an early-media failure (空号, 停机: no retry, a person checks the number; 关机: a text at
 *   once instead of another call) is not a no-answer (src/domain/contact.ts).
 */
import { DateTime } from 'luxon';
import { isFinal, type CallbackStatus } from '../domain/callbacks.js';
import { AFTER_EARLY_MEDIA, capFreeAt, NUMBER_CALL_CAP, type FailureReason } from '../domain/contact.js';
import { dueWindow, KIND_RULES, type KindRule } from '../domain/deadlines.js';

export type { KindRule };

export type Channel = 'voice' | 'sms' | 'chat';

export interface ContactPolicy {
  timeZone: string;
  /**
   * Calling windows of a day, local time "HH:MM", in order; gaps between them are breaks. An
   * end of "23:59" or "24:00" runs to midnight, so 00:00–23:59 is any time of day.
   */
  windows: { start: string; end: string }[];
  /** ISO weekdays (1 = Monday … 7 = Sunday) with no calls. */
  closedWeekdays: number[];
  /** Local dates YYYY-MM-DD with no calls. */
  holidays: string[];
  /**
   * Make-up working days (调休): local dates YYYY-MM-DD with calls whatever their weekday — the
   * Saturday or Sunday worked in exchange for a longer holiday. A holiday on the same date wins.
   */
  workdays: string[];
  voice: { maxAttempts: number; minGapMinutes: number; maxPerDay: number };
  /** After a dropped call: call back this soon (003 二.3(4)). */
  droppedCallRetryMinutes: number;
  /** After an answering machine: try again this much later. */
  machineRetryMinutes: number;
  /** After "not now" without a time. */
  notNowRetryMinutes: number;
  sms: { enabled: boolean };
  chat: { enabled: boolean };
  /** A human callback task is due this many hours after it is created. */
  humanTaskHours: number;
  /** Segments that get a human first (004 第五十二条). */
  humanFirstSegments: string[];
  /** At most one contact per customer per this many days (004 第五十条). */
  minDaysBetweenContacts: number;
  /** Orders of one customer finished within this many hours make one callback. */
  mergeWindowHours: number;
  kinds: Record<string, KindRule>;
}

export const DEFAULT_POLICY: ContactPolicy = {
  timeZone: 'Asia/Shanghai',
  windows: [
    { start: '09:00', end: '12:00' },
    { start: '13:30', end: '21:00' },
  ],
  closedWeekdays: [],
  holidays: [],
  workdays: [],
  voice: { maxAttempts: 3, minGapMinutes: 60, maxPerDay: 3 },
  droppedCallRetryMinutes: 5,
  machineRetryMinutes: 120,
  notNowRetryMinutes: 120,
  sms: { enabled: true },
  chat: { enabled: true },
  humanTaskHours: 24,
  humanFirstSegments: ['vip', 'high_value'],
  minDaysBetweenContacts: 1,
  mergeWindowHours: 24,
  kinds: { ...KIND_RULES },
};

/** A policy with a tenant's overrides merged over the defaults. */
export function policyWith(over: Partial<ContactPolicy> = {}): ContactPolicy {
  return {
    ...DEFAULT_POLICY,
    ...over,
    voice: { ...DEFAULT_POLICY.voice, ...(over.voice ?? {}) },
    sms: { ...DEFAULT_POLICY.sms, ...(over.sms ?? {}) },
    chat: { ...DEFAULT_POLICY.chat, ...(over.chat ?? {}) },
    kinds: { ...DEFAULT_POLICY.kinds, ...(over.kinds ?? {}) },
  };
}

/**
 * A tenant's calendar as its settings hold it (src/store/repos/tenants.ts): the policy reads
 * nothing else of a tenant.
 */
export interface TenantCalendar {
  timeZone: string;
  settings?: {
    /** Replaces the default windows exactly as given; one object is the older single-window form. */
    callingHours?: { start: string; end: string } | { start: string; end: string }[];
    /** ISO weekdays with calls (default every day). */
    callingDays?: number[];
    holidays?: string[];
    workdays?: string[];
  };
}

/**
 * The policy for a tenant: the defaults, with the tenant's zone and, where the tenant gives
 * them, its calling hours (which replace the default windows exactly as given), its calling
 * days, its holidays and its make-up working days (调休). Only the holidays a tenant lists
 * apply: the defaults have none. Without a tenant: the defaults in Asia/Shanghai.
 */
export function tenantPolicy(t: TenantCalendar | null | undefined, over: Partial<ContactPolicy> = {}): ContactPolicy {
  const s = t?.settings ?? {};
  const hours = s.callingHours === undefined ? undefined : Array.isArray(s.callingHours) ? s.callingHours : [s.callingHours];
  return policyWith({
    timeZone: t?.timeZone ?? DEFAULT_POLICY.timeZone,
    ...(hours ? { windows: [...hours].sort((a, b) => minutes(a.start) - minutes(b.start)) } : {}),
    ...(s.callingDays ? { closedWeekdays: [1, 2, 3, 4, 5, 6, 7].filter((d) => !s.callingDays!.includes(d)) } : {}),
    ...(s.holidays ? { holidays: [...s.holidays] } : {}),
    ...(s.workdays ? { workdays: [...s.workdays] } : {}),
    ...over,
  });
}

/* ------------------------------------------------------------ calling windows */

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The end of a window in minutes of the day: 23:59 and 24:00 run to midnight. */
function endMinutes(hhmm: string): number {
  return hhmm === '23:59' || hhmm === '24:00' ? 24 * 60 : minutes(hhmm);
}

/** Calls on this local day? A holiday never; a make-up working day always; else by weekday. */
function dayOpen(d: DateTime, p: ContactPolicy): boolean {
  const date = d.toISODate() ?? '';
  if (p.holidays.includes(date)) return false;
  if (p.workdays.includes(date)) return true;
  return !p.closedWeekdays.includes(d.weekday);
}

/** Is `t` inside a calling window (customer's local time, a calling day, not a holiday)? */
export function insideWindow(t: Date, p: ContactPolicy): boolean {
  const d = DateTime.fromJSDate(t, { zone: p.timeZone });
  if (!dayOpen(d, p)) return false;
  const m = d.hour * 60 + d.minute + d.second / 60;
  return p.windows.some((w) => m >= minutes(w.start) && m < endMinutes(w.end));
}

/** The earliest moment >= t inside a calling window. */
export function nextOpening(t: Date, p: ContactPolicy): Date {
  let d = DateTime.fromJSDate(t, { zone: p.timeZone });
  for (let i = 0; i < 400; i++) {
    if (dayOpen(d, p)) {
      const m = d.hour * 60 + d.minute + d.second / 60 + d.millisecond / 60000;
      for (const w of p.windows) {
        if (m < endMinutes(w.end)) {
          if (m >= minutes(w.start)) return d.toJSDate();
          return d.startOf('day').plus({ minutes: minutes(w.start) }).toJSDate();
        }
      }
    }
    d = d.startOf('day').plus({ days: 1 });
  }
  throw new Error('no calling window in the next 400 days: check the policy');
}

/* --------------------------------------------------------------- planning */

export interface OrderToPlan {
  id: string;
  kind: string;
  finishedAt: Date;
  customerId: string | null;
  segment?: string | null;
}

export interface PlannedCallback {
  /** The order the callback is for; `covers` lists the others it also covers. */
  workOrderId: string;
  covers: string[];
  dialog: string;
  campaign: string;
  dueFrom: Date;
  dueBy: Date;
  mandatory: boolean;
  /** Start with a human (004 第五十二条: important and high-value customers). */
  humanFirst: boolean;
}

export type Unplanned = { workOrderId: string; reason: 'no_rule' | 'no_customer' };

/**
 * Plan callbacks for finished work orders: which dialog, the due window, and one callback
 * for several orders of one customer finished within `mergeWindowHours` (004 第五十条).
 */
export function planCallbacks(orders: OrderToPlan[], p: ContactPolicy): { planned: PlannedCallback[]; unplanned: Unplanned[] } {
  const planned: PlannedCallback[] = [];
  const unplanned: Unplanned[] = [];
  const sorted = [...orders].sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime() || a.id.localeCompare(b.id));
  planStream(sorted, p, (cb) => planned.push(cb), (u) => unplanned.push(u));
  return { planned, unplanned };
}

/**
 * The planner as a stream, for any number of orders in bounded memory: `orders` must come in
 * order of finish time (as `ORDER BY finished_at` gives them); a callback is emitted as soon
 * as no later order can merge into it any more, so only the last `mergeWindowHours` of open
 * callbacks are held.
 */
export function planStream(
  orders: Iterable<OrderToPlan>,
  p: ContactPolicy,
  emit: (cb: PlannedCallback) => void,
  skip: (u: Unplanned) => void = () => undefined,
): void {
  const windowMs = p.mergeWindowHours * 3_600_000;
  const open = new Map<string, { cb: PlannedCallback; firstFinished: number }>();
  let lastEvict = -Infinity;
  for (const o of orders) {
    const t = o.finishedAt.getTime();
    // Emit what can no longer take a merge (checked at most once per window/4 of input time).
    if (t - lastEvict > windowMs / 4) {
      for (const [k, e] of open) {
        if (t - e.firstFinished >= windowMs) {
          emit(e.cb);
          open.delete(k);
        }
      }
      lastEvict = t;
    }
    const rule = p.kinds[o.kind];
    if (!rule) {
      skip({ workOrderId: o.id, reason: 'no_rule' });
      continue;
    }
    if (!o.customerId) {
      skip({ workOrderId: o.id, reason: 'no_customer' });
      continue;
    }
    const key = `${o.customerId}|${rule.campaign === 'sampling' ? 'sampling' : 'service'}`;
    const entry = open.get(key);
    const { dueFrom, dueBy } = dueWindow(rule, o.finishedAt);
    if (entry && t - entry.firstFinished < windowMs && entry.cb.dueBy.getTime() >= dueFrom.getTime()) {
      // One call covers both: keep the earliest deadline, start no earlier than the later order allows.
      const cb = entry.cb;
      cb.covers.push(o.id);
      if (dueFrom > cb.dueFrom) cb.dueFrom = dueFrom;
      if (dueBy < cb.dueBy) cb.dueBy = dueBy;
      if (cb.dueFrom > cb.dueBy) cb.dueFrom = cb.dueBy;
      cb.humanFirst ||= p.humanFirstSegments.includes(o.segment ?? '');
      continue;
    }
    if (entry) emit(entry.cb);
    open.set(key, {
      cb: {
        workOrderId: o.id,
        covers: [],
        dialog: rule.dialog,
        campaign: rule.campaign,
        dueFrom,
        dueBy,
        mandatory: rule.mandatory,
        humanFirst: p.humanFirstSegments.includes(o.segment ?? ''),
      },
      firstFinished: t,
    });
  }
  for (const e of open.values()) emit(e.cb);
}

/* ------------------------------------------------------------ the ladder */

export type AttemptOutcome = 'answered' | 'no-answer' | 'busy' | 'failed' | 'machine' | 'hung_up' | null;

export interface AttemptView {
  channel: Channel | 'simulator';
  startedAt: Date;
  /** null while in progress. */
  outcome: AttemptOutcome;
  /** The carrier's early-media result of a failed call (空号, 关机, 停机), when the provider reports one. */
  failureReason?: FailureReason | null;
}

export interface CallbackView {
  status: CallbackStatus;
  dueFrom: Date;
  dueBy: Date;
  /** The customer's own time ("call me at 3 pm"). */
  callbackAt: Date | null;
  humanFirst: boolean;
  mandatory: boolean;
  doNotContact: boolean;
  hasChatAddress?: boolean;
  /** A human task already exists for this callback. */
  humanTaskOpen: boolean;
  attempts: AttemptView[];
  /** The last time this customer was reached by any other callback (004 第五十条). */
  lastOtherContactAt: Date | null;
  /** Start times of the calls placed to the customer's number in the last day, by any callback (the per-number cap). */
  numberCalls?: Date[];
}

export type Decision =
  | { action: 'contact'; channel: Channel; at: Date; resume: boolean; reason: string }
  | { action: 'human_task'; dueAt: Date; reason: 'vip' | 'unreachable' | 'machine' | 'bad_number' }
  | { action: 'wait'; reason: string }
  | { action: 'stop'; reason: string };

const isVoice = (a: AttemptView) => a.channel === 'voice' || a.channel === 'simulator';

/**
 * What to do next with a callback. `at` is always inside a calling window; the caller dials
 * when `at <= now`. Pure: the same view and policy give the same decision.
 */
export function decideNext(cb: CallbackView, p: ContactPolicy, now: Date): Decision {
  if (isFinal(cb.status)) return { action: 'stop', reason: cb.status };
  if (cb.doNotContact) return { action: 'stop', reason: 'do_not_contact' };
  if (cb.attempts.some((a) => a.outcome === null)) return { action: 'wait', reason: 'attempt_in_progress' };
  if (cb.humanTaskOpen) return { action: 'wait', reason: 'human_task_open' };
  const taskDue = () => new Date(now.getTime() + p.humanTaskHours * 3_600_000);
  if (cb.humanFirst && cb.attempts.length === 0) return { action: 'human_task', dueAt: taskDue(), reason: 'vip' };

  const voice = cb.attempts.filter(isVoice).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const texts = cb.attempts.filter((a) => a.channel === 'sms' || a.channel === 'chat');
  const last = voice.at(-1);
  // An early-media failure is not a no-answer (src/domain/contact.ts): 空号/停机 go to a
  // person at once; after 关机 no more calls, the ladder's text goes out now.
  const early = last?.failureReason ? AFTER_EARLY_MEDIA[last.failureReason] : null;
  if (early === 'human_task') return { action: 'human_task', dueAt: taskDue(), reason: 'bad_number' };
  const earliest = (t: Date) => {
    let at = new Date(Math.max(t.getTime(), cb.dueFrom.getTime(), now.getTime()));
    if (cb.lastOtherContactAt && !texts.length) {
      const spaced = cb.lastOtherContactAt.getTime() + p.minDaysBetweenContacts * 86_400_000;
      at = new Date(Math.max(at.getTime(), spaced));
    }
    return nextOpening(at, p);
  };

  if (voice.length < p.voice.maxAttempts && !texts.length && early !== 'text') {
    // The customer's own time is kept ("下午三点再打").
    if (cb.status === 'rescheduled' && cb.callbackAt && (!last || cb.callbackAt > last.startedAt)) {
      return { action: 'contact', channel: 'voice', at: earliest(cb.callbackAt), resume: false, reason: 'customer_time' };
    }
    let t = cb.dueFrom;
    let reason = 'first_call';
    let resume = false;
    if (last) {
      const gap =
        last.outcome === 'hung_up'
          ? p.droppedCallRetryMinutes
          : last.outcome === 'machine'
            ? p.machineRetryMinutes
            : cb.status === 'rescheduled'
              ? p.notNowRetryMinutes
              : p.voice.minGapMinutes;
      t = new Date(last.startedAt.getTime() + Math.max(gap, last.outcome === 'hung_up' ? 0 : p.voice.minGapMinutes) * 60_000);
      reason = last.outcome === 'hung_up' ? 'dropped_call' : last.outcome === 'machine' ? 'machine_retry' : 'retry';
      resume = last.outcome === 'hung_up';
    }
    let at = earliest(t);
    // At most maxPerDay calls on one local day; then the next day's first window.
    for (let guard = 0; guard < 14; guard++) {
      const day = DateTime.fromJSDate(at, { zone: p.timeZone }).toISODate();
      const sameDay = voice.filter((a) => DateTime.fromJSDate(a.startedAt, { zone: p.timeZone }).toISODate() === day).length;
      if (sameDay < p.voice.maxPerDay) break;
      at = nextOpening(DateTime.fromJSDate(at, { zone: p.timeZone }).startOf('day').plus({ days: 1 }).toJSDate(), p);
    }
    // The per-number cap (3 calls in 24 hours, src/domain/contact.ts), then a calling window again.
    const calls = cb.numberCalls ?? [];
    for (let guard = 0; guard < 8 && calls.length >= NUMBER_CALL_CAP.calls; guard++) {
      const free = capFreeAt(calls, at);
      if (free.getTime() === at.getTime()) break;
      at = nextOpening(free, p);
    }
    // A dropped call or the customer's own time is worth a call even past the deadline;
    // otherwise past the deadline the ladder moves on to text.
    if (at <= cb.dueBy || resume || !voice.length) return { action: 'contact', channel: 'voice', at, resume, reason };
  }
  if (!texts.length) {
    const channel: Channel | null = cb.hasChatAddress && p.chat.enabled ? 'chat' : p.sms.enabled ? 'sms' : null;
    if (channel) return { action: 'contact', channel, at: earliest(now), resume: false, reason: 'voice_exhausted' };
  }
  // Automatic callbacks that failed go to a person (004 第五十二条).
  return { action: 'human_task', dueAt: taskDue(), reason: voice.at(-1)?.outcome === 'machine' ? 'machine' : 'unreachable' };
}
