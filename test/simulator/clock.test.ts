import { describe, expect, it } from 'vitest';
import { acceleratedClock, SimulatedClock } from '../../src/simulator/clock.js';

describe('SimulatedClock', () => {
  it('manual: timers fire in order when advanced, with now() at their time', async () => {
    const c = new SimulatedClock('2025-01-01T00:00:00Z');
    const seen: string[] = [];
    void c.sleep(2000).then(() => seen.push(`b@${c.now().toISOString()}`));
    void c.sleep(1000).then(() => seen.push(`a@${c.now().toISOString()}`));
    expect(c.pending).toBe(2);
    await c.advance(1500);
    expect(seen).toEqual(['a@2025-01-01T00:00:01.000Z']);
    expect(c.now().toISOString()).toBe('2025-01-01T00:00:01.500Z');
    await c.advanceTo(new Date('2025-01-01T01:00:00Z'));
    expect(seen).toEqual(['a@2025-01-01T00:00:01.000Z', 'b@2025-01-01T00:00:02.000Z']);
    expect(c.now().toISOString()).toBe('2025-01-01T01:00:00.000Z');
  });

  it('auto: a simulated hour passes at once', async () => {
    const c = new SimulatedClock(0, { auto: true });
    const t0 = Date.now();
    for (let i = 0; i < 60; i++) await c.sleep(60_000);
    expect(c.now().getTime()).toBe(3_600_000);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('auto: time stays within a quantum of work in flight', async () => {
    const c = new SimulatedClock(0, { auto: true, quantumMs: 1000 });
    const release = c.hold();
    let woke = false;
    void c.sleep(500).then(() => (woke = true));
    const far = c.sleep(10_000);
    await new Promise((r) => setTimeout(r, 50));
    expect(woke).toBe(true);
    expect(c.now().getTime()).toBe(500);
    release();
    await far;
    expect(c.now().getTime()).toBe(10_000);
  });
});

describe('acceleratedClock (huifang simulator --speed)', () => {
  it('a sleep of 10 s at speed 1000 ends after its 10 s of clock time, and now() moved with it', async () => {
    const c = acceleratedClock(1000);
    const t0 = c.now().getTime();
    await c.sleep(10_000);
    expect(c.now().getTime() - t0).toBeGreaterThanOrEqual(10_000 - 1000);
    expect(() => acceleratedClock(0)).toThrow(RangeError);
  });
});
