import { z } from 'zod';
import type { AgentSpec, Reply } from '../scenario.ts';

export interface ToolPlan {
  name: string;
  description: string;
  schema: z.ZodObject<Record<string, z.ZodType>>;
  /** Plays the next scripted result of this tool: returns it, or throws its error. */
  execute(args: unknown): Promise<string>;
}

type ToolCallReply = Extract<Reply, { call: string }>;

const isCall = (reply: Reply): reply is ToolCallReply => 'call' in reply;

function fieldSchema(values: unknown[]): z.ZodType {
  const types = new Set(values.map((value) => typeof value));
  const base =
    types.size === 1 && types.has('string')
      ? z.string()
      : types.size === 1 && types.has('number')
        ? z.number()
        : types.size === 1 && types.has('boolean')
          ? z.boolean()
          : z.unknown();
  return base;
}

/**
 * The tools an agent's script calls, each answering with its scripted results in call order. The
 * argument schema is read off the scripted calls, as a developer would have written it.
 */
export function agentTools(agent: AgentSpec): ToolPlan[] {
  const calls = agent.replies.filter(isCall);
  const names = [...new Set(calls.map((call) => call.call))];
  return names.map((name) => {
    const own = calls.filter((call) => call.call === name);
    const keys = [...new Set(own.flatMap((call) => Object.keys(call.args)))];
    const shape: Record<string, z.ZodType> = {};
    for (const key of keys) {
      const values = own.filter((call) => key in call.args).map((call) => call.args[key]);
      const field = fieldSchema(values);
      shape[key] = values.length === own.length ? field : field.optional();
    }
    let next = 0;
    return {
      name,
      description: `${name.replaceAll('_', ' ')} (${agent.name}'s tool)`,
      schema: z.object(shape),
      async execute() {
        const call = own[Math.min(next++, own.length - 1)]!;
        if (typeof call.result !== 'string') throw new Error(call.result.error);
        return call.result;
      },
    };
  });
}
