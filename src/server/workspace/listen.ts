/**
 * Listening in from the workspace's Live page: whether it is possible here. The listen route
 * rings the supervisor with the voice channel's own `listenIn` (src/channels/twilio/conference.ts).
 */
import { conferencesOn, twilioSettings } from '../../channels/twilio/settings.js';
import type { AppDeps } from '../app.js';

export interface ListenAvailability {
  /** Twilio can be reached here (PUBLIC_URL and REST credentials, or an injected provider). */
  twilio: boolean;
  /** Calls put through to people run as conferences, so supervisors can listen in. */
  listenIn: boolean;
  /** Why not: no Twilio, or TWILIO_TRANSFER_MODE is not 'conference'. */
  reason: 'no_twilio' | 'transfer_mode' | null;
}

export function listenAvailability(deps: AppDeps): ListenAvailability {
  const t = deps.config.twilio;
  const twilio = Boolean(deps.config.publicUrl && (deps.services?.twilio || (t?.accountSid && t?.authToken)));
  if (!twilio) return { twilio: false, listenIn: false, reason: 'no_twilio' };
  if (!conferencesOn({ settings: twilioSettings(deps.config) })) return { twilio, listenIn: false, reason: 'transfer_mode' };
  return { twilio, listenIn: true, reason: null };
}
