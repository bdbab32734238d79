import { createTracer, memoryStore } from '@handoff/core';
import { runOnAiSdk } from './runners/ai-sdk-runner.ts';
import { runOnLangGraph } from './runners/langgraph-runner.ts';
import { runOnMastra } from './runners/mastra-runner.ts';
import type { RunMode } from './runners/run-context.ts';
import { simulatedClock } from './runners/simulated-clock.ts';
import { scenarios } from './scenarios/index.ts';

// `pnpm --dir bench corpus:show <scenario> [framework] [mode]`: what each adapter recorded for a
// scenario (turns and handoffs, no analysis), to compare a recording with the program.
const [id, only, onlyMode] = process.argv.slice(2);
const scenario = scenarios.find((candidate) => candidate.id === id);
if (!scenario) {
  console.error(`unknown scenario ${id}; scenarios: ${scenarios.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const runners = { langgraph: runOnLangGraph, 'ai-sdk': runOnAiSdk, mastra: runOnMastra };
for (const [framework, runner] of Object.entries(runners)) {
  if (only && only !== framework) continue;
  for (const mode of ['invoke', 'stream'] as RunMode[]) {
    if (onlyMode && onlyMode !== mode) continue;
    const store = memoryStore();
    const clock = simulatedClock();
    const tracer = createTracer({ store, clock, flushOnExit: false });
    let answer = '';
    try {
      answer = await runner({ scenario, mode, tracer, clock });
    } catch (error) {
      answer = `program threw: ${error instanceof Error ? error.message : String(error)}`;
    }
    await tracer.shutdown();
    console.log(`\n=== ${framework} ${mode}: ${JSON.stringify(answer).slice(0, 140)}`);
    for (const trace of store.traces()) {
      console.log(
        `turns: ${trace.turns.map((turn) => `${turn.agent}${turn.status === 'error' ? '(error)' : ''}`).join(' ')}`,
      );
      for (const handoff of trace.handoffs)
        console.log(
          `  ${handoff.kind} ${handoff.from}>${handoff.to}: ${JSON.stringify(handoff.content).slice(0, 140)}`,
        );
    }
  }
}
