import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { z } from 'zod';
import { mockModel, type Traced } from './run-pattern.ts';

const draft = z.object({ topic: z.string(), draft: z.string(), feedback: z.string(), approved: z.boolean() });

/**
 * A writer-reviewer loop with `.dountil()` (Mastra docs, "Control flow", looping; the nested-workflow
 * form): each round a writer drafts from the reviewer's feedback and the reviewer judges the draft,
 * until it is approved.
 */
export async function reviewLoop(
  { observability }: Traced,
  scripts: { writer: ScriptEntry[]; reviewer: ScriptEntry[] },
) {
  const writer = new Agent({
    id: 'writer',
    name: 'writer',
    instructions: 'Write a two-sentence product blurb; apply any feedback.',
    model: mockModel('writer-llm', scripts.writer),
  });
  const reviewer = new Agent({
    id: 'reviewer',
    name: 'reviewer',
    instructions: 'Review the blurb. Start with APPROVED if it is ready, else give one fix.',
    model: mockModel('reviewer-llm', scripts.reviewer),
  });
  const write = createStep({
    id: 'write',
    inputSchema: draft,
    outputSchema: draft,
    execute: async ({ inputData, mastra }) => {
      const prompt = inputData.feedback
        ? `Rewrite this blurb about ${inputData.topic}: ${inputData.draft}\nFeedback: ${inputData.feedback}`
        : `Write a blurb about ${inputData.topic}.`;
      return { ...inputData, draft: (await mastra.getAgent('writer').generate(prompt)).text };
    },
  });
  const review = createStep({
    id: 'review',
    inputSchema: draft,
    outputSchema: draft,
    execute: async ({ inputData, mastra }) => {
      const verdict = (await mastra.getAgent('reviewer').generate(`Review this blurb: ${inputData.draft}`))
        .text;
      return { ...inputData, feedback: verdict, approved: verdict.startsWith('APPROVED') };
    },
  });
  const round = createWorkflow({ id: 'round', inputSchema: draft, outputSchema: draft })
    .then(write)
    .then(review)
    .commit();
  const blurbWorkflow = createWorkflow({ id: 'blurb', inputSchema: draft, outputSchema: draft })
    .dountil(round, async ({ inputData }) => inputData.approved)
    .commit();
  const mastra = new Mastra({
    agents: { writer, reviewer },
    workflows: { blurbWorkflow },
    logger: false,
    observability,
  });

  const run = await mastra.getWorkflow('blurbWorkflow').createRun();
  return run.start({ inputData: { topic: 'a solar lantern', draft: '', feedback: '', approved: false } });
}
