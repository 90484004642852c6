/**
 * The contact policy with a tenant's own calendar: its calling hours replace the defaults
 * exactly as given, its calling days, only the holidays it lists, and its make-up working days
 * (调休). Driven over simulated weeks of orders; every contact is checked against the
 * tenant's calendar computed independently of the policy.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { decideNext, DEFAULT_POLICY, insideWindow, nextOpening, planCallbacks, tenantPolicy, type AttemptView, type CallbackView, type ContactPolicy, type OrderToPlan } from '../../src/campaigns/policy.js';
import { seeded } from '../../src/shared/random.js';

const ZONE = 'Asia/Shanghai';
const local = (iso: string, zone = ZONE) => DateTime.fromISO(iso, { zone }).toJSDate();

interface Contact {
  at: Date;
  channel: string;
}

/**
 * Weeks of orders on a 5-minute clock: each callback asks the policy, is contacted when due,
 * and the customer answers, misses or asks for later at random. Returns every contact made.
 */
function simulate(p: ContactPolicy, o: { start: string; days: number; orders: number; seed: number }): Contact[] {
  const rnd = seeded(o.seed);
  const start = local(o.start, p.timeZone).getTime();
  const orders: OrderToPlan[] = [];
  for (let i = 0; i < o.orders; i++) {
    const fin = new Date(start + rnd() * (o.days - 4) * 86_400_000);
    orders.push({ id: `wo${i}`, kind: rnd() < 0.5 ? 'install' : 'repair', finishedAt: fin, customerId: `c${i}`, segment: null });
  }
  const { planned } = planCallbacks(orders, p);
  const sims = planned.map((c) => ({
    view: { status: 'pending', dueFrom: c.dueFrom, dueBy: c.dueBy, callbackAt: null, humanFirst: false, mandatory: true, doNotContact: false, humanTaskOpen: false, attempts: [], lastOtherContactAt: null } as CallbackView,
    next: start,
  }));
  const contacts: Contact[] = [];
  for (let t = start; t < start + o.days * 86_400_000; t += 5 * 60_000) {
    const now = new Date(t);
    for (const s of sims) {
      if (s.next > t) continue;
      const d = decideNext(s.view, p, now);
      if (d.action !== 'contact') {
        s.next = Infinity;
        continue;
      }
      if (d.at > now) {
        s.next = d.at.getTime();
        continue;
      }
      contacts.push({ at: now, channel: d.channel });
      const attempt: AttemptView = { channel: d.channel, startedAt: now, outcome: null };
      s.view.attempts.push(attempt);
      const r = rnd();
      if (d.channel !== 'voice') {
        attempt.outcome = 'answered';
        s.view.status = 'completed';
      } else if (r < 0.35) {
        attempt.outcome = 'answered';
        s.view.status = 'completed';
      } else if (r < 0.85) {
        attempt.outcome = 'no-answer';
      } else {
        attempt.outcome = 'answered';
        s.view.status = 'rescheduled';
        s.view.callbackAt = new Date(t + 5 * 3_600_000);
      }
      s.next = t + 5 * 60_000;
    }
  }
  return contacts;
}

/** The tenant's calendar, checked without the policy's code: minutes of the day and dates. */
function allowed(at: Date, cal: { zone: string; windows: [string, string][]; days: number[]; holidays: string[]; workdays: string[] }): boolean {
  const d = DateTime.fromJSDate(at, { zone: cal.zone });
  const date = d.toISODate()!;
  if (cal.holidays.includes(date)) return false;
  if (!cal.workdays.includes(date) && !cal.days.includes(d.weekday)) return false;
  const m = d.hour * 60 + d.minute;
  const mins = (s: string) => (s === '23:59' ? 24 * 60 : Number(s.slice(0, 2)) * 60 + Number(s.slice(3)));
  return cal.windows.some(([a, b]) => m >= mins(a) && m < mins(b));
}

const dateOf = (at: Date, zone = ZONE) => DateTime.fromJSDate(at, { zone }).toISODate()!;

