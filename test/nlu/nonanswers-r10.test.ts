import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';

const ctx = { locale: 'zh-CN' as const, now: '2026-11-18T10:00:00+08:00' };
const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => interpret(text, parseKind(kind), { ...ctx, locale });
const value = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => read(text, kind, locale).value;

// Round 10: utterances a hotline hears that are no answer give no value, one rule family each; the answer beside them still stands.
describe('non-answers (round 10)', () => {
  it('a question word inside a clause asks (when, how long, how many times, A-not-A before a verb, where, how to)', () => {
    expect(value('你们一般装修完多久开发票', 'scale:0-5')).toBeNull();
    expect(value('明年暖气费会不会涨价', 'csat3')).toBeNull();
    expect(read('明年暖气费会不会涨价', 'csat3').complaint).toBeNull();
    expect(value('你们回访一般会打几次电话', 'yesno')).toBeNull();
    expect(value('几分算及格啊', 'scale:0-5')).toBeNull();
    expect(value('你们app上哪里可以看投诉进度', 'yesno')).toBeNull();
    expect(value('那我这个什么时候能给我处理好', 'csat3')).toBeNull();
    expect(value('装修的时候墙上的插座位置能不能改', 'yesno')).toBeNull();
    expect(value('你们这个流量怎么扣得这么快', 'csat3')).toBeNull();
    expect(value('这调查要问几个问题', 'yesno')).toBeNull();
  });
  it('not a question: a few days (拖了几天), a reported question, a wish for next time, wait and see, any time', () => {
    expect(read('解决了，就是拖了几天', 'yesno')).toMatchObject({ value: true, complaint: 'late' });
    expect(value('我就问了一句这线能不能走墙角 他说你懂还是我懂', 'csat3')).toBe('dissatisfied');
    expect(read('非常满意啊 就是下回能不能提前打个电话', 'csat3').value).toBe('very_satisfied');
    expect(value('暂时还行 看后面会不会再断', 'csat3')).toBe('neutral');
    expect(value('你问吧，几个问题啊', 'yesno')).toBe(true);
  });
  it('acknowledgements that only take note or leave, a greeting with a courtesy, a backchannel alone on csat3', () => {
    expect(value('哦，明白明白', 'yesno')).toBeNull();
    expect(value('OK OK，我note一下', 'csat3')).toBeNull();
    expect(value('那好，那就麻烦你们了', 'csat3')).toBeNull();
    expect(value('行，那我等你们的消息', 'yesno')).toBeNull();
    expect(value('哎哟你好你好，大冷天的你们也辛苦了', 'csat3')).toBeNull();
    expect(value('哦，你好', 'yesno')).toBeNull();
    expect(value('嗯嗯', 'csat3')).toBeNull();
    expect(value('哦哦哦，好的好的', 'csat3')).toBeNull();
    expect(value('好的', 'yesno')).toBe(true);
    expect(value('好', 'csat3')).toBe('satisfied');
    expect(value('收到了', 'yesno')).toBe(true);
    expect(value('👍👍👍', 'csat3')).not.toBeNull();
    expect(value('明白了，满意', 'csat3')).toBe('satisfied');
  });
  it('talk about the call line gives no value and no grievance; a fault said to last is not that', () => {
    expect(read('喂，信号不好', 'csat3')).toMatchObject({ value: null, complaint: null });
    expect(value('喂？怎么没声音了', 'yesno')).toBeNull();
    expect(read('你那头有回音，我听着都是重音', 'yesno')).toMatchObject({ value: null, complaint: null });
    expect(value('hello hello 我这边好像有echo', 'yesno')).toBeNull();
    expect(read('你好你好，刚才电话断了', 'csat3')).toMatchObject({ value: null, complaint: null });
    expect(value("the line's really bad hello", 'csat3', 'en')).toBeNull();
    expect(value('还是有杂音', 'yesno')).toBe(false);
    expect(value('信号不好', 'csat3')).toBe('dissatisfied');
  });
  it('talk in the room: an exam mark, food, a show, a pet, market prices, a sports commentary', () => {
    expect(value('妈妈我数学考了一百分', 'scale:0-10')).toBeNull();
    expect(value('妈妈我数学考了一百分', 'csat3')).toBeNull();
    expect(value('今天的菜真好吃', 'csat3')).toBeNull();
    expect(value('这个电视剧真好看', 'yesno')).toBeNull();
    expect(value('哎呀猫把杯子碰掉了，没事没事', 'csat3')).toBeNull();
    expect(value('白菜一块五一斤，土豆两块', 'csat3')).toBeNull();
    expect(value('最后一跳全场打出了九点五分的高分', 'scale:0-10')).toBeNull();
    expect(value('这个事我考虑考虑', 'csat3')).toBeNull();
  });
  it('hotline requests, a card, an estate or a handle named, the question put back, going to try, a digit that is no key', () => {
    expect(value('嗯，那个，我想咨询一下', 'yesno')).toBeNull();
    expect(value('我想把我的套餐换成便宜一点的', 'yesno')).toBeNull();
    expect(value('我想办一张新卡', 'csat3')).toBeNull();
    expect(value('我不是很清楚这个', 'scale:0-10')).toBeNull();
    expect(value('我是南湖满意家园三栋的', 'csat3')).toBeNull();
    expect(value('我微信名叫日子不错，你们那个群加我一下', 'csat3')).toBeNull();
    expect(value('满意，我们小区好多家都说好', 'csat3')).toBe('satisfied');
    expect(value('你觉得呢', 'scale:0-10')).toBeNull();
    expect(value('你说呢 不满意', 'csat3')).toBe('dissatisfied');
    expect(value('好的 我试试', 'yesno')).toBeNull();
    expect(value('4', 'csat3')).toBeNull();
    expect(value('3', 'csat3')).toBe('dissatisfied');
  });
});
