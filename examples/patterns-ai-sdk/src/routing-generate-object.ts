import { generateObject, generateText } from 'ai';
import { z } from 'zod';
import type { Agents } from './traced-agents.ts';

/**
 * Routing with `generateObject` (the AI SDK's earlier structured-output call, deprecated in v7 in
 * favour of `generateText` with `output`, and still common): the object's `type` picks the agent.
 */
export async function routeWithGenerateObject(query: string, agents: Agents) {
  const { object: classification } = await generateObject({
    model: agents.model('classifier'),
    schema: z.object({
      reasoning: z.string(),
      type: z.enum(['general', 'refund', 'technical']),
    }),
    prompt: `Classify this customer query as general, refund or technical:\n${query}`,
    telemetry: agents.telemetry('classifier'),
  });
  const specialist = `${classification.type}_agent`;
  const { text } = await generateText({
    model: agents.model(specialist),
    instructions: `You are a customer service agent for ${classification.type} requests.`,
    prompt: query,
    telemetry: agents.telemetry(specialist),
  });
  return { text, classification };
}
