/**
 * Round 20 (t20V2): renovation's yes/no items, the overall score and the temperature read on their step (its expectation
 * and question). A lukewarm level said first with a small gripe is a yes with a reservation (a large one is not); the verdict
 * said first is not overturned by a 有 / 可以 / 中 inside the words after it; the asked word echoed before an excused cause
 * still answers; too ashamed to recommend is a no; the work not finished yet is no verdict on the schedule. Scores: 吴分 is
 * 五分, a top score called a 烂尾工程 is irony with no number; readings: 两个十 is twenty, 都不到十六 after 十五度 confirms it.
 * Phrasings of our own, each beside a look-alike that must not change.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();
const rows = checkOnStep;

describe('renovation yes/no items, round 20', () => {
  it('a lukewarm level first, then a small gripe: yes with the reservation', () => rows([
    ['renovation.schedule', '基本满意 工期比合同晚了一天', { v: true, c: 'late' }],
    ['renovation.schedule', '工期还可以吧 就是工人老换人 耽误了两天', { v: true, c: 'late' }],
    ['renovation.design', '还行吧 个别地方不太合理', { v: true, c: 'quality' }],
    ['renovation.quality', '还可以 没看到什么问题', { v: true }],
  ]));
  it('look-alikes: a large grievance after the lukewarm word stays a no; none found on the violations step stays no', () => rows([
    ['renovation.schedule', '还行吧 拖了三个月', { v: false, c: 'late' }],
    ['renovation.quality', '还可以 墙裂了好几道缝 漏水', { v: false, c: 'quality' }],
    ['renovation.violations', '没发现啥问题', { v: false }],
    ['renovation.quality', '还可以', { v: true }],
  ]));
  it('the verdict said first is not overturned by a 有, 可以 or 中 after it', () => rows([
    ['renovation.quality', '嗯不满一 地砖有空鼓', { v: false, c: 'quality' }],
    ['renovation.schedule', '没按期 中间歇了有十来天', { v: false, c: 'late' }],
    ['renovation.attitude', '不满意 我说想换个颜色他们说可以 得加钱', { v: false }],
  ]));
  it('look-alikes: a yes first keeps its 有', () => rows([
    ['renovation.quality', '嗯满意 墙有裂缝', { v: true, c: 'quality' }],
    ['renovation.schedule', '按期 中间有两天下雨没干', { v: true }],
  ]));
  it('the asked word echoed, then the cause owned: the echo answers, no grievance', () => rows([
    ['renovation.schedule', '没按期 是我们自己中间改了设计 不怪他们', { v: false, c: null }],
  ]));
  it('too ashamed to recommend is a no; an apology before a yes is not', () => rows([
    ['renovation.recommend', '不好说 就这质量我没脸给人介绍', { v: false }],
    ['renovation.recommend', '我不敢推荐', { v: false }],
    ['renovation.recommend', '不好意思 推荐', { v: null }],
  ]));
  it('the work not finished yet is no verdict on the schedule; long overdue is', () => rows([
    ['renovation.schedule', '还没干完呢', { v: null }],
    ['renovation.schedule', '都三个月了还没完工', { v: false, c: 'late' }],
  ]));
  it('speaker seldom at the site: no "no" from 不常去', () => rows([
    ['renovation.site_safety', '应该还可以 我很少去现场', { v: true }],
    ['renovation.site_safety', '不满意 工人都不戴安全帽', { v: false }],
  ]));
});

describe('scores and readings, round 20', () => {
  it('吴分 heard for 五分; a 吴 that is a surname stays none', () => rows([
    ['renovation.overall', '嗯 吴分吧', { v: 5 }],
    ['renovation.overall', '吴师傅挺好的', { v: 4 }],
  ]));
  it('a top score called a 烂尾 job is irony: no number, the delay reaches a person', () => rows([
    ['renovation.overall', '五分 五分的烂尾房', { v: null, c: 'late' }],
    ['renovation.overall', '五分', { v: 5 }],
  ]));
  it('两个十 is twenty; a bound above the reading confirms it', () => rows([
    ['heating-repair.temperature', '两个十', { v: 20 }],
    ['heating-sampling.temperature', '十六度 还不到十七', { v: 16 }],
    ['heating-sampling.temperature', '十五度都不到', { v: 14 }],
    ['heating-sampling.temperature', '不到十六度', { v: 15 }],
  ]));
});
