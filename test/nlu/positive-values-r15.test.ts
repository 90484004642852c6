/**
 * Round 15 (t15P, satisfaction values on the older splits): positive answers that told a story with the words of a grievance
 * (a grievance only supposed and averted, a job done quickly, another operator's failure, money asked about and declined, a
 * promised hour kept) and a home warm beyond need. Own phrasings, with look-alikes that must not change.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind);
  return { v: r.value, c: r.complaint ?? null };
};

describe('a grievance only supposed, then averted or said of the future', () => {
  it('names no grievance and keeps the level', () => {
    expect(read('满意，要是明天还连不上我就得去营业厅闹了，幸好今天弄通了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('挺满意，多亏小伙子来得快，要不然孩子的直播课就上不成了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，以后要是再断网我再打你们电话', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('八分，要是再拖一天我就去投诉了，还好下午就到了', 'scale:0-10')).toMatchObject({ v: 8, c: null });
  });
  it('a wish, a supposition that came true, or 要不是 keeps the grievance', () => {
    expect(read('满意，要是提前打个招呼就更好了', 'csat3').c).toBe('late');
    expect(read('要是再不来修我就投诉', 'csat3').v).toBe('dissatisfied');
    expect(read('满意，要不是我催了四遍，他们根本不来', 'csat3').v).toBe('dissatisfied');
  });
});

describe('a job done within a short while, another operator as the other side', () => {
  it('is speed praised, not a delay', () => {
    expect(read('满意，你们一上午就弄好了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，电信那边拖了二十天没装上，你们半天就装好了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，比原来那家联通快多了，那家装个机等一礼拜', 'csat3').v).toBe('satisfied');
  });
  it('a long wait before the job keeps the delay', () => {
    expect(read('等了半天才弄好', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('弄了一上午也没弄好', 'csat3').v).toBe('dissatisfied');
  });
});

describe('money asked about and declined, nobody asking for money, a promised hour kept', () => {
  it('names no money grievance', () => {
    expect(read('满意，我问换个路由器收不收钱，师傅说保内免费', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，我还备了零钱，结果人家最后也没收', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，没向我要一分钱', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('十分，约的九点到，九点准时到的', 'scale:0-10')).toMatchObject({ v: 10, c: null });
  });
  it('money asked for, or the hour missed, stays a grievance', () => {
    expect(read('我问他收不收钱，他说得给三百', 'csat3').c).toBe('money');
    expect(read('师傅张口就跟我要了一百块', 'csat3').c).toBe('money');
    expect(read('约的九点到，十一点才到', 'csat3').c).toBe('late');
  });
});

describe('a home warm beyond need', () => {
  it('warm beyond need is praise; cold stays a grievance', () => {
    expect(read('今年屋里热得要命', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('满意，住了十年从没这么暖和过', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('屋里冷得要命', 'csat3').v).toBe('dissatisfied');
  });
});
