import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createTool } from '@mastra/core/tools';
import { z } from 'zod';
import { mockModel, type Traced } from './run-pattern.ts';

/**
 * A tool that calls an agent (Mastra docs, "Tools", calling agents from a tool's `execute` through
 * `context.mastra`): the assistant's `translate` tool runs a translator agent.
 */
export async function toolCallsAgent(
  { observability }: Traced,
  scripts: { assistant: ScriptEntry[]; translator: ScriptEntry[] },
) {
  const translator = new Agent({
    id: 'translator',
    name: 'Translator',
    instructions: 'Translate the text into the language asked for.',
    model: mockModel('translator-llm', scripts.translator),
  });
  const translate = createTool({
    id: 'translate',
    description: 'Translate a text into another language.',
    inputSchema: z.object({ text: z.string(), language: z.string() }),
    outputSchema: z.object({ translation: z.string() }),
    execute: async ({ text, language }, context) => {
      const agent = context?.mastra?.getAgent('translator');
      if (!agent) throw new Error('translator agent not registered');
      const response = await agent.generate(`Translate into ${language}: ${text}`);
      return { translation: response.text };
    },
  });
  const assistant = new Agent({
    id: 'assistant',
    name: 'Assistant',
    instructions: 'Help the user; use the translate tool for translations.',
    model: mockModel('assistant-llm', scripts.assistant),
    tools: { translate },
  });
  const mastra = new Mastra({ agents: { assistant, translator }, logger: false, observability });
  return (await mastra.getAgent('assistant').generate('How do I say "where is the station" in Portuguese?'))
    .text;
}
