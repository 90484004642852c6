/**
 * Persist one dialog turn: the session (versioned) and the effects of the turn, in ONE
 * transaction. A conflict or a rejected effect leaves nothing written.
 *
 * Effects and where they go:
 * - record_answer -> answers; set_score -> scores (level by the tenant's rules);
 *   flag -> flags; escalate -> escalations (due time from the caller);
 *   reschedule -> callbacks.callback_at; opt_out -> do_not_contact (tenant-wide).
 * - end -> callback status/outcome/completed_at and, for a finished callback, an outbox
 *   event in the same transaction:
 *     completed            -> status completed,   event callback.completed
 *     escalated            -> status escalated,   event callback.escalated
 *     opted_out            -> status opted_out,   event callback.completed (outcome "opted_out"):
 *                             the callback is over and the work-order system should close it;
 *                             the outcome field tells the opt-out apart.
 *     rescheduled          -> status rescheduled, callback_at kept, no event (stays open for the campaign)
 *     incomplete / hung_up -> status incomplete, no event (another attempt resumes it,
 *                             003 二.3(4)); with `finalAttempt` -> status failed, event callback.failed
 *                             (004 第五十二条: the caller then hands it to a human).
 * - prompt and listen are for the channel; nothing is stored.
 */
import type { Effect, Outcome } from '../engine/types.js';
import { HuifangError } from '../shared/errors.js';
import type { Db, Repos, Store } from '../store/index.js';
import type { Callback, CallbackStatus } from '../store/repos/callbacks.js';
import type { DncSource } from '../store/repos/contact.js';
import type { Level } from '../store/repos/results.js';
import { toLevel } from './levels.js';
import { textFlags } from './flags.js';
import type { CallbackEventType, CallbackSnapshot } from './writeback.js';
import { buildCallbackEvent } from './writeback.js';

export interface RecordTurnInput {
  callbackId: string;
  /** The attempt (call, SMS thread, chat) this turn belongs to. */
  attemptId?: string | null;
  /** The provider's id of the input event: a replayed event is recognised and skipped. */
  providerEventId?: string | null;
  effects: readonly Effect[];
  /** The engine's new session. */
  session: unknown;
  /** The session version the turn started from (0 for the first turn). */
  expectedVersion: number;
  /** Due time of an escalation this turn opens (the caller's policy decides it). */
  escalationDueAt?: Date | string | null;
  /** This was the last attempt: an incomplete or hung-up end fails the callback. */
  finalAttempt?: boolean;
}

export interface RecordTurnResult {
  /** The provider event was recorded before: nothing was written. */
  duplicate: boolean;
  /** The new session version (null for a duplicate). */
  version: number | null;
  status: CallbackStatus;
  /** Ids (webhook-id) of outbox events written by this turn. */
  events: string[];
}

const END_STATUS: Record<Outcome, CallbackStatus> = {
  completed: 'completed',
  escalated: 'escalated',
  rescheduled: 'rescheduled',
  opted_out: 'opted_out',
  incomplete: 'incomplete',
  hung_up: 'incomplete',
};

const EVENT_OF: Partial<Record<CallbackStatus, CallbackEventType>> = {
  completed: 'callback.completed',
  escalated: 'callback.escalated',
  opted_out: 'callback.completed',
  failed: 'callback.failed',
};

/**
 * Record a turn. See the module comment for what each effect does.
 *
 * @throws HuifangError HF_STORE_CONFLICT (another writer saved the session first),
 *   HF_STORE_NOT_FOUND (no such callback or attempt), HF_STORE_INVALID (a malformed effect);
 *   in every case nothing of the turn is written.
 */
