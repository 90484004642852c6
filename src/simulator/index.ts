/** The Twilio-compatible simulator of customers: see docs/simulator.md. */
export { startSimulator } from './start.js';
export type { Simulator, StartSimulatorOptions } from './start.js';
export { rfc2822, SimState } from './state.js';
export type { SimCall, SimTurn, SimRequest, SimMessage, SimRecording, SimConference, SimConferenceParticipant, SimStats, CallStatus, MessageStatus } from './state.js';
export { simulatorTwilioClient, RedirectingRequestClient } from './client.js';
export { SimulatedClock, realClock, acceleratedClock } from './clock.js';
export type { Clock, SimulatedClockOptions } from './clock.js';
export {
  createPersona,
  personaMix,
  personasByNumber,
  mixWithAnswerRate,
  NOT_ANSWERING,
  PERSONA_KINDS,
  PERSONA_MIX,
  DISSATISFACTION_REASONS,
  classifyQuestion,
  keypadOptions,
} from './personas.js';
export type { Persona, PersonaKind, PersonaHabits, PersonaOptions, Heard, Reply, Pickup, Csat, QuestionKind } from './personas.js';
export { sign, signingString } from './signature.js';
export { loadSpeechRenderer, wavDuration, silentWav } from './audio.js';
export type { Segment, SpeechRenderer } from './audio.js';
export { parseTwiml, gatherSpec } from './twiml.js';
export type { TwimlNode, GatherSpec } from './twiml.js';
