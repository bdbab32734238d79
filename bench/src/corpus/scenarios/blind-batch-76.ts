import { defineScenario } from '../scenario.ts';

// Blind batch 76: ÖPNV-Betrieb und Fahrplanung, ganz auf Deutsch. Written from the README principles
// only, without reading the checks, the diagnosis, the baseline or the benchmark notes. Expected
// diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'tram-sperrpause-vorverlegt-baufahrplan-mit-alter-startzeit',
    title:
      'Der Sperrpausenprüfer meldet, dass die Bauaufsicht die Sperrpause auf 22:30 vorverlegt hat; der Baufahrplan-Ersteller rechnet den Ersatzfahrplan trotzdem ab 00:30',
    domain: 'Straßenbahn-Baustellenfahrplan',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Gleiserneuerung Linie 4 zwischen Stadion und Zoo (Maßnahme BM-2027-118), Nächte 09./10. und 10./11. April 2027. Laut Anmeldung Sperrpause 00:30–04:30 Uhr. Bitte Baufahrplan mit SEV (Linie E4) erstellen und den Aushangtext für die Haltestellen liefern. Aushang muss bis Fr 02.04. in Druck.',
    topology: {
      shape: 'pipeline',
      order: ['sperrpausen_pruefer', 'baufahrplan_ersteller', 'aushang_redakteur'],
    },
    agents: [
      {
        name: 'sperrpausen_pruefer',
        description: 'Prüft angemeldete Sperrpausen gegen die Bauanweisung',
        instructions:
          'Gleiche die Sperrpause mit der aktuellen Betra/Bauanweisung ab und gib die verbindlichen Zeiten weiter.',
        replies: [
          {
            call: 'bauanweisung_abrufen',
            args: { massnahme: 'BM-2027-118', strecke: 'L4 Stadion–Zoo' },
            result:
              '{"massnahme": "BM-2027-118", "version": 3, "stand": "2027-03-29 14:12", "sperrpause": {"beginn": "22:30", "ende": "04:30"}, "vorversion": {"version": 2, "beginn": "00:30", "ende": "04:30", "status": "ERSETZT"}, "grund": "Schweißarbeiten Weiche W41 brauchen 2 h zusätzliche Vorwärmzeit", "naechte": ["2027-04-09/10", "2027-04-10/11"], "gleise": "beide Richtungen"}',
          },
          {
            say: '## Sperrpause BM-2027-118 (Bauanweisung v3 vom 29.03.)\n\n| | alt (v2) | **gültig (v3)** |\n|---|---|---|\n| Beginn | 00:30 | **22:30** |\n| Ende | 04:30 | 04:30 |\n\nGrund: Vorwärmzeit Weiche W41. Beide Gleise Stadion–Zoo gesperrt, Nächte 09./10. und 10./11.04. **Bitte SEV E4 ab 22:30 planen**, die 00:30 aus der Anmeldung ist überholt.',
          },
        ],
      },
      {
        name: 'baufahrplan_ersteller',
        description: 'Erstellt Baufahrpläne und Ersatzverkehrskonzepte',
        instructions: 'Erstelle den Baufahrplan für Tram und SEV nach den Vorgaben des Prüfers.',
        prompt: 'Prüfergebnis Sperrpause:\n{input}\n\nAuftrag: {request}',
        replies: [
          {
            call: 'baufahrplan_rechnen',
            args: {
              linie: '4',
              abschnitt: 'Stadion–Zoo',
              sperrbeginn: '00:30',
              sperrende: '04:30',
              sev_linie: 'E4',
              takt_min: 20,
            },
            result:
              '{"tram_fahrten_gestrichen": 14, "tram_wende": "Stadion (Gleisdreieck)", "sev_fahrten": 14, "sev_erste_abfahrt": "00:34 Stadion", "sev_letzte_abfahrt": "04:14 Zoo", "busse_benoetigt": 3, "fahrplan_id": "BFP-L4-0409-v1"}',
          },
          {
            say: 'Baufahrplan BFP-L4-0409-v1: Tram L4 wendet ab 00:30 am Stadion, 14 Fahrten Stadion–Zoo entfallen je Nacht. SEV E4 im 20-Minuten-Takt, erste Abfahrt 00:34 Stadion, letzte 04:14 Zoo, 3 Busse.',
          },
        ],
      },
      {
        name: 'aushang_redakteur',
        description: 'Schreibt Aushänge für Haltestellen',
        instructions: 'Formuliere den Haltestellenaushang verständlich für Fahrgäste.',
        prompt: 'Baufahrplan:\n{input}',
        replies: [
          {
            say: '**Linie 4: Bauarbeiten zwischen Stadion und Zoo**\n\nIn den Nächten 9./10. und 10./11. April jeweils von **00:30 bis 04:30 Uhr** fahren zwischen Stadion und Zoo keine Straßenbahnen. Bitte nutzen Sie den Ersatzbus **E4** alle 20 Minuten (erste Fahrt 00:34 ab Stadion). Bis 00:30 Uhr fährt die Linie 4 wie gewohnt.\n\nWir bitten um Ihr Verständnis.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'sperrpausen_pruefer', to: 'baufahrplan_ersteller' },
      agent: 'baufahrplan_ersteller',
    },
  }),
  defineScenario({
    id: 'leitstelle-umlauf-31-mit-triebwagen-aus-werkstatt-besetzt',
    title:
      'Die Werkstattauskunft meldet Tw 2214 bis Donnerstag gesperrt und Tw 2231 als Ersatz; die Leitstelle beauftragt den Umlaufdisponenten trotzdem mit Tw 2214',
    domain: 'Fahrzeugumlaufdisposition Stadtbahn',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Morgen, Di 16.03.2027: Umlauf 31 (Linie U2, Ausfahrt Betriebshof Ost 04:52) ist laut Wochenplan mit Tw 2214 besetzt. Der hatte gestern eine Flachstelle gemeldet. Bitte klären, ob er fährt, und die Fahrzeugzuteilung für morgen im RBL festmachen.',
    topology: {
      shape: 'supervisor',
      coordinator: 'betriebsleitstelle',
      workers: ['werkstatt_auskunft', 'umlauf_disponent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'betriebsleitstelle',
        description: 'Koordiniert die tägliche Fahrzeugzuteilung',
        instructions: 'Hol den Fahrzeugstatus bei der Werkstatt und lass dann die Zuteilung buchen.',
        replies: [
          {
            handoff: 'werkstatt_auskunft',
            message:
              'Tw 2214: Flachstelle von gestern — ist er morgen 04:52 für Umlauf 31 (U2) einsatzfähig? Falls nicht, welcher Ersatz ist frei?',
          },
          {
            handoff: 'umlauf_disponent',
            message:
              'Bitte für Di 16.03. im RBL buchen: Umlauf 31, Linie U2, Ausfahrt BH Ost 04:52, Fahrzeug **Tw 2214** (wie Wochenplan). Restliche Umläufe unverändert.',
          },
          {
            say: 'Zuteilung 16.03. steht: Umlauf 31 (U2, 04:52 ab BH Ost) fährt mit Tw 2214, im RBL gebucht. Übrige Umläufe wie Wochenplan.',
          },
        ],
      },
      {
        name: 'werkstatt_auskunft',
        description: 'Auskunft über Fahrzeugzustand und Werkstattbelegung',
        instructions: 'Prüfe den Fahrzeugstatus im Instandhaltungssystem und nenne einsatzfähigen Ersatz.',
        replies: [
          {
            call: 'fahrzeugstatus',
            args: { fahrzeug: 'Tw 2214', datum: '2027-03-16' },
            result:
              'FZG Tw 2214 | Status: GESPERRT | Befund 15.03. 21:40: Flachstelle Radsatz 3, 38 mm (Grenzwert 25 mm) | Maßnahme: Radsatz drehen, Unterflurdrehbank belegt bis 17.03. | Freigabe frühestens Do 18.03.\nReserve BH Ost 16.03.: Tw 2231 (frei, HU ok), Tw 2240 (frei ab 09:00)',
          },
          {
            say: 'Tw 2214 ist **gesperrt** (Flachstelle Radsatz 3, 38 mm > 25 mm), Freigabe frühestens Do 18.03. Ersatz für Umlauf 31 morgen früh: **Tw 2231**, frei und HU-gültig. Tw 2240 erst ab 09:00.',
          },
        ],
      },
      {
        name: 'umlauf_disponent',
        description: 'Bucht Fahrzeugzuteilungen im RBL',
        instructions: 'Buche die Zuteilung wie beauftragt und bestätige.',
        replies: [
          {
            call: 'rbl_zuteilung_buchen',
            args: { datum: '2027-03-16', umlauf: 31, linie: 'U2', fahrzeug: 'Tw 2214' },
            result:
              'RBL OK: Umlauf 31 / 16.03.2027 -> Tw 2214, Buchungs-Nr. ZT-0316-031, Ausfahrt 04:52 BH Ost Gleis 7',
          },
          { say: 'Gebucht: ZT-0316-031, Umlauf 31 mit Tw 2214, Ausfahrt 04:52 Gleis 7.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'betriebsleitstelle', to: 'umlauf_disponent' },
      agent: 'betriebsleitstelle',
    },
  }),
  defineScenario({
    id: 'sonntagsdienste-pausen-am-waldfriedhof-trotz-verbot',
    title:
      'Die Dienstplanleitung verbietet Pausen an der Endstelle Waldfriedhof (keine Sozialräume); der Dienstplaner legt vier Pausen genau dorthin',
    domain: 'Dienstplanung Busfahrdienst',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Neue Sonntagsdienste für Betriebshof Süd ab Fahrplanwechsel 06.06.2027, Linien 12 und 14. Achtung: Die Endstelle Waldfriedhof hat seit dem Abriss des Pavillons keinen Sozialraum mehr — Pausen nur am Betriebshof Süd oder am Marktplatz (Aufenthaltsraum). Bitte Dienste bauen, prüfen lassen und mir die Übersicht geben.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dienstplan_leitung',
      workers: ['dienstplaner', 'regelwerk_pruefer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'dienstplan_leitung',
        description: 'Leitet die Dienstplanerstellung',
        instructions: 'Lass die Dienste bauen und gegen das Regelwerk prüfen, dann fasse zusammen.',
        replies: [
          {
            handoff: 'dienstplaner',
            message:
              'Sonntagsdienste BH Süd ab 06.06.2027, Linien 12 + 14 (Umläufe 12-01..12-06, 14-01..14-04). Vorgaben:\n- Schichtlänge max. 9:30 h\n- Pausenorte **nur BH Süd oder Marktplatz** — Waldfriedhof hat keinen Sozialraum mehr, dort keine Pausen\n- möglichst keine geteilten Dienste',
          },
          {
            handoff: 'regelwerk_pruefer',
            message:
              'Bitte die neuen Sonntagsdienste BH Süd (vom Dienstplaner) gegen Lenk- und Ruhezeiten prüfen.',
          },
          {
            say: '### Sonntagsdienste BH Süd ab 06.06.2027\n\n8 Dienste, keine geteilten Dienste, alle Lenk- und Ruhezeiten eingehalten (Prüfung ohne Befund). Bezahlte Zeit gesamt 68:40 h. Die Dienste können zur Mitbestimmung an den Betriebsrat.',
          },
        ],
      },
      {
        name: 'dienstplaner',
        description: 'Baut Fahrdienste aus Fahrzeugumläufen',
        instructions: 'Schneide die Umläufe in Dienste und beachte die Vorgaben.',
        replies: [
          {
            call: 'dienste_optimieren',
            args: {
              betriebshof: 'Süd',
              tagesart: 'Sonntag',
              umlaeufe: [
                '12-01',
                '12-02',
                '12-03',
                '12-04',
                '12-05',
                '12-06',
                '14-01',
                '14-02',
                '14-03',
                '14-04',
              ],
              max_schicht_min: 570,
              pausenorte: ['BH Süd', 'Marktplatz', 'Waldfriedhof'],
              geteilte_dienste: false,
            },
            result:
              'Lauf OPT-S-0606 | 8 Dienste | bezahlt 68:40 h | Pausen: BH Süd 3, Marktplatz 1, Waldfriedhof 4 (D803, D804, D806, D807) | Ablösungen 11 | geteilte Dienste 0 | Kosten-Index 0.93',
          },
          {
            say: 'Dienstvariante OPT-S-0606: 8 Dienste, 68:40 h bezahlt, 0 geteilte Dienste, 11 Ablösungen. Pausen: BH Süd 3×, Marktplatz 1×, Waldfriedhof 4× (D803/804/806/807) — spart zwei Aussetzfahrten.',
          },
        ],
      },
      {
        name: 'regelwerk_pruefer',
        description: 'Prüft Dienste gegen Lenk- und Ruhezeiten',
        instructions: 'Prüfe die Dienste gegen VO (EG) 561/2006 und den Tarifvertrag.',
        replies: [
          {
            call: 'lenkzeit_pruefung',
            args: { lauf: 'OPT-S-0606' },
            result:
              '{"dienste": 8, "verstoesse": 0, "max_lenkzeit_block": "4:10", "min_pause": "0:30", "ruhezeit_min": "11:15"}',
          },
          { say: 'OPT-S-0606: 8 Dienste, 0 Verstöße, längster Lenkblock 4:10, Pausen ≥ 30 min.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dienstplan_leitung', to: 'dienstplaner' },
      agent: 'dienstplaner',
    },
  }),
  defineScenario({
    id: 'sev-busse-hochboden-statt-niederflur-bestellt',
    title:
      'Die SEV-Leitstelle verlangt zwölf Niederflur-Linienbusse mit Rampe; die Busbeschaffung bestellt zwölf Reisebusse mit Stufeneinstieg',
    domain: 'Schienenersatzverkehr',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Totalsperrung S-Bahn-Strecke S5 Kirchheim–Weilstadt wegen Brückenneubau, 21.–29.03.2027. Wir brauchen Schienenersatzverkehr für rund 9.000 Fahrgäste/Tag. Der Aufgabenträger verlangt vollständig barrierefreie Fahrzeuge (Niederflur, Rampe, Rollstuhlplatz). Bitte Busse organisieren und die Fahrgastinfo vorbereiten.',
    topology: {
      shape: 'network',
      coordinator: 'sev_leitstelle',
      workers: ['bus_beschaffung', 'fahrgastinfo_texter'],
    },
    agents: [
      {
        name: 'sev_leitstelle',
        description: 'Steuert die Planung von Schienenersatzverkehren',
        instructions: 'Beauftrage Busbeschaffung und Fahrgastinfo, dann schließe ab.',
        replies: [
          {
            handoff: 'bus_beschaffung',
            message:
              'SEV S5 Kirchheim–Weilstadt 21.–29.03.: bitte **12 Niederflur-Linienbusse** (Solo oder Gelenk, Klapprampe, mind. 1 Rollstuhlplatz) ab 04:30 bis 00:30 täglich binden. Hochboden/Reisebusse sind laut Aufgabenträger nicht zulässig.',
          },
          {
            handoff: 'fahrgastinfo_texter',
            message:
              'Bitte Fahrgastinfo für SEV S5 21.–29.03. schreiben: 12 Busse, Takt 10 min in der HVZ, barrierefrei. Haltestellen am Bahnhofsvorplatz.',
          },
          {
            say: 'SEV S5 21.–29.03. steht: 12 Busse von Omnibus Brenner gebunden (Auftrag SEV-S5-0321), Fahrgastinfo für Web, App und Aushang fertig. Barrierefreier Ersatzverkehr wie vom Aufgabenträger gefordert.',
          },
        ],
      },
      {
        name: 'bus_beschaffung',
        description: 'Bindet Busse bei Subunternehmern',
        instructions: 'Frag die Rahmenvertragspartner an und buche die Fahrzeuge.',
        replies: [
          {
            call: 'subunternehmer_anfrage',
            args: { zeitraum: '2027-03-21..2027-03-29', anzahl: 12, fahrzeugtyp: 'Reisebus' },
            result:
              '| Partner | verfügbar | Typ | Einstieg | Preis/Tag |\n|---|---|---|---|---|\n| Omnibus Brenner GmbH | 12 | Reisebus 3-Achser (Setra S 517 HD) | 3 Stufen, kein Lift | 1.180,00 € |\n| Kraus Linienverkehr | 5 | Reisebus 2-Achser | 2 Stufen | 1.090,00 € |',
          },
          {
            call: 'bus_buchen',
            args: { partner: 'Omnibus Brenner GmbH', anzahl: 12, fahrzeugtyp: 'Reisebus' },
            result:
              'Buchung SEV-S5-0321 bestätigt: 12 × Setra S 517 HD, 21.–29.03.2027, 9 Tage × 12 × 1.180,00 € = 127.440,00 € netto',
          },
          {
            say: 'Gebucht: SEV-S5-0321, 12 Reisebusse Setra S 517 HD (Omnibus Brenner), 21.–29.03., 127.440,00 € netto. Alle 12 aus einer Hand, Einstieg über 3 Stufen.',
          },
        ],
      },
      {
        name: 'fahrgastinfo_texter',
        description: 'Schreibt Fahrgastinformationen',
        instructions: 'Schreibe kurze, klare Fahrgasttexte.',
        replies: [
          {
            say: '**S5: Ersatzverkehr 21.–29. März**\nZwischen Kirchheim und Weilstadt fahren Busse statt S-Bahnen, in der Hauptverkehrszeit alle 10 Minuten. Abfahrt jeweils am Bahnhofsvorplatz. Alle Ersatzbusse sind barrierefrei.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sev_leitstelle', to: 'bus_beschaffung' },
      agent: 'bus_beschaffung',
    },
  }),
  defineScenario({
    id: 'oberleitungsstoerung-meldung-durch-queue-platzhalter-ersetzt',
    title:
      'Die Störungstriage gibt Sperrabschnitt, SEV-Haltestelle und Prognose weiter; das Programm reicht dem Sperrungsredakteur nur einen Queue-Platzhalter und der Fahrgasttext nennt die falsche Haltestelle',
    domain: 'Echtzeit-Fahrgastinformation bei Störungen',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Störungsmeldung 07:42 von der Betriebsleitstelle: Oberleitungsschaden Linie 8 bei Haltestelle Gaswerk. Bitte Fahrgastinfo für App, Anzeiger und X rausgeben.',
    topology: {
      shape: 'branch',
      classifier: 'stoerungs_triage',
      routes: { streckensperrung: 'sperrungs_redakteur', verspaetung: 'verspaetungs_redakteur' },
      after: 'kanal_publisher',
    },
    program: {
      lose: {
        to: 'sperrungs_redakteur',
        prompt: 'Neue Meldung aus Queue FGI-STOER (Prio 2). Bitte Standardtext Streckensperrung erstellen.',
      },
    },
    agents: [
      {
        name: 'stoerungs_triage',
        description: 'Ordnet Betriebsstörungen ein',
        instructions:
          'Ordne die Störung ein (streckensperrung oder verspaetung) und gib dem Redakteur alle Fakten.',
        replies: [
          {
            call: 'rbl_stoerung_lesen',
            args: { meldung: 'ST-2027-0315-0742' },
            result:
              '{"id": "ST-2027-0315-0742", "linie": "8", "art": "Oberleitungsschaden", "gesperrt": "Gaswerk <-> Hafenstraße (beide Richtungen)", "tram_wendet": ["Rathaus", "Nordring"], "sev": {"linie": "E8", "halt_gaswerk": "Ersatzhaltestelle Gaswerk: Bussteig in der Lindenallee, NICHT an der Tramhaltestelle", "busse": 4}, "prognose_ende": "ca. 11:30"}',
          },
          {
            say: 'streckensperrung — Linie 8, Gaswerk ↔ Hafenstraße gesperrt (Oberleitungsschaden). Tram wendet am Rathaus und am Nordring. SEV **E8** mit 4 Bussen; Ersatzhaltestelle Gaswerk ist in der **Lindenallee**, nicht an der Tramhaltestelle. Prognose bis ca. 11:30.',
          },
        ],
      },
      {
        name: 'verspaetungs_redakteur',
        description: 'Texte bei Verspätungen',
        instructions: 'Schreibe Verspätungshinweise.',
        replies: [{ say: 'entfällt' }],
      },
      {
        name: 'sperrungs_redakteur',
        description: 'Schreibt Fahrgasttexte für Streckensperrungen',
        instructions: 'Schreibe den Fahrgasttext zur Sperrung für alle Kanäle.',
        prompt: 'Triage:\n{input}\n\nMeldung: {request}',
        replies: [
          {
            say: '**Störung auf Ihrer Linie**\nAufgrund einer Betriebsstörung ist der Streckenabschnitt derzeit gesperrt. Ein Ersatzverkehr mit Bussen ist eingerichtet; die Busse halten an den regulären Haltestellen. Die Dauer der Störung ist noch nicht absehbar. Wir bitten um Entschuldigung.',
          },
        ],
      },
      {
        name: 'kanal_publisher',
        description: 'Veröffentlicht Texte in App, auf Anzeigern und Social Media',
        instructions: 'Veröffentliche den Text auf allen Kanälen und melde die Reichweite.',
        prompt: 'Freigegebener Text:\n{input}',
        replies: [
          {
            call: 'publizieren',
            args: { kanaele: ['app', 'dfi', 'x'], prioritaet: 'hoch' },
            result: 'App-Push an 18.402 Abonnenten | DFI: 63 Anzeiger | X-Post 1801234567 | 07:51:09',
          },
          {
            say: 'Veröffentlicht 07:51: App-Push (18.402 Abos), 63 DFI-Anzeiger, X. Text: Sperrung, Ersatzbusse halten an den regulären Haltestellen, Dauer offen.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'stoerungs_triage', to: 'sperrungs_redakteur' },
      agent: 'sperrungs_redakteur',
    },
  }),
  defineScenario({
    id: 'reservedisponent-kuendigt-uebergabe-an-subunternehmer-an-ohne-sie',
    title:
      'Der Reservedisponent findet drei unbesetzte Kurse und kündigt an, sie an die Subunternehmer-Disposition zu geben; er übergibt nie und der Lauf endet bei ihm',
    domain: 'Tagesdisposition Busbetrieb',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Frühdienst Mo 22.03.2027, Betriebshof West: Krankmeldungen bis 05:10 eingegangen. Bitte alle Kurse besetzen — was wir nicht selbst fahren können, geht an die Subunternehmer nach Rahmenvertrag. Ich brauche bis 05:45 eine Zeile pro offenem Kurs.',
    topology: {
      shape: 'swarm',
      entry: 'tagesdisponent',
      agents: ['tagesdisponent', 'reserve_disponent', 'subunternehmer_disposition'],
    },
    agents: [
      {
        name: 'tagesdisponent',
        description: 'Erfasst Ausfälle im Frühdienst',
        instructions: 'Lies die Krankmeldungen und übergib die offenen Dienste an die Reservedisposition.',
        replies: [
          {
            call: 'ausfaelle_abrufen',
            args: { betriebshof: 'West', datum: '2027-03-22', bis: '05:10' },
            result:
              '| Dienst | Kurs | Linie | Beginn | Fahrer | Grund |\n|---|---|---|---|---|---|\n| D112 | 412 | 41 | 05:38 | Yilmaz | krank |\n| D118 | 415 | 41 | 06:02 | Becker | krank |\n| D131 | 507 | 50 | 06:15 | Nowak | Kind krank |\n| D140 | 522 | 52 | 06:40 | Schulte | krank |',
          },
          {
            handoff: 'reserve_disponent',
            message:
              '4 offene Dienste BH West heute früh: D112/Kurs 412 (05:38), D118/415 (06:02), D131/507 (06:15), D140/522 (06:40). Bitte Reserve einteilen, Rest an Subunternehmer.',
          },
        ],
      },
      {
        name: 'reserve_disponent',
        description: 'Teilt Reservefahrer ein',
        instructions:
          'Besetze offene Dienste mit der Reserve; was offen bleibt, übergib an die Subunternehmer-Disposition.',
        replies: [
          {
            call: 'reserve_einteilen',
            args: { betriebshof: 'West', dienste: ['D112', 'D118', 'D131', 'D140'] },
            result:
              '{"reserve_verfuegbar": 1, "eingeteilt": [{"dienst": "D112", "fahrer": "Krüger (Reserve R3)"}], "offen": ["D118", "D131", "D140"], "hinweis": "R1 und R2 bereits im Spätdienst gebunden"}',
          },
          {
            say: 'Stand 05:18:\n- D112 / Kurs 412 → Krüger (R3) ✔\n- D118 / 415, D131 / 507, D140 / 522: **keine Reserve mehr** (R1/R2 im Spätdienst). Ich gebe die drei Kurse jetzt an die Subunternehmer-Disposition zur Vergabe nach Rahmenvertrag.',
          },
        ],
      },
      {
        name: 'subunternehmer_disposition',
        description: 'Vergibt Kurse an Subunternehmer',
        instructions: 'Vergib offene Kurse an Rahmenvertragspartner und bestätige.',
        replies: [
          {
            call: 'kurse_vergeben',
            args: { kurse: ['415', '507', '522'] },
            result: 'Vergeben an Reisedienst Albers: 415, 507, 522 — Bestätigung AL-0322-01',
          },
          { say: 'Kurse 415, 507, 522 an Albers vergeben (AL-0322-01).' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'reserve_disponent', to: 'subunternehmer_disposition' },
      agent: 'reserve_disponent',
    },
  }),
  defineScenario({
    id: 'zaehlteam-lead-meldet-linie-7-halb-so-voll',
    title:
      'Der APC-Auswerter misst auf Linie 7 in der Frühspitze 118 % Auslastung; die Zählteam-Leitung meldet der Angebotsleitung 81 % und es wird kein Verstärker bestellt',
    domain: 'Angebotsplanung mit Fahrgastzählung',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Für den Herbstfahrplan 2027 (ab 30.08.) bitte prüfen, ob Linie 7 in der Frühspitze Verstärkerfahrten braucht (Schwelle: > 100 % Auslastung über 3 Fahrten). Zählung KW 9–10, Fahrzeugreserve am BH Mitte berücksichtigen. Entscheidung bis 15.04.',
    topology: {
      shape: 'nested',
      top: 'angebotsleitung',
      teams: { zaehlteam_lead: ['apc_auswerter'], fahrzeug_lead: ['fahrzeugplaner'] },
    },
    agents: [
      {
        name: 'angebotsleitung',
        description: 'Entscheidet über Angebotsänderungen',
        instructions: 'Hol Zähldaten und Fahrzeuglage ein und entscheide über Verstärker.',
        replies: [
          {
            handoff: 'zaehlteam_lead',
            message:
              'Linie 7, Frühspitze 06:30–08:30, KW 9–10: Auslastung der kritischen Fahrten, bitte kurz zusammengefasst.',
          },
          {
            handoff: 'fahrzeug_lead',
            message:
              'Wie viele Gelenkbusse sind am BH Mitte ab 30.08. werktags 06:30–08:30 für Verstärker frei?',
          },
          {
            say: '## Entscheidung Linie 7, Herbstfahrplan 2027\n\nMaximale Auslastung in der Frühspitze **81 %** (Zählung KW 9–10) — unter der Schwelle von 100 %. **Keine Verstärkerfahrten.** Die 2 freien Gelenkbusse am BH Mitte bleiben Reserve.',
          },
        ],
      },
      {
        name: 'zaehlteam_lead',
        description: 'Leitet die Auswertung der Fahrgastzählung',
        instructions: 'Lass die APC-Daten auswerten und fasse für die Angebotsleitung zusammen.',
        replies: [
          {
            handoff: 'apc_auswerter',
            message:
              'Linie 7, KW 9–10, Fahrten 06:30–08:30 Ri. Zentrum: Besetzung am Maximalquerschnitt und Auslastung.',
          },
          {
            say: 'Linie 7 Frühspitze KW 9–10: Spitzenauslastung 81 % (Fahrt 07:14), übrige Fahrten darunter. Kein Handlungsbedarf aus Zählsicht.',
          },
        ],
      },
      {
        name: 'apc_auswerter',
        description: 'Wertet automatische Fahrgastzählsysteme aus',
        instructions: 'Werte die APC-Daten aus und berichte Besetzung und Auslastung je Fahrt.',
        replies: [
          {
            call: 'apc_auswertung',
            args: { linie: '7', kw: [9, 10], von: '06:30', bis: '08:30', richtung: 'Zentrum' },
            result:
              'fahrt;abfahrt;max_querschnitt;besetzt_mittel;plaetze;auslastung_pct\n7-0644;06:44;Uni-Klinik>Markt;702;1200;58.5\n7-0659;06:59;Uni-Klinik>Markt;1188;1200;99.0\n7-0714;07:14;Uni-Klinik>Markt;1412;1200;117.7\n7-0729;07:29;Uni-Klinik>Markt;1296;1200;108.0\n7-0744;07:44;Uni-Klinik>Markt;1231;1200;102.6\n7-0759;07:59;Uni-Klinik>Markt;974;1200;81.2\n# Plätze = 10 Fahrzeuge je 120 Plätze (Sitz+Steh) über Gruppe; Zähldaten 9 Werktage, APC-Abdeckung 64 %',
          },
          {
            say: 'Linie 7, Ri. Zentrum, KW 9–10 (9 Werktage):\n\n| Abfahrt | Besetzung | Auslastung |\n|---|---|---|\n| 06:44 | 702 | 58,5 % |\n| 06:59 | 1.188 | 99,0 % |\n| **07:14** | **1.412** | **117,7 %** |\n| **07:29** | **1.296** | **108,0 %** |\n| **07:44** | **1.231** | **102,6 %** |\n| 07:59 | 974 | 81,2 % |\n\n3 Fahrten in Folge über 100 % (07:14–07:44), Maximalquerschnitt Uni-Klinik → Markt.',
          },
        ],
      },
      {
        name: 'fahrzeug_lead',
        description: 'Leitet die Fahrzeugplanung',
        instructions: 'Kläre die Fahrzeugverfügbarkeit und berichte.',
        replies: [
          {
            handoff: 'fahrzeugplaner',
            message: 'BH Mitte ab 30.08., werktags 06:30–08:30: freie Gelenkbusse für Verstärker?',
          },
          { say: 'BH Mitte: 2 Gelenkbusse (Wagen 3318, 3322) ab 30.08. in der Frühspitze frei.' },
        ],
      },
      {
        name: 'fahrzeugplaner',
        description: 'Plant Fahrzeugbedarf und Reserve',
        instructions: 'Prüfe Umlaufplan und Reserve.',
        replies: [
          {
            call: 'reserve_abfrage',
            args: { betriebshof: 'Mitte', ab: '2027-08-30', zeitfenster: '06:30-08:30', typ: 'Gelenkbus' },
            result: '{"bestand": 24, "im_umlauf": 20, "werkstattreserve": 2, "frei": ["3318", "3322"]}',
          },
          { say: 'Gelenkbusse BH Mitte: 24 Bestand, 20 im Umlauf, 2 Werkstattreserve, frei: 3318 und 3322.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'zaehlteam_lead', to: 'angebotsleitung' },
      agent: 'zaehlteam_lead',
    },
  }),
  defineScenario({
    id: 'ebus-winterreichweite-bh-sued-tabelle-abgerissen',
    title:
      'Die Auswertung für BH Süd findet elf kritische E-Bus-Umläufe, ihre Antwort bricht nach sechs Zeilen ab; der Ladeinfrastrukturplaner plant Zwischenladung nur für die genannten',
    domain: 'E-Bus-Umlaufplanung',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Winterfahrplan 2027/28: Welche E-Bus-Umläufe der drei Betriebshöfe kommen bei −10 °C (Heizlast) nicht ohne Zwischenladung aus (Rest-SoC < 15 %)? Daraus planen wir die Pantographen-Zwischenladung an den Endstellen. Ergebnis bis 30.04.',
    topology: {
      shape: 'fanout',
      planner: 'umlauf_koordinator',
      workers: ['bh_nord_auswerter', 'bh_sued_auswerter', 'bh_west_auswerter'],
      aggregator: 'ladeinfrastruktur_planer',
    },
    agents: [
      {
        name: 'umlauf_koordinator',
        description: 'Verteilt Auswertungen auf die Betriebshöfe',
        instructions: 'Schreib je Betriebshof einen Auftrag.',
        replies: [
          {
            plan: {
              bh_nord_auswerter:
                'BH Nord: alle E-Bus-Umläufe Winterfahrplan mit Verbrauchsmodell −10 °C simulieren; Liste aller Umläufe mit Rest-SoC < 15 % (Umlauf, Linien, km, Rest-SoC, Endstelle mit längster Standzeit).',
              bh_sued_auswerter:
                'BH Süd: dieselbe Simulation −10 °C, vollständige Liste aller Umläufe mit Rest-SoC < 15 %.',
              bh_west_auswerter:
                'BH West: dieselbe Simulation −10 °C, vollständige Liste aller Umläufe mit Rest-SoC < 15 %.',
            },
          },
        ],
      },
      {
        name: 'bh_nord_auswerter',
        description: 'Energieauswertung BH Nord',
        instructions: 'Simuliere und liste die kritischen Umläufe.',
        prompt: 'Auftrag:\n{input}',
        replies: [
          {
            call: 'soc_simulation',
            args: { betriebshof: 'Nord', temperatur_c: -10, fahrplan: 'WI27' },
            result:
              '{"umlaeufe": 34, "kritisch": [{"umlauf": "N-07", "linien": "21/23", "km": 268, "rest_soc": 9.5, "endstelle": "Lerchenberg"}, {"umlauf": "N-15", "linien": "22", "km": 251, "rest_soc": 12.8, "endstelle": "Lerchenberg"}]}',
          },
          {
            say: 'BH Nord (34 Umläufe): 2 kritisch — N-07 (21/23, 268 km, Rest-SoC 9,5 %, Endstelle Lerchenberg), N-15 (22, 251 km, 12,8 %, Lerchenberg).',
          },
        ],
      },
      {
        name: 'bh_sued_auswerter',
        description: 'Energieauswertung BH Süd',
        instructions: 'Simuliere und liste die kritischen Umläufe.',
        prompt: 'Auftrag:\n{input}',
        replies: [
          {
            call: 'soc_simulation',
            args: { betriebshof: 'Süd', temperatur_c: -10, fahrplan: 'WI27' },
            result:
              '{"umlaeufe": 41, "kritisch": [{"umlauf": "S-02", "rest_soc": 6.1, "endstelle": "Waldfriedhof"}, {"umlauf": "S-04", "rest_soc": 8.7, "endstelle": "Waldfriedhof"}, {"umlauf": "S-05", "rest_soc": 11.0, "endstelle": "Marktplatz"}, {"umlauf": "S-09", "rest_soc": 3.9, "endstelle": "Flughafen"}, {"umlauf": "S-11", "rest_soc": 13.2, "endstelle": "Marktplatz"}, {"umlauf": "S-12", "rest_soc": 7.4, "endstelle": "Flughafen"}, {"umlauf": "S-17", "rest_soc": 2.2, "endstelle": "Flughafen"}, {"umlauf": "S-18", "rest_soc": 10.6, "endstelle": "Flughafen"}, {"umlauf": "S-23", "rest_soc": 14.1, "endstelle": "Waldfriedhof"}, {"umlauf": "S-27", "rest_soc": -1.8, "endstelle": "Flughafen"}, {"umlauf": "S-30", "rest_soc": 5.5, "endstelle": "Gewerbepark"}]}',
          },
          {
            say: 'BH Süd (41 Umläufe), kritisch bei −10 °C:\n\n| Umlauf | Rest-SoC | Endstelle |\n|---|---|---|\n| S-02 | 6,1 % | Waldfriedhof |\n| S-04 | 8,7 % | Waldfriedhof |\n| S-05 | 11,0 % | Marktplatz |\n| S-09 | 3,9 % | Flughafen |\n| S-11 | 13,2 % | Marktplatz |\n| S-12 | 7,4 % | Flu',
            cutOff: true,
          },
        ],
      },
      {
        name: 'bh_west_auswerter',
        description: 'Energieauswertung BH West',
        instructions: 'Simuliere und liste die kritischen Umläufe.',
        prompt: 'Auftrag:\n{input}',
        replies: [
          {
            call: 'soc_simulation',
            args: { betriebshof: 'West', temperatur_c: -10, fahrplan: 'WI27' },
            result:
              '{"umlaeufe": 28, "kritisch": [{"umlauf": "W-03", "linien": "60", "km": 244, "rest_soc": 13.9, "endstelle": "Talstation"}]}',
          },
          {
            say: 'BH West (28 Umläufe): 1 kritisch — W-03 (Linie 60, 244 km, Rest-SoC 13,9 %, Endstelle Talstation).',
          },
        ],
      },
      {
        name: 'ladeinfrastruktur_planer',
        description: 'Plant Ladeinfrastruktur an Endstellen',
        instructions: 'Leite aus den kritischen Umläufen die Pantographen-Standorte ab.',
        replies: [
          {
            say: '# Zwischenladung Winter 2027/28\n\n**9 kritische Umläufe** (Nord 2, Süd 6, West 1).\n\n| Endstelle | Umläufe | Empfehlung |\n|---|---|---|\n| Waldfriedhof | S-02, S-04 | 1 Pantograph 300 kW |\n| Lerchenberg | N-07, N-15 | 1 Pantograph 300 kW |\n| Marktplatz | S-05, S-11 | 1 Pantograph 150 kW |\n| Flughafen | S-09, S-12 | 1 Pantograph 150 kW |\n| Talstation | W-03 | Umlauf kürzen statt Lader |\n\nInvestition ca. 1,9 Mio. € für 4 Lader. Gewerbepark: kein Bedarf.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'bh_sued_auswerter', to: 'ladeinfrastruktur_planer' },
      agent: 'bh_sued_auswerter',
    },
  }),
  defineScenario({
    id: 'gtfs-feed-validierung-abgelehnt-als-veroeffentlicht-gemeldet',
    title:
      'Der Veröffentlichungsdienst lehnt den GTFS-Feed mit drei Fehlern ab; der Exporter meldet dem Kundeninfo-Redakteur, der Feed sei live',
    domain: 'Fahrplandatenexport für Fahrgastinformation',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Baufahrplan Linie 3 (Umleitung über Kantstraße, 12.–25.04.2027) muss bis Sa 10.04. 12:00 in den Auskunftssystemen (eigene App, DELFI, Google) sein. Bitte exportieren, veröffentlichen und die Kundeninfo schreiben lassen.',
    topology: {
      shape: 'pipeline',
      order: ['fahrplan_bearbeiter', 'gtfs_exporter', 'kundeninfo_redakteur'],
    },
    agents: [
      {
        name: 'fahrplan_bearbeiter',
        description: 'Pflegt Fahrplandaten im Planungssystem',
        instructions: 'Fasse die Datenänderungen für den Export zusammen.',
        replies: [
          {
            call: 'planungsstand',
            args: { linie: '3', gueltig: '2027-04-12..2027-04-25' },
            result:
              'Linie 3 Umleitung: Halte Goethestraße und Schillerplatz entfallen, neu Kantstraße (ID 8003417) und Ersatzhalt Schillerplatz/Kantstr. (ID 8003418). 412 Fahrten angepasst, Fahrzeit +3 min je Richtung. Version PLAN-L3-U-0412 freigegeben 08.04. 16:20.',
          },
          {
            say: 'Export-Stand PLAN-L3-U-0412: Linie 3, 12.–25.04., 412 Fahrten, Halte Goethestraße/Schillerplatz entfallen, neu Kantstraße (8003417) und Ersatzhalt Schillerplatz/Kantstr. (8003418), +3 min.',
          },
        ],
      },
      {
        name: 'gtfs_exporter',
        description: 'Exportiert und veröffentlicht GTFS-Feeds',
        instructions: 'Exportiere den Feed, lass ihn validieren und veröffentliche ihn; melde den Status.',
        prompt: 'Planungsstand:\n{input}',
        replies: [
          {
            call: 'gtfs_export',
            args: { version: 'PLAN-L3-U-0412' },
            result:
              'gtfs_20270409_L3U.zip erzeugt (2,8 MB), stops.txt +2, trips.txt 412 geändert, calendar_dates.txt 14 Einträge',
          },
          {
            call: 'feed_veroeffentlichen',
            args: { datei: 'gtfs_20270409_L3U.zip', ziele: ['app', 'delfi', 'google'] },
            result: {
              error:
                'Publish rejected by validator (3 errors): E031 stop 8003418 has no parent_station; E047 trip L3-U-2231 stop_times not increasing at seq 14; E047 trip L3-U-2290 stop_times not increasing at seq 9. Feed not distributed.',
            },
          },
          {
            say: 'GTFS-Feed gtfs_20270409_L3U.zip exportiert und an App, DELFI und Google übergeben ✅ — Umleitung Linie 3 ab 12.04. in der Auskunft sichtbar.',
          },
        ],
      },
      {
        name: 'kundeninfo_redakteur',
        description: 'Schreibt Kundeninformationen zu Fahrplanänderungen',
        instructions: 'Schreibe den Kundeninfotext.',
        prompt: 'Status Datenexport:\n{input}\n\nAuftrag: {request}',
        replies: [
          {
            say: '**Linie 3: Umleitung vom 12. bis 25. April**\n\nWegen Bauarbeiten fährt die Linie 3 über die Kantstraße. Die Halte Goethestraße und Schillerplatz entfallen; bitte nutzen Sie den Ersatzhalt Schillerplatz/Kantstraße. Alle Fahrten sind bereits in unserer App und in den gängigen Auskunftsdiensten hinterlegt.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gtfs_exporter', to: 'kundeninfo_redakteur' },
      agent: 'gtfs_exporter',
    },
  }),
  defineScenario({
    id: 'ebus-umlauf-23-ladefenster-dreimal-unveraendert-eingereicht',
    title:
      'Die Umlaufprüfung verlangt für E-Bus-Umlauf 23 ein Ladefenster von mindestens 35 Minuten; der Umlaufplaner reicht dreimal dieselbe Fassung mit 22 Minuten ein',
    domain: 'E-Bus-Umlaufplanung',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Umlaufplan Werktag Linie 33 (E-Busse, BH Nord) ab 01.09.2027: Takt 10 statt 15 in der HVZ. Ladung nur im Betriebshof (150 kW Depotlader). Bitte planen, prüfen lassen und an den Betriebshof zur Freigabe geben.',
    topology: {
      shape: 'pipeline',
      order: ['umlaufplaner', 'umlauf_pruefer', 'betriebshof_freigabe'],
      loop: { from: 'umlauf_pruefer', to: 'umlaufplaner', while: 'NACHBESSERN', max: 3 },
    },
    agents: [
      {
        name: 'umlaufplaner',
        description: 'Plant Fahrzeugumläufe',
        instructions: 'Erstelle den Umlaufplan oder überarbeite ihn nach den Anmerkungen der Prüfung.',
        prompt: 'Auftrag / Prüfanmerkungen:\n{input}\n\nAuftrag gesamt: {request}',
        replies: [
          {
            say: 'Umlaufplan L33 WT ab 01.09. — Fassung A\n\n| Umlauf | Einsatz | km | Depot-Ladefenster |\n|---|---|---|---|\n| 21 | 05:02–13:48 | 198 | 13:48–14:40 (52 min) |\n| 22 | 05:12–14:05 | 204 | 14:05–15:10 |\n| **23** | 05:22–11:31 / 11:53–19:40 | 231 | **11:31–11:53 (22 min)** |\n| 24 | 06:02–20:15 | 188 | Nacht |\n\n9 Fahrzeuge statt 7.',
          },
          {
            say: 'Umlaufplan L33 WT ab 01.09. — Fassung B\n\n| Umlauf | Einsatz | km | Depot-Ladefenster |\n|---|---|---|---|\n| 21 | 05:02–13:48 | 198 | 13:48–14:40 (52 min) |\n| 22 | 05:12–14:05 | 204 | 14:05–15:10 |\n| **23** | 05:22–11:31 / 11:53–19:40 | 231 | **11:31–11:53 (22 min)** |\n| 24 | 06:02–20:15 | 188 | Nacht |\n\n9 Fahrzeuge statt 7.',
          },
          {
            say: 'Umlaufplan L33 WT ab 01.09. — Fassung C\n\n| Umlauf | Einsatz | km | Depot-Ladefenster |\n|---|---|---|---|\n| 21 | 05:02–13:48 | 198 | 13:48–14:40 (52 min) |\n| 22 | 05:12–14:05 | 204 | 14:05–15:10 |\n| **23** | 05:22–11:31 / 11:53–19:40 | 231 | **11:31–11:53 (22 min)** |\n| 24 | 06:02–20:15 | 188 | Nacht |\n\n9 Fahrzeuge statt 7.',
          },
        ],
      },
      {
        name: 'umlauf_pruefer',
        description: 'Prüft Umläufe auf Energie- und Betriebsmachbarkeit',
        instructions: 'Antworte mit "FREIGABEFÄHIG: <Zusammenfassung>" oder "NACHBESSERN: <Anmerkungen>".',
        prompt: 'Eingereichter Umlaufplan:\n{input}',
        replies: [
          {
            say: 'NACHBESSERN: Umlauf 23 hat nach 231 km Tagesleistung nur 22 min Depotladung mittags. Bei 150 kW und 348 kWh Batterie braucht der Nachmittagsblock mindestens 35 min (SoC-Ziel 80 %). Bitte Blockwechsel verschieben oder Umlauf 23 teilen.',
          },
          {
            say: 'NACHBESSERN: Fassung B ist identisch mit A — Umlauf 23 weiterhin 22 min Ladefenster. Mindestens 35 min nötig.',
          },
          {
            say: 'NACHBESSERN: Fassung C erneut unverändert (22 min). Ohne Änderung an Umlauf 23 keine Freigabe.',
          },
        ],
      },
      {
        name: 'betriebshof_freigabe',
        description: 'Gibt Umlaufpläne für den Betriebshof frei',
        instructions: 'Gib freigabefähige Pläne frei; sonst melde den Stand.',
        prompt: 'Prüfergebnis:\n{input}',
        replies: [
          {
            say: 'Keine Freigabe für L33 ab 01.09.: Prüfung nach drei Runden weiterhin negativ (Ladefenster Umlauf 23). An die Abteilungsleitung Planung eskaliert; Fahrplanfreigabe gefährdet.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'umlaufplaner', to: 'umlauf_pruefer' },
      agent: 'umlaufplaner',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'abloesepunkt-verlegt-dienstplaner-bekommt-neuen-ort',
    title:
      'Die Baustellenkoordination meldet, dass der Ablösepunkt Hauptbahnhof Nord während der Baustelle nach Ostertor wandert; die Leitung gibt dem Dienstplaner den neuen Ort weiter',
    domain: 'Dienstplanung bei Baustellen',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: ein überholter Ablösepunkt steht im Auftrag, der Koordinator reicht aber den neuen weiter',
    request:
      'Baustelle Bahnhofsplatz ab 03.05.2027 (ca. 6 Wochen). Fahrerablösungen der Linien 1 und 6 finden bisher am Hauptbahnhof Nord statt. Bitte klären, wo während der Baustelle abgelöst wird, und die betroffenen Dienste anpassen lassen.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dienstplan_koordination',
      workers: ['baustellen_koordination', 'dienstplaner_bau'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'dienstplan_koordination',
        description: 'Koordiniert Dienstplanänderungen',
        instructions: 'Kläre die Rahmenbedingungen und lass die Dienste anpassen.',
        replies: [
          {
            handoff: 'baustellen_koordination',
            message:
              'Baustelle Bahnhofsplatz ab 03.05.: bleibt Hbf Nord als Ablösepunkt für L1/L6 nutzbar? Wenn nein, Alternative?',
          },
          {
            handoff: 'dienstplaner_bau',
            message:
              'Ab 03.05. (ca. 6 Wochen) ist Hbf Nord als Ablösepunkt **gesperrt**. Neuer Ablösepunkt für L1 und L6: **Ostertor, Steig C** (Fahrerraum im Kundencenter, 4 min Fußweg vom Betriebshof-Shuttle). Bitte alle Dienste mit Ablösung Hbf Nord umstellen und Wegezeiten neu rechnen.',
          },
          {
            say: '**Baustelle Bahnhofsplatz ab 03.05.2027**\n\n- Ablösepunkt L1/L6: Ostertor Steig C statt Hbf Nord\n- 17 Dienste umgestellt, Wegezeit je Ablösung +6 min\n- Mehrkosten ca. 1:42 h bezahlte Zeit pro Werktag\n\nDienste gehen heute an den Betriebsrat.',
          },
        ],
      },
      {
        name: 'baustellen_koordination',
        description: 'Koordiniert Baustellen im Netz',
        instructions: 'Gib Auskunft über Einschränkungen an Betriebspunkten.',
        replies: [
          {
            call: 'betriebspunkt_status',
            args: { punkt: 'Hauptbahnhof Nord', ab: '2027-05-03' },
            result:
              '{"punkt": "Hbf Nord", "status": "gesperrt 03.05.–13.06.2027", "grund": "Umbau Bahnhofsplatz, Fahrerraum abgerissen", "ersatz": {"punkt": "Ostertor", "steig": "C", "fahrerraum": "Kundencenter Ostertor, Schlüssel über Leitstelle"}}',
          },
          {
            say: 'Hbf Nord ist als Ablösepunkt vom 03.05. bis 13.06. **nicht nutzbar** (Fahrerraum abgerissen). Ersatz: **Ostertor, Steig C**, Fahrerraum im Kundencenter.',
          },
        ],
      },
      {
        name: 'dienstplaner_bau',
        description: 'Passt Fahrdienste an',
        instructions: 'Stelle betroffene Dienste um und rechne Wegezeiten.',
        replies: [
          {
            call: 'dienste_umstellen',
            args: {
              linien: ['1', '6'],
              von_punkt: 'Hbf Nord',
              nach_punkt: 'Ostertor Steig C',
              ab: '2027-05-03',
              bis: '2027-06-13',
            },
            result:
              'Umgestellt: 17 Dienste (L1: 10, L6: 7) | Wegezeit je Ablösung +6 min | bezahlte Zeit +1:42 h/WT | Version DP-BAU-0503',
          },
          {
            say: 'DP-BAU-0503: 17 Dienste auf Ostertor Steig C umgestellt, +6 min Wegezeit je Ablösung, +1:42 h pro Werktag.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dfi-anzeiger-timeout-wiederholt-zwei-offline-ehrlich-gemeldet',
    title:
      'Der DFI-Operator bekommt beim ersten Versand einen Timeout, wiederholt, erreicht 46 von 48 Anzeigern und meldet die zwei ausgefallenen offen an die Social-Media-Redaktion',
    domain: 'Dynamische Fahrgastinformation',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: ein Werkzeugfehler, der nicht verschluckt wird — Wiederholung und ehrlicher Teilerfolg',
    request:
      'Heute ab 19:00 Fußball-Sonderverkehr Stadion (Anpfiff 20:30). Bitte Hinweistext auf allen DFI-Anzeigern der Linien 4 und 9 schalten und danach einen Post für unsere Kanäle machen.',
    topology: {
      shape: 'swarm',
      entry: 'dfi_operator',
      agents: ['dfi_operator', 'social_media_redaktion'],
    },
    agents: [
      {
        name: 'dfi_operator',
        description: 'Schaltet Texte auf dynamischen Fahrgastinformationsanzeigern',
        instructions:
          'Schalte den Text, prüfe die Zustellung und übergib dann an die Social-Media-Redaktion.',
        replies: [
          {
            call: 'dfi_text_schalten',
            args: {
              linien: ['4', '9'],
              text: 'Sonderverkehr Stadion ab 19:00 – Zusatzbahnen alle 5 Min',
              von: '17:00',
              bis: '23:59',
            },
            result: { error: 'DFI-Server: Gateway Timeout (504) nach 30 s, Auftrag nicht bestätigt' },
          },
          {
            call: 'dfi_text_schalten',
            args: {
              linien: ['4', '9'],
              text: 'Sonderverkehr Stadion ab 19:00 – Zusatzbahnen alle 5 Min',
              von: '17:00',
              bis: '23:59',
              wiederholung: 1,
            },
            result:
              'Auftrag DFI-4471 | Ziel 48 Anzeiger | bestätigt 46 | nicht erreichbar: A-0917 (Stadion Süd Steig 2), A-1203 (Am Wall) – letzte Verbindung 14:02',
          },
          {
            text: 'Zustellung geprüft, übergebe an Social Media.',
            call: 'ticket_anlegen',
            args: { anzeiger: 'A-0917, A-1203', prioritaet: 'hoch' },
            result: 'Störungsticket IT-22871 angelegt, Techniker vor Ort bis 18:30',
          },
          {
            handoff: 'social_media_redaktion',
            message:
              'DFI-4471: Text „Sonderverkehr Stadion ab 19:00 – Zusatzbahnen alle 5 Min“ läuft auf 46 von 48 Anzeigern (erster Versuch 504, Wiederholung ok). Offline: Stadion Süd Steig 2 und Am Wall, Ticket IT-22871, Techniker bis 18:30. Bitte im Post erwähnen, dass an diesen zwei Haltestellen die Anzeige fehlt.',
          },
        ],
      },
      {
        name: 'social_media_redaktion',
        description: 'Schreibt Posts für die Verkehrsbetriebe',
        instructions: 'Schreibe und veröffentliche den Post.',
        replies: [
          {
            call: 'post_veroeffentlichen',
            args: { kanaele: ['instagram', 'x', 'app_news'] },
            result: 'Veröffentlicht 16:48: IG 3F9kQ, X 1802231190, App-News #5521',
          },
          {
            say: '⚽ **Heute Fußball!** Ab 19:00 fahren auf den Linien 4 und 9 Zusatzbahnen alle 5 Minuten zum Stadion. Hinweis: An **Stadion Süd Steig 2** und **Am Wall** ist die Anzeige gerade gestört — bitte App nutzen. Gute Fahrt! (Veröffentlicht 16:48 auf IG, X und in der App; DFI-4471 auf 46/48 Anzeigern, Ticket IT-22871.)',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'schulverstaerker-anschluss-rb12-im-zweiten-anlauf-gehalten',
    title:
      'Die Anschlussprüfung bemängelt, dass der Schulverstärker die RB 12 um 2 Minuten verpasst; die zweite Fassung legt die Abfahrt 4 Minuten später und wird freigegeben',
    domain: 'Schülerverkehr und Anschlussplanung',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: eine Rückgabe mit Nachbesserung, die zweite Fassung ändert den bemängelten Wert und wird freigegeben',
    request:
      'Ab Schuljahr 2027/28 (06.09.) braucht die Gesamtschule Lindenhof einen Verstärker auf Linie 641 morgens Richtung Schule, Abfahrt Bahnhof Oberau nach Ankunft der RB 12 (an 07:21). Bitte Fahrt planen, Anschluss prüfen lassen und an die Fahrplanveröffentlichung geben.',
    topology: {
      shape: 'pipeline',
      order: ['verstaerker_planer', 'anschluss_pruefer', 'fahrplan_veroeffentlichung'],
      loop: { from: 'anschluss_pruefer', to: 'verstaerker_planer', while: 'ZURÜCK', max: 3 },
    },
    agents: [
      {
        name: 'verstaerker_planer',
        description: 'Plant Verstärkerfahrten',
        instructions: 'Plane die Fahrt oder überarbeite sie nach den Hinweisen.',
        prompt: 'Vorgabe / Rückmeldung:\n{input}\n\nAuftrag: {request}',
        replies: [
          {
            say: 'Verstärker 641 (Fassung 1): Bf Oberau ab **07:24** → Lindenhof Schulzentrum an 07:41, Gelenkbus, Umlauf V-641-1 (Leerfahrt BH Süd 06:58). Umsteigezeit RB 12: 3 min.',
          },
          {
            say: 'Verstärker 641 (Fassung 2): Bf Oberau ab **07:28** → Lindenhof Schulzentrum an 07:45 (Unterricht 07:55), Gelenkbus, Umlauf V-641-1, Leerfahrt BH Süd 07:02. Umsteigezeit RB 12 jetzt 7 min inkl. Wegezeit Bahnsteig 3 → Busbahnhof.',
          },
        ],
      },
      {
        name: 'anschluss_pruefer',
        description: 'Prüft Anschlüsse zwischen Bahn und Bus',
        instructions: 'Antworte "OK: <Zusammenfassung>" oder "ZURÜCK: <Befund>".',
        prompt: 'Fahrtplanung:\n{input}',
        replies: [
          {
            call: 'anschluss_rechnen',
            args: {
              zug: 'RB 12',
              ankunft: '07:21',
              bahnsteig: 3,
              bus_abfahrt: '07:24',
              halt: 'Bf Oberau Busbahnhof',
            },
            result:
              '{"fussweg_min": 5, "puffer_min": -2, "rb12_puenktlichkeit_3min": 0.87, "bewertung": "Anschluss nicht erreichbar"}',
          },
          {
            say: 'ZURÜCK: Fußweg Bahnsteig 3 → Busbahnhof 5 min, Abfahrt 07:24 ist 2 min zu früh. Bitte mindestens 07:28 (5 min Weg + 2 min Puffer), Schulbeginn 07:55 bleibt erreichbar.',
          },
          {
            call: 'anschluss_rechnen',
            args: {
              zug: 'RB 12',
              ankunft: '07:21',
              bahnsteig: 3,
              bus_abfahrt: '07:28',
              halt: 'Bf Oberau Busbahnhof',
            },
            result:
              '{"fussweg_min": 5, "puffer_min": 2, "rb12_puenktlichkeit_3min": 0.87, "bewertung": "Anschluss gesichert"}',
          },
          {
            say: 'OK: Fassung 2 mit 07:28 ab Bf Oberau, 2 min Puffer nach Fußweg, Ankunft Schulzentrum 07:45 vor Unterrichtsbeginn 07:55.',
          },
        ],
      },
      {
        name: 'fahrplan_veroeffentlichung',
        description: 'Übernimmt freigegebene Fahrten in die Fahrplanauskunft',
        instructions: 'Übernimm die Fahrt und bestätige.',
        prompt: 'Freigabe:\n{input}',
        replies: [
          {
            call: 'fahrt_anlegen',
            args: {
              linie: '641',
              ab: '07:28',
              halt: 'Bf Oberau',
              gueltig_ab: '2027-09-06',
              verkehrstage: 'Schultage',
            },
            result: 'Fahrt 641-0728S angelegt, Schultage ab 06.09.2027, Datenlieferung DELFI 27.08.',
          },
          {
            say: '## Linie 641 – neuer Schulverstärker\n\n- Fahrt **641-0728S**: Bf Oberau ab 07:28 → Lindenhof Schulzentrum an 07:45\n- Verkehrstage: Schultage ab 06.09.2027\n- Anschluss von RB 12 (an 07:21) mit 2 min Puffer\n- Auskunft/DELFI ab 27.08.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'schulzeitverschiebung-nur-gymnasiumskurse-realschule-bleibt',
    title:
      'Das Gymnasium beginnt 15 Minuten später; der Angebotsplaner verschiebt nur die drei Gymnasiumskurse und lässt die Realschulkurse derselben Tabelle wie verlangt unverändert',
    domain: 'Schülerverkehr',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: Nachbarzeilen in derselben Kurstabelle, die ausdrücklich unverändert bleiben sollen und unverändert bleiben',
    request:
      'Schreiben der Stadt Bergheim vom 04.03.2027: Das Albert-Schweitzer-Gymnasium verlegt den Unterrichtsbeginn ab 06.09.2027 von 07:50 auf 08:05. Die Realschule am selben Schulzentrum bleibt bei 07:50.\n\n| Kurs | Linie | Ankunft Schulzentrum | Schule |\n|---|---|---|---|\n| 731 | 73 | 07:38 | Gymnasium |\n| 733 | 73 | 07:41 | Realschule |\n| 741 | 74 | 07:35 | Gymnasium |\n| 743 | 74 | 07:40 | Realschule |\n| 751 | 75 | 07:39 | Gymnasium |\n\nBitte Fahrplan anpassen und der Stadt antworten.',
    topology: {
      shape: 'branch',
      classifier: 'anfrage_triage',
      routes: { fahrtzeitaenderung: 'angebotsplaner', haltestelle: 'haltestellenmanagement' },
      after: 'antwort_verfasser',
    },
    agents: [
      {
        name: 'anfrage_triage',
        description: 'Ordnet Anfragen von Kommunen ein',
        instructions: 'Ordne die Anfrage ein: fahrtzeitaenderung oder haltestelle.',
        replies: [
          {
            say: 'fahrtzeitaenderung — Schulbeginn Gymnasium 07:50 → 08:05 ab 06.09.; betroffen Kurse 731, 741, 751. Kurse 733 und 743 (Realschule, weiter 07:50) nicht ändern.',
          },
        ],
      },
      {
        name: 'haltestellenmanagement',
        description: 'Bearbeitet Haltestellenanliegen',
        instructions: 'Bearbeite Haltestellenfragen.',
        replies: [{ say: 'nicht zuständig' }],
      },
      {
        name: 'angebotsplaner',
        description: 'Passt Fahrpläne an',
        instructions: 'Setze die Fahrtzeitänderungen um.',
        prompt: 'Triage: {input}\n\nSchreiben: {request}',
        replies: [
          {
            call: 'fahrten_verschieben',
            args: { kurse: ['731', '741', '751'], verschiebung_min: 15, ab: '2027-09-06' },
            result:
              '{"verschoben": [{"kurs": "731", "an_neu": "07:53"}, {"kurs": "741", "an_neu": "07:50"}, {"kurs": "751", "an_neu": "07:54"}], "umlaufkonflikte": 0, "unveraendert": ["733", "743"]}',
          },
          {
            say: 'Ab 06.09.2027 um 15 min später: 731 (an 07:53), 741 (an 07:50), 751 (an 07:54). Keine Umlaufkonflikte. 733 und 743 für die Realschule bleiben wie sie sind (07:41 / 07:40).',
          },
        ],
      },
      {
        name: 'antwort_verfasser',
        description: 'Schreibt Antworten an Kommunen',
        instructions: 'Antworte der Kommune.',
        prompt: 'Umsetzung:\n{input}',
        replies: [
          {
            say: 'Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihr Schreiben vom 04.03.2027. Ab dem 06.09.2027 erreichen die Kurse 731, 741 und 751 das Schulzentrum 15 Minuten später (07:50–07:54 Uhr), passend zum neuen Unterrichtsbeginn des Gymnasiums um 08:05 Uhr. Die Kurse 733 und 743 für die Realschule bleiben unverändert.\n\nMit freundlichen Grüßen\nIhre Verkehrsbetriebe – Angebotsplanung',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'brueckensperrung-regionalbus-ohne-betroffenheit-im-gesamtbild',
    title:
      'Drei Bereiche prüfen die Folgen der Sperrung der Rheinbrücke; der Regionalbus meldet keine betroffene Linie und das Gesamtbild führt ihn mit null auf',
    domain: 'Baustellenmanagement Netzplanung',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: ein Zweig, der nichts beizutragen hat, läuft trotzdem und seine leere Meldung kommt beim Aggregator an',
    request:
      'Die Rheinbrücke (Straßenbrücke B9) wird vom 14.06. bis 02.07.2027 für alle Fahrzeuge über 3,5 t gesperrt. Bitte je Bereich (Stadtbahn, Stadtbus, Regionalbus) die betroffenen Linien und Umleitungen ermitteln und mir ein Gesamtbild mit Mehrkosten geben.',
    topology: {
      shape: 'fanout',
      planner: 'netz_koordinator',
      workers: ['stadtbahn_planung', 'stadtbus_planung', 'regionalbus_planung'],
      aggregator: 'gesamtbild_ersteller',
    },
    agents: [
      {
        name: 'netz_koordinator',
        description: 'Verteilt Prüfaufträge',
        instructions: 'Je Bereich ein Auftrag.',
        replies: [
          {
            plan: {
              stadtbahn_planung:
                'Sperrung B9-Rheinbrücke > 3,5 t, 14.06.–02.07.: Betroffenheit Stadtbahn (Schienenersatz auf der Brücke?), Umleitung, Mehrkosten.',
              stadtbus_planung:
                'Sperrung B9-Rheinbrücke > 3,5 t, 14.06.–02.07.: betroffene Stadtbuslinien, Umleitungsweg, Mehr-km, Mehrkosten.',
              regionalbus_planung:
                'Sperrung B9-Rheinbrücke > 3,5 t, 14.06.–02.07.: betroffene Regionalbuslinien, Umleitungsweg, Mehr-km, Mehrkosten.',
            },
          },
        ],
      },
      {
        name: 'stadtbahn_planung',
        description: 'Netzplanung Stadtbahn',
        instructions: 'Prüfe die Betroffenheit der Stadtbahn.',
        prompt: 'Auftrag:\n{input}',
        replies: [
          {
            call: 'linien_ueber_bauwerk',
            args: { bauwerk: 'B9-Rheinbrücke', modus: 'Stadtbahn' },
            result:
              '{"linien": [], "hinweis": "Stadtbahn quert den Rhein über die separate Eisenbahnbrücke Süd, nicht über die B9"}',
          },
          { say: 'Stadtbahn: nicht betroffen — quert über die Eisenbahnbrücke Süd. Keine Mehrkosten.' },
        ],
      },
      {
        name: 'stadtbus_planung',
        description: 'Netzplanung Stadtbus',
        instructions: 'Prüfe die Betroffenheit der Stadtbuslinien.',
        prompt: 'Auftrag:\n{input}',
        replies: [
          {
            call: 'linien_ueber_bauwerk',
            args: { bauwerk: 'B9-Rheinbrücke', modus: 'Stadtbus' },
            result:
              '{"linien": ["15", "16"], "umleitung": "über Nordbrücke (A-Str.)", "mehr_km_tag": 412, "kosten_je_km_eur": 3.85, "betriebstage": 19}',
          },
          {
            say: 'Stadtbus: Linien 15 und 16 betroffen, Umleitung über die Nordbrücke. +412 km/Tag × 19 Tage × 3,85 €/km = **30.137,80 €** Mehrkosten.',
          },
        ],
      },
      {
        name: 'regionalbus_planung',
        description: 'Netzplanung Regionalbus',
        instructions: 'Prüfe die Betroffenheit der Regionalbuslinien.',
        prompt: 'Auftrag:\n{input}',
        replies: [
          {
            call: 'linien_ueber_bauwerk',
            args: { bauwerk: 'B9-Rheinbrücke', modus: 'Regionalbus' },
            result:
              '{"linien": [], "hinweis": "Regionallinien 620/621 fahren seit Fahrplanwechsel 12/2026 über die Nordbrücke"}',
          },
          {
            say: 'Regionalbus: keine Linie über die B9-Brücke (620/621 fahren seit 12/2026 über die Nordbrücke). 0 € Mehrkosten.',
          },
        ],
      },
      {
        name: 'gesamtbild_ersteller',
        description: 'Fasst die Bereichsergebnisse zusammen',
        instructions: 'Fasse zu einem Gesamtbild mit Kosten zusammen.',
        replies: [
          {
            say: '# Sperrung B9-Rheinbrücke 14.06.–02.07.2027\n\n| Bereich | betroffene Linien | Umleitung | Mehrkosten |\n|---|---|---|---|\n| Stadtbahn | – (Eisenbahnbrücke Süd) | – | 0 € |\n| Stadtbus | 15, 16 | Nordbrücke, +412 km/Tag | 30.137,80 € |\n| Regionalbus | – (620/621 schon über Nordbrücke) | – | 0 € |\n\n**Gesamt: 30.137,80 €** Mehrkosten, nur Stadtbus betroffen.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'stadtfest-sonderverkehr-leads-runden-treu',
    title:
      'Technik- und Personalleitung fassen die Meldungen ihrer Teams zum Stadtfest-Sonderverkehr gerundet, aber inhaltlich treu zusammen; die Betriebsleitung plant damit',
    domain: 'Sonderverkehr Großveranstaltung',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: Teamleitungen, die jede Zahl ihrer Mitarbeiter kürzen und runden, dabei aber nichts verfälschen',
    request:
      'Altstadtfest 25.–27.06.2027, erwartet 180.000 Besucher. Wir wollen auf Linie 2 und 5 abends bis 02:00 im 7,5-Minuten-Takt fahren. Reicht das an Fahrzeugen und Personal? Bitte bis Ende Mai Entscheidungsvorlage.',
    topology: {
      shape: 'nested',
      top: 'betriebsleitung',
      teams: {
        technik_lead: ['fahrzeugverfuegbarkeit'],
        personal_lead: ['personaldisposition', 'urlaubsplanung'],
      },
    },
    agents: [
      {
        name: 'betriebsleitung',
        description: 'Verantwortet den Betrieb',
        instructions: 'Frag Technik und Personal ab und entscheide.',
        replies: [
          {
            handoff: 'technik_lead',
            message:
              'Altstadtfest 25.–27.06., L2 + L5 abends bis 02:00 im 7,5-Min-Takt: reichen die Stadtbahnwagen?',
          },
          {
            handoff: 'personal_lead',
            message:
              'Altstadtfest 25.–27.06., L2 + L5 abends bis 02:00 im 7,5-Min-Takt: reicht das Fahrpersonal inkl. Urlaubslage?',
          },
          {
            say: '## Entscheidungsvorlage Altstadtfest 25.–27.06.2027\n\n- **Fahrzeuge:** Bedarf 22 Wagen, verfügbar 23 → ok (1 Reserve)\n- **Personal:** Bedarf ca. 41 Dienste/Abend, verfügbar 38 + 5 aus Urlaubsrückkauf → ok\n- **Empfehlung:** 7,5-Min-Takt auf L2 und L5 bis 02:00 fahren. Urlaubsrückkauf für 5 Fahrer bis 15.05. anbieten.',
          },
        ],
      },
      {
        name: 'technik_lead',
        description: 'Leitet die Fahrzeugtechnik',
        instructions: 'Kläre die Fahrzeuglage und fasse kurz zusammen.',
        replies: [
          {
            handoff: 'fahrzeugverfuegbarkeit',
            message: 'Stadtbahnwagen für L2/L5 am 25.–27.06. abends: Bedarf bei 7,5 Min und Verfügbarkeit?',
          },
          { say: 'Fahrzeuge: Bedarf 22, verfügbar 23 (2 in HU, 1 Unfallwagen raus). Passt mit 1 Reserve.' },
        ],
      },
      {
        name: 'fahrzeugverfuegbarkeit',
        description: 'Fahrzeugdisposition Stadtbahn',
        instructions: 'Rechne Bedarf und Verfügbarkeit.',
        replies: [
          {
            call: 'fahrzeugbedarf',
            args: { linien: ['2', '5'], takt_min: 7.5, zeitraum: '2027-06-25..2027-06-27', bis: '02:00' },
            result:
              '{"bedarf": 22, "bestand": 26, "hu": ["2207", "2219"], "unfall": ["2230"], "verfuegbar": 23}',
          },
          {
            say: 'Bedarf 22 Wagen; Bestand 26, davon 2207/2219 in HU, 2230 Unfallschaden → 23 verfügbar, 1 Reserve.',
          },
        ],
      },
      {
        name: 'personal_lead',
        description: 'Leitet die Personaldisposition',
        instructions: 'Kläre Personalbedarf und Verfügbarkeit und fasse zusammen.',
        replies: [
          {
            handoff: 'personaldisposition',
            message: 'Dienstbedarf L2/L5 25.–27.06. abends bei 7,5 Min bis 02:00 und verfügbare Fahrer?',
          },
          {
            handoff: 'urlaubsplanung',
            message:
              'Wie viele Fahrer im Urlaub 25.–27.06., und wie viele würden Urlaub verschieben (Rückkauf)?',
          },
          {
            say: 'Personal: Bedarf ca. 41 Dienste je Abend, verfügbar 38. Lücke 3, schließbar über Urlaubsrückkauf (5 Zusagen). Passt.',
          },
        ],
      },
      {
        name: 'personaldisposition',
        description: 'Disponiert Fahrpersonal',
        instructions: 'Rechne Dienstbedarf und freie Fahrer.',
        replies: [
          {
            call: 'dienstbedarf',
            args: { linien: ['2', '5'], takt_min: 7.5, zeitraum: '2027-06-25..2027-06-27' },
            result:
              '{"dienste_je_abend": {"2027-06-25": 40, "2027-06-26": 41, "2027-06-27": 41}, "verfuegbar_je_abend": {"2027-06-25": 38, "2027-06-26": 38, "2027-06-27": 39}}',
          },
          { say: 'Bedarf 40/41/41 Dienste (Fr/Sa/So), verfügbar 38/38/39. Lücke max. 3.' },
        ],
      },
      {
        name: 'urlaubsplanung',
        description: 'Plant Urlaube des Fahrpersonals',
        instructions: 'Gib Auskunft über Urlaub und Rückkaufbereitschaft.',
        replies: [
          {
            call: 'urlaub_abfragen',
            args: { zeitraum: '2027-06-25..2027-06-27', gruppe: 'Stadtbahn' },
            result: '{"im_urlaub": 14, "rueckkauf_zusagen": 5, "namen_anonymisiert": true}',
          },
          { say: '14 Fahrer im Urlaub, 5 würden gegen Rückkauf verschieben.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch76Scenarios = [...faults, ...healthy];
