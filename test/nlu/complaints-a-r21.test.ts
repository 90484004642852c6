/**
 * Round 21 (t21A): clear complaints of dev20 read on their step: the category named by the grievance's own words (a sour
 * face, a retort, the blame put on the customer, a hang-up, dust and old parts left, the heating poor year after year, the
 * drawings redone again and again, the signal still at one bar), and the yes kept where the state now is good and the
 * grievance is of another kind. Phrasings of our own, each beside a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { readOnStep, rulesAlone } from './read-kind.js';

rulesAlone();
const rows = (cases: [string, string, unknown, string | null][]) => {
  for (const [step, text, v, c] of cases) {
    const r = readOnStep(step, text);
    expect({ v: r.v, c: r.c }, `${step}: ${text}`).toEqual({ v, c });
  }
};
const cats = (cases: [string, string, string | null][]) => {
  for (const [step, text, c] of cases) expect(readOnStep(step, text).c, `${step}: ${text}`).toBe(c);
};

describe('conduct, round 21', () => {
  it('a sour face, a retort, the blame put on the customer, a hang-up are attitude', () => cats([
    ['telecom-install.satisfaction', '那个师傅一进门就没个好脸 问啥都不耐烦', 'attitude'],
    ['heating-sampling.service_satisfaction', '营业厅那个小姑娘 问一句怼两句', 'attitude'],
    ['telecom-complaint.handling_satisfaction', '来的人上来就说是我们自己把光猫弄坏的', 'attitude'],
    ['heating-complaint.reason', '客服一听我是来投诉的 就把电话挂了', 'attitude'],
  ]));
  it('look-alikes: a customer who hung up, a customer who broke it, a pleasant face', () => cats([
    ['telecom-complaint.handling_satisfaction', '是我自己不小心把线弄断的 跟师傅没关系', null],
    ['telecom-install.satisfaction', '满意 小伙子一直笑呵呵的', null],
  ]));
  it('the job pushed off after a glance is attitude', () => cats([
    ['heating-complaint.handling_satisfaction', '他来了瞅了一眼说是楼下的问题 不归他管', 'attitude'],
  ]));
});

describe('mess, the hotline, the heating, round 21', () => {
  it('dust left all over and old pipes left piled are mess', () => cats([
    ['telecom-repair.satisfaction', '打完眼弄得满屋都是灰 也不收拾', 'mess'],
    ['heating-sampling.suggestions', '拆下来的旧暖气片在楼道堆了两个礼拜了 赶紧拉走吧', 'mess'],
  ]));
  it('an agent waited for at length and then the line dropped is unreachable, no request for a person', () => {
    const r = readOnStep('telecom-install.reason', '打客服等了半天人工 结果断了');
    expect(r.c).toBe('unreachable');
    expect(r.i).toBeNull();
    // Look-alike: a person asked for now keeps the intent.
    expect(readOnStep('telecom-install.satisfaction', '帮我转人工').i).toBe('human');
  });
  it('the heating poor year after year, or the coldest in the building, is quality', () => cats([
    ['heating-sampling.heating_satisfaction', '去年不热 今年也不热', 'quality'],
    ['heating-sampling.heating_reason', '我家在顶层 全楼最冷', 'quality'],
  ]));
  it('a matter complained of again and again is repeat_visit', () => cats([
    ['telecom-complaint.handling_satisfaction', '反映了好几次了 还是没动静', 'repeat_visit'],
  ]));
});

describe('yes/no, round 21', () => {
  it('the state now good said first keeps the yes beside another grievance', () => rows([
    ['telecom-repair.fixed_check', '修好了 不过前后跑了三趟', true, 'repeat_visit'],
    ['telecom-repair.fixed_check', '能用了 可话费被多扣了五十', true, 'billing'],
  ]));
  it('look-alike: the fault still there after the yes is not_fixed', () => {
    expect(readOnStep('telecom-repair.fixed_check', '好了 就是信号还是一格').c).toBe('not_fixed');
  });
  it('a fault "still" after rework says no on the quality question; 是…还是 offering options still asks', () => {
    expect(readOnStep('renovation.quality', '吊顶全是裂纹 补了两回了还是裂').v).toBe(false);
    expect(readOnStep('renovation.design', '设计方案改了四五遍 每次来都要重新量').c).toBe('repeat_visit');
    expect(readOnStep('renovation.design', '方案改了三回 最后出来挺满意').c).toBeNull();
  });
});

describe('English, round 21', () => {
  it('a pipe drilled through, scraps left, a day late', () => cats([
    ['telecom-install.en.satisfaction', 'he drilled right into a gas pipe', 'mess'],
    ['telecom-install.en.satisfaction', 'they left offcuts all over the floor', 'mess'],
    ['telecom-install.en.satisfaction', 'the engineer showed up a day late', 'late'],
  ]));
  it('look-alike: scraps taken away', () => cats([
    ['telecom-install.en.satisfaction', 'very happy, he took all the offcuts away', null],
  ]));
});
