import { exampleArgs, printRun } from '@handoff/example-kit';
import { runExample } from './run-example.ts';

const args = exampleArgs();
const run = await runExample(args);
printRun(run.trace, run.analysis, run.tracePath);
