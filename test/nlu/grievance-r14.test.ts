/**
 * Round 14 (dev13, t14G): grievances told by their consequence — a day's work lost to the wait, the household bearing
 * the cold, damage found after the visit, staff shifting the fault, being passed from person to person, a sum on the
 * bill or asked by staff — beside look-alikes where the same consequence was averted, no longer needed, or declined.
 * Phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { interpretKind } from '../../src/nlu/index.js';

const read = (text: string, kind: string) => {
  const r = interpretKind(text, kind, { now: '2026-12-05T10:30:00+08:00' });
  return { v: r.value, i: r.intent, c: r.complaint ?? null };
};

describe('grievances told by their consequence (round 14)', () => {
  it('a day of work lost to the wait is late', () => {
    expect(read('为了等他我上午班都没去上，结果十二点才来', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'late' });
    expect(read('给十分，等了他一天，一天工钱没了，值', 'scale:0-10').c).toBe('late');
    // (work missed for someone else's delivery, said to be no fault of the service)
    expect(read('我等快递的时候班都没去上，跟你们没关系，满意', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('the household bearing the cold is the heating below standard', () => {
    expect(read('孩子做作业都戴着手套', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('十五度，老太太在屋里得裹着被子', 'scale:0-40:度')).toMatchObject({ v: 15, c: 'quality' });
    // (what is no longer needed, or was needed before)
    expect(read('以前得开电热毯，现在不用了，满意', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('现在不用盖着毯子了，挺满意的', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('damage found after the visit is mess', () => {
    expect(read('他们把我家瓷砖磕掉一块', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'mess' });
    expect(read('洗衣机给挪到门口就走了，我自己又搬回来的', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'mess' });
    expect(read('楼下天花板都让水泡了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'mess' });
    // (the same damage averted)
    expect(read('还好瓷砖没磕着，挺满意', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('还好楼下天花板没湿，满意', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('staff shifting the fault or losing patience is attitude', () => {
    expect(read('这事推得一干二净', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
    expect(read('我问啥他都不耐烦，问两句就急', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
    expect(read('师傅特别有耐心，问两句都讲清楚，满意', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('being passed from person to person is unreachable', () => {
    expect(read('打了一下午客服，转了四个人才有人接', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'unreachable' });
    expect(read('转了两个人就解决了，挺快的', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('a sum on the bill, a refund demanded, a sum asked by staff', () => {
    expect(read('每个月多扣我三十', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'billing' });
    expect(read('先把多收的那五十退了再说', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'billing' });
    expect(read('不交全年的就不给开阀门，这是什么道理', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'billing' });
    expect(read('师傅让我给他一百块辛苦费', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'money' });
    // (a refund already made; a gift offered and declined)
    expect(read('已经把多收的钱退给我了，满意', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('我想给他两条烟他死活不要，满意', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
  it('the fault back after the visit, a fitting put where it cannot be used, a hazard left', () => {
    expect(read('孙子上网课总掉', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('修完也就十五度', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'not_fixed' });
    expect(read('插座让冰箱挡住了', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('暖气管子整夜咣咣响', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('能用了，就是线在地上，老人容易绊着', 'csat3').c).toBe('safety');
  });
  it('an older customer tells the caller the verdict after calling them 孩子', () => {
    expect(read('孩子，我跟你说实话，屋里也就十五度，不满意', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
  });
  it('English: a line working in part, the engineer not knowing the job, a red packet, a scolding', () => {
    expect(read('It works in the kitchen but not in the bedroom', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('speed is nowhere near the 300 meg I pay for', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('the technician did not know how to set up the router', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'quality' });
    expect(read('he asked me for a red packet', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'money' });
    expect(read('he kept scolding me', 'csat3')).toMatchObject({ v: 'dissatisfied', c: 'attitude' });
    // (the same words about the customer, or of a wait)
    expect(read('the wait was nowhere near as long as last time, happy', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
    expect(read('I did not know how to set up the router, he showed me, great', 'csat3')).toMatchObject({ v: 'satisfied', c: null });
  });
});
