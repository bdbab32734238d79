import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { type AnalyzeCommandOptions, analyzeCommand } from './commands/analyze.ts';
import { collectCommand } from './commands/collect.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { reportCommand } from './commands/report.ts';
import { tailCommand } from './commands/tail.ts';
import { viewCommand } from './commands/view.ts';
import { UsageError } from './load.ts';
import { DEFAULT_VIEWER_PORT } from './viewer/viewer-server.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const DEFAULT_DIR = '.handoff';
// src/program.ts and the dist chunk holding it both sit one level below the package root.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Builds the `handoff` command. Each action resolves to an exit code. */
export function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('handoff')
    .description('Find where communication broke in a multi-agent LLM run.')
    .version(version)
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
    .option(
      '--json',
      'print JSON: { workflows: [{ workflowId, name, status, failure, findings, suspects }] }',
    )
    .option('--fail-on <kinds>', 'also exit 1 when a finding of these kinds exists (comma-separated)')
    .option(
      '--failed',
      'the runs are known to have failed: always name the most likely cause and rank suspects',
    )
    .option(
      '--judge <provider:model>',
      'for runs known to have failed, ask this model who caused it (openai:… or anthropic:…; key from OPENAI_API_KEY / ANTHROPIC_API_KEY)',
    )
    .option(
      '--judge-mode <mode>',
      'all-at-once (one prompt) or step-wise (one per step, stops at the first fault)',
    )
    .addHelpText('after', '\nExit codes: 0 healthy, 1 a failure was found, 2 usage or input error.')
    .action(async (path: string, options: AnalyzeCommandOptions) => {
      setExit(await analyzeCommand(path, options, io.out, io.err));
    });

  program
    .command('import')
    .description(
      'turn logs from elsewhere into Handoff traces (chat: conversation logs; otlp: OpenTelemetry spans)',
    )
    .argument('<path>', 'a log file or a directory of them')
    .requiredOption('--format <format>', 'input format: chat or otlp')
    .requiredOption('--out <trace-dir>', 'directory to write the traces to (one .jsonl per input file)')
    .option('--failed', 'mark every imported run as known to have failed (analysis then names suspects)')
    .addHelpText(
      'after',
      '\nchat: an array of { name?, role, content } messages, or an object with it under "history" or\n"messages"; JSONL holds one conversation per line. otlp: an OTLP/JSON dump, the Collector\'s file\nexporter (JSONL) or a Phoenix / OpenInference span export; one workflow per trace. Exit code 2\nnames the file and message of bad input.',
    )
    .action(async (path: string, options: { format?: string; out?: string; failed?: boolean }) => {
      setExit(await importCommand(path, options, io.out, io.err));
    });

  program
    .command('view')
    .description(
      'open the live web viewer (127.0.0.1 only): workflows, agent graph, timeline, handoff details',
    )
    .argument('[path]', 'a trace file or a directory of them', DEFAULT_DIR)
    .option('--port <n>', 'port on 127.0.0.1 (0: any free port)', String(DEFAULT_VIEWER_PORT))
    .option('--open', 'open it in the default browser')
    .option(
      '--prices <file>',
      'JSON of USD per million tokens by model, to show cost: {"gpt-4o":{"input":2.5,"output":10}}',
    )
    .action(async (path: string, options: { port?: string; open?: boolean; prices?: string }) => {
      setExit(await viewCommand(path, options, io.out));
    });

  program
    .command('report')
    .description('write the viewer as one self-contained HTML file (works from file://, no network)')
    .argument('[path]', 'a trace file or a directory of them', DEFAULT_DIR)
    .option('-o, --output <file>', 'where to write it', 'handoff-report.html')
    .option('--workflow <id>', 'only this workflow (id or name)')
    .option('--prices <file>', 'JSON of USD per million tokens by model, to show cost')
    .action(async (path: string, options: { output: string; workflow?: string; prices?: string }) => {
      setExit(await reportCommand(path, options, io.out, io.err));
    });

  program
    .command('tail')
    .description('follow traces live: one line per handoff (coloured by delivery verdict) and per alert')
    .argument('[path]', 'a trace file or a directory of them', DEFAULT_DIR)
    .option('--once', 'print what is there now and exit')
    .action(async (path: string, options: { once?: boolean }) => {
      setExit(await tailCommand(path, options, io.out));
    });

  program
    .command('export')
    .description(
      'send traces to an OpenTelemetry pipeline (collector, Jaeger, Tempo, Langfuse, Phoenix) over OTLP/HTTP',
    )
    .argument('[path]', 'a trace file or a directory of them', DEFAULT_DIR)
    .requiredOption('--otlp <endpoint>', 'OTLP/HTTP traces endpoint, e.g. http://localhost:4318/v1/traces')
    .option('--header <name=value...>', 'extra request headers (e.g. authorization)')
    .option('--content', 'include message bodies (off by default)')
    .option('--workflow <id>', 'only this workflow (id or name)')
    .action(
      async (
        path: string,
        options: { otlp?: string; header?: string[]; content?: boolean; workflow?: string },
      ) => {
        setExit(await exportCommand(path, options, io.out, io.err));
      },
    );

  program
    .command('collect')
    .description(
      'receive OpenTelemetry traces over OTLP/HTTP (POST /v1/traces, protobuf or JSON) and write them as Handoff traces',
    )
    .option('--port <n>', 'port (4318 is the OTLP/HTTP default, so exporters need no change)', '4318')
    .option('--dir <dir>', 'where to write the traces', DEFAULT_DIR)
    .option('--host <host>', 'interface to listen on (default 127.0.0.1; others only when given)')
    .option('--max-body-mb <n>', 'largest request body accepted, in MiB', '16')
    .action(async (options: { port?: string; dir: string; host?: string; maxBodyMb?: string }) => {
      setExit(await collectCommand(options, io.out, io.err));
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
