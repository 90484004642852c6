/**
 * Round 19 (t19C2): 快 of someone's speech (说话太快, 讲得有点快) is no praise of quick service, and its 太 lifts no 满意; only
 * one half of the radiator warm (就上边热 下边凉) is no "it is warm". Phrasings of our own, each beside a look-alike.
 */
import { describe, it } from 'vitest';
import { check, rulesAlone } from './read-kind.js';

rulesAlone();

describe('speech too fast, round 19', () => {
  it('keeps the level said before it', () => check([
    ['csat3', '满意 就是讲话太快了', { v: 'satisfied' }],
    ['csat3', '还挺满意的 就是那个师傅语速有点快', { v: 'satisfied' }],
    // look-alikes: quick service praised, a strong level said
    ['csat3', '非常满意 就是说话快了点', { v: 'very_satisfied' }],
    ['csat3', '满意 来得太快了', { v: 'very_satisfied' }],
  ]));
});

describe('half the radiator warm, round 19', () => {
  it('reads no', () => check([
    ['yesno', '不热 只有上边热', { v: false }],
    ['yesno', '就下面热 上面冰凉', { v: false }],
  ]));
  it('look-alike: both halves warm is a yes', () => check([
    ['yesno', '热了 上面热下面也热', { v: true }],
  ]));
});
