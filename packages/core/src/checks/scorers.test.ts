import { describe, expect, it } from 'vitest';
import type { AgentTurn } from '../model/trace.ts';
import {
  emptyOutput,
  errorText,
  invalidJson,
  omittedWarning,
  placeholder,
  promisedNotDone,
  type ScoreResult,
  type ScorerInput,
  truncated,
} from './scorers.ts';

const turn = (agent: string, modelOutput: string, toolCalls: unknown[] = []) =>
  ({
    agent,
    toolCalls: [],
    modelCalls: [{ output: modelOutput, toolCalls }],
  }) as unknown as AgentTurn;
const score = (output: string, t: AgentTurn) =>
  emptyOutput({ output, turn: t, task: 'Check every figure.' } as ScorerInput) as ScoreResult | undefined;

describe('emptyOutput', () => {
  it('reads a graph node update that only carries its own name around an empty answer as empty', () => {
    expect(score('{"results":[["fact_checker",""]]}', turn('fact_checker', ''))?.value).toBe(0);
  });
  it('keeps an update with values, or a model that answered or called a tool', () => {
    expect(score('{"approved":false,"reason":"figures off"}', turn('fact_checker', ''))).toBeUndefined();
    expect(
      score('{"results":[["fact_checker",""]]}', turn('fact_checker', 'All figures hold.')),
    ).toBeUndefined();
    expect(
      score('{"results":[["fact_checker",""]]}', turn('fact_checker', '', [{ name: 'search', args: {} }])),
    ).toBeUndefined();
  });
});

/** A turn whose one tool call returned `result`. */
const withToolResult = (agent: string, name: string, result: string) =>
  ({ agent, toolCalls: [{ name, args: {}, result }], modelCalls: [] }) as unknown as AgentTurn;

/** omittedWarning on an output whose turn's one tool returned `source`. */
const omittedFrom = (output: string, source: string, task = '') =>
  omittedWarning({
    output,
    turn: withToolResult('agent', 'read_source', source),
    task,
  } as ScorerInput) as ScoreResult | undefined;

describe('omittedWarning', () => {
  const record =
    'Patient P-20417, Maria Keller, 58 y. Conditions: type 2 diabetes. Medications: metformin 500 mg twice daily. Allergies: penicillin (anaphylaxis, 2019). Today: sore throat and fever 38.6 °C, strep test positive.';
  const withRecord = (result: string) => withToolResult('intake', 'patient_record', result);
  const run = (output: string, result = record) =>
    omittedWarning({ output, turn: withRecord(result), task: '' } as ScorerInput) as ScoreResult | undefined;
  it('catches a summary that carries the record but leaves out its allergy', () => {
    expect(
      run(
        'Maria Keller (58), type 2 diabetes on metformin 500 mg twice daily; sore throat, fever 38.6 °C, strep positive.',
      )?.value,
    ).toBe(0.2);
  });
  it('is quiet when the warning is kept, says none, or the output is not a summary of the source', () => {
    expect(
      run('Maria Keller (58), diabetes on metformin; PENICILLIN ALLERGY (anaphylaxis); strep positive.'),
    ).toBeUndefined();
    expect(
      run(
        'Maria Keller (58), type 2 diabetes on metformin 500 mg twice daily; fever 38.6 °C, strep positive.',
        record.replace('penicillin (anaphylaxis, 2019)', 'none known'),
      ),
    ).toBeUndefined();
    expect(run('Room 3 is ready.')).toBeUndefined();
    // An allergy named by its short form: "PCN allergy" keeps "PCN (hives)"; leaving it out is still caught.
    const visit = record.replace('penicillin (anaphylaxis, 2019)', 'PCN (hives)');
    expect(
      run(
        'Maria Keller (58), diabetes on metformin 500 mg twice daily; PCN allergy; strep positive, fever 38.6 °C.',
        visit,
      ),
    ).toBeUndefined();
    expect(
      run(
        'Maria Keller (58), type 2 diabetes on metformin 500 mg twice daily; sore throat, fever 38.6 °C, strep positive.',
        visit,
      )?.value,
    ).toBe(0.2);
  });
  it('reads a warning by what only it says, not words the source repeats elsewhere', () => {
    const register =
      'Classroom B2, built 1974. Ceiling: suspended tiles, 3.1 m. Power: circuit L2-07. Hazards: asbestos in the ceiling tiles, do not drill without removal. Access: weekdays after 16:00.';
    expect(
      run(
        'Classroom B2 (1974): suspended tile ceiling at 3.1 m, power on circuit L2-07, access weekdays after 16:00.',
        register,
      )?.value,
    ).toBe(0.2);
    expect(
      run(
        'Classroom B2 (1974): suspended tile ceiling at 3.1 m with asbestos, circuit L2-07, access weekdays after 16:00.',
        register,
      ),
    ).toBeUndefined();
  });
});

