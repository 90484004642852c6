/**
 * Round 21 (t21C): irony said as a reproach on every kind of step, and a positive answer with a small reservation (the level
 * kept, the category flagged), read on their step as the engine reads them. Phrasings of our own, each beside a look-alike.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();
const rows = checkOnStep;

describe('grievances told inside irony, round 21', () => {
  it('name their category by the construction', () => rows([
    ['telecom-install.satisfaction', '满意 满意到我擦地擦了一上午', { v: 'dissatisfied', c: 'mess' }],
    ['telecom-install.satisfaction', '师傅真会做生意 一个水晶头卖给我二十块', { v: 'dissatisfied', c: 'money' }],
    ['renovation.low_reason', '手艺真好 墙砖贴得跟搓板似的', { c: 'quality' }],
    ['renovation.overall', '三分都多了 瓷砖缝比筷子还粗', { c: 'quality' }],
    ['renovation.design', '设计得可真巧 卫生间门一开就碰到台盆', { v: false, c: 'quality' }],
    ['heating-sampling.heating_satisfaction', '满意 在家里感受了一把北极', { v: 'dissatisfied', c: 'quality' }],
    ['heating-sampling.heating_satisfaction', '你们这送的是暖气还是冷风啊', { v: 'dissatisfied', c: 'quality' }],
    ['heating-sampling.service_satisfaction', '满意得很 收费比谁都积极 修起来比谁都慢', { v: 'dissatisfied', c: 'late' }],
    ['renovation.quality', '质量真好 住了两个月 修了两个月', { v: false, c: 'repeat_visit' }],
    ['telecom-complaint.solved', '解决了 换了个名头继续扣我月租', { v: false, c: 'billing' }],
    ['telecom-repair.ask_time', '无所谓 你们说什么时候来也不会什么时候来', { c: 'late' }],
    ['telecom-install.ask_time', '下午吧 谁知道他们明天来不来', { c: 'late' }],
    ['heating-repair.temperature', '二十度？做梦吧 十三度', { v: 13, c: 'quality' }],
  ]));
  it('look-alikes: the worker cleaning, praise said plainly, a plain reading and warmth shown stay as they are', () => rows([
    ['telecom-install.satisfaction', '满意 师傅走前打扫了半天', { c: null }],
    ['renovation.design', '设计得挺有创意 我很喜欢', { v: true, c: null }],
    ['renovation.quality', '质量好 住了三个月 修了一回', { v: true }],
    ['heating-repair.temperature', '十三度', { v: 13, c: null }],
    ['heating-repair.warm_now', '热了 热得孩子在家光着脚到处跑', { v: true, c: null }],
    ['heating-repair.warm_now', '热了 热得跟没热一样', { v: false }],
    ['heating-complaint.solved', '解决了 热得我老伴直嚷嚷要开窗户', { v: true, c: null }],
    ['telecom-install.satisfaction', '师傅进门就冲我嚷嚷', { c: 'attitude' }],
  ]));
});

describe('a positive answer with a small reservation, round 21', () => {
  it('keeps the level and flags the category', () => rows([
    // (A queue at the office keeps the level; its category is left as before round 21: the payment queue read as late was taken back at the merge.)
    ['heating-sampling.service_satisfaction', '挺好 就是营业厅排队排了老半天', { v: 'satisfied' }],
    ['renovation.quality', '整体满意 个别地方收边有点毛糙', { v: true, c: 'quality' }],
    ['telecom-repair.fixed_check', '好了 信号好像比原来弱一丢丢 不影响', { v: true }],
    ['telecom-repair.satisfaction', '还算满意吧 客服电话打了好几遍才打通', { v: 'satisfied', c: 'unreachable' }],
    ['unicom-engineer.rating', '九分 装得挺好 就是劝我升级套餐劝了三回', { v: 9, c: 'money' }],
    ['telecom-install.ask_time', '后天上午吧 上回约好的点你们迟到了', { c: 'late' }],
    ['telecom-install.en.ask_time', 'friday afternoon works. service was fine, a bit slow getting a visit', { c: 'late' }],
  ]));
  it('look-alikes: the queue told by its length, irony before the wait and damage stay clear complaints or their category', () => rows([
    ['heating-sampling.service_satisfaction', '挺好 就交费那边排队太长', { c: 'billing' }],
    ['telecom-install.satisfaction', '满意 太满意了 等了两天才来人', { v: 'dissatisfied', c: 'late' }],
    ['telecom-install.satisfaction', '满意 师傅把我家柜子磕了个坑', { v: 'dissatisfied', c: 'mess' }],
    ['telecom-install.en.satisfaction', 'great job, my hallway looks like a bomb site now', { v: 'dissatisfied', c: 'mess' }],
  ]));
});
