/** What Twilio's call, conference and message models and its REST plugin share. */
import type { SimState } from './state.js';
import type { Send } from './webhooks.js';

/** Twilio's REST API version, in every path and webhook. */
export const API_VERSION = '2010-04-01';

export interface TwilioContext {
  state: SimState;
  /** Sends webhooks signed with the auth token (X-Twilio-Signature). */
  send: Send;
  accountSid: string;
  authToken: string;
}
