// Round 19 (t19C2): whole calls — no big complaint and then
// "just" one point on the closing question, an English "about the X" that is no "roughly". Played with the real
// interpreter, rules alone, in words of their own (not the corpus items'), each with its look-alike.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';
import { rulesAlone } from '../nlu/read-kind.js';

rulesAlone();

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;

describe('round 19: no big complaint, then "just" one point, on the closing question', () => {
  const lines = (last: string) => ['方便', '二十一度', '满意', '满意', last];
  it('is a point for review, no escalation', () => {
    expect(call('heating-sampling', lines('也没啥大问题 就是客服电话老打不进去')).outcome).toBe('completed');
    expect(call('heating-sampling', lines('别的都挺好 只是缴费的地方排队有点长')).outcome).not.toBe('escalated');
  });
  it('look-alike: the heating still cold after it still escalates', () => {
    expect(call('heating-sampling', lines('没什么大意见 就是暖气又不热了')).outcome).toBe('escalated');
  });
});

describe('round 19: English "about the X" is no "roughly"', () => {
  it('a regret about the weather beside a level is taken as said', () => {
    const ctx = call('telecom-install', ['yes that is me', 'sure', 'satisfied, sorry about the snow but he finished it'], 'en');
    expect(ctx.outcome).toBe('completed');
  });
});
