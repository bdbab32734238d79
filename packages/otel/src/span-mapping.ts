import type { AgentTurn, Analysis, Trace } from '@handoff/core';
import {
  type Attributes,
  type Context,
  type Link,
  trace as otelTrace,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type Tracer,
} from '@opentelemetry/api';
import { TOPOLOGY_ATTRIBUTE, topologyAttributeValue } from './topology-attribute.ts';

export interface SpanMappingOptions {
  /** Record message bodies (prompts, outputs, tool arguments and results, handoff content). Default false. */
  captureContent?: boolean;
}

const json = (value: unknown): string => {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return String(value);
  }
};

/**
 * Writes one workflow as OpenTelemetry spans after the GenAI semantic conventions: `invoke_workflow`
 * at the root, `invoke_agent {agent}` per turn, `chat {model}` per model call, `execute_tool {tool}`
 * per tool call. A handoff is a link from the receiver's turn to the sender's and an event with
 * `gen_ai.agent.handoff.source.name` / `target.name` and `handoff.*` attributes; findings are events,
 * and the failing boundary's span gets an error status. The declared graphs (`trace.topology`) are
 * the workflow span's `handoff.workflow.topology`.
 */
export function writeTraceSpans(
  tracer: Tracer,
  trace: Trace,
  analysis: Analysis | undefined,
  options: SpanMappingOptions = {},
): void {
  const capture = options.captureContent ?? false;
  const { workflow } = trace;
  const topology = topologyAttributeValue(trace.topology);
  const end =
    workflow.endedAt ?? Math.max(workflow.startedAt, ...trace.turns.map((t) => t.endedAt ?? t.startedAt));
  const root = tracer.startSpan(
    `invoke_workflow ${workflow.name}`,
    {
      kind: SpanKind.INTERNAL,
      startTime: workflow.startedAt,
      attributes: {
        'gen_ai.operation.name': 'invoke_workflow',
        'handoff.workflow.id': workflow.id,
        'handoff.workflow.name': workflow.name,
        'handoff.workflow.status': workflow.status,
        // Structure, not content: exported with or without content capture.
        ...(topology ? { [TOPOLOGY_ATTRIBUTE]: topology } : {}),
        ...(analysis?.failure
          ? {
              'handoff.failure.kind': analysis.failure.kind,
              'handoff.failure.summary': analysis.failure.summary,
            }
          : {}),
      },
    },
    ROOT_CONTEXT,
  );
  const rootContext = otelTrace.setSpan(ROOT_CONTEXT, root);
  const spans = new Map<string, Span>();
  const contexts = new Map<string, Context>();
  const quality = new Map(
    (analysis?.scores ?? [])
      .filter((s) => s.name === 'quality' && s.target.type === 'turn')
      .map((s) => [s.target.id, s.value]),
  );

  // Parents before children: turns sorted by start, a child's parent already has its span.
  const ordered = [...trace.turns].sort((a, b) => a.startedAt - b.startedAt);
  for (const turn of ordered) {
    const parent = (turn.parentTurnId && contexts.get(turn.parentTurnId)) || rootContext;
    const links: Link[] = [];
    for (const handoff of trace.handoffs) {
      if (handoff.toTurnId !== turn.id || !handoff.fromTurnId) continue;
      const sender = spans.get(handoff.fromTurnId);
      if (sender)
        links.push({
          context: sender.spanContext(),
          attributes: {
            'handoff.id': handoff.id,
            'handoff.kind': handoff.kind,
            'gen_ai.agent.handoff.source.name': handoff.from,
            'gen_ai.agent.handoff.target.name': handoff.to,
          },
        });
    }
    const attributes: Attributes = {
      'gen_ai.operation.name': 'invoke_agent',
      'gen_ai.agent.name': turn.agent,
      'handoff.turn.id': turn.id,
      'handoff.turn.status': turn.status,
    };
    const q = quality.get(turn.id);
    if (q !== undefined) attributes['handoff.quality.score'] = q;
    if (capture && turn.output !== undefined)
      attributes['gen_ai.output.messages'] = json([
        { role: 'assistant', parts: [{ type: 'text', content: turn.output }] },
      ]);
    const span = tracer.startSpan(
      `invoke_agent ${turn.agent}`,
      { kind: SpanKind.INTERNAL, startTime: turn.startedAt, attributes, links },
      parent,
    );
    spans.set(turn.id, span);
    contexts.set(turn.id, otelTrace.setSpan(parent, span));
  }

  for (const handoff of trace.handoffs) {
    const delivery = analysis?.deliveries[handoff.id];
    const target = (handoff.toTurnId && spans.get(handoff.toTurnId)) || root;
    target.addEvent(
      'gen_ai.agent.handoff',
      {
        'gen_ai.agent.handoff.source.name': handoff.from,
        'gen_ai.agent.handoff.target.name': handoff.to,
        'handoff.id': handoff.id,
        'handoff.kind': handoff.kind,
        'handoff.received': handoff.delivery.received,
        'handoff.sent_at': handoff.sentAt,
        ...(delivery
          ? { 'handoff.delivery.verdict': delivery.verdict, 'handoff.delivery.score': delivery.score }
          : {}),
        ...(capture ? { 'handoff.content': handoff.content } : {}),
        ...(capture && handoff.task !== undefined ? { 'handoff.task': handoff.task } : {}),
      },
      handoff.receivedAt ?? handoff.sentAt,
    );
  }

  for (const turn of ordered) writeCalls(tracer, turn, contexts.get(turn.id) ?? rootContext, capture);

  const freshness = new Map<string, string>();
  for (const finding of analysis?.findings ?? []) {
    const span = (finding.turnId && spans.get(finding.turnId)) || root;
    span.addEvent('handoff.finding', {
      'handoff.finding.kind': finding.kind,
      'handoff.finding.severity': finding.severity,
      'handoff.finding.boundary': `${finding.boundary.to}<-${finding.boundary.from}`,
      'handoff.finding.summary': finding.summary,
      ...(finding.mast ? { 'handoff.finding.mast': finding.mast } : {}),
    });
    if (finding.kind === 'stale_context' && finding.turnId) freshness.set(finding.turnId, 'stale');
  }
  const failure = analysis?.failure;
  for (const turn of ordered) {
    const span = spans.get(turn.id)!;
    span.setAttribute('handoff.freshness', freshness.get(turn.id) ?? 'fresh');
    if (turn.status === 'error')
      span.setStatus({ code: SpanStatusCode.ERROR, message: turn.errors[0]?.message ?? 'failed' });
    if (failure && turn.id === failure.turnId)
      span.setStatus({ code: SpanStatusCode.ERROR, message: failure.summary });
    span.end(turn.endedAt ?? end);
  }
  // The program's own error, which the status message (the root cause) would otherwise replace.
  if (workflow.error)
    root.addEvent(
      'exception',
      { 'exception.type': workflow.error.name, 'exception.message': workflow.error.message },
      end,
    );
  if (failure) root.setStatus({ code: SpanStatusCode.ERROR, message: failure.summary });
  else if (workflow.status === 'error')
    root.setStatus({ code: SpanStatusCode.ERROR, message: workflow.error?.message ?? 'failed' });
  root.end(end);
}

