// Round 11 (t11E): whole-call mechanisms, played with the real interpreter.
import { describe, expect, it } from 'vitest';
import { playCall } from '../support/play-call.js';

/** Play text lines (`#n` for a key), then hang up if the call is still running. */
const call = (id: string, lines: string[], locale: 'zh-CN' | 'en' = 'zh-CN') => playCall(id, lines, locale).session.ctx;

describe('round 11: whole calls', () => {
  it('a bare 嗯 to the either-or clarify question stands by the hedge (neutral), not another re-ask', () => {
    const ctx = call('telecom-complaint', ['解决了', '还行吧', '嗯']);
    expect(ctx.answers.handling_satisfaction?.value).toBe('neutral');
    expect(ctx.outcome).toBe('completed');
  });

  it('a hesitant 嗯…… to the clarify question is still no answer', () => {
    const ctx = call('telecom-complaint', ['解决了', '还行吧', '嗯……']);
    expect(ctx.answers.handling_satisfaction).toBeUndefined();
  });

  it('a dissatisfied level or score said apart from a request to complain is recorded', () => {
    const a = call('telecom-complaint', ['解决了', '不满意，我要投诉处理的那个人']);
    expect(a.answers.handling_satisfaction?.value).toBe('dissatisfied');
    expect(a.outcome).toBe('escalated');
    const b = call('unicom-engineer', ['零分，我要投诉这个师傅']);
    expect(b.answers.rating?.value).toBe(0);
    expect(b.escalation).not.toBeNull();
  });

  it('a request to complain with no level word beside it gives no level', () => {
    const ctx = call('telecom-install', ['是', '方便', '我要投诉你们那个装机师傅']);
    expect(ctx.answers.satisfaction).toBeUndefined();
    expect(ctx.outcome).toBe('escalated');
  });

  it('a bare particle before asking the question again (不是，你问啥来着) is no answer: no "not warm" escalation', () => {
    const ctx = call('heating-repair', ['我的电话是139开头的……', '不是，你问啥来着', '热了', '二十一度', '满意']);
    expect(ctx.escalation).toBeNull();
    expect(ctx.answers.warm_now?.value).toBe(true);
    expect(ctx.outcome).toBe('completed');
  });

  it('a measure asked again and answered with the next question\'s level: the measure is left, the level taken', () => {
    const ctx = call('heating-repair', ['热了', '不知道多少度，家里没温度计，反正不冷了', '满意']);
    expect(ctx.answers.temperature).toBeUndefined();
    expect(ctx.answers.satisfaction?.value).toBe('satisfied');
    expect(ctx.outcome).toBe('completed');
  });

  it('a level word said to a measure asked the first time is still asked again (no skipping on the first ask)', () => {
    const ctx = call('heating-repair', ['热了', '满意']);
    expect(ctx.answers.satisfaction).toBeUndefined();
  });

  it('a bare 有 said first, then what was done (索要财物), is taken as said: no confirmation in between', () => {
    const ctx = call('renovation', ['方便', '满意', '满意', '满意', '满意', '满意', '有，水电工跟我要红包，说不给就往后拖', '不会', '2分', '就是要红包', '没有了']);
    expect(ctx.answers.violations?.value).toBe(true);
    expect(ctx.answers.overall?.value).toBe(2);
    expect(ctx.outcome).toBe('escalated');
  });

  it('a bare yes said first does not overrule a reply that reads the other way', () => {
    const ctx = call('renovation', ['方便', '满意', '满意', '满意', '满意', '满意', '有，没有没有，说错了']);
    expect(ctx.answers.violations?.value).not.toBe(true);
  });
});
