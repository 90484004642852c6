/**
 * Round 22, lead: readings fixed at the merges. A problem that found no person (出了问题找不着人) is no "no problem to be
 * found": zh.ts's NO_GRIEVANCE_FOUND_ZH read its 问题找不着 as top praise (t22B saw it on a level step).
 */
import { describe, it } from 'vitest';
import { checkOnStep, rulesAlone } from './read-kind.js';

rulesAlone();

describe('round 22 (lead): a problem with nobody to find', () => {
  it('is unreachable, dissatisfied', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '出了问题找不着人', { v: 'dissatisfied', c: 'unreachable' }],
      ['heating-repair.satisfaction', '有了问题找不到负责的', { v: 'dissatisfied' }],
    ]);
  });
  it('look-alike: no problem to be found is praise', () => {
    checkOnStep([
      ['telecom-install.satisfaction', '一点问题都找不着', { v: 'very_satisfied', c: null }],
      ['heating-repair.satisfaction', '啥毛病都挑不出来', { v: 'very_satisfied', c: null }],
    ]);
  });
});
