/**
 * Twilio's settings with their defaults, and what they decide, without the Twilio SDK: the
 * workspace reads them at start (whether listening in is possible) and loads the channel's
 * modules only when a call needs them.
 */
import type { Config, TwilioConfig } from '../../shared/config.js';

/** Twilio settings with defaults filled in (loadConfig sets them only when a telephony variable is set). */
export function twilioSettings(config: Config): TwilioConfig {
  return { smsSessionHours: 24, callTimeLimitSec: 600, recordCalls: true, transferMode: 'conference', ...(config.twilio ?? {}) };
}

/** Whether live transfers run as conferences (TWILIO_TRANSFER_MODE, default conference). */
export function conferencesOn(rt: { settings: TwilioConfig }): boolean {
  return (rt.settings.transferMode ?? 'conference') === 'conference';
}
