/**
 * Round 17, wave 2 (t17G2, dev16 s-a-complaint): an extra charge put to the customer at the visit is money, not a bill
 * disputed (000 第四十三条); the household's own doing owned and the engineer cleared is no complaint (000 第三十六条); a charge
 * explained to the customer's satisfaction is made good; points taken off and a score said before 钱花了 are read without
 * their pause; the 是 of what was agreed (约的是上午) is no yes. Phrasings of our own, with the look-alikes that stay.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-05T10:30:00+08:00', locale: 'zh-CN' });
  return { v: r.value, c: r.complaint ?? null };
};

describe('an extra charge put at the visit (round 17, t17G2)', () => {
  it('得加/要收/要我补 a sum: money', () => {
    expect(read('装到一半他说墙太厚，还得加两百块钱打孔费，不满意', 'csat3').c).toBe('money');
    expect(read('师傅说线不够，要收五十，我也只能给了', 'text').c).toBe('money');
    expect(read('有，项目经理说人工涨了要我再补三千', 'yesno').c).toBe('money');
  });
  it('a price asked about, or taken back: no money', () => {
    expect(read('满意，我问他要收多少钱，他说不要钱', 'csat3').c).toBe(null);
    expect(read('满意，本来说要收八十，后来没收钱', 'csat3').c).toBe(null);
  });
});

describe('the household\'s own doing, the engineer cleared (round 17, t17G2)', () => {
  it('是我家里人…，跟师傅没关系 / 是因为我家老是…，不怪他: no complaint', () => {
    expect(read('满意，地上那些烟头是我儿子扔的，跟师傅没关系', 'csat3')).toEqual({ v: 'satisfied', c: null });
    expect(read('满意，来了两趟是因为我们家总是不在，不怪人家', 'csat3')).toEqual({ v: 'satisfied', c: null });
    expect(read('挺好的，鞋套没穿是我说不用穿的', 'csat3')).toEqual({ v: 'satisfied', c: null });
  });
  it('the blame put on the customer by staff, or a "but" after: kept', () => {
    expect(read('他说是我家路由器的问题，跟他没关系，推得一干二净', 'text').c).not.toBe(null);
    expect(read('来晚是因为我家没人，不怪他，可是他活也没干完就走了', 'csat3').c).not.toBe(null);
  });
});

describe('a charge explained to the customer\'s satisfaction (round 17, t17G2)', () => {
  it('…解释了…明白了: no billing complaint', () => {
    expect(read('满意，头一个月扣的钱多了些，营业厅解释了是月中开通的，我就明白了', 'csat3')).toEqual({ v: 'satisfied', c: null });
  });
  it('explained but not accepted: kept', () => {
    expect(read('话费多扣了一百，客服解释了一通，我还是觉得不合理', 'csat3').c).toBe('billing');
  });
});

describe('a score read without its pause (round 17, t17G2)', () => {
  it('扣N分，因为…: the top less the points', () => {
    expect(read('扣三分，因为地没扫', 'scale:0-10').v).toBe(7);
    expect(read('八分，扣两分，一分是来晚了一分是没穿鞋套', 'scale:0-10').v).toBe(8);
  });
  it('N分，钱花了…: the score, then the money spent', () => {
    expect(read('两分，钱花了不少，活干得一塌糊涂', 'scale:0-5').v).toBe(2);
    expect(read('一分钱没多要', 'scale:0-10').v).toBe(null);
  });
});

describe('the 是 of what was agreed (round 17, t17G2)', () => {
  it('约的是…，他…才来: a lateness, no yes', () => {
    expect(read('定的是下午两点，他五点多才来', 'csat3').v).toBe('dissatisfied');
  });
  it('是 as an answer stays', () => {
    expect(read('是的，满意', 'csat3').v).toBe('satisfied');
  });
});
