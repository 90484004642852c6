/**
 * Callbacks carried out in chat: the first questions sent proactively, each reply taken as
 * one engine turn, a pause of any length (the session is in the store, keyed by the
 * callback; the conversation's thread says which callback), and a return after a thread
 * expired resumes at the step where it stopped.
 *
 * Every turn goes through `recordTurn` (answers, scores, flags, escalations, outbox — one
 * transaction, idempotent by the activity id) together with the thread's own row, and is
 * saved before any reply leaves the server.
 */
import type { CompiledDialog } from '../../engine/compile.js';
import { step, type Session, type StepResult } from '../../engine/engine.js';
import type { DialogRegistry } from '../../engine/registry.js';
import type { Effect, Input } from '../../engine/types.js';
import type { Interpreter } from '../../nlu/types.js';
import { escalationPlan } from '../../results/escalation.js';
import { recordTurn, type RecordTurnResult } from '../../results/record.js';
import type { Config } from '../../shared/config.js';
import { HuifangError, isHuifangError } from '../../shared/errors.js';
import { storeOver, type Store } from '../../store/index.js';
import type { Callback } from '../../store/repos/callbacks.js';
import { FINAL_STATUSES } from '../../store/repos/callbacks.js';
import { chatTransport, sendProactive, type ChatLog, type ChatTransport } from './adapter.js';
import { chatInterpreter, inputFromReply, renderEffects, type ChatMessage, type RenderedTurn } from './render.js';
import { chatRepo, cleanReference, type ChatAddress, type ChatConversationReference, type ChatThread } from './repo.js';
import { localNow, startVariables, stripChannel } from '../start.js';

/** What the chat code needs (AppDeps fits). */
export interface ChatDeps {
  store: Store;
  config: Config;
  dialogs: DialogRegistry;
  interpret: Interpreter;
  now: () => Date;
  /** The channel connection; default: built from `config` (chatTransport). */
  transport?: ChatTransport;
  log?: ChatLog;
}

export const transportOf = (deps: ChatDeps): ChatTransport => deps.transport ?? chatTransport(deps.config);
export const repoOf = (store: Store) => chatRepo(store.db, store.newId, store.now);

export { localNow };

async function tenantZone(store: Store, tenantId: string): Promise<string> {
  return (await store.tenants.get(tenantId))?.timeZone ?? 'Asia/Shanghai';
}

/** Template variables of a callback's work order (shared with the Twilio channels). */
export async function chatVariables(store: Store, callback: Callback, _timeZone: string, now: Date): Promise<Record<string, string>> {
  return (await startVariables(store, callback, now)).variables;
}

interface TurnCommit {
  callback: Callback;
  attemptId: string;
  threadId: string;
  providerEventId: string | null;
  result: StepResult;
  expectedVersion: number;
  rendered: RenderedTurn;
  address: ChatAddress;
  userAt?: Date;
  /** Create the thread row first (a new contact). */
  newThread?: boolean;
  /** Mark the attempt answered (the customer's first reply). */
  answered?: boolean;
  /** Close the thread with this reason even if the dialog did not end (expiry). */
  endReason?: string;
}

/** The deadline of a human callback a turn opens (the escalation rule; chat cannot transfer). */
async function escalationDue(store: Store, callback: Callback, effects: readonly Effect[], now: Date, timeZone: string): Promise<Date | null> {
  const esc = effects.find((e): e is Extract<Effect, { type: 'escalate' }> => e.type === 'escalate');
  if (!esc) return null;
  const wo = await store.workOrders.get(callback.workOrderId);
  return escalationPlan({ reason: esc.reason, orderKind: wo?.kind ?? null, segment: wo?.segment ?? null, now, timeZone, channelCanTransfer: false }).dueAt;
}

