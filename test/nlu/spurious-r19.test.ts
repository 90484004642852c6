/**
 * Round 19 (t19S), spurious complaints and non-answers given a level (dev18, second wave): a name said alone answers only
 * the identity question; a grievance's matter named to deny it; relief that the cold is over; a matter put right said
 * after the verdict. Phrasings other than the corpus items, and what must stay.
 */
import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';
import { check, none, rulesAlone } from './read-kind.js';

rulesAlone();

const NOW = '2026-11-18T10:30:00+08:00';
const onStep = (text: string, question: string) => interpret(text, parseKind('yesno'), { now: NOW, locale: 'zh-CN', question }).value;

describe('a name said alone', () => {
  it('is no answer off the identity step', () => {
    none([['yesno', '我是刘志强'], ['yesno', '喂，我是孙丽 你是哪位'], ['csat3', '我叫周敏'], ['scale:0-10', '我是黄海涛']]);
  });
  it('answers the identity question', () => {
    expect(onStep('我是刘志强', '请问您是刘志强先生本人吗？')).toBe(true);
  });
  it('leaves alone what is no name', () => {
    check([['yesno', '是的我是', { v: true }], ['csat3', '我是满意的', { v: 'satisfied' }]]);
  });
});

describe('a grievance named to be denied', () => {
  it('names no complaint', () => {
    check([
      ['yesno', '没有 收红包的事从来没有过', { v: false, c: null }],
      ['yesno', '乱收费这种情况根本没有', { c: null }],
    ]);
  });
  it('leaves alone the matter left unsolved', () => {
    check([['yesno', '要红包的事一直没有人管', { c: 'money' }]]);
  });
});

describe('a trouble told as over', () => {
  it('the cold no longer suffered', () => {
    check([['yesno', '暖和了 这回家里老人不挨冻了', { v: true, c: null }]]);
  });
  it('a matter put right after the verdict', () => {
    check([['csat3', '挺好的 隔壁漏水的事也给协调好了', { v: 'satisfied', c: null }]]);
  });
  it('leaves alone the cold suffered and the matter left', () => {
    check([['yesno', '还是不热 天天挨冻', { v: false }], ['csat3', '不好 楼下漏水的事也没给协调', { v: 'dissatisfied' }]]);
  });
});
