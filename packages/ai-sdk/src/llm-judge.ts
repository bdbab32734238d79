import {
  type DeliveryJudge,
  type DeliveryJudgeInput,
  type DeliveryVerdictResult,
  hashText,
  type ScoreResult,
  type Scorer,
  type ScorerInput,
} from '@handoff/core';
import { generateText, type LanguageModel, Output } from 'ai';
import { z } from 'zod';

const VerdictSchema = z.object({
  verdict: z.enum(['understood', 'partially', 'misunderstood']),
  score: z.number().min(0).max(1),
  evidence: z.array(z.object({ constraint: z.string(), finding: z.string() })).max(8),
});

const QualitySchema = z.object({ score: z.number().min(0).max(1), reason: z.string() });

export interface LlmJudgeOptions {
  model: LanguageModel;
  /** Most judge calls in flight at once. Default 2. */
  concurrency?: number;
  /** Where judge failures go (e.g. `tracer.diagnostic`); a failure never throws into the analysis. */
  onError?: (error: unknown) => void;
}

export interface LlmJudge {
  /** A semantic-delivery judge for `analyze(trace, { judge })`. */
  judge: DeliveryJudge;
  /** A quality scorer for `analyze(trace, { scorers: [scorer] })`. */
  scorer: Scorer;
}

/** A tiny semaphore: judge calls wait for a free slot. */
function limiter(concurrency: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * An LLM judge for Handoff's checks, on any AI SDK model: a delivery judge ("did the receiver
 * understand the task?") and a quality scorer, each asking for a score, a verdict and the evidence as
 * structured output. Results are cached per (input, output); calls are concurrency-limited; a failed
 * call leaves the heuristic verdict in place and is reported through `onError`.
 */
export function llmJudge(options: LlmJudgeOptions): LlmJudge {
  const limit = limiter(options.concurrency ?? 2);
  const cache = new Map<string, Promise<unknown>>();
  const cached = <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    let hit = cache.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = limit(fn);
      cache.set(key, hit);
      hit.catch(() => cache.delete(key));
    }
    return hit;
  };
  const fail = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // the error handler failed too: the heuristic result stands
    }
    return undefined;
  };

  const judge: DeliveryJudge = async (
    input: DeliveryJudgeInput,
  ): Promise<DeliveryVerdictResult | undefined> => {
    const prompt = [
      'You check whether an agent understood a task handed to it by another agent.',
      `TASK (from ${input.handoff.from} to ${input.handoff.to}):\n${input.task}`,
      `WHAT THE RECEIVER DID FIRST (tool arguments, first reply, output):\n${input.receiverActions.slice(0, 6000)}`,
      `A heuristic found: ${input.heuristic.verdict} (${input.heuristic.evidence.map((e) => `${e.label}: ${e.detail}`).join('; ') || 'no issue'}).`,
      'Answer with a verdict (understood, partially, misunderstood), a score from 0 to 1, and evidence: each constraint of the task that was kept, changed or dropped.',
    ].join('\n\n');
    try {
      const result = await cached(hashText(`delivery\u0000${input.task}\u0000${input.receiverActions}`), () =>
        generateText({ model: options.model, prompt, output: Output.object({ schema: VerdictSchema }) }),
      );
      const verdict = VerdictSchema.parse(result.output);
      return {
        verdict: verdict.verdict,
        score: verdict.score,
        evidence: verdict.evidence.map((e) => ({ label: `constraint "${e.constraint}"`, detail: e.finding })),
        judge: 'llm',
      };
    } catch (error) {
      return fail(error);
    }
  };

  const scorer: Scorer = async (input: ScorerInput): Promise<ScoreResult | undefined> => {
    if (!input.output.trim()) return undefined;
    const prompt = [
      'You grade the output of one agent that another agent will use.',
      input.task ? `ITS TASK:\n${input.task}` : 'ITS TASK: (not stated)',
      `ITS OUTPUT:\n${input.output.slice(0, 6000)}`,
      'Give a score from 0 (useless: refusal, error, off-task, empty) to 1 (complete and correct for the task) and a one-sentence reason.',
    ].join('\n\n');
    try {
      const result = await cached(hashText(`quality\u0000${input.task ?? ''}\u0000${input.output}`), () =>
        generateText({ model: options.model, prompt, output: Output.object({ schema: QualitySchema }) }),
      );
      const graded = QualitySchema.parse(result.output);
      return { value: graded.score, reason: `LLM judge: ${graded.reason}` };
    } catch (error) {
      return fail(error);
    }
  };
  Object.defineProperty(scorer, 'name', { value: 'llm_judge' });
  return { judge, scorer };
}
