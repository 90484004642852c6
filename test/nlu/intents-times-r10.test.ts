/**
 * Round 10, intents and callback times (dev9): each rule is checked on phrasings other than the
 * corpus items that showed it, so a rule that only fits one item fails here.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const day = '2026-11-18';
const at = (text: string, time: string, locale: 'zh-CN' | 'en' = 'zh-CN', kind = 'time') =>
  interpretKind(text, kind, { now: `${day}T${time}:00+08:00`, locale }).at?.slice(5, 16) ?? null;
const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN', time = '11:00') => {
  const r = interpretKind(text, kind, { now: `${day}T${time}:00+08:00`, locale });
  return { v: r.value, i: r.intent, at: r.at?.slice(5, 16) ?? null, p: r.person ?? null };
};

describe('callback times', () => {
  it('a keypad option named by its place or replied to (回复3, 第三个, the second one)', () => {
    expect(at('回复3', '15:20')).toBe('11-19T10:00');
    expect(at('那就第二个吧', '15:20')).toBe('11-18T19:00');
    expect(at('选第一个', '15:20')).toBe('11-18T16:20');
    expect(at('最后一个', '15:20')).toBe('11-19T10:00');
    expect(at('the third one', '15:20', 'en')).toBe('11-19T10:00');
    expect(at('第四个', '15:20')).toBeNull();
  });
  it('天天 after 礼拜/星期 is every day, no Sunday', () => {
    expect(at('下礼拜吧，这礼拜天天加班', '13:45')).toBe('11-23T10:00');
    expect(at('下星期吧 这星期天天开会', '13:45')).toBe('11-23T10:00');
    expect(at('礼拜天吧', '13:45')).toBe('11-22T10:00');
  });
  it('中午饭后 is after lunch, not noon', () => {
    expect(at('中午饭后吧', '10:15')).toBe('11-18T13:00');
    expect(at('中午饭以后打', '13:30')).toBe('11-18T13:30');
  });
  it('a day named after a vague "in a while" is the day (一会儿要出门，明早吧)', () => {
    expect(at('一会儿要出门，明早吧', '15:50')).toBe('11-19T09:00');
    expect(at('等会儿我要出去 明晚吧', '15:50')).toBe('11-19T19:00');
  });
  it('English time words in a Chinese answer (weekend吧, 下个week)', () => {
    expect(at('weekend吧', '13:45')).toBe('11-21T10:00');
    expect(at('下个week再说', '13:45')).toBe('11-23T10:00');
    expect(at('next week吧', '13:45')).toBe('11-23T10:00');
  });
  it('"after seven" said at seven or just after is now', () => {
    expect(at('七点以后', '19:00')).toBe('11-18T19:00');
    expect(at('晚上七点以后', '19:25')).toBe('11-18T19:25');
    expect(at('七点以后', '20:30')).toBe('11-19T19:00');
    expect(at('after 4', '16:00', 'en')).toBe('11-18T16:00');
  });
  it('English: a couple of days, off work, office hours, teatime, minutes past the hour, a delay said last', () => {
    expect(at("In a couple of days, if that's alright", '15:10', 'en')).toBe('11-20T10:00');
    expect(at('in a few days', '15:10', 'en')).toBe('11-21T10:00');
    expect(at("Once I'm off work", '14:55', 'en')).toBe('11-18T18:00');
    expect(at('After office hours', '13:50', 'en')).toBe('11-18T18:00');
    expect(at('outside working hours please', '13:50', 'en')).toBe('11-18T18:00');
    expect(at('Teatime-ish?', '10:35', 'en')).toBe('11-18T17:00');
    expect(at('Ten past eight', '10:28', 'en')).toBe('11-18T20:10');
    expect(at('twenty to six', '10:28', 'en')).toBe('11-18T17:40');
    expect(at("Speaking, but I'm on the other line. Five minutes?", '16:00', 'en', 'yesno')).toBe('11-18T16:05');
    expect(at('the engineer only stayed ten minutes', '16:00', 'en')).toBeNull();
  });
  it('before the weekend is a weekday still to come', () => {
    expect(at('这个周末之前', '11:00')).toBe('11-19T10:00');
    expect(at('周末吧', '11:00')).toBe('11-21T10:00');
  });
});

describe('reschedule', () => {
  it('busy now, said in other ways', () => {
    for (const t of ['在meeting 晚点', '依家唔得閒', '我这正打麻将呢 四圈打完你再打来', '不好意思啊 我刚躺下 睡醒了再说吧', '我在接孙子的路上', '等我把孩子哄睡了再打'])
      expect(read(t, 'yesno').i, t).toBe('reschedule');
    expect(read('等我哄孩子睡了，八点半以后', 'scale:0-10', 'zh-CN', '17:58')).toMatchObject({ i: 'reschedule', at: '11-18T20:30' });
    expect(read('Now very busy. After 4 can?', 'yesno', 'en', '16:00')).toMatchObject({ v: false, i: 'reschedule', at: '11-18T16:00' });
    expect(read('Not really, the grandchildren are here. Tomorrow morning?', 'yesno', 'en', '13:52')).toMatchObject({ v: false, i: 'reschedule', at: '11-19T10:00' });
    expect(read('No, the engineer is coming back tomorrow', 'yesno', 'en').i).not.toBe('reschedule');
    expect(read('sorry我现在很busy，tonight再call我吧', 'yesno', 'zh-CN', '13:20')).toMatchObject({ v: false, i: 'reschedule', at: '11-18T19:00' });
    expect(read('我现在很忙 明天再说', 'yesno').i).toBe('reschedule');
    expect(read('网能不能用得等我闺女放学回来试 她五点到家', 'yesno')).toMatchObject({ i: 'reschedule', at: '11-18T17:00' });
    expect(read("hold on, I'm in the hospital right now, can we do this tomorrow", 'csat3', 'en')).toMatchObject({ i: 'reschedule', at: '11-19T10:00' });
  });
  it('no reschedule: declining to give a reason, "a bit late" before what was said, holding the line for a relayed answer', () => {
    expect(read('不方便说', 'text').i).toBeNull();
    expect(read('我不想说', 'text').i).toBeNull();
    expect(read('现在不方便说', 'yesno').i).toBe('reschedule');
    expect(read('满意 就是来得晚了点 说十点来的 十点半才到', 'csat3')).toMatchObject({ v: 'satisfied', i: null });
    expect(read('热了 热了 你等会儿啊 老头子 暖气热没热 他说热了', 'yesno')).toMatchObject({ v: true, i: null });
    expect(read('你等会儿 我问问我老伴', 'yesno').i).toBe('reschedule');
  });
});

describe('wrong person and relatives', () => {
  it('a wrong number said indirectly', () => {
    for (const t of ['我家是地暖 也没报修 发错了吧', '是不是发错了', '我没约过工程师', '我没叫联通的人来过啊', '什么工程师？我家没人来过', '什么装修啊 我们家没装过', '不是，这号我刚换的'])
      expect(read(t, 'scale:0-10'), t).toMatchObject({ i: 'wrong_person', p: 'wrong_number' });
    expect(read('你们发错货了', 'yesno').i).toBeNull();
  });
  it('a relative said indirectly', () => {
    for (const t of ['我是他妻子 投诉是他打的', '我替我妈回的 她不会用手机', '我是替我爸答的', '侬寻伊啊 我是伊老婆'])
      expect(read(t, 'yesno'), t).toMatchObject({ v: false, i: 'wrong_person', p: 'relative' });
    expect(read('孩子他爹不在 晚上七点以后回来', 'yesno', 'zh-CN', '19:00')).toMatchObject({ v: false, i: 'wrong_person', at: '11-18T19:00' });
  });
  it('a relative\'s vague "in a while" is no callback time; a time said is', () => {
    expect(read('我是他老伴，他下楼遛弯去了，一会儿就回来', 'yesno', 'zh-CN', '09:35')).toMatchObject({ i: 'wrong_person', at: null });
    expect(read('我是他老伴，他下楼遛弯去了，五点回来', 'yesno', 'zh-CN', '09:35')).toMatchObject({ i: 'wrong_person', at: '11-18T17:00' });
    expect(read('这是我老公的号 他手机落家里了 你明天打吧', 'yesno').at).toBe('11-19T10:00');
  });
  it('someone in the family arranged it: no relative unless the customer is pointed to', () => {
    for (const t of ['这个我也说不好 都是我儿子弄的', '我老公弄的 我不清楚', '我儿子给办的，我也不知道满意不满意']) expect(read(t, 'csat3').i, t).toBeNull();
    for (const t of ['都是我老公弄的 你问他吧', '装修是我女婿弄的 我不懂 你周末打吧他在家', '我儿子办的，他不在家，你晚上打给他吧'])
      expect(read(t, 'csat3').i, t).toBe('wrong_person');
  });
});

describe('human, repeat, complaint', () => {
  it('refusing the machine asks for a person; "is this a real person?" then a request is a request', () => {
    expect(read('我不跟机器说，有没有人', 'csat3').i).toBe('human');
    expect(read('才不跟机器人聊', 'csat3').i).toBe('human');
    expect(read("Is this a real person? I'd rather talk to a human", 'yesno', 'en').i).toBe('human');
    expect(read('Is this a real person?', 'yesno', 'en').i).toBe('who_calling');
  });
  it('repeat: the message not understood, the options asked', () => {
    expect(read('没看懂', 'yesno')).toMatchObject({ v: null, i: 'repeat' });
    expect(read('看不明白啥意思', 'yesno').i).toBe('repeat');
    expect(read('按几 一是啥二是啥', 'csat3').i).toBe('repeat');
  });
  it('a complaint made before, only mentioned, is no request to complain', () => {
    expect(read('你们怎么知道我投诉了？你是谁啊', 'yesno').i).toBe('who_calling');
    expect(read('我要投诉', 'yesno').i).toBe('complaint');
  });
});
