/**
 * Round 24 (t24A): grievances told as stories, comparisons, retorts or puns (no 不满意 said), each beside look-alikes that keep
 * their reading (teasing praise, a third party's fault, a fault denied, a plain question). Phrasings of our own.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 24 (t24A): retorts beside a grievance', () => {
  it('are reproaches, dissatisfied', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '开户的时候说光猫免费 装的师傅又要收八十 这叫怎么回事', { v: 'dissatisfied', c: 'money' }],
      ['telecom-install.satisfaction', '问他电视怎么投屏 他让我自己看说明书 我要能看懂还用找你们吗', { v: 'dissatisfied', c: 'attitude' }],
      ['telecom-complaint.handling_satisfaction', '反映完问题 来了个人把我训了一通 我还敢提啥', { v: 'dissatisfied', c: 'attitude' }],
      ['telecom-complaint.handling_satisfaction', '后来有人打电话来 说我瞎投诉', { v: 'dissatisfied', c: 'attitude' }],
    ]);
  });
  it('look-alike: the family telling off, a plain question about the bill', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '我老伴把我数落一顿 说我不该催师傅 师傅挺好的', { v: 'satisfied', c: null }],
      ['telecom-install.satisfaction', '光猫要不要另外交钱啊', { v: null }],
    ]);
  });
});

describe('round 24 (t24A): the neighbour got it done properly, not this home', () => {
  it('quality, dissatisfied', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '隔壁装的时候给了个新机顶盒 轮到我家就拿了个旧的来', { v: 'dissatisfied', c: 'quality' }],
      ['telecom-install.satisfaction', '楼上那家线都藏在吊顶里 到了我们家就直接走明线', { v: 'dissatisfied', c: 'quality' }],
    ]);
  });
  it('look-alike: the neighbour recommended them and it went as well', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '是邻居介绍的 到我家就半个钟头装好了', { v: 'satisfied', c: null }],
      ['telecom-install.satisfaction', '对门也是这个师傅装的 到我家也一样认真', { v: 'satisfied', c: null }],
    ]);
  });
});

describe('round 24 (t24A): the customer\'s setup wiped, compensation in place of the fix, a claim contradicted', () => {
  it('grievances that reach a person', () => {
    checkOnStep([
      ['telecom-repair.fixed_check', '网是通了 可他给我光猫重置了 原来设的几个智能插座全连不上了', { c: 'quality' }],
      ['telecom-complaint.handling_satisfaction', '我要的是把信号修好 又不是给我补点流量就了事', { v: 'dissatisfied', c: 'not_fixed' }],
      ['telecom-complaint.solved', '客服发短信说已经处理好了 今天早上打游戏照样掉线', { v: false, c: 'not_fixed' }],
    ]);
  });
  it('look-alike: a reset with nothing lost, compensation beside a fix, a fix confirmed', () => {
    checkOnStep([
      ['telecom-repair.fixed_check', '好了 他把路由器复位了 重新设了一遍 挺快的', { v: true, c: null }],
      ['telecom-complaint.handling_satisfaction', '送了我一个月话费 网也修好了 挺满意的', { v: 'satisfied', c: null }],
      ['telecom-complaint.solved', '客服说已经修好了 我昨天试了确实好了', { v: true, c: null }],
    ]);
  });
});

describe('round 24 (t24A): no-show said as not a trace of anyone', () => {
  it('is late', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '约的礼拜六上午 我在家干等 连个人影都没瞧见', { v: 'dissatisfied', c: 'late' }],
      ['telecom-install.satisfaction', '一下午鬼影子都没有', { v: 'dissatisfied', c: 'late' }],
    ]);
  });
});

describe('round 24 (t24A): irony on yes/no steps', () => {
  it('the state sneered at, the patience "solved": no', () => {
    checkOnStep([
      ['telecom-repair.fixed_check', '稳定 稳定得很 一晚上断三四回 跟闹钟似的准', { v: false, c: 'not_fixed' }],
      ['telecom-complaint.solved', '处理了 处理掉了我的信心', { v: false }],
    ]);
  });
  it('look-alike: the state said emphatically with the fault denied, patience praised', () => {
    checkOnStep([
      ['telecom-repair.fixed_check', '正常 正常得很 这一礼拜一回都没断过', { v: true, c: null }],
      ['telecom-complaint.solved', '解决了 接电话那姑娘挺有耐心', { v: true, c: null }],
    ]);
  });
});

describe('round 24 (t24A): teasing praise and a third party\'s fault', () => {
  it('mock reproach with the host outpaced, sweet talk, a smooth job, the literary degree', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '这小伙子太过分了 麻利得我水还没烧开 人家已经收拾完了', { v: 'satisfied', c: null }],
      ['telecom-install.satisfaction', '那师傅嘴可甜了 一口一个阿姨叫着', { v: 'satisfied', c: null }],
      ['telecom-install.satisfaction', '装得挺顺', { v: 'satisfied', c: null }],
      ['telecom-repair.satisfaction', '相当之满意', { v: 'very_satisfied', c: null }],
    ]);
  });
  it('someone else held the visit up and was excused: no grievance', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '挺好的 就是楼下邻居的车堵着门 师傅多等了二十分钟 跟你们没关系', { v: 'satisfied', c: null }],
    ]);
  });
  it('look-alike: a real reproach, speed that was rushing, sweet talk selling', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '这师傅太不像话了 线没接完就走了', { v: 'dissatisfied', c: 'attitude' }],
      ['telecom-install.satisfaction', '这师傅嘴太甜了 净忽悠我办套餐', { v: 'dissatisfied' }],
    ]);
  });
  it('explained too fast at the visit: a small reservation, no repeat asked', () => {
    checkOnStep([
      ['telecom-repair.satisfaction', '师傅人不错 还帮我把电视调好了 就是讲得太快 我没听明白机顶盒咋用', { v: 'satisfied', c: 'attitude' }],
      ['telecom-repair.satisfaction', '你说的我没听明白', { v: null }],
    ]);
  });
});
