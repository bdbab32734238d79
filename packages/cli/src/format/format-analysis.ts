import type { Analysis, Trace } from '@handoff/core';
import { clean, paint, table, truncate } from './style.ts';

function seconds(trace: Trace): string {
  const end =
    trace.workflow.endedAt ??
    Math.max(trace.workflow.startedAt, ...trace.turns.map((t) => t.endedAt ?? t.startedAt));
  return `${((end - trace.workflow.startedAt) / 1000).toFixed(1)} s`;
}

function inferredNote(count: number): string {
  return count > 0 ? ` (${count} inferred)` : '';
}

/** Human output for one workflow: the root cause in one line, the chain, then findings and boundaries. */
export function formatAnalysis(trace: Trace, analysis: Analysis): string {
  const lines: string[] = [];
  const { failure } = analysis;
  const agents = [...new Set(trace.turns.map((turn) => turn.agent))];
  if (failure) {
    lines.push(`${paint(['bold', 'red'], 'Root cause:')} ${clean(failure.summary)}`);
    const chain = failure.chain.map((b) => `${b.to}←${b.from}`).join('  →  ');
    lines.push(`  chain: ${clean(chain)}  →  final output`);
    lines.push(
      `  kind ${failure.kind} · confidence ${failure.confidence.toFixed(2)}${failure.sourceIndex === undefined ? '' : ` · message ${failure.sourceIndex}`}`,
    );
  } else if (trace.workflow.status === 'incomplete') {
    lines.push(
      `${paint(['bold', 'yellow'], 'Incomplete:')} the trace stops before the workflow ended (crash or kill); no root cause among what was recorded`,
    );
  } else {
    lines.push(`${paint(['bold', 'green'], 'Healthy:')} no root cause found`);
  }
  lines.push(
    paint(
      'dim',
      `  workflow ${clean(trace.workflow.name)} (${trace.workflow.id}) · ${trace.workflow.status} · ${agents.length} agents · ${trace.handoffs.length} handoffs${inferredNote(trace.handoffs.filter((h) => h.inferred).length)} · ${seconds(trace)}`,
    ),
  );
  if (analysis.suspects.length > 0) {
    lines.push('', paint('bold', 'Suspects (run known to have failed)'));
    const rows = analysis.suspects.map((suspect, i) => [
      String(i + 1),
      clean(suspect.agent),
      suspect.sourceIndex === undefined ? '–' : String(suspect.sourceIndex),
      suspect.kind,
      suspect.confidence.toFixed(2),
      truncate(clean(suspect.reason), 100),
    ]);
    lines.push(table(rows, ['#', 'agent', 'message', 'kind', 'confidence', 'why']));
  }
  if (analysis.findings.length > 0) {
    lines.push('', paint('bold', 'Findings'));
    const rows = analysis.findings.map((f) => [
      clean(`${f.boundary.to}←${f.boundary.from}`),
      f.kind,
      f.severity === 'error' ? paint('red', f.severity) : paint('yellow', f.severity),
      f.mast ?? '',
      truncate(f.summary.replace(/^[^:]*: /, ''), 90),
    ]);
    lines.push(table(rows, ['boundary', 'kind', 'severity', 'MAST', 'what']));
  }
  if (trace.handoffs.length > 0) {
    lines.push('', paint('bold', 'Boundaries'));
    const quality = new Map(
      analysis.scores
        .filter((s) => s.name === 'quality' && s.target.type === 'turn')
        .map((s) => [s.target.id, s.value]),
    );
    const rows = new Map<string, string[]>();
    for (const handoff of trace.handoffs) {
      const key = `${handoff.to}←${handoff.from}`;
      const delivery = analysis.deliveries[handoff.id];
      const senderQuality = handoff.fromTurnId ? quality.get(handoff.fromTurnId) : undefined;
      const row = rows.get(key);
      if (row) {
        row[1] = String(Number(row[1]) + 1);
        if (!handoff.inferred) row[0] = clean(key);
        continue;
      }
      rows.set(key, [
        // A boundary only the data flow shows (no adapter recorded a handoff there) says so.
        handoff.inferred ? `${clean(key)} ${paint('dim', '(inferred)')}` : clean(key),
        '1',
        delivery ? `${delivery.verdict} ${delivery.score.toFixed(2)}` : '–',
        senderQuality === undefined ? '–' : senderQuality.toFixed(2),
      ]);
    }
    lines.push(table([...rows.values()], ['boundary', 'handoffs', 'delivery', 'sender quality']));
  }
  return lines.join('\n');
}
