/**
 * Round 22 (t22D): irony and its praising look-alikes, English answers (stars, a key with thanks, a person asked for), mixed
 * answers and a call put off from a bad line, read on their step as the engine reads them. Phrasings of our own, each rule
 * beside a look-alike that must not change.
 */
import { describe, it } from 'vitest';
import { checkOnStep, readOnStep, rulesAlone } from './read-kind.js';
import { expect } from 'vitest';

rulesAlone();
const rows = checkOnStep;

describe('English answers, round 22', () => {
  it('stars in digits or typed as a row, and a key with a courtesy beside it', () => rows([
    ['telecom-install.en.satisfaction', '5 stars from me', { v: 'very_satisfied' }],
    ['telecom-install.en.satisfaction', '⭐⭐⭐⭐⭐', { v: 'very_satisfied' }],
    ['telecom-install.en.satisfaction', '⭐', { v: 'dissatisfied' }],
    ['telecom-install.en.satisfaction', '1 thank you', { v: 'very_satisfied' }],
    ['telecom-install.en.satisfaction', 'thanks, 3', { v: 'dissatisfied' }],
    ['telecom-install.satisfaction', '2 谢谢你', { v: 'satisfied' }],
    // look-alike: a count with a unit is no key
    ['telecom-install.en.satisfaction', 'it took 3 visits thanks', { v: 'dissatisfied', c: 'repeat_visit' }],
  ]));
  it('a visit count in digits is repeat_visit; speed called ridiculous is praise', () => rows([
    ['telecom-install.en.satisfaction', 'what a farce, 4 trips to get it working', { v: 'dissatisfied', c: 'repeat_visit' }],
    ['telecom-install.en.satisfaction', 'ridiculously quick install, very happy', { v: 'very_satisfied' }],
    // look-alike: ridiculous alone is a reproach
    ['telecom-install.en.satisfaction', 'it was ridiculous how long they took', { v: 'dissatisfied' }],
  ]));
  it('customer service asked for is a person; a past transfer told is not', () => {
    expect(readOnStep('telecom-install.en.satisfaction', 'can you connect me with customer support').i).toBe('human');
    expect(readOnStep('telecom-install.en.satisfaction', 'just put me through to the help desk').i).toBe('human');
    expect(readOnStep('telecom-install.en.satisfaction', 'they transferred me to customer service twice').i).toBeNull();
  });
});

describe('irony with its grievance named, round 22', () => {
  it('names the category', () => rows([
    ['telecom-repair.satisfaction', '这办事效率 我真是服了', { v: 'dissatisfied', c: 'late' }],
    ['telecom-install.identity', '对 我就是让你们晾了一个礼拜的那家', { v: true, c: 'late' }],
    ['telecom-install.convenient', '方便 俺哪天不方便 网到现在还没有', { v: true, c: 'not_fixed' }],
    ['telecom-complaint.handling_satisfaction', '处理得可真好 好得我都要重新报修了', { v: 'dissatisfied', c: 'not_fixed' }],
    ['heating-repair.satisfaction', '你们真厉害 弄了两天照样冰凉', { v: 'dissatisfied', c: 'not_fixed' }],
    ['telecom-install.satisfaction', '装个光猫比蜗牛爬还慢', { v: 'dissatisfied', c: 'late' }],
  ]));
  it('look-alikes stay as they are', () => rows([
    ['telecom-repair.satisfaction', '这速度 我服了 二十分钟就修好', { v: 'satisfied', c: null }],
    ['telecom-install.identity', '是我 被子晾了两天了', { v: true, c: null }],
    ['telecom-install.convenient', '我明天不方便', { v: false }],
    ['telecom-install.convenient', '方便 网也没有问题', { v: true, c: null }],
    ['heating-repair.satisfaction', '修了两天', { c: 'late' }],
  ]));
});

describe('praise that sounds like a grievance, round 22', () => {
  it('is praise', () => rows([
    ['telecom-install.satisfaction', '那师傅活干得真细 我都过意不去', { v: 'satisfied' }],
    ['telecom-install.satisfaction', '小伙子太强了', { v: 'satisfied' }],
    ['heating-sampling.suggestions', '希望以后都像今年这样暖和', { c: null }],
  ]));
  it('look-alikes: a thin cable and a wish for change stay', () => rows([
    ['telecom-install.satisfaction', '网线太细了', { v: null }],
    ['heating-sampling.suggestions', '希望明年热一点', { c: 'quality' }],
  ]));
});

describe('mixed answers and a bad line, round 22', () => {
  it('reads them', () => rows([
    ['telecom-complaint.solved', '没 still the same', { v: false, c: 'not_fixed' }],
    ['telecom-repair.satisfaction', '都第四次了？', { v: 'dissatisfied', c: 'repeat_visit' }],
    ['heating-complaint.handling_satisfaction', '我在高铁上 信号太差 晚点再说', { v: null }],
  ]));
  it('look-alikes: a question still asks; the service signal named stays a grievance', () => rows([
    ['telecom-repair.satisfaction', '为什么要来四次？', { v: null, c: 'repeat_visit' }],
    ['telecom-install.satisfaction', '宽带信号太差 你们晚点再打吧', { v: 'dissatisfied' }],
  ]));
  it('the call is put off', () => {
    expect(readOnStep('heating-complaint.handling_satisfaction', '我在高铁上 信号太差 晚点再说').i).toBe('reschedule');
  });
});