describe('omittedWarning: a source padded with numbers', () => {
  // Nine row numbers and sentence-final words ("passengers.") must not hide that the summary
  // carries the rest of the source.
  const manifest =
    'Flight LX318, 212 passengers. Meals: standard 180; vegetarian 24; kosher 8. Allergies: 4 passengers with severe sesame allergy (rows 1103, 1107, 1204, 1212, 1408, 2101, 2105, 2217, 2219); 6 lactose. Special assistance: 2 wheelchair.';
  const run = (output: string) => omittedFrom(output, manifest);
  it('still reads the output as its summary and catches the dropped allergy', () => {
    expect(
      run('LX318: 212 passengers; meals standard 180, vegetarian 24, kosher 8; 2 wheelchair assistance.')
        ?.value,
    ).toBe(0.2);
  });
  it('is not fooled by a sign-off that shares a function word with the field', () => {
    expect(
      run(
        'LX318: 212 passengers; meals standard 180, vegetarian 24, kosher 8; 2 wheelchair assistance.\nFeel free to reach out with any questions.',
      )?.value,
    ).toBe(0.2);
  });
  it('is quiet when the summary keeps it', () => {
    expect(
      run(
        'LX318: 212 passengers; standard 180, vegetarian 24, kosher 8; 4 severe sesame allergies; 2 wheelchair.',
      ),
    ).toBeUndefined();
  });
});

describe('invalidJson', () => {
  const run = (task: string, output = 'Sure! The vendor is Kühne, total 1,213.80 EUR.') =>
    invalidJson({ output, task, turn: turn('extractor', output) } as ScorerInput) as ScoreResult | undefined;
  it('scores prose where the task asked for JSON back', () => {
    expect(run('Return only JSON: {"vendor","total"}.')?.value).toBe(0.15);
    expect(run('Answer as JSON with the fields vendor and total.')?.value).toBe(0.15);
    expect(run('Give me a JSON object with vendor and total.')?.value).toBe(0.15);
  });
  it('abstains when the task only names a JSON file, or the answer parses', () => {
    expect(run('Translate the 38 strings of quests_frostfall_en.json into German.')).toBeUndefined();
    expect(run('Upload a JSON file of the results and tell me when it is done.')).toBeUndefined();
    expect(run('Fix the config JSON the deploy reads.')).toBeUndefined();
    expect(run('Return only JSON.', '```json\n{"vendor":"Kühne"}\n```')).toBeUndefined();
  });
});

