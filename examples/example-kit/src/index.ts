export { type Delegate, scripts } from './ai-sdk-scripts.ts';
export { type ExampleArgs, exampleArgs } from './example-args.ts';
export { describeFaultContract } from './fault-contract.ts';
export { FAULTS, type Fault, isFault } from './faults.ts';
export { printRun } from './print-run.ts';
export {
  draft,
  findings,
  GENERIC_FINDINGS,
  GENERIC_RESULT,
  PRICES,
  RATE_LIMIT,
  REFUSAL,
  REQUEST,
  REVISE,
  SEARCH_RESULT,
  TASK,
  WRONG_YEAR_FINDINGS,
  WRONG_YEAR_RESULT,
} from './scenario-texts.ts';
export { type SimulatedClock, simulatedClock } from './simulated-clock.ts';
