/**
 * Round 22 (t22E): small reservations read with their category, a yes/no kept beside them, and hedged answers kept as
 * tentative values, read on their step as the engine reads them. Phrasings of our own, each rule beside a look-alike.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();
const rows = checkOnStep;

describe('reservations with their category, round 22', () => {
  it('shoe covers forgotten are mess; covers brought are nothing', () => rows([
    ['telecom-install.en.satisfaction', 'all good, except he forgot his shoe covers', { v: 'satisfied', c: 'mess' }],
    ['telecom-install.en.satisfaction', 'happy with it though the engineer came in without shoe covers', { c: 'mess' }],
    ['telecom-install.en.satisfaction', 'satisfied, he brought his own shoe covers', { v: 'satisfied', c: null }],
  ]));
  it('haste is attitude; the customer in a hurry is nothing', () => rows([
    ['heating-sampling.service_satisfaction', '满意 就是来的小伙子性子有点急', { v: 'satisfied', c: 'attitude' }],
    ['telecom-install.satisfaction', '挺好 装机的稍微急躁了点', { v: 'satisfied', c: 'attitude' }],
    ['telecom-install.satisfaction', '满意 我着急用网 师傅来得挺快', { v: 'satisfied', c: null }],
  ]));
  it('a device slow to start is quality; a visit slow is late', () => rows([
    ['telecom-repair.fixed_check', '好了 就是电视盒子启动慢一点', { v: true, c: 'quality' }],
    ['telecom-repair.fixed_check', '好了 就是师傅上门慢了一点', { v: true, c: 'late' }],
  ]));
  it('an uneven finish and a failed pressure test are quality; an even one and a test passed are nothing', () => rows([
    ['renovation.quality', '满意 有个墙角漆刷得不太均匀', { v: true, c: 'quality' }],
    ['renovation.quality', '满意 不过卫生间水管试压不合格', { v: true, c: 'quality' }],
    ['renovation.quality', '满意 胶打得挺匀的', { v: true, c: null }],
    ['renovation.quality', '满意 水管试压也过了', { v: true, c: null }],
  ]));
  it('a home worse than last year is quality; better than or the same as last year is nothing', () => rows([
    ['heating-sampling.temperature', '二十度 没往年暖和', { v: 20, c: 'quality' }],
    ['heating-sampling.temperature', '十九度 比往年冷点', { v: 19, c: 'quality' }],
    ['heating-sampling.temperature', '二十度 比往年好', { v: 20, c: null }],
    ['heating-sampling.temperature', '二十度 跟去年差不多', { v: 20, c: null }],
  ]));
  it("a neighbour's fault passed on is no grievance of this home; the home's own stays", () => rows([
    ['heating-sampling.heating_satisfaction', '满意 就是楼下那家暖气老不热 我替他们说一声', { v: 'satisfied', c: null }],
    ['heating-sampling.heating_satisfaction', '满意 但是我家暖气还是冰凉', { c: 'quality' }],
  ]));
  it('a grievance said small with 点 keeps the yes; said plainly it does not', () => rows([
    ['renovation.attitude', '满意 工人说话冲点 人挺实在', { v: true, c: 'attitude' }],
    ['renovation.attitude', '满意 工长嗓门太大了 人不坏', { v: false, c: 'attitude' }],
  ]));
  it('a "no" then a small story after the "but" stays a no on the violations step; a yes with the story stays a yes', () => rows([
    ['renovation.violations', '没有 就是有一次在我家沙发上睡了一会儿', { v: false }],
    ['renovation.violations', '有 有一次在我家床上躺了会儿', { v: true }],
  ]));
  it("the customer's own ignorance is no conduct; staff saying it is", () => rows([
    ['renovation.site_safety', '我哪懂什么施工规范', { v: null, c: null }],
    ['renovation.site_safety', '工长说我懂什么', { c: 'attitude' }],
  ]));
});

describe('hedged answers keep a tentative value, round 22', () => {
  it('a hedged yes closed by 吧 opens the answer; a guess at a fact does not', () => rows([
    ['telecom-install.identity', '应该是吧 户口本上是我', { v: true }],
    ['telecom-install.identity', '应该是上个月装的', { v: null }],
  ]));
  it('a fault not come back is solved; come back it is not', () => rows([
    ['telecom-complaint.solved', '估计解决了 这几天再没坏过', { v: true, c: null }],
    ['telecom-complaint.solved', '没解决 又出毛病了', { v: false, c: 'not_fixed' }],
  ]));
  it('彻底 is a degree a negation reaches over', () => rows([
    ['heating-complaint.solved', '还没彻底修好', { v: false }],
    ['heating-complaint.solved', '彻底修好了', { v: true }],
  ]));
  it('nothing went wrong is a yes to safety; a plain 没有 is not', () => rows([
    ['renovation.site_safety', '挺好 从来没出过什么事', { v: true }],
    ['renovation.site_safety', '没出啥事', { v: true }],
  ]));
  it('也许会 is a hedged echo; 也许不会 a hedged no; a "V不" tag after 看 is a question, not a no', () => rows([
    ['renovation.recommend', '或许会吧', { v: true }],
    ['renovation.recommend', '也许不会', { v: false }],
    ['renovation.recommend', '会推荐 问问亲戚愿意不', { v: true }],
    ['renovation.recommend', '不推荐 他们不需要', { v: false }],
  ]));
  it('an English yes hedged is the whole answer, tentative; a hedge alone is none', () => rows([
    ['telecom-install.en.satisfaction', 'yes i think', { v: 'satisfied' }],
    ['telecom-install.en.satisfaction', 'most likely no', { v: 'dissatisfied' }],
    ['telecom-install.en.satisfaction', 'probably', { v: null }],
  ]));
  it('a state then its degree hedged is a lukewarm yes; the hedge alone stays as read', () => rows([
    ['heating-repair.warm_now', '暖和了 不是特别暖和', { v: true }],
    ['heating-repair.warm_now', '不热 不是特别热', { v: false }],
  ]));
  it('a small delay then a lukewarm whole is a yes with the delay; a long one is not', () => rows([
    ['renovation.schedule', '拖了一两天 整体还可以', { v: true, c: 'late' }],
    ['renovation.schedule', '晚了一个月 总体还行', { v: false, c: 'late' }],
  ]));
});
