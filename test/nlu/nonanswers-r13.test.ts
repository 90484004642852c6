/**
 * Round 13, non-answers (dev12, t13N): utterances that are no answer whatever answer words they hold — the
 * television or the radio, an SMS instruction or someone else's rating quoted, a name spelt out, talk to
 * someone in the room, weather small talk, "hold on a minute", a sentence broken off, an address said in
 * English — give no value, and the learned reader stays silent on them too (these tests run with it on, as
 * the product does). Each family is checked on phrasings other than the corpus items that showed it, and on
 * real answers it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('the television, the radio, adverts and announcements', () => {
  it('a source marker or an advert is no answer', () => {
    expect(read('（广播）本店新品上市，全场满意为止', 'csat3').v).toBeNull();
    expect(read('[TV] ...what a brilliant goal, the crowd is on its feet', 'csat3').v).toBeNull();
    expect(read('……扫码关注公众号，好评返现十元……', 'scale:0-10').v).toBeNull();
    expect(read('……服务满意度全市第一，欢迎新老顾客……', 'csat3').v).toBeNull();
    expect(read('……前方到站，幸福路，请要下车的乘客提前准备……', 'csat3').v).toBeNull();
    expect(read('收音机里在放广告，满意到家', 'csat3').v).toBeNull();
  });
  it('a grievance about an advert or the customer\'s own verdict beside the TV stays', () => {
    expect(read('电视里广告说得好听，实际上网速慢得很', 'csat3').v).toBe('dissatisfied');
  });
});

describe('quotes of an SMS or of someone else\'s rating', () => {
  it('the SMS instruction quoted is none', () => {
    expect(read('短信上说非常满意就回复一，是吧', 'csat3').v).toBeNull();
    expect(read('你们那个短信写满意请按一', 'scale:0-10').v).toBeNull();
  });
  it('hearsay of a rating is none; the customer\'s own verdict beside it stands', () => {
    expect(read('群里有人说你们家服务五星好评', 'yesno').v).toBeNull();
    expect(read('朋友问我你们家咋样来着', 'yesno').v).toBeNull();
    expect(read('有人问我就说你们家好', 'yesno').v).toBe(true);
  });
});

describe('names spelt out', () => {
  it('a character spelt by a word or a radical is a name', () => {
    expect(read('我姓方，方便的方', 'yesno').v).toBeNull();
    expect(read('户主叫张好，好人的好', 'csat3').v).toBeNull();
    expect(read('我姓江，三点水一个工', 'yesno').v).toBeNull();
    expect(read('登记的是刘行，文刀刘，行走的行', 'yesno').v).toBeNull();
  });
  it('a recogniser\'s repeat spells nothing', () => {
    expect(read('态度挺好的挺好', 'yesno').v).toBe(true);
  });
});

describe('places named with answer words', () => {
  it('estates and shops, in Chinese or in English, are names', () => {
    expect(read('我家在舒心苑，旧的那边', 'csat3').v).toBeNull();
    expect(read('就是满意理发店楼上', 'csat3').v).toBeNull();
    expect(read('我们这是幸福小区，不是新幸福', 'csat3').v).toBeNull();
    expect(read('我住的是阳光花园，不是我妈那套', 'yesno').v).toBeNull();
    expect(read('在北五环外边', 'scale:0-5').v).toBeNull();
    expect(read('住的是银河湾二期', 'scale:0-10').v).toBeNull();
    expect(read('I live at 9 Happy Garden Court, flat 3', 'csat3').v).toBeNull();
    expect(read('the flat above the Lucky Star restaurant', 'yesno').v).toBeNull();
    expect(read('我们住Good Luck Gardens那边', 'csat3').v).toBeNull();
  });
  it('a verdict said about the estate stays', () => {
    expect(read('解决了，那天不热是小区停电循环泵停了，不是你们的事', 'yesno').v).toBe(true);
    expect(read('Happy with it, the engineer was great', 'csat3').v).not.toBeNull();
  });
});

describe('talk to someone in the room, small talk, holds and broken sentences', () => {
  it('an aside to the family is none', () => {
    expect(read('赶紧吃饭，汤都凉了', 'csat3').v).toBeNull();
    expect(read('别闹了，人家问事呢', 'csat3').v).toBeNull();
    expect(read('你去把那个发票给我拿过来', 'yesno').v).toBeNull();
  });
  it('weather small talk is none; the frost outside beside the room temperature is a temperature', () => {
    expect(read('你们那边下雨没有', 'yesno').v).toBeNull();
    expect(read('这雪下得可真大啊', 'csat3').v).toBeNull();
    expect(read('外面零下八度，屋里二十一', 'scale:0-40:度').v).toBe(21);
    expect(read('暖气满意，就是今年太冷，外头零下二十多度', 'csat3').v).toBe('satisfied');
  });
  it('hold on a minute is no reschedule; a time to call back is', () => {
    expect(read('你等我两分钟，我去关个火', 'yesno')).toMatchObject({ v: null, i: null });
    expect(read('等我下了班再打', 'yesno').i).toBe('reschedule');
  });
  it('a sentence broken off is none; a verdict before the dots stands', () => {
    expect(read('这个它是这样的，那个……', 'yesno').v).toBeNull();
    expect(read('挺好的，就是……', 'csat3').v).toBe('satisfied');
  });
  it('the line going quiet, a number noted down, a count, a question back', () => {
    expect(read('喂？喂？怎么没声了', 'yesno').v).toBeNull();
    expect(read('好好，我先把这个工号记一下', 'csat3').v).toBeNull();
    expect(read('OK, let me just jot that number down', 'csat3').v).toBeNull();
    expect(read('前后来了有三个师傅吧，还是四个', 'yesno').v).toBeNull();
    expect(read('宽带费今年降没降啊', 'csat3').v).toBeNull();
    expect(read('你问的是哪次维修', 'yesno').v).toBeNull();
    expect(read('没有没有', 'yesno').v).toBe(false);
    expect(read('屋里才十五度，你说热没热', 'yesno').v).toBe(false);
  });
  it('a figure taken back for "let me look", or restated as no answer, leaves none', () => {
    expect(read('十八……不对，我看看温度计', 'scale:0-40:度').v).toBeNull();
    expect(read('满意……不是，我是说这个电话是第二个了', 'csat3').v).toBeNull();
    expect(read('不满意……哦不对，满意', 'csat3').v).toBe('satisfied');
  });
  it('a mobile number of a relative named is no relative answering', () => {
    expect(read('合同上写的是我儿子的号，幺三九一二三四五六七八', 'yesno')).toMatchObject({ v: null, i: null });
  });
});
