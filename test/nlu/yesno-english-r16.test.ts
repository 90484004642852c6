/**
 * Round 16 (t16Y), yes/no and English (dev15, author a3): yes and no said without the verb (那还用说, 可不, 必须的, 谁说不是呢,
 * 那倒是; 算是吧, 应该吧; 未必, 不见得), a question said back to deny it (谁说好了？), yes/no told by a comparison (跟新装的一样,
 * 比以前强点吧; 跟外头一个温度), and native English idioms (ace, sweet as, A-OK; a shambles, naff; hit or miss; it was rubbish).
 * Each rule is checked on phrasings other than the corpus items, and on the look-alikes it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('yes without the verb', () => {
  it('an agreement phrase opening the answer is a yes', () => {
    for (const t of ['可不，修好了', '那可不，现在快多了', '可不是嘛，都正常了', '那还用说，热乎乎的', '必须的，早弄好了', '谁说不是呢，总算能用了', '那倒是，好了', '可不咋的，挺好']) {
      expect(read(t, 'yesno').v, t).toBe(true);
    }
  });
  it('said alone it is a yes too', () => {
    for (const t of ['那还用说', '必须的', '可不']) expect(read(t, 'yesno').v, t).toBe(true);
  });
  it('said after the answer it only stresses it', () => {
    expect(read('好了，那还用问', 'yesno').v).toBe(true);
  });
  it('leaves 可不 and 谁说 inside a sentence alone', () => {
    expect(read('我可不满意', 'yesno').v).toBe(false);
    expect(read('可不好了，又断了', 'yesno').v).toBe(false);
  });
  it('agreement with a remark about everyone is no answer', () => {
    for (const t of ['可不是嘛，现在谁家都离不开网', '那还用说，家里全靠它了', '可不，家家都离不了网']) expect(read(t, 'yesno').v, t).toBeNull();
  });
});

describe('a tentative yes and a "not necessarily"', () => {
  it('算是吧 / 应该吧 / 好像是吧 are a reluctant yes', () => {
    for (const t of ['算是吧', '应该吧', '应该是吧', '好像是吧']) expect(read(t, 'yesno').v, t).toBe(true);
  });
  it('未必 / 不见得 are a no', () => {
    for (const t of ['未必', '不见得', '未必会']) expect(read(t, 'yesno').v, t).toBe(false);
  });
});

describe('a question said back to deny it', () => {
  it('谁说好了？ denies what it repeats', () => {
    expect(read('谁说修好了？还是连不上', 'yesno').v).toBe(false);
  });
});

describe('yes or no told by a comparison', () => {
  it('like new, warmer than the neighbours, better than before: yes', () => {
    for (const t of ['跟刚买的一样', '现在跟新的似的', '比邻居家还暖和', '比报修之前强多了', '比以前更稳定了', '跟原来完全两样了']) expect(read(t, 'yesno').v, t).toBe(true);
  });
  it('like outside, like ice, like nothing was done: no', () => {
    for (const t of ['跟外面一个温度', '跟冰窖似的', '跟没修一样']) expect(read(t, 'yesno').v, t).toBe(false);
  });
  it('a like-for-like praised keeps its word, a fault like before stays a fault', () => {
    expect(read('跟邻居家一样冷', 'yesno').v).toBe(false);
  });
  it('a little better with a fault after it is no yes', () => {
    expect(read('比之前强点，可屋里还是凉', 'yesno').v).toBe(false);
  });
});

describe('native English idioms', () => {
  it('praise', () => {
    for (const t of ['Ace, really', 'Sweet as, mate', 'He was a total legend']) expect(read(t, 'csat3', 'en').v, t).toBe('very_satisfied');
    expect(read('A-OK thanks', 'csat3', 'en').v).toBe('satisfied');
  });
  it('blame', () => {
    for (const t of ['Total shambles, mate', 'Bit naff really', 'Complete waste of my day']) expect(read(t, 'csat3', 'en').v, t).toBe('dissatisfied');
  });
  it('hit or miss is middling', () => {
    expect(read('Hit and miss really', 'csat3', 'en').v).toBe('neutral');
  });
  it('"it was rubbish" is a verdict, not rubbish left', () => {
    const r = read('Honestly it was rubbish', 'csat3', 'en');
    expect(r.v).toBe('dissatisfied');
    expect(r.c).not.toBe('mess');
    expect(read('He left his rubbish in the hall', 'csat3', 'en').c).toBe('mess');
  });
  it('a yes as an idiom', () => {
    expect(read("That'd be me", 'yesno', 'en').v).toBe(true);
  });
});
