import { exportTraces } from '@handoff/otel';
import { loadForCli, UsageError } from '../load.ts';

/** Sends stored traces to an OpenTelemetry pipeline over OTLP/HTTP. */
export async function exportCommand(
  path: string,
  options: { otlp?: string; header?: string[]; content?: boolean; workflow?: string },
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  if (!options.otlp)
    throw new UsageError('--otlp <endpoint> is required, e.g. http://localhost:4318/v1/traces');
  let endpoint: URL;
  try {
    endpoint = new URL(options.otlp);
  } catch {
    throw new UsageError(`--otlp: not a URL: ${options.otlp}`);
  }
  const headers: Record<string, string> = {};
  for (const header of options.header ?? []) {
    const at = header.indexOf('=');
    if (at <= 0) throw new UsageError(`--header: expected name=value, got "${header}"`);
    headers[header.slice(0, at)] = header.slice(at + 1);
  }
  const { traces, problems } = await loadForCli(path, { workflow: options.workflow });
  for (const problem of problems) err(`warning: ${problem.message}`);
  if (traces.length === 0) {
    err(`no traces found in ${path}`);
    return 2;
  }
  const { spans } = await exportTraces(traces, {
    endpoint: endpoint.toString(),
    headers,
    captureContent: options.content ?? false,
  });
  out(`Exported ${traces.length} workflow(s) as ${spans} spans to ${endpoint}`);
  return 0;
}
