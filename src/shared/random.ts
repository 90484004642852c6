/**
 * A tiny seeded PRNG (mulberry32) and helpers, shared by the simulator's personas, the demo
 * data generator and the sampling draw. Chosen over a package because they only need
 * reproducible, well-spread draws, not statistical quality or crypto: 32 bits of state, no
 * dependency, identical on every Node version. Never use it for anything secret.
 */

/** A generator of floats in [0, 1). */
export type Rng = () => number;

/** mulberry32: a 32-bit seeded generator. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit FNV-1a hash of a string, to derive sub-seeds ("seed/turn/prompt"). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** One element of a non-empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  const v = items[Math.floor(rng() * items.length)];
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
}

/** An integer in [min, max]. */
export function between(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** A generator seeded by a number or a string (hashed): a recorded seed reproduces a draw. */
export function seeded(seed: number | string): Rng {
  return mulberry32(typeof seed === 'number' ? seed : hash32(seed));
}

/** A Fisher–Yates shuffle of a copy. */
export function shuffle<T>(items: readonly T[], rnd: Rng): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
