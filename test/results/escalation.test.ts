import { describe, expect, it } from 'vitest';
import { addStaffedHours, DEFAULT_ESCALATION_RULE, escalationPlan, isStaffed, nthWorkingDayEnd, reasonLabel, resolveEscalationRule } from '../../src/results/escalation.js';

// 2025-01-15 is a Wednesday. Shanghai is UTC+8.
const at = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('escalationPlan', () => {
  it('transfers live during staffed hours, with a whisper of who and why', () => {
    const p = escalationPlan({ reason: 'dissatisfied', orderKind: 'install', now: at('2025-01-15T10:00:00'), who: { name: '李先生' }, detail: '评分3分' });
    expect(p.mode).toBe('transfer');
    expect(p.whisper).toBe('回访转人工：李先生，装机工单，原因：不满意（评分3分）');
    expect(p.transferTimeoutSec).toBe(30);
    expect(p.queue).toBe('huifang-agents');
    // The fallback task if nobody picks up: by the end of the next working day (004 第五十二条, 第五十四条).
    expect(iso(p.dueAt)).toBe(iso(at('2025-01-16T18:00:00')));
    expect(p.basis).toContain('004 第五十二条');
  });

  it('makes a task outside staffed hours, and when nobody picked up', () => {
    const evening = escalationPlan({ reason: 'low_score', now: at('2025-01-15T20:00:00') });
    expect(evening.mode).toBe('task');
    expect(iso(evening.dueAt)).toBe(iso(at('2025-01-16T18:00:00')));
    const noAnswer = escalationPlan({ reason: 'not_fixed', now: at('2025-01-15T10:00:00'), transferFailed: true });
    expect(noAnswer.mode).toBe('task');
    expect(iso(noAnswer.dueAt)).toBe(iso(at('2025-01-16T18:00:00')));
    const sms = escalationPlan({ reason: 'dissatisfied', now: at('2025-01-15T10:00:00'), channelCanTransfer: false });
    expect(sms.mode).toBe('task');
  });

  it('Saturday is staffed by default, Sunday is not; the next working day after Saturday is Monday', () => {
    const sat = escalationPlan({ reason: 'dissatisfied', now: at('2025-01-18T10:00:00') });
    expect(sat.mode).toBe('transfer');
    expect(iso(sat.dueAt)).toBe(iso(at('2025-01-20T18:00:00')));
    const sun = escalationPlan({ reason: 'dissatisfied', now: at('2025-01-19T10:00:00') });
    expect(sun.mode).toBe('task');
    expect(iso(sun.dueAt)).toBe(iso(at('2025-01-20T18:00:00')));
  });

  it('a complaint said in the call (complaint:<category>, issue 13) has the complaint deadline, and a label with its category', () => {
    const p = escalationPlan({ reason: 'complaint:money', now: at('2025-01-15T10:00:00') });
    expect(iso(p.dueAt)).toBe(iso(at('2025-01-15T12:00:00')));
    expect(p.basis).toContain('004 第六十条');
    expect(reasonLabel('complaint:money')).toBe('投诉：索要财物/额外收费');
    expect(reasonLabel('reservation:late')).toBe('小意见：迟到/爽约/拖延');
    expect(reasonLabel('check_number')).toBe('号码待核实');
  });

  it('gives a complaint 2 hours (004 第六十条), counted in staffed time by default', () => {
    expect(iso(escalationPlan({ reason: 'complaint', now: at('2025-01-15T10:00:00') }).dueAt)).toBe(iso(at('2025-01-15T12:00:00')));
    // 17:00: one hour today, one hour from 09:00 tomorrow.
    expect(iso(escalationPlan({ reason: 'complaint', now: at('2025-01-15T17:00:00') }).dueAt)).toBe(iso(at('2025-01-16T10:00:00')));
    // 23:00: from the next opening.
    const night = escalationPlan({ reason: 'complaint', now: at('2025-01-15T23:00:00') });
    expect(night.mode).toBe('task');
    expect(iso(night.dueAt)).toBe(iso(at('2025-01-16T11:00:00')));
    expect(night.basis).toContain('第六十条');
    // Wall-clock counting as a tenant setting.
    const wall = escalationPlan({ reason: 'complaint', now: at('2025-01-15T23:00:00'), rule: { countOutsideStaffedHours: true } });
    expect(iso(wall.dueAt)).toBe(iso(at('2025-01-16T01:00:00')));
    // Misconduct is a complaint against staff: also 2 hours.
    expect(iso(escalationPlan({ reason: 'misconduct', now: at('2025-01-15T10:00:00') }).dueAt)).toBe(iso(at('2025-01-15T12:00:00')));
  });

  it('never transfers a hang-up, and never calls back an opt-out or a wrong person', () => {
    const hung = escalationPlan({ reason: 'hung_up', now: at('2025-01-15T10:00:00') });
    expect(hung.mode).toBe('task');
    expect(hung.callBack).toBe(true);
    const opt = escalationPlan({ reason: 'opt_out', now: at('2025-01-15T10:00:00') });
    expect(opt).toMatchObject({ mode: 'task', callBack: false, dueAt: null });
    expect(escalationPlan({ reason: 'wrong_person', now: at('2025-01-15T10:00:00') }).callBack).toBe(false);
  });

  it('keeps an anonymous complainant out of the whisper (003 八.5(8))', () => {
    const p = escalationPlan({ reason: 'complaint', orderKind: 'heating-complaint', now: at('2025-01-15T10:00:00'), who: { name: '赵某', anonymous: true } });
    expect(p.whisper).toBe('回访转人工：匿名客户，供热投诉工单，原因：投诉');
    expect(p.whisper).not.toContain('赵某');
  });

  it('gives important customers a 4-hour deadline (004 第五十二条)', () => {
    const p = escalationPlan({ reason: 'dissatisfied', segment: 'vip', now: at('2025-01-15T10:00:00') });
    expect(iso(p.dueAt)).toBe(iso(at('2025-01-15T14:00:00')));
    // The stricter complaint deadline stays.
    expect(iso(escalationPlan({ reason: 'complaint', segment: 'vip', now: at('2025-01-15T10:00:00') }).dueAt)).toBe(iso(at('2025-01-15T12:00:00')));
  });

  it('follows the tenant rule: hours, days, holidays, deadlines, timeout, overrides', () => {
    const rule = {
      staffedHours: { days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30' },
      holidays: ['2025-01-16'],
      transferTimeoutSec: 20,
      deadlines: { dissatisfied: { workingDays: 2 } },
      overrides: [{ kind: 'renovation-stage', mode: 'task' as const }],
    };
    const p = escalationPlan({ reason: 'dissatisfied', now: at('2025-01-15T08:45:00'), rule });
    expect(p).toMatchObject({ mode: 'transfer', transferTimeoutSec: 20 });
    // Two working days after Wednesday, Thursday being a holiday: Friday, Monday.
    expect(iso(p.dueAt)).toBe(iso(at('2025-01-20T17:30:00')));
    expect(escalationPlan({ reason: 'dissatisfied', now: at('2025-01-18T10:00:00'), rule }).mode).toBe('task');
    expect(escalationPlan({ reason: 'dissatisfied', orderKind: 'renovation-stage', now: at('2025-01-15T10:00:00'), rule }).mode).toBe('task');
    // Unknown keys are refused.
    expect(() => resolveEscalationRule({ staffedHours: { days: [1], start: '9:00', end: '18:00' } })).toThrow();
    expect(() => resolveEscalationRule({ nope: 1 } as never)).toThrow();
  });

  it('uses the tenant time zone when the rule names none', () => {
    // 10:00 in Urumqi is 12:00 in Shanghai; with Asia/Urumqi (UTC+6) 08:30 local is before opening.
    const now = new Date('2025-01-15T02:30:00Z');
    expect(escalationPlan({ reason: 'dissatisfied', now, timeZone: 'Asia/Urumqi' }).mode).toBe('task');
    expect(escalationPlan({ reason: 'dissatisfied', now }).mode).toBe('transfer');
  });
});

describe('staffed time helpers', () => {
  it('isStaffed, addStaffedHours, nthWorkingDayEnd', () => {
    expect(isStaffed(at('2025-01-15T09:00:00'))).toBe(true);
    expect(isStaffed(at('2025-01-15T18:00:00'))).toBe(false);
    expect(isStaffed(at('2025-01-19T12:00:00'))).toBe(false);
    expect(iso(addStaffedHours(at('2025-01-18T17:30:00'), 1))).toBe(iso(at('2025-01-20T09:30:00')));
    expect(iso(nthWorkingDayEnd(at('2025-01-15T10:00:00'), 0))).toBe(iso(at('2025-01-15T18:00:00')));
    expect(iso(nthWorkingDayEnd(at('2025-01-15T19:00:00'), 0))).toBe(iso(at('2025-01-16T18:00:00')));
    expect(DEFAULT_ESCALATION_RULE.staffedHours).toEqual({ days: [1, 2, 3, 4, 5, 6], start: '09:00', end: '18:00' });
  });
});
