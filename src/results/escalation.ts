/**
 * Escalation to people: what happens when a callback goes to a human. Pure: no IO, no clock
 * (the caller passes `now`), so the telephony side, the workspace and the tests all get the
 * same answer.
 *
 * The tenant's rule decides, for an escalation (reason, order kind, segment, local time):
 * - during staffed hours (default Mon–Sat 09:00–18:00, Asia/Shanghai): a live transfer to the
 *   agents' queue, with a whisper to the agent saying who is on the line and why;
 * - otherwise, or when no agent picks up within `transferTimeoutSec` (default 30 s): a human
 *   callback task (an escalations row) with a deadline:
 *     complaint (and misconduct, which is a complaint against staff): contact within 2 hours
 *       (004 第六十条 "在2小时内与客户联系");
 *     dissatisfied, low score, not fixed, everything else: by the end of the next working day
 *       (004 第五十二条: failed automatic callbacks and every "不满意" go to a human callback;
 *       第五十四条: ask the concrete reason and have it handled in time).
 *   Both are tenant settings. Hour deadlines count staffed time by default (a complaint at
 *   23:00 is due 2 staffed hours after 09:00 next working day), or wall-clock time with
 *   `countOutsideStaffedHours`.
 * - Important and high-value customers (segment vip / high_value) get a human callback where
 *   possible (004 第五十二条): the default rule gives them a 4-hour deadline.
 * - A customer who opted out or is the wrong person is never called back (a review task only).
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { labelOf } from '../domain/labels.js';

const Hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** A deadline: a number of (staffed) hours, or the end of the n-th next working day. */
export const DeadlineSchema = z.union([
  z.strictObject({ hours: z.number().positive() }),
  z.strictObject({ workingDays: z.number().int().min(0), at: Hhmm.optional() }),
]);
export type Deadline = z.infer<typeof DeadlineSchema>;

/** One override of the defaults: the first whose conditions all match wins. */
export const EscalationOverrideSchema = z.strictObject({
  reason: z.union([z.string(), z.array(z.string())]).optional(),
  kind: z.union([z.string(), z.array(z.string())]).optional(),
  segment: z.union([z.string(), z.array(z.string())]).optional(),
  deadline: DeadlineSchema.optional(),
  /** 'task' forces a callback task even in staffed hours. */
  mode: z.enum(['transfer', 'task']).optional(),
});
export type EscalationOverride = z.infer<typeof EscalationOverrideSchema>;

/** A tenant's escalation rule. Every field has a default (DEFAULT_ESCALATION_RULE). */
export const EscalationRuleSchema = z.strictObject({
  timeZone: z.string().optional(),
  staffedHours: z
    .strictObject({
      /** ISO weekdays, 1 = Monday … 7 = Sunday. */
      days: z.array(z.number().int().min(1).max(7)).min(1),
      start: Hhmm,
      end: Hhmm,
    })
    .optional(),
  /** Dates (yyyy-mm-dd, local) that are not working days, e.g. public holidays. */
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).optional(),
  /** Seconds the live transfer rings before it falls back to a task. */
  transferTimeoutSec: z.number().int().min(5).max(600).optional(),
  /** The agents' queue name (a Twilio TaskRouter queue or conference name). */
  queue: z.string().optional(),
  /** Deadline per reason; `default` for the rest. */
  deadlines: z.record(z.string(), DeadlineSchema).optional(),
  /** Count hour deadlines in wall-clock time instead of staffed time. */
  countOutsideStaffedHours: z.boolean().optional(),
  /** Reasons that never go to a live transfer (the customer left or must not be called). */
  noTransferReasons: z.array(z.string()).optional(),
  /** Reasons that never get a human callback (only a review): opt-out, wrong person. */
  noCallReasons: z.array(z.string()).optional(),
  overrides: z.array(EscalationOverrideSchema).optional(),
});
export type EscalationRuleInput = z.infer<typeof EscalationRuleSchema>;

