/**
 * The bot's turn: one incoming activity, routed.
 *
 * A message in a conversation with an active callback thread is the customer's answer (one
 * engine turn). Otherwise: a supervisor command (订阅提醒 / subscribe, 取消订阅提醒), a
 * supervisor question from a subscribed conversation (今天的满意率, 待处理任务), a customer
 * returning to a callback that stopped at a step (resumed there), an opt-out word (the
 * conversation goes on the do-not-contact list), or a short notice.
 */
import type { TurnContext } from '@microsoft/agents-hosting';
import { DEFAULT_TENANT_ID } from '../../store/index.js';
import { sendInTurn, type ChatAuthMode } from './adapter.js';
import { resumeOnReturn, takeReply, type ChatDeps } from './dialog.js';
import { chatInterpreter, type ChatMessage } from './render.js';
import type { ChatAddress, ChatConversationReference } from '../../store/repos/chat.js';
import {
  openTasks,
  openTasksText,
  parseSupervisorCommand,
  satisfactionText,
  satisfactionToday,
  SUPERVISOR_HELP,
  tenantTimeZone,
} from './supervisor.js';

const say = (text: string, locale?: string): ChatMessage => ({ type: 'message', text, textFormat: 'plain', ...(locale ? { locale } : {}) });

/** Where the incoming activity came from, as a conversation reference. */
export function referenceOf(context: TurnContext): ChatConversationReference | null {
  const ref = context.activity.getConversationReference();
  if (!ref.serviceUrl || !ref.conversation?.id || !ref.channelId) return null;
  return {
    serviceUrl: ref.serviceUrl,
    channelId: ref.channelId,
    conversation: ref.conversation as ChatConversationReference['conversation'],
    ...(ref.user ? { user: ref.user as NonNullable<ChatConversationReference['user']> } : {}),
    ...(ref.agent ? { agent: ref.agent as NonNullable<ChatConversationReference['agent']> } : {}),
    ...(ref.locale ? { locale: ref.locale } : {}),
  };
}

/** Decide the reply to one message. Exported for tests; the surface calls `onTurn`. */
export async function answerMessage(
  deps: ChatDeps,
  mode: ChatAuthMode,
  address: ChatAddress,
  text: string,
  activityId: string | null,
  userName: string | null,
): Promise<ChatMessage[]> {
  const { store } = deps;
  const repo = store.chat;
  const thread = await repo.activeThread(address.id);
  if (thread) return takeReply(deps, { address, thread, text, activityId });

  const cmd = parseSupervisorCommand(text);
  if (cmd?.type === 'subscribe') {
    const code = deps.config.chat?.subscribeCode;
    if (code ? cmd.code !== code : mode !== 'anonymous') {
      return [say(code ? '订阅码不正确。请发送“订阅提醒 <订阅码>”。' : '管理员尚未设置订阅码（HUIFANG_CHAT_SUBSCRIBE_CODE），暂不能订阅提醒。')];
    }
    const tenantId = address.tenantId ?? DEFAULT_TENANT_ID;
    const added = await repo.subscribe({ tenantId, addressId: address.id, subscribedBy: userName });
    return [say(`${added ? '已订阅' : '已经订阅过'}回访提醒：有回访被标记或任务逾期时会在这里通知您。\n${SUPERVISOR_HELP}`)];
  }
  const sub = await repo.subscriptionOf(address.id);
  if (sub) {
    if (cmd?.type === 'unsubscribe') {
      await repo.unsubscribe(address.id);
      return [say('已取消订阅回访提醒。')];
    }
    if (cmd?.type === 'satisfaction_today') return [say(satisfactionText(await satisfactionToday(store, sub.tenantId, deps.now())))];
    if (cmd?.type === 'open_tasks') {
      const tasks = await openTasks(store, sub.tenantId, 5);
      return [say(openTasksText(tasks, await tenantTimeZone(store, sub.tenantId), deps.config.publicUrl))];
    }
    return [say(SUPERVISOR_HELP)];
  }
  if (cmd && cmd.type !== 'help' && cmd.type !== 'unsubscribe') return [say('这些问题只回答已订阅提醒的主管会话。请先发送“订阅提醒”。')];

  // A customer: opting out outside a callback still counts.
  const r = chatInterpreter(deps.interpret)(text, { kind: 'text' }, { locale: 'zh-CN' });
  if (r.intent === 'opt_out') {
    await repo.markDoNotContact(address.id);
    return [say('好的，以后不会再通过这里联系您。谢谢您，再见。')];
  }
  const resumed = await resumeOnReturn(deps, address);
  if (resumed) return resumed;
  return [say('您好，这里是服务回访。目前没有需要您回答的问题，谢谢！')];
}

/** The turn handler given to `CloudAdapter.process`. */
export function onTurn(deps: ChatDeps, mode: ChatAuthMode) {
  return async (context: TurnContext): Promise<void> => {
    const a = context.activity;
    const ref = referenceOf(context);
    if (!ref) return;
    if (a.type === 'message') {
      const address = await deps.store.chat.upsertAddress(ref, { seen: true });
      const text = typeof a.text === 'string' ? a.text : '';
      const replies = await answerMessage(deps, mode, address, text, a.id ?? null, a.from?.name ?? null);
      await sendInTurn(context, replies);
    } else if (a.type === 'conversationUpdate') {
      // Remember the conversation so a campaign can reach it; no greeting (the callback speaks first).
      const bot = a.recipient?.id;
      if ((a.membersAdded ?? []).some((m) => m.id !== bot)) await deps.store.chat.upsertAddress(ref, { seen: true });
    }
  };
}
