import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/shared/config.js';
import { publicRequestUrl, signTwilioJsonRequest, signTwilioRequest, verifyTwilioSignature, type TwilioParams } from '../../../src/channels/twilio/signature.js';
import { twilioSurfaceIfConfigured } from '../../../src/channels/twilio/mount.js';
import { twilioSurface } from '../../../src/channels/twilio/surface.js';
import { count, post, rig, TOKEN, type Rig } from '../../support/twilio.js';
import { seedCallback } from '../../support/seed.js';
import { sharedTestdata } from '../../support/testdata.js';

interface Vector {
  id: string;
  auth_token: string;
  url: string;
  params?: Record<string, string>;
  params_multi?: [string, string][];
  raw_body?: string;
  content_type?: string;
  expected_signature: string;
  valid: boolean;
}

const vectors = (JSON.parse(readFileSync(sharedTestdata('twilio-signature-vectors.json'), 'utf8')) as { vectors: Vector[] }).vectors;

function paramsOf(v: Vector): TwilioParams {
  if (v.params_multi) {
    const p: Record<string, string[]> = {};
    for (const [k, val] of v.params_multi) (p[k] ??= []).push(val);
    return p;
  }
  return v.params ?? {};
}
const isJson = (v: Vector) => v.raw_body !== undefined && !v.params_multi;

describe('X-Twilio-Signature vectors (/work/shared/testdata)', () => {
  it('has the ten vectors', () => expect(vectors).toHaveLength(10));
  for (const v of vectors) {
    it(`${v.id}: ${v.valid ? 'accepted' : 'refused'}`, () => {
      const ok = verifyTwilioSignature(
        isJson(v)
          ? { authToken: v.auth_token, signature: v.expected_signature, url: v.url, rawBody: v.raw_body as string }
          : { authToken: v.auth_token, signature: v.expected_signature, url: v.url, params: paramsOf(v) },
      );
      expect(ok).toBe(v.valid);
    });
  }
  it('signTwilioRequest reproduces the signatures of the form vectors signed over the URL as given', () => {
    for (const id of ['form-basic', 'form-duplicate-keys', 'form-caller-variant', 'form-http-port-1234']) {
      const v = vectors.find((x) => x.id === id) as Vector;
      expect(signTwilioRequest(v.auth_token, v.url, paramsOf(v))).toBe(v.expected_signature);
    }
  });
  it('fails closed: no signature, no token, wrong token, a JSON body that does not match its hash', () => {
    const v = vectors.find((x) => x.id === 'form-basic') as Vector;
    expect(verifyTwilioSignature({ authToken: v.auth_token, signature: undefined, url: v.url, params: v.params })).toBe(false);
    expect(verifyTwilioSignature({ authToken: '', signature: v.expected_signature, url: v.url, params: v.params })).toBe(false);
    expect(verifyTwilioSignature({ authToken: 'other', signature: v.expected_signature, url: v.url, params: v.params })).toBe(false);
    const j = vectors.find((x) => x.id === 'json-body-hex-sha256') as Vector;
    expect(verifyTwilioSignature({ authToken: j.auth_token, signature: j.expected_signature, url: j.url, rawBody: '{"property": "tampered"}' })).toBe(false);
    const signed = signTwilioJsonRequest('12345', 'https://mycompany.com/myapp.php?foo=1&bar=2', j.raw_body as string);
    expect(signed.url).toBe(j.url);
    expect(signed.signature).toBe(j.expected_signature);
  });
  it('the signed URL is PUBLIC_URL + path and query', () => {
    expect(publicRequestUrl('https://example.org/', '/twilio/voice?a=1&t=2')).toBe('https://example.org/twilio/voice?a=1&t=2');
  });
});

