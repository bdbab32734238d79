import type { TurnHandle, WorkflowHandle } from '@handoff/core';

export interface StateContextOptions {
  /** Record state keys written by nodes as context items (key `state:<name>`). Default true. */
  stateAsContext?: boolean;
  /** State keys never recorded as context (large or churning ones). Default `['messages']`. */
  ignoreStateKeys?: string[];
}

function stateKeys(options: StateContextOptions, value: unknown): [string, unknown][] {
  if (options.stateAsContext === false || !value || typeof value !== 'object' || Array.isArray(value))
    return [];
  const ignore = new Set(options.ignoreStateKeys ?? ['messages']);
  return Object.entries(value).filter(([key, item]) => !ignore.has(key) && item !== undefined);
}

// State keys are per graph (`prefix`): a team's `next` is not its parent's `next`.

/** Records the state keys a node's turn was given as reads of the versions it saw. */
export function readState(
  options: StateContextOptions,
  workflow: WorkflowHandle,
  turn: TurnHandle,
  prefix: string,
  inputs: unknown,
): void {
  for (const [key, value] of stateKeys(options, inputs))
    workflow.readContext({ key: `state:${prefix}${key}`, turnId: turn.id, value, via: 'state' });
}

/** Records the keys a node wrote, except routing decisions (they pick the next node; no agent reads them). */
export function writeState(
  options: StateContextOptions,
  turn: TurnHandle,
  prefix: string,
  update: unknown,
  routingKeys: ReadonlySet<string>,
): void {
  for (const [key, value] of stateKeys(options, update))
    if (!routingKeys.has(key)) turn.provideContext({ key: `state:${prefix}${key}`, value, source: 'state' });
}
