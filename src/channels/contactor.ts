/**
 * The campaign's contactor: voice and SMS through the Twilio channel (real Twilio or the
 * simulator), chat through the Bot Framework channel when the customer has a conversation,
 * and the provider's view of an attempt a crash left open.
 */
import type { Contactor } from '../conversation/contact.js';
import type { AppDeps } from '../conversation/deps.js';
import type { ProviderName } from '../shared/config.js';
import { HuifangError } from '../shared/errors.js';
import { aliyunRuntime, startAliyunCall, type AliyunRuntime } from './aliyun/voice.js';
import { aliyunSmsRuntime, smsTemplateOf } from './aliyun/sms.js';
import { startChatCallback } from './chat/dialog.js';
import { startSmsThread } from './twilio/sms.js';
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

/** The contactors of each provider a deployment has. */
export interface ProviderContactors {
  twilio?: Contactor | null;
  aliyun?: Contactor | null;
}

/**
 * The campaign's contactor when tenants may use different providers: each contact goes
 * through the provider of its tenant (`tenant set --voice-provider/--sms-provider`), else the
 * installation's (HUIFANG_VOICE_PROVIDER / HUIFANG_SMS_PROVIDER, default twilio). Chat and the
 * provider's view of an open attempt follow the attempt's own provider.
 * @throws HuifangError HF_ALIYUN_CONFIG / HF_TWILIO_CONFIG when the provider needed is not set up.
 */
export function providerContactor(deps: AppDeps, by: ProviderContactors): Contactor {
  const pick = (name: ProviderName): Contactor => {
    const c = by[name];
    if (!c) throw new HuifangError(name === 'aliyun' ? 'HF_ALIYUN_CONFIG' : 'HF_TWILIO_CONFIG', `the ${name} provider is chosen for this tenant but not configured`);
    return c;
  };
  return {
    async contact(req) {
      const callback = await deps.store.callbacks.require(req.callbackId);
      const tenant = await deps.store.tenants.get(callback.tenantId);
      const name = providerFor(deps.config, tenant?.settings ?? null, req.channel === 'voice' ? 'voice' : 'sms');
      return pick(name).contact(req);
    },
    async providerStatus(a) {
      // Asked of the provider that carried the attempt (Aliyun's answer comes by receipt: none here).
      const attempt = await deps.store.callbacks.getAttempt(a.id);
      const c = attempt?.provider === 'aliyun' ? by.aliyun : by.twilio;
      return c?.providerStatus ? c.providerStatus(a) : null;
    },
  };
}

/** The provider of a tenant's calls or texts: the tenant's own, else the installation's, else twilio. */
export function providerFor(config: AppDeps['config'], settings: { voiceProvider?: ProviderName; smsProvider?: ProviderName } | null, what: 'voice' | 'sms'): ProviderName {
  const own = what === 'voice' ? settings?.voiceProvider : settings?.smsProvider;
  return own ?? config.providers?.[what] ?? 'twilio';
}

/**
 * The Aliyun contactor: voice by SmartCall; SMS (and chat without a conversation) through the
 * SMS channel with Aliyun as its wire — refused before anything is written when the dialog's
 * template has no code (HF_SMS_TEMPLATE_MISSING). Aliyun has no call-status query in this
 * adapter: an attempt a crash left open is settled by its receipt, or failed by reconciliation.
 */
export function aliyunContactor(deps: AppDeps, chat?: AppDeps): Contactor {
  let voice: AliyunRuntime | null = null;
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
      if (req.channel === 'voice') {
        voice ??= aliyunRuntime(deps);
        return startAliyunCall(voice, { callbackId: req.callbackId });
      }
      const callback = await deps.store.callbacks.require(req.callbackId);
      smsTemplateOf(deps.config.aliyun, deps.dialogs.has(callback.dialogId) ? deps.dialogs.get(callback.dialogId).spec : { id: callback.dialogId });
      return startSmsThread(aliyunSmsRuntime(deps), { callbackId: req.callbackId });
    },
  };
}
