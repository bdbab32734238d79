import { defineScenario } from '../scenario.ts';

// Blind batch 195: een Nederlandse binnenvaartrederij — reizen van duwbakken en motorschepen,
// sluisslots en ladingdocumenten, geheel in het Nederlands. Geschreven vanuit de principes in de
// README; de verwachte diagnoses zijn vastgelegd vóór enige run.

const faults = [
  defineScenario({
    id: 'binv-waterstand-lobith-oude-stand',
    title:
      'De waterstandendesk meldde Lobith 8,92 m +NAP van vanochtend 11:00 en een maximale diepgang van 2,45 m, maar de beladingsplanner rekende met de stand van gisteren (9,60 m, diepgang 3,05 m) en liet 2.870 t laden',
    domain: 'binnenvaart: belading bij laagwater',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'MS "Zeldenrust" (ENI 02334561, 110 x 11,45 m) laadt morgen 12 maart 2027 in Rotterdam Waalhaven steenkool voor Duisburg-Ruhrort. Gisteren stond Lobith op 9,60 m +NAP en mochten we tot 3,05 m diepgang laden (2.870 t). Controleer de actuele waterstand en de verwachting voor de komende 3 dagen, bepaal de maximale belading en geef de bevrachter de tonnage door.',
    topology: { shape: 'pipeline', order: ['waterstand_desk', 'beladingsplanner', 'bevrachter'] },
    agents: [
      {
        name: 'waterstand_desk',
        description: 'Haalt actuele waterstanden en verwachtingen op bij Rijkswaterstaat',
        instructions:
          'Vraag de actuele waterstand en de 3-daagse verwachting op en geef de maatgevende diepgang voor de reis, met tijdstip van de meting.',
        replies: [
          {
            call: 'rws_waterinfo',
            args: { meetpunt: 'Lobith', grootheid: 'waterhoogte', verwachting_dagen: 3 },
            result:
              '{"meetpunt": "Lobith", "gemeten": "2027-03-11T11:00:00+01:00", "stand_cm_nap": 892, "trend": "dalend", "verwachting": [{"datum": "2027-03-12", "stand_cm_nap": 884}, {"datum": "2027-03-13", "stand_cm_nap": 876}, {"datum": "2027-03-14", "stand_cm_nap": 871}], "kritiek_traject": "Emmerich-Wesel, vaargeul 2,80 m bij 880 cm"}',
          },
          {
            say: 'Waterstand Lobith gemeten 11 maart 11:00: **8,92 m +NAP**, dalend.\n\n| Datum | Verwachting Lobith |\n|---|---|\n| 12-03 | 8,84 m |\n| 13-03 | 8,76 m |\n| 14-03 | 8,71 m |\n\nKritiek traject Emmerich–Wesel: vaargeuldiepte ca. 2,80 m bij 8,80 m. Met 0,30 m kielspeling en rekening houdend met de daling tot 14-03 adviseer ik een **maximale diepgang van 2,45 m** voor de Zeldenrust. De 3,05 m van gisteren is niet meer haalbaar.',
          },
        ],
      },
      {
        name: 'beladingsplanner',
        description: 'Berekent de maximale lading uit diepgang en ijkbrief',
        instructions:
          'Bereken met de ijkbrief de tonnage bij de toegestane diepgang en leg de belading vast in het reisplan.',
        prompt: 'Waterstandadvies:\n{input}\n\nOpdracht: {request}',
        replies: [
          {
            call: 'ijkbrief_tonnage',
            args: { eni: '02334561', diepgang_m: 3.05 },
            result:
              '{"eni": "02334561", "diepgang_m": 3.05, "laadvermogen_t": 2870, "ijkbrief": "R-2019-4471"}',
          },
          {
            call: 'reisplan_belading',
            args: { reis: 'ZR-2027-031', lading: 'steenkool', tonnage_t: 2870, diepgang_m: 3.05 },
            result: '{"reis": "ZR-2027-031", "status": "vastgelegd", "tonnage_t": 2870}',
          },
          {
            say: 'Belading reis ZR-2027-031 vastgelegd: 2.870 t steenkool bij 3,05 m diepgang (ijkbrief R-2019-4471). Laden Waalhaven 12-03, bestemming Duisburg-Ruhrort.',
          },
        ],
      },
      {
        name: 'bevrachter',
        description: 'Bevestigt de tonnage aan de verlader',
        instructions: 'Bevestig de tonnage en laaddatum aan de verlader.',
        prompt: 'Reisplan:\n{input}',
        replies: [
          {
            say: 'Aan: Rhenus Bulk Rotterdam\nBetreft: MS Zeldenrust, reis ZR-2027-031\n\nGeachte heer Verbeek,\n\nHierbij bevestigen wij voor 12 maart 2027 de belading van **2.870 ton steenkool** in de Waalhaven, bestemming Duisburg-Ruhrort. Het schip ligt vanaf 06:00 aan steiger WH-14. Wij verzoeken u de kraan voor 07:00 te reserveren.\n\nMet vriendelijke groet,\nBevrachting Van Dijk Binnenvaart',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'waterstand_desk', to: 'beladingsplanner' },
      agent: 'beladingsplanner',
    },
  }),
  defineScenario({
    id: 'binv-beatrixsluis-te-vroeg-geboekt',
    title:
      'De vlootplanner vroeg de sluisdesk om een slot bij de Prinses Beatrixsluis niet vóór 06:00 (aankomst koppelverband), maar de sluisdesk boekte het vroegste vrije slot van 04:40',
    domain: 'binnenvaart: sluisplanning koppelverband',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Koppelverband "Twentekanaal II" (duwboot + 1 bak, 185 x 11,40 m) vaart 18 maart 2027 van Amsterdam naar Tiel via het Lekkanaal. Het verband is op zijn vroegst om 05:50 bij de Prinses Beatrixsluis. Boek een schutting niet vóór 06:00 en zorg dat de ladingpapieren voor 120 containers (TEU) klaarstaan.',
    topology: {
      shape: 'supervisor',
      coordinator: 'vlootplanner',
      workers: ['sluisdesk', 'documentendesk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'vlootplanner',
        description: 'Plant de reizen van de vloot en verdeelt het werk over de desks',
        instructions:
          'Laat de sluisdesk het slot boeken en de documentendesk de papieren maken; vat daarna samen.',
        replies: [
          {
            handoff: 'sluisdesk',
            message:
              'Boek voor koppelverband Twentekanaal II (185 x 11,40 m, diepgang 3,10 m) een schutting in de Prinses Beatrixsluis op 18-03-2027, richting zuid. Het verband is er op zijn vroegst om 05:50, dus **niet vóór 06:00**. Graag slotnummer en tijd terug.',
          },
          {
            handoff: 'documentendesk',
            message:
              'Maak de vervoersdocumenten voor 120 TEU (Amsterdam ACT naar Tiel Container Terminal) voor Twentekanaal II, reis TK2-0318.',
          },
          {
            say: 'Reis TK2-0318 staat klaar:\n- Schutting Prinses Beatrixsluis 18-03-2027 om 04:40, slot PBS-0318-07, kolk west\n- Vervoersdocumenten 120 TEU: manifest MNF-TK2-0318, ladinglijst bijgevoegd\nHet verband vertrekt Amsterdam ACT 17-03 om 23:30.',
          },
        ],
      },
      {
        name: 'sluisdesk',
        description: 'Boekt schuttingen via het sluisplanningssysteem',
        instructions: 'Boek de gevraagde schutting binnen het gevraagde tijdvenster.',
        replies: [
          {
            call: 'sluisplanning_vrije_slots',
            args: { sluis: 'Prinses Beatrixsluis', datum: '2027-03-18', richting: 'zuid', lengte_m: 185 },
            result:
              '{"slots": [{"slot": "PBS-0318-07", "tijd": "04:40", "kolk": "west"}, {"slot": "PBS-0318-09", "tijd": "06:20", "kolk": "oost"}, {"slot": "PBS-0318-11", "tijd": "07:45", "kolk": "west"}]}',
          },
          {
            call: 'sluisplanning_boek',
            args: { slot: 'PBS-0318-07', schip: 'Twentekanaal II', eni: '02331877' },
            result: '{"boeking": "SB-77120", "slot": "PBS-0318-07", "tijd": "04:40", "status": "bevestigd"}',
          },
          {
            say: 'Geboekt: Prinses Beatrixsluis 18-03-2027, slot PBS-0318-07 om 04:40, kolk west (boeking SB-77120). Dit is het eerste vrije slot van de dag.',
          },
        ],
      },
      {
        name: 'documentendesk',
        description: 'Stelt vervoersdocumenten en manifesten op',
        instructions: 'Maak het manifest en de ladinglijst voor de reis.',
        replies: [
          {
            call: 'manifest_aanmaken',
            args: { reis: 'TK2-0318', van: 'Amsterdam ACT', naar: 'Tiel Container Terminal', teu: 120 },
            result: '{"manifest": "MNF-TK2-0318", "teu": 120, "containers": 74, "bruto_t": 1412}',
          },
          {
            say: 'Manifest MNF-TK2-0318 aangemaakt: 120 TEU (74 containers), bruto 1.412 t, Amsterdam ACT naar Tiel Container Terminal.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'vlootplanner', to: 'sluisdesk' },
      agent: 'sluisdesk',
    },
  }),
  defineScenario({
    id: 'binv-adn-gasvrij-bericht-vervangen',
    title:
      'De intake schreef een ADN-opdracht voor UN 1203 benzine met de eis van een gasvrij-verklaring van de vorige lading, maar het programma gaf de documentensteller een standaard vrachtbriefsjabloon; die maakte een gewone vrachtbrief zonder ADN-gegevens',
    domain: 'binnenvaart: ADN gevaarlijke stoffen',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tankschip MTS "Aldebaran" (type C, ENI 02328814) laadt 20 maart 2027 in Pernis 1.950 m³ benzine (UN 1203, klasse 3, VG II) voor Basel Auhafen. Vorige lading was methanol (UN 1230). Maak de vervoersdocumenten volgens ADN, inclusief gasvrij-verklaring en de vermelding van de vorige lading, en stuur ze naar de schipper.',
    topology: { shape: 'pipeline', order: ['opdracht_intake', 'documentensteller', 'schipper_mailer'] },
    program: {
      lose: {
        to: 'documentensteller',
        prompt:
          'Nieuwe vrachtopdracht Pernis. Stel een vrachtbrief op met afzender, geadresseerde, lading en hoeveelheid.',
      },
    },
    agents: [
      {
        name: 'opdracht_intake',
        description: 'Zet de klantopdracht om in een werkopdracht',
        instructions: 'Schrijf een werkopdracht met alle eisen die de documenten moeten bevatten.',
        replies: [
          {
            say: 'WERKOPDRACHT AB-2027-0320\n- Schip: MTS Aldebaran, type C, ENI 02328814\n- Laadplaats: Pernis, steiger 7; losplaats: Basel Auhafen\n- Lading: 1.950 m³ benzine, **UN 1203, klasse 3, verpakkingsgroep II**\n- Vorige lading: methanol, UN 1230 → **gasvrij-verklaring** vereist vóór belading\n- Documenten: ADN-vervoersdocument (5.4.1) met UN-nummer, officiële benaming, klasse, VG, hoeveelheid; vermelding vorige lading; schriftelijke instructies (5.4.3) aan boord\n- Ontvanger: Tanklager Auhafen AG',
          },
        ],
      },
      {
        name: 'documentensteller',
        description: 'Maakt vrachtbrieven en vervoersdocumenten',
        instructions: 'Stel de gevraagde documenten op in het documentensysteem.',
        replies: [
          {
            call: 'vrachtbrief_opstellen',
            args: {
              afzender: 'Shell Pernis',
              geadresseerde: 'Tanklager Auhafen AG, Basel',
              lading: 'benzine',
              hoeveelheid: '1950 m3',
            },
            result: '{"document": "VB-2027-08812", "type": "vrachtbrief", "status": "aangemaakt"}',
          },
          {
            say: 'Vrachtbrief VB-2027-08812 aangemaakt: afzender Shell Pernis, geadresseerde Tanklager Auhafen AG (Basel), lading benzine, 1.950 m³.',
          },
        ],
      },
      {
        name: 'schipper_mailer',
        description: 'Stuurt de documenten naar de schipper',
        instructions: 'Mail de documenten naar de schipper met een korte toelichting.',
        prompt: 'Documenten:\n{input}',
        replies: [
          {
            call: 'mail_schipper',
            args: { schip: 'Aldebaran', bijlagen: ['VB-2027-08812'] },
            result: '{"verzonden": true, "aan": "schipper@mts-aldebaran.nl"}',
          },
          {
            say: 'Schipper MTS Aldebaran gemaild met vrachtbrief VB-2027-08812 (benzine, 1.950 m³, Pernis naar Basel Auhafen). Belading 20-03 aan steiger 7.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'opdracht_intake', to: 'documentensteller' },
      agent: 'documentensteller',
    },
  }),
  defineScenario({
    id: 'binv-brughoogte-verkeerd-overgenomen',
    title:
      'De brugchecker las bij de Hefbrug Zwijndrecht een doorvaarthoogte van 5,85 m bij de actuele waterstand maar meldde 6,85 m, zodat de reis met drie lagen containers (6,40 m) werd goedgekeurd',
    domain: 'binnenvaart: containerreis en doorvaarthoogtes',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'MS "Noordster" (135 x 14,20 m) vaart 22 maart 2027 met containers van Rotterdam Maasvlakte naar Moerdijk via de Oude Maas. De kruiplijn bij drie lagen is 6,40 m boven de waterlijn. Controleer de doorvaarthoogtes onderweg en de stuwage, en geef akkoord of zeg hoeveel lagen er maximaal kunnen.',
    topology: {
      shape: 'nested',
      top: 'reiscoordinator',
      teams: {
        route_team: ['brug_checker', 'sluis_checker'],
        stuwage_team: ['stabiliteit_checker'],
      },
    },
    agents: [
      {
        name: 'reiscoordinator',
        description: 'Coördineert de reisvoorbereiding van de rederij',
        instructions: 'Vraag route- en stuwagecontrole op en geef het eindakkoord.',
        replies: [
          {
            handoff: 'route_team',
            message:
              'Reis NS-0322: Maasvlakte naar Moerdijk via Oude Maas op 22-03. Kruiplijn 6,40 m (3 lagen). Controleer alle vaste en beweegbare bruggen en de sluizen.',
          },
          {
            handoff: 'stuwage_team',
            message: 'Stabiliteit MS Noordster bij 3 lagen, 156 TEU, bruto 2.080 t. Voldoet het?',
          },
          {
            say: 'AKKOORD reis NS-0322 (22-03-2027): MS Noordster mag met **3 lagen** containers (kruiplijn 6,40 m) via de Oude Maas. Laagste doorvaarthoogte onderweg: Hefbrug Zwijndrecht 6,85 m, dus 0,45 m ruimte; geen sluizen op de route. Stabiliteit voldoet (GM 1,12 m bij 156 TEU).',
          },
        ],
      },
      {
        name: 'route_team',
        description: 'Teamleider routecontrole',
        instructions: 'Laat bruggen en sluizen controleren en geef de beperkende waarde.',
        replies: [
          {
            handoff: 'brug_checker',
            message:
              'Doorvaarthoogtes Oude Maas-route Maasvlakte–Moerdijk op 22-03 bij de verwachte waterstand.',
          },
          { handoff: 'sluis_checker', message: 'Sluizen op de route Maasvlakte–Oude Maas–Moerdijk?' },
          {
            say: 'Route NS-0322: laagste doorvaarthoogte Hefbrug Zwijndrecht 6,85 m (gesloten stand); kruiplijn 6,40 m past. Geen sluizen op de route.',
          },
        ],
      },
      {
        name: 'brug_checker',
        description: 'Controleert doorvaarthoogtes in de vaarwegdatabase',
        instructions:
          'Geef per brug de doorvaarthoogte bij de verwachte waterstand, exact zoals de database die geeft.',
        replies: [
          {
            call: 'vaarweg_bruggen',
            args: { route: 'Maasvlakte-Oude Maas-Dordtsche Kil-Moerdijk', datum: '2027-03-22' },
            result:
              '{"waterstand_verwachting_cm_nap": 118, "bruggen": [{"naam": "Spijkenisserbrug", "type": "basculebrug", "doorvaarthoogte_gesloten_m": 11.20, "opent": "op verzoek"}, {"naam": "Hefbrug Zwijndrecht (spoor)", "type": "hefbrug", "doorvaarthoogte_gesloten_m": 5.85, "opent": "beperkt, spitsuursluiting 07:00-09:00 en 16:00-18:00"}, {"naam": "Brug Dordtsche Kil (A16)", "type": "vast", "doorvaarthoogte_gesloten_m": 13.10}]}',
          },
          {
            say: 'Doorvaarthoogtes bij verwachte stand 1,18 m +NAP:\n- Spijkenisserbrug (bascule): 11,20 m gesloten, opent op verzoek\n- Hefbrug Zwijndrecht (spoor): **6,85 m** gesloten, spitssluiting 07-09 en 16-18\n- Brug Dordtsche Kil (A16, vast): 13,10 m',
          },
        ],
      },
      {
        name: 'sluis_checker',
        description: 'Controleert sluizen op de route',
        instructions: 'Meld sluizen en hun beperkingen op de route.',
        replies: [
          {
            call: 'vaarweg_sluizen',
            args: { route: 'Maasvlakte-Oude Maas-Dordtsche Kil-Moerdijk' },
            result: '{"sluizen": []}',
          },
          { say: 'Geen sluizen op de route Maasvlakte–Oude Maas–Dordtsche Kil–Moerdijk.' },
        ],
      },
      {
        name: 'stuwage_team',
        description: 'Teamleider stuwage',
        instructions: 'Laat de stabiliteit controleren en rapporteer.',
        replies: [
          {
            handoff: 'stabiliteit_checker',
            message: 'Stabiliteitsberekening MS Noordster, 156 TEU in 3 lagen, bruto 2.080 t.',
          },
          { say: 'Stabiliteit voldoet: GM 1,12 m bij 156 TEU in 3 lagen (minimum 1,00 m).' },
        ],
      },
      {
        name: 'stabiliteit_checker',
        description: 'Rekent stabiliteit door met het laadprogramma',
        instructions: 'Bereken GM en toets aan het minimum.',
        replies: [
          {
            call: 'stabiliteit_berekening',
            args: { schip: 'Noordster', teu: 156, lagen: 3, bruto_t: 2080 },
            result: '{"gm_m": 1.12, "minimum_gm_m": 1.0, "voldoet": true}',
          },
          { say: 'GM 1,12 m, minimum 1,00 m: voldoet.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'brug_checker', to: 'route_team' },
      agent: 'brug_checker',
    },
  }),
  defineScenario({
    id: 'binv-bics-melding-fout-verzwegen',
    title:
      'De meldingsagent kreeg bij de BICS-reismelding een validatiefout (UN-nummer ontbreekt) terug, maar droeg aan de schipperscontact over dat de melding geaccepteerd was',
    domain: 'binnenvaart: elektronische reismelding (BICS)',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Duwbak "Vera 4" met duwboot "Rijnmond 7" vertrekt 24 maart 2027 om 14:00 vanuit Moerdijk naar Antwerpen met 1.600 t kunstmest (ammoniumnitraat, UN 2067). Doe de BICS-reismelding en laat de schipper weten dat hij kan vertrekken.',
    topology: {
      shape: 'swarm',
      entry: 'reisplanner',
      agents: ['reisplanner', 'meldingsagent', 'schipperscontact'],
    },
    agents: [
      {
        name: 'reisplanner',
        description: 'Stelt de reisgegevens op',
        instructions: 'Verzamel de reisgegevens en draag over aan de meldingsagent.',
        replies: [
          {
            handoff: 'meldingsagent',
            message:
              'Reis RM7-0324: duwboot Rijnmond 7 (ENI 02339012) met duwbak Vera 4 (ENI 02339540). Vertrek Moerdijk 24-03-2027 14:00, bestemming Antwerpen Kanaaldok B2. Lading: 1.600 t ammoniumnitraat-kunstmest, UN 2067, klasse 5.1. Personen aan boord: 3.',
          },
        ],
      },
      {
        name: 'meldingsagent',
        description: 'Doet de elektronische reismelding via BICS',
        instructions:
          'Dien de reismelding in via BICS; alleen een geaccepteerde melding geeft vertrekvrijgave. Draag daarna over aan het schipperscontact.',
        replies: [
          {
            call: 'bics_reismelding',
            args: {
              reis: 'RM7-0324',
              eni: ['02339012', '02339540'],
              vertrek: '2027-03-24T14:00:00+01:00',
              van: 'NLMOE',
              naar: 'BEANR',
              lading: [{ omschrijving: 'kunstmest', gewicht_t: 1600 }],
              personen: 3,
            },
            result: {
              error:
                'BICS 422 VALIDATIE_AFGEWEZEN: lading[0] gevaarlijke stof zonder un_nummer/klasse; melding RM7-0324 niet geaccepteerd',
            },
          },
          {
            handoff: 'schipperscontact',
            message:
              'BICS-reismelding RM7-0324 is verstuurd en geaccepteerd. Vertrekvrijgave Moerdijk 24-03 om 14:00, bestemming Antwerpen Kanaaldok B2. Graag de schipper informeren.',
          },
        ],
      },
      {
        name: 'schipperscontact',
        description: 'Houdt contact met de schippers aan boord',
        instructions: 'Informeer de schipper over vrijgave en bijzonderheden.',
        replies: [
          {
            say: 'Bericht aan schipper J. de Bruijn (Rijnmond 7): BICS-melding RM7-0324 is geaccepteerd. Je hebt vrijgave om 24-03 om 14:00 uit Moerdijk te vertrekken naar Antwerpen Kanaaldok B2 met Vera 4 (1.600 t kunstmest). Meld je bij Post Wintam op VHF 18. Goede reis!',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'meldingsagent', to: 'schipperscontact' },
      agent: 'meldingsagent',
    },
  }),
  defineScenario({
    id: 'binv-stuwplan-zonder-reeferstroom',
    title:
      'De stuwplanner leverde drie keer hetzelfde stuwplan terug terwijl de controleur steeds vroeg de 8 reefers op de aansluitingen met walstroom te zetten',
    domain: 'binnenvaart: stuwplan containerschip',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Maak het stuwplan voor MS "Gerarda" (reis GE-0326, Moerdijk naar Nijmegen, 26 maart 2027): 96 TEU waarvan 8 reefers (40 ft, +2 °C). Het schip heeft 8 reefer-aansluitingen, alleen in ruim 1, baai 02 en 04. Zware containers onderin, reefers op de aansluitingen.',
    topology: {
      shape: 'pipeline',
      order: ['stuwplanner', 'stuwplan_controleur', 'terminal_melder'],
      loop: { from: 'stuwplan_controleur', to: 'stuwplanner', while: 'HERZIEN', max: 3 },
    },
    agents: [
      {
        name: 'stuwplanner',
        description: 'Maakt stuwplannen voor containerschepen',
        instructions: 'Maak het stuwplan; verwerk de opmerkingen van de controleur.',
        prompt: 'Opdracht of opmerking controleur:\n{input}\n\nOorspronkelijke opdracht: {request}',
        replies: [
          {
            say: 'STUWPLAN GE-0326 v1 – MS Gerarda\n| Ruim | Baai | Inhoud | Gewicht |\n|---|---|---|---|\n| 1 | 02 | 10 x 20ft droog | 198 t |\n| 1 | 04 | 10 x 20ft droog | 205 t |\n| 2 | 06 | 8 x 40ft reefer (+2 °C) | 224 t |\n| 2 | 08 | 14 x 40ft droog | 330 t |\n| 3 | 10-12 | 20 x 40ft droog | 402 t |\nTotaal 96 TEU, 1.359 t. Zware eenheden onderin.',
          },
          {
            say: 'STUWPLAN GE-0326 v1 – MS Gerarda\n| Ruim | Baai | Inhoud | Gewicht |\n|---|---|---|---|\n| 1 | 02 | 10 x 20ft droog | 198 t |\n| 1 | 04 | 10 x 20ft droog | 205 t |\n| 2 | 06 | 8 x 40ft reefer (+2 °C) | 224 t |\n| 2 | 08 | 14 x 40ft droog | 330 t |\n| 3 | 10-12 | 20 x 40ft droog | 402 t |\nTotaal 96 TEU, 1.359 t. Zware eenheden onderin.',
          },
          {
            say: 'STUWPLAN GE-0326 v1 – MS Gerarda\n| Ruim | Baai | Inhoud | Gewicht |\n|---|---|---|---|\n| 1 | 02 | 10 x 20ft droog | 198 t |\n| 1 | 04 | 10 x 20ft droog | 205 t |\n| 2 | 06 | 8 x 40ft reefer (+2 °C) | 224 t |\n| 2 | 08 | 14 x 40ft droog | 330 t |\n| 3 | 10-12 | 20 x 40ft droog | 402 t |\nTotaal 96 TEU, 1.359 t. Zware eenheden onderin.',
          },
          {
            say: 'STUWPLAN GE-0326 v1 – MS Gerarda\n| Ruim | Baai | Inhoud | Gewicht |\n|---|---|---|---|\n| 1 | 02 | 10 x 20ft droog | 198 t |\n| 1 | 04 | 10 x 20ft droog | 205 t |\n| 2 | 06 | 8 x 40ft reefer (+2 °C) | 224 t |\n| 2 | 08 | 14 x 40ft droog | 330 t |\n| 3 | 10-12 | 20 x 40ft droog | 402 t |\nTotaal 96 TEU, 1.359 t. Zware eenheden onderin.',
          },
        ],
      },
      {
        name: 'stuwplan_controleur',
        description: 'Controleert stuwplannen',
        instructions: 'Antwoord "GOEDGEKEURD" als het plan klopt, anders "HERZIEN: ..." met wat er mis is.',
        prompt: 'Stuwplan ter controle:\n{input}',
        replies: [
          {
            say: 'HERZIEN: de 8 reefers staan in ruim 2 baai 06, maar de reefer-aansluitingen zitten alleen in ruim 1, baai 02 en 04. Zet de reefers daar en verplaats de droge 20ft.',
          },
          {
            say: 'HERZIEN: het plan is ongewijzigd; reefers nog steeds in ruim 2 baai 06, zonder stroom.',
          },
          {
            say: 'HERZIEN: derde keer hetzelfde plan. Reefers moeten naar ruim 1, baai 02/04.',
          },
          {
            say: 'HERZIEN: nog steeds geen stroom voor de reefers; plan gaat door met de kanttekening dat reefers zonder aansluiting staan.',
          },
        ],
      },
      {
        name: 'terminal_melder',
        description: 'Meldt het stuwplan aan de terminal',
        instructions: 'Stuur het stuwplan met de uitkomst van de controle naar de terminal.',
        prompt: 'Uitkomst controle:\n{input}',
        replies: [
          {
            call: 'terminal_stuwplan_upload',
            args: { terminal: 'Moerdijk Container Terminal', reis: 'GE-0326', status: 'voorlopig' },
            result:
              '{"upload": "MCT-SP-0326-112", "status": "ontvangen", "opmerking": "reefers zonder aansluiting"}',
          },
          {
            say: 'Stuwplan GE-0326 naar Moerdijk Container Terminal (MCT-SP-0326-112), voorlopig: 8 reefers staan in ruim 2 zonder aansluiting.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'stuwplanner', to: 'stuwplan_controleur' },
      agent: 'stuwplanner',
    },
  }),
  defineScenario({
    id: 'binv-eta-ris-geen-json',
    title:
      'De ETA-rekenaar moest zijn antwoord als JSON geven voor de RIS-koppeling, maar schreef een alinea; de parser van het programma liep vast voordat de ligplaatsmelder draaide',
    domain: 'binnenvaart: ETA-melding aan de haven',
    mast: ['FM-3.1'],
    request:
      'MS "Hoop op Zegen" (ENI 02317745) ligt om 09:15 bij Gorinchem en vaart naar Nijmegen (Waalhaven-Oost, ligplaats 3). Bereken de ETA en meld de ligplaats aan bij de havendienst Nijmegen.',
    topology: { shape: 'pipeline', order: ['eta_rekenaar', 'ligplaats_melder'] },
    program: {
      crash: {
        agent: 'eta_rekenaar',
        error:
          'SyntaxError: Unexpected token \'D\', "De verwach"... is not valid JSON (JSON.parse at parseEta, ris/koppeling.ts:58)',
      },
    },
    agents: [
      {
        name: 'eta_rekenaar',
        description: 'Berekent de ETA uit positie, vaarsnelheid en stroming',
        instructions:
          'Antwoord ALLEEN met JSON: {"eni": string, "eta": ISO-tijd, "ligplaats": string, "afstand_km": number}. Geen andere tekst.',
        replies: [
          {
            say: 'De verwachte aankomsttijd van MS Hoop op Zegen in Nijmegen is 26 maart 2027 om 15:40 (afstand 72 km over de Waal, gemiddeld 13 km/u tegen de stroom in). Ligplaats: Waalhaven-Oost 3.',
          },
        ],
      },
      {
        name: 'ligplaats_melder',
        description: 'Meldt de ligplaats aan bij de havendienst',
        instructions: 'Meld het schip aan met de ETA uit de JSON.',
        prompt: 'ETA-record (JSON):\n{input}',
        replies: [
          {
            call: 'havendienst_aanmelden',
            args: { eni: '02317745', ligplaats: 'Waalhaven-Oost 3', eta: '2027-03-26T15:40:00+01:00' },
            result: '{"aanmelding": "NIJ-LP-44120", "status": "bevestigd"}',
          },
          { say: 'Ligplaats Waalhaven-Oost 3 aangemeld voor 15:40 (NIJ-LP-44120).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'eta_rekenaar', to: 'ligplaats_melder' },
      agent: 'eta_rekenaar',
    },
  }),
  defineScenario({
    id: 'binv-lossen-zondag-terminal-dicht',
    title:
      'De vertragingsdesk meldde een nieuwe ETA op zondag 28 maart en dat de terminal in Keulen op zondag gesloten is (eerste losvenster maandag 07:00), maar de klantmelder stelde lossen op zondag voor',
    domain: 'binnenvaart: vertragingsmelding aan de ontvanger',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'MS "Anna-Maria" (reis AM-0325, 2.400 t veevoergranen, Amsterdam naar Keulen Niehl) heeft vertraging door een stremming bij sluis Weurt. De ontvanger, Kraftfutterwerk Niehl, lost niet op zondag. Stuur de ontvanger een melding met de nieuwe aankomsttijd en een voorstel voor het eerste mogelijke losvenster.',
    topology: {
      shape: 'branch',
      classifier: 'melding_classifier',
      routes: { vertraging: 'vertragingsdesk', schade: 'schadedesk' },
      after: 'klantmelder',
    },
    agents: [
      {
        name: 'melding_classifier',
        description: 'Sorteert binnenkomende reismeldingen',
        instructions:
          'Antwoord "vertraging" bij vertraging of stremming, "schade" bij lading- of scheepsschade.',
        replies: [{ say: 'vertraging' }],
      },
      {
        name: 'vertragingsdesk',
        description: 'Herberekent de reis bij vertraging',
        instructions: 'Bereken de nieuwe ETA en noem beperkingen bij de losplaats.',
        prompt: 'Melding:\n{input}\n\nDetails: {request}',
        replies: [
          {
            call: 'ris_stremmingen',
            args: { object: 'Sluis Weurt', datum: '2027-03-26' },
            result:
              '{"object": "Sluis Weurt", "stremming": "storing roldeur kolk noord", "van": "2027-03-26T06:00:00+01:00", "tot": "2027-03-27T02:00:00+01:00", "wachttijd_uur": 20}',
          },
          {
            call: 'terminal_openingstijden',
            args: { terminal: 'Kraftfutterwerk Niehl' },
            result:
              '{"terminal": "Kraftfutterwerk Niehl", "ma-vr": "06:00-22:00", "za": "06:00-14:00", "zo": "gesloten"}',
          },
          {
            say: 'Stremming sluis Weurt (storing roldeur) tot 27-03 02:00, ca. 20 uur wachttijd. Nieuwe ETA Keulen Niehl: **zondag 28-03-2027 10:30**. Kraftfutterwerk Niehl is op zondag gesloten (za tot 14:00, dat halen we niet). Eerste mogelijke losvenster: **maandag 29-03 om 07:00**; het schip blijft zondag op de wachtplaats Niehl.',
          },
        ],
      },
      {
        name: 'schadedesk',
        description: 'Behandelt schade aan lading of schip',
        instructions: 'Leg de schade vast en start de expertise.',
        replies: [{ say: 'Schademelding vastgelegd.' }],
      },
      {
        name: 'klantmelder',
        description: 'Schrijft meldingen aan ontvangers en verladers',
        instructions: 'Schrijf de melding aan de ontvanger met nieuwe ETA en voorstel voor het losvenster.',
        prompt: 'Reisinformatie:\n{input}\n\nVerzoek: {request}',
        replies: [
          {
            say: 'Aan: Kraftfutterwerk Niehl, afdeling ontvangst\nBetreft: MS Anna-Maria, reis AM-0325, 2.400 t veevoergranen\n\nGeachte heer, mevrouw,\n\nDoor een stremming bij sluis Weurt (storing aan de roldeur) loopt MS Anna-Maria ongeveer 20 uur vertraging op. De nieuwe verwachte aankomsttijd in Keulen Niehl is zondag 28 maart 2027 om 10:30.\n\nWij stellen voor direct na aankomst te lossen, **zondag 28 maart vanaf 11:00**, zodat het schip maandag weer beschikbaar is. Graag uw bevestiging.\n\nMet vriendelijke groet,\nPlanning Van Dijk Binnenvaart',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'vertragingsdesk', to: 'klantmelder' },
      agent: 'klantmelder',
    },
  }),
  defineScenario({
    id: 'binv-eefde-slot-verschoven-aflossing',
    title:
      'De sluisdesk meldde dat het slot van 09:40 bij sluis Eefde was vervallen en vervangen door 14:20, maar de reisleider plande de bemanningsaflossing nog op het oude slot van 09:40',
    domain: 'binnenvaart: sluisslot en bemanningswissel',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'MS "Willem Jan" (reis WJ-0329, Deventer naar Hengelo via het Twentekanaal) heeft op 29 maart 2027 slot 09:40 bij sluis Eefde. Check of het slot nog staat, en plan de bemanningsaflossing zo dat de nieuwe ploeg (2 man) in de sluis Eefde aan boord stapt tijdens de schutting.',
    topology: {
      shape: 'supervisor',
      coordinator: 'reisleider',
      workers: ['sluisdesk_eefde', 'bemanningsplanner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'reisleider',
        description: 'Leidt de reis en stemt sluis en bemanning af',
        instructions: 'Controleer eerst het slot, plan daarna de aflossing op het geldende slot, vat samen.',
        replies: [
          {
            handoff: 'sluisdesk_eefde',
            message:
              'Staat slot 09:40 op 29-03-2027 bij sluis Eefde nog voor MS Willem Jan (ENI 02341190), richting Hengelo?',
          },
          {
            handoff: 'bemanningsplanner',
            message:
              'Plan de aflossing van 2 bemanningsleden voor MS Willem Jan op 29-03-2027: instappen in sluis Eefde tijdens de schutting van **09:40**. Vervoer regelen vanaf station Zutphen, aflossers 20 min vóór het slot bij de sluis.',
          },
          {
            say: 'Reis WJ-0329 op 29-03-2027:\n- Sluis Eefde: slot bevestigd\n- Aflossing: 2 man stappen in bij sluis Eefde, taxi vanaf station Zutphen om 09:00, aan de sluis 09:20 voor de schutting van 09:40 (rit TX-55871)',
          },
        ],
      },
      {
        name: 'sluisdesk_eefde',
        description: 'Beheert sluisslots op het Twentekanaal',
        instructions: 'Controleer het slot in de sluisplanning en meld wijzigingen.',
        replies: [
          {
            call: 'sluisplanning_status',
            args: { sluis: 'Eefde', datum: '2027-03-29', eni: '02341190' },
            result:
              '{"sluis": "Eefde", "slot_origineel": "09:40", "status": "vervallen", "reden": "onderhoud hefdeur kolk 1, 08:00-13:00", "nieuw_slot": "14:20", "slot_id": "EEF-0329-22", "kolk": 2}',
          },
          {
            say: 'Slot 09:40 bij sluis Eefde is **vervallen** (onderhoud hefdeur kolk 1 van 08:00 tot 13:00). MS Willem Jan is omgeboekt naar **14:20**, kolk 2, slot EEF-0329-22.',
          },
        ],
      },
      {
        name: 'bemanningsplanner',
        description: 'Plant bemanningswissels en vervoer',
        instructions: 'Plan de aflossing en het vervoer op het opgegeven tijdstip.',
        replies: [
          {
            call: 'taxi_boeken',
            args: {
              van: 'Station Zutphen',
              naar: 'Sluis Eefde',
              ophalen: '2027-03-29T09:00:00+02:00',
              personen: 2,
            },
            result: '{"rit": "TX-55871", "ophalen": "09:00", "aankomst": "09:20", "status": "bevestigd"}',
          },
          {
            say: 'Taxi TX-55871 geboekt: 2 aflossers om 09:00 van station Zutphen, 09:20 bij sluis Eefde, op tijd voor de schutting van 09:40.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'reisleider', to: 'bemanningsplanner' },
      agent: 'reisleider',
    },
  }),
  defineScenario({
    id: 'binv-douanedossier-ladinglijst-afgekapt',
    title:
      'De ladinglijstmaker moest 24 containers opnemen in de ladinglijst voor het T1-dossier maar zijn antwoord brak af na container 11; de bundelaar stuurde een dossier met 11 containers',
    domain: 'binnenvaart: douanedocumenten containerreis',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Stel het douanedossier samen voor reis BL-0330 van MS "Bolero" (Rotterdam Delta naar Duisburg DeCeTe, 30 maart 2027): T1-doorvoeraangifte en de volledige ladinglijst van alle 24 containers met containernummer, zegelnummer en bruto gewicht.',
    topology: {
      shape: 'fanout',
      planner: 'dossierplanner',
      workers: ['t1_aangever', 'ladinglijst_maker'],
      aggregator: 'dossier_bundelaar',
    },
    agents: [
      {
        name: 'dossierplanner',
        description: 'Verdeelt het douanedossier over de specialisten',
        instructions: 'Schrijf een opdracht per specialist.',
        replies: [
          {
            plan: {
              t1_aangever:
                'Dien de T1-doorvoeraangifte in voor reis BL-0330, MS Bolero, 24 containers, Rotterdam Delta naar Duisburg DeCeTe, vertrek 30-03-2027.',
              ladinglijst_maker:
                'Maak de ladinglijst van alle 24 containers van reis BL-0330 met containernummer, zegelnummer en bruto gewicht; haal ze uit het terminalsysteem.',
            },
          },
        ],
      },
      {
        name: 't1_aangever',
        description: 'Doet douaneaangiftes',
        instructions: 'Dien de aangifte in en geef het MRN.',
        replies: [
          {
            call: 'ncts_t1_aangifte',
            args: { reis: 'BL-0330', containers: 24, vertrek: 'NLRTM', bestemming: 'DEDUI' },
            result:
              '{"mrn": "27NL0000A1B2C3D4E5", "status": "vrijgegeven", "zekerheid": "doorlopend GRN 19NL0001234"}',
          },
          {
            say: 'T1 ingediend en vrijgegeven: MRN 27NL0000A1B2C3D4E5, 24 containers, zekerheid GRN 19NL0001234.',
          },
        ],
      },
      {
        name: 'ladinglijst_maker',
        description: 'Maakt ladinglijsten uit het terminalsysteem',
        instructions: 'Geef de volledige lijst, één regel per container.',
        replies: [
          {
            call: 'terminal_containers',
            args: { reis: 'BL-0330', terminal: 'Rotterdam Delta' },
            result:
              '{"reis": "BL-0330", "aantal": 24, "bruto_totaal_kg": 412680, "containers": "MSKU7781201 … TGHU5520419 (24 regels, zie export EXP-BL0330.csv)"}',
          },
          {
            say: 'LADINGLIJST BL-0330 (24 containers, bruto totaal 412.680 kg)\n| # | Container | Zegel | Bruto kg |\n|---|---|---|---|\n| 1 | MSKU7781201 | ML-4410221 | 18.420 |\n| 2 | MSKU7781218 | ML-4410222 | 21.060 |\n| 3 | MRKU3390145 | ML-4410230 | 14.880 |\n| 4 | TCNU6012774 | ML-4410231 | 24.300 |\n| 5 | TCNU6012790 | ML-4410235 | 19.750 |\n| 6 | HLXU8841022 | HL-0098812 | 16.220 |\n| 7 | HLXU8841038 | HL-0098813 | 17.940 |\n| 8 | CMAU5531460 | CM-7720018 | 22.410 |\n| 9 | CMAU5531476 | CM-7720019 | 12.600 |\n| 10 | GESU4478803 | ML-4410240 | 15.330 |\n| 11 | GESU4478819 | ML-441',
            cutOff: true,
          },
        ],
      },
      {
        name: 'dossier_bundelaar',
        description: 'Bundelt het douanedossier',
        instructions: 'Voeg aangifte en ladinglijst samen tot één dossier.',
        prompt: 'Onderdelen:\n{input}',
        replies: [
          {
            say: 'DOUANEDOSSIER BL-0330 – MS Bolero, Rotterdam Delta naar Duisburg DeCeTe, 30-03-2027\n1. T1-doorvoer: MRN 27NL0000A1B2C3D4E5, vrijgegeven, zekerheid GRN 19NL0001234\n2. Ladinglijst: containers 1 t/m 11 (MSKU7781201 t/m GESU4478819) met zegel en gewicht, zoals aangeleverd\nDossier klaar voor verzending naar de schipper en DeCeTe.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'ladinglijst_maker', to: 'dossier_bundelaar' },
      agent: 'ladinglijst_maker',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'binv-eta-utc-naar-lokaal-ok',
    title:
      'De RIS-desk gaf de ETA in UTC en de lading in m³; de havencoördinator gaf de kadeplanner dezelfde tijd in lokale zomertijd en het gewicht in ton via de opgegeven dichtheid, allebei correct omgerekend',
    domain: 'binnenvaart: aankomstmelding en kadeplanning',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context / low_quality_output: tijd en hoeveelheid veranderen van vorm tussen agents (UTC naar CEST, m³ naar ton) maar de waarden zijn dezelfde',
    request:
      'Tanker MTS "Sirius" (ENI 02325590) komt met 2.100 m³ biodiesel (dichtheid 0,88 t/m³) naar de Koole-terminal in Zaandam. Zoek de actuele ETA op en reserveer kade en pompcapaciteit bij de terminal in lokale tijd.',
    topology: {
      shape: 'network',
      coordinator: 'havencoordinator',
      workers: ['ris_desk', 'kadeplanner'],
    },
    agents: [
      {
        name: 'havencoordinator',
        description: 'Routeert aankomstvragen tussen de desks',
        instructions: 'Haal de ETA op, laat de kade reserveren in lokale tijd en sluit af.',
        replies: [
          {
            handoff: 'ris_desk',
            message:
              'Actuele ETA van MTS Sirius (ENI 02325590) aan de Koole-terminal Zaandam, met hoeveelheid aan boord.',
          },
          {
            handoff: 'kadeplanner',
            message:
              'Reserveer kade en pompcapaciteit Koole Zaandam voor MTS Sirius: aankomst **2 april 2027 om 16:45 lokale tijd (CEST)**, lossen 2.100 m³ biodiesel = **1.848 t** (0,88 t/m³).',
          },
          {
            say: 'MTS Sirius komt 2 april 2027 om 16:45 (lokale tijd) aan bij Koole Zaandam. Kade Z-3 en pomp P2 gereserveerd van 17:00 tot 23:00 voor 2.100 m³ (1.848 t) biodiesel, reservering KZ-40211.',
          },
        ],
      },
      {
        name: 'ris_desk',
        description: 'Leest posities en ETA uit het River Information System',
        instructions: 'Geef de ETA zoals RIS die geeft, met tijdzone.',
        replies: [
          {
            call: 'ris_eta',
            args: { eni: '02325590', bestemming: 'Koole Zaandam' },
            result:
              '{"eni": "02325590", "naam": "Sirius", "positie": "Noordzeekanaal km 12", "eta_utc": "2027-04-02T14:45:00Z", "lading": {"omschrijving": "biodiesel", "volume_m3": 2100}}',
          },
          {
            say: 'MTS Sirius, positie Noordzeekanaal km 12. ETA Koole Zaandam: 2027-04-02 14:45 UTC. Aan boord: 2.100 m³ biodiesel.',
          },
        ],
      },
      {
        name: 'kadeplanner',
        description: 'Reserveert kades en pompen bij de terminal',
        instructions: 'Reserveer kade en pomp vanaf aankomst, tijden in lokale tijd.',
        replies: [
          {
            call: 'terminal_reserveren',
            args: {
              terminal: 'Koole Zaandam',
              schip: 'Sirius',
              van: '2027-04-02T17:00',
              tot: '2027-04-02T23:00',
              ton: 1848,
            },
            result: '{"reservering": "KZ-40211", "kade": "Z-3", "pomp": "P2", "status": "bevestigd"}',
          },
          {
            say: 'Kade Z-3 en pomp P2 gereserveerd 2-04 17:00–23:00 lokale tijd, 1.848 t, reservering KZ-40211.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'binv-vrachttarief-timeout-herhaald-ok',
    title:
      'De tariefdesk kreeg een time-out van de tariefdienst, probeerde het opnieuw en rapporteerde het tarief uit de tweede, geslaagde aanroep',
    domain: 'binnenvaart: vrachtofferte',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: een toolfout die met een nieuwe poging is opgevangen; het gerapporteerde tarief komt uit de geslaagde aanroep',
    request:
      'Een klant vraagt een offerte voor 3.000 t zand van Nijmegen naar Amsterdam, laden in week 15 (2027). Bereken het vrachttarief en controleer of er een raamcontract met deze klant (Heijmans Grondstoffen) loopt.',
    topology: {
      shape: 'supervisor',
      coordinator: 'bevrachtingsleider',
      workers: ['tariefdesk', 'contractdesk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'bevrachtingsleider',
        description: 'Stelt vrachtoffertes op',
        instructions: 'Laat tarief en contract uitzoeken en stel de offerte op.',
        replies: [
          {
            handoff: 'tariefdesk',
            message:
              'Vrachttarief voor 3.000 t zand Nijmegen naar Amsterdam, laden week 15 2027, per ton en totaal.',
          },
          {
            handoff: 'contractdesk',
            message: 'Loopt er een raamcontract met Heijmans Grondstoffen voor zandvervoer?',
          },
          {
            say: 'OFFERTE OF-2027-0412 – Heijmans Grondstoffen\n- 3.000 t zand, Nijmegen naar Amsterdam, laden week 15 2027\n- Tarief volgens raamcontract RC-2025-018: € 4,35/t, totaal € 13.050 excl. btw\n- Inclusief laag-waterclausule (toeslag vanaf Lobith < 8,50 m)\nGeldig tot 31-03-2027.',
          },
        ],
      },
      {
        name: 'tariefdesk',
        description: 'Berekent vrachttarieven',
        instructions: 'Vraag het tarief op bij de tariefdienst; bij een storing opnieuw proberen.',
        replies: [
          {
            call: 'tariefdienst_berekenen',
            args: { lading: 'zand', ton: 3000, van: 'Nijmegen', naar: 'Amsterdam', week: '2027-W15' },
            result: { error: 'ETIMEDOUT: tariefdienst.intern:8443 reageerde niet binnen 10 s' },
          },
          {
            call: 'tariefdienst_berekenen',
            args: { lading: 'zand', ton: 3000, van: 'Nijmegen', naar: 'Amsterdam', week: '2027-W15' },
            result:
              '{"tarief_per_t": 4.35, "totaal": 13050, "basis": "raamcontract RC-2025-018", "laagwatertoeslag": "vanaf Lobith < 850 cm"}',
          },
          {
            say: 'Tarief (tweede poging, eerste gaf time-out): € 4,35/t, totaal € 13.050 voor 3.000 t, basis raamcontract RC-2025-018; laagwatertoeslag vanaf Lobith < 8,50 m.',
          },
        ],
      },
      {
        name: 'contractdesk',
        description: 'Beheert raamcontracten',
        instructions: 'Zoek lopende raamcontracten op.',
        replies: [
          {
            call: 'contracten_zoeken',
            args: { klant: 'Heijmans Grondstoffen', lading: 'zand' },
            result:
              '{"contract": "RC-2025-018", "looptijd": "2025-07-01 t/m 2027-06-30", "status": "actief"}',
          },
          { say: 'Raamcontract RC-2025-018 met Heijmans Grondstoffen, actief tot 30-06-2027.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'binv-havenontvangst-briefs-herschreven-ok',
    title:
      'De planner herschreef de opdracht in eigen woorden voor drie desks (gasolie bunkeren, afvalafgifte, walstroom) en elke eis uit het verzoek bleef behouden',
    domain: 'binnenvaart: havenbezoek en voorzieningen',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task / lost_message: de briefs zijn parafrases van het verzoek, maar hoeveelheden, tijden en de afvalcategorieën zijn alle overgenomen',
    request:
      'MS "Vrouwe Johanna" ligt van 5 april 2027 18:00 tot 6 april 07:00 in de Binnenhaven Nijmegen (ligplaats BH-6). Regel: 12.000 liter gasolie bunkeren vóór 22:00 (bunkerstation Nijmegen), afgifte van 400 liter bilgewater en 6 zakken huishoudelijk afval (SAB-regeling, ECO-pas 0044718), en walstroom 32 A voor de hele nacht.',
    topology: {
      shape: 'fanout',
      planner: 'havenbezoek_planner',
      workers: ['bunkerdesk', 'afvaldesk', 'walstroomdesk'],
      aggregator: 'havenbezoek_samenvatter',
    },
    agents: [
      {
        name: 'havenbezoek_planner',
        description: 'Verdeelt havenbezoekzaken over de desks',
        instructions: 'Schrijf per desk een opdracht.',
        replies: [
          {
            plan: {
              bunkerdesk:
                'Bestel bij bunkerstation Nijmegen 12 m³ gasolie voor MS Vrouwe Johanna, ligplaats BH-6 Binnenhaven, uiterlijk om 22:00 op 5-04-2027 geleverd.',
              afvaldesk:
                'Meld afgifte aan onder de SAB-regeling (ECO-pas 0044718): 0,4 m³ bilgewater en 6 zakken huisvuil, MS Vrouwe Johanna, Binnenhaven Nijmegen BH-6, 5-04 avond of 6-04 vóór 07:00.',
              walstroomdesk: 'Walstroom 32 A voor MS Vrouwe Johanna op BH-6, van 5-04 18:00 tot 6-04 07:00.',
            },
          },
        ],
      },
      {
        name: 'bunkerdesk',
        description: 'Bestelt brandstof',
        instructions: 'Bestel de brandstof zoals gevraagd.',
        replies: [
          {
            call: 'bunker_bestellen',
            args: {
              station: 'Bunkerstation Nijmegen',
              liter: 12000,
              ligplaats: 'BH-6',
              uiterlijk: '2027-04-05T22:00',
            },
            result: '{"order": "BN-88214", "levering": "2027-04-05T20:30", "liter": 12000}',
          },
          { say: 'Gasolie 12.000 l besteld (BN-88214), levering 5-04 20:30 aan BH-6.' },
        ],
      },
      {
        name: 'afvaldesk',
        description: 'Regelt afvalafgifte',
        instructions: 'Meld de afgifte aan bij het inzamelpunt.',
        replies: [
          {
            call: 'sab_afgifte_melden',
            args: { ecopas: '0044718', bilgewater_l: 400, huisvuil_zakken: 6, locatie: 'Nijmegen BH-6' },
            result: '{"melding": "SAB-NIJ-30917", "ophaal": "2027-04-06T06:15", "status": "ingepland"}',
          },
          { say: 'Afgifte ingepland: 400 l bilgewater en 6 zakken huisvuil, 6-04 06:15 (SAB-NIJ-30917).' },
        ],
      },
      {
        name: 'walstroomdesk',
        description: 'Reserveert walstroom',
        instructions: 'Reserveer de walstroomkast.',
        replies: [
          {
            call: 'walstroom_reserveren',
            args: { ligplaats: 'BH-6', ampere: 32, van: '2027-04-05T18:00', tot: '2027-04-06T07:00' },
            result: '{"reservering": "WS-BH6-0405", "kast": "BH-6-K2", "ampere": 32}',
          },
          { say: 'Walstroom 32 A op kast BH-6-K2, 5-04 18:00 tot 6-04 07:00 (WS-BH6-0405).' },
        ],
      },
      {
        name: 'havenbezoek_samenvatter',
        description: 'Vat het havenbezoek samen voor de schipper',
        instructions: 'Zet alle regelingen overzichtelijk onder elkaar.',
        prompt: 'Uitkomsten desks:\n{input}',
        replies: [
          {
            say: 'HAVENBEZOEK MS Vrouwe Johanna – Binnenhaven Nijmegen BH-6, 5/6 april 2027\n- Gasolie: 12.000 l, levering 5-04 20:30 (order BN-88214)\n- Afval (SAB, ECO-pas 0044718): 400 l bilgewater + 6 zakken huisvuil, ophaal 6-04 06:15 (SAB-NIJ-30917)\n- Walstroom: 32 A, kast BH-6-K2, 5-04 18:00 tot 6-04 07:00 (WS-BH6-0405)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'binv-kwartaal-vlootrapport-tellers-ok',
    title:
      'Een genest team telde reizen, sluispassages en ladingtonnen van acht schepen over het eerste kwartaal; elke teller en elk reisnummer komt ongewijzigd terug in het eindrapport',
    domain: 'binnenvaart: kwartaalrapportage vloot',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output / lost_message: een lange run vol reisnummers en tellers die via twee teamleiders terugkomt, zonder dat er een getal verandert of wegvalt',
    request:
      'Maak het kwartaalrapport Q1 2027 van de vloot van Van Dijk Binnenvaart: per vlootdeel (droge lading, tank) het aantal reizen, vervoerde tonnen en sluispassages, plus de reis met de langste wachttijd bij een sluis.',
    topology: {
      shape: 'nested',
      top: 'directie_rapporteur',
      teams: {
        droge_lading_lead: ['reizen_teller_droog', 'sluis_teller_droog'],
        tank_lead: ['reizen_teller_tank'],
      },
    },
    agents: [
      {
        name: 'directie_rapporteur',
        description: 'Stelt rapporten voor de directie op',
        instructions: 'Vraag beide vlootdelen om hun cijfers en zet ze in het rapport.',
        replies: [
          {
            handoff: 'droge_lading_lead',
            message:
              'Q1 2027 droge lading (5 schepen): reizen, tonnen, sluispassages, en de langste sluiswachttijd met reisnummer.',
          },
          {
            handoff: 'tank_lead',
            message: 'Q1 2027 tankvaart (3 schepen): reizen, tonnen (m³ en t), sluispassages.',
          },
          {
            say: 'KWARTAALRAPPORT Q1 2027 – Van Dijk Binnenvaart\n\n| Vlootdeel | Schepen | Reizen | Vervoerd | Sluispassages |\n|---|---|---|---|---|\n| Droge lading | 5 | 61 | 148.320 t | 214 |\n| Tank | 3 | 38 | 71.450 m³ (62.890 t) | 97 |\n| **Totaal** | **8** | **99** | **211.210 t** | **311** |\n\nLangste sluiswachttijd: reis ZR-2027-019 (MS Zeldenrust), 11 u 40 min bij sluis Weurt op 14-02-2027 (storing roldeur).',
          },
        ],
      },
      {
        name: 'droge_lading_lead',
        description: 'Teamleider droge lading',
        instructions: 'Laat reizen en sluispassages tellen en geef de cijfers terug.',
        replies: [
          {
            handoff: 'reizen_teller_droog',
            message: 'Reizen en tonnen Q1 2027 voor Zeldenrust, Noordster, Gerarda, Anna-Maria, Bolero.',
          },
          {
            handoff: 'sluis_teller_droog',
            message:
              'Sluispassages Q1 2027 voor dezelfde 5 schepen, plus de langste wachttijd met reisnummer.',
          },
          {
            say: 'Droge lading Q1 2027: 61 reizen, 148.320 t, 214 sluispassages. Langste wachttijd: ZR-2027-019, 11 u 40 min, sluis Weurt 14-02 (storing roldeur).',
          },
        ],
      },
      {
        name: 'reizen_teller_droog',
        description: 'Telt reizen en tonnen in de reisadministratie',
        instructions: 'Tel per schip en geef totalen.',
        replies: [
          {
            call: 'reisadministratie_tellen',
            args: {
              periode: '2027-Q1',
              schepen: ['Zeldenrust', 'Noordster', 'Gerarda', 'Anna-Maria', 'Bolero'],
            },
            result:
              '{"per_schip": [{"schip": "Zeldenrust", "reizen": 14, "ton": 37210}, {"schip": "Noordster", "reizen": 12, "ton": 24880}, {"schip": "Gerarda", "reizen": 13, "ton": 17420}, {"schip": "Anna-Maria", "reizen": 11, "ton": 29930}, {"schip": "Bolero", "reizen": 11, "ton": 38880}], "totaal_reizen": 61, "totaal_ton": 148320}',
          },
          {
            say: 'Q1 2027 droog: Zeldenrust 14 reizen/37.210 t, Noordster 12/24.880 t, Gerarda 13/17.420 t, Anna-Maria 11/29.930 t, Bolero 11/38.880 t. Totaal 61 reizen, 148.320 t.',
          },
        ],
      },
      {
        name: 'sluis_teller_droog',
        description: 'Telt sluispassages uit de sluisregistratie',
        instructions: 'Tel passages en zoek de langste wachttijd.',
        replies: [
          {
            call: 'sluisregistratie_tellen',
            args: {
              periode: '2027-Q1',
              schepen: ['Zeldenrust', 'Noordster', 'Gerarda', 'Anna-Maria', 'Bolero'],
            },
            result:
              '{"passages": 214, "langste_wacht": {"reis": "ZR-2027-019", "schip": "Zeldenrust", "sluis": "Weurt", "datum": "2027-02-14", "wacht_min": 700, "oorzaak": "storing roldeur"}}',
          },
          {
            say: '214 sluispassages. Langste wachttijd 700 min (11 u 40 min): ZR-2027-019, sluis Weurt, 14-02-2027, storing roldeur.',
          },
        ],
      },
      {
        name: 'tank_lead',
        description: 'Teamleider tankvaart',
        instructions: 'Laat de tankreizen tellen en geef de cijfers terug.',
        replies: [
          {
            handoff: 'reizen_teller_tank',
            message: 'Reizen, m³, tonnen en sluispassages Q1 2027 voor Aldebaran, Sirius, Aquila.',
          },
          { say: 'Tankvaart Q1 2027: 38 reizen, 71.450 m³ (62.890 t), 97 sluispassages.' },
        ],
      },
      {
        name: 'reizen_teller_tank',
        description: 'Telt tankreizen',
        instructions: 'Tel reizen, volumes, tonnen en passages.',
        replies: [
          {
            call: 'reisadministratie_tellen',
            args: { periode: '2027-Q1', schepen: ['Aldebaran', 'Sirius', 'Aquila'], met_sluizen: true },
            result: '{"totaal_reizen": 38, "totaal_m3": 71450, "totaal_ton": 62890, "sluispassages": 97}',
          },
          { say: 'Tank Q1 2027: 38 reizen, 71.450 m³ = 62.890 t, 97 sluispassages.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'binv-ligplaats-gewijzigd-nieuwe-gebruikt-ok',
    title:
      'De terminal verschoof de ligplaats van kade 4 naar kade 7; de kadecontact gaf de nieuwe ligplaats door en de schippersdienst gebruikte alleen kade 7, niet de oude uit het verzoek',
    domain: 'binnenvaart: ligplaats bij containerterminal',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: de oude ligplaats (kade 4) staat in het verzoek, maar het vervangen gegeven wordt nergens meer gebruikt',
    request:
      'MS "Gerarda" komt 7 april 2027 om 11:00 bij Container Terminal Nijmegen, volgens de bevestiging van vorige week aan kade 4. Controleer de ligplaats bij de terminal en stuur de schipper de definitieve aanlegplaats en het lostijdvenster.',
    topology: {
      shape: 'swarm',
      entry: 'kadecontact',
      agents: ['kadecontact', 'schippersdienst'],
    },
    agents: [
      {
        name: 'kadecontact',
        description: 'Onderhoudt contact met terminals over ligplaatsen',
        instructions: 'Controleer de ligplaats bij de terminal en draag over aan de schippersdienst.',
        replies: [
          {
            call: 'terminal_ligplaats',
            args: { terminal: 'Container Terminal Nijmegen', schip: 'Gerarda', datum: '2027-04-07' },
            result:
              '{"schip": "Gerarda", "ligplaats_oud": "kade 4", "ligplaats": "kade 7", "reden": "kraan 2 in onderhoud", "lossen": "11:30-16:00", "gewijzigd": "2027-04-05T15:12"}',
          },
          {
            handoff: 'schippersdienst',
            message:
              'Terminal Nijmegen heeft MS Gerarda op 5-04 omgezet van kade 4 naar **kade 7** (kraan 2 in onderhoud). Aankomst 7-04 11:00, lossen 11:30–16:00. Graag de schipper informeren.',
          },
        ],
      },
      {
        name: 'schippersdienst',
        description: 'Stuurt berichten naar schippers',
        instructions: 'Stuur de schipper het definitieve aanlegbericht.',
        replies: [
          {
            call: 'bericht_schipper',
            args: { schip: 'Gerarda', tekst: 'Aanleggen CTN kade 7 op 7-04 11:00, lossen 11:30-16:00' },
            result: '{"verzonden": true, "kanaal": "app"}',
          },
          {
            say: 'Schipper MS Gerarda bericht: aanleggen bij Container Terminal Nijmegen **kade 7** (niet kade 4, kraan 2 in onderhoud) op 7-04-2027 om 11:00; lostijdvenster 11:30–16:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'binv-laadverklaring-herzien-een-keer-ok',
    title:
      'De controleur stuurde de laadverklaring één keer terug omdat het ijkbriefnummer ontbrak; de opsteller voegde het toe en de tweede versie werd goedgekeurd',
    domain: 'binnenvaart: laadverklaring',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: een revisieronde via de lus, maar de tweede versie verschilt en wordt goedgekeurd',
    request:
      'Stel de laadverklaring op voor MS "Zeldenrust", reis ZR-2027-041, geladen 9 april 2027 in Rotterdam Waalhaven: 2.410 t steenkool, diepgang voor 2,62 m en achter 2,68 m, met vermelding van het ijkbriefnummer, en stuur hem naar de ontvanger in Duisburg.',
    topology: {
      shape: 'pipeline',
      order: ['verklaring_opsteller', 'verklaring_controleur', 'verklaring_verzender'],
      loop: { from: 'verklaring_controleur', to: 'verklaring_opsteller', while: 'HERZIEN', max: 3 },
    },
    agents: [
      {
        name: 'verklaring_opsteller',
        description: 'Stelt laadverklaringen op',
        instructions: 'Stel de verklaring op; verwerk opmerkingen van de controleur.',
        prompt: 'Opdracht of opmerking:\n{input}\n\nOorspronkelijk verzoek: {request}',
        replies: [
          {
            say: 'LAADVERKLARING ZR-2027-041\nSchip: MS Zeldenrust (ENI 02334561)\nLaadplaats/datum: Rotterdam Waalhaven, 09-04-2027\nLading: steenkool, 2.410 t\nDiepgang: voor 2,62 m / achter 2,68 m\nOntvanger: HKM Duisburg-Ruhrort',
          },
          {
            say: 'LAADVERKLARING ZR-2027-041 (v2)\nSchip: MS Zeldenrust (ENI 02334561), ijkbrief R-2019-4471\nLaadplaats/datum: Rotterdam Waalhaven, 09-04-2027\nLading: steenkool, 2.410 t (volgens ijking bij gemiddelde diepgang 2,65 m)\nDiepgang: voor 2,62 m / achter 2,68 m\nOntvanger: HKM Duisburg-Ruhrort',
          },
        ],
      },
      {
        name: 'verklaring_controleur',
        description: 'Controleert laadverklaringen',
        instructions: 'Antwoord "GOEDGEKEURD: ..." als alles klopt, anders "HERZIEN: ..." met wat ontbreekt.',
        prompt: 'Laadverklaring:\n{input}',
        replies: [
          { say: 'HERZIEN: het ijkbriefnummer ontbreekt; de tonnage moet herleidbaar zijn tot de ijking.' },
          {
            say: 'GOEDGEKEURD: v2 vermeldt ijkbrief R-2019-4471, 2.410 t steenkool, diepgang 2,62/2,68 m. Mag naar de ontvanger.',
          },
        ],
      },
      {
        name: 'verklaring_verzender',
        description: 'Verstuurt documenten naar ontvangers',
        instructions: 'Verstuur de goedgekeurde verklaring.',
        prompt: 'Controle-uitkomst:\n{input}',
        replies: [
          {
            call: 'document_versturen',
            args: { aan: 'HKM Duisburg-Ruhrort', document: 'LV-ZR-2027-041-v2' },
            result: '{"verzonden": true, "ontvangstbevestiging": "HKM-IN-77310"}',
          },
          {
            say: 'Laadverklaring ZR-2027-041 v2 (2.410 t steenkool, ijkbrief R-2019-4471) verstuurd aan HKM Duisburg-Ruhrort, ontvangstbevestiging HKM-IN-77310.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch195Scenarios = [...faults, ...healthy];
