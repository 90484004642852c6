/**
 * Round 20 (t20Y): the yes/no items and the call-flow intents on single answers. A fault or misconduct named only to say it
 * did not happen (瓷砖也没裂啥的, 也没人抽烟), the site made safe (每次走都断电关水), money paid to the company (交给公司的), a
 * household member who answers the state asked or lets a household survey start, a bare 啊, a later call asked beside line
 * talk, where the customer was while the family saw to it, 有 还有问题, the customer's worry (急得不行). Phrasings of our
 * own, each beside a look-alike that must not change.
 */
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/nlu/index.js';
import { parseKind } from '../../src/nlu/index.js';
import { check, read, rulesAlone } from './read-kind.js';

rulesAlone();

const NOW = '2026-11-18T10:30:00+08:00';
const WARM_Q = '您家本周报修的暖气已经处理，请问现在暖气热了吗？热了请按1，还不热请按2。';
const FIXED_Q = '您昨天申告的宽带故障现在已经处理好了，请您再试一下。请问现在使用正常吗？正常请按1，还有问题请按2。';
const SURVEY_Q = '请问现在方便吗？方便请按1，不方便请按2。';
const CALLBACK_Q = '请问您现在是否方便接受一下我们的电话回访？可能要耽误您5到10分钟的时间。方便请按1，不方便请按2。';
const IDENTITY_Q = '请问您是张先生本人吗？是请说“是”或按1，不是请按2。';
const asked = (text: string, question: string) => {
  const r = interpret(text, parseKind('yesno'), { locale: 'zh-CN', now: NOW, question });
  return { v: r.value, i: r.intent };
};

describe('a fault or misconduct denied, round 20', () => {
  it('is the positive answer, no grievance', () => check([
    ['yesno', '挺好的 瓷砖也没裂啥的', { v: true, c: null }],
    ['yesno', '挺好 也没人抽烟 都挺注意的', { v: true, c: null }],
    ['yesno', '满意 每次走都断电关水', { v: true, c: null }],
    ['yesno', '没有 钱都是按合同交给公司的', { v: false, c: null }],
  ]));
  it('look-alikes: the fault or the misconduct said stays a grievance', () => check([
    ['yesno', '瓷砖给砸裂了', { v: false, c: 'mess' }],
    ['yesno', '瓷砖都裂了', { v: false, c: 'quality' }],
    ['yesno', '工人在屋里抽烟', { v: false, c: 'attitude' }],
    ['yesno', '老断电', { v: false, c: 'not_fixed' }],
  ]));
  it('look-alike: asking which company still asks who calls', () => {
    expect(read('你是哪个公司的', 'yesno').i).toBe('who_calling');
    expect(read('你是装修公司的吗', 'yesno').i).toBe('who_calling');
  });
});

// Issue 13: a spouse, parent or child answering for the customer gets no survey, ever (the corpus README, "Whole calls"):
// a relative who tells the state of the home or lets the survey start is still a relative (the lead, round 20, took back
// t20Y's reading of a household member's answer).
describe('a household member answering is still a relative, round 20', () => {
  it('the state told, a go-ahead, a bad state, unsure, the customer away', () => {
    for (const [t, q] of [['我是他家保姆 暖气热了', WARM_Q], ['我是她老公，网我试过了，能用', FIXED_Q], ['我是他儿子 你问吧', SURVEY_Q],
      ['我是他老公 网我试了 还是断断续续的', FIXED_Q], ['我是她老公，网我刚试了能用', IDENTITY_Q], ['我是他儿子 你问吧', CALLBACK_Q],
      ['我是保姆，暖气热不热我说不好，得问东家', WARM_Q], ['我是他家保姆，暖气热了，老爷子在睡午觉', WARM_Q]] as const) {
      expect(asked(t, q).i, t).toBe('wrong_person');
    }
  });
});

describe('call-flow intents, round 20', () => {
  it('a bare 啊 asks nothing; 啊？ asks to repeat', () => {
    expect(read('啊', 'yesno')).toEqual({ v: null, i: null, c: null });
    expect(read('啊？', 'yesno').i).toBe('repeat');
    expect(read('蛤', 'yesno').i).toBe('repeat');
  });
  it('a later call asked beside line talk is a reschedule', () => {
    expect(read('等会儿 我在地铁上 听不清 晚点打吧', 'csat3').i).toBe('reschedule');
    expect(read('我在地铁上 晚点打吧', 'csat3').i).toBe('reschedule');
    // look-alike: line talk alone is no answer and no request
    expect(read('听得见吗，我在地铁上', 'csat3').i).toBeNull();
    // look-alike: another number to call is no later call
    expect(read('你打我另一个号吧 一三九零零一二三四五六', 'scale:0-10').i).toBeNull();
  });
  it('where the customer was while the family saw to it is no busy now', () => {
    expect(read('我在外面 家里人弄的', 'csat3').i).toBeNull();
    expect(read('我在外面呢', 'csat3').i).toBe('reschedule');
    expect(read('我在外面 家里人弄的 你晚上打吧', 'csat3').i).toBe('reschedule');
  });
});

describe('fixed or not, round 20', () => {
  it('reads the answer', () => check([
    ['yesno', '有 还有问题', { v: false, c: 'not_fixed' }],
    ['yesno', '正常了 昨天还急得不行', { v: true, c: null }],
  ]));
  it('look-alikes', () => check([
    ['yesno', '正常 没问题了', { v: true }],
    ['yesno', '还是不行', { v: false, c: 'not_fixed' }],
  ]));
});
