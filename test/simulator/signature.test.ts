import { readFileSync } from 'node:fs';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { sign } from '../../src/simulator/signature.js';
import { sharedTestdata } from '../support/testdata.js';

interface Vector {
  id: string;
  auth_token: string;
  url: string;
  content_type?: string;
  params?: Record<string, string>;
  params_multi?: [string, string][];
  raw_body?: string;
  expected_signature: string;
  valid: boolean;
  note?: string;
}

const VECTORS_FILE = sharedTestdata('twilio-signature-vectors.json');
const vectors = (JSON.parse(readFileSync(VECTORS_FILE, 'utf-8')) as { vectors: Vector[] }).vectors;

/** The URL the signature was computed over (some vectors test the validator's port handling). */
function signedUrl(v: Vector): string {
  if (v.id === 'form-https-port-1234-stripped') return v.url.replace(':1234', '');
  if (v.id === 'form-https-add-port-443') return v.url.replace('mycompany.com/', 'mycompany.com:443/');
  if (v.id === 'form-http-add-port-80') return v.url.replace('mycompany.com/', 'mycompany.com:80/');
  return v.url;
}

function multi(pairs: [string, string][]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of pairs) (out[k] ??= []).push(v);
  return out;
}

describe('sign(token, url, params) against the shared vectors', () => {
  for (const v of vectors) {
    it(`${v.id}${v.valid ? '' : ' (negative)'}`, () => {
      const json = (v.content_type ?? '').includes('json') || v.url.includes('bodySHA256');
      const params = json ? {} : v.params_multi ? multi(v.params_multi) : (v.params ?? {});
      const got = sign(v.auth_token, signedUrl(v), params);
      if (v.valid) expect(got).toBe(v.expected_signature);
      else expect(got).not.toBe(v.expected_signature);
    });
  }

  it('agrees with twilio.validateRequest on form requests', () => {
    for (const v of vectors.filter((x) => x.params && !x.url.includes('bodySHA256'))) {
      const url = signedUrl(v);
      expect(twilio.validateRequest(v.auth_token, sign(v.auth_token, url, v.params ?? {}), v.url, v.params ?? {})).toBe(true);
    }
  });

  it('signs non-ASCII values as UTF-8 (Chinese speech results)', () => {
    const params = { SpeechResult: '挺满意的', Confidence: '0.91', CallSid: 'CA1' };
    const url = 'https://huifang.example.com/twilio/voice?a=abc&t=3';
    expect(twilio.validateRequest('tok', sign('tok', url, params), url, params)).toBe(true);
  });
});
