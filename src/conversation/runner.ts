/**
 * The conversation runner: one turn, the same on every channel and provider. Voice, SMS and
 * chat (and any later provider) are adapters: they turn their wire input into an engine input,
 * render the effects for their wire, and say what they can do (live transfer, keypad,
 * listen-in). Everything between is here, once:
 *
 *   load attempt + callback + session + the tenant's level rules (one statement)
 *     -> open (start, resume at the step, or close a contact that never reported its end)
 *        or step the engine with the adapter's input
 *     -> the escalation plan from the TENANT's rule (a live transfer when the adapter offers
 *        one and the rule allows it, else a task with the rule's deadline)
 *     -> recordTurn: session (versioned), answers, scores, flags, escalation, status, write-back,
 *        and the adapter's own rows, in one transaction
 *     -> the adapter renders the result (TwiML, a text message, chat activities, a JSON action).
 *
 * The one conflict policy. A session is saved with the version it was read at; when another
 * request saved first (HF_STORE_CONFLICT) the runner reloads and runs the turn again against
 * the fresh state, at most three times. The adapter's `input(ctx)` sees the fresh state and
 * decides whether its input still applies: a voice webhook names the turn it answers, so one
 * whose turn has passed is `stale` and is answered with the current question, never applied to
 * a question it did not answer; a text message or a chat reply has no turn, so it applies to
 * the question now waiting — what would have happened had the two requests come one after the
 * other. Why: dropping the input (SMS did) loses a customer's answer; answering with the
 * current state only (voice did) asks again for something already answered; retrying
 * (chat did) without the turn check applies an answer to the wrong question. A replayed
 * provider event is recognised by its id inside the transaction (`duplicate`), so a retry
 * never records an input twice.
 */
import type { AttemptOutcome } from '../domain/callbacks.js';
import { step, type EngineOptions, type StepResult } from '../engine/engine.js';
import type { Effect, Input } from '../engine/types.js';
import type { Interpreter } from '../nlu/types.js';
import type { EscalationPlan } from '../results/escalation.js';
import { recordTurn, type RecordTurnInput } from '../results/record.js';
import { planFor } from '../results/tasks.js';
import { HuifangError, isHuifangError } from '../shared/errors.js';
import type { TurnContext } from '../store/repos/callbacks.js';
import type { AppDeps, ChannelLogger } from './deps.js';
import { isRunning, openingStep, stripChannel, type ChannelSession, type ChannelStateBase } from './session.js';
import { localNow, startVariables } from './variables.js';

/** What a channel can do. */
export interface Capabilities {
  /** The customer can be put through to a person during the turn (a live call). */
  liveTransfer: boolean;
  /** Keypad answers (DTMF, or a number typed as a reply). */
  keypad: boolean;
  /** A supervisor can listen in on a live transfer. */
  listenIn: boolean;
}

/** A channel adapter as the runner sees it. `T` is the channel's transfer target. */
export interface ChannelAdapter<S extends ChannelStateBase, T = never> {
  readonly channel: S['channel'];
  readonly capabilities: Capabilities;
  /** The interpreter of this channel (default the app's). */
  readonly interpret?: Interpreter;
  /**
   * A live transfer this channel can make now for an escalation (asked only when
   * `capabilities.liveTransfer`); null when it cannot (no agent to ring, transfers off).
   */
  offerTransfer?(ctx: TurnCtx<S>, o: { reason: string; turn: number }): Promise<T | null>;
}

/** What a turn starts from: the attempt, its callback, the stored session, the tenant's rules. */
export type TurnCtx<S extends ChannelStateBase> = TurnContext<ChannelSession<S>>;

/** An escalation the turn opened: the tenant's plan, and the transfer to make now (null: a task). */
export interface TurnEscalation<T> {
  reason: string;
  plan: EscalationPlan;
  transfer: T | null;
}

