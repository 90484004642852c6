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
import type { CompiledDialog } from '../../engine/compile.js';
import { step, type Session, type StepResult } from '../../engine/engine.js';
import { stripChannel } from '../start.js';
import type { Effect, Input } from '../../engine/types.js';
import type { Interpreter } from '../../nlu/types.js';
import { recordTurn } from '../../results/record.js';
import type { AppDeps } from '../../server/app.js';
import type { Config, TwilioConfig } from '../../shared/config.js';
import { HuifangError } from '../../shared/errors.js';
import { createLogger } from '../../shared/logging.js';
import type { Store } from '../../store/index.js';
import type { Callback } from '../../store/repos/callbacks.js';
import type { DialogRegistry } from '../../engine/registry.js';
import { createAzurePromptAudio, type PromptAudio } from '../tts.js';
import { createTwilioProvider, type VoiceProvider } from './provider.js';

/** Minimal logger shape (pino's and Fastify's request logger both fit). */
export interface ChannelLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

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

/** Service keys in AppDeps.services. */
export const TWILIO_SERVICE = 'twilio';
export const PROMPT_AUDIO_SERVICE = 'promptAudio';

/** Twilio settings with defaults filled in (loadConfig sets them only when a telephony variable is set). */
export function twilioSettings(config: Config): TwilioConfig {
  return { smsSessionHours: 24, callTimeLimitSec: 600, recordCalls: true, transferMode: 'conference', ...(config.twilio ?? {}) };
}

/**
 * Resolve the runtime: the provider from `services.twilio` or built from TWILIO_ACCOUNT_SID +
 * TWILIO_AUTH_TOKEN; prompt audio from `services.promptAudio` or Azure settings.
 * @throws HuifangError HF_TWILIO_CONFIG when PUBLIC_URL or the provider credentials are missing.
 */
export function twilioRuntime(deps: AppDeps, log?: ChannelLogger): TwilioRuntime {
  const settings = twilioSettings(deps.config);
  const publicUrl = deps.config.publicUrl?.replace(/\/+$/, '');
  if (!publicUrl) throw new HuifangError('HF_TWILIO_CONFIG', 'PUBLIC_URL is not set: Twilio webhooks and callback URLs need it');
  let provider = deps.services?.[TWILIO_SERVICE] as VoiceProvider | undefined;
  if (!provider) {
    if (!settings.accountSid || !settings.authToken) {
      throw new HuifangError('HF_TWILIO_CONFIG', 'TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are needed to call the Twilio API');
    }
    provider = createTwilioProvider({ accountSid: settings.accountSid, authToken: settings.authToken, ...(settings.from ? { from: settings.from } : {}), ...(settings.apiBase ? { baseUrl: settings.apiBase } : {}) });
  }
  const logger = log ?? createLogger(deps.config.logLevel);
  let audio = deps.services?.[PROMPT_AUDIO_SERVICE] as PromptAudio | null | undefined;
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

/** Channel state kept beside the engine session (key `channelState` of the stored session JSON). */
export type ChannelState =
  | {
      channel: 'voice';
      /** The attempt (call) that owns the session now. */
      attemptId: string;
      callSid: string | null;
      /** The prompts and listen of the last turn: what a replayed webhook is answered with. */
      lastEffects: Effect[];
    }
  | {
      channel: 'sms';
      attemptId: string;
      /** ISO times. */
      startedAt: string;
      lastOutboundAt: string;
      lastInboundAt: string | null;
      /** When the one reminder went out (null: not yet). */
      reminderSentAt: string | null;
      lastEffects: Effect[];
    };

export type ChannelSession = Session & { channelState?: ChannelState };

/** Only what a channel re-renders: prompts and the listen. */
export function speakable(effects: readonly Effect[]): Effect[] {
  return effects.filter((e) => e.type === 'prompt' || e.type === 'listen');
}

/**
 * The first step of a new contact (call or SMS thread) on a callback:
 * - no session yet, or the old one ended (done) or stopped before any answer: `start`;
 * - the last call dropped after some answers ('__hung_up'): `resume` at that step (003 二.3(4));
 * - a session still open from an attempt that never reported its end: that attempt's turn
 *   is closed with `hang_up` first (returned as `closePrevious`), then resumed.
 */
export function openingStep(
  dialog: CompiledDialog,
  stored: ChannelSession | null,
  start: { variables: Record<string, string>; timeZone: string; now: string },
  opts: { interpret: Interpreter },
): { closePrevious: StepResult | null; result: StepResult; resumed: boolean } {
  const startInput: Input = { type: 'start', variables: start.variables, timeZone: start.timeZone, now: start.now };
  const engine = { interpret: opts.interpret, timeZone: start.timeZone };
  if (!stored || stored.dialog !== dialog.spec.id || stored.version !== dialog.spec.version) {
    return { closePrevious: null, result: step(dialog, null, startInput, engine), resumed: false };
  }
  let closePrevious: StepResult | null = null;
  let session: Session = stripChannel(stored);
  if (!session.done && session.state !== '__hung_up') {
    closePrevious = step(dialog, session, { type: 'hang_up' }, engine);
    session = closePrevious.session;
  }
  const answered = Object.keys(session.ctx.answers ?? {}).length > 0;
  if (session.state === '__hung_up' && answered) {
    const r = step(dialog, session, { type: 'resume', now: start.now }, engine);
    if (!r.ignored) return { closePrevious, result: r, resumed: true };
  }
  return { closePrevious, result: step(dialog, null, startInput, engine), resumed: false };
}

export { localNow, startVariables, stripChannel } from '../start.js';

/**
 * Record the hang-up turn of a previous attempt that never reported its end (see
 * `openingStep`) and put the callback back in progress. Returns the new session version.
 */
export async function closePreviousTurn(
  rt: Pick<TwilioRuntime, 'store'>,
  callback: Callback,
  stored: { session: ChannelSession; version: number },
  closePrevious: StepResult,
): Promise<number> {
  const prev = stored.session.channelState?.attemptId ?? null;
  const prevAttempt = prev ? await rt.store.callbacks.getAttempt(prev) : null;
  const closed = await recordTurn(rt.store, {
    callbackId: callback.id,
    attemptId: prevAttempt && prevAttempt.callbackId === callback.id ? prevAttempt.id : null,
    providerEventId: `close:${prev ?? callback.id}:${stored.version}`,
    effects: closePrevious.effects,
    session: { ...closePrevious.session, ...(stored.session.channelState ? { channelState: stored.session.channelState } : {}) },
    expectedVersion: stored.version,
  });
  await rt.store.callbacks.update(callback.id, { status: 'in_progress' });
  return closed.version ?? stored.version + 1;
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

