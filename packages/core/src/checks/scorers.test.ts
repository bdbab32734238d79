import { describe, expect, it } from 'vitest';
import type { AgentTurn } from '../model/trace.ts';
import { emptyOutput, type ScoreResult, type ScorerInput } from './scorers.ts';

const turn = (agent: string, modelOutput: string, toolCalls: unknown[] = []) =>
  ({
    agent,
    toolCalls: [],
    modelCalls: [{ output: modelOutput, toolCalls }],
  }) as unknown as AgentTurn;
const score = (output: string, t: AgentTurn) =>
  emptyOutput({ output, turn: t, task: 'Check every figure.' } as ScorerInput) as ScoreResult | undefined;

describe('emptyOutput', () => {
  it('reads a graph node update that only carries its own name around an empty answer as empty', () => {
    expect(score('{"results":[["fact_checker",""]]}', turn('fact_checker', ''))?.value).toBe(0);
  });
  it('keeps an update with values, or a model that answered or called a tool', () => {
    expect(score('{"approved":false,"reason":"figures off"}', turn('fact_checker', ''))).toBeUndefined();
    expect(
      score('{"results":[["fact_checker",""]]}', turn('fact_checker', 'All figures hold.')),
    ).toBeUndefined();
    expect(
      score('{"results":[["fact_checker",""]]}', turn('fact_checker', '', [{ name: 'search', args: {} }])),
    ).toBeUndefined();
  });
});
