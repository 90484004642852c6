/**
 * Round 17, wave 2 (t17F2), the call flow (dev16): the answer given after a hold (稍等……, 我去看看……, 我问问……), relayed by someone
 * in the house; a rhetorical "could I say no?"; a yes that must wait; the customer calling back;
 * a go-ahead after asking who calls; a sound told as gone; the company challenged to act; a thermostat's display read out; the
 * heating called no good; the fix told as slow; a leak at the mended part. Phrasings other than the corpus items, and what must stay.
 */
import { describe, expect, it } from 'vitest';
import { interpret, interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint };
};
const convenient = (text: string) => {
  const r = interpret(text, { kind: 'yesno' }, { locale: 'zh-CN', now: '2026-11-18T10:30:00+08:00', question: '您现在方便接听电话吗？' });
  return { v: r.value, i: r.intent, c: r.complaint };
};
const degrees = (text: string) => read(text, 'scale:0-40:度');

describe('the answer after a hold', () => {
  it('what follows the pause answers, when the hold said nothing', () => {
    expect(read('你稍等，我去厨房试试……能上了', 'yesno').v).toBe(true);
    expect(read('等一下……还是不通', 'yesno').v).toBe(false);
    expect(read('我去客厅摸摸……客厅的也热乎了', 'yesno').v).toBe(true);
    expect(read('你等会儿……还是没网', 'yesno')).toMatchObject({ v: false, i: null });
  });
  it('the person asked during the hold answers through the customer', () => {
    expect(read('我问问我女儿……她说好了', 'yesno').v).toBe(true);
    expect(read('我老公说好了', 'yesno').v).toBe(true);
  });
  it('stays: a chore named after the wait, a promise reported', () => {
    expect(read('等一下，我先把饭盛了……好，吃吧', 'csat3').v).toBeNull();
    expect(read('经理说好了，结果一直没人来', 'yesno').v).not.toBe(true);
  });
});

describe('the go-ahead and "not now"', () => {
  it('could I say no? grants it; the line back, then the go; whoever calls may ask', () => {
    expect(convenient('人都打来了，我还能说不行？说吧')).toMatchObject({ v: true, i: null });
    expect(convenient('喂？听不清……现在听得见了，你说吧').v).toBe(true);
    expect(convenient('你是机器人吗？行吧，机器人也说吧')).toMatchObject({ v: true, i: null });
  });
  it('a yes that must wait is a later call; a wait that ends soon is none', () => {
    expect(convenient('好，但得等一会儿，我这正抱着孩子')).toMatchObject({ i: 'reschedule' });
    expect(convenient('得等一下就好').i).toBeNull();
    expect(read('挺好的，就是客服电话得等一阵才接通', 'csat3').i).toBeNull();
  });
  it('the customer calls back', () => {
    expect(read('开会听不清，散了会我给你回个电话', 'yesno').i).toBe('reschedule');
    expect(read('听不清，你再说一遍', 'yesno').i).toBe('repeat');
  });
  it('more help declined, then the state', () => {
    expect(read('不用了，已经能用了', 'yesno').v).toBe(true);
    expect(read('不用了', 'yesno').v).toBe(false);
  });
});

describe('grievances beside the call flow', () => {
  it('a noise told as gone is no fault; one still there is', () => {
    expect(read('没那个嗡嗡声了', 'yesno').c).toBeNull();
    expect(read('还是嗡嗡响', 'yesno').c).toBe('not_fixed');
  });
  it('the company challenged to act, a leak at the mended part, a slow fix, the heating no good', () => {
    expect(degrees('十四度，你们到底管不管')).toMatchObject({ v: 14, c: 'not_fixed' });
    expect(read('热了，就是接头那儿有点滴水', 'yesno').c).toBe('not_fixed');
    expect(read('好是好了，就是处理得太慢了', 'yesno').c).toBe('late');
    expect(degrees('这暖气真不给力').c).toBe('quality');
  });
  it('stays: whether a job is theirs asked, the heating asked about', () => {
    expect(degrees('暖气不行吗').c).toBeNull();
    expect(read('对了，电梯那个灯你们管不管', 'csat3').c).toBeNull();
    expect(read('阀门有点漏水吗', 'yesno').c).not.toBe('not_fixed');
  });
});

describe("a thermostat's display read out", () => {
  it('is the room reading; the set point is not', () => {
    expect(degrees('温控面板上显示二十一').v).toBe(21);
    expect(degrees('温控器写着18.5').v).toBe(18.5);
    expect(degrees('温控调的二十二').v).toBeNull();
  });
});
