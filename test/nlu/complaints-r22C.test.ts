/**
 * Round 22 (t22C), dev21 complaint items 076–145, negatives, recogniser and dialect answers: grievances whose category was not
 * read, and look-alikes read as grievances (another party's doing sorted out by our people, a fear that did not come true, a
 * charge the customer asked for, a delay the customer caused). Phrasings of our own, each beside a neighbour that must stay.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('grievances whose category was not read', () => {
  it('are read with their category', () => {
    checkOnStep([
      ['telecom-repair.problem_detail', '依然那样 一到晚上就卡', { c: 'not_fixed' }],
      ['telecom-complaint.solved', '没有 一丁点变化都没有', { v: false, c: 'not_fixed' }],
      ['renovation.quality', '不满意 地板全都翘起来了', { v: false, c: 'quality' }],
      ['renovation.quality', '不满意 卫生间的砖又翘了', { v: false, c: 'quality' }],
      ['renovation.quality', '不满意 活儿干得好撇', { v: false, c: 'quality' }],
      ['renovation.design', '不满意 和效果图差得太远', { v: false, c: 'quality' }],
      ['renovation.site_safety', '不满意 安全绳都不系', { v: false, c: 'safety' }],
      ['renovation.site_safety', '唔满意 电线到处乱放', { v: false, c: 'safety' }],
      ['unicom-engineer.rating', '三分 佢好冇耐性', { v: 3, c: 'attitude' }],
      ['renovation.convenient', '不方便 正和你们设计师吵起来了', { v: false, c: 'attitude' }],
    ]);
  });
  it('leaves the neighbours alone', () => {
    checkOnStep([
      ['telecom-complaint.solved', '还是那样 挺好的', { v: true, c: null }],
      ['telecom-complaint.solved', '没有 一分钱都没多要', { v: false }],
      ['renovation.quality', '满意 师傅人挺撇脱的', { v: true, c: null }],
      ['telecom-complaint.solved', '跟以前完全两样了 再没断过', { v: true, c: null }],
      ['telecom-repair.problem_detail', '月租跟当初说好的不一样', { c: 'billing' }],
      ['renovation.quality', '不满意 价格跟合同上的不一样', { v: false, c: 'billing' }],
      ['renovation.site_safety', '网线有点乱', { c: 'quality' }],
      ['renovation.convenient', '不方便 正跟我老公吵着呢', { v: false, c: null }],
    ]);
  });
});

describe('a score beside a grievance', () => {
  it('an aspect called bad alone gives no number; the score the customer would have given is not the one given', () => {
    checkOnStep([
      ['unicom-engineer.rating', '那个小伙子口气太差了', { v: null, c: 'attitude' }],
      ['unicom-engineer.rating', '六分 要不是来回跑了三趟能给九分', { v: 6 }],
      ['unicom-engineer.rating', '要不是来回跑了三趟能给九分', { v: null }],
    ]);
  });
  it('a level of the whole said bad still scores', () => {
    checkOnStep([['unicom-engineer.rating', '太差了', { v: 0 }]]);
  });
});

describe('look-alikes read as grievances', () => {
  it('another party at fault, our people sorting it out', () => {
    checkOnStep([
      ['heating-repair.satisfaction', '没网是隔壁施工挖断了线 你们小伙子来了三趟帮着交涉 非常感谢', { v: 'satisfied', c: null }],
      ['heating-complaint.handling_satisfaction', '不暖和是楼下把阀门关了 你们师傅上门帮着沟通好了 满意', { v: 'satisfied', c: null }],
      ['renovation.site_safety', '邻居说是我们施工弄坏的 结果一查是他家自己的水管 满意', { v: true, c: null }],
      ['telecom-repair.satisfaction', '物业的人把楼道弄得乱七八糟 装网的小伙子倒是挺负责', { v: 'satisfied', c: null }],
    ]);
  });
  it('but not when our side did nothing or is not praised', () => {
    checkOnStep([
      ['heating-complaint.handling_satisfaction', '不暖和是楼下把阀门关了 你们也不管', { v: 'dissatisfied' }],
      ['telecom-repair.satisfaction', '装网的小伙子把楼道弄得乱七八糟', { v: 'dissatisfied', c: 'mess' }],
    ]);
  });
  it('money feared and not taken, a receipted charge the customer asked for', () => {
    checkOnStep([
      ['heating-repair.satisfaction', '本来以为得花钱 结果师傅一分钱都没收', { v: 'satisfied', c: null }],
      ['unicom-engineer.rating', '多装的面板收了二十 给了发票 是我主动要装的 十分', { v: 10, c: null }],
      ['unicom-engineer.rating', '师傅收了我二十 给了发票 八分', { c: 'money' }],
    ]);
  });
  it('a competitor failed where we did it at once; gratitude said with a degree', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '联通的来了三回都没弄好 你们一趟就装好了', { v: 'satisfied', c: null }],
      ['telecom-install.satisfaction', '联通的来了三回都没弄好 你们也没弄好', { v: 'dissatisfied' }],
      ['heating-repair.satisfaction', '很感激', { v: 'satisfied' }],
      ['heating-repair.satisfaction', '谢谢', { v: null }],
    ]);
  });
  it('lateness feared, the visit on time (English)', () => {
    checkOnStep([
      ['telecom-install.en.satisfaction', 'I thought the technician would be late but he arrived on time', { v: 'satisfied', c: null }],
      ['telecom-install.en.satisfaction', 'I was worried he would be late and he was', { v: 'dissatisfied', c: 'late' }],
    ]);
  });
  it('a delay the customer caused, on the schedule question', () => {
    checkOnStep([
      ['renovation.schedule', '拖了一个礼拜 那是我们家自己换了橱柜 不怪他们', { v: true }],
      ['renovation.schedule', '没按期 是我们自己改了方案耽误的 不怪他们', { v: false }],
      ['renovation.schedule', '拖了一个礼拜', { v: false, c: 'late' }],
    ]);
  });
  it('an A-not-A question and 说不来 name no lateness', () => {
    checkOnStep([
      ['renovation.schedule', '谁知道他们按没按期', { c: null }],
      ['unicom-engineer.rating', '这个我说不来', { v: null, c: null }],
      ['renovation.schedule', '没按期', { v: false, c: 'late' }],
    ]);
  });
});
