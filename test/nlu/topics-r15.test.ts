/**
 * Round 15 (t15S): the question known (InterpretContext.question), a yes/no answer about another item only gives no
 * value; a grievance about it is still one. The topic reader (topics.ts) and the rule, with their look-alikes, in words
 * other than the corpus items. The questions are the dialogs' own prompts (as the engine passes them).
 */
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpret } from '../../src/nlu/index.js';
import { secondOpinion, type LearnedModel } from '../../src/nlu/learned.js';
import { aboutAnotherItem, askedTopics, topicsOf } from '../../src/nlu/topics.js';
import type { Expectation, Locale } from '../../src/nlu/types.js';

const step = (id: string, locale: Locale = 'zh-CN') => {
  const [dialog, s] = [id.slice(0, id.lastIndexOf('.')), id.slice(id.lastIndexOf('.') + 1)];
  const ls = loadRegistry().get(dialog, locale).listens.get(s)!;
  return { expect: ls.expect, question: ls.prompt, locale };
};
const read = (id: string, text: string, locale: Locale = 'zh-CN') => {
  const s = step(id, locale);
  const r = interpret(text, s.expect, { locale, question: s.question, learned: false });
  return { v: r.value, c: r.complaint ?? null };
};

describe('topicsOf / askedTopics', () => {
  it('reads the item each question asks, without the keypad words and the names filled in', () => {
    expect([...askedTopics(step('renovation.site_safety').question, 'zh-CN')]).toEqual(['safety', 'satisfaction']);
    expect(askedTopics(step('renovation.quality').question, 'zh-CN').has('quality')).toBe(true);
    expect(askedTopics(step('renovation.schedule').question, 'zh-CN').has('schedule')).toBe(true);
    expect(askedTopics(step('renovation.violations').question, 'zh-CN').has('conduct')).toBe(true);
    expect([...askedTopics(step('heating-repair.warm_now').question, 'zh-CN')]).toEqual(['fixed']);
    expect([...askedTopics(step('telecom-repair.fixed_check').question, 'zh-CN')]).toEqual(['fixed']);
    expect([...askedTopics(step('telecom-install.identity').question, 'zh-CN')]).toEqual(['identity']);
    expect([...askedTopics(step('telecom-install.convenient').question, 'zh-CN')]).toEqual(['convenient']);
    expect([...askedTopics(step('telecom-install.identity', 'en').question, 'en')]).toEqual(['identity']);
  });
  it('reads word families, not one phrase: 热情 is no warmth, 热线 no heating', () => {
    expect(topicsOf('水电师傅挺热情', 'zh-CN').has('fixed')).toBe(false);
    expect(topicsOf('热线一直占线', 'zh-CN').has('fixed')).toBe(false);
    expect(topicsOf('屋里暖和多了', 'zh-CN').has('fixed')).toBe(true);
    expect(topicsOf('油漆刷得挺匀', 'zh-CN').has('quality')).toBe(true);
    expect(topicsOf('工期比合同还提前了', 'zh-CN').has('schedule')).toBe(true);
    expect(topicsOf('the plumber was very courteous', 'en').has('attitude')).toBe(true);
  });
  it('without a question, or a question of no known item, nothing is about another item', () => {
    expect(aboutAnotherItem('木工活做得细', undefined, 'zh-CN')).toBe(false);
    expect(aboutAnotherItem('木工活做得细', '还有别的吗？', 'zh-CN')).toBe(false);
  });
});

describe('an answer about another item gives no yes or no', () => {
  it('praise of another item', () => {
    expect(read('renovation.site_safety', '瓦工手艺挺好').v).toBeNull();
    expect(read('renovation.design', '水电改得挺利索，两天就完了').v).toBeNull();
    expect(read('renovation.schedule', '监理挺负责的').v).toBeNull();
    expect(read('heating-repair.warm_now', '来的两个小伙子特别有礼貌').v).toBeNull();
    expect(read('telecom-complaint.solved', '接电话的客服挺耐心的').v).toBeNull();
    expect(read('telecom-install.identity', '挺满意的，装得快').v).toBeNull();
  });
  it('a grievance about another item keeps its category, with no value', () => {
    expect(read('renovation.attitude', '工期比说好的晚了二十天')).toEqual({ v: null, c: 'late' });
    expect(read('renovation.attitude', '卫生间地砖空鼓了三块').c).toBe('quality');
    expect(read('renovation.attitude', '卫生间地砖空鼓了三块').v).toBeNull();
    // (A grievance filed under the asked item answers it: 楼道里堆满了废料 to the site-safety question is a no.)
    expect(read('renovation.site_safety', '楼道里堆满了废料，下楼都没处下脚').v).toBe(false);
  });
  it('the learned reader puts no value back', () => {
    const model: LearnedModel = { format: 1, trainedOn: [], corpusSha256: '', kinds: { yesno: { labels: [true, false, null], bias: [5, 0, 0], weights: {} }, csat3: { labels: [null], bias: [0], weights: {} } } };
    const s = step('renovation.site_safety');
    const none = { text: '瓦工手艺挺好', value: null, intent: null, confidence: 0, at: null, complaint: null };
    expect(secondOpinion(none, '瓦工手艺挺好', s.expect, { locale: 'zh-CN', question: s.question }, () => false, model).value).toBeNull();
    expect(secondOpinion(none, '瓦工手艺挺好', s.expect, { locale: 'zh-CN' }, () => false, model).value).toBe(true);
  });
});

describe('look-alikes: the answer stays', () => {
  it('the asked item named, beside another', () => {
    expect(read('renovation.quality', '活干得细，设计也好看').v).toBe(true);
    expect(read('renovation.site_safety', '现场收拾得挺干净，工人也客气').v).toBe(true);
    expect(read('heating-repair.warm_now', '屋里暖和了，师傅人也好').v).toBe(true);
    expect(read('telecom-repair.fixed_check', '能上网了，师傅来得也快').v).toBe(true);
  });
  it('a yes or no said first, then another item', () => {
    expect(read('renovation.quality', '满意，设计也挺好').v).toBe(true);
    expect(read('renovation.quality', '挺满意的，工人也勤快').v).toBe(true);
    expect(read('renovation.recommend', '会的，设计师挺有想法').v).toBe(true);
    expect(read('telecom-install.identity', '对，是我，装得挺好').v).toBe(true);
  });
  it('an answer to anything (都挺好的) and a verdict on the whole', () => {
    expect(read('renovation.site_safety', '都挺好的').v).toBe(true);
    expect(read('renovation.schedule', '都满意').v).toBe(true);
    expect(read('telecom-complaint.solved', '满意').v).toBe(true);
  });
  it('praise of the staff bears on whether the staff broke the rules: a no, as before', () => {
    expect(read('renovation.violations', '几个师傅都挺本分').v).toBe(false);
    expect(read('renovation.violations', '来的工人都挺好').v).toBe(false);
    expect(read('renovation.violations', '工头管我要了两条烟').v).toBe(true);
    // (A denial denied is a reluctant yes; a denial is a no.)
    expect(read('renovation.violations', '也不能说没有吧').v).toBe(true);
    expect(read('renovation.violations', '没有，都挺本分').v).toBe(false);
  });
  it('without the question, as before', () => {
    const yes: Expectation = { kind: 'yesno' };
    expect(interpret('瓦工手艺挺好', yes, { locale: 'zh-CN' }).value).toBe(true);
  });
});
