import { parseArgs } from 'node:util';
import { isFault } from '@handoff/example-kit';
import { startPlannerService } from './planner-service.ts';
import { startResearcherService } from './researcher-service.ts';

/**
 * One service as its own process: `service-main.ts planner|researcher --fault F --trace-dir D
 * [--researcher-url U] [--skew-ms N]`. Prints `ready <url>` once it serves; stops (flushing its
 * trace file) on SIGTERM or when its standard input closes.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    fault: { type: 'string', default: 'none' },
    'trace-dir': { type: 'string', default: '.handoff' },
    'researcher-url': { type: 'string' },
    'skew-ms': { type: 'string', default: '0' },
  },
});
const [role] = positionals;
const fault = values.fault;
if ((role !== 'planner' && role !== 'researcher') || !isFault(fault)) {
  console.error(
    'usage: service-main.ts planner|researcher --fault <kind> --trace-dir <dir> [--researcher-url <url>]',
  );
  process.exit(2);
}
const options = { fault, traceDir: values['trace-dir'], skewMs: Number(values['skew-ms']) };
const service =
  role === 'planner'
    ? await startPlannerService({ ...options, researcherUrl: values['researcher-url'] ?? '' })
    : await startResearcherService(options);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await service.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.stdin.on('end', stop).resume();
console.log(`ready ${service.url}`);
