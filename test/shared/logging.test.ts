import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { maskPhonesInText } from '../../src/shared/logging.js';
import { appDeps } from '../support/app.js';
import { unmaskedPhones } from '../support/processes.js';
import { openStore } from '../../src/store/index.js';

describe('phone numbers in logged request URLs', () => {
  it('masks a mobile number anywhere in a text, with or without +86, encoded or not', () => {
    expect(maskPhonesInText('/twilio/voice?a=x%2B8613812345678&b=13912345678')).toBe('/twilio/voice?a=x%2B138****5678&b=139****5678');
    // Not a phone: longer digit runs (epoch milliseconds), ids, short numbers.
    expect(maskPhonesInText('time 1796900504123, id 42, 0101234567')).toBe('time 1796900504123, id 42, 0101234567');
  });

  it('leaves a UUID or a SID whose digits look like a number intact (an id, not a phone), and still masks a number beside it', () => {
    const uuid = '75751e95-ebc3-4182-8bef-17812347819e';
    const sid = 'CA13812345678aaaabbbbccccddddeeee0';
    expect(maskPhonesInText(`/api/calls/${uuid}?to=13912345678`)).toBe(`/api/calls/${uuid}?to=139****5678`);
    expect(maskPhonesInText(`sid ${sid} 8613812345678`)).toBe(`sid ${sid} 138****5678`);
    expect(unmaskedPhones([`{"callbackId":"${uuid}","phone":"[redacted]"}`, `sid ${sid}`])).toEqual([]);
    expect(unmaskedPhones([`{"callbackId":"${uuid}","to":"13912345678"}`])).toHaveLength(1);
  });

  it('the server logs a request whose URL carries a number with the number masked', async () => {
    const store = await openStore({ dataDir: 'memory://' });
    const lines: string[] = [];
    const app = await buildApp(appDeps(store, {}), { logLevel: 'info', surfaces: [], logStream: { write: (l: string) => void lines.push(l) } });
    try {
      await app.inject({ method: 'GET', url: '/healthz?to=%2B8613812345678' });
      const text = lines.join('\n');
      expect(text).toContain('138****5678');
      expect(text).not.toMatch(/13812345678/);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
