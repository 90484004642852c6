/**
 * Round 24 (t24B): the complaint's category when the level is already right: calls counted with nobody come (late, not
 * repeat visits), a puddle left after the job (mess, not the rude exit), a question brushed off (attitude, not the job's
 * quality), the fault sure to come back or only said to be handled (not_fixed), the customer put off again (late), an
 * unskilled worker (quality, not a wait), the hallway's or a neighbour's warmth (quality), a second visitor needed (repeat_visit);
 * each beside look-alikes that keep their reading. Phrasings of our own.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 24 (t24B): calls counted and still nobody came', () => {
  it('is late, not repeat_visit', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '电话打了三遍 人到现在还没来', { v: 'dissatisfied', c: 'late' }],
      ['heating-repair.satisfaction', '催了好几次电话 我白等了一整天', { v: 'dissatisfied', c: 'late' }],
    ]);
  });
  it('look-alike: one call and a quick visit', () => {
    checkOnStep([['telecom-repair.satisfaction', '打了一次电话第二天就来了 满意', { v: 'satisfied', c: null }]]);
  });
});

describe('round 24 (t24B): a puddle or water left after the job', () => {
  it('is mess, before the rude exit or a leak', () => {
    checkOnStep([
      ['heating-repair.satisfaction', '活干完人就走了 厨房地上一摊脏水也没擦', { v: 'dissatisfied', c: 'mess' }],
      ['heating-repair.satisfaction', '师傅干完活 地板上一摊泥也没收拾', { v: 'dissatisfied', c: 'mess' }],
      ['heating-repair.satisfaction', '下班到家一看 屋里到处是水', { v: 'dissatisfied', c: 'mess' }],
    ]);
  });
  it('look-alike: the water wiped up', () => {
    checkOnStep([['heating-repair.satisfaction', '师傅干完活把地上的水都擦了 满意', { v: 'satisfied', c: null }]]);
  });
});

describe('round 24 (t24B): a question brushed off, the customer sent to the young ones', () => {
  it('is attitude, not the quality of the job', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '电视不会调 他来了句叫你家孩子看看', { v: 'dissatisfied', c: 'attitude' }],
      ['telecom-install.satisfaction', '装完就走了 问他点啥都答不上来', { v: 'dissatisfied', c: 'attitude' }],
    ]);
  });
  it('look-alike: the customer\'s own son, and questions answered', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '我让我儿子弄的 挺满意', { v: 'satisfied', c: null }],
      ['telecom-install.satisfaction', '我问啥他都给我讲得明明白白 满意', { v: 'satisfied', c: null }],
    ]);
  });
});

describe('round 24 (t24B): the fault sure to come back, or handled only in words', () => {
  it('is not_fixed', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '反正用不了几个月又得找你们', { v: 'dissatisfied', c: 'not_fixed' }],
      ['heating-complaint.handling_satisfaction', '他们说解决了就是解决了呗 我还能说啥', { v: 'dissatisfied', c: 'not_fixed' }],
    ]);
  });
  it('look-alike: handled indeed, and a count of reports stays repeat_visit', () => {
    checkOnStep([
      ['heating-complaint.handling_satisfaction', '他们说解决了 确实解决了 满意', { v: 'satisfied', c: null }],
      ['telecom-repair.satisfaction', '这都第三回报修了 早晚还得坏', { c: 'repeat_visit' }],
    ]);
  });
});

describe('round 24 (t24B): put off again', () => {
  it('is late, a clear complaint', () => {
    checkOnStep([['telecom-repair.satisfaction', '说零件没到 明天又让我再等', { v: 'dissatisfied', c: 'late' }]]);
  });
  it('look-alike: a moment\'s wait at the visit', () => {
    checkOnStep([['telecom-repair.satisfaction', '又让我等一下 他去车上拿工具 很快就修好了 满意', { v: 'satisfied', c: null }]]);
  });
});

describe('round 24 (t24B): an unskilled worker, the hallway\'s or a neighbour\'s warmth', () => {
  it('is quality, a reservation beside the score', () => {
    checkOnStep([
      ['unicom-engineer.rating', '九分 人不错 就是手有点生', { v: 9, c: 'quality' }],
      ['unicom-engineer.rating', '八分 就是对着手册研究了好半天', { v: 8, c: 'quality' }],
      ['heating-sampling.heating_satisfaction', '满意 就是楼道里有点冷', { v: 'satisfied', c: 'quality' }],
      ['heating-repair.warm_now', '热了 就是比隔壁家凉一点', { v: true, c: 'quality' }],
    ]);
  });
  it('look-alike: skilled, warmer than next door, rubbish in the hallway', () => {
    checkOnStep([
      ['unicom-engineer.rating', '九分 小伙子挺熟练的', { v: 9, c: null }],
      ['heating-repair.warm_now', '热了 比隔壁家还暖和', { v: true, c: null }],
      ['heating-sampling.heating_satisfaction', '满意 就是楼道里垃圾没人收', { v: 'satisfied', c: 'mess' }],
    ]);
  });
});

describe('round 24 (t24B): a second one sent before it was fixed, then the level of now', () => {
  it('is repeat_visit beside the level', () => {
    checkOnStep([
      ['heating-complaint.handling_satisfaction', '第一次来的没找着毛病 又派了个师傅才修好 现在满意', { v: 'satisfied', c: 'repeat_visit' }],
    ]);
  });
  it('look-alike: fixed at the first visit', () => {
    checkOnStep([['heating-complaint.handling_satisfaction', '师傅来了一次就修好了 现在满意', { v: 'satisfied', c: null }]]);
  });
});
