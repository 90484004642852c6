// Round 11 (lead): renovation's violations question, whose "yes" reports staff breaking the rules (004 第五篇;
// escalateWhen: yes). The engine tells the interpreter so (Expectation.yesReportsProblem): praise there is no "yes".
import { describe, expect, it } from 'vitest';
import { step, type Session } from '../../src/engine/engine.js';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpret } from '../../src/nlu/index.js';

const reg = loadRegistry();
const NOW = '2026-11-18T10:30:00+08:00';
const opts = { interpret, timeZone: 'Asia/Shanghai' };
/** The renovation call up to the violations question, all satisfied, then `answer` to it and the rest. */
const BEFORE = ['方便', '满意', '满意', '满意', '满意', '满意'];
const AFTER = ['会', '5', '没有'];

function call(answer: string) {
  const d = reg.get('renovation', 'zh-CN');
  let r = step(d, null, { type: 'start', variables: {}, now: NOW, timeZone: 'Asia/Shanghai', locale: 'zh-CN' }, opts);
  for (const text of [...BEFORE, answer, ...AFTER]) {
    if (r.session.done || r.session.state === '__hung_up') break;
    const s = JSON.parse(JSON.stringify(r.session)) as Session;
    r = text.startsWith('#') ? step(d, s, { type: 'digits', digits: text.slice(1), now: NOW }, opts) : step(d, s, { type: 'answer', text, now: NOW }, opts);
  }
  if (!r.session.done && r.session.state !== '__hung_up') r = step(d, JSON.parse(JSON.stringify(r.session)) as Session, { type: 'hang_up' }, opts);
  return r.session.ctx;
}

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
