/**
 * Round 23 (t23A): dissatisfied customers who never say 不满意 (resignation, rhetorical questions, reproaches, comparisons,
 * challenges), each beside look-alikes that keep their reading (praise, a plain question, a fact). Phrasings of our own.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 23 (t23A): the appointed time never kept', () => {
  it('is late, dissatisfied', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '说好的钟点就从来没准过', { v: 'dissatisfied', c: 'late' }],
      ['telecom-repair.satisfaction', '约的时间没一回准时的', { v: 'dissatisfied', c: 'late' }],
    ]);
  });
  it('look-alike: 没准儿 (maybe) and a time kept', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '约的时间 没准儿他还提前到了', { c: null }],
      ['telecom-install.satisfaction', '约好的点准时来的 挺好', { v: 'satisfied', c: null }],
    ]);
  });
});

describe('round 23 (t23A): a repair no better than none', () => {
  it('asked back or compared, not_fixed', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '弄了跟没弄有什么两样啊', { v: 'dissatisfied', c: 'not_fixed' }],
      ['heating-repair.warm_now', '比修以前也暖和不到哪去', { v: false, c: 'not_fixed' }],
    ]);
  });
  it('look-alike: the options asked about, and better than before', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '满意和比较满意有什么区别', { v: null, c: null }],
      ['heating-repair.warm_now', '热了 比修以前暖和多了', { v: true, c: null }],
    ]);
  });
});

describe('round 23 (t23A): the caller told to try it, and retorts', () => {
  it('the fault still there', () => {
    checkOnStep([
      ['telecom-repair.fixed_check', '好了？你自己来我家看个电视试试 看卡不卡', { v: false, c: 'not_fixed' }],
      ['telecom-complaint.solved', '你们自个儿不知道修没修好吗', { c: 'not_fixed' }],
      ['heating-complaint.solved', '屋里十六度也算解决了？', { v: false, c: 'not_fixed' }],
      ['telecom-complaint.solved', '没有 照样打不出去电话', { v: false, c: 'not_fixed' }],
    ]);
  });
  it('look-alike: the customer will try, someone else told to, the hotline not reached, a warm home', () => {
    checkOnStep([
      ['telecom-repair.fixed_check', '好了 我晚上再试试看卡不卡', { v: true, c: null }],
      ['telecom-complaint.solved', '还是打不通你们客服', { c: 'unreachable' }],
      ['heating-complaint.solved', '二十三度 解决了', { v: true, c: null }],
    ]);
  });
});

describe('round 23 (t23A): reproaches and giving up', () => {
  it('dissatisfied', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '你们就是这样给客户装电视的吗', { v: 'dissatisfied' }],
      ['telecom-repair.satisfaction', '行吧 能上网就行 别的也不指望了', { v: 'dissatisfied' }],
      ['renovation.quality', '地砖才铺完就空鼓 这叫质量啊', { v: false, c: 'quality' }],
      ['renovation.overall', '一分 活儿做得不咋地', { v: 1, c: 'quality' }],
      ['heating-sampling.service_satisfaction', '唉 他们嫌我事儿多', { c: 'attitude' }],
      ['heating-repair.temperature', '我在家里都戴着手套呢', { c: 'quality' }],
      ['telecom-install.en.satisfaction', "Fine. I'm tired of fighting with you about it.", { v: 'dissatisfied' }],
    ]);
  });
  it('look-alike: praise of the same shape, 别的 praised, the work praised', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '你们师傅就是这么给人家服务的 真周到', { v: 'satisfied' }],
      ['telecom-repair.satisfaction', '别的都挺好', { v: 'satisfied', c: null }],
      ['heating-repair.satisfaction', '我岁数大了 别的也不会说 谢谢师傅 暖气热乎了', { v: 'satisfied', c: null }],
      ['renovation.overall', '五分 活儿干得漂亮', { v: 5, c: null }],
      ['telecom-repair.satisfaction', '快得我都没反应过来 师傅就修好了', { v: 'satisfied', c: null }],
      ['telecom-install.en.satisfaction', 'Great job, you people were lovely.', { v: 'satisfied' }],
    ]);
  });
  it('a price called high: billing, a reservation when softened', () => {
    checkOnStep([
      ['renovation.overall', '四分 报价有点贵 其他都不错', { v: 4, c: 'billing' }],
      ['renovation.overall', '五分 价钱不贵', { v: 5, c: null }],
    ]);
  });
});
