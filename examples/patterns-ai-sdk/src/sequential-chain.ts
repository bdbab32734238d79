import { generateText, Output } from 'ai';
import { z } from 'zod';
import type { Agents } from './traced-agents.ts';

/**
 * Sequential processing (AI SDK docs, "Workflow Patterns"): each step's output is the next step's
 * input. A copywriter writes, a quality checker scores the copy, and the copywriter rewrites it when
 * the check fails.
 */
export async function generateMarketingCopy(input: string, agents: Agents) {
  // First step: Generate marketing copy
  const { text: copy } = await generateText({
    model: agents.model('copywriter'),
    prompt: `Write persuasive marketing copy for: ${input}. Focus on benefits and emotional appeal.`,
    telemetry: agents.telemetry('copywriter'),
  });

  // Perform quality check on copy
  const { output: qualityMetrics } = await generateText({
    model: agents.model('quality_checker'),
    output: Output.object({
      schema: z.object({
        hasCallToAction: z.boolean(),
        emotionalAppeal: z.number().min(1).max(10),
        clarity: z.number().min(1).max(10),
      }),
    }),
    prompt: `Evaluate this marketing copy for:
    1. Presence of call to action (true/false)
    2. Emotional appeal (1-10)
    3. Clarity (1-10)

    Copy to evaluate: ${copy}`,
    telemetry: agents.telemetry('quality_checker'),
  });

  // If quality check fails, regenerate with more specific instructions
  if (!qualityMetrics.hasCallToAction || qualityMetrics.emotionalAppeal < 7 || qualityMetrics.clarity < 7) {
    const { text: improvedCopy } = await generateText({
      model: agents.model('copywriter'),
      prompt: `Rewrite this marketing copy with:
      ${!qualityMetrics.hasCallToAction ? '- A clear call to action' : ''}
      ${qualityMetrics.emotionalAppeal < 7 ? '- Stronger emotional appeal' : ''}
      ${qualityMetrics.clarity < 7 ? '- Improved clarity and directness' : ''}

      Original copy: ${copy}`,
      telemetry: agents.telemetry('copywriter'),
    });
    return { copy: improvedCopy, qualityMetrics };
  }

  return { copy, qualityMetrics };
}
