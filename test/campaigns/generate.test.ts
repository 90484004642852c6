import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { engineersOf, generateHouseholds, generateWorkOrders, HEATING_STATIONS, TELECOM_DISTRICTS } from '../../src/campaigns/generate.js';
import { validateWorkOrder } from '../../src/campaigns/intake.js';

const share = (rows: { kind: string }[], kind: string): number => rows.filter((r) => r.kind === kind).length / rows.length;

describe('generateWorkOrders', () => {
  it('is deterministic per seed and date, and differs across seeds', () => {
    const a = generateWorkOrders({ seed: 42, date: '2025-01-15', tenant: 'telecom', count: 200 });
    const b = generateWorkOrders({ seed: 42, date: '2025-01-15', tenant: 'telecom', count: 200 });
    expect(a).toEqual(b);
    const c = generateWorkOrders({ seed: 43, date: '2025-01-15', tenant: 'telecom', count: 200 });
    expect(c).not.toEqual(a);
    expect(new Set([...a, ...c].map((r) => r.externalId)).size).toBe(400);
    const d = generateWorkOrders({ seed: 42, date: '2025-01-16', tenant: 'telecom', count: 200 });
    expect(new Set([...a, ...d].map((r) => r.externalId)).size).toBe(400);
  });

  it('telecom: every row valid, realistic kinds, hours, districts, segments, same-day repeat customers', () => {
    const rows = generateWorkOrders({ seed: 'demo', date: '2025-01-15', tenant: 'telecom', count: 2000 });
    expect(rows).toHaveLength(2000);
    for (const r of rows) expect(validateWorkOrder(r).ok).toBe(true);
    expect(share(rows, 'install')).toBeCloseTo(0.45, 1);
    expect(share(rows, 'repair')).toBeCloseTo(0.35, 1);
    expect(share(rows, 'move')).toBeGreaterThan(0.06);
    expect(share(rows, 'move')).toBeLessThan(0.14);
    expect(share(rows, 'complaint')).toBeGreaterThan(0.06);
    expect(share(rows, 'complaint')).toBeLessThan(0.14);
    for (const r of rows) {
      const t = DateTime.fromISO(r.finishedAt as string, { setZone: true });
      expect(t.toISODate()).toBe('2025-01-15');
      expect(t.offset).toBe(480);
      expect(t.hour).toBeGreaterThanOrEqual(8);
      expect(t.hour).toBeLessThan(19);
      expect(Object.keys(TELECOM_DISTRICTS)).toContain(r.district);
      expect(r.engineer).toMatch(/^\p{Script=Han}{2,3}（工号BJ\d{5}）$/u);
      expect(r.customer.phones[0]).toMatch(/^\+86(138|139|150)\d{8}$/);
    }
    expect(new Set(rows.map((r) => r.district)).size).toBe(6);
    expect(new Set(rows.map((r) => r.team)).size).toBe(12);
    const important = rows.filter((r) => r.segment === 'vip' || r.segment === 'high_value').length / rows.length;
    expect(important).toBeGreaterThan(0.03);
    expect(important).toBeLessThan(0.08);
    const byPhone = new Map<string, number>();
    for (const r of rows) byPhone.set(r.customer.phones[0] as string, (byPhone.get(r.customer.phones[0] as string) ?? 0) + 1);
    const twice = [...byPhone.values()].filter((n) => n === 2).length;
    expect(twice).toBeGreaterThanOrEqual(20);
    expect(twice).toBeLessThanOrEqual(80);
    // Sorted by time.
    const times = rows.map((r) => Date.parse(r.finishedAt as string));
    expect([...times].sort((x, y) => x - y)).toEqual(times);
  });

  it('a small day still has a customer with two orders', () => {
    const rows = generateWorkOrders({ seed: 1, date: '2025-01-15', tenant: 'telecom', count: 30 });
    const phones = rows.map((r) => r.customer.phones[0]);
    expect(new Set(phones).size).toBe(29);
  });

  it('heating: repairs finished two days before (48 h callback on the day), complaints the day before, some anonymous', () => {
    const rows = generateWorkOrders({ seed: 7, date: '2025-01-15', tenant: 'heating', count: 1000 });
    for (const r of rows) expect(validateWorkOrder(r).ok).toBe(true);
    expect(share(rows, 'heating-repair')).toBeCloseTo(0.75, 1);
    expect(share(rows, 'heating-complaint')).toBeCloseTo(0.25, 1);
    for (const r of rows) {
      const day = DateTime.fromISO(r.finishedAt as string, { setZone: true }).toISODate();
      expect(day).toBe(r.kind === 'heating-repair' ? '2025-01-13' : '2025-01-14');
      expect(HEATING_STATIONS[r.district as string]).toContain(r.heatStation);
      if (r.anonymous) expect(r.kind).toBe('heating-complaint');
    }
    const complaints = rows.filter((r) => r.kind === 'heating-complaint');
    const anon = complaints.filter((r) => r.anonymous).length / complaints.length;
    expect(anon).toBeGreaterThan(0.1);
    expect(anon).toBeLessThan(0.3);
  });

  it('respects another time zone and refuses a bad date', () => {
    const rows = generateWorkOrders({ seed: 1, date: '2025-07-01', tenant: 'telecom', count: 5, timeZone: 'Asia/Urumqi' });
    expect(rows[0]?.finishedAt).toMatch(/\+06:00$/);
    expect(() => generateWorkOrders({ seed: 1, date: '15.01.2025', tenant: 'telecom', count: 1 })).toThrow();
    expect(generateWorkOrders({ seed: 1, date: '2025-01-15', tenant: 'heating', count: 0 })).toEqual([]);
  });

  it('has a fixed roster: the same engineers for every seed and day', () => {
    expect(engineersOf('telecom')).toHaveLength(36);
    expect(new Set(engineersOf('telecom').map((e) => e.staffNo)).size).toBe(36);
    const a = new Set(generateWorkOrders({ seed: 1, date: '2025-01-15', tenant: 'telecom', count: 300 }).map((r) => r.engineer));
    const b = new Set(generateWorkOrders({ seed: 2, date: '2025-02-15', tenant: 'telecom', count: 300 }).map((r) => r.engineer));
    expect([...a].every((e) => b.has(e))).toBe(true);
  });
});

