/**
 * Round 20 (t20G), grievances missed or mis-read on the satisfaction, score and yes/no steps (dev19): a hazard described
 * without a verdict, the matter still not done, staff shouting, the level asked back as impossible, ironic speed, a bare
 * "no" then the grievance, a grievance beside a score, the buck passed by staff (no request for a person). Phrasings
 * other than the corpus items, and the look-alikes that must stay.
 */
import { describe, expect, it } from 'vitest';
import { interpret, parseKind } from '../../src/nlu/index.js';
import { check, rulesAlone, read } from './read-kind.js';

rulesAlone();

const NOW = '2026-11-18T10:30:00+08:00';
const FIXED_Q = '您反映的问题现在解决了吗？';
const onFixed = (text: string) => interpret(text, parseKind('yesno'), { now: NOW, locale: 'zh-CN', question: FIXED_Q });

describe('grievances told without a category word (round 20)', () => {
  it('reads the category and a dissatisfied level', () => {
    check([
      ['csat3', '到现在也没给我处理好', { v: 'dissatisfied', c: 'not_fixed' }],
      ['csat3', '至今没帮我解决好', { c: 'not_fixed' }],
      ['csat3', '电视还是没信号', { c: 'not_fixed' }],
      ['csat3', '网线扔地上 孩子跑来跑去容易绊着', { c: 'safety' }],
      ['csat3', '线就那么搭在地上 老人走路绊着怎么办', { v: 'dissatisfied', c: 'safety' }],
      ['yesno', '不满意 油漆刚刷完窗户都不开', { v: false, c: 'safety' }],
      ['csat3', '那个接线员冲我发火', { v: 'dissatisfied', c: 'attitude' }],
      ['csat3', '不满意 屋里还得裹着羽绒服', { v: 'dissatisfied', c: 'quality' }],
      ['csat3', '拖了一个礼拜才来人 全家在屋里穿棉袄', { v: 'dissatisfied', c: 'late' }],
      ['yesno', '拖拖拉拉的 不满意', { v: false, c: 'late' }],
      ['csat3', '你们速度可真快啊 两个礼拜了', { v: 'dissatisfied', c: 'late' }],
      ['csat3', '装的这是啥东西', { c: 'quality' }],
    ]);
  });
  it('keeps the look-alikes', () => {
    check([
      ['csat3', '满意 屋里暖和不用穿棉裤了', { v: 'satisfied', c: null }],
      ['csat3', '效率挺高的 满意', { v: 'satisfied', c: null }],
      ['csat3', '没加钱 满意', { c: null }],
    ]);
  });
});

describe('the level asked back as impossible (round 20)', () => {
  it('reads dissatisfied; the double negation stays praise', () => {
    expect(read('怎么可能满意', 'csat3').v).toBe('dissatisfied');
    expect(read('咋会满意', 'csat3').v).toBe('dissatisfied');
    expect(read('怎么可能不满意', 'csat3').v).not.toBe('dissatisfied');
  });
});

describe('a bare no, then the grievance (round 20)', () => {
  it('reads the grievance after the no', () => {
    check([
      ['yesno', '没有 多收的钱还没退给我', { v: false, c: 'billing' }],
      ['yesno', '不会 这种质量谁敢推荐', { v: false, c: 'quality' }],
      ['yesno', '没有 没解决', { v: false, c: 'not_fixed' }],
    ]);
    const r = onFixed('没有 谁帮我处理了');
    expect([r.value, r.complaint]).toEqual([false, 'not_fixed']);
  });
  it('keeps a bare no and praise after it', () => {
    check([
      ['yesno', '没有', { v: false, c: null }],
      ['yesno', '没有 工人挺规矩的', { c: null }],
    ]);
    expect(onFixed('没有').complaint ?? null).toBeNull();
    // Where the no is the good answer (did staff break the rules?), what follows explains it.
    for (const t of ['没有，一分钱都没多要', '没有，他们还主动穿鞋套，垃圾天天带走']) {
      const r = interpret(t, { kind: 'yesno', yesReportsProblem: true }, { now: NOW, locale: 'zh-CN' });
      expect([r.value, r.complaint ?? null], t).toEqual([false, null]);
    }
  });
});

describe('a grievance beside a score (round 20)', () => {
  it('reads the score and the category', () => {
    check([
      ['scale:0-10', '乱收费 给三分', { v: 3, c: 'billing' }],
      ['scale:0-5', '两分 多了好多钱', { v: 2, c: 'billing' }],
      ['csat3', '零分 弄的什么玩意', { v: 'dissatisfied', c: 'quality' }],
    ]);
  });
  it('keeps the fee scored beside the worker', () => {
    check([['scale:0-10', '收费给两分 师傅十分', { v: 10 }]]);
  });
});

describe('the buck passed by staff is no request for a person (round 20)', () => {
  it('reads attitude and no intent', () => {
    for (const t of ['他说这个不归他管 让我自己找客服', '不满意 经理说有意见找领导去']) {
      const r = read(t, 'csat3');
      expect([r.i, r.c], t).toEqual([null, 'attitude']);
    }
  });
  it('keeps the customer asking for a person', () => {
    expect(read('不满意 让你们领导给我打电话', 'csat3').i).toBe('human');
    expect(read('师傅说让我找客服，你给我转人工', 'csat3').i).toBe('human');
  });
});

describe('the hotline all machine (round 20)', () => {
  it('is unreachable, not the bot voice', () => {
    expect(read('打了好几遍 都是机器在说话 找不着人', 'csat3').c).toBe('unreachable');
  });
});