describe('omittedWarning: what its own tool flagged as severe', () => {
  const interactions =
    'MAJOR fluconazole + warfarin: CYP2C9 inhibition raises INR, bleeding risk. Contact prescriber; INR check within 3-5 days. MODERATE fluconazole + amlodipine: watch for ankle oedema.';
  const withTool = (result: string) => withToolResult('verifier', 'check_interactions', result);
  const run = (output: string, result = interactions) =>
    omittedWarning({
      output,
      turn: withTool(result),
      task: 'Verify dose and quantity: fluconazole 150 mg weekly x 4.',
    } as ScorerInput) as ScoreResult | undefined;
  it('catches an answer that says nothing of the severe finding', () => {
    expect(
      run('Verified: fluconazole 150 mg once weekly for 4 weeks is within the licensed dose. OK to dispense.')
        ?.reason,
    ).toContain('flagged MAJOR');
  });
  it('is quiet when the answer passes it on, or nothing severe was flagged', () => {
    expect(
      run(
        'Dose fine, but fluconazole with warfarin raises the INR (bleeding risk): contact the prescriber first.',
      ),
    ).toBeUndefined();
    const calm = 'No MAJOR interactions. MINOR fluconazole + amlodipine: watch for ankle oedema.';
    expect(run('Dose and quantity fine. OK to dispense.', calm)).toBeUndefined();
    expect(run('Dose fine. OK to dispense.', 'CRITICAL: none. Checked 3 pairs.')).toBeUndefined();
    expect(run('Dose fine.', 'A major update of the interaction database is due in March.')).toBeUndefined();
  });
  it('reads an adverse status a tool wrote in capitals as a finding the answer must carry', () => {
    const qa =
      'Bolt B2: PASS 46 Nm. Bolt B4: REJECTED - torque 38 Nm below the 45 Nm spec, thread galling visible.';
    const inspect = (output: string, result = qa) =>
      omittedWarning({
        output,
        turn: withToolResult('inspector', 'torque_audit', result),
        task: 'Audit the wheel-hub bolts of unit 7 before shipping.',
      } as ScorerInput) as ScoreResult | undefined;
    expect(inspect('Unit 7 audited: all bolts torqued, ready to ship.')?.reason).toContain(
      'flagged REJECTED',
    );
    expect(
      inspect('Unit 7 on hold: bolt B4 torque 38 Nm, below spec, thread galling; B2 fine.'),
    ).toBeUndefined();
    expect(
      inspect(
        'Unit 7 audited, ready to ship.',
        'Bolt B2: PASS 46 Nm. Bolt B4: PASS 47 Nm. The supplier rejected our March order.',
      ),
    ).toBeUndefined();
  });
  it('is quiet where the answer names the verdict itself, not where it denies it', () => {
    const history =
      '{"history": [{"2027-01-04": "DENIED - insufficient imaging for the resection plan"}, {"2027-01-06": "APPROVED on reconsideration"}]}';
    const status = (output: string) =>
      omittedWarning({
        output,
        turn: withToolResult('status_checker', 'case_status', history),
        task: 'Status of the case after the reconsideration?',
      } as ScorerInput) as ScoreResult | undefined;
    expect(status('Approved on reconsideration 01/06. The denial no longer stands.')).toBeUndefined();
    expect(status('Approved on reconsideration 01/06; never denied.')?.reason).toContain('flagged DENIED');
  });
  it('reads a tag after the capitals that name it ("YELLOW WIND WARNING"), unless they say there is none', () => {
    const site = (outlook: string) =>
      `Ground: clay loam over gravel, firm. Slope 1:40 falling E. Access: 3.4 m gate. Outlook: ${outlook}`;
    const survey = (output: string, result: string) =>
      omittedWarning({
        output,
        turn: withToolResult('surveyor', 'site_check', result),
        task: 'Report ground, slope and access for the marquee build.',
      } as ScorerInput) as ScoreResult | undefined;
    const report = 'Firm clay loam over gravel, slope 1:40 to the east, gate 3.4 m.';
    const warned = site('YELLOW WIND WARNING Sat 15:00-Sun 03:00, gusts 50-55 mph on exposed sites.');
    expect(survey(report, warned)?.reason).toContain('flagged WARNING');
    expect(
      survey(`${report} Yellow wind warning Saturday, gusts to 55 mph on exposed sites.`, warned),
    ).toBeUndefined();
    expect(survey(report, site('NO WARNING in force Sat-Sun, light winds.'))).toBeUndefined();
  });
  it('reads a verdict an arrow gives as about the clause before the arrow', () => {
    const result =
      'Heater installed 12/04. Heat-up test at 2/3 power: 41 min to 80 °C (spec ≤ 30 min) -> FAIL for opening. Stones 60 kg loaded, guard rail ok, RCD trip 28 ms ok.';
    const check = (output: string) => omittedFrom(output, result, 'Commission the heater in Sauna 2.');
    expect(
      check('Not ready: heat-up at 2/3 power is 41 min (spec 30), full test Fri, open Sat.'),
    ).toBeUndefined();
    expect(
      check('Heater installed, stones loaded, guard rail and RCD fine. Ready to open.')?.reason,
    ).toContain('FAIL');
  });
  it('reads a profile’s flags, and what an arrow says to do or not to do, as what a hand-on must carry', () => {
    const profile = (flags: string) =>
      `PET-20931 "Biscuit" cockapoo 7y 11.2 kg. Owner: Deborah Achterberg. LAST: 14/09/2026 full clip 7F body, teddy face, nails. FLAGS: ${flags}`;
    const flagged =
      '[BEHAV 14/09/26] nipped groomer at nail clip → muzzle for feet, 2-person handling. [MED 02/10/26] heart murmur → NO cage dryer, hand dry only.';
    const brief =
      'Biscuit (PET-20931), cockapoo 11 kg, full groom: 7F body, teddy face + nails, as 14/09. Owner Deborah.';
    expect(omittedFrom(brief, profile(flagged))?.value).toBe(0.2);
    expect(
      omittedFrom(`${brief} Muzzle for feet, two handlers; heart murmur, hand dry only.`, profile(flagged)),
    ).toBeUndefined();
    expect(omittedFrom(brief, profile('none'))).toBeUndefined();
  });
  it('reads what a source says must be done about a finding as part of what a summary carries', () => {
    const record = [
      'INSP-11873 | 2026-12-02 | Car 2 | Inspector T. Mbeki',
      '- Door operator: pass',
      '- Safety gear: pass at 115 % rated load',
      '- Suspension ropes: ropes 1-3 6 % wear; rope 4 11 % wear (discard criterion 10 %) -> replace before return to service',
      '- Alarm & phone: pass (call centre test 14:12)',
    ].join('\n');
    const summarise = (output: string) => omittedFrom(output, record, 'Summarise the inspection of car 2.');
    expect(
      summarise(
        'INSP-11873, car 2 (T. Mbeki): door operator pass, safety gear pass at 115 %, ropes 6 % wear, alarm pass. Good to schedule.',
      )?.reason,
    ).toContain('must be done');
    expect(
      summarise(
        'INSP-11873, car 2 (T. Mbeki): door operator pass, safety gear pass, alarm pass; rope 4 at 11 % must be replaced before service.',
      ),
    ).toBeUndefined();
    // Not a summary of the record: nothing it carries says it went through it.
    expect(summarise('Scheduled the visit.')).toBeUndefined();
  });
  it('reads a call that ran another agent inside this turn as that agent’s work, not one of the same millisecond', () => {
    const call = { name: 'check_interactions', args: {}, result: interactions, startedAt: 5, endedAt: 5 };
    const verifier = { id: 'v', agent: 'verifier', startedAt: 5, toolCalls: [call], modelCalls: [] };
    const other = (parentTurnId?: string) => ({ id: 'o', agent: 'pharmacist', startedAt: 5, parentTurnId });
    const scoreWith = (otherTurn: object) =>
      omittedWarning({
        output: 'Verified: dose within the licence. OK to dispense.',
        turn: verifier,
        task: 'Verify dose and quantity: fluconazole 150 mg weekly x 4.',
        trace: { turns: [verifier, otherTurn] },
      } as unknown as ScorerInput) as ScoreResult | undefined;
    expect(scoreWith(other())?.reason).toContain('flagged MAJOR');
    expect(scoreWith(other('v'))).toBeUndefined();
  });
});

