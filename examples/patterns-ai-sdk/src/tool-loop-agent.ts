import { isStepCount, ToolLoopAgent, tool } from 'ai';
import { z } from 'zod';
import type { Agents } from './traced-agents.ts';

/**
 * One `ToolLoopAgent` over several steps (AI SDK docs, "Building Agents"): it calls tools, reads their
 * results and answers. A single agent: no handoffs, one turn with its model and tool calls.
 */
export async function weatherAgent(question: string, agents: Agents) {
  const agent = new ToolLoopAgent({
    model: agents.model('weather_agent'),
    instructions: 'You answer weather questions in Celsius.',
    tools: {
      weather: tool({
        description: 'Get the weather in a location (in Fahrenheit)',
        inputSchema: z.object({ location: z.string().describe('The location to get the weather for') }),
        execute: async ({ location }) => ({ location, temperature: 72 }),
      }),
      convertFahrenheitToCelsius: tool({
        description: 'Convert temperature from Fahrenheit to Celsius',
        inputSchema: z.object({ temperature: z.number().describe('Temperature in Fahrenheit') }),
        execute: async ({ temperature }) => ({ celsius: Math.round((temperature - 32) * (5 / 9)) }),
      }),
    },
    stopWhen: isStepCount(20),
    telemetry: agents.telemetry('weather_agent'),
  });
  return (await agent.generate({ prompt: question })).text;
}
