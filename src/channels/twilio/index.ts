/** The Twilio channel (docs/telephony.md): what other modules use. */
export { startCallback, transferCall, transferTarget, inputFromTwilio, RECORDING_NOTICE, FALLBACK_TEXT } from './voice.js';
export { startSmsThread, smsDueActions, runSmsDueActions, loadSmsThreads, renderSmsText, smsInput, isOptOutText, optOutNumber, OPT_OUT_CONFIRMATION } from './sms.js';
export type { SmsThread, SmsDueAction, SmsDueOptions } from './sms.js';
export { createTwilioProvider, RedirectingRequestClient, TWILIO_OPTED_OUT, providerCodeOf } from './provider.js';
export type { VoiceProvider, PlaceCallRequest, SendSmsRequest, CallStatus, AddParticipantRequest } from './provider.js';
export { conferenceName, conferencesOn, listenIn, startConferenceTransfer } from './conference.js';
export { signTwilioRequest, signTwilioJsonRequest, verifyTwilioSignature, publicRequestUrl } from './signature.js';
export { renderTwiml, renderAgentDequeue, renderWhisper, renderHold, whisperText } from './twiml.js';
export type { TransferTarget, RenderOptions } from './twiml.js';
export { twilioSurface } from './surface.js';
export { twilioSurfaceIfConfigured } from './mount.js';
export { twilioRuntime, routeUrl } from './common.js';
export type { TwilioRuntime, StartCallbackRequest, StartCallbackResult, ContactChannel, VoiceState, SmsState } from './common.js';
