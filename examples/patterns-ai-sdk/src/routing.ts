import { generateText, Output } from 'ai';
import { z } from 'zod';
import type { Agents } from './traced-agents.ts';

/**
 * Routing (AI SDK docs, "Workflow Patterns"): a first call classifies the query, and its decision picks
 * the instructions (and model size) of the agent that answers.
 */
export async function handleCustomerQuery(query: string, agents: Agents) {
  // First step: Classify the query type
  const { output: classification } = await generateText({
    model: agents.model('classifier'),
    output: Output.object({
      schema: z.object({
        reasoning: z.string(),
        type: z.enum(['general', 'refund', 'technical']),
        complexity: z.enum(['simple', 'complex']),
      }),
    }),
    prompt: `Classify this customer query:
    ${query}

    Determine:
    1. Query type (general, refund, or technical)
    2. Complexity (simple or complex)
    3. Brief reasoning for classification`,
    telemetry: agents.telemetry('classifier'),
  });

  // Route based on classification: the chosen specialist answers with its own instructions.
  const specialist = `${classification.type}_agent`;
  const { text: response } = await generateText({
    model: agents.model(specialist),
    instructions: {
      general: 'You are an expert customer service agent handling general inquiries.',
      refund:
        'You are a customer service agent specializing in refund requests. Follow company policy and collect necessary information.',
      technical:
        'You are a technical support specialist with deep product knowledge. Focus on clear step-by-step troubleshooting.',
    }[classification.type],
    prompt: query,
    telemetry: agents.telemetry(specialist),
  });

  return { response, classification };
}
