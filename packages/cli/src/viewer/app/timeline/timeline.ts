import type { AgentTurn } from '@handoff/core';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3-zoom';
import { h } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Selection } from '../selection.ts';
import { activateOnKey } from '../ui/activate-on-key.ts';
import { formatDuration, formatOffset } from '../ui/format-time.ts';
import type { ViewIndex } from '../view-index.ts';
import { axisTicks } from './axis-ticks.ts';
import { timeSegments } from './time-segments.ts';

const LANE = 36;
const AXIS = 22;
/** Bars closer than this many pixels merge into one (a long run zoomed out). */
const MERGE_PX = 3;

interface Bar {
  turns: AgentTurn[];
  x1: number;
  x2: number;
  bad: boolean;
}

/**
 * One lane per agent, a bar per turn with its model and tool calls nested under it, a mark per
 * handoff. Ctrl+wheel, the buttons or +/− zoom; drag pans; idle gaps are collapsed.
 */
export function Timeline(props: {
  index: ViewIndex;
  selection: Selection;
  onSelect: (s: Selection) => void;
}) {
  const { index, selection } = props;
  const { trace, analysis } = index.view;
  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown>>();
  const [width, setWidth] = useState(0);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);

  useLayoutEffect(() => {
    const element = wrap.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const start = trace.workflow.startedAt;
  const model = useMemo(() => {
    const agents = [...new Set(trace.turns.map((t) => t.agent))];
    let end = trace.workflow.endedAt ?? start;
    for (const t of trace.turns) end = Math.max(end, t.endedAt ?? t.startedAt);
    for (const x of trace.handoffs) end = Math.max(end, x.receivedAt ?? x.sentAt);
    const total = Math.max(1, end - start);
    const intervals = [
      ...trace.turns.map((t) => ({ start: t.startedAt - start, end: (t.endedAt ?? end) - start })),
      // A handoff waiting to be picked up is idle time: only its send and receipt are activity.
      ...trace.handoffs.flatMap((x) => [
        { start: x.sentAt - start, end: x.sentAt - start },
        ...(x.receivedAt === undefined ? [] : [{ start: x.receivedAt - start, end: x.receivedAt - start }]),
      ]),
    ];
    const failed = new Set(
      analysis.findings.filter((f) => f.severity === 'error' && f.turnId).map((f) => f.turnId),
    );
    const lanes = new Map<string, AgentTurn[]>(agents.map((a) => [a, []]));
    for (const t of trace.turns) lanes.get(t.agent)!.push(t);
    return { agents, total, intervals, failed, lanes, end };
  }, [index]);

  const plot = Math.max(0, width - 4);
  const segments = useMemo(() => timeSegments(model.intervals, model.total, plot), [model, plot]);
  const base = useMemo(() => scaleLinear().domain(segments.domain).range(segments.range), [segments]);
  const x = useMemo(() => transform.rescaleX(base), [base, transform]);
  const height = model.agents.length * LANE + AXIS;
  const maxZoom = Math.max(8, (model.total / Math.max(1, plot)) * 4);

  useEffect(() => {
    const element = svg.current;
    if (!element || plot === 0) return;
    const zoomer = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxZoom])
      .extent([
        [0, 0],
        [plot, height],
      ])
      .translateExtent([
        [0, 0],
        [plot, height],
      ])
      // A plain wheel scrolls the page; Ctrl (or a trackpad pinch) + wheel zooms.
      .filter((event: Event) =>
        event.type === 'wheel'
          ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
          : !(event as MouseEvent).button,
      )
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => setTransform(event.transform));
    select(element).call(zoomer);
    behaviour.current = zoomer;
    return () => {
      select(element).on('.zoom', null);
    };
  }, [plot, height, maxZoom]);

  // Another workflow starts zoomed out; a live update of the same one keeps the zoom.
  useEffect(() => {
    if (svg.current && behaviour.current) behaviour.current.transform(select(svg.current), zoomIdentity);
  }, [trace.workflow.id]);

  const zoomBy = (factor: number) => {
    if (svg.current && behaviour.current) behaviour.current.scaleBy(select(svg.current), factor);
  };
  const zoomTo = (from: number, to: number) => {
    if (!svg.current || !behaviour.current) return;
    const x1 = base(from);
    const x2 = base(to);
    const k = Math.min(maxZoom, (plot * 0.8) / Math.max(1, x2 - x1));
    behaviour.current.transform(
      select(svg.current),
      zoomIdentity
        .translate(plot / 2, 0)
        .scale(k)
        .translate(-(x1 + x2) / 2, 0),
    );
  };

  // Keep the selected handoff in view when it is chosen elsewhere (graph, findings, arrows).
  const selectedHandoff = selection?.type === 'handoff' ? index.handoffs.get(selection.id) : undefined;
  useEffect(() => {
    if (!selectedHandoff || !svg.current || !behaviour.current || transform.k === 1) return;
    const at = x(selectedHandoff.sentAt - start);
    if (at < 0 || at > plot)
      behaviour.current.translateTo(select(svg.current), base(selectedHandoff.sentAt - start), 0);
  }, [selectedHandoff?.id]);

  const bars = useMemo(() => {
    const result = new Map<string, Bar[]>();
    for (const [agent, turns] of model.lanes) {
      const list: Bar[] = [];
      for (const turn of turns) {
        const x1 = x(turn.startedAt - start);
        const x2 = Math.max(x1 + 3, x((turn.endedAt ?? model.end) - start));
        if (x2 < 0 || x1 > plot) continue;
        const bad = turn.status === 'error' || model.failed.has(turn.id);
        const last = list.at(-1);
        if (
          last &&
          x1 - last.x2 < MERGE_PX &&
          (last.turns.length > 1 || last.x2 - last.x1 < 12 || x2 - x1 < 12)
        ) {
          last.turns.push(turn);
          last.x2 = Math.max(last.x2, x2);
          last.bad ||= bad;
        } else {
          list.push({ turns: [turn], x1, x2, bad });
        }
      }
      result.set(agent, list);
    }
    return result;
  }, [model, x, plot]);

  const selectedTurn = selection?.type === 'turn' ? selection.id : undefined;
  const lane = (agent: string) => model.agents.indexOf(agent);
  const rendered = model.agents.flatMap((agent, i) =>
    (bars.get(agent) ?? []).map((bar) => {
      const y = i * LANE + 4;
      const w = bar.x2 - bar.x1;
      if (bar.turns.length > 1) {
        const first = bar.turns[0]!;
        const last = bar.turns.at(-1)!;
        // A cluster wider than a quarter of the view zooms in 4× where it was clicked (its middle from
        // the keyboard); a narrower one zooms to fit its turns.
        const zoomCluster = (clientX: number | undefined) => {
          if (w > plot / 4 && svg.current && behaviour.current) {
            const box = svg.current.getBoundingClientRect();
            const at = clientX === undefined ? (bar.x1 + bar.x2) / 2 : clientX - box.left;
            behaviour.current.scaleBy(select(svg.current), 4, [at, 0]);
          } else zoomTo(first.startedAt - start, (last.endedAt ?? last.startedAt) - start);
        };
        return h(
          'rect',
          {
            key: `c${first.id}`,
            class: `bar bar-cluster ${bar.bad ? 'bar-bad' : ''}`,
            x: bar.x1,
            y,
            width: w,
            height: 18,
            rx: 3,
            tabindex: 0,
            role: 'button',
            'aria-label': `${bar.turns.length} turns of ${agent}: zoom in`,
            onClick: (event: MouseEvent) => zoomCluster(event.clientX),
            onKeyDown: activateOnKey(() => zoomCluster(undefined)),
            'data-cluster': bar.turns.length,
          },
          h('title', null, `${bar.turns.length} turns of ${agent}: click to zoom in`),
        );
      }
      const turn = bar.turns[0]!;
      const selected = turn.id === selectedTurn;
      const chooseTurn = () => props.onSelect({ type: 'turn', id: turn.id });
      const duration = (turn.endedAt ?? model.end) - turn.startedAt;
      const spans =
        w > 24
          ? [
              ...turn.modelCalls.map((call) => ({
                key: call.id,
                kind: 'model',
                label: `model ${call.model}: ${formatDuration(call.latencyMs)}`,
                from: call.startedAt,
                to: call.endedAt,
              })),
              ...turn.toolCalls.map((call) => ({
                key: call.id,
                kind: call.error ? 'tool-bad' : 'tool',
                label: `tool ${call.name}: ${formatDuration((call.endedAt ?? call.startedAt) - call.startedAt)}`,
                from: call.startedAt,
                to: call.endedAt ?? call.startedAt,
              })),
            ]
          : [];
      return h(
        'g',
        {
          key: turn.id,
          class: `bar-group ${selected ? 'bar-selected' : ''}`,
          tabindex: 0,
          role: 'button',
          'aria-label': `turn of ${agent}, ${formatDuration(duration)}`,
          'aria-current': selected ? 'true' : undefined,
          onClick: chooseTurn,
          onKeyDown: activateOnKey(chooseTurn),
          'data-turn': turn.id,
        },
        h(
          'rect',
          {
            class: `bar ${bar.turns[0] && bar.bad ? 'bar-bad' : ''}`,
            x: bar.x1,
            y,
            width: w,
            height: 18,
            rx: 3,
          },
          h(
            'title',
            null,
            `${agent}: ${formatDuration(duration)} from ${formatOffset(turn.startedAt - start)}`,
          ),
        ),
        w > 56
          ? h(
              'text',
              { class: 'bar-label', x: bar.x1 + 5, y: y + 13, 'clip-path': undefined },
              w > 140 ? `${agent} · ${formatDuration(duration)}` : formatDuration(duration),
            )
          : null,
        spans.map((span) => {
          const s1 = Math.max(bar.x1, x(span.from - start));
          const s2 = Math.max(s1 + 2, Math.min(bar.x2, x(span.to - start)));
          return h(
            'rect',
            {
              key: span.key,
              class: `span span-${span.kind}`,
              x: s1,
              y: y + 21,
              width: s2 - s1,
              height: 7,
              rx: 2,
            },
            h('title', null, span.label),
          );
        }),
      );
    }),
  );

  // Handoff marks, one per 4-pixel column and pair when many fall together.
  const seen = new Set<string>();
  const marks = trace.handoffs.flatMap((handoff) => {
    const from = lane(handoff.from);
    const to = lane(handoff.to);
    if (from < 0 || to < 0) return [];
    const hx = x(handoff.sentAt - start);
    if (hx < -2 || hx > plot + 2) return [];
    const selected = selectedHandoff?.id === handoff.id;
    const cause = index.failingHandoffId === handoff.id;
    const column = `${Math.round(hx / 4)}\u0000${from}\u0000${to}`;
    if (seen.has(column) && !selected && !cause) return [];
    seen.add(column);
    const choose = () => props.onSelect({ type: 'handoff', id: handoff.id });
    const y1 = from * LANE + 13;
    const y2 = to * LANE + 13;
    return [
      h(
        'g',
        {
          key: handoff.id,
          class: `handoff-mark ${cause ? 'handoff-mark-bad' : ''} ${selected ? 'handoff-mark-selected' : ''}`,
          tabindex: 0,
          role: 'button',
          'aria-label': `handoff ${handoff.to}←${handoff.from} at ${formatOffset(handoff.sentAt - start)}`,
          'aria-current': selected ? 'true' : undefined,
          onClick: choose,
          onKeyDown: activateOnKey(choose),
          'data-handoff-mark': handoff.id,
        },
        h('line', { x1: hx, x2: hx, y1, y2, class: 'mark-line' }),
        h('line', { x1: hx, x2: hx, y1, y2, class: 'mark-hit' }),
        h('circle', { cx: hx, cy: y2, r: 2.5, class: 'mark-head' }),
        h('title', null, `${handoff.to}←${handoff.from} at ${formatOffset(handoff.sentAt - start)}`),
      ),
    ];
  });

  const gapMarks = segments.gaps.flatMap((gap, i) => {
    const g1 = x(gap.start);
    const g2 = x(gap.end);
    if (g2 < 0 || g1 > plot) return [];
    return [
      h(
        'g',
        { key: `gap${i}`, class: 'gap', 'data-gap': String(gap.end - gap.start) },
        h('rect', {
          class: 'gap-box',
          x: g1 + 2,
          y: 0,
          width: Math.max(0, g2 - g1 - 4),
          height: height - AXIS,
        }),
        h('title', null, `${formatDuration(gap.end - gap.start)} idle (collapsed)`),
        g2 - g1 > 20
          ? h(
              'text',
              { x: (g1 + g2) / 2, y: height - AXIS - 4, 'text-anchor': 'middle', class: 'gap-label' },
              '≈',
            )
          : null,
      ),
    ];
  });

  const ticks = axisTicks(x, segments.active, plot);
  return h(
    'div',
    { class: 'timeline-wrap', 'data-testid': 'timeline' },
    h(
      'div',
      { class: 'timeline-tools' },
      h('button', { type: 'button', onClick: () => zoomBy(2), 'aria-label': 'zoom in' }, '+'),
      h('button', { type: 'button', onClick: () => zoomBy(0.5), 'aria-label': 'zoom out' }, '−'),
      h(
        'button',
        {
          type: 'button',
          onClick: () => svg.current && behaviour.current?.transform(select(svg.current), zoomIdentity),
          'aria-label': 'fit the whole run',
        },
        'fit',
      ),
      h(
        'span',
        { class: 'muted', 'data-testid': 'timeline-zoom' },
        ` ${transform.k.toFixed(1)}× · Ctrl+wheel or +/− to zoom, drag to pan${segments.gaps.length ? ` · ${segments.gaps.length} idle gap${segments.gaps.length === 1 ? '' : 's'} collapsed (≈)` : ''}`,
      ),
    ),
    h(
      'div',
      {
        class: 'timeline-body',
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key === '+' || event.key === '=') zoomBy(2);
          else if (event.key === '-') zoomBy(0.5);
        },
      },
      h(
        'div',
        { class: 'lane-labels' },
        model.agents.map((agent) =>
          h('div', { key: agent, class: 'lane-label', title: agent, style: { height: `${LANE}px` } }, agent),
        ),
      ),
      h(
        'div',
        { class: 'timeline-plot', ref: wrap },
        width > 0
          ? h(
              'svg',
              {
                ref: svg,
                class: 'timeline',
                width: plot,
                height,
                role: 'group',
                'aria-label': 'timeline',
              },
              model.agents.map((agent, i) =>
                h('line', {
                  key: agent,
                  x1: 0,
                  x2: plot,
                  y1: i * LANE + 13,
                  y2: i * LANE + 13,
                  class: 'lane-line',
                }),
              ),
              gapMarks,
              rendered,
              marks,
              h(
                'g',
                { class: 'axis', transform: `translate(0,${height - AXIS})` },
                h('line', { x1: 0, x2: plot, y1: 0, y2: 0 }),
                ticks.map((tick) =>
                  h(
                    'g',
                    { key: tick.value, transform: `translate(${tick.x},0)` },
                    h('line', { y1: 0, y2: 4 }),
                    h(
                      'text',
                      {
                        y: 15,
                        'text-anchor': tick.x < 24 ? 'start' : tick.x > plot - 24 ? 'end' : 'middle',
                        class: 'tick',
                      },
                      tick.label,
                    ),
                  ),
                ),
              ),
            )
          : null,
      ),
    ),
  );
}
