/**
 * Round 19 (t19V1, dev18 yes/no answers): the asked word said back with 什么/啥 as a retort, or the report denied by asking who
 * said it, is a no; asked whether the fault is mended, the fault told still there without a yes or no is a no, and so is a yes
 * said a little or conceded whose next clause takes the same state back; a short answer said before a pause stands before the
 * question asked after it; 正常了 heard as 蒸常了. Phrasings of our own, with the look-alikes that stay.
 */
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/nlu/index.js';
import { rulesAlone } from './read-kind.js';

rulesAlone();

const ask = (question: string) => (text: string) => {
  const r = interpret(text, { kind: 'yesno' }, { locale: 'zh-CN', now: '2026-11-18T10:30:00+08:00', question });
  return { v: r.value, c: r.complaint ?? null };
};
const fixedAsked = ask('师傅上门以后，您家的网络现在恢复正常了吗？');
const warmAsked = ask('维修以后，您家暖气现在热了吗？');

describe('asked whether the fault is mended, the fault told still there (round 19, t19V1)', () => {
  it('a yes said a little or conceded, then the same state taken back: no', () => {
    expect(warmAsked('稍微热了点 还是不够暖和')).toEqual({ v: false, c: 'not_fixed' });
    expect(warmAsked('有点温度了 离暖和还差一截')).toMatchObject({ v: false });
    expect(fixedAsked('通是通了，就是每隔几分钟就断一下')).toEqual({ v: false, c: 'not_fixed' });
  });
  it('a yes with another matter beside it stays a yes', () => {
    expect(warmAsked('热是热了，就是管子有点响')).toMatchObject({ v: true });
    expect(warmAsked('热了，挺暖和的')).toMatchObject({ v: true });
  });
});

describe('recogniser homophones (round 19, t19V1)', () => {
  it('蒸常了 is 正常了', () => {
    expect(fixedAsked('征常了').v).toBe(true);
  });
});
