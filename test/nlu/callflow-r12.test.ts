/**
 * Round 12, the call flow (dev11 mixed_language, english, callback_time, relative, opt_out, go_ahead, human,
 * reschedule, repeat, scale_words, and whole calls that went wrong): each rule is checked on phrasings other
 * than the corpus items that showed it, and on the words it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const day = '2026-11-18';
const read = (text: string, kind: string, time = '10:30', locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: `${day}T${time}:00+08:00`, locale });
  return { v: r.value, i: r.intent, c: r.complaint ?? null, conf: r.confidence, at: r.at?.slice(5, 16) ?? null };
};
const en = (text: string, kind: string, time = '10:30') => read(text, kind, time, 'en');

describe('recogniser slips and words read whole', () => {
  it('满一 said as the answer is 满意 (满一年 keeps its year); 依般 is 一般; 方面你说 is 方便; 按器的 is 按期的', () => {
    expect(read('满一', 'yesno').v).toBe(true);
    expect(read('挺满一的', 'csat3').v).toBe('satisfied');
    expect(read('装了满一年了', 'yesno').v).not.toBe(false);
    expect(read('感觉依般', 'csat3').v).toBe('neutral');
    expect(read('方面你说', 'yesno').v).toBe(true);
    expect(read('按器的', 'yesno').v).toBe(true);
  });
  it('也不错 is praise, not 也不 + 错', () => {
    expect(read('服务也不错啊', 'csat3').v).toBe('satisfied');
    expect(read('师傅也挺不错', 'csat3').v).toBe('satisfied');
  });
  it('没啥子不满意的 (Sichuan) denies the dissatisfaction', () => {
    expect(read('莫得啥子不满意的，巴适', 'csat3').v).toBe('satisfied');
    expect(read('没啥子不满意的', 'csat3').v).toBe('satisfied');
  });
  it('没做好 / 没干好: 做 between 没 and 好 no longer reads 好 as praise', () => {
    expect(read('不满意，防水没做好', 'yesno').v).toBe(false);
    expect(read('活没干好', 'yesno').v).toBe(false);
  });
});

describe('levels', () => {
  it('还算 of an aspect after a plain level does not hedge the level; 还算满意 still does', () => {
    expect(read('挺满意的 处理得还算及时', 'csat3').conf).toBeGreaterThanOrEqual(0.6);
    expect(read('满意，来得还算快', 'csat3').conf).toBeGreaterThanOrEqual(0.6);
    expect(read('还算满意', 'csat3').conf).toBeLessThan(0.6);
  });
  it('just short of full marks is the top less one', () => {
    expect(read('差一点满分吧', 'scale:0-10').v).toBe(9);
    expect(read('离满分差一点儿', 'scale:0-10').v).toBe(9);
    expect(read('就差一点点满分', 'scale:0-5').v).toBe(4);
  });
  it('a sure recommendation to friends and family is the top of 0–5', () => {
    expect(read('有机会肯定给亲戚朋友推荐', 'scale:0-5').v).toBe(5);
    expect(read('肯定向朋友推荐', 'scale:0-5').v).toBe(5);
  });
  it('能满意吗 said first before a grievance is dissatisfied, not a question back', () => {
    expect(read('能满意吗 师傅一进门就说要另外收钱', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'money' });
    expect(read('这能满意吗，装个宽带来了三趟', 'csat3').v).toBe('dissatisfied');
  });
});

describe('English words inside Chinese answers', () => {
  it('where the customer is, a meal, a clock time in English words', () => {
    expect(read('我在drive，等一下', 'yesno').i).toBe('reschedule');
    expect(read('现在在site上，不太方便', 'yesno').i).toBe('reschedule');
    expect(read('明天lunch之后', 'time').at).toBe('11-19T13:00');
    expect(read('after six吧', 'time').at).toBe('11-18T18:00');
    expect(read('大概six thirty', 'time').at).toBe('11-18T18:30');
    expect(read('seven oclock吧', 'time').at).toBe('11-18T19:00');
  });
  it('a shortfall said in English', () => {
    expect(read('效率太low了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('瓷砖完全不level', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('timeline完全out of control，说好一个月现在两个月', 'yesno')).toMatchObject({ v: false, c: 'late' });
  });
});

describe('who answers, go-aheads, refusals, repeats, requests for a person', () => {
  it('a housekeeper, a tenant or a daughter answering is a wrong person', () => {
    expect(read('我是家里阿姨，先生不在家', 'yesno').i).toBe('wrong_person');
    expect(read('我是他家里的保姆', 'yesno').i).toBe('wrong_person');
    expect(read('我是租房子的，房东不住这儿', 'yesno').i).toBe('wrong_person');
    expect(read('房东不住这里，我是租客', 'yesno').i).toBe('wrong_person');
    // A tenant who lives there and uses the service is the customer (我是租房子住的 房东报的修 … 挺满意).
    expect(read('我是租房子住的 房东报的修 暖气现在热了 挺满意', 'csat3')).toMatchObject({ v: 'satisfied', i: null });
    expect(read('我是老太太的儿子', 'yesno').i).toBe('wrong_person');
    expect(en("She moved out last month, I'm the new tenant", 'yesno').i).toBe('wrong_person');
    expect(en("They moved away, we're the new owners", 'yesno').i).toBe('wrong_person');
    expect(en('he moved the router', 'yesno').i).toBeNull();
  });
  it('什么工程师 没人来过 is a wrong number, not a late visit', () => {
    expect(read('什么工程师 没人来过我家啊', 'yesno')).toMatchObject({ i: 'wrong_person', c: null });
    expect(read('啥师傅 压根没人上门过', 'yesno').i).toBe('wrong_person');
  });
  it('hurried go-aheads with the reason beside them', () => {
    expect(read('我在等公交，你快说吧', 'yesno').v).toBe(true);
    expect(read('赶紧问，我孩子要醒了', 'yesno').v).toBe(true);
    expect(read('快问吧，我马上要出门', 'yesno').v).toBe(true);
  });
  it('surveys refused as a rule, and English opt-outs', () => {
    expect(read('这种调查我一概不接', 'yesno').i).toBe('opt_out');
    expect(read('回访电话我一律不参加', 'yesno').i).toBe('opt_out');
    expect(en("Don't bother calling back", 'time').i).toBe('opt_out');
    expect(en('Please remove this number from your list', 'yesno').i).toBe('opt_out');
    expect(en('take my number off your call list', 'yesno').i).toBe('opt_out');
  });
  it('the question asked back with its A-not-A and not understood is a repeat', () => {
    expect(read('什么方便不方便？没听明白', 'yesno')).toMatchObject({ i: 'repeat', v: null });
    expect(read('啥叫方便不方便 听不懂', 'yesno').i).toBe('repeat');
    expect(read('什么方便不方便 我在开车', 'yesno').i).toBe('reschedule');
  });
  it('someone who dealt with it before asked to call back is a request for a person', () => {
    expect(read('你让上回那个客服给我回个电话', 'csat3').i).toBe('human');
    expect(read('叫上次那个师傅给我打个电话', 'csat3').i).toBe('human');
  });
  it('the place the customer is at said messy is no mess left behind', () => {
    expect(read('我在工地呢，乱得很，你明天这个点再打', 'yesno')).toMatchObject({ i: 'reschedule', c: null });
    expect(read('我在外头呢 乱哄哄的', 'yesno').c).toBeNull();
    expect(read('我在家呢，乱得很，都是他们留的垃圾', 'yesno').c).toBe('mess');
  });
});

describe('callback times', () => {
  it('a busy day or weekend gives way to the one said after it; today said busy alone is tomorrow', () => {
    expect(read('这周末不行，下周末吧', 'time').at).toBe('11-28T10:00');
    expect(read('今天都不行', 'time').at?.slice(0, 5)).toBe('11-19');
    expect(read('今天一天都没空', 'time').at?.slice(0, 5)).toBe('11-19');
    expect(read('今天不行 明天也不行 礼拜五吧', 'time').at?.slice(0, 5)).toBe('11-20');
  });
  it('after this week is next week', () => {
    expect(read('过了这周吧', 'time').at?.slice(0, 5)).toBe('11-23');
    expect(read('这周过了再说', 'time').at?.slice(0, 5)).toBe('11-23');
  });
  it('a span said twice takes the one said with 后', () => {
    expect(read('give me five minutes，五分钟后打过来', 'yesno', '20:11').at).toBe('11-18T20:16');
    expect(read('给我十分钟 十分钟以后再打', 'yesno', '20:11').at).toBe('11-18T20:21');
  });
  it('English: same time tomorrow, an hour and a half from now', () => {
    expect(en('Same time tomorrow', 'time', '16:45').at).toBe('11-19T16:45');
    expect(en('an hour and a half from now', 'time', '16:45').at).toBe('11-18T18:15');
    expect(en('in two and a half hours', 'time', '16:45').at).toBe('11-18T19:15');
  });
});

describe('English grievances and answers', () => {
  it('a short temper, a cable where people walk, a line answered at last', () => {
    expect(en('He got pretty snippy when I asked about the speed', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
    expect(en('she was curt with me on the phone', 'csat3').c).toBe('attitude');
    expect(en("There's a cable running across the stairs now, someone's going to trip", 'csat3').c).toBe('safety');
    expect(en('wires lying across the hallway floor', 'csat3').c).toBe('safety');
    expect(en('Speaking. Finally, someone from your company picks up a phone', 'yesno')).toMatchObject({ v: true, c: 'unreachable' });
  });
  it('yes, then what the call is asked to be about: the yes stands, a grievance in it is kept', () => {
    expect(en('Yes, this is she. Is this about the cable he left hanging out the window?', 'yesno')).toMatchObject({ v: true, c: 'safety' });
    expect(en('Yes, this is he. Is this about the broadband?', 'yesno')).toMatchObject({ v: true, c: null });
    expect(en('Is this about the router?', 'yesno').v).toBeNull();
  });
  it('a bare yes said rising answers', () => {
    expect(en('Um, yes?', 'yesno').v).toBe(true);
    expect(en('yeah?', 'yesno').v).toBe(true);
    expect(en('is it?', 'yesno').v).toBeNull();
  });
});
