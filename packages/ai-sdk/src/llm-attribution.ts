import {
  type FailureAttribution,
  type FailureAttributionInput,
  type FailureAttributor,
  FindingKindSchema,
} from '@handoff/core';
import { generateText, type LanguageModel, Output } from 'ai';
import { z } from 'zod';
import { type RenderedTrace, renderTrace } from './render-trace.ts';

export interface LlmAttributionOptions {
  model: LanguageModel;
  /**
   * `all-at-once` (default): the whole trace in one prompt, one answer. `step-wise`: the trace up to
   * each step in turn, asking whether that step is the first faulty one; stops at the first yes.
   */
  mode?: 'all-at-once' | 'step-wise';
  /** Budget of one prompt in tokens (about 4 characters each). Default 12,000. */
  maxPromptTokens?: number;
  /** Calls per question before giving up on malformed answers or errors. Default 2. */
  maxAttempts?: number;
  /** Most steps a step-wise walk asks about. Default 40. */
  maxSteps?: number;
  /** Where failures go (the deterministic answer then stands). Never given a key. */
  onError?: (error: unknown) => void;
  /** Names the answers, e.g. `llm:gpt-4o`. Default `llm`. */
  name?: string;
}

const KINDS = FindingKindSchema.options;

const BlameSchema = z.object({
  step: z.number().int(),
  agent: z.string(),
  kind: z.enum(KINDS),
  reason: z.string().min(1),
});
const StepVerdictSchema = z.object({
  faulty: z.boolean(),
  kind: z.enum(KINDS).optional(),
  reason: z.string(),
});

const INSTRUCTIONS = [
  'A multi-agent run gave a wrong or no answer. Find the agent and the step that caused the failure:',
  'the earliest step whose own output introduced the wrong content that reached the answer. An error of a',
  'tool or program run belongs to the agent whose step ran it; a loop belongs to the agent that repeats',
  'itself; an agent that declared success on work nobody checked owns that verdict.',
  `Kinds: ${KINDS.join(', ')}.`,
].join(' ');

/** An answer that does not fit the trace: the model is asked again, within the attempt budget. */
class MalformedAnswer extends Error {
  override name = 'MalformedAnswer';
}

/**
 * Failure attribution by an LLM, on any AI SDK model: given the structured trace within a token
 * budget (the deterministic findings and suspects as hints), it names the step (turn), agent, kind
 * and reason of a known failure. Pass `attribute` to `analyze(trace, { failed: true, attribute })`.
 * Malformed answers are asked again up to `maxAttempts`; then it abstains and the deterministic
 * answer stands. It logs nothing itself.
 */
export function llmAttribution(options: LlmAttributionOptions): { attribute: FailureAttributor } {
  const maxChars = (options.maxPromptTokens ?? 12_000) * 4;
  const attempts = Math.max(1, options.maxAttempts ?? 2);
  const name = options.name ?? 'llm';
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // nowhere left to report to
    }
  };

  /** Asks until an answer parses and fits, at most `attempts` times. */
  async function ask<T>(prompt: string, schema: z.ZodType<T>, fits: (answer: T) => void): Promise<T> {
    let last: unknown;
    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        const retry =
          attempt === 0 ? '' : `\n\nYour previous answer was unusable (${describe(last)}). Answer again.`;
        const result = await generateText({
          model: options.model,
          prompt: `${prompt}${retry}`,
          output: Output.object({ schema }),
        });
        const answer = schema.parse(result.output);
        fits(answer);
        return answer;
      } catch (error) {
        last = error;
      }
    }
    throw last;
  }

  const budgetFor = (instructions: string) => maxChars - instructions.length - 200;

  async function allAtOnce(input: FailureAttributionInput): Promise<FailureAttribution> {
    const question =
      'Answer with the step number in brackets, the agent of that step, the kind, and a one-sentence reason.';
    const rendered = renderTrace(input.trace, {
      maxChars: budgetFor(INSTRUCTIONS + question),
      findings: input.findings,
      suspects: input.suspects,
    });
    const answer = await ask(`${INSTRUCTIONS}\n\n${rendered.text}\n\n${question}`, BlameSchema, (a) =>
      stepOf(rendered, a.step, a.agent),
    );
    const step = stepOf(rendered, answer.step, answer.agent);
    return { turnId: step.turnId, kind: answer.kind, reason: answer.reason, attributor: name };
  }

  async function stepWise(input: FailureAttributionInput): Promise<FailureAttribution | undefined> {
    const total = Math.min(input.trace.turns.length, options.maxSteps ?? 40);
    for (let upTo = 1; upTo <= total; upTo++) {
      const question = `Is step [${upTo}] the first step that made the run fail? Answer faulty true or false, the kind if true, and a one-sentence reason.`;
      const rendered = renderTrace(input.trace, {
        maxChars: budgetFor(INSTRUCTIONS + question),
        findings: input.findings,
        suspects: input.suspects,
        upTo,
      });
      const verdict = await ask(
        `${INSTRUCTIONS}\n\n${rendered.text}\n\n${question}`,
        StepVerdictSchema,
        () => {},
      );
      if (!verdict.faulty) continue;
      const step = rendered.steps[upTo - 1]!;
      return {
        turnId: step.turnId,
        reason: verdict.reason,
        attributor: name,
        ...(verdict.kind ? { kind: verdict.kind } : {}),
      };
    }
    return undefined;
  }

  const attribute: FailureAttributor = async (input) => {
    if (input.trace.turns.length === 0) return undefined;
    try {
      return options.mode === 'step-wise' ? await stepWise(input) : await allAtOnce(input);
    } catch (error) {
      report(error);
      return undefined;
    }
  };
  return { attribute };
}

function stepOf(rendered: RenderedTrace, step: number, agent: string) {
  const found = rendered.steps[step - 1];
  if (!found) throw new MalformedAnswer(`step ${step} is not one of steps 1..${rendered.steps.length}`);
  if (found.agent.toLowerCase() !== agent.trim().toLowerCase())
    throw new MalformedAnswer(`step ${step} is by ${found.agent}, not ${agent}`);
  return found;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160);
}
