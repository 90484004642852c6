/**
 * Round 21 (t21F): numbers, ranges and bounds on the score and temperature steps, levels said in other words, lukewarm and
 * ironic answers, and answers about another item. Phrasings of our own, each beside a look-alike.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();
const rows = checkOnStep;

describe('scores and readings, round 21 (t21F)', () => {
  it('one or two points is a range; more than full marks with 给 is the top', () => rows([
    ['renovation.overall', '也就一两分吧', { v: 1 }],
    ['unicom-engineer.rating', '打十五分', { v: 10 }],
    ['unicom-engineer.rating', '十二分的不满意', { v: 3 }],
  ]));
  it('"not one point more" caps the score said, "not even one point" is the bottom', () => rows([
    ['unicom-engineer.rating', '两分 多一分也不给', { v: 2 }],
    ['unicom-engineer.rating', '一分也不给', { v: 0 }],
  ]));
  it('a band said in words, and marks out of a hundred as a range of tens', () => rows([
    ['heating-repair.temperature', '十八度以下', { v: 17 }],
    ['heating-repair.temperature', '十八度', { v: 18 }],
    ['telecom-install.satisfaction', '七八十分吧', { v: 'satisfied' }],
    ['telecom-install.satisfaction', '满意度打一百', { v: 'very_satisfied' }],
    ['unicom-engineer.rating', '巴分吧', { v: 8 }],
    ['unicom-engineer.rating', '把分打高点', { v: null }],
  ]));
  it('the top conceded beside a grievance keeps its score; said plainly beside it, none', () => rows([
    ['renovation.overall', '满分 尽管师傅来晚了两天', { v: 5, c: 'late' }],
    ['renovation.overall', '满分 师傅来晚了两天', { v: null, c: 'late' }],
  ]));
  it('a guessed reading is no "only"; a warm reading confirms warm praise', () => rows([
    ['heating-sampling.temperature', '大概就十六七度', { c: null }],
    ['heating-sampling.temperature', '也就十六度', { c: 'quality' }],
    ['heating-sampling.temperature', '暖和得很 二十五度呢', { v: 25, c: null }],
  ]));
});

describe('levels in other words, round 21 (t21F)', () => {
  it('no fault at all is praise, a fault is a reservation', () => rows([
    ['telecom-install.satisfaction', '满意 没一点问题', { v: 'satisfied', c: null }],
    ['telecom-install.satisfaction', '满意 就是有一点慢', { c: 'late' }],
  ]));
  it('praise then another firm far worse is praise; a level only taken back has no category', () => rows([
    ['telecom-install.satisfaction', '太满意了 比以前那家好太多', { v: 'very_satisfied' }],
    ['telecom-repair.satisfaction', '满意……才怪呢', { v: 'dissatisfied', c: null }],
    ['telecom-repair.satisfaction', '满意才怪 师傅骂人', { c: 'attitude' }],
  ]));
  it('certainty as a share, others warned off', () => rows([
    ['renovation.recommend', '百分百会推荐', { v: true }],
    ['renovation.recommend', '百分之百不会', { v: false }],
    ['renovation.recommend', '我都跟朋友说别找你们', { v: false }],
    ['renovation.recommend', '会 我还让朋友找你们呢', { v: true }],
  ]));
  it('a half day to finish is late; the effort praised is not', () => rows([
    ['telecom-install.satisfaction', '不满意 修了一整天才修好', { c: 'late' }],
    ['telecom-install.satisfaction', '满意 干了一下午 水都不喝', { c: null }],
  ]));
});

describe('answers about another item, round 21 (t21F)', () => {
  it('when the visit was, or the line speed, answers neither yes nor no', () => rows([
    ['telecom-install.identity', '网速挺快的', { v: null }],
    ['telecom-install.identity', '是我 网速挺快的', { v: true }],
    ['heating-repair.warm_now', '昨天上午来修的', { v: null }],
    ['heating-repair.warm_now', '热了 昨天上午来修的', { v: true }],
  ]));
});
