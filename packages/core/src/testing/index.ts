export { type MemoryStore, memoryStore } from '../stores/memory-store.ts';
export { expectWellFormedTrace, traceProblems } from './expect-well-formed-trace.ts';
export { failureSummary } from './failure-summary.ts';
export { handoffSummary } from './handoff-summary.ts';
export { type ManualClock, manualClock } from './manual-clock.ts';
export { normalizeTrace } from './normalize-trace.ts';
export { recordPlannerCrash } from './record-planner-crash.ts';
export { type FixtureFault, recordResearchTeam } from './research-team-fixture.ts';
export {
  generateTrace,
  type SyntheticCase,
  type SyntheticFault,
  type SyntheticOptions,
  type SyntheticShape,
} from './synthetic/generate-trace.ts';
