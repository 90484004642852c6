/**
 * Language variety (round 9): Chinese typed as pinyin or zhuyin, a score over its maximum, English
 * idioms and Chinglish, English inside Chinese answers, dialect words and recogniser homophones.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const ctx = (locale: 'zh-CN' | 'en' = 'zh-CN') => ({ now: '2026-11-18T10:30:00+08:00', locale });

describe('pinyin and zhuyin', () => {
  it.each([
    ['man yi', 'csat3', 'satisfied'],
    ['ｂｕ　ｍａｎｙｉ', 'csat3', 'dissatisfied'],
    ['hen hao', 'csat3', 'satisfied'],
    ['ㄅㄨˋ ㄇㄢˇ ㄧˋ', 'csat3', 'dissatisfied'],
    ['jiu fen', 'scale:0-10', 9],
    ['9ｆｅｎ', 'scale:0-10', 9],
    ['10/10', 'scale:0-10', 10],
  ])('%s (%s) -> %s', (text, kind, want) => {
    expect(interpretKind(text, kind, ctx()).value).toEqual(want);
  });
  it('English words and spelled addresses stay English', () => {
    expect(interpretKind('邮箱 shifen 一零 at 一六三 点 com', 'csat3', ctx()).value).toBeNull();
    expect(interpretKind('hello', 'csat3', ctx('en')).value).toBeNull();
  });
});

describe('English idioms and Chinglish', () => {
  it.each([
    ['Chuffed to bits, mate', 'very_satisfied'],
    ["Couldn't have asked for more", 'very_satisfied'],
    ['Nothing to write home about', 'neutral'],
    ["I've had better, I've had worse", 'neutral'],
    ['Not gonna lie, pretty solid', 'satisfied'],
    ['Sorta', 'neutral'],
  ])('%s -> %s', (text, want) => {
    expect(interpretKind(text, 'csat3', ctx('en')).value).toBe(want);
  });
  it('a bare verb after he/she is what happened', () => {
    expect(interpretKind('he come very late', 'csat3', ctx('en')).complaint).toBe('late');
  });
});

describe('dialect and recogniser words', () => {
  it.each([
    ['巴适得板', 'csat3', 'very_satisfied'],
    ['足赞的啦', 'csat3', 'very_satisfied'],
    ['停好的', 'csat3', 'satisfied'],
    ['现在勿方便', 'yesno', false],
    ['可宜', 'yesno', true],
    ['哦可以', 'yesno', true],
    ['我busy，call me later', 'yesno', false],
  ])('%s (%s) -> %s', (text, kind, want) => {
    expect(interpretKind(text, kind, ctx()).value).toBe(want);
  });
});
