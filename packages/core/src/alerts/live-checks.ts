import type { AnalyzeOptions } from '../diagnose/analyze.ts';
import { analyze } from '../diagnose/analyze.ts';
import type { Finding, FindingKind, Score, Severity } from '../model/trace.ts';
import type { LiveAnalysis, LiveAnalysisContext } from '../recorder/tracer-options.ts';

/** When to alert: a finding of some kinds (and severity), or a score below a threshold. */
export type AlertRule =
  | { type: 'finding'; kinds?: FindingKind[]; severity?: Severity }
  | { type: 'score_below'; name: string; threshold: number };

export interface Alert {
  rule: AlertRule;
  workflowId: string;
  message: string;
  finding?: Finding;
  score?: Score;
}

export interface LiveChecksOptions extends AnalyzeOptions {
  /** Default: one rule, any error finding. */
  alerts?: AlertRule[];
  /** Called while the run is still going, after the turn that caused it; errors it throws are contained. */
  onAlert?: (alert: Alert) => void | Promise<void>;
  /** Record the analysis' findings and scores in the trace when the workflow ends. Default true. */
  recordFindings?: boolean;
}

/**
 * Runs the checks as a workflow goes: after each turn the trace so far is analysed and alert rules
 * fire for new findings and low scores; at the end the findings are recorded in the trace (which is
 * what tail sampling keeps failing workflows by). Pass it as `createTracer({ analysis: liveChecks() })`.
 */
export function liveChecks(options: LiveChecksOptions = {}): LiveAnalysis {
  const rules = options.alerts ?? [{ type: 'finding', severity: 'error' }];
  const fired = new Map<string, Set<string>>();

  const fire = async (
    workflowId: string,
    findings: Finding[],
    scores: Score[],
    diagnostic: (d: { code: string; message: string; error?: unknown }) => void,
  ) => {
    if (!options.onAlert) return;
    const seen = fired.get(workflowId) ?? new Set<string>();
    fired.set(workflowId, seen);
    for (const rule of rules) {
      const alerts: Alert[] = [];
      if (rule.type === 'finding') {
        for (const finding of findings) {
          if (rule.kinds && !rule.kinds.includes(finding.kind)) continue;
          if (rule.severity && finding.severity !== rule.severity) continue;
          alerts.push({ rule, workflowId, finding, message: finding.summary });
        }
      } else {
        for (const score of scores) {
          if (score.name !== rule.name || score.value >= rule.threshold) continue;
          alerts.push({
            rule,
            workflowId,
            score,
            message: `${score.name} ${score.value.toFixed(2)} < ${rule.threshold} on ${score.target.type} ${score.target.id}: ${score.reason}`,
          });
        }
      }
      for (const alert of alerts) {
        const key = `${JSON.stringify(rule)}|${alert.finding?.id ?? `${alert.score?.name}:${alert.score?.target.id}`}`;
        if (seen.has(key)) continue;
        seen.add(key);
        try {
          await options.onAlert(alert);
        } catch (error) {
          diagnostic({ code: 'alert_handler_failed', message: `onAlert threw: ${String(error)}`, error });
        }
      }
    }
  };

  const onAlert = options.onAlert;
  return {
    // Without an alert handler nothing reads a turn's analysis: no per-turn work is scheduled at all.
    ...(onAlert
      ? {
          async onTurnEnd(context: LiveAnalysisContext) {
            const analysis = await analyze(context.trace(), options);
            await fire(context.workflowId, analysis.findings, analysis.scores, context.diagnostic);
          },
        }
      : {}),
    async onWorkflowEnd(context) {
      const trace = context.trace();
      const analysis = await analyze(trace, options);
      await fire(context.workflowId, analysis.findings, analysis.scores, context.diagnostic);
      fired.delete(context.workflowId);
      if (options.recordFindings === false) return;
      const recorded = new Set(trace.findings.map((f) => f.id));
      for (const finding of analysis.findings) if (!recorded.has(finding.id)) context.addFinding(finding);
    },
  };
}
