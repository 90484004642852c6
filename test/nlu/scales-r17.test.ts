/**
 * Round 17 (t17S), scales and evidence on satisfaction and score steps (dev16 first): a score with the part held back
 * explained, the scale named after the score, school grades framed or chosen from a list, marks out of a hundred that are
 * no whole tenth, the rating named as the topic before a share, better than before, a thumb given, the digits of a score
 * or a reading heard as look-alikes. Own phrasings, with the look-alikes that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { locale: 'zh-CN' });
  return { v: r.value, c: r.complaint ?? null, conf: r.confidence };
};

describe('the part of the score held back, with its reason', () => {
  it('the score gives the level; the reason keeps its category', () => {
    for (const t of ['四颗星吧，少一颗是装机师傅迟到了', '五颗星给四颗星，差一颗是因为客服电话老打不通', '八成满意吧，剩下两成是工期拖了', '十分制的话打八分，扣两分是地上没扫干净']) {
      const r = read(t, 'csat3');
      expect(r.v, t).toBe('satisfied');
      expect(r.c, t).not.toBeNull();
    }
    // Something was taken off: not the top level.
    expect(read('九成吧，剩下一成是他没穿鞋套', 'csat3').v).toBe('satisfied');
  });
  it('look-alikes: a low score, a grievance with no score, a score with no reason', () => {
    expect(read('两颗星，少三颗是因为根本没修好', 'csat3').v).toBe('dissatisfied');
    expect(read('师傅来晚了两个小时', 'csat3').v).toBe('dissatisfied');
    expect(read('八分', 'csat3').v).toBe('satisfied');
  });
});

describe('the scale named after the score', () => {
  it('the score is read on it', () => {
    expect(read('七分吧，满分十分', 'csat3').v).toBe('satisfied');
    expect(read('三分，五分制的', 'csat3').v).toBe('neutral');
    expect(read('三分，五分制的', 'scale:0-10').v).toBe(6);
    expect(read('八分，满分十分', 'scale:0-5').v).toBe(4);
  });
  it('look-alikes: the top said as the score, the scale asked', () => {
    expect(read('满分', 'csat3').v).toBe('very_satisfied');
    expect(read('满分是十分吗', 'scale:0-10').v).toBeNull();
  });
});

describe('grades', () => {
  it('framed after other words, or chosen from the list', () => {
    expect(read('师傅这活儿干的，我打个乙等', 'csat3').v).toBe('satisfied');
    expect(read('给他评个丙吧', 'csat3').v).toBe('neutral');
    expect(read('这次我给个D', 'csat3').v).toBe('dissatisfied');
    expect(read('给个A减', 'csat3').v).toBe('satisfied');
    expect(read('甲乙丙丁的话我选甲', 'csat3').v).toBe('very_satisfied');
    expect(read('优良中差，我就选良', 'csat3').v).toBe('satisfied');
  });
  it('look-alikes: a letter in a word, a grade asked', () => {
    expect(read('这个B超做了吗', 'csat3').v).toBeNull();
    expect(read('你们是甲方还是乙方', 'csat3').v).toBeNull();
  });
  it('a thumb given', () => {
    expect(String(read('给你们个大拇指', 'csat3').v)).toMatch(/satisfied/);
  });
});

describe('numbers', () => {
  it('a mark out of a hundred that is no whole tenth: between two points, confirmed', () => {
    const r = read('八十三分吧', 'scale:0-10');
    expect(r.v).toBe(8);
    expect(r.conf).toBeLessThanOrEqual(0.5);
    expect(read('给个六十五', 'scale:0-10').v).toBe(6);
    expect(read('他今年六十五了', 'scale:0-10').v).toBeNull();
  });
  it('the rating named as the topic before a share', () => {
    expect(read('满意度的话百分之八十吧', 'csat3').v).toBe('satisfied');
    expect(read('打分嘛，六成', 'csat3').v).toBe('neutral');
    expect(read('流量用了百分之八十', 'csat3').v).toBeNull();
  });
  it('digits heard as look-alikes: 五 and 四 before 分, 幺 for one in a reading', () => {
    expect(read('午分', 'scale:0-5').v).toBe(5);
    expect(read('打个似分吧', 'scale:0-5').v).toBe(4);
    expect(read('二幺度', 'scale:0-40:度').v).toBe(21);
    expect(read('幺九度吧', 'scale:0-40:度').v).toBe(19);
    expect(read('分享一下', 'scale:0-5').v).toBeNull();
  });
});

describe('better than before', () => {
  it('plainly better: satisfied, to confirm; how it was then is no grievance now', () => {
    expect(read('比往年强', 'csat3').v).toBe('satisfied');
    const r = read('比以前强，以前得等一个礼拜', 'csat3');
    expect(r.v).toBe('satisfied');
    expect(r.c).toBeNull();
  });
  it('look-alike: better, but a fault now', () => {
    expect(read('比去年强，就是客厅还是冷', 'csat3').v).toBe('dissatisfied');
  });
});
