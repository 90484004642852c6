/**
 * Round 18, wave 2 (t18G2, dev17 complaint categories): asked whether the fault is mended, a "no" with the state described is
 * the fault still there (not_fixed), not the work's quality; the line called over and over before anyone answered is the company
 * hard to reach (unreachable), not a visit repeated; a meal the customer is made to pay for, or a red envelope written in
 * traditional characters, is money asked for. Phrasings of our own, with the look-alikes that stay.
 */
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/nlu/index.js';
import { rulesAlone } from './read-kind.js';

rulesAlone();

const ask = (question: string, yesReportsProblem = false) => (text: string) => {
  const r = interpret(text, { kind: 'yesno', yesReportsProblem }, { locale: 'zh-CN', now: '2026-11-18T10:30:00+08:00', question });
  return { v: r.value, c: r.complaint ?? null };
};
const fixedAsked = ask('师傅上门以后，您家的网络现在恢复正常了吗？');
const warmAsked = ask('维修以后，您家暖气现在热了吗？');
const violationsAsked = ask('施工期间，工人有没有向您索要财物或者吃拿卡要？', true);
const read = (text: string, kind: string) => {
  const r = interpret(text, kind === 'csat3' ? { kind: 'csat3' } : { kind: 'text' }, { locale: 'zh-CN', now: '2026-11-18T10:30:00+08:00' });
  return { v: r.value, c: r.complaint ?? null };
};

describe('asked whether the fault is mended, a no with the state described (round 18, t18G2)', () => {
  it('the state said bad, or the mended word denied: not_fixed', () => {
    expect(fixedAsked('还是老样子，一会儿卡一会儿卡的')).toEqual({ v: false, c: 'not_fixed' });
    expect(fixedAsked('不通')).toEqual({ v: false, c: 'not_fixed' });
    expect(warmAsked('不热，一点都不热')).toEqual({ v: false, c: 'not_fixed' });
    expect(warmAsked('还没好呢')).toMatchObject({ v: false, c: 'not_fixed' });
  });
  it('a yes with a reservation keeps its quality; a no to another question is left alone', () => {
    expect(warmAsked('热是热了，就是管子有点响')).toMatchObject({ v: true });
    expect(warmAsked('热是热了，就是管子有点响').c).not.toBe('not_fixed');
    expect(ask('师傅上门时穿鞋套了吗？')('不通')).not.toEqual({ v: false, c: 'not_fixed' });
  });
});

describe('called over and over before anyone answered (round 18, t18G2)', () => {
  it('打了N次/遍/个电话才接/才有人管: unreachable', () => {
    expect(read('客服电话打了五遍才有人接', 'text').c).toBe('unreachable');
    expect(read('不满意，打了七八次热线才有人理', 'csat3').c).toBe('unreachable');
  });
  it('a visit repeated, or a call before the visit, stays as it was', () => {
    expect(read('师傅来了三次才修好', 'text').c).toBe('repeat_visit');
    expect(read('打了两个电话才来修', 'text').c).not.toBe('unreachable');
  });
});

describe('a meal or a red envelope asked for (round 18, t18G2)', () => {
  it('吃饭要我请, 紅包 in traditional characters: money, a yes', () => {
    expect(violationsAsked('有，中午吃饭还要我请')).toEqual({ v: true, c: 'money' });
    expect(violationsAsked('有的，跟我要過紅包')).toMatchObject({ v: true, c: 'money' });
  });
  it('a meal the customer offered, or none asked: no money', () => {
    expect(violationsAsked('没有，吃饭是我自己要请的').c).toBeNull();
    expect(violationsAsked('没有，红包都没要')).toMatchObject({ v: false });
  });
});

describe('the verdict put off until something is seen (round 18, t18G2)', () => {
  it('等/到/过 ... 再看 A不A, 再评价: no grievance and no level yet', () => {
    expect(read('等过了年再看暖和不暖和吧', 'csat3')).toEqual({ v: null, c: null });
    expect(read('等用上一个月看网断不断再说', 'csat3')).toEqual({ v: null, c: null });
  });
  it('a grievance told without a wait stays', () => {
    expect(read('用了一个月网老断', 'csat3').c).not.toBeNull();
  });
});