/** Save one turn and the thread's row in one transaction. */
async function commit(deps: ChatDeps, c: TurnCommit): Promise<RecordTurnResult> {
  const { store } = deps;
  const now = deps.now();
  const tz = await tenantZone(store, c.callback.tenantId);
  const dueAt = await escalationDue(store, c.callback, c.result.effects, now, tz);
  return store.transaction(async (tx) => {
    const txStore = storeOver(tx.db, store.migrations, { now: store.now, newId: store.newId });
    const repo = chatRepo(tx.db, store.newId, store.now);
    if (c.newThread) await repo.createThread({ id: c.threadId, addressId: c.address.id, callbackId: c.callback.id, attemptId: c.attemptId });
    const r = await recordTurn(txStore, {
      callbackId: c.callback.id,
      attemptId: c.attemptId,
      providerEventId: c.providerEventId,
      effects: c.result.effects,
      session: c.result.session,
      expectedVersion: c.expectedVersion,
      escalationDueAt: dueAt,
    });
    if (r.duplicate) return r;
    if (c.answered) {
      const attempt = await tx.callbacks.getAttempt(c.attemptId);
      if (attempt && !attempt.answeredAt) await tx.callbacks.updateAttempt(c.attemptId, { answeredAt: c.userAt ?? now });
    }
    const s = c.result.session;
    const ended = s.done || s.state === '__hung_up' || c.endReason !== undefined;
    await repo.updateThread(c.threadId, {
      stepId: c.rendered.listen?.stepId ?? null,
      options: c.rendered.options,
      ...(c.rendered.messages.length > 0 ? { botAt: now } : {}),
      ...(c.rendered.lastPrompt ? { lastPrompt: c.rendered.lastPrompt } : {}),
      ...(c.userAt ? { userAt: c.userAt, reminders: 0 } : {}),
      ...(ended ? { end: { reason: c.endReason ?? c.rendered.end ?? s.ctx.outcome ?? 'ended' } } : {}),
    });
    if (ended) {
      const attempt = await tx.callbacks.getAttempt(c.attemptId);
      if (attempt && !attempt.endedAt) {
        await tx.callbacks.updateAttempt(c.attemptId, { endedAt: now, ...(attempt.outcome ? {} : { outcome: attempt.answeredAt || c.answered ? 'answered' : 'no-answer' }) });
      }
    }
    if (c.rendered.optedOut) await repo.markDoNotContact(c.address.id);
    return r;
  });
}

function engineOpts(deps: ChatDeps, timeZone: string) {
  return { interpret: chatInterpreter(deps.interpret), timeZone };
}

/** The first step of a chat contact: start, or resume a callback that stopped at a step. */
function opening(dialog: CompiledDialog, stored: Session | null, start: Input & { type: 'start' }, opts: ReturnType<typeof engineOpts>): { pre: StepResult | null; result: StepResult; resumed: boolean } {
  if (!stored || stored.dialog !== dialog.spec.id || stored.version !== dialog.spec.version) {
    return { pre: null, result: step(dialog, null, start, opts), resumed: false };
  }
  let session = stored;
  let pre: StepResult | null = null;
  if (!session.done && session.state !== '__hung_up') {
    // An earlier attempt never reported its end: close it, then resume.
    pre = step(dialog, session, { type: 'hang_up' }, opts);
    session = pre.session;
  }
  if (session.state === '__hung_up' && Object.keys(session.ctx.answers ?? {}).length > 0) {
    const r = step(dialog, session, { type: 'resume', ...(start.now ? { now: start.now } : {}) }, opts);
    if (!r.ignored) return { pre, result: r, resumed: true };
  }
  return { pre, result: step(dialog, null, start, opts), resumed: false };
}

export interface StartChatCallbackInput {
  callbackId: string;
  /** Where the customer is: service URL, channel id, conversation id, user id (and the bot's account). */
  conversationReference: ChatConversationReference;
  /** Template variables over the work order's own (customerName, company, …). */
  variables?: Record<string, string>;
}

export interface StartChatCallbackResult {
  /** started: first questions sent; resumed: continued at the step it stopped; active: already running here (nothing sent). */
  status: 'started' | 'resumed' | 'active' | 'refused';
  reason?: 'final' | 'do_not_contact' | 'busy' | 'send_failed';
  threadId?: string;
  attemptId?: string;
}

/**
 * Start (or resume) a callback in a chat conversation: link the conversation to the
 * customer, create the attempt (channel 'chat') and the thread, take the engine's first turn
 * and send its prompts proactively (`continueConversation`). Idempotent while the thread is
 * active. Refused when the callback is over, the conversation or the customer's number is on
 * the do-not-contact list, or another callback is running in the conversation.
 *
 * @example
 *   await startChatCallback(deps, { callbackId, conversationReference: { serviceUrl, channelId: 'msteams',
 *     conversation: { id: 'a:1…' }, user: { id: '29:1…' }, agent: { id: '28:…' } } });
 */
