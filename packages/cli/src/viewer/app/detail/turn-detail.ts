import type { AgentTurn } from '@handoff/core';
import { h } from 'preact';
import { Badge } from '../ui/badge.ts';
import { Block, TextBox } from '../ui/block.ts';
import { formatDuration, formatInstant, formatOffset } from '../ui/format-time.ts';
import { sourceNote } from '../ui/source-note.ts';
import type { ViewIndex } from '../view-index.ts';
import { ContextReads } from './context-reads.ts';
import { FindingCards } from './finding-cards.ts';

/** One agent turn: input, output, reasoning, context reads, model and tool calls, errors, findings. */
export function TurnDetail(props: { index: ViewIndex; turn: AgentTurn }) {
  const { turn, index } = props;
  const { view } = index;
  const findings = index.findingsByTurn.get(turn.id) ?? [];
  const suspects = view.analysis.suspects;
  const suspect = suspects.find((s) => s.turnId === turn.id);
  const quality = view.analysis.scores.find((s) => s.name === 'quality' && s.target.id === turn.id);
  return h(
    'div',
    { class: 'detail', 'data-testid': 'detail' },
    h(
      'h3',
      null,
      turn.agent,
      ' ',
      h(
        Badge,
        { kind: turn.status === 'error' ? 'bad' : 'neutral' },
        turn.status === 'ok' ? 'turn ended' : turn.status,
      ),
      index.responsibleAgent === turn.agent && index.view.analysis.failure?.turnId === turn.id
        ? h(Badge, { kind: 'bad' }, 'root cause')
        : null,
    ),
    h(
      'div',
      { class: 'muted', title: formatInstant(turn.startedAt) },
      `started ${formatOffset(turn.startedAt - view.trace.workflow.startedAt)} · took ${formatDuration((turn.endedAt ?? turn.startedAt) - turn.startedAt)}${quality ? ` · quality ${quality.value.toFixed(2)}` : ''}${sourceNote(turn.metadata)}`,
    ),
    suspect
      ? h(
          'div',
          { class: 'bad-text', 'data-testid': 'suspect-note' },
          `suspect ${suspects.indexOf(suspect) + 1} of ${suspects.length} (${suspect.confidence.toFixed(2)}): ${suspect.reason}`,
        )
      : null,
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
    h(ContextReads, { index, turn }),
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
