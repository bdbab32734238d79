export { type ExampleArgs, exampleArgs } from './example-args.ts';
export { FAULTS, type Fault, isFault } from './faults.ts';
export { printRun } from './print-run.ts';
export { type SimulatedClock, simulatedClock } from './simulated-clock.ts';
