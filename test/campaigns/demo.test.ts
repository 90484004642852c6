/**
 * The main job end to end (`huifang demo`): generated work orders -> plan -> pg-boss -> the
 * real server's signed Twilio webhooks -> the simulator's customers -> results. The
 * invariants users care about hold on every run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../../src/demo/run.js';
import { buildReport } from '../../src/results/reports/query.js';
import { openStore } from '../../src/store/index.js';

describe('huifang demo', () => {
  it('runs a simulated day: calls inside the windows, nobody dialled twice, results stored and reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hf-demo-'));
    try {
      const s = await runDemo({ orders: 40, seed: 3, date: '2026-11-23', dataDir: dir });
      expect(s).toMatchObject({ date: '2026-11-23', orders: 40, callsOutsideWindow: 0, duplicateDials: 0 });
      expect(s.callbacks).toBeGreaterThan(30);
      expect(s.calls).toBeGreaterThanOrEqual(s.reached);
      expect(s.completed).toBeGreaterThan(10);
      expect(s.satisfactionRate).not.toBeNull();
      // What the summary says is in the store.
      const store = await openStore({ dataDir: dir });
      try {
        const { rows } = await store.db.query<{ n: number }>("SELECT count(*)::int AS n FROM answers");
        expect(rows[0]!.n).toBeGreaterThan(s.completed);
        const dialogs = await store.db.query<{ dialog_id: string }>("SELECT DISTINCT dialog_id FROM callbacks WHERE status = 'completed'");
        expect(dialogs.rows.length).toBeGreaterThanOrEqual(3);
        // Heating repairs are called 48 to 72 hours after the repair (003 四.4(7),
        // src/domain/deadlines.ts) and the report counts them on time when they are: it
        // counted them late, all of them, while it took "on time" as within 48 hours.
        const report = await buildReport(store, { period: 'day', date: '2026-11-23', by: 'kind' });
        const heating = report.groups.find((g) => g.key === 'heating-repair');
        expect(heating?.timeliness.withDeadline).toBeGreaterThan(0);
        expect(heating?.timeliness.onTimeRate).toBeGreaterThanOrEqual(0.9);
        // Reports add up with the summary (issue 17): over the run's days, the callbacks
        // attempted and reached, and the calls placed and answered by a person, are the
        // summary's; the contact rate is reached over attempted, not 100% by construction.
        const month = await buildReport(store, { period: 'month', date: '2026-11-23' });
        expect(month.callbacks).toMatchObject({ attempted: s.attempted, reached: s.reached });
        expect(month.calls).toMatchObject({ attempted: s.calls, reached: s.details.callsReached });
        expect(month.callbacks.contactRate).toBeCloseTo(s.reached / s.attempted, 10);
        expect(month.calls.contactRate).toBeCloseTo(s.details.callsReached / s.calls, 10);
        expect(s.details.callsReached).toBeLessThan(s.calls);
        expect(month.calls.contactRate).toBeLessThan(1);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
