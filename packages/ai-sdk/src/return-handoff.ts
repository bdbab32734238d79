import { type TurnHandle, textOf, type WorkflowHandle } from '@handoff/core';

/** What both recording modes know of an agent-as-tool run: who it is and which call it runs inside. */
interface SubRun {
  agent: string;
  workflow: WorkflowHandle;
  turn: TurnHandle;
  parent?: { run: { agent: string; turn: TurnHandle }; toolCallId: string; toolName: string };
}

/** A sub-agent's answer handed back to the agent whose tool call ran it (no-op for a top-level run). */
export function sendReturn(run: SubRun, output: unknown, at?: number): void {
  if (!run.parent) return;
  run.workflow.sendHandoff({
    kind: 'return',
    from: run.agent,
    to: run.parent.run.agent,
    fromTurnId: run.turn.id,
    toTurnId: run.parent.run.turn.id,
    content: textOf(output),
    metadata: { toolName: run.parent.toolName, toolCallId: run.parent.toolCallId },
    ...(at === undefined ? {} : { at }),
  });
}
