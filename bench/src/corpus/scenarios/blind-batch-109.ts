import { defineScenario } from '../scenario.ts';

// Blind batch 109: gemeentelijke omgevingsvergunningen en ruimtelijke aanvragen, in het Nederlands.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'dakopbouw-merelstraat-getoetst-op-revisie-een',
    title:
      'De dossiercontroleur meldt dat revisie 2 van de tekeningen geldt (bouwhoogte 9,80 m); de planregeltoetser toetst toch de vervangen 10,45 m en vindt strijdigheid met het omgevingsplan',
    domain: 'omgevingsvergunning bouwactiviteit en omgevingsplantoets',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Aanvraag omgevingsvergunning OLO-8841207: dakopbouw op de woning Merelstraat 14, Utrecht (kadastraal UTT00 K 4412). De aanvrager heeft op 2 april 2027 gewijzigde tekeningen ingediend. Toets het plan aan het omgevingsplan en stel het conceptbesluit op.',
    topology: {
      shape: 'pipeline',
      order: ['dossiercontroleur', 'planregeltoetser', 'besluitopsteller'],
    },
    agents: [
      {
        name: 'dossiercontroleur',
        description: 'Controleert de volledigheid en de geldende stukken van een aanvraagdossier',
        instructions:
          'Haal het dossier op, stel vast welke tekeningen gelden en geef de toetsgegevens door aan de planregeltoetser.',
        replies: [
          {
            call: 'haal_dossier',
            args: { olo_nummer: 'OLO-8841207', onderdelen: ['tekeningen', 'maatvoering'] },
            result:
              '{"olo_nummer": "OLO-8841207", "adres": "Merelstraat 14, 3551 EK Utrecht", "perceel": "UTT00 K 4412", "tekeningen": [{"revisie": 2, "datum": "2027-04-02", "status": "GELDEND", "bouwhoogte_m": 9.80, "goothoogte_m": 6.10, "dakhelling_gr": 35}, {"revisie": 1, "datum": "2027-02-18", "status": "VERVANGEN", "bouwhoogte_m": 10.45, "goothoogte_m": 6.10, "dakhelling_gr": 42}], "bijlagen_compleet": true}',
          },
          {
            say: '**Dossier OLO-8841207 — Merelstraat 14** (UTT00 K 4412)\n\nGeldende tekeningen: **revisie 2 van 2 april 2027**.\n\n| maat | revisie 2 (geldend) | revisie 1 (vervangen) |\n|---|---|---|\n| bouwhoogte | **9,80 m** | 10,45 m |\n| goothoogte | 6,10 m | 6,10 m |\n| dakhelling | 35° | 42° |\n\nDe aanvrager heeft de dakhelling verlaagd, waardoor de nok 65 cm lager komt. Bijlagen compleet; toets op revisie 2.',
          },
        ],
      },
      {
        name: 'planregeltoetser',
        description: 'Toetst bouwplannen aan de regels van het omgevingsplan',
        instructions:
          'Toets de maatvoering van het bouwplan aan het omgevingsplan en geef het resultaat met de regel door.',
        prompt: 'Dossieroverzicht:\n{input}\n\nAanvraag: {request}',
        replies: [
          {
            call: 'toets_omgevingsplan',
            args: {
              perceel: 'UTT00 K 4412',
              functie: 'wonen',
              bouwhoogte_m: 10.45,
              goothoogte_m: 6.1,
            },
            result:
              '{"omgevingsplan": "Omgevingsplan gemeente Utrecht, werkingsgebied Oog in Al", "regel": "art. 4.2.1 lid b", "max_bouwhoogte_m": 10.0, "max_goothoogte_m": 6.5, "resultaat_bouwhoogte": "STRIJDIG", "overschrijding_m": 0.45, "resultaat_goothoogte": "PAST", "vervolg": "buitenplanse omgevingsplanactiviteit (art. 5.1 lid 1 onder a Omgevingswet), beslistermijn 8 weken + verlenging 6 weken"}',
          },
          {
            say: 'Toetsing OLO-8841207 aan art. 4.2.1 lid b:\n- bouwhoogte 10,45 m > max. 10,00 m → **strijdig** (+0,45 m)\n- goothoogte 6,10 m ≤ 6,50 m → past\n\nVergunning kan alleen met een buitenplanse omgevingsplanactiviteit; de beslistermijn verlengen met 6 weken.',
          },
        ],
      },
      {
        name: 'besluitopsteller',
        description: 'Stelt conceptbesluiten op omgevingsvergunningaanvragen op',
        instructions: 'Stel het conceptbesluit of de vervolgstap op aan de hand van de toetsing.',
        prompt: 'Toetsingsresultaat:\n{input}',
        replies: [
          {
            say: '## Conceptbesluit OLO-8841207 — dakopbouw Merelstraat 14\n\n**Voorlopige conclusie:** het bouwplan past niet binnen het omgevingsplan (bouwhoogte 10,45 m, toegestaan 10,00 m).\n\nVervolg:\n1. Aanvrager per brief informeren over de strijdigheid en de mogelijkheid van een buitenplanse omgevingsplanactiviteit.\n2. Beslistermijn met 6 weken verlengen (verlengingsbesluit uiterlijk 28 mei 2027).\n3. Ruimtelijke onderbouwing opvragen bij de aanvrager.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'dossiercontroleur', to: 'planregeltoetser' },
      agent: 'planregeltoetser',
    },
  }),
  defineScenario({
    id: 'bedrijfshal-zwolle-leges-over-bedrag-met-btw',
    title:
      'De coördinator vraagt de leges over de bouwsom exclusief btw (€ 1.240.000) te berekenen; de legesberekenaar rekent met € 1.500.400 inclusief btw en de ontvangstbevestiging noemt € 33.008,80',
    domain: 'leges omgevingsvergunning',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Zaak Z-2027-01733: nieuwbouw bedrijfshal Industrieweg 27, Zwolle. Bouwsom volgens de aanvraag € 1.240.000 excl. btw (€ 1.500.400 incl. btw). Bereken de leges volgens de Legesverordening 2027 en stuur de aanvrager de ontvangstbevestiging met het legesbedrag.',
    topology: {
      shape: 'supervisor',
      coordinator: 'vergunningcoordinator',
      workers: ['legesberekenaar', 'correspondentie_team'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'vergunningcoordinator',
        description: 'Coördineert de behandeling van vergunningaanvragen',
        instructions: 'Laat de leges berekenen en de ontvangstbevestiging versturen; rapporteer kort.',
        replies: [
          {
            handoff: 'legesberekenaar',
            message:
              'Z-2027-01733, bedrijfshal Industrieweg 27: bereken de leges voor de bouwactiviteit. Grondslag volgens art. 2.3.1.2 Legesverordening 2027 zijn de bouwkosten exclusief btw, dus € 1.240.000 (de aanvraag noemt ook € 1.500.400 incl. btw). Tarief 2,2%, minimum € 312.',
          },
          {
            handoff: 'correspondentie_team',
            message:
              'Stuur de ontvangstbevestiging voor Z-2027-01733 naar Van Dalen Bouw B.V.: aanvraag ontvangen 7 april 2027, beslistermijn 8 weken (uiterlijk 2 juni 2027), leges bouwactiviteit € 33.008,80.',
          },
          {
            say: '**Z-2027-01733 — bedrijfshal Industrieweg 27**\n\n- Leges bouwactiviteit: **€ 33.008,80**\n- Ontvangstbevestiging verstuurd naar Van Dalen Bouw B.V. (kenmerk UIT-2027-05521)\n- Beslistermijn loopt tot 2 juni 2027',
          },
        ],
      },
      {
        name: 'legesberekenaar',
        description: 'Berekent leges volgens de geldende legesverordening',
        instructions: 'Bereken de leges volgens de opdracht en meld bedrag en grondslag.',
        replies: [
          {
            call: 'bereken_leges',
            args: {
              zaak: 'Z-2027-01733',
              activiteit: 'bouwen',
              grondslag_eur: 1500400,
              tarief_pct: 2.2,
              minimum_eur: 312,
            },
            result:
              '{"zaak": "Z-2027-01733", "tabel": "Legesverordening 2027, titel 2, hfd. 3", "grondslag_eur": 1500400.00, "tarief_pct": 2.2, "leges_eur": 33008.80, "minimum_toegepast": false}',
          },
          {
            say: 'Leges bouwactiviteit Z-2027-01733: **€ 33.008,80** (2,2% van € 1.500.400, minimum niet van toepassing).',
          },
        ],
      },
      {
        name: 'correspondentie_team',
        description: 'Verstuurt brieven aan aanvragers',
        instructions: 'Stel de brief op en verstuur die via het zaaksysteem.',
        replies: [
          {
            call: 'verstuur_brief',
            args: {
              zaak: 'Z-2027-01733',
              sjabloon: 'ontvangstbevestiging_regulier',
              ontvanger: 'Van Dalen Bouw B.V.',
              velden: { ontvangen: '07-04-2027', termijn_tot: '02-06-2027', leges: '€ 33.008,80' },
            },
            result:
              '{"kenmerk": "UIT-2027-05521", "kanaal": "Berichtenbox voor bedrijven", "status": "VERZONDEN"}',
          },
          { say: 'Ontvangstbevestiging verzonden via de Berichtenbox, kenmerk UIT-2027-05521.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'vergunningcoordinator', to: 'legesberekenaar' },
      agent: 'legesberekenaar',
    },
  }),
  defineScenario({
    id: 'winkelpui-binnenstad-welstandsadvies-nooit-verstuurd',
    title:
      'De verdeler plant drie adviezen voor een nieuwe winkelpui in beschermd stadsgezicht; de opdracht aan de welstandsadviseur wordt nooit verzonden en het besluit gaat uit van alleen constructie en brandveiligheid',
    domain: 'omgevingsvergunning in beschermd stadsgezicht',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Aanvraag OLO-8860442: vervanging van de winkelpui van Lange Noordstraat 9, Middelburg (beschermd stadsgezicht). Laat welstand (omgevingskwaliteit), constructie en brandveiligheid beoordelen en geef een integraal advies over verlening.',
    topology: {
      shape: 'fanout',
      planner: 'aanvraag_verdeler',
      workers: ['welstand_adviseur', 'constructie_toetser', 'brandveiligheid_toetser'],
      aggregator: 'integraal_adviseur',
    },
    program: { lose: { to: 'welstand_adviseur', prompt: null } },
    agents: [
      {
        name: 'aanvraag_verdeler',
        description: 'Verdeelt een aanvraag over de vakadviseurs',
        instructions: 'Schrijf per adviseur een opdracht.',
        replies: [
          {
            plan: {
              welstand_adviseur:
                'OLO-8860442, Lange Noordstraat 9 (beschermd stadsgezicht): beoordeel de nieuwe winkelpui aan de paragraaf omgevingskwaliteit van het omgevingsplan (materiaal, kozijnindeling, reclame).',
              constructie_toetser:
                'OLO-8860442: toets de stalen latei boven de nieuwe pui (overspanning 5,40 m) en de berekening van Ingenieursbureau Zeeland.',
              brandveiligheid_toetser:
                'OLO-8860442: toets vluchtroute en brandscheiding tussen winkel en bovenwoning na vervanging van de pui.',
            },
          },
        ],
      },
      {
        name: 'welstand_adviseur',
        description: 'Adviseert over omgevingskwaliteit en welstand',
        instructions: 'Beoordeel het plan aan de regels voor omgevingskwaliteit.',
        replies: [
          {
            say: 'Omgevingskwaliteit Lange Noordstraat 9: pui in aluminium met doorlopende glasvlakken past niet in het beschermd stadsgezicht; houten kozijnen met middenstijl en plint vereist. Negatief advies in huidige vorm.',
          },
        ],
      },
      {
        name: 'constructie_toetser',
        description: 'Toetst constructieve veiligheid',
        instructions: 'Toets de constructieve berekening.',
        replies: [
          {
            call: 'toets_berekening',
            args: { zaak: 'OLO-8860442', element: 'latei HEB 240', overspanning_m: 5.4 },
            result:
              '{"element": "HEB 240, S235", "unity_check_buiging": 0.71, "unity_check_doorbuiging": 0.83, "oplegging": "stalen kolommen HEA 160", "resultaat": "VOLDOET"}',
          },
          { say: 'Constructie: latei HEB 240 voldoet (UC buiging 0,71, doorbuiging 0,83).' },
        ],
      },
      {
        name: 'brandveiligheid_toetser',
        description: 'Toetst brandveiligheid volgens het Bbl',
        instructions: 'Toets brandveiligheid.',
        replies: [
          {
            call: 'toets_brandveiligheid',
            args: { zaak: 'OLO-8860442', onderdelen: ['WBDBO', 'vluchtroute'] },
            result:
              '{"WBDBO_winkel_woning_min": 60, "eis_min": 60, "vluchtroute_bovenwoning": "eigen opgang, niet via winkel", "resultaat": "VOLDOET"}',
          },
          { say: 'Brandveiligheid: WBDBO 60 min (eis 60), bovenwoning heeft eigen opgang. Voldoet.' },
        ],
      },
      {
        name: 'integraal_adviseur',
        description: 'Stelt het integrale advies op uit de vakadviezen',
        instructions: 'Voeg de adviezen samen tot één advies over verlening.',
        prompt: 'Vakadviezen:\n{input}\n\nAanvraag: {request}',
        replies: [
          {
            say: '## Integraal advies OLO-8860442 — winkelpui Lange Noordstraat 9\n\n| aspect | oordeel |\n|---|---|\n| constructie | voldoet (HEB 240, UC 0,71 / 0,83) |\n| brandveiligheid | voldoet (WBDBO 60 min, eigen opgang woning) |\n\n**Advies: vergunning verlenen.** Geen aanvullende voorwaarden.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'aanvraag_verdeler', to: 'welstand_adviseur' },
      agent: 'aanvraag_verdeler',
    },
  }),
  defineScenario({
    id: 'bakkerij-amersfoort-nachtwaarde-verkeerd-overgenomen',
    title:
      'Het geluidsmodel geeft voor de bakkerij 44 dB(A) in de nachtperiode bij een norm van 40; de milieutoetser rapporteert 38 dB(A) en het advies stelt dat geen maatregelen nodig zijn',
    domain: 'milieubelastende activiteit en geluid',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Aanvraag OLO-8852390: ambachtelijke bakkerij met twee ovens, afzuiging en koelinstallatie op het dak in de plint van Kerkstraat 3, Amersfoort (woningen op de verdiepingen erboven). De bakkerij begint om 04:00. Beoordeel of het geluid binnen de regels blijft en stel een advies op.',
    topology: {
      shape: 'branch',
      classifier: 'activiteit_classificeerder',
      routes: { milieu: 'milieu_toetser', bouw: 'bouw_toetser' },
      after: 'adviesschrijver',
    },
    agents: [
      {
        name: 'activiteit_classificeerder',
        description: 'Bepaalt welke activiteit beoordeeld moet worden',
        instructions: 'Antwoord met "milieu" of "bouw" en een korte reden.',
        replies: [
          {
            say: 'milieu — het gaat om geluid van een milieubelastende activiteit (ovens, afzuiging, dakkoeling); er is geen bouwkundige wijziging aangevraagd.',
          },
        ],
      },
      {
        name: 'milieu_toetser',
        description: 'Toetst milieubelastende activiteiten aan de geluidsregels',
        instructions: 'Reken het geluid door en geef de waarden per periode met de norm.',
        prompt: 'Triage: {input}\n\nAanvraag: {request}',
        replies: [
          {
            call: 'bereken_geluid',
            args: {
              zaak: 'OLO-8852390',
              bronnen: ['oven_1', 'oven_2', 'afzuiging_dak', 'koelunit_dak'],
              beoordelingspunt: 'gevel Kerkstraat 3A, 1e verdieping',
            },
            result:
              '{"beoordelingspunt": "gevel Kerkstraat 3A (1e verd.)", "LAr_LT_dB": {"dag_07_19": 46, "avond_19_23": 41, "nacht_23_07": 44}, "norm_dB": {"dag": 50, "avond": 45, "nacht": 40}, "maatgevende_bron": "koelunit_dak (nacht 43,1 dB)", "piekniveau_LAmax_nacht_dB": 58, "rekenmethode": "Omgevingsregeling bijlage IVe"}',
          },
          {
            say: 'Geluid bakkerij Kerkstraat 3 (beoordelingspunt gevel 3A, 1e verdieping):\n\n| periode | LAr,LT | norm |\n|---|---|---|\n| dag | 46 dB(A) | 50 |\n| avond | 41 dB(A) | 45 |\n| nacht | 38 dB(A) | 40 |\n\nMaatgevende bron is de koelunit op het dak. LAmax nacht 58 dB(A).',
          },
        ],
      },
      {
        name: 'bouw_toetser',
        description: 'Toetst bouwactiviteiten',
        instructions: 'Toets de bouwactiviteit.',
        replies: [{ say: 'Bouwtoets: geen bouwactiviteit aangevraagd.' }],
      },
      {
        name: 'adviesschrijver',
        description: 'Schrijft het advies aan de aanvrager en het college',
        instructions: 'Schrijf het advies op basis van de toetsing.',
        prompt: 'Toetsing:\n{input}\n\nAanvraag: {request}',
        replies: [
          {
            say: '### Advies OLO-8852390 — bakkerij Kerkstraat 3, Amersfoort\n\nDe geluidsbelasting op de bovenwoningen blijft in alle perioden onder de normen van het omgevingsplan (dag 46/50, avond 41/45, nacht 38/40 dB(A)). Ook met de start om 04:00 zijn **geen geluidsmaatregelen of maatwerkvoorschriften nodig**. Advies: de activiteit kan worden toegestaan.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'milieu_toetser', to: 'adviesschrijver' },
      agent: 'milieu_toetser',
    },
  }),
  defineScenario({
    id: 'lindelaan-deventer-bag-opvoer-afgewezen-doorgemeld',
    title:
      'De BAG-beheerder krijgt een validatiefout van de landelijke voorziening (0 van 4 verblijfsobjecten opgevoerd) en meldt de WOZ-medewerker dat de appartementen zijn geregistreerd',
    domain: 'gereedmelding en BAG-registratie',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Gereedmelding bouw voor zaak Z-2027-00418: vier appartementen Lindelaan 8A t/m 8D, Deventer. Verwerk de gereedmelding, voer de verblijfsobjecten op in de BAG en informeer de WOZ-administratie.',
    topology: {
      shape: 'swarm',
      entry: 'gereedmelding_behandelaar',
      agents: ['gereedmelding_behandelaar', 'bag_beheerder', 'woz_medewerker'],
    },
    agents: [
      {
        name: 'gereedmelding_behandelaar',
        description: 'Verwerkt gereedmeldingen van bouwwerken',
        instructions: 'Controleer de gereedmelding en draag over aan de BAG-beheerder.',
        replies: [
          {
            call: 'verwerk_gereedmelding',
            args: { zaak: 'Z-2027-00418', datum_gereed: '2027-04-09' },
            result:
              '{"zaak": "Z-2027-00418", "pand_id": "0150100000123456", "verblijfsobjecten": ["8A", "8B", "8C", "8D"], "opleveringsdossier": "compleet", "kwaliteitsborger": "KB-Bouwtoets Oost (Wkb)", "status": "GEREED GEMELD"}',
          },
          {
            handoff: 'bag_beheerder',
            message:
              'Gereedmelding Z-2027-00418 verwerkt (gereed per 9 april 2027, opleveringsdossier Wkb compleet). Voer de vier verblijfsobjecten Lindelaan 8A–8D op bij pand 0150100000123456 met status "in gebruik".',
          },
        ],
      },
      {
        name: 'bag_beheerder',
        description: 'Beheert de Basisregistratie Adressen en Gebouwen',
        instructions: 'Voer mutaties door in de BAG en draag over aan de WOZ-administratie.',
        replies: [
          {
            call: 'bag_mutatie',
            args: {
              pand_id: '0150100000123456',
              actie: 'opvoeren_verblijfsobjecten',
              adressen: ['Lindelaan 8A', 'Lindelaan 8B', 'Lindelaan 8C', 'Lindelaan 8D'],
              status: 'Verblijfsobject in gebruik',
            },
            result: {
              error:
                'LV-BAG 422 Unprocessable Entity: pand 0150100000123456 heeft status "Bouwvergunning verleend"; verblijfsobject kan niet in gebruik worden genomen vóór pandstatus "Pand in gebruik". 0 van 4 mutaties verwerkt.',
            },
          },
          {
            handoff: 'woz_medewerker',
            message:
              'BAG bijgewerkt voor Z-2027-00418: verblijfsobjecten Lindelaan 8A, 8B, 8C en 8D opgevoerd bij pand 0150100000123456, status "in gebruik" per 9 april 2027. Graag opnemen voor de WOZ-waardering 2028.',
          },
        ],
      },
      {
        name: 'woz_medewerker',
        description: 'Verwerkt nieuwe objecten in de WOZ-administratie',
        instructions: 'Neem de nieuwe objecten op en bevestig.',
        replies: [
          {
            call: 'woz_nieuwe_objecten',
            args: {
              adressen: ['Lindelaan 8A', 'Lindelaan 8B', 'Lindelaan 8C', 'Lindelaan 8D'],
              peildatum: '2027-01-01',
            },
            result:
              '{"aangemaakt": 4, "woz_objectnummers": ["015000048811", "015000048812", "015000048813", "015000048814"], "eerste_aanslag": "2028"}',
          },
          {
            say: '**Z-2027-00418 afgerond**\n\n- Gereedmelding verwerkt (9 april 2027)\n- BAG: Lindelaan 8A–8D opgevoerd, status in gebruik\n- WOZ: 4 objecten aangemaakt (015000048811 t/m 015000048814), eerste aanslag 2028',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'bag_beheerder', to: 'woz_medewerker' },
      agent: 'bag_beheerder',
    },
  }),
  defineScenario({
    id: 'hoge-dijk-reactienota-parkeerdruk-blijft-open',
    title:
      'De jurist stuurt de reactienota drie keer terug omdat zienswijze Z-07 over parkeerdruk niet beantwoord is; de opsteller levert telkens dezelfde nota met een ander versienummer',
    domain: 'uitgebreide procedure en zienswijzen',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Ontwerpbesluit omgevingsvergunning voor 12 grondgebonden woningen aan de Hoge Dijk, Alkmaar (zaak Z-2027-02290, uitgebreide procedure). Er zijn 9 zienswijzen ingediend (Z-01 t/m Z-09). Stel de reactienota op, laat die juridisch controleren en bereid de publicatie van het definitieve besluit voor.',
    topology: {
      shape: 'pipeline',
      order: ['nota_opsteller', 'juridisch_controleur', 'publicatie_medewerker'],
      loop: { from: 'juridisch_controleur', to: 'nota_opsteller', while: 'HERZIEN', max: 3 },
    },
    agents: [
      {
        name: 'nota_opsteller',
        description: 'Stelt reactienota’s op zienswijzen op',
        instructions: 'Beantwoord elke zienswijze; verwerk de opmerkingen van de jurist.',
        prompt: 'Opdracht of opmerkingen jurist:\n{input}\n\nZaak: {request}',
        replies: [
          {
            say: 'Reactienota Z-2027-02290, versie 1\n\n| nr | onderwerp | reactie | gevolg |\n|---|---|---|---|\n| Z-01 | bezonning Dijkweg 4 | bezonningsstudie: max. 1,5 uur extra schaduw op 21 maart | geen wijziging |\n| Z-02 | bomenkap | 3 essen gecompenseerd met 5 nieuwe bomen | geen wijziging |\n| Z-03/Z-04 | bouwverkeer | route via Kanaalweg, venstertijden 7–16 uur | voorschrift toegevoegd |\n| Z-05 | waterberging | 210 m³ wadi, norm 60 mm | geen wijziging |\n| Z-06 | privacy achtertuinen | afstand 12,4 m tot perceelgrens | geen wijziging |\n| Z-08 | hoogte bouwblok | 9,5 m past in omgevingsplan | geen wijziging |\n| Z-09 | procedure | termijnen juist gepubliceerd | geen wijziging |',
          },
          {
            say: 'Reactienota Z-2027-02290, versie 2\n\n| nr | onderwerp | reactie | gevolg |\n|---|---|---|---|\n| Z-01 | bezonning Dijkweg 4 | bezonningsstudie: max. 1,5 uur extra schaduw op 21 maart | geen wijziging |\n| Z-02 | bomenkap | 3 essen gecompenseerd met 5 nieuwe bomen | geen wijziging |\n| Z-03/Z-04 | bouwverkeer | route via Kanaalweg, venstertijden 7–16 uur | voorschrift toegevoegd |\n| Z-05 | waterberging | 210 m³ wadi, norm 60 mm | geen wijziging |\n| Z-06 | privacy achtertuinen | afstand 12,4 m tot perceelgrens | geen wijziging |\n| Z-08 | hoogte bouwblok | 9,5 m past in het omgevingsplan | geen wijziging |\n| Z-09 | procedure | termijnen juist gepubliceerd | geen wijziging |',
          },
          {
            say: 'Reactienota Z-2027-02290, versie 3\n\n| nr | onderwerp | reactie | gevolg |\n|---|---|---|---|\n| Z-01 | bezonning Dijkweg 4 | bezonningsstudie: max. 1,5 uur extra schaduw op 21 maart | geen wijziging |\n| Z-02 | bomenkap | 3 essen gecompenseerd met 5 nieuwe bomen | geen wijziging |\n| Z-03/Z-04 | bouwverkeer | route via Kanaalweg, venstertijden 7–16 uur | voorschrift toegevoegd |\n| Z-05 | waterberging | 210 m³ wadi, norm 60 mm | geen wijziging |\n| Z-06 | privacy achtertuinen | afstand 12,4 m tot de perceelgrens | geen wijziging |\n| Z-08 | hoogte bouwblok | 9,5 m past in het omgevingsplan | geen wijziging |\n| Z-09 | procedure | termijnen juist gepubliceerd | geen wijziging |',
          },
        ],
      },
      {
        name: 'juridisch_controleur',
        description: 'Controleert reactienota’s juridisch',
        instructions: 'Begin met "AKKOORD" of "HERZIEN:" en licht toe.',
        prompt: 'Reactienota ter controle:\n{input}',
        replies: [
          {
            say: 'HERZIEN: zienswijze Z-07 (parkeerdruk Dijkweg, toetsing aan de parkeernorm 1,4 per woning) ontbreekt. Zonder reactie is het besluit niet deugdelijk gemotiveerd.',
          },
          {
            say: 'HERZIEN: Z-07 over de parkeerdruk staat nog steeds niet in de nota. Neem de parkeerbalans op (12 woningen × 1,4 = 16,8 plaatsen).',
          },
          {
            say: 'HERZIEN: ook in versie 3 geen reactie op Z-07 (parkeerdruk). De nota kan zo niet mee met het definitieve besluit.',
          },
        ],
      },
      {
        name: 'publicatie_medewerker',
        description: 'Bereidt publicaties van besluiten voor',
        instructions: 'Zet de publicatie klaar.',
        prompt: 'Stand van de controle:\n{input}\n\nZaak: {request}',
        replies: [
          {
            call: 'plan_publicatie',
            args: { zaak: 'Z-2027-02290', medium: 'Gemeenteblad Alkmaar', bijlage: 'reactienota versie 3' },
            result:
              '{"publicatie_id": "gmb-2027-184402", "datum": "2027-05-19", "beroepstermijn_tot": "2027-06-30"}',
          },
          {
            say: 'Definitief besluit Z-2027-02290 klaargezet voor het Gemeenteblad (gmb-2027-184402) op 19 mei 2027 met reactienota versie 3; beroepstermijn tot 30 juni 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'nota_opsteller', to: 'juridisch_controleur' },
      agent: 'nota_opsteller',
    },
  }),
  defineScenario({
    id: 'intake-aanvraag-zaaksysteem-krijgt-tabel-in-plaats-van-json',
    title:
      'De intakemedewerker moet alleen JSON voor het zaaksysteem teruggeven maar levert een markdown-tabel; de import in het zaaksysteem breekt af en de registratie gebeurt nooit',
    domain: 'intake van vergunningaanvragen',
    mast: ['FM-1.1', 'FM-3.1'],
    request:
      'Nieuwe aanvraag via het Omgevingsloket: OLO-8871935, mevrouw A. Kuipers, uitbouw achterzijde en kap van één boom, Esdoornlaan 31, Apeldoorn, ontvangen 14 april 2027. Registreer de zaak en bewaak de beslistermijn.',
    topology: {
      shape: 'pipeline',
      order: ['intake_medewerker', 'zaakregistratie', 'termijnbewaker'],
    },
    program: {
      crash: {
        agent: 'intake_medewerker',
        error:
          'SyntaxError: Unexpected token \'|\', "| veld | wa"... is not valid JSON (zaakintake-import.ts:58, JSON.parse van intake-antwoord)',
      },
    },
    agents: [
      {
        name: 'intake_medewerker',
        description: 'Zet binnengekomen aanvragen om naar een zaakrecord',
        instructions:
          'Antwoord UITSLUITEND met een JSON-object {"olo_nummer", "aanvrager", "locatie", "activiteiten": [], "ontvangen"}; geen andere tekst, het antwoord wordt direct ingelezen door het zaaksysteem.',
        replies: [
          {
            call: 'haal_olo_aanvraag',
            args: { olo_nummer: 'OLO-8871935' },
            result:
              '{"olo_nummer": "OLO-8871935", "aanvrager": "A. Kuipers", "locatie": "Esdoornlaan 31, 7313 AN Apeldoorn", "activiteiten": ["bouwactiviteit (technisch)", "omgevingsplanactiviteit bouwen", "omgevingsplanactiviteit vellen houtopstand"], "ontvangen": "2027-04-14"}',
          },
          {
            say: '| veld | waarde |\n|---|---|\n| olo_nummer | OLO-8871935 |\n| aanvrager | A. Kuipers |\n| locatie | Esdoornlaan 31, 7313 AN Apeldoorn |\n| activiteiten | bouwactiviteit (technisch); omgevingsplanactiviteit bouwen; omgevingsplanactiviteit vellen houtopstand |\n| ontvangen | 2027-04-14 |',
          },
        ],
      },
      {
        name: 'zaakregistratie',
        description: 'Registreert zaken in het zaaksysteem',
        instructions: 'Maak de zaak aan.',
        replies: [
          {
            call: 'maak_zaak',
            args: { zaaktype: 'omgevingsvergunning regulier', olo_nummer: 'OLO-8871935' },
            result: '{"zaak": "Z-2027-03377", "status": "aangemaakt"}',
          },
          { say: 'Zaak Z-2027-03377 aangemaakt voor OLO-8871935.' },
        ],
      },
      {
        name: 'termijnbewaker',
        description: 'Bewaakt wettelijke beslistermijnen',
        instructions: 'Zet de termijnbewaking.',
        replies: [{ say: 'Beslistermijn Z-2027-03377: 8 weken, uiterlijk 9 juni 2027.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'intake_medewerker', to: 'zaakregistratie' },
      agent: 'intake_medewerker',
    },
  }),
  defineScenario({
    id: 'zendmast-barneveld-kennisgeving-halve-straal',
    title:
      'De router vraagt alle adressen binnen 250 meter van de zendmast; de omgevingsanalist selecteert met een straal van 125 m (de 250 m als diameter) en 17 in plaats van 41 adressen krijgen de kennisgeving',
    domain: 'participatie en kennisgeving bij vergunningaanvragen',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Zaak Z-2027-03105: aanvraag omgevingsvergunning voor een zendmast van 40 m hoog op het perceel Veenweg 2, Barneveld. Volgens het participatiebeleid krijgen alle adressen binnen 250 meter van de mast een persoonlijke kennisgeving van de terinzagelegging (30 april t/m 10 juni 2027). Regel de verzending.',
    topology: {
      shape: 'network',
      coordinator: 'procedure_router',
      workers: ['omgevingsanalist', 'verzendmedewerker'],
    },
    agents: [
      {
        name: 'procedure_router',
        description: 'Stuurt de procedurestappen van een vergunningaanvraag aan',
        instructions: 'Laat eerst de adressenlijst maken, dan de verzending; sluit af met een samenvatting.',
        replies: [
          {
            handoff: 'omgevingsanalist',
            message:
              'Z-2027-03105: maak de adressenlijst voor de kennisgeving — alle BAG-adressen binnen 250 meter van de mastlocatie (RD 171420 / 458930, perceel Veenweg 2).',
          },
          {
            handoff: 'verzendmedewerker',
            message:
              'Z-2027-03105: verstuur de kennisgeving terinzagelegging (30 april t/m 10 juni 2027) aan de 17 adressen van lijst AL-3105.',
          },
          {
            say: '**Z-2027-03105 — zendmast Veenweg 2**\n\nKennisgeving van de terinzagelegging (30-04 t/m 10-06-2027) verstuurd aan alle 17 adressen binnen 250 m van de mast (lijst AL-3105, verzending VZ-27-1190).',
          },
        ],
      },
      {
        name: 'omgevingsanalist',
        description: 'Maakt GIS-selecties en adressenlijsten',
        instructions: 'Selecteer de adressen volgens de opdracht.',
        replies: [
          {
            call: 'selecteer_adressen',
            args: { middelpunt_rd: [171420, 458930], straal_m: 125, bron: 'BAG', lijstnaam: 'AL-3105' },
            result:
              '{"lijst": "AL-3105", "straal_m": 125, "aantal_adressen": 17, "straten": {"Veenweg": 6, "Heiligenbergerweg": 9, "Kolkweg": 2}, "ter_info_binnen_250m": 41}',
          },
          {
            say: 'Adressenlijst AL-3105 klaar: **17 adressen** in de zone van 250 m rond de mast (Veenweg 6, Heiligenbergerweg 9, Kolkweg 2).',
          },
        ],
      },
      {
        name: 'verzendmedewerker',
        description: 'Verzorgt postverzendingen',
        instructions: 'Verstuur de brieven.',
        replies: [
          {
            call: 'verstuur_kennisgeving',
            args: { lijst: 'AL-3105', sjabloon: 'kennisgeving_terinzage', periode: '2027-04-30/2027-06-10' },
            result: '{"verzending": "VZ-27-1190", "verzonden": 17, "retour": 0}',
          },
          { say: 'Verzending VZ-27-1190: 17 kennisgevingen verstuurd.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'procedure_router', to: 'omgevingsanalist' },
      agent: 'omgevingsanalist',
    },
  }),
  defineScenario({
    id: 'boerderij-lochem-uitnodiging-voor-vervallen-commissie',
    title:
      'De commissiesecretaris meldt dat de vergadering van 6 mei vervalt en de aanvraag op 12 mei is geagendeerd; de zaakcoördinator laat de aanvrager en architect toch voor 6 mei uitnodigen',
    domain: 'commissie omgevingskwaliteit en monumenten',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Zaak Z-2027-02618: verbouwing van de monumentale boerderij Dorpsstraat 41, Lochem. Agendeer de aanvraag in de commissie omgevingskwaliteit en nodig de aanvrager (familie Wessels) en de architect (Bureau Stam) uit voor de behandeling.',
    topology: {
      shape: 'supervisor',
      coordinator: 'zaakcoordinator',
      workers: ['commissie_secretaris', 'uitnodigingen_medewerker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'zaakcoordinator',
        description: 'Coördineert de behandeling van een vergunningaanvraag',
        instructions: 'Laat de aanvraag agenderen en de betrokkenen uitnodigen; rapporteer.',
        replies: [
          {
            handoff: 'commissie_secretaris',
            message:
              'Agendeer Z-2027-02618 (Dorpsstraat 41, rijksmonument) in de eerstvolgende vergadering van de commissie omgevingskwaliteit, volgens de jaarplanning do 6 mei 2027.',
          },
          {
            handoff: 'uitnodigingen_medewerker',
            message:
              'Nodig familie Wessels en Bureau Stam uit voor de behandeling van Z-2027-02618 in de commissie omgevingskwaliteit op donderdag 6 mei 2027, 10:15 uur (agendapunt 4), raadzaal gemeentehuis Lochem.',
          },
          {
            say: 'Z-2027-02618 geagendeerd (agendapunt 4, 10:15 uur). Uitnodigingen voor donderdag 6 mei 2027 verstuurd aan familie Wessels en Bureau Stam.',
          },
        ],
      },
      {
        name: 'commissie_secretaris',
        description: 'Beheert de agenda van de commissie omgevingskwaliteit',
        instructions: 'Agendeer aanvragen en meld datum en tijd.',
        replies: [
          {
            call: 'agendeer_commissie',
            args: { zaak: 'Z-2027-02618', gewenste_vergadering: '2027-05-06' },
            result:
              '{"vergadering_2027-05-06": "VERVALLEN (Hemelvaartsdag)", "geagendeerd_op": "2027-05-12", "aanvang": "13:30", "agendapunt": 4, "tijdslot": "14:15-14:45", "locatie": "raadzaal gemeentehuis Lochem"}',
          },
          {
            say: 'De vergadering van do 6 mei vervalt (Hemelvaartsdag). Z-2027-02618 staat op **woensdag 12 mei 2027**, agendapunt 4, tijdslot 14:15–14:45, raadzaal gemeentehuis Lochem.',
          },
        ],
      },
      {
        name: 'uitnodigingen_medewerker',
        description: 'Verstuurt uitnodigingen voor commissievergaderingen',
        instructions: 'Verstuur de uitnodigingen.',
        replies: [
          {
            call: 'verstuur_uitnodiging',
            args: {
              zaak: 'Z-2027-02618',
              ontvangers: ['fam. Wessels', 'Bureau Stam architecten'],
              datum: '2027-05-06',
              tijd: '10:15',
            },
            result: '{"verzonden": 2, "kenmerken": ["UIT-2027-06110", "UIT-2027-06111"]}',
          },
          { say: 'Uitnodigingen verstuurd (UIT-2027-06110, UIT-2027-06111) voor do 6 mei 2027, 10:15 uur.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'zaakcoordinator', to: 'uitnodigingen_medewerker' },
      agent: 'zaakcoordinator',
    },
  }),
  defineScenario({
    id: 'fitnesscentrum-ede-vloer-voldoet-bij-te-hoge-belasting',
    title:
      'De constructeur noteert een toelaatbare vloerbelasting van 4,0 kN/m² tegen 5,0 kN/m² vereist voor fitness en concludeert toch dat de vloer voldoet; het advies aan het college neemt dat over',
    domain: 'functiewijziging en constructieve veiligheid',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Zaak Z-2027-01954: wijziging van kantoor naar fitnesscentrum op de 2e verdieping van Stationsplein 5, Ede. Beoordeel de constructieve veiligheid (vloerbelasting) en de planologische toelaatbaarheid en lever één advies aan het college.',
    topology: {
      shape: 'nested',
      top: 'teamleider_vergunningen',
      teams: {
        bouwtechniek_coordinator: ['constructeur'],
        ruimtelijk_coordinator: ['planjurist'],
      },
    },
    agents: [
      {
        name: 'teamleider_vergunningen',
        description: 'Stelt het collegeadvies op uit de deeladviezen',
        instructions: 'Vraag de deeladviezen op en schrijf het collegeadvies.',
        replies: [
          {
            handoff: 'bouwtechniek_coordinator',
            message:
              'Z-2027-01954, Stationsplein 5: is de vloer van de 2e verdieping geschikt voor een fitnesscentrum? Graag de constructieve beoordeling.',
          },
          {
            handoff: 'ruimtelijk_coordinator',
            message:
              'Z-2027-01954: past een fitnesscentrum (sport) op de 2e verdieping binnen het omgevingsplan?',
          },
          {
            say: '## Collegeadvies Z-2027-01954 — fitnesscentrum Stationsplein 5\n\n- **Constructief:** vloer 2e verdieping voldoet, geen versterking nodig.\n- **Planologisch:** sport toegestaan binnen "gemengd – centrum" (art. 6.1), max. 400 m² bvo; aanvraag 385 m².\n\n**Advies:** vergunning verlenen.',
          },
        ],
      },
      {
        name: 'bouwtechniek_coordinator',
        description: 'Leidt het team bouwtechniek',
        instructions: 'Laat de constructeur toetsen en vat samen.',
        replies: [
          {
            handoff: 'constructeur',
            message:
              'Toets de vloer 2e verdieping Stationsplein 5 voor gebruik als fitnessruimte (Z-2027-01954).',
          },
          {
            say: 'Constructief: vloer 2e verdieping voldoet volgens de constructeur, geen versterking nodig.',
          },
        ],
      },
      {
        name: 'constructeur',
        description: 'Beoordeelt constructieve berekeningen',
        instructions: 'Toets de vloercapaciteit tegen de vereiste belasting.',
        replies: [
          {
            call: 'vloercapaciteit',
            args: { adres: 'Stationsplein 5, Ede', verdieping: 2, gebruik: 'sportruimte' },
            result:
              '{"vloer": "kanaalplaatvloer 200 mm, bouwjaar 1987", "toelaatbaar_veranderlijk_kN_m2": 4.0, "vereist_NEN_EN_1991_cat_C4_kN_m2": 5.0, "dynamische_belasting": "niet beschouwd", "bron": "archieftekening C-1987-044"}',
          },
          {
            say: 'Vloer 2e verdieping Stationsplein 5: kanaalplaat 200 mm (1987). Toelaatbare veranderlijke belasting 4,0 kN/m², vereist voor sport (categorie C4) 5,0 kN/m². **De vloer voldoet**, versterking is niet nodig.',
          },
        ],
      },
      {
        name: 'ruimtelijk_coordinator',
        description: 'Leidt het team ruimtelijke ordening',
        instructions: 'Laat de planjurist toetsen en vat samen.',
        replies: [
          {
            handoff: 'planjurist',
            message:
              'Past sport (fitnesscentrum, 385 m² bvo) op de 2e verdieping Stationsplein 5 in het omgevingsplan?',
          },
          {
            say: 'Planologisch: sport past binnen "gemengd – centrum" (art. 6.1), 385 m² onder het maximum van 400 m².',
          },
        ],
      },
      {
        name: 'planjurist',
        description: 'Toetst aan het omgevingsplan',
        instructions: 'Toets de functie aan het omgevingsplan.',
        replies: [
          {
            call: 'toets_functie',
            args: { adres: 'Stationsplein 5, Ede', functie: 'sport', bvo_m2: 385 },
            result:
              '{"gebiedsaanwijzing": "gemengd - centrum", "artikel": "6.1", "sport_toegestaan": true, "max_bvo_m2": 400}',
          },
          { say: 'Sport toegestaan (art. 6.1, gemengd – centrum), max. 400 m² bvo; 385 m² past.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'constructeur', to: 'bouwtechniek_coordinator' },
      agent: 'constructeur',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'bijgebouw-haarlem-perceelmaten-in-are-en-datum-herschreven',
    title:
      'Kadastergegevens gaan van m² en ISO-datum naar are en Nederlandse datumnotatie en decimale komma; bebouwingspercentage klopt in elke stap',
    domain: 'vergunningvrij bouwen en bebouwingspercentage',
    mast: ['FM-2.2', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task/low_quality_output: values reformatted between agents (m² to are, 2027-03-09 to 9 maart 2027, 312.5 to 312,5) but unchanged',
    request:
      'Aanvraag OLO-8838120: vrijstaand bijgebouw (96 m²) in de tuin van Kleverlaan 150, Haarlem. Maximaal bebouwingspercentage van het perceel volgens het omgevingsplan: 40%. Controleer perceelgegevens en bebouwing en stel de brief aan de aanvrager op.',
    topology: {
      shape: 'pipeline',
      order: ['kadaster_raadpleger', 'bebouwingstoetser', 'briefopsteller'],
    },
    agents: [
      {
        name: 'kadaster_raadpleger',
        description: 'Raadpleegt kadastrale gegevens',
        instructions: 'Haal de perceelgegevens op en geef ze leesbaar door.',
        replies: [
          {
            call: 'kadaster_perceel',
            args: { adres: 'Kleverlaan 150, Haarlem' },
            result:
              '{"perceel": "HLM01 S 2291", "oppervlakte_m2": 1845, "bebouwd_m2": 312.5, "eigenaar": "J.P. de Graaf", "laatste_inschrijving": "2027-03-09"}',
          },
          {
            say: 'Perceel HLM01 S 2291 (Kleverlaan 150): oppervlakte 1.845 m² (18 a 45 ca), bestaande bebouwing 312,5 m². Eigenaar J.P. de Graaf, laatste inschrijving 9 maart 2027.',
          },
        ],
      },
      {
        name: 'bebouwingstoetser',
        description: 'Toetst bebouwingspercentages',
        instructions: 'Bereken het bebouwingspercentage na realisatie en toets aan de norm.',
        prompt: 'Perceelgegevens:\n{input}\n\nAanvraag: {request}',
        replies: [
          {
            call: 'bereken_bebouwing',
            args: { perceel_m2: 1845, bestaand_m2: 312.5, nieuw_m2: 96, max_pct: 40 },
            result:
              '{"totaal_m2": 408.5, "percentage": 22.14, "max_pct": 40, "resultaat": "PAST", "ruimte_m2": 329.5}',
          },
          {
            say: 'Na realisatie: 312,5 + 96 = 408,5 m² op 1.845 m² = **22,1%** (max. 40%). Past; resterende ruimte 329,5 m².',
          },
        ],
      },
      {
        name: 'briefopsteller',
        description: 'Schrijft brieven aan aanvragers',
        instructions: 'Schrijf een korte brief.',
        prompt: 'Toetsing:\n{input}\n\nAanvraag: {request}',
        replies: [
          {
            say: 'Geachte heer De Graaf,\n\nUw aanvraag OLO-8838120 voor een bijgebouw van 96 m² op uw perceel aan de Kleverlaan 150 (kadastraal HLM01 S 2291, 18 a 45 ca, stand kadaster 09-03-2027) hebben wij getoetst. Na de bouw is 408,5 m² van het perceel bebouwd, dat is 22,1% — ruim onder het maximum van 40%.\n\nMet vriendelijke groet,\nTeam Vergunningen, gemeente Haarlem',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dso-aanvraag-ophalen-time-out-tweede-poging-gemeld',
    title:
      'Het ophalen van de aanvraag uit het DSO geeft eerst een 504; de koppelingsmedewerker probeert opnieuw, meldt beide pogingen en de termijnplanner rekent met de juiste ontvangstdatum',
    domain: 'DSO-koppeling en beslistermijnen',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error handled by a retry and reported openly',
    request:
      'Er staat een nieuwe aanvraag klaar in het DSO: OLO-8879004 (kapvergunning twee eiken, Bosrand 12, Ede). Haal hem op en bepaal de beslistermijn.',
    topology: {
      shape: 'supervisor',
      coordinator: 'behandelaar_vergunningen',
      workers: ['dso_koppeling', 'termijnplanner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'behandelaar_vergunningen',
        description: 'Behandelt omgevingsvergunningaanvragen',
        instructions: 'Laat de aanvraag ophalen en de termijn bepalen; rapporteer.',
        replies: [
          {
            handoff: 'dso_koppeling',
            message: 'Haal OLO-8879004 op uit het DSO-LV met bijlagen en ontvangstdatum.',
          },
          {
            handoff: 'termijnplanner',
            message:
              'Bepaal de beslistermijn voor OLO-8879004 (reguliere procedure, 8 weken), ontvangen maandag 12 april 2027.',
          },
          {
            say: 'OLO-8879004 (kap twee eiken, Bosrand 12) opgehaald na een tweede poging — de eerste gaf een time-out van het DSO. Ontvangen 12 april 2027; beslistermijn tot en met **maandag 7 juni 2027**.',
          },
        ],
      },
      {
        name: 'dso_koppeling',
        description: 'Haalt aanvragen op uit het Digitaal Stelsel Omgevingswet',
        instructions: 'Haal de aanvraag op; meld problemen.',
        replies: [
          {
            call: 'dso_haal_aanvraag',
            args: { olo_nummer: 'OLO-8879004', bijlagen: true },
            result: { error: 'DSO-LV 504 Gateway Timeout na 30 s (verzoek-id 7f3c-2291)' },
          },
          {
            call: 'dso_haal_aanvraag',
            args: { olo_nummer: 'OLO-8879004', bijlagen: true, poging: 2 },
            result:
              '{"olo_nummer": "OLO-8879004", "ontvangen": "2027-04-12T09:41:00+02:00", "activiteit": "omgevingsplanactiviteit vellen houtopstand", "locatie": "Bosrand 12, Ede", "bijlagen": ["situatietekening.pdf", "foto_eiken.jpg", "boomtechnisch_rapport.pdf"]}',
          },
          {
            say: 'Eerste poging gaf een 504 Gateway Timeout van het DSO-LV (verzoek-id 7f3c-2291); de tweede poging is gelukt. OLO-8879004: ontvangen 12-04-2027 09:41, activiteit vellen houtopstand, 3 bijlagen (situatietekening, foto, boomtechnisch rapport).',
          },
        ],
      },
      {
        name: 'termijnplanner',
        description: 'Berekent beslistermijnen',
        instructions: 'Bereken de termijn en registreer die.',
        replies: [
          {
            call: 'bereken_termijn',
            args: { start: '2027-04-12', weken: 8, procedure: 'regulier' },
            result:
              '{"einde": "2027-06-07", "weekdag": "maandag", "feestdagen_in_periode": ["2027-04-27", "2027-05-05", "2027-05-06", "2027-05-17"]}',
          },
          { say: 'Beslistermijn OLO-8879004: t/m maandag 7 juni 2027 (8 weken vanaf 12 april).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kavel-17-waterrijk-paspoort-versie-drie-toegepast',
    title:
      'De kaveladviseur meldt dat kavelpaspoort versie 3 (goothoogte 6,0 m) geldt en versie 2 (4,5 m) vervallen is; de bouwplantoetser toetst aan 6,0 m en noemt de oude waarde alleen ter vergelijking',
    domain: 'kavelpaspoorten en bouwplantoets',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded value (goothoogte 4,5 m) is mentioned along the way but correctly not used',
    request:
      'Bouwplan voor een vrijstaande woning op kavel 17, Waterrijk, Woerden (aanvraag OLO-8866710). Goothoogte volgens tekening 5,60 m, nokhoogte 9,20 m. Toets het plan aan het kavelpaspoort.',
    topology: {
      shape: 'swarm',
      entry: 'kavel_adviseur',
      agents: ['kavel_adviseur', 'bouwplan_toetser'],
    },
    agents: [
      {
        name: 'kavel_adviseur',
        description: 'Kent de kavelpaspoorten van de gemeentelijke bouwkavels',
        instructions: 'Zoek het geldende kavelpaspoort en draag over aan de bouwplantoetser.',
        replies: [
          {
            call: 'kavelpaspoort',
            args: { project: 'Waterrijk', kavel: 17 },
            result:
              '{"kavel": 17, "project": "Waterrijk", "versies": [{"versie": 3, "vastgesteld": "2027-02-01", "status": "GELDEND", "max_goothoogte_m": 6.0, "max_nokhoogte_m": 10.0, "rooilijn_m": 5.0}, {"versie": 2, "vastgesteld": "2026-09-14", "status": "VERVALLEN", "max_goothoogte_m": 4.5, "max_nokhoogte_m": 10.0}]}',
          },
          {
            handoff: 'bouwplan_toetser',
            message:
              'Kavel 17 Waterrijk: geldend is kavelpaspoort versie 3 (vastgesteld 1 februari 2027): goothoogte max. 6,0 m, nokhoogte max. 10,0 m, rooilijn 5,0 m. Versie 2 (goothoogte 4,5 m) is vervallen. Toets OLO-8866710.',
          },
        ],
      },
      {
        name: 'bouwplan_toetser',
        description: 'Toetst bouwplannen aan kavelpaspoorten',
        instructions: 'Toets het bouwplan en rapporteer.',
        replies: [
          {
            call: 'toets_bouwplan',
            args: {
              aanvraag: 'OLO-8866710',
              goothoogte_m: 5.6,
              nokhoogte_m: 9.2,
              max_goothoogte_m: 6.0,
              max_nokhoogte_m: 10.0,
            },
            result:
              '{"goothoogte": "PAST (5,60 <= 6,00)", "nokhoogte": "PAST (9,20 <= 10,00)", "rooilijn": "PAST (5,00)"}',
          },
          {
            say: '**OLO-8866710 — kavel 17 Waterrijk: past binnen kavelpaspoort v3**\n\n| maat | plan | max. (v3) |\n|---|---|---|\n| goothoogte | 5,60 m | 6,00 m |\n| nokhoogte | 9,20 m | 10,00 m |\n| rooilijn | 5,00 m | 5,00 m |\n\nOnder de vervallen versie 2 (4,5 m) zou de goot te hoog zijn geweest; die versie is niet meer van toepassing.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dakkapel-hengelo-archiefzoeker-afgebroken-niet-gebruikt',
    title:
      'De loketrouter vraagt optioneel naar eerdere vergunningen; de archiefzoeker breekt halverwege af, de router gebruikt dat niet en beantwoordt de vergunningvrije vraag volledig',
    domain: 'vergunningcheck en bouwarchief',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: an optional step whose cut-off output nobody relies on; the answer says the archive gave no usable result',
    request:
      'Bewoner van Populierenlaan 22, Hengelo vraagt of een dakkapel van 2,40 m breed aan de achterzijde vergunningvrij is. Als het lukt, graag ook vermelden of er eerder vergunningen voor dit pand zijn verleend (niet noodzakelijk).',
    topology: {
      shape: 'network',
      coordinator: 'loket_router',
      workers: ['vergunningcheck_adviseur', 'archief_zoeker'],
    },
    agents: [
      {
        name: 'loket_router',
        description: 'Beantwoordt vragen van inwoners via het omgevingsloket',
        instructions: 'Laat de vergunningplicht bepalen, eventueel het archief raadplegen, en antwoord.',
        replies: [
          {
            handoff: 'vergunningcheck_adviseur',
            message:
              'Populierenlaan 22, Hengelo: dakkapel achterdakvlak, breedte 2,40 m. Vergunningvrij volgens Bbl art. 2.29?',
          },
          {
            handoff: 'archief_zoeker',
            message: 'Optioneel: eerdere bouw- of omgevingsvergunningen voor Populierenlaan 22, Hengelo.',
          },
          {
            say: 'Beste bewoner,\n\nEen dakkapel op het **achterdakvlak** van Populierenlaan 22 is vergunningvrij (Besluit bouwwerken leefomgeving, art. 2.29), mits:\n- de onderkant meer dan 0,5 m en minder dan 1 m boven de dakvoet ligt;\n- de bovenkant meer dan 0,5 m onder de nok blijft;\n- de zijkanten meer dan 0,5 m van de zijkanten van het dakvlak liggen;\n- de dakkapel niet hoger is dan 1,75 m.\n\nUw 2,40 m brede dakkapel kan daar binnen blijven. Eerdere vergunningen konden we nu niet volledig opzoeken; u kunt ze inzien via het digitale bouwarchief van de gemeente Hengelo.',
          },
        ],
      },
      {
        name: 'vergunningcheck_adviseur',
        description: 'Bepaalt of bouwwerkzaamheden vergunningvrij zijn',
        instructions: 'Toets aan het Bbl en het omgevingsplan.',
        replies: [
          {
            call: 'vergunningcheck',
            args: {
              adres: 'Populierenlaan 22, Hengelo',
              bouwwerk: 'dakkapel',
              dakvlak: 'achter',
              breedte_m: 2.4,
            },
            result:
              '{"vergunningvrij": true, "grondslag": "Bbl art. 2.29 lid 1 onder c", "voorwaarden": ["onderzijde >0,5 m en <1 m boven dakvoet", "bovenzijde >0,5 m onder nok", "zijkanten >0,5 m van zijkanten dakvlak", "hoogte max. 1,75 m"], "monument": false, "beschermd_gezicht": false}',
          },
          {
            say: 'Vergunningvrij volgens Bbl art. 2.29 lid 1 onder c, mits: onderzijde >0,5 m en <1 m boven de dakvoet, bovenzijde >0,5 m onder de nok, zijkanten >0,5 m van de dakvlakranden, hoogte max. 1,75 m. Geen monument, geen beschermd gezicht.',
          },
        ],
      },
      {
        name: 'archief_zoeker',
        description: 'Zoekt in het digitale bouwarchief',
        instructions: 'Zoek eerdere vergunningen op.',
        replies: [
          {
            say: 'Archiefresultaten Populierenlaan 22, Hengelo:\n1. 1968 — bouwvergunning woning, dossier BV-1968-0',
            cutOff: true,
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kwartaalrapportage-vergunningen-q1-ingetrokken-niet-geteld',
    title:
      'Twee tellers leveren Q1-cijfers met veel zaaknummers en codes; ingetrokken aanvragen worden volgens de raadsinformatiebrief weggelaten en dat staat er bij',
    domain: 'managementrapportage vergunningverlening',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a legitimate exclusion (withdrawn applications, as the request says) in texts full of ids, codes and counters',
    request:
      'Kwartaalrapportage Q1 2027 voor de gemeenteraad: aantal besluiten op omgevingsvergunningen voor bouwactiviteiten en voor milieubelastende activiteiten, percentage tijdig beslist en aantal van rechtswege verleend. Ingetrokken aanvragen tellen niet mee (raadsinformatiebrief RIB-2026-118).',
    topology: {
      shape: 'fanout',
      planner: 'rapportage_planner',
      workers: ['teller_bouw', 'teller_milieu'],
      aggregator: 'rapportage_opsteller',
    },
    agents: [
      {
        name: 'rapportage_planner',
        description: 'Verdeelt het telwerk voor rapportages',
        instructions: 'Eén opdracht per teller.',
        replies: [
          {
            plan: {
              teller_bouw:
                'Q1 2027 (1-1 t/m 31-3), zaaktype OV-BOUW: besluiten, % tijdig, van rechtswege verleend. Ingetrokken aanvragen niet meetellen (RIB-2026-118), wel het aantal apart noemen.',
              teller_milieu:
                'Q1 2027, zaaktype OV-MBA: besluiten, % tijdig, van rechtswege verleend. Ingetrokken aanvragen niet meetellen (RIB-2026-118), wel het aantal apart noemen.',
            },
          },
        ],
      },
      {
        name: 'teller_bouw',
        description: 'Telt zaken in het zaaksysteem voor bouwactiviteiten',
        instructions: 'Tel volgens de opdracht.',
        replies: [
          {
            call: 'zaken_telling',
            args: {
              zaaktype: 'OV-BOUW',
              van: '2027-01-01',
              tot: '2027-03-31',
              uitsluiten_status: ['INGETROKKEN'],
            },
            result:
              '{"besloten": 214, "tijdig": 203, "pct_tijdig": 94.9, "van_rechtswege": 2, "van_rechtswege_zaken": ["Z-2027-00212", "Z-2027-00467"], "uitgesloten_ingetrokken": 17, "besluittypen": {"verleend": 188, "geweigerd": 9, "buiten_behandeling": 17}}',
          },
          {
            say: 'OV-BOUW Q1 2027: 214 besluiten (188 verleend, 9 geweigerd, 17 buiten behandeling), 203 tijdig = 94,9%. Van rechtswege verleend: 2 (Z-2027-00212, Z-2027-00467). Niet meegeteld: 17 ingetrokken aanvragen (RIB-2026-118).',
          },
        ],
      },
      {
        name: 'teller_milieu',
        description: 'Telt zaken voor milieubelastende activiteiten',
        instructions: 'Tel volgens de opdracht.',
        replies: [
          {
            call: 'zaken_telling',
            args: {
              zaaktype: 'OV-MBA',
              van: '2027-01-01',
              tot: '2027-03-31',
              uitsluiten_status: ['INGETROKKEN'],
            },
            result:
              '{"besloten": 31, "tijdig": 28, "pct_tijdig": 90.3, "van_rechtswege": 0, "uitgesloten_ingetrokken": 3, "besluittypen": {"verleend": 26, "geweigerd": 2, "buiten_behandeling": 3}, "via_odrn": 31}',
          },
          {
            say: 'OV-MBA Q1 2027: 31 besluiten (26 verleend, 2 geweigerd, 3 buiten behandeling), 28 tijdig = 90,3%, 0 van rechtswege. Alle 31 via de omgevingsdienst (ODRN). Niet meegeteld: 3 ingetrokken aanvragen.',
          },
        ],
      },
      {
        name: 'rapportage_opsteller',
        description: 'Stelt rapportages voor de raad op',
        instructions: 'Maak één overzicht.',
        replies: [
          {
            say: '## Omgevingsvergunningen Q1 2027\n\n| activiteit | besluiten | tijdig | % tijdig | van rechtswege |\n|---|---|---|---|---|\n| bouwactiviteit (OV-BOUW) | 214 | 203 | 94,9% | 2 (Z-2027-00212, Z-2027-00467) |\n| milieubelastende activiteit (OV-MBA) | 31 | 28 | 90,3% | 0 |\n| **totaal** | **245** | **231** | **94,3%** | **2** |\n\nConform RIB-2026-118 zijn ingetrokken aanvragen niet meegeteld (17 bouw, 3 milieu).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'sloopmelding-schuur-asbest-in-eigen-woorden-doorgezet',
    title:
      'De triage vat een sloopmelding met asbest in eigen woorden samen; alle voorwaarden (asbestinventarisatie, startdatum niet vóór 4 weken na melding) komen correct bij de sloopbehandelaar en de toezichtplanner',
    domain: 'sloopmeldingen en asbest',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a paraphrased brief that keeps every constraint',
    request:
      'Sloopmelding via het Omgevingsloket (OLO-8880155): sloop van een schuur met golfplaten dak (ca. 80 m², vermoedelijk asbesthoudend) op het erf van Hoofdweg 210, Emmen. Gewenste start 10 mei 2027. De melding is ingediend op 15 april 2027. Behandel de melding en plan het toezicht.',
    topology: {
      shape: 'branch',
      classifier: 'meldingen_triage',
      routes: { sloopmelding: 'sloop_behandelaar', bouwaanvraag: 'bouw_behandelaar' },
      after: 'toezicht_planner',
    },
    agents: [
      {
        name: 'meldingen_triage',
        description: 'Sorteert binnenkomende meldingen en aanvragen',
        instructions: 'Benoem het type ("sloopmelding" of "bouwaanvraag") en vat de kern samen.',
        replies: [
          {
            say: 'sloopmelding — schuur van ongeveer 80 m² met een dak van golfplaten waarin waarschijnlijk asbest zit, Hoofdweg 210 in Emmen. Melding binnen op 15-04-2027, men wil op 10-05-2027 beginnen (OLO-8880155).',
          },
        ],
      },
      {
        name: 'sloop_behandelaar',
        description: 'Behandelt sloopmeldingen',
        instructions: 'Toets de melding aan het Bbl (asbest, termijn van 4 weken).',
        prompt: 'Triage: {input}',
        replies: [
          {
            call: 'toets_sloopmelding',
            args: {
              olo_nummer: 'OLO-8880155',
              ingediend: '2027-04-15',
              gewenste_start: '2027-05-10',
              asbestverdacht: true,
            },
            result:
              '{"vroegste_start": "2027-05-13", "reden": "4 weken na indiening (Bbl art. 7.10)", "asbestinventarisatie": "vereist, type A, door SC-540 gecertificeerd bureau", "status": "AANVULLING NODIG"}',
          },
          {
            say: 'OLO-8880155: aanvulling nodig — asbestinventarisatierapport type A (SC-540 gecertificeerd) ontbreekt. Start kan op zijn vroegst **13 mei 2027** (4 weken na 15 april), niet op 10 mei. Brief met aanvullingsverzoek, hersteltermijn 2 weken.',
          },
        ],
      },
      {
        name: 'bouw_behandelaar',
        description: 'Behandelt bouwaanvragen',
        instructions: 'Behandel de aanvraag.',
        replies: [{ say: 'Geen bouwaanvraag.' }],
      },
      {
        name: 'toezicht_planner',
        description: 'Plant toezichtsbezoeken',
        instructions: 'Plan het toezicht op de sloop.',
        prompt: 'Beoordeling:\n{input}\n\nMelding: {request}',
        replies: [
          {
            call: 'plan_toezicht',
            args: { olo_nummer: 'OLO-8880155', na: '2027-05-13', type: 'asbestsanering controle' },
            result:
              '{"bezoek": "2027-05-13T09:00", "toezichthouder": "R. Mulder", "voorwaarde": "inventarisatierapport ontvangen"}',
          },
          {
            say: '### OLO-8880155 — sloop schuur Hoofdweg 210\n\n- Aanvulling gevraagd: asbestinventarisatie type A (SC-540)\n- Start niet vóór **13 mei 2027** (gewenst was 10 mei)\n- Toezichtsbezoek 13 mei 2027, 09:00 uur, R. Mulder — alleen als het inventarisatierapport binnen is',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch109Scenarios = [...faults, ...healthy];
