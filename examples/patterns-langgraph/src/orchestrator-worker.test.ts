import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { orchestratorWorker } from './orchestrator-worker.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)('orchestrator-worker with Send (%s)', (mode) => {
  it('records each section sent to a worker by its values and the workers feeding the synthesizer', async () => {
    const { trace, analysis } = await tracePattern(orchestratorWorker, mode);
    expectWellFormedTrace(trace);
    expect(turnAgents(trace)).toEqual(['orchestrator', 'llmCall', 'llmCall', 'synthesizer']);
    expect(handoffLines(trace)).toEqual([
      'send orchestrator > llmCall: Habitat\nWhere emperor penguins live and breed',
      'send orchestrator > llmCall: Diet\nWhat emperor penguins eat and how they hunt',
      'edge llmCall > synthesizer: ## Habitat\nEmperor penguins live and breed on the sea ice around Antarctica.',
      'edge llmCall > synthesizer: ## Diet\nEmperor penguins eat fish, krill and squid, diving deep to hunt.',
    ]);
    expect(trace.handoffs[0]?.payload).toEqual({
      section: { name: 'Habitat', description: 'Where emperor penguins live and breed' },
    });
    expect(analysis.failure?.summary).toBeUndefined();
  });
});
