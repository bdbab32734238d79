import { analyze, loadTraces } from '@handoff/core';
import { clean, paint, truncate } from '../format/style.ts';

/**
 * Follows a trace directory: one line per new handoff (coloured by its delivery verdict, marked when
 * it was inferred from the data flow rather than recorded) and per new error finding, as the traced program writes them. `--once` prints what is there and exits.
 */
export async function tailCommand(
  path: string,
  options: { once?: boolean; intervalMs?: number },
  out: (text: string) => void,
): Promise<number> {
  const seen = new Set<string>();
  const tick = async () => {
    const { traces } = await loadTraces(path).catch(() => ({ traces: [] }));
    for (const trace of traces) {
      const analysis = await analyze(trace);
      for (const handoff of trace.handoffs) {
        if (seen.has(handoff.id)) continue;
        seen.add(handoff.id);
        const verdict = analysis.deliveries[handoff.id]?.verdict;
        const colour = verdict === 'misunderstood' ? 'red' : verdict === 'partially' ? 'yellow' : 'green';
        out(
          `${paint('dim', new Date(handoff.sentAt).toLocaleTimeString())} ${clean(trace.workflow.name)} ${paint(colour, `${clean(handoff.from)} → ${clean(handoff.to)}`)} ${handoff.inferred ? paint('dim', 'inferred ') : ''}${verdict ?? handoff.kind}: ${truncate(handoff.content, 80)}`,
        );
      }
      for (const finding of analysis.findings) {
        if (finding.severity !== 'error' || seen.has(finding.id)) continue;
        seen.add(finding.id);
        out(
          `${paint(['bold', 'red'], 'ALERT')} ${clean(trace.workflow.name)} ${truncate(finding.summary, 140)}`,
        );
      }
    }
  };
  await tick();
  if (options.once) return 0;
  const timer = setInterval(() => void tick(), options.intervalMs ?? 1_000);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  clearInterval(timer);
  return 0;
}
