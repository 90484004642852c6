/**
 * Round 24 (t24D): renovation answers whose grievance is the asked item's, in the customer's own words (the item dismissed,
 * a measure short, the drawing unlike the result, a hollow tile, a door that opens itself, a rebuff, lording it, nobody to be
 * found, money off the books, a contract's days overrun, early noise, dragging), each beside look-alikes that keep their
 * reading. Phrasings of our own.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 24 (t24D): the item dismissed as beyond words', () => {
  it('is that item’s grievance', () => {
    checkOnStep([
      ['renovation.schedule', '工期啊 工期就别提了 一拖再拖', { v: false, c: 'late' }],
      ['renovation.attitude', '那个工长的态度别提了', { v: false, c: 'attitude' }],
    ]);
  });
  it('look-alike: 别提多好了 is praise', () => {
    checkOnStep([
      ['renovation.schedule', '进度别提多快了', { c: null }],
    ]);
  });
});

describe('round 24 (t24D): the work short of what was drawn or measured', () => {
  it('quality', () => {
    checkOnStep([
      ['renovation.design', '鞋柜做出来比门口窄了三厘米 根本塞不进去', { v: false, c: 'quality' }],
      ['renovation.design', '图纸上画的是浅灰 贴出来成了深咖色', { v: false, c: 'quality' }],
      ['renovation.quality', '客厅地面都没找平 走着一高一低', { v: false, c: 'quality' }],
      ['renovation.quality', '卫生间墙砖一敲咚咚的响', { v: false, c: 'quality' }],
      ['renovation.quality', '厨房吊柜门合上了自己又弹开', { v: false, c: 'quality' }],
    ]);
  });
  it('look-alike: the result as drawn, a colour named in praise', () => {
    checkOnStep([
      ['renovation.design', '图纸上画的是米黄 贴出来也是米黄 挺好', { v: true, c: null }],
      ['renovation.design', '设计挺好 选的暖白色很温馨', { v: true, c: null }],
    ]);
  });
});

describe('round 24 (t24D): the neighbour below reporting a leak', () => {
  it('is the waterproofing, quality', () => {
    checkOnStep([
      ['renovation.quality', '防水做完才三个月 楼下大姐上来敲门说天花板往下滴水', { v: false, c: 'quality' }],
    ]);
  });
  it('look-alike: the neighbour above with a leak of his own', () => {
    checkOnStep([
      ['renovation.quality', '楼上邻居说他家往下渗水 我们家挺好', { v: true, c: null }],
    ]);
  });
});

describe('round 24 (t24D): the staff’s manner and nobody to be found', () => {
  it('attitude and unreachable', () => {
    checkOnStep([
      ['renovation.attitude', '我提了句插座位置 监理直接甩一句你不懂就别管', { v: false, c: 'attitude' }],
      ['renovation.attitude', '那监理比业主还横', { v: false, c: 'attitude' }],
      ['renovation.attitude', '设计师微信消息老是已读不回', { v: false, c: 'unreachable' }],
      ['renovation.schedule', '头两天还来 后面连个人影都看不到', { v: false }],
    ]);
  });
  it('look-alike: the customer who does not know, a worker who cares more than the owner', () => {
    checkOnStep([
      ['renovation.attitude', '我不懂这些 工长都给我讲明白了 挺耐心', { v: true, c: null }],
      ['renovation.attitude', '工长比我还上心 态度没得说', { v: true, c: null }],
    ]);
  });
});

describe('round 24 (t24D): money off the books and materials pushed', () => {
  it('is the violation, yes, money', () => {
    checkOnStep([
      ['renovation.violations', '木工说想柜子做得好看点 得私下给他五百 别走公司的账', { v: true, c: 'money' }],
      ['renovation.violations', '他们推的那个瓷砖比网上贵一倍 说用别的牌子就不给质保', { v: true, c: 'money' }],
    ]);
  });
  it('look-alike: a tip refused', () => {
    checkOnStep([
      ['renovation.violations', '没有 我要给红包 他们都推了', { v: false }],
    ]);
  });
});

describe('round 24 (t24D): the schedule overrun, dragging, early noise', () => {
  it('late or mess, softened where said so', () => {
    checkOnStep([
      ['renovation.schedule', '说好六十天完工 这都八十多天了', { v: false, c: 'late' }],
      ['renovation.recommend', '推荐什么啊 前前后后跟他们磨了十个月', { v: false, c: 'late' }],
      ['renovation.design', '设计师人不错 就是方案改来改去 稍微有点磨', { v: true, c: 'late' }],
      ['renovation.overall', '四分 就是最后验收那会儿有点拖', { v: 4, c: 'late' }],
      ['renovation.overall', '给四分吧 那个监理的态度 哎', { v: 4, c: 'attitude' }],
      ['renovation.site_safety', '挺文明的 就是有回早上六点半就开始砸墙', { c: 'mess' }],
    ]);
  });
  it('look-alike: mopping, polishing, the plan kept', () => {
    checkOnStep([
      ['renovation.site_safety', '走的时候还把地拖得挺干净', { v: true, c: null }],
      ['renovation.quality', '墙面磨得挺平 挺好', { v: true, c: null }],
      ['renovation.schedule', '都是照计划走的', { v: true, c: null }],
    ]);
  });
});

describe('round 24 (t24D): warned off, and the market’s prices', () => {
  it('others told not to use the company: no', () => {
    checkOnStep([
      ['renovation.recommend', '我同事问过我 我跟他讲千万别找这家', { v: false }],
    ]);
  });
  it('look-alike: the market’s prices are no charge of theirs; their own quote is', () => {
    checkOnStep([
      ['renovation.design', '设计没问题 就是这两年物价涨得厉害', { v: true, c: null }],
      ['renovation.design', '设计挺好 就是你们价格涨得离谱', { c: 'billing' }],
    ]);
  });
});