export type TurnOutcome<S extends ChannelStateBase, T> =
  | {
      kind: 'recorded';
      ctx: TurnCtx<S>;
      result: StepResult;
      /** The session version now. */
      version: number;
      escalation: TurnEscalation<T> | null;
      /** An opening that resumed at the step where the last contact dropped (003 二.3(4)). */
      resumed: boolean;
    }
  /** The provider event was recorded before (a replay): nothing was written. */
  | { kind: 'duplicate'; ctx: TurnCtx<S> }
  /** The input does not apply to the session now (a replayed or out-of-order webhook, an ended session, an opening already made). */
  | { kind: 'stale'; ctx: TurnCtx<S> }
  /** No such attempt on this channel. */
  | { kind: 'missing' };

interface TurnCommon<S extends ChannelStateBase> {
  /** The provider's id of the event (replays are recognised by it), or null. */
  eventId: string | null;
  /** The channel state saved with the new session. */
  state: (result: StepResult, ctx: TurnCtx<S>) => S;
  /** The adapter's own writes, in the turn's transaction. */
  within?: (tx: Parameters<NonNullable<RecordTurnInput['within']>>[0], ctx: TurnCtx<S>, result: StepResult) => Promise<void>;
  /** The context when the adapter loaded it already (spares a read on the first try). */
  ctx?: TurnCtx<S> | null;
}

export interface OpenSpec<S extends ChannelStateBase> extends TurnCommon<S> {
  /** Variables over the work order's own (e.g. a name the chat channel knows). */
  variables?: Record<string, string>;
}

export interface TurnSpec<S extends ChannelStateBase> extends TurnCommon<S> {
  /**
   * The engine input for this turn, given the state now; null when the channel's input no
   * longer applies (stale). Called again after a conflict, with the reloaded state.
   */
  input: (ctx: TurnCtx<S>) => Input | null;
}

export interface SettleSpec<S extends ChannelStateBase> {
  eventId: string;
  ctx?: TurnCtx<S> | null;
  /** The attempt's outcome as the provider reported it (busy, no-answer, failed, machine, …); default from what happened. */
  outcome?: AttemptOutcome;
  /** What closes a session still open: `hang_up` (default; resumable at its step) or `timeout` (a text thread expired). */
  input?: Input;
  /** End the attempt and release the callback when the session was not closed (default true). */
  end?: boolean;
  /** The channel state saved when the session is closed (default: the current one with nothing to repeat). */
  state?: (result: StepResult, ctx: TurnCtx<S>) => S;
  within?: TurnCommon<S>['within'];
}

const TRIES = 3;

/** The runner of one channel. */
export interface ConversationRunner<S extends ChannelStateBase, T> {
  readonly adapter: ChannelAdapter<S, T>;
  /** Attempt, callback, session and tenant rules in one read; null when missing or another channel's. */
  load(attemptId: string | undefined): Promise<TurnCtx<S> | null>;
  /** Whether this attempt owns a session that is still running. */
  owns(ctx: TurnCtx<S>): boolean;
  /** The first turn of a new contact (the attempt exists already). */
  open(attemptId: string, spec: OpenSpec<S>): Promise<TurnOutcome<S, T>>;
  /** One turn on the attempt's running session. */
  turn(attemptId: string, spec: TurnSpec<S>): Promise<TurnOutcome<S, T>>;
  /**
   * The contact ended (the provider says so: call completed or failed, a machine answered, a
   * text thread expired, a message could not be sent): a session this attempt still runs is
   * closed with `hang_up` (resumable at its step) or the given input; the attempt ends with
   * its outcome and a callback still in progress is released for the campaign. Idempotent.
   * @returns whether a turn was recorded (the session was closed).
   */
  settle(attemptId: string, spec: SettleSpec<S>): Promise<boolean>;
}

