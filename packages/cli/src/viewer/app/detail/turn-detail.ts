import type { AgentTurn } from '@handoff/core';
import { h } from 'preact';
import type { WorkflowView } from '../types.ts';
import { Badge } from '../ui/badge.ts';
import { Block, TextBox } from '../ui/block.ts';
import { formatClock, formatDuration } from '../ui/format-time.ts';
import { FindingCards } from './finding-cards.ts';

/** One agent turn: input, output, reasoning, context reads, model and tool calls, errors, findings. */
export function TurnDetail(props: { view: WorkflowView; turn: AgentTurn }) {
  const { turn, view } = props;
  const findings = view.analysis.findings.filter((f) => f.turnId === turn.id);
  const quality = view.analysis.scores.find((s) => s.name === 'quality' && s.target.id === turn.id);
  const items = view.trace.contextItems;
  return h(
    'div',
    { class: 'detail', 'data-testid': 'detail' },
    h(
      'h3',
      null,
      turn.agent,
      ' ',
      h(Badge, { kind: turn.status === 'error' ? 'bad' : 'neutral' }, turn.status),
    ),
    h(
      'div',
      { class: 'muted' },
      `${formatClock(turn.startedAt)} · ${formatDuration((turn.endedAt ?? turn.startedAt) - turn.startedAt)}${quality ? ` · quality ${quality.value.toFixed(2)}` : ''}`,
    ),
    h(
      Block,
      { title: 'Input' },
      turn.input.map((m, i) =>
        h(
          'div',
          { key: i, class: 'message' },
          h('span', { class: 'role' }, m.role),
          h(TextBox, { text: m.content }),
        ),
      ),
    ),
    h(Block, { title: 'Output' }, h(TextBox, { text: turn.output ?? '' })),
    turn.reasoning || turn.modelCalls.some((c) => c.reasoning)
      ? h(
          Block,
          { title: 'Reasoning' },
          h(TextBox, { text: turn.reasoning ?? turn.modelCalls.map((c) => c.reasoning ?? '').join('\n') }),
        )
      : null,
    turn.contextReads.length > 0
      ? h(
          Block,
          { title: 'Context reads' },
          turn.contextReads.map((read, i) => {
            const newer = items.filter(
              (item) =>
                item.key === read.key && item.version > read.version && item.producedAt <= read.readAt,
            );
            return h(
              'div',
              { key: i, class: newer.length ? 'bad-text' : '' },
              `${read.key} v${read.version} (${read.via}) ${newer.length ? `— stale: v${newer.at(-1)?.version} existed` : '— fresh'}`,
            );
          }),
        )
      : null,
    turn.modelCalls.length > 0
      ? h(
          Block,
          { title: 'Model calls' },
          turn.modelCalls.map((call) =>
            h(
              'div',
              { key: call.id, class: 'row' },
              `${call.model} · ${call.latencyMs} ms · in ${call.usage.inputTokens ?? '?'} / out ${call.usage.outputTokens ?? '?'}${call.usage.reasoningTokens ? ` (reasoning ${call.usage.reasoningTokens})` : ''} tokens${call.finishReason ? ` · ${call.finishReason}` : ''}`,
            ),
          ),
        )
      : null,
    turn.toolCalls.length > 0
      ? h(
          Block,
          { title: 'Tool calls' },
          turn.toolCalls.map((call) =>
            h(
              'div',
              { key: call.id, class: `tool ${call.error ? 'bad-text' : ''}` },
              h('strong', null, call.name),
              h(TextBox, { text: JSON.stringify(call.args) }),
              h(TextBox, {
                text: call.error
                  ? `${call.error.name}: ${call.error.message}`
                  : typeof call.result === 'string'
                    ? call.result
                    : JSON.stringify(call.result),
              }),
            ),
          ),
        )
      : null,
    turn.errors.length > 0
      ? h(
          Block,
          { title: 'Errors' },
          turn.errors.map((e, i) => h('div', { key: i, class: 'bad-text' }, `${e.name}: ${e.message}`)),
        )
      : null,
    h(FindingCards, { findings }),
  );
}
