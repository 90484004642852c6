/**
 * Round 13 (t13C), complaints that are none: a suggestion of something new, the customer's own doing, cleaning done,
 * a problem put right, praise whose words look like a grievance. Each rule is checked on phrasings other than the
 * corpus items that showed it, and beside the grievances it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const day = '2026-11-18';
const read = (text: string, kind = 'csat3') => interpretKind(text, kind, { now: `${day}T10:30:00+08:00` });
const cat = (text: string, kind = 'csat3') => read(text, kind).complaint ?? null;

describe('a suggestion of something not offered yet, on a text step', () => {
  it('advance notice, a warranty card, more designs, a group chat, fees collected at home, an earlier season', () => {
    expect(cat('希望以后检修前能提前发个通知', 'text')).toBeNull();
    expect(cat('建议你们给每家出个保修单', 'text')).toBeNull();
    expect(cat('可以多出几个方案给我们选', 'text')).toBeNull();
    expect(cat('要说建议 可以拉个微信群 有事好说', 'text')).toBeNull();
    expect(cat('暖气费能不能上门收 我们岁数大了', 'text')).toBeNull();
    expect(cat('希望今年能早点供暖', 'text')).toBeNull();
  });
  it('a suggestion that tells a shortfall met stays a grievance', () => {
    expect(cat('建议你们提前打个电话 我白等了一上午', 'text')).toBe('late');
    expect(cat('能不能便宜点 网费太贵了', 'text')).toBe('billing');
    expect(cat('建议你们把暖气烧热点', 'text')).toBe('quality');
  });
});

describe("the customer's own doing, cleaning done, a problem sorted (English)", () => {
  it('my fault, my old laptop, not your line', () => {
    expect(cat('Satisfied, the wait was my own fault, I was out')).toBeNull();
    expect(cat('The slow speed was my old router, not your line, all fine now')).toBeNull();
    expect(cat('It was my fault, but the engineer was rude to me')).toBe('attitude');
  });
  it('dust vacuumed up, shoes taken off, came back and fixed it', () => {
    expect(cat('Very happy, he swept up all the dust before leaving')).toBeNull();
    expect(cat('Happy, he took his shoes off at the door')).toBeNull();
    expect(cat('Good, just wish he had taken his shoes off')).toBe('mess');
    expect(cat('It dropped a couple of times but he came back and fixed it, very happy')).toBeNull();
    expect(cat('The fault came back the next day', 'text')).toBe('not_fixed');
  });
});

describe('praise whose words look like a grievance (Chinese)', () => {
  it('paying by card, the customer finding fault, a standing offer for later trouble', () => {
    expect(cat('装好当天就能刷卡了 挺方便的')).toBeNull();
    expect(cat('满意，我挑了好多毛病他都一一改了', 'yesno')).toBeNull();
    expect(cat('十分，师傅说以后有问题就找他', 'scale:0-10')).toBeNull();
    expect(read('十分，师傅说以后有问题就找他', 'scale:0-10').value).toBe(10);
  });
  it('quality conceded fine, no one asked for money', () => {
    expect(cat('质量倒是没问题', 'yesno')).toBeNull();
    expect(cat('从来没人跟我要过红包', 'yesno')).toBeNull();
    expect(cat('He said it was my router s fault, very rude')).toBe('attitude');
    expect(cat('有人问我要过红包', 'yesno')).toBe('money');
  });
});
