import nock from 'nock';
import twilio from 'twilio';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTwilioProvider, RedirectingRequestClient } from '../../../src/channels/twilio/provider.js';

const SID = 'AC0123456789abcdef0123456789abcdef';
const CALL_SID = 'CA0123456789abcdef0123456789abcdef';
const api = `/2010-04-01/Accounts/${SID}`;
/** nock hands over a parsed form body (repeated keys as arrays) or the raw string. */
function formOf(b: unknown): URLSearchParams {
  if (typeof b === 'string') return new URLSearchParams(b);
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(b as Record<string, string | string[]>)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p;
}
const callJson = { sid: CALL_SID, account_sid: SID, status: 'queued', to: '+8613812345678', from: '+861012345678' };

describe('the Twilio REST API through the twilio SDK (nock)', () => {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  const provider = (o: { baseUrl?: string } = {}) =>
    createTwilioProvider({
      accountSid: SID,
      authToken: 'tok-123456789',
      from: '+861012345678',
      // stack.md: nock 14 hangs on keep-alive requests (nock issue 3001).
      httpClient: o.baseUrl ? new RedirectingRequestClient(o.baseUrl, { keepAlive: false }) : new twilio.RequestClient({ keepAlive: false }),
    });

  it('calls.create with machine detection, status events, recording, time limit and fallback', async () => {
    let body = '';
    const scope = nock('https://api.twilio.com')
      .post(`${api}/Calls.json`, (b: unknown) => {
        body = formOf(b).toString();
        return true;
      })
      .basicAuth({ user: SID, pass: 'tok-123456789' })
      .reply(201, callJson);
    const res = await provider().placeCall({
      to: '+8613812345678',
      url: 'https://example.org/twilio/voice?a=A1',
      statusCallback: 'https://example.org/twilio/status?a=A1',
      amdStatusCallback: 'https://example.org/twilio/amd?a=A1',
      fallbackUrl: 'https://example.org/twilio/fallback?a=A1',
      record: true,
      recordingStatusCallback: 'https://example.org/twilio/recording?a=A1',
      timeLimitSec: 600,
      timeoutSec: 30,
    });
    expect(res).toEqual({ providerId: CALL_SID });
    scope.done();
    const p = new URLSearchParams(body);
    expect(p.get('To')).toBe('+8613812345678');
    expect(p.get('From')).toBe('+861012345678');
    expect(p.get('Url')).toBe('https://example.org/twilio/voice?a=A1');
    expect(p.get('Method')).toBe('POST');
    expect(p.get('StatusCallback')).toBe('https://example.org/twilio/status?a=A1');
    expect(p.getAll('StatusCallbackEvent')).toEqual(['initiated', 'ringing', 'answered', 'completed']);
    expect(p.get('MachineDetection')).toBe('Enable');
    expect(p.get('AsyncAmd')).toBe('true');
    expect(p.get('AsyncAmdStatusCallback')).toBe('https://example.org/twilio/amd?a=A1');
    expect(p.get('Record')).toBe('true');
    expect(p.get('RecordingStatusCallback')).toBe('https://example.org/twilio/recording?a=A1');
    expect(p.get('FallbackUrl')).toBe('https://example.org/twilio/fallback?a=A1');
    expect(p.get('TimeLimit')).toBe('600');
    expect(p.get('Timeout')).toBe('30');
  });

  it('a RedirectingRequestClient sends the same requests to the simulator base URL', async () => {
    const scope = nock('http://127.0.0.1:4010')
      .post(`${api}/Messages.json`, (b: unknown) => {
        const p = formOf(b);
        return p.get('Body') === '你好' && p.get('To') === '+8613812345678' && p.get('StatusCallback') === 'https://example.org/twilio/sms-status?a=A1';
      })
      .reply(201, { sid: 'SM1', status: 'queued' })
      .get(`${api}/Calls/${CALL_SID}.json`)
      .reply(200, { ...callJson, status: 'completed', answered_by: 'human', duration: '42' });
    const p = provider({ baseUrl: 'http://127.0.0.1:4010' });
    expect(await p.sendSms({ to: '+8613812345678', body: '你好', statusCallback: 'https://example.org/twilio/sms-status?a=A1' })).toEqual({ providerId: 'SM1' });
    expect(await p.fetchCallStatus(CALL_SID)).toEqual({ providerId: CALL_SID, status: 'completed', answeredBy: 'human', durationSec: 42 });
    scope.done();
  });

  it('Twilio error 21610 comes back as HF_TWILIO_REQUEST with providerCode, without the number', async () => {
    nock('https://api.twilio.com')
      .post(`${api}/Messages.json`)
      .reply(400, { code: 21610, message: 'Attempt to send to unsubscribed recipient', more_info: 'https://www.twilio.com/docs/errors/21610', status: 400 });
    const err = await provider()
      .sendSms({ to: '+8613812345678', body: 'x' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'HF_TWILIO_REQUEST', details: { providerCode: 21610, status: 400 } });
    expect(String((err as Error).message)).not.toContain('13812345678');
  });

  it('hangUp and updateCall post to the call', async () => {
    const bodies: string[] = [];
    const scope = nock('https://api.twilio.com')
      .post(`${api}/Calls/${CALL_SID}.json`, (b: unknown) => {
        bodies.push(formOf(b).toString());
        return true;
      })
      .twice()
      .reply(200, callJson);
    await provider().hangUp(CALL_SID);
    await provider().updateCall(CALL_SID, '<Response><Enqueue>q</Enqueue></Response>');
    scope.done();
    expect(new URLSearchParams(bodies[0]).get('Status')).toBe('completed');
    expect(new URLSearchParams(bodies[1]).get('Twiml')).toBe('<Response><Enqueue>q</Enqueue></Response>');
  });
});
