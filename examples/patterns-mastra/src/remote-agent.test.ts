import { expectWellFormedTrace, handoffSummary } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { remoteAgent } from './remote-agent.ts';
import { runPattern } from './run-pattern.ts';

const ask = 'Forecast for Lisbon tomorrow: will it rain?';
const forecast = 'Lisbon tomorrow: dry, 22 °C, light wind.';

describe('remote agent over A2A as a subagent (A2AAgent on agents)', () => {
  it('records the remote agent as one turn seen from outside, with the delegation and its answer', async () => {
    const run = await runPattern((traced) =>
      remoteAgent(
        traced,
        {
          support: [
            { tool: 'agent-remoteWeatherAgent', input: { prompt: ask } },
            ({ lastToolResult }) => ({ text: `No rain expected: ${lastToolResult}` }),
          ],
        },
        forecast,
      ),
    );
    expect(run.result).toBe(`No rain expected: ${forecast}`);
    expectWellFormedTrace(run.trace);
    // The remote agent's run leaves no span here: it is named by its registration key.
    expect(run.trace.turns.map((turn) => [turn.agent, turn.output])).toEqual([
      ['support-agent', `No rain expected: ${forecast}`],
      ['remoteWeatherAgent', forecast],
    ]);
    expect(run.trace.turns[1]?.metadata).toMatchObject({ remote: true });
    // The supervisor's roster declares the remote agent under the same name as its turn.
    expect(run.trace.topology?.[0]?.nodes.map((node) => node.agent)).toEqual([
      'support-agent',
      'remoteWeatherAgent',
    ]);
    expect(run.trace.turns[1]?.parentTurnId).toBe(run.trace.turns[0]?.id);
    expect(handoffSummary(run.trace)).toEqual([
      { kind: 'delegation', from: 'support-agent', to: 'remoteWeatherAgent', inferred: false, content: ask },
      { kind: 'return', from: 'remoteWeatherAgent', to: 'support-agent', inferred: false, content: forecast },
    ]);
    expect(run.analysis.failure).toBeNull();
  });
});
