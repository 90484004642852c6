/**
 * Round 24 (lead): a refusal to score asked as a question beside 不满意 (不满意 打什么分) is the refusal 不满意 不想打分 is: a low
 * score to confirm, so the customer reaches a person; the question alone, or 满意不满意 asked back, stays no score.
 */
import { describe, expect, it } from 'vitest';
import { readOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 24 (lead): 不满意 with the score refused as a question', () => {
  it('is a low score on 0–10 and on 0–5', () => {
    for (const t of ['不满意 打什么分', '不满意 给啥分', '我不满意 评什么分']) {
      const r = readOnStep('unicom-engineer.rating', t);
      expect(typeof r.v === 'number' && r.v <= 6, t).toBe(true);
    }
    const r = readOnStep('renovation.overall', '不满意 打什么分');
    expect(typeof r.v === 'number' && r.v <= 2).toBe(true);
  });
  it('look-alikes: the question alone, or the level asked back, give no score', () => {
    for (const t of ['打什么分', '打啥分啊', '满意不满意的 打什么分啊']) expect(readOnStep('unicom-engineer.rating', t).v, t).toBeNull();
  });
});