describe('the Twilio surface checks signatures before anything else', () => {
  let r: Rig;
  beforeAll(async () => {
    r = await rig();
  });
  afterAll(async () => r?.close());

  it('403 on a missing or wrong signature, and nothing is read or written', async () => {
    const { callback } = await seedCallback(r.store);
    const { attempt } = await r.store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice', providerId: 'CA403' });
    const before = await Promise.all(['attempts', 'processed_events', 'dialog_sessions', 'answers', 'do_not_contact'].map((t) => count(r.store, t)));
    const cases: [string, Record<string, string>][] = [
      [`/twilio/voice?a=${attempt.id}`, { CallSid: 'CA403' }],
      [`/twilio/status?a=${attempt.id}`, { CallSid: 'CA403', CallStatus: 'completed' }],
      [`/twilio/amd?a=${attempt.id}`, { CallSid: 'CA403', AnsweredBy: 'machine_start' }],
      [`/twilio/recording?a=${attempt.id}`, { CallSid: 'CA403', RecordingSid: 'RE1' }],
      [`/twilio/fallback?a=${attempt.id}`, { CallSid: 'CA403' }],
      ['/twilio/sms', { From: '+8613812345678', Body: '退订', MessageSid: 'SM403' }],
      [`/twilio/sms-status?a=${attempt.id}`, { MessageSid: 'SM1', ErrorCode: '21610', To: '+8613812345678' }],
    ];
    for (const [path, params] of cases) {
      const missing = await post(r.app, path, params, { signature: null });
      expect(missing.statusCode, path).toBe(403);
      expect(missing.json()).toMatchObject({ error: { code: 'HF_TWILIO_SIGNATURE' } });
      expect((await post(r.app, path, params, { token: 'not-the-token' })).statusCode, path).toBe(403);
      // Signed for other parameters (tampered body).
      const sig = signTwilioRequest(TOKEN, `https://example.org${path}`, { ...params, Digits: '9' });
      expect((await post(r.app, path, params, { signature: sig })).statusCode, path).toBe(403);
      // Signed for another URL (another attempt).
      const other = signTwilioRequest(TOKEN, `https://example.org${path}x`, params);
      expect((await post(r.app, path, params, { signature: other })).statusCode, path).toBe(403);
    }
    const after = await Promise.all(['attempts', 'processed_events', 'dialog_sessions', 'answers', 'do_not_contact'].map((t) => count(r.store, t)));
    expect(after).toEqual(before);
    expect(await r.store.callbacks.getAttempt(attempt.id)).toMatchObject({ outcome: null, recordingRef: null, answeredAt: null });
    expect(r.provider.hungUp).toEqual([]);
    expect(r.provider.sms).toEqual([]);
  });

  it('a signature with the default port added (https :443) is accepted', async () => {
    const sig = signTwilioRequest(TOKEN, 'https://example.org:443/twilio/voice?a=nope', { CallSid: 'CA1' });
    const res = await post(r.app, '/twilio/voice?a=nope', { CallSid: 'CA1' }, { signature: sig });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  it('refuses to register without TWILIO_AUTH_TOKEN or PUBLIC_URL', async () => {
    const base = { ...r.deps };
    await expect(buildApp({ ...base, config: loadConfig({ PUBLIC_URL: 'https://example.org', TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}` }) }, { logLevel: 'silent', surfaces: [twilioSurface] })).rejects.toMatchObject({
      code: 'HF_TWILIO_CONFIG',
    });
    await expect(buildApp({ ...base, config: loadConfig({ TWILIO_AUTH_TOKEN: TOKEN }) }, { logLevel: 'silent', surfaces: [twilioSurface] })).rejects.toMatchObject({
      code: 'HF_TWILIO_CONFIG',
    });
    // `huifang serve` with some Twilio setting but no token refuses too.
    await expect(buildApp({ ...base, services: {}, config: loadConfig({ TWILIO_FROM: '+861012345678' }) }, { logLevel: 'silent', surfaces: [twilioSurfaceIfConfigured] })).rejects.toMatchObject({
      code: 'HF_TWILIO_CONFIG',
    });
    // With no Twilio setting at all the routes are simply not there.
    const app = await buildApp({ ...base, services: {}, config: loadConfig({}) }, { logLevel: 'silent', surfaces: [twilioSurfaceIfConfigured] });
    expect((await app.inject({ method: 'POST', url: '/twilio/voice' })).statusCode).toBe(404);
    await app.close();
  });
});