export interface EscalationRule {
  timeZone: string;
  staffedHours: { days: number[]; start: string; end: string };
  holidays: string[];
  transferTimeoutSec: number;
  queue: string;
  deadlines: Record<string, Deadline>;
  countOutsideStaffedHours: boolean;
  noTransferReasons: string[];
  noCallReasons: string[];
  overrides: EscalationOverride[];
}

export const DEFAULT_ESCALATION_RULE: EscalationRule = {
  timeZone: 'Asia/Shanghai',
  staffedHours: { days: [1, 2, 3, 4, 5, 6], start: '09:00', end: '18:00' },
  holidays: [],
  transferTimeoutSec: 30,
  queue: 'huifang-agents',
  deadlines: {
    complaint: { hours: 2 }, // 004 第六十条
    misconduct: { hours: 2 }, // a complaint against staff (000 第四十三条)
    dissatisfied: { workingDays: 1 }, // 004 第五十二条, 第五十四条
    low_score: { workingDays: 1 },
    not_fixed: { workingDays: 1 },
    not_resolved: { workingDays: 1 },
    human_requested: { workingDays: 1 },
    default: { workingDays: 1 },
  },
  countOutsideStaffedHours: false,
  noTransferReasons: ['hung_up', 'opt_out', 'wrong_person', 'low_confidence', 'abusive'],
  noCallReasons: ['opt_out', 'wrong_person'],
  overrides: [{ segment: ['vip', 'high_value'], deadline: { hours: 4 } }],
};

/** Merge a tenant's stored rule over the defaults (deadlines merge per reason). */
export function resolveEscalationRule(input?: EscalationRuleInput | null, tenantTimeZone?: string): EscalationRule {
  const r = input ? EscalationRuleSchema.parse(input) : {};
  return {
    timeZone: r.timeZone ?? tenantTimeZone ?? DEFAULT_ESCALATION_RULE.timeZone,
    staffedHours: r.staffedHours ?? DEFAULT_ESCALATION_RULE.staffedHours,
    holidays: r.holidays ?? DEFAULT_ESCALATION_RULE.holidays,
    transferTimeoutSec: r.transferTimeoutSec ?? DEFAULT_ESCALATION_RULE.transferTimeoutSec,
    queue: r.queue ?? DEFAULT_ESCALATION_RULE.queue,
    deadlines: { ...DEFAULT_ESCALATION_RULE.deadlines, ...(r.deadlines ?? {}) },
    countOutsideStaffedHours: r.countOutsideStaffedHours ?? DEFAULT_ESCALATION_RULE.countOutsideStaffedHours,
    noTransferReasons: r.noTransferReasons ?? DEFAULT_ESCALATION_RULE.noTransferReasons,
    noCallReasons: r.noCallReasons ?? DEFAULT_ESCALATION_RULE.noCallReasons,
    overrides: r.overrides ?? DEFAULT_ESCALATION_RULE.overrides,
  };
}

export interface EscalationInput {
  /** dissatisfied, low_score, not_fixed, not_resolved, complaint, human_requested, misconduct, … */
  reason: string;
  /** The work order's kind (install, repair, complaint, heating-repair, …). */
  orderKind?: string | null;
  /** vip, high_value, … */
  segment?: string | null;
  /** The moment of the escalation. */
  now: Date;
  /** The tenant's rule (stored input or resolved); defaults when absent. */
  rule?: EscalationRule | EscalationRuleInput | null;
  /** The tenant's time zone when the rule does not name one. */
  timeZone?: string;
  /** The live transfer was tried and nobody picked up: give the task. */
  transferFailed?: boolean;
  /** Only a task can be made (SMS, chat, or a call already over). */
  channelCanTransfer?: boolean;
  /** Who, for the whisper: never a phone number; no name when anonymous. */
  who?: { name?: string | null; anonymous?: boolean } | null;
  /** A short detail for the whisper (e.g. "score 3"). */
  detail?: string | null;
}

