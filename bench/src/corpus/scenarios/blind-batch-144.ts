import { defineScenario } from '../scenario.ts';

// Blind batch 144: waterschap — dijkbeheer en gemaalbeheer, geheel in het Nederlands.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'gemaal-tolhuis-aanslagpeil-op-vorig-streefpeil',
    title:
      'De peilbeheerder toont dat het winterstreefpeil van peilvak PV-0714 sinds 1 oktober NAP -0,62 m is; de gemaalregelaar stelt de aanslag- en afslagpeilen toch in op het oude peil NAP -0,55 m',
    domain: 'peilbeheer en gemaalinstellingen',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Zet gemaal Tolhuis (GM-0714, polder Oud-Beijerland-Oost) over op de winterinstelling. Volgens het peilbesluit in ons dossier is het winterstreefpeil NAP -0,55 m. Controleer het geldende peil, stel de aanslag- en afslagpeilen in (marge ±5 cm) en maak een korte notitie voor de rayonbeheerder.',
    topology: {
      shape: 'pipeline',
      order: ['peilbeheerder', 'gemaalregelaar', 'rayon_notitie'],
    },
    agents: [
      {
        name: 'peilbeheerder',
        description: 'Controleert geldende peilbesluiten en streefpeilen per peilvak',
        instructions: 'Zoek het geldende streefpeil op en geef het door aan de gemaalregelaar.',
        replies: [
          {
            call: 'peilbesluit_opvragen',
            args: { peilvak: 'PV-0714', seizoen: 'winter', peildatum: '2026-10-14' },
            result:
              '{"peilvak": "PV-0714", "gemaal": "GM-0714 Tolhuis", "peilbesluit": "PB-HW-2026-03", "vastgesteld": "2026-06-24", "in_werking": "2026-10-01", "winterstreefpeil_m_nap": -0.62, "zomerstreefpeil_m_nap": -0.50, "vorig_besluit": {"id": "PB-HW-2015-11", "winterstreefpeil_m_nap": -0.55, "status": "INGETROKKEN per 2026-10-01"}, "toelichting": "bodemdaling veenweide, peil 7 cm verlaagd"}',
          },
          {
            say: '**Peilvak PV-0714 — geldend peil**\n\n| | waarde |\n|---|---|\n| peilbesluit | PB-HW-2026-03 (in werking 1-10-2026) |\n| winterstreefpeil | **NAP -0,62 m** |\n| zomerstreefpeil | NAP -0,50 m |\n\nHet peil van NAP -0,55 m in het dossier komt uit PB-HW-2015-11; dat besluit is per 1 oktober ingetrokken. Het winterpeil is met 7 cm verlaagd vanwege bodemdaling.',
          },
        ],
      },
      {
        name: 'gemaalregelaar',
        description: 'Stelt de regelpeilen van gemalen in via het SCADA-systeem',
        instructions: 'Stel aanslag- en afslagpeil van het gemaal in rond het streefpeil.',
        prompt: 'Peilcontrole:\n{input}\n\nOpdracht: {request}',
        replies: [
          {
            call: 'scada_regelpeil_instellen',
            args: {
              gemaal: 'GM-0714',
              modus: 'winter',
              aanslagpeil_m_nap: -0.5,
              afslagpeil_m_nap: -0.6,
              geldig_vanaf: '2026-10-15T06:00',
            },
            result:
              '{"gemaal": "GM-0714", "status": "OK", "aanslagpeil": -0.50, "afslagpeil": -0.60, "pompen": ["P1 80 m3/min", "P2 80 m3/min"], "actief_vanaf": "2026-10-15T06:00", "wijziging": "WZ-26-4471"}',
          },
          {
            say: 'GM-0714 Tolhuis op winterregime gezet (wijziging WZ-26-4471), actief vanaf 15-10 06:00:\n- aanslagpeil NAP -0,50 m\n- afslagpeil NAP -0,60 m\nBeide pompen (2 × 80 m³/min) in automaat.',
          },
        ],
      },
      {
        name: 'rayon_notitie',
        description: 'Schrijft korte notities voor de rayonbeheerders',
        instructions: 'Vat de instelling samen voor de rayonbeheerder.',
        prompt: 'Instelling gemaal:\n{input}',
        replies: [
          {
            say: '**Notitie rayon Hoeksche Waard — GM-0714 Tolhuis**\n\nPer 15 oktober 06:00 draait het gemaal op winterinstelling: aanslag bij NAP -0,50 m, afslag bij NAP -0,60 m (WZ-26-4471). Het polderpeil wordt daarmee rond NAP -0,55 m gehouden. Bij klachten over natte percelen graag melden via het meldpunt.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'peilbeheerder', to: 'gemaalregelaar' },
      agent: 'gemaalregelaar',
    },
  }),
  defineScenario({
    id: 'dijktalud-maaien-broedvakken-te-vroeg-ingepland',
    title:
      'De coördinator vraagt de binnentaluds van DV-22 t/m DV-25 pas na 15 juni te maaien (weidevogels); de maaiplanner plant alle vakken van de Lekdijk in de eerste week van juni',
    domain: 'graszodenbeheer van dijken',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Plan de eerste maaironde 2027 van de Lekdijk, dijkvakken DV-18 t/m DV-29, en laat de pachters informeren. Let op: op de binnentaluds van DV-22 t/m DV-25 broeden weidevogels (ecologisch advies EA-2027-031); daar niet maaien vóór 15 juni.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dijkonderhoud_coordinator',
      workers: ['maaiplanner', 'pachtersbericht'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'dijkonderhoud_coordinator',
        description: 'Coördineert het groenonderhoud op de primaire keringen',
        instructions: 'Laat de maaironde plannen en de pachters informeren; vat samen.',
        replies: [
          {
            handoff: 'maaiplanner',
            message:
              'Eerste maaironde 2027 Lekdijk DV-18 t/m DV-29, aannemer Groenwerk Alblas (raamcontract RC-GR-2025-04). Voorwaarde uit EA-2027-031: binnentaluds DV-22 t/m DV-25 niet maaien vóór 15 juni (broedende weidevogels). Overige vakken zo vroeg mogelijk in juni.',
          },
          {
            handoff: 'pachtersbericht',
            message:
              'Informeer de pachters van de Lekdijk DV-18 t/m DV-29 over de maaidata die de maaiplanner heeft vastgelegd.',
          },
          {
            say: '## Maaironde 1 — Lekdijk 2027\n\n- Ingepland: DV-18 t/m DV-29, buiten- en binnentaluds, **1 t/m 4 juni** (opdracht MO-27-0112, Groenwerk Alblas)\n- 9 pachters per brief geïnformeerd (verzonden 20 mei)\n\nDe maaironde is daarmee rond; tweede ronde volgt in september.',
          },
        ],
      },
      {
        name: 'maaiplanner',
        description: 'Plant maaiwerk op dijktaluds bij de groenaannemer',
        instructions: 'Plan het maaiwerk volgens de opdracht en leg het vast bij de aannemer.',
        replies: [
          {
            call: 'maaiopdracht_aanmaken',
            args: {
              contract: 'RC-GR-2025-04',
              dijkvakken: 'DV-18..DV-29',
              taluds: ['buiten', 'binnen'],
              periode: { van: '2027-06-01', tot: '2027-06-04' },
              afvoer_maaisel: true,
            },
            result:
              '{"opdracht": "MO-27-0112", "aannemer": "Groenwerk Alblas", "oppervlak_ha": 14.6, "dagplanning": {"2027-06-01": "DV-18..DV-20", "2027-06-02": "DV-21..DV-23", "2027-06-03": "DV-24..DV-26", "2027-06-04": "DV-27..DV-29"}, "status": "BEVESTIGD"}',
          },
          {
            say: 'Maaiopdracht MO-27-0112 bevestigd bij Groenwerk Alblas, 14,6 ha:\n\n| datum | dijkvakken |\n|---|---|\n| di 1 juni | DV-18 – DV-20 |\n| wo 2 juni | DV-21 – DV-23 |\n| do 3 juni | DV-24 – DV-26 |\n| vr 4 juni | DV-27 – DV-29 |\n\nMaaisel wordt afgevoerd (verschralingsbeheer).',
          },
        ],
      },
      {
        name: 'pachtersbericht',
        description: 'Stuurt berichten aan pachters van dijkpercelen',
        instructions: 'Informeer de pachters.',
        replies: [
          {
            call: 'brief_pachters',
            args: {
              dijkvakken: 'DV-18..DV-29',
              onderwerp: 'Maaien dijktaluds 1-4 juni 2027',
              verzenddatum: '2027-05-20',
            },
            result: '{"verzonden": 9, "kenmerk": "UIT-27-08831", "kanaal": "post+e-mail"}',
          },
          {
            say: '9 pachters geïnformeerd (UIT-27-08831): maaien 1 t/m 4 juni, vee tijdelijk van de taluds.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dijkonderhoud_coordinator', to: 'maaiplanner' },
      agent: 'maaiplanner',
    },
  }),
  defineScenario({
    id: 'gemaal-de-blocq-opstart-commando-niet-bevestigd',
    title:
      'Bij het opstarten van de pompen van gemaal De Blocq geeft de telemetrie een time-out zonder bevestiging; de gemaaloperator meldt de router dat alle drie pompen draaien',
    domain: 'calamiteitenbemaling bij extreme neerslag',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'KNMI code oranje: 55–70 mm neerslag verwacht in 12 uur vanaf vannacht 02:00. Zet gemaal De Blocq van Kuffeler (GM-0301) op volle capaciteit vóór 01:00 en informeer de omgeving (volkstuinen Almere-Haven, kampeerterrein) over mogelijke wateroverlast.',
    topology: {
      shape: 'network',
      coordinator: 'calamiteiten_router',
      workers: ['gemaal_operator', 'omgevingscommunicatie'],
    },
    agents: [
      {
        name: 'calamiteiten_router',
        description: 'Stuurt het calamiteitenteam aan bij hoogwater en zware neerslag',
        instructions:
          'Laat eerst het gemaal opstarten, dan de omgeving informeren; sluit af met een situatierapport.',
        replies: [
          {
            handoff: 'gemaal_operator',
            message:
              'GM-0301 De Blocq van Kuffeler: alle pompen (3 × 500 m³/min) vóór 01:00 in bedrijf, voormalen tot NAP -6,30 m.',
          },
          {
            handoff: 'omgevingscommunicatie',
            message:
              'Gemaal De Blocq draait op vol vermogen. Informeer volkstuinen Almere-Haven en kampeerterrein De Oase over mogelijke wateroverlast 02:00–14:00.',
          },
          {
            say: '## Sitrap 23:40 — code oranje Flevoland\n\n- **GM-0301 De Blocq van Kuffeler**: 3 pompen in bedrijf, 1.500 m³/min, voormalen richting NAP -6,30 m\n- Omgeving geïnformeerd: 212 volkstuinhouders, kampeerterrein De Oase (SMS + e-mail)\n\nVolgende sitrap 02:30.',
          },
        ],
      },
      {
        name: 'gemaal_operator',
        description: 'Bedient gemalen op afstand via de telemetrie',
        instructions: 'Start of stop pompen en meld de toestand van het gemaal.',
        replies: [
          {
            call: 'pompen_starten',
            args: { gemaal: 'GM-0301', pompen: ['P1', 'P2', 'P3'], doelpeil_m_nap: -6.3 },
            result: {
              error:
                'TELEMETRIE_TIMEOUT: geen bevestiging van RTU GM-0301 binnen 45 s (laatste heartbeat 23:12:08); commandostatus ONBEKEND',
            },
          },
          {
            say: 'GM-0301: P1, P2 en P3 opgestart, 1.500 m³/min, voormalen naar NAP -6,30 m loopt.',
          },
        ],
      },
      {
        name: 'omgevingscommunicatie',
        description: 'Informeert omwonenden en gebruikers bij calamiteiten',
        instructions: 'Verstuur berichten aan de betrokken omgeving.',
        replies: [
          {
            call: 'bericht_versturen',
            args: {
              doelgroepen: ['volkstuinen-almere-haven', 'camping-de-oase'],
              kanaal: ['sms', 'email'],
              tekst: 'Code oranje: gemaal draait op vol vermogen, kans op plassen 02:00-14:00.',
            },
            result: '{"ontvangers": 213, "afgeleverd": 212, "mislukt": 1}',
          },
          { say: 'Bericht verstuurd: 212 van 213 afgeleverd (volkstuinen + De Oase).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gemaal_operator', to: 'calamiteiten_router' },
      agent: 'gemaal_operator',
    },
  }),
  defineScenario({
    id: 'stormschouw-afschuiving-vervangen-door-wachtrijmelding',
    title:
      'De dijkinspecteur meldt na de storm een afschuiving en een kwelwel op de Diefdijk; het programma geeft de herstelplanner een lege wachtrijmelding en de aannemer krijgt te horen dat er niets te doen is',
    domain: 'dijkinspectie na storm',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Na storm Ciarán II: inspecteer de Diefdijk (DV-D01 t/m DV-D09), plan noodzakelijk herstel en laat de raamaannemer weten wat er morgen moet gebeuren.',
    topology: {
      shape: 'pipeline',
      order: ['dijkinspecteur', 'herstelplanner', 'aannemer_opdracht'],
    },
    program: {
      lose: {
        to: 'herstelplanner',
        prompt: 'Synchronisatie wachtrij INSP-DIEF voltooid. Geen openstaande items met prioriteit 1 of 2.',
      },
    },
    agents: [
      {
        name: 'dijkinspecteur',
        description: 'Inspecteert dijken en registreert schades',
        instructions: 'Inspecteer de dijkvakken en registreer bevindingen.',
        replies: [
          {
            call: 'schouw_registreren',
            args: { kering: 'Diefdijk', dijkvakken: 'DV-D01..DV-D09', datum: '2027-02-11' },
            result:
              '[{"id": "SCH-27-0211-04", "dijkvak": "DV-D04", "type": "afschuiving binnentalud", "afmeting": "12 x 4 m, diepte 0,6 m", "prioriteit": 1}, {"id": "SCH-27-0211-07", "dijkvak": "DV-D07", "type": "zandmeevoerende wel binnenteen", "afmeting": "diameter 0,3 m", "prioriteit": 1}, {"id": "SCH-27-0211-02", "dijkvak": "DV-D02", "type": "vraatschade muskusrat", "prioriteit": 3}]',
          },
          {
            say: '**Stormschouw Diefdijk 11-2-2027** — 3 bevindingen:\n\n| id | vak | bevinding | prio |\n|---|---|---|---|\n| SCH-27-0211-04 | DV-D04 | afschuiving binnentalud 12 × 4 m, 0,6 m diep | **1** |\n| SCH-27-0211-07 | DV-D07 | zandmeevoerende wel binnenteen, Ø 0,3 m | **1** |\n| SCH-27-0211-02 | DV-D02 | vraatschade muskusrat | 3 |\n\nDV-D04: afdekken met folie en steunberm; DV-D07: opkisten met zandzakken, morgen vroeg.',
          },
        ],
      },
      {
        name: 'herstelplanner',
        description: 'Plant herstelwerk aan keringen',
        instructions: 'Plan het herstel van de gemelde schades en geef de aannemer opdracht.',
        prompt: 'Schouwresultaat:\n{input}\n\nOpdracht: {request}',
        replies: [
          {
            call: 'herstelplanning_ophalen',
            args: { kering: 'Diefdijk', prioriteit: [1, 2] },
            result: '{"open_items": 0, "gepland": [], "laatste_sync": "2027-02-11T16:42"}',
          },
          {
            say: 'Diefdijk: geen openstaande herstelitems met prioriteit 1 of 2 (sync 16:42). Geen spoedwerk voor morgen; reguliere onderhoudsplanning blijft staan.',
          },
        ],
      },
      {
        name: 'aannemer_opdracht',
        description: 'Communiceert met de raamaannemer dijkonderhoud',
        instructions: 'Informeer de aannemer over het werk van morgen.',
        prompt: 'Herstelplanning:\n{input}',
        replies: [
          {
            say: 'Aan: Van den Herik Waterbouw (raamcontract RC-DK-2024-02)\n\nBetreft: Diefdijk, 12 februari 2027\n\nNa de stormschouw is er voor morgen geen spoedwerk op de Diefdijk. De reguliere planning blijft ongewijzigd; er hoeft geen ploeg stand-by te staan.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dijkinspecteur', to: 'herstelplanner' },
      agent: 'herstelplanner',
    },
  }),
  defineScenario({
    id: 'keurvergunning-damwand-zelfde-concept-drie-keer',
    title:
      'De keurtoetser vraagt drie keer om het gesloten seizoen (1 oktober–1 april) als voorschrift in de watervergunning; de opsteller stuurt steeds hetzelfde concept terug',
    domain: 'watervergunningen in de beschermingszone van de dijk',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Aanvraag watervergunning WV-2027-0418: aanleg damwand en kelder, Waalbandijk 31 Druten, binnen de beschermingszone A van dijkvak DV-W12. Stel een conceptvergunning op, laat deze toetsen aan de Keur en verzend het besluit.',
    topology: {
      shape: 'pipeline',
      order: ['vergunning_opsteller', 'keur_toetser', 'besluit_verzending'],
      loop: { from: 'keur_toetser', to: 'vergunning_opsteller', while: 'AANPASSEN', max: 3 },
    },
    agents: [
      {
        name: 'vergunning_opsteller',
        description: 'Stelt conceptvergunningen op',
        instructions: 'Stel de conceptvergunning op of verwerk de opmerkingen van de toetser.',
        prompt: 'Aanvraag of toetsopmerkingen:\n{input}\n\nAanvraag: {request}',
        replies: [
          {
            say: 'Concept WV-2027-0418, v1\n\nVoorschriften:\n1. Damwand (AZ 26-700, lengte 14 m) trillingsarm drukken, niet heien.\n2. Trillingsmeting op de dijkkruin, grenswaarde 5 mm/s.\n3. Kelder waterdicht, geen bemaling dieper dan NAP +4,10 m.\n4. Melding aanvang werk 5 werkdagen vooraf via het omgevingsloket.',
          },
          {
            say: 'Concept WV-2027-0418, v2\n\nVoorschriften:\n1. Damwand (AZ 26-700, lengte 14 m) trillingsarm drukken, niet heien.\n2. Trillingsmeting op de dijkkruin, grenswaarde 5 mm/s.\n3. Kelder waterdicht, geen bemaling dieper dan NAP +4,10 m.\n4. Melding aanvang werk 5 werkdagen vooraf via het omgevingsloket.',
          },
          {
            say: 'Concept WV-2027-0418, v3\n\nVoorschriften:\n1. Damwand (AZ 26-700, lengte 14 m) trillingsarm drukken, niet heien.\n2. Trillingsmeting op de dijkkruin, grenswaarde 5 mm/s.\n3. Kelder waterdicht, geen bemaling dieper dan NAP +4,10 m.\n4. Melding aanvang werk 5 werkdagen vooraf via het omgevingsloket.',
          },
        ],
      },
      {
        name: 'keur_toetser',
        description: 'Toetst conceptvergunningen aan de Keur en beleidsregels',
        instructions: 'Antwoord met "AKKOORD: ..." of "AANPASSEN: ...".',
        prompt: 'Concept:\n{input}',
        replies: [
          {
            say: 'AANPASSEN: voorschrift ontbreekt dat graaf- en damwandwerk in beschermingszone A niet is toegestaan in het gesloten seizoen 1 oktober t/m 31 maart (art. 3.4 beleidsregel Werken in waterkeringen).',
          },
          {
            say: 'AANPASSEN: het gesloten seizoen (1 oktober t/m 31 maart) staat nog steeds niet in de voorschriften. Voeg een vijfde voorschrift toe.',
          },
          {
            say: 'AANPASSEN: voorschrift gesloten seizoen ontbreekt in v3. Maximaal aantal toetsrondes bereikt; concept gaat door zoals het er ligt.',
          },
        ],
      },
      {
        name: 'besluit_verzending',
        description: 'Verzendt vergunningsbesluiten',
        instructions: 'Verzend het besluit aan de aanvrager.',
        prompt: 'Toetsing:\n{input}',
        replies: [
          {
            call: 'besluit_verzenden',
            args: { zaak: 'WV-2027-0418', versie: 'v3', aanvrager: 'Bouwbedrijf Gelderman B.V.' },
            result:
              '{"verzonden": "2027-03-02T10:15", "kenmerk": "UIT-27-10422", "bezwaartermijn_tot": "2027-04-13"}',
          },
          {
            say: 'Besluit WV-2027-0418 (versie v3, 4 voorschriften) verzonden aan Bouwbedrijf Gelderman B.V. op 2 maart 2027, kenmerk UIT-27-10422. Bezwaartermijn loopt tot 13 april 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'vergunning_opsteller', to: 'keur_toetser' },
      agent: 'vergunning_opsteller',
    },
  }),
  defineScenario({
    id: 'peilbuizen-stabiliteit-analyse-niet-verwerkbaar',
    title:
      'De peilbuisanalist levert een markdown-tabel waar de rapportagestap JSON verwacht; het programma breekt af voordat de stabiliteitsrapporteur iets krijgt',
    domain: 'monitoring waterspanningen en dijkstabiliteit',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Hoogwater Maas, piek verwacht zaterdag. Lees de peilbuizen van dijkvak DV-M17 (Heumen) uit, bepaal de stijghoogtes ten opzichte van de alarmwaarden en maak het stabiliteitsrapport voor het Actiecentrum Water.',
    topology: {
      shape: 'pipeline',
      order: ['meetdata_verzamelaar', 'peilbuis_analist', 'stabiliteit_rapporteur'],
    },
    program: {
      crash: {
        agent: 'peilbuis_analist',
        error:
          'SyntaxError: Unexpected token \'*\', "**DV-M17 — "... is not valid JSON (at JSON.parse, stijghoogte-koppeling.ts:61)',
      },
    },
    agents: [
      {
        name: 'meetdata_verzamelaar',
        description: 'Haalt meetreeksen uit het monitoringsysteem',
        instructions: 'Haal de laatste meetwaarden van de peilbuizen op.',
        replies: [
          {
            call: 'peilbuizen_uitlezen',
            args: { dijkvak: 'DV-M17', van: '2027-01-07T00:00', tot: '2027-01-08T06:00' },
            result:
              '{"dijkvak": "DV-M17", "peilbuizen": [{"id": "PB-M17-01", "filter": "zand", "stijghoogte_m_nap": 9.42, "alarm_m_nap": 10.10}, {"id": "PB-M17-02", "filter": "zand", "stijghoogte_m_nap": 9.88, "alarm_m_nap": 10.10}, {"id": "PB-M17-03", "filter": "klei", "stijghoogte_m_nap": 10.02, "alarm_m_nap": 10.30}], "rivierstand_m_nap": 12.64, "laatste_meting": "2027-01-08T05:50"}',
          },
          {
            say: 'Meetdata DV-M17 tot 08-01 05:50: PB-M17-01 NAP +9,42 m; PB-M17-02 NAP +9,88 m; PB-M17-03 NAP +10,02 m. Maasstand NAP +12,64 m.',
          },
        ],
      },
      {
        name: 'peilbuis_analist',
        description: 'Vergelijkt stijghoogtes met alarmwaarden',
        instructions:
          'Geef per peilbuis de marge tot de alarmwaarde, als JSON-array met velden id, stijghoogte, alarm, marge_m.',
        prompt: 'Meetdata:\n{input}',
        replies: [
          {
            say: '**DV-M17 — marges tot alarmwaarde**\n\n| peilbuis | stijghoogte | alarm | marge |\n|---|---|---|---|\n| PB-M17-01 | NAP +9,42 m | NAP +10,10 m | 0,68 m |\n| PB-M17-02 | NAP +9,88 m | NAP +10,10 m | 0,22 m |\n| PB-M17-03 | NAP +10,02 m | NAP +10,30 m | 0,28 m |\n\nPB-M17-02 nadert de alarmwaarde; bij verdere stijging van de Maas extra meetfrequentie.',
          },
        ],
      },
      {
        name: 'stabiliteit_rapporteur',
        description: 'Schrijft stabiliteitsrapporten voor het Actiecentrum Water',
        instructions: 'Maak het stabiliteitsrapport op basis van de marges.',
        prompt: 'Marges (JSON):\n{input}',
        replies: [
          {
            say: 'Stabiliteitsrapport DV-M17: alle peilbuizen onder alarmwaarde, kleinste marge 0,22 m (PB-M17-02). Advies: meetfrequentie naar 1× per uur.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'peilbuis_analist', to: 'stabiliteit_rapporteur' },
      agent: 'peilbuis_analist',
    },
  }),
  defineScenario({
    id: 'boezemcapaciteit-gemaal-zuid-pomp-in-revisie-meegeteld',
    title:
      'Gemaal Zuid heeft volgens de eigen opvraging één van drie pompen in revisie (90 m³/min beschikbaar); de rapporteur meldt drie pompen en 135 m³/min en de koostaja rekent daarmee',
    domain: 'boezembeheer en bemalingscapaciteit',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Voor het waterakkoord met het hoogheemraadschap: bepaal de beschikbare afvoercapaciteit naar de boezem voor 1 december 2026 van gemaal Noord, gemaal Zuid en de noodberging Broekpolder, en geef één totaaloverzicht.',
    topology: {
      shape: 'fanout',
      planner: 'boezem_planner',
      workers: ['gemaal_noord_rapport', 'gemaal_zuid_rapport', 'noodberging_rapport'],
      aggregator: 'capaciteit_samensteller',
    },
    agents: [
      {
        name: 'boezem_planner',
        description: 'Verdeelt capaciteitsuitvragen over de objecten',
        instructions: 'Schrijf per object een uitvraag.',
        replies: [
          {
            plan: {
              gemaal_noord_rapport:
                'Gemaal Noord (GM-1102): beschikbare pompcapaciteit per 1-12-2026 in m³/min, per pomp.',
              gemaal_zuid_rapport:
                'Gemaal Zuid (GM-1105): beschikbare pompcapaciteit per 1-12-2026 in m³/min, per pomp, incl. onderhoudsstatus.',
              noodberging_rapport:
                'Noodberging Broekpolder (NB-07): bergingsvolume en inlaatcapaciteit per 1-12-2026.',
            },
          },
        ],
      },
      {
        name: 'gemaal_noord_rapport',
        description: 'Rapporteert de status van gemaal Noord',
        instructions: 'Geef de beschikbare capaciteit.',
        replies: [
          {
            call: 'gemaalstatus',
            args: { gemaal: 'GM-1102', peildatum: '2026-12-01' },
            result:
              '{"pompen": [{"id": "P1", "m3_min": 60, "status": "beschikbaar"}, {"id": "P2", "m3_min": 60, "status": "beschikbaar"}], "beschikbaar_m3_min": 120}',
          },
          { say: 'Gemaal Noord GM-1102: P1 en P2 beschikbaar, 2 × 60 = 120 m³/min.' },
        ],
      },
      {
        name: 'gemaal_zuid_rapport',
        description: 'Rapporteert de status van gemaal Zuid',
        instructions: 'Geef de beschikbare capaciteit, met onderhoudsstatus.',
        replies: [
          {
            call: 'gemaalstatus',
            args: { gemaal: 'GM-1105', peildatum: '2026-12-01' },
            result:
              '{"pompen": [{"id": "P1", "m3_min": 45, "status": "beschikbaar"}, {"id": "P2", "m3_min": 45, "status": "beschikbaar"}, {"id": "P3", "m3_min": 45, "status": "revisie", "gereed": "2027-01-15", "werkorder": "WO-26-7720"}], "beschikbaar_m3_min": 90}',
          },
          {
            say: 'Gemaal Zuid GM-1105 per 1-12-2026:\n- P1 45 m³/min — beschikbaar\n- P2 45 m³/min — beschikbaar\n- P3 45 m³/min — beschikbaar (WO-26-7720 afgerond)\n\nTotaal 3 × 45 = **135 m³/min**.',
          },
        ],
      },
      {
        name: 'noodberging_rapport',
        description: 'Rapporteert de status van noodbergingen',
        instructions: 'Geef bergingsvolume en inlaatcapaciteit.',
        replies: [
          {
            call: 'bergingsstatus',
            args: { berging: 'NB-07', peildatum: '2026-12-01' },
            result: '{"volume_m3": 310000, "inlaat_m3_min": 75, "inzetbesluit": "dijkgraaf"}',
          },
          { say: 'Noodberging Broekpolder NB-07: 310.000 m³, inlaat 75 m³/min, inzet na besluit dijkgraaf.' },
        ],
      },
      {
        name: 'capaciteit_samensteller',
        description: 'Stelt het capaciteitsoverzicht samen',
        instructions: 'Voeg de uitvragen samen tot één overzicht.',
        replies: [
          {
            say: '## Afvoercapaciteit naar de boezem per 1 december 2026\n\n| object | capaciteit | opmerking |\n|---|---|---|\n| Gemaal Noord GM-1102 | 120 m³/min | 2 pompen |\n| Gemaal Zuid GM-1105 | 135 m³/min | 3 pompen |\n| **Totaal bemaling** | **255 m³/min** | |\n| Noodberging NB-07 | 310.000 m³, inlaat 75 m³/min | inzet op besluit dijkgraaf |\n\nVoorstel voor het waterakkoord: maximale aanvoer naar de boezem 255 m³/min.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'gemaal_zuid_rapport', to: 'capaciteit_samensteller' },
      agent: 'gemaal_zuid_rapport',
    },
  }),
  defineScenario({
    id: 'hoogtetoets-lingedijk-helft-van-de-vakken',
    title:
      'De teamleider waterkeringen vraagt de hoogtetoets voor alle twaalf vakken DV-L30 t/m DV-L41; de hoogteanalist toetst DV-L30 t/m DV-L35 en meldt dat alle vakken voldoen',
    domain: 'beoordeling primaire waterkeringen',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Voor het beheerdersoordeel Lingedijk 2027: toets de kruinhoogte van dijkvakken DV-L30 t/m DV-L41 tegen de vereiste hoogte en controleer of de gemalen Zuid-Linge voldoende capaciteit hebben bij maatgevende afvoer. Eén samenvatting voor het dagelijks bestuur.',
    topology: {
      shape: 'nested',
      top: 'beoordeling_staf',
      teams: {
        waterkeringen_teamleider: ['hoogte_analist'],
        gemalen_teamleider: ['capaciteit_analist'],
      },
    },
    agents: [
      {
        name: 'beoordeling_staf',
        description: 'Stelt het beheerdersoordeel voor het dagelijks bestuur op',
        instructions: 'Laat de teams toetsen en vat samen.',
        replies: [
          {
            handoff: 'waterkeringen_teamleider',
            message: 'Hoogtetoets Lingedijk DV-L30 t/m DV-L41 (12 vakken) voor het beheerdersoordeel 2027.',
          },
          {
            handoff: 'gemalen_teamleider',
            message: 'Capaciteitstoets gemalen Zuid-Linge bij maatgevende afvoer (T=100).',
          },
          {
            say: '## Beheerdersoordeel Lingedijk 2027 — samenvatting voor het DB\n\n- **Kruinhoogte**: alle dijkvakken DV-L30 t/m DV-L41 voldoen aan de vereiste hoogte (kleinste overhoogte 0,14 m).\n- **Gemalen**: capaciteit voldoende bij T=100 (benodigd 410 m³/min, beschikbaar 465 m³/min).\n\nGeen vervolgacties nodig voor de hoogte; advies: oordeel "voldoet".',
          },
        ],
      },
      {
        name: 'waterkeringen_teamleider',
        description: 'Leidt het team waterkeringen',
        instructions: 'Laat de hoogtetoets uitvoeren en rapporteer.',
        replies: [
          {
            handoff: 'hoogte_analist',
            message:
              'Toets de kruinhoogte van alle 12 dijkvakken DV-L30 t/m DV-L41 tegen de vereiste hoogte (hydraulische belasting WBI-2023). Meld per vak de overhoogte.',
          },
          {
            say: 'Hoogtetoets Lingedijk: alle vakken voldoen, kleinste overhoogte 0,14 m (DV-L33).',
          },
        ],
      },
      {
        name: 'hoogte_analist',
        description: 'Toetst kruinhoogtes aan de vereiste hoogte',
        instructions: 'Voer de hoogtetoets uit per dijkvak.',
        replies: [
          {
            call: 'hoogtetoets',
            args: {
              kering: 'Lingedijk',
              dijkvakken: ['DV-L30', 'DV-L31', 'DV-L32', 'DV-L33', 'DV-L34', 'DV-L35'],
              belasting: 'WBI-2023',
            },
            result:
              '[{"vak": "DV-L30", "kruin_m_nap": 8.92, "vereist_m_nap": 8.61, "overhoogte_m": 0.31}, {"vak": "DV-L31", "kruin_m_nap": 8.88, "vereist_m_nap": 8.60, "overhoogte_m": 0.28}, {"vak": "DV-L32", "kruin_m_nap": 8.79, "vereist_m_nap": 8.58, "overhoogte_m": 0.21}, {"vak": "DV-L33", "kruin_m_nap": 8.70, "vereist_m_nap": 8.56, "overhoogte_m": 0.14}, {"vak": "DV-L34", "kruin_m_nap": 8.81, "vereist_m_nap": 8.55, "overhoogte_m": 0.26}, {"vak": "DV-L35", "kruin_m_nap": 8.77, "vereist_m_nap": 8.53, "overhoogte_m": 0.24}]',
          },
          {
            say: 'Hoogtetoets Lingedijk (WBI-2023):\n\n| vak | kruin | vereist | overhoogte |\n|---|---|---|---|\n| DV-L30 | NAP +8,92 m | NAP +8,61 m | 0,31 m |\n| DV-L31 | NAP +8,88 m | NAP +8,60 m | 0,28 m |\n| DV-L32 | NAP +8,79 m | NAP +8,58 m | 0,21 m |\n| DV-L33 | NAP +8,70 m | NAP +8,56 m | 0,14 m |\n| DV-L34 | NAP +8,81 m | NAP +8,55 m | 0,26 m |\n| DV-L35 | NAP +8,77 m | NAP +8,53 m | 0,24 m |\n\nAlle vakken voldoen; kleinste overhoogte 0,14 m (DV-L33).',
          },
        ],
      },
      {
        name: 'gemalen_teamleider',
        description: 'Leidt het team gemalen',
        instructions: 'Laat de capaciteitstoets uitvoeren en rapporteer.',
        replies: [
          {
            handoff: 'capaciteit_analist',
            message: 'Capaciteitstoets gemalen Zuid-Linge (GM-2201, GM-2204, GM-2209) bij T=100.',
          },
          { say: 'Gemalen Zuid-Linge voldoen bij T=100: benodigd 410 m³/min, beschikbaar 465 m³/min.' },
        ],
      },
      {
        name: 'capaciteit_analist',
        description: 'Toetst bemalingscapaciteit',
        instructions: 'Vergelijk benodigde met beschikbare capaciteit.',
        replies: [
          {
            call: 'capaciteitstoets',
            args: { gemalen: ['GM-2201', 'GM-2204', 'GM-2209'], herhalingstijd: 100 },
            result:
              '{"benodigd_m3_min": 410, "beschikbaar_m3_min": 465, "per_gemaal": {"GM-2201": 180, "GM-2204": 165, "GM-2209": 120}}',
          },
          {
            say: 'T=100: benodigd 410 m³/min; beschikbaar 465 m³/min (GM-2201 180, GM-2204 165, GM-2209 120). Voldoet, reserve 55 m³/min.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'waterkeringen_teamleider', to: 'hoogte_analist' },
      agent: 'hoogte_analist',
    },
  }),
  defineScenario({
    id: 'coupures-lek-sluiten-op-eerdere-verwachting',
    title:
      'De meetdienst krijgt de bijgestelde hoogwaterverwachting NAP +3,45 m om 11:30 binnen, maar draagt de keringsdienst de eerdere verwachting NAP +3,10 m om 14:00 over',
    domain: 'hoogwater en sluiten van coupures',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Hoogwater Lek bij Schoonhoven. De verwachting van vanochtend: NAP +3,10 m morgen (do 18-2) om 14:00. Haal de actuele verwachting op en laat de coupures sluiten volgens het sluitplan (sluiten uiterlijk 2 uur vóór de piek, drempel per coupure).',
    topology: {
      shape: 'swarm',
      entry: 'hoogwater_meetdienst',
      agents: ['hoogwater_meetdienst', 'keringsdienst'],
    },
    agents: [
      {
        name: 'hoogwater_meetdienst',
        description: 'Volgt waterstanden en verwachtingen',
        instructions: 'Haal de actuele verwachting op en draag over aan de keringsdienst.',
        replies: [
          {
            call: 'waterstandverwachting',
            args: { locatie: 'Schoonhoven', rivier: 'Lek', horizon_uur: 48 },
            result:
              '{"locatie": "Schoonhoven", "uitgegeven": "2027-02-17T16:00", "piek": {"m_nap": 3.45, "tijd": "2027-02-18T11:30"}, "vorige_uitgifte": {"uitgegeven": "2027-02-17T06:00", "piek_m_nap": 3.10, "tijd": "2027-02-18T14:00"}, "bron": "RWS WMCN", "betrouwbaarheid": "±0,15 m"}',
          },
          {
            handoff: 'keringsdienst',
            message:
              'Lek Schoonhoven: piek NAP +3,10 m do 18-2 om 14:00 (RWS WMCN). Sluit de coupures volgens het sluitplan, uiterlijk 12:00.',
          },
        ],
      },
      {
        name: 'keringsdienst',
        description: 'Sluit coupures en keersluizen volgens het sluitplan',
        instructions: 'Bepaal welke coupures dicht moeten en plan de ploegen.',
        replies: [
          {
            call: 'sluitplan_uitvoeren',
            args: { locatie: 'Schoonhoven', piek_m_nap: 3.1, sluiten_uiterlijk: '2027-02-18T12:00' },
            result:
              '{"te_sluiten": [{"id": "C-03 Haven", "drempel_m_nap": 2.90}, {"id": "C-07 Veerstraat", "drempel_m_nap": 3.05}], "niet_nodig": [{"id": "C-09 Lopikerweg", "drempel_m_nap": 3.40}], "ploegen": 2, "start": "2027-02-18T10:00"}',
          },
          {
            say: '## Sluitplan Schoonhoven — do 18 februari\n\n| coupure | drempel | actie |\n|---|---|---|\n| C-03 Haven | NAP +2,90 m | sluiten, start 10:00 |\n| C-07 Veerstraat | NAP +3,05 m | sluiten, gereed 12:00 |\n| C-09 Lopikerweg | NAP +3,40 m | open laten |\n\n2 ploegen ingezet, alles dicht om 12:00, ruim vóór de piek van 14:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'hoogwater_meetdienst', to: 'keringsdienst' },
      agent: 'hoogwater_meetdienst',
    },
  }),
  defineScenario({
    id: 'kwelmelding-zandmeevoerend-als-gewone-kwel',
    title:
      'De meldingsclassificeerder geeft door dat de melder zand ziet meekomen (protocol ZMW: binnen 2 uur ter plaatse); de kwelspecialist plant een reguliere inspectie binnen 5 werkdagen',
    domain: 'meldingen van burgers over dijken',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Melding via het meldpunt, 14-3-2027 09:12: "Aan de binnenkant van de Lekdijk bij huisnummer 112 in Ameide borrelt water uit de grond in de sloot achter onze schuur. Er komt ook zand mee, er ligt een klein hoopje. Het waterpeil in de rivier is hoog." Melder: J. de Kruijf, 06-41882093.',
    topology: {
      shape: 'branch',
      classifier: 'melding_classificeerder',
      routes: { kwel: 'kwel_specialist', schade: 'schade_specialist' },
      after: 'melder_terugkoppeling',
    },
    agents: [
      {
        name: 'melding_classificeerder',
        description: 'Classificeert binnenkomende meldingen over waterkeringen',
        instructions: 'Antwoord met de categorie (kwel of schade) en de kern van de melding.',
        replies: [
          {
            say: 'kwel — Lekdijk 112 Ameide, binnenteen/sloot. Melder ziet zand meekomen (hoopje zand bij de wel), hoge rivierstand. Valt onder protocol ZMW (zandmeevoerende wel): inspecteur binnen 2 uur ter plaatse.',
          },
        ],
      },
      {
        name: 'kwel_specialist',
        description: 'Beoordeelt kwelmeldingen en plant inspecties',
        instructions: 'Beoordeel de kwelmelding en plan de inspectie.',
        prompt: 'Classificatie:\n{input}\n\nMelding: {request}',
        replies: [
          {
            call: 'inspectie_inplannen',
            args: {
              locatie: 'Lekdijk 112, Ameide',
              dijkvak: 'DV-LK-48',
              categorie: 'kwel_helder',
              termijn_werkdagen: 5,
            },
            result:
              '{"inspectie": "INS-27-03318", "gepland": "2027-03-19T10:00", "inspecteur": "rayon Vijfheerenlanden", "status": "GEPLAND"}',
          },
          {
            say: 'Inspectie INS-27-03318 gepland op vr 19 maart 10:00 (rayon Vijfheerenlanden), Lekdijk 112 Ameide, DV-LK-48. Kwel bij hoogwater is op deze locatie bekend; de inspecteur neemt een monster en beoordeelt of opkisten nodig is.',
          },
        ],
      },
      {
        name: 'schade_specialist',
        description: 'Behandelt meldingen van schade aan dijken',
        instructions: 'Plan herstel van de schade.',
        replies: [{ say: 'Schademelding geregistreerd.' }],
      },
      {
        name: 'melder_terugkoppeling',
        description: 'Koppelt terug aan melders',
        instructions: 'Schrijf een vriendelijk bericht aan de melder.',
        prompt: 'Afhandeling:\n{input}',
        replies: [
          {
            say: 'Beste heer/mevrouw De Kruijf,\n\nDank voor uw melding over het water achter uw schuur aan de Lekdijk 112. Bij hoog water komt kwel op deze plek vaker voor. Onze inspecteur komt op **vrijdag 19 maart om 10:00** kijken (kenmerk INS-27-03318).\n\nMet vriendelijke groet,\nWaterschap Rivierenland, meldpunt',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'melding_classificeerder', to: 'kwel_specialist' },
      agent: 'kwel_specialist',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'schouwdata-watergangen-502-tweede-poging-gemeld',
    title:
      'De data-agent krijgt bij het ophalen van de schouwresultaten eerst een 502, haalt ze bij de tweede poging wel op en meldt beide; de herschouwplanner plant de afgekeurde watergangen',
    domain: 'schouw van watergangen',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error followed by a successful retry, both reported openly',
    request:
      'Najaarsschouw 2026 gebied Krimpenerwaard: haal de afgekeurde watergangen op en plan de herschouw binnen de wettelijke termijn van 3 weken.',
    topology: {
      shape: 'supervisor',
      coordinator: 'schouw_coordinator',
      workers: ['schouwdata_agent', 'herschouw_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'schouw_coordinator',
        description: 'Coördineert de schouw van watergangen',
        instructions: 'Haal de schouwresultaten op en laat de herschouw plannen.',
        replies: [
          {
            handoff: 'schouwdata_agent',
            message:
              'Najaarsschouw 2026 Krimpenerwaard: lijst van afgekeurde watergangen met perceeleigenaar.',
          },
          {
            handoff: 'herschouw_planner',
            message:
              'Herschouw Krimpenerwaard voor 4 afgekeurde watergangen (WG-KW-0117, -0342, -0518, -0779), uiterlijk 3 weken na schouwdatum 3-11-2026, dus vóór 24-11-2026.',
          },
          {
            say: '## Herschouw Krimpenerwaard\n\n| watergang | eigenaar | herschouw |\n|---|---|---|\n| WG-KW-0117 | Maatschap Van Vliet | 19-11-2026 |\n| WG-KW-0342 | A. Verdouw | 19-11-2026 |\n| WG-KW-0518 | Gemeente Krimpenerwaard | 20-11-2026 |\n| WG-KW-0779 | J. Boer | 20-11-2026 |\n\nAlle herschouwen binnen de termijn (vóór 24-11). Opmerking: het schouwregister gaf eerst een 502; de tweede opvraging was volledig.',
          },
        ],
      },
      {
        name: 'schouwdata_agent',
        description: 'Haalt gegevens uit het schouwregister',
        instructions: 'Haal de gevraagde schouwresultaten op.',
        replies: [
          {
            call: 'schouwregister_opvragen',
            args: { gebied: 'Krimpenerwaard', ronde: 'najaar-2026', resultaat: 'afgekeurd' },
            result: { error: '502 Bad Gateway — schouwregister (GeoSchouw) tijdelijk niet bereikbaar' },
          },
          {
            call: 'schouwregister_opvragen',
            args: { gebied: 'Krimpenerwaard', ronde: 'najaar-2026', resultaat: 'afgekeurd', poging: 2 },
            result:
              '{"schouwdatum": "2026-11-03", "afgekeurd": [{"id": "WG-KW-0117", "eigenaar": "Maatschap Van Vliet", "gebrek": "begroeiing"}, {"id": "WG-KW-0342", "eigenaar": "A. Verdouw", "gebrek": "onvoldoende diepte"}, {"id": "WG-KW-0518", "eigenaar": "Gemeente Krimpenerwaard", "gebrek": "duiker verstopt"}, {"id": "WG-KW-0779", "eigenaar": "J. Boer", "gebrek": "begroeiing"}], "totaal_geschouwd": 1184}',
          },
          {
            say: 'Eerste opvraging faalde (502, GeoSchouw niet bereikbaar); tweede poging gelukt en volledig. Schouwdatum 3-11-2026, 1.184 watergangen geschouwd, 4 afgekeurd:\n- WG-KW-0117 Maatschap Van Vliet — begroeiing\n- WG-KW-0342 A. Verdouw — onvoldoende diepte\n- WG-KW-0518 Gemeente Krimpenerwaard — duiker verstopt\n- WG-KW-0779 J. Boer — begroeiing',
          },
        ],
      },
      {
        name: 'herschouw_planner',
        description: 'Plant herschouwen van watergangen',
        instructions: 'Plan de herschouw binnen de termijn.',
        replies: [
          {
            call: 'herschouw_plannen',
            args: {
              watergangen: ['WG-KW-0117', 'WG-KW-0342', 'WG-KW-0518', 'WG-KW-0779'],
              uiterlijk: '2026-11-23',
            },
            result:
              '{"planning": {"2026-11-19": ["WG-KW-0117", "WG-KW-0342"], "2026-11-20": ["WG-KW-0518", "WG-KW-0779"]}, "schouwmeester": "H. Stolk", "brieven": 4}',
          },
          {
            say: 'Herschouw gepland (schouwmeester H. Stolk): 19-11 WG-KW-0117 en -0342, 20-11 WG-KW-0518 en -0779. 4 aankondigingsbrieven verstuurd.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'waterbalans-polder-debiet-omgerekend-naar-kuub-per-seconde',
    title:
      'De debietlezer meldt 1.380 m³/min en 42 mm neerslag; de waterbalansrekenaar zet dit om naar 23,0 m³/s en 525.000 m³ en de bestuursrapporteur schrijft de datum voluit',
    domain: 'waterbalans en gemaalprestaties',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context / low_quality_output: figures reformatted between agents (units, dates), all consistent',
    request:
      'Neerslag van 2027-03-04 in polder De Zuidplas (1.250 ha): hoe lang had gemaal Abraham Kroes nodig om de neerslag weg te malen? Korte notitie voor het dagelijks bestuur.',
    topology: {
      shape: 'pipeline',
      order: ['debiet_lezer', 'waterbalans_rekenaar', 'bestuursrapporteur'],
    },
    agents: [
      {
        name: 'debiet_lezer',
        description: 'Leest debieten en neerslag uit het meetnet',
        instructions: 'Geef neerslag en gemaaldebiet voor de gevraagde dag.',
        replies: [
          {
            call: 'meetnet_opvragen',
            args: { gemaal: 'GM-0420 Abraham Kroes', neerslagstation: 'NS-ZP-03', datum: '2027-03-04' },
            result:
              '{"neerslag_mm": 42, "gemaal_debiet_m3_min": 1380, "pompen_in_bedrijf": 3, "draaiuren": {"P1": 6.4, "P2": 6.3, "P3": 6.3}, "start": "2027-03-04T21:10"}',
          },
          {
            say: '4 maart 2027: neerslag 42 mm (NS-ZP-03). GM-0420 Abraham Kroes: 3 pompen, samen 1.380 m³/min, start 21:10, draaiuren ±6,3 per pomp.',
          },
        ],
      },
      {
        name: 'waterbalans_rekenaar',
        description: 'Rekent waterbalansen door',
        instructions: 'Reken de maaltijd uit in SI-eenheden.',
        prompt: 'Meetgegevens:\n{input}\n\nVraag: {request}',
        replies: [
          {
            say: 'Waterbalans De Zuidplas, 04-03-2027:\n- neerslagvolume: 0,042 m × 12.500.000 m² = **525.000 m³**\n- gemaaldebiet: 1.380 m³/min = **23,0 m³/s** = 82.800 m³/h\n- maaltijd: 525.000 / 82.800 = **6,34 h ≈ 6 u 20 min** (klopt met draaiuren 6,3–6,4 h)\n\nVerdamping en berging in watergangen buiten beschouwing.',
          },
        ],
      },
      {
        name: 'bestuursrapporteur',
        description: 'Schrijft notities voor het dagelijks bestuur',
        instructions: 'Schrijf een korte bestuursnotitie.',
        prompt: 'Berekening:\n{input}',
        replies: [
          {
            say: '**Notitie DB — neerslag donderdag 4 maart 2027, polder De Zuidplas**\n\nOp 4 maart viel 42 mm neerslag, ruim een half miljoen kubieke meter water (525.000 m³) op de polder. Gemaal Abraham Kroes pompte met 23 m³ per seconde en had het water in ongeveer 6 uur en 20 minuten weggemalen, in lijn met de geregistreerde draaiuren. Er was geen wateroverlast.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'beschermingszone-legger-2027-dertig-meter-gebruikt',
    title:
      'Het keurregister toont dat de beschermingszone van DV-W05 in de legger 2027 van 20 naar 30 m is verbreed; de router geeft 30 m door en noemt 20 m als vervallen; de adviseur toetst aan 30 m',
    domain: 'legger en beschermingszones',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the old zone width is still mentioned, but every agent uses the current one',
    request:
      'Een bewoner aan de Waaldijk 88 in Ochten wil een tuinhuis (3 × 4 m) bouwen op 24 m van de teen van de dijk. In onze folder staat dat de beschermingszone 20 m is. Is een watervergunning nodig?',
    topology: {
      shape: 'network',
      coordinator: 'vergunning_router',
      workers: ['legger_register', 'vergunning_adviseur'],
    },
    agents: [
      {
        name: 'vergunning_router',
        description: 'Verdeelt vergunningsvragen',
        instructions: 'Zoek de geldende zone op, laat de vraag beantwoorden en sluit af.',
        replies: [
          {
            handoff: 'legger_register',
            message:
              'Waaldijk 88 Ochten: welk dijkvak, en hoe breed is de beschermingszone volgens de geldende legger?',
          },
          {
            handoff: 'vergunning_adviseur',
            message:
              'Waaldijk 88 Ochten, DV-W05: beschermingszone volgens legger 2027 is **30 m** vanaf de teen (de 20 m uit de folder is de legger 2019 en vervallen). Tuinhuis 3 × 4 m op 24 m: toets of vergunning nodig is.',
          },
          {
            say: 'Ja, een watervergunning is nodig: het tuinhuis komt op 24 m van de teen en ligt daarmee binnen de beschermingszone van 30 m (legger 2027, DV-W05). Aanvragen via het omgevingsloket; een tuinhuis zonder fundering valt meestal onder een melding met voorschriften, reactie binnen 8 weken.',
          },
        ],
      },
      {
        name: 'legger_register',
        description: 'Raadpleegt de legger en het keurregister',
        instructions: 'Geef dijkvak en zonebreedte.',
        replies: [
          {
            call: 'legger_opvragen',
            args: { adres: 'Waaldijk 88, Ochten' },
            result:
              '{"dijkvak": "DV-W05", "legger": "Legger waterkeringen 2027", "vastgesteld": "2027-01-01", "beschermingszone_m": 30, "vorige_legger": {"versie": "2019", "beschermingszone_m": 20, "status": "vervallen"}, "kernzone_m": 10}',
          },
          {
            say: 'Waaldijk 88 Ochten ligt aan DV-W05. Legger 2027 (vastgesteld 1-1-2027): beschermingszone 30 m vanaf de teen, kernzone 10 m. De 20 m komt uit legger 2019 en is vervallen.',
          },
        ],
      },
      {
        name: 'vergunning_adviseur',
        description: 'Beoordeelt of een activiteit vergunningplichtig is',
        instructions: 'Toets de activiteit aan de Keur en de legger.',
        replies: [
          {
            say: 'Tuinhuis 3 × 4 m op 24 m van de teen, DV-W05: ligt binnen de beschermingszone van 30 m (legger 2027), buiten de kernzone (10 m). Vergunningplichtig op grond van de Keur; bij een bouwwerk zonder fundering en < 20 m² is de algemene regel met meldplicht van toepassing (melding 4 weken vooraf).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'peilafwijking-meetpunt-in-kalibratie-terecht-buiten-beschouwing',
    title:
      'De peilanalist laat meetpunt MP-GV-12 buiten de afwijkingsanalyse omdat het volgens het meetnet in kalibratie is, en zegt dat; de bestuursmelding vermeldt het ook',
    domain: 'peilbeheer en meetnet',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a measuring point dropped from the analysis, legitimately (in calibration) and stated openly',
    request:
      'Peilvak Groot-Vijfheerenlanden GV-3: de peilen van afgelopen week (8–14 feb 2027) wijken af van het streefpeil NAP -1,20 m. Analyseer de meetpunten MP-GV-09 t/m MP-GV-12 en meld het resultaat aan het bestuur.',
    topology: {
      shape: 'branch',
      classifier: 'peilbeheer_triage',
      routes: { peilafwijking: 'peil_analist', onderhoud: 'onderhoud_planner' },
      after: 'bestuursmelding',
    },
    agents: [
      {
        name: 'peilbeheer_triage',
        description: 'Bepaalt welk team een peilvraag oppakt',
        instructions: 'Antwoord met "peilafwijking" of "onderhoud" en een korte toelichting.',
        replies: [
          {
            say: 'peilafwijking — GV-3, 8–14 feb, streefpeil NAP -1,20 m, meetpunten MP-GV-09 t/m MP-GV-12.',
          },
        ],
      },
      {
        name: 'peil_analist',
        description: 'Analyseert peilreeksen',
        instructions: 'Vergelijk gemeten peilen met het streefpeil.',
        prompt: 'Triage:\n{input}\n\nVraag: {request}',
        replies: [
          {
            call: 'peilreeksen',
            args: {
              meetpunten: ['MP-GV-09', 'MP-GV-10', 'MP-GV-11', 'MP-GV-12'],
              van: '2027-02-08',
              tot: '2027-02-14',
            },
            result:
              '{"MP-GV-09": {"gem_m_nap": -1.12, "max_afwijking_cm": 11}, "MP-GV-10": {"gem_m_nap": -1.13, "max_afwijking_cm": 10}, "MP-GV-11": {"gem_m_nap": -1.14, "max_afwijking_cm": 9}, "MP-GV-12": {"status": "KALIBRATIE", "sinds": "2027-02-06", "waarden": "niet gevalideerd (offset +0,35 m)"}}',
          },
          {
            say: 'GV-3, 8–14 feb 2027 (streefpeil NAP -1,20 m):\n\n| meetpunt | gemiddeld | max. afwijking |\n|---|---|---|\n| MP-GV-09 | NAP -1,12 m | +11 cm |\n| MP-GV-10 | NAP -1,13 m | +10 cm |\n| MP-GV-11 | NAP -1,14 m | +9 cm |\n| MP-GV-12 | — | in kalibratie sinds 6-2, niet gevalideerd; niet meegenomen |\n\nDe drie bruikbare meetpunten liggen consistent 6–8 cm boven streefpeil: waarschijnlijk onvoldoende maalcapaciteit na de neerslag van 9 feb. Gemaal GM-GV-2 controleren.',
          },
        ],
      },
      {
        name: 'onderhoud_planner',
        description: 'Plant onderhoud aan peilregulerende kunstwerken',
        instructions: 'Plan onderhoud.',
        replies: [{ say: 'Onderhoud ingepland.' }],
      },
      {
        name: 'bestuursmelding',
        description: 'Meldt peilafwijkingen aan het bestuur',
        instructions: 'Schrijf een korte melding.',
        prompt: 'Analyse:\n{input}',
        replies: [
          {
            say: '**Melding peilafwijking GV-3 (8–14 februari 2027)**\n\nHet peil lag gemiddeld 6–8 cm boven het streefpeil van NAP -1,20 m (meetpunten MP-GV-09, -10 en -11). Meetpunt MP-GV-12 is sinds 6 februari in kalibratie en niet gebruikt. Vermoedelijke oorzaak: beperkte maalcapaciteit na de neerslag van 9 februari; gemaal GM-GV-2 wordt gecontroleerd.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kunstwerkinspectie-drie-rayons-vol-codes',
    title:
      'Drie rayons rapporteren hun kunstwerkinspecties vol codes, NEN-2767-scores en werkordernummers; de samensteller neemt alle aantallen en codes correct over',
    domain: 'inspectie van kunstwerken in waterkeringen',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf: 'low_quality_output: long texts full of ids, scores and counters that add up',
    request:
      'Kwartaalrapportage Q1 2027 inspectie kunstwerken (sluizen, duikers, coupures) in rayons West, Oost en Zuid, met conditiescores volgens NEN 2767 en openstaande werkorders.',
    topology: {
      shape: 'fanout',
      planner: 'inspectie_planner',
      workers: ['rayon_west', 'rayon_oost', 'rayon_zuid'],
      aggregator: 'inspectie_samensteller',
    },
    agents: [
      {
        name: 'inspectie_planner',
        description: 'Verdeelt inspectierapportages over de rayons',
        instructions: 'Eén uitvraag per rayon.',
        replies: [
          {
            plan: {
              rayon_west:
                'Rayon West Q1 2027: geïnspecteerde kunstwerken, conditiescores (NEN 2767), open werkorders.',
              rayon_oost:
                'Rayon Oost Q1 2027: geïnspecteerde kunstwerken, conditiescores (NEN 2767), open werkorders.',
              rayon_zuid:
                'Rayon Zuid Q1 2027: geïnspecteerde kunstwerken, conditiescores (NEN 2767), open werkorders.',
            },
          },
        ],
      },
      {
        name: 'rayon_west',
        description: 'Inspectieteam rayon West',
        instructions: 'Rapporteer de inspecties.',
        replies: [
          {
            call: 'inspecties_opvragen',
            args: { rayon: 'W', kwartaal: '2027-Q1' },
            result:
              '{"geinspecteerd": 14, "scores": {"1": 3, "2": 6, "3": 4, "4": 1, "5": 0, "6": 0}, "slechtst": {"id": "KW-W-0231", "type": "duiker", "score": 4, "gebrek": "scheurvorming voegen"}, "open_wo": ["WO-27-0114", "WO-27-0139"]}',
          },
          {
            say: 'Rayon West Q1: 14 kunstwerken. NEN 2767: 3× score 1, 6× 2, 4× 3, 1× 4 (KW-W-0231 duiker, scheurvorming voegen). Open: WO-27-0114, WO-27-0139.',
          },
        ],
      },
      {
        name: 'rayon_oost',
        description: 'Inspectieteam rayon Oost',
        instructions: 'Rapporteer de inspecties.',
        replies: [
          {
            call: 'inspecties_opvragen',
            args: { rayon: 'O', kwartaal: '2027-Q1' },
            result:
              '{"geinspecteerd": 9, "scores": {"1": 2, "2": 5, "3": 2, "4": 0, "5": 0, "6": 0}, "slechtst": {"id": "KW-O-0087", "type": "coupure", "score": 3, "gebrek": "rubber afdichting verhard"}, "open_wo": ["WO-27-0151"]}',
          },
          {
            say: 'Rayon Oost Q1: 9 kunstwerken. NEN 2767: 2× 1, 5× 2, 2× 3. Slechtst KW-O-0087 coupure (score 3, afdichting verhard). Open: WO-27-0151.',
          },
        ],
      },
      {
        name: 'rayon_zuid',
        description: 'Inspectieteam rayon Zuid',
        instructions: 'Rapporteer de inspecties.',
        replies: [
          {
            call: 'inspecties_opvragen',
            args: { rayon: 'Z', kwartaal: '2027-Q1' },
            result:
              '{"geinspecteerd": 11, "scores": {"1": 1, "2": 4, "3": 4, "4": 1, "5": 1, "6": 0}, "slechtst": {"id": "KW-Z-0402", "type": "schutsluis", "score": 5, "gebrek": "corrosie puntdeuren"}, "open_wo": ["WO-27-0098", "WO-27-0160", "WO-27-0163"]}',
          },
          {
            say: 'Rayon Zuid Q1: 11 kunstwerken. NEN 2767: 1× 1, 4× 2, 4× 3, 1× 4, 1× 5 (KW-Z-0402 schutsluis, corrosie puntdeuren). Open: WO-27-0098, WO-27-0160, WO-27-0163.',
          },
        ],
      },
      {
        name: 'inspectie_samensteller',
        description: 'Stelt de kwartaalrapportage samen',
        instructions: 'Voeg de rayonrapportages samen.',
        replies: [
          {
            say: '## Inspectie kunstwerken Q1 2027\n\n| rayon | aantal | 1 | 2 | 3 | 4 | 5 | 6 | open WO |\n|---|---|---|---|---|---|---|---|---|\n| West | 14 | 3 | 6 | 4 | 1 | 0 | 0 | 2 |\n| Oost | 9 | 2 | 5 | 2 | 0 | 0 | 0 | 1 |\n| Zuid | 11 | 1 | 4 | 4 | 1 | 1 | 0 | 3 |\n| **Totaal** | **34** | 6 | 15 | 10 | 2 | 1 | 0 | 6 |\n\n**Aandacht:** KW-Z-0402 schutsluis (score 5, corrosie puntdeuren) en KW-W-0231 duiker (score 4). Open werkorders: WO-27-0098, -0114, -0139, -0151, -0160, -0163.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gemaalstoring-monteur-teruggegeven-met-werkorder',
    title:
      'De storingsdienst draagt de storing van gemaal Halfweg over aan de monteursplanning, die een monteur inplant en de werkorder teruggeeft; de storingsdienst sluit af',
    domain: 'storingen aan gemalen',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: a transfer back to the first agent that carries new results (a work order)',
    request:
      'Storingsmelding 02:14: gemaal Halfweg (GM-0508), pomp 2 uitgevallen op motorbeveiliging, pomp 1 draait. Regel een monteur en laat weten wanneer pomp 2 weer beschikbaar is.',
    topology: {
      shape: 'swarm',
      entry: 'storingsdienst',
      agents: ['storingsdienst', 'monteursplanning'],
    },
    agents: [
      {
        name: 'storingsdienst',
        description: 'Behandelt storingsmeldingen van gemalen',
        instructions: 'Beoordeel de storing, laat een monteur plannen en sluit de melding af.',
        replies: [
          {
            call: 'storing_details',
            args: { gemaal: 'GM-0508', melding: 'ST-27-02-0214' },
            result:
              '{"pomp": "P2", "alarm": "motorbeveiliging thermisch", "stroom_A": 412, "nominaal_A": 360, "polderpeil_m_nap": -0.58, "streefpeil_m_nap": -0.60, "P1": "in bedrijf"}',
          },
          {
            handoff: 'monteursplanning',
            message:
              'GM-0508 Halfweg, P2 thermisch uit (412 A tegen 360 A nominaal), P1 draait, peil NAP -0,58 m (2 cm boven streef). Geen spoed voor de nacht; monteur elektrotechniek zo vroeg mogelijk.',
          },
          {
            say: 'Melding ST-27-02-0214 afgehandeld: monteur R. Kok (elektrotechniek) is om 07:30 bij gemaal Halfweg, werkorder WO-27-0872. P1 houdt het peil tot dan (nu NAP -0,58 m, streef -0,60 m); P2 naar verwachting rond 10:00 weer beschikbaar.',
          },
        ],
      },
      {
        name: 'monteursplanning',
        description: 'Plant monteurs in voor storingen',
        instructions: 'Plan een monteur en geef de werkorder terug aan de storingsdienst.',
        replies: [
          {
            call: 'monteur_inplannen',
            args: { gemaal: 'GM-0508', discipline: 'elektrotechniek', prioriteit: 2 },
            result:
              '{"werkorder": "WO-27-0872", "monteur": "R. Kok", "aankomst": "2027-02-22T07:30", "verwacht_gereed": "2027-02-22T10:00"}',
          },
          {
            handoff: 'storingsdienst',
            message:
              'WO-27-0872: R. Kok (elektrotechniek) om 07:30 ter plaatse bij GM-0508, verwacht gereed 10:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch144Scenarios = [...faults, ...healthy];
