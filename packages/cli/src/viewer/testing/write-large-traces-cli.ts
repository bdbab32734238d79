// Writes the viewer's large test traces for a look by hand or a measurement:
// node --conditions=@handoff/source packages/cli/src/viewer/testing/write-large-traces-cli.ts <dir> <handoffs> <workflows>
import { writeLargeTraces } from './write-large-traces.ts';

const [dir, handoffs = '2000', workflows = '0'] = process.argv.slice(2);
if (!dir) throw new Error('usage: write-large-traces-cli.ts <dir> [handoffs] [workflows]');
await writeLargeTraces(dir, { handoffs: Number(handoffs), workflows: Number(workflows) });
