/** Numbers, scales and levels as customers say them (round 9, t9S): one case list per rule family. */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const NOW = '2026-11-18T10:30:00+08:00';
const v = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => interpretKind(text, kind, { now: NOW, locale }).value;

describe('keys said aloud', () => {
  it.each([['按幺', 1], ['幺零', 10], ['按那个米字键', 10], ['我按星号了', 10], ['按星号键是吧', null]])('%s on 0–10', (t, want) => expect(v(t, 'scale:0-10')).toBe(want));
  it.each([['按五', null], ['按零', null], ['按2', 19], ['我按了二', 19], ['我摁了四', 15], ['刚才按的三号键', 17]])('%s on a room-temperature step', (t, want) => expect(v(t, 'scale:0-40:度')).toBe(want));
  it('按幺 on a satisfaction step is key one', () => expect(v('按幺', 'csat3')).toBe('very_satisfied'));
});

describe('points below, taken off, as a share', () => {
  it.each([['不到五分', 4], ['五分不到', 4], ['十分 扣一分吧', 9], ['百分之九十满意', 9], ['流量已使用百分之八十', null], ['卧室一格都没有，六分', 6]])('%s on 0–10', (t, want) => expect(v(t, 'scale:0-10')).toBe(want));
  it.each([['不到五分', 'dissatisfied'], ['八九分吧', 'satisfied']])('%s on a satisfaction step', (t, want) => expect(v(t, 'csat3')).toBe(want));
});

describe('recogniser output and written marks', () => {
  it.each([['吴分', 5], ['是分', 10], ['💯', 10], ['10/10', 10], ['11/10', null]])('%s on 0–10', (t, want) => expect(v(t, 'scale:0-10')).toBe(want));
  it.each([['两份', 2]])('%s on 0–5', (t, want) => expect(v(t, 'scale:0-5')).toBe(want));
});

describe('temperatures at two moments, in Fahrenheit, said twice', () => {
  it.each([['早上十六度 现在二十了', 20], ['修完以后升到十九了 以前才十四', 19], ['我那个温度计是华氏的 六十八', 20], ['18 18度', 18], ['以前十四度', 14]])('%s', (t, want) => expect(v(t, 'scale:0-40:度')).toBe(want));
});

describe('a level taken back and said again', () => {
  it.each([
    ['满意 哦不对 也就一般吧', 'neutral'],
    ['不满意 也不是 就是一般', 'neutral'],
    ['非常满意 啊不 就满意吧', 'satisfied'],
    ['按二 不对 按一', 'very_satisfied'],
    ['不满意 sorry my English not good', 'dissatisfied'],
  ])('%s', (t, want) => expect(v(t, 'csat3')).toBe(want));
  it('English', () => expect(v("Satisfied. Well, no, actually it's just okay.", 'csat3', 'en')).toBe('neutral'));
});
