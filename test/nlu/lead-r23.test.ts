/**
 * Round 23, lead: readings fixed at the merges. What the worker had to do, told after praise (great job … he had to haul
 * everything up six floors), is his effort, not the ironic "great, I had to …" (en.ts IRONY_EN): it was read as
 * dissatisfied, a false escalation.
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 23 (lead): the worker had to, after praise', () => {
  it('is praise of his effort', () => {
    checkOnStep([
      ['telecom-install.en.satisfaction', 'Brilliant work. There is no lift in our block so the technician had to carry the boxes up nine floors.', { v: 'very_satisfied' }],
      ['telecom-install.en.satisfaction', 'Great job, the engineer had to redo the cabling but it works now.', { v: 'satisfied' }],
    ]);
  });
  it("look-alike: the customer's own had to stays the reproach", () => {
    checkOnStep([
      ['telecom-install.en.satisfaction', 'Great, I had to stay in all day for nothing.', { v: 'dissatisfied' }],
      ['telecom-install.en.satisfaction', 'Oh wonderful, had to phone three times.', { v: 'dissatisfied' }],
    ]);
  });
});

describe('round 23 (lead): the visit set against a better one, said as a reproach', () => {
  it('names the shortfall by what the other did, and reaches a person', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '上次那个师傅走的时候把垃圾都带走了 这次这个可好 一地的线头', { v: 'dissatisfied', c: 'mess' }],
      ['telecom-install.satisfaction', '移动的小伙子还教我怎么投屏 你们这个装完拍拍屁股就走', { v: 'dissatisfied', c: 'attitude' }],
      ['telecom-complaint.handling_satisfaction', '别家当天就有人来了 你们这儿嘛 唉', { v: 'dissatisfied', c: 'late' }],
      ['heating-sampling.heating_satisfaction', '我妈家二十二度 我们家才十五 冻得不行', { v: 'dissatisfied', c: 'quality' }],
    ]);
  });
  it('look-alikes: both praised, or a plain reading', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '以前的师傅走前还帮我擦了桌子 这回的也擦了 挺满意', { v: 'satisfied', c: null }],
      ['telecom-install.satisfaction', '人家电信的师傅讲得可细了 你们这个也讲了 挺好', { v: 'satisfied', c: null }],
      ['heating-sampling.heating_satisfaction', '人家屋里二十度 我们这儿也二十度 挺好', { v: 'satisfied', c: null }],
    ]);
  });
});
