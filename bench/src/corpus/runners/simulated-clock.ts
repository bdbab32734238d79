/**
 * Real time plus simulated waits: mock models answer in microseconds, so a reply that "takes 20 s"
 * advances this clock instead of sleeping. Handed to `createTracer({ clock })`.
 */
export interface SimulatedClock {
  now(): number;
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
