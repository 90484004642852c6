/**
 * Round 11, recogniser output, dialect-flavoured Mandarin and elderly speakers (dev10 asr, dialect, elderly):
 * each rule is checked on phrasings other than the corpus items that showed it, and on the real words a
 * homophone repair must leave alone, so a rule that only fits one item, or a global replacement, fails here.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const day = '2026-11-18';
const read = (text: string, kind: string, time = '10:30') => {
  const r = interpretKind(text, kind, { now: `${day}T${time}:00+08:00` });
  return { v: r.value, i: r.intent, c: r.complaint ?? null, at: r.at?.slice(5, 16) ?? null };
};

describe('homophones, guarded by the character beside them', () => {
  it('还星/还型 before a particle is 还行; 蛮一 before 的 is 满意, 蛮一般 stays 一般', () => {
    expect(read('还型吧', 'csat3').v).toBe('neutral');
    expect(read('还星啊', 'csat3').v).toBe('neutral');
    expect(read('挺蛮一的', 'csat3').v).toBe('satisfied');
    expect(read('蛮一般的', 'csat3').v).toBe('neutral');
  });
  it('a lone syllable before 是我 is the first 是; 投素 is 投诉', () => {
    expect(read('事 是我', 'yesno').v).toBe(true);
    expect(read('我想投塑一下', 'csat3').i).toBe('complaint');
  });
  it('名天 before a part of the day, 下五 before a clock hour, 晓时 after a count', () => {
    expect(read('名天下午吧', 'time').at).toBe('11-19T15:00');
    expect(read('那就下舞四点', 'time').at).toBe('11-18T16:00');
    expect(read('两个晓时以后', 'time').at).toBe('11-18T12:30');
    // 下五楼 is no afternoon.
    expect(read('我下五楼去拿', 'time').at).toBeNull();
  });
  it('部 after a pause is 不 (全部能用 stays all of it working)', () => {
    expect(read('还是 部行', 'yesno').v).toBe(false);
    expect(read('全部能用了', 'yesno').v).toBe(true);
  });
  it('美有 alone is 没有; 灰常 before an evaluation is 非常; 荒便 is 方便', () => {
    expect(read('还美有', 'yesno').v).toBe(false);
    expect(read('灰常好', 'csat3').v).toBe('very_satisfied');
    expect(read('现在荒便', 'yesno').v).toBe(true);
  });
  it('a filler between a degree and the level keeps the degree', () => {
    expect(read('特别 嗯 满意', 'csat3').v).toBe('very_satisfied');
  });
});

describe('dialect words', () => {
  it('甭提了 is a grievance; 仨礼拜 is three weeks of it', () => {
    expect(read('甭提了 弄了仨礼拜', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
  });
  it('勿来三, 拐哒, 不得行 after 还是: the fault is still there', () => {
    expect(read('还是勿来赛', 'yesno')).toMatchObject({ v: false, c: 'not_fixed' });
    expect(read('又拐哒', 'yesno').v).toBe(false);
    expect(read('还是拐了', 'yesno')).toMatchObject({ v: false, c: 'not_fixed' });
    expect(read('网还是不得行', 'yesno')).toMatchObject({ v: false, c: 'not_fixed' });
  });
  it('晏 after 得 is late; 忒 is 太', () => {
    expect(read('师傅人挺好 就是来得有点晏', 'csat3')).toMatchObject({ v: 'satisfied', c: 'late' });
    expect(read('忒慢了', 'csat3').v).toBe('dissatisfied');
  });
  it('板正, 敞亮, 局气 are praise', () => {
    expect(read('墙刷得挺板正', 'yesno').v).toBe(true);
    expect(read('师傅人敞亮', 'yesno').v).toBe(true);
    expect(read('小伙子真局气', 'csat3').v).toBe('satisfied');
  });
  it('work judged bad by its complement is quality, unless a fault or a mess is named', () => {
    expect(read('地砖铺得稀碎', 'yesno')).toMatchObject({ v: false, c: 'quality' });
    expect(read('墙刷得真糙', 'yesno').c).toBe('quality');
  });
  it('成屋都系尘 is a house full of dust', () => {
    expect(read('唔满意 成屋都系尘', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'mess' });
  });
});

describe('keys, corrections and waits', () => {
  it('a keypad digit said alone on a yes/no step and a room-temperature step', () => {
    expect(read('一吧', 'yesno').v).toBe(true);
    expect(read('嗯 二', 'yesno').v).toBe(false);
    expect(read('四', 'scale:0-40:度').v).toBe(15);
    // On a points scale a lone numeral is the number.
    expect(read('四', 'scale:0-10').v).toBe(4);
  });
  it('N多度 in digits is the middle of the tens', () => {
    expect(read('10多度', 'scale:0-40:度').v).toBe(15);
  });
  it('哦不是 takes back what was said before it', () => {
    expect(read('有 哦不是 没有 我听岔了', 'yesno').v).toBe(false);
  });
  it('a wait clause, then the result: the result answers', () => {
    expect(read('你等一下 我摸摸 嗯 热乎了', 'yesno').v).toBe(true);
    expect(read('稍等 我看一下 还是不能用', 'yesno').v).toBe(false);
    // A wait followed by a question or nothing answers nothing.
    expect(read('等一下 你是哪个公司的', 'yesno').v).toBeNull();
    expect(read('稍等 我看看能不能上', 'yesno').v).toBeNull();
  });
  it('全是 is no yes; 没那么好 after a level softens it', () => {
    expect(read('门口全是土', 'yesno').v).toBe(false);
    expect(read('满意吧 没那么好', 'csat3').v).toBe('satisfied');
  });
});
