/**
 * Callbacks carried out in chat: the chat adapter of the conversation runner
 * (src/conversation/runner.ts). The first questions are sent proactively, each reply is one
 * runner turn, a pause may last any length (the session is in the store, keyed by the
 * callback; the conversation's thread says which callback and attempt), and a return after a
 * thread expired resumes at the step where it stopped.
 *
 * Every turn goes through the runner's `recordTurn` (answers, scores, flags, escalations with
 * the tenant's rule, outbox — one transaction, idempotent by the activity id) together with the
 * thread's own row, and is saved before any reply leaves the server. Chat can do keypad (as
 * buttons); it cannot put a customer through to a person live.
 */
import { isFinal } from '../../domain/callbacks.js';
import type { AppDeps } from '../../conversation/deps.js';
import { conversationRunner, type ChannelAdapter, type ConversationRunner, type TurnCtx } from '../../conversation/runner.js';
import { isRunning, speakable, type ChannelStateBase } from '../../conversation/session.js';
import { localNow } from '../../conversation/variables.js';
import type { StepResult } from '../../engine/engine.js';
import type { Repos } from '../../store/index.js';
import type { Callback } from '../../store/repos/callbacks.js';
import { cleanReference, type ChatAddress, type ChatConversationReference, type ChatThread } from '../../store/repos/chat.js';
import { chatTransport, sendProactive, type ChatLog, type ChatTransport } from './adapter.js';
import { chatInterpreter, inputFromReply, renderEffects, type ChatMessage } from './render.js';

/** What the chat code needs (AppDeps fits). */
export interface ChatDeps extends Pick<AppDeps, 'store' | 'config' | 'dialogs' | 'interpret' | 'now'> {
  /** The channel connection; default: built from `config` (chatTransport). */
  transport?: ChatTransport;
  log?: ChatLog;
}

/** The chat channel's state beside the engine session. */
export interface ChatState extends ChannelStateBase {
  channel: 'chat';
  threadId: string;
}

export const transportOf = (deps: ChatDeps): ChatTransport => deps.transport ?? chatTransport(deps.config);

/** The chat adapter: buttons for keypad options, chat's own opt-out phrases; no live transfer. */
export function chatAdapter(deps: Pick<ChatDeps, 'interpret'>): ChannelAdapter<ChatState> {
  return {
    channel: 'chat',
    capabilities: { liveTransfer: false, keypad: true, listenIn: false },
    interpret: chatInterpreter(deps.interpret),
  };
}

const runners = new WeakMap<ChatDeps, ConversationRunner<ChatState, never>>();
/** The runner of the chat channel. */
export function chatRunner(deps: ChatDeps): ConversationRunner<ChatState, never> {
  let r = runners.get(deps);
  if (!r) runners.set(deps, (r = conversationRunner(deps, chatAdapter(deps))));
  return r;
}

type ChatCtx = TurnCtx<ChatState>;

/**
 * Whether a session is this thread's to answer: running, and owned by the thread's attempt
 * (a session saved before chat kept its state has no owner: the active thread's it is).
 */
function answerable(ctx: ChatCtx): boolean {
  const s = ctx.session?.session;
  if (!isRunning(s)) return false;
  const owner = s.channelState?.attemptId;
  return !owner || owner === ctx.attempt.id;
}

