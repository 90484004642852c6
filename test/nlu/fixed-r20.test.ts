/**
 * Round 20 (t20Y2): the value on the "is it fixed / solved / warm?" steps, read on their step as the engine reads them: a
 * retort that denies the fix, the fault still or again there now, a person asked for with the fault told after it. Each
 * beside a look-alike that must not change (our voice unheard, a yes, a story of the visit).
 */
import { describe, expect, it } from 'vitest';
import { readOnStep, rulesAlone } from './read-kind.js';

rulesAlone();
const onStep = (dialogStep: string, text: string) => readOnStep(dialogStep, text);
const rows = (cases: [string, string, unknown, string | null][]) => {
  for (const [step, text, v, c] of cases) {
    const got = onStep(step, text);
    expect(got.v, `${step}: ${text}`).toBe(v);
    if (c !== undefined) expect(got.c, `${step}: ${text} (category)`).toBe(c);
  }
};

describe('the fix denied on the fixed steps, round 20', () => {
  it('reads a retort that denies the fix as no, not_fixed', () => rows([
    ['telecom-complaint.solved', '解决啥了 没人给我回过电话', false, 'unreachable'],
    ['heating-repair.warm_now', '热啥呀 屋里冰凉', false, 'not_fixed'],
    ['telecom-repair.fixed_check', '谁跟你说修好了 人都没来过', false, 'not_fixed'],
    ['telecom-complaint.solved', '说是处理了 可网还是老断', false, 'not_fixed'],
    ['heating-complaint.solved', '说是解决了 谁来的我都不知道', false, 'not_fixed'],
  ]));
  it('leaves the asked word said back with our voice unheard, and a plain yes', () => rows([
    ['telecom-complaint.solved', '解决什么 你声音断断续续的', null, null],
    ['telecom-complaint.solved', '解决了', true, null],
    ['telecom-complaint.solved', '上周五给我打的电话 说已经处理了', null, null],
  ]));
  it('reads the fault still or again there now as no', () => rows([
    ['telecom-repair.fixed_check', '嗯 昨天晚上又断了一次', false, 'not_fixed'],
    ['telecom-repair.fixed_check', '还是不行 对方听不见我说话', false, 'not_fixed'],
    ['heating-complaint.solved', '还没有 说是要等热力站那边', false, 'not_fixed'],
  ]));
  it('does not hear the other party unheard as a request to repeat', () => {
    expect(onStep('telecom-repair.fixed_check', '还是有问题 电话打出去对方听不见').i).toBe(null);
    expect(onStep('telecom-repair.fixed_check', '你说啥 我听不见').i).toBe('repeat');
  });
  it('keeps the fault told after a request for a person as no', () => {
    expect(onStep('heating-complaint.solved', '转人工 暖气还是不热').v).toBe(false);
    expect(onStep('heating-complaint.solved', '转人工 暖气还是不热').i).toBe('human');
    expect(onStep('heating-complaint.solved', '找人工').v).toBe(null);
  });
  it('gives no value to the visit told without the state now', () => rows([
    ['telecom-repair.fixed_check', '师傅昨天下午就来了 挺准时的', null, null],
    ['heating-repair.warm_now', '师傅来了把阀门拧了拧', null, null],
    ['telecom-complaint.solved', '前天来电话 说已经解决了', null, null],
    ['telecom-repair.fixed_check', '来了 修好了', true, null],
    ['telecom-repair.fixed_check', '修号了', true, null],
  ]));
  it('reads a warm reading, the misheard 解决了 and a refund done as yes', () => rows([
    ['heating-repair.warm_now', '屋里现在二十一度', true, null],
    ['heating-repair.warm_now', '楼下那家二十三度', null, null],
    ['telecom-complaint.solved', '介绍了', true, null],
    ['telecom-complaint.solved', '那个钱的事 后来给退了', true, null],
    ['telecom-complaint.solved', '那个钱退了吗', null, null],
  ]));
  it('leaves an earlier state, the line back and a matter forgotten alone', () => rows([
    ['heating-repair.warm_now', '今天热了 昨天还不行', true, null],
    ['telecom-repair.fixed_check', '网来了', true, null],
    ['telecom-complaint.solved', '解决啥了？我都不记得投诉的啥了', null, null],
  ]));
});
