export interface ManualClock {
  now(): number;
  /** Moves time forward by `ms`. */
  advance(ms: number): void;
  set(ms: number): void;
}

/** A clock tests move by hand, for reproducible timings and stale-by figures. */
export function manualClock(start = Date.UTC(2026, 0, 1)): ManualClock {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
    set: (ms) => {
      time = ms;
    },
  };
}