export interface EscalationPlan {
  mode: 'transfer' | 'task';
  /**
   * When the human callback is due: the task's deadline. For a transfer this is the deadline
   * of the fallback task, should nobody pick up. Null when no call back is allowed.
   */
  dueAt: Date | null;
  /** What the agent hears before being connected (Mandarin); also the task's detail line. */
  whisper: string;
  reason: string;
  /** Where to transfer, and for how long it rings. */
  queue: string;
  transferTimeoutSec: number;
  /** Whether the customer may be called back at all (false for opt-out, wrong person). */
  callBack: boolean;
  /** The rule that set the deadline, for the record: e.g. "hours:2 (004 第六十条)". */
  basis: string;
}

/** The Chinese label of a reason, from the one label table (src/domain/labels.ts; falls back to the code). */
export function reasonLabel(reason: string): string {
  return labelOf('reason', reason);
}

const CLAUSE: Record<string, string> = {
  complaint: '004 第六十条',
  misconduct: '000 第四十三条; 004 第六十条',
  dissatisfied: '004 第五十二条, 第五十四条',
  low_score: '004 第五十二条, 第五十四条',
  not_fixed: '004 第五十二条, 第五十四条',
};

function matches(cond: string | string[] | undefined, value: string | null | undefined): boolean {
  if (cond === undefined) return true;
  if (value === null || value === undefined) return false;
  return Array.isArray(cond) ? cond.includes(value) : cond === value;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function isWorkingDay(rule: EscalationRule, d: DateTime): boolean {
  return rule.staffedHours.days.includes(d.weekday) && !rule.holidays.includes(d.toISODate() ?? '');
}

/** Whether `now` falls within the rule's staffed hours. */
export function isStaffed(now: Date, rule: EscalationRule = DEFAULT_ESCALATION_RULE): boolean {
  const t = DateTime.fromJSDate(now, { zone: rule.timeZone });
  if (!isWorkingDay(rule, t)) return false;
  const m = t.hour * 60 + t.minute;
  return m >= minutesOf(rule.staffedHours.start) && m < minutesOf(rule.staffedHours.end);
}

function atMinutes(day: DateTime, minutes: number): DateTime {
  return day.startOf('day').set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
}

/** Add `hours` of staffed time to `from` (time outside staffed hours does not count). */
export function addStaffedHours(from: Date, hours: number, rule: EscalationRule = DEFAULT_ESCALATION_RULE): Date {
  const start = minutesOf(rule.staffedHours.start);
  const end = minutesOf(rule.staffedHours.end);
  let left = Math.round(hours * 60);
  let t: DateTime = DateTime.fromJSDate(from, { zone: rule.timeZone });
  for (let guard = 0; guard < 800; guard++) {
    if (isWorkingDay(rule, t)) {
      const m = t.hour * 60 + t.minute + t.second / 60;
      if (m < end) {
        const from2 = m < start ? atMinutes(t, start) : t;
        const fromM = from2.hour * 60 + from2.minute + from2.second / 60;
        const avail = end - fromM;
        if (left <= avail) return from2.plus({ minutes: left }).toJSDate();
        left -= avail;
      }
    }
    t = atMinutes(t.plus({ days: 1 }), 0);
  }
  throw new Error('addStaffedHours: no staffed time in the rule');
}

/** The end of staffed hours (or `at`) of the n-th working day after `from`'s local date. */
export function nthWorkingDayEnd(from: Date, n: number, rule: EscalationRule = DEFAULT_ESCALATION_RULE, at?: string): Date {
  let d: DateTime = DateTime.fromJSDate(from, { zone: rule.timeZone });
  let count = 0;
  const endM = minutesOf(at ?? rule.staffedHours.end);
  if (n === 0) {
    // The same working day, or the next one if today is not one / its time has passed.
    const m = d.hour * 60 + d.minute;
    if (isWorkingDay(rule, d) && m < endM) return atMinutes(d, endM).toJSDate();
    n = 1;
  }
  for (let guard = 0; guard < 800; guard++) {
    d = d.plus({ days: 1 });
    if (isWorkingDay(rule, d) && ++count === n) return atMinutes(d, endM).toJSDate();
  }
  throw new Error('nthWorkingDayEnd: no working day in the rule');
}

function deadlineOf(rule: EscalationRule, input: EscalationInput): { deadline: Deadline; basis: string; forceTask: boolean } {
  for (const o of rule.overrides) {
    if (matches(o.reason, input.reason) && matches(o.kind, input.orderKind) && matches(o.segment, input.segment)) {
      const base = rule.deadlines[input.reason] ?? rule.deadlines.default ?? { workingDays: 1 };
      const deadline = o.deadline ? earlier(o.deadline, base) : base;
      return { deadline, basis: `override ${JSON.stringify(o)}`, forceTask: o.mode === 'task' };
    }
  }
  // A complaint work order's callback is about a complaint (004 第六十条) whatever the answer.
  // A complaint said in the call (complaint:<category>, issue 13) has the complaint's deadline.
  const key = rule.deadlines[input.reason]
    ? input.reason
    : (input.orderKind === 'complaint' || input.reason.startsWith('complaint:')) && rule.deadlines.complaint
      ? 'complaint'
      : 'default';
  const deadline = rule.deadlines[key] ?? { workingDays: 1 };
  return { deadline, basis: CLAUSE[key] ?? 'tenant default', forceTask: false };
}

/** Of an override and the reason's own deadline, the stricter one when both are hours. */
function earlier(a: Deadline, b: Deadline): Deadline {
  if ('hours' in a && 'hours' in b) return a.hours <= b.hours ? a : b;
  if ('hours' in b && 'workingDays' in a) return b; // an hours deadline (complaint) stays
  return a;
}

function dueAtOf(now: Date, deadline: Deadline, rule: EscalationRule): Date {
  if ('hours' in deadline) {
    return rule.countOutsideStaffedHours
      ? new Date(now.getTime() + deadline.hours * 3_600_000)
      : addStaffedHours(now, deadline.hours, rule);
  }
  return nthWorkingDayEnd(now, deadline.workingDays, rule, deadline.at);
}

function describe(d: Deadline): string {
  return 'hours' in d ? `hours:${d.hours}` : `workingDays:${d.workingDays}${d.at ? `@${d.at}` : ''}`;
}

/**
 * Decide how an escalation goes to a person.
 *
 * @example
 *   const plan = escalationPlan({ reason: 'complaint', orderKind: 'repair', now, who: { name: '王女士' } });
 *   if (plan.mode === 'transfer') dialQueue(plan.queue, plan.whisper, plan.transferTimeoutSec);
 *   else createTask({ dueAt: plan.dueAt, detail: plan.whisper });
 */
export function escalationPlan(input: EscalationInput): EscalationPlan {
  const rule = resolveEscalationRule(input.rule, input.timeZone);
  const callBack = !rule.noCallReasons.includes(input.reason);
  const { deadline, basis, forceTask } = deadlineOf(rule, input);
  const dueAt = callBack ? dueAtOf(input.now, deadline, rule) : null;
  const canTransfer =
    callBack &&
    !forceTask &&
    !input.transferFailed &&
    input.channelCanTransfer !== false &&
    !rule.noTransferReasons.includes(input.reason) &&
    isStaffed(input.now, rule);
  const anonymous = input.who?.anonymous === true;
  const name = anonymous ? '匿名客户' : input.who?.name?.trim() || '客户';
  const kind = input.orderKind ? labelOf('kind', input.orderKind) : null;
  const whisper = [
    `回访转人工：${name}`,
    kind ? `${kind}工单` : null,
    `原因：${reasonLabel(input.reason)}${input.detail ? `（${input.detail}）` : ''}`,
  ]
    .filter(Boolean)
    .join('，');
  return {
    mode: canTransfer ? 'transfer' : 'task',
    dueAt,
    whisper,
    reason: input.reason,
    queue: rule.queue,
    transferTimeoutSec: rule.transferTimeoutSec,
    callBack,
    basis: `${describe(deadline)} (${basis})`,
  };
}
