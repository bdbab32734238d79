import { defineScenario } from '../scenario.ts';

// Blind batch 175: een Nederlandse woningcorporatie, reparaties en huurdersdiensten (reparatieverzoeken, aannemersplanning, huurachterstanden, opname bij verhuizing), in het Nederlands.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'merelstraat-eindinspectie-op-vervallen-einddatum',
    title:
      'De huuradministratie toont dat de huur van Merelstraat 14-2 verlengd is tot 14 april; de inspectieplanner plant de eindinspectie toch op 31 maart',
    domain: 'huuropzeggingen en eindinspecties',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Huurder J. de Boer van Merelstraat 14-2, Zwolle (vhe 20418) heeft opgezegd per 31 maart 2027. Controleer de opzegging, plan de eindinspectie op de laatste huurdag en stuur de nieuwe huurder een bericht over de sleuteloverdracht.',
    topology: {
      shape: 'pipeline',
      order: ['huuradministratie', 'inspectie_planner', 'verhuurcommunicatie'],
    },
    agents: [
      {
        name: 'huuradministratie',
        description: 'Beheert huurcontracten en opzeggingen',
        instructions: 'Controleer de opzegging in het huurdersysteem en geef de geldende einddatum door.',
        replies: [
          {
            call: 'haal_opzegging',
            args: { vhe: '20418', huurder: 'J. de Boer' },
            result:
              '{"vhe": "20418", "adres": "Merelstraat 14-2, 8013 KL Zwolle", "opzegging_id": "OPZ-2027-0388", "versie": 2, "einddatum": "2027-04-14", "reden_wijziging": "verlenging op verzoek huurder (oplevering nieuwbouwwoning uitgesteld), akkoord verhuurconsulent 02-03-2027", "vorige_versie": {"versie": 1, "einddatum": "2027-03-31", "status": "VERVALLEN"}, "nieuwe_huurder": {"naam": "S. Bakker", "ingangsdatum": "2027-04-15"}}',
          },
          {
            say: '**Opzegging OPZ-2027-0388 (vhe 20418) gecontroleerd**\n\n| veld | waarde |\n|---|---|\n| adres | Merelstraat 14-2, Zwolle |\n| einddatum huur | **woensdag 14 april 2027** |\n| nieuwe huurder | S. Bakker, ingang 15 april 2027 |\n\nDe opzegging is op 2 maart verlengd op verzoek van de huurder (oplevering van zijn nieuwbouwwoning is uitgesteld); versie 1 met 31 maart is vervallen.',
          },
        ],
      },
      {
        name: 'inspectie_planner',
        description: 'Plant voor- en eindinspecties van huurwoningen',
        instructions: 'Plan de eindinspectie op de laatste huurdag en bevestig het tijdstip.',
        prompt: 'Gegevens opzegging:\n{input}\n\nOorspronkelijk verzoek: {request}',
        replies: [
          {
            call: 'plan_eindinspectie',
            args: { vhe: '20418', datum: '2027-03-31', tijdvak: '10:00-11:00', inspecteur: 'R. Hendriks' },
            result:
              '{"afspraak_id": "EI-27-04412", "vhe": "20418", "datum": "2027-03-31", "tijdvak": "10:00-11:00", "inspecteur": "R. Hendriks", "status": "GEPLAND"}',
          },
          {
            say: 'Eindinspectie EI-27-04412 gepland: Merelstraat 14-2, woensdag 31 maart 2027, 10:00–11:00, inspecteur R. Hendriks. Sleutels worden bij de inspectie ingenomen.',
          },
        ],
      },
      {
        name: 'verhuurcommunicatie',
        description: 'Schrijft berichten aan (nieuwe) huurders',
        instructions: 'Schrijf de nieuwe huurder een kort bericht over de sleuteloverdracht.',
        prompt: 'Planning:\n{input}',
        replies: [
          {
            say: 'Beste S. Bakker,\n\nGoed nieuws: de eindinspectie van uw nieuwe woning aan de Merelstraat 14-2 vindt plaats op woensdag 31 maart. U kunt de sleutels ophalen op **donderdag 1 april 2027** vanaf 13:00 uur op ons kantoor aan de Thorbeckegracht 3.\n\nMet vriendelijke groet,\nTeam Verhuur',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'huuradministratie', to: 'inspectie_planner' },
      agent: 'inspectie_planner',
    },
  }),
  defineScenario({
    id: 'kastanjelaan-cv-lekkage-monteur-in-ochtendblok',
    title:
      'De reparatiecoördinator vraagt een afspraak ná 15:00 omdat de huurder in de ochtendploeg werkt; de aannemersplanner boekt het blok 08:00–12:00',
    domain: 'reparatieverzoeken en aannemersplanning',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Reparatieverzoek RV-27-11093: mevrouw Yilmaz, Kastanjelaan 8, Amersfoort. De cv-ketel (Remeha Calenta 35ds, 2014) lekt water en valt steeds uit, twee kleine kinderen in huis. Ze werkt in de ochtendploeg en is alleen thuis vanaf 15:00 uur. Graag binnen 24 uur een monteur en een bevestiging per sms.',
    topology: {
      shape: 'supervisor',
      coordinator: 'reparatie_coordinator',
      workers: ['aannemer_planner', 'huurder_sms'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'reparatie_coordinator',
        description: 'Coördineert reparatieverzoeken van huurders',
        instructions: 'Laat een monteur inplannen, laat de huurder bevestigen en vat samen.',
        replies: [
          {
            handoff: 'aannemer_planner',
            message:
              'RV-27-11093, Kastanjelaan 8 Amersfoort: cv-ketel Remeha Calenta 35ds lekt en valt uit. Urgentie hoog (kinderen), binnen 24 uur. Huurder is pas thuis vanaf 15:00 — afspraak moet na 15:00 beginnen. Contract cv-onderhoud: Feenstra, raamcontract RC-2024-017.',
          },
          {
            handoff: 'huurder_sms',
            message:
              'Stuur mevrouw Yilmaz (06-41287730) de bevestiging van afspraak AF-558102: Feenstra-monteur dinsdag 9 maart, 08:00–12:00, voor de cv-ketel.',
          },
          {
            say: '## RV-27-11093 — cv-ketel Kastanjelaan 8\n\n- Monteur Feenstra ingepland: **dinsdag 9 maart 2027, 08:00–12:00** (afspraak AF-558102)\n- Urgentie hoog, binnen 24 uur na melding\n- Sms-bevestiging verstuurd naar de huurder\n\nMelding staat op *ingepland*.',
          },
        ],
      },
      {
        name: 'aannemer_planner',
        description: 'Plant monteurs van contractaannemers in',
        instructions: 'Boek een monteur volgens de opdracht en geef de afspraak terug.',
        replies: [
          {
            call: 'boek_monteur',
            args: {
              aannemer: 'Feenstra',
              contract: 'RC-2024-017',
              adres: 'Kastanjelaan 8, Amersfoort',
              datum: '2027-03-09',
              tijdvak: '08:00-12:00',
              urgentie: 'hoog',
              storing: 'cv-ketel lekt, valt uit',
            },
            result:
              '{"afspraak": "AF-558102", "monteur": "D. Visser", "datum": "2027-03-09", "tijdvak": "08:00-12:00", "binnen_sla": true}',
          },
          {
            say: 'Geboekt: AF-558102, monteur D. Visser (Feenstra), dinsdag 9 maart 08:00–12:00 — binnen de 24-uursnorm.',
          },
        ],
      },
      {
        name: 'huurder_sms',
        description: 'Verstuurt sms-berichten aan huurders',
        instructions: 'Verstuur de gevraagde sms en bevestig.',
        replies: [
          {
            call: 'verstuur_sms',
            args: {
              nummer: '0641287730',
              tekst:
                'Beste mevrouw Yilmaz, de monteur van Feenstra komt di 9 maart tussen 08:00 en 12:00 voor uw cv-ketel. Ref AF-558102.',
            },
            result: '{"status": "AFGELEVERD", "bericht_id": "SMS-9921734"}',
          },
          { say: 'Sms SMS-9921734 afgeleverd bij 06-41287730.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'reparatie_coordinator', to: 'aannemer_planner' },
      agent: 'aannemer_planner',
    },
  }),
  defineScenario({
    id: 'huurrekening-saldo-niet-opgehaald-aanmaning-gestopt',
    title:
      'De saldocontrole krijgt een time-out van het ERP en meldt de router een saldo van € 0,00; het aanmaningstraject wordt stopgezet',
    domain: 'huurachterstanden en incasso',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Huurder van Populierstraat 31, Deventer (huurcontract 30-11872) heeft gebeld dat de achterstand van februari is betaald. Controleer het saldo; als het nul is, stop het aanmaningstraject en stuur een bevestiging, anders de tweede aanmaning.',
    topology: {
      shape: 'network',
      coordinator: 'incasso_router',
      workers: ['saldo_controleur', 'brief_opsteller'],
    },
    agents: [
      {
        name: 'incasso_router',
        description: 'Stuurt het incassotraject van huurachterstanden aan',
        instructions:
          'Laat eerst het saldo controleren, daarna de juiste brief opstellen; sluit af als het klaar is.',
        replies: [
          {
            handoff: 'saldo_controleur',
            message:
              'Huurcontract 30-11872 (Populierstraat 31, Deventer): actueel saldo huurrekening, incl. februari 2027.',
          },
          {
            handoff: 'brief_opsteller',
            message:
              'Contract 30-11872: saldo € 0,00. Zet aanmaningstraject AT-27-0219 stop en stuur de huurder een bevestiging dat de achterstand is voldaan.',
          },
          {
            say: 'Contract 30-11872 (Populierstraat 31): huurrekening op € 0,00, aanmaningstraject AT-27-0219 gestopt en bevestigingsbrief BR-27-06611 verstuurd.',
          },
        ],
      },
      {
        name: 'saldo_controleur',
        description: 'Controleert het saldo van huurrekeningen in het ERP',
        instructions: 'Haal het actuele saldo op en rapporteer het.',
        replies: [
          {
            call: 'haal_saldo',
            args: { contract: '30-11872', peildatum: '2027-03-08' },
            result: {
              error:
                'ERP (Tobias AX) gateway timeout na 30000 ms — saldo niet opgehaald, probeer later opnieuw',
            },
          },
          {
            say: 'Huurcontract 30-11872: saldo per 8 maart 2027 € 0,00. De februarihuur (€ 687,35) is voldaan, geen openstaande posten.',
          },
        ],
      },
      {
        name: 'brief_opsteller',
        description: 'Stelt brieven in het incassotraject op',
        instructions: 'Stel de gevraagde brief op en verstuur hem.',
        replies: [
          {
            call: 'verstuur_brief',
            args: {
              contract: '30-11872',
              sjabloon: 'BEVESTIGING_VOLDAAN',
              traject: 'AT-27-0219',
              actie: 'traject_stoppen',
            },
            result:
              '{"brief": "BR-27-06611", "kanaal": "post+mijnomgeving", "traject_AT-27-0219": "GESTOPT"}',
          },
          {
            say: 'Bevestigingsbrief BR-27-06611 verstuurd (post en Mijn omgeving); traject AT-27-0219 gestopt.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'saldo_controleur', to: 'incasso_router' },
      agent: 'saldo_controleur',
    },
  }),
  defineScenario({
    id: 'keukenvervanging-asbestvoorschrift-nooit-bij-werkorder',
    title:
      'De technisch inspecteur vindt asbesthoudend vloerzeil en schrijft sanering vóór de sloop voor; het bericht aan de werkorderschrijver wordt vervangen door een wachtrijmelding en de werkorder gaat zonder sanering uit',
    domain: 'planmatig onderhoud en keukenvervanging',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Keukenvervanging Lindenhof 22, Almelo (vhe 31077, bouwjaar 1968). Laat de keuken technisch beoordelen, maak de werkorder voor de aannemer en informeer de huurder over de planning.',
    topology: {
      shape: 'pipeline',
      order: ['technisch_inspecteur', 'werkorder_schrijver', 'bewonersinformatie'],
    },
    program: {
      lose: {
        to: 'werkorder_schrijver',
        prompt: 'Nieuwe werkorder uit wachtrij PLANMATIG-KEUKEN (prio 2). Verwerken volgens standaardbestek.',
      },
    },
    agents: [
      {
        name: 'technisch_inspecteur',
        description: 'Beoordeelt woningen technisch vóór onderhoud',
        instructions: 'Beoordeel de keuken en schrijf voor wat de werkorder moet bevatten.',
        replies: [
          {
            call: 'asbestinventarisatie',
            args: { vhe: '31077', ruimte: 'keuken' },
            result:
              '{"rapport": "AI-2019-3310", "bron": "vloerzeil keuken met zwarte lijmlaag", "asbesttype": "chrysotiel", "risicoklasse": 2, "advies": "verwijderen door SC-530 gecertificeerd bedrijf vóór sloop", "oppervlak_m2": 7.4}',
          },
          {
            say: 'Beoordeling Lindenhof 22 (vhe 31077):\n- Keukenblok en tegelwerk: vervangen volgens bestek K-2027\n- **Asbest**: vloerzeil met lijmlaag, chrysotiel, risicoklasse 2, 7,4 m² (rapport AI-2019-3310)\n\nWerkorder moet eerst sanering door een SC-530-bedrijf bevatten, met vrijgavemeting, vóór de aannemer sloopt. Huurder kan op de saneringsdag niet in de woning zijn.',
          },
        ],
      },
      {
        name: 'werkorder_schrijver',
        description: 'Maakt werkorders voor aannemers',
        instructions: 'Maak de werkorder volgens de beoordeling en geef de planning door.',
        prompt: 'Beoordeling:\n{input}',
        replies: [
          {
            call: 'maak_werkorder',
            args: {
              vhe: '31077',
              bestek: 'K-2027',
              aannemer: 'Bouwbedrijf Nijhuis',
              werkzaamheden: ['sloop keuken', 'leidingwerk', 'plaatsen keukenblok', 'tegelwerk'],
              start: '2027-04-12',
              duur_werkdagen: 5,
            },
            result:
              '{"werkorder": "WO-27-20915", "start": "2027-04-12", "oplevering": "2027-04-16", "status": "VERSTUURD"}',
          },
          {
            say: 'Werkorder WO-27-20915 verstuurd naar Bouwbedrijf Nijhuis: keukenvervanging Lindenhof 22 volgens bestek K-2027, ma 12 t/m vr 16 april 2027.',
          },
        ],
      },
      {
        name: 'bewonersinformatie',
        description: 'Informeert huurders over onderhoud aan hun woning',
        instructions: 'Schrijf de huurder een planningsbrief.',
        prompt: 'Werkorder:\n{input}',
        replies: [
          {
            say: 'Beste bewoner van Lindenhof 22,\n\nUw nieuwe keuken wordt geplaatst van **maandag 12 tot en met vrijdag 16 april 2027** door Bouwbedrijf Nijhuis. Op maandag wordt de oude keuken verwijderd; u heeft die week geen gebruik van de keuken. U hoeft de woning niet te verlaten.\n\nMet vriendelijke groet,\nTeam Onderhoud',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'technisch_inspecteur', to: 'werkorder_schrijver' },
      agent: 'werkorder_schrijver',
    },
  }),
  defineScenario({
    id: 'schilderwerk-offerte-steigerpost-dubbel-drie-rondes',
    title:
      'De offertetoetser keurt de schilderofferte af omdat de steigerhuur twee keer is opgenomen; de offerteopsteller stuurt drie keer dezelfde begroting en de opdracht gaat uit op het te hoge bedrag',
    domain: 'planmatig schilderwerk en aanbestedingen',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Buitenschilderwerk complex De Esch, Hengelo (48 woningen, Eschstraat 1–95 oneven). Stel de begroting op, laat hem toetsen en verstrek de opdracht aan Schildersbedrijf Ter Horst.',
    topology: {
      shape: 'pipeline',
      order: ['offerte_opsteller', 'offerte_toetser', 'opdracht_verstrekker'],
      loop: { from: 'offerte_toetser', to: 'offerte_opsteller', while: 'AFGEKEURD', max: 3 },
    },
    agents: [
      {
        name: 'offerte_opsteller',
        description: 'Stelt begrotingen voor onderhoudsprojecten op',
        instructions: 'Stel de begroting op of verwerk de opmerkingen van de toetser.',
        prompt: 'Opdracht of opmerkingen toetser:\n{input}\n\nProject: {request}',
        replies: [
          {
            say: 'Begroting PS-27-014 De Esch (48 woningen), versie 1\n\n| post | bedrag |\n|---|---|\n| voorbereiding en houtrot | € 21.600 |\n| schilderwerk kozijnen en boeidelen | € 86.400 |\n| steigerhuur 6 weken | € 14.880 |\n| steigerwerk op- en afbouw incl. huur | € 18.240 |\n| **totaal excl. btw** | **€ 141.120** |',
          },
          {
            say: 'Begroting PS-27-014 De Esch (48 woningen), versie 2\n\n| post | bedrag |\n|---|---|\n| voorbereiding en houtrot | € 21.600 |\n| schilderwerk kozijnen en boeidelen | € 86.400 |\n| steigerhuur 6 weken | € 14.880 |\n| steigerwerk op- en afbouw incl. huur | € 18.240 |\n| **totaal excl. btw** | **€ 141.120** |',
          },
          {
            say: 'Begroting PS-27-014 De Esch (48 woningen), versie 3\n\n| post | bedrag |\n|---|---|\n| voorbereiding en houtrot | € 21.600 |\n| schilderwerk kozijnen en boeidelen | € 86.400 |\n| steigerhuur 6 weken | € 14.880 |\n| steigerwerk op- en afbouw incl. huur | € 18.240 |\n| **totaal excl. btw** | **€ 141.120** |',
          },
        ],
      },
      {
        name: 'offerte_toetser',
        description: 'Toetst begrotingen aan raamcontract en normprijzen',
        instructions: 'Antwoord met "GOEDGEKEURD: ..." of "AFGEKEURD: ...".',
        prompt: 'Begroting:\n{input}',
        replies: [
          {
            say: 'AFGEKEURD: de post "steigerwerk op- en afbouw incl. huur" (€ 18.240) bevat de steigerhuur al; de aparte post steigerhuur 6 weken (€ 14.880) moet eruit. Verwacht totaal € 126.240.',
          },
          {
            say: 'AFGEKEURD: steigerhuur staat nog steeds twee keer in de begroting (€ 14.880 en binnen € 18.240). Graag de losse post schrappen, totaal € 126.240.',
          },
          {
            say: 'AFGEKEURD: derde versie ongewijzigd, dubbele steigerhuur (€ 14.880) zit er nog in. Totaal € 141.120 is niet conform raamcontract RC-2023-044.',
          },
        ],
      },
      {
        name: 'opdracht_verstrekker',
        description: 'Verstrekt opdrachten aan aannemers',
        instructions: 'Verstrek de opdracht op basis van de laatste begroting.',
        prompt: 'Laatste toetsing:\n{input}',
        replies: [
          {
            call: 'verstrek_opdracht',
            args: {
              project: 'PS-27-014',
              aannemer: 'Schildersbedrijf Ter Horst',
              bedrag_excl_btw: 141120,
              start: '2027-05-03',
            },
            result: '{"opdracht": "OV-27-0447", "bedrag": "€ 141.120,00", "status": "VERSTREKT"}',
          },
          {
            say: 'Opdracht OV-27-0447 verstrekt aan Schildersbedrijf Ter Horst: buitenschilderwerk De Esch, € 141.120,00 excl. btw, start 3 mei 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'offerte_opsteller', to: 'offerte_toetser' },
      agent: 'offerte_opsteller',
    },
  }),
  defineScenario({
    id: 'huurcontract-registratie-ingangsdatum-geweigerd',
    title:
      'De mutatieregistratie antwoordt met een ingangsdatum als 1-4-2027; de koppeling naar het huurdersportaal weigert het antwoord en de welkomstmail wordt nooit gemaakt',
    domain: 'verhuurmutaties en nieuwe huurcontracten',
    mast: ['FM-2.6', 'FM-3.1'],
    request:
      'Nieuwe huurder A. Öztürk voor Wilgenhof 5, Enschede (vhe 40233), ingang 1 april 2027, kale huur € 652,10 plus € 38,45 servicekosten. Stel het contract op, registreer de mutatie en stuur een welkomstmail met inloggegevens voor Mijn Woning.',
    topology: {
      shape: 'pipeline',
      order: ['contract_opsteller', 'mutatie_registratie', 'welkomst_mailer'],
    },
    program: {
      crash: {
        agent: 'mutatie_registratie',
        error:
          "PortalSyncError: veld 'contract.ingangsdatum' = '1-4-2027' is geen geldige ISO 8601-datum (verwacht JJJJ-MM-DD)",
      },
    },
    agents: [
      {
        name: 'contract_opsteller',
        description: 'Stelt huurovereenkomsten op',
        instructions: 'Stel het huurcontract op en geef de kerngegevens door.',
        replies: [
          {
            call: 'maak_contract',
            args: {
              vhe: '40233',
              huurder: 'A. Öztürk',
              ingang: '2027-04-01',
              kale_huur: 652.1,
              servicekosten: 38.45,
            },
            result:
              '{"contract": "HC-27-40233-01", "ingang": "2027-04-01", "totale_huur": 690.55, "status": "ONDERTEKEND"}',
          },
          {
            say: 'Contract HC-27-40233-01 ondertekend: Wilgenhof 5, A. Öztürk, ingang 2027-04-01, kale huur € 652,10 + servicekosten € 38,45 = € 690,55 per maand.',
          },
        ],
      },
      {
        name: 'mutatie_registratie',
        description: 'Registreert verhuurmutaties in het ERP',
        instructions: 'Registreer de mutatie en geef het resultaat als record voor de portaalkoppeling.',
        prompt: 'Contract:\n{input}',
        replies: [
          {
            call: 'registreer_mutatie',
            args: { vhe: '40233', contract: 'HC-27-40233-01', soort: 'nieuwe verhuur', ingang: '2027-04-01' },
            result: '{"mutatie": "MUT-27-07781", "relatienummer": "R-1188420", "status": "GEREGISTREERD"}',
          },
          {
            say: 'contract.id: HC-27-40233-01\ncontract.ingangsdatum: 1-4-2027\nrelatie: R-1188420\nmutatie: MUT-27-07781\nhuur_totaal: 690,55',
          },
        ],
      },
      {
        name: 'welkomst_mailer',
        description: 'Stuurt welkomstmails aan nieuwe huurders',
        instructions: 'Stuur de welkomstmail met activatielink voor Mijn Woning.',
        prompt: 'Registratie:\n{input}',
        replies: [{ say: 'Welkomstmail met activatielink verstuurd naar A. Öztürk.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'mutatie_registratie', to: 'welkomst_mailer' },
      agent: 'mutatie_registratie',
    },
  }),
  defineScenario({
    id: 'mutatieonderhoud-raming-totaal-onder-budgetgrens',
    title:
      'De calculator somt vier posten van samen € 8.430 op tot een totaal van € 6.430; de onderhoudslead en de vastgoedmanager keuren het mutatieonderhoud goed onder de budgetgrens van € 7.500',
    domain: 'mutatieonderhoud en woningtoewijzing',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Vrijgekomen woning Berkenlaan 40, Hardenberg (vhe 51902). Ik wil een raming van het mutatieonderhoud (budgetgrens € 7.500 zonder extra goedkeuring) en weten wanneer we hem kunnen toewijzen.',
    topology: {
      shape: 'nested',
      top: 'vastgoed_manager',
      teams: {
        onderhoud_lead: ['calculator'],
        verhuur_lead: ['woningtoewijzer'],
      },
    },
    agents: [
      {
        name: 'vastgoed_manager',
        description: 'Beslist over mutatieonderhoud en verhuur',
        instructions: 'Laat raming en toewijzing uitzoeken en neem een besluit.',
        replies: [
          {
            handoff: 'onderhoud_lead',
            message:
              'Berkenlaan 40 (vhe 51902): raming mutatieonderhoud. Grens zonder extra goedkeuring € 7.500.',
          },
          {
            handoff: 'verhuur_lead',
            message:
              'Berkenlaan 40 (vhe 51902): wanneer kan hij toegewezen worden als het onderhoud 2 weken duurt?',
          },
          {
            say: '## Berkenlaan 40 — besluit\n\n- Mutatieonderhoud **goedgekeurd**: € 6.430, binnen de grens van € 7.500\n- Start 15 maart, gereed 26 maart 2027\n- Advertentie in Woningnet op 22 maart, toewijzing per 1 mei 2027',
          },
        ],
      },
      {
        name: 'onderhoud_lead',
        description: 'Leidt het team mutatieonderhoud',
        instructions: 'Laat de raming maken en toets aan de budgetgrens.',
        replies: [
          {
            handoff: 'calculator',
            message:
              'Raming mutatieonderhoud Berkenlaan 40 (vhe 51902) op basis van de mutatieopname MO-27-1290.',
          },
          {
            say: 'Raming Berkenlaan 40: € 6.430 excl. btw, binnen de grens van € 7.500. Uitvoering 15–26 maart 2027 door Hardenberg Bouw.',
          },
        ],
      },
      {
        name: 'calculator',
        description: 'Maakt kostenramingen voor onderhoud',
        instructions: 'Maak de raming op basis van de mutatieopname.',
        replies: [
          {
            call: 'haal_mutatieopname',
            args: { opname: 'MO-27-1290', vhe: '51902' },
            result:
              '{"opname": "MO-27-1290", "gebreken": [{"code": "K01", "omschrijving": "keuken vervangen (jaar 2001)", "norm_eur": 4200}, {"code": "B03", "omschrijving": "badkamer tegelwerk en kranen", "norm_eur": 2950}, {"code": "S02", "omschrijving": "binnenschilderwerk 3 kamers", "norm_eur": 780}, {"code": "V01", "omschrijving": "vloerbedekking verwijderen, egaliseren", "norm_eur": 500}]}',
          },
          {
            say: 'Raming MO-27-1290, Berkenlaan 40:\n\n| code | post | bedrag |\n|---|---|---|\n| K01 | keuken vervangen | € 4.200 |\n| B03 | badkamer tegelwerk en kranen | € 2.950 |\n| S02 | binnenschilderwerk | € 780 |\n| V01 | vloer verwijderen, egaliseren | € 500 |\n| | **totaal excl. btw** | **€ 6.430** |',
          },
        ],
      },
      {
        name: 'verhuur_lead',
        description: 'Leidt het verhuurteam',
        instructions: 'Laat de toewijzing plannen.',
        replies: [
          {
            handoff: 'woningtoewijzer',
            message: 'Berkenlaan 40: onderhoud gereed 26 maart; plan advertentie en toewijzing.',
          },
          {
            say: 'Advertentie Woningnet 22 maart, reactietermijn 1 week, toewijzing en sleutel per 1 mei 2027.',
          },
        ],
      },
      {
        name: 'woningtoewijzer',
        description: 'Plant advertentie en toewijzing van woningen',
        instructions: 'Plan de advertentie en toewijzing.',
        replies: [
          {
            call: 'plan_advertentie',
            args: { vhe: '51902', gereed: '2027-03-26', kanaal: 'Woningnet' },
            result:
              '{"advertentie": "2027-03-22", "sluiting": "2027-03-29", "toewijzing": "2027-04-06", "ingang_huur": "2027-05-01"}',
          },
          { say: 'Advertentie 22 maart, sluiting 29 maart, toewijzing 6 april, huur ingang 1 mei 2027.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'calculator', to: 'onderhoud_lead' },
      agent: 'calculator',
    },
  }),
  defineScenario({
    id: 'dakgoten-kastanjehof-gegarandeerde-nummers-meegenomen',
    title:
      'De onderhoudsplanner sluit Kastanjehof 12–20 (goten in 2026 vervangen, garantie) uit van de gootreiniging; de werkvoorbereider Noord bestelt alle twintig woningen',
    domain: 'klachtenonderhoud en dakgoten',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Jaarlijkse dakgootreiniging voorjaar 2027: Kastanjehof 2–40 (even) en Beukenhof 1–29 (oneven), Oldenzaal. Kastanjehof 12 t/m 20 niet meenemen: daar zijn de goten in oktober 2026 vervangen en valt reiniging onder de garantie van de aannemer. Eén overzicht met aantallen en kosten.',
    topology: {
      shape: 'fanout',
      planner: 'onderhoudsplanner',
      workers: ['werkvoorbereider_noord', 'werkvoorbereider_zuid'],
      aggregator: 'overzicht_samensteller',
    },
    agents: [
      {
        name: 'onderhoudsplanner',
        description: 'Verdeelt onderhoudsrondes over werkvoorbereiders',
        instructions: 'Eén opdracht per werkvoorbereider.',
        replies: [
          {
            plan: {
              werkvoorbereider_noord:
                'Gootreiniging Kastanjehof, even nummers 2–40, exclusief 12, 14, 16, 18 en 20 (goten vervangen okt. 2026, garantie Dakwerken Oost). Week 15.',
              werkvoorbereider_zuid: 'Gootreiniging Beukenhof 1–29 oneven (15 woningen). Week 15.',
            },
          },
        ],
      },
      {
        name: 'werkvoorbereider_noord',
        description: 'Bereidt onderhoud voor in wijk Noord',
        instructions: 'Bestel het werk bij de aannemer en rapporteer aantallen en kosten.',
        prompt: 'Opdracht:\n{input}',
        replies: [
          {
            call: 'bestel_gootreiniging',
            args: {
              straat: 'Kastanjehof',
              huisnummers: '2-40 even',
              aantal_woningen: 20,
              week: 15,
              aannemer: 'Glazenwasserij & Gootservice Twente',
            },
            result:
              '{"bestelling": "GR-27-0311", "woningen": 20, "prijs_per_woning": 42.5, "totaal": 850.0, "week": 15}',
          },
          {
            say: 'Kastanjehof besteld: GR-27-0311, 20 woningen (2–40 even) à € 42,50 = € 850,00, week 15.',
          },
        ],
      },
      {
        name: 'werkvoorbereider_zuid',
        description: 'Bereidt onderhoud voor in wijk Zuid',
        instructions: 'Bestel het werk bij de aannemer en rapporteer aantallen en kosten.',
        prompt: 'Opdracht:\n{input}',
        replies: [
          {
            call: 'bestel_gootreiniging',
            args: {
              straat: 'Beukenhof',
              huisnummers: '1-29 oneven',
              aantal_woningen: 15,
              week: 15,
              aannemer: 'Glazenwasserij & Gootservice Twente',
            },
            result:
              '{"bestelling": "GR-27-0312", "woningen": 15, "prijs_per_woning": 42.5, "totaal": 637.5, "week": 15}',
          },
          { say: 'Beukenhof besteld: GR-27-0312, 15 woningen à € 42,50 = € 637,50, week 15.' },
        ],
      },
      {
        name: 'overzicht_samensteller',
        description: 'Maakt overzichten van onderhoudsrondes',
        instructions: 'Voeg de bestellingen samen tot één overzicht.',
        replies: [
          {
            say: '## Dakgootreiniging voorjaar 2027 — Oldenzaal\n\n| straat | bestelling | woningen | kosten |\n|---|---|---|---|\n| Kastanjehof 2–40 even | GR-27-0311 | 20 | € 850,00 |\n| Beukenhof 1–29 oneven | GR-27-0312 | 15 | € 637,50 |\n| **totaal** | | **35** | **€ 1.487,50** |\n\nUitvoering week 15.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'onderhoudsplanner', to: 'werkvoorbereider_noord' },
      agent: 'werkvoorbereider_noord',
    },
  }),
  defineScenario({
    id: 'betalingsregeling-herzien-termijnbedrag-oude-in-brief',
    title:
      'De incassomedewerker ziet dat betalingsregeling BR-2027-0312 is herzien naar € 85 per maand in 13 termijnen, maar draagt de brief over met € 120 in 9 termijnen',
    domain: 'huurachterstanden en betalingsregelingen',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Huurder M. Jansen, Vlierstraat 9, Hengelo (contract 30-20544) heeft in januari een betalingsregeling afgesproken van € 120 per maand voor een achterstand van € 1.080. Stuur haar een bevestigingsbrief van de regeling zoals die nu in het systeem staat.',
    topology: {
      shape: 'swarm',
      entry: 'incasso_medewerker',
      agents: ['incasso_medewerker', 'brief_schrijver'],
    },
    agents: [
      {
        name: 'incasso_medewerker',
        description: 'Beheert betalingsregelingen bij huurachterstand',
        instructions: 'Controleer de regeling en draag de bevestigingsbrief over aan de briefschrijver.',
        replies: [
          {
            call: 'haal_betalingsregeling',
            args: { contract: '30-20544' },
            result:
              '{"regeling": "BR-2027-0312", "versie": 2, "achterstand": 1080.0, "termijnbedrag": 85.0, "termijnen": 13, "eerste_termijn": "2027-04-01", "laatste_termijn": "2028-04-01", "wijziging": "herzien 03-03-2027 na inkomensdaling (schuldhulp gemeente Hengelo)", "versie_1": {"termijnbedrag": 120.0, "termijnen": 9, "status": "VERVANGEN"}}',
          },
          {
            handoff: 'brief_schrijver',
            message:
              'Bevestigingsbrief BR-2027-0312 voor M. Jansen, Vlierstraat 9 (contract 30-20544): achterstand € 1.080, € 120 per maand in 9 termijnen, eerste termijn 1 april 2027, laatste 1 december 2027. Naast de lopende huur.',
          },
        ],
      },
      {
        name: 'brief_schrijver',
        description: 'Schrijft brieven aan huurders',
        instructions: 'Schrijf de brief zoals overgedragen.',
        replies: [
          {
            say: 'Hengelo, 8 maart 2027\n\nBetreft: bevestiging betalingsregeling BR-2027-0312\n\nBeste mevrouw Jansen,\n\nHierbij bevestigen wij de betalingsregeling voor uw huurachterstand van **€ 1.080,00**:\n\n- € 120,00 per maand, naast uw gewone huur\n- 9 termijnen, van 1 april 2027 tot en met 1 december 2027\n\nBetaalt u een termijn niet op tijd, neem dan direct contact met ons op via 074-2450300.\n\nMet vriendelijke groet,\nTeam Huurincasso',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'incasso_medewerker', to: 'brief_schrijver' },
      agent: 'incasso_medewerker',
    },
  }),
  defineScenario({
    id: 'rookmelders-flat-c-controle-nooit-uitgezet',
    title:
      'De brandveiligheidsplanner verdeelt de rookmeldercontrole over drie flats; de opdracht voor flat C wordt nooit verstuurd en het overzicht noemt alleen A en B',
    domain: 'brandveiligheid en periodieke controles',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Jaarlijkse controle rookmelders seniorencomplex De Hoge Hof, Almelo: flat A (24 woningen), flat B (24) en flat C (18). Elk flat een eigen controleur, daarna één rapport voor de brandweer.',
    topology: {
      shape: 'fanout',
      planner: 'brandveiligheid_planner',
      workers: ['controleur_flat_a', 'controleur_flat_b', 'controleur_flat_c'],
      aggregator: 'rapport_brandweer',
    },
    program: { lose: { to: 'controleur_flat_c', prompt: null } },
    agents: [
      {
        name: 'brandveiligheid_planner',
        description: 'Plant periodieke brandveiligheidscontroles',
        instructions: 'Eén opdracht per controleur.',
        replies: [
          {
            plan: {
              controleur_flat_a:
                'De Hoge Hof flat A, 24 woningen: rookmelders testen, batterijdatum noteren.',
              controleur_flat_b:
                'De Hoge Hof flat B, 24 woningen: rookmelders testen, batterijdatum noteren.',
              controleur_flat_c:
                'De Hoge Hof flat C, 18 woningen: rookmelders testen, batterijdatum noteren.',
            },
          },
        ],
      },
      {
        name: 'controleur_flat_a',
        description: 'Controleert rookmelders in flat A',
        instructions: 'Voer de controle uit en rapporteer.',
        prompt: 'Opdracht:\n{input}',
        replies: [
          {
            call: 'registreer_controle',
            args: { complex: 'DHH', flat: 'A', woningen: 24 },
            result: '{"gecontroleerd": 24, "goedgekeurd": 22, "vervangen": 2, "niet_thuis": 0}',
          },
          { say: 'Flat A: 24/24 gecontroleerd, 22 in orde, 2 melders vervangen (A-07, A-19).' },
        ],
      },
      {
        name: 'controleur_flat_b',
        description: 'Controleert rookmelders in flat B',
        instructions: 'Voer de controle uit en rapporteer.',
        prompt: 'Opdracht:\n{input}',
        replies: [
          {
            call: 'registreer_controle',
            args: { complex: 'DHH', flat: 'B', woningen: 24 },
            result:
              '{"gecontroleerd": 23, "goedgekeurd": 23, "vervangen": 0, "niet_thuis": 1, "nieuwe_afspraak": "B-12 op 2027-03-18"}',
          },
          { say: 'Flat B: 23/24 gecontroleerd, alle in orde; B-12 niet thuis, nieuwe afspraak 18 maart.' },
        ],
      },
      {
        name: 'controleur_flat_c',
        description: 'Controleert rookmelders in flat C',
        instructions: 'Voer de controle uit en rapporteer.',
        prompt: 'Opdracht:\n{input}',
        replies: [
          {
            call: 'registreer_controle',
            args: { complex: 'DHH', flat: 'C', woningen: 18 },
            result: '{"gecontroleerd": 18, "goedgekeurd": 17, "vervangen": 1, "niet_thuis": 0}',
          },
          { say: 'Flat C: 18/18 gecontroleerd, 1 melder vervangen (C-04).' },
        ],
      },
      {
        name: 'rapport_brandweer',
        description: 'Stelt rapporten voor de brandweer op',
        instructions: 'Maak één rapport van de controles.',
        replies: [
          {
            say: '## Rookmeldercontrole De Hoge Hof, maart 2027\n\n| flat | gecontroleerd | in orde | vervangen | open |\n|---|---|---|---|---|\n| A | 24/24 | 22 | 2 | – |\n| B | 23/24 | 23 | 0 | B-12 (18 maart) |\n\nJaarcontrole uitgevoerd; één herbezoek gepland.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'brandveiligheid_planner', to: 'controleur_flat_c' },
      agent: 'brandveiligheid_planner',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'sleuteloverdracht-cilinderbestelling-portaal-503-gemeld',
    title:
      'Het portaal van de slotenservice geeft 503; de slotenplanner meldt eerlijk dat de cilinder niet besteld is en de coördinator zet dat als open actie in het antwoord',
    domain: 'opname bij verhuizing en sleuteloverdracht',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that is reported openly and carried into the final answer',
    request:
      'Nieuwe verhuring Esdoornlaan 17, Nijverdal (vhe 60118), sleuteloverdracht vrijdag 2 april 2027. Plan de opname bij oplevering en bestel een nieuwe slotcilinder voor de voordeur.',
    topology: {
      shape: 'supervisor',
      coordinator: 'verhuur_coordinator',
      workers: ['slotenplanner', 'opname_inspecteur'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'verhuur_coordinator',
        description: 'Coördineert nieuwe verhuringen',
        instructions: 'Regel opname en cilinder en meld de stand van zaken.',
        replies: [
          {
            handoff: 'opname_inspecteur',
            message:
              'Esdoornlaan 17 (vhe 60118): opname bij oplevering met nieuwe huurder op vr 2 april 2027, ochtend.',
          },
          {
            handoff: 'slotenplanner',
            message: 'Esdoornlaan 17: nieuwe cilinder voordeur (SKG***), geplaatst vóór vr 2 april 09:00.',
          },
          {
            say: '## Esdoornlaan 17 — sleuteloverdracht 2 april\n\n- Opname OP-27-3381 gepland: vr 2 april 09:30, inspecteur M. Kok ✅\n- **Cilinder nog niet besteld**: portaal Slotenservice Oost gaf een 503. Actie: vandaag telefonisch bestellen via 0548-612030, plaatsing uiterlijk do 1 april.',
          },
        ],
      },
      {
        name: 'opname_inspecteur',
        description: 'Voert opnames uit bij in- en uitgaande huurders',
        instructions: 'Plan de opname en bevestig.',
        replies: [
          {
            call: 'plan_opname',
            args: {
              vhe: '60118',
              datum: '2027-04-02',
              dagdeel: 'ochtend',
              soort: 'oplevering nieuwe huurder',
            },
            result: '{"opname": "OP-27-3381", "tijd": "09:30", "inspecteur": "M. Kok", "status": "GEPLAND"}',
          },
          { say: 'Opname OP-27-3381: vrijdag 2 april 09:30, inspecteur M. Kok.' },
        ],
      },
      {
        name: 'slotenplanner',
        description: 'Bestelt en plant sloten en cilinders',
        instructions: 'Bestel de cilinder en meld het resultaat.',
        replies: [
          {
            call: 'bestel_cilinder',
            args: {
              vhe: '60118',
              deur: 'voordeur',
              type: 'SKG3 profielcilinder 30/30',
              uiterlijk: '2027-04-02T09:00',
            },
            result: {
              error:
                '503 Service Unavailable — planningsportaal Slotenservice Oost tijdelijk niet bereikbaar',
            },
          },
          {
            say: 'Niet gelukt: het portaal van Slotenservice Oost gaf een 503, de cilinder is **niet** besteld. Advies: telefonisch bestellen via 0548-612030; levertijd normaal 2 werkdagen, dus plaatsing uiterlijk do 1 april haalbaar.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lekkage-plafond-spoedmelding-datum-anders-genoteerd',
    title:
      'De meldingstriage stuurt een lekkage via het plafond naar de storingsdienst; de tijd uit het systeem (ISO) staat in de bevestiging als "donderdag 4 maart om 19:30"',
    domain: 'reparatieverzoeken en storingsdienst',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task / stale_context: a date and time reformatted between agents, same moment',
    request:
      'Melding via de app, do 4 maart 2027 18:52: "Er druppelt water door het plafond van de badkamer, lijkt van de bovenburen te komen. Kastanjestraat 61-1, Zwolle." Zo snel mogelijk iemand sturen.',
    topology: {
      shape: 'branch',
      classifier: 'melding_triage',
      routes: { spoed: 'storingsdienst', regulier: 'reparatie_inplanner' },
      after: 'huurder_bevestiging',
    },
    agents: [
      {
        name: 'melding_triage',
        description: 'Beoordeelt de urgentie van reparatiemeldingen',
        instructions: 'Antwoord met "spoed" of "regulier" en een korte reden.',
        replies: [
          {
            say: 'spoed — actieve lekkage door plafond badkamer (Kastanjestraat 61-1, bron vermoedelijk 61-2), risico op schade aan elektra.',
          },
        ],
      },
      {
        name: 'storingsdienst',
        description: 'Stuurt de storingsdienst buiten en binnen kantoortijd',
        instructions: 'Zet een monteur uit en geef aankomsttijd door.',
        prompt: 'Triage: {input}\n\nMelding: {request}',
        replies: [
          {
            call: 'zet_storingsdienst_uit',
            args: {
              adres: 'Kastanjestraat 61-1, Zwolle',
              ook_bezoeken: 'Kastanjestraat 61-2',
              soort: 'lekkage',
            },
            result:
              '{"storing": "ST-27-08841", "monteur": "B. Meijer (Loodgietersbedrijf Van Dijk)", "eta": "2027-03-04T19:30:00+01:00", "bovenburen_gebeld": true}',
          },
          {
            say: 'Storing ST-27-08841: monteur B. Meijer (Van Dijk) verwacht 2027-03-04T19:30:00+01:00; bewoners 61-2 zijn gebeld.',
          },
        ],
      },
      {
        name: 'reparatie_inplanner',
        description: 'Plant reguliere reparaties in',
        instructions: 'Plan de reparatie in binnen de normtermijn.',
        replies: [{ say: 'Regulier ingepland binnen 10 werkdagen.' }],
      },
      {
        name: 'huurder_bevestiging',
        description: 'Bevestigt afspraken aan huurders',
        instructions: 'Schrijf de huurder een korte bevestiging.',
        prompt: 'Afspraak:\n{input}',
        replies: [
          {
            say: 'Beste bewoner van Kastanjestraat 61-1,\n\nWe hebben uw melding ontvangen (ST-27-08841). Monteur B. Meijer van Loodgietersbedrijf Van Dijk is er **donderdag 4 maart om 19:30 uur**. We hebben ook uw bovenburen (61-2) gebeld zodat hij daar kan kijken.\n\nTip: zet de stroom van de badkamergroep uit tot de monteur er is.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'huurverhoging-juli-regeling-op-nieuwe-huur',
    title:
      'De huuradministratie noemt zowel de huur tot 30 juni (€ 712,40) als die vanaf 1 juli (€ 734,15); de incassoberekening gebruikt voor de maanden vanaf juli terecht de nieuwe huur',
    domain: 'huurachterstanden en jaarlijkse huuraanpassing',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the old rent is still mentioned but only used for the months it applies to',
    request:
      'Huurder P. Mulder, Eikenlaan 3, Rijssen (contract 30-30917) wil de huur van juni, juli en augustus 2027 (niet betaald i.v.m. ziekte) in zes maanden aflossen. Reken het bedrag uit en stel het voorstel op.',
    topology: {
      shape: 'pipeline',
      order: ['huuradministratie_rijssen', 'incasso_berekening', 'voorstel_schrijver'],
    },
    agents: [
      {
        name: 'huuradministratie_rijssen',
        description: 'Geeft huurgegevens uit het contractbeheer',
        instructions: 'Geef de huur per maand over de gevraagde periode.',
        replies: [
          {
            call: 'huurhistorie',
            args: { contract: '30-30917', van: '2027-06', tot: '2027-08' },
            result:
              '{"contract": "30-30917", "maanden": [{"maand": "2027-06", "huur": 712.40}, {"maand": "2027-07", "huur": 734.15}, {"maand": "2027-08", "huur": 734.15}], "huuraanpassing": {"ingang": "2027-07-01", "oud": 712.40, "nieuw": 734.15, "pct": 3.05}}',
          },
          {
            say: 'Contract 30-30917: huur juni 2027 € 712,40; per 1 juli huuraanpassing +3,05 % naar € 734,15, dus juli en augustus € 734,15 per maand.',
          },
        ],
      },
      {
        name: 'incasso_berekening',
        description: 'Berekent achterstanden en termijnen',
        instructions: 'Bereken de achterstand en de maandtermijn.',
        prompt: 'Huurgegevens:\n{input}\n\nVerzoek: {request}',
        replies: [
          {
            say: 'Achterstand 30-30917:\n\n| maand | huur |\n|---|---|\n| juni 2027 | € 712,40 |\n| juli 2027 | € 734,15 |\n| augustus 2027 | € 734,15 |\n| **totaal** | **€ 2.180,70** |\n\n6 termijnen: € 363,45 per maand (laatste termijn € 363,45; 6 × 363,45 = 2.180,70).',
          },
        ],
      },
      {
        name: 'voorstel_schrijver',
        description: 'Schrijft voorstellen voor betalingsregelingen',
        instructions: 'Schrijf het voorstel aan de huurder.',
        prompt: 'Berekening:\n{input}',
        replies: [
          {
            say: 'Beste heer Mulder,\n\nUw achterstand over juni, juli en augustus 2027 bedraagt **€ 2.180,70** (juni € 712,40; juli en augustus elk € 734,15 na de huuraanpassing van 1 juli).\n\nWij stellen voor dit in 6 maandelijkse termijnen van **€ 363,45** te betalen, naast uw huur, van 1 oktober 2027 tot en met 1 maart 2028. Gaat u akkoord? Onderteken dan het bijgevoegde formulier.\n\nMet vriendelijke groet,\nTeam Huurincasso',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'opzegging-eindafrekening-en-inspectie-teruggemeld',
    title:
      'De huurservicerouter laat eindafrekening en voorinspectie uitvoeren; beide geven uitgebreide resultaten met codes terug en de router vat ze samen',
    domain: 'huuropzeggingen en eindafrekening',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message / low_quality_output: long hand-backs full of ids, codes and counters that all arrive and are used',
    request:
      'Opzegging OPZ-2027-0451, Wilhelminastraat 88, Enschede (vhe 40871), laatste huurdag 30 april 2027. Maak de voorlopige eindafrekening en plan de voorinspectie. Ik wil één overzicht.',
    topology: {
      shape: 'network',
      coordinator: 'huurservice_router',
      workers: ['eindafrekening', 'voorinspectie_planner'],
    },
    agents: [
      {
        name: 'huurservice_router',
        description: 'Stuurt de afhandeling van opzeggingen aan',
        instructions: 'Laat eindafrekening en voorinspectie doen en vat samen.',
        replies: [
          {
            handoff: 'eindafrekening',
            message:
              'OPZ-2027-0451 / vhe 40871: voorlopige eindafrekening per 30-04-2027 (huur, servicekosten, waarborgsom).',
          },
          {
            handoff: 'voorinspectie_planner',
            message: 'OPZ-2027-0451 / vhe 40871: voorinspectie plannen, uiterlijk 2 weken voor 30-04-2027.',
          },
          {
            say: '## OPZ-2027-0451 — Wilhelminastraat 88\n\n**Voorlopige eindafrekening (EA-27-0451):**\n- huur april € 701,22 betaald, saldo € 0,00\n- servicekosten 2026: nabetaling € 43,80 (SK-2026-40871)\n- waarborgsom € 650,00 − € 43,80 = **€ 606,20 terug** na eindinspectie\n\n**Voorinspectie VI-27-1177:** wo 14 april 2027 14:00, inspecteur R. Hendriks; 3 aandachtspunten (ZAV-schuur, boorgaten tegelwerk, rookmelder overloop).',
          },
        ],
      },
      {
        name: 'eindafrekening',
        description: 'Maakt eindafrekeningen bij huurbeëindiging',
        instructions: 'Maak de voorlopige eindafrekening.',
        replies: [
          {
            call: 'maak_eindafrekening',
            args: { opzegging: 'OPZ-2027-0451', vhe: '40871', einddatum: '2027-04-30', voorlopig: true },
            result:
              '{"eindafrekening": "EA-27-0451", "huur_april": {"bedrag": 701.22, "status": "BETAALD"}, "saldo": 0.0, "servicekosten": {"afrekening": "SK-2026-40871", "jaar": 2026, "nabetaling": 43.8}, "waarborgsom": {"bedrag": 650.0, "verrekening": -43.8, "terug": 606.2, "voorwaarde": "na eindinspectie zonder herstelkosten"}, "regels": 7}',
          },
          {
            say: 'EA-27-0451 (voorlopig, 7 regels): huur april € 701,22 betaald, saldo € 0,00. SK-2026-40871: nabetaling € 43,80. Waarborgsom € 650,00, verrekend € 43,80, terug € 606,20 — mits eindinspectie zonder herstelkosten.',
          },
        ],
      },
      {
        name: 'voorinspectie_planner',
        description: 'Plant voorinspecties bij opzegging',
        instructions: 'Plan de voorinspectie en geef de aandachtspunten uit het dossier.',
        replies: [
          {
            call: 'plan_voorinspectie',
            args: { vhe: '40871', uiterlijk: '2027-04-16' },
            result:
              '{"voorinspectie": "VI-27-1177", "datum": "2027-04-14", "tijd": "14:00", "inspecteur": "R. Hendriks", "dossier_aandachtspunten": [{"code": "ZAV-03", "omschrijving": "zelf geplaatste tuinschuur"}, {"code": "WB-11", "omschrijving": "boorgaten tegelwerk badkamer"}, {"code": "RM-01", "omschrijving": "rookmelder overloop ontbreekt"}]}',
          },
          {
            say: 'VI-27-1177: woensdag 14 april 2027, 14:00, R. Hendriks. Aandachtspunten: ZAV-03 tuinschuur, WB-11 boorgaten tegelwerk, RM-01 rookmelder overloop.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gevelrenovatie-vve-woningen-terecht-buiten-opdracht',
    title:
      'De projectplanner sluit de twee koopwoningen (VvE) uit van de gevelrenovatie; de werkvoorbereider noemt ze en laat ze terecht weg, het overzicht klopt',
    domain: 'planmatig onderhoud in gemengde complexen',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf: 'misunderstood_task: addresses left out of an order, legitimately excluded by the brief',
    request:
      'Gevelrenovatie (voegwerk en kozijnen) Irisstraat 1–23, Nijverdal, voorjaar 2027. Nummers 5 en 11 zijn verkocht en vallen onder de VvE; die doen we niet. Daarnaast de bewonersbrief voor de huurders. Geef één overzicht.',
    topology: {
      shape: 'fanout',
      planner: 'projectplanner',
      workers: ['werkvoorbereider_gevel', 'bewonersbrief_schrijver'],
      aggregator: 'project_overzicht',
    },
    agents: [
      {
        name: 'projectplanner',
        description: 'Verdeelt projectwerk',
        instructions: 'Eén opdracht per medewerker.',
        replies: [
          {
            plan: {
              werkvoorbereider_gevel:
                'Irisstraat 1–23 (12 woningen), voegwerk en kozijnen, alleen huurwoningen: 5 en 11 (VvE, verkocht) niet in de opdracht.',
              bewonersbrief_schrijver:
                'Bewonersbrief gevelrenovatie Irisstraat voor de 10 huurwoningen (niet naar 5 en 11), start week 17.',
            },
          },
        ],
      },
      {
        name: 'werkvoorbereider_gevel',
        description: 'Bereidt gevelwerk voor',
        instructions: 'Bestel het werk en rapporteer.',
        prompt: 'Opdracht:\n{input}',
        replies: [
          {
            call: 'bestel_gevelwerk',
            args: {
              straat: 'Irisstraat',
              huisnummers: [1, 3, 7, 9, 13, 15, 17, 19, 21, 23],
              werk: ['voegwerk', 'kozijnen'],
              start_week: 17,
            },
            result: '{"opdracht": "GV-27-0093", "woningen": 10, "bedrag": 184500.0, "start": "2027-04-26"}',
          },
          {
            say: 'GV-27-0093 besteld: 10 huurwoningen (1, 3, 7, 9, 13–23 oneven), € 184.500 excl. btw, start 26 april 2027. Nrs 5 en 11 (VvE) niet opgenomen.',
          },
        ],
      },
      {
        name: 'bewonersbrief_schrijver',
        description: 'Schrijft bewonersbrieven',
        instructions: 'Schrijf de brief en verstuur.',
        prompt: 'Opdracht:\n{input}',
        replies: [
          {
            call: 'verstuur_bewonersbrief',
            args: {
              straat: 'Irisstraat',
              huisnummers: [1, 3, 7, 9, 13, 15, 17, 19, 21, 23],
              sjabloon: 'GEVEL_START',
            },
            result: '{"verstuurd": 10, "brief": "BB-27-0412"}',
          },
          { say: 'Bewonersbrief BB-27-0412 verstuurd naar 10 huurwoningen Irisstraat.' },
        ],
      },
      {
        name: 'project_overzicht',
        description: 'Maakt projectoverzichten',
        instructions: 'Maak één overzicht.',
        replies: [
          {
            say: '## Gevelrenovatie Irisstraat, Nijverdal\n\n- Opdracht **GV-27-0093**: 10 huurwoningen, € 184.500 excl. btw, start 26 april 2027 (week 17)\n- Bewonersbrief **BB-27-0412** naar dezelfde 10 adressen\n- Nrs 5 en 11: koopwoningen (VvE), buiten deze opdracht',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wijkschouw-herformuleerde-opdracht-bedragen-anders-genoteerd',
    title:
      'De directeur wonen herformuleert de wijkschouwvraag voor de teamleads; bedragen en maten komen als 1232.0 en cm uit de tools en staan als € 1.232,00 en m in de antwoorden',
    domain: 'wijkbeheer en woontechniek',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a paraphrased brief and values reformatted between agents (units, number formats)',
    request:
      'Na de wijkschouw Hasseler Es (Hengelo) van 2 maart wil ik weten: wat kost het herstel van de losliggende stoeptegels bij de portiekflats, en hoeveel bergingsdeuren moeten vervangen? Graag voor het wijkoverleg van 16 maart.',
    topology: {
      shape: 'nested',
      top: 'directeur_wonen',
      teams: {
        woontechniek_lead: ['bestratingsopnemer'],
        wijkbeheer_lead: ['bergingen_inspecteur'],
      },
    },
    agents: [
      {
        name: 'directeur_wonen',
        description: 'Stuurt woontechniek en wijkbeheer aan',
        instructions: 'Laat het uitzoeken en vat samen voor het wijkoverleg.',
        replies: [
          {
            handoff: 'woontechniek_lead',
            message:
              'Schouw Hasseler Es 2/3: kostenraming herstraten rond de portiekflats (losliggende tegels).',
          },
          {
            handoff: 'wijkbeheer_lead',
            message: 'Schouw Hasseler Es 2/3: aantal te vervangen bergingsdeuren bij de portiekflats.',
          },
          {
            say: '## Wijkoverleg Hasseler Es, 16 maart 2027\n\n| onderwerp | uitkomst |\n|---|---|\n| herstraten portiekflats | 38,5 m², € 1.232,00 excl. btw |\n| bergingsdeuren | 9 vervangen (van 64 beoordeeld) |\n\nUitvoering herstraten week 14, deuren besteld met levertijd 5 weken.',
          },
        ],
      },
      {
        name: 'woontechniek_lead',
        description: 'Leidt het team woontechniek',
        instructions: 'Laat opnemen en rapporteer de raming.',
        replies: [
          {
            handoff: 'bestratingsopnemer',
            message:
              'Hasseler Es, portiekflats: opname losliggende stoeptegels uit schouw 2 maart en raming herstel.',
          },
          {
            say: 'Herstraten portiekflats Hasseler Es: 38,5 m², raming € 1.232,00 excl. btw, uitvoering week 14.',
          },
        ],
      },
      {
        name: 'bestratingsopnemer',
        description: 'Neemt bestratingsgebreken op',
        instructions: 'Neem op en raam.',
        replies: [
          {
            call: 'raming_bestrating',
            args: { wijk: 'Hasseler Es', schouw: 'WS-27-0302', object: 'portiekflats' },
            result:
              '{"vakken": [{"id": "HE-P1", "lengte_cm": 1100, "breedte_cm": 150}, {"id": "HE-P2", "lengte_cm": 1600, "breedte_cm": 140}], "oppervlak_m2": 38.9, "netto_m2_na_aftrek_putten": 38.5, "eenheidsprijs": 32.0, "totaal_excl_btw": 1232.0, "planning_week": 14}',
          },
          {
            say: 'Opname WS-27-0302: vakken HE-P1 (11 × 1,5 m) en HE-P2 (16 × 1,4 m), netto 38,5 m² na aftrek putten, à € 32,00 = € 1.232,00 excl. btw. Planning week 14.',
          },
        ],
      },
      {
        name: 'wijkbeheer_lead',
        description: 'Leidt het team wijkbeheer',
        instructions: 'Laat inspecteren en rapporteer.',
        replies: [
          {
            handoff: 'bergingen_inspecteur',
            message: 'Bergingsdeuren portiekflats Hasseler Es: hoeveel vervangen na schouw 2 maart?',
          },
          { say: '9 bergingsdeuren vervangen (64 beoordeeld), besteld, levertijd 5 weken.' },
        ],
      },
      {
        name: 'bergingen_inspecteur',
        description: 'Inspecteert bergingen en gemeenschappelijke ruimten',
        instructions: 'Inspecteer en bestel waar nodig.',
        replies: [
          {
            call: 'beoordeel_bergingsdeuren',
            args: { wijk: 'Hasseler Es', schouw: 'WS-27-0302' },
            result:
              '{"beoordeeld": 64, "vervangen": 9, "bijstellen": 12, "bestelling": "BD-27-0155", "levertijd_weken": 5}',
          },
          {
            say: '64 deuren beoordeeld: 9 vervangen (bestelling BD-27-0155, levertijd 5 weken), 12 alleen bijstellen door eigen dienst.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch175Scenarios = [...faults, ...healthy];
