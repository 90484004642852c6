// Round 21 (t21J): whole calls of dev20's area J, in phrasings of our own, each beside a look-alike.
import { describe, expect, it } from 'vitest';
import { readOnStep } from '../nlu/read-kind.js';

describe('round 21 (t21J) readings', () => {
  it('a bottom mark said plainly is taken; hedged, confirmed', () => {
    expect(readOnStep('telecom-install.satisfaction', '零分').confidence).toBeGreaterThanOrEqual(0.6);
    expect(readOnStep('telecom-install.satisfaction', '零分吧').confidence).toBeLessThan(0.6);
  });
  it('ears not good beside a louder please is no "not convenient"', () => {
    expect(readOnStep('telecom-install.convenient', '我耳朵不太好，你说大声点').intent).toBe('repeat');
    expect(readOnStep('telecom-install.convenient', '不太好 我在开会').value).toBe(false);
  });
  it('just ask is a go-ahead', () => {
    expect(readOnStep('heating-sampling.convenient', '你问就行了').value).toBe(true);
    expect(readOnStep('heating-sampling.convenient', '你问就是').value).toBe(null);
  });
});
