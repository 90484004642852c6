/**
 * Round 21 (t21G): dev20's talk around the call, call-flow requests and dialect answers, read on their step as the engine
 * reads them. Phrasings of our own, each beside a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/nlu/index.js';
import { stepReading } from '../../src/cli/commands/interpret.js';
import { loadRegistry } from '../../src/engine/registry.js';
import { readOnStep, rulesAlone } from './read-kind.js';

rulesAlone();
type Want = { v?: unknown; i?: string | null; c?: string | null };
const rows = (cases: [string, string, Want][]) => {
  for (const [step, text, want] of cases) {
    const got = readOnStep(step, text);
    if ('v' in want) expect(got.v, `${step}: ${text}`).toEqual(want.v);
    if ('i' in want) expect(got.i, `${step}: ${text}`).toBe(want.i);
    if ('c' in want) expect(got.c, `${step}: ${text}`).toBe(want.c);
  }
};

describe('talk around the call gives no level, round 21', () => {
  it('where the customer lives, the line, a name to check, who calls, notes, the door, a worker told', () => rows([
    ['telecom-complaint.solved', '我住海淀区五道口那一片', { v: null }],
    ['renovation.attitude', '喂 你听得见我说话吗', { v: null }],
    ['renovation.quality', '工长姓李 你们核实一下', { v: null }],
    ['telecom-install.convenient', '噢 你们是做回访的呀', { v: null }],
    ['heating-complaint.solved', '你等一下 我找支笔写下', { v: null }],
    ['heating-complaint.handling_satisfaction', '稍等啊 门铃响了', { v: null, i: null }],
    ['renovation.site_safety', '老王 把那几块砖搬一搬', { v: null }],
    ['renovation.quality', '我在工地上 你大点声', { v: null }],
  ]));
  it('look-alikes: a level or a fault beside it, a later call asked', () => rows([
    ['telecom-complaint.solved', '我住海淀区那一片 解决了 挺满意', { v: true }],
    ['renovation.quality', '工长姓李 活干得挺好', { v: true }],
    ['heating-complaint.handling_satisfaction', '稍等啊 门铃响了 你晚点再打吧', { i: 'reschedule' }],
    ['telecom-repair.fixed_check', '哦 好了', { v: true }],
    ['telecom-repair.fixed_check', '哦 还行', { v: true }],
  ]));
  it('哦 before other words only acknowledges; a go-on is a yes to "is now a good time?"', () => rows([
    ['renovation.quality', '噢 你接着问', { v: null }],
    ['renovation.quality', '哦 我去倒杯水', { v: null }],
    ['heating-sampling.convenient', '噢 你接着问', { v: true }],
    ['heating-sampling.convenient', '说吧 就两个问题对吧', { v: true }],
  ]));
  it('English: an account number read out, the age, the clock', () => rows([
    ['telecom-install.en.convenient', 'Reference number, hold on, it is A B 5521 0087.', { v: null }],
    ['telecom-install.en.identity', 'I am 81 years old.', { v: null }],
    ['telecom-install.en.convenient', "It's eleven in the morning here, isn't it?", { v: null }],
    ['telecom-install.en.identity', "I'm 81 years old, yes that's me", { v: true }],
    ['telecom-install.en.convenient', "It's eleven here, go ahead", { v: true }],
  ]));
});

describe('call-flow requests, round 21', () => {
  it('a request to stop calling gives no level unless one is said', () => rows([
    ['telecom-install.satisfaction', '能不能别老给我打电话了 烦人', { v: null, i: 'opt_out' }],
    ['telecom-install.satisfaction', '满意 就是以后别再打了', { v: 'satisfied', i: 'opt_out' }],
  ]));
  it('asked again, with the question\'s words asked back', () => rows([
    ['telecom-complaint.solved', '再说一遍 啥问题解决了', { v: null, i: 'repeat' }],
    ['unicom-engineer.rating', '姑娘 你说给几分啊', { v: null, i: 'repeat' }],
    ['unicom-engineer.rating', '你说打几分？九分吧', { v: 9 }],
  ]));
});

describe('dialect answers, round 21', () => {
  it('still not working, the no-show, a reading said as "about"', () => rows([
    ['telecom-repair.fixed_check', '照样不灵', { v: false, c: 'not_fixed' }],
    ['telecom-complaint.solved', '仲未搞掂', { v: false, c: 'not_fixed' }],
    ['unicom-engineer.rating', '打啥子分 连人都没来', { v: null, c: 'late' }],
    ['heating-sampling.temperature', '屋里也就十七度', { v: 17, c: null }],
    ['heating-sampling.temperature', '只有十七度', { v: 17, c: 'quality' }],
    ['telecom-repair.fixed_check', '师傅还没来吗', { c: null }],
  ]));
});

describe('the callback slot by its key and its words, round 21', () => {
  const registry = loadRegistry();
  const at = (step: string, locale: 'zh-CN' | 'en', text: string) => {
    const s = stepReading(step, locale, registry);
    return interpret(text, s.expect, { locale, now: '2026-11-18T16:15:00+08:00', question: s.question, learned: false }).at;
  };
  it('the key said, then its slot: the key\'s time; another time named: as said', () => {
    expect(at('heating-sampling.ask_time', 'zh-CN', '选二 今天晚上')).toBe('2026-11-18T19:00:00+08:00');
    expect(at('heating-sampling.ask_time', 'zh-CN', '按一，一个小时以后')).toBe('2026-11-18T17:15:00+08:00');
    expect(at('telecom-install.ask_time', 'en', 'two, tonight')).toBe('2026-11-18T19:00:00+08:00');
    expect(at('telecom-install.ask_time', 'en', 'two, maybe three o clock tomorrow')).toBe('2026-11-19T15:00:00+08:00');
  });
  it('after work in Cantonese is the evening', () => {
    expect(at('heating-sampling.ask_time', 'zh-CN', '放工之后')).toBe('2026-11-18T18:00:00+08:00');
  });
});
