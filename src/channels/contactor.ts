/**
 * The campaign's contactor: voice and SMS through the Twilio channel (real Twilio or the
 * simulator), chat through the Bot Framework channel when the customer has a conversation,
 * and the provider's view of an attempt a crash left open.
 */
import type { Contactor } from '../conversation/contact.js';
import type { AppDeps } from '../conversation/deps.js';
import { startChatCallback } from './chat/dialog.js';
import type { TwilioRuntime } from './twilio/common.js';
import { startCallback } from './twilio/voice.js';
import type { VoiceProvider } from './twilio/provider.js';

const OUTCOME: Record<string, 'answered' | 'no-answer' | 'busy' | 'failed' | null> = {
  completed: 'answered',
  'no-answer': 'no-answer',
  busy: 'busy',
  failed: 'failed',
  canceled: 'failed',
};

/**
 * @param chat the app's dependencies for the chat channel; without them (or without a usable
 *   conversation) a chat step of the ladder is carried out by SMS.
 */
export function twilioContactor(deps: AppDeps | TwilioRuntime, provider: VoiceProvider, chat?: AppDeps): Contactor {
  return {
    async contact(req) {
      if (req.channel === 'chat' && chat) {
        const callback = await chat.store.callbacks.require(req.callbackId);
        const wo = await chat.store.workOrders.get(callback.workOrderId);
        const [address] = wo?.customerId ? await chat.store.chat.addressesOfCustomer(wo.customerId) : [];
        if (address) {
          const r = await startChatCallback(chat, { callbackId: req.callbackId, conversationReference: address.reference });
          if (r.status !== 'refused' && r.attemptId) return { attemptId: r.attemptId };
        }
      }
      return startCallback(deps, { callbackId: req.callbackId, channel: req.channel === 'chat' ? 'sms' : req.channel });
    },
    async providerStatus(a) {
      const s = a.providerId ? await provider.fetchCallStatus(a.providerId) : null;
      return s ? { outcome: OUTCOME[s.status] ?? null } : null;
    },
  };
}
