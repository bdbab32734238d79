import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { functionalApi } from './functional-api.ts';
import { handoffLines, tracePattern, turnAgents } from './trace-pattern.ts';

describe.each(['invoke', 'stream', 'events'] as const)('functional API entrypoint and tasks (%s)', (mode) => {
  it('records each task call as a delegation with its argument and its result as a return', async () => {
    const { trace, analysis } = await tracePattern(functionalApi, mode);
    expectWellFormedTrace(trace);
    expect(turnAgents(trace)).toEqual(['jokeMaker', 'generateJoke', 'improveJoke']);
    expect(handoffLines(trace)).toEqual([
      'delegation jokeMaker > generateJoke: penguins',
      'return generateJoke > jokeMaker: Why are penguins calm? They keep their cool!',
      'delegation jokeMaker > improveJoke: Why are penguins calm? They keep their cool!',
      'return improveJoke > jokeMaker: Why are penguins calm? They always keep their ice-cool!',
    ]);
    expect(analysis.failure?.summary).toBeUndefined();
  });
});