describe('generateHouseholds', () => {
  it('is deterministic, evenly spread, mostly residential', () => {
    const h = generateHouseholds({ seed: 5, count: 1200 });
    expect(h).toEqual(generateHouseholds({ seed: 5, count: 1200 }));
    expect(new Set(h.map((x) => x.id)).size).toBe(1200);
    const perDistrict = new Map<string, number>();
    const perStation = new Map<string, number>();
    for (const x of h) {
      perDistrict.set(x.district, (perDistrict.get(x.district) ?? 0) + 1);
      perStation.set(x.heatStation, (perStation.get(x.heatStation) ?? 0) + 1);
      expect(HEATING_STATIONS[x.district]).toContain(x.heatStation);
      expect(x.phones[0]).toMatch(/^\+86(138|139|150)\d{8}$/);
    }
    expect([...perDistrict.values()]).toEqual([300, 300, 300, 300]);
    expect([...perStation.values()].every((n) => n === 100)).toBe(true);
    const residential = h.filter((x) => x.type === 'residential').length / h.length;
    expect(residential).toBeGreaterThan(0.85);
    expect(residential).toBeLessThan(0.95);
  });

  it('takes custom districts and stations', () => {
    const h = generateHouseholds({ seed: 'x', count: 12, districts: ['甲区', '乙区'], stations: ['一号站', '二号站', '三号站'] });
    expect(new Set(h.map((x) => x.district))).toEqual(new Set(['甲区', '乙区']));
    expect(new Set(h.map((x) => x.heatStation))).toEqual(new Set(['一号站', '二号站', '三号站']));
  });
});
