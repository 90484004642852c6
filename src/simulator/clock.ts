/**
 * The simulator's clock. Every wait in a simulated call (ringing, the customer speaking,
 * a late callback) goes through `sleep`, so the same code runs in real time or on a
 * simulated clock that the campaign engine can compress ("a day in a minute").
 *
 * - `realClock()`: wall time, `sleep` is setTimeout; `acceleratedClock(speed)`: the same, `speed`
 *   times faster.
 * - `SimulatedClock`: time only moves when told: `advance(ms)` / `advanceTo(date)` fire the
 *   due timers in order. With `auto: true` it moves by itself, as a discrete-event
 *   simulation: it jumps to the next timer and fires every timer due within `quantumMs` of it
 *   (default 1000), in order — but never more than `quantumMs` past the start of the oldest
 *   work in flight (`hold()`: the simulator holds the clock during every webhook it sends).
 *   So simulated time barely passes while our server is answering, call durations stay
 *   realistic, and a test or the demo runs as fast as the HTTP round trips allow.
 */

export interface Clock {
  now(): Date;
  /** Resolve after `ms` of this clock's time. */
  sleep(ms: number): Promise<void>;
  /** Optional: keep time still until the returned release is called (work in flight). */
  hold?(): () => void;
}

/** Wall time. */
export function realClock(): Clock {
  return {
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  };
}

/**
 * Wall time running `speed` times faster from the moment it is made: `sleep(ms)` takes
 * ms / speed real milliseconds and `now()` moves `speed` times as fast (so the simulator's
 * timestamps and durations stay consistent, in its own accelerated time). For the standalone
 * simulator's `--speed`: customers ring, speak and think faster; our server still answers at
 * its own pace.
 */
export function acceleratedClock(speed: number): Clock {
  if (!(speed > 0)) throw new RangeError(`clock speed ${speed} must be positive`);
  if (speed === 1) return realClock();
  const t0 = Date.now();
  return {
    now: () => new Date(t0 + (Date.now() - t0) * speed),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms / speed))),
  };
}

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

export interface SimulatedClockOptions {
  /** Jump to the next timer by itself whenever nothing is held (default false). */
  auto?: boolean;
  /** Auto mode: timers due within this many ms of the next one fire together (default 1000). */
  quantumMs?: number;
}

/** A clock that only moves when advanced (or, with `auto`, whenever the process idles). */
export class SimulatedClock implements Clock {
  private t: number;
  private seq = 0;
  private timers: Timer[] = [];
  private autoScheduled = false;
  private readonly auto: boolean;
  private readonly quantum: number;
  /** Open holds: id -> clock time when taken (insertion order = time order). */
  private holds = new Map<number, number>();
  private holdSeq = 0;

  constructor(start: Date | number | string = '2025-01-06T09:00:00+08:00', opts: SimulatedClockOptions = {}) {
    this.t = new Date(start).getTime();
    if (Number.isNaN(this.t)) throw new Error(`SimulatedClock: bad start ${String(start)}`);
    this.auto = opts.auto ?? false;
    this.quantum = opts.quantumMs ?? 1000;
  }

  /** Keep time still (auto mode) until the returned function is called. */
  hold(): () => void {
    const id = this.holdSeq++;
    this.holds.set(id, this.t);
    return () => {
      if (!this.holds.delete(id)) return;
      if (this.auto && this.timers.length > 0) this.scheduleAuto();
    };
  }

  /** Work in flight (open holds). */
  get held(): number {
    return this.holds.size;
  }

  /** How far auto mode may go now: quantum past the oldest hold. */
  private limit(): number {
    const oldest = this.holds.values().next();
    return oldest.done ? Infinity : oldest.value + this.quantum;
  }

  now(): Date {
    return new Date(this.t);
  }

  /** Milliseconds since the epoch (cheaper than `now()`). */
  nowMs(): number {
    return this.t;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, resolve });
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      if (this.auto) this.scheduleAuto();
    });
  }

  /** Timers waiting. */
  get pending(): number {
    return this.timers.length;
  }

  /** When the next timer fires, or null. */
  nextAt(): Date | null {
    const first = this.timers[0];
    return first ? new Date(first.at) : null;
  }

  /** Move time forward by `ms`, firing due timers in order (each one's continuation runs before the next fires). */
  async advance(ms: number): Promise<void> {
    await this.advanceTo(this.t + Math.max(0, ms));
  }

  /** Move time forward to `date` (never backwards). */
  async advanceTo(date: Date | number): Promise<void> {
    const target = new Date(date).getTime();
    for (;;) {
      const first = this.timers[0];
      if (!first || first.at > target) break;
      this.timers.shift();
      if (first.at > this.t) this.t = first.at;
      first.resolve();
      await settle();
    }
    if (target > this.t) this.t = target;
  }

  private scheduleAuto(): void {
    if (this.autoScheduled) return;
    this.autoScheduled = true;
    setImmediate(() => {
      void this.autoTick();
    });
  }

  private async autoTick(): Promise<void> {
    try {
      const first = this.timers[0];
      if (!first) return;
      const until = Math.min(first.at + this.quantum, this.limit());
      for (;;) {
        const next = this.timers[0];
        if (!next || next.at > until || next.at > this.limit()) break;
        this.timers.shift();
        if (next.at > this.t) this.t = next.at;
        next.resolve();
        // Let the woken code run up to its next await (it reads now() and may hold()).
        for (let i = 0; i < 8; i++) await Promise.resolve();
      }
    } finally {
      this.autoScheduled = false;
      // Go on while something can fire; otherwise a release schedules the next tick.
      const next = this.timers[0];
      if (next && next.at <= this.limit()) this.scheduleAuto();
    }
  }
}

/** Let promise continuations and one I/O turn run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
