/**
 * Round 24 (t24C): heating answers whose level or yes/no was misread: past cold now put right, a coat taken off, the visits
 * it took before the home got warm, a small cold corner beside a warm home, "no problem" before the fix, the heating as good
 * as none, an apology made. Each family beside look-alikes that keep their reading. Phrasings of our own.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 24 (t24C): a cold spell of last week or last month, now put right', () => {
  it('the present state is the answer', () => {
    checkOnStep([
      ['heating-repair.warm_now', '热乎了 上周屋里冷得直哆嗦 现在总算缓过来了', { v: true, c: null }],
      ['heating-sampling.heating_satisfaction', '满意 上个月家里冷得不行 现在好多了', { v: 'satisfied', c: null }],
    ]);
  });
  it('look-alike: the cold still there or back now', () => {
    checkOnStep([
      ['heating-repair.warm_now', '上礼拜冻得够呛 现在还是冷', { v: false, c: 'not_fixed' }],
      ['heating-sampling.heating_satisfaction', '上个月家里冷得不行 现在也一样', { v: 'dissatisfied', c: 'quality' }],
    ]);
  });
});

describe('round 24 (t24C): a coat taken off indoors', () => {
  it('shows the warmth', () => {
    checkOnStep([
      ['heating-repair.warm_now', '热了，孩子把羽绒服都脱了', { v: true, c: null }],
    ]);
  });
  it('look-alike: a coat kept on indoors', () => {
    checkOnStep([
      ['heating-sampling.heating_satisfaction', '屋里都得穿棉袄', { v: 'dissatisfied', c: 'quality' }],
    ]);
  });
});

describe('round 24 (t24C): the visits it took, then warm now', () => {
  it('a yes or a level with the visits as a reservation', () => {
    checkOnStep([
      ['heating-repair.warm_now', '来了三回才弄暖和，现在热了', { v: true, c: 'repeat_visit' }],
      ['heating-repair.satisfaction', '弄得挺好，跑了两趟才修好', { v: 'satisfied', c: 'repeat_visit' }],
    ]);
  });
  it('look-alike: still cold after the visits', () => {
    checkOnStep([
      ['heating-repair.warm_now', '来了三回了，现在还是不热', { v: false }],
      ['heating-repair.satisfaction', '弄得挺好，跑了两趟也没修好', { v: 'dissatisfied' }],
    ]);
  });
});

describe('round 24 (t24C): a warm home with one cold corner', () => {
  it('satisfied, the corner a reservation', () => {
    checkOnStep([
      ['heating-sampling.heating_satisfaction', '挺暖和的，就北屋有点凉', { v: 'satisfied', c: 'quality' }],
      ['heating-sampling.heating_satisfaction', '挺热乎，就厨房不太热', { v: 'satisfied', c: 'quality' }],
    ]);
  });
  it('look-alike: the home cold, one corner warm', () => {
    checkOnStep([
      ['heating-sampling.heating_satisfaction', '不热，就卫生间那块儿热', { v: 'dissatisfied' }],
    ]);
  });
});

describe('round 24 (t24C): no problem, then the fix', () => {
  it('no grievance', () => {
    checkOnStep([
      ['heating-complaint.handling_satisfaction', '没什么问题，给处理好了就行', { v: 'satisfied', c: null }],
    ]);
  });
  it('look-alike: nobody fixed it', () => {
    checkOnStep([
      ['heating-complaint.handling_satisfaction', '没人给处理好', { v: 'dissatisfied', c: 'not_fixed' }],
    ]);
  });
});

describe('round 24 (t24C): the heating as good as none', () => {
  it('a cold home', () => {
    checkOnStep([
      ['heating-sampling.heating_satisfaction', '这暖气片跟没有一样', { v: 'dissatisfied', c: 'quality' }],
    ]);
  });
  it('look-alike: as good as new', () => {
    checkOnStep([
      ['heating-sampling.heating_satisfaction', '这暖气跟新装的一样', { v: 'satisfied', c: null }],
    ]);
  });
});

describe('round 24 (t24C): an apology made, then the fix', () => {
  it('the past anger over', () => {
    checkOnStep([
      ['heating-complaint.handling_satisfaction', '开始挺生气 后来师傅给我赔了个不是 也弄好了', { v: 'satisfied', c: null }],
    ]);
  });
  it('look-alike: 不是 as a denial', () => {
    checkOnStep([
      ['heating-complaint.solved', '不是修好了吗 怎么又凉了', { v: false }],
    ]);
  });
});
