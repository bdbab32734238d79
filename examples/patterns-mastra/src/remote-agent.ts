import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { A2AAgent } from '@mastra/core/a2a';
import { Agent } from '@mastra/core/agent';
import { MockMemory } from '@mastra/core/memory';
import { mockModel, type Traced } from './run-pattern.ts';

const CARD_URL = 'https://weather.example.com/api/.well-known/weather-agent/agent-card.json';

/**
 * The remote weather service (an A2A v0.3 server): its agent card, and a `message/send` answer.
 * Stands in for the network through `A2AAgent`'s `fetch` option.
 */
function weatherService(answer: string): typeof fetch {
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url === CARD_URL)
      return Response.json({
        protocolVersion: '0.3.0',
        name: 'Weather Agent',
        description: 'Provides weather forecasts.',
        url: 'https://weather.example.com/api/a2a/weather-agent',
        version: '1.0',
        capabilities: { streaming: false },
        defaultInputModes: ['text'],
        defaultOutputModes: ['text'],
        skills: [{ id: 'forecast', name: 'Forecast', description: 'Weather forecasts', tags: ['weather'] }],
      });
    const request = JSON.parse(String(init?.body ?? '{}')) as { id?: unknown };
    return Response.json({
      jsonrpc: '2.0',
      id: request.id ?? null,
      result: {
        kind: 'message',
        role: 'agent',
        messageId: 'remote-1',
        parts: [{ kind: 'text', text: answer }],
      },
    });
  };
}

/**
 * A remote agent as a subagent (Mastra docs, "A2A": consume a remote A2A agent with `A2AAgent` on a
 * supervisor's `agents`): the support agent delegates the weather question to the remote agent.
 */
export async function remoteAgent(
  { observability }: Traced,
  scripts: { support: ScriptEntry[] },
  answer: string,
) {
  const remoteWeatherAgent = new A2AAgent({ url: CARD_URL, fetch: weatherService(answer) });
  const supportAgent = new Agent({
    id: 'support-agent',
    name: 'Support Agent',
    instructions: 'Answer user questions and delegate weather questions when needed.',
    model: mockModel('support-llm', scripts.support),
    agents: { remoteWeatherAgent },
    memory: new MockMemory(),
  });
  const mastra = new Mastra({ agents: { supportAgent }, logger: false, observability });
  return (await mastra.getAgent('supportAgent').generate('Will it rain in Lisbon tomorrow?', { maxSteps: 5 }))
    .text;
}
