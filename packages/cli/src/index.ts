export { type AnalyzeCommandOptions, analyzeCommand, toJson } from './commands/analyze.ts';
export { formatAnalysis } from './format/format-analysis.ts';
export { type JudgeDeps, type JudgeModel, judgeModel } from './judge-model.ts';
export { createProgram, type Io, runCli } from './program.ts';
