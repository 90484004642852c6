/**
 * Round 12, second pass (dev11, t12R2): grievances on yes/no and satisfaction steps whose yes/no or level was misread:
 * "convenient" said first before a complaint, money taken told beside its price or a sneer at the staff's honesty,
 * smoking in the home on the violations step, and a line conceded to work whose speed is then taken back.
 * Each construction on phrasings of our own, beside look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { interpret, interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-03T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};
const violations = (text: string) => {
  const r = interpret(text, { kind: 'yesno', yesReportsProblem: true }, { locale: 'zh-CN', learned: false });
  return { v: r.value, c: (r as { complaint?: unknown }).complaint ?? null };
};

describe('convenient said first, then a complaint', () => {
  it('the first clause answers the convenience question; the grievance keeps its category', () => {
    expect(read('方便啊，你们修的网还是天天断', 'yesno')).toMatchObject({ v: true, c: 'not_fixed' });
    expect(read('挺方便的，正好说说你们那个师傅，态度差得很', 'yesno')).toMatchObject({ v: true, c: 'attitude' });
    expect(read('有什么不方便的，我正要投诉你们装机的，态度太差', 'yesno')).toMatchObject({ v: true, i: 'complaint', c: 'attitude' });
  });
  it('not convenient stays a no', () => {
    expect(read('不方便，我在开车', 'yesno').v).toBe(false);
  });
});

describe('money taken, on the violations step', () => {
  it('a shop imposed and its price complained of is the conduct described', () => {
    expect(read('项目经理让我去他朋友的店买瓷砖，贵了不少', 'yesno')).toMatchObject({ v: true, c: 'money' });
  });
  it('a denial with the honesty praised in a sneer, then the money, is a yes', () => {
    expect(read('没有，人家可规矩了，也就拿了我两条烟', 'yesno')).toMatchObject({ v: true, c: 'money' });
    expect(read('没有啊，他们多廉洁啊，就要了我五百块红包', 'yesno')).toMatchObject({ v: true, c: 'money' });
  });
  it('smoking in the home described is a violation seen when the step says yes reports it', () => {
    expect(violations('师傅在屋里吸烟，烟头扔一地').v).toBe(true);
    expect(violations('工人老在我家客厅抽烟，劝了也没用').v).toBe(true);
    expect(violations('没有，工人都不在屋里抽烟').v).toBe(false);
  });
});

describe('a line conceded to work, its speed taken back', () => {
  it('is no yes to "is it fixed?"', () => {
    expect(read('能用是能用，网速跟蜗牛爬似的', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('网通了，可是慢得要命', 'yesno').v).toBe(false);
  });
  it('is no satisfied level', () => {
    expect(read('宽带是通了，就是慢得跟乌龟爬一样', 'csat3').v).toBe('dissatisfied');
    expect(read('网通了 就是慢得很', 'csat3').v).toBe('dissatisfied');
  });
  it('a little slow stays a reservation', () => {
    expect(read('能上网了，就是有点慢', 'csat3').v).toBe('satisfied');
  });
});

describe('the hotline unreachable set against this very call', () => {
  it('is a reproach, neither yes nor no, and keeps unreachable', () => {
    expect(read('你们客服热线永远打不通，回访电话倒是挺勤快', 'yesno')).toMatchObject({ v: null, c: 'unreachable' });
    expect(read('师傅电话一直不接，你们往外打倒挺积极', 'yesno')).toMatchObject({ v: null, c: 'unreachable' });
  });
  it('the grievance alone still answers no', () => {
    expect(read('热线老打不通', 'yesno')).toMatchObject({ v: false, c: 'unreachable' });
  });
});
