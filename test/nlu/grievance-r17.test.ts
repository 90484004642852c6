/**
 * Round 17 (t17G, dev16): the callback coached or the rating taken over by the worker — told what to say when the call comes,
 * pressed for a top mark, a low mark made to cost him, the rating done on his phone or under his eyes, a threat for a low
 * answer — is conduct (attitude, 000 第四十六条), and the words he dictated are not the customer's level. Phrasings of our
 * own, with the look-alikes that must stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-12-05T10:30:00+08:00', locale });
  return { v: r.value, c: r.complaint ?? null };
};

describe('the callback coached (round 17, t17G)', () => {
  it('told what to say when the call comes: attitude', () => {
    expect(read('装宽带那个小哥交代我，客服打电话来就说非常满意', 'text').c).toBe('attitude');
    expect(read('师傅临走嘱咐我接到电话都说满意', 'text').c).toBe('attitude');
    expect(read('他教我说回访的时候按1就行', 'text').c).toBe('attitude');
  });
  it('pressed for the words, a low mark made to cost him, a threat: attitude', () => {
    expect(read('工长一直求我们说好评', 'text').c).toBe('attitude');
    expect(read('他说给低分的话他要被扣奖金', 'text').c).toBe('attitude');
    expect(read('师傅讲要是我打差评他就不管了', 'text').c).toBe('attitude');
  });
  it('the rating done on his phone or under his eyes: attitude', () => {
    expect(read('他用我的手机评了个五星就走了', 'text').c).toBe('attitude');
    expect(read('非得在他自己手机上签字才让走', 'text').c).toBe('attitude');
    expect(read('He told us to rate him five stars when you rang', 'text', 'en').c).toBe('attitude');
  });
  it('the words he dictated are not the level', () => {
    expect(read('还行，就是那师傅嘱咐我回访要说非常满意', 'csat3').v).not.toBe('very_satisfied');
  });
  it('leaves the customer\'s own words, the question asked back, the survey\'s name and money asked of him alone', () => {
    expect(read('满意，你让我说满意我就说满意', 'csat3').c).toBeNull();
    expect(read('我给你们满意度打个满分', 'csat3').c).toBeNull();
    expect(read('非常满意，师傅挺好的', 'csat3')).toEqual({ v: 'very_satisfied', c: null });
    expect(read('我要是说不满意，会不会扣他钱啊', 'text').c).not.toBe('attitude');
    expect(read('he ask me give him one hundred kuai for the cable', 'text', 'en').c).not.toBe('attitude');
  });
});
