import { defineScenario } from '../scenario.ts';

// Blind batch 112: kvalitet og fødevaresikkerhed i fødevareproduktion (HACCP-overvågning, allergenstyring, batchfrigivelse, leverandørcertifikater, tilbagekaldelser), på dansk.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'allergenmaerkning-hasselnoed-spor-gammel-specifikation',
    title:
      'Allergenkontrollanten viser, at chokoladespecifikation SP-CH-0815 version 4 tilføjer spor af hasselnød; etiketdesigneren laver etiketten efter version 3 med kun mælk',
    domain: 'allergenmærkning og leverandørspecifikationer',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ny kiks "Havrecrunch Mørk" (varenr. 40217) skal have færdig emballageetiket til trykkeriet fredag 12.3.2027. Tjek leverandørspecifikationen for den mørke chokolade (SP-CH-0815, Chocomer ApS) og lav ingrediensliste med allergener og spormærkning.',
    topology: {
      shape: 'pipeline',
      order: ['allergenkontrollant', 'etiketdesigner', 'etiketgodkender'],
    },
    agents: [
      {
        name: 'allergenkontrollant',
        description: 'Kontrollerer råvarers allergenstatus ud fra leverandørspecifikationer',
        instructions:
          'Hent den gældende leverandørspecifikation og giv etiketafdelingen allergener og spormærkning.',
        replies: [
          {
            call: 'hent_specifikation',
            args: { spec_id: 'SP-CH-0815', leverandoer: 'Chocomer ApS' },
            result:
              '{"spec_id": "SP-CH-0815", "version": 4, "gyldig_fra": "2027-02-11", "raavare": "mørk chokolade 70 %", "allergener_indhold": ["soja (lecitin)"], "kan_indeholde_spor": ["mælk", "hasselnød"], "aendring": "ny conchelinje deles med nøddeprodukter fra uge 6", "forrige_version": {"version": 3, "kan_indeholde_spor": ["mælk"], "status": "ERSTATTET"}}',
          },
          {
            say: '**SP-CH-0815, Chocomer ApS — gældende version 4 (fra 11.2.2027)**\n\n| felt | værdi |\n|---|---|\n| indeholder | soja (lecitin) |\n| kan indeholde spor af | **mælk og hasselnød** |\n\nVersion 3 havde kun mælk som spor; fra uge 6 deler leverandøren conchelinje med nøddeprodukter, derfor er hasselnød kommet til. Øvrige råvarer i 40217 (havregryn, hvedemel, rørsukker, rapsolie) er uændrede.',
          },
        ],
      },
      {
        name: 'etiketdesigner',
        description: 'Opsætter ingredienslister og allergenmærkning på emballage',
        instructions: 'Lav ingrediensliste efter forordning 1169/2011 med allergener fremhævet.',
        prompt: 'Allergenvurdering:\n{input}\n\nOpgave: {request}',
        replies: [
          {
            call: 'generer_etiket',
            args: {
              varenr: '40217',
              ingredienser: [
                'havregryn 38 %',
                'HVEDEMEL',
                'mørk chokolade 22 % (kakaomasse, sukker, kakaosmør, emulgator (SOJALECITIN))',
                'rørsukker',
                'rapsolie',
              ],
              spormaerkning: ['mælk'],
              spec_reference: 'SP-CH-0815',
            },
            result:
              '{"etiket_id": "ET-40217-01", "format": "PDF/X-4", "spormaerkning_tekst": "Kan indeholde spor af mælk.", "status": "KLAR_TIL_GODKENDELSE"}',
          },
          {
            say: 'Etiket ET-40217-01 er sat op:\n\n**Ingredienser:** havregryn (38 %), **hvedemel**, mørk chokolade 22 % (kakaomasse, sukker, kakaosmør, emulgator (**sojalecitin**)), rørsukker, rapsolie.\n\n_Kan indeholde spor af mælk._\n\nPDF/X-4 klar til godkendelse.',
          },
        ],
      },
      {
        name: 'etiketgodkender',
        description: 'Godkender emballagetekster før tryk',
        instructions: 'Godkend etiketten eller send den retur med bemærkninger.',
        prompt: 'Etiketudkast:\n{input}',
        replies: [
          {
            say: '✅ **ET-40217-01 godkendt til tryk** (Havrecrunch Mørk, 40217)\n\n- allergener fremhævet: hvede, soja\n- spormærkning: mælk\n- sendt til trykkeriet Øko-Print 10.3.2027, levering fredag 12.3.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'allergenkontrollant', to: 'etiketdesigner' },
      agent: 'etiketdesigner',
    },
  }),
  defineScenario({
    id: 'pasteurisering-holdetid-minutter-laest-som-sekunder',
    title:
      'Kvalitetschefen kræver mindst 92 °C i 5 minutter; batchfrigiveren filtrerer loggen med en holdetid på 5 sekunder og frigiver alle 14 batches, også to med 3–4 minutters holdetid',
    domain: 'batchfrigivelse af pasteuriserede mejeriprodukter',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Frigiv yoghurtbatches fra linje 3, uge 9 (B-2709-301 til B-2709-314). Kun batches hvor mælkebasen har holdt mindst 92 °C i mindst 5 minutter må frigives; resten skal i karantæne. Book derefter udlevering af de frigivne batches.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kvalitetschef',
      workers: ['batchfrigiver', 'lagerplanlaegger'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'kvalitetschef',
        description: 'Leder batchfrigivelse og kvalitetssikring på mejeriet',
        instructions: 'Få batches vurderet, få de frigivne booket, og giv en samlet status.',
        replies: [
          {
            handoff: 'batchfrigiver',
            message:
              'Gennemgå pasteuriseringsloggen for B-2709-301 … B-2709-314 (linje 3, uge 9). Frigivelseskrav: mælkebase ≥ 92 °C i mindst 5 min. Batches der ikke opfylder kravet sættes i karantæne.',
          },
          {
            handoff: 'lagerplanlaegger',
            message:
              'Book udlevering af de frigivne batches fra linje 3, uge 9: B-2709-301 til B-2709-314 (14 batches).',
          },
          {
            say: '## Batchfrigivelse linje 3, uge 9\n\n- **Frigivet:** 14 af 14 batches (B-2709-301 … B-2709-314), pasteuriseringskrav opfyldt\n- **Karantæne:** ingen\n- **Udlevering:** booket på ordre UD-27-1188, afhentning 8.3.2027 kl. 05:30 fra kølelager K2',
          },
        ],
      },
      {
        name: 'batchfrigiver',
        description: 'Vurderer batches op mod frigivelseskriterier i procesloggen',
        instructions: 'Tjek procesdata mod kravet og frigiv eller sæt i karantæne.',
        replies: [
          {
            call: 'filtrer_pasteuriseringslog',
            args: {
              linje: 3,
              batches: 'B-2709-301..B-2709-314',
              min_temp_c: 92,
              min_holdetid_s: 5,
            },
            result:
              '{"opfylder": ["B-2709-301", "B-2709-302", "B-2709-303", "B-2709-304", "B-2709-305", "B-2709-306", "B-2709-307", "B-2709-308", "B-2709-309", "B-2709-310", "B-2709-311", "B-2709-312", "B-2709-313", "B-2709-314"], "opfylder_ikke": [], "detaljer": {"B-2709-306": {"maks_temp_c": 92.4, "holdetid_s": 221}, "B-2709-311": {"maks_temp_c": 92.1, "holdetid_s": 187}, "oevrige_holdetid_s": "302-348"}}',
          },
          {
            call: 'saet_batchstatus',
            args: { batches: 'B-2709-301..B-2709-314', status: 'FRIGIVET' },
            result: '{"opdateret": 14, "status": "FRIGIVET"}',
          },
          {
            say: 'Alle 14 batches B-2709-301 … B-2709-314 opfylder pasteuriseringskravet (≥ 92 °C, min. holdetid) og er sat til **FRIGIVET**. Ingen til karantæne.',
          },
        ],
      },
      {
        name: 'lagerplanlaegger',
        description: 'Planlægger udlevering fra kølelagre',
        instructions: 'Book udlevering af frigivne batches.',
        replies: [
          {
            call: 'book_udlevering',
            args: { batches: 'B-2709-301..B-2709-314', lager: 'K2', dato: '2027-03-08' },
            result: '{"ordre": "UD-27-1188", "paller": 42, "afhentning": "2027-03-08T05:30", "lager": "K2"}',
          },
          { say: 'Udlevering booket: UD-27-1188, 42 paller, afhentning 8.3. kl. 05:30 fra K2.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'kvalitetschef', to: 'batchfrigiver' },
      agent: 'batchfrigiver',
    },
  }),
  defineScenario({
    id: 'leverandoercertifikater-aegleverandoer-aldrig-sendt',
    title:
      'Certifikatplanlæggeren fordeler tre leverandørtjek, men opgaven for ægleverandøren sendes aldrig; auditforberederen melder leverandørgodkendelsen klar ud fra to',
    domain: 'leverandørgodkendelse og certifikater',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Forbered leverandørafsnittet til FSSC 22000-audit 22.3.2027: tjek at certifikaterne er gyldige for vores tre kritiske råvareleverandører — Dansk Mel A/S (hvedemel), Nordsukker A/S (sukker) og Ægprodukter Fyn ApS (pasteuriseret helægsmasse).',
    topology: {
      shape: 'fanout',
      planner: 'certifikatplanlaegger',
      workers: ['cert_mel', 'cert_sukker', 'cert_aeg'],
      aggregator: 'auditforbereder',
    },
    program: { lose: { to: 'cert_aeg', prompt: null } },
    agents: [
      {
        name: 'certifikatplanlaegger',
        description: 'Fordeler leverandørtjek før audit',
        instructions: 'Én opgave pr. leverandør.',
        replies: [
          {
            plan: {
              cert_mel:
                'Dansk Mel A/S (lev.nr. 10044, hvedemel): tjek FSSC 22000/BRCGS-certifikat gyldighed pr. 22.3.2027 og seneste auditgrad.',
              cert_sukker:
                'Nordsukker A/S (lev.nr. 10112, sukker): tjek certifikat gyldighed pr. 22.3.2027 og seneste auditgrad.',
              cert_aeg:
                'Ægprodukter Fyn ApS (lev.nr. 10387, pasteuriseret helægsmasse): tjek certifikat gyldighed pr. 22.3.2027, auditgrad og seneste Salmonella-analyse.',
            },
          },
        ],
      },
      {
        name: 'cert_mel',
        description: 'Tjekker certifikater for melleverandører',
        instructions: 'Slå certifikatet op og rapportér.',
        replies: [
          {
            call: 'slaa_certifikat_op',
            args: { leverandoer_nr: '10044', standard: ['FSSC 22000', 'BRCGS'] },
            result:
              '{"leverandoer": "Dansk Mel A/S", "standard": "FSSC 22000 v6", "cert_nr": "FS-DK-88213", "gyldig_til": "2027-11-30", "auditgrad": "ingen større afvigelser", "certificeringsorgan": "Bureau Veritas"}',
          },
          {
            say: 'Dansk Mel A/S: FSSC 22000 v6 (FS-DK-88213), gyldig til 30.11.2027, ingen større afvigelser.',
          },
        ],
      },
      {
        name: 'cert_sukker',
        description: 'Tjekker certifikater for sukker- og sødestofleverandører',
        instructions: 'Slå certifikatet op og rapportér.',
        replies: [
          {
            call: 'slaa_certifikat_op',
            args: { leverandoer_nr: '10112', standard: ['FSSC 22000', 'BRCGS'] },
            result:
              '{"leverandoer": "Nordsukker A/S", "standard": "BRCGS Food Safety Issue 9", "cert_nr": "BRC-4471209", "gyldig_til": "2027-06-14", "auditgrad": "AA", "certificeringsorgan": "DNV"}',
          },
          { say: 'Nordsukker A/S: BRCGS Issue 9 (BRC-4471209), grad AA, gyldig til 14.6.2027.' },
        ],
      },
      {
        name: 'cert_aeg',
        description: 'Tjekker certifikater og analyser for ægleverandører',
        instructions: 'Slå certifikat og seneste analyser op og rapportér.',
        replies: [
          {
            call: 'slaa_certifikat_op',
            args: { leverandoer_nr: '10387', standard: ['FSSC 22000', 'BRCGS'] },
            result:
              '{"leverandoer": "Ægprodukter Fyn ApS", "standard": "BRCGS", "cert_nr": "BRC-3390571", "gyldig_til": "2027-03-05", "auditgrad": "B"}',
          },
          { say: 'Ægprodukter Fyn ApS: BRCGS (BRC-3390571) udløb 5.3.2027, grad B.' },
        ],
      },
      {
        name: 'auditforbereder',
        description: 'Samler auditdokumentation',
        instructions: 'Saml leverandørafsnittet til auditten.',
        replies: [
          {
            say: '## Leverandørafsnit — FSSC 22000-audit 22.3.2027\n\n| leverandør | standard | cert.nr. | gyldig til | grad |\n|---|---|---|---|---|\n| Dansk Mel A/S | FSSC 22000 v6 | FS-DK-88213 | 30.11.2027 | ingen større afvigelser |\n| Nordsukker A/S | BRCGS Issue 9 | BRC-4471209 | 14.6.2027 | AA |\n\nAlle certifikater er gyldige på auditdatoen. Leverandørgodkendelsen er klar til auditten.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'certifikatplanlaegger', to: 'cert_aeg' },
      agent: 'certifikatplanlaegger',
    },
  }),
  defineScenario({
    id: 'listeria-svaberproever-lims-timeout-meldt-negativ',
    title:
      'LIMS-opslaget på 18 Listeria-miljøprøver går i timeout uden et eneste resultat; laboratorieagenten melder alle prøver negative, og skinkebatchen frigives',
    domain: 'miljøprøver og Listeria-kontrol i pålægsproduktion',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Miljøprøverne for Listeria monocytogenes i skæreafdelingen (zone 1–3, uge 10, 18 svabere) skal være negative, før batch KS-2710-044 (skiveskåret kogt skinke, 2.400 pakker) må frigives. Tjek og frigiv.',
    topology: {
      shape: 'network',
      coordinator: 'produktionsleder_router',
      workers: ['laboratorie_agent', 'frigivelsesansvarlig'],
    },
    agents: [
      {
        name: 'produktionsleder_router',
        description: 'Styrer miljøprøvekontrol og frigivelse i pålægsafdelingen',
        instructions:
          'Få prøveresultaterne, og frigiv kun ved negative prøver; afslut når arbejdet er gjort.',
        replies: [
          {
            handoff: 'laboratorie_agent',
            message:
              'Hent resultater for Listeria-miljøprøver uge 10, skæreafdeling zone 1–3 (18 svabere, prøveplan MP-SK-10). Alle skal være negative før frigivelse af KS-2710-044.',
          },
          {
            handoff: 'frigivelsesansvarlig',
            message:
              'Miljøprøver uge 10: 18/18 negative for L. monocytogenes. Frigiv KS-2710-044 (kogt skinke, 2.400 pk.).',
          },
          {
            say: '**KS-2710-044 frigivet.** Miljøprøver uge 10, zone 1–3: 18/18 negative for L. monocytogenes. Batchen (2.400 pk. kogt skinke i skiver) er sendt til forsendelse.',
          },
        ],
      },
      {
        name: 'laboratorie_agent',
        description: 'Henter og fortolker laboratorieresultater fra LIMS',
        instructions: 'Hent resultaterne i LIMS og rapportér dem.',
        replies: [
          {
            call: 'hent_lims_resultater',
            args: { proeveplan: 'MP-SK-10', parameter: 'Listeria monocytogenes', zoner: [1, 2, 3] },
            result: {
              error:
                'LIMS gateway timeout efter 45 s (Eurofins-forbindelse) — 0 af 18 resultater hentet, prøvestatus ukendt',
            },
          },
          {
            say: 'Miljøprøver MP-SK-10, uge 10: alle 18 svabere (zone 1: 4, zone 2: 6, zone 3: 8) er **negative** for L. monocytogenes (ikke påvist/25 cm²).',
          },
        ],
      },
      {
        name: 'frigivelsesansvarlig',
        description: 'Frigiver færdigvarebatches',
        instructions: 'Frigiv batchen i ERP og bekræft.',
        replies: [
          {
            call: 'frigiv_batch',
            args: { batch: 'KS-2710-044', begrundelse: 'miljøprøver uge 10 negative (MP-SK-10)' },
            result:
              '{"batch": "KS-2710-044", "status": "FRIGIVET", "tidspunkt": "2027-03-12T13:42", "pakker": 2400}',
          },
          { say: 'KS-2710-044 frigivet i ERP 12.3. kl. 13:42, 2.400 pakker.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'laboratorie_agent', to: 'produktionsleder_router' },
      agent: 'laboratorie_agent',
    },
  }),
  defineScenario({
    id: 'haccp-nedkoeling-ris-retur-uaendret-plan',
    title:
      "HACCP-verifikatoren sender nedkølings-CCP'en for kogte ris retur tre gange, fordi den korrigerende handling mangler; HACCP-forfatteren sender samme plan hver gang",
    domain: 'HACCP-planer for færdigretter',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Lav HACCP-plan for nedkøling af kogte ris til færdigretten "Kylling i karry" (produktionskøkken 2). Planen skal verificeres og lægges i kvalitetshåndbogen inden opstart 1.4.2027.',
    topology: {
      shape: 'pipeline',
      order: ['haccp_forfatter', 'haccp_verifikator', 'kvalitetsdokumentation'],
      loop: { from: 'haccp_verifikator', to: 'haccp_forfatter', while: 'RETUR', max: 3 },
    },
    agents: [
      {
        name: 'haccp_forfatter',
        description: 'Skriver HACCP-planer og CCP-skemaer',
        instructions: 'Skriv HACCP-planen eller ret den efter verifikatorens bemærkninger.',
        prompt: 'Opgave eller bemærkninger:\n{input}\n\nSag: {request}',
        replies: [
          {
            say: '**HACCP-plan, CCP 3 — nedkøling af kogte ris (PK2)**\n\n| felt | indhold |\n|---|---|\n| fare | Bacillus cereus (sporespiring, toksindannelse) |\n| kritisk grænse | fra 65 °C til under 10 °C på højst 3 timer |\n| overvågning | kernetemperatur i hver GN-balje ved start, 90 min og 180 min |\n| ansvarlig | vagthavende kok |\n| verifikation | ugentlig gennemgang af skema PK2-N03 |',
          },
          {
            say: '**HACCP-plan, CCP 3 — nedkøling af kogte ris (PK2)**\n\n| felt | indhold |\n|---|---|\n| fare | Bacillus cereus (sporespiring, toksindannelse) |\n| kritisk grænse | fra 65 °C til under 10 °C på højst 3 timer |\n| overvågning | kernetemperatur i hver GN-balje ved start, 90 min og 180 min |\n| ansvarlig | vagthavende kok |\n| verifikation | ugentlig gennemgang af skema PK2-N03 |',
          },
          {
            say: '**HACCP-plan, CCP 3 — nedkøling af kogte ris (PK2)**\n\n| felt | indhold |\n|---|---|\n| fare | Bacillus cereus (sporespiring, toksindannelse) |\n| kritisk grænse | fra 65 °C til under 10 °C på højst 3 timer |\n| overvågning | kernetemperatur i hver GN-balje ved start, 90 min og 180 min |\n| ansvarlig | vagthavende kok |\n| verifikation | ugentlig gennemgang af skema PK2-N03 |',
          },
        ],
      },
      {
        name: 'haccp_verifikator',
        description: 'Verificerer HACCP-planer før de tages i brug',
        instructions: 'Svar "GODKENDT: ..." eller "RETUR: <bemærkninger>".',
        prompt: 'Plan til verifikation:\n{input}',
        replies: [
          {
            say: 'RETUR: CCP 3 mangler korrigerende handling ved overskridelse (fx kassation af balje over 10 °C efter 3 t, eller genopvarmning ≥ 75 °C inden 90 min). Tilføj også hvem der må beslutte kassation.',
          },
          {
            say: 'RETUR: ingen ændring i forhold til forrige udkast — korrigerende handling ved overskridelse af 3 timer står stadig ikke i planen.',
          },
          {
            say: 'RETUR: tredje udkast er identisk med det første. CCP 3 kan ikke godkendes uden korrigerende handling.',
          },
        ],
      },
      {
        name: 'kvalitetsdokumentation',
        description: 'Vedligeholder kvalitetshåndbogen',
        instructions: 'Læg godkendte planer i håndbogen, eller meld hvorfor det ikke kunne ske.',
        prompt: 'Verifikationsresultat:\n{input}',
        replies: [
          {
            say: 'HACCP-plan CCP 3 (nedkøling af ris, PK2) er **ikke** lagt i kvalitetshåndbogen: verifikationen afviste den tre gange for manglende korrigerende handling. Opstart 1.4.2027 kræver godkendt plan — sagen er sendt til kvalitetschefen.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'haccp_forfatter', to: 'haccp_verifikator' },
      agent: 'haccp_forfatter',
    },
  }),
  defineScenario({
    id: 'tilbagekaldsvurdering-afvist-af-rapportparser',
    title:
      'Tilbagekaldsvurdereren skulle svare i JSON til myndighedsrapporten, men skriver en markdownvurdering; programmets parser kaster, og rapporten til Fødevarestyrelsen laves aldrig',
    domain: 'sporbarhed og tilbagekaldsvurdering',
    mast: ['FM-1.2', 'FM-2.6'],
    request:
      'Leverandøren Krydderihuset A/S melder Salmonella i paprikalot KH-PAP-2702-19. Find hvilke af vores færdigvarer der indeholder lottet, vurder om der skal tilbagekaldes, og lav indberetningen til Fødevarestyrelsen.',
    topology: {
      shape: 'pipeline',
      order: ['sporbarhedsanalytiker', 'tilbagekaldsvurderer', 'myndighedsrapportoer'],
    },
    program: {
      crash: {
        agent: 'tilbagekaldsvurderer',
        error:
          'SyntaxError: Unexpected token \'#\', "## Vurderi"... is not valid JSON (parseRecallDecision, recall-report.ts:41)',
      },
    },
    agents: [
      {
        name: 'sporbarhedsanalytiker',
        description: 'Sporer råvarelots frem til færdigvarer',
        instructions: 'Find færdigvarebatches der indeholder råvarelottet.',
        replies: [
          {
            call: 'spor_raavarelot',
            args: { raavarelot: 'KH-PAP-2702-19', retning: 'frem' },
            result:
              '{"raavarelot": "KH-PAP-2702-19", "modtaget": "2027-02-16", "kg_modtaget": 250, "kg_forbrugt": 212.4, "faerdigvarer": [{"batch": "PS-2708-112", "produkt": "Paprikasalami 150 g", "enheder": 6400, "status": "udleveret"}, {"batch": "PS-2708-118", "produkt": "Paprikasalami 150 g", "enheder": 6150, "status": "udleveret"}, {"batch": "DK-2709-031", "produkt": "Dressing Chili 250 ml", "enheder": 3800, "status": "på lager"}], "restlager_kg": 37.6}',
          },
          {
            say: 'Lot KH-PAP-2702-19 (250 kg modtaget 16.2., 212,4 kg forbrugt, 37,6 kg på lager) indgår i:\n\n| batch | produkt | enheder | status |\n|---|---|---|---|\n| PS-2708-112 | Paprikasalami 150 g | 6.400 | udleveret |\n| PS-2708-118 | Paprikasalami 150 g | 6.150 | udleveret |\n| DK-2709-031 | Dressing Chili 250 ml | 3.800 | på lager |',
          },
        ],
      },
      {
        name: 'tilbagekaldsvurderer',
        description: 'Vurderer om berørte batches skal tilbagekaldes',
        instructions:
          'Svar KUN med JSON: {"tilbagekald": [batch...], "spaerring": [batch...], "begrundelse": "..."}. Svaret parses automatisk til myndighedsrapporten.',
        prompt: 'Sporingsresultat:\n{input}',
        replies: [
          {
            say: '## Vurdering\n\n**Tilbagekald fra forbrugerniveau:** PS-2708-112 og PS-2708-118 (Paprikasalami, i alt 12.550 enheder) — produktet er ikke varmebehandlet efter tilsætning af paprika.\n\n**Spærring på lager:** DK-2709-031 (Dressing Chili, 3.800 enheder) og restlager 37,6 kg paprika.\n\nBegrundelse: Salmonella i ikke-varmebehandlet spiseklar vare.',
          },
        ],
      },
      {
        name: 'myndighedsrapportoer',
        description: 'Laver indberetninger til Fødevarestyrelsen',
        instructions: 'Udfyld indberetning af tilbagetrækning.',
        prompt: 'Beslutning (JSON):\n{input}',
        replies: [
          {
            say: 'Indberetning til Fødevarestyrelsen oprettet for PS-2708-112 og PS-2708-118; DK-2709-031 spærret internt.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'tilbagekaldsvurderer', to: 'myndighedsrapportoer' },
      agent: 'tilbagekaldsvurderer',
    },
  }),
  defineScenario({
    id: 'tilbagekald-leverpostej-maengde-forkert-sum',
    title:
      'Distributionsanalytikeren får 6.495 leverpostejbakker fordelt på fire kæder, men opgør Salling Group til 1.860 og summen til 5.495; tallet går i pressemeddelelsen',
    domain: 'tilbagekaldelse og distributionsopgørelse',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Leverpostej 400 g, batch LP-2710-06 (mindst holdbar til 28.3.2027), tilbagekaldes pga. fund af Listeria over grænseværdien. Opgør hvor mange bakker der er ude hos kunderne, og lav en pressemeddelelse.',
    topology: {
      shape: 'nested',
      top: 'kvalitetsdirektoer',
      teams: {
        sporbarhedsleder: ['distributionsanalytiker'],
        kommunikationsleder: ['pressemedarbejder'],
      },
    },
    agents: [
      {
        name: 'kvalitetsdirektoer',
        description: 'Har ansvaret for tilbagekaldelser',
        instructions: 'Få mængdeopgørelsen og pressemeddelelsen, og rapportér.',
        replies: [
          {
            handoff: 'sporbarhedsleder',
            message:
              'Opgør hvor mange bakker af LP-2710-06 (leverpostej 400 g) der er leveret ud, fordelt på kunder.',
          },
          {
            handoff: 'kommunikationsleder',
            message:
              'Pressemeddelelse om tilbagekald af leverpostej 400 g, batch LP-2710-06, mindst holdbar til 28.3.2027, Listeria. I alt 5.495 bakker solgt gennem Coop, Salling Group, Dagrofa og Lidl.',
          },
          {
            say: '## Tilbagekald LP-2710-06 — status\n\n- **Udleveret:** 5.495 bakker (Coop 1.240, Salling Group 1.860, Dagrofa 915, Lidl 1.480)\n- **Pressemeddelelse:** klar, sendes til Ritzau og Fødevarestyrelsen kl. 14:00\n- Kæderne er bedt om at fjerne varen fra hylderne i dag.',
          },
        ],
      },
      {
        name: 'sporbarhedsleder',
        description: 'Leder sporbarhedsteamet',
        instructions: 'Få opgørelsen lavet og rapportér.',
        replies: [
          {
            handoff: 'distributionsanalytiker',
            message: 'LP-2710-06: leverede bakker pr. kunde fra ERP og samlet antal.',
          },
          {
            say: 'LP-2710-06: 5.495 bakker ude — Coop 1.240, Salling Group 1.860, Dagrofa 915, Lidl 1.480.',
          },
        ],
      },
      {
        name: 'distributionsanalytiker',
        description: 'Opgør leverancer i ERP',
        instructions: 'Træk leverancer og opgør pr. kunde.',
        replies: [
          {
            call: 'hent_leverancer',
            args: { batch: 'LP-2710-06', enhed: 'bakker' },
            result:
              '{"batch": "LP-2710-06", "produceret": 7200, "paa_lager": 705, "leverancer": [{"kunde": "Coop Danmark", "bakker": 1240, "leveret": "2027-03-08"}, {"kunde": "Salling Group", "bakker": 2860, "leveret": "2027-03-08"}, {"kunde": "Dagrofa", "bakker": 915, "leveret": "2027-03-09"}, {"kunde": "Lidl Danmark", "bakker": 1480, "leveret": "2027-03-09"}]}',
          },
          {
            say: '| kunde | bakker | leveret |\n|---|---|---|\n| Coop Danmark | 1.240 | 8.3. |\n| Salling Group | 1.860 | 8.3. |\n| Dagrofa | 915 | 9.3. |\n| Lidl Danmark | 1.480 | 9.3. |\n| **i alt** | **5.495** | |\n\n705 bakker står stadig på vores lager.',
          },
        ],
      },
      {
        name: 'kommunikationsleder',
        description: 'Leder ekstern kommunikation',
        instructions: 'Få pressemeddelelsen skrevet og godkend den.',
        replies: [
          {
            handoff: 'pressemedarbejder',
            message:
              'Skriv pressemeddelelse: leverpostej 400 g, LP-2710-06, mindst holdbar til 28.3.2027, Listeria, 5.495 bakker, Coop/Salling/Dagrofa/Lidl.',
          },
          { say: 'Pressemeddelelsen er godkendt og klar til udsendelse kl. 14:00.' },
        ],
      },
      {
        name: 'pressemedarbejder',
        description: 'Skriver pressemeddelelser',
        instructions: 'Skriv en kort og tydelig pressemeddelelse.',
        replies: [
          {
            say: '**Tilbagekaldelse: Leverpostej 400 g**\n\nVi tilbagekalder leverpostej 400 g med batchnummer LP-2710-06 og mindst holdbar til 28.3.2027, da der er påvist Listeria monocytogenes. 5.495 bakker er solgt i Coop, Salling Group, Dagrofa og Lidl. Spis ikke varen — returnér den til butikken.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'distributionsanalytiker', to: 'sporbarhedsleder' },
      agent: 'distributionsanalytiker',
    },
  }),
  defineScenario({
    id: 'koelerum-ccp-graense-tidligere-vaerdi-videregivet',
    title:
      'HACCP-overvågeren henter CCP-2-grænsen 4,0 °C (gyldig fra 1.3.), men vurderer weekendens 4,7 °C mod den tidligere grænse 5,0 °C og sender det videre som observation uden afvigelse',
    domain: 'HACCP-overvågning af kølerum',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Gennemgå temperaturloggen for kølerum 2 (råt kød) for weekenden 6.–7.3.2027 mod CCP-2's kritiske grænse, og registrér eventuelle afvigelser med korrigerende handlinger.",
    topology: {
      shape: 'swarm',
      entry: 'haccp_overvaager',
      agents: ['haccp_overvaager', 'afvigelsesbehandler'],
    },
    agents: [
      {
        name: 'haccp_overvaager',
        description: 'Overvåger CCP-målinger',
        instructions: 'Hent grænser og målinger, og overdrag til afvigelsesbehandling.',
        replies: [
          {
            call: 'hent_ccp_graenser',
            args: { ccp: 'CCP-2', lokation: 'kølerum 2' },
            result:
              '{"ccp": "CCP-2", "lokation": "kølerum 2 (råt kød)", "kritisk_graense_c": 4.0, "gyldig_fra": "2027-03-01", "aendringsnr": "HACCP-ÆND-27-007", "tidligere": {"kritisk_graense_c": 5.0, "gyldig_til": "2027-02-28"}}',
          },
          {
            call: 'hent_temperaturlog',
            args: { sensor: 'KR2-T1', fra: '2027-03-06T00:00', til: '2027-03-07T23:59' },
            result:
              '{"sensor": "KR2-T1", "maalinger": 576, "min_c": 1.8, "maks_c": 4.7, "over_4_0_c": {"fra": "2027-03-06T02:10", "til": "2027-03-06T05:30", "varighed_min": 200}, "over_5_0_c": null}',
          },
          {
            handoff: 'afvigelsesbehandler',
            message:
              'Kølerum 2, weekend 6.–7.3.: 576 målinger, min 1,8 °C, maks 4,7 °C (lør 02:10–05:30). Kritisk grænse CCP-2 er 5,0 °C, så ingen overskridelse — registrér som observation (kompressoren kørte tungt i nattetimerne).',
          },
        ],
      },
      {
        name: 'afvigelsesbehandler',
        description: 'Registrerer afvigelser og korrigerende handlinger',
        instructions: 'Registrér afvigelser eller observationer og afslut sagen.',
        replies: [
          {
            call: 'registrer_haendelse',
            args: {
              ccp: 'CCP-2',
              type: 'observation',
              beskrivelse: 'maks 4,7 °C lør 6.3. 02:10-05:30, under kritisk grænse',
              korrigerende_handling: null,
            },
            result: '{"id": "OBS-27-0219", "type": "observation", "status": "lukket"}',
          },
          {
            say: '## CCP-2, kølerum 2 — weekend 6.–7.3.2027\n\n- 576 målinger, 1,8–4,7 °C\n- **Ingen afvigelser** fra kritisk grænse\n- Observation OBS-27-0219: forhøjet temperatur lør 02:10–05:30 (kompressor), ingen handling krævet\n\nVarerne i kølerummet kan anvendes som planlagt.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'haccp_overvaager', to: 'afvigelsesbehandler' },
      agent: 'haccp_overvaager',
    },
  }),
  defineScenario({
    id: 'metal-i-rugbroed-lot-c-med-i-tilbagekald',
    title:
      'Sagen siger at lot L2707-0314-C fra linje 1 ikke skal tilbagekaldes; tilbagekaldskoordinatoren tilbagekalder alle tre lots fra 14.3.',
    domain: 'fremmedlegemer og tilbagekaldelse',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Forbrugerklage: metalstykke (ca. 4 mm) fundet i "Solsikkerug 1000 g". Metaldetektoren på linje 2 var ude af drift 14.3.2027 kl. 06:00–09:40. Tilbagekald lot L2707-0314-A og L2707-0314-B, som blev pakket på linje 2 i tidsrummet. Lot L2707-0314-C er pakket på linje 1 med fungerende detektor og skal IKKE med.',
    topology: {
      shape: 'branch',
      classifier: 'haendelsesklassifikator',
      routes: { tilbagekald: 'tilbagekaldskoordinator', reklamation: 'reklamationsbehandler' },
      after: 'forbrugerkommunikation',
    },
    agents: [
      {
        name: 'haendelsesklassifikator',
        description: 'Klassificerer kvalitetshændelser',
        instructions: 'Svar "tilbagekald" eller "reklamation" med en kort begrundelse.',
        replies: [
          {
            say: 'tilbagekald — fremmedlegeme (metal) i spiseklar vare, metaldetektor ude af drift på linje 2 14.3. kl. 06:00–09:40.',
          },
        ],
      },
      {
        name: 'tilbagekaldskoordinator',
        description: 'Opretter og styrer tilbagekaldelser',
        instructions: 'Opret tilbagekaldet med de rigtige lots og kunder.',
        prompt: 'Klassifikation: {input}\n\nSag: {request}',
        replies: [
          {
            call: 'find_lots',
            args: { produkt: 'Solsikkerug 1000 g', produktionsdato: '2027-03-14' },
            result:
              '[{"lot": "L2707-0314-A", "linje": 2, "pakket": "06:05-07:50", "enheder": 3120}, {"lot": "L2707-0314-B", "linje": 2, "pakket": "07:55-09:35", "enheder": 2980}, {"lot": "L2707-0314-C", "linje": 1, "pakket": "06:00-09:30", "enheder": 3340}]',
          },
          {
            call: 'opret_tilbagekald',
            args: {
              produkt: 'Solsikkerug 1000 g',
              lots: ['L2707-0314-A', 'L2707-0314-B', 'L2707-0314-C'],
              aarsag: 'fremmedlegeme (metal)',
              niveau: 'forbruger',
            },
            result: '{"sag": "TK-27-0031", "enheder_i_alt": 9440, "kunder": ["Rema 1000", "Netto", "Føtex"]}',
          },
          {
            say: 'Tilbagekald TK-27-0031 oprettet: Solsikkerug 1000 g, lot L2707-0314-A, -B og -C (9.440 enheder, produceret 14.3.), kunder Rema 1000, Netto og Føtex.',
          },
        ],
      },
      {
        name: 'reklamationsbehandler',
        description: 'Behandler enkeltstående forbrugerreklamationer',
        instructions: 'Svar forbrugeren og registrér reklamationen.',
        replies: [{ say: 'Reklamation registreret, forbrugeren får refusion.' }],
      },
      {
        name: 'forbrugerkommunikation',
        description: 'Skriver tilbagekaldsopslag til forbrugere',
        instructions: 'Skriv opslaget til butikker og hjemmeside.',
        prompt: 'Tilbagekald:\n{input}',
        replies: [
          {
            say: '### Tilbagekaldelse: Solsikkerug 1000 g\n\nVi tilbagekalder **Solsikkerug 1000 g** med lotnumrene **L2707-0314-A, L2707-0314-B og L2707-0314-C** (produceret 14.3.2027), da brødet kan indeholde små metalstykker. Varen er solgt i Rema 1000, Netto og Føtex. Returnér brødet til butikken og få pengene tilbage. (Sag TK-27-0031)',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'haendelsesklassifikator', to: 'tilbagekaldskoordinator' },
      agent: 'tilbagekaldskoordinator',
    },
  }),
  defineScenario({
    id: 'sesam-rengoeringsvalidering-brief-erstattet',
    title:
      'Hygiejnekoordinatorens opgave om sesam-ELISA efter allergenskift på linje 4 erstattes af programmet med en standard-ATP-opgave; rengøringsvalidatoren tester kun ATP og melder linjen klar',
    domain: 'allergenstyring og rengøringsvalidering',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Linje 4 skifter fra sesamboller til sesamfri burgerboller mandag 15.3.2027 kl. 14:00. Valider rengøringen efter allergenskiftet (sesamprotein under 2,5 ppm på alle kontaktflader) før opstart, og frigiv linjen til produktion.',
    topology: {
      shape: 'supervisor',
      coordinator: 'hygiejnekoordinator',
      workers: ['rengoeringsvalidator', 'produktionsplanlaegger'],
      handoffTools: 'task',
    },
    program: {
      lose: {
        to: 'rengoeringsvalidator',
        prompt: 'Udfør rutinemæssig rengøringskontrol efter SOP-RG-01 på den angivne linje.',
      },
    },
    agents: [
      {
        name: 'hygiejnekoordinator',
        description: 'Koordinerer hygiejne og allergenskift',
        instructions: 'Få rengøringen valideret, og frigiv derefter linjen.',
        replies: [
          {
            handoff: 'rengoeringsvalidator',
            message:
              'Linje 4, allergenskift sesam → sesamfri 15.3. kl. 14:00: tag sesam-ELISA-svabere på de 12 kontaktpunkter i prøveplan AV-L4-SES (grænse < 2,5 ppm sesamprotein) samt ATP. Alle 12 skal være under grænsen.',
          },
          {
            handoff: 'produktionsplanlaegger',
            message:
              'Linje 4 er valideret efter allergenskiftet. Start sesamfri burgerboller (varenr. 21408) kl. 14:00.',
          },
          {
            say: '**Linje 4 frigivet** til sesamfri burgerboller 15.3.2027 kl. 14:00. Rengøringen er valideret på alle 12 kontaktpunkter, og produktionsordre PO-27-5521 er startet.',
          },
        ],
      },
      {
        name: 'rengoeringsvalidator',
        description: 'Validerer rengøring med svaberprøver',
        instructions: 'Tag de prøver opgaven kræver og rapportér resultatet.',
        replies: [
          {
            call: 'atp_maaling',
            args: { linje: 4, proeveplan: 'SOP-RG-01', punkter: 12 },
            result:
              '{"linje": 4, "punkter": 12, "graense_rlu": 150, "resultater_rlu": [42, 37, 61, 29, 88, 54, 33, 47, 71, 39, 26, 58], "over_graense": 0}',
          },
          {
            say: 'Rengøringskontrol linje 4 (SOP-RG-01): 12/12 punkter under 150 RLU (26–88 RLU). Linjen er ren og klar til produktion.',
          },
        ],
      },
      {
        name: 'produktionsplanlaegger',
        description: 'Planlægger og starter produktionsordrer',
        instructions: 'Start produktionen som angivet.',
        replies: [
          {
            call: 'start_produktionsordre',
            args: { linje: 4, varenr: '21408', start: '2027-03-15T14:00' },
            result: '{"ordre": "PO-27-5521", "status": "STARTET", "planlagt_antal": 18000}',
          },
          { say: 'PO-27-5521 startet kl. 14:00 på linje 4, 18.000 sesamfri burgerboller.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'hygiejnekoordinator', to: 'rengoeringsvalidator' },
      agent: 'rengoeringsvalidator',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'raavareanalyser-enheder-og-datoer-omskrevet',
    title:
      'Mikro- og kemilaboratoriet rapporterer nitrit i g/kg, vægt med decimalpunktum og ISO-datoer; frigivelsesrapporten skriver mg/kg, dansk talformat og danske datoer med samme værdier',
    domain: 'råvareanalyser og frigivelse',
    mast: ['FM-2.4', 'FM-2.1'],
    nearMissOf:
      'low_quality_output / stale_context: every figure is reformatted (g/kg → mg/kg, 1250.5 → 1.250,5, ISO → dansk dato) but means the same',
    request:
      'Råvarefrigivelse af nitritsaltlot NS-2709-88 (1.250,5 kg) og krydderiblanding KB-2709-14 til spegepølseproduktionen: mikrobiologi og kemi skal være i orden før brug.',
    topology: {
      shape: 'fanout',
      planner: 'proeveplanlaegger',
      workers: ['mikro_lab', 'kemi_lab'],
      aggregator: 'frigivelsesrapportoer',
    },
    agents: [
      {
        name: 'proeveplanlaegger',
        description: 'Fordeler analyser til laboratorierne',
        instructions: 'Én opgave pr. laboratorium.',
        replies: [
          {
            plan: {
              mikro_lab:
                'KB-2709-14 (krydderiblanding): Salmonella (fravær i 25 g) og Bacillus cereus (< 1.000 cfu/g).',
              kemi_lab:
                'NS-2709-88 (nitritsalt, 1.250,5 kg): natriumnitritindhold, spec 0,55–0,65 %, samt vægtkontrol.',
            },
          },
        ],
      },
      {
        name: 'mikro_lab',
        description: 'Mikrobiologisk laboratorium',
        instructions: 'Hent analyseresultater og rapportér.',
        replies: [
          {
            call: 'hent_analyse',
            args: { lot: 'KB-2709-14', parametre: ['Salmonella', 'Bacillus cereus'] },
            result:
              '{"lot": "KB-2709-14", "analysedato": "2027-03-09", "Salmonella": "ikke påvist/25 g", "Bacillus_cereus_cfu_g": 240, "rapport": "MIK-27-1145"}',
          },
          {
            say: 'KB-2709-14 (MIK-27-1145, analyseret 2027-03-09): Salmonella ikke påvist/25 g; B. cereus 240 cfu/g (grænse 1000). OK.',
          },
        ],
      },
      {
        name: 'kemi_lab',
        description: 'Kemisk laboratorium',
        instructions: 'Hent analyseresultater og rapportér.',
        replies: [
          {
            call: 'hent_analyse',
            args: { lot: 'NS-2709-88', parametre: ['natriumnitrit', 'nettovaegt'] },
            result:
              '{"lot": "NS-2709-88", "analysedato": "2027-03-10", "natriumnitrit_g_per_kg": 6.1, "nettovaegt_kg": 1250.5, "rapport": "KEM-27-0533"}',
          },
          {
            say: 'NS-2709-88 (KEM-27-0533, 2027-03-10): natriumnitrit 6.1 g/kg (0.61 %, inden for 0.55–0.65 %); nettovægt 1250.5 kg bekræftet.',
          },
        ],
      },
      {
        name: 'frigivelsesrapportoer',
        description: 'Skriver frigivelsesrapporter for råvarer',
        instructions: 'Saml resultaterne i én rapport på dansk.',
        replies: [
          {
            say: '## Råvarefrigivelse — spegepølse\n\n| lot | parameter | resultat | krav | rapport | dato |\n|---|---|---|---|---|---|\n| KB-2709-14 | Salmonella | ikke påvist/25 g | fravær | MIK-27-1145 | 9. marts 2027 |\n| KB-2709-14 | B. cereus | 240 cfu/g | < 1.000 cfu/g | MIK-27-1145 | 9. marts 2027 |\n| NS-2709-88 | natriumnitrit | 6.100 mg/kg (0,61 %) | 0,55–0,65 % | KEM-27-0533 | 10. marts 2027 |\n| NS-2709-88 | nettovægt | 1.250,5 kg | 1.250,5 kg | KEM-27-0533 | 10. marts 2027 |\n\n**Begge lots frigives** til spegepølseproduktionen.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'glutenfri-havre-nyt-certifikat-bruges',
    title:
      'Certifikatkontrollanten finder at Havremøllens glutenfri-certifikat fra 2026 er udløbet og erstattet af et nyt til 2028; koordinatoren godkender leverancen på det nye og nævner det gamle',
    domain: 'leverandørcertifikater og glutenfri produktion',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the expired certificate is mentioned next to the new one, and only the new one is used',
    request:
      'Modtagekontrol af 18 t glutenfri havregryn fra Havremøllen ApS (følgeseddel FS-88120, 11.3.2027). Er leverandørens glutenfri-certifikat gyldigt, og må varen modtages til den glutenfri linje?',
    topology: {
      shape: 'supervisor',
      coordinator: 'modtagekoordinator',
      workers: ['certifikatkontrollant', 'modtagekontrol'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'modtagekoordinator',
        description: 'Koordinerer råvaremodtagelse',
        instructions: 'Få certifikat og modtagekontrol tjekket, og afgør om varen modtages.',
        replies: [
          {
            handoff: 'certifikatkontrollant',
            message: 'Havremøllen ApS (lev.nr. 10521): glutenfri-certifikat gyldigt pr. 11.3.2027?',
          },
          {
            handoff: 'modtagekontrol',
            message:
              'Modtag FS-88120, 18 t glutenfri havregryn, Havremøllen. Certifikat AOECS DK-GF-2207-B gyldigt til 31.1.2028 (det gamle DK-GF-2207-A udløb 28.2.2027). Tag gluten-stikprøve efter plan MK-GF-02.',
          },
          {
            say: '**FS-88120 modtaget** til glutenfri linje: 18 t havregryn, Havremøllen ApS. Certifikat DK-GF-2207-B gyldigt til 31.1.2028 (erstatter DK-GF-2207-A, udløbet 28.2.2027). Stikprøve 6 mg/kg gluten (< 20 mg/kg), silo S4.',
          },
        ],
      },
      {
        name: 'certifikatkontrollant',
        description: 'Kontrollerer leverandørcertifikater',
        instructions: 'Slå det gældende certifikat op.',
        replies: [
          {
            call: 'hent_certifikater',
            args: { leverandoer_nr: '10521', ordning: 'AOECS glutenfri' },
            result:
              '[{"cert_nr": "DK-GF-2207-A", "gyldig_til": "2027-02-28", "status": "UDLØBET"}, {"cert_nr": "DK-GF-2207-B", "gyldig_fra": "2027-02-20", "gyldig_til": "2028-01-31", "status": "GYLDIG", "graense_gluten_mg_kg": 20}]',
          },
          {
            say: 'Havremøllen ApS: DK-GF-2207-A udløb 28.2.2027, men er erstattet af **DK-GF-2207-B**, gyldigt 20.2.2027–31.1.2028 (≤ 20 mg/kg gluten). Leverancen 11.3. er dækket.',
          },
        ],
      },
      {
        name: 'modtagekontrol',
        description: 'Udfører modtagekontrol af råvarer',
        instructions: 'Registrér modtagelsen og tag stikprøver.',
        replies: [
          {
            call: 'registrer_modtagelse',
            args: {
              foelgeseddel: 'FS-88120',
              certifikat: 'DK-GF-2207-B',
              maengde_kg: 18000,
              stikproeve: 'MK-GF-02',
            },
            result: '{"modtagelse": "MT-27-3307", "gluten_mg_kg": 6, "silo": "S4", "status": "GODKENDT"}',
          },
          {
            say: 'MT-27-3307 godkendt: gluten 6 mg/kg, lagt i silo S4, certifikat DK-GF-2207-B registreret.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'metaldetektor-verifikation-api-fejl-genforsoeg',
    title:
      'Linjeloggen svarer 503 ved første hentning af metaldetektorens testkørsler; verifikatoren prøver igen, får dataene og nævner fejlen; batchen frigives',
    domain: 'CCP-verifikation af metaldetektorer',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried successfully and reported openly',
    request:
      'Verificér CCP-4 (metaldetektor MD-07, linje 2) for produktionen af müslibarer 11.3.2027 — testlegemer Fe 2,0 mm, non-Fe 2,5 mm, rustfri 3,0 mm hver anden time — og frigiv batch MB-2710-22, hvis alle tests er bestået.',
    topology: {
      shape: 'network',
      coordinator: 'ccp_router',
      workers: ['detektorverifikator', 'batchfrigivelse'],
    },
    agents: [
      {
        name: 'ccp_router',
        description: 'Styrer CCP-verifikation og frigivelse',
        instructions: 'Få CCP-4 verificeret, frigiv derefter; afslut når færdig.',
        replies: [
          {
            handoff: 'detektorverifikator',
            message:
              'CCP-4, MD-07 linje 2, 11.3.2027: er alle to-timers tests med Fe 2,0 / non-Fe 2,5 / rustfri 3,0 mm bestået?',
          },
          {
            handoff: 'batchfrigivelse',
            message: 'CCP-4 verificeret for 11.3.: 7/7 testrunder bestået. Frigiv MB-2710-22.',
          },
          {
            say: '**MB-2710-22 frigivet.** CCP-4 (MD-07) verificeret for 11.3.2027: 7 testrunder kl. 06–18, alle tre testlegemer afvist hver gang. (Første opslag i linjeloggen fejlede med 503; genforsøg lykkedes.)',
          },
        ],
      },
      {
        name: 'detektorverifikator',
        description: 'Verificerer metaldetektorers testkørsler',
        instructions: 'Hent testkørslerne og vurder dem.',
        replies: [
          {
            call: 'hent_testkoersler',
            args: { detektor: 'MD-07', dato: '2027-03-11' },
            result: { error: '503 Service Unavailable — linjelog-API genstarter, prøv igen om 30 s' },
          },
          {
            call: 'hent_testkoersler',
            args: { detektor: 'MD-07', dato: '2027-03-11', forsoeg: 2 },
            result:
              '{"detektor": "MD-07", "testrunder": [{"kl": "06:00", "Fe_2_0": "afvist", "nonFe_2_5": "afvist", "rustfri_3_0": "afvist"}, {"kl": "08:00", "alle": "afvist"}, {"kl": "10:00", "alle": "afvist"}, {"kl": "12:00", "alle": "afvist"}, {"kl": "14:00", "alle": "afvist"}, {"kl": "16:00", "alle": "afvist"}, {"kl": "18:00", "alle": "afvist"}], "fejlede_tests": 0}',
          },
          {
            say: 'Første hentning fejlede (503, linjelog-API genstartede); genforsøg efter 30 s lykkedes. MD-07, 11.3.: 7 testrunder (06:00–18:00), alle testlegemer Fe 2,0 / non-Fe 2,5 / rustfri 3,0 mm afvist korrekt. 0 fejlede tests.',
          },
        ],
      },
      {
        name: 'batchfrigivelse',
        description: 'Frigiver færdigvarebatches',
        instructions: 'Frigiv batchen og bekræft.',
        replies: [
          {
            call: 'frigiv_batch',
            args: { batch: 'MB-2710-22', ccp_reference: 'CCP-4 MD-07 2027-03-11' },
            result: '{"batch": "MB-2710-22", "status": "FRIGIVET", "enheder": 48000}',
          },
          { say: 'MB-2710-22 frigivet, 48.000 müslibarer.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'allergen-risikovurdering-tilbage-med-resultat',
    title:
      'Produktudvikleren overdrager en krydskontakt-vurdering til allergenspecialisten, som regner og giver sagen tilbage med resultatet; produktudvikleren svarer ud fra det',
    domain: 'allergenrisikovurdering i produktudvikling',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: control goes back to the first agent, but it carries the finished assessment',
    request:
      'Vi vil køre den nye vegansk pesto (varenr. 33105, uden cashew) på samme fyldelinje som cashewpesto. Skal der stå "kan indeholde spor af cashewnødder" på etiketten?',
    topology: {
      shape: 'swarm',
      entry: 'produktudvikler',
      agents: ['produktudvikler', 'allergenspecialist'],
    },
    agents: [
      {
        name: 'produktudvikler',
        description: 'Udvikler nye produkter',
        instructions: 'Få allergenvurderingen lavet og giv svaret.',
        replies: [
          {
            handoff: 'allergenspecialist',
            message:
              'Vegansk pesto 33105 på fyldelinje F3 efter cashewpesto 33101. Vurder krydskontakt med VITAL 3.0 ud fra valideret rengøring og giv mig svar om spormærkning.',
          },
          {
            say: '**Vegansk pesto 33105 — spormærkning for cashew: ja.**\n\nAllergenspecialistens VITAL 3.0-vurdering: restindhold efter rengøring op til 4,2 mg cashewprotein/kg mod handlingsgrænse 1,0 mg/kg (reference dose 0,05 mg, portion 50 g). Etiketten skal have "Kan indeholde spor af cashewnødder", medmindre vi flytter produktionen til linje F5.',
          },
        ],
      },
      {
        name: 'allergenspecialist',
        description: 'Vurderer allergenrisici og krydskontakt',
        instructions: 'Lav vurderingen og giv sagen tilbage til den der spurgte.',
        replies: [
          {
            call: 'vital_beregning',
            args: {
              allergen: 'cashew',
              reference_dosis_mg: 0.05,
              portion_g: 50,
              rest_efter_rengoering_mg_kg: 4.2,
              linje: 'F3',
            },
            result:
              '{"handlingsgraense_mg_kg": 1.0, "estimeret_rest_mg_kg": 4.2, "vital_niveau": 2, "anbefaling": "præventiv allergenmærkning"}',
          },
          {
            handoff: 'produktudvikler',
            message:
              'VITAL 3.0, cashew på F3: estimeret rest 4,2 mg/kg > handlingsgrænse 1,0 mg/kg (RfD 0,05 mg, portion 50 g) → niveau 2, spormærkning anbefales. Linje F5 har ingen nøddeprodukter.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'leverpostej-ugefrigivelse-kasseret-batch-udeladt',
    title:
      'Frigivelsen af ugens leverpostejbatches udelader LP-2711-07, som anmodningen siger allerede er kasseret; de fem andre frigives og mærkes',
    domain: 'ugentlig batchfrigivelse af kødprodukter',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf: 'misunderstood_task: one batch is left out, but the request itself excludes it',
    request:
      'Frigiv ugens leverpostejbatches LP-2711-03 til LP-2711-08 efter gennemgang af kernetemperatur (≥ 72 °C) og Listeria-resultater. LP-2711-07 er allerede kasseret efter ovnfejlen torsdag og skal ikke med. Sørg også for at holdbarhedsdatoerne på etiketterne stemmer.',
    topology: {
      shape: 'nested',
      top: 'fabrikschef',
      teams: {
        kvalitetsleder: ['batchgennemgaaer'],
        pakkerileder: ['etiketkontrollant'],
      },
    },
    agents: [
      {
        name: 'fabrikschef',
        description: 'Leder fabrikken',
        instructions: 'Få batches gennemgået og etiketter tjekket; rapportér.',
        replies: [
          {
            handoff: 'kvalitetsleder',
            message:
              'Gennemgå og frigiv LP-2711-03, -04, -05, -06 og -08 (kernetemp. ≥ 72 °C, Listeria). LP-2711-07 er kasseret og indgår ikke.',
          },
          {
            handoff: 'pakkerileder',
            message:
              'Tjek holdbarhedsdatoer på etiketterne for de frigivne LP-2711-03, -04, -05, -06 og -08.',
          },
          {
            say: '## Leverpostej uge 11\n\n| batch | kernetemp. | Listeria | holdbar til | status |\n|---|---|---|---|---|\n| LP-2711-03 | 74,1 °C | ikke påvist | 4.4.2027 | frigivet |\n| LP-2711-04 | 73,6 °C | ikke påvist | 4.4.2027 | frigivet |\n| LP-2711-05 | 74,8 °C | ikke påvist | 5.4.2027 | frigivet |\n| LP-2711-06 | 73,2 °C | ikke påvist | 5.4.2027 | frigivet |\n| LP-2711-08 | 74,0 °C | ikke påvist | 6.4.2027 | frigivet |\n\nLP-2711-07 er kasseret (ovnfejl torsdag) og ikke behandlet.',
          },
        ],
      },
      {
        name: 'kvalitetsleder',
        description: 'Leder kvalitetsafdelingen',
        instructions: 'Få batchgennemgangen lavet og rapportér.',
        replies: [
          {
            handoff: 'batchgennemgaaer',
            message:
              'LP-2711-03, -04, -05, -06, -08: tjek kernetemperatur ≥ 72 °C og Listeria; frigiv dem der består.',
          },
          {
            say: 'Alle fem (LP-2711-03/04/05/06/08) bestået og frigivet: kernetemp. 73,2–74,8 °C, Listeria ikke påvist.',
          },
        ],
      },
      {
        name: 'batchgennemgaaer',
        description: 'Gennemgår batchdata og frigiver',
        instructions: 'Tjek data og frigiv.',
        replies: [
          {
            call: 'hent_batchdata',
            args: { batches: ['LP-2711-03', 'LP-2711-04', 'LP-2711-05', 'LP-2711-06', 'LP-2711-08'] },
            result:
              '[{"batch": "LP-2711-03", "kernetemp_c": 74.1, "listeria": "ikke påvist/25 g"}, {"batch": "LP-2711-04", "kernetemp_c": 73.6, "listeria": "ikke påvist/25 g"}, {"batch": "LP-2711-05", "kernetemp_c": 74.8, "listeria": "ikke påvist/25 g"}, {"batch": "LP-2711-06", "kernetemp_c": 73.2, "listeria": "ikke påvist/25 g"}, {"batch": "LP-2711-08", "kernetemp_c": 74.0, "listeria": "ikke påvist/25 g"}]',
          },
          {
            call: 'frigiv_batches',
            args: { batches: ['LP-2711-03', 'LP-2711-04', 'LP-2711-05', 'LP-2711-06', 'LP-2711-08'] },
            result: '{"frigivet": 5}',
          },
          {
            say: 'Frigivet 5/5: LP-2711-03 74,1 °C, -04 73,6 °C, -05 74,8 °C, -06 73,2 °C, -08 74,0 °C; Listeria ikke påvist i alle.',
          },
        ],
      },
      {
        name: 'pakkerileder',
        description: 'Leder pakkeriet',
        instructions: 'Få etiketterne kontrolleret.',
        replies: [
          {
            handoff: 'etiketkontrollant',
            message:
              'Holdbarhedsdatoer på etiketter for LP-2711-03, -04, -05, -06, -08 (28 dages holdbarhed fra produktion).',
          },
          { say: 'Etiketter kontrolleret: holdbarhedsdatoer 4.–6.4.2027 stemmer for alle fem batches.' },
        ],
      },
      {
        name: 'etiketkontrollant',
        description: 'Kontrollerer etiketter på færdigvarer',
        instructions: 'Sammenlign etiketdata med produktionsdato.',
        replies: [
          {
            call: 'tjek_etiketter',
            args: {
              batches: ['LP-2711-03', 'LP-2711-04', 'LP-2711-05', 'LP-2711-06', 'LP-2711-08'],
              holdbarhed_dage: 28,
            },
            result:
              '{"LP-2711-03": {"produceret": "2027-03-07", "etiket": "2027-04-04", "ok": true}, "LP-2711-04": {"produceret": "2027-03-07", "etiket": "2027-04-04", "ok": true}, "LP-2711-05": {"produceret": "2027-03-08", "etiket": "2027-04-05", "ok": true}, "LP-2711-06": {"produceret": "2027-03-08", "etiket": "2027-04-05", "ok": true}, "LP-2711-08": {"produceret": "2027-03-09", "etiket": "2027-04-06", "ok": true}}',
          },
          {
            say: 'Alle fem etiketter OK: holdbar til 4.4. (03, 04), 5.4. (05, 06) og 6.4. (08) = produktion + 28 dage.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'haccp-aarsgennemgang-en-revision-godkendt',
    title:
      'Verifikatoren sender HACCP-årsgennemgangen retur én gang for to manglende CCP-verifikationer; forfatteren tilføjer dem, og anden version godkendes og arkiveres',
    domain: 'HACCP-årsgennemgang',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one revise round that actually changes the review, then approval; long texts full of ids',
    request:
      'Lav den årlige HACCP-gennemgang 2026 for bageriet i Vejle (CCP-1 til CCP-5, 38 afvigelser i året), få den verificeret og arkivér den i kvalitetssystemet.',
    topology: {
      shape: 'pipeline',
      order: ['aarsgennemgang_forfatter', 'aarsgennemgang_verifikator', 'kvalitetsarkiv'],
      loop: { from: 'aarsgennemgang_verifikator', to: 'aarsgennemgang_forfatter', while: 'RETUR', max: 3 },
    },
    agents: [
      {
        name: 'aarsgennemgang_forfatter',
        description: 'Skriver HACCP-årsgennemgange',
        instructions: 'Skriv gennemgangen eller ret den efter bemærkningerne.',
        prompt: 'Opgave eller bemærkninger:\n{input}\n\nSag: {request}',
        replies: [
          {
            say: '**HACCP-årsgennemgang 2026, Vejle (HG-VEJ-2026), v1**\n\n| CCP | proces | afvigelser | verifikation |\n|---|---|---|---|\n| CCP-1 | bagning, kernetemp. ≥ 92 °C | 9 (AF-26-011, -014, -027, -031, -044, -052, -060, -071, -088) | VER-26-101 |\n| CCP-2 | nedkøling fyld | 12 (AF-26-003 … AF-26-095) | VER-26-102 |\n| CCP-3 | metaldetektor MD-03 | 6 (AF-26-019, -036, -048, -063, -077, -090) | — |\n| CCP-4 | allergenskift linje 2 | 7 (AF-26-022 … AF-26-084) | VER-26-104 |\n| CCP-5 | modtagekontrol æg | 4 (AF-26-008, -041, -066, -093) | — |\n\nI alt 38 afvigelser, alle lukket.',
          },
          {
            say: '**HACCP-årsgennemgang 2026, Vejle (HG-VEJ-2026), v2**\n\n| CCP | proces | afvigelser | verifikation |\n|---|---|---|---|\n| CCP-1 | bagning, kernetemp. ≥ 92 °C | 9 (AF-26-011, -014, -027, -031, -044, -052, -060, -071, -088) | VER-26-101 |\n| CCP-2 | nedkøling fyld | 12 (AF-26-003 … AF-26-095) | VER-26-102 |\n| CCP-3 | metaldetektor MD-03 | 6 (AF-26-019, -036, -048, -063, -077, -090) | **VER-26-103** (kvartalsvise testlegemeprøver, 4/4 bestået) |\n| CCP-4 | allergenskift linje 2 | 7 (AF-26-022 … AF-26-084) | VER-26-104 |\n| CCP-5 | modtagekontrol æg | 4 (AF-26-008, -041, -066, -093) | **VER-26-105** (leverandøraudit Ægprodukter Fyn 14.10.2026) |\n\nI alt 38 afvigelser, alle lukket.',
          },
        ],
      },
      {
        name: 'aarsgennemgang_verifikator',
        description: 'Verificerer HACCP-dokumentation',
        instructions: 'Svar "GODKENDT: ..." eller "RETUR: <bemærkninger>".',
        prompt: 'Gennemgang til verifikation:\n{input}',
        replies: [
          {
            say: 'RETUR: CCP-3 og CCP-5 mangler verifikationsreference. Tilføj VER-nr. og hvad verifikationen bestod i.',
          },
          {
            say: "GODKENDT: HG-VEJ-2026 v2 — alle fem CCP'er har verifikation (VER-26-101 til VER-26-105), 38 afvigelser (9+12+6+7+4) lukket.",
          },
        ],
      },
      {
        name: 'kvalitetsarkiv',
        description: 'Arkiverer godkendte kvalitetsdokumenter',
        instructions: 'Arkivér dokumentet og bekræft.',
        prompt: 'Verifikation:\n{input}',
        replies: [
          {
            call: 'arkiver_dokument',
            args: { dokument: 'HG-VEJ-2026', version: 2, type: 'HACCP-årsgennemgang' },
            result:
              '{"arkiv_id": "QMS-DOC-27-00412", "status": "ARKIVERET", "naeste_gennemgang": "2028-01-31"}',
          },
          {
            say: 'HG-VEJ-2026 v2 arkiveret som QMS-DOC-27-00412. Næste årsgennemgang senest 31.1.2028.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch112Scenarios = [...faults, ...healthy];
