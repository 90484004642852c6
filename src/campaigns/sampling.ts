/**
 * Heating-season sampling (003 三.2): each month of the heating season a random sample of
 * households at a rate of 1–5‰, spread evenly over districts and heat stations, and
 * reproducible from a recorded seed. Pure.
 *
 * Evenly: the sample is stratified by district + heat station with proportional allocation
 * (every stratum is sampled at the same rate, largest remainders first), and every non-empty
 * stratum gets at least one household so no station is left out.
 */
import { seeded, shuffle } from '../shared/random.js';

export interface Household {
  id: string;
  district: string;
  heatStation: string;
}

export interface SampleOptions {
  /** Per mille, 1..5 (003 三.2). */
  ratePerMille: number;
  seed: number | string;
}

export interface Sample {
  seed: number | string;
  ratePerMille: number;
  population: number;
  chosen: Household[];
  strata: { stratum: string; population: number; sampled: number }[];
}

export function stratumOf(h: Household): string {
  return `${h.district}/${h.heatStation}`;
}

export function drawSample(households: readonly Household[], opts: SampleOptions): Sample {
  if (!(opts.ratePerMille >= 1 && opts.ratePerMille <= 5)) throw new RangeError('the sampling rate is 1 to 5 per mille (003 三.2)');
  const byStratum = new Map<string, Household[]>();
  for (const h of [...households].sort((a, b) => a.id.localeCompare(b.id))) {
    const k = stratumOf(h);
    byStratum.set(k, [...(byStratum.get(k) ?? []), h]);
  }
  const rate = opts.ratePerMille / 1000;
  const keys = [...byStratum.keys()].sort();
  const exact = keys.map((k) => byStratum.get(k)!.length * rate);
  const alloc = exact.map((x) => Math.max(1, Math.floor(x)));
  const target = Math.max(keys.length, Math.round(households.length * rate));
  // Largest remainders get the households still to allocate.
  const order = keys.map((_, i) => i).sort((a, b) => exact[b]! - Math.floor(exact[b]!) - (exact[a]! - Math.floor(exact[a]!)) || a - b);
  let left = target - alloc.reduce((s, n) => s + n, 0);
  for (const i of order) {
    if (left <= 0) break;
    if (alloc[i]! < byStratum.get(keys[i]!)!.length) {
      alloc[i]!++;
      left--;
    }
  }
  const rnd = seeded(opts.seed);
  const chosen: Household[] = [];
  const strata = keys.map((k, i) => {
    const pop = byStratum.get(k)!;
    const n = Math.min(alloc[i]!, pop.length);
    chosen.push(...shuffle(pop, rnd).slice(0, n));
    return { stratum: k, population: pop.length, sampled: n };
  });
  return { seed: opts.seed, ratePerMille: opts.ratePerMille, population: households.length, chosen, strata };
}
