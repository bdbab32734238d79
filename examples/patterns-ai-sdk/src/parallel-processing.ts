import { generateText, Output } from 'ai';
import { z } from 'zod';
import type { Agents } from './traced-agents.ts';

/**
 * Parallel processing (AI SDK docs, "Workflow Patterns"): three specialised reviewers run at once,
 * and a lead summarises their structured reviews.
 */
export async function parallelCodeReview(code: string, agents: Agents) {
  // Run parallel reviews
  const [securityReview, performanceReview, maintainabilityReview] = await Promise.all([
    generateText({
      model: agents.model('security_reviewer'),
      instructions:
        'You are an expert in code security. Focus on identifying security vulnerabilities, injection risks, and authentication issues.',
      output: Output.object({
        schema: z.object({
          vulnerabilities: z.array(z.string()),
          riskLevel: z.enum(['low', 'medium', 'high']),
          suggestions: z.array(z.string()),
        }),
      }),
      prompt: `Review this code:
      ${code}`,
      telemetry: agents.telemetry('security_reviewer'),
    }),

    generateText({
      model: agents.model('performance_reviewer'),
      instructions:
        'You are an expert in code performance. Focus on identifying performance bottlenecks, memory leaks, and optimization opportunities.',
      output: Output.object({
        schema: z.object({
          issues: z.array(z.string()),
          impact: z.enum(['low', 'medium', 'high']),
          optimizations: z.array(z.string()),
        }),
      }),
      prompt: `Review this code:
      ${code}`,
      telemetry: agents.telemetry('performance_reviewer'),
    }),

    generateText({
      model: agents.model('quality_reviewer'),
      instructions:
        'You are an expert in code quality. Focus on code structure, readability, and adherence to best practices.',
      output: Output.object({
        schema: z.object({
          concerns: z.array(z.string()),
          qualityScore: z.number().min(1).max(10),
          recommendations: z.array(z.string()),
        }),
      }),
      prompt: `Review this code:
      ${code}`,
      telemetry: agents.telemetry('quality_reviewer'),
    }),
  ]);

  const reviews = [
    { ...securityReview.output, type: 'security' },
    { ...performanceReview.output, type: 'performance' },
    { ...maintainabilityReview.output, type: 'maintainability' },
  ];

  // Aggregate results using another model instance
  const { text: summary } = await generateText({
    model: agents.model('tech_lead'),
    instructions: 'You are a technical lead summarizing multiple code reviews.',
    prompt: `Synthesize these code review results into a concise summary with key actions:
    ${JSON.stringify(reviews, null, 2)}`,
    telemetry: agents.telemetry('tech_lead'),
  });

  return { reviews, summary };
}
