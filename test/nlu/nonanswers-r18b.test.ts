/**
 * Round 18, wave 2 (t18N2), non-answers (dev17): the customer mid-errand, talking to a driver, a rider, a pet or a child, or
 * choosing in a shop; thinking aloud or asking for a moment; a question about the call itself. New wordings of these kinds, and
 * the answers that look like them and must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => {
  const r = interpretKind(text, kind, { now: '2026-11-18T10:30:00+08:00', locale });
  return { v: r.value, i: r.intent, c: r.complaint };
};
const value = (text: string, kind: string, locale: 'zh-CN' | 'en' = 'zh-CN') => read(text, kind, locale).v;

describe('said mid-errand to someone else: no level', () => {
  it.each([
    ['师傅，暖风再开大一点，手都冻僵了', 'csat3'],
    ['对，从前面红绿灯左转，走高架', 'yesno'],
    ['师傅还要开多少公里？还有八公里', 'scale:0-10'],
    ['我九点半的飞机，来得及吧', 'yesno'],
    ['乖，别叫了，这就给你开罐头', 'csat3'],
    ['不行，那个插头不能咬', 'yesno'],
    ['放快递柜就行，谢谢', 'yesno'],
    ['可以的，你拿上来吧', 'yesno'],
    ['粥还热着呢，快来吃', 'yesno'],
    ['就要那件灰的，挺好看', 'csat3'],
    ['三杯美式，一杯去冰', 'yesno'],
    ['这个问题我得好好想一想', 'csat3'],
    ['五分钟之内能问完吗', 'scale:0-10'],
    ['这些意见会反馈给哪个部门', 'csat3'],
  ])('%s (%s)', (text, kind) => {
    expect(value(text, kind)).toBeNull();
  });
  it.each([
    ['Sure, just leave it at reception', 'yesno'],
    ['Yes honey, you can watch one more episode', 'yesno'],
  ])('%s (%s, en)', (text, kind) => {
    expect(value(text, kind, 'en')).toBeNull();
  });
});

describe('look-alikes that stay answers', () => {
  it('the company\'s people, a grievance or a level beside the errand words', () => {
    expect(value('师傅把东西放门口就走了，不满意', 'csat3')).not.toBeNull();
    expect(value('你们工人把材料放门口，乱七八糟', 'csat3')).not.toBeNull();
    expect(value('暖气还热着呢，挺好', 'csat3')).not.toBeNull();
    expect(value('我得想想……还行吧', 'csat3')).not.toBeNull();
    expect(value('满意，十分钟就修好了', 'csat3')).not.toBeNull();
    expect(value('Yes, the engineer was great', 'yesno', 'en')).not.toBeNull();
  });
});
