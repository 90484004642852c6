/**
 * Round 14, the call flow (dev13): a number said not to be wrong, a person declined, the customer repeating their own
 * answer, the question's number or the question itself asked back, and someone in charge sent to call back or come.
 * Each rule is checked on phrasings other than the corpus items, and on what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale: 'zh-CN' });
  return { v: r.value, i: r.intent };
};

describe('没打错: the number said right', () => {
  it('is no wrong number', () => {
    for (const t of ['没打错，是我', '是我，号码是我新办的，没有打错', '对对，没打错']) expect(read(t, 'yesno').i, t).not.toBe('wrong_person');
  });
  it('leaves a wrong number alone', () => {
    for (const t of ['你打错了', '不是，打错电话了', 'No，打错了', '号码是新换的']) expect(read(t, 'yesno').i, t).toBe('wrong_person');
  });
});

describe('a person declined or either will do', () => {
  it('不用人工 is no request', () => {
    for (const t of ['不用转人工，满意', '不需要人工，你接着问', '人工也行机器也行，都满意']) expect(read(t, 'csat3').i, t).not.toBe('human');
  });
  it('a person asked for stays', () => {
    for (const t of ['转人工', '我要人工', '给我转人工客服']) expect(read(t, 'csat3').i, t).toBe('human');
  });
});

describe('the customer repeating their own answer', () => {
  it('我再说一遍 / 再说一遍也 is no repeat', () => {
    expect(read('我再说一遍，满意', 'csat3')).toEqual({ v: 'satisfied', i: null });
    expect(read('再说一遍也是八分', 'scale:0-10')).toEqual({ v: 8, i: null });
  });
  it('a repeat asked stays', () => {
    for (const t of ['你再说一遍', '麻烦再说一遍']) expect(read(t, 'csat3').i, t).toBe('repeat');
  });
});

describe('the question asked back', () => {
  it('its number, the question, a line missed', () => {
    for (const t of ['你刚才说几分制？', '你刚说多少分来的？', '啊？你问我什么', '刚才信号不好没听清']) expect(read(t, 'scale:0-10').i, t).toBe('repeat');
  });
  it('leaves look-alikes alone', () => {
    expect(read('你问我啥意思，满意啊', 'csat3').i).toBeNull();
    expect(read('你刚说几分就几分吧', 'scale:0-10').i).not.toBe('repeat');
  });
});

describe('someone in charge sent to call back or come', () => {
  it('is a request for a person', () => {
    for (const t of ['让你们经理直接打给我', '找个懂行的给我回个电话', '你们派个负责人过来看看', '主任电话多少？让他给我回个电话']) expect(read(t, 'csat3').i, t).toBe('human');
  });
  it('a past request or a visit told is not', () => {
    for (const t of ['我让师傅给我打过来他也没打', '还专门派个经理上门道歉，满意']) expect(read(t, 'csat3').i, t).not.toBe('human');
  });
});
