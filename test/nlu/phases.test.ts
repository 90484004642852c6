// Temporal order in one answer (src/nlu/phases.ts): an earlier phase a later one resolved is over.
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/nlu/index.js';

const zh = { locale: 'zh-CN' as const, now: '2026-11-18T10:30:00+08:00', timeZone: 'Asia/Shanghai' };
const en = { ...zh, locale: 'en' as const };

describe('an earlier phase resolved by a later one', () => {
  it('leaves no grievance when only good things follow the turn', () => {
    for (const t of ['之前是不满意 现在满意了', '以前报修总是拖好几天 这次当天就修好了 满意', '我本来都想投诉了 预约改了两回 结果师傅来了特别认真 满意']) {
      const r = interpret(t, { kind: 'csat3' }, zh);
      expect(r.value, t).not.toBe('dissatisfied');
      expect(r.complaint ?? null, t).toBeNull();
      expect(r.intent, t).toBeNull();
    }
    const r = interpret("At first I thought he'd never find the building, but he figured it out. Very satisfied.", { kind: 'csat3' }, en);
    expect(r.value).toBe('very_satisfied');
  });

  it('keeps the grievance when the later phase is a grievance too', () => {
    expect(interpret('一开始还行 后来又不热了 不满意', { kind: 'csat3' }, zh).value).toBe('dissatisfied');
    expect(interpret('At first it was fine, but now it keeps dropping', { kind: 'csat3' }, en).value).toBe('dissatisfied');
  });
});
