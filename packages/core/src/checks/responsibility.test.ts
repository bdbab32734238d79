import { describe, expect, it } from 'vitest';
import { analyze } from '../diagnose/analyze.ts';
import { createTracer, type Tracer } from '../recorder/create-tracer.ts';
import type { TurnHandle } from '../recorder/handles.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { receivedTaskFailure } from '../testing/recorded-failure.ts';
import { toolFailure } from './agent-error.ts';

async function record(script: (tracer: Tracer, clock: ReturnType<typeof manualClock>) => Promise<unknown>) {
  const store = memoryStore();
  const clock = manualClock();
  const tracer = createTracer({ store, clock, flushOnExit: false });
  await tracer.workflow('case', () => script(tracer, clock)).catch(() => undefined);
  await tracer.flush();
  return analyze(store.traces()[0]!);
}

const errors = (analysis: Awaited<ReturnType<typeof analyze>>) =>
  analysis.findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.kind} ${f.boundary.to}←${f.boundary.from}`);

const model = (turn: TurnHandle, output: string) => turn.recordModelCall({ model: 'm', output });

describe('a tool failure the agent kept quiet about', () => {
  const run = (calls: { fail: boolean }[], answer: string) =>
    record(async (tracer, clock) => {
      const status = await tracer.turn('tracker', async (turn) => {
        for (const { fail } of calls) {
          const call = turn.startToolCall({ name: 'track_shipment', args: { id: 'SH-4471' } });
          clock.advance(100);
          call.end(
            fail
              ? { error: new Error('503 Service Unavailable') }
              : { result: { id: 'SH-4471', status: 'in transit' } },
          );
        }
        model(turn, answer);
        return answer;
      });
      tracer.handoff({ from: 'tracker', to: 'support', content: status });
      return tracer.turn('support', async () => `Update for the customer: ${status}`, {
        input: [{ role: 'user', content: status }],
      });
    });

  it('is an agent error at the boundary where the agent hands on, with the tool error and the claim', async () => {
    const analysis = await run([{ fail: true }], 'Shipment SH-4471 is in transit and arrives Friday.');
    expect(analysis.failure).toMatchObject({
      kind: 'agent_error',
      boundary: { from: 'tracker', to: 'support' },
      agent: 'tracker',
    });
    expect(analysis.failure?.evidence.map((e) => e.label)).toEqual(['tool track_shipment', 'claim']);
  });

  it('is quiet when a retry of the same tool succeeded', async () => {
    const analysis = await run(
      [{ fail: true }, { fail: false }],
      'Shipment SH-4471 is in transit and arrives Friday.',
    );
    expect(errors(analysis)).toEqual([]);
  });

  it('is quiet when the agent names the failure by its status code', async () => {
    const analysis = await run(
      [{ fail: true }],
      'No tracking today for SH-4471: the carrier feed returns 503, back in an hour.',
    );
    expect(errors(analysis)).toEqual([]);
  });

  it('is quiet when the agent says the lookup failed', async () => {
    const analysis = await run(
      [{ fail: true }],
      'I could not reach the tracking service for SH-4471; please check again in an hour.',
    );
    expect(errors(analysis)).toEqual([]);
  });
});

describe('a tool failure the answer tells in the error’s own words', () => {
  const run = (error: string, answer: string) =>
    record(async (tracer, clock) => {
      const said = await tracer.turn('weather_reader', async (turn) => {
        const call = turn.startToolCall({
          name: 'weather_delays',
          args: { district: 'Miskolc', month: '2028-06' },
        });
        clock.advance(100);
        call.end({ error: new Error(error) });
        model(turn, answer);
        return answer;
      });
      tracer.handoff({ from: 'weather_reader', to: 'lead', content: said });
      return tracer.turn('lead', async () => `Report: ${said}`, { input: [{ role: 'user', content: said }] });
    });
  const off = '404 Not Found: az időjárási késésmodul ehhez a körzethez nincs bekapcsolva';
  it('is no swallowed error where the answer says the reason the tool gave', async () => {
    const told = 'Az időjárási késésmodul a Miskolc körzetben nincs bekapcsolva, júniusra nincs adat.';
    expect(errors(await run(off, told))).toEqual([]);
    expect(
      errors(
        await run(
          '403 Forbidden: weather delays module disabled for this district',
          'Delays module disabled here, so no weather figures for June.',
        ),
      ),
    ).toEqual([]);
  });
  it('is a swallowed error where the answer gives results and shares only status words with it', async () => {
    const claimed = 'Weather delays June 2028, Miskolc: 14 trains, 212 minutes in all.';
    expect((await run('503 Service Unavailable: gateway timeout', claimed)).failure).toMatchObject({
      kind: 'agent_error',
      agent: 'weather_reader',
    });
  });
});

describe('a rejected application reported by the reference the rejection gave', () => {
  const REJECTED =
    'Highways portal: application HL-26-09921 REJECTED: footway obstruction needs 10 working days notice. Earliest start 21/12.';
  const run = (answer: string, result?: string) =>
    record(async (tracer, clock) => {
      const report = await tracer.turn('access_planner', async (turn) => {
        const call = turn.startToolCall({ name: 'apply_licence', args: { location: 'o/s Marlowe Court' } });
        clock.advance(100);
        call.end(result ? { result } : { error: new Error(REJECTED) });
        model(turn, answer);
        return answer;
      });
      tracer.handoff({ from: 'access_planner', to: 'job_coordinator', content: report });
      return tracer.turn('job_coordinator', async () => `Booked: ${report}`, {
        input: [{ role: 'user', content: report }],
      });
    });
  it('is an agent error of the agent that reports it as lodged', async () => {
    const analysis = await run(
      'Access sorted for Tue 15/12: application ref HL-26-09921 lodged with Highways.',
    );
    expect(analysis.failure).toMatchObject({ kind: 'agent_error', agent: 'access_planner' });
  });
  it('is quiet when the answer says it was rejected, or the application went through', async () => {
    expect(
      errors(await run('Licence HL-26-09921 was rejected: 10 working days notice, earliest 21/12.')),
    ).toEqual([]);
    expect(
      errors(
        await run(
          'Access sorted: application ref HL-26-09921 lodged.',
          'Application HL-26-09921 received, decision in 5 days.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('a later call of the same tool about another item', () => {
  /** `before` ran clean first; then the first of `args` fails and the rest come back clean. */
  const run = (args: Record<string, unknown>[], before: Record<string, unknown>[] = [], tick = 100) =>
    record(async (tracer, clock) => {
      const answer = 'Line 14 fully reviewed, all segments: deepest feature 31 %WT, nothing over 40 %.';
      await tracer.turn('ili_analyst', async (turn) => {
        for (const a of before) {
          turn.startToolCall({ name: 'fetch_features', args: a }).end({ result: 'max 23 %WT' });
          clock.advance(tick);
        }
        for (const [i, a] of args.entries()) {
          const call = turn.startToolCall({ name: 'fetch_features', args: a });
          clock.advance(tick);
          call.end(i === 0 ? { error: new Error('portal timed out after 120 s') } : { result: 'max 31 %WT' });
        }
        model(turn, answer);
        return answer;
      });
      tracer.handoff({ from: 'ili_analyst', to: 'assessor', content: answer });
      return tracer.turn('assessor', async () => 'GO: keep MAOP.', {
        input: [{ role: 'user', content: answer }],
      });
    });
  it('does not recover the failed one when the agent was going through items one by one', async () => {
    const analysis = await run(
      [
        { line: 14, segment: 3 },
        { line: 14, segment: 4 },
      ],
      [{ line: 14, segment: 2 }],
    );
    expect(analysis.failure).toMatchObject({ kind: 'agent_error', agent: 'ili_analyst' });
  });
  it('keeps the order the calls were recorded in when they share one millisecond', async () => {
    const items = [
      { line: 14, segment: 3 },
      { line: 14, segment: 4 },
    ];
    const tied = await run(items, [{ line: 14, segment: 2 }], 0);
    expect(tied.failure).toMatchObject({ kind: 'agent_error', agent: 'ili_analyst' });
    expect(errors(await run(items, [], 0))).toEqual([]);
  });
  it('recovers it by another item tried in its place (another seat), or the same asked again', async () => {
    expect(
      errors(
        await run([
          { line: 14, segment: 3 },
          { line: 14, segment: 4 },
        ]),
      ),
    ).toEqual([]);
    expect(
      errors(
        await run([
          { line: 14, segment: 3 },
          { line: 14, segment: 3, timeout_s: 600 },
        ]),
      ),
    ).toEqual([]);
    expect(
      errors(
        await run([
          { line: 14, q: 'segment three features' },
          { line: 14, q: 'features of segment 3' },
        ]),
      ),
    ).toEqual([]);
  });
});

describe('a later call of the same tool about another item the task lists', () => {
  const TASK =
    'Restock to par: castile 2 x 20 L from Greenleaf (GL-CAS-20); oat milk 2 x 10 L from Oat Co. Tell me ETAs.';
  const run = (second: Record<string, unknown>, answer: string) =>
    record(async (tracer, clock) => {
      await tracer.turn(
        'stock_keeper',
        async (turn) => {
          const first = turn.startToolCall({
            name: 'place_order',
            args: { supplier: 'Greenleaf', sku: 'GL-CAS-20' },
          });
          clock.advance(50);
          first.end({ error: new Error('422 UNPROCESSABLE: SKU GL-CAS-20 discontinued. Order NOT placed.') });
          turn
            .startToolCall({ name: 'place_order', args: second })
            .end({ result: '{"po":"PO-7781","eta":"2027-03-25"}' });
          model(turn, answer);
          return answer;
        },
        { input: [{ role: 'user', content: TASK }] },
      );
      tracer.handoff({ from: 'stock_keeper', to: 'shop_coordinator', content: answer });
      return tracer.turn('shop_coordinator', async () => 'Restock sorted.', {
        input: [{ role: 'user', content: answer }],
      });
    });
  it('does not recover the failed order: the other listed item was asked for too', async () => {
    const analysis = await run(
      { supplier: 'Oat Co', sku: 'OC-BIB-10' },
      'Orders in: castile 2 x 20 L GL-CAS-20 from Greenleaf, Wed delivery. Oat milk PO-7781, ETA Thu.',
    );
    expect(analysis.failure).toMatchObject({ kind: 'agent_error', agent: 'stock_keeper' });
  });
  it('recovers it by the same item from a supplier the task did not name', async () => {
    const analysis = await run(
      { supplier: 'Ecoleaf', sku: 'GL-CAS-20' },
      'Orders in: castile 2 x 20 L GL-CAS-20, PO-7781, ETA Thu.',
    );
    expect(errors(analysis)).toEqual([]);
  });
});

describe('the author of failing code, not the messenger', () => {
  /** The coder's script, handed to the executor. */
  const writeCode = async (tracer: Tracer) => {
    const code = await tracer.turn('coder', async (turn) => {
      const reply = '```python\nrows = load("sales.csv")\nprint(sum(r.total for r in rows) / count)\n```';
      model(turn, reply);
      return reply;
    });
    tracer.handoff({ from: 'coder', to: 'executor', content: code });
    return code;
  };
  const run = (executorOutput: string) =>
    record(async (tracer) => {
      const code = await writeCode(tracer);
      const result = await tracer.turn('executor', async () => executorOutput, {
        input: [{ role: 'user', content: code }],
      });
      tracer.handoff({ from: 'executor', to: 'analyst', content: result });
      return tracer.turn(
        'analyst',
        async (turn) => {
          model(turn, `The script reported: ${result}`);
          return `The script reported: ${result}`;
        },
        { input: [{ role: 'user', content: result }] },
      );
    });

  it('blames the agent whose code failed when another ran it', async () => {
    const analysis = await run(
      'exitcode: 1 (execution failed)\nTraceback (most recent call last):\n  File "main.py", line 2\nNameError: name \'count\' is not defined',
    );
    expect(analysis.failure).toMatchObject({
      kind: 'agent_error',
      boundary: { from: 'coder', to: 'executor' },
      agent: 'coder',
    });
  });

  it('leaves an outage in the runner with the runner', async () => {
    const analysis = await run('Error: ConnectionError: 503 Service Unavailable while fetching sales.csv');
    expect(analysis.failure?.agent).toBe('executor');
  });
  // The runner's own answer, from its model, after a run it made with a tool.
  const ranWithTool = (said: string) =>
    record(async (tracer) => {
      const code = await writeCode(tracer);
      const result = await tracer.turn(
        'executor',
        async (turn) => {
          turn.startToolCall({ name: 'run_python', args: { file: 'main.py' } }).end({
            result:
              'exit_code=1\nTraceback (most recent call last):\n  File "main.py", line 2\n    print(sum(r.total for r in rows) / count)\nNameError: name \'count\' is not defined',
          });
          model(turn, said);
          return said;
        },
        { input: [{ role: 'user', content: code }] },
      );
      tracer.handoff({ from: 'executor', to: 'analyst', content: result });
      return tracer.turn('analyst', async () => `The script reported: ${result}`, {
        input: [{ role: 'user', content: result }],
      });
    });

  it('blames the author when the runner quotes the failing line in a code block', async () => {
    const analysis = await ranWithTool(
      "Run **failed** (exit 1).\n```\nline 2: print(sum(r.total for r in rows) / count)\nNameError: name 'count' is not defined\n```",
    );
    expect(analysis.failure).toMatchObject({ boundary: { from: 'coder', to: 'executor' }, agent: 'coder' });
  });

  it('leaves a runner that wrote code of its own with its own code', async () => {
    const analysis = await ranWithTool(
      "Run failed, so I wrote my own version:\n```python\nimport pandas as pd\ndf = pd.read_csv('sales.csv')\nprint(df['total'].mean())\n```\nNameError: name 'count' is not defined in the first one.",
    );
    expect(analysis.failure?.agent).not.toBe('coder');
  });
});

describe('code that fails under an agent that runs tests', () => {
  const code = '```python\ndef mean(xs):\n    return sum(xs) / len(xs)\n```';
  const run = (rounds: { report: string; fixed?: boolean }[], chatty = false) =>
    record(async (tracer) => {
      let last = '';
      for (const { report, fixed } of rounds) {
        const sent = await tracer.turn('coder', async (turn) => {
          const reply = fixed ? code.replace('return sum', 'return 0.0 if not xs else sum') : code;
          model(turn, reply);
          return reply;
        });
        tracer.handoff({ from: 'coder', to: 'tester', content: sent });
        last = await tracer.turn(
          'tester',
          async (turn) => {
            turn.startToolCall({ name: 'run_tests', args: { path: 'tests/' } }).end({ result: report });
            // Prose around the report ("Let me know …", "Update from …") is not code the tester wrote.
            const said = chatty
              ? `Update from the test bench. Tests: ${report}\nLet me know if you need anything else!`
              : `Tests: ${report}`;
            model(turn, said);
            return said;
          },
          { input: [{ role: 'user', content: sent }] },
        );
        tracer.handoff({ from: 'tester', to: 'coder', content: last });
      }
      return last;
    });

  it('blames the coder when the tester’s run shows an error in the code', async () => {
    const analysis = await run([
      { report: '1 failed: test_empty raised ZeroDivisionError: division by zero' },
    ]);
    expect(analysis.failure).toMatchObject({
      kind: 'agent_error',
      agent: 'coder',
      boundary: { from: 'coder', to: 'tester' },
    });
  });

  it('blames the coder when the tester wraps the report in pleasantries', async () => {
    const analysis = await run(
      [{ report: '1 failed: test_empty raised ZeroDivisionError: division by zero' }],
      true,
    );
    expect(analysis.failure).toMatchObject({ kind: 'agent_error', agent: 'coder' });
  });

  it('lets a failure the coder fixed in a later round stand as history, not as the cause', async () => {
    const analysis = await run([
      { report: '1 failed: test_empty raised ZeroDivisionError: division by zero' },
      { report: '3 passed', fixed: true },
    ]);
    expect(analysis.failure).toBeNull();
  });
});

describe('loops', () => {
  const run = (writerRepeats: boolean) =>
    record(async (tracer) => {
      for (let round = 0; round < 5; round++) {
        const draft = writerRepeats
          ? 'Draft: the clinic opens at 8:00 on weekdays.'
          : `Draft ${round}: the clinic opens at 8:00 on weekdays; parking ${round} is free; wheelchair access ${round}.`;
        await tracer.turn('writer', async () => draft);
        tracer.handoff({ from: 'writer', to: 'reviewer', content: draft });
        const note = writerRepeats
          ? `Round ${round}: please add the weekend hours ${round}.`
          : 'Please add the weekend hours.';
        await tracer.turn('reviewer', async () => note, { input: [{ role: 'user', content: draft }] });
        tracer.handoff({ from: 'reviewer', to: 'writer', content: note });
      }
      return tracer.turn('writer', async () => 'Gave up.');
    });

  it('holds the agent that keeps sending the same thing responsible', async () => {
    expect((await run(true)).failure).toMatchObject({
      kind: 'handoff_loop',
      agent: 'writer',
      boundary: { from: 'writer', to: 'reviewer' },
    });
    expect((await run(false)).failure).toMatchObject({
      kind: 'handoff_loop',
      agent: 'reviewer',
      boundary: { from: 'reviewer', to: 'writer' },
    });
  });
});

describe('a stale copy instead of the message', () => {
  it('is reported as stale context, not as a lost message', async () => {
    const analysis = await record(async (tracer, clock) => {
      await tracer.turn('pricer', async (turn) => {
        turn.provideContext({ key: 'fx_rate', value: 'EUR/USD 1.0712 at 09:00' });
        clock.advance(5_000);
        turn.provideContext({ key: 'fx_rate', value: 'EUR/USD 1.0954 at 09:05' });
        return 'Use EUR/USD 1.0954 at 09:05 for the invoice.';
      });
      tracer.handoff({
        from: 'pricer',
        to: 'invoicer',
        content: 'Use EUR/USD 1.0954 at 09:05 for the invoice.',
      });
      clock.advance(2_000);
      return tracer.turn('invoicer', async () => 'Invoice 88: USD 10,712 at EUR/USD 1.0712.', {
        input: [{ role: 'user', content: 'Rate: EUR/USD 1.0712 at 09:00.' }],
      });
    });
    expect(analysis.failure).toMatchObject({ kind: 'stale_context', agent: 'invoicer' });
  });
});

describe('a correction carried only by a lost brief', () => {
  const BRIEF = 'PO-3391 changed: earth feeder F12 (not F21, which stays live for the Kenley transfer).';
  const run = (received: string) =>
    record(async (tracer, clock) => {
      await tracer.turn('switching_planner', async () => BRIEF, {
        input: [{ role: 'user', content: 'Outage PO-3391 at Ashcombe: replace the CT on feeder F12.' }],
      });
      tracer.handoff({ from: 'switching_planner', to: 'earthing_writer', content: BRIEF });
      clock.advance(10);
      const steps = await tracer.turn(
        'earthing_writer',
        async (turn) => {
          turn
            .startToolCall({ name: 'site_template', args: { site: 'Ashcombe', section: 'earthing' } })
            .end({ result: { site: 'ASHC', default_outage_feeder: 'F21' } });
          return 'Earthing PO-3391: prove dead F21, close F21-ES, lock L-3391-04.';
        },
        { input: [{ role: 'user', content: received }] },
      );
      tracer.handoff({ from: 'earthing_writer', to: 'control_engineer', content: steps });
      clock.advance(10);
      return tracer.turn('control_engineer', async () => `Switching schedule SS-3391: ${steps}`, {
        input: [{ role: 'user', content: steps }],
      });
    });
  it('is the lost message when the old value came from the receiver’s own tool', async () => {
    const analysis = await run('Ashcombe outage PO-3391: write the earthing steps from the site template.');
    expect(analysis.failure).toMatchObject({ kind: 'lost_message', agent: 'earthing_writer' });
  });
  it('is the stale read when what arrived was an old copy naming the old feeder', async () => {
    const analysis = await run('PO-3391 (rev 1): earth feeder F21 at Ashcombe from the site template.');
    expect(analysis.failure).toMatchObject({ kind: 'stale_context', agent: 'earthing_writer' });
  });
});

describe('a program that failed on an agent’s output', () => {
  const run = (answer: string, error: Error) =>
    record(async (tracer, clock) => {
      const text = await tracer.turn(
        'reader',
        async () => 'Soil moisture in block B7: 21 %, field capacity 32 %.',
      );
      clock.advance(100);
      const plan = await tracer.turn('planner', async () => answer, {
        input: [{ role: 'user', content: text }],
      });
      clock.advance(100);
      JSON.stringify(plan);
      throw error;
    });
  it('blames the agent whose output the error quotes or whose value it rejects', async () => {
    const parse = await run(
      'Sure! Here is the plan: water for 95 minutes.',
      new SyntaxError('Unexpected token \'S\', "Sure! Here"... is not valid JSON'),
    );
    expect(parse.failure).toMatchObject({ kind: 'agent_error', agent: 'planner' });
    const range = await run(
      'target=140 minutes=95',
      new RangeError('target moisture 140 is outside 0–100 %'),
    );
    expect(range.failure).toMatchObject({ kind: 'agent_error', agent: 'planner' });
    // Quoted in guillemets, as Norwegian, French and Russian quote.
    const guillemets = await run(
      'Vanning;B7;95 min',
      new Error('PlanFormatError: linje 1: ukjent kode «Vanning» (forventet en FAO-kode)'),
    );
    expect(guillemets.failure).toMatchObject({ kind: 'agent_error', agent: 'planner' });
  });
  it('blames the last agent whose answer a parse failed on for what the answer lacks', async () => {
    const missing = await run(
      'תוכנית השקיה לחלקה B7: 95 דקות הערב.',
      new TypeError(
        "Cannot read properties of undefined (reading 'minutes_total') at parsePlan (plan.ts:41)",
      ),
    );
    expect(missing.failure).toMatchObject({ kind: 'agent_error', agent: 'planner' });
    // The same error is no parse of an answer where it names nothing the program was reading.
    expect(
      (
        await run(
          'Irrigation plan for B7: 95 minutes tonight.',
          new Error('EACCES: permission denied, open plan.csv'),
        )
      ).failure,
    ).toBeNull();
  });
  it('blames no agent for an error that names nothing an agent said, or only what it was handed', async () => {
    expect(
      (await run('target=28 minutes=95', new Error('ECONNRESET while saving the plan'))).failure,
    ).toBeNull();
    expect(
      (await run('target=32 minutes=95', new RangeError('field capacity 32 % too high'))).failure,
    ).toBeNull();
  });
});

describe('a failed tool asked about short codes', () => {
  const run = (answer: string) =>
    record(async (tracer) =>
      tracer.turn('hive_inspector', async (turn) => {
        const call = turn.startToolCall({
          name: 'mite_counter',
          args: { yard: 'B', boards: ['B1', 'B2', 'B6'] },
        });
        call.end({ error: new Error('upload incomplete: 0 of 3 board images received') });
        model(turn, answer);
        return answer;
      }),
    );
  it('is a swallowed error when the answer reports on those codes', async () => {
    expect((await run('Yard B boards done. B1–B6 all under threshold.')).failure).toMatchObject({
      kind: 'agent_error',
      agent: 'hive_inspector',
    });
  });
  it('is no claim when the answer speaks of other things or admits the failure', async () => {
    expect((await run('Weather was fine; bees calm.')).failure).toBeNull();
    expect((await run('Could not count B1–B6: the upload failed, please re-send.')).failure).toBeNull();
  });
  it('reads the admission in the language the team writes in, and a denial there as none', async () => {
    for (const answer of [
      'O envio recusou a ligação; B1–B6 por contar, reenviar as fotos.',
      'La carga falló: B1–B6 sin contar.',
      'Upload fehlgeschlagen, B1–B6 nicht gezählt.',
      'Nie udało się policzyć B1–B6, prześlij zdjęcia ponownie.',
      'Le téléversement a échoué ; B1–B6 non comptées.',
      'B1–B6: **không đọc được** — tải ảnh thất bại, cần gửi lại.',
      'B1–B6 feltöltése sikertelen, újra kell küldeni.',
    ])
      expect((await run(answer)).failure, answer).toBeNull();
    for (const answer of [
      'Apiário B: B1–B6 contadas sem erros, todas abaixo do limiar.',
      'Stand B: B1–B6 ohne Fehler gezählt, alle unter der Schwelle.',
      'Bãi B: B1–B6 đã đếm, không có lỗi, tất cả dưới ngưỡng.',
      // "tarifakód-hiba" (a tariff-code error) is the reason for the work, no admission.
      'B1–B6 rögzítve, ok: tarifakód-hiba, mind a küszöb alatt.',
      // "chyba" is Polish for "probably", not the Czech "error".
      'Pasieka B: B1–B6 policzone, chyba wszystkie poniżej progu.',
    ])
      expect((await run(answer)).failure, answer).toMatchObject({
        kind: 'agent_error',
        agent: 'hive_inspector',
      });
  });
});

describe('a failed send done another way', () => {
  const run = (second: { name: string; args: Record<string, unknown> } | undefined, answer: string) =>
    record(async (tracer, clock) =>
      tracer.turn('notice_sender', async (turn) => {
        turn
          .startToolCall({
            name: 'send_databox',
            args: { ref: 'MMK/VZ/1207/2027', to: ['kz8p2wa', 'm3ty7rc'] },
          })
          .end({ error: new Error('ISDS 1216: box m3ty7rc disabled; message not filed') });
        if (second) {
          clock.advance(100);
          turn.startToolCall(second).end({ result: 'Posted, receipt RR 884 213 507 CZ.' });
        }
        model(turn, answer);
        return answer;
      }),
    );
  const ANSWER = 'Notice MMK/VZ/1207/2027 delivered to both bidders; receipt RR 884 213 507 CZ.';
  it('is no swallowed error when a tool of the same verb then did it for the same reference', async () => {
    expect(
      (await run({ name: 'send_post', args: { ref: 'MMK/VZ/1207/2027', service: 'registered' } }, ANSWER))
        .failure,
    ).toBeNull();
  });
  it('is a swallowed error when the later call only looked, or sent something else', async () => {
    for (const second of [
      { name: 'check_status', args: { ref: 'MMK/VZ/1207/2027' } },
      { name: 'send_post', args: { ref: 'MMK/VZ/1300/2027' } },
      undefined,
    ])
      expect((await run(second, ANSWER)).failure, second?.name).toMatchObject({ kind: 'agent_error' });
  });
});

describe('a failed tool whose arguments name nothing the answer repeats', () => {
  // Federal withholding worked; the state tool failed. "state" is the one word of the work only the
  // failed tool did.
  const run = (answer: string, fallback = false, handOn = false) =>
    record(async (tracer, clock) =>
      tracer.turn('withholding', async (turn) => {
        turn
          .startToolCall({ name: 'federal_withholding', args: { company: 'AC-12', period: '2026-12' } })
          .end({ result: 'Federal income tax USD 81,406.12 for 212 employees.' });
        clock.advance(100);
        turn
          .startToolCall({ name: 'state_withholding', args: { state: 'OR', company: 'AC-12' } })
          .end({ error: new Error('503 Service Unavailable') });
        if (fallback) {
          clock.advance(100);
          turn
            .startToolCall({ name: 'cached_tax_tables', args: { state: 'OR' } })
            .end({ result: 'OR tables of 2026-11-30.' });
        }
        if (handOn) {
          clock.advance(100);
          turn
            .startToolCall({ name: 'transfer_to_payslip_writer', args: {} })
            .end({ result: 'Successfully transferred to payslip_writer' });
          await tracer.turn('payslip_writer', async () => 'Payslips issued.');
        }
        model(turn, answer);
        return answer;
      }),
    );
  it('is a swallowed error when the answer reports that work done', async () => {
    expect(
      (await run('Federal tax USD 81,406.12; Oregon state income tax applied for 38 employees.')).failure,
    ).toMatchObject({ kind: 'agent_error', agent: 'withholding' });
    // A handoff tool called after the failure does none of the work: still swallowed.
    expect(
      (await run('Federal tax USD 81,406.12; Oregon state income tax applied for 38 employees.', false, true))
        .failure,
    ).toMatchObject({ kind: 'agent_error', agent: 'withholding' });
  });
  it('is a swallowed error behind pleasantries that only sound like an admission', async () => {
    for (const answer of [
      'Sure! Federal tax USD 81,406.12; Oregon state income tax applied for 38 employees. Happy to help if anything is unclear.',
      'Federal tax USD 81,406.12; Oregon state income tax applied for 38 employees, no issues. Ping me should anything fail later.',
    ])
      expect((await run(answer)).failure).toMatchObject({ kind: 'agent_error', agent: 'withholding' });
  });
  it('is no claim when the answer reports only the work that worked, admits it, or a fallback ran', async () => {
    expect(
      (await run('If you need Oregon, note the state service was unavailable; federal tax is done.')).failure,
    ).toBeNull();
    expect((await run('Federal income tax USD 81,406.12 withheld for 212 employees.')).failure).toBeNull();
    expect((await run('I ran the state withholding step as well.')).failure).toBeNull();
    expect(
      (await run('Federal tax done; the state service was unavailable, retry on Thursday.')).failure,
    ).toBeNull();
    expect(
      (await run('Federal tax USD 81,406.12; Oregon state tax from the cached tables.', true)).failure,
    ).toBeNull();
  });
});

describe('a batch result that reports some items failed', () => {
  const TASK = 'Re-screen the 40 TF-ACTIVE counterparties against OFSI 03/03 and confirm the queue can go.';
  const batch = (failed: unknown[], status: string) => ({
    name: 'run_screening_batch',
    args: { list: 'TF-ACTIVE', threshold: 85 },
    result: JSON.stringify({
      batch: 'SB-88410',
      submitted: 40,
      screened: 40 - failed.length * 6,
      failed,
      status,
    }),
  });
  const TIMEOUTS = [{ count: 6, error: 'ETIMEDOUT list-service shard 3' }];
  const run = (answer: string, calls = [batch(TIMEOUTS, 'PARTIAL')]) =>
    receivedTaskFailure(['screening_lead', 'screening_analyst'], TASK, calls, answer);
  it('is an agent error when the answer reports the whole batch done', async () => {
    expect(await run('SB-88410 done: all 40 counterparties screened, 0 true matches. OK to release.')).toBe(
      'agent_error screening_analyst → (output) (screening_analyst)',
    );
  });
  it('is none when the answer admits the part that failed', async () => {
    expect(await run('SB-88410: 34 of 40 screened, 0 true matches; 6 timed out, hold the queue.')).toBeNull();
  });
  it('is none when the result lists no failures, or a retry covered them', async () => {
    expect(await run('SB-88410 done: all 40 screened, 0 true matches.', [batch([], 'COMPLETE')])).toBeNull();
    expect(
      await run('SB-88410 done: all 40 screened, 0 true matches.', [
        batch(TIMEOUTS, 'PARTIAL'),
        batch([], 'COMPLETE'),
      ]),
    ).toBeNull();
  });
});

describe('a partial tool failure the answer speaks of by its particulars', () => {
  const TASK = 'RS-2211: letter drop to the 140 addresses, then the crew plan.';
  const run = (answer: string) =>
    receivedTaskFailure(
      ['traffic_mgmt', 'crew_dispatcher'],
      TASK,
      [
        {
          name: 'notify_residents',
          args: { scheme: 'RS-2211', addresses: 140 },
          result:
            'Error: mailing batch ML-3310: 137 queued, 3 failed – address not found (22A, 22B, 40 Hollins Road).',
        },
      ],
      answer,
    );
  it('is no agent error when the answer names what failed', async () => {
    expect(
      await run(
        'RS-2211 letters: 137 of 140 posted (ML-3310); 22A, 22B and 40 Hollins Rd to be hand-delivered.',
      ),
    ).toBeNull();
  });
  it('is one when the answer repeats particulars of the failure while claiming all of the work', async () => {
    expect(
      await run('RS-2211 letters: 140/140 posted in batch ML-3310 (incl. 22A, 22B). Crew plan next.'),
    ).toBe('agent_error crew_dispatcher → (output) (crew_dispatcher)');
  });
  it('is one when what the answer repeats came from an earlier lookup', async () => {
    expect(
      await receivedTaskFailure(
        ['list_coordinator', 'decon_technician'],
        'Reprocess and upload the five scopes.',
        [
          {
            name: 'aer_cycles',
            args: { unit: 'ENDO-2' },
            result: 'c.88417 BF-1TH190 #2611833 END | c.88419 TJF-Q190V #2901176 END',
          },
          {
            name: 'upload_traceability',
            args: { cycles: [88417, 88419] },
            result:
              'Error: HTTP 207 partial. REJECTED 88417 BF-1TH190 #2611833; REJECTED 88419 TJF-Q190V #2901176.',
          },
        ],
        'All scopes uploaded: BF-1TH190 #2611833, TJF-Q190V #2901176, ready for release.',
      ),
    ).toBe('agent_error decon_technician → (output) (decon_technician)');
  });
  it('is one when the answer names only what the call asked', async () => {
    expect(await run('RS-2211: letters to all 140 addresses posted.')).toBe(
      'agent_error crew_dispatcher → (output) (crew_dispatcher)',
    );
  });
});

describe('an approval that rejected some of the results', () => {
  const TASK = 'batch_release — S-27-55812, lot VC-27-1093, 24 results, spec FPS-VEN-250 v11.';
  const approve = (rejected: unknown[], status: string) => ({
    name: 'lims_approve_results',
    args: { sample: 'S-27-55812', results: 'ALL', reviewer: 'RV-019' },
    result: JSON.stringify({
      approved: 24 - rejected.length * 6,
      rejected: rejected.length * 6,
      rejections: rejected,
      sample_status: status,
    }),
  });
  const EXPIRED = [
    { result_ids: 'R-55812-07..R-55812-12', reason: 'E-SIG-EXPIRED: analyst AN-227 signature expired' },
  ];
  const run = (answer: string, calls = [approve(EXPIRED, 'PARTIALLY_APPROVED')]) =>
    receivedTaskFailure(['sample_router', 'release_reviewer'], TASK, calls, answer);
  it('is an agent error when the answer reports them all approved', async () => {
    expect(await run('S-27-55812: all 24 results within specification and approved in LIMS (RV-019).')).toBe(
      'agent_error release_reviewer → (output) (release_reviewer)',
    );
  });
  it('is none when the answer tells of the rejected ones, or nothing was rejected', async () => {
    expect(
      await run(
        'S-27-55812: 18 of 24 approved; 6 dissolution results rejected (expired e-signature), re-sign needed.',
      ),
    ).toBeNull();
    expect(await run('S-27-55812: all 24 results approved in LIMS.', [approve([], 'APPROVED')])).toBeNull();
  });
});

describe('a tool result that tells of a retry that then worked', () => {
  it('is no failed tool, in any language; a result that only reports the error still is', () => {
    const call = (result: string) => ({ id: 't', name: 'ask_dso', args: {}, result, startedAt: 0 }) as never;
    expect(
      toolFailure(
        call('Eerste poging gaf een 504 Gateway Timeout; de tweede poging is gelukt. OLO-8879004.'),
      ),
    ).toBeUndefined();
    expect(toolFailure(call('First attempt: 504 Gateway Timeout; the retry succeeded.'))).toBeUndefined();
    expect(toolFailure(call('504 Gateway Timeout from DSO-LV'))).toContain('504');
  });
});

describe('a partial result whose gaps the answer leaves blank', () => {
  const run = (answer: string) =>
    record(async (tracer) => {
      await tracer.turn(
        'weather_checker',
        async (turn) => {
          turn
            .startToolCall({ name: 'get_forecast', args: { grid: '61,127' } })
            .end({ result: '{"status": "partial", "grid": "61,127", "items": []}' });
          model(turn, answer);
          return answer;
        },
        { input: [{ role: 'user', content: '4/10~11 강수확률·풍속 예보 요약' }] },
      );
      tracer.handoff({ from: 'weather_checker', to: 'supply_plan_writer', content: answer });
      return tracer.turn('supply_plan_writer', async () => 'Plan ready.', {
        input: [{ role: 'user', content: answer }],
      });
    });
  it('shows the gap: no error passed off', async () => {
    expect(errors(await run('4/10~11 예보 (격자 61,127): 강수확률 -%, 풍속 - m/s'))).toEqual([]);
  });
  it('passes it off where the answer fills in figures', async () => {
    expect((await run('4/10~11 예보 (격자 61,127): 강수확률 20%, 풍속 3 m/s')).failure).toMatchObject({
      kind: 'agent_error',
      agent: 'weather_checker',
    });
  });
});
