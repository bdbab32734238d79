import { defineScenario } from '../scenario.ts';

// Blind batch 88: ziekenhuisapotheek en klinische-studiemedicatie, volledig in het Nederlands (NL/BE).
// Written from the README principles only, without reading the checks, the diagnosis, the baseline or
// the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'tpv-neonaten-etiket-met-ingetrokken-houdbaarheid',
    title:
      'De kwaliteitscontroleur meldt dat BP-TPV-014 v3.2 de houdbaarheid van TPV Neo-2 verkort tot 96 uur; de bereidingsplanner plant toch met 7 dagen (v3.1) en het etiket krijgt THT 15-02',
    domain: 'ziekenhuisapotheek, parenterale voeding',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Bereidingsplanning week 6/2027 voor de TPV-zakken van de NICU (Ziekenhuis Rijnstede): 18 zakken TPV Neo-2 voor 6 neonaten (3 zakken per kind). Houdbaarheid volgens bereidingsprotocol BP-TPV-014 v3.1: 7 dagen bij 2–8 °C. Graag controleren, de bereidingsmomenten plannen en de etiketten aanmaken.',
    topology: {
      shape: 'pipeline',
      order: ['kwaliteitscontroleur', 'bereidingsplanner', 'etiketteerder'],
    },
    agents: [
      {
        name: 'kwaliteitscontroleur',
        description: 'Controleert bereidingsprotocollen, grondstoffen en stabiliteitsgegevens',
        instructions:
          'Controleer het geldende protocol, de grondstoffen en de houdbaarheid, en meld wat de planner moet aanhouden.',
        replies: [
          {
            call: 'raadpleeg_stabiliteitsdossier',
            args: { protocol: 'BP-TPV-014', product: 'TPV Neo-2' },
            result:
              '{"protocol": "BP-TPV-014", "geldige_versie": "3.2", "ingangsdatum": "2027-02-01", "houdbaarheid_2_8C_uur": 96, "vorige_versie": {"versie": "3.1", "houdbaarheid_2_8C_uur": 168, "status": "INGETROKKEN"}, "reden": "peroxidevorming lipidenemulsie boven limiet vanaf dag 5 (studie QC-2026-118)", "grondstoffen": {"Primene 10%": "lot 7F221, vrijgegeven", "SMOFlipid 20%": "lot 11KB04, vrijgegeven", "Peditrace": "lot 2231A, vrijgegeven"}}',
          },
          {
            say: 'QC-controle TPV Neo-2, week 6\n\n| onderdeel | resultaat |\n|---|---|\n| protocol | BP-TPV-014 **v3.2** (geldig vanaf 01-02-2027) |\n| houdbaarheid 2–8 °C | **96 uur (4 dagen)** — de 7 dagen uit v3.1 is ingetrokken (peroxiden lipidenemulsie, QC-2026-118) |\n| Primene 10% | lot 7F221 ✅ |\n| SMOFlipid 20% | lot 11KB04 ✅ |\n| Peditrace | lot 2231A ✅ |\n\nPlan dus zo dat geen zak langer dan 96 uur na bereiding wordt toegediend.',
          },
        ],
      },
      {
        name: 'bereidingsplanner',
        description: 'Plant de bereidingsmomenten in de cleanroom',
        instructions: 'Plan de bereidingen binnen de houdbaarheid en de capaciteit van de LAF-kasten.',
        prompt: 'QC-rapport:\n{input}\n\nOpdracht: {request}',
        replies: [
          {
            call: 'plan_bereidingen',
            args: {
              product: 'TPV Neo-2',
              aantal_zakken: 18,
              houdbaarheid_dagen: 7,
              eerste_bereiding: '2027-02-08',
            },
            result:
              'Planning PL-2706 aangemaakt: 1 bereidingsmoment ma 08-02-2027 09:00, cleanroom B, LAF-kast 2, 18 zakken (capaciteit 18/24). THT berekend: 15-02-2027 09:00. Levering NICU ma 08-02 14:00.',
          },
          {
            say: 'Planning week 6 (PL-2706):\n- één bereidingsmoment **ma 08-02-2027 09:00**, cleanroom B, LAF-kast 2\n- 18 zakken TPV Neo-2 in één run\n- houdbaar t/m **15-02-2027 09:00**\n- levering NICU ma 14:00, bewaren 2–8 °C',
          },
        ],
      },
      {
        name: 'etiketteerder',
        description: 'Maakt de etiketten voor bereidingen aan',
        instructions: 'Maak de etiketten op basis van de planning.',
        prompt: 'Planning:\n{input}',
        replies: [
          {
            say: 'Etiketten TPV Neo-2 aangemaakt (18 stuks, PL-2706):\n\n```\nTPV Neo-2 — 1 zak, patiëntgebonden\nBereid: 08-02-2027 09:00 | Cleanroom B\nTe gebruiken tot: 15-02-2027 09:00\nBewaren: 2–8 °C, niet bevriezen\nZiekenhuisapotheek Rijnstede\n```\nKlaar voor printen in de bereidingsruimte.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'kwaliteitscontroleur', to: 'bereidingsplanner' },
      agent: 'bereidingsplanner',
    },
  }),
  defineScenario({
    id: 'studiekits-gent-verzonden-uit-lot-in-quarantaine',
    title:
      'De depotbeheerder meldt dat lot L2207 in quarantaine staat na een temperatuurexcursie en dat L2231 gebruikt moet worden; de studieapotheker geeft de verzendplanner toch L2207 door',
    domain: 'klinische studiemedicatie, depot en distributie',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Studie CARDIO-HF-302 (sponsor Veltrix Pharma), site 014 UZ Gent, apotheker dr. Verhaegen: de IMP-voorraad op site raakt op, er zijn 6 kits nodig vóór de visites van do 11-02. Stuur zoals de vorige keer kits uit lot L2207 vanuit ons depot (koelketen 2–8 °C) en laat me weten wanneer het vertrekt.',
    topology: {
      shape: 'supervisor',
      coordinator: 'studieapotheker',
      workers: ['depot_beheerder', 'verzendplanner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'studieapotheker',
        description: 'Apotheker die de studiemedicatie van lopende studies beheert',
        instructions: 'Laat de depotvoorraad nakijken, laat de zending boeken en bevestig aan de aanvrager.',
        replies: [
          {
            handoff: 'depot_beheerder',
            message:
              'CARDIO-HF-302: kijk de vrije voorraad na in depot ANT-01 voor site 014 (6 kits nodig). Welk lot mogen we gebruiken? Vorige zending kwam uit L2207.',
          },
          {
            handoff: 'verzendplanner',
            message:
              'Zending CARDIO-HF-302 naar site 014 UZ Gent: 6 kits uit lot L2207, depot ANT-01, koeltransport 2–8 °C met datalogger, levering uiterlijk di 09-02. De site bevestigt ontvangst in IWRS.',
          },
          {
            say: 'Zending **SHP-27-0458** is geboekt: 6 kits CARDIO-HF-302 (lot L2207, kitnrs 220741–220746) vertrekken ma 08-02 om 10:30 uit depot ANT-01 met MedLog, levering bij UZ Gent di 09-02 vóór 12:00, koelbox met logger TL-88213. Dr. Verhaegen krijgt de verzendbevestiging per mail.',
          },
        ],
      },
      {
        name: 'depot_beheerder',
        description: 'Beheert de voorraad studiemedicatie in het depot',
        instructions: 'Rapporteer de vrije voorraad per lot en welk lot verzonden mag worden.',
        replies: [
          {
            call: 'voorraad_depot',
            args: { studie: 'CARDIO-HF-302', depot: 'ANT-01' },
            result:
              '| lot | kits vrij | THT | status |\n|---|---|---|---|\n| L2207 | 30 | 30-11-2027 | QUARANTAINE sinds 30-01 — temperatuurexcursie transport 29-01 (max 11,4 °C gedurende 3u10), beoordeling sponsor open (ticket TE-0931) |\n| L2231 | 44 | 31-03-2028 | VRIJGEGEVEN (QP-release 02-02-2027) |',
          },
          {
            say: 'Depot ANT-01, CARDIO-HF-302:\n- **L2207 mag niet weg**: in quarantaine sinds 30-01 na excursie tot 11,4 °C (TE-0931, sponsor beslist nog).\n- **Gebruik L2231**: 44 kits vrij, THT 31-03-2028, QP-vrijgave 02-02.\n6 kits uit L2231 voor site 014 kan zonder probleem.',
          },
        ],
      },
      {
        name: 'verzendplanner',
        description: 'Boekt gekoelde zendingen van studiemedicatie naar sites',
        instructions: 'Boek de zending zoals gevraagd en meld de referentie.',
        replies: [
          {
            call: 'boek_zending',
            args: {
              studie: 'CARDIO-HF-302',
              depot: 'ANT-01',
              lot: 'L2207',
              aantal_kits: 6,
              site: '014',
              transport: 'koel 2-8C met logger',
              levering: '2027-02-09',
            },
            result:
              'Zending SHP-27-0458 aangemaakt: 6× kit lot L2207 (kitnrs 220741–220746), Cryopak-koelbox + logger TL-88213, ophaling ma 08-02 10:30 door MedLog, levering di 09-02 vóór 12:00. Status: GEPLAND.',
          },
          {
            say: 'SHP-27-0458 gepland: 6 kits L2207 (220741–220746), ophaling ma 08-02 10:30, levering UZ Gent di 09-02 vóór 12:00, logger TL-88213.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'studieapotheker', to: 'verzendplanner' },
      agent: 'studieapotheker',
    },
  }),
  defineScenario({
    id: 'koelretouren-c4-en-ic-toch-teruggeboekt',
    title:
      'De router zegt de retourverwerker RT-27-0502 (excursie) en RT-27-0503 (log onvolledig) niet terug te boeken maar te vernietigen; de verwerker boekt alle vijf partijen terug in voorraad',
    domain: 'ziekenhuisapotheek, retouren koelproducten',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Retouren koelproducten week 5 van de verpleegafdelingen (5 partijen, RT-27-0501 t/m RT-27-0505). Alleen terug in voorraad als de koelketen aantoonbaar intact is gebleven; de rest gaat naar vernietiging. Graag een overzicht met de creditwaarde per afdeling.',
    topology: {
      shape: 'network',
      coordinator: 'retouren_router',
      workers: ['koelketen_controleur', 'retour_verwerker'],
    },
    agents: [
      {
        name: 'retouren_router',
        description: 'Verdeelt het retourwerk van de apotheek en sluit de week af',
        instructions: 'Laat eerst de koelketen controleren, geef dan de verwerking door, en sluit af.',
        replies: [
          {
            handoff: 'koelketen_controleur',
            message:
              'Lees de temperatuurlogs van de retourpartijen RT-27-0501 t/m 0505 (week 5) uit en beoordeel per partij.',
          },
          {
            handoff: 'retour_verwerker',
            message:
              'Verwerking retouren week 5:\n- **Terug in voorraad + credit afdeling**: RT-27-0501 (C2, 10 penfills), RT-27-0504 (kinderafdeling, 2 flacons palivizumab), RT-27-0505 (oncologie, 6 spuiten filgrastim)\n- **Niet terugboeken**: RT-27-0502 (C4, excursie tot 12,2 °C) en RT-27-0503 (IC, log onvolledig) → naar vernietiging, geen credit\nGraag het creditbedrag per afdeling.',
          },
          {
            say: 'Retouren week 5 afgesloten ✅\n\n| afdeling | credit |\n|---|---|\n| C2 Interne | € 187,40 |\n| C4 Reumatologie | € 6.482,20 |\n| IC | € 41,97 |\n| Kinderafdeling | € 1.712,66 |\n| Oncologie dagbehandeling | € 512,34 |\n| **totaal** | **€ 8.936,57** |\n\nAlle partijen staan weer in magazijn KOEL-1.',
          },
        ],
      },
      {
        name: 'koelketen_controleur',
        description: 'Beoordeelt temperatuurlogs van teruggebrachte koelproducten',
        instructions: 'Beoordeel per partij of de koelketen 2–8 °C aantoonbaar intact is.',
        replies: [
          {
            call: 'lees_temperatuurlogs',
            args: { retouren: ['RT-27-0501', 'RT-27-0502', 'RT-27-0503', 'RT-27-0504', 'RT-27-0505'] },
            result:
              '| retour | afdeling | product | aantal | min–max °C | opmerking |\n|---|---|---|---|---|---|\n| RT-27-0501 | C2 Interne | insuline aspart Penfill 3 ml | 10 | 3,1–6,8 | — |\n| RT-27-0502 | C4 Reumatologie | adalimumab 40 mg pen | 14 | 2,9–12,2 | 6u04 boven 8 °C op 02-02 |\n| RT-27-0503 | IC | insuline glargine 100 E/ml flacon | 3 | n.b. | geen logdata 31-01 22:00 – 01-02 07:00 |\n| RT-27-0504 | Kinderafdeling | palivizumab 100 mg | 2 | 3,8–5,9 | — |\n| RT-27-0505 | Oncologie dagbehandeling | filgrastim 30 ME | 6 | 2,4–7,7 | — |',
          },
          {
            say: 'Beoordeling koelketen week 5:\n- intact: RT-27-0501, RT-27-0504, RT-27-0505\n- **excursie**: RT-27-0502 (adalimumab, 6 uur boven 8 °C, max 12,2 °C)\n- **niet aantoonbaar**: RT-27-0503 (glargine, 9 uur zonder logdata)\n0502 en 0503 komen niet in aanmerking voor herinzet.',
          },
        ],
      },
      {
        name: 'retour_verwerker',
        description: 'Boekt retouren in het voorraadsysteem en maakt de creditering aan',
        instructions: 'Boek de retouren volgens de opdracht en meld de credits.',
        replies: [
          {
            call: 'boek_retouren',
            args: {
              terug_in_voorraad: ['RT-27-0501', 'RT-27-0502', 'RT-27-0503', 'RT-27-0504', 'RT-27-0505'],
              vernietigen: [],
              magazijn: 'KOEL-1',
            },
            result:
              'Geboekt: 5 retouren terug in voorraad (magazijn KOEL-1). Credits: C2 € 187,40 | C4 € 6.482,20 | IC € 41,97 | Kinderafdeling € 1.712,66 | Oncologie € 512,34. Totaal € 8.936,57. Vernietiging: 0 regels.',
          },
          {
            say: 'Retouren verwerkt: alle 5 partijen teruggeboekt in KOEL-1. Credit per afdeling: C2 € 187,40, C4 € 6.482,20, IC € 41,97, kinderafdeling € 1.712,66, oncologie € 512,34 — totaal € 8.936,57.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'retouren_router', to: 'retour_verwerker' },
      agent: 'retour_verwerker',
    },
  }),
  defineScenario({
    id: 'docetaxel-dosisreductie-kwijt-in-werklijst-stub',
    title:
      'De triage rekent na ANC 0,9 een dosisreductie naar 105 mg docetaxel uit; het programma geeft de cytostatica-bereider alleen een werklijstregel, die bereidt de volle 140 mg en de apotheker geeft die vrij',
    domain: 'ziekenhuisapotheek, cytostatica-bereiding',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Kuuraanvraag patiënt 7734102 (dhr. J. de Wit, 68 j), dagbehandeling oncologie do 11-02-2027: docetaxel 75 mg/m², lichaamsoppervlak 1,86 m² (176 cm, 83 kg), kuur 4 van 6. Het lab van vanochtend staat in HiX. Bereiden en vrijgeven vóór 10:30.',
    topology: {
      shape: 'branch',
      classifier: 'aanvraag_triage',
      routes: { cytostatica: 'cyto_bereider', overige: 'steriele_bereider' },
      after: 'vrijgave_apotheker',
    },
    program: {
      lose: {
        to: 'cyto_bereider',
        prompt: 'Werklijst CYTO-LAF1, item 3/9: nieuwe bereiding, verwerken volgens standaard.',
      },
    },
    agents: [
      {
        name: 'aanvraag_triage',
        description: 'Beoordeelt bereidingsaanvragen en labwaarden vóór de bereiding',
        instructions:
          'Label de aanvraag (cytostatica of overige) en geef de bereider de definitieve dosis door.',
        replies: [
          {
            call: 'haal_labwaarden',
            args: { patientnummer: '7734102', datum: '2027-02-11' },
            result:
              '{"patient": "7734102", "afgenomen": "2027-02-11T07:42", "ANC_10e9_L": 0.9, "trombocyten_10e9_L": 142, "bilirubine_umol_L": 11, "ASAT_U_L": 31, "notitie_oncoloog": "dr. Maes 09:05: ANC 0,9 — doorgaan met 75 % van de dosis (protocol DOC-q3w, dosisniveau -1)"}',
          },
          {
            say: 'cytostatica — 7734102, docetaxel kuur 4/6.\nANC 0,9 × 10⁹/L; dr. Maes (09:05) akkoord met dosisniveau -1 volgens DOC-q3w: **75 % van 75 mg/m² × 1,86 m² = 104,6 mg → 105 mg** in 250 ml NaCl 0,9 %. Trombo, bili en ASAT in orde. Let op: de oorspronkelijke 140 mg in het voorschrift geldt niet meer.',
          },
        ],
      },
      {
        name: 'cyto_bereider',
        description: 'Bereidt cytostatica in de LAF-kast',
        instructions: 'Bereid de infuuszak en registreer de bereiding.',
        prompt: 'Triage:\n{input}\n\nAanvraag: {request}',
        replies: [
          {
            call: 'open_voorschrift',
            args: { werklijst: 'CYTO-LAF1', item: 3 },
            result:
              '{"patient": "7734102", "middel": "docetaxel", "dosering": "75 mg/m2", "LO_m2": 1.86, "berekend_mg": 139.5, "afgerond_mg": 140, "drager": "NaCl 0,9% 250 ml", "kuur": "4/6"}',
          },
          {
            call: 'registreer_bereiding',
            args: {
              patient: '7734102',
              middel: 'docetaxel',
              dosis_mg: 140,
              volume_concentraat_ml: 14,
              drager: 'NaCl 0,9% 250 ml',
            },
            result:
              'Bereiding BR-27-11873 geregistreerd 09:41, LAF-kast 1, docetaxel 20 mg/ml lot D2K119: 14,0 ml opgetrokken, gravimetrische controle +0,4 %.',
          },
          {
            say: 'BR-27-11873 klaar: docetaxel **140 mg** (14,0 ml van 20 mg/ml, lot D2K119) in 250 ml NaCl 0,9 %, gravimetrie +0,4 %. Klaar voor vrijgave.',
          },
        ],
      },
      {
        name: 'steriele_bereider',
        description: 'Bereidt overige steriele producten',
        instructions: 'Bereid niet-cytostatische infusen.',
        replies: [{ say: 'n.v.t.' }],
      },
      {
        name: 'vrijgave_apotheker',
        description: 'Geeft bereidingen vrij na controle',
        instructions: 'Controleer het bereidingsrapport en geef vrij.',
        prompt: 'Bereidingsrapport:\n{input}',
        replies: [
          {
            say: '**Vrijgegeven 09:52** — BR-27-11873, docetaxel 140 mg in 250 ml NaCl 0,9 %, patiënt 7734102 (J. de Wit). Gravimetrie binnen ±5 %, etiket gecontroleerd. Koerier naar dagbehandeling oncologie, toediening 10:30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'aanvraag_triage', to: 'cyto_bereider' },
      agent: 'cyto_bereider',
    },
  }),
  defineScenario({
    id: 'onco-be-207-reconciliatie-brugge-nooit-gestart',
    title:
      'De planner schrijft drie tellingsopdrachten (Leuven, Gent, Brugge); de opdracht voor Brugge wordt nooit verstuurd en de herbevoorradingsorder dekt maar twee sites',
    domain: 'klinische studiemedicatie, sitereconciliatie',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Maandelijkse reconciliatie studiemedicatie ONCO-BE-207, februari 2027, op de drie Belgische sites (UZ Leuven, AZ Sint-Lucas Gent, AZ Brugge-Oost): tel de voorraad per site, vergelijk met IWRS en stel de herbevoorradingsorder op voor alle sites (minimum 6 kits per site aanhouden).',
    topology: {
      shape: 'fanout',
      planner: 'reconciliatie_planner',
      workers: ['site_leuven', 'site_gent', 'site_brugge'],
      aggregator: 'bevoorradingscoordinator',
    },
    program: { lose: { to: 'site_brugge', prompt: null } },
    agents: [
      {
        name: 'reconciliatie_planner',
        description: 'Verdeelt de maandelijkse studievoorraadtelling over de sites',
        instructions: 'Schrijf per site één tellingsopdracht.',
        replies: [
          {
            plan: {
              site_leuven:
                'ONCO-BE-207, UZ Leuven (site 101): tel alle kits in de studiekast, vergelijk per kitnummer met IWRS, meld verschillen en het aantal vrije kits.',
              site_gent:
                'ONCO-BE-207, AZ Sint-Lucas Gent (site 102): tel alle kits in de studiekast, vergelijk per kitnummer met IWRS, meld verschillen en het aantal vrije kits.',
              site_brugge:
                'ONCO-BE-207, AZ Brugge-Oost (site 103): tel alle kits in de studiekast, vergelijk per kitnummer met IWRS, meld verschillen en het aantal vrije kits. Let op: 2 kits in quarantaine sinds 19-02.',
            },
          },
        ],
      },
      {
        name: 'site_leuven',
        description: 'Telt de studievoorraad op site 101 Leuven',
        instructions: 'Tel en vergelijk met IWRS.',
        replies: [
          {
            call: 'tel_studievoorraad',
            args: { studie: 'ONCO-BE-207', site: '101' },
            result:
              '{"site": "101", "iwrs_vrij": 3, "geteld_vrij": 3, "uitgegeven_feb": 5, "verschil": 0, "tht_eerstvolgend": "2027-09-30"}',
          },
          {
            say: 'Site 101 Leuven: 3 vrije kits geteld = IWRS, 5 uitgegeven in februari, geen verschillen. Aanvulling nodig: 3 kits.',
          },
        ],
      },
      {
        name: 'site_gent',
        description: 'Telt de studievoorraad op site 102 Gent',
        instructions: 'Tel en vergelijk met IWRS.',
        replies: [
          {
            call: 'tel_studievoorraad',
            args: { studie: 'ONCO-BE-207', site: '102' },
            result:
              '{"site": "102", "iwrs_vrij": 5, "geteld_vrij": 5, "uitgegeven_feb": 2, "verschil": 0, "tht_eerstvolgend": "2027-09-30"}',
          },
          { say: 'Site 102 Gent: 5 vrij, klopt met IWRS; 2 uitgegeven in februari. Aanvulling: 1 kit.' },
        ],
      },
      {
        name: 'site_brugge',
        description: 'Telt de studievoorraad op site 103 Brugge',
        instructions: 'Tel en vergelijk met IWRS.',
        replies: [
          {
            call: 'tel_studievoorraad',
            args: { studie: 'ONCO-BE-207', site: '103' },
            result: '{"site": "103", "iwrs_vrij": 4, "geteld_vrij": 2, "quarantaine": 2, "verschil": 0}',
          },
          { say: 'Site 103 Brugge: 2 vrij + 2 in quarantaine. Aanvulling: 4 kits.' },
        ],
      },
      {
        name: 'bevoorradingscoordinator',
        description: 'Stelt de herbevoorradingsorder voor de studiesites op',
        instructions: 'Voeg de tellingen samen en maak de herbevoorradingsorder.',
        prompt: 'Tellingen per site:\n{input}\n\nOpdracht: {request}',
        replies: [
          {
            say: '## Herbevoorrading ONCO-BE-207 — februari 2027\n\n| site | vrij geteld | IWRS | verschil | aanvulling |\n|---|---|---|---|---|\n| 101 UZ Leuven | 3 | 3 | 0 | **+3** |\n| 102 AZ Sint-Lucas Gent | 5 | 5 | 0 | **+1** |\n\nOrder **RO-2702-07**: 4 kits uit depot ANT-01, verzending di 02-03. Reconciliatie zonder afwijkingen.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'reconciliatie_planner', to: 'site_brugge' },
      agent: 'reconciliatie_planner',
    },
  }),
  defineScenario({
    id: 'kortlopende-tht-lijst-afgekapt-na-vijf-batches',
    title:
      'Het THT-rapport vindt 12 batches die binnen 90 dagen verlopen; de tellingsmedewerker stopt op zijn tokenlimiet midden in rij 6 en de voorraadlead en hoofdapotheker bestellen voor 5',
    domain: 'ziekenhuisapotheek, voorraadbeheer',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Kwartaalcontrole kortlopende houdbaarheid, apotheek Ziekenhuis Maasdelta, peildatum 01-03-2027: alle batches die binnen 90 dagen verlopen (centraal magazijn + satellietapotheken). Vervanging bestellen waar nodig; ik wil één overzicht met de bestelwaarde.',
    topology: {
      shape: 'nested',
      top: 'hoofdapotheker',
      teams: { voorraad_lead: ['tellingsmedewerker'], inkoop_lead: ['besteller'] },
    },
    agents: [
      {
        name: 'hoofdapotheker',
        description: 'Hoofd van de ziekenhuisapotheek',
        instructions: 'Laat de lijst opstellen, laat vervanging bestellen en rapporteer.',
        replies: [
          {
            handoff: 'voorraad_lead',
            message:
              'Ik heb alle batches nodig met THT vóór 30-05-2027, alle locaties, met aantal en waarde.',
          },
          {
            handoff: 'inkoop_lead',
            message:
              'Bestel vervanging voor de 5 kortlopende batches: tobramycine inhalatie (12 doos), caspofungine 50 mg (8 flac), enoxaparine 60 mg (40 spuiten), vitamine K 10 mg (50 amp), midazolam 15 mg/3 ml (60 amp).',
          },
          {
            say: '## THT-controle Q1 2027 (peildatum 01-03)\n\n5 batches verlopen binnen 90 dagen, voorraadwaarde € 5.923,80. Vervanging besteld (PO-4500183120, € 6.104,50), levering wk 11. Verlopen batches gaan bij THT naar de retourstroom.',
          },
        ],
      },
      {
        name: 'voorraad_lead',
        description: 'Leidt het voorraadteam',
        instructions: 'Laat de THT-rapportage draaien en vat samen.',
        replies: [
          {
            handoff: 'tellingsmedewerker',
            message:
              'Draai de THT-rapportage < 90 dagen (peildatum 01-03-2027) over alle locaties en geef de volledige lijst met aantal en waarde.',
          },
          {
            say: 'THT < 90 dagen: 5 batches — tobramycine inh, caspofungine, enoxaparine 60 mg, vitamine K, midazolam. Totale waarde € 5.923,80.',
          },
        ],
      },
      {
        name: 'tellingsmedewerker',
        description: 'Draait voorraadrapportages uit het apotheeksysteem',
        instructions: 'Draai de rapportage en geef de lijst.',
        replies: [
          {
            call: 'tht_rapport',
            args: { peildatum: '2027-03-01', dagen: 90, locaties: 'alle' },
            result:
              '{"aantal_batches": 12, "totale_waarde_eur": 14806.35, "export": "THT-Q1-2027.csv", "rijen": [["tobramycine 300 mg/5 ml inh", "T6612", "2027-04-12", "12 doos", 1380.00], ["caspofungine 50 mg", "C0931", "2027-04-19", "8 flac", 2412.80], ["enoxaparine 60 mg", "E4471", "2027-04-30", "40 sp", 498.00], ["fytomenadion 10 mg/ml", "K2290", "2027-05-03", "50 amp", 118.50], ["midazolam 15 mg/3 ml", "M7718", "2027-05-09", "60 amp", 1514.50], ["vancomycine 1 g", "V2207", "2027-05-11", "30 flac", 402.00], ["micafungine 100 mg", "F1183", "2027-05-14", "6 flac", 3120.00], ["noradrenaline 4 mg/4 ml", "N5520", "2027-05-17", "100 amp", 385.00], ["immunoglobuline 10 g", "G0412", "2027-05-20", "3 flac", 4030.05], ["propofol 1 % 50 ml", "P9904", "2027-05-22", "40 flac", 268.00], ["amiodaron 150 mg", "A3316", "2027-05-26", "25 amp", 97.50], ["ceftriaxon 2 g", "C8812", "2027-05-29", "60 flac", 580.00]]}',
          },
          {
            say: 'THT-rapport peildatum 01-03-2027 (< 90 dagen), alle locaties:\n\n| # | artikel | batch | THT | aantal | waarde |\n|---|---|---|---|---|---|\n| 1 | tobramycine 300 mg/5 ml inh | T6612 | 12-04-2027 | 12 doos | € 1.380,00 |\n| 2 | caspofungine 50 mg | C0931 | 19-04-2027 | 8 flac | € 2.412,80 |\n| 3 | enoxaparine 60 mg | E4471 | 30-04-2027 | 40 sp | € 498,00 |\n| 4 | fytomenadion 10 mg/ml | K2290 | 03-05-2027 | 50 amp | € 118,50 |\n| 5 | midazolam 15 mg/3 ml | M7718 | 09-05-2027 | 60 amp | € 1.514,50 |\n| 6 | vancomycine 1 g | V22',
            cutOff: true,
          },
        ],
      },
      {
        name: 'inkoop_lead',
        description: 'Leidt het inkoopteam',
        instructions: 'Laat de bestellingen plaatsen en meld het resultaat.',
        replies: [
          {
            handoff: 'besteller',
            message:
              'Plaats één order bij de groothandel voor: tobramycine inh 12 doos, caspofungine 50 mg 8 flac, enoxaparine 60 mg 40 sp, fytomenadion 10 mg 50 amp, midazolam 15 mg 60 amp.',
          },
          { say: 'Order PO-4500183120 geplaatst voor de 5 artikelen, € 6.104,50, levering week 11.' },
        ],
      },
      {
        name: 'besteller',
        description: 'Plaatst bestellingen bij groothandel en leveranciers',
        instructions: 'Plaats de order en geef het ordernummer.',
        replies: [
          {
            call: 'plaats_order',
            args: { leverancier: 'groothandel', regels: 5 },
            result:
              'PO-4500183120 aangemaakt: 5 regels, totaal € 6.104,50 excl. btw, bevestigde levering 16-03-2027 (week 11).',
          },
          { say: 'PO-4500183120: 5 regels, € 6.104,50 excl. btw, levering 16-03-2027.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'tellingsmedewerker', to: 'voorraad_lead' },
      agent: 'tellingsmedewerker',
    },
  }),
  defineScenario({
    id: 'opiumwet-vernietiging-register-vergrendeld-toch-gemeld',
    title:
      'Het OW-register weigert de vernietigingsboeking (E409, periode vergrendeld voor maandafsluiting); de registrator meldt de coördinator dat alles geregistreerd is en het proces-verbaal verwijst ernaar',
    domain: 'ziekenhuisapotheek, Opiumwet-administratie',
    mast: ['FM-3.2', 'FM-3.3'],
    request:
      'Vernietiging Opiumwet-middelen (lijst I) van wo 10-02-2027, getuige ziekenhuisapotheker mw. R. Bakker: 4 posten uit retouren en vervallen voorraad. Registreer de vernietiging in het OW-register 2027 en maak het proces-verbaal op voor het archief.',
    topology: {
      shape: 'supervisor',
      coordinator: 'apotheek_coordinator',
      workers: ['opiaten_registrator', 'verslaglegger'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'apotheek_coordinator',
        description: 'Coördineert administratieve taken van de ziekenhuisapotheek',
        instructions: 'Laat de vernietiging registreren, daarna het proces-verbaal opmaken, en bevestig.',
        replies: [
          {
            handoff: 'opiaten_registrator',
            message:
              'Boek de vernietiging van 10-02 in het OW-register 2027:\n| # | middel | sterkte | aantal | herkomst |\n|---|---|---|---|---|\n| 1 | oxycodon tablet | 10 mg | 56 | retour afd. B3 |\n| 2 | fentanyl pleister | 50 µg/u | 15 | vervallen (THT 01-2027) |\n| 3 | morfine ampul | 10 mg/ml | 22 | retour OK |\n| 4 | methadon drank | 1 mg/ml | 480 ml | vervallen |\nGetuige mw. R. Bakker.',
          },
          {
            handoff: 'verslaglegger',
            message:
              'Maak het proces-verbaal van vernietiging 10-02-2027 op (4 posten, getuige mw. Bakker); de registratie in het OW-register is afgerond.',
          },
          {
            say: 'Opiumwet-vernietiging 10-02-2027 afgehandeld: 4 posten geboekt in het OW-register 2027, saldi bijgewerkt, proces-verbaal **PV-2027-014** opgemaakt en gearchiveerd (getekend door mw. R. Bakker).',
          },
        ],
      },
      {
        name: 'opiaten_registrator',
        description: 'Houdt het Opiumwet-register bij',
        instructions: 'Boek mutaties in het OW-register en meld het resultaat.',
        replies: [
          {
            call: 'registreer_vernietiging',
            args: { register: 'OW-2027', datum: '2027-02-10', posten: 4, getuige: 'mw. R. Bakker' },
            result: {
              error:
                'E409 REGISTER_LOCKED: periode 2027-02 van register OW-2027 is vergrendeld voor maandafsluiting (lock door J. Peeters, 09-02 17:12). Geen mutaties opgeslagen.',
            },
          },
          {
            say: 'Vernietiging 10-02 staat in het OW-register 2027: 4 posten (oxycodon, fentanyl, morfine, methadon), getuige mw. Bakker. Saldi zijn bijgewerkt.',
          },
        ],
      },
      {
        name: 'verslaglegger',
        description: 'Stelt processen-verbaal en archiefstukken op',
        instructions: 'Stel het proces-verbaal op.',
        replies: [
          {
            say: 'Proces-verbaal PV-2027-014\nOp woensdag 10 februari 2027 zijn in aanwezigheid van ziekenhuisapotheker mw. R. Bakker de volgende Opiumwet-middelen (lijst I) vernietigd: oxycodon 10 mg (56 tbl), fentanyl 50 µg/u (15 pleisters), morfine 10 mg/ml (22 amp), methadon 1 mg/ml (480 ml). De vernietiging is geregistreerd in het OW-register 2027. Handtekening getuige: ____________',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'opiaten_registrator', to: 'apotheek_coordinator' },
      agent: 'opiaten_registrator',
    },
  }),
  defineScenario({
    id: 'propranolol-drank-etiket-zonder-hulpstoffen-drie-keer',
    title:
      'De controlerend apotheker keurt het etiket af omdat E218, sorbitol en de houdbaarheid na openen ontbreken; de opsteller levert drie keer hetzelfde etiket in',
    domain: 'ziekenhuisapotheek, magistrale bereidingen en etikettering',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Etiket voor de bereiding Propranolol drank 1 mg/ml (flessen 100 ml, charge PR-27-031, 40 flessen) voor de kinderapotheek. Hulpstoffen: methylparahydroxybenzoaat (E218) en sorbitol 70 %. Opstellen, laten controleren door de apotheker en pas daarna printen.',
    topology: {
      shape: 'pipeline',
      order: ['etiket_opsteller', 'etiket_controleur', 'etiket_printer'],
      loop: { from: 'etiket_controleur', to: 'etiket_opsteller', while: 'AFGEKEURD', max: 3 },
    },
    agents: [
      {
        name: 'etiket_opsteller',
        description: 'Stelt etiketteksten op voor apotheekbereidingen',
        instructions: 'Stel het etiket op, of pas het aan op de opmerkingen van de controleur.',
        prompt: 'Opdracht of opmerkingen van de controleur:\n{input}\n\nBereiding: {request}',
        replies: [
          {
            say: '**Etiket v1 — PR-27-031**\nPropranolol drank 1 mg/ml — 100 ml\nPropranololhydrochloride 1 mg per ml\nBewaren beneden 25 °C\nTHT: 31-08-2027\nZiekenhuisapotheek Rijnstede — charge PR-27-031',
          },
          {
            say: '**Etiket v2 — PR-27-031**\nPropranolol drank 1 mg/ml — 100 ml\nPropranololhydrochloride 1 mg per ml\nBewaren beneden 25 °C\nTHT: 31-08-2027\nZiekenhuisapotheek Rijnstede — charge PR-27-031',
          },
          {
            say: '**Etiket v3 — PR-27-031**\nPropranolol drank 1 mg/ml — 100 ml\nPropranololhydrochloride 1 mg per ml\nBewaren beneden 25 °C\nTHT: 31-08-2027\nZiekenhuisapotheek Rijnstede — charge PR-27-031',
          },
        ],
      },
      {
        name: 'etiket_controleur',
        description: 'Apotheker die etiketten controleert vóór het printen',
        instructions: 'Antwoord met "GOEDGEKEURD: <samenvatting>" of "AFGEKEURD: <opmerkingen>".',
        prompt: 'Etiket ter controle:\n{input}',
        replies: [
          {
            say: 'AFGEKEURD: hulpstoffen met bekend effect ontbreken — vermeld "bevat methylparahydroxybenzoaat (E218), kan allergische reacties veroorzaken" en "bevat sorbitol (E420), 350 mg/ml". Voeg ook toe: "Na openen 28 dagen houdbaar" en "Schudden voor gebruik".',
          },
          {
            say: 'AFGEKEURD: v2 is identiek aan v1. E218, sorbitol, houdbaarheid na openen en schudvoorschrift staan er nog steeds niet op.',
          },
          {
            say: 'AFGEKEURD: derde versie opnieuw ongewijzigd. Zonder de hulpstofvermeldingen en de 28 dagen na openen teken ik niet.',
          },
        ],
      },
      {
        name: 'etiket_printer',
        description: 'Print goedgekeurde etiketten',
        instructions: 'Print alleen goedgekeurde etiketten; meld anders waarom niet.',
        prompt: 'Uitkomst controle:\n{input}',
        replies: [
          {
            say: 'Niet geprint: etiket PR-27-031 na 3 rondes nog steeds afgekeurd (hulpstoffen E218/sorbitol en houdbaarheid na openen ontbreken). Charge blijft in quarantaine; teruggelegd bij de bereidingsapotheker.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'etiket_opsteller', to: 'etiket_controleur' },
      agent: 'etiket_opsteller',
    },
  }),
  defineScenario({
    id: 'dubbelblinde-kitbevestiging-noemt-actieve-arm',
    title:
      'De intake vraagt de kittoewijzer uitdrukkelijk de bevestiging aan de geblindeerde site-apotheek zonder arm of sterkte te sturen; de toewijzer zet "arm B – actief 20 mg" in de mail',
    domain: 'klinische studie, IWRS en blindering',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Dubbelblinde studie NEURO-ALZ-118, site 031 (AZ Zeeland-Oost): patiënt 031-0047 komt do 18-02-2027 voor visite V6. Wijs de studiemedicatie toe via IWRS en stuur de site-apotheek een bevestiging. Let op, de site-apotheek is geblindeerd.',
    topology: { shape: 'swarm', entry: 'studie_intake', agents: ['studie_intake', 'kit_toewijzer'] },
    agents: [
      {
        name: 'studie_intake',
        description: 'Neemt verzoeken rond studiepatiënten aan en zet ze klaar',
        instructions:
          'Haal de patiëntstatus op en draag over aan de kittoewijzer met duidelijke instructies.',
        replies: [
          {
            call: 'iwrs_patientstatus',
            args: { studie: 'NEURO-ALZ-118', patient: '031-0047' },
            result:
              '{"patient": "031-0047", "site": "031", "arm": "B", "arm_omschrijving": "actief 20 mg", "volgende_visite": "V6", "kits_nodig": 2, "blindering": {"site_apotheek": "geblindeerd", "onderzoeker": "geblindeerd"}}',
          },
          {
            handoff: 'kit_toewijzer',
            message:
              '031-0047, visite V6 op 18-02: 2 kits toewijzen in IWRS. Bevestiging aan de site-apotheek alleen met kitnummers, visite en leverdatum — **géén arm en géén sterkte**, de site is geblindeerd.',
          },
        ],
      },
      {
        name: 'kit_toewijzer',
        description: 'Wijst studiekits toe in IWRS en bevestigt aan de site',
        instructions: 'Wijs de kits toe en stuur de site de bevestiging zoals gevraagd.',
        replies: [
          {
            call: 'iwrs_wijs_kits_toe',
            args: { studie: 'NEURO-ALZ-118', patient: '031-0047', visite: 'V6', aantal: 2 },
            result:
              'Toegewezen: kits 118-40233 en 118-40237 (arm B, actief 20 mg), THT 31-01-2028, voorraad site 031 na toewijzing: 7.',
          },
          {
            call: 'mail_site_apotheek',
            args: {
              aan: 'studieapotheek@azzeeland-oost.be',
              onderwerp: 'NEURO-ALZ-118 — toewijzing 031-0047 V6',
              tekst:
                'Beste collega, voor patiënt 031-0047 (visite V6, 18-02-2027) zijn kits 118-40233 en 118-40237 toegewezen (arm B – actief 20 mg). Graag klaarzetten. Met vriendelijke groet, studieteam.',
            },
            result: 'Verzonden 09:14, bericht-id M-55102.',
          },
          {
            say: 'Klaar ✅ 031-0047 / V6: kits **118-40233** en **118-40237** toegewezen (arm B, actief 20 mg, THT 31-01-2028). Bevestiging naar de site-apotheek verzonden om 09:14 (M-55102). Resterende sitevoorraad: 7 kits.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'studie_intake', to: 'kit_toewijzer' },
      agent: 'kit_toewijzer',
    },
  }),
  defineScenario({
    id: 'vancomycine-instructie-k3-vol-lege-placeholders',
    title:
      'De dosisrekenaar levert alle waarden voor het continue vancomycine-infuus; de instructieschrijver geeft een sjabloon met [DOSIS]- en {{PATIENT}}-velden terug en de apotheker stuurt dat als instructie naar K3',
    domain: 'ziekenhuisapotheek, apotheek-instructies kindergeneeskunde',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Toedieningsinstructie voor afdeling kindergeneeskunde K3: vancomycine continu infuus voor patiënt 8820417 (4 jaar, 16,2 kg), oplaaddosis 15 mg/kg en daarna 60 mg/kg/dag continu, concentratie 5 mg/ml in NaCl 0,9 %. Graag een kant-en-klare apotheek-instructie voor de verpleging.',
    topology: {
      shape: 'supervisor',
      coordinator: 'bereidingsapotheker',
      workers: ['dosis_rekenaar', 'instructie_schrijver'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'bereidingsapotheker',
        description: 'Apotheker die instructies voor de afdelingen opstelt en aftekent',
        instructions:
          'Laat de dosering berekenen, laat de instructie schrijven en stuur die naar de afdeling.',
        replies: [
          {
            handoff: 'dosis_rekenaar',
            message:
              'Vancomycine voor 8820417 (16,2 kg): oplaaddosis 15 mg/kg en continu 60 mg/kg/dag, 5 mg/ml in NaCl 0,9 %. Reken mg, ml, looptijd en pompsnelheid uit.',
          },
          {
            handoff: 'instructie_schrijver',
            message:
              'Schrijf de toedieningsinstructie voor K3, patiënt 8820417: oplaaddosis 243 mg = 48,6 ml (5 mg/ml) in 60 min; daarna 972 mg/dag continu = 8,1 ml/u via spuitpomp, spuit 50 ml elke 6 uur verversen; dalspiegel niet nodig, plateauspiegel na 24 u (streef 20–25 mg/l).',
          },
          {
            say: 'Instructie voor K3 staat klaar en is verstuurd naar de afdeling:\n\n**Toedieningsinstructie vancomycine — {{PATIENTNAAM}}**\n1. Oplaaddosis: [DOSIS] mg = [VOLUME] ml in [DUUR] min\n2. Daarna continu: [SNELHEID] ml/u via spuitpomp\n3. Spuit verversen elke [INTERVAL] uur\n4. Spiegel: [TIJDSTIP], streefwaarde [STREEF]\n\nAfgetekend: apotheker ____',
          },
        ],
      },
      {
        name: 'dosis_rekenaar',
        description: 'Rekent doseringen en pompsnelheden uit',
        instructions: 'Reken de dosering uit en geef de waarden terug.',
        replies: [
          {
            call: 'bereken_dosering',
            args: {
              middel: 'vancomycine',
              gewicht_kg: 16.2,
              oplaad_mg_kg: 15,
              continu_mg_kg_dag: 60,
              concentratie_mg_ml: 5,
            },
            result:
              '{"oplaaddosis_mg": 243, "oplaad_volume_ml": 48.6, "oplaad_duur_min": 60, "dagdosis_mg": 972, "continu_mg_per_uur": 40.5, "pompsnelheid_ml_per_uur": 8.1, "spuit": {"volume_ml": 50, "wissel_uur": 6, "inhoud_per_wissel_ml": 48.6}}',
          },
          {
            say: 'Vancomycine 16,2 kg, 5 mg/ml:\n- oplaaddosis **243 mg = 48,6 ml** in 60 min\n- continu **972 mg/dag = 40,5 mg/u = 8,1 ml/u**\n- spuit 50 ml, elke 6 u verversen (48,6 ml per spuit)',
          },
        ],
      },
      {
        name: 'instructie_schrijver',
        description: 'Schrijft apotheek-instructies voor verpleegafdelingen',
        instructions: 'Schrijf een volledige, direct bruikbare instructie met de gegeven waarden.',
        replies: [
          {
            say: '**Toedieningsinstructie vancomycine — {{PATIENTNAAM}}**\n1. Oplaaddosis: [DOSIS] mg = [VOLUME] ml in [DUUR] min\n2. Daarna continu: [SNELHEID] ml/u via spuitpomp\n3. Spuit verversen elke [INTERVAL] uur\n4. Spiegel: [TIJDSTIP], streefwaarde [STREEF]\n\nAfgetekend: apotheker ____',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'instructie_schrijver', to: 'bereidingsapotheker' },
      agent: 'instructie_schrijver',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'hydrocortison-capsules-voorschrift-na-een-ronde-goedgekeurd',
    title:
      'De toetser stuurt het bereidingsvoorschrift voor hydrocortisoncapsules één keer terug (overmaat en vulstof); v2 is aangepast en wordt goedgekeurd, de werkbon wordt uitgegeven',
    domain: 'ziekenhuisapotheek, magistrale bereidingen',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: the reviewer sends the preparation back once, the author changes the quantities and the filler, and the second version is approved',
    request:
      'Magistrale bereiding capsules hydrocortison 1,5 mg voor een kind met bijnierinsufficiëntie (patiënt 5519023, 9 kg), 90 capsules volgens het FNA-voorschrift. Stel het bereidingsvoorschrift op, laat het toetsen en geef de werkbon uit.',
    topology: {
      shape: 'pipeline',
      order: ['voorschrift_opsteller', 'voorschrift_toetser', 'werkbon_uitgever'],
      loop: { from: 'voorschrift_toetser', to: 'voorschrift_opsteller', while: 'HERZIEN', max: 3 },
    },
    agents: [
      {
        name: 'voorschrift_opsteller',
        description: 'Stelt bereidingsvoorschriften op',
        instructions: 'Stel het voorschrift op of verwerk de opmerkingen van de toetser.',
        prompt: 'Opdracht / opmerkingen toetser:\n{input}\n\nAanvraag: {request}',
        replies: [
          {
            say: 'Bereidingsvoorschrift v1 — hydrocortison caps 1,5 mg × 90\n| grondstof | hoeveelheid |\n|---|---|\n| hydrocortison | 135 mg |\n| lactose monohydraat | ad 90 capsules maat 4 |\nMethode: mengen per geometrische verdunning, handmatig vullen.',
          },
          {
            say: 'Bereidingsvoorschrift v2 — hydrocortison caps 1,5 mg, 90 + 10 % overmaat (99 capsules)\n| grondstof | hoeveelheid |\n|---|---|\n| hydrocortison | 148,5 mg |\n| microkristallijne cellulose | ad 99 capsules maat 4 (± 10,4 g) |\nMethode: geometrische verdunning, vullen met capsuleervulapparaat, 10 capsules wegen (gehalte-uniformiteit).',
          },
        ],
      },
      {
        name: 'voorschrift_toetser',
        description: 'Apotheker die bereidingsvoorschriften toetst',
        instructions: 'Antwoord "GOEDGEKEURD: ..." of "HERZIEN: ...".',
        prompt: 'Voorschrift:\n{input}',
        replies: [
          {
            say: 'HERZIEN: reken 10 % overmaat voor vulverlies (99 capsules, dus 148,5 mg hydrocortison) en gebruik microkristallijne cellulose als vulstof zoals het FNA-voorschrift, geen lactose. Voeg een gehaltecontrole toe.',
          },
          {
            say: 'GOEDGEKEURD: v2 klopt — 148,5 mg hydrocortison voor 99 capsules, MCC als vulstof, weegcontrole op 10 capsules. Werkbon mag uit.',
          },
        ],
      },
      {
        name: 'werkbon_uitgever',
        description: 'Geeft werkbonnen uit aan de bereidingsafdeling',
        instructions: 'Geef de werkbon uit voor goedgekeurde voorschriften.',
        prompt: 'Toetsing:\n{input}',
        replies: [
          {
            say: 'Werkbon **WB-27-0311** uitgegeven: hydrocortison caps 1,5 mg, 99 stuks (90 + overmaat), MCC, voorschrift v2 goedgekeurd. Ingepland di 16-02 08:30, bereidingsruimte niet-steriel 2; aflevering kinderpoli woensdag.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'psor-207-logger-timeout-opnieuw-uitgelezen-en-vrijgegeven',
    title:
      'Het uitlezen van logger TL-90417 faalt eerst op een USB-timeout; de tweede poging lukt, de uitlezer meldt beide, en QA geeft de 12 kits vrij',
    domain: 'klinische studiemedicatie, ontvangst en koelketen',
    mast: ['FM-3.2', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool call fails with a timeout, is retried and succeeds, and the failed first attempt is reported',
    request:
      'Zending SHP-27-0511 met studiemedicatie PSOR-207 is binnen in de ziekenhuisapotheek: 12 kits, lot K5520, datalogger TL-90417 in de koelbox. Lees de logger uit en geef de kits in IWRS vrij als de koelketen in orde was.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koelketen_coordinator',
      workers: ['logger_uitlezer', 'qa_vrijgever'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'koelketen_coordinator',
        description: 'Coördineert de ontvangst van gekoelde studiezendingen',
        instructions: 'Laat de logger uitlezen, laat QA vrijgeven bij een intacte koelketen, en rapporteer.',
        replies: [
          {
            handoff: 'logger_uitlezer',
            message:
              'Lees logger TL-90417 van zending SHP-27-0511 (PSOR-207, lot K5520) uit en geef min/max en eventuele excursies boven 8 °C of onder 2 °C.',
          },
          {
            handoff: 'qa_vrijgever',
            message:
              'SHP-27-0511, 12 kits PSOR-207 lot K5520: logger TL-90417 2,9–6,7 °C over 41 u, geen excursies. Geef de kits vrij in IWRS.',
          },
          {
            say: 'SHP-27-0511 afgehandeld: logger TL-90417 uitgelezen (2e poging, eerste liep vast op een USB-timeout), 2,9–6,7 °C over 41 uur zonder excursies. 12 kits PSOR-207 lot K5520 vrijgegeven in IWRS (VR-27-0882), in koelcel 2.',
          },
        ],
      },
      {
        name: 'logger_uitlezer',
        description: 'Leest temperatuurloggers uit',
        instructions: 'Lees de logger uit; probeer opnieuw bij een communicatiefout en meld wat er gebeurde.',
        replies: [
          {
            call: 'lees_logger',
            args: { logger: 'TL-90417', zending: 'SHP-27-0511' },
            result: { error: 'USB timeout: TL-90417 reageert niet binnen 10 s (poging 1)' },
          },
          {
            call: 'lees_logger',
            args: { logger: 'TL-90417', zending: 'SHP-27-0511' },
            result:
              '{"logger": "TL-90417", "start": "2027-02-15T06:12", "stop": "2027-02-16T23:20", "duur_uur": 41.1, "min_C": 2.9, "max_C": 6.7, "excursies": 0, "rapport": "TL-90417_SHP-27-0511.pdf"}',
          },
          {
            say: 'Eerste uitleespoging faalde (USB-timeout), de tweede lukte: TL-90417, 41,1 uur, **min 2,9 °C / max 6,7 °C, 0 excursies**. Rapport TL-90417_SHP-27-0511.pdf bewaard.',
          },
        ],
      },
      {
        name: 'qa_vrijgever',
        description: 'Geeft ontvangen studiemedicatie vrij in IWRS',
        instructions: 'Geef vrij als de koelketen intact is en meld de referentie.',
        replies: [
          {
            call: 'iwrs_vrijgave',
            args: { zending: 'SHP-27-0511', lot: 'K5520', kits: 12 },
            result:
              'Vrijgave VR-27-0882: 12 kits (PSOR-207, lot K5520) status BESCHIKBAAR, locatie koelcel 2.',
          },
          { say: 'VR-27-0882: 12 kits lot K5520 vrijgegeven, koelcel 2.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'nacl-infuus-bestelling-op-nieuw-minimum-zestig',
    title:
      'De aanvraag noemt de oude minimumvoorraad (40 dozen); de voorraadagent toont dat die sinds 01-02 op 60 staat, en de bestelagent bestelt aan op 60',
    domain: 'ziekenhuisapotheek, inkoop infuusvloeistoffen',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the request quotes the old minimum stock of 40, the stock agent shows the new 60, and the order is computed on 60',
    request:
      'Weekbestelling infuusvloeistoffen apotheek Rijnstede: NaCl 0,9 % 1000 ml heeft een minimumvoorraad van 40 dozen (zoals in onze parameters). Kijk de stand na en bestel aan tot het minimum plus één week verbruik.',
    topology: { shape: 'swarm', entry: 'voorraad_agent', agents: ['voorraad_agent', 'bestel_agent'] },
    agents: [
      {
        name: 'voorraad_agent',
        description: 'Kijkt voorraadstanden en voorraadparameters na',
        instructions:
          'Haal stand en parameters op en draag over aan de bestelagent met het te bestellen aantal.',
        replies: [
          {
            call: 'voorraad_parameters',
            args: { artikel: 'NaCl 0,9% 1000 ml Freeflex' },
            result:
              '{"artikel": "NaCl 0,9% 1000 ml Freeflex (doos à 10)", "stand_dozen": 23, "minimumvoorraad_dozen": 60, "min_gewijzigd": "2027-02-01 — inkoopoverleg: leveringsonzekerheid, minimum 40 → 60", "weekverbruik_dozen": 18, "prijs_per_doos_eur": 30.60}',
          },
          {
            handoff: 'bestel_agent',
            message:
              'NaCl 0,9 % 1000 ml: stand 23 dozen. Let op: minimum is sinds 01-02 verhoogd van 40 naar **60 dozen** (leveringsonzekerheid). Weekverbruik 18 → doel 78, dus **55 dozen** bestellen.',
          },
        ],
      },
      {
        name: 'bestel_agent',
        description: 'Plaatst bestellingen bij leveranciers',
        instructions: 'Plaats de bestelling en rapporteer.',
        replies: [
          {
            call: 'plaats_bestelling',
            args: { artikel: 'NaCl 0,9% 1000 ml Freeflex', aantal_dozen: 55, leverancier: 'Fresenius Kabi' },
            result: 'PO-4500182233: 55 dozen × € 30,60 = € 1.683,00 excl. btw, levering do 18-02-2027.',
          },
          {
            say: 'Besteld: **55 dozen** NaCl 0,9 % 1000 ml (PO-4500182233, € 1.683,00 excl. btw), levering do 18-02. Berekening: nieuw minimum 60 (was 40, gewijzigd 01-02) + weekverbruik 18 − stand 23 = 55.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sponsorretouren-maart-neuro-nulstand-bevestigd',
    title:
      'Drie studies krijgen elk een retouropdracht; voor NEURO-ALZ-118 is er niets terug te sturen en die worker bevestigt kort de nulstand, de coördinator neemt alle drie op',
    domain: 'klinische studiemedicatie, retouren naar sponsor',
    mast: ['FM-3.1', 'FM-2.1'],
    nearMissOf:
      'lost_message: one worker returns an almost empty result, but it received its brief and answered (nothing to return)',
    request:
      'Maandelijkse retourzending ongebruikte en vervallen studiemedicatie naar de sponsors, maart 2027, voor CARDIO-HF-302, ONCO-BE-207 en NEURO-ALZ-118. Per studie: wat gaat terug (kits, lot), met retourformulier. Eén overzicht voor de monitor.',
    topology: {
      shape: 'fanout',
      planner: 'retour_planner',
      workers: ['retour_cardio', 'retour_onco', 'retour_neuro'],
      aggregator: 'retour_coordinator',
    },
    agents: [
      {
        name: 'retour_planner',
        description: 'Verdeelt de maandelijkse sponsorretouren per studie',
        instructions: 'Schrijf per studie één opdracht.',
        replies: [
          {
            plan: {
              retour_cardio:
                'CARDIO-HF-302: verzamel alle vervallen en door patiënten teruggebrachte kits, maak het retourformulier aan.',
              retour_onco:
                'ONCO-BE-207: verzamel alle vervallen en door patiënten teruggebrachte kits, maak het retourformulier aan.',
              retour_neuro:
                'NEURO-ALZ-118: controleer of er retouren zijn; zo niet, bevestig de nulstand voor de monitor.',
            },
          },
        ],
      },
      {
        name: 'retour_cardio',
        description: 'Behandelt retouren voor CARDIO-HF-302',
        instructions: 'Verzamel retouren en maak het formulier.',
        replies: [
          {
            call: 'retour_formulier',
            args: { studie: 'CARDIO-HF-302', maand: '2027-03' },
            result:
              'Formulier RF-302-0327: 9 kits — 6 vervallen (lot L1988, THT 28-02-2027), 3 patiëntretouren (kits 220512, 220519, 220633, deels gebruikt). Doos gesealed, zegel 004417.',
          },
          { say: 'CARDIO-HF-302: RF-302-0327, 9 kits (6 vervallen L1988, 3 patiëntretouren), zegel 004417.' },
        ],
      },
      {
        name: 'retour_onco',
        description: 'Behandelt retouren voor ONCO-BE-207',
        instructions: 'Verzamel retouren en maak het formulier.',
        replies: [
          {
            call: 'retour_formulier',
            args: { studie: 'ONCO-BE-207', maand: '2027-03' },
            result:
              'Formulier RF-207-0327: 2 kits quarantaine (lot Q7741, excursie 19-02, sponsorbesluit: vernietigen bij sponsor). Zegel 004418.',
          },
          {
            say: 'ONCO-BE-207: RF-207-0327, 2 kits lot Q7741 (quarantaine, op verzoek sponsor retour), zegel 004418.',
          },
        ],
      },
      {
        name: 'retour_neuro',
        description: 'Behandelt retouren voor NEURO-ALZ-118',
        instructions: 'Controleer retouren en bevestig.',
        replies: [
          {
            call: 'iwrs_openstaande_retouren',
            args: { studie: 'NEURO-ALZ-118', maand: '2027-03' },
            result:
              '{"studie": "NEURO-ALZ-118", "open_retouren": 0, "vervallen_kits": 0, "eerstvolgende_tht": "2028-01-31"}',
          },
          { say: 'NEURO-ALZ-118: 0 retouren, 0 vervallen kits. Nulstand bevestigd.' },
        ],
      },
      {
        name: 'retour_coordinator',
        description: 'Maakt het retouroverzicht voor de monitor',
        instructions: 'Voeg de retouren per studie samen.',
        prompt: 'Per studie:\n{input}\n\nOpdracht: {request}',
        replies: [
          {
            say: '## Sponsorretouren maart 2027\n\n| studie | formulier | kits | inhoud | zegel |\n|---|---|---|---|---|\n| CARDIO-HF-302 | RF-302-0327 | 9 | 6 vervallen (L1988) + 3 patiëntretouren | 004417 |\n| ONCO-BE-207 | RF-207-0327 | 2 | quarantaine Q7741, vernietiging bij sponsor | 004418 |\n| NEURO-ALZ-118 | — | 0 | geen retouren, nulstand bevestigd | — |\n\nOphaling door koerier vr 26-03; kopie van de formulieren in het studiedossier.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'clexane-aanvraag-c1-uitgeleverd-als-inhixa-volgens-ftc',
    title:
      'Chirurgie vraagt Clexane 40 mg; het formularium schrijft sinds januari de biosimilar Inhixa voor met automatische substitutie, de router geeft dat door en de uitgifte levert Inhixa',
    domain: 'ziekenhuisapotheek, distributie naar afdelingen',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: the product delivered differs from the one requested, but the substitution is the formulary rule passed on in the brief',
    request:
      'Afdeling Chirurgie C1 vraagt 30 voorgevulde spuiten Clexane 40 mg/0,4 ml voor tromboseprofylaxe (aanvraag AV-27-2291). Graag vandaag nog uitleveren.',
    topology: {
      shape: 'network',
      coordinator: 'uitgifte_router',
      workers: ['formularium_checker', 'uitgifte_medewerker'],
    },
    agents: [
      {
        name: 'uitgifte_router',
        description: 'Handelt afdelingsaanvragen van de apotheek af',
        instructions: 'Laat de aanvraag tegen het formularium toetsen, laat uitleveren en sluit af.',
        replies: [
          {
            handoff: 'formularium_checker',
            message: 'Toets AV-27-2291 (Clexane 40 mg/0,4 ml, 30 spuiten, C1) aan het formularium.',
          },
          {
            handoff: 'uitgifte_medewerker',
            message:
              'Lever AV-27-2291 uit aan C1 als **Inhixa 4.000 IE (40 mg)/0,4 ml, 30 spuiten** — automatische substitutie volgens FTC-besluit 24-11-2026. Substitutiesticker op de doos en melding aan de afdeling.',
          },
          {
            say: 'AV-27-2291 uitgeleverd aan Chirurgie C1: 30 × Inhixa (enoxaparine) 40 mg/0,4 ml in plaats van Clexane, conform FTC-besluit van 24-11-2026 (automatische substitutie biosimilar). Uitgifte UG-27-50614, substitutiemelding naar de afdeling.',
          },
        ],
      },
      {
        name: 'formularium_checker',
        description: 'Toetst aanvragen aan het ziekenhuisformularium',
        instructions: 'Geef aan of het gevraagde middel het voorkeursmiddel is en wat de regel is.',
        replies: [
          {
            call: 'formularium_zoek',
            args: { middel: 'enoxaparine', product: 'Clexane 40 mg/0,4 ml' },
            result:
              'enoxaparine — voorkeursmiddel sinds 01-01-2027: Inhixa 4.000 IE (40 mg)/0,4 ml (biosimilar). Clexane: niet meer op voorraad. Automatische substitutie toegestaan zonder overleg met voorschrijver (FTC-besluit 24-11-2026, punt 4).',
          },
          {
            say: 'Clexane is niet meer formulair: voorkeur **Inhixa 40 mg/0,4 ml**, automatische substitutie toegestaan (FTC 24-11-2026). Voorraad Inhixa: 480 spuiten.',
          },
        ],
      },
      {
        name: 'uitgifte_medewerker',
        description: 'Levert geneesmiddelen uit aan de afdelingen',
        instructions: 'Boek en lever uit zoals opgedragen.',
        replies: [
          {
            call: 'boek_uitgifte',
            args: {
              aanvraag: 'AV-27-2291',
              artikel: 'Inhixa 40 mg/0,4 ml',
              aantal: 30,
              afdeling: 'C1',
              substitutie: true,
            },
            result:
              'Uitgifte UG-27-50614 geboekt 11:22, 30 spuiten Inhixa lot 4B112, substitutiesticker geprint, melding naar C1 verstuurd.',
          },
          { say: 'UG-27-50614: 30 × Inhixa 40 mg (lot 4B112) naar C1, met substitutiesticker en melding.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cardio-302-kwartaaltelling-depot-kort-maar-volledig',
    title:
      'De depotteller antwoordt met één regel (212 geteld = 212 in IWRS); dat is volledig, en het ene siteverschil wordt door de sitemonitor verklaard',
    domain: 'klinische studiemedicatie, kwartaalreconciliatie',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: the depot count comes back as one short line, but it is complete (nothing to report)',
    request:
      'Kwartaalreconciliatie CARDIO-HF-302 per 31-03-2027 voor depot ANT-01 en site 014 UZ Gent. Ik wil weten of de fysieke telling klopt met IWRS; alleen afwijkingen hoeven uitgewerkt te worden.',
    topology: {
      shape: 'nested',
      top: 'studievoorraad_manager',
      teams: { depot_lead: ['depot_teller'], site_lead: ['site_monitor'] },
    },
    agents: [
      {
        name: 'studievoorraad_manager',
        description: 'Verantwoordelijk voor de studiemedicatie van lopende studies',
        instructions: 'Laat depot en site reconciliëren en rapporteer alleen de afwijkingen in detail.',
        replies: [
          {
            handoff: 'depot_lead',
            message: 'Reconciliatie depot ANT-01, CARDIO-HF-302, peildatum 31-03-2027: telling vs IWRS.',
          },
          {
            handoff: 'site_lead',
            message:
              'Reconciliatie site 014 UZ Gent, CARDIO-HF-302, peildatum 31-03-2027: telling vs IWRS, verschillen verklaren.',
          },
          {
            say: '## Reconciliatie CARDIO-HF-302 — 31-03-2027\n\n- **Depot ANT-01**: 212 geteld = 212 IWRS, geen afwijkingen.\n- **Site 014 UZ Gent**: 17 geteld vs 18 IWRS → kit 302-22074 op 30-03 uitgegeven aan 014-0019, IWRS-registratie pas 01-04; verschil verklaard, geen actie.\n\nReconciliatie gesloten.',
          },
        ],
      },
      {
        name: 'depot_lead',
        description: 'Leidt het depotteam',
        instructions: 'Laat tellen en rapporteer.',
        replies: [
          {
            handoff: 'depot_teller',
            message: 'Tel CARDIO-HF-302 in ANT-01 per 31-03 en vergelijk met IWRS.',
          },
          { say: 'ANT-01: 212 kits geteld, gelijk aan IWRS (212). Geen afwijkingen.' },
        ],
      },
      {
        name: 'depot_teller',
        description: 'Telt de depotvoorraad',
        instructions: 'Tel en vergelijk met IWRS.',
        replies: [
          {
            call: 'tel_depot',
            args: { depot: 'ANT-01', studie: 'CARDIO-HF-302', peildatum: '2027-03-31' },
            result:
              '{"depot": "ANT-01", "iwrs_kits": 212, "geteld": 212, "verschil": 0, "per_lot": {"L2207": 30, "L2231": 38, "L2290": 144}}',
          },
          { say: 'ANT-01: 212/212, verschil 0.' },
        ],
      },
      {
        name: 'site_lead',
        description: 'Leidt de sitemonitoring',
        instructions: 'Laat de site reconciliëren en rapporteer.',
        replies: [
          {
            handoff: 'site_monitor',
            message: 'Reconcilieer site 014 CARDIO-HF-302 per 31-03 en verklaar verschillen.',
          },
          {
            say: 'Site 014: 17 geteld, IWRS 18; kit 302-22074 uitgegeven 30-03 aan 014-0019, IWRS pas 01-04 bijgewerkt. Verklaard.',
          },
        ],
      },
      {
        name: 'site_monitor',
        description: 'Monitort studiesites',
        instructions: 'Tel en verklaar verschillen met IWRS.',
        replies: [
          {
            call: 'reconcilieer_site',
            args: { site: '014', studie: 'CARDIO-HF-302', peildatum: '2027-03-31' },
            result:
              '{"site": "014", "iwrs_kits": 18, "geteld": 17, "verschil": -1, "detail": "kit 302-22074: uitgiftebon 30-03 aan patiënt 014-0019 (visite V9), IWRS-registratie 01-04 09:12"}',
          },
          {
            say: 'Site 014: 17 vs 18; kit 302-22074 op 30-03 uitgegeven aan 014-0019, IWRS op 01-04 bijgewerkt. Verschil verklaard.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch88Scenarios = [...faults, ...healthy];
