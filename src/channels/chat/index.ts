/**
 * The chat channel (Bot Framework Activity protocol on the Microsoft 365 Agents SDK):
 * customers answer callbacks in chat, supervisors get alerts and ask questions. docs/chat.md.
 */
export { chatSurface, CHAT_ROUTE } from './surface.js';
export { startChatCallback, takeReply, resumeOnReturn, expireThread, chatAdapter, chatRunner } from './dialog.js';
export type { ChatDeps, ChatState, StartChatCallbackInput, StartChatCallbackResult } from './dialog.js';
export { chatDueActions, runChatDue, reminderMessage, DEFAULT_CHAT_DUE_POLICY } from './due.js';
export type { ChatDueAction, ChatDuePolicy, ChatThreadTimes, ChatDueRun } from './due.js';
export { ChatAlertSink, flaggedText, overdueText } from './alerts.js';
export type { FlaggedAlert, OverdueAlert, ChatAlertSinkLike } from './alerts.js';
export { chatTransport, chatAuthMode, sendProactive } from './adapter.js';
export type { ChatTransport, ChatAuthMode } from './adapter.js';
export { cleanReference } from '../../store/repos/chat.js';
export type { ChatAddress, ChatThread, ChatConversationReference, ChatSubscription } from '../../store/repos/chat.js';
export { renderEffects, inputFromReply, suggestedActions, chatWording } from './render.js';
export { satisfactionToday, openTasks, parseSupervisorCommand, callLink } from './supervisor.js';
