/**
 * Round 11 (t11V): yes/no answers on the items of a multi-item survey and on the fault checks.
 * Each case names the construction, not one corpus sentence.
 */
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/nlu/index.js';

const yn = (text: string) => interpret(text, { kind: 'yesno' }, { locale: 'zh-CN', now: '2026-11-18T10:30:00+08:00' });

describe('forbidden conduct described is a yes (renovation.violations, 000 第四十三条)', () => {
  it('money asked for, with no yes/no word, answers yes', () => {
    expect(yn('水电师傅让我另外给他加五百才肯接线')).toMatchObject({ value: true, complaint: 'money' });
    expect(yn('监理话里话外让我请他吃饭')).toMatchObject({ value: true, complaint: 'money' });
  });
  it('有 opening, then the demand refused, is still a yes', () => {
    expect(yn('有个师傅管我要了一条烟 我没给')).toMatchObject({ value: true, complaint: 'money' });
  });
  it('"a little something" asked for after normalisation (意思意思 -> 意思)', () => {
    expect(yn('项目经理暗示了好几回，让我意思意思')).toMatchObject({ value: true, complaint: 'money' });
    expect(yn('你这话是什么意思').complaint).toBeNull();
  });
  it('a denial made light of (而已, 罢了) is the sneer that says yes', () => {
    expect(yn('没有违规 人家就是让我包了个红包而已')).toMatchObject({ value: true, complaint: 'money' });
  });
  it('asking whether it counts (算不算) is a yes; 这不算吧 is not', () => {
    expect(yn('工头让我请他们吃了一顿饭，这算不算？')).toMatchObject({ value: true, complaint: 'money' });
  });
  it('a plain denial before another matter stays no; the customer\'s own treat is no conduct', () => {
    expect(yn('没有，就是工期拖了一个礼拜').value).toBe(false);
    expect(yn('我请他们吃了顿饭，是我非要请的，他们推了半天').value).not.toBe(true);
  });
});

describe('keys and homophones said alone on a yes/no step', () => {
  it('一 and 二 are the keys 1 (yes) and 2 (no)', () => {
    expect(yn('一').value).toBe(true);
    expect(yn('二').value).toBe(false);
  });
  it('美有 is 没有, a lone 又 is 有, 部 before a verb is 不', () => {
    expect(yn('美有').value).toBe(false);
    expect(yn('又').value).toBe(true);
    expect(yn('部能用').value).toBe(false);
    expect(yn('全部能用').value).toBe(true);
  });
});

describe('the verdict said first stands beside another matter', () => {
  it('a concession of the state, then a leak or a mess, is yes with the matter', () => {
    expect(yn('热倒是热了，可是暖气片接头那一直在渗水').value).toBe(true);
    expect(yn('解决是解决了，就是阀门还有点滴水').value).toBe(true);
    expect(yn('进度倒是快，但是墙角开裂了').value).toBe(true);
  });
  it('a state echoed, then damage done, is yes with the damage', () => {
    expect(yn('正常了 师傅修的时候把我家鱼缸碰裂了')).toMatchObject({ value: true, complaint: 'mess' });
  });
  it('one aspect praised and another faulted is yes on the first, and the fault reaches a person', () => {
    const r = yn('设计满意，施工质量不满意');
    expect(r.value).toBe(true);
    expect(r.complaint).not.toBeNull();
    expect(r.reservation).toBeUndefined();
  });
  it('the state taken back, an action conceded, or praise of a person is no yes', () => {
    expect(yn('热是热了，可过了一晚上又不热了').value).toBe(false);
    expect(yn('处理是处理了，可还是没解决').value).toBe(false);
    expect(yn('白天是好的 一到晚上就掉线').value).toBe(false);
    expect(yn('满意 可满意了 两个月的活干了四个月').value).toBe(false);
  });
});

describe('the asked word sneered at is a no', () => {
  it('X个鬼 / X什么X', () => {
    expect(yn('正常个鬼')).toMatchObject({ value: false, complaint: 'not_fixed' });
    expect(yn('热什么热，屋里跟冰窖一样').value).toBe(false);
    expect(yn('推荐啥').value).not.toBe(false);
  });
});
