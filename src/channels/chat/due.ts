/**
 * Waiting in chat is data: a thread records when the bot last wrote and when the customer
 * last answered; the scheduler calls `chatDueActions(now, threads)` (pure) and carries out
 * what it returns with `runChatDue` — one reminder after a day of silence, and after three
 * days the thread ends as a dropped contact (the engine's hang_up: the callback stays open
 * for another attempt or channel, and a later message resumes at the same step).
 */
import { chatTransport, sendProactive } from './adapter.js';
import { expireThread, type ChatDeps } from './dialog.js';
import { chatWording, suggestedActions, type ChatMessage } from './render.js';
import type { ChatThread } from '../../store/repos/chat.js';

export interface ChatDuePolicy {
  /** Silence after the bot's last message before the one reminder (default 24 h). */
  remindAfterMs: number;
  /** Reminders before the thread may expire (default 1). */
  maxReminders: number;
  /** Silence after the bot's first unanswered message before the thread ends (default 72 h: 004 第五十三条, 3 days). */
  expireAfterMs: number;
}

export const DEFAULT_CHAT_DUE_POLICY: ChatDuePolicy = {
  remindAfterMs: 24 * 3600_000,
  maxReminders: 1,
  expireAfterMs: 72 * 3600_000,
};

/** The thread fields the decision reads. */
export type ChatThreadTimes = Pick<ChatThread, 'id' | 'callbackId' | 'status' | 'lastBotAt' | 'lastUserAt' | 'reminders'>;

export type ChatDueAction =
  | { type: 'remind'; threadId: string; callbackId: string }
  | { type: 'expire'; threadId: string; callbackId: string };

const ms = (d: Date | string): number => (typeof d === 'string' ? new Date(d).getTime() : d.getTime());

/**
 * What is due now for each active thread: a reminder, or the end of a silent thread. Pure.
 *
 * The expiry counts from the first unanswered message of the current wait (the reminder does
 * not extend it): `lastBotAt` minus the reminders' share when reminders were sent.
 *
 * @example chatDueActions(new Date(), await repo.activeThreads())
 */
export function chatDueActions(now: Date, threads: readonly ChatThreadTimes[], policy: ChatDuePolicy = DEFAULT_CHAT_DUE_POLICY): ChatDueAction[] {
  const t = now.getTime();
  const out: ChatDueAction[] = [];
  for (const th of threads) {
    if (th.status !== 'active') continue;
    const lastBot = ms(th.lastBotAt);
    const lastUser = th.lastUserAt ? ms(th.lastUserAt) : null;
    // The customer answered after our last message: the bot owes the next message, not the customer.
    if (lastUser !== null && lastUser > lastBot) continue;
    const waitStart = th.reminders > 0 ? lastBot - th.reminders * policy.remindAfterMs : lastBot;
    if (t - waitStart >= policy.expireAfterMs) out.push({ type: 'expire', threadId: th.id, callbackId: th.callbackId });
    else if (th.reminders < policy.maxReminders && t - lastBot >= policy.remindAfterMs) out.push({ type: 'remind', threadId: th.id, callbackId: th.callbackId });
  }
  return out;
}

/** The reminder: the waiting question again, with its buttons. */
export function reminderMessage(thread: Pick<ChatThread, 'lastPrompt' | 'options'>): ChatMessage {
  const text = `您好，打扰一下，回访还差一点就完成了。${thread.lastPrompt ?? ''}`.trim();
  const sa = suggestedActions(thread.options);
  return { type: 'message', text: chatWording(text), textFormat: 'plain', inputHint: 'expectingInput', ...(sa ? { suggestedActions: sa } : {}) };
}

export interface ChatDueRun {
  reminded: string[];
  expired: string[];
  failed: { threadId: string; error: string }[];
}

/**
 * Carry out what is due for every active thread (the scheduler calls this periodically).
 * A reminder that cannot be delivered leaves the thread to expire later.
 */
export async function runChatDue(deps: ChatDeps, policy: ChatDuePolicy = DEFAULT_CHAT_DUE_POLICY): Promise<ChatDueRun> {
  const repo = deps.store.chat;
  const threads = await repo.activeThreads();
  const actions = chatDueActions(deps.now(), threads, policy);
  const run: ChatDueRun = { reminded: [], expired: [], failed: [] };
  for (const a of actions) {
    const th = threads.find((x) => x.id === a.threadId);
    if (!th) continue;
    try {
      if (a.type === 'expire') {
        if (await expireThread(deps, th)) run.expired.push(th.id);
        continue;
      }
      const address = await repo.address(th.addressId);
      if (!address || address.doNotContactAt) continue;
      await repo.updateThread(th.id, { reminders: th.reminders + 1, botAt: deps.now() });
      await sendProactive(deps.transport ?? chatTransport(deps.config), address.reference, [reminderMessage(th)]);
      run.reminded.push(th.id);
    } catch (e) {
      run.failed.push({ threadId: th.id, error: (e as Error).message });
      deps.log?.warn({ threadId: th.id, err: (e as Error).message }, 'chat: due action failed');
    }
  }
  return run;
}
