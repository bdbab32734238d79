import { h } from 'preact';
import { useMemo } from 'preact/hooks';
import { SuspectList } from '../detail/suspect-list.ts';
import type { Selection } from '../selection.ts';
import { Badge } from '../ui/badge.ts';
import { Block } from '../ui/block.ts';
import { formatDuration } from '../ui/format-time.ts';
import { plural } from '../ui/plural.ts';
import { runStatus } from '../ui/run-status.ts';
import type { ViewIndex } from '../view-index.ts';
import { type Prices, runTotals } from './run-totals.ts';

const number = (n: number) => Math.round(n).toLocaleString();

const HEADER_HELP: Record<string, string> = {
  chars: 'characters handed over',
  wait: 'mean time from sending to the receiver’s turn',
  score: 'lowest delivery score (1 = task fully understood)',
  tokens: 'tokens of the receiving turns’ model calls',
  cost: 'cost of the receiving turns’ model calls',
};

/** The run at a glance, shown in the detail panel when nothing is selected: status and totals. */
export function RunSummary(props: {
  index: ViewIndex;
  prices?: Prices | undefined;
  selection: Selection;
  onSelect: (selection: Selection) => void;
}) {
  const { index } = props;
  const { trace, analysis } = index.view;
  const totals = useMemo(() => runTotals(index, props.prices), [index, props.prices]);
  const status = runStatus(trace.workflow.status, analysis.failure?.kind, trace.workflow.feedback?.correct);
  const end =
    trace.workflow.endedAt ??
    trace.turns.reduce((latest, t) => Math.max(latest, t.endedAt ?? t.startedAt), trace.workflow.startedAt);
  const edgeCost = totals.edges.length > 0 && totals.edges.every((e) => e.receiverCost !== undefined);
  const tokens = totals.agents.reduce((n, a) => n + a.inputTokens + a.outputTokens, 0);
  const costs = totals.agents.map((a) => a.cost);
  const cost =
    costs.every((c) => c !== undefined) && costs.length > 0 ? costs.reduce((n, c) => n + c!, 0) : undefined;
  return h(
    'div',
    { class: 'detail', 'data-testid': 'run-summary' },
    h('h3', null, 'This run ', h(Badge, { kind: status.kind }, status.word)),
    h(
      'div',
      { class: 'muted' },
      `${plural(totals.agents.length, 'agent')} · ${plural(trace.turns.length, 'turn')} · ${plural(trace.handoffs.length, 'handoff')} · ${plural(analysis.findings.length, 'finding')} · ${formatDuration(end - trace.workflow.startedAt)} · ${plural(Math.round(tokens), 'token')}${cost === undefined ? '' : ` · $${cost.toFixed(4)}`}`,
    ),
    h('div', { class: 'hint-line muted' }, 'Select an agent, a handoff or a finding to see its detail.'),
    h(SuspectList, { suspects: analysis.suspects, selection: props.selection, onSelect: props.onSelect }),
    h(
      Block,
      { title: 'Per agent' },
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { class: 'totals', 'data-testid': 'agent-totals' },
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              [
                'agent',
                'turns',
                'tokens in',
                'tokens out',
                'model time',
                'busy',
                ...(cost === undefined ? [] : ['cost']),
              ].map((title) => h('th', { key: title }, title)),
            ),
          ),
          h(
            'tbody',
            null,
            totals.agents.map((a) =>
              h(
                'tr',
                { key: a.agent },
                h('td', { title: a.agent }, a.agent),
                h('td', null, number(a.turns)),
                h('td', null, number(a.inputTokens)),
                h('td', null, number(a.outputTokens)),
                h('td', null, formatDuration(a.modelMs)),
                h('td', null, formatDuration(a.busyMs)),
                cost === undefined ? null : h('td', null, `$${(a.cost ?? 0).toFixed(4)}`),
              ),
            ),
          ),
        ),
      ),
    ),
    totals.edges.length > 0
      ? h(
          Block,
          { title: 'Per boundary' },
          h(
            'div',
            { class: 'table-scroll' },
            h(
              'table',
              { class: 'totals', 'data-testid': 'edge-totals' },
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  [
                    'boundary',
                    'handoffs',
                    'findings',
                    'chars',
                    'wait',
                    'score',
                    'tokens',
                    ...(edgeCost ? ['cost'] : []),
                  ].map((title) => h('th', { key: title, title: HEADER_HELP[title] }, title)),
                ),
              ),
              h(
                'tbody',
                null,
                totals.edges.map((e) =>
                  h(
                    'tr',
                    { key: `${e.from}\u0000${e.to}` },
                    h('td', { title: `${e.to}←${e.from}` }, `${e.to}←${e.from}`),
                    h('td', null, number(e.handoffs)),
                    h('td', { class: e.findings > 0 ? 'bad-text' : '' }, number(e.findings)),
                    h('td', null, number(e.chars)),
                    h('td', null, e.meanWaitMs === undefined ? '–' : formatDuration(e.meanWaitMs)),
                    h('td', null, e.lowestScore === undefined ? '–' : e.lowestScore.toFixed(2)),
                    h('td', null, number(e.receiverTokens)),
                    edgeCost ? h('td', null, `$${(e.receiverCost ?? 0).toFixed(4)}`) : null,
                  ),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