/** The thread's row after a turn, in the turn's transaction. */
function threadWrites(
  deps: ChatDeps,
  o: { threadId: string; address: ChatAddress; create?: { callbackId: string; attemptId: string }; userAt?: Date; endReason?: string; silent?: boolean },
) {
  return async (tx: Repos, ctx: ChatCtx, result: StepResult): Promise<void> => {
    const now = deps.now();
    const rendered = renderEffects(result.effects, deps.dialogs.get(ctx.callback.dialogId).spec.locale);
    if (o.create) await tx.chat.createThread({ id: o.threadId, addressId: o.address.id, callbackId: o.create.callbackId, attemptId: o.create.attemptId });
    if (o.userAt && !ctx.attempt.answeredAt) await tx.callbacks.updateAttempt(ctx.attempt.id, { answeredAt: o.userAt });
    const s = result.session;
    const ended = s.done || s.state === '__hung_up' || o.endReason !== undefined;
    await tx.chat.updateThread(o.threadId, {
      stepId: rendered.listen?.stepId ?? null,
      options: rendered.options,
      ...(rendered.messages.length > 0 && !o.silent ? { botAt: now } : {}),
      ...(rendered.lastPrompt ? { lastPrompt: rendered.lastPrompt } : {}),
      ...(o.userAt ? { userAt: o.userAt, reminders: 0 } : {}),
      ...(ended ? { end: { reason: o.endReason ?? rendered.end ?? s.ctx.outcome ?? 'ended' } } : {}),
    });
    if (ended && !s.done && s.state !== '__hung_up') {
      // Closed without the dialog ending (should not happen): the attempt ends anyway.
      await tx.callbacks.endAttempt(ctx.attempt.id, now);
    }
    if (rendered.optedOut) await tx.chat.markDoNotContact(o.address.id);
  };
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
 * customer, create the attempt (channel 'chat') and the thread, take the runner's first turn
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
  const callback = await store.callbacks.require(input.callbackId);
  if (isFinal(callback.status)) return { status: 'refused', reason: 'final' };
  const wo = await store.workOrders.get(callback.workOrderId);
  const address = await store.chat.upsertAddress(input.conversationReference, { tenantId: callback.tenantId, customerId: wo?.customerId ?? null });
  if (address.doNotContactAt) return { status: 'refused', reason: 'do_not_contact' };
  if (wo?.customerId) {
    for (const p of await store.workOrders.phones(wo.customerId)) {
      if (await store.contact.isDoNotContact(p.e164, callback.tenantId)) return { status: 'refused', reason: 'do_not_contact' };
    }
  }
  const active = await store.chat.activeThread(address.id);
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
    // The session is closed as a dropped contact (resumable); the attempt failed.
    const closed = await chatRunner(deps).settle(r.attemptId, {
      eventId: `chat:${r.threadId}:send-failed`,
      outcome: 'failed',
      within: threadWrites(deps, { threadId: r.threadId, address, endReason: 'send_failed', silent: true }),
    });
    if (!closed) await store.chat.updateThread(r.threadId, { end: { reason: 'send_failed' } });
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
  const threadId = store.newId();
  const { attempt } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'chat', providerId: `chat:${threadId}`, startedAt: deps.now() });
  const out = await chatRunner(deps).open(attempt.id, {
    eventId: null,
    ...(extraVars ? { variables: extraVars } : {}),
    state: (r) => ({ channel: 'chat', attemptId: attempt.id, threadId, lastEffects: speakable(r.effects) }),
    within: threadWrites(deps, { threadId, address, create: { callbackId: callback.id, attemptId: attempt.id } }),
  });
  if (out.kind !== 'recorded') {
    await store.callbacks.updateAttempt(attempt.id, { endedAt: deps.now(), outcome: 'failed' });
    return null;
  }
  const rendered = renderEffects(out.result.effects, deps.dialogs.get(callback.dialogId).spec.locale);
  return { threadId, attemptId: attempt.id, messages: rendered.messages, resumed: out.resumed };
}

export interface ReplyInput {
  address: ChatAddress;
  thread: ChatThread;
  text: string;
  /** The activity id: a replayed activity is recognised and answered with nothing. */
  activityId?: string | null;
}

/**
 * A customer's reply in a conversation with an active thread: one runner turn. Returns the
 * messages to send back (empty for a replayed activity).
 */
export async function takeReply(deps: ChatDeps, r: ReplyInput): Promise<ChatMessage[]> {
  const now = deps.now();
  const providerEventId = r.activityId ? `chat:${r.address.channelId}:${r.address.conversationId}:${r.activityId}` : null;
  const out = await chatRunner(deps).turn(r.thread.attemptId, {
    eventId: providerEventId,
    // A reply has no turn number: it answers the question waiting now.
    input: (c) => (answerable(c) ? inputFromReply(r.text, r.thread.options, localNow(now, c.session?.session.ctx.tz ?? 'Asia/Shanghai')) : null),
    state: (res, c) => ({ channel: 'chat', attemptId: c.attempt.id, threadId: r.thread.id, lastEffects: speakable(res.effects) }),
    within: threadWrites(deps, { threadId: r.thread.id, address: r.address, userAt: now }),
  });
  if (out.kind === 'stale' || out.kind === 'missing') {
    // The dialog is over (or the thread's attempt is gone): the thread ends, nothing to say.
    await deps.store.chat.updateThread(r.thread.id, { end: { reason: 'ended' } });
    return [];
  }
  if (out.kind === 'duplicate') return [];
  return renderEffects(out.result.effects, deps.dialogs.get(out.ctx.callback.dialogId).spec.locale).messages;
}

/**
 * A customer writes again after the thread ended without an answer to the last question
 * (expired: the dialog stopped at a step): resume the callback there. Returns the messages
 * to send, or null when there is nothing to resume.
 */
export async function resumeOnReturn(deps: ChatDeps, address: ChatAddress): Promise<ChatMessage[] | null> {
  const { store } = deps;
  if (address.doNotContactAt) return null;
  const last = await store.chat.latestThread(address.id);
  if (!last || last.status !== 'ended') return null;
  const callback = await store.callbacks.get(last.callbackId);
  if (!callback || isFinal(callback.status)) return null;
  const stored = await store.sessions.get<{ state: string }>(callback.id);
  if (stored?.session.state !== '__hung_up') return null;
  const r = await openThread(deps, callback, address);
  return r ? r.messages : null;
}

/** End an active thread because nobody answered in time: the engine's hang_up (resumable), no message. */
export async function expireThread(deps: ChatDeps, thread: ChatThread): Promise<boolean> {
  const address = await deps.store.chat.address(thread.addressId);
  if (!address) return false;
  return chatRunner(deps).settle(thread.attemptId, {
    eventId: `chat:${thread.id}:expire`,
    state: (_res, c) => ({ channel: 'chat', attemptId: c.attempt.id, threadId: thread.id, lastEffects: [] }),
    within: threadWrites(deps, { threadId: thread.id, address, endReason: 'expired', silent: true }),
  });
}

export { cleanReference };
