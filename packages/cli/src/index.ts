export { type AnalyzeCommandOptions, analyzeCommand, toJson } from './commands/analyze.ts';
export { formatAnalysis } from './format/format-analysis.ts';
export { createProgram, type Io, runCli } from './program.ts';
