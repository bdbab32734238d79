import { parseArgs } from 'node:util';
import { FAULTS, type Fault, isFault } from './faults.ts';

export interface ExampleArgs {
  fault: Fault;
  traceDir: string;
}

/** `--fault <kind|none> --trace-dir <dir>`; exits 2 with the list of faults on bad input. */
export function exampleArgs(argv: string[] = process.argv.slice(2)): ExampleArgs {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        fault: { type: 'string', default: 'none' },
        'trace-dir': { type: 'string', default: '.handoff' },
        help: { type: 'boolean' },
      },
    });
    if (values.help) {
      console.log(`usage: start [--fault ${FAULTS.join('|')}] [--trace-dir DIR]`);
      process.exit(0);
    }
    if (!isFault(values.fault)) throw new Error(`unknown fault "${values.fault}"`);
    return { fault: values.fault, traceDir: values['trace-dir'] };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nfaults: ${FAULTS.join(', ')}`);
    process.exit(2);
  }
}