describe('a tenant’s calendar in the policy', () => {
  it('the tenant’s settings map onto the policy; without settings, the defaults', () => {
    expect(tenantPolicy(null)).toEqual(DEFAULT_POLICY);
    expect(tenantPolicy({ timeZone: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
    expect(tenantPolicy({ timeZone: 'Asia/Urumqi' }).windows).toEqual(DEFAULT_POLICY.windows);
    const p = tenantPolicy({
      timeZone: ZONE,
      settings: { callingHours: [{ start: '14:00', end: '17:00' }, { start: '10:00', end: '11:30' }], callingDays: [1, 2, 3, 4, 5], holidays: ['2026-10-01'], workdays: ['2026-10-10'] },
    });
    expect(p.windows).toEqual([{ start: '10:00', end: '11:30' }, { start: '14:00', end: '17:00' }]);
    expect(p.closedWeekdays).toEqual([6, 7]);
    expect(p.holidays).toEqual(['2026-10-01']);
    expect(p.workdays).toEqual(['2026-10-10']);
    // The older single-window form.
    expect(tenantPolicy({ timeZone: ZONE, settings: { callingHours: { start: '08:00', end: '20:00' } } }).windows).toEqual([{ start: '08:00', end: '20:00' }]);
  });

  it('hours given replace the defaults exactly: 00:00-23:59 is any time of day, 09:00-12:00 is only the morning', () => {
    const any = tenantPolicy({ timeZone: ZONE, settings: { callingHours: [{ start: '00:00', end: '23:59' }] } });
    for (const t of ['2026-11-23T00:00', '2026-11-23T03:17', '2026-11-23T12:30', '2026-11-23T21:30', '2026-11-23T23:59:30']) expect(insideWindow(local(t), any)).toBe(true);
    expect(nextOpening(local('2026-11-23T23:59:45'), any)).toEqual(local('2026-11-23T23:59:45'));
    expect(insideWindow(local('2026-11-23T22:00'), DEFAULT_POLICY)).toBe(false);
    const morning = tenantPolicy({ timeZone: ZONE, settings: { callingHours: [{ start: '09:00', end: '12:00' }] } });
    expect(insideWindow(local('2026-11-23T14:00'), morning)).toBe(false);
    expect(nextOpening(local('2026-11-23T12:00'), morning)).toEqual(local('2026-11-24T09:00'));
  });

  it('only the holidays a tenant lists apply', () => {
    // 2026-10-01 is National Day; a tenant that does not list it is called on it.
    expect(insideWindow(local('2026-10-01T10:00'), tenantPolicy({ timeZone: ZONE }))).toBe(true);
    expect(insideWindow(local('2026-10-01T10:00'), tenantPolicy({ timeZone: ZONE, settings: { holidays: ['2026-10-01'] } }))).toBe(false);
  });

  it('a make-up working day opens a closed weekday; a holiday on the same date still wins', () => {
    const p = tenantPolicy({ timeZone: ZONE, settings: { callingDays: [1, 2, 3, 4, 5], workdays: ['2026-11-21'] } });
    expect(insideWindow(local('2026-11-21T10:00'), p)).toBe(true); // Saturday, make-up day
    expect(insideWindow(local('2026-11-22T10:00'), p)).toBe(false); // Sunday
    expect(nextOpening(local('2026-11-20T22:00'), p)).toEqual(local('2026-11-21T09:00'));
    expect(nextOpening(local('2026-11-21T22:00'), p)).toEqual(local('2026-11-23T09:00'));
    const both = { ...p, holidays: ['2026-11-21'] };
    expect(insideWindow(local('2026-11-21T10:00'), both)).toBe(false);
  });

  it('over simulated weeks: zero calls outside the tenant’s hours, none on its holidays or closed days, calls on its make-up working days', () => {
    const cal = {
      zone: ZONE,
      windows: [['10:00', '11:30'], ['14:00', '17:00']] as [string, string][],
      days: [1, 2, 3, 4, 5],
      // Mon 16 to Wed 18 November, and Friday 27.
      holidays: ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-27'],
      // Saturday 21 and Sunday 29 are worked in exchange.
      workdays: ['2026-11-21', '2026-11-29'],
    };
    const p = tenantPolicy({
      timeZone: cal.zone,
      settings: { callingHours: cal.windows.map(([start, end]) => ({ start, end })), callingDays: cal.days, holidays: cal.holidays, workdays: cal.workdays },
    });
    const contacts = simulate(p, { start: '2026-11-02T00:00', days: 35, orders: 900, seed: 7 });
    expect(contacts.length).toBeGreaterThan(900);
    const outside = contacts.filter((c) => !allowed(c.at, cal)).map((c) => DateTime.fromJSDate(c.at, { zone: ZONE }).toISO());
    expect(outside).toEqual([]);
    const perDay = new Map<string, number>();
    for (const c of contacts) perDay.set(dateOf(c.at), (perDay.get(dateOf(c.at)) ?? 0) + 1);
    for (const h of cal.holidays) expect(perDay.get(h) ?? 0).toBe(0);
    for (const w of cal.workdays) expect(perDay.get(w) ?? 0).toBeGreaterThan(0);
    // Other weekends stay closed; the weekday after the holidays is open.
    for (const weekend of ['2026-11-07', '2026-11-08', '2026-11-14', '2026-11-15', '2026-11-22', '2026-11-28']) expect(perDay.get(weekend) ?? 0).toBe(0);
    expect(perDay.get('2026-11-19') ?? 0).toBeGreaterThan(0);
    // Both of the tenant's windows are used, and nothing between them.
    const minutesOf = (c: Contact) => {
      const d = DateTime.fromJSDate(c.at, { zone: ZONE });
      return d.hour * 60 + d.minute;
    };
    expect(contacts.some((c) => minutesOf(c) < 11 * 60 + 30)).toBe(true);
    expect(contacts.some((c) => minutesOf(c) >= 14 * 60)).toBe(true);
  });

  it('over simulated weeks with 00:00-23:59: calls at night too, and the defaults never call at night', () => {
    const night = (c: Contact) => {
      const h = DateTime.fromJSDate(c.at, { zone: ZONE }).hour;
      return h < 8 || h >= 22;
    };
    const any = simulate(tenantPolicy({ timeZone: ZONE, settings: { callingHours: [{ start: '00:00', end: '23:59' }] } }), { start: '2026-11-02T00:00', days: 14, orders: 300, seed: 3 });
    expect(any.filter(night).length).toBeGreaterThan(0);
    const defaults = simulate(tenantPolicy({ timeZone: ZONE }), { start: '2026-11-02T00:00', days: 14, orders: 300, seed: 3 });
    expect(defaults.length).toBeGreaterThan(300);
    expect(defaults.filter(night)).toEqual([]);
  });
});
