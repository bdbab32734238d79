/**
 * Real time plus simulated waits: mock models answer in microseconds, so an example that must show
 * "12 s later" advances this clock instead of sleeping. Hand it to `createTracer({ clock })`.
 */
export interface SimulatedClock {
  now(): number;
  /** Pretends `ms` passed. */
  wait(ms: number): void;
}

export function simulatedClock(): SimulatedClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    wait: (ms) => {
      offset += ms;
    },
  };
}
