import { streamText } from 'ai';
import type { Agents } from './traced-agents.ts';

/**
 * The sequential chain with `streamText`: an outline streams to the UI, then the draft written from it
 * streams too. Each step's streamed text is the next step's prompt.
 */
export async function outlineThenDraft(topic: string, agents: Agents, onText: (delta: string) => void) {
  const outline = streamText({
    model: agents.model('outliner'),
    prompt: `Write a three-point outline for a short post about ${topic}.`,
    telemetry: agents.telemetry('outliner'),
  });
  for await (const delta of outline.textStream) onText(delta);

  const draft = streamText({
    model: agents.model('writer'),
    prompt: `Write the post from this outline:\n${await outline.text}`,
    telemetry: agents.telemetry('writer'),
  });
  for await (const delta of draft.textStream) onText(delta);
  return await draft.text;
}
