import { runDiagnosis } from './diagnosis.ts';

const suites: Record<string, () => Promise<unknown>> = {
  diagnosis: () => runDiagnosis({ seeds: Number(process.env.BENCH_SEEDS ?? 25) }),
};

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = wanted.filter((name) => !suites[name]);
if (unknown.length > 0) {
  console.error(`unknown suite(s): ${unknown.join(', ')}; suites: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(suites)) await suites[name]!();
