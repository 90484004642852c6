// Round 21 (t21J): readings behind dev20's area J whole calls, in phrasings of our own, each beside a look-alike
// (the lead rewrote the helper's draft at the merge: it read fields readOnStep does not return).
import { describe, expect, it } from 'vitest';
import { stepReading } from '../../src/cli/commands/interpret.js';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpret } from '../../src/nlu/index.js';

const registry = loadRegistry();
const onStep = (dialogStep: string, text: string) => {
  const s = stepReading(dialogStep, 'zh-CN', registry);
  return interpret(text, s.expect, { locale: 'zh-CN', now: '2026-11-18T10:30:00+08:00', question: s.question, learned: false });
};

describe('round 21 (t21J) readings', () => {
  it('a bottom mark said plainly is taken; hedged, confirmed', () => {
    const plain = onStep('telecom-install.satisfaction', '零分');
    expect(plain.value).toBe('dissatisfied');
    expect(plain.confidence).toBeGreaterThanOrEqual(0.6);
    expect(onStep('telecom-install.satisfaction', '零分吧').confidence).toBeLessThan(0.6);
  });
  it('ears not good beside a louder please is no "not convenient"', () => {
    expect(onStep('telecom-install.convenient', '我耳朵不太好，你说大声点').value).not.toBe(false);
    expect(onStep('telecom-install.convenient', '不太好 我在开会').value).toBe(false);
  });
  it('just ask is a go-ahead', () => {
    expect(onStep('heating-sampling.convenient', '你问就行了').value).toBe(true);
    expect(onStep('heating-sampling.convenient', '你问吧').value).toBe(true);
  });
});
