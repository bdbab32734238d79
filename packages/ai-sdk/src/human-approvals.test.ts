import { describe, expect, it } from 'vitest';
import { humanApprovals } from './human-approvals.ts';

const history = [
  { role: 'user', content: 'Delete the old invoices.' },
  {
    role: 'assistant',
    content: [
      {
        type: 'tool-call',
        toolCallId: 'call-1',
        toolName: 'deleteInvoices',
        input: { before: '2024-01-01' },
      },
      { type: 'tool-approval-request', approvalId: 'approval-1', toolCallId: 'call-1' },
    ],
  },
  {
    role: 'tool',
    content: [
      { type: 'tool-approval-response', approvalId: 'approval-1', approved: false, reason: 'Keep 2023.' },
    ],
  },
];

describe('humanApprovals', () => {
  it('hands over each answer once, though later calls repeat the history', () => {
    const answered = new Set<string>();
    expect(humanApprovals(history, answered)).toEqual([
      {
        kind: 'return',
        from: 'human',
        content: 'Keep 2023.',
        payload: {
          approved: false,
          reason: 'Keep 2023.',
          toolName: 'deleteInvoices',
          input: { before: '2024-01-01' },
        },
        metadata: {
          human: true,
          approvalId: 'approval-1',
          question: { toolName: 'deleteInvoices', input: { before: '2024-01-01' } },
        },
      },
    ]);
    expect(humanApprovals([...history, { role: 'assistant', content: 'Kept 2023.' }], answered)).toEqual([]);
  });

  it('finds nothing in plain text messages', () => {
    expect(humanApprovals([{ role: 'user', content: 'hi' }], new Set())).toEqual([]);
  });
});
