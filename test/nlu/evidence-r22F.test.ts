/**
 * Round 22 (t22F), dev21 no-evidence and elderly answers: what gives no level (a question about which aspect is meant, a habit of
 * little use, a check not made yet, away for some days, the customer's own "I know nothing", a story of the visit, a fear not met,
 * "whether or not" put with 没), and weak evidence that still answers (the state seen yesterday, the channels still missing). Phrasings
 * of our own, each beside a neighbour that must stay as it was.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('no evidence gives no level', () => {
  it('which aspect the caller means, asked back', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '您问的满意是指哪个方面呀', { v: null }],
      ['telecom-install.satisfaction', '满意指的是哪方面', { v: null }],
      ['telecom-repair.satisfaction', '你说满意是指什么', { v: null }],
    ]);
  });
  it('but every aspect praised, or a level said first, stands', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '哪方面都挺满意的', { v: 'satisfied' }],
      ['telecom-install.satisfaction', '满意 我是说师傅那块', { v: 'satisfied' }],
    ]);
  });
  it('a habit of little use is no fault', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '俺一般不看电视 用不上', { v: null, c: null }],
      ['telecom-install.satisfaction', '我从来不用电脑', { v: null, c: null }],
    ]);
  });
  it('while the line that fails is one', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '我平时上网老掉线', { v: 'dissatisfied', c: 'not_fixed' }],
    ]);
  });
  it('a check not made yet, or away some days, answers nothing', () => {
    checkOnStep([
      ['heating-repair.warm_now', '刚下班回来 还没顾得上摸', { v: null }],
      ['heating-complaint.solved', '我这几天没回家 住我闺女那', { v: null }],
      ['telecom-repair.fixed_check', '我在单位呢 还没来得及试', { v: null }],
    ]);
  });
  it('while a fault seen stays a fault', () => {
    checkOnStep([
      ['heating-repair.warm_now', '还没顾上摸 不过屋里挺冷的', { v: false }],
    ]);
  });
  it('the customer\'s own "I know nothing" is no grievance about the worker', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '俺年纪大了 什么都不懂 你找我儿子问', { v: null, c: null }],
      ['telecom-install.satisfaction', '来的那个师傅啥也不懂', { v: 'dissatisfied', c: 'quality' }],
    ]);
  });
  it('the worker busy at the job is his effort, not a delay', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '师傅进门就开始弄 鼓捣了好半天', { v: null, c: null }],
      ['telecom-install.satisfaction', '师傅鼓捣了好半天才弄好', { c: 'late' }],
    ]);
  });
  it('a fear not met is no grievance; a fear come true is one', () => {
    checkOnStep([
      ['heating-repair.satisfaction', '挺好 我就是怕他们又要钱 人家没要', { v: 'satisfied', c: null }],
      ['heating-repair.satisfaction', '我就怕他们要钱 结果还真要了我一百', { c: 'money' }],
    ]);
  });
  it('"whether or not" put with 没 asks, it says no 没', () => {
    checkOnStep([
      ['renovation.schedule', '完没完工我得问问我老公', { v: null, c: null }],
      ['renovation.schedule', '按期没按期我这会儿说不好', { v: null, c: null }],
      ['renovation.schedule', '没按期 拖了半个月', { v: false, c: 'late' }],
    ]);
  });
});

describe('weak evidence still answers', () => {
  it('the show the customer watches is the customer talking', () => {
    checkOnStep([
      ['telecom-repair.fixed_check', '能看了 我每天就看看新闻联播', { v: true }],
    ]);
  });
  it('the state seen yesterday, today not checked: a tentative yes', () => {
    checkOnStep([
      ['heating-complaint.solved', '昨晚就热乎了 今天还没摸', { v: true }],
      ['telecom-repair.fixed_check', '前两天就能用了 这会儿还没试', { v: true }],
      ['heating-complaint.solved', '师傅说好了 我还没摸', { v: null }],
    ]);
  });
  it('the channels still missing after "he said it was done" is not fixed', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '他们说修好了 可还是收不到节目', { v: 'dissatisfied', c: 'not_fixed' }],
      ['telecom-repair.satisfaction', '修好了 现在台都有了', { v: 'satisfied', c: null }],
    ]);
  });
});
