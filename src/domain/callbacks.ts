/**
 * The life of a callback: its statuses, which of them are final, and which moves between
 * them are allowed. Pure and import-free: the store applies the table in one guarded
 * statement (`callbacks.transition`), the scheduler and the reports read the same lists.
 *
 *   pending ──(an attempt starts / the scheduler claims it)──▶ in_progress
 *   in_progress ──(the turn that ends the dialog)──▶ completed | escalated | opted_out | rescheduled | incomplete | failed
 *   in_progress ──(the attempt ended without a result)──▶ incomplete
 *   rescheduled, incomplete ──(the next attempt)──▶ in_progress
 *   any open status ──(do-not-contact, a turn ending the dialog)──▶ opted_out, completed, …
 *   completed, escalated, opted_out, failed: final; nothing moves them (a re-survey is a new callback).
 */

export const CALLBACK_STATUSES = [
  'pending',
  'in_progress',
  'completed',
  'escalated',
  'rescheduled',
  'opted_out',
  'incomplete',
  'failed',
] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** Statuses after which nothing more happens to a callback (a finished callback). */
export const FINAL_STATUSES = ['completed', 'escalated', 'opted_out', 'failed'] as const satisfies readonly CallbackStatus[];
export type FinalStatus = (typeof FINAL_STATUSES)[number];

/** Statuses in which the customer was reached (the callback got an answer or a clear wish). */
export const REACHED_STATUSES = ['completed', 'escalated', 'opted_out'] as const satisfies readonly CallbackStatus[];

/** Whether a status is final. */
export function isFinal(status: CallbackStatus): status is FinalStatus {
  return (FINAL_STATUSES as readonly CallbackStatus[]).includes(status);
}

/** Statuses a turn or the scheduler may end an open callback with. */
const ENDINGS = ['completed', 'escalated', 'opted_out', 'rescheduled', 'incomplete', 'failed'] as const satisfies readonly CallbackStatus[];

/**
 * The allowed moves: `TRANSITIONS[from]` lists the statuses a callback in `from` may move to.
 * - `in_progress` is entered only from a status that is not already in progress: taking it is
 *   the claim that keeps two workers from dialling the same callback.
 * - `rescheduled` and `incomplete` may be set again (a second reschedule, a late hang-up turn
 *   recording its outcome).
 * - Final statuses go nowhere: a second path to a final status (the scheduler's do-not-contact
 *   stop after the dialog's own opt-out) changes nothing and writes no second event.
 */
export const TRANSITIONS: Readonly<Record<CallbackStatus, readonly CallbackStatus[]>> = {
  pending: ['in_progress', ...ENDINGS],
  in_progress: [...ENDINGS],
  rescheduled: ['in_progress', ...ENDINGS],
  incomplete: ['in_progress', ...ENDINGS],
  completed: [],
  escalated: [],
  opted_out: [],
  failed: [],
};

/** Whether `from` may move to `to`. */
export function canTransition(from: CallbackStatus, to: CallbackStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses from which `to` may be entered (what the guarded UPDATE's WHERE clause lists). */
export function statusesLeadingTo(to: CallbackStatus): CallbackStatus[] {
  return CALLBACK_STATUSES.filter((from) => canTransition(from, to));
}

/** How a dialog ended (the engine's outcome) as a callback status. */
export const OUTCOME_STATUS = {
  completed: 'completed',
  escalated: 'escalated',
  rescheduled: 'rescheduled',
  opted_out: 'opted_out',
  incomplete: 'incomplete',
  hung_up: 'incomplete',
} as const satisfies Record<string, CallbackStatus>;
export type DialogOutcome = keyof typeof OUTCOME_STATUS;

/** Channels an attempt is made on. */
export const ATTEMPT_CHANNELS = ['voice', 'sms', 'chat', 'simulator'] as const;
export type AttemptChannel = (typeof ATTEMPT_CHANNELS)[number];

/** How a contact attempt ended. */
export const ATTEMPT_OUTCOMES = ['answered', 'no-answer', 'busy', 'failed', 'machine', 'hung_up'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];
