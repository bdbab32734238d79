// Analysis throughput on logs with long messages (web pages, code; 10–50 KB each):
//   pnpm --dir bench profile:long-messages [workflows]
// Records `workflows` (default 20) six-agent chains whose tool results, model outputs and handoffs
// are 10–50 KB texts, then analyses them: MB of message text per CPU second of the analysis (the
// target is ≥ 2 MB/s), with a .cpuprofile in bench/profiles/.
import { analyze, createTracer, memoryStore, type Trace } from '@handoff/core';
import { manualClock } from '@handoff/core/testing';

const workflows = Number(process.argv[2] ?? 20);
let state = 7;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};
const WORDS =
  'the revenue region quarter market report customer order shipment invoice contract clause policy server request response latency error retry cache index table column function return value module import export config deploy release version branch commit review test build'.split(
    ' ',
  );
/** A page of prose with numbers, names and code-like lines, `kb` kilobytes long. */
function page(kb: number): string {
  const lines: string[] = [];
  let size = 0;
  while (size < kb * 1024) {
    const words = Array.from(
      { length: 8 + Math.floor(random() * 10) },
      () => WORDS[Math.floor(random() * WORDS.length)],
    );
    const line =
      random() < 0.2
        ? `const ${words[0]}_${Math.floor(random() * 1000)} = ${words[1]}(${Math.floor(random() * 10_000)}); // ${words.slice(2).join(' ')}`
        : `${words.join(' ')} ${Math.floor(random() * 100_000) / 100} EUR in Q${1 + Math.floor(random() * 4)} ${2020 + Math.floor(random() * 6)}.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

const store = memoryStore();
let n = 0;
const tracer = createTracer({ store, clock: manualClock(), ids: () => `id${++n}`, flushOnExit: false });
let textBytes = 0;
const sized = (text: string) => {
  textBytes += Buffer.byteLength(text);
  return text;
};
const agents = ['researcher', 'reader', 'analyst', 'coder', 'reviewer', 'writer'];
for (let w = 0; w < workflows; w++) {
  const workflow = tracer.startWorkflow('long-messages', { input: 'Summarise the attached pages.' });
  let brief = sized(page(10 + Math.floor(random() * 40)));
  for (const [i, agent] of agents.entries()) {
    const turn = workflow.startTurn({ agent, input: [{ role: 'user', content: brief }] });
    const tool = turn.startToolCall({ name: 'fetch', args: { url: `https://example.com/${w}/${i}` } });
    tool.end({ result: sized(page(10 + Math.floor(random() * 40))) });
    const output = sized(page(10 + Math.floor(random() * 40)));
    turn.recordModelCall({ model: 'm', input: [{ role: 'user', content: brief }], output });
    turn.end({ output });
    const next = agents[i + 1];
    if (next) workflow.sendHandoff({ from: agent, to: next, fromTurnId: turn.id, content: output });
    brief = output;
  }
  workflow.end({ output: brief });
}
await tracer.flush();
const traces: Trace[] = store.traces();
const cpu = process.cpuUsage();
let findings = 0;
for (const trace of traces) findings += (await analyze(trace)).findings.length;
const used = process.cpuUsage(cpu);
const seconds = (used.user + used.system) / 1e6;
console.log(
  `${workflows} workflows, ${(textBytes / 1e6).toFixed(1)} MB of message text: analysed in ${seconds.toFixed(2)} s CPU = ${(textBytes / 1e6 / seconds).toFixed(2)} MB/s, ${findings} findings`,
);
