import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/shared/config.js';
import { maskPhone, normalizePhone, PHONE_REDACTION } from '../../src/shared/phone.js';

describe('phone numbers', () => {
  it('normalises to E.164', () => {
    expect(normalizePhone('138 1234 5678')).toBe('+8613812345678');
    expect(normalizePhone('+86 138-1234-5678')).toBe('+8613812345678');
    expect(normalizePhone('008613812345678')).toBe('+8613812345678');
    expect(normalizePhone('010-61234567')).toBe('+861061234567');
    expect(() => normalizePhone('12')).toThrow(expect.objectContaining({ code: 'HF_PHONE_INVALID' }));
    expect(() => normalizePhone('call me')).toThrow(expect.objectContaining({ code: 'HF_PHONE_INVALID' }));
  });

  it('masks for display', () => {
    expect(maskPhone('+8613812345678')).toBe('138****5678');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+14155550123')).toBe('141****0123');
    expect(maskPhone('12')).toBe('****');
  });

  it('pino redaction keeps numbers out of log lines', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _e, cb) => (lines.push(chunk.toString()), cb()) });
    const log = pino({ redact: PHONE_REDACTION }, sink);
    log.info({ phone: '+8613812345678', call: { To: '+8613812345678', From: '+8610086' } }, 'dialling');
    expect(lines.join('')).not.toContain('13812345678');
    expect(lines.join('')).toContain('138****5678');
  });
});

describe('config', () => {
  it('defaults to PGlite in ./data', () => {
    expect(loadConfig({})).toEqual({ databaseUrl: undefined, dataDir: './data', writeback: null, logLevel: 'info' });
  });

  it('reads the write-back endpoint of the default tenant', () => {
    const c = loadConfig({
      HUIFANG_WRITEBACK_URL: 'https://crm.example.com/hooks',
      HUIFANG_WRITEBACK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      HUIFANG_WRITEBACK_ALLOW_PRIVATE: 'true',
      DATABASE_URL: 'postgres://u@h/db',
      LOG_LEVEL: '',
    });
    expect(c.writeback).toEqual({ url: 'https://crm.example.com/hooks', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', allowPrivate: true });
    expect(c.databaseUrl).toBe('postgres://u@h/db');
  });

  it('takes TWILIO_ACCOUNT_SID only as AC and 32 hex characters', () => {
    const sid = 'AC0123456789abcdef0123456789ABCDEF';
    expect(loadConfig({ TWILIO_ACCOUNT_SID: sid }).twilio?.accountSid).toBe(sid);
    for (const bad of ['AC1', 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `AC${'0'.repeat(31)}`, `AC${'0'.repeat(33)}`, `ac${'0'.repeat(32)}`, `SK${'0'.repeat(32)}`, `AC${'0'.repeat(31)}_`]) {
      try {
        loadConfig({ TWILIO_ACCOUNT_SID: bad });
        expect.unreachable(bad);
      } catch (e) {
        expect(e, bad).toMatchObject({ code: 'HF_CONFIG_INVALID' });
        expect((e as Error).message).toMatch(/TWILIO_ACCOUNT_SID: must be AC followed by 32 hex characters/);
      }
    }
  });

  it('names bad variables without echoing secrets', () => {
    try {
      loadConfig({ HUIFANG_WRITEBACK_URL: 'https://x.example', HUIFANG_WRITEBACK_SECRET: 'topsecret', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'HF_CONFIG_INVALID' });
      expect((e as Error).message).toMatch(/HUIFANG_WRITEBACK_SECRET/);
      expect((e as Error).message).toMatch(/DATABASE_URL/);
      expect((e as Error).message).not.toContain('topsecret');
    }
    expect(() => loadConfig({ HUIFANG_WRITEBACK_URL: 'https://x.example' })).toThrow(expect.objectContaining({ code: 'HF_CONFIG_INVALID' }));
  });
});
