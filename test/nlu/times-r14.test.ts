/**
 * Round 14, callback times (dev13): am/pm said after a Chinese clock, the mealtime over, noon with the meal done,
 * a day of the next lunar month, after the weekend, once school is out, an hour followed by its part of the day,
 * a time said roughly at the close, and texting shorthand. Each rule is checked on phrasings other than the corpus
 * items, and on what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';
import type { Locale } from '../../src/nlu/types.js';

const at = (text: string, now: string, locale: Locale = 'zh-CN') => interpretKind(text, 'time', { now, locale }).at ?? null;
const D = '2026-11-18T';

describe('am/pm said with a clock', () => {
  it('is the part of the day, not minutes', () => {
    expect(at('晚上八点，eight pm', `${D}15:00:00+08:00`)).toBe(`${D}20:00:00+08:00`);
    expect(at('8pm吧', `${D}15:00:00+08:00`)).toBe(`${D}20:00:00+08:00`);
    expect(at('下午4:30 pm', `${D}10:00:00+08:00`)).toBe(`${D}16:30:00+08:00`);
  });
  it('leaves a plain clock alone', () => {
    expect(at('晚上七点', `${D}15:00:00+08:00`)).toBe(`${D}19:00:00+08:00`);
  });
});

describe('the mealtime over', () => {
  it('过了饭点 is after the meal', () => {
    expect(at('过了饭点再打', `${D}11:30:00+08:00`)).toBe(`${D}13:00:00+08:00`);
    expect(at('饭点过了你再来电话', `${D}18:00:00+08:00`)).toBe(`${D}19:00:00+08:00`);
  });
  it('中午吃完饭 is after lunch, not noon', () => {
    expect(at('后天中午吃完饭', `${D}09:00:00+08:00`)).toBe('2026-11-20T13:00:00+08:00');
    expect(at('明天中午', `${D}09:00:00+08:00`)).toBe('2026-11-19T12:00:00+08:00');
  });
});

describe('a day of a lunar month said relative', () => {
  it('农历下个月 is the lunar month after this one', () => {
    expect(at('农历下个月初五吧', `${D}15:00:00+08:00`)).toBe('2026-12-13T10:00:00+08:00');
  });
  it('leaves the solar next month alone', () => {
    expect(at('下个月吧', `${D}15:00:00+08:00`)).toBe('2026-12-01T10:00:00+08:00');
  });
});

describe('after the weekend', () => {
  it('is the Monday after it', () => {
    for (const t of ['过了周末再说', '周末之后吧', '这周末过了再打']) expect(at(t, `${D}10:00:00+08:00`), t).toBe('2026-11-23T10:00:00+08:00');
    expect(at('call me after the weekend', `${D}10:00:00+08:00`, 'en')).toBe('2026-11-23T10:00:00+08:00');
  });
  it('the weekend itself stays the weekend', () => {
    expect(at('周末吧', `${D}10:00:00+08:00`)).toBe('2026-11-21T10:00:00+08:00');
    expect(at('at the weekend', `${D}10:00:00+08:00`, 'en')).toBe('2026-11-21T10:00:00+08:00');
  });
});

describe('once school is out', () => {
  it('is late afternoon', () => {
    for (const t of ['等孙子放学了吧', '放了学以后再打']) expect(at(t, `${D}10:00:00+08:00`), t).toBe(`${D}16:30:00+08:00`);
  });
  it('a clock said with it wins; picking up from school is no time', () => {
    expect(at('孩子放学以后吧，五点多', `${D}10:00:00+08:00`)).toBe(`${D}17:00:00+08:00`);
    expect(at('我在接孩子放学', `${D}16:00:00+08:00`)).toBeNull();
  });
});

describe('English hours with their part of the day', () => {
  it('an hour before tonight is a clock', () => {
    expect(at('eight tonight', `${D}10:00:00+08:00`, 'en')).toBe(`${D}20:00:00+08:00`);
    expect(at('ten tomorrow morning', `${D}10:00:00+08:00`, 'en')).toBe('2026-11-19T10:00:00+08:00');
  });
  it('around the close is just before it', () => {
    expect(at('about nine tonight', `${D}15:00:00+08:00`, 'en')).toBe(`${D}20:30:00+08:00`);
    expect(at('晚上九点左右', `${D}15:00:00+08:00`)).toBe(`${D}20:30:00+08:00`);
  });
  it('a count is no clock', () => {
    expect(at('I have two tonight', `${D}10:00:00+08:00`, 'en')).toBe(`${D}19:00:00+08:00`);
  });
  it('texting shorthand', () => {
    expect(at('cb in 2h', `${D}10:00:00+08:00`, 'en')).toBe(`${D}12:00:00+08:00`);
  });
});
