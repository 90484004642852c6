/**
 * Persist one dialog turn: the session (versioned) and the effects of the turn, in ONE
 * transaction. A conflict or a rejected effect leaves nothing written.
 *
 * Effects and where they go:
 * - record_answer -> answers; set_score -> scores (the level the engine computed with the
 *   tenant's rules: it is computed once, in the turn);
 *   flag -> flags; escalate -> escalations (due time from the caller);
 *   reschedule -> callbacks.callback_at; opt_out -> do_not_contact (tenant-wide).
 * - end -> the callback's status by the dialog's outcome (completed, escalated, opted_out,
 *   rescheduled, incomplete; hung_up -> incomplete: another attempt resumes it, 003 二.3(4);
 *   with `finalAttempt` an incomplete end fails the callback, 004 第五十二条), moved by the
 *   lifecycle's one guarded transition, which writes the write-back event of a final status
 *   in the same transaction (src/results/lifecycle.ts); the attempt ends.
 * - prompt -> transcript_lines (what the customer heard or read, rendered), after the line of the
 *   customer's input when `input` is given (their words, keys or silence, recorded as an answer
 *   or not: asking for a person is a line too); listen is for the channel.
 */
import { OUTCOME_STATUS, type CallbackStatus } from '../domain/callbacks.js';
import type { Effect, Input } from '../engine/types.js';
import { HuifangError } from '../shared/errors.js';
import type { Repos, Store } from '../store/index.js';
import type { DncSource } from '../store/repos/contact.js';
import type { TranscriptLineInput } from '../store/repos/calls.js';
import { textFlags } from './flags.js';
import { moveCallback } from './lifecycle.js';

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
  /** The channel's input this turn answers (its line opens the turn's transcript). */
  input?: Input | null;
  /** More writes that belong to the turn, in its transaction (e.g. the chat thread's row); not for a duplicate. */
  within?: (tx: Repos, recorded: { version: number; status: CallbackStatus }) => Promise<void>;
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
    const version = await tx.sessions.save(callback.id, input.session, input.expectedVersion);
    const now = store.now();
    let status = callback.status;
    const events: string[] = [];
    await tx.calls.addTranscriptLines(transcriptLines(input, callback.id, attempt?.id ?? null, attempt?.channel ?? null));

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
        case 'set_score':
          await tx.results.addScore({ callbackId: callback.id, stepId: effect.stepId, scale: effect.scale, raw: effect.raw, level: effect.level });
          break;
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
            // The customer asked in this turn not to be called again: nobody may contact them,
            // so the escalation is recorded and opens no task (004 第五十条; the store also
            // checks the do-not-contact list).
            ...(input.effects.some((x) => x.type === 'opt_out') ? { noContact: true } : {}),
          });
          break;
        case 'reschedule':
          await tx.callbacks.update(callback.id, { callbackAt: effect.at });
          break;
        case 'opt_out':
          await optOut(tx, callback.tenantId, callback.workOrderId, attempt?.phoneId ?? null, dncSource(attempt?.channel));
          break;
        case 'end': {
          let to: CallbackStatus | undefined = OUTCOME_STATUS[effect.outcome];
          if (!to) throw new HuifangError('HF_STORE_INVALID', `unknown outcome ${String(effect.outcome)}`);
          if (to === 'incomplete' && input.finalAttempt) to = 'failed';
          if (attempt && !attempt.endedAt) {
            await tx.callbacks.updateAttempt(attempt.id, {
              endedAt: now,
              ...(attempt.outcome ? {} : { outcome: effect.outcome === 'hung_up' ? 'hung_up' : 'answered' }),
            });
          }
          // A callback already final (e.g. stopped by the scheduler meanwhile) keeps its status;
          // the turn's answers are still recorded.
          const moved = await moveCallback(tx, callback.id, to, { outcome: effect.outcome, attemptId: attempt?.id ?? null }, now);
          if (moved.callback) status = moved.callback.status;
          events.push(...moved.events);
          break;
        }
        default: {
          const unknown: { type?: unknown } = effect;
          throw new HuifangError('HF_STORE_INVALID', `unknown effect type ${String(unknown.type)}`);
        }
      }
    }
    if (input.within) await input.within(tx, { version, status });
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

/**
 * The lines a turn adds to the call's transcript: the customer's input (words, keys, silence)
 * and then every prompt the turn gives, rendered as the customer heard or read it.
 */
function transcriptLines(input: RecordTurnInput, callbackId: string, attemptId: string | null, channel: string | null): TranscriptLineInput[] {
  const lines: TranscriptLineInput[] = [];
  const common = { callbackId, attemptId, providerEventId: input.providerEventId ?? null };
  const recorded = input.effects.find((e): e is Extract<Effect, { type: 'record_answer' }> => e.type === 'record_answer');
  const firstListen = input.effects.find((e) => e.type === 'prompt' || e.type === 'record_answer' || e.type === 'flag' || e.type === 'escalate' || e.type === 'end');
  const stepId = recorded?.stepId ?? (firstListen && 'stepId' in firstListen ? firstListen.stepId : null);
  const typed = channel === 'sms' || channel === 'chat';
  const i = input.input;
  if (i?.type === 'answer') {
    lines.push({ ...common, role: 'customer', stepId, text: i.text, via: recorded?.via ?? (typed ? 'text' : 'speech'), confidence: i.confidence ?? recorded?.confidence ?? null });
  } else if (i?.type === 'digits') {
    lines.push({ ...common, role: 'customer', stepId, text: i.digits, via: 'dtmf', confidence: null });
  } else if (i?.type === 'no_input') {
    lines.push({ ...common, role: 'customer', stepId, text: '', via: 'none', confidence: null });
  }
  for (const e of input.effects) {
    if (e.type === 'prompt') lines.push({ ...common, role: 'bot', stepId: e.stepId, text: e.text, via: null, confidence: null });
  }
  return lines;
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
