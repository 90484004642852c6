// Round 21 (t21E): whole calls — a clear complaint said after a positive level reaches a person, while a small reservation
// keeps the level and is only flagged: swearing at the household, a charge against a promise of free, a leak come back,
// something electrical burnt, the line still dropping on and off, the forbidden brush-off and the customer sought out for
// complaining; and a "call me in a bit" whose caller hangs up when asked when is put off, not dropped.
// Played with the real interpreter, rules alone, in words of their own (not the corpus items'), each with its look-alike.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';
import { rulesAlone } from '../nlu/read-kind.js';

rulesAlone();

const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;

describe('round 21: a clear complaint beside a good level reaches a person', () => {
  it.each([
    ['满意 不过那个师傅干活的时候嘴里骂骂咧咧', 'attitude'],
    ['挺满意 就是我得提一下 工人骂了我爸两句', 'attitude'],
  ])('swearing: %s', (said, cat) => {
    const c = call('telecom-install', ['是', '方便', said]);
    expect(c.outcome).toBe('escalated');
    expect(c.escalation?.reason).toBe(`complaint:${cat}`);
    expect(c.answers['satisfaction']?.value).toBe('satisfied');
  });
  it('look-alike: a lively talker is no abuse (a reservation at most)', () => {
    expect(call('telecom-install', ['是', '方便', '满意 就是师傅话稍微多了点']).outcome).toBe('completed');
  });
  it('charged for a part that was promised free', () => {
    const c = call('heating-repair', ['热了', '二十一度', '满意 就是换了根管子收了八十 之前说好不要钱的']);
    expect(c.outcome).toBe('escalated');
    expect(c.escalation?.reason).toBe('complaint:money');
  });
  it('look-alike: the promise of free said alone, nothing charged, is no grievance', () => {
    expect(call('heating-repair', ['热了', '二十一度', '满意 说好免费的']).outcome).toBe('completed');
  });
  it('a radiator leaking again after a good verdict', () => {
    const c = call('heating-repair', ['热了', '二十度', '挺满意 可是卧室的暖气片又开始漏水了']);
    expect(c.outcome).toBe('escalated');
    expect(c.escalation?.reason).toBe('complaint:not_fixed');
  });
  it('look-alike: a small noise now and then keeps the level, flagged', () => {
    const c = call('heating-repair', ['热了', '二十度', '满意 有个小毛病 暖气片偶尔有点响']);
    expect(c.outcome).toBe('completed');
    expect(c.flags).toContain('reservation:quality');
  });
  it('a socket burnt by the engineer is a hazard', () => {
    const c = call('telecom-repair', ['#1', '很满意 对了 他把我书房的插座烧黑了']);
    expect(c.escalation?.reason).toBe('complaint:safety');
  });
  it('the line still dropping on and off beside a good score', () => {
    const c = call('unicom-engineer', ['九分 不过我得说一下 网还是一会儿断一会儿通的']);
    expect(c.escalation?.reason).toBe('complaint:not_fixed');
  });
  it('look-alike: a score with a passing "一会儿" of the engineer is kept', () => {
    expect(call('unicom-engineer', ['九分 师傅一会儿就弄好了']).outcome).toBe('completed');
  });
  it('the customer sought out for complaining', () => {
    const c = call('telecom-complaint', ['解决了', '满意 可是后来有人上门追问我为啥要投诉']);
    expect(c.escalation?.reason).toBe('complaint:attitude');
  });
  it('the forbidden brush-off said with no level: dissatisfied, the reason asked', () => {
    const c = call('heating-complaint', ['解决了', '那人口气很冲 说爱管不管', '就是态度不行']);
    expect(c.outcome).toBe('escalated');
    expect(c.answers['handling_satisfaction']?.value).toBe('dissatisfied');
  });
});
