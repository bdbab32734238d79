import type { HandoffInput } from '@handoff/core';

/** The participant that answers a tool approval request: not an agent, it has no turns. */
const HUMAN = 'human';

interface Part {
  type?: string;
  approvalId?: string;
  approved?: boolean;
  reason?: string;
  toolCallId?: string;
  toolName?: string;
  input?: unknown;
}

/**
 * The human's answers to tool approval requests (`toolApproval: 'user-approval'`) that a call's
 * messages carry for the first time: each a `return` handoff from `human` to the agent that asked,
 * for the turn the call opens. A denial's reason is shown to the model, so it is the content; an
 * approval only lets the tool run (its reason never reaches the model): a decision, marked routing.
 * `answered` holds the approval ids already handed over (later calls repeat the history).
 */
export function humanApprovals(
  messages: readonly unknown[] | undefined,
  answered: Set<string>,
  asked: Map<string, { workflowId: string; turnId: string }> = new Map(),
): Omit<HandoffInput, 'to' | 'toTurnId'>[] {
  const parts = (messages ?? []).flatMap((message) => {
    const content = (message as { content?: unknown }).content;
    return Array.isArray(content) ? (content as Part[]) : [];
  });
  const calls = new Map(parts.filter((p) => p.type === 'tool-call').map((p) => [p.toolCallId, p]));
  const requests = new Map(
    parts.filter((p) => p.type === 'tool-approval-request').map((p) => [p.approvalId, p]),
  );
  const out: Omit<HandoffInput, 'to' | 'toTurnId'>[] = [];
  for (const response of parts) {
    if (
      response.type !== 'tool-approval-response' ||
      !response.approvalId ||
      answered.has(response.approvalId)
    )
      continue;
    answered.add(response.approvalId);
    const askedIn = asked.get(response.approvalId);
    asked.delete(response.approvalId);
    const call = calls.get(requests.get(response.approvalId)?.toolCallId);
    const content = response.approved ? '' : (response.reason ?? '');
    out.push({
      kind: 'return',
      from: HUMAN,
      content,
      payload: {
        approved: response.approved === true,
        ...(response.reason ? { reason: response.reason } : {}),
        ...(call ? { toolName: call.toolName, input: call.input } : {}),
      },
      metadata: {
        human: true,
        approvalId: response.approvalId,
        ...(call ? { question: { toolName: call.toolName, input: call.input } } : {}),
        ...(askedIn ? { askedIn } : {}),
        ...(content === '' ? { routing: true } : {}),
      },
    });
  }
  return out;
}

export interface ApprovalRequest {
  approvalId: string;
  toolName: string | undefined;
  input: unknown;
}

/** The approval requests a call ended with (its `content`), for the turn that asked a human. */
export function approvalRequests(content: readonly unknown[] | undefined): ApprovalRequest[] {
  return (content ?? []).flatMap((raw) => {
    const part = raw as Part & { isAutomatic?: boolean; toolCall?: Part };
    if (part.type !== 'tool-approval-request' || part.isAutomatic || !part.approvalId) return [];
    return [{ approvalId: part.approvalId, toolName: part.toolCall?.toolName, input: part.toolCall?.input }];
  });
}