export async function recordTurn(store: Store, input: RecordTurnInput): Promise<RecordTurnResult> {
  return store.transaction(async (tx) => {
    // The attempt and its callback in one read when there is an attempt (every channel turn).
    const joined = input.attemptId ? await tx.callbacks.attemptWithCallback(input.attemptId) : null;
    const callback = joined && joined.callback.id === input.callbackId ? joined.callback : await tx.callbacks.require(input.callbackId);
    if (input.providerEventId && !(await tx.results.claimEvent(input.providerEventId, callback.id))) {
      return { duplicate: true, version: null, status: callback.status, events: [] };
    }
    const attempt = joined?.attempt ?? null;
    if (input.attemptId && (!attempt || attempt.callbackId !== callback.id)) {
      throw new HuifangError('HF_STORE_NOT_FOUND', `no attempt ${input.attemptId} for callback ${callback.id}`);
    }
    // The tenant's level rules matter only to a turn that sets a score.
    const tenant = input.effects.some((e) => e.type === 'set_score') ? await tx.tenants.get(callback.tenantId) : null;
    const version = await tx.sessions.save(callback.id, input.session, input.expectedVersion);
    const now = store.now();
    let status = callback.status;
    const events: string[] = [];

    for (const effect of input.effects) {
      switch (effect.type) {
        case 'prompt':
        case 'listen':
          break;
        case 'record_answer':
          await tx.results.addAnswer({
            callbackId: callback.id,
            attemptId: attempt?.id ?? null,
            stepId: effect.stepId,
            raw: effect.raw,
            via: effect.via,
            confidence: effect.confidence,
            value: effect.value,
            providerEventId: input.providerEventId ?? null,
          });
          if (effect.via !== 'dtmf') await addTextFlags(tx, callback.id, effect.stepId, effect.raw, input.effects);
          break;
        case 'set_score': {
          const level: Level | null = toLevel(effect.scale, effect.raw, tenant?.settings.levelRules) ?? effect.level;
          await tx.results.addScore({ callbackId: callback.id, stepId: effect.stepId, scale: effect.scale, raw: effect.raw, level });
          break;
        }
        case 'flag':
          await tx.results.addFlag({ callbackId: callback.id, reason: effect.reason, stepId: effect.stepId });
          break;
        case 'escalate':
          await tx.results.addEscalation({
            callbackId: callback.id,
            reason: effect.reason,
            detail: effect.detail ?? null,
            stepId: effect.stepId,
            dueAt: input.escalationDueAt ?? null,
          });
          break;
        case 'reschedule':
          await tx.callbacks.update(callback.id, { callbackAt: effect.at });
          break;
        case 'opt_out':
          await optOut(tx, callback.tenantId, callback.workOrderId, attempt?.phoneId ?? null, dncSource(attempt?.channel));
          break;
        case 'end': {
          status = END_STATUS[effect.outcome];
          if (!status) throw new HuifangError('HF_STORE_INVALID', `unknown outcome ${String(effect.outcome)}`);
          if (status === 'incomplete' && input.finalAttempt) status = 'failed';
          const final = status !== 'incomplete' && status !== 'rescheduled';
          const ended = await tx.callbacks.update(callback.id, {
            status,
            outcome: effect.outcome,
            completedAt: final ? now : null,
          });
          if (attempt && !attempt.endedAt) {
            await tx.callbacks.updateAttempt(attempt.id, {
              endedAt: now,
              ...(attempt.outcome ? {} : { outcome: effect.outcome === 'hung_up' ? 'hung_up' : 'answered' }),
            });
          }
          const type = EVENT_OF[status];
          if (type) {
            const snap = await loadSnapshot(tx, callback.id, attempt?.id ?? null, ended);
            const ev = await tx.outbox.enqueue({ tenantId: callback.tenantId, eventType: type, payload: buildCallbackEvent(type, snap, now) });
            events.push(ev.id);
          }
          break;
        }
        default: {
          const unknown: { type?: unknown } = effect;
          throw new HuifangError('HF_STORE_INVALID', `unknown effect type ${String(unknown.type)}`);
        }
      }
    }
    return { duplicate: false, version, status, events };
  });
}

/**
 * Flags only the words show (misconduct, complaint, abusive language: src/results/flags.ts),
 * unless the engine flagged the same reason for the step in this turn. Each becomes a review item.
 */
async function addTextFlags(tx: Repos, callbackId: string, stepId: string, raw: string, effects: readonly Effect[]): Promise<void> {
  for (const f of textFlags(raw)) {
    if (effects.some((e) => e.type === 'flag' && e.reason === f.reason && e.stepId === stepId)) continue;
    await tx.review.addFlag({ callbackId, reason: f.reason, stepId, detail: f.term });
  }
}

function dncSource(channel: string | undefined): DncSource {
  return channel === 'voice' || channel === 'sms' || channel === 'chat' || channel === 'simulator' ? channel : 'manual';
}

/** The customer asked not to be called again: the number of this attempt, else the work order's primary number. */
async function optOut(tx: Repos, tenantId: string, workOrderId: string, phoneId: string | null, source: DncSource): Promise<void> {
  let phone = phoneId ? await tx.workOrders.phone(phoneId) : null;
  if (!phone) {
    const wo = await tx.workOrders.get(workOrderId);
    phone = wo?.customerId ? ((await tx.workOrders.phones(wo.customerId))[0] ?? null) : null;
  }
  // A chat user may have no number: the outcome opted_out still records the wish.
  if (phone) await tx.contact.addDoNotContact({ phone: phone.e164, tenantId, source });
}

/**
 * Read what the write-back event is built from (inside the caller's transaction). `current`:
 * the callback as the caller has just written it, spared a read.
 */
export async function loadSnapshot(tx: Repos & { db: Db }, callbackId: string, attemptId: string | null, current?: Callback): Promise<CallbackSnapshot> {
  const callback = current?.id === callbackId ? current : await tx.callbacks.require(callbackId);
  // The external ids of every covered work order, the callback's own first, in one read.
  const { rows } = await tx.db.query<{ id: string; external_id: string }>(
    `SELECT w.id, w.external_id FROM callback_work_orders cw JOIN work_orders w ON w.id = cw.work_order_id
     WHERE cw.callback_id = $1 ORDER BY (w.id = $2) DESC, w.id`,
    [callbackId, callback.workOrderId],
  );
  const own = rows.find((r) => r.id === callback.workOrderId);
  return {
    callback,
    workOrderExternalId: own?.external_id ?? '',
    coveredExternalIds: rows.map((r) => r.external_id),
    attempts: await tx.callbacks.attempts(callbackId),
    attemptId,
    answers: await tx.results.answers(callbackId),
    scores: await tx.results.scores(callbackId),
    escalations: await tx.results.escalations(callbackId),
    flags: await tx.results.flags(callbackId),
  };
}
