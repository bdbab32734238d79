import type { AgentSpec } from '../scenario.ts';

/** The message an agent receives, worded by the program's template for it. */
export function fillPrompt(agent: AgentSpec, input: string, request: string): string {
  return (agent.prompt ?? '{input}').replaceAll('{input}', input).replaceAll('{request}', request);
}
