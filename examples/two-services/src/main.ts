import { exampleArgs, printRun } from '@handoff/example-kit';
import { runExample } from './run-example.ts';

const { fault, traceDir } = exampleArgs();
const run = await runExample({ fault, traceDir });
printRun(run.trace, run.analysis, `${traceDir} (planner-service.jsonl + researcher-service.jsonl)`);
console.log(`Diagnose it again from both files: pnpm handoff analyze ${traceDir}`);
