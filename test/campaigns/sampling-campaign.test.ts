import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHouseholds } from '../../src/campaigns/generate.js';
import { drawSamplingCampaign } from '../../src/campaigns/sampling-campaign.js';
import { planNewOrders } from '../../src/campaigns/scheduler.js';
import { buildHeatingSurvey } from '../../src/results/reports/heating.js';
import { openStore, type Store } from '../../src/store/index.js';

let store: Store;
beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://', now: () => new Date('2026-12-01T00:00:00Z') });
  await store.tenants.upsert({ id: 'heat', name: '热力', timeZone: 'Asia/Shanghai' });
});
afterAll(async () => store.close());

describe('a heating-season sampling campaign (003 三.2)', () => {
  it('draws the month, records seed and strata, and the planner calls the chosen households', async () => {
    const households = generateHouseholds({ seed: 5, count: 6000 });
    const r = await drawSamplingCampaign(store, households, { tenantId: 'heat', month: '2026-12', ratePerMille: 3, seed: 'heat-2026-12' });
    expect(r.alreadyDrawn).toBe(false);
    expect(r.workOrders).toBeGreaterThanOrEqual(r.sample.strata.length);
    expect(r.sample.strata.every((s) => s.sampled >= 1)).toBe(true);
    const again = await drawSamplingCampaign(store, households, { tenantId: 'heat', month: '2026-12', ratePerMille: 3, seed: 'other' });
    expect(again).toMatchObject({ alreadyDrawn: true, workOrders: 0, sample: { seed: 'heat-2026-12' } });
    const planned = await planNewOrders({ store, now: store.now, dialogVersion: () => 1 }, 'heat');
    expect(planned.created).toBe(r.workOrders);
    const { rows } = await store.db.query<{ campaign: string; dialog_id: string; n: number }>('SELECT campaign, dialog_id, count(*)::int AS n FROM callbacks GROUP BY 1, 2');
    expect(rows).toEqual([{ campaign: 'sampling', dialog_id: 'heating-sampling', n: r.workOrders }]);
    // The heating survey counts the drawn households as the sample before any survey is
    // finished (issue 17: "a sample of 0 after 12 households were drawn").
    const survey = await buildHeatingSurvey(store, { tenantId: 'heat', month: '2026-12', now: store.now() });
    const drawn = r.sample.strata.reduce((a, x) => a + x.sampled, 0);
    expect(survey.report.sampling).toMatchObject({ sampled: drawn, responded: 0, responseRate: 0 });
    expect(survey.report.sampling.strata.map((x) => x.sampled)).toEqual(r.sample.strata.map((x) => x.sampled));
    expect(survey.report.sampling.strata[0]?.stratum).toMatch(/ \/ /);
  });
  it('a malformed household is named with its position and field', async () => {
    await expect(drawSamplingCampaign(store, [{ id: 'h1', district: 'A', heatStation: 'S' }], { tenantId: 'heat', month: '2027-01', ratePerMille: 3, seed: 1 })).rejects.toThrow(
      /household 1: field phones/,
    );
  });
});
