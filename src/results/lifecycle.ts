/**
 * The owner of the callback lifecycle: every move of a callback's status goes through
 * `moveCallback` (the store's guarded `callbacks.transition`, with the transition table of
 * src/domain/callbacks.ts), and a move to a final status writes its write-back event in the
 * same transaction. So every path to a final status — the turn that ends a dialog, the
 * scheduler's do-not-contact stop, an SMS opt-out, a task board — writes the same event,
 * once: a second path finds the callback final already and changes nothing.
 *
 * Final status -> event (Standard Webhooks, src/results/writeback.ts):
 *   completed -> callback.completed; opted_out -> callback.completed (outcome "opted_out": the
 *   work-order system should close it; the outcome tells the opt-out apart);
 *   escalated -> callback.escalated; failed -> callback.failed (004 第五十二条: a human takes over).
 */
import type { CallbackStatus } from '../domain/callbacks.js';
import type { Repos, Store } from '../store/index.js';
import type { Callback } from '../store/repos/callbacks.js';
import { buildCallbackEvent, type CallbackEventType, type CallbackSnapshot } from './writeback.js';

/** The write-back event a final status brings. */
export const EVENT_OF_STATUS: Readonly<Partial<Record<CallbackStatus, CallbackEventType>>> = {
  completed: 'callback.completed',
  escalated: 'callback.escalated',
  opted_out: 'callback.completed',
  failed: 'callback.failed',
};

export interface MoveOptions {
  /** The dialog's outcome (or the reason it ended without one, e.g. "opted_out"). */
  outcome?: string | null;
  /** The attempt the move comes from (the event's channel and times). */
  attemptId?: string | null;
  /** Only from these statuses (a subset of what the table allows). */
  from?: readonly CallbackStatus[];
  /** Refuse while an attempt has no outcome (the scheduler's claim). */
  unlessAttemptOpen?: boolean;
  nextActionAt?: Date | string | null;
  lastDecision?: string | null;
}

export interface Moved {
  /** The callback as written; null when the move was not allowed (nothing was written). */
  callback: Callback | null;
  /** Ids (webhook-id) of the outbox events written. */
  events: string[];
}

type Tx = Repos;

/** Move a callback inside the caller's transaction (see the module comment). */
export async function moveCallback(tx: Tx, callbackId: string, to: CallbackStatus, o: MoveOptions, now: Date): Promise<Moved> {
  const { attemptId, ...transition } = o;
  const callback = await tx.callbacks.transition(callbackId, to, transition);
  const type = callback ? EVENT_OF_STATUS[to] : undefined;
  if (!callback || !type) return { callback, events: [] };
  const snap = await loadSnapshot(tx, callback, attemptId ?? null);
  const ev = await tx.outbox.enqueue({ tenantId: callback.tenantId, eventType: type, payload: buildCallbackEvent(type, snap, now) });
  return { callback, events: [ev.id] };
}

/** Move a callback in a transaction of its own. */
export async function finishCallback(store: Store, callbackId: string, to: CallbackStatus, o: MoveOptions = {}): Promise<Moved> {
  return store.transaction((tx) => moveCallback(tx, callbackId, to, o, store.now()));
}

/** Read what the write-back event is built from (inside the caller's transaction). */
export async function loadSnapshot(tx: Tx, callback: Callback, attemptId: string | null): Promise<CallbackSnapshot> {
  const covered = await tx.callbacks.coveredExternalIds(callback.id);
  return {
    callback,
    workOrderExternalId: covered.own,
    coveredExternalIds: covered.all,
    attempts: await tx.callbacks.attempts(callback.id),
    attemptId,
    answers: await tx.results.answers(callback.id),
    scores: await tx.results.scores(callback.id),
    escalations: await tx.results.escalations(callback.id),
    flags: await tx.results.flags(callback.id),
  };
}