/** Build the runner of a channel. */
export function conversationRunner<S extends ChannelStateBase, T = never>(
  deps: Pick<AppDeps, 'store' | 'dialogs' | 'interpret' | 'now'> & { log?: ChannelLogger },
  adapter: ChannelAdapter<S, T>,
): ConversationRunner<S, T> {
  const { store } = deps;
  const interpret = adapter.interpret ?? deps.interpret;

  const engineOpts = (ctx: TurnCtx<S>, timeZone: string): EngineOptions => ({
    interpret,
    timeZone,
    ...(ctx.tenant.levelRules ? { levelRules: ctx.tenant.levelRules } : {}),
  });

  async function load(attemptId: string | undefined): Promise<TurnCtx<S> | null> {
    if (!attemptId) return null;
    const ctx = await store.callbacks.turnContext<ChannelSession<S>>(attemptId);
    if (!ctx || ctx.attempt.channel !== adapter.channel) return null;
    return ctx;
  }

  const owns = (ctx: TurnCtx<S>): boolean => {
    const s = ctx.session?.session;
    return !!s && s.channelState?.attemptId === ctx.attempt.id && isRunning(s);
  };

  /** The escalation a turn opens, by the tenant's rule (004 第五十二条, 第五十四条, 第六十条). */
  async function escalationOf(ctx: TurnCtx<S>, effects: readonly Effect[], turn: number): Promise<TurnEscalation<T> | null> {
    const esc = effects.find((e): e is Extract<Effect, { type: 'escalate' }> => e.type === 'escalate');
    if (!esc) return null;
    const offer = adapter.capabilities.liveTransfer && adapter.offerTransfer ? await adapter.offerTransfer(ctx, { reason: esc.reason, turn }) : null;
    const { plan } = await planFor(store, ctx.callback.id, esc.reason, { channelCanTransfer: offer !== null, now: deps.now() });
    return { reason: esc.reason, plan, transfer: plan.mode === 'transfer' ? offer : null };
  }

  /** Record a step's result; null on a version conflict (the caller reloads and tries again). */
  async function record(
    ctx: TurnCtx<S>,
    result: StepResult,
    o: Pick<TurnCommon<S>, 'eventId' | 'state' | 'within'> & { expectedVersion: number; escalation: TurnEscalation<T> | null; input?: Input | null },
  ): Promise<{ duplicate: boolean; version: number } | null> {
    try {
      const within = o.within;
      const rec = await recordTurn(store, {
        callbackId: ctx.callback.id,
        attemptId: ctx.attempt.id,
        providerEventId: o.eventId,
        effects: result.effects,
        session: { ...result.session, channelState: o.state(result, ctx) },
        expectedVersion: o.expectedVersion,
        escalationDueAt: o.escalation?.plan.dueAt ?? null,
        input: o.input ?? null,
        ...(within ? { within: (tx: Parameters<typeof within>[0]) => within(tx, ctx, result) } : {}),
      });
      return { duplicate: rec.duplicate, version: rec.version ?? o.expectedVersion };
    } catch (e) {
      if (isHuifangError(e) && e.code === 'HF_STORE_CONFLICT') return null;
      throw e;
    }
  }

  /**
   * Record the hang-up of a contact that never reported its end (its attempt, if it is this
   * callback's) and put the callback back in progress for the new one. The new version.
   */
  async function closePrevious(ctx: TurnCtx<S>, closing: StepResult): Promise<number | null> {
    const stored = ctx.session;
    if (!stored) return 0;
    const prev = stored.session.channelState?.attemptId ?? null;
    const prevAttempt = prev ? await store.callbacks.getAttempt(prev) : null;
    try {
      const closed = await recordTurn(store, {
        callbackId: ctx.callback.id,
        attemptId: prevAttempt && prevAttempt.callbackId === ctx.callback.id ? prevAttempt.id : null,
        providerEventId: `close:${prev ?? ctx.callback.id}:${stored.version}`,
        effects: closing.effects,
        session: { ...closing.session, ...(stored.session.channelState ? { channelState: stored.session.channelState } : {}) },
        expectedVersion: stored.version,
      });
      await store.callbacks.transition(ctx.callback.id, 'in_progress');
      return closed.version ?? stored.version + 1;
    } catch (e) {
      if (isHuifangError(e) && e.code === 'HF_STORE_CONFLICT') return null;
      throw e;
    }
  }

  async function open(attemptId: string, spec: OpenSpec<S>): Promise<TurnOutcome<S, T>> {
    for (let i = 0; i < TRIES; i++) {
      const ctx = i === 0 && spec.ctx ? spec.ctx : await load(attemptId);
      if (!ctx) return { kind: 'missing' };
      // An attempt opens its session once: a repeat of the opening (a replayed first webhook) changes nothing.
      if (ctx.session?.session.channelState?.attemptId === ctx.attempt.id) return { kind: 'stale', ctx };
      const dialog = deps.dialogs.get(ctx.callback.dialogId);
      const start = await startVariables(store, ctx.callback, deps.now());
      const variables = { ...start.variables, ...(spec.variables ?? {}) };
      const stored = ctx.session;
      const opening = openingStep(dialog, stored?.session ?? null, { variables, timeZone: start.timeZone, now: localNow(deps.now(), start.timeZone) }, engineOpts(ctx, start.timeZone));
      let version: number | null = stored?.version ?? 0;
      if (opening.closePrevious && stored) version = await closePrevious(ctx, opening.closePrevious);
      if (version === null) continue;
      const result = opening.result;
      const escalation = await escalationOf(ctx, result.effects, result.session.turn);
      const rec = await record(ctx, result, { ...spec, expectedVersion: version, escalation });
      if (!rec) continue;
      if (rec.duplicate) return { kind: 'duplicate', ctx };
      return { kind: 'recorded', ctx, result, version: rec.version, escalation, resumed: opening.resumed };
    }
    throw new HuifangError('HF_STORE_CONFLICT', `attempt ${attemptId}: the session kept changing while opening it`);
  }

  async function turn(attemptId: string, spec: TurnSpec<S>): Promise<TurnOutcome<S, T>> {
    for (let i = 0; i < TRIES; i++) {
      const ctx = i === 0 && spec.ctx ? spec.ctx : await load(attemptId);
      if (!ctx) return { kind: 'missing' };
      const stored = ctx.session;
      const input = stored ? spec.input(ctx) : null;
      if (!stored || !input) return { kind: 'stale', ctx };
      const s = stored.session;
      const result = step(deps.dialogs.get(ctx.callback.dialogId), stripChannel(s), input, engineOpts(ctx, s.ctx.tz));
      if (result.ignored) return { kind: 'stale', ctx };
      const escalation = await escalationOf(ctx, result.effects, result.session.turn);
      const rec = await record(ctx, result, { ...spec, expectedVersion: stored.version, escalation, input });
      if (!rec) continue;
      if (rec.duplicate) return { kind: 'duplicate', ctx };
      return { kind: 'recorded', ctx, result, version: rec.version, escalation, resumed: false };
    }
    throw new HuifangError('HF_STORE_CONFLICT', `attempt ${attemptId}: the session kept changing`);
  }

  async function settle(attemptId: string, spec: SettleSpec<S>): Promise<boolean> {
    const ctx = spec.ctx ?? (await load(attemptId));
    if (!ctx) return false;
    const { attempt, callback } = ctx;
    const owned = owns(ctx);
    let outcomeSet = !spec.outcome || attempt.outcome === spec.outcome;
    // The provider's outcome first: a closing turn keeps it (a machine, a failed call).
    if (spec.outcome && !outcomeSet && (owned || spec.end === false)) {
      await store.callbacks.updateAttempt(attempt.id, { outcome: spec.outcome });
      outcomeSet = true;
    }
    if (owned) {
      const closed = await turn(attemptId, {
        ctx,
        eventId: spec.eventId,
        input: (c) => (owns(c) ? (spec.input ?? { type: 'hang_up' }) : null),
        state: spec.state ?? ((_r, c) => ({ ...(c.session?.session.channelState as S), lastEffects: [] })),
        ...(spec.within ? { within: spec.within } : {}),
      });
      if (closed.kind === 'recorded') return true;
      if (closed.kind === 'duplicate') return false;
    }
    // What was loaded only spares statements that cannot change anything: an ended attempt
    // stays ended, and then the callback is no longer this attempt's to release. The
    // statements are conditional, so a turn recorded meanwhile by another request wins.
    if (spec.end === false || attempt.endedAt) return false;
    if (spec.outcome && !outcomeSet) await store.callbacks.updateAttempt(attempt.id, { outcome: spec.outcome, endedAt: deps.now() });
    else await store.callbacks.endAttempt(attempt.id, deps.now());
    if (callback.status === 'in_progress') await store.callbacks.releaseIfInProgress(callback.id);
    return false;
  }

  return { adapter, load, owns, open, turn, settle };
}
