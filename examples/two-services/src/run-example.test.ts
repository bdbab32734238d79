import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { runCli } from '@handoff/cli';
import { expectWellFormedTrace } from '@handoff/core/testing';
import { FAULTS, type Fault, TASK } from '@handoff/example-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExample } from './run-example.ts';

/** Where each fault is found: the boundary of the agent-as-tool team, across the two services. */
const BOUNDARY: Record<Exclude<Fault, 'none'>, { from: string; to: string }> = {
  stale_context: { from: 'researcher', to: 'planner' },
  misunderstood_task: { from: 'planner', to: 'researcher' },
  low_quality_output: { from: 'writer', to: 'planner' },
  lost_message: { from: 'planner', to: 'researcher' },
  agent_error: { from: 'researcher', to: 'planner' },
  handoff_loop: { from: 'writer', to: 'planner' },
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-two-services-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `handoff analyze <dir>` as a user runs it: both services' files, merged by workflow id. */
async function analyzeWithCli(traceDir: string): Promise<string> {
  const out: string[] = [];
  const code = await runCli(['analyze', traceDir], { out: (t) => out.push(t), err: (t) => out.push(t) });
  expect(code, out.join('\n')).toBeLessThanOrEqual(1);
  return out.join('\n');
}

interface Viewed {
  trace: { turns: unknown[]; handoffs: unknown[] };
  analysis: { failure?: { kind: string } };
}

/** `handoff view <dir>` as its own process: the workflow it serves, from both services' files. */
async function viewWorkflow(traceDir: string, workflowId: string): Promise<Viewed> {
  const bin = join(import.meta.dirname, '..', '..', '..', 'packages', 'cli', 'src', 'bin.ts');
  const child = spawn(
    process.execPath,
    ['--conditions=@handoff/source', bin, 'view', traceDir, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    let url: string | undefined;
    for await (const line of createInterface({ input: child.stdout })) {
      url = /on (http:\/\/\S+) /.exec(line)?.[1];
      if (url) break;
    }
    const response = await fetch(new URL(`/api/workflow?id=${encodeURIComponent(workflowId)}`, url));
    expect(response.status).toBe(200);
    return (await response.json()) as Viewed;
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
}

describe('two services (planner, researcher) talking A2A over HTTP', () => {
  for (const fault of FAULTS) {
    it(`merges both processes' trace files into one workflow and finds ${fault === 'none' ? 'no root cause in the healthy run' : `${fault} as the root cause`}`, async () => {
      const traceDir = join(dir, fault);
      const { trace, analysis } = await runExample({ fault, traceDir });
      expect((await readdir(traceDir)).sort()).toEqual(['planner-service.jsonl', 'researcher-service.jsonl']);
      expectWellFormedTrace(trace);
      const planner = trace.turns.find((t) => t.agent === 'planner')!;
      const researcher = trace.turns.find((t) => t.agent === 'researcher')!;
      expect([...new Set(trace.turns.map((t) => t.agent))].sort()).toEqual([
        'planner',
        'researcher',
        'reviewer',
        'writer',
      ]);
      expect(researcher.parentTurnId).toBe(planner.id);
      const crossing = trace.handoffs.filter((h) => [h.from, h.to].includes('researcher'));
      expect(crossing).toMatchObject([
        {
          kind: 'delegation',
          from: 'planner',
          to: 'researcher',
          content: TASK,
          fromTurnId: planner.id,
          toTurnId: researcher.id,
        },
        {
          kind: 'return',
          from: 'researcher',
          to: 'planner',
          fromTurnId: researcher.id,
          toTurnId: planner.id,
        },
      ]);
      // Each message crossing between the services arrives after it left.
      for (const handoff of trace.handoffs)
        expect(handoff.receivedAt!).toBeGreaterThanOrEqual(handoff.sentAt);
      expect(analysis.failure?.kind ?? 'none').toBe(fault);
      if (fault === 'none') {
        expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(await analyzeWithCli(traceDir)).not.toMatch(/Root cause/);
      } else {
        expect(analysis.failure?.boundary).toEqual(BOUNDARY[fault]);
        expect(await analyzeWithCli(traceDir)).toContain(analysis.failure!.summary);
      }
    }, 90_000); // two Node processes start per run: slow on a busy 2-core machine
  }

  it('shows the merged workflow in handoff view', async () => {
    const traceDir = join(dir, 'view');
    const { trace, analysis } = await runExample({ fault: 'agent_error', traceDir });
    const viewed = await viewWorkflow(traceDir, trace.workflow.id);
    expect(viewed.trace.turns).toHaveLength(trace.turns.length);
    expect(viewed.trace.handoffs).toHaveLength(trace.handoffs.length);
    expect(viewed.analysis.failure?.kind).toBe(analysis.failure?.kind);
  }, 90_000);

  it("aligns the researcher machine's clock running 30 s fast by the handoff pairs, and still finds the stale price", async () => {
    const { trace, analysis } = await runExample({
      fault: 'stale_context',
      traceDir: join(dir, 'skewed'),
      skewMs: 30_000,
    });
    const offsets = trace.workflow.metadata.clockOffsetsMs as Record<string, number>;
    // One writer per continuation: the researcher service's first request.
    expect(Object.keys(offsets)).toEqual(['researcher-service.1']);
    // Within the loopback hop and the run's own jitter of the 30 s it ran fast (a hop took 0.55 s on
    // a clean-clone CI run with both cores busy: the bound is the machine's, the 30 s is the point).
    expect(Math.abs(offsets['researcher-service.1']! + 30_000)).toBeLessThan(2_000);
    const planner = trace.turns.find((t) => t.agent === 'planner')!;
    const researcher = trace.turns.find((t) => t.agent === 'researcher')!;
    expect(researcher.startedAt).toBeGreaterThanOrEqual(planner.startedAt);
    expect(researcher.endedAt!).toBeLessThanOrEqual(planner.endedAt!);
    expect(analysis.failure).toMatchObject({ kind: 'stale_context', boundary: BOUNDARY.stale_context });
    expect(analysis.failure?.summary).toContain('12.0 s');
  }, 90_000);
});
