/**
 * Round 15 (t15Y, values on yes/no steps): a repair that held only a while (热了一会儿 第二天又凉了; 好了一点点，还是冷) is the
 * fault still there, a no; a state coming and going or good earlier and bad now is a no; the bar set at sparing the
 * company (我不骂你们就不错了) is a sneer that answers no. Checked on phrasings other than the corpus items, with look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const yn = (text: string) => interpretKind(text, 'yesno').value;

describe('a repair that held only a while', () => {
  it('answers no when the fault is back or still there', () => {
    expect(yn('修完那天好了一会儿 隔天又断了')).toBe(false);
    expect(yn('师傅弄了一下 没过两天又不热了')).toBe(false);
    expect(yn('暖气强了一点点，屋里还是冷')).toBe(false);
  });
  it('leaves a fix that took a while, and a small shortfall, alone', () => {
    expect(yn('弄了一会儿就好了')).toBe(true);
    expect(yn('热了，就是比以前稍微差一点')).toBe(true);
  });
});

describe('a state that comes and goes, or was good earlier and is bad now', () => {
  it('answers no', () => {
    expect(yn('网一会儿好一会儿断的')).toBe(false);
    expect(yn('时冷时热的，没个准')).toBe(false);
    expect(yn('早上还挺暖和，现在又不热了')).toBe(false);
  });
  it('leaves a state that got warm and stays alone', () => {
    expect(yn('一会儿就热了')).toBe(true);
    expect(yn('热了，我时不时摸一下')).toBe(true);
  });
});

describe('the bar set at sparing the company', () => {
  it('answers no', () => {
    expect(yn('推荐？我不投诉你们就算客气的了')).toBe(false);
    expect(yn('我没去闹就算给你们面子了')).toBe(false);
  });
  it('leaves a plain promise alone', () => {
    expect(yn('推荐，我不骗你')).toBe(true);
    expect(yn('会推荐的，不骗你')).toBe(true);
  });
});
