import type { Tracer } from '@handoff/core';
import type { AgentSpec, Scenario } from '../scenario.ts';
import type { SimulatedClock } from './simulated-clock.ts';

export type RunMode = 'invoke' | 'stream';
export type Framework = 'langgraph' | 'ai-sdk' | 'mastra';
export const FRAMEWORKS: readonly Framework[] = ['langgraph', 'ai-sdk', 'mastra'];
export const MODES: readonly RunMode[] = ['invoke', 'stream'];

export interface RunContext {
  scenario: Scenario;
  mode: RunMode;
  tracer: Tracer;
  clock: SimulatedClock;
}

/** Turns a scenario into a program on one framework, runs it with Handoff attached, returns the answer. */
export type Runner = (context: RunContext) => Promise<string>;

export function agentOf(scenario: Scenario, name: string): AgentSpec {
  const agent = scenario.agents.find((candidate) => candidate.name === name);
  if (!agent) throw new Error(`scenario ${scenario.id}: no agent named "${name}"`);
  return agent;
}

/** What the program passes to `to` instead of the message meant for it (a program fault), if anything. */
export function lostPrompt(scenario: Scenario, to: string): string | null | undefined {
  const lose = scenario.program.lose;
  return lose?.to === to ? lose.prompt : undefined;
}

/** A program fault: the code handling `agent`'s answer throws (e.g. parsing it). */
export function crashAfter(scenario: Scenario, agent: string): void {
  const crash = scenario.program.crash;
  if (crash?.agent === agent) throw new Error(crash.error);
}
