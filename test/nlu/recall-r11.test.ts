import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const NOW = '2026-11-18T10:30:00+08:00';
const zh = (text: string, kind: string) => interpretKind(text, kind, { now: NOW });
const en = (text: string, kind: string) => interpretKind(text, kind, { now: NOW, locale: 'en' });

describe('grievances without a level word, round 11', () => {
  it.each([
    // damage verb + object (000 第二十八条; 003 四)
    ['装完把我鞋柜划了一长道', 'csat3', 'mess'],
    ['他把我家的电话线给剪断了', 'csat3', 'mess'],
    ['屋里跟遭了贼似的', 'csat3', 'mess'],
    // a charge contradicting a promise, a pittance, a refund promised and not seen (000 第四十三条(三))
    ['收了我八十块的上门费，电话里明明说上门免费', 'csat3', 'billing'],
    ['说要收材料费，我交了五十，后来经理又说不用交', 'csat3', 'billing'],
    ['最后就补偿了十块钱话费', 'csat3', 'billing'],
    ['说好给我退一部分月租，这都两个月了也没有退', 'csat3', 'billing'],
    ['最后结算比合同多了三千', 'text', 'billing'],
    // money asked for by staff (000 第四十三条(一)(三)(四))
    ['师傅还问我妈要了两包烟', 'csat3', 'money'],
    ['说线要换，让我额外给他两百', 'text', 'money'],
    ['不买他的光猫就装不了', 'csat3', 'money'],
    // dismissive treatment, blame shifted (000 第四十六条)
    ['客服只会说您的问题已记录，别的什么都不管', 'csat3', 'attitude'],
    ['一直往我们身上推，说是我们自己乱动了开关', 'csat3', 'attitude'],
    ['修完连招呼都没打，连说都没说一声就走了', 'csat3', 'attitude'],
    // the work below standard (004 第五篇)
    ['墙刷得太糙了', 'csat3', 'quality'],
    ['装完连试都没试就走了', 'csat3', 'quality'],
    ['网速慢得跟蜗牛一样', 'csat3', 'quality'],
    // a fault still there, a promise not kept after time elapsed (000 第三十三条)
    ['网还是那个老样子', 'csat3', 'not_fixed'],
    ['说要换线，到现在也没换', 'text', 'not_fixed'],
    ['光猫一直闪红灯', 'text', 'not_fixed'],
    // not reached, called back by others, nothing done (000 第三十六条)
    ['系统说已回访，谁回访过我了', 'text', 'unreachable'],
    ['客服倒是客气，光客气事不办', 'csat3', 'unreachable'],
    // late, put off, an appointment moved after its window (000 第十三条–第十八条)
    ['约的上午九点到十二点，十二点半才说改到明天', 'csat3', 'late'],
    ['一推就推了好几天', 'csat3', 'late'],
    // a hazard (000 第二十七条)
    ['电线没穿管直接埋墙里了', 'text', 'safety'],
    ['打孔的时候差点钻到电线', 'text', 'safety'],
  ])('%s (%s) -> %s', (text, kind, category) => {
    const r = zh(text, kind);
    expect(r.complaint).toBe(category);
    if (kind === 'csat3') expect(r.value).toBe('dissatisfied');
  });

  it('an A-not-A question before a grievance negates nothing (算不算 请他们吃了饭)', () => {
    expect(zh('送烟算不算 请他们吃了两顿饭', 'yesno').complaint).toBe('money');
  });

  it('English: a speed promised and not delivered, a morning lost waiting', () => {
    expect(en('They promised 500 megs and I get about 50', 'csat3').complaint).toBe('quality');
    expect(en('I wasted my whole morning waiting for the technician', 'csat3').complaint).toBe('late');
  });
});

describe('resentment idioms, round 11: dissatisfied with no category', () => {
  it.each([
    '憋了一肚子火',
    '早知道就不办你们的了',
    '服务一年不如一年',
    '明年到期我就换移动',
    '我也不指望了',
    '就是走个流程',
    '你们得给我个说法',
  ])('%s -> dissatisfied', (text) => {
    expect(zh(text, 'csat3').value).toBe('dissatisfied');
  });
  it('a word echoed around 什么 denies it (好什么好)', () => {
    expect(zh('好什么好，网还是断', 'csat3').value).toBe('dissatisfied');
    expect(zh('我问他什么他都不理', 'yesno').complaint).toBe('attitude');
  });
  it('never recommending said as not harming friends', () => {
    expect(zh('我可不坑朋友', 'yesno').value).toBe(false);
  });
});

describe('scales and keys, round 11', () => {
  it('a negative score is the bottom of the scale', () => {
    expect(zh('我给负分', 'scale:0-5').value).toBe(0);
  });
  it('十分……不满意 is the adverb, not ten points', () => {
    expect(zh('十分……不满意', 'scale:0-10').value).not.toBe(10);
  });
  it('never working together again, said with 跟你们', () => {
    expect(zh('以后不考虑再跟你们合作了', 'scale:0-5').value).toBe(0);
  });
  it('a keypad key said as a word on a yes/no step', () => {
    expect(zh('一', 'yesno').value).toBe(true);
    expect(zh('二', 'yesno').value).toBe(false);
  });
  it('a shortfall in 度 said with 最多 or 都不到', () => {
    expect(zh('最多十四度', 'scale:0-40:度').complaint).toBe('quality');
    expect(zh('十五度都不到', 'scale:0-40:度').complaint).toBe('quality');
  });
  it('投诉 heard as 投素', () => {
    expect(zh('我要投素', 'csat3').value).toBe('dissatisfied');
  });
});

describe('praise stays praise, round 11', () => {
  it.each([
    ['他把包装袋剪开拿出光猫，很满意', 'csat3'],
    ['工人都挺好 一口一个阿姨', 'yesno'],
    ['第二天一早师傅就来了，挺好的', 'csat3'],
    ['之前用联通的，换了你们家，挺满意', 'csat3'],
  ])('%s', (text, kind) => {
    const r = zh(text, kind);
    expect(r.complaint).toBeNull();
    expect([true, 'satisfied', 'very_satisfied']).toContain(r.value);
  });
  it('a go-ahead before a grievance is still yes to "is now a good time"', () => {
    const r = zh('你问吧，钱交了网不通', 'yesno');
    expect(r.value).toBe(true);
    expect(r.complaint).toBe('not_fixed');
  });
});
