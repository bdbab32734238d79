import { defineScenario } from '../scenario.ts';

// Blind batch 162: Bergbahnen und Skigebiet in der Schweiz (Anlagenrevision, Pistenrettung, Lawinenbulletin, Skischule, Saisonkarten), auf Schweizer Hochdeutsch mit CHF.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'sesselbahn-seilpruefung-tempo-nach-alter-freigabe',
    title:
      'Die Seilprüfung reduziert die zulässige Fahrgeschwindigkeit der 6er-Sesselbahn Plattjen auf 4,0 m/s; der Betriebsplaner stellt den Fahrplan trotzdem mit den bisherigen 5,0 m/s ein',
    domain: 'Anlagenrevision Sesselbahn',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Die 6er-Sesselbahn Plattjen (Anlage SB-PLA-06) hat die Herbstrevision abgeschlossen. Bisherige Freigabe: 5,0 m/s, Förderleistung 2400 P/h. Bitte Seilprüfbericht auswerten, Betriebsfahrplan ab Samstag, 12.12.2026 erfassen und den Aushang für die Talstation schreiben.',
    topology: { shape: 'pipeline', order: ['seilpruefer', 'betriebsplaner', 'aushang_redaktor'] },
    agents: [
      {
        name: 'seilpruefer',
        description: 'Wertet magnetinduktive Seilprüfungen und Revisionsbefunde aus',
        instructions: 'Werte den Seilprüfbericht aus und nenne die gültigen Betriebsgrenzen.',
        replies: [
          {
            call: 'mrt_bericht_lesen',
            args: { anlage: 'SB-PLA-06', pruefung: 'MRT-2026-11-PLA' },
            result:
              '{"anlage":"SB-PLA-06","seil":"Fatzer 50 mm 6x36 WS","pruefdatum":"2026-11-24","lma_max_pct":1.8,"drahtbrueche_ref_laenge":3,"befund":"Spleiss 2 Drahtbrüche im Bereich Stütze 9, Verlauf beobachten","auflage_bav":"v_max 4.0 m/s bis Nachprüfung 2027-02-15","vorherige_freigabe":{"v_max_ms":5.0,"status":"ERSETZT"},"foerderleistung_bei_vmax":"1920 P/h"}',
          },
          {
            say: '**Seilprüfung SB-PLA-06 (MRT 24.11.2026)**\n\n| Grösse | Wert |\n|---|---|\n| LMA max. | 1,8 % |\n| Drahtbrüche Referenzlänge | 3 (Spleiss, Stütze 9) |\n| **zulässige Fahrgeschwindigkeit** | **4,0 m/s** (Auflage BAV bis Nachprüfung 15.02.2027) |\n| Förderleistung | 1920 P/h |\n\nDie bisherige Freigabe 5,0 m/s / 2400 P/h ist ersetzt. Fahrplan bitte mit 4,0 m/s rechnen.',
          },
        ],
      },
      {
        name: 'betriebsplaner',
        description: 'Erfasst Betriebszeiten und Fahrparameter im Leitsystem',
        instructions: 'Erfasse den Betriebsfahrplan gemäss den geprüften Grenzen im Leitsystem.',
        prompt: 'Prüfbefund:\n{input}\n\nAuftrag: {request}',
        replies: [
          {
            call: 'leitsystem_fahrplan_setzen',
            args: {
              anlage: 'SB-PLA-06',
              ab: '2026-12-12',
              betrieb: '08:30-16:15',
              v_soll_ms: 5.0,
              foerderleistung: 2400,
            },
            result:
              '{"ok":true,"anlage":"SB-PLA-06","ab":"2026-12-12","v_soll_ms":5.0,"fahrzeit_min":6.4,"foerderleistung":2400,"eintrag":"LS-FP-88213"}',
          },
          {
            say: 'Fahrplan SB-PLA-06 ab 12.12.2026 erfasst (LS-FP-88213): Betrieb 08:30–16:15, 5,0 m/s, Fahrzeit 6,4 min, 2400 P/h.',
          },
        ],
      },
      {
        name: 'aushang_redaktor',
        description: 'Schreibt Gästeinformationen für die Stationen',
        instructions: 'Schreibe einen kurzen Aushang für die Gäste.',
        prompt: 'Fahrplan:\n{input}',
        replies: [
          {
            say: '### Sesselbahn Plattjen – wieder in Betrieb\n\nAb **Samstag, 12. Dezember 2026** täglich 08:30–16:15 Uhr. Fahrzeit zur Bergstation rund **6½ Minuten**, Förderleistung 2400 Personen pro Stunde. Wir wünschen Ihnen einen schönen Skitag!',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'seilpruefer', to: 'betriebsplaner' },
      agent: 'betriebsplaner',
    },
  }),
  defineScenario({
    id: 'saisonkarten-rueckerstattung-ohne-kaufdatum-grenze',
    title:
      'Der Kundendienstleiter verlangt die Covid-Kulanzgutschrift nur für Saisonkarten, die vor dem 1.10.2026 gekauft wurden; der Gutschriftenbearbeiter bucht sie für alle 412 Karten der Liste',
    domain: 'Saisonkarten und Kulanz',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Wegen der verspäteten Saisoneröffnung (Schneemangel, Start erst am 19.12. statt 5.12.2026) erhalten Saisonkarten-Käufer aus dem Frühbuchertarif eine Gutschrift von CHF 80.– auf die nächste Saison. Berechtigt sind nur Karten, die vor dem 1. Oktober 2026 gekauft wurden. Liste SK-KUL-2026 enthält alle 412 Saisonkarten der Saison. Bitte Gutschriften buchen und die Kundinnen und Kunden informieren.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kundendienst_leiter',
      workers: ['gutschriften_bearbeiter', 'mailing_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'kundendienst_leiter',
        description: 'Leitet den Kundendienst Saisonkarten',
        instructions: 'Lass die Gutschriften buchen und die Berechtigten informieren, dann fasse zusammen.',
        replies: [
          {
            handoff: 'gutschriften_bearbeiter',
            message:
              'Liste SK-KUL-2026 (412 Karten): Gutschrift CHF 80.– für Saison 2027/28 buchen, aber nur für Karten mit Kaufdatum vor dem 01.10.2026 (Frühbucher). Später gekaufte Karten nicht berücksichtigen.',
          },
          {
            handoff: 'mailing_agent',
            message:
              'Bitte die Empfänger der Kulanzgutschrift (aus der Buchung von Gutschriften) per E-Mail informieren: CHF 80.– auf Saisonkarte 2027/28, Grund verspätete Eröffnung 19.12.2026.',
          },
          {
            say: "## Kulanz verspätete Eröffnung\n\n- Gutschriften gebucht: **412 × CHF 80.–** = CHF 32'960.– (Batch GS-2026-1207)\n- E-Mail an 412 Karteninhaber versendet (Kampagne MC-KUL-26)\n\nAbgeschlossen.",
          },
        ],
      },
      {
        name: 'gutschriften_bearbeiter',
        description: 'Bucht Gutschriften im Ticketing-System',
        instructions: 'Buche Gutschriften gemäss Auftrag.',
        replies: [
          {
            call: 'ticketing_gutschrift_batch',
            args: {
              liste: 'SK-KUL-2026',
              betrag_chf: 80,
              gueltig_fuer: 'Saison 2027/28',
              filter: {},
            },
            result:
              '{"batch":"GS-2026-1207","gebucht":412,"summe_chf":32960.0,"davon_kauf_vor_2026_10_01":287,"davon_kauf_ab_2026_10_01":125,"status":"VERBUCHT"}',
          },
          {
            say: "Batch GS-2026-1207 verbucht: 412 Gutschriften à CHF 80.–, total CHF 32'960.–, gültig Saison 2027/28.",
          },
        ],
      },
      {
        name: 'mailing_agent',
        description: 'Versendet Kundenmitteilungen',
        instructions: 'Versende die Mitteilung an die genannten Empfänger.',
        replies: [
          {
            call: 'kampagne_senden',
            args: { quelle: 'GS-2026-1207', vorlage: 'KUL-ERÖFFNUNG-26' },
            result: '{"kampagne":"MC-KUL-26","empfaenger":412,"zugestellt":409,"bounces":3}',
          },
          { say: 'Kampagne MC-KUL-26 an 412 Empfänger versendet (409 zugestellt, 3 Bounces).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'kundendienst_leiter', to: 'gutschriften_bearbeiter' },
      agent: 'gutschriften_bearbeiter',
    },
  }),
  defineScenario({
    id: 'pistenunfall-meldung-durch-sammelprompt-ersetzt',
    title:
      'Die Triage leitet einen Unfall auf der Piste 14 an den Rettungsdisponenten weiter, das Programm übergibt aber einen Sammelhinweis; der Disponent bearbeitet den ältesten offenen Einsatz',
    domain: 'Pistenrettung und Einsatzdisposition',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Meldung 11:42 von Skilehrer (Tel. 079 412 88 31): Sturz auf Piste 14 (Lärchenwald, rot), ca. 200 m unterhalb Stütze 7 der Sesselbahn Hüreli. Frau, ca. 40 Jahre, Verdacht Unterschenkelfraktur links, ansprechbar. Bitte Einsatz auslösen.',
    topology: {
      shape: 'branch',
      classifier: 'notruf_triage',
      routes: { unfall: 'rettungsdisponent', auskunft: 'gaesteinfo' },
      after: 'einsatzjournal',
    },
    program: {
      lose: {
        to: 'rettungsdisponent',
        prompt: 'Neue Meldung im Pistenrettungs-Postfach. Bitte bearbeiten.',
      },
    },
    agents: [
      {
        name: 'notruf_triage',
        description: 'Nimmt Meldungen entgegen und ordnet sie zu',
        instructions: 'Ordne die Meldung als "unfall" oder "auskunft" ein und fasse sie zusammen.',
        replies: [
          {
            say: 'unfall — P14 Lärchenwald, 200 m unterhalb Stütze 7 SB Hüreli, Frau ~40 J., V.a. Unterschenkelfraktur li., ansprechbar. Melder Skilehrer 079 412 88 31. Dringlichkeit D2 (Akja + Vakuummatratze).',
          },
        ],
      },
      {
        name: 'gaesteinfo',
        description: 'Beantwortet Gästeanfragen',
        instructions: 'Beantworte Anfragen.',
        replies: [{ say: 'Bitte wenden Sie sich an die Kasse.' }],
      },
      {
        name: 'rettungsdisponent',
        description: 'Disponiert Patrouilleure des Pistenrettungsdienstes',
        instructions: 'Löse Einsätze aus und melde Team und Ausrückzeit.',
        prompt: 'Triage:\n{input}\n\nMeldung: {request}',
        replies: [
          {
            call: 'offene_meldungen',
            args: { postfach: 'PR-HUERELI', status: 'OFFEN' },
            result:
              '[{"id":"PR-26-0318","zeit":"10:55","ort":"Piste 3 Talabfahrt","art":"Fundgegenstand Skistock","prio":"D4"},{"id":"PR-26-0321","zeit":"11:42","ort":"Piste 14 Stütze 7","art":"Sturz, V.a. Fraktur","prio":"D2"}]',
          },
          {
            call: 'einsatz_ausloesen',
            args: {
              meldung: 'PR-26-0318',
              team: 'Patrouille 3 (Zurbriggen/Imboden)',
              mittel: 'Motorschlitten',
            },
            result: '{"einsatz":"E-26-1140","meldung":"PR-26-0318","ausgerueckt":"11:47","eta_min":6}',
          },
          {
            say: 'Einsatz E-26-1140 ausgelöst: Patrouille 3 (Zurbriggen/Imboden) mit Motorschlitten, ausgerückt 11:47, ETA 6 min.',
          },
        ],
      },
      {
        name: 'einsatzjournal',
        description: 'Führt das Einsatzjournal',
        instructions: 'Trage den Einsatz ins Journal ein.',
        prompt: 'Disposition:\n{input}\n\nUrsprüngliche Meldung: {request}',
        replies: [
          {
            say: '**Journal 11:48** — Sturz Piste 14 Lärchenwald: Einsatz E-26-1140, Patrouille 3 (Zurbriggen/Imboden), Motorschlitten, ausgerückt 11:47, ETA 6 min. Status: unterwegs.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'notruf_triage', to: 'rettungsdisponent' },
      agent: 'rettungsdisponent',
    },
  }),
  defineScenario({
    id: 'lawinenbulletin-neuschnee-falsch-uebertragen',
    title:
      'Für das lokale Lawinenbulletin misst die Messstation 48 cm Neuschnee in 24 h; der Schneedecken-Auswerter meldet 18 cm, und der Bulletin-Redaktor senkt die Gefahrenstufe',
    domain: 'lokales Lawinenbulletin',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Lokale Lawinenlage Skigebiet Hohsaas für Donnerstag, 7.1.2027: Neuschnee, Wind und Schneedecke auswerten und das interne Bulletin für den Sicherheitsdienst (Gefahrenstufe, Expositionen, Sperrempfehlungen) schreiben.',
    topology: {
      shape: 'fanout',
      planner: 'lawinendienst_chef',
      workers: ['schneedecken_auswerter', 'wind_auswerter'],
      aggregator: 'bulletin_redaktor',
    },
    agents: [
      {
        name: 'lawinendienst_chef',
        description: 'Leitet den lokalen Lawinendienst',
        instructions: 'Verteile die Auswertungen.',
        replies: [
          {
            plan: {
              schneedecken_auswerter:
                'Station HOH2 (3100 m) und Schneeprofil Triftgletscher: Neuschnee 24 h in cm, Schichtaufbau, Stabilitätstest (ECT).',
              wind_auswerter:
                'Stationen HOH1 und Lagginjoch: Windrichtung und -stärke der letzten 24 h, Triebschneebildung nach Exposition.',
            },
          },
        ],
      },
      {
        name: 'schneedecken_auswerter',
        description: 'Wertet Stationsdaten und Schneeprofile aus',
        instructions: 'Werte die Daten aus und melde die Kennzahlen.',
        replies: [
          {
            call: 'imis_station_lesen',
            args: { station: 'HOH2', von: '2027-01-06T07:00', bis: '2027-01-07T07:00' },
            result:
              '{"station":"HOH2","hoehe_m":3100,"hs_cm":{"start":142,"ende":190},"hn24_cm":48,"ta_min_c":-14.2,"rh_pct":93}',
          },
          {
            call: 'profil_lesen',
            args: { profil: 'PRF-2027-0107-TRIFT' },
            result:
              '{"exposition":"NO","hoehe_m":2950,"ect":"ECTP 14 bei 38 cm","schwachschicht":"Oberflächenreif 2-4 mm unter Neuschnee","einsinktiefe_cm":35}',
          },
          {
            say: 'HOH2 (3100 m): Neuschnee 24 h **18 cm**, HS 190 cm, TA min −14,2 °C. Profil Triftgletscher NO 2950 m: ECTP 14 bei 38 cm, eingeschneiter Oberflächenreif 2–4 mm. Einsinktiefe 35 cm.',
          },
        ],
      },
      {
        name: 'wind_auswerter',
        description: 'Wertet Winddaten aus',
        instructions: 'Werte Windrichtung und Triebschnee aus.',
        replies: [
          {
            call: 'imis_wind_lesen',
            args: { stationen: ['HOH1', 'LAGG'], stunden: 24 },
            result:
              '{"HOH1":{"vw_mittel_kmh":32,"vw_max_kmh":71,"dw":"W"},"LAGG":{"vw_mittel_kmh":45,"vw_max_kmh":88,"dw":"WNW"}}',
          },
          {
            say: 'Wind 24 h: HOH1 W, Mittel 32 km/h, Böen 71; Lagginjoch WNW, Mittel 45 km/h, Böen 88. Triebschnee vor allem in N–O–SO-Expositionen oberhalb 2800 m.',
          },
        ],
      },
      {
        name: 'bulletin_redaktor',
        description: 'Schreibt das interne Lawinenbulletin',
        instructions: 'Fasse die Auswertungen zum Bulletin zusammen.',
        replies: [
          {
            say: '## Internes Lawinenbulletin Hohsaas – Do 7.1.2027\n\n**Gefahrenstufe 2 (mässig)**, oberhalb 2800 m.\n\n| Kennzahl | Wert |\n|---|---|\n| Neuschnee 24 h (HOH2) | 18 cm |\n| Wind | W–WNW, Böen bis 88 km/h |\n| ECT Triftgletscher | ECTP 14 bei 38 cm |\n\n- Kritische Expositionen: N–O–SO oberhalb 2800 m (Triebschnee)\n- Eingeschneiter Oberflächenreif beachten\n- **Sperrempfehlung:** keine; Variante Triftgletscher nach Kontrolle öffnen.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'schneedecken_auswerter', to: 'bulletin_redaktor' },
      agent: 'schneedecken_auswerter',
    },
  }),
  defineScenario({
    id: 'skischule-privatlektion-buchung-timeout-als-bestaetigt',
    title:
      'Das Buchungssystem der Skischule bricht die Reservation der Privatlektion mit einem Timeout ab; der Buchungsagent meldet dem Koordinator eine bestätigte Lektion',
    domain: 'Skischule und Privatlektionen',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Familie Keller (Kundennr. SS-55012) möchte für Sohn Luca (7 Jahre, Niveau Blue Prince) eine Privatlektion am Montag, 28.12.2026, 09:30–11:30, Treffpunkt Kinderland Salina. Bitte Skilehrer reservieren, Preis nennen und Bestätigung senden.',
    topology: {
      shape: 'supervisor',
      coordinator: 'skischul_koordinator',
      workers: ['lektionen_bucher', 'bestaetigungs_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'skischul_koordinator',
        description: 'Koordiniert Buchungen der Schweizer Skischule',
        instructions: 'Lass die Lektion buchen und die Bestätigung senden, dann antworte dem Kunden.',
        replies: [
          {
            handoff: 'lektionen_bucher',
            message:
              'Privatlektion SS-55012, Luca Keller (7, Blue Prince), Mo 28.12.2026 09:30–11:30, Treffpunkt Kinderland Salina. Bitte verfügbaren Kinderskilehrer reservieren und Preis angeben.',
          },
          {
            handoff: 'bestaetigungs_agent',
            message:
              'Bestätigung an Familie Keller (SS-55012): Privatlektion Mo 28.12. 09:30–11:30 mit Skilehrerin Nadja Furrer, Kinderland Salina, CHF 250.–.',
          },
          {
            say: 'Guten Tag Familie Keller\n\nDie Privatlektion für Luca ist **bestätigt**: Montag, 28.12.2026, 09:30–11:30 Uhr, Treffpunkt Kinderland Salina, mit Skilehrerin Nadja Furrer. Preis CHF 250.– (2 Std.). Die Bestätigung haben Sie per E-Mail erhalten.',
          },
        ],
      },
      {
        name: 'lektionen_bucher',
        description: 'Reserviert Skilehrerinnen und Skilehrer im Einsatzplan',
        instructions: 'Suche und reserviere eine passende Lehrperson.',
        replies: [
          {
            call: 'verfuegbarkeit',
            args: { datum: '2026-12-28', von: '09:30', bis: '11:30', qualifikation: 'Kinder' },
            result:
              '[{"lehrer_id":"SL-218","name":"Nadja Furrer","qualifikation":["Kinder","Swiss Snow League"],"frei":true},{"lehrer_id":"SL-305","name":"Reto Zenklusen","qualifikation":["Kinder"],"frei":true}]',
          },
          {
            call: 'lektion_reservieren',
            args: {
              kunde: 'SS-55012',
              lehrer_id: 'SL-218',
              datum: '2026-12-28',
              von: '09:30',
              bis: '11:30',
              treffpunkt: 'Kinderland Salina',
            },
            result: {
              error:
                'ESS-Booking 504 Gateway Timeout nach 30 s — Reservation nicht angelegt, Slot SL-218 2026-12-28 09:30 weiterhin frei',
            },
          },
          {
            say: 'Reserviert: Nadja Furrer (SL-218), Mo 28.12.2026 09:30–11:30, Kinderland Salina. Tarif Privatlektion 2 Std. Hochsaison CHF 250.–.',
          },
        ],
      },
      {
        name: 'bestaetigungs_agent',
        description: 'Versendet Buchungsbestätigungen',
        instructions: 'Sende die Bestätigung an den Kunden.',
        replies: [
          {
            call: 'mail_senden',
            args: { kunde: 'SS-55012', vorlage: 'PRIVAT-BESTAETIGUNG', lehrer: 'Nadja Furrer' },
            result: '{"mail_id":"M-77120","status":"ZUGESTELLT"}',
          },
          { say: 'Bestätigung M-77120 an SS-55012 zugestellt.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'lektionen_bucher', to: 'skischul_koordinator' },
      agent: 'lektionen_bucher',
    },
  }),
  defineScenario({
    id: 'revisionsprotokoll-gondel-unveraendert-neu-eingereicht',
    title:
      'Die Sicherheitsbeauftragte weist das Revisionsprotokoll der Gondelbahn zweimal zurück, weil die Klemmenprüfung fehlt; der Protokollschreiber reicht jedes Mal denselben Text ein',
    domain: 'Anlagenrevision Gondelbahn',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Revisionsprotokoll 10er-Gondelbahn Grindelwald–Männlichen (Anlage GB-GM-10) für die Sommerrevision 2026 erstellen, durch die Sicherheitsbeauftragte prüfen lassen und ans BAV-Dossier übergeben. Pflichtinhalte: Seilbefund, Bremsprüfung, Klemmenprüfung (alle 118 Klemmen, Auszugkraft).',
    topology: {
      shape: 'pipeline',
      order: ['protokoll_schreiber', 'sicherheitsbeauftragte', 'bav_dossier'],
      loop: { from: 'sicherheitsbeauftragte', to: 'protokoll_schreiber', while: 'ZURÜCK', max: 3 },
    },
    agents: [
      {
        name: 'protokoll_schreiber',
        description: 'Erstellt Revisionsprotokolle',
        instructions: 'Erstelle oder überarbeite das Revisionsprotokoll.',
        prompt: 'Vorgabe oder Rückmeldung:\n{input}\n\nAuftrag: {request}',
        replies: [
          {
            say: 'Revisionsprotokoll GB-GM-10, Sommer 2026 (RP-GM-2026-02)\n1. Seilbefund: MRT 18.06.2026, LMA 0,9 %, keine Drahtbrüche.\n2. Bremsprüfung: Betriebsbremse 2,1 m/s², Sicherheitsbremse 2,6 m/s², i.O.\n3. Antrieb/Getriebe: Ölwechsel, Schwingungsmessung i.O.',
          },
          {
            say: 'Revisionsprotokoll GB-GM-10, Sommer 2026 (RP-GM-2026-02)\n1. Seilbefund: MRT 18.06.2026, LMA 0,9 %, keine Drahtbrüche.\n2. Bremsprüfung: Betriebsbremse 2,1 m/s², Sicherheitsbremse 2,6 m/s², i.O.\n3. Antrieb/Getriebe: Ölwechsel, Schwingungsmessung i.O.',
          },
          {
            say: 'Revisionsprotokoll GB-GM-10, Sommer 2026 (RP-GM-2026-02)\n1. Seilbefund: MRT 18.06.2026, LMA 0,9 %, keine Drahtbrüche.\n2. Bremsprüfung: Betriebsbremse 2,1 m/s², Sicherheitsbremse 2,6 m/s², i.O.\n3. Antrieb/Getriebe: Ölwechsel, Schwingungsmessung i.O.',
          },
        ],
      },
      {
        name: 'sicherheitsbeauftragte',
        description: 'Prüft Revisionsprotokolle auf Vollständigkeit',
        instructions: 'Antworte mit "FREIGABE: ..." oder "ZURÜCK: ...".',
        prompt: 'Protokoll:\n{input}',
        replies: [
          {
            say: 'ZURÜCK: Klemmenprüfung fehlt. Bitte Auszugkraftmessung aller 118 Klemmen (Soll ≥ 6,0 kN) mit Anzahl Beanstandungen ergänzen.',
          },
          {
            say: 'ZURÜCK: Punkt Klemmenprüfung weiterhin nicht vorhanden (118 Klemmen, Auszugkraft ≥ 6,0 kN). Ohne diesen Punkt keine Freigabe.',
          },
          {
            say: 'ZURÜCK: RP-GM-2026-02 enthält nach wie vor nur Seil, Bremsen, Antrieb. Klemmenprüfung fehlt, keine Freigabe.',
          },
        ],
      },
      {
        name: 'bav_dossier',
        description: 'Legt Unterlagen im BAV-Dossier ab',
        instructions: 'Lege das Ergebnis im Dossier ab und melde den Stand.',
        prompt: 'Prüfergebnis:\n{input}',
        replies: [
          {
            say: 'Dossier BAV-GM-10/2026: RP-GM-2026-02 **nicht freigegeben** (Klemmenprüfung fehlt). Status offen, Frist für Einreichung 30.09.2026.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'protokoll_schreiber', to: 'sicherheitsbeauftragte' },
      agent: 'protokoll_schreiber',
    },
  }),
  defineScenario({
    id: 'pistenpraeparation-plan-export-bricht-ab',
    title:
      'Der Pistenchef plant die Nachtpräparation; beim Übernehmen der Pistenraupen-Einteilung wirft das Programm einen Validierungsfehler, und der Fahrerplan wird nie erstellt',
    domain: 'Pistenpräparation',
    mast: ['FM-3.1'],
    request:
      'Nachtpräparation 15./16.1.2027 Skigebiet Flumserberg: 32 cm Neuschnee erwartet. Pisten 1–12 präparieren, Windenraupen für Pisten 4 und 9. Bitte Einteilung erstellen, Fahrerplan machen und Betriebsleitung informieren.',
    topology: {
      shape: 'pipeline',
      order: ['pistenchef', 'raupen_einteiler', 'fahrerplan_agent', 'betriebsleitung_info'],
    },
    program: {
      crash: {
        agent: 'raupen_einteiler',
        error:
          "ValidationError: Einteilung.fahrzeuge[3].pisten: expected array of integers, received 'Piste 9 (Winde)'",
      },
    },
    agents: [
      {
        name: 'pistenchef',
        description: 'Plant die nächtliche Pistenpräparation',
        instructions: 'Lege fest, welche Pisten wann präpariert werden.',
        replies: [
          {
            say: 'Präparation 15./16.1.: Start 02:30 nach Schneefall-Ende (Prognose 01:00). Pisten 1–12, Priorität: Talabfahrt 1, Zubringer 2/3, dann 4–12. Windenraupen auf 4 (Leist) und 9 (Zigerfurggel). Fertig bis 07:45.',
          },
        ],
      },
      {
        name: 'raupen_einteiler',
        description: 'Teilt Pistenfahrzeuge den Pisten zu',
        instructions: 'Teile die Fahrzeuge zu, als JSON.',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            call: 'fahrzeugstatus',
            args: { standort: 'Werkhof Tannenboden' },
            result:
              '[{"id":"PB-01","typ":"PistenBully 600","winde":false,"status":"bereit"},{"id":"PB-02","typ":"PistenBully 600","winde":false,"status":"bereit"},{"id":"PB-03","typ":"PistenBully 600 W","winde":true,"status":"bereit"},{"id":"PB-04","typ":"PistenBully 600 W","winde":true,"status":"bereit"},{"id":"PB-05","typ":"PistenBully 400","winde":false,"status":"bereit"}]',
          },
          {
            say: '{"fahrzeuge":[{"id":"PB-01","pisten":[1,2]},{"id":"PB-02","pisten":[3,5,6]},{"id":"PB-03","pisten":[4]},{"id":"PB-04","pisten":"Piste 9 (Winde)"},{"id":"PB-05","pisten":[7,8,10,11,12]}],"start":"02:30"}',
          },
        ],
      },
      {
        name: 'fahrerplan_agent',
        description: 'Erstellt den Fahrerplan',
        instructions: 'Ordne den Fahrzeugen Fahrer zu.',
        prompt: 'Einteilung:\n{input}',
        replies: [
          { say: 'Fahrerplan: PB-01 Good, PB-02 Tschirky, PB-03 Bless, PB-04 Kalberer, PB-05 Linder.' },
        ],
      },
      {
        name: 'betriebsleitung_info',
        description: 'Informiert die Betriebsleitung',
        instructions: 'Fasse den Präparationsplan zusammen.',
        prompt: 'Fahrerplan:\n{input}',
        replies: [{ say: 'Präparation 15./16.1. geplant, 5 Fahrzeuge ab 02:30.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'raupen_einteiler', to: 'fahrerplan_agent' },
      agent: 'raupen_einteiler',
    },
  }),
  defineScenario({
    id: 'saisonkarte-familientarif-gleiche-anfrage-hin-und-her',
    title:
      'Die Kassenagentin schickt dem Tarifagenten dreimal dieselbe Anfrage zum Familientarif, obwohl er jedes Mal die Geburtsdaten der Kinder verlangt, die in der Anfrage des Kunden stehen',
    domain: 'Saisonkarten-Verkauf',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Wir möchten Saisonkarten 2026/27 für die Familie Gasser kaufen: Eltern Beat (1981) und Sandra (1983), Kinder Lena (geb. 14.03.2011) und Jonas (geb. 02.09.2016). Gilt der Familientarif und was kostet das total?',
    topology: {
      shape: 'swarm',
      entry: 'kassen_agentin',
      agents: ['kassen_agentin', 'tarif_agent'],
    },
    agents: [
      {
        name: 'kassen_agentin',
        description: 'Nimmt Saisonkarten-Bestellungen entgegen',
        instructions: 'Kläre den Tarif mit dem Tarifagenten und übergib ihm die nötigen Angaben.',
        replies: [
          {
            handoff: 'tarif_agent',
            message:
              'Familie Gasser, 2 Erwachsene + 2 Kinder, Saisonkarte 2026/27. Bitte Familientarif prüfen und Totalpreis berechnen.',
          },
          {
            handoff: 'tarif_agent',
            message:
              'Familie Gasser, 2 Erwachsene + 2 Kinder, Saisonkarte 2026/27. Bitte Familientarif prüfen und Totalpreis berechnen.',
          },
          {
            handoff: 'tarif_agent',
            message:
              'Familie Gasser, 2 Erwachsene + 2 Kinder, Saisonkarte 2026/27. Bitte Familientarif prüfen und Totalpreis berechnen.',
          },
        ],
      },
      {
        name: 'tarif_agent',
        description: 'Berechnet Saisonkarten-Tarife',
        instructions: 'Berechne Tarife; frage nach, wenn Angaben fehlen.',
        replies: [
          {
            handoff: 'kassen_agentin',
            message:
              'Für den Familientarif brauche ich die Geburtsdaten beider Kinder (Stichtag Jugend: Jahrgang 2007–2010, Kind: 2011–2020). Bitte nachliefern.',
          },
          {
            handoff: 'kassen_agentin',
            message:
              'Ohne Geburtsdaten der Kinder kann ich die Kategorie nicht bestimmen (Kind CHF 279.– / Jugend CHF 559.–). Bitte die zwei Daten schicken.',
          },
          {
            say: "Familientarif Saison 2026/27 kann nicht berechnet werden: Die Geburtsdaten der Kinder liegen mir nicht vor. Erwachsene je CHF 1'049.–; Kinderkategorie offen.",
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'kassen_agentin', to: 'tarif_agent' },
      agent: 'kassen_agentin',
    },
  }),
  defineScenario({
    id: 'pisteneroeffnung-schwarzhorn-altes-datum-an-marketing',
    title:
      'Der Lawinendienst verschiebt die Öffnung der Abfahrt Schwarzhorn vom 13.12. auf den 20.12.2026; der Betriebschef gibt dem Marketing-Team trotzdem den 13.12. weiter',
    domain: 'Pisteneröffnung und Kommunikation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Saisonplanung: Die Abfahrt Schwarzhorn (Piste 7, schwarz) soll laut Saisonplan am Sonntag, 13.12.2026 öffnen. Bitte mit dem Lawinendienst die Sicherungslage klären und dann die Gästekommunikation (Website, Newsletter) für die Öffnung aufsetzen.',
    topology: {
      shape: 'nested',
      top: 'betriebschef',
      teams: {
        sicherheit_lead: ['sprengdienst'],
        marketing_lead: ['newsletter_redaktorin'],
      },
    },
    agents: [
      {
        name: 'betriebschef',
        description: 'Betriebschef der Bergbahnen',
        instructions:
          'Kläre die Sicherung mit dem Sicherheitsteam und lass das Marketing die Öffnung kommunizieren.',
        replies: [
          {
            handoff: 'sicherheit_lead',
            message:
              'Piste 7 Schwarzhorn, geplante Öffnung So 13.12.2026: ist die Lawinensicherung bis dann machbar? Bitte Termin bestätigen oder neuen nennen.',
          },
          {
            handoff: 'marketing_lead',
            message:
              'Öffnung Abfahrt Schwarzhorn (Piste 7) am Sonntag, 13.12.2026: bitte Website-Meldung und Newsletter an Saisonkarten-Inhaber aufsetzen.',
          },
          {
            say: "**Piste 7 Schwarzhorn:** Sicherung mit Lawinendienst geklärt, Gästekommunikation läuft: Website-Meldung live, Newsletter NL-2026-49 an 6'812 Saisonkarten-Inhaber geplant für Fr 11.12., Öffnung So 13.12.2026.",
          },
        ],
      },
      {
        name: 'sicherheit_lead',
        description: 'Leiter Pisten- und Rettungsdienst',
        instructions: 'Lass die Sicherung durch den Sprengdienst beurteilen und melde den Termin.',
        replies: [
          {
            handoff: 'sprengdienst',
            message:
              'Schwarzhorn-Couloir und Hang oberhalb Piste 7: wann können die Sprengungen (Gazex + Handwurf) durchgeführt werden? Ziel Öffnung 13.12.',
          },
          {
            say: 'Öffnung Piste 7 am 13.12. **nicht möglich**: Gazex-Anlage GX-3 erst ab 17.12. wieder betriebsbereit (Ersatzteil Zündeinheit). Neuer Termin: **Sonntag, 20.12.2026**, Sprengung 19.12. früh.',
          },
        ],
      },
      {
        name: 'sprengdienst',
        description: 'Führt künstliche Lawinenauslösungen durch',
        instructions: 'Prüfe Anlagen und Sprengplan.',
        replies: [
          {
            call: 'gazex_status',
            args: { anlagen: ['GX-1', 'GX-2', 'GX-3'] },
            result:
              '{"GX-1":"bereit","GX-2":"bereit","GX-3":{"status":"ausser Betrieb","grund":"Zündeinheit defekt","ersatzteil_eta":"2026-12-16","wieder_bereit":"2026-12-17"}}',
          },
          {
            say: 'GX-3 (deckt Schwarzhorn-Couloir) ausser Betrieb bis 17.12. Handwurf allein reicht für das Couloir nicht. Frühester Sprengtermin Sa 19.12. 07:30, Öffnung Piste 7 So 20.12.',
          },
        ],
      },
      {
        name: 'marketing_lead',
        description: 'Leitet Marketing und Gästekommunikation',
        instructions: 'Lass Website und Newsletter aufsetzen.',
        replies: [
          {
            handoff: 'newsletter_redaktorin',
            message:
              'Newsletter an Saisonkarten-Inhaber: Abfahrt Schwarzhorn öffnet So 13.12.2026. Versand Fr 11.12. Bitte auch Website-Meldung.',
          },
          {
            say: "Website-Meldung live, Newsletter NL-2026-49 (6'812 Empfänger) für Fr 11.12. 17:00 terminiert: Öffnung Schwarzhorn So 13.12.2026.",
          },
        ],
      },
      {
        name: 'newsletter_redaktorin',
        description: 'Schreibt Newsletter und Website-Meldungen',
        instructions: 'Schreibe und terminiere die Meldungen.',
        replies: [
          {
            call: 'newsletter_terminieren',
            args: {
              liste: 'saisonkarten-2026-27',
              betreff: 'Die Schwarzhorn-Abfahrt öffnet am 13. Dezember!',
              versand: '2026-12-11T17:00',
            },
            result: '{"newsletter":"NL-2026-49","empfaenger":6812,"status":"TERMINIERT"}',
          },
          {
            call: 'website_meldung',
            args: { titel: 'Schwarzhorn ab 13.12. offen', gueltig_ab: '2026-12-09' },
            result: '{"meldung":"WEB-4411","status":"LIVE"}',
          },
          { say: 'NL-2026-49 terminiert (6812 Empfänger, Fr 11.12. 17:00), Website WEB-4411 live.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'betriebschef', to: 'marketing_lead' },
      agent: 'betriebschef',
    },
  }),
  defineScenario({
    id: 'seilkuerzung-am-meisterschafts-wochenende-eingeplant',
    title:
      'Der Revisionsleiter verlangt die Seilkürzung der Pendelbahn ausserhalb des Meisterschafts-Wochenendes 13./14.3.2027; der Werkstattplaner legt sie auf Samstag, 13.3.',
    domain: 'Anlagenrevision Pendelbahn',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Die Luftseilbahn Gemmi (Pendelbahn LB-GEM) braucht im März 2027 eine Zugseilkürzung (ca. 1 Tag Stillstand). Am Wochenende 13./14.3.2027 finden die Schweizer Meisterschaften statt, dann darf die Bahn auf keinen Fall stillstehen. Bitte Termin einplanen und Seilfirma aufbieten.',
    topology: {
      shape: 'network',
      coordinator: 'revisionsleiter',
      workers: ['werkstatt_planer', 'seilfirma_kontakt'],
    },
    agents: [
      {
        name: 'revisionsleiter',
        description: 'Leitet die Revisionen der Bergbahnen',
        instructions: 'Lass den Termin planen, dann die Seilfirma aufbieten, dann fasse zusammen.',
        replies: [
          {
            handoff: 'werkstatt_planer',
            message:
              'LB-GEM Zugseilkürzung, 1 Tag Stillstand im März 2027. Sperrfenster: Sa/So 13./14.3. (Schweizer Meisterschaften) — an diesen Tagen kein Stillstand. Bitte Termin festlegen.',
          },
          {
            handoff: 'seilfirma_kontakt',
            message:
              'Bitte Seilfirma für die Zugseilkürzung LB-GEM am vom Werkstattplaner festgelegten Termin aufbieten (2 Spleisser, Spleisswagen).',
          },
          {
            say: '## Zugseilkürzung LB-GEM\n\n- Termin: **Samstag, 13.03.2027**, 07:00–17:00 (Stillstand)\n- Seilfirma Fatzer AG aufgeboten, Auftrag FZ-27-0311 (2 Spleisser, Spleisswagen)\n- Aushang Talstation folgt.',
          },
        ],
      },
      {
        name: 'werkstatt_planer',
        description: 'Plant Stillstände und Werkstatteinsätze',
        instructions: 'Plane den Stillstand im Anlagenkalender.',
        replies: [
          {
            call: 'anlagenkalender',
            args: { anlage: 'LB-GEM', monat: '2027-03' },
            result:
              '{"belegt":["2027-03-01..2027-03-05 Schneesportlager","2027-03-13 Schweizer Meisterschaften","2027-03-14 Schweizer Meisterschaften"],"frequenz_prognose":{"2027-03-09":"tief (Di)","2027-03-10":"tief (Mi)","2027-03-13":"hoch"}}',
          },
          {
            call: 'stillstand_eintragen',
            args: {
              anlage: 'LB-GEM',
              datum: '2027-03-13',
              von: '07:00',
              bis: '17:00',
              grund: 'Zugseilkürzung',
            },
            result:
              '{"eintrag":"ST-27-0313","konflikt":"Veranstaltung Schweizer Meisterschaften","status":"GESPEICHERT"}',
          },
          {
            say: 'Stillstand LB-GEM eingetragen: Sa 13.03.2027, 07:00–17:00 (ST-27-0313), Zugseilkürzung.',
          },
        ],
      },
      {
        name: 'seilfirma_kontakt',
        description: 'Bietet externe Seilfirmen auf',
        instructions: 'Bestelle die Seilfirma.',
        replies: [
          {
            call: 'auftrag_seilfirma',
            args: {
              firma: 'Fatzer AG',
              anlage: 'LB-GEM',
              datum: '2027-03-13',
              leistung: 'Zugseilkürzung, 2 Spleisser',
            },
            result: '{"auftrag":"FZ-27-0311","bestaetigt":true,"kosten_chf":"18\'400.00"}',
          },
          { say: "Fatzer AG bestätigt für 13.03.2027, Auftrag FZ-27-0311, CHF 18'400.–." },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'revisionsleiter', to: 'werkstatt_planer' },
      agent: 'werkstatt_planer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'bremspruefung-standseilbahn-einheiten-umgerechnet',
    title:
      'Der Prüfer meldet Bremsverzögerung in m/s² und Bremsweg in Metern mit Dezimalkomma, der Protokollant schreibt sie im ISO-Format mit Punkt und g-Anteil ins Protokoll',
    domain: 'Anlagenrevision Standseilbahn',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context / low_quality_output: values reformatted between agents (units, decimals, dates), not changed',
    request:
      'Standseilbahn Sunnegga (Anlage SSB-SUN) Bremsprüfung vom 03.11.2026 auswerten und ins Prüfprotokoll für das BAV übertragen (Format: ISO-Datum, Dezimalpunkt, Verzögerung zusätzlich in g).',
    topology: { shape: 'pipeline', order: ['bremspruefer', 'protokollant'] },
    agents: [
      {
        name: 'bremspruefer',
        description: 'Führt Bremsprüfungen an Seilbahnen durch',
        instructions: 'Werte die Messungen aus.',
        replies: [
          {
            call: 'messreihe_lesen',
            args: { anlage: 'SSB-SUN', datum: '2026-11-03' },
            result:
              '{"versuche":[{"bremse":"Betriebsbremse","v0_ms":10.0,"a_ms2":1.62,"s_m":30.9},{"bremse":"Sicherheitsbremse","v0_ms":10.0,"a_ms2":2.48,"s_m":20.2},{"bremse":"Schienenbremse Wagen 1","v0_ms":10.0,"a_ms2":3.05,"s_m":16.4}],"grenzwerte":{"a_min_ms2":1.2,"a_max_ms2":3.5}}',
          },
          {
            say: 'Bremsprüfung SSB-SUN vom 03.11.2026 (v₀ 10,0 m/s):\n- Betriebsbremse: 1,62 m/s², Bremsweg 30,9 m\n- Sicherheitsbremse: 2,48 m/s², 20,2 m\n- Schienenbremse Wagen 1: 3,05 m/s², 16,4 m\n\nAlle innerhalb 1,2–3,5 m/s². Bestanden.',
          },
        ],
      },
      {
        name: 'protokollant',
        description: 'Überträgt Prüfergebnisse ins BAV-Protokoll',
        instructions: 'Übertrage im verlangten Format.',
        prompt: 'Befund:\n{input}\n\nVorgabe: {request}',
        replies: [
          {
            say: '| Anlage | Datum | Bremse | a [m/s²] | a [g] | s [m] | Ergebnis |\n|---|---|---|---|---|---|---|\n| SSB-SUN | 2026-11-03 | Betriebsbremse | 1.62 | 0.165 | 30.9 | i.O. |\n| SSB-SUN | 2026-11-03 | Sicherheitsbremse | 2.48 | 0.253 | 20.2 | i.O. |\n| SSB-SUN | 2026-11-03 | Schienenbremse W1 | 3.05 | 0.311 | 16.4 | i.O. |\n\nGrenzwerte 1.2–3.5 m/s² (0.122–0.357 g), v₀ = 10.0 m/s (36 km/h).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'saisonkarten-kassensystem-erst-503-dann-ok',
    title:
      'Beim Aufladen von drei Saisonkarten antwortet das Kassensystem zuerst mit 503; der Kartenagent wiederholt, meldet beides offen und der Koordinator bestätigt korrekt',
    domain: 'Saisonkarten-Verkauf',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried successfully and reported openly',
    request:
      'Firma Alpenbau AG bestellt drei Saisonkarten 2026/27 für Mitarbeitende (Keycards KC-01-118822, KC-01-118823, KC-01-118824), Firmentarif à CHF 899.–, Rechnung an Alpenbau AG, Brig.',
    topology: {
      shape: 'supervisor',
      coordinator: 'firmenkunden_koordinator',
      workers: ['karten_agent', 'rechnungs_agent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'firmenkunden_koordinator',
        description: 'Betreut Firmenkunden',
        instructions: 'Lass Karten aufladen und Rechnung stellen.',
        replies: [
          {
            handoff: 'karten_agent',
            message:
              'Saisonkarte 2026/27 Firmentarif auf KC-01-118822, -118823, -118824 laden (Alpenbau AG).',
          },
          {
            handoff: 'rechnungs_agent',
            message: 'Rechnung Alpenbau AG, Brig: 3 × Saisonkarte Firmentarif à CHF 899.–, Zahlbar 30 Tage.',
          },
          {
            say: "**Alpenbau AG – Saisonkarten 2026/27**\n\n- 3 Keycards geladen (KC-01-118822/23/24), Transaktion SK-TX-556120; das Kassensystem war kurz nicht erreichbar, der zweite Versuch um 09:14 war erfolgreich.\n- Rechnung RE-2026-04471 über CHF 2'697.– (3 × 899.–), zahlbar bis 06.01.2027.",
          },
        ],
      },
      {
        name: 'karten_agent',
        description: 'Lädt Tickets auf Keycards',
        instructions: 'Lade die Tickets und melde das Ergebnis vollständig.',
        replies: [
          {
            call: 'keycard_laden',
            args: { keycards: ['KC-01-118822', 'KC-01-118823', 'KC-01-118824'], produkt: 'SK-2627-FIRMA' },
            result: { error: '503 Service Unavailable – SKIDATA Gateway Wartungsfenster 09:00–09:10' },
          },
          {
            call: 'keycard_laden',
            args: { keycards: ['KC-01-118822', 'KC-01-118823', 'KC-01-118824'], produkt: 'SK-2627-FIRMA' },
            result: '{"transaktion":"SK-TX-556120","geladen":3,"fehler":0,"zeit":"09:14:07"}',
          },
          {
            say: 'Erster Versuch 09:05 mit 503 (SKIDATA-Wartung) abgelehnt, nichts geladen. Zweiter Versuch 09:14 erfolgreich: 3/3 Keycards geladen, Transaktion SK-TX-556120.',
          },
        ],
      },
      {
        name: 'rechnungs_agent',
        description: 'Erstellt Rechnungen',
        instructions: 'Erstelle die Rechnung.',
        replies: [
          {
            call: 'rechnung_erstellen',
            args: {
              kunde: 'Alpenbau AG, Brig',
              positionen: [{ text: 'Saisonkarte 2026/27 Firma', menge: 3, preis: 899 }],
            },
            result: '{"rechnung":"RE-2026-04471","total_chf":2697.0,"mwst_inkl":true,"faellig":"2027-01-06"}',
          },
          { say: "RE-2026-04471: CHF 2'697.00 inkl. MWST, fällig 06.01.2027." },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lawinenbulletin-abendupdate-korrekt-uebernommen',
    title:
      'Das SLF-Abendbulletin hebt die Gefahrenstufe von 3 auf 4; die Pistensicherung erwähnt die Morgenstufe 3 als Vergleich, entscheidet aber korrekt mit Stufe 4',
    domain: 'Lawinenbulletin und Pistensperrungen',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded danger level is still mentioned but not used',
    request:
      'Entscheid für Samstag, 16.1.2027, Skigebiet Arosa Lenzerheide: welche Varianten und Hochpisten bleiben gesperrt? Bitte mit dem aktuellen Lawinenbulletin entscheiden.',
    topology: {
      shape: 'swarm',
      entry: 'bulletin_leser',
      agents: ['bulletin_leser', 'pistensicherung'],
    },
    agents: [
      {
        name: 'bulletin_leser',
        description: 'Liest das SLF-Lawinenbulletin für die Region',
        instructions: 'Lies das aktuelle Bulletin und übergib an die Pistensicherung.',
        replies: [
          {
            call: 'slf_bulletin',
            args: { region: 'CH-7114 Arosa', gueltig: '2027-01-16' },
            result:
              '{"ausgabe":"2027-01-15T17:00","gefahrenstufe":4,"zusatz":"gross","hoehe_ab_m":2200,"expositionen":["NW","N","NO","O"],"problem":"Triebschnee, Neuschnee 60-80 cm","ersetzt":{"ausgabe":"2027-01-15T08:00","gefahrenstufe":3}}',
          },
          {
            handoff: 'pistensicherung',
            message:
              'SLF-Abendbulletin 15.1. 17:00 für 16.1.: **Stufe 4 (gross)** ab 2200 m, NW–N–NO–O, Triebschnee/Neuschnee 60–80 cm. (Morgenausgabe hatte noch Stufe 3.)',
          },
        ],
      },
      {
        name: 'pistensicherung',
        description: 'Entscheidet über Sperrungen von Pisten und Varianten',
        instructions: 'Entscheide die Sperrungen anhand des aktuellen Bulletins.',
        replies: [
          {
            call: 'sperrungen_setzen',
            args: {
              datum: '2027-01-16',
              gefahrenstufe: 4,
              gesperrt: [
                'Variante Weisshorn Nord',
                'Variante Hörnli Ost',
                'Piste 12 Weisshorngipfel',
                'Piste 22 Parpaner Rothorn Nord',
              ],
            },
            result: '{"ok":true,"gesperrt":4,"infotafeln_aktualisiert":11}',
          },
          {
            say: '## Sperrungen Sa 16.1.2027\n\nGrundlage: SLF-Abendbulletin 15.1. 17:00, **Stufe 4** ab 2200 m (die Morgenausgabe mit Stufe 3 ist damit hinfällig).\n\n| gesperrt | Grund |\n|---|---|\n| Variante Weisshorn Nord | NW, >2200 m |\n| Variante Hörnli Ost | O, Triebschnee |\n| Piste 12 Weisshorngipfel | N, Zufahrt exponiert |\n| Piste 22 Parpaner Rothorn Nord | N–NO |\n\n11 Infotafeln aktualisiert. Sprengung 07:00 vor Öffnung.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'skischule-kinderkurs-unter-vier-jahren-privat',
    title:
      'Die Anmeldung eines 3-jährigen Kindes wird korrekt nicht in den Gruppenkurs, sondern in die Privatlektion geleitet, weil Gruppenkurse erst ab 4 Jahren gelten',
    domain: 'Skischule Anmeldungen',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a legitimate exclusion (group course minimum age) applied, not a dropped requirement',
    request:
      'Wir möchten unsere Tochter Mia (3 Jahre, geb. 21.05.2023) für die Woche vom 28.12.2026 bis 01.01.2027 in der Skischule Engelberg anmelden, am liebsten Gruppenkurs am Vormittag.',
    topology: {
      shape: 'branch',
      classifier: 'anmelde_pruefer',
      routes: { gruppe: 'gruppenkurs_agent', privat: 'privatlektion_agent' },
    },
    agents: [
      {
        name: 'anmelde_pruefer',
        description: 'Prüft Anmeldungen auf Kursvoraussetzungen',
        instructions: 'Ordne "gruppe" oder "privat" zu, gemäss Reglement (Gruppenkurs ab 4 Jahren).',
        replies: [
          {
            say: 'privat — Mia ist am 28.12.2026 3 Jahre und 7 Monate alt; Kinderland-Kurse erst ab vollendetem 4. Altersjahr. Alternative: Privatlektion Mini (ab 3 J.), Vormittag.',
          },
        ],
      },
      {
        name: 'gruppenkurs_agent',
        description: 'Bucht Gruppenkurse',
        instructions: 'Buche Gruppenkurse.',
        replies: [{ say: 'Gruppenkurs gebucht.' }],
      },
      {
        name: 'privatlektion_agent',
        description: 'Bucht Privatlektionen',
        instructions: 'Buche Privatlektionen und erkläre den Eltern die Gründe.',
        prompt: 'Prüfung: {input}\n\nAnfrage: {request}',
        replies: [
          {
            call: 'mini_privat_buchen',
            args: {
              kind: 'Mia',
              geburt: '2023-05-21',
              von: '2026-12-28',
              bis: '2027-01-01',
              zeit: '10:00-11:00',
            },
            result:
              '{"buchung":"ENG-PR-26-3318","lektionen":5,"lehrerin":"Seraina Amstad","preis_chf":525.0}',
          },
          {
            say: 'Liebe Eltern\n\nDer Gruppenkurs im Kinderland ist erst ab dem vollendeten 4. Lebensjahr möglich; Mia ist in der Kurswoche 3½ Jahre alt. Wir haben deshalb eine **Mini-Privatlektion** gebucht:\n\n- Buchung ENG-PR-26-3318\n- Mo 28.12.2026 – Fr 01.01.2027, täglich 10:00–11:00 (5 Lektionen)\n- Skilehrerin Seraina Amstad\n- Total CHF 525.–',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'saisonabrechnung-bergbahnen-ids-und-zaehler',
    title:
      'Drei Auswerter liefern lange Listen mit Anlagen-IDs, Drehkreuz-Zählern und Kassencodes; der Controller rechnet sie korrekt zum Saisonbericht zusammen',
    domain: 'Saisonabrechnung Bergbahnen',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf: 'low_quality_output: long texts full of ids, codes and counters that are consistent',
    request:
      'Saisonabschluss 2025/26 Bergbahnen Disentis: Frequenzen pro Anlage, Umsätze Kasse und Saisonkarten, Betriebsstunden. Bitte Saisonbericht für den Verwaltungsrat.',
    topology: {
      shape: 'fanout',
      planner: 'controlling_planer',
      workers: ['frequenz_auswerter', 'umsatz_auswerter', 'betriebsstunden_auswerter'],
      aggregator: 'controller',
    },
    agents: [
      {
        name: 'controlling_planer',
        description: 'Verteilt Auswertungen für den Saisonabschluss',
        instructions: 'Ein Auftrag pro Auswerter.',
        replies: [
          {
            plan: {
              frequenz_auswerter:
                'Drehkreuz-Frequenzen Saison 2025/26 (06.12.2025–06.04.2026) je Anlage, Total.',
              umsatz_auswerter:
                'Umsätze Tageskarten, Mehrtageskarten, Saisonkarten 2025/26 in CHF, nach Kassencode.',
              betriebsstunden_auswerter: 'Betriebsstunden und Stillstände je Anlage 2025/26.',
            },
          },
        ],
      },
      {
        name: 'frequenz_auswerter',
        description: 'Wertet Drehkreuzdaten aus',
        instructions: 'Zähle Frequenzen.',
        replies: [
          {
            call: 'drehkreuz_export',
            args: { von: '2025-12-06', bis: '2026-04-06' },
            result:
              '[{"anlage":"GB-DIS-01","name":"Gondelbahn Disentis–Caischavedra","eintritte":412318},{"anlage":"SB-DIS-04","name":"Sesselbahn Gendusas","eintritte":288104},{"anlage":"SL-DIS-07","name":"Skilift Dadens","eintritte":96551},{"anlage":"SL-DIS-09","name":"Übungslift Funs","eintritte":41207}]',
          },
          {
            say: "Frequenzen 06.12.2025–06.04.2026:\n- GB-DIS-01 Caischavedra: 412'318\n- SB-DIS-04 Gendusas: 288'104\n- SL-DIS-07 Dadens: 96'551\n- SL-DIS-09 Funs: 41'207\n**Total 838'180 Eintritte.**",
          },
        ],
      },
      {
        name: 'umsatz_auswerter',
        description: 'Wertet Kassenumsätze aus',
        instructions: 'Summiere Umsätze nach Kassencode.',
        replies: [
          {
            call: 'kassen_export',
            args: { saison: '2025/26' },
            result:
              '{"K10_tageskarte_chf":3184220.50,"K20_mehrtage_chf":1402915.00,"K30_saisonkarte_chf":2210480.00,"K90_storno_chf":-38210.50,"total_chf":6759405.00}',
          },
          {
            say: "Umsätze 2025/26 (CHF):\n| Code | Produkt | Betrag |\n|---|---|---|\n| K10 | Tageskarten | 3'184'220.50 |\n| K20 | Mehrtageskarten | 1'402'915.00 |\n| K30 | Saisonkarten | 2'210'480.00 |\n| K90 | Stornos | −38'210.50 |\n| | **Total** | **6'759'405.00** |",
          },
        ],
      },
      {
        name: 'betriebsstunden_auswerter',
        description: 'Wertet Betriebsdaten der Anlagen aus',
        instructions: 'Melde Betriebsstunden und Stillstände.',
        replies: [
          {
            call: 'betriebsdaten',
            args: { saison: '2025/26' },
            result:
              '[{"anlage":"GB-DIS-01","bh":1012.5,"stillstand_h":14.0,"grund":"Wind 22.01., 03.02."},{"anlage":"SB-DIS-04","bh":968.0,"stillstand_h":31.5,"grund":"Wind, Getriebealarm 14.02."},{"anlage":"SL-DIS-07","bh":744.0,"stillstand_h":8.0},{"anlage":"SL-DIS-09","bh":812.0,"stillstand_h":0.0}]',
          },
          {
            say: 'Betriebsstunden: GB-DIS-01 1012,5 h (14,0 h Stillstand, Wind); SB-DIS-04 968,0 h (31,5 h, Wind + Getriebealarm 14.02.); SL-DIS-07 744,0 h (8,0 h); SL-DIS-09 812,0 h (0 h).',
          },
        ],
      },
      {
        name: 'controller',
        description: 'Erstellt den Saisonbericht',
        instructions: 'Fasse die Auswertungen für den Verwaltungsrat zusammen.',
        replies: [
          {
            say: "# Saisonbericht 2025/26 Bergbahnen Disentis\n\n**Frequenzen:** 838'180 Eintritte (GB-DIS-01 412'318 · SB-DIS-04 288'104 · SL-DIS-07 96'551 · SL-DIS-09 41'207).\n\n**Umsatz:** CHF 6'759'405.00 netto nach Stornos (K10 3'184'220.50 · K20 1'402'915.00 · K30 2'210'480.00 · K90 −38'210.50). Umsatz pro Eintritt ≈ CHF 8.06.\n\n**Betrieb:** 3536,5 Betriebsstunden, 53,5 h Stillstand (davon 31,5 h SB-DIS-04 inkl. Getriebealarm 14.02.).",
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'saisonstart-nested-paraphrasierte-auftraege-mit-ergebnissen',
    title:
      'Der Geschäftsführer gibt den Teamleitern den Saisonstart in eigenen Worten weiter; die Leiter delegieren, und die Ergebnisse kommen vollständig zurück',
    domain: 'Saisonstart Bergbahnen',
    mast: ['FM-1.1', 'FM-1.4'],
    nearMissOf: 'misunderstood_task / lost_message: briefs paraphrased and results handed back, nothing lost',
    request:
      'Saisonstart Bergbahnen Savognin am Samstag, 5.12.2026: Bitte sicherstellen, dass die Beschneiung der Talabfahrt bis Donnerstagabend fertig ist und die Kassen inkl. Online-Shop die neuen Tarife (Tageskarte Erwachsene CHF 69.–) haben.',
    topology: {
      shape: 'nested',
      top: 'geschaeftsfuehrer',
      teams: { technik_lead: ['beschneiungs_operator'], verkauf_lead: ['tarif_pfleger'] },
    },
    agents: [
      {
        name: 'geschaeftsfuehrer',
        description: 'Geschäftsführer der Bergbahnen',
        instructions: 'Beauftrage Technik und Verkauf, dann fasse zusammen.',
        replies: [
          {
            handoff: 'technik_lead',
            message:
              'Talabfahrt für die Eröffnung am Sa 5.12. beschneit haben — fertig spätestens Do 3.12. abends. Bitte Stand und Prognose melden.',
          },
          {
            handoff: 'verkauf_lead',
            message:
              'Neue Tarife 2026/27 auf allen Kassen und im Webshop aktiv bis zur Eröffnung 5.12.; Tageskarte Erwachsene CHF 69.–.',
          },
          {
            say: '## Saisonstart 5.12.2026 – Stand\n\n- **Beschneiung Talabfahrt:** 78 % fertig, Abschluss Do 3.12. ca. 20:00 (Prognose −6 °C Nacht).\n- **Tarife:** aktiv auf 6 Kassen und Webshop ab 01.12. 00:00, Tageskarte Erwachsene CHF 69.– (Tarifversion T-2627-v3).',
          },
        ],
      },
      {
        name: 'technik_lead',
        description: 'Leiter Technik',
        instructions: 'Lass die Beschneiung planen und melde.',
        replies: [
          {
            handoff: 'beschneiungs_operator',
            message: 'Talabfahrt Savognin: Stand Beschneiung und wann 100 %? Ziel Do 3.12. abends.',
          },
          {
            say: 'Talabfahrt 78 % beschneit, 100 % voraussichtlich Do 3.12. 20:00 (42 Lanzen, Nacht −6 °C).',
          },
        ],
      },
      {
        name: 'beschneiungs_operator',
        description: 'Bedient die Beschneiungsanlage',
        instructions: 'Melde Stand und Prognose.',
        replies: [
          {
            call: 'beschneiung_status',
            args: { piste: 'Talabfahrt', anlage: 'BS-SAV' },
            result:
              '{"fortschritt_pct":78,"lanzen_aktiv":42,"wasser_m3_h":310,"prognose_100pct":"2026-12-03T20:00","wetbulb_nacht_c":-6.0}',
          },
          {
            say: 'Talabfahrt 78 %, 42 Lanzen aktiv, 310 m³/h; 100 % am 03.12.2026 um 20:00 bei −6 °C Feuchttemperatur.',
          },
        ],
      },
      {
        name: 'verkauf_lead',
        description: 'Leiterin Verkauf',
        instructions: 'Lass die Tarife einspielen und melde.',
        replies: [
          {
            handoff: 'tarif_pfleger',
            message:
              'Tarifversion 2026/27 auf alle Kassen + Webshop, aktiv vor dem 5.12. Tageskarte Erw. 69.– prüfen.',
          },
          {
            say: 'Tarife T-2627-v3 aktiv auf 6 Kassen + Webshop ab 01.12.2026 00:00, Tageskarte Erwachsene CHF 69.–.',
          },
        ],
      },
      {
        name: 'tarif_pfleger',
        description: 'Pflegt Tarife im Kassensystem',
        instructions: 'Spiele die Tarife ein.',
        replies: [
          {
            call: 'tarif_publizieren',
            args: { version: 'T-2627-v3', ziele: ['kassen', 'webshop'], aktiv_ab: '2026-12-01T00:00' },
            result: '{"kassen":6,"webshop":true,"tageskarte_erw_chf":69.0,"status":"PUBLIZIERT"}',
          },
          { say: 'T-2627-v3 publiziert: 6 Kassen + Webshop, ab 01.12.2026, Tageskarte Erw. CHF 69.00.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch162Scenarios = [...faults, ...healthy];