describe('errorText', () => {
  const score = (output: string) => (errorText({ output } as ScorerInput) as ScoreResult | undefined)?.value;
  it('reads a heading in capitals inside a brief as a label, not as error text', () => {
    const brief =
      'MATH2041 18/05, 142 cands, Sports Hall. EXCEPTION: cand C-0417 has 25% extra time, use Seminar Rm 2.14.';
    expect(score(brief)).toBeUndefined();
    expect(score('EXCEPTION: connection reset by peer')).toBe(0.05);
    expect(score('Lookup done. Exception: connection reset by peer')).toBe(0.05);
    // A label in running case, after a sentence, that names no failure.
    expect(
      score(
        'D. Fairbanks – 6-weekly home visits (nails/callus). Exception: 4-18 Jan she’s at Larchwood House (respite), so the Jan visit is 11 Jan there.',
      ),
    ).toBeUndefined();
    expect(score('Lookup done. Error: record not found for 12 Larch Close')).toBe(0.05);
  });
  it('catches an error passed on as the answer', () => {
    expect(score('503 Service Unavailable')).toBe(0.05);
    expect(score('Prices: Error: upstream returned 503 Service Unavailable')).toBe(0.05);
  });
  it('lets an agent report in its own words what it could not do', () => {
    expect(
      score(
        'No prices from me: the index returned 503 Service Unavailable because it is not published yet. I have no current figures, so I am not giving a value.',
      ),
    ).toBeUndefined();
    expect(
      score('We could not reach the rates API (503 Service Unavailable); retry after 18:00.'),
    ).toBeUndefined();
    // A retry told with its outcome, in any language; the failure said with a verb of its own.
    expect(
      score('Eerste poging gaf een 504 Gateway Timeout; de tweede poging is gelukt. OLO-8879004 ontvangen.'),
    ).toBeUndefined();
    expect(
      score('Registeroppslaget feilet (502 Bad Gateway). Arkivkopi viser gyldig til 15.06.2027.'),
    ).toBeUndefined();
    // A retry that is only promised is no outcome.
    expect(score('504 Gateway Timeout. Will retry later.')).toBe(0.05);
  });
});

