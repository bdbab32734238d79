import { runAiSdkSuite } from './ai-sdk-suite.ts';
import { runCollectSuite } from './collect-suite.ts';
import { runRewritesBench } from './corpus/rewrites-bench.ts';
import { runDiagnosis } from './diagnosis.ts';
import { runLangGraphSuite } from './langgraph-suite.ts';
import { runMastraSuite } from './mastra-suite.ts';
import { runMemorySuite } from './memory-suite.ts';
import { runScalingSuite } from './scaling-suite.ts';
import { runTranscripts } from './transcripts.ts';

const smoke = process.argv.includes('--smoke');
const suites: Record<string, () => Promise<unknown>> = {
  'ai-sdk': () => runAiSdkSuite({ smoke }),
  langgraph: () => runLangGraphSuite({ smoke, floorOnly: process.argv.includes('--floor-only') }),
  mastra: () => runMastraSuite({ smoke }),
  scaling: () =>
    runScalingSuite({
      smoke,
      ...(process.env.BENCH_SCALE_SPLIT
        ? { split: process.env.BENCH_SCALE_SPLIT.split(',').map(Number) }
        : {}),
    }),
  memory: () => runMemorySuite({ smoke }),
  transcripts: () =>
    runTranscripts({
      smoke,
      ...(flagValue('--data') ? { data: flagValue('--data') } : {}),
      ...(flagValue('--judge') ? { judge: flagValue('--judge') } : {}),
      ...(flagValue('--judge-mode') === 'step-wise' ? { judgeMode: 'step-wise' as const } : {}),
      withExpected: process.argv.includes('--with-expected'),
    }),
  collect: () => runCollectSuite({ smoke }),
  diagnosis: () =>
    runDiagnosis({
      smoke,
      seeds: smoke ? 1 : Number(process.env.BENCH_SEEDS ?? 25),
      updateBaseline: process.argv.includes('--update-baseline'),
    }),
  rewrites: () => runRewritesBench({ smoke }),
};

function flagValue(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const valued = new Set(['--data', '--judge', '--judge-mode']);
const wanted = process.argv
  .slice(2)
  .filter((arg, i, all) => !arg.startsWith('-') && !valued.has(all[i - 1] ?? ''));
const unknown = wanted.filter((name) => !suites[name]);
if (unknown.length > 0) {
  console.error(`unknown suite(s): ${unknown.join(', ')}; suites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(suites)) await suites[name]!();
