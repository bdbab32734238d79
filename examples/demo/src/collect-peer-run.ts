import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Analysis, analyze, loadTraces } from '@handoff/core';
import type { SimulatedClock } from '@handoff/example-kit';
import { startOtlpReceiver } from '@handoff/otel';

/**
 * A clock whose waits really pass (blocking the thread): the examples' mock models pretend their
 * latency on a simulated clock ("the write-up took 12 s") that only Handoff's adapter reads, while a
 * peer's spans carry the framework's real timestamps. For the two to see the same run, time must
 * really pass.
 */
export function realTimeClock(): SimulatedClock {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  return {
    now: () => Date.now(),
    wait: (ms) => {
      Atomics.wait(cell, 0, 0, ms);
    },
  };
}

/** A root cause as the README table compares it: what broke, at which boundary, whose fault. */
export interface RootCause {
  kind: string;
  boundary: string;
  agent: string | undefined;
}

export function rootCause(analysis: Analysis): RootCause | null {
  const failure = analysis.failure;
  if (!failure) return null;
  return {
    kind: failure.kind,
    boundary: `${failure.boundary?.from ?? '?'}→${failure.boundary?.to ?? '?'}`,
    agent: failure.agent,
  };
}

export interface PeerRun {
  /** Root cause of the same run from Handoff's native adapter. */
  native: RootCause | null;
  /** Root cause of each workflow `handoff collect` wrote from the peer's spans. */
  collected: (RootCause | null)[];
  spans: number;
  rejected: number;
}

/**
 * Runs one example with a peer's exporter pointed at an OTLP receiver on port 0 (what `handoff
 * collect` runs), then analyses what the receiver wrote beside the native adapter's analysis of
 * the same run. `run` gets the receiver's `/v1/traces` URL and a directory for the native trace,
 * and must flush the peer before it returns.
 */
export async function collectPeerRun(
  run: (url: string, traceDir: string) => Promise<{ analysis: Analysis }>,
): Promise<PeerRun> {
  const dir = await mkdtemp(join(tmpdir(), 'handoff-peer-'));
  try {
    const receiver = await startOtlpReceiver({ dir: join(dir, 'collected'), port: 0, flushMs: 20 });
    let native: Analysis;
    try {
      ({ analysis: native } = await run(receiver.url, join(dir, 'native')));
    } finally {
      await receiver.close();
    }
    const { traces } = await loadTraces(join(dir, 'collected'));
    const collected = await Promise.all(traces.map(async (trace) => rootCause(await analyze(trace))));
    return {
      native: rootCause(native),
      collected,
      spans: receiver.stats.spans,
      rejected: receiver.stats.rejected,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