function writeCalls(tracer: Tracer, turn: AgentTurn, parent: Context, capture: boolean): void {
  for (const call of turn.modelCalls) {
    const attributes: Attributes = {
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': call.model,
      ...(call.provider ? { 'gen_ai.provider.name': call.provider } : {}),
      ...(call.usage.inputTokens !== undefined
        ? { 'gen_ai.usage.input_tokens': call.usage.inputTokens }
        : {}),
      ...(call.usage.outputTokens !== undefined
        ? { 'gen_ai.usage.output_tokens': call.usage.outputTokens }
        : {}),
      ...(call.usage.reasoningTokens !== undefined
        ? { 'gen_ai.usage.reasoning.output_tokens': call.usage.reasoningTokens }
        : {}),
      ...(call.finishReason ? { 'gen_ai.response.finish_reasons': [call.finishReason] } : {}),
    };
    if (capture) {
      attributes['gen_ai.input.messages'] = json(
        call.input.map((m) => ({ role: m.role, parts: [{ type: 'text', content: m.content }] })),
      );
      attributes['gen_ai.output.messages'] = json([
        {
          role: 'assistant',
          parts: [
            ...(call.reasoning ? [{ type: 'reasoning', content: call.reasoning }] : []),
            { type: 'text', content: call.output },
          ],
        },
      ]);
    }
    const span = tracer.startSpan(
      `chat ${call.model}`,
      { kind: SpanKind.CLIENT, startTime: call.startedAt, attributes },
      parent,
    );
    if (call.error) span.setStatus({ code: SpanStatusCode.ERROR, message: call.error.message });
    span.end(call.endedAt);
  }
  for (const call of turn.toolCalls) {
    const span = tracer.startSpan(
      `execute_tool ${call.name}`,
      {
        kind: SpanKind.INTERNAL,
        startTime: call.startedAt,
        attributes: {
          'gen_ai.operation.name': 'execute_tool',
          'gen_ai.tool.name': call.name,
          'gen_ai.tool.call.id': call.id,
          ...(capture
            ? {
                'gen_ai.tool.call.arguments': json(call.args),
                ...(call.result !== undefined ? { 'gen_ai.tool.call.result': json(call.result) } : {}),
              }
            : {}),
        },
      },
      parent,
    );
    if (call.error) span.setStatus({ code: SpanStatusCode.ERROR, message: call.error.message });
    span.end(call.endedAt ?? call.startedAt);
  }
}
