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

describe('irony, hedges and reservations (round 11)', () => {
  it('a retort to the score asked back is a reproach: the bottom, reaching a person', () => {
    expect(value('打十分？你们也好意思问', 'scale:0-10')).toBe(0);
    expect(value('给你们打五分？做梦去吧', 'scale:0-5')).toBe(0);
    expect(value('打十分', 'scale:0-10')).toBe(10);
  });
  it('a laugh or a sigh, a level, then "what else can I say" is resigned; praise before it is not', () => {
    expect(value('哈哈，满意，我还能说什么', 'csat3')).toBe('dissatisfied');
    expect(value('满意，问题解决了我还能说啥', 'csat3')).toBe('satisfied');
  });
  it('praise by a figure of slowness, mess or a cold hand is irony with its category', () => {
    expect(read('挺好，网速快得跟拨号上网一样', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'quality' });
    expect(read('满意啊，怎么不满意，家里跟被抄了似的', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'mess' });
    expect(read('满意，太满意了，暖气片比我手还凉', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'quality' });
    expect(read('师傅可有个性了，问三句答半句', 'csat3')).toMatchObject({ value: 'dissatisfied', complaint: 'attitude' });
    // (a fault still there stays not_fixed)
    expect(read('网速还是很慢', 'yesno').complaint).toBe('not_fixed');
  });
  it('a sneer before an exaggerated wish, anger held in, a condition: no', () => {
    expect(value('呵呵，推荐，我可太想推荐了', 'yesno')).toBe(false);
    expect(value('推荐啥呀，我自己还一肚子气呢', 'yesno')).toBe(false);
    expect(read('除非换个项目经理，不然不会', 'yesno')).toMatchObject({ value: false, intent: null });
    expect(value('推荐什么？刚才没注意听', 'yesno')).toBeNull();
  });
  it('a hedge beside wait-and-see keeps its level; put off alone is none', () => {
    expect(value('暂时还行，再观察几天看看', 'csat3')).toBe('neutral');
    expect(read('比之前强点吧', 'csat3')).toMatchObject({ value: 'neutral' });
    expect(read('先这样吧，过两天再看热不热', 'csat3')).toMatchObject({ value: null, complaint: null });
    expect(value('嗯……再说吧', 'yesno')).toBeNull();
    expect(read('他来修的是啥来着', 'scale:0-10')).toMatchObject({ value: null, intent: null });
  });
  it('a reservation keeps its level and gets its category', () => {
    expect(read('网是慢了点，不过师傅服务挺好的，满意', 'csat3')).toMatchObject({ value: 'satisfied', complaint: 'quality', reservation: true });
    expect(read('五分，就是收尾保洁做得不太干净', 'scale:0-5')).toMatchObject({ value: 5, complaint: 'mess', reservation: true });
    expect(read('四分，扣一分是因为卫生没搞干净', 'scale:0-5')).toMatchObject({ value: 4, complaint: 'mess' });
    expect(read('质量可以，设计也好，就是那个项目经理不太好找', 'yesno')).toMatchObject({ value: true, complaint: 'unreachable' });
    expect(read('效果图挺好看的，做出来差了那么一点点意思', 'yesno')).toMatchObject({ value: true, complaint: 'quality', reservation: true });
    expect(read('马马虎虎吧，问题是解决了，就是慢', 'csat3')).toMatchObject({ value: 'neutral', complaint: 'late' });
    expect(read('非常不满意，问题一大堆', 'scale:0-5')).toMatchObject({ value: 1, complaint: 'quality' });
    expect(value('以后不考虑再跟你们合作了', 'scale:0-5')).toBe(0);
  });
});

describe('scale words (round 11)', () => {
  it('leave asked to give more than full marks is the top; a key told as pressed stands beside "did you get it"', () => {
    expect(value('能打十一分吗', 'scale:0-10')).toBe(10);
    expect(value('我按了五，听到没有', 'scale:0-5')).toBe(5);
    expect(value('我按了八，听到没有', 'scale:0-10')).toBe(8);
    // (a bare number aside on a bad line is still none)
    expect(value('五，听到没有', 'scale:0-5')).toBeNull();
  });
  it('the work scored low beside another mark carries its category', () => {
    expect(read('设计能打五分，施工也就三分', 'scale:0-5')).toMatchObject({ value: 3, complaint: 'quality' });
  });
});
