/**
 * Round 15 (dev14, t15G): money asked for in euphemism, hazards told as worries, and grievances that are not ours to
 * answer for (another party's, disowned; another company's story set against ours; the customer's own doing; made good
 * already; this survey's own calls; money asked about and denied). Phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-05T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('money asked for in euphemism (round 15)', () => {
  it('a fee for petrol or tea, a payment into the worker\'s own code, a private deal', () => {
    expect(read('他临走念叨说大老远来的，让我给点茶水钱', 'text').c).toBe('money');
    expect(read('师傅让我扫他自己的收款码付安装费', 'text').c).toBe('money');
    expect(read('那人说私下找他弄能便宜两百', 'text').c).toBe('money');
    expect(read('装修工长让我别走公司，直接包给他', 'text').c).toBe('money');
    expect(read('老是巧立名目加钱，这费那费的', 'text').c).toBe('money');
  });
});

describe('hazards told as worries (round 15)', () => {
  it('a switch tripping, gas smelt at the stove, water beside the switchboard', () => {
    expect(read('他弄完以后电闸跳了三回了', 'text').c).toBe('safety');
    expect(read('管子挪了以后一点火就有股煤气味', 'text').c).toBe('safety');
    expect(read('那根水管就挨着配电箱走的', 'text').c).toBe('safety');
  });
});

describe('grievances not ours to answer for (round 15)', () => {
  it('another party\'s, disowned at the end', () => {
    expect(read('满意，门口那堆垃圾是物业的，不是你们的人', 'csat3').c).toBe(null);
    expect(read('满意，天花板渗水是楼上卫生间漏的，跟你们没关系', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('another company\'s story set against ours', () => {
    expect(read('满意，以前装电信的，那人还管我要烟呢，你们这个啥也没要', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('made good already; a remedy denied stays a grievance', () => {
    expect(read('满意，柜门有点歪，已经返工调好了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，多收的三十块已经退给我了', 'yesno').c).toBe(null);
    expect(read('方便，师傅到现在都没把我那墙洞补上', 'yesno').c).toBe('mess');
  });
  it('the customer\'s own doing; what staff blame on the customer stays', () => {
    expect(read('满意，来晚了是我让他下午再来的', 'csat3').c).toBe(null);
    expect(read('他非说是我自己把线弄断的', 'text').c).not.toBe(null);
  });
  it('this survey\'s own calls counted; a hang-up stays', () => {
    expect(read('方便，就是你们回访今天都打了两回了', 'yesno')).toMatchObject({ v: true, c: null });
    expect(read('解决了，可客服挂了我三次电话', 'yesno').c).toBe('attitude');
  });
  it('money asked about and denied', () => {
    expect(read('十分，红包？没有，人家啥也没要', 'scale:0-10')).toMatchObject({ v: 10, c: null });
  });
});
