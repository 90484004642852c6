/**
 * The campaign's contactor over the Twilio channel (real Twilio or the simulator): voice and
 * SMS attempts through `startCallback`, and the provider's view of an attempt a crash left open.
 */
import type { TwilioRuntime } from '../channels/twilio/common.js';
import { startCallback } from '../channels/twilio/voice.js';
import type { AppDeps } from '../server/app.js';
import type { VoiceProvider } from '../channels/twilio/provider.js';
import type { Contactor } from './scheduler.js';

const OUTCOME: Record<string, 'answered' | 'no-answer' | 'busy' | 'failed' | null> = {
  completed: 'answered',
  'no-answer': 'no-answer',
  busy: 'busy',
  failed: 'failed',
  canceled: 'failed',
};

export function twilioContactor(deps: AppDeps | TwilioRuntime, provider: VoiceProvider): Contactor {
  return {
    // Chat goes through its own channel when a conversation reference exists; here SMS stands in.
    contact: (req) => startCallback(deps, { callbackId: req.callbackId, channel: req.channel === 'chat' ? 'sms' : req.channel }),
    async providerStatus(a) {
      const s = a.providerId ? await provider.fetchCallStatus(a.providerId) : null;
      return s ? { outcome: OUTCOME[s.status] ?? null } : null;
    },
  };
}
