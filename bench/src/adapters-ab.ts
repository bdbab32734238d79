// Same-process A/B of the LangGraph and Mastra adapters between two versions (a shared machine's
// load moves separate runs by more than most changes):
//   pnpm --dir bench ab:adapters <A> <B> [langgraph|mastra] [repeats]
// A and B are git refs of this repository (exported to bench/scratch/ab-<ref>) or `.` (this
// checkout's files). Both versions run against the same installed frameworks, interleaved with the
// suites' baseline and floor rows (harness `measure`, rotating order); each repeat prints Handoff's
// added CPU per call and its ratio to the floor (LangGraph: the trivial handler; Mastra: the cheapest
// of Mastra's exporters), then the medians over the repeats.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Core from '@handoff/core';
import type * as LangGraph from '@handoff/langgraph';
import type * as Mastra from '@handoff/mastra';
import { HumanMessage } from '@langchain/core/messages';
import { MastraStorageExporter } from '@mastra/observability';
import { measure, type Row, type Variant } from './harness.ts';
import { langGraphShapes, TrivialHandler } from './langgraph-suite.ts';
import { noopExporter, team } from './mastra-suite.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PACKAGES = ['core', 'langgraph', 'mastra', 'ai-sdk'];

/** A ref's packages in bench/scratch, resolving third-party imports to this checkout's installs. */
function checkout(ref: string): string {
  if (ref === '.') return repo;
  const dir = join(repo, 'bench/scratch', `ab-${ref.replace(/[^\w.-]/g, '_')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = join(dir, 'packages.tar');
  execFileSync('git', ['-C', repo, 'archive', '-o', archive, ref, ...PACKAGES.map((p) => `packages/${p}`)]);
  execFileSync('tar', ['-x', '-C', dir, '-f', archive]);
  for (const name of PACKAGES) {
    const installed = join(repo, 'packages', name, 'node_modules');
    const target = join(dir, 'packages', name, 'node_modules');
    if (!existsSync(installed)) continue;
    for (const entry of readdirSync(installed)) {
      const scoped = entry.startsWith('@') ? readdirSync(join(installed, entry)) : [undefined];
      for (const inner of scoped) {
        const path = inner ? join(entry, inner) : entry;
        mkdirSync(dirname(join(target, path)), { recursive: true });
        // Workspace packages come from the same ref; the rest are the very same files (one module instance).
        const link =
          entry === '@handoff' ? join(dir, 'packages', inner!) : realpathSync(join(installed, path));
        symlinkSync(link, join(target, path));
      }
    }
  }
  return dir;
}

interface Side {
  ref: string;
  core: typeof Core;
  langgraph: typeof LangGraph;
  mastra: typeof Mastra;
}

async function load(ref: string): Promise<Side> {
  const dir = checkout(ref);
  const from = async (name: string) => await import(join(dir, 'packages', name, 'src/index.ts'));
  return { ref, core: await from('core'), langgraph: await from('langgraph'), mastra: await from('mastra') };
}

const [refA, refB, suite = 'langgraph', repeatsArg = '3'] = process.argv.slice(2);
if (!refA || !refB) throw new Error('usage: adapters-ab.ts <A> <B> [langgraph|mastra] [repeats]');
const sides = [await load(refA), await load(refB)];
const store = async (side: Side) =>
  side.core.jsonlStore({ dir: await mkdtemp(join(tmpdir(), 'handoff-ab-')) });

async function langgraphVariants(shape: (typeof langGraphShapes)[number]): Promise<Variant[]> {
  const graph = shape.build();
  const input = () => ({
    messages: [new HumanMessage({ id: 'u', content: 'Brief me on Q3 2024 revenue in EUR.' })],
  });
  const trivial = new TrivialHandler();
  const variants: Variant[] = [
    { variant: 'no callbacks', role: 'baseline', run: () => graph.invoke(input() as never) },
    {
      variant: 'trivial',
      role: 'floor',
      run: () => graph.invoke(input() as never, { callbacks: [trivial] }),
    },
  ];
  for (const side of sides) {
    const tracer = side.core.createTracer({ store: await store(side), flushOnExit: false });
    const handler = new side.langgraph.HandoffCallbackHandler({ tracer });
    variants.push({
      variant: side.ref,
      role: 'handoff',
      run: () => graph.invoke(input() as never, { callbacks: [handler as never] }),
      settle: () => tracer.flush(),
    });
  }
  return variants;
}

async function mastraVariants(): Promise<Variant[]> {
  const variants: Variant[] = [
    { variant: 'untraced', role: 'baseline', run: team(undefined) },
    { variant: 'no-op exporter', role: 'peer', run: team(noopExporter()) },
    { variant: 'storage exporter', role: 'peer', run: team(new MastraStorageExporter() as never, true) },
  ];
  for (const side of sides) {
    const tracer = side.core.createTracer({
      store: await store(side),
      analysis: side.core.liveChecks(),
      flushOnExit: false,
    });
    variants.push({
      variant: side.ref,
      role: 'handoff',
      run: team(new side.mastra.HandoffExporter({ tracer }) as never),
      settle: () => tracer.flush(),
    });
  }
  return variants;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const workloads: { name: string; variants: () => Promise<Variant[]>; floor: (rows: Row[]) => Row }[] =
  suite === 'mastra'
    ? [
        {
          name: 'mastra supervisor',
          variants: mastraVariants,
          // The suite's target: the cheapest of Mastra's own exporters (the no-op one is its floor).
          floor: (rows) => rows.find((r) => r.variant === 'storage exporter')!,
        },
      ]
    : langGraphShapes.map((shape) => ({
        name: `langgraph ${shape.name}`,
        variants: () => langgraphVariants(shape),
        floor: (rows) => rows.find((r) => r.role === 'floor')!,
      }));
const size = { rounds: Number(process.env.AB_ROUNDS ?? 15), batch: 20, warmup: 2 };
if (process.env.AB_NO_GC) (globalThis as { gc?: unknown }).gc = undefined;
for (const workload of workloads) {
  const variants = await workload.variants();
  const ratios = new Map<string, number[]>(sides.map((s) => [s.ref, []]));
  const added = new Map<string, number[]>([
    ...sides.map((s): [string, number[]] => [s.ref, []]),
    ['floor', []],
  ]);
  for (let repeat = 0; repeat < Number(repeatsArg); repeat++) {
    const rows = await measure(variants, size);
    const floor = workload.floor(rows);
    added.get('floor')!.push(floor.cpuAddedMicros);
    const line = sides.map((side) => {
      const row = rows.find((r) => r.variant === side.ref)!;
      const ratio = row.cpuAddedMicros / Math.max(1, floor.cpuAddedMicros);
      ratios.get(side.ref)!.push(ratio);
      added.get(side.ref)!.push(row.cpuAddedMicros);
      return `${side.ref} +${row.cpuAddedMicros.toFixed(0)} µs (${ratio.toFixed(2)}×)`;
    });
    console.log(
      `${workload.name} #${repeat + 1}: floor +${floor.cpuAddedMicros.toFixed(0)} µs CPU; ${line.join('; ')}`,
    );
  }
  console.log(
    `${workload.name} medians: floor +${median(added.get('floor')!).toFixed(0)} µs; ${sides
      .map(
        (s) =>
          `${s.ref} +${median(added.get(s.ref)!).toFixed(0)} µs, ${median(ratios.get(s.ref)!).toFixed(2)}× the floor`,
      )
      .join('; ')}`,
  );
}
process.exit(0);
