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
import type TwilioRequestClient from 'twilio/lib/base/RequestClient.js';

type RequestClientCtor = typeof twilio.RequestClient;

/** A RequestClient that sends every request to `baseUrl`. */
export class RedirectingRequestClient extends twilio.RequestClient {
  private readonly target: URL;

  constructor(baseUrl: string, opts: ConstructorParameters<RequestClientCtor>[0] = {}) {
    // keepAlive off: a local server and tests do not need pooled sockets (and nock 14 hangs on them).
    super({ keepAlive: false, ...opts });
    this.target = new URL(baseUrl);
  }

  override request<TData>(opts: TwilioRequestClient.RequestOptions<TData>) {
    const u = new URL(opts.uri);
    if (/(^|\.)twilio\.com$/.test(u.hostname)) {
      u.protocol = this.target.protocol;
      u.host = this.target.host;
      const prefix = this.target.pathname.replace(/\/+$/, '');
      u.pathname = prefix + u.pathname;
    }
    return super.request<TData>({ ...opts, uri: u.toString() });
  }
}

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
