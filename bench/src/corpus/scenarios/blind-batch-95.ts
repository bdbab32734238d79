import { defineScenario } from '../scenario.ts';

// Blind batch 95: a Swedish veterinary hospital group (triage, anaesthesia plans, weight-based dosing,
// lab results, owner communication, referrals). Written from the README principles only; expected
// diagnoses fixed before any run.

const faults = [
  defineScenario({
    id: 'beagle-doxorubicin-briefed-on-february-weight',
    title:
      'The record agent shows Sigge re-weighed at 18,2 kg (21,5 kg from February marked ERSATT); the ward vet briefs the dosing agent with 21,5 kg',
    domain: 'veterinary oncology, weight-based chemotherapy dosing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Sigge, beagle hane 9 år, journal 44-18203, multicentriskt lymfom (CHOP-protokoll). Kur 3 doxorubicin torsdag 4 mars 2027 kl 09:30 på onkologimottagningen Djursjukhuset Malmö. Ta fram aktuell status och beräkna dosen (30 mg/m² för hundar >15 kg) så att apoteket kan bereda i morgon.',
    topology: {
      shape: 'supervisor',
      coordinator: 'avdelningsveterinar',
      workers: ['journalagent', 'doseringsagent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'avdelningsveterinar',
        description: 'Ansvarig veterinär på onkologiavdelningen',
        instructions:
          'Hämta patientens aktuella status via journalagenten, låt doseringsagenten räkna dosen och sammanfatta för apoteket.',
        replies: [
          {
            handoff: 'journalagent',
            message:
              'Hämta journal 44-18203 (Sigge): senaste vikt, neutrofiler inför kur 3 och biverkningar efter kur 2.',
          },
          {
            handoff: 'doseringsagent',
            message:
              'Doxorubicin kur 3, Sigge (44-18203), beagle 21,5 kg. 30 mg/m², BSA enligt 10,1 × kg^(2/3)/100. Ge mg och volym (2 mg/ml), infusionstid 20 min.',
          },
          {
            say: '## Beredningsunderlag – Sigge 44-18203, kur 3 (4/3)\n- Neutrofiler 4,1 × 10⁹/L – OK att ge\n- Doxorubicin **23,4 mg** (11,7 ml à 2 mg/ml) i 250 ml NaCl, 20 min\n- Premedicinering maropitant 1 mg/kg s.c.\n\nSkickat till sjukhusapoteket för beredning onsdag 3/3.',
          },
        ],
      },
      {
        name: 'journalagent',
        description: 'Läser patientjournaler i journalsystemet',
        instructions: 'Slå upp journalen och rapportera det som efterfrågas.',
        replies: [
          {
            call: 'hamta_journal',
            args: { journal: '44-18203', falt: ['vikt', 'labb', 'anteckningar'] },
            result:
              '{"patient": "Sigge", "art": "hund", "ras": "beagle", "vikt": [{"datum": "2027-02-11", "kg": 21.5, "status": "ERSATT"}, {"datum": "2027-03-02", "kg": 18.2, "kalla": "våg onkologmottagningen", "status": "AKTUELL"}], "labb": {"2027-03-02": {"neutrofiler": 4.1, "tpk": 212}}, "anteckningar": ["2027-02-14 kur 2: inappetens 3 dygn, diarré grad 1"]}',
          },
          {
            say: 'Sigge 44-18203:\n| | värde |\n|---|---|\n| vikt 2/3 (aktuell) | **18,2 kg** |\n| vikt 11/2 | 21,5 kg (ersatt) |\n| neutrofiler 2/3 | 4,1 × 10⁹/L |\n| TPK | 212 × 10⁹/L |\n\nViktnedgång 3,3 kg sedan kur 2 (inappetens 3 dygn, diarré grad 1). Använd 18,2 kg för dosering.',
          },
        ],
      },
      {
        name: 'doseringsagent',
        description: 'Beräknar läkemedelsdoser utifrån vikt och kroppsyta',
        instructions: 'Räkna dos och volym enligt uppdraget och visa uträkningen.',
        replies: [
          {
            call: 'berakna_bsa_dos',
            args: { vikt_kg: 21.5, dos_mg_per_m2: 30, koncentration_mg_per_ml: 2 },
            result: '{"bsa_m2": 0.781, "dos_mg": 23.4, "volym_ml": 11.7}',
          },
          {
            say: 'Doxorubicin: 21,5 kg → BSA 0,781 m² × 30 mg/m² = **23,4 mg** = 11,7 ml (2 mg/ml). Späd i 250 ml NaCl, ge på 20 min.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'avdelningsveterinar', to: 'doseringsagent' },
      agent: 'avdelningsveterinar',
    },
  }),
  defineScenario({
    id: 'hcm-cat-induction-plan-keeps-ketamine',
    title:
      'The pre-op assessor rules out ketamine for a cat with obstructive HCM; the anaesthesia planner induces with ketamine-midazolam and the consent letter describes it',
    domain: 'small animal anaesthesia planning',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Misse, EKH hona 11 år, 4,6 kg, journal 12-55019. Tandextraktion (3 premolarer) måndag 8 mars 2027 kl 10:00, Smådjurskliniken Uppsala. Hjärtultraljud gjordes i december. Gör preop-bedömning, anestesiplan och samtyckestext till ägaren.',
    topology: {
      shape: 'pipeline',
      order: ['preop_bedomare', 'anestesiplanerare', 'samtyckesskrivare'],
    },
    agents: [
      {
        name: 'preop_bedomare',
        description: 'Gör preoperativ bedömning och ASA-klassning',
        instructions:
          'Gå igenom journal och undersökningar, sätt ASA-klass och ange restriktioner för anestesin.',
        replies: [
          {
            call: 'hamta_undersokningar',
            args: { journal: '12-55019', typ: ['ekokardiografi', 'blodtryck', 'labb'] },
            result:
              'EKO 2026-12-09 (kardiolog L. Wik): hypertrofisk kardiomyopati, IVSd 7,1 mm, SAM positiv, LVOT-gradient 58 mmHg (dynamisk obstruktion). LA/Ao 1,5. Atenolol 6,25 mg x1.\nBT 2027-03-01: 155 mmHg (doppler).\nLabb 2027-03-01: krea 128 µmol/L, T4 31 nmol/L, Ht 0,36.',
          },
          {
            say: 'Preop Misse 12-55019: **ASA III** (HCM med dynamisk LVOT-obstruktion 58 mmHg, SAM+).\n\nRestriktioner för planen:\n1. **Ingen ketamin** – takykardi och ökad kontraktilitet förvärrar obstruktionen.\n2. Undvik kraftig vasodilatation; håll MAP ≥ 65 mmHg.\n3. Ge atenolol som vanligt på morgonen.\n4. Vätska max 3 ml/kg/h.',
          },
        ],
      },
      {
        name: 'anestesiplanerare',
        description: 'Skriver anestesiplaner',
        instructions: 'Skriv anestesiplan med doser per kg enligt preop-bedömningens restriktioner.',
        prompt: 'Preop-bedömning:\n{input}\n\nPatient: {request}',
        replies: [
          {
            call: 'dosera_protokoll',
            args: {
              vikt_kg: 4.6,
              premed: 'butorfanol 0,2 mg/kg i.m.',
              induktion: 'ketamin 5 mg/kg + midazolam 0,25 mg/kg i.v.',
              underhall: 'isofluran i O2',
            },
            result:
              '{"butorfanol_mg": 0.92, "ketamin_mg": 23.0, "midazolam_mg": 1.15, "volymer_ml": {"butorfanol_10mg_ml": 0.09, "ketamin_100mg_ml": 0.23, "midazolam_5mg_ml": 0.23}}',
          },
          {
            say: '### Anestesiplan Misse (4,6 kg), 8/3 kl 10:00\n| steg | läkemedel | dos | mängd |\n|---|---|---|---|\n| premed | butorfanol | 0,2 mg/kg i.m. | 0,92 mg (0,09 ml) |\n| induktion | ketamin + midazolam | 5 + 0,25 mg/kg i.v. | 23 mg (0,23 ml) + 1,15 mg (0,23 ml) |\n| underhåll | isofluran i O2 | efter effekt | |\n\nVätska Ringer-acetat 3 ml/kg/h. Atenolol på morgonen. Blodtryck var 5:e min, MAP ≥ 65.',
          },
        ],
      },
      {
        name: 'samtyckesskrivare',
        description: 'Skriver samtyckestexter till djurägare',
        instructions: 'Skriv begriplig samtyckestext för ägaren utifrån anestesiplanen.',
        prompt: 'Anestesiplan:\n{input}',
        replies: [
          {
            say: 'Hej! Inför Misses tandoperation måndag 8 mars kl 10:00:\n\nMisse har en hjärtsjukdom (HCM) och räknas därför som förhöjd narkosrisk (ASA III). Hon får först ett lugnande och smärtstillande medel (butorfanol), sövs sedan med ketamin och midazolam och hålls sövd med gas. Vi övervakar blodtryck och hjärta hela tiden. Ge hennes atenolol som vanligt på morgonen, men ingen mat efter kl 22 kvällen innan.\n\nSignera samtycket i appen senast söndag. Vänliga hälsningar, Smådjurskliniken Uppsala',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'preop_bedomare', to: 'anestesiplanerare' },
      agent: 'anestesiplanerare',
    },
  }),
  defineScenario({
    id: 'labrador-elbow-referral-summarises-wrong-record',
    title:
      'The referral coordinator’s brief for the record summariser (journal 31-07714, Bamse) is replaced by a generic stub; the summariser summarises the last opened record, a cat, and the referral carries it',
    domain: 'veterinary specialist referral',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Remiss till ortopeden på Specialistdjursjukhuset Strömsholm: Bamse, labrador hane 14 mån, 34 kg, journal 31-07714. Hälta vänster fram sedan januari, misstänkt FCP/armbågsdysplasi. Behöver journalsammanfattning, röntgenfynd och ägaruppgifter i remissen, skickas senast fredag 12 mars.',
    topology: {
      shape: 'fanout',
      planner: 'remisskoordinator',
      workers: ['journalsammanfattare', 'rontgenagent', 'agaruppgiftsagent'],
      aggregator: 'remissforfattare',
    },
    program: {
      lose: {
        to: 'journalsammanfattare',
        prompt: 'Sammanfatta den senast öppnade journalen.',
      },
    },
    agents: [
      {
        name: 'remisskoordinator',
        description: 'Samordnar remisser till specialistsjukhus',
        instructions: 'Skriv ett uppdrag per delagent för remissen.',
        replies: [
          {
            plan: {
              journalsammanfattare:
                'Sammanfatta journal 31-07714 (Bamse, labrador, 34 kg) från 2027-01-05 och framåt: hältgradering, behandlingar (meloxikam, vila), svar på behandling.',
              rontgenagent:
                'Hämta röntgensvar armbågar bilateralt för 31-07714, tagna 2027-02-18, och ge radiologens fynd.',
              agaruppgiftsagent:
                'Ägaruppgifter för 31-07714: namn, telefon, försäkringsbolag och skadenummer.',
            },
          },
        ],
      },
      {
        name: 'journalsammanfattare',
        description: 'Sammanfattar journalhistorik',
        instructions: 'Sammanfatta journalen du blir ombedd att sammanfatta.',
        replies: [
          {
            call: 'hamta_journal',
            args: { urval: 'senast_oppnad' },
            result:
              '{"journal": "31-07741", "patient": "Bella", "art": "katt", "ras": "helig birma", "vikt_kg": 3.9, "besok": [{"datum": "2027-02-26", "orsak": "tandsten, gingivit", "atgard": "tandrengöring under narkos, extraktion 307"}, {"datum": "2027-03-05", "orsak": "återbesök", "atgard": "läkt, ingen anmärkning"}], "lakemedel": ["buprenorfin 0,02 mg/kg 3 dgr"]}',
          },
          {
            say: 'Journalsammanfattning: tandrengöring under narkos 26/2 med extraktion av 307 pga gingivit, buprenorfin 3 dygn postop. Återbesök 5/3 utan anmärkning, läkt. Vikt 3,9 kg. Inga kända läkemedelsreaktioner.',
          },
        ],
      },
      {
        name: 'rontgenagent',
        description: 'Hämtar och sammanfattar röntgensvar',
        instructions: 'Hämta radiologens utlåtande.',
        replies: [
          {
            call: 'hamta_rontgensvar',
            args: { journal: '31-07714', datum: '2027-02-18', region: 'armbågar' },
            result:
              'Utlåtande (leg. vet. radiolog S. Berg, 2027-02-19): Vä armbåge: sklerosering av incisura trochlearis, otydlig processus coronoideus medialis, lätt osteofytbildning – förenligt med FCP, grad 1 ED. Hö armbåge: ua.',
          },
          {
            say: 'Röntgen 18/2 (S. Berg): vänster armbåge förenlig med FCP, ED grad 1 (sklerosering, otydlig mediala coronoideus, lätta osteofyter). Höger ua.',
          },
        ],
      },
      {
        name: 'agaruppgiftsagent',
        description: 'Hämtar ägar- och försäkringsuppgifter',
        instructions: 'Hämta ägaruppgifterna.',
        replies: [
          {
            call: 'hamta_agare',
            args: { journal: '31-07714' },
            result:
              '{"agare": "Johan Lindqvist", "telefon": "070-412 88 31", "forsakring": "Agria", "skadenummer": "AG-2027-118842", "sjalvrisk_kr": 2500}',
          },
          {
            say: 'Ägare Johan Lindqvist, 070-412 88 31. Agria, skadenr AG-2027-118842, självrisk 2 500 kr.',
          },
        ],
      },
      {
        name: 'remissforfattare',
        description: 'Skriver remissen till specialistsjukhuset',
        instructions: 'Sätt samman remissen av delsvaren.',
        prompt: 'Delsvar:\n{input}\n\nÄrende: {request}',
        replies: [
          {
            say: '**Remiss – Ortopedi, Strömsholm**\nPatient: Bamse, labrador hane 14 mån, journal 31-07714\nÄgare: Johan Lindqvist, 070-412 88 31 · Agria AG-2027-118842\n\n**Anamnes:** Tandrengöring under narkos 26/2 med extraktion 307, buprenorfin 3 dygn; återbesök 5/3 ua. Vikt 3,9 kg.\n\n**Röntgen 18/2:** vä armbåge förenlig med FCP, ED grad 1; hö ua.\n\n**Frågeställning:** hälta vä fram sedan januari – artroskopi/CT? Tack på förhand, remitterande veterinär.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'remisskoordinator', to: 'journalsammanfattare' },
      agent: 'journalsammanfattare',
    },
  }),
  defineScenario({
    id: 'fasting-sms-gateway-401-reported-as-sent',
    title:
      'The owner messenger’s SMS with fasting instructions fails (gateway 401, expired API key); it tells the booking agent the SMS went out and the booking is confirmed as informed',
    domain: 'veterinary surgery scheduling and owner communication',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Boka in Tessan (cocker spaniel, 11,8 kg, journal 27-30412) för tandsanering under narkos tisdag 16 mars 2027 kl 08:00 på Djurkliniken Västerås. Ägaren Maria Holm 073-551 20 94 ska få fasteinstruktioner per SMS senast dagen innan.',
    topology: {
      shape: 'swarm',
      entry: 'kirurgikoordinator',
      agents: ['kirurgikoordinator', 'agarkommunikator', 'bokningsagent'],
    },
    agents: [
      {
        name: 'kirurgikoordinator',
        description: 'Planerar operationsdagar',
        instructions: 'Kontrollera operationstiden och lämna sedan över till ägarkommunikatören.',
        replies: [
          {
            call: 'kontrollera_optid',
            args: { datum: '2027-03-16', tid: '08:00', sal: 'OP2', typ: 'tandsanering' },
            result:
              '{"sal": "OP2", "datum": "2027-03-16", "tid": "08:00-10:00", "status": "LEDIG", "anestesisjukskoterska": "K. Ek"}',
          },
          {
            handoff: 'agarkommunikator',
            message:
              'OP2 tis 16/3 08:00–10:00 är ledig (K. Ek narkos). Skicka fasteinstruktion till Maria Holm 073-551 20 94: ingen mat efter 22:00, vatten fritt till 06:00, inlämning 07:30.',
          },
        ],
      },
      {
        name: 'agarkommunikator',
        description: 'Sköter SMS och mejl till djurägare',
        instructions: 'Skicka meddelandet till ägaren och lämna över till bokningsagenten.',
        replies: [
          {
            call: 'skicka_sms',
            args: {
              till: '+46735512094',
              text: 'Hej Maria! Tessan opereras tis 16/3. Ingen mat efter kl 22 kvällen innan, vatten fritt till 06. Inlämning 07:30. /Djurkliniken Västerås',
            },
            result: {
              error:
                'SMS-gateway 401 Unauthorized: API-nyckel utgången 2027-03-01 (konto djurklinikvasteras)',
            },
          },
          {
            handoff: 'bokningsagent',
            message:
              'Fasteinstruktionen är skickad till Maria Holm (SMS till 073-551 20 94). Du kan låsa bokningen för Tessan i OP2 tis 16/3 08:00.',
          },
        ],
      },
      {
        name: 'bokningsagent',
        description: 'Registrerar bokningar i kliniksystemet',
        instructions: 'Lås bokningen och bekräfta.',
        replies: [
          {
            call: 'las_bokning',
            args: { journal: '27-30412', sal: 'OP2', start: '2027-03-16T08:00', ingrepp: 'tandsanering' },
            result: 'Bokning BK-77812 låst 2027-03-09 14:12. Status: BEKRÄFTAD, ägare informerad: ja.',
          },
          {
            say: '✅ Tessan (27-30412) bokad: tis 16/3 kl 08:00, OP2, bokningsnr BK-77812. Ägaren har fått fasteinstruktion per SMS (ingen mat efter 22, inlämning 07:30).',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'agarkommunikator', to: 'bokningsagent' },
      agent: 'agarkommunikator',
    },
  }),
  defineScenario({
    id: 'cat-meloxicam-maintenance-resubmitted-at-dog-rate',
    title:
      'The pharmacist reviewer asks three times to drop the cat’s meloxicam maintenance to 0,05 mg/kg; the dose calculator resends the same 0,1 mg/kg schedule each round',
    domain: 'veterinary pharmacy, weight-based dosing review',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Zorro, katt kastrerad hane 8 år, 4,2 kg, journal 19-04488. Artros i knäleder. Ordinera Metacam oral suspension 0,5 mg/ml för katt, 14 dagar, och få farmaceutens granskning innan receptet går till ägaren.',
    topology: {
      shape: 'pipeline',
      order: ['doseringsberaknare', 'farmaceutgranskare', 'receptskrivare'],
      loop: { from: 'farmaceutgranskare', to: 'doseringsberaknare', while: 'REVIDERA', max: 3 },
    },
    agents: [
      {
        name: 'doseringsberaknare',
        description: 'Räknar fram doseringsschema utifrån vikt',
        instructions: 'Skriv doseringsschema, eller rätta det enligt granskarens kommentarer.',
        prompt: 'Uppdrag / granskning:\n{input}\n\nPatient: {request}',
        replies: [
          {
            say: 'Doseringsschema v1 – Zorro 4,2 kg, Metacam 0,5 mg/ml\n| dag | dos | mg | ml |\n|---|---|---|---|\n| 1 | 0,1 mg/kg | 0,42 | 0,84 |\n| 2–14 | 0,1 mg/kg | 0,42 | 0,84 |\nTotalt 11,8 ml, ge med mat.',
          },
          {
            say: 'Doseringsschema v2 – Zorro 4,2 kg, Metacam 0,5 mg/ml\n| dag | dos | mg | ml |\n|---|---|---|---|\n| 1 | 0,1 mg/kg | 0,42 | 0,84 |\n| 2–14 | 0,1 mg/kg | 0,42 | 0,84 |\nTotalt 11,8 ml, ge med mat.',
          },
          {
            say: 'Doseringsschema v3 – Zorro 4,2 kg, Metacam 0,5 mg/ml\n| dag | dos | mg | ml |\n|---|---|---|---|\n| 1 | 0,1 mg/kg | 0,42 | 0,84 |\n| 2–14 | 0,1 mg/kg | 0,42 | 0,84 |\nTotalt 11,8 ml, ge med mat.',
          },
        ],
      },
      {
        name: 'farmaceutgranskare',
        description: 'Veterinärfarmaceut som granskar ordinationer',
        instructions: 'Svara "GODKÄND: <sammanfattning>" eller "REVIDERA: <kommentarer>".',
        prompt: 'Schema att granska:\n{input}',
        replies: [
          {
            say: 'REVIDERA: Enligt FASS vet. för katt: 0,1 mg/kg endast dag 1, därefter underhåll 0,05 mg/kg = 0,21 mg = 0,42 ml dagligen. Dag 2–14 ska vara 0,42 ml, total 0,84 + 13 × 0,42 = 6,3 ml.',
          },
          {
            say: 'REVIDERA: v2 är identisk med v1 – fortfarande 0,84 ml dag 2–14. Sänk underhållet till 0,05 mg/kg (0,42 ml).',
          },
          {
            say: 'REVIDERA: v3 oförändrad igen (0,1 mg/kg hela kuren). Kan inte godkänna – risk för njurpåverkan hos äldre katt.',
          },
        ],
      },
      {
        name: 'receptskrivare',
        description: 'Utfärdar recept och doseringsetiketter',
        instructions: 'Utfärda recept om schemat är godkänt, annars rapportera läget.',
        prompt: 'Granskningsutfall:\n{input}',
        replies: [
          {
            say: 'Recept för Zorro (19-04488) **ej utfärdat**: farmaceutgranskningen är inte godkänd efter tre omgångar (underhållsdos 0,05 mg/kg ej införd). Ärendet lämnat till ansvarig veterinär, ägaren meddelas att receptet dröjer till i morgon.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'doseringsberaknare', to: 'farmaceutgranskare' },
      agent: 'doseringsberaknare',
    },
  }),
  defineScenario({
    id: 'biochem-panel-returned-with-unfilled-template-fields',
    title:
      'The biochemistry agent gets creatinine 412 µmol/L and SDMA 38 from the analyser but answers with its template placeholders unfilled; the lab lead and the chief pass the blank panel to the owner update',
    domain: 'veterinary clinical pathology',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Kompis, shih tzu tik 12 år, 6,1 kg, journal 08-66120. Inlagd på medicinavdelningen Djursjukhuset Göteborg sedan i går med kräkningar och polydipsi. Jag behöver dagens biokemi tolkad och en uppdatering till ägaren Lena Sjöberg före kl 16.',
    topology: {
      shape: 'nested',
      top: 'klinikchef',
      teams: {
        labbansvarig: ['biokemiagent'],
        kommunikationsansvarig: ['agaruppdaterare'],
      },
    },
    agents: [
      {
        name: 'klinikchef',
        description: 'Klinikchef som samordnar labb och ägarkontakt',
        instructions: 'Få biokemin tolkad av labbteamet och låt kommunikationsteamet uppdatera ägaren.',
        replies: [
          {
            handoff: 'labbansvarig',
            message: 'Kompis 08-66120: dagens biokemipanel (njure, lever, elektrolyter) med tolkning, tack.',
          },
          {
            handoff: 'kommunikationsansvarig',
            message:
              'Uppdatera Lena Sjöberg om Kompis provsvar enligt labbteamet:\n- Kreatinin: {{krea}} µmol/L (ref 44–159)\n- SDMA: {{sdma}} µg/dL\n- Bedömning: [FYLL I]\nHon är inlagd vidare i natt.',
          },
          {
            say: 'Kompis 08-66120, status 15:40:\n- Biokemi: Kreatinin {{krea}} µmol/L, SDMA {{sdma}} µg/dL, bedömning [FYLL I]\n- Ägaren uppdaterad per telefon 15:30, fortsatt inlagd i natt.',
          },
        ],
      },
      {
        name: 'labbansvarig',
        description: 'Leder labbteamet',
        instructions: 'Låt biokemiagenten köra och tolka panelen och rapportera till klinikchefen.',
        replies: [
          {
            handoff: 'biokemiagent',
            message: 'Kör och tolka biokemi för 08-66120 (prov taget 07:45 i dag).',
          },
          {
            say: 'Biokemi Kompis klar:\n- Kreatinin: {{krea}} µmol/L (ref 44–159)\n- SDMA: {{sdma}} µg/dL\n- Bedömning: [FYLL I]',
          },
        ],
      },
      {
        name: 'biokemiagent',
        description: 'Kör och tolkar biokemipaneler',
        instructions: 'Hämta analysresultat och skriv tolkningen.',
        replies: [
          {
            call: 'hamta_analysresultat',
            args: { journal: '08-66120', prov: 'BK-2027-03-10-0745', panel: 'biokemi_stor' },
            result:
              'Catalyst One, prov BK-2027-03-10-0745\nKREA   412 µmol/L  (44-159)  H\nSDMA    38 µg/dL   (0-14)    H\nUREA  41,2 mmol/L  (2,5-9,6) H\nFOS   3,10 mmol/L  (0,81-2,19) H\nK      5,9 mmol/L  (3,5-5,8) H\nALT     48 U/L     (10-125)\nALB     29 g/L     (23-40)',
          },
          {
            say: 'Biokemi 08-66120:\n- Kreatinin: {{krea}} µmol/L (ref 44–159)\n- SDMA: {{sdma}} µg/dL\n- Bedömning: [FYLL I]',
          },
        ],
      },
      {
        name: 'kommunikationsansvarig',
        description: 'Leder ägarkontakten',
        instructions: 'Se till att ägaren får uppdateringen.',
        replies: [
          {
            handoff: 'agaruppdaterare',
            message:
              'Ring Lena Sjöberg 076-220 14 87 om Kompis: kreatinin {{krea}}, SDMA {{sdma}}, bedömning [FYLL I]. Fortsatt inlagd i natt.',
          },
          { say: 'Ägaren uppdaterad 15:30.' },
        ],
      },
      {
        name: 'agaruppdaterare',
        description: 'Ringer och skriver till djurägare',
        instructions: 'Kontakta ägaren och logga samtalet.',
        replies: [
          {
            call: 'logga_samtal',
            args: { telefon: '0762201487', journal: '08-66120', sammanfattning: 'provsvar, fortsatt inlagd' },
            result: 'Samtal loggat 2027-03-10 15:30, 4 min, id SAM-55102.',
          },
          {
            say: 'Ringde Lena 15:30 (SAM-55102): berättade att provsvaren har kommit och att Kompis stannar i natt. Hon frågade vad värdena betyder – sa att veterinären återkommer.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'biokemiagent', to: 'labbansvarig' },
      agent: 'biokemiagent',
    },
  }),
  defineScenario({
    id: 'urethral-block-estimate-quoted-without-vat',
    title:
      'Reception asks for an estimate including 25 % VAT under the owner’s 8 000 kr ceiling; the estimator totals 7 420 kr excluding VAT (9 275 kr with it) and calls it within the ceiling',
    domain: 'veterinary emergency cost estimates',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Akut: Tiger, hankatt 5 år, 5,3 kg, urinstämma sedan i morse (journal 55-20871). Ägaren Ahmed Nasser säger att han klarar högst 8 000 kr totalt, moms inräknad. Ta fram ett kostnadsförslag för kateterisering och inläggning och skicka det till honom för godkännande.',
    topology: {
      shape: 'supervisor',
      coordinator: 'receptionsansvarig',
      workers: ['kostnadsberaknare', 'agarkontakt'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'receptionsansvarig',
        description: 'Ansvarig i akutreceptionen',
        instructions: 'Beställ kostnadsförslag, skicka det till ägaren och sammanfatta.',
        replies: [
          {
            handoff: 'kostnadsberaknare',
            message:
              'Kostnadsförslag Tiger 55-20871 (urinstämma): sedering, kateterisering, 2 dygns inläggning med dropp, urinsticka + sediment, blodgas/elektrolyter. Ägarens tak: 8 000 kr **inklusive moms 25 %** – ange totalen inkl. moms och säg om vi ligger över.',
          },
          {
            handoff: 'agarkontakt',
            message:
              'Skicka kostnadsförslaget till Ahmed Nasser (ahmed.nasser@telia.se): totalt 7 420 kr, inom hans tak på 8 000 kr. Be om godkännande i appen.',
          },
          {
            say: 'Kostnadsförslag Tiger skickat 11:05: **7 420 kr**, inom ägarens tak 8 000 kr. Väntar på godkännande, katten förbereds för kateterisering.',
          },
        ],
      },
      {
        name: 'kostnadsberaknare',
        description: 'Tar fram kostnadsförslag ur prislistan',
        instructions: 'Räkna ihop kostnadsförslaget enligt uppdraget.',
        replies: [
          {
            call: 'prislista',
            args: {
              koder: ['SED-K', 'KAT-U', 'INL-DYGN', 'DROPP-DYGN', 'LAB-URIN', 'LAB-BG'],
              antal: { 'INL-DYGN': 2, 'DROPP-DYGN': 2 },
            },
            result:
              '| kod | tjänst | antal | à-pris exkl. moms | summa exkl. moms |\n|---|---|---|---|---|\n| SED-K | sedering katt | 1 | 890 | 890 |\n| KAT-U | urinkateter inkl. spolning | 1 | 1 650 | 1 650 |\n| INL-DYGN | inläggning/dygn | 2 | 1 240 | 2 480 |\n| DROPP-DYGN | dropp/dygn | 2 | 560 | 1 120 |\n| LAB-URIN | urinsticka + sediment | 1 | 430 | 430 |\n| LAB-BG | blodgas + elektrolyter | 1 | 850 | 850 |\nSumma exkl. moms 7 420 kr · moms 25 % 1 855 kr · **att betala 9 275 kr**',
          },
          {
            say: 'Kostnadsförslag Tiger (55-20871):\n| post | kr |\n|---|---|\n| sedering | 890 |\n| kateterisering | 1 650 |\n| inläggning 2 dygn | 2 480 |\n| dropp 2 dygn | 1 120 |\n| urin + sediment | 430 |\n| blodgas/elektrolyter | 850 |\n| **totalt** | **7 420** |\n\nInom ägarens tak på 8 000 kr (580 kr marginal).',
          },
        ],
      },
      {
        name: 'agarkontakt',
        description: 'Skickar kostnadsförslag och besked till ägare',
        instructions: 'Skicka kostnadsförslaget för godkännande.',
        replies: [
          {
            call: 'skicka_kostnadsforslag',
            args: { till: 'ahmed.nasser@telia.se', journal: '55-20871', belopp_kr: 7420 },
            result:
              '{"id": "KF-2027-0311-009", "skickat": "2027-03-11T11:04", "kanal": "app+mejl", "status": "VÄNTAR_GODKÄNNANDE"}',
          },
          { say: 'KF-2027-0311-009 skickat 11:04 (app + mejl), 7 420 kr, väntar på Ahmeds godkännande.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'receptionsansvarig', to: 'kostnadsberaknare' },
      agent: 'kostnadsberaknare',
    },
  }),
  defineScenario({
    id: 'haemolysed-potassium-drives-postponed-cystotomy',
    title:
      'The router tells the anaesthesia agent the 6,9 mmol/L potassium was haemolysed and the re-run shows 4,6; the anaesthesia agent plans around hyperkalaemia at 6,9 and postpones surgery',
    domain: 'veterinary anaesthesia and lab results',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ludde, tax hane 7 år, 9,4 kg, journal 63-11590. Cystotomi för blåssten planerad i dag kl 13:00 på Djursjukhuset Linköping. Morgonproverna ska vara klara – ta fram labbläget och gör anestesiplanen.',
    topology: {
      shape: 'network',
      coordinator: 'operationsrouter',
      workers: ['labbagent', 'anestesiagent'],
    },
    agents: [
      {
        name: 'operationsrouter',
        description: 'Styr dagens operationsförberedelser',
        instructions: 'Hämta labbläget, låt anestesiagenten planera och avsluta med status.',
        replies: [
          {
            handoff: 'labbagent',
            message: 'Preop-labb för Ludde 63-11590 i dag: elektrolyter, Ht/TS, krea.',
          },
          {
            handoff: 'anestesiagent',
            message:
              'Ludde 63-11590, 9,4 kg, cystotomi 13:00. Labb: **K+ 4,6 mmol/L i omtaget kl 08:25** – första provet 07:40 (6,9) var hemolyserat 3+ och är ogiltigt. Na 146, Ht 0,44, TS 66, krea 98. Gör anestesiplanen.',
          },
          {
            say: 'Ludde 63-11590: cystotomin kl 13:00 **skjuts upp** – anestesiagenten bedömer hyperkalemi (K+ 6,9). Kalciumglukonat och insulin/glukos påbörjade, ny elektrolytkontroll kl 15, ny optid i morgon.',
          },
        ],
      },
      {
        name: 'labbagent',
        description: 'Hämtar labbsvar från analysinstrumenten',
        instructions: 'Rapportera giltiga svar och markera ogiltiga prover.',
        replies: [
          {
            call: 'hamta_labb',
            args: {
              journal: '63-11590',
              datum: '2027-03-12',
              analyser: ['elektrolyter', 'ht', 'ts', 'krea'],
            },
            result:
              '[{"prov": "07:40", "K": 6.9, "Na": 145, "hemolys": "3+", "status": "OGILTIGT – omtag beställt"}, {"prov": "08:25", "K": 4.6, "Na": 146, "hemolys": "0", "status": "GILTIGT"}, {"prov": "08:25", "Ht": 0.44, "TS": 66, "krea": 98}]',
          },
          {
            say: 'Ludde 12/3: **K+ 4,6 mmol/L** (omtag 08:25, ej hemolys) – ersätter 6,9 från 07:40 som var hemolyserat 3+ och ogiltigt. Na 146, Ht 0,44, TS 66 g/L, krea 98 µmol/L. Inget som hindrar narkos.',
          },
        ],
      },
      {
        name: 'anestesiagent',
        description: 'Gör anestesiplaner och riskbedömning',
        instructions: 'Skriv anestesiplan utifrån patientdata och labb.',
        replies: [
          {
            call: 'anestesirisk',
            args: { art: 'hund', vikt_kg: 9.4, kalium: 6.9, natrium: 146, ht: 0.44, ingrepp: 'cystotomi' },
            result:
              '{"asa": "IV", "varningar": ["K+ > 6,5: risk för bradyarytmi under narkos"], "rekommendation": "stabilisera före elektiv narkos: kalciumglukonat 10 % 0,5 ml/kg i.v. långsamt, insulin 0,1 IE/kg + glukos"}',
          },
          {
            say: 'Anestesibedömning Ludde: **hyperkalemi K+ 6,9** → ASA IV, risk för bradyarytmi. Elektiv narkos skjuts upp. Ge kalciumglukonat 10 % 4,7 ml i.v. långsamt och insulin 0,94 IE + glukos, kontrollera elektrolyter om 2 h.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'operationsrouter', to: 'anestesiagent' },
      agent: 'anestesiagent',
    },
  }),
  defineScenario({
    id: 'cavalier-echo-booked-on-a-monday',
    title:
      'Referral triage routes Molly to cardiology with the owner able to come only on Tuesdays or Thursdays; the cardiology agent books the first free slot, a Monday',
    domain: 'veterinary referral booking',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Remiss: Molly, cavalier king charles tik 6 år, 9,0 kg, journal 71-02236. Blåsljud grad 4/6 vänster apex, hosta nattetid. Önskar hjärtultraljud hos kardiolog inom 3 veckor. Ägaren Eva Karlsson jobbar skift och kan bara komma tisdagar eller torsdagar.',
    topology: {
      shape: 'branch',
      classifier: 'remisstriage',
      routes: { kardiologi: 'kardiologiagent', neurologi: 'neurologiagent' },
      after: 'kallelseskrivare',
    },
    agents: [
      {
        name: 'remisstriage',
        description: 'Fördelar inkommande remisser till rätt specialitet',
        instructions: 'Ange specialitet och det bokningen måste ta hänsyn till.',
        replies: [
          {
            say: 'kardiologi – Molly 71-02236, cavalier 6 år, blåsljud 4/6 vä apex + nattlig hosta, misstänkt MMVD stadium B2/C. Eko inom 3 veckor (senast 2 april). **Ägaren kan endast tisdagar eller torsdagar.**',
          },
        ],
      },
      {
        name: 'kardiologiagent',
        description: 'Bokar och förbereder kardiologiska undersökningar',
        instructions: 'Boka ekokardiografi enligt triagens villkor.',
        prompt: 'Triage:\n{input}',
        replies: [
          {
            call: 'lediga_tider',
            args: { mottagning: 'kardiologi', fran: '2027-03-12', till: '2027-04-02', typ: 'eko' },
            result:
              '| datum | veckodag | tid | kardiolog |\n|---|---|---|---|\n| 2027-03-15 | måndag | 09:00 | L. Wik |\n| 2027-03-18 | torsdag | 13:30 | L. Wik |\n| 2027-03-23 | tisdag | 10:00 | P. Åström |\n| 2027-03-29 | måndag | 14:00 | P. Åström |',
          },
          {
            call: 'boka_tid',
            args: { journal: '71-02236', datum: '2027-03-15', tid: '09:00', kardiolog: 'L. Wik' },
            result: 'Bokning KA-40917: Molly 71-02236, eko 2027-03-15 09:00, L. Wik, 60 min.',
          },
          {
            say: 'Eko bokat: **måndag 15 mars kl 09:00** hos L. Wik (KA-40917), 60 min. Första lediga tiden, väl inom 3 veckor. Ta med ev. medicinlista.',
          },
        ],
      },
      {
        name: 'neurologiagent',
        description: 'Bokar neurologiska utredningar',
        instructions: 'Boka neurologisk undersökning.',
        replies: [{ say: 'Ingen neurologisk bokning behövs.' }],
      },
      {
        name: 'kallelseskrivare',
        description: 'Skriver kallelser till djurägare',
        instructions: 'Skriv kallelsen till ägaren.',
        prompt: 'Bokning:\n{input}',
        replies: [
          {
            say: 'Hej Eva!\n\nMolly är välkommen på hjärtultraljud hos kardiolog L. Wik **måndag 15 mars 2027 kl 09:00** (bokning KA-40917). Undersökningen tar ca 60 minuter. Molly behöver inte fasta. Ta gärna med en lista över hennes mediciner.\n\nVälkomna! /Kardiologimottagningen',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'remisstriage', to: 'kardiologiagent' },
      agent: 'kardiologiagent',
    },
  }),
  defineScenario({
    id: 'transferred-cat-record-search-repeats-phone-lookup',
    title:
      'The ward administrator asks the record fetcher twice to search the previous clinic by microchip instead of phone number; it repeats the same phone lookup with zero hits each time',
    domain: 'veterinary inpatient admission and records transfer',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Ronja, katt hona 3 år, ska läggas in på vårdavdelningen i kväll (journal 90-33127, ny hos oss). Hon kommer från Anicura Bagarmossen. Vi måste ha hennes vaccinationsstatus (kattpest/katsnuva) innan hon får ligga på gemensam avdelning, annars isolering. Chip 752098100123456, ägare Sara Nyberg 070-918 44 02.',
    topology: {
      shape: 'network',
      coordinator: 'vardadministrator',
      workers: ['journalhamtare', 'vaccinationsgranskare'],
    },
    agents: [
      {
        name: 'vardadministrator',
        description: 'Administrerar inläggningar på vårdavdelningen',
        instructions: 'Få fram tidigare journal, låt vaccinationsgranskaren bedöma och besluta om placering.',
        replies: [
          {
            handoff: 'journalhamtare',
            message:
              'Hämta Ronjas journal från Anicura Bagarmossen (chip 752098100123456, ägare Sara Nyberg 070-918 44 02), särskilt vaccinationer.',
          },
          {
            handoff: 'journalhamtare',
            message:
              'Telefonnumret ger ingen träff – ägaren kan ha bytt nummer. Sök på chipnumret 752098100123456 i stället.',
          },
          {
            handoff: 'journalhamtare',
            message:
              'Du sökte på telefonnumret igen. Använd fältet chip=752098100123456 i sökningen, inte telefon.',
          },
          {
            say: 'Ronja 90-33127: tidigare journal från Anicura Bagarmossen gick inte att få fram (3 sökningar utan träff). Vaccinationsstatus okänd → **placeras i isolering** i kväll. Ägaren ombeds ta med vaccinationskort.',
          },
        ],
      },
      {
        name: 'journalhamtare',
        description: 'Hämtar journaler från andra kliniker via journalutbytet',
        instructions: 'Sök fram patientens journal hos den andra kliniken.',
        replies: [
          {
            call: 'sok_extern_journal',
            args: { klinik: 'Anicura Bagarmossen', telefon: '0709184402' },
            result: '{"traffar": 0, "sokt_pa": "telefon=0709184402", "tid_ms": 412}',
          },
          { say: 'Ingen journal hittad hos Anicura Bagarmossen (0 träffar på 070-918 44 02).' },
          {
            call: 'sok_extern_journal',
            args: { klinik: 'Anicura Bagarmossen', telefon: '0709184402' },
            result: '{"traffar": 0, "sokt_pa": "telefon=0709184402", "tid_ms": 398}',
          },
          { say: 'Ingen journal hittad hos Anicura Bagarmossen (0 träffar på 070-918 44 02).' },
          {
            call: 'sok_extern_journal',
            args: { klinik: 'Anicura Bagarmossen', telefon: '0709184402' },
            result: '{"traffar": 0, "sokt_pa": "telefon=0709184402", "tid_ms": 405}',
          },
          { say: 'Ingen journal hittad hos Anicura Bagarmossen (0 träffar på 070-918 44 02).' },
        ],
      },
      {
        name: 'vaccinationsgranskare',
        description: 'Bedömer vaccinationsstatus inför inläggning',
        instructions: 'Bedöm om vaccinationerna räcker för gemensam avdelning.',
        replies: [{ say: 'Underlag saknas för bedömning.' }],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'journalhamtare', to: 'vardadministrator' },
      agent: 'journalhamtare',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'osteosarcoma-carboplatin-dosed-on-fresh-weight',
    title:
      'The record agent shows a new weight of 27,9 kg (31,0 kg in January); the oncologist briefs the dosing agent with 27,9 kg and mentions the old weight only as weight loss',
    domain: 'veterinary oncology, weight-based chemotherapy dosing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an older weight appears in the brief, but only as history; the dose uses the current one',
    request:
      'Kajsa, greyhound tik 8 år, journal 52-90311, osteosarkom hö bakben, amputerad i januari. Karboplatin kur 2 fredag 19 mars 2027 (300 mg/m²). Kontrollera status och räkna ut dosen.',
    topology: {
      shape: 'supervisor',
      coordinator: 'onkologiansvarig',
      workers: ['patientdataagent', 'cytostatikaberaknare'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'onkologiansvarig',
        description: 'Ansvarig onkolog',
        instructions: 'Hämta aktuell status, låt dosen räknas och sammanfatta.',
        replies: [
          {
            handoff: 'patientdataagent',
            message: 'Status för Kajsa 52-90311 inför karboplatin kur 2: vikt, blodstatus, njurvärden.',
          },
          {
            handoff: 'cytostatikaberaknare',
            message:
              'Karboplatin 300 mg/m², Kajsa 52-90311, **27,9 kg** (vägd 17/3; var 31,0 kg i januari – viktnedgång noterad). BSA 10,1 × kg^(2/3)/100, koncentration 10 mg/ml. Ge mg och ml.',
          },
          {
            say: '### Kajsa 52-90311 – karboplatin kur 2 (19/3)\n- Vikt 27,9 kg (−3,1 kg sedan jan, dietist kontaktad)\n- Neutrofiler 5,6, TPK 248, krea 102 – OK\n- **Karboplatin 279 mg = 27,9 ml** (10 mg/ml), i.v. över 15 min\n\nBeställt hos sjukhusapoteket.',
          },
        ],
      },
      {
        name: 'patientdataagent',
        description: 'Hämtar patientdata ur journalen',
        instructions: 'Rapportera det som efterfrågas.',
        replies: [
          {
            call: 'journaldata',
            args: { journal: '52-90311', falt: ['vikt', 'blodstatus', 'krea'] },
            result:
              '{"vikt": [{"datum": "2027-01-20", "kg": 31.0}, {"datum": "2027-03-17", "kg": 27.9, "aktuell": true}], "blodstatus_2027-03-17": {"neutrofiler": 5.6, "tpk": 248}, "krea_2027-03-17": 102}',
          },
          {
            say: 'Kajsa: vikt **27,9 kg** (17/3), tidigare 31,0 kg (20/1). Neutrofiler 5,6 × 10⁹/L, TPK 248 × 10⁹/L, krea 102 µmol/L.',
          },
        ],
      },
      {
        name: 'cytostatikaberaknare',
        description: 'Räknar cytostatikadoser på kroppsyta',
        instructions: 'Räkna dosen och visa uträkningen.',
        replies: [
          {
            call: 'bsa_dos',
            args: { vikt_kg: 27.9, dos_mg_per_m2: 300, koncentration_mg_per_ml: 10 },
            result: '{"bsa_m2": 0.929, "dos_mg": 278.7, "volym_ml": 27.87}',
          },
          {
            say: '27,9 kg → BSA 0,929 m² × 300 mg/m² = 278,7 mg, avrundat **279 mg = 27,9 ml** (10 mg/ml).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'discharge-sms-outage-flagged-for-phone-call',
    title:
      'At discharge the owner-SMS worker hits a 503 from the gateway and says so plainly; the discharge lead tells the nurse to phone the owner instead',
    domain: 'veterinary discharge and owner communication',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a failed SMS tool call that the worker reports as failed instead of hiding it',
    request:
      'Utskrivning i dag 15:00: Rocky, border collie hane 4 år, 19,6 kg, journal 37-48802, efter korsbandsoperation (TPLO hö bak). Ordna hemgångsläkemedel, skicka eftervårdsinstruktioner till ägaren Anders Berg (072-330 61 15) och boka suturtagning om 14 dagar.',
    topology: {
      shape: 'fanout',
      planner: 'utskrivningsplanerare',
      workers: ['apoteksagent', 'eftervardssms', 'aterbesoksbokare'],
      aggregator: 'utskrivningsansvarig',
    },
    agents: [
      {
        name: 'utskrivningsplanerare',
        description: 'Planerar utskrivningar från avdelningen',
        instructions: 'Ge ett uppdrag per delagent.',
        replies: [
          {
            plan: {
              apoteksagent:
                'Hemgångsläkemedel Rocky 37-48802, 19,6 kg: carprofen 4 mg/kg x1 i 10 dagar, gabapentin 10 mg/kg x2 i 7 dagar.',
              eftervardssms:
                'SMS till Anders Berg 072-330 61 15: koppelpromenader 10 min x3, krage på, ingen trappa, suturer tas om 14 dagar.',
              aterbesoksbokare: 'Boka suturtagning för Rocky 37-48802 runt 31 mars, sköterskebesök 15 min.',
            },
          },
        ],
      },
      {
        name: 'apoteksagent',
        description: 'Iordningställer hemgångsläkemedel',
        instructions: 'Räkna fram förpackningar och dosering.',
        replies: [
          {
            call: 'iordningstall',
            args: { journal: '37-48802', vikt_kg: 19.6, lakemedel: ['carprofen', 'gabapentin'] },
            result:
              '{"carprofen": {"dos_mg": 78.4, "tablett": "Rimadyl 50 mg", "antal_per_dag": 1.5, "tabletter": 15}, "gabapentin": {"dos_mg": 196, "kapsel": "100 mg", "antal_per_dos": 2, "kapslar": 28}, "pris_kr": "612,50"}',
          },
          {
            say: 'Klart: Rimadyl 50 mg 1½ tablett x1 i 10 dagar (15 st), gabapentin 100 mg 2 kapslar x2 i 7 dagar (28 st). 612,50 kr.',
          },
        ],
      },
      {
        name: 'eftervardssms',
        description: 'Skickar eftervårdsinstruktioner per SMS',
        instructions: 'Skicka SMS:et och rapportera utfallet.',
        replies: [
          {
            call: 'skicka_sms',
            args: {
              till: '+46723306115',
              text: 'Hej Anders! Eftervård Rocky: koppel 10 min x3/dag, kragen på, inga trappor. Suturtagning om 14 dgr. /Djursjukhuset',
            },
            result: { error: '503 Service Unavailable – SMS-leverantören har driftstörning sedan 14:20' },
          },
          {
            say: '⚠️ SMS:et till Anders Berg gick **inte** iväg: leverantören svarar 503 (driftstörning sedan 14:20). Instruktionerna behöver lämnas muntligt/på papper vid hämtning eller via telefon.',
          },
        ],
      },
      {
        name: 'aterbesoksbokare',
        description: 'Bokar återbesök',
        instructions: 'Boka återbesöket.',
        replies: [
          {
            call: 'boka_aterbesok',
            args: { journal: '37-48802', datum: '2027-03-31', typ: 'suturtagning', minuter: 15 },
            result: 'Bokat ÅB-20931: onsdag 2027-03-31 10:15, sköterska J. Lund.',
          },
          { say: 'Suturtagning bokad ons 31/3 10:15 (ÅB-20931), sköterska J. Lund.' },
        ],
      },
      {
        name: 'utskrivningsansvarig',
        description: 'Sammanställer utskrivningen',
        instructions: 'Sammanställ delsvaren till en utskrivningschecklista, inklusive det som inte gick.',
        prompt: 'Delsvar:\n{input}',
        replies: [
          {
            say: '## Utskrivning Rocky 37-48802, 15:00\n- [x] Läkemedel: Rimadyl 50 mg 1½ x1 (10 d), gabapentin 100 mg 2 x2 (7 d) – 612,50 kr\n- [x] Suturtagning ons 31/3 10:15 (ÅB-20931)\n- [ ] **Eftervårds-SMS ej skickat** (leverantör 503): sköterskan ringer Anders Berg 072-330 61 15 före hämtning och ger utskrivet instruktionsblad vid utlämning.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'brachycephalic-plan-fixed-after-one-review',
    title:
      'The anaesthesia reviewer sends the bulldog plan back once for pre-oxygenation and a lower propofol dose; the revised plan is approved and goes to the nurse',
    domain: 'small animal anaesthesia planning',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revision round that changes the plan, then approval',
    request:
      'Doris, engelsk bulldogg tik 3 år, 23,5 kg, journal 46-71208. BOAS-operation (näsborrar + mjuka gommen) onsdag 24 mars 2027 kl 08:30 på Djursjukhuset Helsingborg. Skriv anestesiplan, få den granskad och ge narkossköterskan en checklista.',
    topology: {
      shape: 'pipeline',
      order: ['narkosplanerare', 'narkosgranskare', 'narkossjukskoterska'],
      loop: { from: 'narkosgranskare', to: 'narkosplanerare', while: 'REVIDERA', max: 3 },
    },
    agents: [
      {
        name: 'narkosplanerare',
        description: 'Skriver anestesiplaner',
        instructions: 'Skriv planen, eller revidera den enligt granskningen.',
        prompt: 'Uppdrag / granskning:\n{input}\n\nPatient: {request}',
        replies: [
          {
            say: 'Plan v1 Doris 23,5 kg: premed metadon 0,2 mg/kg i.m. (4,7 mg). Induktion propofol 4 mg/kg (94 mg) i.v. Underhåll isofluran. Extubering när sväljreflex återkommer.',
          },
          {
            say: 'Plan v2 Doris 23,5 kg:\n| steg | läkemedel | dos | mängd |\n|---|---|---|---|\n| premed | metadon | 0,2 mg/kg i.m. | 4,7 mg |\n| preoxygenering | O2 via mask | 3–5 min | |\n| induktion | propofol | 2 mg/kg i.v., titrera | 47 mg (max 94 mg) |\n| underhåll | isofluran | efter effekt | |\nIntubationsberedskap: tuber 6,5–9,0, laryngoskop, trakeostomiset. Extubering sent, huvud högt, övervakning 2 h postop.',
          },
        ],
      },
      {
        name: 'narkosgranskare',
        description: 'Granskar anestesiplaner',
        instructions: 'Svara "GODKÄND: <sammanfattning>" eller "REVIDERA: <kommentarer>".',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            say: 'REVIDERA: BOAS-patient – lägg till preoxygenering 3–5 min, titrera propofol från 2 mg/kg (inte bolus 4 mg/kg), lista tubstorlekar och trakeostomiberedskap, samt sen extubering med övervakning.',
          },
          {
            say: 'GODKÄND: v2 har preoxygenering, titrerad propofol 2 mg/kg (47 mg), tubar 6,5–9,0, trakeostomiset och sen extubering med 2 h övervakning.',
          },
        ],
      },
      {
        name: 'narkossjukskoterska',
        description: 'Narkossjuksköterska som förbereder ingreppet',
        instructions: 'Gör en checklista av den godkända planen.',
        prompt: 'Granskad plan:\n{input}',
        replies: [
          {
            say: 'Checklista Doris 24/3 08:30:\n- [ ] Metadon 4,7 mg i.m. 07:50\n- [ ] O2 via mask 3–5 min före induktion\n- [ ] Propofol 10 mg/ml: dra upp 9,4 ml, titrera från 4,7 ml (47 mg)\n- [ ] Tubar 6,5 / 7,5 / 8,0 / 9,0 + laryngoskop + trakeostomiset på bordet\n- [ ] Sen extubering, huvud högt, övervakning till 10:30+',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dental-estimate-net-lines-with-vat-total-under-ceiling',
    title:
      'The owner allows 12 000 kr including VAT; the dental estimator lists line items excluding VAT and gives the VAT-inclusive total 11 562,50 kr, which is under the ceiling',
    domain: 'veterinary dental cost estimates',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: amounts shown without VAT, but the ceiling check is made on the VAT-inclusive total',
    request:
      'Kostnadsförslag till ägaren Karin Ström: Pixie, yorkshireterrier tik 10 år, 2,8 kg, journal 24-60917, tandsanering med röntgen och troliga extraktioner. Hon har sagt max 12 000 kr inklusive moms. Skicka förslaget med kallelse.',
    topology: {
      shape: 'branch',
      classifier: 'arendesorterare',
      routes: { tandvard: 'tandkostnadsagent', mjukdelskirurgi: 'kirurgikostnadsagent' },
      after: 'forslagsbrevskrivare',
    },
    agents: [
      {
        name: 'arendesorterare',
        description: 'Sorterar kostnadsförslagsärenden',
        instructions: 'Ange område och villkor.',
        replies: [
          {
            say: 'tandvard – Pixie 24-60917, 2,8 kg, tandsanering + helmunsröntgen + extraktioner (bedöms 4–6 tänder). Tak: 12 000 kr inkl. moms.',
          },
        ],
      },
      {
        name: 'tandkostnadsagent',
        description: 'Beräknar kostnader för tandvård',
        instructions: 'Räkna fram kostnadsförslaget och kontrollera mot taket inklusive moms.',
        prompt: 'Ärende:\n{input}',
        replies: [
          {
            call: 'tandprislista',
            args: {
              koder: ['NARK-S', 'RTG-HEL', 'TAND-SAN', 'EXTR-ENK', 'SMART-HEM'],
              antal: { 'EXTR-ENK': 6 },
            },
            result:
              '{"rader": [{"kod": "NARK-S", "text": "narkos <5 kg inkl. övervakning", "exkl_moms": 2450}, {"kod": "RTG-HEL", "text": "helmunsröntgen", "exkl_moms": 1800}, {"kod": "TAND-SAN", "text": "tandsanering", "exkl_moms": 1600}, {"kod": "EXTR-ENK", "text": "extraktion enkel x6", "exkl_moms": 2700}, {"kod": "SMART-HEM", "text": "smärtlindring hem", "exkl_moms": 700}], "summa_exkl_moms": 9250.00, "moms_25": 2312.50, "summa_inkl_moms": 11562.50}',
          },
          {
            say: '| post | exkl. moms |\n|---|---|\n| narkos <5 kg | 2 450 kr |\n| helmunsröntgen | 1 800 kr |\n| tandsanering | 1 600 kr |\n| 6 extraktioner (max) | 2 700 kr |\n| smärtlindring hem | 700 kr |\n| summa | 9 250,00 kr |\n| moms 25 % | 2 312,50 kr |\n| **att betala inkl. moms** | **11 562,50 kr** |\n\nUnder taket 12 000 kr inkl. moms med 437,50 kr, även vid 6 extraktioner.',
          },
        ],
      },
      {
        name: 'kirurgikostnadsagent',
        description: 'Beräknar kostnader för mjukdelskirurgi',
        instructions: 'Räkna fram kostnadsförslaget.',
        replies: [{ say: 'Ej aktuellt.' }],
      },
      {
        name: 'forslagsbrevskrivare',
        description: 'Skriver kostnadsförslag och kallelser till ägare',
        instructions: 'Skriv brevet till ägaren.',
        prompt: 'Kalkyl:\n{input}\n\nÄrende: {request}',
        replies: [
          {
            say: 'Hej Karin!\n\nHär är kostnadsförslaget för Pixies tandsanering:\n- Narkos, röntgen av hela munnen, tandsanering och upp till 6 extraktioner samt smärtlindring hem\n- **Högst 11 562,50 kr inklusive moms** (9 250 kr + moms 2 312,50 kr)\n\nBlir det färre extraktioner blir det billigare. Boka tid i appen eller ring oss på 042-406 10 00.\n\nVänliga hälsningar, Tandvårdsmottagningen',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cbc-terse-but-complete-before-neuter',
    title:
      'The haematology worker answers in one line, but it carries every value the lead asked for with the reference verdict; the chief clears the castration',
    domain: 'veterinary clinical pathology',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf: 'low_quality_output: a very short lab answer that is nonetheless complete and correct',
    request:
      'Pelle, golden retriever hane 2 år, 32 kg, journal 15-28406, kastration i morgon fredag 26 mars 2027. Ta preop blodstatus i dag och dokumentera i journalen att han är klar för ingreppet om värdena är normala.',
    topology: {
      shape: 'nested',
      top: 'sjukhusveterinar',
      teams: {
        labbchef: ['hematologiagent'],
        omvardnadschef: ['journalforare'],
      },
    },
    agents: [
      {
        name: 'sjukhusveterinar',
        description: 'Ansvarig veterinär',
        instructions: 'Få blodstatus från labbet och låt omvårdnad dokumentera.',
        replies: [
          {
            handoff: 'labbchef',
            message: 'Preop blodstatus Pelle 15-28406: Hb, LPK, TPK, Ht – inom ref eller inte?',
          },
          {
            handoff: 'omvardnadschef',
            message:
              'Dokumentera i 15-28406: preop blodstatus 25/3 normalt (Hb 158, LPK 8,7, TPK 286, Ht 0,47), klar för kastration 26/3.',
          },
          {
            say: 'Pelle 15-28406: blodstatus normalt (Hb 158 g/L, LPK 8,7, TPK 286, Ht 0,47). **Klar för kastration fredag 26/3.** Journalfört.',
          },
        ],
      },
      {
        name: 'labbchef',
        description: 'Leder labbet',
        instructions: 'Låt hematologiagenten köra provet och rapportera.',
        replies: [
          {
            handoff: 'hematologiagent',
            message: 'Blodstatus 15-28406, prov HB-0325-1122.',
          },
          { say: 'Pelle: Hb 158, LPK 8,7, TPK 286, Ht 0,47 – alla inom ref.' },
        ],
      },
      {
        name: 'hematologiagent',
        description: 'Kör hematologianalyser',
        instructions: 'Kör provet och rapportera.',
        replies: [
          {
            call: 'kor_blodstatus',
            args: { prov: 'HB-0325-1122', instrument: 'ProCyte Dx' },
            result:
              'HB-0325-1122 ProCyte Dx 2027-03-25 11:31\nHb 158 g/L (131-205)\nHt 0,47 (0,37-0,62)\nLPK 8,7 ×10⁹/L (5,1-16,8)\nTPK 286 ×10⁹/L (148-484)\nFlaggor: inga',
          },
          { say: 'Hb 158, Ht 0,47, LPK 8,7, TPK 286 – alla inom ref, inga flaggor.' },
        ],
      },
      {
        name: 'omvardnadschef',
        description: 'Leder omvårdnaden',
        instructions: 'Se till att journalföringen görs.',
        replies: [
          {
            handoff: 'journalforare',
            message:
              'Journalför 15-28406: preop blodstatus 25/3 normalt (Hb 158, LPK 8,7, TPK 286, Ht 0,47), klar för kastration 26/3.',
          },
          { say: 'Journalfört.' },
        ],
      },
      {
        name: 'journalforare',
        description: 'För anteckningar i journalen',
        instructions: 'Skriv anteckningen.',
        replies: [
          {
            call: 'skriv_anteckning',
            args: {
              journal: '15-28406',
              text: 'Preop blodstatus 2027-03-25: Hb 158, Ht 0,47, LPK 8,7, TPK 286, u.a. Klar för kastration 2027-03-26.',
            },
            result: 'Anteckning JA-118804 sparad 11:40.',
          },
          { say: 'Sparad (JA-118804).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gdv-triage-handed-to-icu-with-full-picture',
    title:
      'The triage nurse says she is passing the bloated great dane to the emergency vet and does; the vet hands over to ICU with lactate, weight and owner consent',
    domain: 'veterinary emergency triage',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: a handoff announced in the text and actually made, with the details carried along',
    request:
      'Akut 23:10: Thor, grand danois hane 5 år, ca 62 kg, journal 88-40115 (ny). Spänd buk, försöker kräkas utan resultat sedan 22:30. Ägaren Peter Lund 070-662 31 90 är på plats.',
    topology: {
      shape: 'swarm',
      entry: 'triagesjukskoterska',
      agents: ['triagesjukskoterska', 'akutveterinar', 'intensivvardsagent'],
    },
    agents: [
      {
        name: 'triagesjukskoterska',
        description: 'Triagerar akuta patienter',
        instructions: 'Triagera enligt RETTS-V och lämna över till akutveterinären.',
        replies: [
          {
            call: 'registrera_triage',
            args: {
              journal: '88-40115',
              vikt_kg: 62.4,
              puls: 148,
              crt_s: 2.5,
              laktat: 6.8,
              prioritet: 'ROD',
            },
            result: '{"triage_id": "TR-2311-07", "prioritet": "RÖD", "tid": "23:14", "vikt_kg": 62.4}',
          },
          {
            handoff: 'akutveterinar',
            message:
              'RÖD (TR-2311-07) – Thor 88-40115, grand danois 62,4 kg, misstänkt GDV: spänd tympanisk buk, improduktiva kräkningar sedan 22:30, puls 148, CRT 2,5 s, laktat 6,8 mmol/L. Ägaren Peter Lund på plats. Lämnar över till dig nu.',
          },
        ],
      },
      {
        name: 'akutveterinar',
        description: 'Jourhavande akutveterinär',
        instructions: 'Bedöm, stabilisera och lämna över till intensivvården inför operation.',
        replies: [
          {
            call: 'rontgen_snabb',
            args: { journal: '88-40115', projektion: 'höger lateral buk' },
            result: 'RTG 23:22: "double bubble"/kompartmentalisering av ventrikeln – förenligt med GDV.',
          },
          {
            call: 'kostnadsgodkannande',
            args: { journal: '88-40115', ingrepp: 'GDV-kirurgi + gastropexi', belopp_kr: '38 000–45 000' },
            result:
              '{"godkant": true, "av": "Peter Lund", "tid": "23:27", "forsakring": "Sveland, skadenr SV-771204"}',
          },
          {
            handoff: 'intensivvardsagent',
            message:
              'Thor 88-40115, 62,4 kg: GDV bekräftad på rtg 23:22. Laktat 6,8, puls 148. Ägaren godkänt operation + gastropexi 38–45 tkr (Sveland SV-771204). Starta 2 grova infarter, Ringer-acetat 20 ml/kg bolus (1 250 ml), dekomprimera med trokar, EKG-övervakning. OP1 förbereds till 00:00. Jag lämnar över till dig.',
          },
        ],
      },
      {
        name: 'intensivvardsagent',
        description: 'Intensivvård och stabilisering',
        instructions: 'Stabilisera patienten och rapportera status.',
        replies: [
          {
            call: 'starta_stabilisering',
            args: { journal: '88-40115', bolus_ml: 1250, vatska: 'Ringer-acetat', ekg: true, trokar: true },
            result:
              '{"start": "23:31", "infarter": 2, "trokar": "23:36, gas avgick", "ekg": "sinustakykardi 152, enstaka VPC", "laktat_23_50": 4.9}',
          },
          {
            say: '## Thor 88-40115 – status 23:52\n- 2 infarter, Ringer-acetat 1 250 ml bolus klar 23:45\n- Trokardekompression 23:36, gas avgick\n- EKG: sinustakykardi 152, enstaka VPC – övervakas\n- Laktat 6,8 → **4,9 mmol/L**\n- Ägarens godkännande finns (Sveland SV-771204)\n\nRedo för OP1 kl 00:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch95Scenarios = [...faults, ...healthy];
