// Round 11 (lead): renovation's violations question, whose "yes" reports staff breaking the rules (004 第五篇;
// escalateWhen: yes). The engine tells the interpreter so (Expectation.yesReportsProblem): praise there is no "yes".
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/nlu/index.js';
import { playCall } from '../support/play-call.js';

/** The renovation call up to the violations question, all satisfied, then `answer` to it and the rest. */
const BEFORE = ['方便', '满意', '满意', '满意', '满意', '满意'];
const AFTER = ['会', '5', '没有'];

const call = (answer: string) => playCall('renovation', [...BEFORE, answer, ...AFTER]).session.ctx;

describe('the violations question (round 11)', () => {
  it.each(['工人都挺好的', '满意', '挺好的没问题', '都挺规矩的', '没有', '没发现'])('%s: no violation, nobody escalated', (answer) => {
    const ctx = call(answer);
    expect(ctx.answers.violations?.value).toBe(false);
    expect(ctx.escalation).toBeNull();
    expect(ctx.outcome).toBe('completed');
  });

  it.each(['有', '是的', '发现了', '#1', '有，工长要过红包', '工人说要喝水买烟，让我给他们转了两百'])('%s: a violation reported reaches a person', (answer) => {
    const ctx = call(answer);
    expect(ctx.answers.violations?.value).toBe(true);
    expect(ctx.escalation?.reason).toBe('misconduct');
  });

  it('the interpreter alone (no step known) still reads praise as a yes, as `huifang interpret --expect yesno` does', () => {
    expect(interpret('工人都挺好的', { kind: 'yesno' }, { locale: 'zh-CN' }).value).toBe(true);
    expect(interpret('工人都挺好的', { kind: 'yesno', yesReportsProblem: true }, { locale: 'zh-CN' }).value).toBe(false);
    expect(interpret('不太规矩', { kind: 'yesno', yesReportsProblem: true }, { locale: 'zh-CN' }).value).toBeNull();
  });
});
