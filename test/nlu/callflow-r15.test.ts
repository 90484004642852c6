/**
 * Round 15 (t15F), the call flow (dev14): a go-ahead given on terms (the length or the number of questions settled, time
 * granted), another way of contact asked for instead of this call, and a later time said as the last clause after why
 * the customer cannot talk now. Each rule is checked on phrasings other than the corpus items, and on what it must leave
 * alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, at: r.at };
};

describe('a go-ahead on terms', () => {
  it('the length or the count settled, then go ahead', () => {
    for (const t of ['两分钟是吧？多一秒我就挂了啊，你问', '就三分钟啊，我看着表呢，说吧', '问几个？五个以内我就答', '就两个问题是吧？那行，来吧']) expect(read(t, 'yesno').v, t).toBe(true);
  });
  it('time granted or conceded', () => {
    for (const t of ['我只给你三分钟', '五分钟就五分钟吧', '行吧，最多给你两分钟']) expect(read(t, 'yesno').v, t).toBe(true);
  });
  it('leaves alone a length that ends in a later call or grants nothing', () => {
    expect(read('要二十分钟啊？那你明天打吧', 'yesno').i).toBe('reschedule');
    for (const t of ['几个问题？', '要多少分钟？', '给你三分钟不够吧']) expect(read(t, 'yesno').v, t).not.toBe(true);
  });
  it('a score said with 给你 stays a score', () => {
    expect(read('我就给你七分', 'scale:0-10').v).toBe(7);
  });
  it('home from work, then go ahead', () => {
    expect(read('刚到家，你问吧', 'yesno').v).toBe(true);
  });
});

describe('another way of contact asked for', () => {
  it('is a later contact, not an opt-out', () => {
    for (const t of ['你给我发条短信吧', '短信里问吧，我这会儿说不了', '你加我微信问', '打我家固话吧', '别打手机了，打家里座机', '可以发个问卷链接吗，我线上填']) {
      const r = read(t, 'yesno');
      expect(r.i, t).toBe('reschedule');
    }
    for (const t of ['Could you text me instead?', 'Just email me the survey', 'whatsapp me pls']) expect(read(t, 'yesno', 'en').i, t).toBe('reschedule');
  });
  it('leaves alone a message only mentioned, past or for the future', () => {
    for (const t of ['可以，你们之前发过短信了', '行，师傅加我微信了，你问吧', '短信收到了，问吧', '我回短信问了一下，没人理', '以后别打这个号了，打我另一个号']) expect(read(t, 'yesno').i, t).not.toBe('reschedule');
    expect(read('sure, you texted me earlier, go ahead', 'yesno', 'en').i).not.toBe('reschedule');
    expect(read('你们打我座机也没人接', 'yesno').i).not.toBe('reschedule');
  });
  it('不用再打了 alone is still an opt-out', () => {
    expect(read('以后别打电话了', 'yesno').i).toBe('opt_out');
  });
});

describe('a later time as the last clause', () => {
  it('after why now is bad, is a later call with that time', () => {
    const r = read('我在医院陪床，走不了人，下午三点以后', 'yesno');
    expect(r.i).toBe('reschedule');
    const s = read('等我孙子睡了再说，三点以后吧', 'yesno');
    expect(s.i).toBe('reschedule');
    expect(s.at).toBe('2026-11-18T15:00:00+08:00');
    expect(read('我在打太极，明儿上午吧', 'yesno').i).toBe('reschedule');
  });
  it('leaves alone an answer or a question before the time, and a measure', () => {
    expect(read('热了，晚上', 'yesno').i).toBeNull();
    expect(read('修好了，下午三点', 'yesno').i).toBeNull();
    expect(read('师傅几点来？下午四点', 'yesno').i).toBeNull();
    expect(read('刚看了一眼 十九点六', 'scale:0-40:度').v).toBe(19.6);
  });
});