export async function startChatCallback(deps: ChatDeps, input: StartChatCallbackInput): Promise<StartChatCallbackResult> {
  const { store } = deps;
  const repo = repoOf(store);
  const callback = await store.callbacks.require(input.callbackId);
  if (FINAL_STATUSES.includes(callback.status)) return { status: 'refused', reason: 'final' };
  const wo = await store.workOrders.get(callback.workOrderId);
  const address = await repo.upsertAddress(input.conversationReference, { tenantId: callback.tenantId, customerId: wo?.customerId ?? null });
  if (address.doNotContactAt) return { status: 'refused', reason: 'do_not_contact' };
  if (wo?.customerId) {
    for (const p of await store.workOrders.phones(wo.customerId)) {
      if (await store.contact.isDoNotContact(p.e164, callback.tenantId)) return { status: 'refused', reason: 'do_not_contact' };
    }
  }
  const active = await repo.activeThread(address.id);
  if (active) {
    if (active.callbackId === callback.id) return { status: 'active', threadId: active.id, attemptId: active.attemptId };
    return { status: 'refused', reason: 'busy' };
  }
  const r = await openThread(deps, callback, address, input.variables);
  if (!r) return { status: 'refused', reason: 'final' };
  try {
    await sendProactive(transportOf(deps), address.reference, r.messages);
  } catch (e) {
    deps.log?.warn({ err: (e as Error).message, callbackId: callback.id }, 'chat: first message not delivered');
    await endThread(deps, r.threadId, 'send_failed');
    return { status: 'refused', reason: 'send_failed', threadId: r.threadId, attemptId: r.attemptId };
  }
  return { status: r.resumed ? 'resumed' : 'started', threadId: r.threadId, attemptId: r.attemptId };
}

/** Open a thread for a callback in a conversation and take the first turn; returns what to send. */
async function openThread(
  deps: ChatDeps,
  callback: Callback,
  address: ChatAddress,
  extraVars?: Record<string, string>,
): Promise<{ threadId: string; attemptId: string; messages: ChatMessage[]; resumed: boolean } | null> {
  const { store } = deps;
  const dialog = deps.dialogs.get(callback.dialogId);
  const tz = await tenantZone(store, callback.tenantId);
  const now = deps.now();
  const vars = { ...(await chatVariables(store, callback, tz, now)), ...(extraVars ?? {}) };
  for (let i = 0; i < 3; i++) {
    const stored = await store.sessions.get(callback.id);
    const session = stored ? stripChannel(stored.session) : null;
    if (session?.done) return null;
    const opts = engineOpts(deps, tz);
    const { pre, result, resumed } = opening(dialog, session, { type: 'start', variables: vars, timeZone: tz, now: localNow(now, tz) }, opts);
    const threadId = store.newId();
    const { attempt } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'chat', providerId: `chat:${threadId}`, startedAt: now });
    const effects = [...(pre?.effects ?? []).filter((e) => e.type !== 'end'), ...result.effects];
    const rendered = renderEffects(effects, dialog.spec.locale);
    try {
      await commit(deps, {
        callback, attemptId: attempt.id, threadId, providerEventId: null, address, newThread: true,
        result: { session: result.session, effects }, expectedVersion: stored?.version ?? 0, rendered,
      });
    } catch (e) {
      await store.callbacks.updateAttempt(attempt.id, { endedAt: now, outcome: 'failed' });
      if (isHuifangError(e) && e.code === 'HF_STORE_CONFLICT') continue;
      throw e;
    }
    return { threadId, attemptId: attempt.id, messages: rendered.messages, resumed };
  }
  throw new HuifangError('HF_STORE_CONFLICT', `callback ${callback.id}: the session kept changing while starting a chat`);
}

async function endThread(deps: ChatDeps, threadId: string, reason: string): Promise<void> {
  const repo = repoOf(deps.store);
  const t = await repo.thread(threadId);
  await repo.updateThread(threadId, { end: { reason } });
  if (t) await deps.store.callbacks.updateAttempt(t.attemptId, { endedAt: deps.now(), outcome: 'failed' });
}

