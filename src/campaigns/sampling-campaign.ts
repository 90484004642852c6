/**
 * A heating-season sampling campaign (003 三.2): draw the month's sample from the heated
 * households, record the seed and the strata (so the draw can be reproduced and the response
 * rate reported per stratum), and turn every chosen household into a work order of kind
 * `heating-sampling`; the contact policy then plans their calls in campaign `sampling`.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { HuifangError } from '../shared/errors.js';
import type { Store } from '../store/index.js';
import { drawSample, type Sample } from './sampling.js';

export const HouseholdSchema = z.object({
  id: z.string().min(1),
  district: z.string().min(1),
  heatStation: z.string().min(1),
  name: z.string().optional(),
  phones: z.array(z.string().min(5)).min(1),
  address: z.string().optional(),
  /** 003 三.2: mostly residential; commercial households are drawn too but can be left out. */
  type: z.enum(['residential', 'commercial']).optional(),
});
export type HouseholdInput = z.infer<typeof HouseholdSchema>;

export interface SamplingCampaignOptions {
  tenantId: string;
  /** The survey month, YYYY-MM. */
  month: string;
  /** 1..5 per mille. */
  ratePerMille: number;
  seed: string | number;
  /** Leave commercial households out (default: true, 003 三.2 "以居民用户为主"). */
  residentialOnly?: boolean;
}

export interface SamplingCampaignResult {
  sample: Pick<Sample, 'seed' | 'ratePerMille' | 'population' | 'strata'>;
  workOrders: number;
  /** The month was drawn before: the recorded sample was kept, nothing new was drawn. */
  alreadyDrawn: boolean;
}

/**
 * Draw and record the month's sample; idempotent per tenant and month.
 * @throws HuifangError HF_INPUT_INVALID for a malformed household (its position and field).
 */
export async function drawSamplingCampaign(store: Store, households: unknown[], o: SamplingCampaignOptions): Promise<SamplingCampaignResult> {
  if (!/^\d{4}-\d{2}$/.test(o.month)) throw new HuifangError('HF_CLI_USAGE', `--month must be YYYY-MM, not ${o.month}`);
  const campaign = `sampling-${o.month}`;
  const known = await store.campaigns.sample(o.tenantId, campaign);
  if (known) return { sample: { ...known, strata: known.strata as Sample['strata'] }, workOrders: 0, alreadyDrawn: true };
  const parsed: HouseholdInput[] = households.map((h, i) => {
    const r = HouseholdSchema.safeParse(h);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new HuifangError('HF_INPUT_INVALID', `household ${i + 1}: field ${issue.path.join('.') || '(row)'}: ${issue.message}`);
    }
    return r.data;
  });
  const pool = o.residentialOnly === false ? parsed : parsed.filter((h) => h.type !== 'commercial');
  const sample = drawSample(pool, { ratePerMille: o.ratePerMille, seed: o.seed });
  const tz = (await store.tenants.get(o.tenantId))?.timeZone ?? 'Asia/Shanghai';
  // The survey opens on the first working morning of the month.
  const opens = DateTime.fromISO(`${o.month}-01T09:00:00`, { zone: tz }).toJSDate();
  const byId = new Map(pool.map((h) => [h.id, h]));
  let n = 0;
  await store.transaction(async (tx) => {
    await tx.campaigns.recordSample(o.tenantId, campaign, { seed: String(o.seed), ratePerMille: o.ratePerMille, population: sample.population, strata: sample.strata });
    for (const chosen of sample.chosen) {
      const h = byId.get(chosen.id)!;
      await tx.workOrders.upsert({
        tenantId: o.tenantId,
        externalId: `${campaign}-${h.id}`,
        kind: 'heating-sampling',
        finishedAt: opens,
        customer: { name: h.name ?? null, phones: h.phones },
        address: h.address ?? null,
        district: h.district,
        heatStation: h.heatStation,
        raw: { source: 'sampling', campaign, household: h.id },
      });
      n++;
    }
  });
  return { sample: { seed: sample.seed, ratePerMille: sample.ratePerMille, population: sample.population, strata: sample.strata }, workOrders: n, alreadyDrawn: false };
}
