import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';

const ctx = { locale: 'zh-CN' as const, now: '2026-11-18T10:00:00+08:00' };
const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => interpret(text, parseKind(kind), { ...ctx, locale });
const value = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => read(text, kind, locale).value;

// Round 11 (t11N): no score without evidence; each case is a construction, with a near neighbour that still answers.
describe('non-answers (round 11)', () => {
  it('a place named after a good word or a number is a place: no level, no echo, no score', () => {
    expect(value('满意小区那边的暖气也归你们管吗', 'csat3')).toBeNull();
    expect(value('幸福花园那边也是你们装的吗', 'csat3')).toBeNull();
    expect(value('我住的是热电厂家属院', 'yesno')).toBeNull();
    expect(value('我家在八里庄，八里庄东里', 'scale:0-10')).toBeNull();
    expect(value('我家在三里屯', 'scale:0-10')).toBeNull();
    // (the customer's own estate or a neighbour's is no name; a level said before a pause stands)
    expect(read('人家隔壁小区都二十二三度，我们这才十六', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'quality' });
    expect(value('满意，小区里的人都说好', 'csat3')).toBe('satisfied');
    expect(value('八分，我家在三里屯', 'scale:0-10')).toBe(8);
  });
  it('a number that identifies (phone, id, the hotline) is mentioned, no score and no fault "still there"', () => {
    expect(read('手机号没变，还是一三九那个', 'csat3')).toMatchObject({ value: null, complaint: null });
    expect(value('证件号后两位十九', 'scale:0-40:度')).toBeNull();
    expect(value('你们公司电话是多少来着，四零零开头那个', 'yesno')).toBeNull();
    expect(read('你们公司电话是多少来着', 'yesno').intent).not.toBe('wrong_person');
    expect(read('这是我们公司电话', 'yesno').intent).toBe('wrong_person');
  });
  it("the customer's own payments, a contact channel, consulting the family, not living there: no evidence", () => {
    expect(value('尾款还差三万', 'scale:0-5')).toBeNull();
    expect(value('微信上联系吧，我在你们那个业主群里', 'yesno')).toBeNull();
    expect(value('好的，我跟我老婆商量一下', 'yesno')).toBeNull();
    expect(value('这宽带装在我妈家，不是我住的地方', 'yesno')).toBeNull();
    expect(value('Okay, I\'ll ask my husband.', 'csat3', 'en')).toBeNull();
    // (a relative who does not live there but passes a grievance on still reaches a person)
    expect(read('我是他儿子 我不住这 老头说暖气不热', 'csat3').complaint).toBe('quality');
  });
  it('holding the line to check or move is no later call and no answer; a later call said is', () => {
    expect(read('等会儿，我看一下路由器', 'yesno')).toMatchObject({ value: null, intent: null });
    expect(read('等会儿，我到阳台上说', 'yesno')).toMatchObject({ value: null, intent: null });
    expect(read('等会儿再打吧', 'yesno')).toMatchObject({ value: false, intent: 'reschedule' });
    expect(read('我现在在外面，家里就老人在，我也不知道网咋样', 'yesno')).toMatchObject({ value: null, intent: null });
  });
  it('the line, a child, an advert in the room are no answer', () => {
    expect(value('喂？刚刚没声音了', 'csat3')).toBeNull();
    expect(value('小明，作业写完没有', 'yesno')).toBeNull();
    expect(value('买二送一，仅限今天，赶快拨打屏幕下方的电话', 'csat3')).toBeNull();
  });
});
