/**
 * The contact policy, driven by a simulated clock over weeks of orders: zero calls outside
 * the windows, zero attempt-limit violations, zero duplicate dials, zero contacts after an
 * opt-out, deadlines and the ladder as the rules say.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  decideNext,
  insideWindow,
  nextOpening,
  planCallbacks,
  planStream,
  policyWith,
  type PlannedCallback,
  type AttemptView,
  type CallbackView,
  type OrderToPlan,
} from '../../src/campaigns/policy.js';
import { seeded } from '../../src/shared/random.js';
import { capFreeAt } from '../../src/domain/contact.js';
import { drawSample, type Household } from '../../src/campaigns/sampling.js';

const P = DEFAULT_POLICY;
const local = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Shanghai' }).toJSDate();

describe('calling windows', () => {
  it('09:00–12:00 and 13:30–21:00 by default, in the customer’s zone', () => {
    expect(insideWindow(local('2026-11-23T08:59'), P)).toBe(false);
    expect(insideWindow(local('2026-11-23T09:00'), P)).toBe(true);
    expect(insideWindow(local('2026-11-23T12:30'), P)).toBe(false);
    expect(insideWindow(local('2026-11-23T20:59'), P)).toBe(true);
    expect(insideWindow(local('2026-11-23T21:00'), P)).toBe(false);
  });
  it('the next opening skips breaks, nights, holidays and closed weekdays', () => {
    expect(nextOpening(local('2026-11-23T12:10'), P)).toEqual(local('2026-11-23T13:30'));
    expect(nextOpening(local('2026-11-23T22:00'), P)).toEqual(local('2026-11-24T09:00'));
    const hol = policyWith({ holidays: ['2026-11-24'], closedWeekdays: [3] });
    expect(nextOpening(local('2026-11-23T22:00'), hol)).toEqual(local('2026-11-26T09:00'));
  });
  it('another zone: 09:00 in Urumqi is 11:00 in Beijing', () => {
    const u = policyWith({ timeZone: 'Asia/Urumqi' });
    expect(nextOpening(local('2026-11-23T10:00'), u)).toEqual(local('2026-11-23T11:00'));
  });
});

describe('planning callbacks', () => {
  const order = (id: string, kind: string, fin: string, customerId = 'c-' + id, segment: string | null = null): OrderToPlan => ({ id, kind, finishedAt: local(fin), customerId, segment });
  it('telecom: the same day, at the latest within 3 days (004 第五十三条); heating repairs 48 h after (003 四.4(7))', () => {
    const { planned } = planCallbacks([order('a', 'install', '2026-11-23T10:00'), order('b', 'heating-repair', '2026-11-21T10:00')], P);
    const a = planned.find((x) => x.workOrderId === 'a')!;
    expect(a.dialog).toBe('telecom-install');
    expect(a.dueFrom).toEqual(local('2026-11-23T10:30'));
    expect(a.dueBy).toEqual(local('2026-11-26T10:00'));
    const b = planned.find((x) => x.workOrderId === 'b')!;
    expect(b.dueFrom).toEqual(local('2026-11-23T10:00'));
  });
  it('several orders of one customer close together make one callback (004 第五十条)', () => {
    const { planned } = planCallbacks([order('a', 'install', '2026-11-23T10:00', 'c1'), order('b', 'repair', '2026-11-23T15:00', 'c1'), order('c', 'repair', '2026-11-25T15:00', 'c1')], P);
    expect(planned).toHaveLength(2);
    expect(planned[0]).toMatchObject({ workOrderId: 'a', covers: ['b'] });
  });
  it('VIP and high-value customers get a human first (004 第五十二条)', () => {
    const { planned } = planCallbacks([order('a', 'install', '2026-11-23T10:00', 'c1', 'vip')], P);
    expect(planned[0]!.humanFirst).toBe(true);
    const cb: CallbackView = { status: 'pending', dueFrom: planned[0]!.dueFrom, dueBy: planned[0]!.dueBy, callbackAt: null, humanFirst: true, mandatory: true, doNotContact: false, humanTaskOpen: false, attempts: [], lastOtherContactAt: null };
    expect(decideNext(cb, P, local('2026-11-23T11:00')).action).toBe('human_task');
  });
  it('the streaming planner plans the same callbacks in bounded memory', () => {
    const rnd = seeded(7);
    const orders: OrderToPlan[] = Array.from({ length: 3000 }, (_, i) => ({
      id: `o${i}`,
      kind: ['install', 'repair', 'complaint'][i % 3]!,
      finishedAt: new Date(local('2026-11-02T08:00').getTime() + rnd() * 14 * 86_400_000),
      customerId: `c${Math.floor(rnd() * 2000)}`,
    }));
    const sorted = [...orders].sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime() || a.id.localeCompare(b.id));
    const streamed: PlannedCallback[] = [];
    planStream(sorted, P, (cb) => streamed.push(cb));
    const key = (c: PlannedCallback) => `${c.workOrderId}:${c.covers.join(',')}:${c.dueFrom.toISOString()}:${c.dueBy.toISOString()}`;
    expect(streamed.map(key).sort()).toEqual(planCallbacks(orders, P).planned.map(key).sort());
    expect(streamed.some((c) => c.covers.length > 0)).toBe(true);
  });
  it('an order kind without a rule is reported, not guessed', () => {
    expect(planCallbacks([order('a', 'teleport', '2026-11-23T10:00')], P).unplanned).toEqual([{ workOrderId: 'a', reason: 'no_rule' }]);
  });
});

describe('the ladder', () => {
  const base = (over: Partial<CallbackView> = {}): CallbackView => ({
    status: 'pending',
    dueFrom: local('2026-11-23T10:30'),
    dueBy: local('2026-11-26T10:00'),
    callbackAt: null,
    humanFirst: false,
    mandatory: true,
    doNotContact: false,
    humanTaskOpen: false,
    attempts: [],
    lastOtherContactAt: null,
    ...over,
  });
  const a = (at: string, outcome: AttemptView['outcome'], channel: AttemptView['channel'] = 'voice'): AttemptView => ({ channel, startedAt: local(at), outcome });
  it('voice, retries >= 60 min apart, then SMS, then a human task', () => {
    const now = local('2026-11-23T11:00');
    expect(decideNext(base(), P, now)).toMatchObject({ action: 'contact', channel: 'voice', at: now });
    expect(decideNext(base({ attempts: [a('2026-11-23T11:00', 'no-answer')] }), P, now)).toMatchObject({ action: 'contact', channel: 'voice', at: local('2026-11-23T13:30') });
    const three = [a('2026-11-23T11:00', 'no-answer'), a('2026-11-23T14:00', 'busy'), a('2026-11-23T15:00', 'no-answer')];
    expect(decideNext(base({ attempts: three }), P, local('2026-11-23T16:00'))).toMatchObject({ action: 'contact', channel: 'sms' });
    expect(decideNext(base({ attempts: [...three, a('2026-11-23T16:00', 'answered', 'sms')] }), P, local('2026-11-24T16:00'))).toMatchObject({ action: 'human_task', reason: 'unreachable' });
  });
  it('a dropped call is called back promptly and resumes (003 二.3(4))', () => {
    const d = decideNext(base({ status: 'incomplete', attempts: [a('2026-11-23T11:00', 'hung_up')] }), P, local('2026-11-23T11:02'));
    expect(d).toMatchObject({ action: 'contact', channel: 'voice', resume: true, at: local('2026-11-23T11:05') });
  });
  it('"call me at 3 pm" is kept', () => {
    const d = decideNext(base({ status: 'rescheduled', callbackAt: local('2026-11-23T15:00'), attempts: [a('2026-11-23T11:00', 'answered')] }), P, local('2026-11-23T11:05'));
    expect(d).toMatchObject({ action: 'contact', channel: 'voice', at: local('2026-11-23T15:00') });
  });
  it('an answering machine is not surveyed: retry later', () => {
    expect(decideNext(base({ attempts: [a('2026-11-23T11:00', 'machine')] }), P, local('2026-11-23T11:01'))).toMatchObject({ action: 'contact', at: local('2026-11-23T13:30') });
  });
  it('the do-not-contact list stops everything; final callbacks stop; an attempt in progress waits', () => {
    expect(decideNext(base({ doNotContact: true }), P, local('2026-11-23T11:00'))).toEqual({ action: 'stop', reason: 'do_not_contact' });
    expect(decideNext(base({ status: 'completed' }), P, local('2026-11-23T11:00')).action).toBe('stop');
    expect(decideNext(base({ attempts: [a('2026-11-23T11:00', null)] }), P, local('2026-11-23T11:00')).action).toBe('wait');
  });
  it('early media (src/domain/contact.ts): 空号 and 停机 go to a person at once; after 关机 a text now, no more calls', () => {
    const failed = (reason: 'unassigned' | 'powered_off' | 'suspended'): AttemptView => ({ ...a('2026-11-23T11:00', 'failed'), failureReason: reason });
    const now = local('2026-11-23T11:01');
    expect(decideNext(base({ attempts: [failed('unassigned')] }), P, now)).toMatchObject({ action: 'human_task', reason: 'bad_number' });
    expect(decideNext(base({ attempts: [failed('suspended')] }), P, now)).toMatchObject({ action: 'human_task', reason: 'bad_number' });
    expect(decideNext(base({ attempts: [failed('powered_off')] }), P, now)).toMatchObject({ action: 'contact', channel: 'sms', at: now });
    // A plain failure (no early media) is retried by voice like a no-answer.
    expect(decideNext(base({ attempts: [a('2026-11-23T11:00', 'failed')] }), P, now)).toMatchObject({ action: 'contact', channel: 'voice' });
  });
  it('at most 3 calls to one number in 24 hours, whoever placed them (carriers; 004 第五十条)', () => {
    const now = local('2026-11-23T11:00');
    const three = [local('2026-11-22T15:00'), local('2026-11-22T18:00'), local('2026-11-23T09:30')];
    // The oldest of the three leaves the 24 hours at 15:00 today: the first call waits for it.
    expect(decideNext(base({ numberCalls: three }), P, now)).toMatchObject({ action: 'contact', channel: 'voice', at: new Date(local('2026-11-23T15:00').getTime() + 1) });
    expect(decideNext(base({ numberCalls: three.slice(1) }), P, now)).toMatchObject({ action: 'contact', channel: 'voice', at: now });
  });
  it('capFreeAt: the earliest time one more call keeps the cap', () => {
    const t = (h: number) => new Date(Date.UTC(2026, 10, 23, h));
    expect(capFreeAt([], t(1))).toEqual(t(1));
    expect(capFreeAt([t(0), t(1)], t(2))).toEqual(t(2));
    expect(capFreeAt([t(0), t(1), t(2)], t(3))).toEqual(new Date(t(24).getTime() + 1));
    expect(capFreeAt([t(2), t(0), t(1), t(3)], t(4))).toEqual(new Date(t(25).getTime() + 1));
  });
  it('a customer reached by another callback is not called again the same day (004 第五十条)', () => {
    const d = decideNext(base({ lastOtherContactAt: local('2026-11-23T10:45') }), P, local('2026-11-23T11:00'));
    expect(d).toMatchObject({ action: 'contact', at: local('2026-11-24T10:45') });
  });
});

describe('weeks of orders on a simulated clock', () => {
  it('zero calls outside windows, zero limit violations, zero duplicate dials, zero contacts after an opt-out', () => {
    const rnd = seeded(42);
    const start = local('2026-11-02T00:00');
    const orders: OrderToPlan[] = [];
    const kinds = ['install', 'repair', 'move', 'complaint', 'heating-repair', 'heating-complaint'];
    for (let i = 0; i < 1500; i++) {
      const fin = new Date(start.getTime() + rnd() * 21 * 86_400_000);
      orders.push({ id: `wo${i}`, kind: kinds[Math.floor(rnd() * kinds.length)]!, finishedAt: fin, customerId: `c${Math.floor(rnd() * 1100)}`, segment: rnd() < 0.04 ? 'vip' : null });
    }
    const { planned } = planCallbacks(orders, P);
    type Sim = { view: CallbackView; customer: string; covers: string[] };
    const byOrder = new Map(orders.map((o) => [o.id, o]));
    const sims: Sim[] = planned.map((p) => ({
      customer: byOrder.get(p.workOrderId)!.customerId!,
      covers: [p.workOrderId, ...p.covers],
      view: { status: 'pending', dueFrom: p.dueFrom, dueBy: p.dueBy, callbackAt: null, humanFirst: p.humanFirst, mandatory: p.mandatory, doNotContact: false, humanTaskOpen: false, attempts: [], lastOtherContactAt: null },
    }));
    const dnc = new Set<string>();
    const lastReached = new Map<string, { at: Date; sim: Sim }>();
    const violations: string[] = [];
    let dials = 0;
    const end = start.getTime() + 28 * 86_400_000;
    // Each callback is looked at again when its decision is due or its customer changed.
    const due = new Map<Sim, number>(sims.map((s) => [s, start.getTime()]));
    const byCustomer = new Map<string, Sim[]>();
    for (const s of sims) byCustomer.set(s.customer, [...(byCustomer.get(s.customer) ?? []), s]);
    const touch = (customer: string, t: number) => {
      for (const x of byCustomer.get(customer) ?? []) if (due.has(x)) due.set(x, Math.min(due.get(x)!, t));
    };
    for (let t = start.getTime(); t < end; t += 5 * 60_000) {
      const now = new Date(t);
      for (const s of sims) {
        const when = due.get(s);
        if (when === undefined || when > t) continue;
        const other = lastReached.get(s.customer);
        s.view.lastOtherContactAt = other && other.sim !== s ? other.at : null;
        s.view.doNotContact = dnc.has(s.customer);
        const d = decideNext(s.view, P, now);
        if (d.action === 'human_task') {
          s.view.humanTaskOpen = true;
          due.delete(s);
          continue;
        }
        if (d.action === 'stop' || d.action === 'wait') {
          due.delete(s);
          continue;
        }
        if (d.at > now) {
          due.set(s, d.at.getTime());
          continue;
        }
        // Invariants at the moment of contact.
        if (!insideWindow(now, P)) violations.push(`outside window ${now.toISOString()}`);
        if (dnc.has(s.customer)) violations.push('contact after opt-out');
        if (s.view.attempts.some((x) => x.outcome === null)) violations.push('duplicate dial');
        if (d.channel === 'voice') {
          const voice = s.view.attempts.filter((x) => x.channel === 'voice');
          if (voice.length >= P.voice.maxAttempts) violations.push('attempt limit');
          const prev = voice.at(-1);
          if (prev && prev.outcome !== 'hung_up' && now.getTime() - prev.startedAt.getTime() < P.voice.minGapMinutes * 60_000) violations.push('gap < 60 min');
          const day = DateTime.fromJSDate(now, { zone: P.timeZone }).toISODate();
          if (voice.filter((x) => DateTime.fromJSDate(x.startedAt, { zone: P.timeZone }).toISODate() === day).length >= P.voice.maxPerDay) violations.push('> 3 a day');
        }
        if (other && other.sim !== s && now.getTime() - other.at.getTime() < P.minDaysBetweenContacts * 86_400_000 && d.channel === 'voice') violations.push('over-contact');
        dials++;
        due.set(s, t + 5 * 60_000);
        touch(s.customer, t + 5 * 60_000);
        // The customer's behaviour, then the attempt's outcome (in the same tick, as a short call).
        const r = rnd();
        const attempt: AttemptView = { channel: d.channel, startedAt: now, outcome: null };
        s.view.attempts.push(attempt);
        if (d.channel !== 'voice') {
          attempt.outcome = 'answered';
          s.view.status = r < 0.5 ? 'completed' : 'incomplete';
        } else if (r < 0.45) {
          attempt.outcome = 'answered';
          s.view.status = 'completed';
          lastReached.set(s.customer, { at: now, sim: s });
        } else if (r < 0.7) attempt.outcome = 'no-answer';
        else if (r < 0.78) attempt.outcome = 'busy';
        else if (r < 0.84) attempt.outcome = 'machine';
        else if (r < 0.9) {
          attempt.outcome = 'hung_up';
          s.view.status = 'incomplete';
          lastReached.set(s.customer, { at: now, sim: s });
        } else if (r < 0.96) {
          attempt.outcome = 'answered';
          s.view.status = 'rescheduled';
          s.view.callbackAt = new Date(now.getTime() + 3 * 3_600_000);
          lastReached.set(s.customer, { at: now, sim: s });
        } else {
          attempt.outcome = 'answered';
          s.view.status = 'opted_out';
          dnc.add(s.customer);
        }
      }
    }
    expect(violations).toEqual([]);
    expect(dials).toBeGreaterThan(1000);
    // Every callback ended somewhere: finished, a human task, or stopped by an opt-out.
    const open = sims.filter((s) => !['completed', 'opted_out'].includes(s.view.status) && !s.view.humanTaskOpen && !dnc.has(s.customer));
    expect(open).toEqual([]);
  });
});

describe('sampling (003 三.2)', () => {
  const households: Household[] = [];
  for (let i = 0; i < 20_000; i++) households.push({ id: `h${String(i).padStart(5, '0')}`, district: `区${i % 4}`, heatStation: `站${i % 7}` });
  it('draws 1–5‰, every stratum covered at the same rate, reproducible from the seed', () => {
    const a = drawSample(households, { ratePerMille: 3, seed: 'heating-2026-12' });
    const b = drawSample(households, { ratePerMille: 3, seed: 'heating-2026-12' });
    expect(a.chosen.map((h) => h.id)).toEqual(b.chosen.map((h) => h.id));
    expect(a.chosen).toHaveLength(60);
    expect(a.strata).toHaveLength(28);
    for (const s of a.strata) expect(s.sampled).toBeGreaterThanOrEqual(2);
    const c = drawSample(households, { ratePerMille: 3, seed: 'other' });
    expect(c.chosen.map((h) => h.id)).not.toEqual(a.chosen.map((h) => h.id));
  });
  it('refuses a rate outside 1–5‰', () => {
    expect(() => drawSample(households, { ratePerMille: 8, seed: 1 })).toThrow(/1 to 5 per mille/);
  });
});

describe('every order kind intake accepts has a rule and a dialog', () => {
  it('no accepted order is left without a callback plan', async () => {
    const { WORK_ORDER_KINDS, RENOVATION_STAGES } = await import('../../src/campaigns/intake.js');
    const { loadRegistry } = await import('../../src/engine/registry.js');
    const kinds = WORK_ORDER_KINDS.flatMap((k) => (k === 'renovation-stage' ? RENOVATION_STAGES.map((s) => `renovation-${s}`) : [k]));
    for (const k of kinds) {
      const rule = DEFAULT_POLICY.kinds[k];
      expect(rule, k).toBeDefined();
      expect(loadRegistry().has(rule!.dialog), `${k} -> ${rule!.dialog}`).toBe(true);
    }
  });
});
