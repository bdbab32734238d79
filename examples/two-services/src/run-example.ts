import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type Analysis, analyze, loadTraces, type Trace } from '@handoff/core';
import type { Fault } from '@handoff/example-kit';
import type { BriefResult } from './planner-service.ts';

export interface ExampleRun {
  trace: Trace;
  analysis: Analysis;
  /** The folder holding both services' trace files. */
  traceDir: string;
  answer: string;
}

const SERVICE_MAIN = join(import.meta.dirname, 'service-main.ts');

/** Starts one service as a child process and resolves with its URL once it serves. */
async function startService(
  role: 'planner' | 'researcher',
  args: string[],
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--conditions=@handoff/source', SERVICE_MAIN, role, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`the ${role} service exited (${code}) before it served`);
  });
  const ready = (async () => {
    for await (const line of createInterface({ input: child.stdout! })) {
      const match = /^ready (\S+)$/.exec(line);
      if (match?.[1]) return match[1];
    }
    throw new Error(`the ${role} service printed no ready line`);
  })();
  const url = await Promise.race([ready, exited]);
  exited.catch(() => {});
  return { child, url };
}

async function stopService(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.stdin?.end();
  await exited;
}

/**
 * Runs the team across two processes — the planner service (planner, writer, reviewer) and the
 * researcher service, talking A2A over HTTP on 127.0.0.1 — with `fault` injected; each service
 * writes its own trace file under `traceDir`, and the workflow is read back merged from both.
 */
export async function runExample(options: {
  fault: Fault;
  traceDir: string;
  skewMs?: number;
}): Promise<ExampleRun> {
  const common = ['--fault', options.fault, '--trace-dir', options.traceDir];
  const researcher = await startService('researcher', [...common, '--skew-ms', String(options.skewMs ?? 0)]);
  let planner: Awaited<ReturnType<typeof startService>> | undefined;
  let result: BriefResult;
  try {
    planner = await startService('planner', [...common, '--researcher-url', researcher.url]);
    const response = await fetch(`${planner.url}/brief`, { method: 'POST' });
    if (!response.ok)
      throw new Error(`the planner service answered ${response.status}: ${await response.text()}`);
    result = (await response.json()) as BriefResult;
  } finally {
    await Promise.all([planner && stopService(planner.child), stopService(researcher.child)]);
  }
  const { traces } = await loadTraces(options.traceDir);
  const trace = traces.find((t) => t.workflow.id === result.workflowId);
  if (!trace) throw new Error(`workflow ${result.workflowId} is not in ${options.traceDir}`);
  return { trace, analysis: await analyze(trace), traceDir: options.traceDir, answer: result.answer };
}
