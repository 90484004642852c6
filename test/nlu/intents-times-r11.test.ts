/**
 * Round 11, intents, callback times, English and mixed answers (dev10): each rule is checked on phrasings
 * other than the corpus items that showed it, so a rule that only fits one item fails here.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const day = '2026-11-18';
const at = (text: string, time = '11:00', locale: 'zh-CN' | 'en' = 'zh-CN', kind = 'time') =>
  interpretKind(text, kind, { now: `${day}T${time}:00+08:00`, locale }).at?.slice(5, 16) ?? null;
const atFull = (text: string, time = '11:00', locale: 'zh-CN' | 'en' = 'zh-CN') =>
  interpretKind(text, 'time', { now: `${day}T${time}:00+08:00`, locale }).at?.slice(0, 16) ?? null;
const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN', time = '11:00') => {
  const r = interpretKind(text, kind, { now: `${day}T${time}:00+08:00`, locale });
  return { v: r.value, i: r.intent, at: r.at?.slice(5, 16) ?? null, c: r.complaint ?? null };
};

describe('callback times', () => {
  it('lunar dates: a lunar month and day, a lunar day alone (the next one), lunar festivals, and 以后', () => {
    // 18 November 2026 is the 10th of the 10th lunar month.
    expect(atFull('阴历十月二十吧')).toBe('2026-11-28T10:00');
    expect(atFull('腊月初三那天')).toBe('2027-01-10T10:00');
    expect(atFull('初五以后再打吧')).toBe('2026-12-14T10:00');
    expect(atFull('小年那天')).toBe('2027-01-30T10:00');
    expect(atFull('冬月十五')).toBe('2026-12-23T10:00');
    // (上初一, 最初, 当初: no date.)
    expect(at('孩子上初一了')).toBeNull();
  });
  it('上半天 and 下半天 are the morning and the afternoon, 明朝 is tomorrow', () => {
    expect(at('明天下半天吧')).toBe('11-19T15:00');
    expect(at('明朝上半天')).toBe('11-19T10:00');
    expect(at('下半天吧', '09:30')).toBe('11-18T15:00');
  });
  it('a delay said with 过 wins over a bare 这两天 (when the customer is busy)', () => {
    expect(read('这两天在医院陪床，过三天再打吧', 'yesno').at).toBe('11-21T10:00');
  });
  it('English: between two hours, after New Year, after a part of the day spent', () => {
    expect(at('between three and five', '11:00', 'en')).toBe('11-18T15:00');
    expect(atFull('after new year', '11:00', 'en')).toBe('2027-01-02T10:00');
    expect(read('No, I wasted my whole afternoon waiting, call me after seven', 'yesno', 'en').at).toBe('11-18T19:00');
  });
});

describe('no request inside a story or a grievance', () => {
  it('a clock time followed by a call reported, almost hitting, or not getting through is no reschedule', () => {
    expect(read('约的十点，十一点打电话说堵车', 'csat3').i).toBeNull();
    expect(read('电钻差点打到水管', 'text').i).toBeNull();
    expect(read('客服热线打了一下午打不通', 'text').i).toBeNull();
    expect(read('等了一上午吧', 'csat3').i).toBeNull();
  });
  it('在 inside 实在, or said of the hotline, is no place the customer is', () => {
    expect(read('师傅人实在，工地上也干净', 'csat3').i).toBeNull();
    expect(read('热线永远在排队', 'text').i).toBeNull();
  });
  it('away as a habit, in a story of the visit, asks for no later call; away and unable to say neither', () => {
    expect(read('我平时白天上班，师傅约的晚上来的，挺好', 'csat3').i).toBeNull();
    expect(read('我白天不在家，你晚上打吧', 'yesno').i).toBe('reschedule');
    expect(read('我在公司呢，不清楚家里热不热', 'yesno')).toMatchObject({ v: null, i: null });
    expect(read('刚下班回来还没试', 'yesno').i).toBeNull();
  });
  it('a person named in a grievance or a condition is no request for one', () => {
    expect(read('转人工得等二十分钟', 'csat3').i).toBeNull();
    expect(read('要是换个师傅，我就推荐', 'yesno').i).toBeNull();
    expect(read('找了经理说明天来，到现在都没动静', 'text').i).toBeNull();
    expect(read('我要找你们经理', 'csat3').i).toBe('human');
  });
  it('a repeat reported, pretended, or a fact recalled asks nothing; a key forgotten does', () => {
    expect(read('客服让我重新说一遍又一遍', 'csat3').i).toBeNull();
    expect(read('我说的话他都当没听见', 'csat3').i).toBeNull();
    expect(read('那个师傅修的是啥来着', 'csat3').i).toBeNull();
    expect(read('选哪个？我忘了', 'yesno').i).toBe('repeat');
  });
  it('再来个人 asks for a visit, not a person on the line', () => {
    expect(read('还是不行，你们再来个人看看吧', 'yesno').i).toBeNull();
  });
  it('a concession about whose job it was is no wrong number', () => {
    expect(read('挺好，这事虽然不归你们管也帮我问了', 'csat3').i).toBeNull();
  });
});

describe('requests as said', () => {
  it('a complaint said with its manner (实名, 匿名)', () => {
    expect(read('我要匿名投诉', 'csat3').i).toBe('complaint');
  });
  it('busy as said: riding, at the ICU, a child crying or ill, an online class, a phone meeting, no time for it', () => {
    expect(read('骑着摩托呢', 'yesno').i).toBe('reschedule');
    expect(read('在急诊呢', 'yesno').i).toBe('reschedule');
    expect(read('宝宝正在发烧，回头说', 'yesno').i).toBe('reschedule');
    expect(read('在开线上会议', 'yesno').i).toBe('reschedule');
    expect(read('我没那么多时间', 'yesno').i).toBe('reschedule');
  });
  it('a stop asked for a few days is a later call, not an end to calls', () => {
    expect(read('别打了今天，家里有事', 'yesno').i).toBe('reschedule');
    expect(read('以后别打了', 'yesno').i).toBe('opt_out');
  });
  it('行了 / 够了 before a stop agrees to nothing', () => {
    expect(read('够了够了，别再打了', 'yesno')).toMatchObject({ v: null, i: 'opt_out' });
  });
  it('a go-ahead on terms', () => {
    expect(read('五分钟是吧？那可以', 'yesno').v).toBe(true);
    expect(read('三分钟以内没问题', 'yesno').v).toBe(true);
    expect(read('不用按键了，您直接问吧', 'yesno').v).toBe(true);
    expect(read('刚好我也想提提意见', 'yesno').v).toBe(true);
  });
  it('"what?" then the answer all the same', () => {
    expect(read('你说啥？网？好了好了，能用了', 'yesno')).toMatchObject({ v: true, i: null });
  });
  it('someone answering for the customer: a secretary, 他下班才回来', () => {
    expect(read('我是王总助理，他在外地', 'yesno').i).toBe('wrong_person');
    expect(read('不是本人，他放学才回来', 'yesno').i).toBe('wrong_person');
  });
});

describe('English and mixed answers', () => {
  it('someone else answering in English', () => {
    expect(read("I'm her secretary, she's out", 'yesno', 'en').i).toBe('wrong_person');
    expect(read('We only got this phone last week', 'yesno', 'en').i).toBe('wrong_person');
    expect(read('不是，I am her husband', 'yesno').i).toBe('wrong_person');
  });
  it('busy at an event, in English and mixed', () => {
    expect(read("Sorry, I'm at a wedding", 'yesno', 'en').i).toBe('reschedule');
    expect(read('在上网课呢', 'yesno').i).toBe('reschedule');
  });
  it('the weather is small talk; went fine is an evaluation', () => {
    expect(read('Terrible weather, but the repair went well', 'csat3', 'en').v).toBe('satisfied');
  });
  it('a yes with its short echo answers before a question back', () => {
    expect(read('Yes I am, who is this?', 'yesno', 'en').v).toBe(true);
    expect(read('yes, speaking', 'csat3', 'en').v).toBeNull();
  });
  it('late and not fixed, as said in English or mixed', () => {
    expect(read('Took your engineer two weeks to show up', 'csat3', 'en').c).toBe('late');
    expect(read('修好以后就一直没正常用过', 'csat3').c).toBe('not_fixed');
  });
});