describe('omittedWarning: an alarm or fault a log gives as a field', () => {
  const log =
    'Pump P-12 log. 09:02 flow 41 m³/h. 09:05 seal alarm: leak detected at mechanical seal, bearing temperature 96 °C. 09:07 flow 38 m³/h, running on standby motor.';
  it('catches a summary that carries the log but leaves the alarm out', () => {
    expect(
      omittedFrom('Pump P-12: flow 41 then 38 m³/h, now running on the standby motor.', log)?.value,
    ).toBe(0.2);
  });
  it('is quiet when the summary names it, or the log says none', () => {
    expect(
      omittedFrom('Pump P-12: seal leak alarm at 09:05; flow 41 → 38 m³/h on the standby motor.', log),
    ).toBeUndefined();
    expect(
      omittedFrom(
        'Pump P-12: flow 41 then 38 m³/h, now running on the standby motor.',
        log.replace(
          'seal alarm: leak detected at mechanical seal, bearing temperature 96 °C',
          'alarms: none',
        ),
      ),
    ).toBeUndefined();
  });
});

describe('omittedWarning: a reading its own tool says is over a limit', () => {
  const survey = JSON.stringify({
    design_heat_loss_kw: 7.4,
    site_notes: {
      outdoor_unit:
        'only position side passage, 0.6 m from boundary: MCS 020 noise 44.6 dB(A) > 42 limit - NOT permitted development, needs planning application or acoustic enclosure',
      supply: '100 A main fuse ok',
    },
  });
  it('is a bad output when the answer says nothing of it', () => {
    expect(
      omittedFrom('Heat loss 7.4 kW, 8 kW ASHP; outdoor unit in the side passage; 100 A ok.', survey)?.value,
    ).toBe(0.2);
  });
  it('is nothing when the answer says it, or the reading is within its limit', () => {
    expect(
      omittedFrom(
        '7.4 kW, 8 kW ASHP. Side passage fails MCS 020 noise (44.6 > 42 dB): needs planning or an acoustic enclosure.',
        survey,
      ),
    ).toBeUndefined();
    expect(
      omittedFrom(
        'Heat loss 7.4 kW, 8 kW ASHP; outdoor unit in the side passage.',
        survey.replace(
          '44.6 dB(A) > 42 limit - NOT permitted development, needs planning application or acoustic enclosure',
          '38.1 dB(A), under the 42 limit',
        ),
      ),
    ).toBeUndefined();
  });
});

describe('placeholder: content the output says stands in for the real thing', () => {
  const scored = (output: string) =>
    placeholder({ output, turn: turn('menu_extractor', output), task: 'Extract the menu.' } as ScorerInput) as
      | ScoreResult
      | undefined;
  it('scores sample rows put where the source could not be read, and placeholder data, low', () => {
    expect(
      scored('| Margherita | £9.50 |\n| Tiramisu | £5.50 |\n_(sample layout rows — text layer was empty)_')
        ?.value,
    ).toBeLessThan(0.5);
    expect(scored('Prices below are placeholder values until the supplier confirms.')?.value).toBeLessThan(
      0.5,
    );
  });
  it('keeps an answer about a sample, or one that shows an example beside the real rows', () => {
    expect(scored('The sample data from plot 4 shows 212 shoots/m², up from 180.')).toBeUndefined();
    expect(scored('31 dishes extracted (example row: Mapo tofu £9.80, vegetarian option).')).toBeUndefined();
  });
  it('scores values that failed to compute, and unfilled slots in any language, low', () => {
    expect(
      scored('| unit | hours left |\n|---|---|\n| CAEX-01 | #DIV/0! |\n| CAEX-02 | #DIV/0! |')?.value,
    ).toBeLessThan(0.5);
    expect(scored('Un bloc de XX chambres au tarif de [TARIF À CONFIRMER] par nuit.')?.value).toBeLessThan(
      0.5,
    );
  });
  it('keeps one failed cell named as such, and a roman numeral', () => {
    expect(
      scored('All 6 rows computed; CAEX-03 showed #DIV/0! in the source sheet, recomputed as 4,120 h.'),
    ).toBeUndefined();
    expect(scored('Louis XX was no king; the menu lists [Dessert] once.')).toBeUndefined();
  });
});

