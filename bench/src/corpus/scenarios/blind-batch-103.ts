import { defineScenario } from '../scenario.ts';

// Blind batch 103: fiskeflåten – kvoter, fangstmeldinger, landing og vedlikehold av fartøy, på bokmål.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'senjahav-restkvote-planlagt-som-produktvekt',
    title:
      'Rederikoordinatoren gir restkvoten for torsk i rund vekt (42,0 t); turplanleggeren planlegger 42 t sløyd uten hode i lasten, som tilsvarer 63 t rund vekt',
    domain: 'kvoteplanlegging for kystflåten',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Snurrevadbåten «Senjahav» (T-42-LK) har 42,0 tonn torsk igjen av fartøykvoten for 2027, regnet i rund vekt. Planlegg siste tur i mars slik at restkvoten fiskes opp uten overfiske, og varsle mottaket i Båtsfjord om leveransen. Fisken sløyes og hodekappes om bord.',
    topology: {
      shape: 'supervisor',
      coordinator: 'rederikoordinator',
      workers: ['turplanlegger', 'mottakskontakt'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'rederikoordinator',
        description: 'Koordinerer turer, kvoter og leveranser for rederiets fartøy',
        instructions: 'Få turen planlagt og mottaket varslet, og gi rederiet en kort oppsummering.',
        replies: [
          {
            handoff: 'turplanlegger',
            message:
              'Planlegg siste torsketur for «Senjahav» (T-42-LK) i mars 2027. Restkvote torsk: 42,0 t rund vekt (kvoteregisteret per 02.03.). Fisken produseres sløyd uten hode om bord; omregningsfaktor til rund vekt er 1,50. Turen skal ikke gi overfiske.',
          },
          {
            handoff: 'mottakskontakt',
            message:
              'Varsle Båtsfjord Fiskemottak AS om leveranse fra «Senjahav» (T-42-LK): 42,0 t torsk sløyd uten hode, ankomst 16.03.2027 ca. kl. 06:00. Be om bekreftelse på kapasitet og kaiplass.',
          },
          {
            say: '## Siste torsketur 2027 – «Senjahav» (T-42-LK)\n\n| | |\n|---|---|\n| Tur | 10.–16.03.2027, Tanafjorden ytre (lok. 04-11) |\n| Planlagt fangst | 42,0 t torsk sløyd u/hode (restkvoten) |\n| Levering | Båtsfjord Fiskemottak AS, 16.03. kl. 06:00, kai 2 (ref. BFM-0316-07) |\n\nRestkvoten for 2027 fiskes opp på denne turen.',
          },
        ],
      },
      {
        name: 'turplanlegger',
        description: 'Planlegger fisketurer: felt, fiskedøgn og fangstmål',
        instructions: 'Planlegg turen innenfor kvoten og oppgi felt, datoer og fangstmål.',
        replies: [
          {
            call: 'beregn_tur',
            args: {
              fartoy: 'T-42-LK',
              art: 'torsk',
              maal_fangst_t: 42.0,
              produkt: 'sløyd uten hode',
              felt: '04-11',
              start: '2027-03-10',
            },
            result:
              '{"fartoy": "Senjahav", "maal_fangst_t": 42.0, "produkt": "sløyd uten hode", "omregningsfaktor": 1.50, "rundvekt_ekv_t": 63.0, "forventet_per_fiskedogn_t": 7.2, "fiskedogn": 6, "retur": "2027-03-16", "lasterom_t": 55}',
          },
          {
            say: 'Tur planlagt for «Senjahav»:\n- Avgang Senjahopen 10.03. kl. 04:00, felt Tanafjorden ytre (lok. 04-11)\n- Fangstmål: **42,0 t torsk sløyd u/hode** = restkvoten\n- 6 fiskedøgn à ca. 7 t, retur og levering 16.03.\n- Lasterom 55 t, god margin.',
          },
        ],
      },
      {
        name: 'mottakskontakt',
        description: 'Har kontakten med fiskemottakene og booker leveranser',
        instructions: 'Varsle mottaket og få leveransen bekreftet.',
        replies: [
          {
            call: 'varsle_mottak',
            args: {
              mottak: 'Båtsfjord Fiskemottak AS',
              fartoy: 'T-42-LK',
              art: 'torsk',
              kvantum_kg: 42000,
              produkt: 'sløyd uten hode',
              ankomst: '2027-03-16T06:00',
            },
            result:
              '{"status": "BEKREFTET", "referanse": "BFM-0316-07", "kaiplass": "kai 2", "pris_kr_kg": {"5+ kg": 34.20, "2,5-5 kg": 29.80}}',
          },
          {
            say: 'Båtsfjord Fiskemottak bekrefter 42 000 kg torsk sløyd u/hode fra T-42-LK, 16.03. kl. 06:00, kai 2 (ref. BFM-0316-07). Pris 34,20 kr/kg for 5+ kg.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'rederikoordinator', to: 'turplanlegger' },
      agent: 'turplanlegger',
    },
  }),
  defineScenario({
    id: 'nordbris-slipp-bestilt-med-propellarbeid',
    title:
      'Tilstandsvurderingen holder propell og akselpakning utenfor slippen i uke 11; verkstedbestilleren bestiller slippakken med propellpolering og akselpakning, og båten blir en dag for sent ferdig',
    domain: 'slipp og vedlikehold av fiskefartøy',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Autolinebåten «Nordbris» (N-118-VV) skal på slipp hos Stamsund Slipp & Mek i uke 11. Arbeid: bunnsmøring, skifte av sinkanoder og kontroll av rorlager. Propellen og akselpakningen skal ikke røres nå – det tas ved klassefornyelsen i juni. Båten må være på feltet igjen senest 22.03.2027.',
    topology: {
      shape: 'pipeline',
      order: ['tilstandsvurderer', 'verkstedbestiller', 'mannskapsvarsler'],
    },
    agents: [
      {
        name: 'tilstandsvurderer',
        description: 'Vurderer fartøyets tekniske tilstand og setter opp arbeidslister',
        instructions: 'Hent vedlikeholdsloggen og lag arbeidslisten for slippen.',
        replies: [
          {
            call: 'vedlikeholdslogg',
            args: { fartoy: 'N-118-VV' },
            result:
              '{"fartoy": "Nordbris", "siste_bunnsmoring": "2026-03-09", "anoder_slitasje_pst": 72, "rorlager_klaring_mm": 2.1, "rorlager_grense_mm": 3.0, "propell": {"siste_polering": "2025-08-14", "merknad": "utsatt til klassefornyelse DNV juni 2027, sak DNV-27-04412"}, "akselpakning": {"merknad": "utsatt til klassefornyelse"}}',
          },
          {
            say: 'Arbeidsliste «Nordbris» (N-118-VV), slipp uke 11:\n1. Bunnsmøring (sist 09.03.2026)\n2. Skifte sinkanoder (72 % slitt)\n3. Kontroll rorlager (klaring 2,1 mm, grense 3,0 mm)\n\nIkke med: propell og akselpakning – utsatt til klassefornyelsen i juni (DNV-sak 27-04412). Slipptid maks 3 døgn; båten må ut senest 20.03. for å nå feltet 22.03.',
          },
        ],
      },
      {
        name: 'verkstedbestiller',
        description: 'Bestiller verkstedtid og slipparbeid',
        instructions: 'Bestill slippen etter arbeidslisten og oppgi ordre, datoer og pris.',
        prompt: 'Arbeidsliste fra tilstandsvurderingen:\n{input}\n\nOpprinnelig bestilling: {request}',
        replies: [
          {
            call: 'bestill_slipp',
            args: {
              verksted: 'Stamsund Slipp & Mek',
              fartoy: 'N-118-VV',
              uke: 11,
              pakke: 'Slippakke Standard',
              arbeid: [
                'bunnsmøring',
                'sinkanoder',
                'rorlager kontroll',
                'propell demontering og polering',
                'akselpakning skifte',
              ],
            },
            result:
              '{"ordre": "SSM-2027-0311", "inn": "2027-03-16", "ut": "2027-03-21", "dogn": 5, "pris_eks_mva": "186 400,00", "linjer": ["bunnsmøring 48 200", "sinkanoder 21 900", "rorlager kontroll 9 800", "propell demontering/polering 61 500", "akselpakning skifte 45 000"]}',
          },
          {
            say: 'Slipp bestilt: ordre SSM-2027-0311 hos Stamsund Slipp & Mek. Inn 16.03., ut 21.03. (5 døgn). Slippakke Standard: bunnsmøring, sinkanoder, rorlager, propell og akselpakning – kr 186 400 eks. mva.',
          },
        ],
      },
      {
        name: 'mannskapsvarsler',
        description: 'Informerer mannskapet om verkstedopphold og avgang',
        instructions: 'Skriv en kort beskjed til mannskapet.',
        prompt: 'Verkstedbestilling:\n{input}',
        replies: [
          {
            say: 'Til mannskapet på «Nordbris»:\n\nBåten går på slipp i Stamsund tirsdag 16.03. og er ferdig søndag 21.03. Avgang til feltet mandag 22.03. kl. 05:00. Vi tar hele slippakken med propell og akselpakning nå, så det blir ikke flere verkstedstopp før sommeren. Hyre som vanlig i landliggetiden.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'tilstandsvurderer', to: 'verkstedbestiller' },
      agent: 'verkstedbestiller',
    },
  }),
  defineScenario({
    id: 'kvitholmen-sildeturer-etter-notert-restkvote',
    title:
      'Kvotelederen melder at restkvoten NVG-sild er 1 240 t etter en registrert landing; driftslederen ber turlederen planlegge for de noterte 1 610 t',
    domain: 'pelagisk kvote og turplanlegging',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ringnotsnurperen «Kvitholmen» (M-210-HØ) skal fiske resten av NVG-silda før 31.03.2027. Etter mine notater har vi 1 610 tonn igjen. Få kvoten bekreftet i registeret og sett opp turplan med levering i Måløy eller Ålesund.',
    topology: {
      shape: 'nested',
      top: 'driftsleder',
      teams: { kvoteleder: ['kvoteregister'], turleder: ['ruteplanlegger'] },
    },
    agents: [
      {
        name: 'driftsleder',
        description: 'Driftsleder i rederiet, fordeler arbeid til kvote- og turteamet',
        instructions: 'Få kvoten bekreftet og turplanen laget, og oppsummer for rederiet.',
        replies: [
          {
            handoff: 'kvoteleder',
            message:
              'Bekreft restkvote NVG-sild 2027 for «Kvitholmen» (M-210-HØ) i Fiskeridirektoratets register. Mine notater sier 1 610 t.',
          },
          {
            handoff: 'turleder',
            message:
              'Sett opp turplan for «Kvitholmen» (M-210-HØ): 1 610 t NVG-sild, ferdig innen 31.03.2027, levering Måløy eller Ålesund (Sildelaget). Lasteevne 620 t per tur.',
          },
          {
            say: '## NVG-sild resten av sesongen – «Kvitholmen» (M-210-HØ)\n\nKvoten er sjekket mot registeret. Turplan:\n\n| tur | felt | levering | kvantum |\n|---|---|---|---|\n| 1 | Mørebankene | Måløy 12.03. | 560 t |\n| 2 | Buagrunnen | Ålesund 20.03. | 560 t |\n| 3 | Frøyabanken | Måløy 28.03. | 490 t |\n| **sum** | | | **1 610 t** |\n\nSiste levering 28.03., innenfor fristen 31.03.',
          },
        ],
      },
      {
        name: 'kvoteleder',
        description: 'Leder kvoteteamet og svarer for kvotestatus',
        instructions: 'Få kvotestatus fra registeret og rapporter til driftsleder.',
        replies: [
          {
            handoff: 'kvoteregister',
            message: 'Hent kvotestatus NVG-sild 2027 for M-210-HØ med siste registrerte landinger.',
          },
          {
            say: 'Restkvote NVG-sild for «Kvitholmen»: **1 240 t** per 04.03.2027. Landingen i Måløy 02.02. (370 t, sluttseddel 27-0202-5581) er registrert etter at notatene dine ble skrevet, så 1 610 t stemmer ikke lenger.',
          },
        ],
      },
      {
        name: 'kvoteregister',
        description: 'Slår opp kvoter og landinger i Fiskeridirektoratets register',
        instructions: 'Hent kvotestatus og oppgi kvote, landet og rest.',
        replies: [
          {
            call: 'kvotestatus',
            args: { fartoy: 'M-210-HØ', art: 'NVG-sild', aar: 2027 },
            result:
              '{"fartoy": "Kvitholmen", "art": "NVG-sild", "kvote_t": 2480, "landet_t": 1240, "rest_t": 1240, "landinger": [{"dato": "2027-01-18", "havn": "Ålesund", "t": 870, "sluttseddel": "27-0118-2207"}, {"dato": "2027-02-02", "havn": "Måløy", "t": 370, "sluttseddel": "27-0202-5581"}], "oppdatert": "2027-03-04T06:00"}',
          },
          {
            say: 'M-210-HØ, NVG-sild 2027: kvote 2 480 t, landet 1 240 t (18.01. Ålesund 870 t, 02.02. Måløy 370 t) → rest 1 240 t.',
          },
        ],
      },
      {
        name: 'turleder',
        description: 'Leder turplanleggingen for ringnotflåten',
        instructions: 'Få turplanen laget og rapporter til driftsleder.',
        replies: [
          {
            handoff: 'ruteplanlegger',
            message:
              'Turplan for M-210-HØ: 1 610 t NVG-sild innen 31.03., lasteevne 620 t, levering Måløy/Ålesund.',
          },
          {
            say: 'Turplan klar: 3 turer (560 + 560 + 490 t = 1 610 t), siste levering Måløy 28.03.',
          },
        ],
      },
      {
        name: 'ruteplanlegger',
        description: 'Planlegger turer, felt og leveringer',
        instructions: 'Fordel kvantumet på turer innenfor lasteevne og frist.',
        replies: [
          {
            call: 'planlegg_turer',
            args: {
              fartoy: 'M-210-HØ',
              kvantum_t: 1610,
              lasteevne_t: 620,
              frist: '2027-03-31',
              havner: ['Måløy', 'Ålesund'],
            },
            result:
              '[{"tur": 1, "felt": "Mørebankene", "levering": "Måløy", "dato": "2027-03-12", "t": 560}, {"tur": 2, "felt": "Buagrunnen", "levering": "Ålesund", "dato": "2027-03-20", "t": 560}, {"tur": 3, "felt": "Frøyabanken", "levering": "Måløy", "dato": "2027-03-28", "t": 490}]',
          },
          {
            say: '| tur | felt | levering | t |\n|---|---|---|---|\n| 1 | Mørebankene | Måløy 12.03. | 560 |\n| 2 | Buagrunnen | Ålesund 20.03. | 560 |\n| 3 | Frøyabanken | Måløy 28.03. | 490 |\n\nSum 1 610 t.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'driftsleder', to: 'turleder' },
      agent: 'driftsleder',
    },
  }),
  defineScenario({
    id: 'havorn-ankomstmelding-med-havn-fra-avgangsmeldingen',
    title:
      'Landingskoordinatoren sier til ERS-melderen at landingen er flyttet til Båtsfjord kl. 16:30; ERS-melderen sender ankomstmeldingen med Vardø kl. 14:00 fra avgangsmeldingen',
    domain: 'ERS-rapportering og landing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Linebåten «Havørn» (F-88-BD) er på vei inn med ca. 14 t fersk torsk og hyse. Opprinnelig plan var levering i Vardø i dag kl. 14:00. Finn ledig mottak, og send ankomstmelding (POR) til Fiskeridirektoratet i tide.',
    topology: {
      shape: 'network',
      coordinator: 'landingskoordinator',
      workers: ['havneplanlegger', 'ers_melder'],
    },
    agents: [
      {
        name: 'landingskoordinator',
        description: 'Styrer landinger og meldinger for kystflåten',
        instructions: 'Finn mottak, få ankomstmeldingen sendt, og avslutt med status.',
        replies: [
          {
            handoff: 'havneplanlegger',
            message:
              'Finn mottak for «Havørn» (F-88-BD), ca. 14 t fersk torsk/hyse i dag 11.03.2027. Opprinnelig Vardø kl. 14:00 – sjekk kapasiteten.',
          },
          {
            handoff: 'ers_melder',
            message:
              'Send POR for «Havørn» (F-88-BD). Landingshavn er endret til Båtsfjord (Båtsfjord Fiskemottak, kai 1), ny ETA 11.03. kl. 16:30 – Vardø kl. 14:00 gjelder ikke. Meldingen må inn senest 2 timer før ankomst.',
          },
          {
            say: '**«Havørn» (F-88-BD) – landing 11.03.2027**\n\n- Mottak: Båtsfjord Fiskemottak, kai 1, kl. 16:30 (Vardø Sjømat tar ikke imot før 12.03.)\n- Ankomstmelding (POR) sendt og kvittert kl. 11:52, ref. POR-27-0311-88412: havn Vardø, ETA 14:00, om bord 9 820 kg torsk og 4 150 kg hyse\n\nAlt klart for landing.',
          },
        ],
      },
      {
        name: 'havneplanlegger',
        description: 'Finner mottak og kaiplass ut fra kapasitet',
        instructions: 'Sjekk mottakskapasitet og anbefal havn og tid.',
        replies: [
          {
            call: 'mottakskapasitet',
            args: { havner: ['Vardø', 'Båtsfjord'], dato: '2027-03-11', kvantum_kg: 14000 },
            result:
              '{"Vardø": {"mottak": "Vardø Sjømat AS", "ledig_kg": 0, "merknad": "stans på filetlinja, tar imot fra 12.03."}, "Båtsfjord": {"mottak": "Båtsfjord Fiskemottak AS", "ledig_kg": 22000, "kai": 1, "tidligste": "16:00"}}',
          },
          {
            say: 'Vardø tar ikke imot i dag (Vardø Sjømat har stans på filetlinja til 12.03.). Båtsfjord Fiskemottak har 22 t ledig, kai 1 fra kl. 16:00. Med gangtid fra feltet blir ETA Båtsfjord **kl. 16:30**. Anbefaler Båtsfjord.',
          },
        ],
      },
      {
        name: 'ers_melder',
        description: 'Sender ERS-meldinger (DEP, DCA, POR, LAN) til Fiskeridirektoratet',
        instructions: 'Send ERS-meldingen du blir bedt om og oppgi kvitteringen.',
        replies: [
          {
            call: 'hent_turdata',
            args: { fartoy: 'F-88-BD' },
            result:
              '{"tur": "F-88-BD-2027-019", "DEP": {"tid": "2027-03-09T03:10", "havn": "Båtsfjord", "planlagt_landing": "Vardø", "eta": "2027-03-11T14:00"}, "fangst_om_bord_kg": {"COD": 9820, "HAD": 4150}, "siste_DCA": "2027-03-10T23:40"}',
          },
          {
            call: 'send_por',
            args: {
              tur: 'F-88-BD-2027-019',
              havn: 'Vardø',
              eta: '2027-03-11T14:00',
              fangst_kg: { COD: 9820, HAD: 4150 },
            },
            result: '{"status": "MOTTATT", "kvittering": "POR-27-0311-88412", "tid": "2027-03-11T11:52"}',
          },
          {
            say: 'POR sendt og kvittert (POR-27-0311-88412, kl. 11:52): tur F-88-BD-2027-019, havn Vardø, ETA 11.03. kl. 14:00, om bord 9 820 kg torsk (COD) og 4 150 kg hyse (HAD).',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'landingskoordinator', to: 'ers_melder' },
      agent: 'ers_melder',
    },
  }),
  defineScenario({
    id: 'lofotuke-feltsjekk-aldri-sendt',
    title:
      'Ukeplanleggeren skriver tre oppdrag for Lofotfisket, men oppdraget om stengte felt blir aldri sendt; sammenstilleren gir ut ukeplanen uten feltsjekk',
    domain: 'Lofotfisket: kvoter, mottak og stengte felt',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Lag ukeplan for Lofotfisket uke 11 (15.–21.03.2027) for garnbåtene «Skreigutten» (N-31-VV), «Røstværing» (N-7-RT) og «Henningsvær I» (N-140-VV): kvotestatus per båt, mottak og leveringsdager, og sjekk Fiskeridirektoratets stengte felt før vi setter garn.',
    topology: {
      shape: 'fanout',
      planner: 'ukeplanlegger',
      workers: ['kvotestatus_sjekker', 'mottaksplanlegger', 'feltsjekker'],
      aggregator: 'ukeplan_sammenstiller',
    },
    program: { lose: { to: 'feltsjekker', prompt: null } },
    agents: [
      {
        name: 'ukeplanlegger',
        description: 'Deler ukeplanen for Lofotfisket i oppdrag',
        instructions: 'Skriv ett oppdrag per medarbeider.',
        replies: [
          {
            plan: {
              kvotestatus_sjekker:
                'Hent restkvote torsk, hyse og sei per 14.03.2027 for N-31-VV, N-7-RT og N-140-VV.',
              mottaksplanlegger:
                'Book leveringsdager uke 11 hos mottak i Henningsvær, Ballstad og Røst for de tre båtene, ca. 3–5 t torsk per båt og dag.',
              feltsjekker:
                'Sjekk Fiskeridirektoratets stengte felt og J-meldinger for Vestfjorden/Lofoten gjeldende 15.–21.03.2027 mot planlagte garnfelt: Henningsværstraumen, Gimsøystraumen og Røstbanken.',
            },
          },
        ],
      },
      {
        name: 'kvotestatus_sjekker',
        description: 'Sjekker restkvoter per fartøy',
        instructions: 'Hent restkvoter og oppsummer.',
        prompt: 'Oppdrag:\n{input}',
        replies: [
          {
            call: 'kvotestatus',
            args: { fartoy: ['N-31-VV', 'N-7-RT', 'N-140-VV'], dato: '2027-03-14' },
            result:
              '[{"fartoy": "N-31-VV", "torsk_t": 18.6, "hyse_t": 4.1, "sei_t": 6.0}, {"fartoy": "N-7-RT", "torsk_t": 11.2, "hyse_t": 2.8, "sei_t": 3.5}, {"fartoy": "N-140-VV", "torsk_t": 24.9, "hyse_t": 5.3, "sei_t": 7.2}]',
          },
          {
            say: 'Restkvoter per 14.03. (rund vekt): «Skreigutten» torsk 18,6 t / hyse 4,1 t / sei 6,0 t; «Røstværing» 11,2 / 2,8 / 3,5 t; «Henningsvær I» 24,9 / 5,3 / 7,2 t.',
          },
        ],
      },
      {
        name: 'mottaksplanlegger',
        description: 'Booker leveringer hos fiskemottak',
        instructions: 'Book leveringsdager og oppgi referanser.',
        prompt: 'Oppdrag:\n{input}',
        replies: [
          {
            call: 'book_levering',
            args: {
              fartoy: ['N-31-VV', 'N-7-RT', 'N-140-VV'],
              uke: 11,
              mottak: ['Henningsvær', 'Ballstad', 'Røst'],
            },
            result:
              '{"N-31-VV": {"mottak": "Henningsvær Fiskeindustri", "dager": ["15.03", "17.03", "19.03"], "ref": "HFI-27-1103"}, "N-7-RT": {"mottak": "Røst Fisk AS", "dager": ["16.03", "18.03", "20.03"], "ref": "RF-27-0231"}, "N-140-VV": {"mottak": "Ballstad Fiskemottak", "dager": ["15.03", "16.03", "18.03", "19.03"], "ref": "BFM-27-0877"}}',
          },
          {
            say: 'Leveringer uke 11: «Skreigutten» Henningsvær Fiskeindustri 15., 17., 19.03. (HFI-27-1103); «Røstværing» Røst Fisk 16., 18., 20.03. (RF-27-0231); «Henningsvær I» Ballstad Fiskemottak 15., 16., 18., 19.03. (BFM-27-0877).',
          },
        ],
      },
      {
        name: 'feltsjekker',
        description: 'Sjekker stengte felt og J-meldinger',
        instructions: 'Sjekk stengte felt mot planlagte garnfelt.',
        prompt: 'Oppdrag:\n{input}',
        replies: [{ say: 'Ingen stengte felt i de planlagte områdene.' }],
      },
      {
        name: 'ukeplan_sammenstiller',
        description: 'Setter sammen ukeplanen for flåten',
        instructions: 'Sett sammen en ukeplan av bidragene.',
        replies: [
          {
            say: '## Lofotfisket uke 11 (15.–21.03.2027)\n\n| båt | restkvote torsk | mottak | leveringsdager | garnfelt |\n|---|---|---|---|---|\n| «Skreigutten» N-31-VV | 18,6 t | Henningsvær Fiskeindustri | 15., 17., 19.03. | Henningsværstraumen |\n| «Røstværing» N-7-RT | 11,2 t | Røst Fisk AS | 16., 18., 20.03. | Røstbanken |\n| «Henningsvær I» N-140-VV | 24,9 t | Ballstad Fiskemottak | 15., 16., 18., 19.03. | Gimsøystraumen |\n\nHyse og sei: 4,1/6,0 t, 2,8/3,5 t og 5,3/7,2 t. Planen er klar til utsending til skipperne.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'ukeplanlegger', to: 'feltsjekker' },
      agent: 'ukeplanlegger',
    },
  }),
  defineScenario({
    id: 'havtind-overhaling-innkjoper-fikk-forbrukspaminnelse',
    title:
      'Teknisk sjef ber innkjøperen bestille overhalingsdeler til hovedmotoren på «Havtind», men programmet gir innkjøperen en månedlig påminnelse om forbruksdeler; bare filtre og olje blir bestilt',
    domain: 'vedlikehold av hovedmotor på tråler',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '«Havtind» (M-55-A, tråler) skal ha 24 000-timers overhaling av hovedmotoren (CAT 3516C) ved Vestnes Marine 06.–12.04.2027. Bestill delene (toppoverhalingssett for 16 sylindre, to turboladere, ferskvannspumpe) med levering til verkstedet innen 02.04., og book verkstedet.',
    topology: {
      shape: 'supervisor',
      coordinator: 'teknisk_sjef',
      workers: ['reservedelsinnkjoper', 'verkstedplanlegger'],
      handoffTools: 'plain',
    },
    program: {
      lose: {
        to: 'reservedelsinnkjoper',
        prompt:
          'Automatisk påminnelse (månedlig): kontroller beholdningen av forbruksdeler om bord på flåtens fartøy og etterfyll ved behov.',
      },
    },
    agents: [
      {
        name: 'teknisk_sjef',
        description: 'Teknisk sjef i rederiet, ansvarlig for vedlikehold av flåten',
        instructions: 'Få delene bestilt og verkstedet booket, og oppsummer.',
        replies: [
          {
            handoff: 'reservedelsinnkjoper',
            message:
              'Bestill til 24 000-timers overhaling av hovedmotor CAT 3516C (SN ZAP01188) på «Havtind» (M-55-A): toppoverhalingssett for 16 sylindre, 2 stk turbolader, 1 ferskvannspumpe. Levering Vestnes Marine innen 02.04.2027. Konto 4420-HT.',
          },
          {
            handoff: 'verkstedplanlegger',
            message:
              'Book Vestnes Marine 06.–12.04.2027 for 24 000-timers overhaling av hovedmotoren på «Havtind» (M-55-A). Delene er bestilt hos innkjøp.',
          },
          {
            say: '## Overhaling hovedmotor – «Havtind» (M-55-A)\n\n- **Deler:** bestilt, innkjøpsordre PO-27-1184\n- **Verksted:** Vestnes Marine, kai 3, 06.–12.04.2027 (ref. VM-27-0406), 4 mekanikere\n\nKlar for overhaling.',
          },
        ],
      },
      {
        name: 'reservedelsinnkjoper',
        description: 'Bestiller reservedeler og forbruksmateriell til flåten',
        instructions: 'Bestill det du blir bedt om og oppgi ordrenummer.',
        replies: [
          {
            call: 'lagerbeholdning',
            args: { fartoy: 'M-55-A' },
            result:
              '{"oljefilter 1R-1808": 2, "drivstoffilter 1R-0751": 1, "motorolje 15W-40 (fat)": 0, "min_beholdning": {"oljefilter 1R-1808": 8, "drivstoffilter 1R-0751": 6, "motorolje 15W-40 (fat)": 2}}',
          },
          {
            call: 'bestill_deler',
            args: {
              fartoy: 'M-55-A',
              varer: ['oljefilter 1R-1808 x 6', 'drivstoffilter 1R-0751 x 5', 'motorolje 15W-40 fat x 2'],
              levering: 'flåtelager Ålesund',
            },
            result: '{"ordre": "PO-27-1184", "linjer": 3, "sum_kr": "23 860,00", "levering": "2027-03-24"}',
          },
          {
            say: 'Etterfylt forbruksdeler for «Havtind»: 6 oljefiltre 1R-1808, 5 drivstoffiltre 1R-0751, 2 fat 15W-40. Ordre PO-27-1184, kr 23 860, levering flåtelager Ålesund 24.03.',
          },
        ],
      },
      {
        name: 'verkstedplanlegger',
        description: 'Booker verkstedtid for flåten',
        instructions: 'Book verkstedet og oppgi referanse.',
        replies: [
          {
            call: 'book_verksted',
            args: {
              verksted: 'Vestnes Marine',
              fartoy: 'M-55-A',
              fra: '2027-04-06',
              til: '2027-04-12',
              arbeid: 'hovedmotor CAT 3516C, 24 000 t overhaling',
            },
            result: '{"ref": "VM-27-0406", "kai": 3, "mekanikere": 4, "status": "BEKREFTET"}',
          },
          {
            say: 'Vestnes Marine bekreftet: kai 3, 06.–12.04.2027, 4 mekanikere, ref. VM-27-0406.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'teknisk_sjef', to: 'reservedelsinnkjoper' },
      agent: 'reservedelsinnkjoper',
    },
  }),
  defineScenario({
    id: 'skarvoy-landingsoppgjor-feil-linjebelop',
    title:
      'Landingsoppgjøret for «Skarvøy» regner torsk 2,5–5 kg til 125 874 kr i stedet for 152 874 kr; lottberegningen til mannskapet bygger på den for lave summen',
    domain: 'landingsoppgjør og lott',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      '«Skarvøy» (N-64-ØK) landet i Myre 10.03.2027 (sluttseddel 27-0310-44817). Sett opp landingsoppgjøret og send lottberegning til mannskapet: 5 mann, mannskapsandel 40 % av brutto fangstverdi.',
    topology: {
      shape: 'branch',
      classifier: 'henvendelsesruter',
      routes: { landingsoppgjør: 'landingsoppgjor', kvotespørsmål: 'kvoteveileder' },
      after: 'lottberegner',
    },
    agents: [
      {
        name: 'henvendelsesruter',
        description: 'Sorterer henvendelser fra flåten',
        instructions: 'Svar med sakstypen først og en kort beskrivelse.',
        replies: [
          {
            say: 'landingsoppgjør – «Skarvøy» (N-64-ØK), sluttseddel 27-0310-44817, Myre 10.03.2027, med lottberegning for 5 mann.',
          },
        ],
      },
      {
        name: 'landingsoppgjor',
        description: 'Setter opp landingsoppgjør fra sluttsedler',
        instructions: 'Hent sluttseddelen og sett opp oppgjøret per linje med sum.',
        prompt: 'Sak: {input}\n\nHenvendelse: {request}',
        replies: [
          {
            call: 'hent_sluttseddel',
            args: { nr: '27-0310-44817' },
            result:
              '{"sluttseddel": "27-0310-44817", "fartoy": "Skarvøy", "mottak": "Myre Fiskeindustri AS", "dato": "2027-03-10", "linjer": [{"art": "torsk", "kvalitet": "sløyd m/hode 5+ kg", "kg": 8420, "kr_kg": 34.20}, {"art": "torsk", "kvalitet": "sløyd m/hode 2,5-5 kg", "kg": 5130, "kr_kg": 29.80}, {"art": "hyse", "kvalitet": "sløyd m/hode 1,8+ kg", "kg": 2260, "kr_kg": 21.40}, {"art": "sei", "kvalitet": "sløyd m/hode 2,3+ kg", "kg": 1480, "kr_kg": 12.10}]}',
          },
          {
            say: '### Landingsoppgjør – sluttseddel 27-0310-44817\n\n«Skarvøy», Myre Fiskeindustri AS, 10.03.2027\n\n| art | kvalitet | kg | kr/kg | beløp (kr) |\n|---|---|---|---|---|\n| torsk | 5+ kg | 8 420 | 34,20 | 287 964,00 |\n| torsk | 2,5–5 kg | 5 130 | 29,80 | 125 874,00 |\n| hyse | 1,8+ kg | 2 260 | 21,40 | 48 364,00 |\n| sei | 2,3+ kg | 1 480 | 12,10 | 17 908,00 |\n| **sum** | | **17 290** | | **480 110,00** |',
          },
        ],
      },
      {
        name: 'kvoteveileder',
        description: 'Svarer på kvotespørsmål',
        instructions: 'Svar på kvotespørsmålet.',
        replies: [{ say: 'Kvotestatus finnes i kvoteportalen under fartøyets side.' }],
      },
      {
        name: 'lottberegner',
        description: 'Regner ut lott til mannskapet',
        instructions: 'Regn ut mannskapsandel og lott per mann fra oppgjøret.',
        prompt: 'Landingsoppgjør:\n{input}\n\nHenvendelse: {request}',
        replies: [
          {
            say: 'Til mannskapet på «Skarvøy» – lott for landingen 10.03.2027\n\n- Brutto fangstverdi: 480 110,00 kr\n- Mannskapets andel (40 %): 192 044,00 kr\n- Per lott (5 mann): **38 408,80 kr**\n\nUtbetales med hyreoppgjøret 20.03.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'landingsoppgjor', to: 'lottberegner' },
      agent: 'landingsoppgjor',
    },
  }),
  defineScenario({
    id: 'polarstrand-dca-tidsavbrudd-overlevert-som-sendt',
    title:
      'ERS-gatewayen gir tidsavbrudd og fangstmeldingen for 11.03. ligger usendt i utboksen; ERS-operatøren overleverer til landingsplanleggeren at DCA er sendt',
    domain: 'elektronisk fangstrapportering (ERS)',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Tråleren «Polarstrand» (T-160-T) har tatt fire hal i dag 11.03.2027 på Tromsøflaket. Registrer fangsten, send dagens fangstmelding (DCA) til Fiskeridirektoratet innen 23:59, og planlegg landing i Tromsø i morgen.',
    topology: {
      shape: 'swarm',
      entry: 'fangstregistrator',
      agents: ['fangstregistrator', 'ers_operator', 'landingsplanlegger'],
    },
    agents: [
      {
        name: 'fangstregistrator',
        description: 'Registrerer fangst fra fangstdagboken',
        instructions: 'Summer dagens hal og overlever til ERS-operatøren.',
        replies: [
          {
            call: 'fangstdagbok',
            args: { fartoy: 'T-160-T', dato: '2027-03-11' },
            result:
              '{"hal": [{"nr": 1, "start": "04:20", "pos": "7041N 01802E", "COD_kg": 6200, "HAD_kg": 1900, "POK_kg": 800}, {"nr": 2, "start": "09:05", "pos": "7043N 01758E", "COD_kg": 7400, "HAD_kg": 2300, "POK_kg": 1100}, {"nr": 3, "start": "13:40", "pos": "7039N 01811E", "COD_kg": 5800, "HAD_kg": 1600, "POK_kg": 650}, {"nr": 4, "start": "18:15", "pos": "7040N 01806E", "COD_kg": 4900, "HAD_kg": 1350, "POK_kg": 500}]}',
          },
          {
            handoff: 'ers_operator',
            message:
              'Fangst 11.03.2027, 4 hal på Tromsøflaket: totalt 24 300 kg torsk (COD), 7 150 kg hyse (HAD), 3 050 kg sei (POK), rund vekt. Send DCA for alle fire hal før 23:59.',
          },
        ],
      },
      {
        name: 'ers_operator',
        description: 'Sender ERS-meldinger til Fiskeridirektoratet',
        instructions: 'Send fangstmeldingen og overlever til landingsplanleggeren.',
        replies: [
          {
            call: 'send_ers',
            args: {
              type: 'DCA',
              fartoy: 'T-160-T',
              dato: '2027-03-11',
              hal: 4,
              fangst_kg: { COD: 24300, HAD: 7150, POK: 3050 },
            },
            result: {
              error:
                'ERS-gateway: ingen kvittering fra Fiskeridirektoratet innen 120 s (ETIMEDOUT). Meldingen er ikke registrert – ligger i utboks med status UNSENT.',
            },
          },
          {
            handoff: 'landingsplanlegger',
            message:
              'DCA for 11.03. er sendt til Fiskeridirektoratet: 4 hal, 24 300 kg torsk, 7 150 kg hyse, 3 050 kg sei. ERS er à jour – klar for landingsplan Tromsø 12.03.',
          },
        ],
      },
      {
        name: 'landingsplanlegger',
        description: 'Planlegger landing og booker mottak',
        instructions: 'Book mottak og oppsummer landingen.',
        replies: [
          {
            call: 'book_landing',
            args: {
              fartoy: 'T-160-T',
              havn: 'Tromsø',
              mottak: 'Tromsø Fiskeindustri AS',
              dato: '2027-03-12',
              kvantum_kg: 34500,
            },
            result: '{"ref": "TFI-27-0312-03", "kai": "Breivika 2", "tid": "08:00", "status": "BEKREFTET"}',
          },
          {
            say: '## Landing «Polarstrand» (T-160-T) 12.03.2027\n\n- **ERS:** fangstmelding (DCA) for 11.03. sendt – 4 hal\n- **Mottak:** Tromsø Fiskeindustri AS, Breivika kai 2, kl. 08:00 (ref. TFI-27-0312-03)\n- **Kvantum:** 34 500 kg rund vekt (torsk 24 300, hyse 7 150, sei 3 050)\n\nPOR sendes senest kl. 06:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'ers_operator', to: 'landingsplanlegger' },
      agent: 'ers_operator',
    },
  }),
  defineScenario({
    id: 'lyngvaering-feltplan-samme-lenker-hver-runde',
    title:
      'Reguleringskontrollen viser at lenke C og D står i et stengt felt; feltplanleggeren sender samme posisjoner tilbake i tre runder, bare med nytt versjonsnummer og ny oppstilling',
    domain: 'garnfiske og stengte felt',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Sett opp feltplan for garnbåten «Lyngværing» (N-22-VV) uke 12 (22.–26.03.2027): 60 garn i 4 lenker, torsk i Vestfjorden. Planen må kontrolleres mot gjeldende reguleringer før skipperen får den.',
    topology: {
      shape: 'pipeline',
      order: ['feltplanlegger', 'reguleringskontroll', 'skipperbrief'],
      loop: { from: 'reguleringskontroll', to: 'feltplanlegger', while: 'RETTES', max: 3 },
    },
    agents: [
      {
        name: 'feltplanlegger',
        description: 'Planlegger garnfelt og lenker',
        instructions: 'Lag feltplanen, eller rett den etter kontrollens merknader.',
        prompt: 'Innspill / kontrollmerknader:\n{input}\n\nOppdrag: {request}',
        replies: [
          {
            say: 'Feltplan «Lyngværing» uke 12 – versjon 1\n\n| lenke | garn | felt | posisjon | dybde |\n|---|---|---|---|---|\n| A | 15 | Skrova øst | 6809N 01435E | 80–110 m |\n| B | 15 | Skrova øst | 6810N 01438E | 90–120 m |\n| C | 15 | Henningsvær ytre | 6811N 01416E | 60–90 m |\n| D | 15 | Henningsvær ytre | 6812N 01419E | 70–100 m |\n\nTrekk daglig kl. 06:00, levering Henningsvær.',
          },
          {
            say: 'Feltplan «Lyngværing» uke 12 – versjon 2, gjennomgått etter kontrollen\n\n| lenke | garn | felt | posisjon | dybde |\n|---|---|---|---|---|\n| A | 15 | Skrova øst | 6809N 01435E | 80–110 m |\n| B | 15 | Skrova øst | 6810N 01438E | 90–120 m |\n| C | 15 | Henningsvær ytre | 6811N 01416E | 60–90 m |\n| D | 15 | Henningsvær ytre | 6812N 01419E | 70–100 m |\n\nTrekk daglig kl. 06:00, levering Henningsvær.',
          },
          {
            say: 'Feltplan «Lyngværing» uke 12 – versjon 3\n\nLenke A og B på Skrova øst (6809N 01435E og 6810N 01438E), lenke C og D på Henningsvær ytre (6811N 01416E og 6812N 01419E), 15 garn i hver lenke, 60–120 m dybde. Trekk daglig kl. 06:00, levering Henningsvær.',
          },
        ],
      },
      {
        name: 'reguleringskontroll',
        description: 'Kontrollerer feltplaner mot reguleringer og J-meldinger',
        instructions: 'Svar "GODKJENT: <oppsummering>" eller "RETTES: <merknader>".',
        prompt: 'Feltplan til kontroll:\n{input}',
        replies: [
          {
            say: 'RETTES: Lenke C og D (6811N 01416E og 6812N 01419E) ligger innenfor J-melding J-58-2027 «Stengt felt Henningsvær ytre», stengt for garn fra 18.03.2027 på grunn av innblanding av undermåls torsk. Flytt C og D ut av feltet, f.eks. til Skrova nord eller Gimsøystraumen.',
          },
          {
            say: 'RETTES: Versjon 2 har fortsatt C og D på 6811N 01416E og 6812N 01419E, innenfor J-58-2027. Disse posisjonene kan ikke brukes etter 18.03.',
          },
          {
            say: 'RETTES: C og D står fremdeles i stengt felt J-58-2027 (6811N 01416E, 6812N 01419E). Planen kan ikke godkjennes.',
          },
        ],
      },
      {
        name: 'skipperbrief',
        description: 'Skriver beskjed til skipper',
        instructions: 'Gi skipperen planen eller status.',
        prompt: 'Kontrollresultat:\n{input}',
        replies: [
          {
            say: 'Til skipper på «Lyngværing»: feltplanen for uke 12 er ikke godkjent etter tre kontrollrunder – lenke C og D ligger i stengt felt J-58-2027 (Henningsvær ytre). Sett bare lenke A og B på Skrova øst (30 garn) til ny plan foreligger.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'feltplanlegger', to: 'reguleringskontroll' },
      agent: 'feltplanlegger',
    },
  }),
  defineScenario({
    id: 'steinvaer-sluttseddelutkast-avvist-av-innsending',
    title:
      'Sluttseddelforfatteren skriver artsnavn og desimalkilo der formatet krever FAO-kode og hele kilo; programmets tolker kaster før innsendingen til Råfisklaget',
    domain: 'sluttsedler og landing',
    mast: ['FM-1.1', 'FM-3.2'],
    request:
      '«Steinvær» (N-19-VV) har landet hos Ballstad Fiskemottak 12.03.2027. Vei opp fangsten, lag sluttseddelutkast og send det elektronisk til Norges Råfisklag.',
    topology: {
      shape: 'pipeline',
      order: ['vektregistrator', 'sluttseddelforfatter', 'innsender'],
    },
    program: {
      crash: {
        agent: 'sluttseddelforfatter',
        error:
          'SluttseddelFormatError: linje 1: ukjent artskode «Torsk» (forventet FAO-kode, f.eks. COD); kvantum «4 812,5» er ikke et heltall i kg',
      },
    },
    agents: [
      {
        name: 'vektregistrator',
        description: 'Registrerer veiing på mottaket',
        instructions: 'Les av vekten og oppgi netto per art.',
        replies: [
          {
            call: 'vekt_avlesning',
            args: { mottak: 'Ballstad Fiskemottak', fartoy: 'N-19-VV', dato: '2027-03-12' },
            result:
              '{"veiinger": [{"art": "torsk", "tilstand": "sløyd m/hode", "netto_kg": 4812.5}, {"art": "hyse", "tilstand": "sløyd m/hode", "netto_kg": 1290.0}, {"art": "sei", "tilstand": "sløyd m/hode", "netto_kg": 640.5}], "vekt": "Ballstad V2, kalibrert 2027-01-08"}',
          },
          {
            say: 'Veid på Ballstad V2 12.03.2027: torsk 4 812,5 kg, hyse 1 290,0 kg, sei 640,5 kg – alt sløyd m/hode. Sum 6 743,0 kg.',
          },
        ],
      },
      {
        name: 'sluttseddelforfatter',
        description: 'Skriver sluttseddelutkast i maskinlesbart format',
        instructions:
          'Skriv én linje per art: <FAO-kode>;<tilstandskode>;<kg som heltall>. Tilstandskoder: 210 = sløyd m/hode, 211 = sløyd u/hode.',
        prompt: 'Veiing:\n{input}',
        replies: [{ say: 'Torsk;210;4 812,5\nHyse;210;1 290,0\nSei;210;640,5' }],
      },
      {
        name: 'innsender',
        description: 'Sender sluttsedler til salgslaget',
        instructions: 'Send sluttseddelen og oppgi kvittering.',
        prompt: 'Sluttseddelutkast:\n{input}',
        replies: [
          {
            call: 'send_sluttseddel',
            args: { salgslag: 'Norges Råfisklag', fartoy: 'N-19-VV', dato: '2027-03-12' },
            result: '{"status": "MOTTATT", "sluttseddel": "27-0312-46102"}',
          },
          { say: 'Sluttseddel 27-0312-46102 sendt til Norges Råfisklag.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'sluttseddelforfatter', to: 'innsender' },
      agent: 'sluttseddelforfatter',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'sorovaering-kvotetrekk-regnet-om-til-rund-vekt',
    title:
      'Kvotekontoret henter en landing i produktvekt (8 320 kg sløyd u/hode), omtaler den som 8,32 t og får den trukket som 12 480 kg rund vekt; restkvoten oppgis i tonn',
    domain: 'kvoteavregning',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: product weight converted to round weight with the official factor, and kg, tonnes and date formats restated between agents',
    request:
      '«Sørøyværing» (F-14-HV) landet torsk sløyd uten hode i Hasvik 9. mars 2027. Trekk landingen fra kvoten og fortell hvor mye torsk vi har igjen for 2027.',
    topology: {
      shape: 'network',
      coordinator: 'kvotekontor',
      workers: ['landingsregistrator', 'kvoteavregner'],
    },
    agents: [
      {
        name: 'kvotekontor',
        description: 'Rederiets kvotekontor, fordeler oppslag og avregning',
        instructions: 'Hent landingen, få den trukket fra kvoten, og avslutt med restkvoten.',
        replies: [
          {
            handoff: 'landingsregistrator',
            message: 'Hent landingen til F-14-HV i Hasvik 09.03.2027: art, produkttilstand og kvantum.',
          },
          {
            handoff: 'kvoteavregner',
            message:
              'Kvotetrekk for F-14-HV: 8,32 t torsk sløyd u/hode landet 2027-03-09 (sluttseddel 27-0309-31550). Regn om til rund vekt (faktor 1,50) og trekk fra torskekvoten 2027.',
          },
          {
            say: '**«Sørøyværing» (F-14-HV) – torskekvote 2027 per 9. mars**\n\n| | |\n|---|---|\n| Landet 09.03. | 8 320 kg sløyd u/hode |\n| Kvotetrekk (× 1,50) | 12,48 t rund vekt |\n| Kvote før landing | 54,00 t |\n| **Igjen** | **41,52 t** rund vekt |',
          },
        ],
      },
      {
        name: 'landingsregistrator',
        description: 'Slår opp sluttsedler og landinger',
        instructions: 'Hent landingen og oppgi art, tilstand og vekt.',
        replies: [
          {
            call: 'hent_sluttseddel',
            args: { fartoy: 'F-14-HV', dato: '2027-03-09', havn: 'Hasvik' },
            result:
              '{"sluttseddel": "27-0309-31550", "art": "torsk", "produkttilstand": "sløyd uten hode", "produktvekt_kg": 8320, "mottak": "Hasvik Fiskemottak"}',
          },
          {
            say: 'Sluttseddel 27-0309-31550 (Hasvik Fiskemottak, 09.03.2027): torsk sløyd uten hode, 8 320 kg produktvekt.',
          },
        ],
      },
      {
        name: 'kvoteavregner',
        description: 'Trekker landinger fra fartøykvoten',
        instructions: 'Regn om til rund vekt og trekk fra kvoten.',
        replies: [
          {
            call: 'kvotetrekk',
            args: {
              fartoy: 'F-14-HV',
              art: 'torsk',
              rundvekt_kg: 12480,
              dato: '2027-03-09',
              sluttseddel: '27-0309-31550',
            },
            result: '{"kvote_rest_for_kg": 54000, "trekk_kg": 12480, "kvote_rest_etter_kg": 41520}',
          },
          {
            say: 'Trukket 12 480 kg rund vekt (8 320 kg × 1,50). Restkvote torsk 2027: 41 520 kg (var 54 000 kg).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'baragutt-hysepris-uke-elleve-brukt',
    title:
      'Forespørselen oppgir mottakets uke 9-pris for hyse (18,90 kr/kg); prisinnhenteren finner tilbudet for uke 11 (20,40), og salgslederen regner med den nye prisen mens den gamle fortsatt nevnes',
    domain: 'førstehåndsomsetning og lott',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded week-9 price stays in the request and is mentioned again, but every figure uses the newer offer',
    request:
      'Vi lander ca. 6 t hyse fra «Båragutt» (F-27-BD) i Båtsfjord fredag 19.03.2027. Mottaket tilbød 18,90 kr/kg i uke 9 – regn ut forventet fangstverdi og hva mannskapet (4 mann, 35 % mannskapsandel) kan regne med.',
    topology: {
      shape: 'supervisor',
      coordinator: 'salgsleder',
      workers: ['prisinnhenter', 'verdiberegner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'salgsleder',
        description: 'Ansvarlig for salg av fangst og oppgjør',
        instructions: 'Finn gjeldende pris, få verdien beregnet, og oppsummer.',
        replies: [
          {
            handoff: 'prisinnhenter',
            message:
              'Hent gjeldende pristilbud for hyse sløyd m/hode hos Båtsfjord Fiskemottak for levering 19.03.2027. Vi har 18,90 kr/kg fra uke 9.',
          },
          {
            handoff: 'verdiberegner',
            message:
              'Regn ut forventet fangstverdi: ca. 6 000 kg hyse × 20,40 kr/kg (pristilbud uke 11 – uke 9-prisen 18,90 gjelder ikke for 19.03.). Mannskapsandel 35 %, 4 lotter.',
          },
          {
            say: '## «Båragutt» – hyse 19.03.2027, Båtsfjord\n\n- Pris: 20,40 kr/kg (pristilbud uke 11; uke 9-tilbudet på 18,90 er erstattet)\n- Forventet fangstverdi: **122 400 kr** for ca. 6 000 kg\n- Mannskap (35 %, 4 lotter): 42 840 kr – ca. **10 710 kr per mann**\n\nEndelig beløp etter sluttseddelen.',
          },
        ],
      },
      {
        name: 'prisinnhenter',
        description: 'Henter pristilbud fra mottakene',
        instructions: 'Hent gjeldende pris og si hvilken periode den gjelder.',
        replies: [
          {
            call: 'pristilbud',
            args: { mottak: 'Båtsfjord Fiskemottak', art: 'hyse', leveringsdato: '2027-03-19' },
            result:
              '{"art": "hyse", "kvalitet": "sløyd m/hode 1,8+ kg", "pris_kr_kg": 20.40, "gyldig": "uke 11 (15.-21.03.2027)", "erstatter": {"uke": 9, "pris_kr_kg": 18.90}, "minstepris_raafisklaget": 16.75}',
          },
          {
            say: 'Båtsfjord Fiskemottak, hyse sløyd m/hode 1,8+ kg, levering 19.03.: **20,40 kr/kg** (pristilbud uke 11, erstatter uke 9-prisen 18,90). Minstepris Råfisklaget 16,75.',
          },
        ],
      },
      {
        name: 'verdiberegner',
        description: 'Beregner fangstverdi og lott',
        instructions: 'Regn ut fangstverdi, mannskapsandel og lott.',
        replies: [
          {
            call: 'beregn_lott',
            args: { kg: 6000, kr_kg: 20.4, mannskapsandel: 0.35, lotter: 4 },
            result: '{"fangstverdi_kr": 122400.0, "mannskap_kr": 42840.0, "per_lott_kr": 10710.0}',
          },
          {
            say: 'Fangstverdi 122 400 kr (6 000 kg × 20,40). Mannskapsandel 35 %: 42 840 kr → 10 710 kr per lott.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'loddesesong-sertifikatregister-nede-meldt-med-forbehold',
    title:
      'Sjøfartsdirektoratets register svarer 502 for «Ishavsbris»; sertifikatkontrollen henter arkivkopien, sier åpent at den ikke er bekreftet mot registeret, og forbeholdet følger med til flåtesjefen',
    domain: 'sertifikater og mannskap før sesong',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a registry lookup fails and the worker says so openly, names the fallback source, and the caveat reaches the final answer',
    request:
      'Før loddesesongen: bekreft at «Nordkyn» (F-5-NK) og «Ishavsbris» (F-61-NK) har gyldige sertifikater, og at mannskapslistene er komplette med gyldig sikkerhetskurs. Avgang fra Honningsvåg 14.02.2027.',
    topology: {
      shape: 'nested',
      top: 'flatesjef',
      teams: { teknisk_leder: ['sertifikatkontroll'], mannskapsleder: ['mannskapsregister'] },
    },
    agents: [
      {
        name: 'flatesjef',
        description: 'Flåtesjef, godkjenner fartøy og mannskap før sesong',
        instructions: 'Få sertifikater og mannskap sjekket, og gi en klar status.',
        replies: [
          {
            handoff: 'teknisk_leder',
            message:
              'Bekreft gyldige sertifikater (sikkerhetssertifikat, fartssertifikat, radio) for «Nordkyn» (F-5-NK) og «Ishavsbris» (F-61-NK) for avgang 14.02.2027.',
          },
          {
            handoff: 'mannskapsleder',
            message:
              'Sjekk at mannskapslistene for «Nordkyn» og «Ishavsbris» er komplette og at alle har gyldig grunnleggende sikkerhetskurs per 14.02.2027.',
          },
          {
            say: '## Klarering før loddesesongen – avgang Honningsvåg 14.02.2027\n\n| fartøy | sertifikater | mannskap |\n|---|---|---|\n| «Nordkyn» F-5-NK | gyldige (sikkerhetssertifikat til 30.09.2027, bekreftet i registeret) | 9 av 9, kurs gyldig |\n| «Ishavsbris» F-61-NK | **ikke bekreftet i registeret** – arkivkopi viser sikkerhetssertifikat til 15.06.2027 | 8 av 8, kurs gyldig |\n\nTiltak: teknisk leder bekrefter «Ishavsbris» mot Sjøfartsdirektoratets register før avgang; ellers klart.',
          },
        ],
      },
      {
        name: 'teknisk_leder',
        description: 'Teknisk leder, svarer for fartøyenes sertifikater',
        instructions: 'Få sertifikatstatus og rapporter med eventuelle forbehold.',
        replies: [
          {
            handoff: 'sertifikatkontroll',
            message: 'Hent sertifikatstatus for F-5-NK og F-61-NK per 14.02.2027.',
          },
          {
            say: '«Nordkyn»: alle sertifikater gyldige, sikkerhetssertifikat til 30.09.2027. «Ishavsbris»: Sjøfartsdirektoratets register svarte ikke (502); rederiets arkivkopi viser sikkerhetssertifikat gyldig til 15.06.2027, men det er ikke bekreftet mot registeret. Jeg sjekker igjen før avgang.',
          },
        ],
      },
      {
        name: 'sertifikatkontroll',
        description: 'Slår opp sertifikater hos Sjøfartsdirektoratet',
        instructions: 'Hent sertifikatstatus; si fra om noe ikke kunne bekreftes.',
        replies: [
          {
            call: 'sdir_sertifikater',
            args: { fartoy: 'F-5-NK' },
            result:
              '{"fartoy": "Nordkyn", "sikkerhetssertifikat": {"gyldig_til": "2027-09-30"}, "fartssertifikat": {"gyldig_til": "2027-09-30"}, "radiosertifikat": {"gyldig_til": "2028-01-12"}}',
          },
          {
            call: 'sdir_sertifikater',
            args: { fartoy: 'F-61-NK' },
            result: { error: 'Sjøfartsdirektoratet API: 502 Bad Gateway' },
          },
          {
            call: 'dokumentarkiv',
            args: { fartoy: 'F-61-NK', dokument: 'sikkerhetssertifikat' },
            result:
              '{"dokument": "Sikkerhetssertifikat F-61-NK", "utstedt": "2022-06-15", "gyldig_til": "2027-06-15", "siste_mellomliggende_besiktelse": "2026-06-02", "kilde": "rederiets arkiv (skannet PDF)"}',
          },
          {
            say: 'F-5-NK «Nordkyn»: sikkerhets- og fartssertifikat gyldig til 30.09.2027, radio til 12.01.2028 (registeret).\nF-61-NK «Ishavsbris»: registeroppslaget feilet (502 Bad Gateway). Arkivkopi (skannet PDF) viser sikkerhetssertifikat gyldig til 15.06.2027, mellomliggende besiktelse 02.06.2026 – ikke bekreftet i registeret. Fart- og radiosertifikat ikke sjekket.',
          },
        ],
      },
      {
        name: 'mannskapsleder',
        description: 'Mannskapsleder, svarer for bemanning og kurs',
        instructions: 'Få mannskapslistene sjekket og rapporter.',
        replies: [
          {
            handoff: 'mannskapsregister',
            message: 'Sjekk mannskapslister og sikkerhetskurs for F-5-NK og F-61-NK per 14.02.2027.',
          },
          {
            say: 'Mannskap komplett: «Nordkyn» 9 av 9, «Ishavsbris» 8 av 8, alle med gyldig grunnleggende sikkerhetskurs per 14.02.2027.',
          },
        ],
      },
      {
        name: 'mannskapsregister',
        description: 'Slår opp mannskapslister og kursregister',
        instructions: 'Hent mannskapslister og kursstatus.',
        replies: [
          {
            call: 'mannskapsliste',
            args: { fartoy: ['F-5-NK', 'F-61-NK'], dato: '2027-02-14' },
            result:
              '{"F-5-NK": {"bemanning_krav": 9, "pamonstret": 9, "kurs_gyldig": 9}, "F-61-NK": {"bemanning_krav": 8, "pamonstret": 8, "kurs_gyldig": 8, "merknad": "1 kursbevis utløper 2027-04-30"}}',
          },
          {
            say: 'F-5-NK: 9/9 påmønstret, 9 med gyldig kurs. F-61-NK: 8/8 påmønstret, 8 med gyldig kurs (ett kursbevis utløper 30.04.2027, etter sesongen).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'andenes-turforberedelse-prisprognose-uten-tall',
    title:
      'Av tre oppdrag før linetur svarer den valgfrie prisanalytikeren uten noe brukbart tall; sammenstilleren bygger planen på is- og agnbestillingene og sier at prognosen mangler',
    domain: 'turforberedelse: is, agn og priser',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: the optional price-forecast worker gives no usable figure; nothing in the plan depends on it and the absence is stated',
    request:
      'Autolinebåtene «Vesterålen» (N-300-Ø) og «Andenesfisk» (N-45-A) går ut mandag 22.03.2027 fra Andenes. Bestill is og agn (makrell og sild) til begge. Finner dere en prisprognose for torsk neste uke, ta den med – den er ikke avgjørende.',
    topology: {
      shape: 'fanout',
      planner: 'turforberedelse',
      workers: ['isbestiller', 'agnbestiller', 'prisanalytiker'],
      aggregator: 'forberedelse_sammenstiller',
    },
    agents: [
      {
        name: 'turforberedelse',
        description: 'Fordeler forberedelsene før tur',
        instructions: 'Skriv ett oppdrag per medarbeider.',
        replies: [
          {
            plan: {
              isbestiller:
                'Bestill flakis til «Vesterålen» (N-300-Ø) og «Andenesfisk» (N-45-A) for avgang 22.03.2027 fra Andenes: 8 t per båt, levert kai søndag 21.03. kveld.',
              agnbestiller:
                'Bestill agn til begge båtene: ca. 40 000 krok per båt, halvt makrell og halvt sild. Levering kai Andenes 21.03. kveld.',
              prisanalytiker:
                'Valgfritt: prisprognose torsk sløyd m/hode 5+ kg for uke 12, hvis du finner grunnlag for det.',
            },
          },
        ],
      },
      {
        name: 'isbestiller',
        description: 'Bestiller is til fartøyene',
        instructions: 'Bestill is og oppgi referanse.',
        prompt: 'Oppdrag:\n{input}',
        replies: [
          {
            call: 'bestill_is',
            args: {
              fartoy: ['N-300-Ø', 'N-45-A'],
              tonn_per_fartoy: 8,
              levering: '2027-03-21T20:00',
              kai: 'Andenes',
            },
            result:
              '{"ordre": "AIS-27-0321", "leverandor": "Andenes Isfabrikk", "tonn": 16, "pris_kr": "9 600,00"}',
          },
          {
            say: 'Is bestilt: 2 × 8 t flakis fra Andenes Isfabrikk, levert kai 21.03. kl. 20:00. Ordre AIS-27-0321, kr 9 600.',
          },
        ],
      },
      {
        name: 'agnbestiller',
        description: 'Bestiller agn til linebåtene',
        instructions: 'Bestill agn og oppgi referanse.',
        prompt: 'Oppdrag:\n{input}',
        replies: [
          {
            call: 'bestill_agn',
            args: {
              fartoy: ['N-300-Ø', 'N-45-A'],
              makrell_kg: 620,
              sild_kg: 580,
              levering: '2027-03-21T21:00',
            },
            result:
              '{"ordre": "AGN-27-0455", "leverandor": "Vesterålen Agn AS", "per_fartoy": {"makrell_kg": 620, "sild_kg": 580}, "sum_kr": "31 200,00"}',
          },
          {
            say: 'Agn bestilt: per båt 620 kg makrell og 580 kg sild (ca. 40 000 krok), levert kai 21.03. kl. 21:00. Ordre AGN-27-0455, kr 31 200 totalt.',
          },
        ],
      },
      {
        name: 'prisanalytiker',
        description: 'Lager prisprognoser for førstehåndsmarkedet',
        instructions: 'Gi en prisprognose hvis du har grunnlag.',
        prompt: 'Oppdrag:\n{input}',
        replies: [
          {
            say: 'Torskeprisen for uke 12 avhenger av tilførsel, kvalitet og etterspørsel. Uten oppdaterte omsetningstall for uke 11 kan jeg ikke gi et tall.',
          },
        ],
      },
      {
        name: 'forberedelse_sammenstiller',
        description: 'Setter sammen turforberedelsene',
        instructions: 'Sett sammen en oversikt før avgang.',
        replies: [
          {
            say: '## Klar for avgang 22.03.2027 – Andenes\n\n| | «Vesterålen» N-300-Ø | «Andenesfisk» N-45-A |\n|---|---|---|\n| Is (AIS-27-0321) | 8 t flakis | 8 t flakis |\n| Agn (AGN-27-0455) | 620 kg makrell + 580 kg sild | 620 kg makrell + 580 kg sild |\n| Levering kai | 21.03. kl. 20–21 | 21.03. kl. 20–21 |\n\nKostnad: is 9 600 kr, agn 31 200 kr. Prisprognose for uke 12 foreligger ikke – den påvirker ikke turen.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'loddeflate-to-fartoy-holdt-igjen-etter-status',
    title:
      'Flåtestatus finner ett fartøy på verksted og ett med utløpt sikkerhetssertifikat og gir kontrollen tilbake; sesongplanleggeren sender tre av fem fartøy og begrunner de to andre',
    domain: 'sesongplanlegging for ringnotflåten',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: two of five vessels are left out, as the request itself requires; the worker hands control back with its results',
    request:
      'Hvilke av rederiets fem ringnotfartøy kan gå på lodde i Barentshavet fra 15.02.2027? Fartøy som ligger på verksted eller mangler gyldig sikkerhetssertifikat skal ikke med. Sett opp listen over fartøy som går.',
    topology: {
      shape: 'swarm',
      entry: 'sesongplanlegger',
      agents: ['sesongplanlegger', 'flatestatus'],
    },
    agents: [
      {
        name: 'sesongplanlegger',
        description: 'Planlegger sesongene for ringnotflåten',
        instructions: 'Få status for flåten og sett opp listen over fartøy som går.',
        replies: [
          {
            handoff: 'flatestatus',
            message:
              'Sjekk verkstedstatus og sikkerhetssertifikat per 15.02.2027 for «Havbas» (M-210-HØ), «Havsula» (M-33-HØ), «Nordfangst» (M-71-HØ), «Skarholm» (M-12-SA) og «Østbank» (M-98-HØ), og gi meg svaret tilbake.',
          },
          {
            say: '## Lodde Barentshavet fra 15.02.2027\n\n**Går:**\n1. «Havbas» (M-210-HØ)\n2. «Nordfangst» (M-71-HØ)\n3. «Østbank» (M-98-HØ)\n\n**Går ikke:**\n- «Havsula» (M-33-HØ) – på verksted ved Fitjar Mek til 03.03. (dokking og ny sonar)\n- «Skarholm» (M-12-SA) – sikkerhetssertifikatet utløp 31.01.2027; fornyelsesbesiktelse 22.02. Kan meldes inn etter godkjent besiktelse.',
          },
        ],
      },
      {
        name: 'flatestatus',
        description: 'Har oversikt over verkstedopphold og sertifikater',
        instructions: 'Sjekk status og gi kontrollen tilbake med resultatet.',
        replies: [
          {
            call: 'hent_flatestatus',
            args: {
              fartoy: ['M-210-HØ', 'M-33-HØ', 'M-71-HØ', 'M-12-SA', 'M-98-HØ'],
              dato: '2027-02-15',
            },
            result:
              '[{"fartoy": "M-210-HØ", "navn": "Havbas", "verksted": null, "sikkerhetssertifikat": "2027-11-30"}, {"fartoy": "M-33-HØ", "navn": "Havsula", "verksted": {"sted": "Fitjar Mek", "til": "2027-03-03", "arbeid": "dokking, ny sonar"}, "sikkerhetssertifikat": "2028-04-15"}, {"fartoy": "M-71-HØ", "navn": "Nordfangst", "verksted": null, "sikkerhetssertifikat": "2027-08-31"}, {"fartoy": "M-12-SA", "navn": "Skarholm", "verksted": null, "sikkerhetssertifikat": "2027-01-31", "besiktelse_booket": "2027-02-22"}, {"fartoy": "M-98-HØ", "navn": "Østbank", "verksted": null, "sikkerhetssertifikat": "2027-10-15"}]',
          },
          {
            handoff: 'sesongplanlegger',
            message:
              'Status per 15.02.2027: «Havbas», «Nordfangst» og «Østbank» – ikke på verksted, sertifikat gyldig (til 30.11., 31.08. og 15.10.2027). «Havsula» – på verksted Fitjar Mek til 03.03. (dokking, ny sonar). «Skarholm» – sikkerhetssertifikat utløpt 31.01.2027, fornyelsesbesiktelse booket 22.02.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'batsfjord-landingsplan-dca-kvittering-rettet',
    title:
      'ERS-kontrolløren finner én manglende DCA-kvittering i landingsplanen for fire linebåter; planleggeren retter den i andre runde, og den godkjente planen med alle id-er går til mottaket',
    domain: 'landing og ERS-kontroll',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one revise round that actually fixes the missing receipt, then approval; long texts full of trip ids, receipts and counters',
    request:
      'Sett opp landingsplan for rederiets fire linebåter som lander i Båtsfjord torsdag 18.03.2027, med tur-id, DCA-kvitteringer og sluttseddelnumre som skal forhåndsregistreres hos mottaket. Kontroller mot ERS før utsending.',
    topology: {
      shape: 'pipeline',
      order: ['landingsplanlegger_bf', 'ers_kontrollor', 'mottaksutsender'],
      loop: { from: 'ers_kontrollor', to: 'landingsplanlegger_bf', while: 'AVVIK', max: 3 },
    },
    agents: [
      {
        name: 'landingsplanlegger_bf',
        description: 'Setter opp landingsplaner for rederiets båter',
        instructions: 'Lag landingsplanen, eller rett den etter ERS-kontrollens avvik.',
        prompt: 'Innspill:\n{input}\n\nOppdrag: {request}',
        replies: [
          {
            say: 'Landingsplan Båtsfjord to. 18.03.2027 – utkast 1\n\n| fartøy | tur-id | DCA-kvitteringer | sluttseddel | kai/tid |\n|---|---|---|---|---|\n| «Havørn» F-88-BD | F-88-BD-2027-024 | DCA-27-0316-88102, DCA-27-0317-88231 | 27-0318-50111 | kai 1 07:00 |\n| «Båragutt» F-27-BD | F-27-BD-2027-019 | DCA-27-0316-27044, DCA-27-0317-27090 | 27-0318-50112 | kai 1 09:30 |\n| «Syltefjord» F-9-BD | F-9-BD-2027-031 | DCA-27-0317-09013 | 27-0318-50113 | kai 2 08:00 |\n| «Makkaur» F-140-BD | F-140-BD-2027-012 | DCA-27-0316-14077, DCA-27-0317-14102 | 27-0318-50114 | kai 2 10:30 |\n\n4 fartøy, 7 DCA, 4 sluttsedler.',
          },
          {
            say: 'Landingsplan Båtsfjord to. 18.03.2027 – utkast 2\n\n| fartøy | tur-id | DCA-kvitteringer | sluttseddel | kai/tid |\n|---|---|---|---|---|\n| «Havørn» F-88-BD | F-88-BD-2027-024 | DCA-27-0316-88102, DCA-27-0317-88231 | 27-0318-50111 | kai 1 07:00 |\n| «Båragutt» F-27-BD | F-27-BD-2027-019 | DCA-27-0316-27044, DCA-27-0317-27090 | 27-0318-50112 | kai 1 09:30 |\n| «Syltefjord» F-9-BD | F-9-BD-2027-031 | DCA-27-0316-09006, DCA-27-0317-09013 | 27-0318-50113 | kai 2 08:00 |\n| «Makkaur» F-140-BD | F-140-BD-2027-012 | DCA-27-0316-14077, DCA-27-0317-14102 | 27-0318-50114 | kai 2 10:30 |\n\n4 fartøy, 8 DCA, 4 sluttsedler. Lagt til DCA-27-0316-09006 for «Syltefjord».',
          },
        ],
      },
      {
        name: 'ers_kontrollor',
        description: 'Kontrollerer landingsplaner mot ERS',
        instructions:
          'Slå opp i ERS. Svar "AVVIK: <hva som mangler>" eller "GODKJENT: <hele den godkjente planen>".',
        prompt: 'Plan til kontroll:\n{input}',
        replies: [
          {
            call: 'ers_kvitteringer',
            args: { turer: ['F-88-BD-2027-024', 'F-27-BD-2027-019', 'F-9-BD-2027-031', 'F-140-BD-2027-012'] },
            result:
              '{"F-88-BD-2027-024": ["DCA-27-0316-88102", "DCA-27-0317-88231"], "F-27-BD-2027-019": ["DCA-27-0316-27044", "DCA-27-0317-27090"], "F-9-BD-2027-031": ["DCA-27-0316-09006", "DCA-27-0317-09013"], "F-140-BD-2027-012": ["DCA-27-0316-14077", "DCA-27-0317-14102"], "DCA_totalt": 8}',
          },
          {
            say: 'AVVIK: F-9-BD-2027-031 («Syltefjord») har to DCA i ERS – DCA-27-0316-09006 mangler i planen. De tre andre fartøyene stemmer (6 av 6 DCA).',
          },
          {
            say: 'GODKJENT: utkast 2 stemmer med ERS – 4 tur-id, 8 DCA, 4 sluttsedler.\n\n| fartøy | tur-id | DCA-kvitteringer | sluttseddel | kai/tid |\n|---|---|---|---|---|\n| «Havørn» F-88-BD | F-88-BD-2027-024 | DCA-27-0316-88102, DCA-27-0317-88231 | 27-0318-50111 | kai 1 07:00 |\n| «Båragutt» F-27-BD | F-27-BD-2027-019 | DCA-27-0316-27044, DCA-27-0317-27090 | 27-0318-50112 | kai 1 09:30 |\n| «Syltefjord» F-9-BD | F-9-BD-2027-031 | DCA-27-0316-09006, DCA-27-0317-09013 | 27-0318-50113 | kai 2 08:00 |\n| «Makkaur» F-140-BD | F-140-BD-2027-012 | DCA-27-0316-14077, DCA-27-0317-14102 | 27-0318-50114 | kai 2 10:30 |',
          },
        ],
      },
      {
        name: 'mottaksutsender',
        description: 'Sender godkjente landingsplaner til mottaket',
        instructions: 'Forhåndsregistrer sluttsedlene og bekreft.',
        prompt: 'Kontrollert plan:\n{input}',
        replies: [
          {
            call: 'forhandsregistrer',
            args: {
              mottak: 'Båtsfjord Fiskemottak AS',
              dato: '2027-03-18',
              sluttsedler: ['27-0318-50111', '27-0318-50112', '27-0318-50113', '27-0318-50114'],
            },
            result: '{"status": "REGISTRERT", "antall": 4, "ref": "BFM-FR-27-0318"}',
          },
          {
            say: '## Landing Båtsfjord 18.03.2027 – sendt til mottaket\n\nForhåndsregistrert hos Båtsfjord Fiskemottak AS (ref. BFM-FR-27-0318): 4 sluttsedler, 27-0318-50111 til 27-0318-50114.\n\n| kai | tid | fartøy | tur-id |\n|---|---|---|---|\n| 1 | 07:00 | «Havørn» F-88-BD | F-88-BD-2027-024 |\n| 2 | 08:00 | «Syltefjord» F-9-BD | F-9-BD-2027-031 |\n| 1 | 09:30 | «Båragutt» F-27-BD | F-27-BD-2027-019 |\n| 2 | 10:30 | «Makkaur» F-140-BD | F-140-BD-2027-012 |\n\nAlle 8 DCA-kvitteringer stemmer med ERS.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch103Scenarios = [...faults, ...healthy];
