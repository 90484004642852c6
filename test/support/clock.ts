/** The one test clock: settable, advanced by hand, never the wall clock. */
export interface FakeClock {
  now: () => Date;
  set: (iso: string) => void;
  advance: (ms: number) => void;
}

/** A clock at `start` (default 2025-01-15 10:00 in Shanghai, a Wednesday in staffed hours). */
export function fakeClock(start = '2025-01-15T02:00:00Z'): FakeClock {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = new Date(iso).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}