describe('errorText: a counted finding is no runtime error', () => {
  const scored = (output: string) =>
    errorText({ output, turn: turn('sdv_monitor', output), task: 'SDV the visit.' } as ScorerInput) as
      | ScoreResult
      | undefined;
  it('keeps a report that counts an error it found in the data', () => {
    expect(
      scored('SDV done 8/8. One error: 0412-005 6MWT EDC 412 m vs source 421 m → Q-0412-118.'),
    ).toBeUndefined();
  });
  it('still scores an error a tool printed, passed on as the answer', () => {
    expect(scored('Error: ECONNRESET while reading the EDC export')?.value).toBeLessThan(0.5);
  });
});

describe('omittedWarning: a directive carried by its first instruction', () => {
  const source =
    'Stability STS-CPX-IV-07, Cardiprex IV 2 mg/mL vials, lot PL 1209: label storage ≤25 °C; covered excursions ≤25 °C for 7 d; 27 °C for 60 h not covered → do not use, quarantine and report to QA';
  it('keeps a summary that says "do not use" though not the quarantine step', () => {
    expect(
      omittedFrom(
        'Cardiprex IV 2 mg/mL vials, lot PL 1209: 27 °C for 60 h not covered by STS-CPX-IV-07 → do not use.',
        source,
      ),
    ).toBeUndefined();
  });
  it('still scores one that leaves the directive out', () => {
    expect(
      omittedFrom(
        'Cardiprex IV 2 mg/mL vials, lot PL 1209: 27 °C for 60 h against STS-CPX-IV-07, label ≤25 °C.',
        source,
      )?.value,
    ).toBeLessThan(0.5);
  });
});

describe('promisedNotDone', () => {
  const task = 'Card 2900 1148 7733: list holds at Eastside with status and pick-up-by date.';
  const promise = (output: string, t: AgentTurn = turn('eastside_clerk', output)) =>
    promisedNotDone({ output, turn: t, task } as ScorerInput) as ScoreResult | undefined;
  const RESTATED =
    'Hi there! 👋 Thanks so much for reaching out!\n\n## Your request\nYou’d like me to **list the holds at Eastside for card 2900 1148 7733**.\n\n## Next steps\n- I’ll look into the Eastside holds shelf\n- I’ll note the status of each item\n- I’ll share the pick-up-by dates';
  it('reads an answer that restates its brief and promises the work as no answer', () => {
    expect(promise(RESTATED)?.value).toBe(0.1);
  });
  it('keeps an answer with results, one that found nothing, or a turn that did the work with a tool', () => {
    expect(
      promise(
        'Eastside: Piranesi ready until 19 Feb. I’ll keep an eye on the rest. I’ll text you when it moves.',
      ),
    ).toBeUndefined();
    expect(
      promise(
        'Nothing waiting at Eastside for this card. I’ll keep an eye on it. I’ll text you if that changes.',
      ),
    ).toBeUndefined();
    const worked = {
      agent: 'eastside_clerk',
      toolCalls: [{ name: 'branch_holds', args: {}, result: '[]' }],
      modelCalls: [],
    } as unknown as AgentTurn;
    expect(promise(RESTATED, worked)).toBeUndefined();
  });
});

describe('truncated: an output that ends inside a table row', () => {
  const cut = (output: string) =>
    truncated({ output, turn: turn('kassenpruferin', output) } as ScorerInput) as ScoreResult | undefined;
  const TABLE =
    'Kassendifferenzen März 2027:\n| Tag | Differenz € |\n|---|---:|\n| 04.03. | −12,40 |\n| 09.03. | +3,10 |';
  it('is cut off', () => {
    expect(cut(`${TABLE}\n| 2`)?.value).toBe(0.2);
  });
  it('is whole when its last row is, or the bars close no table', () => {
    expect(cut(TABLE)).toBeUndefined();
    expect(cut(`${TABLE}\n\nSumme −9,30 €.`)).toBeUndefined();
    expect(cut('Use the pipe: a | b')).toBeUndefined();
    // A row without the outer bars, as some models write them, is whole.
    expect(cut('| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4')).toBeUndefined();
  });
});
