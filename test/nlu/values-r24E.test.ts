/**
 * Round 24 (t24E): values as said and small intents across dialogs: temperatures given as bounds (顶多, 至少, 烧到, a day's range)
 * with no spurious quality, recogniser homophones (分常 for 非常, 时期 for 十七), the top pointed at, another visit's score, being fed
 * up with the calls beside an opt-out, a level unsaid, the home member who dealt with the engineer, a tenant's go-ahead, and
 * non-answers (paperwork, a reckoning asked, "I don't get it"). Each beside look-alikes that keep their reading. Phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { checkOnStep, readOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 24 (t24E): temperatures said as bounds or a day range', () => {
  it('a reading with no shortfall said', () => {
    checkOnStep([
      ['heating-repair.temperature', '最多也就十七度的样子吧 顶楼嘛', { c: null }],
      ['heating-sampling.temperature', '顶多十七度', { v: 17, c: null }],
      ['heating-repair.temperature', '中午二十一 到夜里就剩十七了', { c: null }],
      ['heating-sampling.temperature', '起码也得有二十三度 挺热乎', { v: 23, c: null }],
      ['heating-sampling.temperature', '最少二十一度', { v: 21, c: null }],
      ['heating-repair.temperature', '暖气烧到二十四度了 穿短袖都行', { v: 24, c: null }],
      ['heating-repair.temperature', '刚才说错了 温度计显示十六度', { v: 16, c: null }],
    ]);
  });
  it('look-alike: the cold itself, a fever, a grievance after the thermometer', () => {
    checkOnStep([
      ['heating-sampling.temperature', '顶多十四度', { c: 'quality' }],
      ['heating-repair.temperature', '高不了 最多十六', { c: 'quality' }],
      ['heating-repair.temperature', '白天十九 夜里就剩十三了', { c: 'quality' }],
      ['heating-repair.temperature', '孩子发烧烧到三十八度 没顾上看', { v: null }],
      ['heating-repair.temperature', '温度计上十五度 晚上冻得睡不着', { c: 'quality' }],
    ]);
  });
});

describe('round 24 (t24E): recogniser homophones', () => {
  it('分常 for 非常 before a level word, 时期/石期 for 十七 before 度', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '分常满意 谢谢', { v: 'very_satisfied' }],
      ['heating-repair.temperature', '屋里石期度左右', { v: 17 }],
    ]);
  });
  it('look-alike: 十分常见 and a 时期 that is a period', () => {
    checkOnStep([
      ['heating-repair.temperature', '这个时期度过了就好了', { v: null }],
    ]);
  });
});

describe('round 24 (t24E): scale words', () => {
  it('the top pointed at, a score beside another visit told at length', () => {
    checkOnStep([
      ['unicom-engineer.rating', '就选最高那档吧', { v: 10 }],
      ['unicom-engineer.rating', '给六分 以前那个李师傅上门的时候能打九分', { v: 6 }],
    ]);
  });
  it('look-alike: the top asked about, the lowest named', () => {
    checkOnStep([
      ['unicom-engineer.rating', '满分是多少', { v: null }],
      ['unicom-engineer.rating', '给个最低分', { v: 0 }],
    ]);
  });
  it('fed up with the calls beside an opt-out: no number; a grievance of the service still scores', () => {
    const a = readOnStep('unicom-engineer.rating', '别再打来了 烦死了');
    expect(a.v).toBeNull();
    expect(a.i).toBe('opt_out');
    const b = readOnStep('unicom-engineer.rating', '别打了 装得太差了 烦死了');
    expect(b.i).toBe('opt_out');
    expect(typeof b.v).toBe('number');
  });
});

describe('round 24 (t24E): a level unsaid in the same words', () => {
  it('what follows is the answer', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '满意…也不是很满意 就是一般', { v: 'neutral' }],
    ]);
  });
  it('look-alike: 也不是不满意 alone is a yes of sorts', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '也不是不满意', { v: 'satisfied' }],
    ]);
  });
});

describe('round 24 (t24E): who dealt with the engineer, a tenant who takes the questions', () => {
  it('the household member who dealt with the visit: no value, no intent', () => {
    const a = readOnStep('telecom-repair.satisfaction', '我媳妇跟师傅打交道的 我上班去了');
    expect(a.v).toBeNull();
    expect(a.i).toBeNull();
    const b = readOnStep('heating-repair.satisfaction', '跟工人对接的是我儿子 我这阵子在外地 不在家');
    expect(b.v).toBeNull();
    expect(b.i).toBeNull();
  });
  it('look-alike: a relative answering, or a later call asked for', () => {
    expect(readOnStep('telecom-repair.satisfaction', '我是他老伴 他不在家').i).toBe('wrong_person');
    expect(readOnStep('heating-repair.satisfaction', '跟师傅打交道的是我老伴 你明天再打吧').i).toBe('reschedule');
  });
  it('a tenant offering to answer: a go-ahead', () => {
    const a = readOnStep('heating-sampling.convenient', '房子是我租的 你问我就行');
    expect(a.v).toBe(true);
    expect(a.i).toBeNull();
  });
  it('look-alike: a tenant who cannot answer, kin who offer', () => {
    expect(readOnStep('heating-sampling.convenient', '我是租户 问我也没用').i).toBe('wrong_person');
    expect(readOnStep('heating-sampling.convenient', '我是他闺女，跟我说也一样').i).toBe('wrong_person');
  });
});

describe('round 24 (t24E): non-answers given no level', () => {
  it('paperwork, a reckoning asked, not understood', () => {
    checkOnStep([
      ['renovation.quality', '中期款那张发票 你们啥时候寄过来', { v: null }],
      ['renovation.site_safety', '装修押金什么时候退给我', { v: null }],
      ['heating-sampling.heating_satisfaction', '这个满意度怎么算 按暖气片热不热算吗', { v: null, c: null }],
      ['renovation.recommend', '你这个question我没get到', { v: null }],
    ]);
  });
  it('look-alike: 中 as assent, a cold home told', () => {
    checkOnStep([
      ['renovation.recommend', '中 会推荐的', { v: true }],
      ['heating-sampling.heating_satisfaction', '屋里冷得很 不满意', { v: 'dissatisfied' }],
    ]);
  });
});
