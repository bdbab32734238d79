import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { z } from 'zod';
import { mockModel, type Traced } from './run-pattern.ts';

/**
 * Human in the loop (Mastra docs, "Workflows: Human-in-the-loop"): a step `suspend()`s with what the
 * human must judge, and `run.resume({ step, resumeData })` carries the human's answer into it; here
 * the writer drafts, the review step waits for a human, and its editor agent applies the human's note.
 */
export async function workflowHumanReview(
  { observability }: Traced,
  scripts: { writer: ScriptEntry[]; editor: ScriptEntry[] },
  answer: { approved: boolean; note: string },
) {
  const writer = new Agent({
    id: 'writer',
    name: 'Writer',
    instructions: 'You write product announcements.',
    model: mockModel('writer-llm', scripts.writer),
  });
  const editor = new Agent({
    id: 'editor',
    name: 'Editor',
    instructions: 'You apply review notes to drafts.',
    model: mockModel('editor-llm', scripts.editor),
  });
  const draft = createStep({
    id: 'draft',
    inputSchema: z.object({ product: z.string() }),
    outputSchema: z.object({ draft: z.string() }),
    execute: async ({ inputData, mastra }) => ({
      draft: (await mastra.getAgent('writer').generate(`Announce ${inputData.product}.`)).text,
    }),
  });
  const review = createStep({
    id: 'review',
    inputSchema: z.object({ draft: z.string() }),
    outputSchema: z.object({ announcement: z.string() }),
    resumeSchema: z.object({ approved: z.boolean(), note: z.string() }),
    suspendSchema: z.object({ reason: z.string(), draft: z.string() }),
    execute: async ({ inputData, resumeData, suspend, bail, mastra }) => {
      if (!resumeData) return await suspend({ reason: 'Approve this announcement?', draft: inputData.draft });
      if (!resumeData.approved) return bail({ announcement: '' });
      const edited = await mastra
        .getAgent('editor')
        .generate(`Apply the reviewer's note "${resumeData.note}" to: ${inputData.draft}`);
      return { announcement: edited.text };
    },
  });
  const announce = createWorkflow({
    id: 'announce',
    inputSchema: z.object({ product: z.string() }),
    outputSchema: z.object({ announcement: z.string() }),
  })
    .then(draft)
    .then(review)
    .commit();
  const mastra = new Mastra({
    agents: { writer, editor },
    workflows: { announce },
    logger: false,
    observability,
  });

  const run = await mastra.getWorkflow('announce').createRun();
  const asked = await run.start({ inputData: { product: 'the Aurora e-bike' } });
  const resumed = await run.resume({ step: 'review', resumeData: answer });
  return { asked, resumed };
}
