import { expectWellFormedTrace } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { runPattern } from './run-pattern.ts';
import { weatherAgent } from './tool-loop-agent.ts';

describe('ToolLoopAgent over several steps', () => {
  it('records one turn with every model call and tool call, and no handoff', async () => {
    const run = await runPattern(
      'weather',
      {
        weather_agent: [
          { tool: 'weather', input: { location: 'San Francisco' } },
          { tool: 'convertFahrenheitToCelsius', input: { temperature: 72 } },
          { text: 'It is 22 °C in San Francisco.' },
        ],
      },
      (agents) => weatherAgent('What is the weather in San Francisco in Celsius?', agents),
    );
    expect(run.result).toBe('It is 22 °C in San Francisco.');
    expectWellFormedTrace(run.trace);
    expect(run.trace.turns.map((turn) => turn.agent)).toEqual(['weather_agent']);
    const [turn] = run.trace.turns;
    expect(turn?.modelCalls).toHaveLength(3);
    expect(turn?.toolCalls.map((call) => [call.name, call.result])).toEqual([
      ['weather', { location: 'San Francisco', temperature: 72 }],
      ['convertFahrenheitToCelsius', { celsius: 22 }],
    ]);
    expect(run.trace.handoffs).toEqual([]);
    expect(run.analysis.failure).toBeNull();
  });
});
