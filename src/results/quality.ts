/**
 * Quality checks (抽检): which of a day's answered calls a supervisor checks. Pure.
 *
 * `drawQualitySample(population, percent, seed)` shuffles the population (ids in a stable
 * order) with the project's seeded generator (mulberry32 over a hash of the seed) and takes
 * ceil(n × percent / 100) of them (at least one when there is any call): the same seed and
 * population always give the same calls, so a sample can be drawn again to show it was random.
 */
import { hash32, mulberry32 } from '../shared/random.js';

export function qualitySampleSize(population: number, percent: number): number {
  if (population <= 0) return 0;
  return Math.min(population, Math.max(1, Math.ceil((population * percent) / 100 - 1e-9)));
}

export function drawQualitySample(population: readonly string[], percent: number, seed: string): string[] {
  const ids = [...population];
  const rng = mulberry32(hash32(`quality/${seed}`));
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
  }
  return ids.slice(0, qualitySampleSize(ids.length, percent));
}
