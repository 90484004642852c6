/**
 * Round 23 (t23E): dev22's non-answers given a level or a yes/no (issue 13: no score without evidence). Phrasings of our own for
 * each family of nonanswer.ts fixed this round, each beside look-alikes that keep their reading.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 23 (t23E): the line and the pace of the call', () => {
  it('the line gone quiet, said the other way round, and the caller asked to slow down: no value', () => {
    checkOnStep([
      ['heating-repair.satisfaction', '喂 咋一点声儿都没了', { v: null, c: null }],
      ['telecom-install.satisfaction', '喂，怎么一点声音也没有了，喂？', { v: null, c: null }],
      ['telecom-complaint.solved', '你讲慢点儿 说得太快了', { v: null }],
      ['telecom-complaint.solved', '慢点说 我没听明白', { v: null }],
    ]);
  });
  it('look-alikes: the radiator quiet, a fast repair, a level beside the request keep their reading', () => {
    checkOnStep([
      ['heating-repair.satisfaction', '喂 暖气一点动静都没有', { v: 'dissatisfied' }],
      ['heating-repair.satisfaction', '喂 满意', { v: 'satisfied' }],
      ['telecom-complaint.solved', '太快了 一天就解决了', { v: true }],
      ['telecom-complaint.solved', '解决了 你说慢点', { v: true }],
      ['telecom-complaint.handling_satisfaction', '处理得太快了 满意', { v: 'satisfied' }],
    ]);
  });
});

describe('round 23 (t23E): figures, papers and kindness told', () => {
  it('the sums of the contract, a paper looked for, drinks given to the workers: no value', () => {
    checkOnStep([
      ['renovation.violations', '装修预算是十五万 定金交了五千', { v: null, c: null }],
      ['renovation.violations', '尾款差不多三万块', { v: null }],
      ['heating-repair.warm_now', '收据我搁哪儿了 上面有电话', { v: null }],
      ['renovation.attitude', '我给师傅们泡了壶茶', { v: null, c: null }],
      ['renovation.attitude', '就是 头一天来了两个师傅 我给他们切了个西瓜', { v: null, c: null }],
    ]);
  });
  it('look-alikes: a charge beyond the contract, an answer beside the paper, a verdict beside the kindness', () => {
    checkOnStep([
      ['renovation.violations', '合同价十二万 他们又多要了两万', { c: 'money' }],
      ['renovation.violations', '没有 合同总价十二万八', { v: false }],
      ['heating-repair.warm_now', '热了 就是那个单子我放哪去了', { v: true }],
      ['heating-repair.warm_now', '还是不热 单子我放哪去了', { v: false }],
      ['heating-repair.warm_now', '对 单子我放哪去了', { v: true }],
      ['renovation.attitude', '我给他们拿了瓶水 态度挺好', { v: true }],
      ['renovation.violations', '他们非要我给买烟', { c: 'money' }],
    ]);
  });
});

describe('round 23 (t23E): the weather, the room, another matter', () => {
  it('snow and frozen roads outside, talk to the room, a plan change asked, a relative\'s number registered, a move: no value', () => {
    checkOnStep([
      ['heating-sampling.heating_satisfaction', '前两天下了场大雪 路面都结冰了', { v: null, c: null }],
      ['telecom-complaint.handling_satisfaction', '你俩别闹了 我接电话呢', { v: null }],
      ['telecom-install.convenient', '快来看 开奖了', { v: null }],
      ['telecom-repair.satisfaction', '宽带想升到五百兆 怎么办理', { v: null, c: null }],
      ['telecom-complaint.solved', '上回报修 留的是我儿子的电话', { v: null }],
      ['telecom-install.en.convenient', "we're moving house in May, will we keep the same number", { v: null }],
    ]);
  });
  it('look-alikes: the flat cold, a level or a go-ahead beside the room talk, a fault beside the plan, an answer beside the number', () => {
    checkOnStep([
      ['heating-sampling.heating_satisfaction', '下了场雪 屋里冻得不行', { v: 'dissatisfied' }],
      ['heating-sampling.heating_satisfaction', '下了场雪 暖气挺好的', { v: 'satisfied' }],
      ['heating-sampling.heating_satisfaction', '下了场雪 检修井冒热气 地上都结冰了', { v: 'dissatisfied', c: 'safety' }],
      ['renovation.schedule', '没问题张姐，后天我给你拿过去', { v: null }],
      ['telecom-complaint.handling_satisfaction', '你俩别闹了 满意', { v: 'satisfied' }],
      ['telecom-install.convenient', '快看快看 方便 你说吧', { v: true }],
      ['telecom-repair.satisfaction', '网老卡 套餐咋换', { v: 'dissatisfied' }],
      ['telecom-repair.satisfaction', '满意 对了套餐咋换', { v: 'satisfied' }],
      ['telecom-complaint.solved', '没解决 登记的是我老婆的手机号', { v: false }],
      ['telecom-install.en.convenient', "yes go ahead, I'm moving next month though, can I take it with me", { v: true }],
      ['telecom-install.satisfaction', '满意', { v: 'satisfied' }],
      ['telecom-complaint.solved', '好了', { v: true }],
      ['telecom-install.identity', '是我', { v: true }],
    ]);
  });
});
