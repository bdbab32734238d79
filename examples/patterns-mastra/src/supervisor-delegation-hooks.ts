import type { Traced } from './run-pattern.ts';
import { type SupervisorScripts, supervisorTeam } from './supervisor.ts';

/**
 * Supervisor with delegation hooks (Mastra docs, "Subagents: Delegation hooks"): `onDelegationStart`
 * rewrites the prompt a subagent gets (`modifiedPrompt`) or rejects the delegation with a reason the
 * parent's model is shown instead of an answer; here a budget of one delegation.
 */
export async function supervisorWithDelegationHooks({ observability }: Traced, scripts: SupervisorScripts) {
  const mastra = supervisorTeam(observability, scripts);

  // A budget of one delegation: the second is rejected and the parent is told to write it itself.
  let delegations = 0;
  const stream = await mastra
    .getAgent('parentAgent')
    .stream('Research AI in education and write an article', {
      maxSteps: 10,
      delegation: {
        onDelegationStart: async (context) => {
          if (++delegations > 1)
            return {
              proceed: false,
              rejectionReason: 'Delegation budget used up: write the article yourself.',
            };
          if (context.primitiveId === 'research-agent')
            return { proceed: true, modifiedPrompt: `${context.prompt}\n\nFocus on 2024-2025 data.` };
          return { proceed: true };
        },
      },
    });
  let text = '';
  for await (const chunk of stream.textStream) text += chunk;
  return text;
}