export interface ReplyInput {
  address: ChatAddress;
  thread: ChatThread;
  text: string;
  /** The activity id: a replayed activity is recognised and answered with nothing. */
  activityId?: string | null;
}

/**
 * A customer's reply in a conversation with an active thread: one engine turn. Returns the
 * messages to send back (empty for a replayed activity).
 */
export async function takeReply(deps: ChatDeps, r: ReplyInput): Promise<ChatMessage[]> {
  const { store } = deps;
  const callback = await store.callbacks.require(r.thread.callbackId);
  const dialog = deps.dialogs.get(callback.dialogId);
  const tz = await tenantZone(store, callback.tenantId);
  const now = deps.now();
  const providerEventId = r.activityId ? `chat:${r.address.channelId}:${r.address.conversationId}:${r.activityId}` : null;
  for (let i = 0; i < 3; i++) {
    const stored = await store.sessions.get(callback.id);
    if (!stored) throw new HuifangError('HF_SESSION_INVALID', `callback ${callback.id} has no session`);
    const session = stripChannel(stored.session);
    const input = inputFromReply(r.text, r.thread.options, localNow(now, tz));
    const result = step(dialog, session, input, engineOpts(deps, tz));
    if (result.ignored) {
      await repoOf(store).updateThread(r.thread.id, { end: { reason: 'ended' } });
      return [];
    }
    const rendered = renderEffects(result.effects, dialog.spec.locale);
    try {
      const rec = await commit(deps, {
        callback, attemptId: r.thread.attemptId, threadId: r.thread.id, providerEventId, result, expectedVersion: stored.version,
        rendered, address: r.address, userAt: now, answered: true,
      });
      return rec.duplicate ? [] : rendered.messages;
    } catch (e) {
      if (isHuifangError(e) && e.code === 'HF_STORE_CONFLICT') continue;
      throw e;
    }
  }
  throw new HuifangError('HF_STORE_CONFLICT', `callback ${callback.id}: the session kept changing`);
}

/**
 * A customer writes again after the thread ended without an answer to the last question
 * (expired: the dialog stopped at a step): resume the callback there. Returns the messages
 * to send, or null when there is nothing to resume.
 */
export async function resumeOnReturn(deps: ChatDeps, address: ChatAddress): Promise<ChatMessage[] | null> {
  const { store } = deps;
  if (address.doNotContactAt) return null;
  const last = await repoOf(store).latestThread(address.id);
  if (!last || last.status !== 'ended') return null;
  const callback = await store.callbacks.get(last.callbackId);
  if (!callback || FINAL_STATUSES.includes(callback.status)) return null;
  const stored = await store.sessions.get(callback.id);
  const session = stored ? stripChannel(stored.session) : null;
  if (!session || session.state !== '__hung_up') return null;
  const r = await openThread(deps, callback, address);
  return r ? r.messages : null;
}

/** End an active thread because nobody answered in time: the engine's hang_up (resumable), no message. */
export async function expireThread(deps: ChatDeps, thread: ChatThread): Promise<boolean> {
  const { store } = deps;
  const callback = await store.callbacks.require(thread.callbackId);
  const dialog = deps.dialogs.get(callback.dialogId);
  const tz = await tenantZone(store, callback.tenantId);
  const address = await repoOf(store).address(thread.addressId);
  if (!address) return false;
  for (let i = 0; i < 3; i++) {
    const stored = await store.sessions.get(callback.id);
    if (!stored) return false;
    const result = step(dialog, stripChannel(stored.session), { type: 'hang_up' }, engineOpts(deps, tz));
    const rendered = renderEffects(result.effects, dialog.spec.locale);
    try {
      await commit(deps, {
        callback, attemptId: thread.attemptId, threadId: thread.id, providerEventId: null, result, expectedVersion: stored.version,
        rendered: { ...rendered, messages: [] }, address, endReason: 'expired',
      });
      return true;
    } catch (e) {
      if (isHuifangError(e) && e.code === 'HF_STORE_CONFLICT') continue;
      throw e;
    }
  }
  return false;
}

export { cleanReference };
