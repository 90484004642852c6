/** Numbers, scales and temperatures as customers say them (round 10, t10S): one case list per rule family. */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const NOW = '2026-11-18T10:30:00+08:00';
const r = (text: string, kind: string) => interpretKind(text, kind, { now: NOW, locale: 'zh-CN' });
const v = (text: string, kind: string) => r(text, kind).value;

describe('ranges written with a mark, a number cut off and said again', () => {
  it.each([['7、8分的样子', 7], ['7-8分', 7], ['1、2、3', null], ['八 八分吧', 8]])('%s on 0–10', (t, want) => expect(v(t, 'scale:0-10')).toBe(want));
  it.each([['17~18度吧', 17], ['十九、二十度的样子', 19], ['嗯……二十……二十一吧', 21], ['十七点几度', 17]])('%s in 度', (t, want) => expect(v(t, 'scale:0-40:度')).toBe(want));
  it('a range is confirmed', () => expect(r('17~18度吧', 'scale:0-40:度').confidence).toBeLessThan(0.6));
});

describe('十 misheard before degrees', () => {
  it.each([['石八度', 18], ['是八度吧', 18], ['二是度', 20], ['是就度', 19], ['屋里是八度', 8]])('%s', (t, want) => expect(v(t, 'scale:0-40:度')).toBe(want));
});

describe('keys typed on a room-temperature step', () => {
  it.each([['1', 21], ['回复2', 19], ['3', 17], ['4', 15], ['5', 5], ['20', 20]])('%s', (t, want) => expect(v(t, 'scale:0-40:度')).toBe(want));
  it.each([['*', 10], ['按星号是十分对吧？那我按星号', 10]])('%s on 0–10 is the star key', (t, want) => expect(v(t, 'scale:0-10')).toBe(want));
});

describe('where on the scale, another scale, tenths, stars, grades', () => {
  it.each([['中等吧', 5], ['中上吧', 7], ['中等偏下', 4], ['满分一百的话我给九十', 9], ['满分五分我给四分', 8], ['用0到10分打分？那就9分', 9], ['九成满意', 9], ['八成新', null], ['给四颗星吧', 8], ['⭐⭐⭐⭐', 8], ['三颗星', null], ['A+', 10], ['不扣分', 10], ['一分都不扣', 10], ['一分都不给', 0], ['不扣分吗', null]])('%s on 0–10', (t, want) => expect(v(t, 'scale:0-10')).toBe(want));
  it.each([['中等吧', 3], ['十分制的话八分', 4], ['打十分！', 5], ['打八分', 4], ['六分', null], ['是分吧比较满意', 4], ['一般般，有些地方没到位', 3]])('%s on 0–5', (t, want) => expect(v(t, 'scale:0-5')).toBe(want));
  it.each([['打个优', 'very_satisfied'], ['良', 'satisfied'], ['A+', 'very_satisfied'], ['优惠', null]])('%s on a satisfaction step', (t, want) => expect(v(t, 'csat3')).toBe(want));
});

describe('scores not given now', () => {
  it.each([['这次给九分，上回那个师傅我顶多给三分', 9], ['上次给了七分，这次九分', 9], ['要不是迟到，我肯定给满分', null]])('%s on 0–10', (t, want) => expect(v(t, 'scale:0-10')).toBe(want));
  it('put off', () => expect(v('打个四分吧，五分等过了保修期再说', 'scale:0-5')).toBe(4));
  it('十分失望的十分 is no ten, and reaches a person', () => {
    const x = r('十分，十分失望的十分', 'scale:0-10');
    expect(x.value).not.toBe(10);
    expect(typeof x.value === 'number' && x.value <= 6).toBe(true);
  });
  it('a number before a pause and 一点', () => expect(v('zero，一点都不professional', 'scale:0-10')).toBe(0));
});

describe('readings of the rooms', () => {
  it.each([['国家标准是十八度吧？我家刚好十八', 18], ['屋里二十', 20], ['比去年高两度，十九度吧', 19], ['比去年高两度', null], ['楼下那家二十三度，我家才十六', 16], ['温度计上是十九', 19], ['你等一下啊 老伴儿 温度计多少 二十 他说二十', 20]])('%s', (t, want) => expect(v(t, 'scale:0-40:度')).toBe(want));
  it.each([['不到16度', null], ['也就零上十度', 'quality'], ['之前十四度，修完以后二十度了', null]])('%s: complaint', (t, want) => expect(r(t, 'scale:0-40:度').complaint ?? null).toBe(want));
});
