/**
 * Round 22 (t22A): talk that is no answer and was read as a level (dev21's kinds: issue 13, no score without evidence), each
 * with a look-alike that is a real answer and must keep its reading. Phrasings of our own, read on the step as a call does.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 22 (t22A): non-answers read as no level', () => {
  it('the call dropped after a greeting, and the line gone quiet before 喂, are the call (not the broadband)', () => {
    checkOnStep([
      ['heating-repair.satisfaction', '您好您好 刚才电话断了', { v: null, c: null }],
      ['renovation.quality', '诶 你好 咋又断了', { v: null, c: null }],
      ['heating-complaint.handling_satisfaction', '怎么没声了 喂 喂', { v: null, c: null }],
      // Look-alikes: the broadband named, or no greeting, on the fixed-check step: a "no".
      ['telecom-repair.fixed_check', '你好 网又断了', { v: false }],
      ['telecom-repair.fixed_check', '喂 你好 刚才宽带断了', { v: false }],
      ['telecom-repair.fixed_check', '又断了', { v: false }],
    ]);
  });
  it('counts, sums, habits and estate rules told after a filler are facts, not answers', () => {
    checkOnStep([
      ['heating-repair.warm_now', '呃 我家暖气片总共有九组', { v: null }],
      ['renovation.attitude', '嗯 师傅前后来了三个人吧', { v: null }],
      ['renovation.violations', '这次装修一共花了二十三万多', { v: null, c: null }],
      ['renovation.schedule', '我们物业规定中午不让打电钻', { v: null }],
      ['telecom-install.satisfaction', '我平时下班回家才上网 看看新闻', { v: null, c: null }],
      // Look-alikes: a grievance or a level beside them.
      ['renovation.violations', '装修花了二十万 还额外收了我三千块', { c: 'money' }],
      ['telecom-install.satisfaction', '我平时晚上才上网 一上网就卡', { v: 'dissatisfied' }],
    ]);
  });
  it('the weather outside, a hold to move indoors and thanks for the call carry no level', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '外面又降温了 风也大', { v: null, c: null }],
      ['renovation.schedule', '最近外头暖和了', { v: null }],
      ['heating-repair.satisfaction', '等一下啊 我在门口 回屋跟你说', { v: null, c: null }],
      ['heating-repair.satisfaction', '麻烦你们还专门打个电话 谢谢啊', { v: null }],
      ['unicom-engineer.rating', '哎 您太客气了 还特意回电话', { v: null }],
      // Look-alikes: cold indoors, a level after the hold, the service thanked.
      ['heating-repair.satisfaction', '外面降温了 屋里还是冷', { v: 'dissatisfied' }],
      ['heating-repair.satisfaction', '稍等 我进屋说 满意', { v: 'satisfied' }],
      ['heating-complaint.handling_satisfaction', '谢谢 师傅挺好', { v: 'satisfied' }],
      ['heating-complaint.handling_satisfaction', '谢谢你们回电话 处理得挺及时', { v: 'satisfied' }],
    ]);
  });
  it('not understood, and the caller too fast, ask again; they are no "no"', () => {
    checkOnStep([
      ['telecom-complaint.solved', '啥 没弄懂', { v: null }],
      ['heating-repair.warm_now', '我没搞明白你问的', { v: null }],
      ['heating-sampling.service_satisfaction', '小姑娘说话太快了', { v: null, c: null }],
      // Look-alike: a worker who did not understand, beside the fault still there.
      ['telecom-complaint.solved', '师傅也没搞明白 反正还是断', { v: false }],
      ['telecom-repair.satisfaction', '挺满意 前一个师傅没弄明白 这次这个修好了', { v: 'satisfied' }],
      ['heating-complaint.solved', '到现在啥都没整明白', { v: false }],
    ]);
  });
  it('questions about the survey itself are no answer', () => {
    checkOnStep([
      ['heating-repair.satisfaction', '打分是给谁打分 师傅还是公司', { v: null }],
      ['renovation.convenient', '一共要占用几分钟啊', { v: null }],
      ['renovation.recommend', '介绍给谁 介绍了有奖励吗', { v: null }],
      ['telecom-repair.fixed_check', '修什么 我啥时候报过修', { v: null }],
      ['telecom-complaint.solved', '我报修那天是星期三', { v: null }],
      ['heating-sampling.convenient', '你们是诈骗吧 我没报过修', { v: null }],
      ['telecom-install.en.convenient', 'is this about the router', { v: null, c: null }],
      ['telecom-install.en.satisfaction', 'could you speak up, it s so loud in here', { v: null }],
      // Look-alikes: a level or a go-ahead beside them.
      ['heating-repair.satisfaction', '我对谁都满意', { v: 'satisfied' }],
      ['renovation.convenient', '行 你问吧 几个问题啊', { v: true }],
      ['telecom-install.en.satisfaction', 'speak up please, it s terrible', { v: 'dissatisfied' }],
    ]);
  });
});
