/**
 * Round 18 (t18S), scales, evidence and hedges (dev17 first): fractions and half marks (九成五, 三分之二, 八五折, 四颗半), the
 * scale named as the whole the score is taken from (二十分里面给十八分), a digit stuttered, a score given to the product or the
 * price beside the visit's, temperatures just under or a little over a number, a key said after the band it stands for, a
 * share of satisfaction in the middle, and a lukewarm level beside a small matter. Own phrasings, each with the look-alikes
 * that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { read, rulesAlone } from './read-kind.js';

rulesAlone();

type Case = [kind: string, text: string, value: unknown];
const table = (cases: Case[]) => {
  for (const [kind, t, v] of cases) expect(read(t, kind).v, `${kind} ${t}`).toEqual(v);
};

describe('fractions, tenths and half marks on a points scale', () => {
  it('the share of the top, scaled', () => {
    table([
      ['scale:0-10', '给个九成五吧', 10],
      ['scale:0-10', '八成半', 9],
      ['scale:0-10', '三分之二', 7],
      ['scale:0-10', '五分之四吧', 8],
      ['scale:0-10', '给他打个八五折', 9],
      ['scale:0-10', '六折吧', 6],
      ['scale:0-10', '四星半吧', 9],
      ['scale:0-5', '三颗半星', 4],
      ['scale:0-10', '五五开', 5],
    ]);
  });
  it('look-alikes: a share of people, a discount on the price, a plain tenths', () => {
    table([
      ['scale:0-10', '三分之一的人都这么说', null],
      ['scale:0-10', '说好的八折，账单上还是原价', null],
      ['scale:0-10', '九成', 9],
      ['scale:0-10', '十分之九', 9],
    ]);
  });
});

describe('the scale named as the whole the score is taken from', () => {
  it('the score is read on it', () => {
    table([
      ['scale:0-10', '一百分里面我给八十', 8],
      ['scale:0-10', '五颗星里给四颗', 8],
      ['scale:0-10', '二十分里头给十六分吧', 8],
    ]);
  });
  it('look-alikes: the score on the scale asked', () => {
    table([
      ['scale:0-10', '十分里面给八分', 8],
      ['scale:0-10', '八分', 8],
    ]);
  });
});

describe('a digit stuttered', () => {
  it('said once', () => {
    table([
      ['scale:0-10', '七七七分', 7],
      ['scale:0-10', '六六六，六分吧', 6],
      ['scale:0-10', '九九九十分', 9],
    ]);
  });
  it('look-alikes: a digit said twice, a number read out', () => {
    table([
      ['scale:0-10', '九九分', 9],
      ['scale:0-10', '一一零', null],
    ]);
  });
});

describe('a score given to the product or the price beside the visit', () => {
  it('the score of the visit stands; the other alone is none', () => {
    table([
      ['scale:0-10', '小伙子给九分，光猫只能给五分', 9],
      ['scale:0-10', '师傅十分，套餐六分', 10],
      ['scale:0-5', '服务四分，材料费我只能给两分', 4],
      ['scale:0-10', '资费的话我给四分', null],
    ]);
  });
  it('look-alikes: one score of the visit, the service named', () => {
    table([
      ['scale:0-10', '网速九分', 9],
      ['scale:0-10', '服务七分', 7],
      ['scale:0-10', '师傅十分满意', 10],
    ]);
  });
});

describe('a half mark rounded up beside the point taken off', () => {
  it('the score stands, the reason a reservation', () => {
    const r = read('八分半，扣的那半分是鞋套没穿', 'scale:0-10');
    expect(r.v).toBe(9);
    const top = read('九分半，那半分扣在他来晚了', 'scale:0-10');
    expect(top.v).toBe(10);
    expect(top.c).toBe('late');
  });
  it('look-alike: the top said beside a grievance is a reproach', () => {
    expect(read('十分，他迟到了两个小时', 'scale:0-10').v).toBeNull();
  });
});

describe('temperatures a little over or just under a number', () => {
  it('read with the unit left unsaid', () => {
    table([
      ['scale:0-40:度', '十九还差点儿', 18],
      ['scale:0-40:度', '二十多吧', 21],
      ['scale:0-40:度', '十八点几吧', 18],
      ['scale:0-40:度', '屋里二十一度还差一点', 20],
    ]);
  });
  it('look-alikes: 二十多度 the middle of the tens, a plain reading', () => {
    table([
      ['scale:0-40:度', '二十多度', 25],
      ['scale:0-40:度', '十八度', 18],
      ['scale:0-40:度', '十七点几度', 17],
    ]);
  });
});

describe('a key said after the band it stands for', () => {
  it('the band of the key', () => {
    table([
      ['scale:0-40:度', '二十到二十二度吧，那按1', 21],
      ['scale:0-40:度', '十六到十八之间，按3', 17],
      ['scale:0-40:度', '是按2吗？那就2', 19],
    ]);
  });
  it('look-alikes: a reading said after the key, a key alone', () => {
    table([
      ['scale:0-40:度', '按2', 19],
      ['scale:0-40:度', '按20度', 20],
    ]);
  });
});

describe('a share of satisfaction in the middle', () => {
  it('neutral', () => {
    table([
      ['csat3', '五成满意吧', 'neutral'],
      ['csat3', '百分之六十满意', 'neutral'],
      ['csat3', '一半满意，一半不满意', 'neutral'],
    ]);
  });
  it('look-alikes: nine tenths, a share of people', () => {
    table([
      ['csat3', '九成满意', 'satisfied'],
      ['csat3', '八成满意', 'satisfied'],
    ]);
  });
});

describe('a lukewarm level beside a small matter, and a level after praise', () => {
  it('the level is kept; the matter is a reservation', () => {
    for (const t of ['一般，线走得不太好看', '一般般吧，客服电话要等好久']) {
      const r = read(t, 'csat3');
      expect(r.v, t).toBe('neutral');
      expect(r.c, t).not.toBeNull();
    }
    expect(read('来得挺快的，满意，就是墙上的线有点乱', 'csat3').v).toBe('satisfied');
  });
  it('look-alikes: money taken, a fault still there, rudeness', () => {
    table([
      ['csat3', '一般，师傅还收了我一百块', 'dissatisfied'],
      ['csat3', '一般，到现在还是不通', 'dissatisfied'],
      ['csat3', '一般，那师傅态度太差了', 'dissatisfied'],
    ]);
  });
});
