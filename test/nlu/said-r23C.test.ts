/**
 * Round 23 (t23C): levels, scores and temperatures as people say them (dev22's dialect, elderly, recogniser, scale-word,
 * temperature and English answers). Each group beside look-alikes that keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { checkOnStep, readOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 23 (t23C): recogniser homophones of numbers', () => {
  it('是分 after 给/打 is ten; 而/儿 before a tens reading is 二', () => {
    checkOnStep([
      ['unicom-engineer.rating', '打是分吧', { v: 10 }],
      ['unicom-engineer.rating', '那就给个是分呗', { v: 10 }],
      ['heating-repair.temperature', '儿十五度', { v: 25 }],
      ['heating-sampling.temperature', '有而十二度', { v: 22 }],
    ]);
  });
  it('look-alikes: 分开 after 是 and 而 after a reading keep theirs', () => {
    checkOnStep([
      ['unicom-engineer.rating', '给个是分开算的', { v: null }],
      ['heating-repair.temperature', '白天二十度而晚上十度', { v: 10 }],
    ]);
  });
});

describe('round 23 (t23C): dialect words', () => {
  it('么 closing an assertion is a firm yes; 冒得空 is busy; 冇人/真系 are 没人/真是', () => {
    checkOnStep([
      ['telecom-install.identity', '对 就是我么', { v: true }],
      ['renovation.recommend', '当然么 邻居都问过我', { v: true }],
      ['renovation.convenient', '现在冒得空', { v: false }],
      ['telecom-complaint.handling_satisfaction', '打咗几回都冇人接 真系好烦', { v: 'dissatisfied', c: 'unreachable' }],
    ]);
  });
  it('look-alikes: 对么 asks back, 不烦 is no grievance', () => {
    checkOnStep([
      ['telecom-install.identity', '对么', { v: null }],
      ['heating-repair.satisfaction', '师傅很耐心 问他啥都不烦', { v: 'satisfied' }],
    ]);
  });
});

describe('round 23 (t23C): scores refused, named to be refused, and echoed', () => {
  it('a refusal beside 不满意 keeps the low level; a score named as impossible is none', () => {
    checkOnStep([
      ['unicom-engineer.rating', '不满意 分我就不打了', { v: 3 }],
      ['unicom-engineer.rating', '十分？没门', { v: null }],
      ['unicom-engineer.rating', '五分不可能 四分吧', { v: 4 }],
      ['unicom-engineer.rating', '打几分呀 那个人来了一直在打游戏', { v: null, c: 'attitude' }],
    ]);
  });
  it('look-alikes: a bare refusal and a plain score keep theirs', () => {
    checkOnStep([
      ['unicom-engineer.rating', '不想打分', { v: null }],
      ['unicom-engineer.rating', '挺好的 不想打分', { v: null }],
      ['unicom-engineer.rating', '打几分呀，七分吧', { v: 7 }],
    ]);
  });
  it('on 0–5 the plain words of point 2 name it; point 0 and 1 words name theirs', () => {
    checkOnStep([
      ['renovation.overall', '不满意 太糟糕了', { v: 2 }],
      ['renovation.overall', '不满意 感觉极差', { v: 0 }],
      ['renovation.overall', '太差了', { v: 0 }],
    ]);
  });
});

describe('round 23 (t23C): a cold home said by comparison', () => {
  it('like outdoors or like no heating is quality', () => {
    checkOnStep([
      ['heating-sampling.temperature', '十四度 和没供暖似的', { v: 14, c: 'quality' }],
      ['heating-sampling.temperature', '跟外面差不多 冻脚', { c: 'quality' }],
    ]);
  });
  it('look-alikes: the cold met outdoors and a warm comparison are none', () => {
    checkOnStep([
      ['heating-sampling.temperature', '外面零下十度 冻手', { c: null }],
      ['heating-sampling.temperature', '屋里二十二度 跟外头比暖和多了', { v: 22, c: null }],
    ]);
  });
});

describe("round 23 (t23C): the worker's pains after his trips", () => {
  it('are praise; trips with nothing fixed stay a repeat visit', () => {
    checkOnStep([
      ['heating-repair.satisfaction', '小伙子不错 大冷天的跑了三趟 也没收一分钱', { v: 'satisfied', c: null }],
      ['heating-repair.satisfaction', '大冷天的跑了三趟也没修好', { v: 'dissatisfied', c: 'repeat_visit' }],
    ]);
  });
});

describe('round 23 (t23C): English and mixed answers', () => {
  it('a concession before "but", a contract not renewed, a window missed, a hotline never reached', () => {
    checkOnStep([
      ['telecom-install.en.satisfaction', 'The wifi works, sure, but he left a big hole in the ceiling.', { v: 'dissatisfied', c: 'mess' }],
      ['telecom-install.en.satisfaction', "Honestly? We're not renewing.", { v: 'dissatisfied' }],
      ['telecom-install.en.satisfaction', 'They said between 9 and 12 and he showed up at 4.', { v: 'dissatisfied', c: 'late' }],
      ['telecom-install.en.satisfaction', 'Rang support all week, never got through to anyone.', { v: 'dissatisfied', c: 'unreachable' }],
    ]);
  });
  it('look-alikes: a yes then "sure, but" and a window kept', () => {
    checkOnStep([
      ['telecom-install.en.satisfaction', 'Yes, sure, but he was a bit late.', { v: 'satisfied' }],
      ['telecom-install.en.satisfaction', 'They told me eight to ten and he came at nine, great guy.', { v: 'satisfied', c: null }],
    ]);
  });
  it('a Chinese speaker asked for is a request for a person', () => {
    expect(readOnStep('telecom-install.en.satisfaction', '有没有会讲普通话的客服').i).toBe('human');
    expect(readOnStep('telecom-install.satisfaction', '师傅说普通话的 挺好').i).toBeNull();
  });
});
