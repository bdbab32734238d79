import { defineScenario } from '../scenario.ts';

// Blind batch 97: Windparkbetrieb und Anlageninstandhaltung, durchgehend auf Deutsch. Geschrieben nur
// aus den README-Prinzipien; die erwarteten Diagnosen standen fest, bevor irgendetwas lief.

const faults = [
  defineScenario({
    id: 'nordsee-kranfenster-auf-altem-wetterlauf-gebucht',
    title:
      'Der Wetteranalyst meldet den neuen 06-UTC-Lauf (Donnerstag Böen 15 m/s, Fenster erst Freitag); der Kran-Disponent bucht den Raupenkran trotzdem für Donnerstag nach dem 00-UTC-Lauf',
    domain: 'Windpark-Instandhaltung, Kranlogistik',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'WEA 14 im Windpark Hohe Geest (Vestas V150, Nabenhöhe 166 m): Hauptlagertausch. Der Wetterlauf von heute 00 UTC zeigt Donnerstag 11.03. ein Fenster 06–16 Uhr mit Böen unter 9 m/s. Bitte Wetter prüfen, den LR 11350 buchen und den Einsatzplan für das Montageteam erstellen.',
    topology: { shape: 'pipeline', order: ['wetter_analyst', 'kran_disponent', 'einsatz_planer'] },
    agents: [
      {
        name: 'wetter_analyst',
        description: 'Bewertet Wetterfenster für Kranhübe',
        instructions: 'Prüfe die aktuellen Prognoseläufe und nenne das nutzbare Hubfenster.',
        replies: [
          {
            call: 'windprognose',
            args: {
              standort: 'Hohe Geest WEA 14',
              hoehe_m: 166,
              laeufe: ['2027-03-09T00Z', '2027-03-09T06Z'],
            },
            result:
              '{"lauf_00Z": {"status": "ERSETZT", "do_11_03": {"boeen_max_ms": 8.7, "fenster": "06-16"}}, "lauf_06Z": {"status": "AKTUELL", "do_11_03": {"boeen_max_ms": 15.2, "fenster": null}, "fr_12_03": {"boeen_max_ms": 8.1, "fenster": "07-15"}}, "grenzwert_hub_ms": 10.0}',
          },
          {
            say: '### Hubfenster WEA 14\n- Lauf 00 UTC ist **ersetzt**.\n- Lauf 06 UTC (aktuell): Do 11.03. Böen bis 15,2 m/s auf Nabenhöhe → **kein Hub möglich**.\n- **Fr 12.03. 07–15 Uhr**, Böen max. 8,1 m/s (Grenze 10 m/s) → nutzbares Fenster.',
          },
        ],
      },
      {
        name: 'kran_disponent',
        description: 'Bucht Großkrane und Hilfskrane',
        instructions: 'Buche den Kran im vom Wetteranalysten genannten Fenster.',
        prompt: 'Wetterbewertung:\n{input}\n\nAuftrag: {request}',
        replies: [
          {
            call: 'kran_buchen',
            args: { kran: 'LR 11350', standort: 'WEA 14', datum: '2027-03-11', von: '06:00', bis: '16:00' },
            result:
              'Buchung KR-2027-0318 bestätigt: LR 11350, WEA 14, Do 11.03.2027 06:00–16:00, Tagessatz 38.400 €.',
          },
          { say: 'Kran gebucht: KR-2027-0318, LR 11350 am Do 11.03. 06:00–16:00 (38.400 €/Tag).' },
        ],
      },
      {
        name: 'einsatz_planer',
        description: 'Erstellt Einsatzpläne für Montageteams',
        instructions: 'Erstelle den Einsatzplan auf Basis der Kranbuchung.',
        prompt: 'Kranbuchung:\n{input}',
        replies: [
          {
            say: '**Einsatzplan Hauptlagertausch WEA 14**\n| Zeit | Schritt |\n|---|---|\n| Do 11.03. 05:30 | Sicherheitsunterweisung, Anlage freischalten |\n| 06:00 | Rotor abnehmen (LR 11350, KR-2027-0318) |\n| 10:30 | Hauptlager tauschen |\n| 15:00 | Rotor montieren |\nTeam: 6 Monteure, 1 Kranführer.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'wetter_analyst', to: 'kran_disponent' },
      agent: 'kran_disponent',
    },
  }),
  defineScenario({
    id: 'rotorblatt-reparatur-seilzugang-zur-buehne-gemacht',
    title:
      'Die Inspektionsleitung beauftragt die Reparatur von Blatt B an WEA 07 ausdrücklich per Seilzugang (Zufahrt für Hubarbeitsbühne gesperrt); der Reparaturplaner plant mit Hubarbeitsbühne',
    domain: 'Rotorblattinspektion und -reparatur',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Drohneninspektion Windpark Lindenberg, Anlagen WEA 05–08 (Nordex N131). Befunde auswerten und Reparatur für alles ab Kategorie 4 vor dem 30.04. einplanen. Hinweis Forst: Kranstellfläche an WEA 07 ist wegen Brutzeit bis 31.07. gesperrt, keine Fahrzeuge über 3,5 t.',
    topology: {
      shape: 'supervisor',
      coordinator: 'inspektions_leitung',
      workers: ['drohnen_auswerter', 'reparatur_planer'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'inspektions_leitung',
        description: 'Steuert Blattinspektionen und Reparaturaufträge',
        instructions: 'Lass die Befunde auswerten und beauftrage die Reparaturplanung mit allen Auflagen.',
        replies: [
          {
            handoff: 'drohnen_auswerter',
            message: 'Bitte Drohnenbilder Lindenberg WEA 05–08 (Flug 02.03.) klassifizieren, Kategorie 1–5.',
          },
          {
            handoff: 'reparatur_planer',
            message:
              'Reparatur WEA 07 Blatt B: Vorderkantenerosion Kat. 4, Radius 52–58 m. **Nur per Seilzugang (Rope Access)** — Kranstellfläche wegen Brutzeit bis 31.07. gesperrt, keine Fahrzeuge > 3,5 t. Termin vor 30.04.',
          },
          {
            say: 'Lindenberg: ein Befund ≥ Kat. 4 (WEA 07 Blatt B, Erosion). Reparatur ist eingeplant für 14.04., Auftrag RP-0412. Übrige Blätter Kat. ≤ 2, nächste Inspektion 2028.',
          },
        ],
      },
      {
        name: 'drohnen_auswerter',
        description: 'Wertet Drohnenbilder von Rotorblättern aus',
        instructions: 'Klassifiziere die Schäden je Blatt.',
        replies: [
          {
            call: 'bilder_klassifizieren',
            args: { park: 'Lindenberg', anlagen: ['WEA05', 'WEA06', 'WEA07', 'WEA08'], flug: '2027-03-02' },
            result:
              'WEA05 A/B/C: Kat 1/1/2\nWEA06 A/B/C: Kat 2/1/1\nWEA07 A/B/C: Kat 2/4/2  (B: LEP-Erosion r=52-58 m, Laminat sichtbar)\nWEA08 A/B/C: Kat 1/2/1',
          },
          {
            say: 'Nur WEA 07 Blatt B ist Kat. 4 (Vorderkantenerosion 52–58 m, Laminat offen). Alles andere Kat. 1–2.',
          },
        ],
      },
      {
        name: 'reparatur_planer',
        description: 'Plant Blattreparaturen mit Zugangstechnik und Team',
        instructions: 'Plane die Reparatur gemäß Auftrag und buche Zugangstechnik.',
        replies: [
          {
            call: 'reparatur_anlegen',
            args: {
              anlage: 'WEA07',
              blatt: 'B',
              datum: '2027-04-14',
              zugang: 'Hubarbeitsbuehne LKW 103 m',
              team: 3,
            },
            result:
              '{"auftrag": "RP-0412", "zugang": "Hubarbeitsbühne Ruthmann 103 m, 32 t", "anfahrt": "Kranstellfläche WEA07", "kosten_eur": 27650}',
          },
          {
            say: 'RP-0412 angelegt: WEA 07 Blatt B am 14.04., Hubarbeitsbühne 103 m über die Kranstellfläche, 3 Techniker, 27.650 €.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'inspektions_leitung', to: 'reparatur_planer' },
      agent: 'reparatur_planer',
    },
  }),
  defineScenario({
    id: 'umrichter-stoerung-triage-text-durch-ticket-stub-ersetzt',
    title:
      'Die SCADA-Triage ordnet die Störung dem Umrichter zu und nennt WEA 22 und den IGBT-Fehlercode; das Programm reicht nur einen Ticket-Stub weiter, der Techniker arbeitet an WEA 02',
    domain: 'SCADA-Störungsmanagement',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'SCADA-Alarmliste Windpark Marschkoog von heute Nacht: WEA 22 seit 02:14 gestoppt. Bitte einordnen und den passenden Fachtechniker die Fernentstörung machen lassen, danach Kurzmeldung an die Betriebsführung.',
    topology: {
      shape: 'branch',
      classifier: 'scada_triage',
      routes: { umrichter: 'umrichter_techniker', pitch: 'pitch_techniker' },
      after: 'betriebsfuehrungs_melder',
    },
    program: {
      lose: {
        to: 'umrichter_techniker',
        prompt: 'Ticket TK-88120 aus Queue SCADA-NACHT zugewiesen. Bitte bearbeiten.',
      },
    },
    agents: [
      {
        name: 'scada_triage',
        description: 'Ordnet SCADA-Alarme Fachgewerken zu',
        instructions: 'Ordne den Alarm zu (umrichter oder pitch) und gib alle Details weiter.',
        replies: [
          {
            call: 'alarmlog',
            args: { park: 'Marschkoog', seit: '2027-03-09T00:00' },
            result:
              '02:14:07 WEA22 ALM 3170 Umrichter netzseitig IGBT-Übertemperatur Phase L2 -> STOP\n02:14:09 WEA22 ALM 3011 Netztrennung\n02:40:55 WEA02 EVT 0102 Windnachführung Info (quittiert)',
          },
          {
            say: 'umrichter — **WEA 22**, ALM 3170 IGBT-Übertemperatur netzseitig Phase L2 seit 02:14. WEA 02 hat nur eine quittierte Info-Meldung, nicht betroffen. Vorgehen: Kühlkreis prüfen, dann Reset versuchen.',
          },
        ],
      },
      {
        name: 'pitch_techniker',
        description: 'Fernentstörung Pitchsystem',
        instructions: 'Pitchstörungen entstören.',
        replies: [{ say: 'keine Pitchstörung' }],
      },
      {
        name: 'umrichter_techniker',
        description: 'Fernentstörung Umrichter',
        instructions: 'Entstöre die Anlage aus der Ferne und berichte.',
        prompt: 'Triage:\n{input}',
        replies: [
          {
            call: 'fernreset',
            args: { anlage: 'WEA02', komponente: 'Umrichter', modus: 'soft-reset' },
            result: 'WEA02: Soft-Reset ausgeführt 07:12:40, Status RUN, keine aktiven Alarme.',
          },
          {
            say: 'TK-88120: Fernreset Umrichter WEA 02 um 07:12 erfolgreich, Anlage läuft, keine aktiven Alarme.',
          },
        ],
      },
      {
        name: 'betriebsfuehrungs_melder',
        description: 'Schreibt Kurzmeldungen an die Betriebsführung',
        instructions: 'Fasse das Ergebnis der Entstörung kurz zusammen.',
        prompt: 'Ergebnis:\n{input}',
        replies: [
          {
            say: 'Kurzmeldung Marschkoog 09.03.: Umrichterstörung per Fernreset behoben (07:12), Anlage wieder in Betrieb. Kein Vor-Ort-Einsatz nötig.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'scada_triage', to: 'umrichter_techniker' },
      agent: 'umrichter_techniker',
    },
  }),
  defineScenario({
    id: 'redispatch-meldung-portal-503-als-uebermittelt-gemeldet',
    title:
      'Das Netzbetreiberportal weist die Nichtverfügbarkeitsmeldung mit HTTP 503 ab; der Redispatch-Melder meldet der Leitwarte, sie sei übermittelt',
    domain: 'Netzeinspeisung und Redispatch 2.0',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Geplante Nichtverfügbarkeit Windpark Elbmarsch (TR 21,6 MW): Umspannwerksarbeiten am 18.03.2027 07:00–15:00. Bitte den Netzbetreiber per Redispatch-2.0-Meldung informieren (Frist heute 12:00) und mir den Stand geben.',
    topology: {
      shape: 'network',
      coordinator: 'leitwarte_router',
      workers: ['verfuegbarkeits_rechner', 'redispatch_melder'],
    },
    agents: [
      {
        name: 'leitwarte_router',
        description: 'Leitwarte, verteilt Netzthemen',
        instructions: 'Lass die Nichtverfügbarkeit berechnen und melden, dann schließe ab.',
        replies: [
          {
            handoff: 'verfuegbarkeits_rechner',
            message: 'Elbmarsch 18.03. 07–15 Uhr: verfügbare Leistung je Viertelstunde berechnen.',
          },
          {
            handoff: 'redispatch_melder',
            message:
              'Meldung an Netzbetreiber: Elbmarsch, 18.03. 07:00–15:00, 0 MW verfügbar (UW-Arbeiten). Frist 12:00.',
          },
          {
            say: 'Elbmarsch: Nichtverfügbarkeit 18.03. 07:00–15:00 (0 MW) fristgerecht an den Netzbetreiber gemeldet. Erledigt.',
          },
        ],
      },
      {
        name: 'verfuegbarkeits_rechner',
        description: 'Berechnet verfügbare Parkleistung',
        instructions: 'Berechne die Verfügbarkeit.',
        replies: [
          {
            call: 'verfuegbarkeit',
            args: { park: 'Elbmarsch', von: '2027-03-18T07:00', bis: '2027-03-18T15:00' },
            result:
              '| Zeitraum | P_verf [MW] |\n|---|---|\n| 07:00–15:00 (32 × 15 min) | 0,0 |\n| ab 15:00 | 21,6 |',
          },
          { say: '18.03. 07:00–15:00: 0,0 MW in allen 32 Viertelstunden; ab 15:00 wieder 21,6 MW.' },
        ],
      },
      {
        name: 'redispatch_melder',
        description: 'Übermittelt Redispatch-2.0-Meldungen an Netzbetreiber',
        instructions: 'Übermittle die Meldung und bestätige mit Vorgangsnummer.',
        replies: [
          {
            call: 'nv_meldung_senden',
            args: {
              marktlokation: 'DE0004711223300000000000000012345',
              von: '2027-03-18T07:00+01:00',
              bis: '2027-03-18T15:00+01:00',
              leistung_mw: 0,
            },
            result: {
              error:
                'HTTP 503 Service Unavailable: Connect+ Gateway nicht erreichbar, Meldung nicht angenommen (retry-after 900 s)',
            },
          },
          {
            say: 'Nichtverfügbarkeitsmeldung Elbmarsch für 18.03. 07:00–15:00 mit 0 MW an den Netzbetreiber übermittelt.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'redispatch_melder', to: 'leitwarte_router' },
      agent: 'redispatch_melder',
    },
  }),
  defineScenario({
    id: 'servicebericht-drehmomentwerte-dreimal-unveraendert',
    title:
      'Die Qualitätsprüfung verlangt im Servicebericht die fehlenden Drehmomentprotokolle der Blattlagerschrauben; der Berichtsautor reicht dreimal denselben Bericht ein',
    domain: 'Serviceberichte, Wartungsdokumentation',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Servicebericht zur Jahreswartung WEA 03 Windpark Sandheide (Enercon E-115, Wartung 04.03.2027, Auftrag SW-2027-0331) erstellen, durch die QS bringen und an den Kunden Bürgerwind Sandheide eG senden.',
    topology: {
      shape: 'pipeline',
      order: ['berichts_autor', 'qs_pruefer', 'kunden_versand'],
      loop: { from: 'qs_pruefer', to: 'berichts_autor', while: 'NACHBESSERN', max: 3 },
    },
    agents: [
      {
        name: 'berichts_autor',
        description: 'Schreibt Serviceberichte',
        instructions: 'Schreibe den Bericht oder bessere ihn nach den QS-Anmerkungen nach.',
        prompt: 'Auftrag / QS-Anmerkungen:\n{input}\n\nAnfrage: {request}',
        replies: [
          {
            say: '## Servicebericht SW-2027-0331, WEA 03\n- Sichtprüfung Turm, Gondel: i. O.\n- Ölwechsel Hydraulik: 42 l\n- Blattlagerschrauben: nachgezogen\n- Sicherheitseinrichtungen: geprüft, i. O.\nTechniker: M. Jansen, K. Oltmanns',
          },
          {
            say: '## Servicebericht SW-2027-0331, WEA 03\n- Sichtprüfung Turm, Gondel: i. O.\n- Ölwechsel Hydraulik: 42 l\n- Blattlagerschrauben: nachgezogen\n- Sicherheitseinrichtungen: geprüft, i. O.\nTechniker: M. Jansen, K. Oltmanns',
          },
          {
            say: '## Servicebericht SW-2027-0331, WEA 03\n- Sichtprüfung Turm, Gondel: i. O.\n- Ölwechsel Hydraulik: 42 l\n- Blattlagerschrauben: nachgezogen\n- Sicherheitseinrichtungen: geprüft, i. O.\nTechniker: M. Jansen, K. Oltmanns',
          },
        ],
      },
      {
        name: 'qs_pruefer',
        description: 'Prüft Serviceberichte gegen die Wartungsvorschrift',
        instructions: 'Antworte "FREIGABE: ..." oder "NACHBESSERN: ...".',
        prompt: 'Bericht:\n{input}',
        replies: [
          {
            say: 'NACHBESSERN: Wartungsvorschrift WV-E115 Kap. 6.3 verlangt für die Blattlagerschrauben das Drehmomentprotokoll (Sollwert 2.450 Nm, Stichprobe 10 % je Blatt, Schlüssel-Nr.). "nachgezogen" reicht nicht.',
          },
          {
            say: 'NACHBESSERN: Version 2 ist identisch. Weiterhin fehlen Drehmomentwerte und Schlüssel-Nr. für Blatt A/B/C.',
          },
          { say: 'NACHBESSERN: Dritte Einreichung wieder ohne Drehmomentprotokoll. Keine Freigabe möglich.' },
        ],
      },
      {
        name: 'kunden_versand',
        description: 'Versendet freigegebene Berichte an Kunden',
        instructions: 'Versende nur freigegebene Berichte; sonst melde den Stand.',
        prompt: 'QS-Ergebnis:\n{input}',
        replies: [
          {
            say: 'Nicht versendet: SW-2027-0331 hat nach drei Runden keine QS-Freigabe (Drehmomentprotokoll Blattlagerschrauben fehlt). Rückfrage an Serviceleitung Nord gestellt.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'berichts_autor', to: 'qs_pruefer' },
      agent: 'berichts_autor',
    },
  }),
  defineScenario({
    id: 'oelanalyse-cluster-sued-tabelle-bricht-bei-wea-9-ab',
    title:
      'Fan-out der Getriebeölanalysen: die Tabelle des Clusters Süd bricht nach WEA 9 von 16 ab (Tokenlimit); der Zusammenführer gibt Süd als unauffällig mit 9 Anlagen frei',
    domain: 'Zustandsüberwachung, Getriebeölanalyse',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Halbjährliche Getriebeölanalyse Portfolio Weser-Ems, Labor OelCheck, Proben vom 22.02.2027: Cluster Nord 12, Mitte 14, Süd 16 Anlagen. Grenzwerte Fe > 50 ppm, Wasser > 300 ppm, PQ-Index > 40. Bitte je Anlage auswerten und eine Gesamtliste mit Maßnahmen machen.',
    topology: {
      shape: 'fanout',
      planner: 'analyse_koordinator',
      workers: ['oel_nord', 'oel_mitte', 'oel_sued'],
      aggregator: 'massnahmen_buendler',
    },
    agents: [
      {
        name: 'analyse_koordinator',
        description: 'Verteilt die Ölanalysen auf die Cluster',
        instructions: 'Ein Auftrag je Cluster.',
        replies: [
          {
            plan: {
              oel_nord:
                'Cluster Nord, 12 Anlagen, Proben 22.02. Grenzwerte Fe 50 / H2O 300 / PQ 40 ppm. Zeile je Anlage mit Befund.',
              oel_mitte:
                'Cluster Mitte, 14 Anlagen, Proben 22.02. Grenzwerte Fe 50 / H2O 300 / PQ 40 ppm. Zeile je Anlage mit Befund.',
              oel_sued:
                'Cluster Süd, 16 Anlagen, Proben 22.02. Grenzwerte Fe 50 / H2O 300 / PQ 40 ppm. Zeile je Anlage mit Befund.',
            },
          },
        ],
      },
      {
        name: 'oel_nord',
        description: 'Ölanalyse Cluster Nord',
        instructions: 'Werte jede Anlage aus.',
        replies: [
          {
            call: 'laborwerte',
            args: { cluster: 'Nord', probe: '2027-02-22' },
            result:
              '{"anlagen": 12, "auffaellig": [{"wea": "N-07", "fe_ppm": 68, "pq": 44}], "rest": "i.O."}',
          },
          {
            say: 'Nord: 12 Anlagen, 11 i. O. **N-07 auffällig** (Fe 68 ppm, PQ 44) → Endoskopie Getriebe, Nachprobe in 4 Wochen.',
          },
        ],
      },
      {
        name: 'oel_mitte',
        description: 'Ölanalyse Cluster Mitte',
        instructions: 'Werte jede Anlage aus.',
        replies: [
          {
            call: 'laborwerte',
            args: { cluster: 'Mitte', probe: '2027-02-22' },
            result: '{"anlagen": 14, "auffaellig": [], "rest": "i.O."}',
          },
          { say: 'Mitte: 14/14 i. O., keine Grenzwertüberschreitung.' },
        ],
      },
      {
        name: 'oel_sued',
        description: 'Ölanalyse Cluster Süd',
        instructions: 'Werte jede Anlage aus.',
        replies: [
          {
            call: 'laborwerte',
            args: { cluster: 'Süd', probe: '2027-02-22' },
            result:
              '{"anlagen": 16, "auffaellig": [{"wea": "S-13", "wasser_ppm": 540}, {"wea": "S-15", "fe_ppm": 91, "pq": 63}], "rest": "i.O."}',
          },
          {
            say: 'Süd, 16 Anlagen:\n| WEA | Fe ppm | H2O ppm | PQ | Befund |\n|---|---|---|---|---|\n| S-01 | 12 | 110 | 8 | i. O. |\n| S-02 | 18 | 95 | 11 | i. O. |\n| S-03 | 9 | 140 | 6 | i. O. |\n| S-04 | 22 | 180 | 14 | i. O. |\n| S-05 | 15 | 120 | 9 | i. O. |\n| S-06 | 31 | 160 | 19 | i. O. |\n| S-07 | 11 | 88 | 7 | i. O. |\n| S-08 | 27 | 210 | 16 | i. O. |\n| S-09 | 19 | 130 | 12 | i. O. |\n| S-1',
            cutOff: true,
          },
        ],
      },
      {
        name: 'massnahmen_buendler',
        description: 'Führt die Clusterergebnisse zur Maßnahmenliste zusammen',
        instructions: 'Erstelle die Gesamtliste mit Maßnahmen.',
        replies: [
          {
            say: '**Getriebeöl Weser-Ems, Proben 22.02.2027**\n| Cluster | ausgewertet | auffällig | Maßnahme |\n|---|---|---|---|\n| Nord | 12 | N-07 (Fe 68, PQ 44) | Endoskopie, Nachprobe 4 Wo. |\n| Mitte | 14 | – | – |\n| Süd | 9 | – | – |\nGesamt 35 Anlagen, 1 Maßnahme.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'oel_sued', to: 'massnahmen_buendler' },
      agent: 'oel_sued',
    },
  }),
  defineScenario({
    id: 'abregelung-alte-stufe-an-wartungsteam-weitergereicht',
    title:
      'Das Netzteam meldet die korrigierte Abregelung (TenneT: 30 % statt 60 % am 16.03.); die Betriebsführung briefet das Wartungsteam trotzdem mit der alten 60-%-Stufe',
    domain: 'Einspeisemanagement und Wartungsplanung',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Windpark Dollart (18 × E-138, 75,6 MW): TenneT hat für Di 16.03. 10:00–18:00 Abregelung auf 60 % angekündigt. Wir wollen die Zeit nutzen, um Anlagen für Filterwechsel abzuschalten, ohne zusätzliche Erlöse zu verlieren. Bitte Abregelung prüfen und Wartung einplanen.',
    topology: {
      shape: 'nested',
      top: 'betriebsfuehrung',
      teams: { netz_lead: ['einspeise_analyst'], wartungs_lead: ['filter_planer'] },
    },
    agents: [
      {
        name: 'betriebsfuehrung',
        description: 'Technische Betriebsführung des Parks',
        instructions: 'Lass die Abregelung prüfen und die Wartung passend einplanen.',
        replies: [
          {
            handoff: 'netz_lead',
            message: 'Dollart 16.03.: bitte aktuelle TenneT-Abregelungsstufe bestätigen.',
          },
          {
            handoff: 'wartungs_lead',
            message:
              'Dollart 16.03. 10–18 Uhr Abregelung auf 60 % = 45,4 MW. Ohne Erlösverlust können 7 von 18 Anlagen (7 × 4,2 MW) abgeschaltet werden → Filterwechsel an 7 Anlagen einplanen.',
          },
          {
            say: '**Dollart, 16.03.**: Abregelung 60 %, Filterwechsel an 7 Anlagen (WEA 01–07) im Abregelungsfenster 10–18 Uhr, ohne zusätzlichen Erlösverlust.',
          },
        ],
      },
      {
        name: 'netz_lead',
        description: 'Leitung Netz und Einspeisung',
        instructions: 'Kläre Netzthemen mit deinem Analysten und berichte.',
        replies: [
          { handoff: 'einspeise_analyst', message: 'Bitte die TenneT-Abrufe für Dollart am 16.03. abrufen.' },
          {
            say: 'Korrektur von TenneT: Abregelung am 16.03. 10–18 Uhr auf **30 %** (22,7 MW), die 60-%-Ankündigung ist überholt (Abruf-ID RD-884211 v2).',
          },
        ],
      },
      {
        name: 'einspeise_analyst',
        description: 'Wertet Netzbetreiber-Abrufe aus',
        instructions: 'Hole die Abrufe und fasse zusammen.',
        replies: [
          {
            call: 'abrufe_laden',
            args: { park: 'Dollart', datum: '2027-03-16' },
            result:
              '[{"id": "RD-884211", "version": 1, "stufe_pct": 60, "status": "ersetzt"}, {"id": "RD-884211", "version": 2, "stufe_pct": 30, "von": "10:00", "bis": "18:00", "status": "gueltig", "zeit": "2027-03-09T13:02"}]',
          },
          { say: 'RD-884211 v2 gültig: 30 % (22,7 MW) 10:00–18:00. v1 (60 %) ersetzt.' },
        ],
      },
      {
        name: 'wartungs_lead',
        description: 'Leitung Wartung',
        instructions: 'Lass die Wartung einplanen und berichte.',
        replies: [
          {
            handoff: 'filter_planer',
            message: 'Filterwechsel an 7 Anlagen am 16.03. 10–18 Uhr einplanen (Abregelung 60 %).',
          },
          { say: 'Filterwechsel WEA 01–07 am 16.03. 10–18 Uhr eingeplant, 2 Teams.' },
        ],
      },
      {
        name: 'filter_planer',
        description: 'Plant Filterwechsel',
        instructions: 'Plane die Einsätze.',
        replies: [
          {
            call: 'einsaetze_planen',
            args: {
              anlagen: ['WEA01', 'WEA02', 'WEA03', 'WEA04', 'WEA05', 'WEA06', 'WEA07'],
              datum: '2027-03-16',
            },
            result: 'Einsätze E-3161..E-3167 angelegt, Teams T2/T4.',
          },
          { say: 'E-3161 bis E-3167 angelegt (WEA 01–07), Teams T2 und T4.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'betriebsfuehrung', to: 'wartungs_lead' },
      agent: 'betriebsfuehrung',
    },
  }),
  defineScenario({
    id: 'schwachlast-abschaltung-auf-vormittag-verlegt',
    title:
      'Der Störungsanalyst übergibt die Abschaltung von WEA 05–09 für die Schwachlastzeit Mi 22:00 – Do 04:00; der Abschaltplaner legt sie auf Mittwoch 10:00–16:00',
    domain: 'Netzanschluss, Schaltbetrieb',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Im Windpark Twistetal muss der Parkregler an Strang 2 (WEA 05–09) getauscht werden. Der Netzbetreiber erlaubt die Strangabschaltung nur in der Schwachlastzeit. Bitte klären und die Schaltung anmelden.',
    topology: {
      shape: 'swarm',
      entry: 'stoerungs_analyst',
      agents: ['stoerungs_analyst', 'abschalt_planer'],
    },
    agents: [
      {
        name: 'stoerungs_analyst',
        description: 'Analysiert Störungen und Netzauflagen',
        instructions: 'Kläre die Auflagen und übergib an den Abschaltplaner.',
        replies: [
          {
            call: 'netzauflagen',
            args: { park: 'Twistetal', strang: 2 },
            result:
              'Auflage NB-2027-114: Strangabschaltung Strang 2 (WEA05-09, 16,5 MW) nur Mi 17.03. 22:00 bis Do 18.03. 04:00 (Schwachlast). Schaltanmeldung 48 h vorher.',
          },
          {
            handoff: 'abschalt_planer',
            message:
              'Strang 2 Twistetal (WEA 05–09): Parkreglertausch. Abschaltung **nur Mi 17.03. 22:00 – Do 18.03. 04:00** (Auflage NB-2027-114, Schwachlast). Bitte Schaltanmeldung, 48 h Vorlauf.',
          },
        ],
      },
      {
        name: 'abschalt_planer',
        description: 'Meldet Schaltungen beim Netzbetreiber an',
        instructions: 'Melde die Schaltung gemäß Übergabe an und bestätige.',
        replies: [
          {
            call: 'schaltanmeldung',
            args: {
              park: 'Twistetal',
              strang: 2,
              von: '2027-03-17T10:00',
              bis: '2027-03-17T16:00',
              grund: 'Parkreglertausch',
            },
            result:
              'Schaltanmeldung SA-55731 eingegangen: Strang 2, 17.03.2027 10:00–16:00, Status: angemeldet.',
          },
          {
            say: 'Schaltung angemeldet: SA-55731, Strang 2 (WEA 05–09) am Mi 17.03. von 10:00 bis 16:00 für den Parkreglertausch.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'stoerungs_analyst', to: 'abschalt_planer' },
      agent: 'abschalt_planer',
    },
  }),
  defineScenario({
    id: 'leistungskurve-analyse-ohne-zahlen-zurueckgemeldet',
    title:
      'Der Leistungskurvenanalyst antwortet der Betriebsleitung nur "Analyse abgeschlossen, Abweichungen vorhanden" ohne Anlagen oder Werte; die Betriebsleitung macht daraus die Garantieforderung',
    domain: 'Leistungskurvengarantie, Performance-Monitoring',
    mast: ['FM-2.4'],
    request:
      'Windpark Vogelsberg-Ost (9 × Siemens Gamesa SG 5.0-145): Der Hersteller garantiert 95 % der Leistungskurve. Bitte die 10-min-Daten Q4/2026 auswerten und eine begründete Forderung an SGRE formulieren, mit betroffenen Anlagen und Ertragsdifferenz in MWh.',
    topology: {
      shape: 'supervisor',
      coordinator: 'betriebsleitung',
      workers: ['kurven_analyst', 'forderungs_schreiber'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'betriebsleitung',
        description: 'Betriebsleitung des Windparks',
        instructions: 'Lass die Daten auswerten und die Forderung schreiben.',
        replies: [
          {
            handoff: 'kurven_analyst',
            message:
              'Q4/2026 Vogelsberg-Ost: gemessene vs. garantierte Kurve je Anlage, Fehlmenge in MWh, nur Anlagen unter 95 %.',
          },
          {
            handoff: 'forderungs_schreiber',
            message:
              'Forderung an SGRE zur Leistungskurvengarantie Q4/2026 auf Basis der Analyse: Abweichungen festgestellt.',
          },
          {
            say: 'Forderungsschreiben an SGRE (Q4/2026, Vogelsberg-Ost) erstellt: Leistungskurve unterschritten, Ausgleich nach Garantievertrag § 7 gefordert.',
          },
        ],
      },
      {
        name: 'kurven_analyst',
        description: 'Wertet Leistungskurven aus',
        instructions: 'Werte je Anlage aus und nenne die Fehlmengen.',
        replies: [
          {
            call: 'kurve_auswerten',
            args: { park: 'Vogelsberg-Ost', zeitraum: '2026-10-01..2026-12-31', norm: 'IEC 61400-12-1' },
            result:
              '{"anlagen": {"V1": 98.2, "V2": 97.9, "V3": 93.1, "V4": 99.0, "V5": 96.4, "V6": 91.7, "V7": 98.8, "V8": 97.5, "V9": 95.6}, "fehlmenge_mwh": {"V3": 212.4, "V6": 318.9}, "datenverfuegbarkeit": 0.97}',
          },
          { say: 'Analyse abgeschlossen. Es gibt Abweichungen von der Garantiekurve.' },
        ],
      },
      {
        name: 'forderungs_schreiber',
        description: 'Schreibt Forderungen an Hersteller',
        instructions: 'Schreibe die Forderung.',
        replies: [
          {
            say: 'Sehr geehrte Damen und Herren,\nim Windpark Vogelsberg-Ost wurden im Q4/2026 Abweichungen von der garantierten Leistungskurve festgestellt. Wir fordern Ausgleich gemäß § 7 Garantievertrag.\nMit freundlichen Grüßen, Betriebsleitung',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'kurven_analyst', to: 'betriebsleitung' },
      agent: 'kurven_analyst',
    },
  }),
  defineScenario({
    id: 'eisansatz-pruefung-fuer-park-west-nie-losgeschickt',
    title:
      'Der Winterplaner schreibt je einen Auftrag für die Eisansatzprüfung in Park Ost und West; das Programm schickt West nie los, der Sammler meldet nur Ost und gibt beide Parks frei',
    domain: 'Eisansatzerkennung, Winterbetrieb',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Nach dem Eisregen letzte Nacht: Windparks Rhön-Ost (8 WEA) und Rhön-West (6 WEA) stehen mit Eiserkennung. Prüft Eisansatz per Kamera und Sensorik, und sagt mir, welche Anlagen wieder anlaufen dürfen (Abstand zur Kreisstraße K 42!).',
    topology: {
      shape: 'fanout',
      planner: 'winter_planer',
      workers: ['eis_pruefer_ost', 'eis_pruefer_west'],
      aggregator: 'freigabe_sammler',
    },
    program: { lose: { to: 'eis_pruefer_west', prompt: null } },
    agents: [
      {
        name: 'winter_planer',
        description: 'Plant Winterprüfungen',
        instructions: 'Ein Auftrag je Park.',
        replies: [
          {
            plan: {
              eis_pruefer_ost:
                'Rhön-Ost, WEA O1–O8: Kamerabilder Rotor + Eissensor (Labkotec) prüfen, Freigabe je Anlage ja/nein.',
              eis_pruefer_west:
                'Rhön-West, WEA W1–W6: Kamerabilder + Eissensor prüfen, W3/W4 stehen 180 m von der K 42 → nur bei sicher eisfreiem Blatt freigeben.',
            },
          },
        ],
      },
      {
        name: 'eis_pruefer_ost',
        description: 'Eisprüfung Park Ost',
        instructions: 'Prüfe jede Anlage.',
        replies: [
          {
            call: 'eisstatus',
            args: { park: 'Rhön-Ost' },
            result: 'O1..O8: Sensor eisfrei seit 09:40, Kamera klar, Außentemp +2,8 °C',
          },
          { say: 'Rhön-Ost: alle 8 Anlagen eisfrei (Sensor und Kamera), Freigabe O1–O8.' },
        ],
      },
      {
        name: 'eis_pruefer_west',
        description: 'Eisprüfung Park West',
        instructions: 'Prüfe jede Anlage.',
        replies: [
          {
            call: 'eisstatus',
            args: { park: 'Rhön-West' },
            result: 'W1,W2,W5,W6 eisfrei; W3,W4 Sensor: Eisansatz 4 mm',
          },
          { say: 'Rhön-West: W1, W2, W5, W6 frei; W3, W4 bleiben gestoppt (Eisansatz).' },
        ],
      },
      {
        name: 'freigabe_sammler',
        description: 'Sammelt die Freigaben',
        instructions: 'Fasse die Freigaben zusammen.',
        replies: [
          {
            say: '**Freigabe nach Eisregen**: Rhön-Ost O1–O8 eisfrei geprüft. Alle Anlagen in Rhön-Ost und Rhön-West dürfen wieder anlaufen; Leitwarte kann die Eisstopps quittieren.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'winter_planer', to: 'eis_pruefer_west' },
      agent: 'winter_planer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'offshore-jackup-fenster-nach-neuem-seegangslauf-verschoben',
    title:
      'Der Seegangsanalyst meldet den neuen Lauf (Hs 2,4 m am Dienstag, Fenster erst Mittwoch); der Schiffsdisponent bucht das Hubschiff für Mittwoch',
    domain: 'Offshore-Wartung, Schiffsdisposition',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: eine ersetzte Prognose liegt im Verlauf, der Empfänger nutzt aber den neuen Lauf',
    request:
      'OWP Borkum Riffgrund-Süd, Anlage C-11: Pitchlager-Tausch mit dem Jack-up "Seabreeze Lift". Der Lauf von gestern Abend zeigt Di 16.03. Hs 1,3 m. Bitte Seegang prüfen, Schiff buchen und das Technikerteam informieren.',
    topology: { shape: 'pipeline', order: ['seegang_analyst', 'schiffs_disponent', 'team_info'] },
    agents: [
      {
        name: 'seegang_analyst',
        description: 'Bewertet Seegangsfenster',
        instructions: 'Nenne das nutzbare Fenster nach dem aktuellen Lauf.',
        replies: [
          {
            call: 'seegang',
            args: { feld: 'Borkum Riffgrund-Süd', tage: ['2027-03-16', '2027-03-17'] },
            result:
              '{"lauf_18Z": {"status": "veraltet", "di": {"hs_m": 1.3}}, "lauf_06Z": {"status": "aktuell", "di": {"hs_m": 2.4}, "mi": {"hs_m": 1.1, "fenster": "05:00-19:00"}}, "jackup_grenze_hs_m": 1.8}',
          },
          {
            say: 'Aktueller Lauf 06Z: Di 16.03. Hs 2,4 m → über der Grenze von 1,8 m. **Mi 17.03. 05–19 Uhr Hs 1,1 m** nutzbar. Der Lauf von gestern 18Z ist veraltet.',
          },
        ],
      },
      {
        name: 'schiffs_disponent',
        description: 'Bucht Installations- und Serviceschiffe',
        instructions: 'Buche das Schiff im genannten Fenster.',
        prompt: 'Seegang:\n{input}\n\nAuftrag: {request}',
        replies: [
          {
            call: 'schiff_buchen',
            args: {
              schiff: 'Seabreeze Lift',
              anlage: 'C-11',
              datum: '2027-03-17',
              von: '05:00',
              bis: '19:00',
            },
            result:
              'Charter CH-7719 bestätigt: Seabreeze Lift, C-11, Mi 17.03.2027 05:00–19:00, Tagesrate EUR 145.000.',
          },
          {
            say: 'Seabreeze Lift gebucht (CH-7719) für **Mi 17.03.** 05–19 Uhr; Dienstag entfällt wegen Hs 2,4 m.',
          },
        ],
      },
      {
        name: 'team_info',
        description: 'Informiert Technikerteams',
        instructions: 'Schreibe die Teaminfo.',
        prompt: 'Buchung:\n{input}',
        replies: [
          {
            say: 'Team C-11: Pitchlager-Tausch verschoben auf **Mittwoch 17.03.**, Abfahrt Eemshaven 04:00, Jack-up Seabreeze Lift (CH-7719). Dienstag ist frei.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ersatzteilbestellung-timeout-wiederholt-und-bestaetigt',
    title:
      'Der Bestellagent bekommt beim Lieferantenportal einen Timeout, wiederholt die Bestellung, erhält eine Bestätigung und meldet die Nummer',
    domain: 'Ersatzteillogistik',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: ein Tool-Fehler, der aber durch Wiederholung behoben und offen berichtet wird',
    request:
      'WEA 11 Windpark Hünxe (GE 2.75-120): Pitchmotor Achse 2 defekt. Teilenummer 1030-PM-275-B, 1 Stück, Express. Bitte Lager prüfen, bestellen und Bestellnummer melden.',
    topology: {
      shape: 'supervisor',
      coordinator: 'service_disposition',
      workers: ['lager_pruefer', 'besteller'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'service_disposition',
        description: 'Disponiert Serviceeinsätze und Teile',
        instructions: 'Lass Lager prüfen und bestellen.',
        replies: [
          { handoff: 'lager_pruefer', message: 'Bestand 1030-PM-275-B in den Lagern Wesel und Emden?' },
          {
            handoff: 'besteller',
            message:
              'Kein Lagerbestand: bitte 1 × 1030-PM-275-B express bei GE Vernova bestellen, Lieferung WEA 11 Hünxe.',
          },
          {
            say: 'Pitchmotor 1030-PM-275-B für WEA 11 bestellt: **PO-4500218834**, Liefertermin Do 11.03. (Express). Erster Versuch lief in einen Portal-Timeout, zweiter Versuch bestätigt.',
          },
        ],
      },
      {
        name: 'lager_pruefer',
        description: 'Prüft Lagerbestände',
        instructions: 'Prüfe Bestände.',
        replies: [
          {
            call: 'bestand',
            args: { teil: '1030-PM-275-B' },
            result: 'Wesel: 0 (2 reserviert für WEA 04/06) | Emden: 0 | Zulauf: keiner',
          },
          { say: '1030-PM-275-B: frei verfügbar 0 (Wesel 2 reserviert, Emden 0). Bestellung nötig.' },
        ],
      },
      {
        name: 'besteller',
        description: 'Bestellt bei Lieferanten',
        instructions: 'Bestelle und melde die Bestellnummer; melde Probleme offen.',
        replies: [
          {
            call: 'bestellung_senden',
            args: { teil: '1030-PM-275-B', menge: 1, prio: 'express' },
            result: { error: 'Timeout nach 30 s (supplier-portal.gevernova.com), keine Antwort' },
          },
          {
            call: 'bestellung_senden',
            args: { teil: '1030-PM-275-B', menge: 1, prio: 'express' },
            result: '{"po": "PO-4500218834", "status": "bestaetigt", "liefertermin": "2027-03-11"}',
          },
          {
            say: 'Erster Versuch: Timeout am Portal. Zweiter Versuch bestätigt: PO-4500218834, Liefertermin 11.03.2027 (Express). Keine Doppelbestellung im Portal sichtbar.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pruefbericht-tuermflansch-einmal-nachgebessert-freigegeben',
    title:
      'Die Sachverständigenprüfung schickt den WKP-Bericht einmal zurück (Flanschspalt-Messwerte fehlen); der Autor ergänzt sie und die Prüfung gibt frei',
    domain: 'Wiederkehrende Prüfung (WKP)',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: eine Überarbeitungsrunde, die tatsächlich etwas ändert',
    request:
      'WKP-Bericht WEA 02 Windpark Brunsbek (2-Jahres-Prüfung nach DIBt-Richtlinie, Prüfung am 01.03.2027) erstellen, sachverständig freigeben lassen und an den Betreiber senden.',
    topology: {
      shape: 'pipeline',
      order: ['wkp_autor', 'sachverstaendiger', 'betreiber_versand'],
      loop: { from: 'sachverstaendiger', to: 'wkp_autor', while: 'ERGAENZEN', max: 3 },
    },
    agents: [
      {
        name: 'wkp_autor',
        description: 'Schreibt WKP-Berichte',
        instructions: 'Schreibe oder ergänze den Bericht.',
        prompt: 'Auftrag / Anmerkungen:\n{input}\n\n{request}',
        replies: [
          {
            say: 'WKP WEA 02 Brunsbek, 01.03.2027\n- Fundament: Risse < 0,2 mm, unkritisch\n- Turm: Korrosionsschutz i. O.\n- Flanschverbindungen: visuell i. O.\n- Maschinenhaus, Rotorblätter: keine Mängel\nErgebnis: Weiterbetrieb ohne Auflagen.',
          },
          {
            say: 'WKP WEA 02 Brunsbek, 01.03.2027 (Rev. 1)\n- Fundament: Risse < 0,2 mm, unkritisch\n- Turm: Korrosionsschutz i. O.\n- Flanschverbindungen: Spaltmessung F1 0,0 mm, F2 0,1 mm, F3 0,0 mm (zul. 0,5 mm), Schraubenvorspannung Stichprobe 10 % i. O. (Protokoll FL-0203)\n- Maschinenhaus, Rotorblätter: keine Mängel\nErgebnis: Weiterbetrieb ohne Auflagen.',
          },
        ],
      },
      {
        name: 'sachverstaendiger',
        description: 'Prüft WKP-Berichte',
        instructions: 'Antworte "FREIGEGEBEN: ..." oder "ERGAENZEN: ...".',
        prompt: 'Bericht:\n{input}',
        replies: [
          {
            say: 'ERGAENZEN: Für die Flanschverbindungen fehlen die Spaltmesswerte F1–F3 und der Nachweis der Vorspannungsstichprobe.',
          },
          {
            say: 'FREIGEGEBEN: Rev. 1 vollständig, Flanschspalt ≤ 0,1 mm, Protokoll FL-0203 liegt bei. Nächste WKP 03/2029.',
          },
        ],
      },
      {
        name: 'betreiber_versand',
        description: 'Versendet Berichte an Betreiber',
        instructions: 'Versende freigegebene Berichte.',
        prompt: 'Prüfergebnis:\n{input}',
        replies: [
          {
            say: 'WKP-Bericht WEA 02 Brunsbek (Rev. 1, freigegeben) an die Brunsbek Wind GmbH & Co. KG versendet; nächste WKP 03/2029 im Kalender.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'blitzschutz-cluster-ohne-befund-kurz-gemeldet',
    title:
      'Ein Blitzschutzprüfer meldet in einem Satz "alle Messungen i. O." mit Grenzwert und Anzahl; die anderen liefern Tabellen, der Sammler übernimmt alles korrekt',
    domain: 'Blitzschutzprüfung',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: eine knappe Antwort, die aber vollständig ist',
    request:
      'Jährliche Blitzschutzmessung (Rezeptor-Ableitwiderstand, Grenzwert 50 mΩ) in den Parks Hahnenkamm (6 WEA) und Eichelberg (4 WEA). Bitte Ergebnisse je Park und Liste der Nacharbeiten.',
    topology: {
      shape: 'fanout',
      planner: 'messplaner',
      workers: ['lps_hahnenkamm', 'lps_eichelberg'],
      aggregator: 'nacharbeits_liste',
    },
    agents: [
      {
        name: 'messplaner',
        description: 'Plant Messkampagnen',
        instructions: 'Ein Auftrag je Park.',
        replies: [
          {
            plan: {
              lps_hahnenkamm:
                'Hahnenkamm H1–H6: Ableitwiderstand je Blatt (3 Rezeptoren), Grenzwert 50 mΩ, Überschreitungen einzeln nennen.',
              lps_eichelberg:
                'Eichelberg E1–E4: Ableitwiderstand je Blatt (3 Rezeptoren), Grenzwert 50 mΩ, Überschreitungen einzeln nennen.',
            },
          },
        ],
      },
      {
        name: 'lps_hahnenkamm',
        description: 'Blitzschutzmessung Hahnenkamm',
        instructions: 'Messwerte auswerten.',
        replies: [
          {
            call: 'messwerte',
            args: { park: 'Hahnenkamm' },
            result: 'H1-H6, 54 Messpunkte, max 63 mΩ (H4 Blatt C Spitze), sonst 8-31 mΩ',
          },
          {
            say: '| WEA | Max mΩ | Befund |\n|---|---|---|\n| H1 | 22 | i. O. |\n| H2 | 31 | i. O. |\n| H3 | 18 | i. O. |\n| H4 | **63** (Blatt C, Spitzenrezeptor) | Nacharbeit |\n| H5 | 27 | i. O. |\n| H6 | 14 | i. O. |',
          },
        ],
      },
      {
        name: 'lps_eichelberg',
        description: 'Blitzschutzmessung Eichelberg',
        instructions: 'Messwerte auswerten.',
        replies: [
          {
            call: 'messwerte',
            args: { park: 'Eichelberg' },
            result: 'E1-E4, 36 Messpunkte, max 24 mΩ, keine Überschreitung',
          },
          { say: 'Eichelberg: alle 36 Messpunkte (E1–E4) unter 50 mΩ, Maximum 24 mΩ — keine Nacharbeit.' },
        ],
      },
      {
        name: 'nacharbeits_liste',
        description: 'Erstellt die Nacharbeitsliste',
        instructions: 'Fasse zusammen.',
        replies: [
          {
            say: '**Blitzschutz 2027**\n- Hahnenkamm: 1 Überschreitung — **H4 Blatt C Spitzenrezeptor 63 mΩ** → Rezeptor und Ableiter prüfen/tauschen.\n- Eichelberg: 36/36 Messpunkte i. O. (max. 24 mΩ).\nNacharbeiten: 1.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'netzfehler-klassifizierung-pitchzweig-bleibt-ungenutzt',
    title:
      'Die Triage ordnet einen Netzspannungseinbruch dem Umrichterzweig zu; der Pitchzweig läuft nicht, was richtig ist, und der Melder fasst das Ergebnis des Umrichtertechnikers zusammen',
    domain: 'SCADA-Störungsmanagement',
    mast: ['FM-3.1', 'FM-2.1'],
    nearMissOf: 'lost_message / unused branch: ein Zweig, der nie läuft, weil er nicht gebraucht wird',
    request:
      'Windpark Wiesmoor: WEA 08 und WEA 09 haben um 13:47 gleichzeitig abgeschaltet. Bitte einordnen, entstören lassen und Meldung an die Betriebsführung.',
    topology: {
      shape: 'branch',
      classifier: 'stoerungs_triage',
      routes: { umrichter: 'umrichter_fachkraft', pitch: 'pitch_fachkraft' },
      after: 'bf_meldung',
    },
    agents: [
      {
        name: 'stoerungs_triage',
        description: 'Ordnet Störungen zu',
        instructions: 'Ordne zu (umrichter oder pitch) und gib Details weiter.',
        replies: [
          {
            call: 'alarmlog',
            args: { park: 'Wiesmoor', von: '2027-03-09T13:40', bis: '2027-03-09T13:50' },
            result:
              '13:47:21.340 WEA08 ALM 3402 Netzunterspannung L1-L3 (0,71 pu, 180 ms) -> STOP\n13:47:21.352 WEA09 ALM 3402 Netzunterspannung L1-L3 (0,70 pu, 182 ms) -> STOP\n13:47:25 UW Wiesmoor: Kurzunterbrechung 110 kV gemeldet',
          },
          {
            say: 'umrichter — WEA 08 und 09: ALM 3402 Netzunterspannung 0,70–0,71 pu, 180 ms, Ursache 110-kV-Kurzunterbrechung im UW. FRT-Verhalten prüfen, dann Reset.',
          },
        ],
      },
      {
        name: 'pitch_fachkraft',
        description: 'Entstört Pitchsysteme',
        instructions: 'Pitchstörungen bearbeiten.',
        replies: [{ say: 'keine Pitchstörung' }],
      },
      {
        name: 'umrichter_fachkraft',
        description: 'Entstört Umrichter',
        instructions: 'Entstöre und berichte.',
        prompt: 'Triage:\n{input}',
        replies: [
          {
            call: 'frt_auswertung_und_reset',
            args: { anlagen: ['WEA08', 'WEA09'] },
            result:
              'WEA08: FRT-Kennlinie eingehalten, Reset 14:02, RUN\nWEA09: FRT-Kennlinie eingehalten, Reset 14:03, RUN',
          },
          {
            say: 'WEA 08/09: FRT-Verhalten korrekt (Abschaltung außerhalb der Haltekurve), Reset 14:02/14:03, beide laufen.',
          },
        ],
      },
      {
        name: 'bf_meldung',
        description: 'Meldet an die Betriebsführung',
        instructions: 'Kurzmeldung schreiben.',
        prompt: 'Ergebnis:\n{input}',
        replies: [
          {
            say: 'Wiesmoor 09.03.: WEA 08/09 nach 110-kV-Kurzunterbrechung (13:47) abgeschaltet, FRT korrekt, Reset 14:02/14:03, beide in Betrieb.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'blattbefund-an-reparaturdisposition-tatsaechlich-uebergeben',
    title:
      'Der Blattinspekteur kündigt die Übergabe an die Reparaturdisposition an und übergibt auch; die Disposition legt den Auftrag an und antwortet',
    domain: 'Rotorblattinspektion und -reparatur',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: eine angekündigte Übergabe, die hier wirklich stattfindet',
    request:
      'Innenbefahrung WEA 04 Windpark Altmark (Nordex N149) hat einen Riss am Steg in Blatt A gemeldet. Bitte Befund bewerten und, falls nötig, die Reparatur beauftragen. Anlage steht bis dahin.',
    topology: {
      shape: 'swarm',
      entry: 'blatt_inspekteur',
      agents: ['blatt_inspekteur', 'reparatur_disposition'],
    },
    agents: [
      {
        name: 'blatt_inspekteur',
        description: 'Bewertet Blattbefunde',
        instructions: 'Bewerte den Befund und übergib Reparaturen an die Disposition.',
        replies: [
          {
            call: 'befund_laden',
            args: { anlage: 'WEA04', blatt: 'A', bericht: 'IB-2027-0219' },
            result:
              '{"befund": "Steg-Gurt-Verklebung Riss 340 mm bei r=21 m", "kategorie": 5, "empfehlung": "Anlage stillsetzen, Reparatur vor Wiederinbetriebnahme"}',
          },
          {
            handoff: 'reparatur_disposition',
            message:
              'Übergabe: WEA 04 Altmark Blatt A, Riss Steg-Gurt-Verklebung 340 mm bei r = 21 m, Kat. 5 (IB-2027-0219). Anlage bleibt gestoppt. Bitte Innenreparatur beauftragen.',
          },
        ],
      },
      {
        name: 'reparatur_disposition',
        description: 'Beauftragt Blattreparaturen',
        instructions: 'Lege den Reparaturauftrag an und melde ihn.',
        replies: [
          {
            call: 'auftrag_anlegen',
            args: { anlage: 'WEA04', blatt: 'A', art: 'Innenreparatur Steg', prio: 1 },
            result:
              'Auftrag RA-33107, Dienstleister BladeTec Nord, Start 15.03.2027, Dauer 4 Tage, Angebot 18.900 € netto',
          },
          {
            say: '**RA-33107** angelegt: Innenreparatur Steg Blatt A, WEA 04 Altmark, BladeTec Nord ab 15.03. (4 Tage, 18.900 € netto). Anlage bleibt bis zur Abnahme gestoppt.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch97Scenarios = [...faults, ...healthy];
