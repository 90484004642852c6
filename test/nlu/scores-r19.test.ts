/**
 * Round 19 (t19V2), levels, scores and temperatures (dev18): a score said before a pause and a reason with English in it, a score
 * whose points taken off name a salesman, the top named without 分, a range across a ten, a reading after a comparison with
 * last year, the contrary supposed (不满意的话我早……了), a verdict then what staff said it was (说是……的问题), 非长 for 非常.
 * Phrasings other than the corpus items, and what must stay.
 */
import { describe, expect, it } from 'vitest';
import { check, read, rulesAlone } from './read-kind.js';

rulesAlone();

describe('scores', () => {
  it('reads the score before a pause and a reason in mixed words', () => check([
    ['scale:0-10', '九分 他还帮我把wifi连好了', { v: 9 }],
    ['scale:0-10', '十分 走之前教我连上wifi', { v: 10 }],
  ]));
  it('keeps the score when the points taken off name a salesman', () => {
    expect(read('八分 扣两分是他老推销宽带套餐', 'scale:0-10')).toMatchObject({ v: 8, i: null });
    expect(read('你们是推销的吧', 'scale:0-10').i).toBe('who_calling');
    expect(read('是不是推销啊', 'scale:0-10').i).toBe('who_calling');
  });
  it('reads the top named without points', () => check([
    ['scale:0-10', '给他个满的', { v: 10 }],
    ['scale:0-10', '那就最高的吧', { v: 10 }],
    ['scale:0-5', '都挺好的 直接最高的', { v: 5 }],
  ]));
  it('gives nothing for the top asked about', () => check([
    ['scale:0-10', '最高的是几分', { v: null }],
    ['scale:0-10', '就最高的吗', { v: null }],
  ]));
});

describe('temperatures', () => {
  it('reads a range across a ten at its lower end', () => check([
    ['scale:0-40:度', '也就十九二十度', { v: 19 }],
    ['scale:0-40:度', '二十九三十度吧', { v: 29 }],
    ['scale:0-40:度', '十八九度', { v: 18 }],
  ]));
  it('reads a reading after a comparison, not a small difference', () => check([
    ['scale:0-40:度', '今年比往年热乎 二十二度', { v: 22 }],
    ['scale:0-40:度', '比去年暖和了点 十九度', { v: 19 }],
    ['scale:0-40:度', '比去年暖和三度', { v: null }],
    ['scale:0-40:度', '去年比今年暖和 二十度', { v: null }],
  ]));
});

describe('levels', () => {
  it('reads the contrary supposed as the level as it is', () => check([
    ['csat3', '满意啊 要是不满意我早就投诉了', { v: 'satisfied' }],
    ['csat3', '挺满意 不满意的话我早找你们了', { v: 'satisfied' }],
    ['csat3', '不满意 我早就找过你们了', { v: 'dissatisfied' }],
  ]));
  it('reads a verdict and what staff said it was as the verdict and their blame', () => check([
    ['csat3', '不太满意 说是物业的事 让我们自己找物业', { v: 'dissatisfied', c: 'attitude' }],
    ['csat3', '满意 说是物业那边的事', { v: 'satisfied', c: null }],
  ]));
  it('reads 非长 before a level word as 非常', () => check([
    ['csat3', '非长满意啊', { v: 'very_satisfied' }],
    ['csat3', '非尝好', { v: 'very_satisfied' }],
  ]));
});
