/**
 * A real `twilio` SDK client whose requests go to the simulator instead of
 * https://api.twilio.com (and the other *.twilio.com hosts).
 *
 * The SDK builds absolute URIs (https://api.twilio.com/2010-04-01/...) and hands them to its
 * `httpClient` (a `RequestClient`). We subclass RequestClient and rewrite the origin of each
 * URI to the simulator's base URL, keeping path and query: everything else (auth header,
 * form encoding, JSON parsing, RestException) is the SDK's own code.
 */
import twilio from 'twilio';
import { RedirectingRequestClient } from '../channels/twilio/provider.js';

export { RedirectingRequestClient };

type RequestClientCtor = typeof twilio.RequestClient;

/**
 * `twilio(accountSid, authToken)` talking to the simulator at `baseUrl`.
 * `opts` go to the RequestClient (e.g. `{ keepAlive: true }` for many calls).
 */
export function simulatorTwilioClient(
  baseUrl: string,
  accountSid: string,
  authToken: string,
  opts: ConstructorParameters<RequestClientCtor>[0] = {},
): twilio.Twilio {
  return twilio(accountSid, authToken, { httpClient: new RedirectingRequestClient(baseUrl, opts) });
}
