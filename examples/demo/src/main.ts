import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runDemo } from './run-demo.ts';

const { values } = parseArgs({
  options: {
    'trace-dir': { type: 'string', default: '.handoff/demo' },
    report: { type: 'string', default: 'handoff-report.html' },
  },
});
// Paths are relative to where the user typed the command (pnpm runs scripts in the package folder).
const base = process.env.INIT_CWD ?? process.cwd();
process.chdir(base);
const started = performance.now();
const results = await runDemo({
  traceDir: relative(base, resolve(base, values['trace-dir'])),
  report: relative(base, resolve(base, values.report)),
});
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
process.exitCode = results.every((result) => result.found === result.fault) ? 0 : 1;
