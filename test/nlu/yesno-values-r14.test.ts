/**
 * Round 14 (t14A, values on yes/no steps): a bare "no" said as its own opening clause is the answer, even when the
 * clause after it praises or tells facts (normalising drops the pause, and the scanner would read the 没有 as negating
 * the next word). Checked on phrasings other than the corpus items, and on the look-alikes it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpret, interpretKind } from '../../src/nlu/index.js';

const yn = (text: string) => interpretKind(text, 'yesno').value;

describe('a bare "no" opening the answer', () => {
  it('answers no whatever praise or facts follow it', () => {
    expect(yn('没有，师傅们挺本分，干活也麻利')).toBe(false);
    expect(yn('没有 而且我还想介绍给邻居')).toBe(false);
    expect(yn('不会，我身边的人都装完了')).toBe(false);
    expect(yn('没有，进度很快')).toBe(false);
    expect(yn('没，工人都挺客气')).toBe(false);
  });
  it('leaves a "yes" that corrects it, a negated noun, and no pause alone', () => {
    expect(yn('不是 哦 是是 我是')).toBe(true);
    expect(yn('没有问题，挺好')).toBe(true);
    expect(yn('挺好的，没有问题')).toBe(true);
    expect(yn('没有')).toBe(false);
  });
});

describe('a go-ahead said as a clause beside room made for the call', () => {
  it('answers yes', () => {
    expect(yn('刚好没事，你问吧')).toBe(true);
    expect(yn('我把车停好了 你说')).toBe(true);
    expect(yn('你说 我把电视关了')).toBe(true);
  });
  it('is left alone beside a distraction, a grievance or a question', () => {
    // Read by the rules alone, as the engine reads "is now a good time?" (the step's learnedReads, src/engine/compile.ts): the learned
    // reader, retrained with dev15, guesses a yes here, which no call ever uses.
    expect(interpret('孩子在闹呢，你说你说', { kind: 'yesno' }, { locale: 'zh-CN', learned: false }).value).toBeNull();
    expect(yn('你说 网还是不通')).toBe(false);
  });
});
