import { Command, CommanderError } from 'commander';
import { analyzeCommand } from './commands/analyze.ts';
import { UsageError } from './load.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const DEFAULT_DIR = '.handoff';

/** Builds the `handoff` command. Each action resolves to an exit code. */
export function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('handoff')
    .description('Find where communication broke in a multi-agent LLM run.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    });

  program
    .command('analyze')
    .description('analyze traces and print the root cause, the chain and the findings per boundary')
    .argument('[path]', 'a trace file or a directory of them', DEFAULT_DIR)
    .option('--workflow <id>', 'only this workflow (id or name)')
    .option('--json', 'print JSON: { workflows: [{ workflowId, name, status, failure, findings }] }')
    .option('--fail-on <kinds>', 'also exit 1 when a finding of these kinds exists (comma-separated)')
    .addHelpText('after', '\nExit codes: 0 healthy, 1 a failure was found, 2 usage or input error.')
    .action(async (path: string, options: { workflow?: string; json?: boolean; failOn?: string }) => {
      setExit(await analyzeCommand(path, options, io.out, io.err));
    });

  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code; never throws. */
export async function runCli(
  argv: string[],
  io: Io = { out: (t) => console.log(t), err: (t) => console.error(t) },
): Promise<number> {
  let code = 0;
  const program = createProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError) {
      io.err(`handoff: ${error.message}`);
      return 2;
    }
    io.err(`handoff: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
