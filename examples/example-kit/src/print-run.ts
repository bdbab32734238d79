import type { Analysis, Trace } from '@handoff/core';

function short(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** What an example prints: the handoffs, the root cause, where the trace went. */
export function printRun(
  trace: Trace,
  analysis: Analysis,
  tracePath: string,
  log: (line: string) => void = console.log,
): void {
  log(
    `Workflow "${trace.workflow.name}" (${trace.workflow.status}), ${trace.turns.length} turns, ${trace.handoffs.length} handoffs`,
  );
  for (const handoff of trace.handoffs)
    log(`  ${handoff.from} → ${handoff.to} [${handoff.kind}]: ${short(handoff.content)}`);
  if (analysis.failure) {
    log(`Root cause: ${analysis.failure.summary}`);
    log(`  chain: ${analysis.failure.chain.map((b) => `${b.to}←${b.from}`).join(' → ')}`);
  } else log('Root cause: none (healthy run)');
  log(`Trace written to ${tracePath}`);
}
