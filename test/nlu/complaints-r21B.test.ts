/**
 * Round 21 (t21B), dev20 complaint items 131–239: clear complaints said without the usual words, and their look-alikes (another
 * party blamed, the household's own doing, a past fault the visit put right, effort on a hard job). Phrasings of our own, each
 * beside a neighbour that must stay as it was.
 */
import { describe, it } from 'vitest';
import { check, rulesAlone } from './read-kind.js';

rulesAlone();

describe('clear complaints of the fitting-out and the install', () => {
  it('are read with their category', () => {
    check([
      ['yesno', '架子就那么搭着 也没绑', { c: 'safety' }],
      ['yesno', '他们打孔把楼下吊顶震坏了', { c: 'mess' }],
      ['yesno', '不会 瓷砖才贴了三个月就开裂了', { v: false, c: 'quality' }],
      ['yesno', '不会 最后结算比报价多了好几千', { v: false, c: 'billing' }],
      ['text', '账单上那些收费明细我根本看不懂', { c: 'billing' }],
      ['text', '工人说电线得全换 后来别的师傅说根本不用换', { c: 'money' }],
      ['scale:0-10', '一分 修完那台电视就没亮过', { v: 1, c: 'not_fixed' }],
      ['text', '机顶盒还没调好人就走了', { c: 'not_fixed' }],
      ['yesno', '交了定金就翻脸了 找他们都不理', { c: 'attitude' }],
      ['text', 'please send somebody who actually understands wifi this time', { c: 'quality' }],
    ]);
  });
  it('leaves the neighbours alone', () => {
    check([
      ['yesno', '架子搭得挺牢的', { c: null }],
      ['text', '师傅说不用换 别花冤枉钱', { c: null }],
      ['scale:0-5', '两分 卫生间漏水把楼下都泡了', { v: 2, c: 'quality' }],
      ['csat3', '不满意 等了半天才来', { v: 'dissatisfied', c: 'late' }],
    ]);
  });
});

describe('look-alikes that are no complaint', () => {
  it('read the level and no grievance', () => {
    check([
      ['csat3', '满意 我家墙特别硬 师傅打了半天 打好了还给扫干净了', { v: 'satisfied', c: null }],
      ['csat3', '挺好 路上堵车 他提前发微信说晚二十分钟 挺讲究的', { v: 'satisfied', c: null }],
      ['yesno', '方便 原本担心会弄脏地板 结果一点没脏', { v: true, c: null }],
      ['text', '没有不满意 刚刚是我孙子瞎按的', { c: null }],
      ['text', '不是你们的问题 是物业不让打孔', { c: null }],
      ['yesno', '好了 之前断网是修路把光缆挖断了 不怪你们', { v: true, c: null }],
      ['scale:0-10', '十分 路由器是我家停电烧坏的 他给换了个新的', { v: 10, c: null }],
      ['scale:0-10', '十分 我家以前总断网 师傅来了把线都理了一遍', { v: 10, c: null }],
      ['scale:0-5', '五分 物业不让进电梯 你们工长跑了好几趟去沟通', { v: 5, c: null }],
      ['yesno', '会 我跟工长吵过几句 那是我自己脾气急', { v: true, c: null }],
      ['csat3', 'satisfied, the wiring in the flat was a tangle but the engineer sorted it', { v: 'satisfied', c: null }],
      ['csat3', "very satisfied, the wait was the landlord's fault, not yours", { v: 'very_satisfied', c: null }],
      ['yesno', 'yes, the router problem from last month is fixed now', { v: true, c: null }],
    ]);
  });
  it('keeps the grievance when it is the visit\'s', () => {
    check([
      ['csat3', '不满意 师傅修了半天才修好', { v: 'dissatisfied', c: 'late' }],
      ['csat3', "satisfied, but the delay was the engineer's fault", { c: 'late' }],
      ['yesno', 'the router problem is still not fixed', { v: false, c: 'not_fixed' }],
      ['text', '转人工', {}],
    ]);
  });
});
