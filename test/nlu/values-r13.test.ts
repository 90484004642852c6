/**
 * Round 13 (t13V, value accuracy): levels, yes/no values and readings misread on answers that are no dissatisfied
 * miss. Each rule is checked on phrasings other than the corpus items that showed it, and on the nearby words it
 * must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind);
  return { v: r.value, c: r.complaint ?? null, i: r.intent };
};

describe('a fix confirmed, its durability or cause left open', () => {
  it('is yes: the answer is what is said about now', () => {
    expect(read('网是通了 就是不知道能坚持多久', 'yesno').v).toBe(true);
    expect(read('暂时热了，不晓得能管几天', 'yesno').v).toBe(true);
    expect(read('通是通了，不知道是师傅弄的还是它自己好的', 'yesno').v).toBe(true);
  });
  it('the doubt alone is no answer, and a fault still there stays no', () => {
    expect(read('不知道能撑几天', 'yesno').v).toBeNull();
    expect(read('还没好 不知道能撑几天', 'yesno').v).toBe(false);
  });
});

describe('effort and scruples after emphatic praise', () => {
  it('are still praise, not irony and not a cold home or a repeat visit', () => {
    expect(read('小伙子可好了 冒着雨来的 水都没喝一口', 'csat3')).toMatchObject({ v: 'very_satisfied', c: null });
    expect(read('那师傅可好了 楼上楼下跑了好几趟', 'csat3')).toMatchObject({ v: 'very_satisfied', c: null });
  });
  it('a grievance after emphatic praise is still a reproach', () => {
    expect(read('可好了 等了三天才来', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
  });
});

describe('money, not points', () => {
  it('一分钱 and 一分都没收 are no score beside the score given', () => {
    expect(read('九分，一分钱都没收', 'scale:0-10').v).toBe(9);
    expect(read('给十分 师傅一分钱不要', 'scale:0-10').v).toBe(10);
    expect(read('两分钱的事 给八分', 'scale:0-10').v).toBe(8);
  });
  it('not even one point stays the bottom', () => {
    expect(read('一分都不给', 'scale:0-10').v).toBe(0);
  });
});

describe('a card swiped or inserted is no lag', () => {
  it('刷卡/插卡 is a card, 卡 as lag stays', () => {
    expect(read('挺满意 店里当天就能刷卡了', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('刷卡老卡', 'csat3').v).toBe('dissatisfied');
  });
});

describe("the customer's own doing named as the cause", () => {
  it('a reading said alone keeps its value beside the excuse', () => {
    expect(read('二十度，阳台窗户是我自己没关', 'scale:0-40:度').v).toBe(20);
  });
  it('"what I said before" is no staff blaming the customer, nor a relative answering', () => {
    expect(read('满意，之前说的掉线是我家孩子把路由器关了', 'csat3')).toMatchObject({ v: 'satisfied', c: null, i: null });
    expect(read('不满意，师傅说是我家孩子把线拔了', 'csat3').v).toBe('dissatisfied');
    expect(read('你找的是我儿子', 'yesno').i).toBe('wrong_person');
  });
  it('in English: my own fault, my old phone, not your network', () => {
    expect(read('Happy with it. The wait was my own fault, I was out', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('Very happy. The slow internet was my old phone, not your network', 'csat3')).toMatchObject({ v: 'very_satisfied', c: null });
    expect(read('The delay was not my fault', 'csat3').v).toBe('dissatisfied');
  });
});

describe('no answer in these', () => {
  it('a head count said alone is no yes', () => {
    expect(read('总共来了三个师傅', 'yesno').v).toBeNull();
    expect(read('来了两个师傅 挺好的', 'yesno').v).toBe(true);
  });
  it('how the workers addressed the customer (管我叫阿姨) is no name: the praise beside it answers', () => {
    expect(read('挺客气的 都管我叫阿姨', 'yesno').v).toBe(true);
    expect(read('我叫王小红', 'yesno').v).toBeNull();
  });
});
