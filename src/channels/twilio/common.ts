/**
 * What the voice and SMS channels share: the runtime they work with, the callback URL
 * scheme, the channel state kept next to the engine session, and the first step of a
 * contact (start, resume after a dropped call, or start over).
 *
 * URL scheme (absolute, under PUBLIC_URL; the attempt id and turn number identify a webhook,
 * phone numbers never appear in URLs):
 *   /twilio/voice?a=<attemptId>            first request of a call (answered)
 *   /twilio/voice?a=<attemptId>&t=<turn>   the Gather result for the session at turn <turn>
 *   /twilio/status?a=<attemptId>           call status (initiated, ringing, answered, completed, …)
 *   /twilio/amd?a=<attemptId>              answering-machine detection result (async AMD)
 *   /twilio/recording?a=<attemptId>        recording status
 *   /twilio/fallback?a=<attemptId>         Twilio's fallback when our voice URL fails
 *   /twilio/whisper?a=<attemptId>          what an agent hears before a transfer
 *   /twilio/hold?a=<attemptId>             the hold message of a conference transfer (its wait URL)
 *   /twilio/conference?a=<attemptId>&t=<turn>   conference events of a transfer
 *   /twilio/participant?a=<attemptId>&t=<turn>  progress of a leg rung into it (agent, listener)
 *   /twilio/transfer-end?a=<attemptId>&t=<turn> the customer's <Dial><Conference> ended
 *   /twilio/sms                            inbound messages (the number's messaging webhook)
 *   /twilio/sms-status?a=<attemptId>       outbound message status
 */
import type { AppDeps, ChannelLogger } from '../../conversation/deps.js';
import type { ChannelStateBase } from '../../conversation/session.js';
import type { Config, TwilioConfig } from '../../shared/config.js';
import { HuifangError } from '../../shared/errors.js';
import { createLogger } from '../../shared/logging.js';
import type { Store } from '../../store/index.js';
import type { Callback } from '../../store/repos/callbacks.js';
import type { DialogRegistry } from '../../engine/registry.js';
import type { Interpreter } from '../../nlu/types.js';
import { createAzurePromptAudio, type PromptAudio } from '../tts.js';
import { createTwilioProvider, type VoiceProvider } from './provider.js';
import { twilioSettings } from './settings.js';

// The Twilio channel's services (src/conversation/deps.ts): a provider (the Twilio SDK, the
// simulator, or a test's fake) and prompt audio (null: <Say>).
declare module '../../conversation/deps.js' {
  interface Services {
    twilio?: VoiceProvider;
    promptAudio?: PromptAudio | null;
  }
}

export type { ChannelLogger };

/** Everything the Twilio channel needs, resolved once from AppDeps. */
export interface TwilioRuntime {
  store: Store;
  config: Config;
  dialogs: DialogRegistry;
  interpret: Interpreter;
  now: () => Date;
  provider: VoiceProvider;
  audio: PromptAudio | null;
  /** PUBLIC_URL without a trailing slash. */
  publicUrl: string;
  settings: TwilioConfig;
  log: ChannelLogger;
}

export { twilioSettings } from './settings.js';

/**
 * Resolve the runtime: the provider from `services.twilio` or built from TWILIO_ACCOUNT_SID +
 * TWILIO_AUTH_TOKEN; prompt audio from `services.promptAudio` or Azure settings.
 * @throws HuifangError HF_TWILIO_CONFIG when PUBLIC_URL or the provider credentials are missing.
 */
export function twilioRuntime(deps: AppDeps, log?: ChannelLogger): TwilioRuntime {
  const settings = twilioSettings(deps.config);
  const publicUrl = deps.config.publicUrl?.replace(/\/+$/, '');
  if (!publicUrl) throw new HuifangError('HF_TWILIO_CONFIG', 'PUBLIC_URL is not set: Twilio webhooks and callback URLs need it');
  let provider = deps.services?.twilio;
  if (!provider) {
    if (!settings.accountSid || !settings.authToken) {
      throw new HuifangError('HF_TWILIO_CONFIG', 'TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are needed to call the Twilio API');
    }
    provider = createTwilioProvider({ accountSid: settings.accountSid, authToken: settings.authToken, ...(settings.from ? { from: settings.from } : {}), ...(settings.apiBase ? { baseUrl: settings.apiBase } : {}) });
  }
  const logger = log ?? createLogger(deps.config.logLevel);
  let audio = deps.services?.promptAudio;
  if (audio === undefined) {
    const az = deps.config.azureSpeech;
    audio = az
      ? createAzurePromptAudio({
          key: az.key,
          region: az.region,
          voice: az.voice,
          cacheDir: audioDir(deps.config.dataDir),
          publicUrl,
          onError: (e) => logger.warn({ code: e.code }, e.message),
        })
      : null;
  }
  return { store: deps.store, config: deps.config, dialogs: deps.dialogs, interpret: deps.interpret, now: deps.now, provider, audio, publicUrl, settings, log: logger };
}

/** Where prompt audio is cached: `<dataDir>/audio` (a temp folder for in-memory stores). */
export function audioDir(dataDir: string): string {
  if (dataDir.startsWith('memory://')) return `${process.env.TMPDIR ?? '/tmp'}/huifang-audio`;
  return `${dataDir.replace(/\/+$/, '')}/audio`;
}

/** Build the absolute callback URL of a route. */
export function routeUrl(publicUrl: string, path: string, query: Record<string, string | number | undefined> = {}): string {
  const q = Object.entries(query)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `${publicUrl}${path}${q ? `?${q}` : ''}`;
}

/** The voice channel's state beside the engine session (key `channelState` of the stored session JSON). */
export interface VoiceState extends ChannelStateBase {
  channel: 'voice';
  callSid: string | null;
}

/** The SMS channel's state beside the engine session. */
export interface SmsState extends ChannelStateBase {
  channel: 'sms';
  /** ISO times. */
  startedAt: string;
  lastOutboundAt: string;
  lastInboundAt: string | null;
  /** When the one reminder went out (null: not yet). */
  reminderSentAt: string | null;
}

export type ContactChannel = 'voice' | 'sms';

export interface StartCallbackRequest {
  callbackId: string;
  channel: ContactChannel;
  /** A specific number of the customer (customer_phones.id); default the primary one. */
  phoneId?: string;
}

export interface StartCallbackResult {
  channel: ContactChannel;
  attemptId: string;
  /** CallSid or the first MessageSid; null when the provider refused (the attempt is then failed). */
  providerId: string | null;
}


/** Pick the number to contact and check the do-not-contact list (before anything is written). */
export async function contactPhone(rt: Pick<TwilioRuntime, 'store'>, callback: Callback, phoneId?: string) {
  const wo = await rt.store.workOrders.get(callback.workOrderId);
  const phones = wo?.customerId ? await rt.store.workOrders.phones(wo.customerId) : [];
  const phone = phoneId ? phones.find((p) => p.id === phoneId) : phones[0];
  if (!phone) throw new HuifangError('HF_CONTACT_REFUSED', `callback ${callback.id} has no phone number to contact`);
  if (await rt.store.contact.isDoNotContact(phone.e164, callback.tenantId)) {
    throw new HuifangError('HF_CONTACT_REFUSED', `callback ${callback.id}: the number ${phone.masked} is on the do-not-contact list`);
  }
  return phone;
}

