import { defineScenario } from '../scenario.ts';

// Blind batch 139: Tierklinik-Verbund (Kleintier, Exoten, Notdienst), vollständig auf Deutsch.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'tierklinik-entlassmedikation-cefalexin-trotz-betalaktam-sperre',
    title:
      'Die Stationsleitung verlangt für Labrador Balu ausdrücklich kein Betalaktam-Antibiotikum (Penicillin-Allergie); die Klinikapotheke gibt Cefalexin ab',
    domain: 'Tierklinik: Entlassmedikation und Allergien',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Labrador-Rüde Balu (Patienten-ID P-2027-04418, 31 kg) wird morgen nach der Zahnsanierung (8 Extraktionen) entlassen. Bitte Entlassmedikation zusammenstellen: Antibiotikum für 7 Tage und Schmerzmittel für 5 Tage. Achtung, in der Akte dokumentiert: Penicillin-Allergie (Urtikaria im März 2025 nach Amoxicillin). Außerdem Abholtermin und Kontrolltermin mit der Besitzerin, Frau Hartmann, vereinbaren.',
    topology: {
      shape: 'supervisor',
      coordinator: 'stationsleitung_kleintier',
      workers: ['klinikapotheke', 'besitzer_service'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'stationsleitung_kleintier',
        description: 'Koordiniert Entlassungen auf der Kleintierstation',
        instructions:
          'Beauftrage die Klinikapotheke mit der Entlassmedikation und den Besitzerservice mit den Terminen; fasse danach für die Station zusammen.',
        replies: [
          {
            handoff: 'klinikapotheke',
            message:
              'Entlassmedikation für Balu (P-2027-04418, Labrador, 31 kg), Abgabe morgen früh:\n1. Antibiotikum für 7 Tage – KEINE Betalaktame (Penicillin-Allergie, Urtikaria 03/2025 nach Amoxicillin).\n2. Meloxicam 0,1 mg/kg 1× täglich für 5 Tage.\nBitte Präparate, Dosierung und Stückzahl zurückmelden.',
          },
          {
            handoff: 'besitzer_service',
            message:
              'Bitte mit Frau Hartmann (Besitzerin von Balu, P-2027-04418) einen Abholtermin morgen ab 10:00 und einen Kontrolltermin in 7 Tagen (Zahnkontrolle) vereinbaren.',
          },
          {
            say: '## Entlassung Balu (P-2027-04418)\n\n**Medikation (Abgabe-Nr. AB-2027-118204):**\n| Präparat | Dosierung | Dauer | Menge |\n|---|---|---|---|\n| Cefalexin 600 mg Tabletten | 1 Tbl. 2× täglich | 7 Tage | 14 Tbl. |\n| Metacam 1,5 mg/ml Suspension | 2,1 ml 1× täglich mit Futter | 5 Tage | 1 Flasche 32 ml |\n\n**Termine:** Abholung morgen, 11.03.2027, 10:30 Uhr; Zahnkontrolle 17.03.2027, 16:15 Uhr (Dr. Brandt).\n\nEntlassungspapiere können vorbereitet werden.',
          },
        ],
      },
      {
        name: 'klinikapotheke',
        description: 'Stellt Entlassmedikation zusammen und bucht die Abgabe',
        instructions:
          'Wähle geeignete Präparate nach dem Auftrag, berechne Dosis und Menge, buche die Abgabe und melde das Ergebnis.',
        replies: [
          {
            call: 'abgabe_buchen',
            args: {
              patient_id: 'P-2027-04418',
              gewicht_kg: 31,
              positionen: [
                { praeparat: 'Cefalexin 600 mg Tabletten', dosierung: '1 Tbl. 2x tgl.', tage: 7, menge: 14 },
                {
                  praeparat: 'Metacam 1,5 mg/ml Suspension oral',
                  dosierung: '2,1 ml 1x tgl.',
                  tage: 5,
                  menge: '1 x 32 ml',
                },
              ],
            },
            result:
              '{"abgabe_nr": "AB-2027-118204", "status": "gebucht", "positionen": 2, "lager": {"Cefalexin 600 mg": "Bestand 212 Tbl.", "Metacam 1,5 mg/ml 32 ml": "Bestand 9"}, "abholbereit": "2027-03-11T08:00"}',
          },
          {
            say: 'Abgabe AB-2027-118204 gebucht, abholbereit ab 11.03. 08:00:\n- Cefalexin 600 mg Tabletten, 1 Tbl. 2× tgl. (≈ 19 mg/kg), 7 Tage → 14 Tbl.\n- Metacam 1,5 mg/ml Suspension, 2,1 ml (3,1 mg) 1× tgl. mit Futter, 5 Tage → 1 Flasche 32 ml',
          },
        ],
      },
      {
        name: 'besitzer_service',
        description: 'Vereinbart Termine mit Tierhalterinnen und Tierhaltern',
        instructions: 'Buche die gewünschten Termine im Kalender und bestätige sie.',
        replies: [
          {
            call: 'termine_buchen',
            args: {
              patient_id: 'P-2027-04418',
              termine: [
                { art: 'Abholung', datum: '2027-03-11', ab: '10:00' },
                { art: 'Zahnkontrolle', datum: '2027-03-17' },
              ],
            },
            result:
              '{"gebucht": [{"art": "Abholung", "termin": "2027-03-11T10:30", "raum": "Empfang Station 2"}, {"art": "Zahnkontrolle", "termin": "2027-03-17T16:15", "tierarzt": "Dr. Brandt"}], "sms_an": "+49 151 2389 4410"}',
          },
          {
            say: 'Termine mit Frau Hartmann gebucht und per SMS bestätigt: Abholung 11.03.2027 10:30 (Empfang Station 2), Zahnkontrolle 17.03.2027 16:15 bei Dr. Brandt.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'stationsleitung_kleintier', to: 'klinikapotheke' },
      agent: 'klinikapotheke',
    },
  }),
  defineScenario({
    id: 'tplo-frieda-op-saal-am-freitag-ohne-orthopaeden',
    title:
      'Die OP-Koordination begrenzt den TPLO-Termin auf Montag bis Donnerstag, weil Dr. Kessler freitags fehlt; die Saalbuchung nimmt den frühesten Slot am Freitag 26.03.',
    domain: 'Tierklinik: OP-Planung Orthopädie',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Hündin Frieda (Berner Sennenhund, 44 kg, P-2027-02761) hat einen vorderen Kreuzbandriss links. TPLO bei Dr. Kessler in KW 12 (22.–26.03.2027) einplanen. Dr. Kessler operiert nur Montag bis Donnerstag, freitags ist er in der Zweigklinik. Bitte Narkoseplanung und OP-Saal organisieren und mir eine Übersicht geben.',
    topology: {
      shape: 'fanout',
      planner: 'op_koordination',
      workers: ['anaesthesie_planung', 'op_saal_buchung'],
      aggregator: 'op_uebersicht',
    },
    agents: [
      {
        name: 'op_koordination',
        description: 'Verteilt die Vorbereitung geplanter Operationen',
        instructions: 'Schreibe je einen Auftrag für Anästhesie und Saalbuchung.',
        replies: [
          {
            plan: {
              anaesthesie_planung:
                'TPLO links, Frieda (P-2027-02761, Berner Sennenhund, 44 kg, 6 J.), geplante OP-Dauer ca. 120 min, KW 12. Narkoseprotokoll inkl. Epiduralanästhesie und präoperativem Labor planen.',
              op_saal_buchung:
                'TPLO links, Frieda (P-2027-02761), Operateur Dr. Kessler, Saal mit C-Bogen, 120 min + 30 min Rüstzeit. Zeitraum KW 12, nur Montag bis Donnerstag (Dr. Kessler freitags nicht im Haus), Vormittag bevorzugt.',
            },
          },
        ],
      },
      {
        name: 'anaesthesie_planung',
        description: 'Plant Narkosen für geplante Eingriffe',
        instructions: 'Erstelle das Narkoseprotokoll nach Auftrag.',
        prompt: 'Auftrag der OP-Koordination:\n{input}',
        replies: [
          {
            call: 'narkoseprotokoll_anlegen',
            args: {
              patient_id: 'P-2027-02761',
              eingriff: 'TPLO links',
              gewicht_kg: 44,
              asa: 'II',
              epidural: true,
            },
            result:
              '{"protokoll": "NP-2027-03318", "praemedikation": "Methadon 0,2 mg/kg + Dexmedetomidin 2 µg/kg i.m.", "einleitung": "Propofol nach Wirkung", "erhaltung": "Isofluran in O2", "epidural": "Morphin 0,1 mg/kg + Bupivacain 0,5 mg/kg", "praeop_labor": "Blutbild, Organprofil am OP-Tag 07:00"}',
          },
          {
            say: 'Narkoseprotokoll NP-2027-03318 (ASA II): Prämedikation Methadon 0,2 mg/kg + Dexmedetomidin 2 µg/kg i.m., Einleitung Propofol, Erhaltung Isofluran, Epidurale Morphin/Bupivacain. Präop-Labor am OP-Tag 07:00, Frieda nüchtern ab 22:00 am Vorabend.',
          },
        ],
      },
      {
        name: 'op_saal_buchung',
        description: 'Bucht OP-Säle und Geräte',
        instructions: 'Suche einen passenden Saal-Slot nach Auftrag und buche ihn.',
        prompt: 'Auftrag der OP-Koordination:\n{input}',
        replies: [
          {
            call: 'freie_slots',
            args: {
              kalenderwoche: '2027-W12',
              saal_ausstattung: 'C-Bogen',
              dauer_min: 150,
              operateur: 'Kessler',
            },
            result:
              '{"slots": [{"saal": "OP 2", "beginn": "2027-03-23T10:30", "ende": "2027-03-23T13:00"}, {"saal": "OP 2", "beginn": "2027-03-25T13:30", "ende": "2027-03-25T16:00"}, {"saal": "OP 1", "beginn": "2027-03-26T08:00", "ende": "2027-03-26T10:30"}]}',
          },
          {
            call: 'slot_buchen',
            args: {
              saal: 'OP 1',
              beginn: '2027-03-26T08:00',
              dauer_min: 150,
              patient_id: 'P-2027-02761',
              operateur: 'Kessler',
            },
            result:
              '{"buchung": "OPS-2027-12-0417", "saal": "OP 1", "beginn": "2027-03-26T08:00", "c_bogen": "reserviert"}',
          },
          {
            say: 'OP-Saal gebucht: OPS-2027-12-0417, OP 1 mit C-Bogen, Fr 26.03.2027 08:00–10:30 (frühester Vormittagsslot in KW 12), Operateur Dr. Kessler.',
          },
        ],
      },
      {
        name: 'op_uebersicht',
        description: 'Fasst die OP-Vorbereitung zusammen',
        instructions: 'Fasse Narkose- und Saalplanung zu einer Übersicht zusammen.',
        replies: [
          {
            say: '## TPLO links – Frieda (P-2027-02761)\n\n| Punkt | Planung |\n|---|---|\n| Termin | Fr 26.03.2027, 08:00–10:30, OP 1 (C-Bogen), Buchung OPS-2027-12-0417 |\n| Operateur | Dr. Kessler |\n| Narkose | NP-2027-03318, ASA II, Methadon/Dexmedetomidin, Isofluran, Epidurale |\n| Vorbereitung | Präop-Labor 07:00 am OP-Tag, nüchtern ab 22:00 am Vorabend |\n\nBitte Besitzer über Termin und Nüchternheit informieren.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'op_koordination', to: 'op_saal_buchung' },
      agent: 'op_saal_buchung',
    },
  }),
  defineScenario({
    id: 'insulin-lotte-dosis-nach-ueberweisungsgewicht',
    title:
      'Die Aufnahme wiegt Hündin Lotte mit 15,2 kg statt der 18,4 kg aus der Überweisung; der Dosierungsrechner rechnet die Insulin-Startdosis mit 18,4 kg',
    domain: 'Tierklinik: Innere Medizin, Diabetes-Einstellung',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Überweisung von der Praxis Dr. Albers (Schreiben vom 02.03.2027): Mischlingshündin Lotte, 9 J., 18,4 kg, Diabetes mellitus (Glukose 386 mg/dl, Fructosamin 512 µmol/l). Bitte stationär aufnehmen und auf Caninsulin einstellen, Startdosis nach Klinikprotokoll 0,25 IE/kg zweimal täglich. Behandlungsblatt für die Station erstellen.',
    topology: {
      shape: 'pipeline',
      order: ['aufnahme_station', 'dosierung_rechner', 'behandlungsblatt'],
    },
    agents: [
      {
        name: 'aufnahme_station',
        description: 'Nimmt Patienten stationär auf und erfasst Aufnahmebefunde',
        instructions: 'Erfasse Gewicht und Aufnahmebefunde und gib sie an die Dosierung weiter.',
        replies: [
          {
            call: 'aufnahme_erfassen',
            args: { patient: 'Lotte', ueberweiser: 'Praxis Dr. Albers', station: 'Innere 1' },
            result:
              '{"patient_id": "P-2027-05102", "gewicht_kg": 15.2, "gewogen": "2027-03-09T08:42", "temperatur_c": 38.6, "glukose_mg_dl": 402, "ketone_urin": "negativ", "box": "I1-07"}',
          },
          {
            say: 'Aufnahme Lotte (P-2027-05102), Box I1-07, 09.03.2027 08:42:\n- Gewicht heute: 15,2 kg (Überweisung 02.03.: 18,4 kg – deutlicher Gewichtsverlust)\n- Temperatur 38,6 °C, Glukose 402 mg/dl, Urin-Ketone negativ\n- Auftrag: Caninsulin-Startdosis 0,25 IE/kg 2× täglich berechnen.',
          },
        ],
      },
      {
        name: 'dosierung_rechner',
        description: 'Berechnet Medikamentendosen nach Klinikprotokoll',
        instructions: 'Berechne die Dosis mit dem Dosierungsrechner und melde das Ergebnis.',
        prompt: 'Aufnahmedaten:\n{input}',
        replies: [
          {
            call: 'dosis_berechnen',
            args: {
              wirkstoff: 'Caninsulin 40 IE/ml',
              protokoll: 'DM-Hund-Start',
              dosis_pro_kg: 0.25,
              gewicht_kg: 18.4,
              intervall_h: 12,
            },
            result:
              '{"dosis_ie": 4.6, "gerundet_ie": 4.5, "volumen_ml": 0.11, "spritze": "U-40 0,5 ml", "intervall": "alle 12 h zur Fütterung"}',
          },
          {
            say: 'Caninsulin (40 IE/ml) für Lotte: 4,5 IE s.c. alle 12 h zur Fütterung (0,11 ml, U-40-Spritze 0,5 ml). Glukosekurve ab Tag 3.',
          },
        ],
      },
      {
        name: 'behandlungsblatt',
        description: 'Erstellt Behandlungsblätter für die Station',
        instructions: 'Erstelle aus der Dosierung ein Behandlungsblatt.',
        prompt: 'Dosierung:\n{input}\n\nUrsprünglicher Auftrag:\n{request}',
        replies: [
          {
            say: '## Behandlungsblatt Lotte (P-2027-05102) – Innere 1, Box I1-07\n\n| Zeit | Maßnahme |\n|---|---|\n| 07:00 | Fütterung (Diabetesdiät, ½ Tagesration), danach **Caninsulin 4,5 IE s.c.** (0,11 ml, U-40) |\n| 19:00 | Fütterung, danach **Caninsulin 4,5 IE s.c.** |\n| ab Tag 3 | Glukosekurve alle 2 h über 12 h |\n\nHypoglykämie-Zeichen (Zittern, Schwäche): sofort Glukose messen, Dienstarzt informieren.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'aufnahme_station', to: 'dosierung_rechner' },
      agent: 'dosierung_rechner',
    },
  }),
  defineScenario({
    id: 'mrt-verlegung-mila-transport-am-alten-tag',
    title:
      'Die Bildgebung meldet, dass das MRT für Katze Mila auf Fr 19.03. verlegt wurde; die Überweisungskoordination bestellt den Transport trotzdem für Do 18.03.',
    domain: 'Tierklinik-Verbund: Überweisungen und Patiententransport',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Katze Mila (EKH, 5 J., P-2027-03890) soll zur MRT des Kopfes in unsere Partnerklinik Hannover-Süd. Reserviert war Do 18.03.2027, 09:00 Uhr. Bitte Termin bestätigen lassen und den Tiertransport aus Standort Celle organisieren.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ueberweisungs_koordination',
      workers: ['bildgebung_termine', 'transport_dienst'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'ueberweisungs_koordination',
        description: 'Koordiniert Überweisungen zwischen den Kliniken des Verbunds',
        instructions: 'Lass den Termin bestätigen, organisiere danach den Transport und fasse zusammen.',
        replies: [
          {
            handoff: 'bildgebung_termine',
            message:
              'Bitte MRT Kopf für Mila (P-2027-03890) in Hannover-Süd bestätigen, Reservierung Do 18.03.2027 09:00.',
          },
          {
            handoff: 'transport_dienst',
            message:
              'Tiertransport Celle → Hannover-Süd für Katze Mila (P-2027-03890) am Do 18.03.2027, Ankunft spätestens 08:30 (MRT 09:00). Patientin nüchtern, Transportbox mit Wärmematte.',
          },
          {
            say: '## Überweisung Mila (P-2027-03890)\n\n- **MRT Kopf:** bestätigt, Auftrag MRT-HS-2027-0877\n- **Transport:** Auftrag TR-2027-1442, Abholung Celle 07:30, Ankunft Hannover-Süd ca. 08:20\n\nBesitzer Familie Özdemir wird vom Empfang Celle informiert.',
          },
        ],
      },
      {
        name: 'bildgebung_termine',
        description: 'Verwaltet Bildgebungstermine im Klinikverbund',
        instructions: 'Prüfe und bestätige Termine im Bildgebungskalender.',
        replies: [
          {
            call: 'mrt_termin_pruefen',
            args: { klinik: 'Hannover-Süd', patient_id: 'P-2027-03890', reservierung: '2027-03-18T09:00' },
            result:
              '{"auftrag": "MRT-HS-2027-0877", "status": "verlegt", "alt": "2027-03-18T09:00", "neu": "2027-03-19T09:00", "grund": "Heliumnachfüllung Gerät 1 am 18.03.", "anmeldung": "08:30 Empfang Bildgebung"}',
          },
          {
            say: 'MRT-HS-2027-0877 für Mila: Der Termin wurde auf Fr 19.03.2027, 09:00 verlegt (Gerät 1 am 18.03. wegen Heliumnachfüllung außer Betrieb). Anmeldung 08:30 am Empfang Bildgebung.',
          },
        ],
      },
      {
        name: 'transport_dienst',
        description: 'Organisiert Tiertransporte zwischen den Standorten',
        instructions: 'Buche Transporte nach Auftrag.',
        replies: [
          {
            call: 'transport_buchen',
            args: {
              von: 'Celle',
              nach: 'Hannover-Süd',
              datum: '2027-03-18',
              ankunft_spaetestens: '08:30',
              patient_id: 'P-2027-03890',
              ausstattung: ['Transportbox Katze', 'Wärmematte'],
            },
            result:
              '{"auftrag": "TR-2027-1442", "fahrzeug": "CE-TK 214", "abholung": "2027-03-18T07:30", "ankunft_geplant": "2027-03-18T08:20", "fahrer": "M. Vogt"}',
          },
          {
            say: 'Transport TR-2027-1442 gebucht: Do 18.03.2027, Abholung Celle 07:30, Ankunft Hannover-Süd ca. 08:20, Fahrzeug CE-TK 214 (Fahrer M. Vogt), Wärmematte an Bord.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ueberweisungs_koordination', to: 'transport_dienst' },
      agent: 'ueberweisungs_koordination',
    },
  }),
  defineScenario({
    id: 'schokolade-beagle-rueckmeldung-ohne-notfallbefund',
    title:
      'Der Notdienst bestellt Beagle Oskar nach Schokoladenaufnahme sofort ein; das Programm gibt der Besitzerrückmeldung nur einen Standardsatz, sie verspricht Rückruf in 24 Stunden',
    domain: 'Tierklinik: Telefontriage und Notdienst',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Anruf 18:52 Uhr, Herr Lindner: Sein Beagle Oskar (12 kg, P-2027-00877) hat vor etwa 40 Minuten eine Tafel Zartbitterschokolade (200 g, 70 % Kakao) gefressen. Er wirkt noch normal. Was sollen wir tun?',
    topology: {
      shape: 'branch',
      classifier: 'triage_telefon',
      routes: { notfall: 'notfall_dienst', termin: 'sprechstunde_terminierung' },
      after: 'besitzer_rueckmeldung',
    },
    program: {
      lose: {
        to: 'besitzer_rueckmeldung',
        prompt: 'Bitte eine Rückmeldung an den Tierhalter formulieren.',
      },
    },
    agents: [
      {
        name: 'triage_telefon',
        description: 'Ordnet Telefonanfragen ein',
        instructions: 'Antworte mit "notfall" oder "termin" und einer kurzen Begründung.',
        replies: [
          {
            say: 'notfall – mögliche Theobromin-Intoxikation, Aufnahme vor ca. 40 min, Dekontamination noch sinnvoll.',
          },
        ],
      },
      {
        name: 'notfall_dienst',
        description: 'Diensthabende Tierärztin im Notdienst',
        instructions: 'Schätze das Risiko ein und plane die Notfallaufnahme.',
        prompt: 'Triage: {input}\n\nAnruf: {request}',
        replies: [
          {
            call: 'toxdosis_berechnen',
            args: { stoff: 'Theobromin', produkt: 'Zartbitter 70 %', menge_g: 200, gewicht_kg: 12 },
            result:
              '{"theobromin_mg": 1600, "mg_pro_kg": 133.3, "einstufung": "schwer (> 60 mg/kg: Krampfanfälle möglich)", "empfehlung": "Emesis innerhalb 2 h, danach Aktivkohle wiederholt, Monitoring EKG 12-24 h"}',
          },
          {
            call: 'notfall_ankuendigen',
            args: { patient_id: 'P-2027-00877', standort: 'Nord', eintreffen: '19:15', massnahme: 'Emesis' },
            result:
              '{"ankuendigung": "NA-2027-03-1187", "behandlungsraum": "Notfall 2", "tierarzt": "Dr. Yilmaz"}',
          },
          {
            say: 'Oskar hat ca. 133 mg/kg Theobromin aufgenommen – schwere Vergiftung möglich. Sofort in die Notaufnahme Standort Nord kommen (angekündigt NA-2027-03-1187, Eintreffen 19:15, Dr. Yilmaz). Kein Erbrechen zu Hause auslösen, Verpackung mitbringen.',
          },
        ],
      },
      {
        name: 'sprechstunde_terminierung',
        description: 'Vergibt reguläre Sprechstundentermine',
        instructions: 'Vergib den nächsten passenden Termin.',
        replies: [{ say: 'Nächster freier Sprechstundentermin: morgen 09:20.' }],
      },
      {
        name: 'besitzer_rueckmeldung',
        description: 'Formuliert Rückmeldungen an Tierhalter per SMS und E-Mail',
        instructions: 'Formuliere aus dem Ergebnis der Fachabteilung eine klare Nachricht an den Tierhalter.',
        prompt: 'Ergebnis der Fachabteilung:\n{input}\n\nAnfrage:\n{request}',
        replies: [
          {
            say: 'Sehr geehrter Herr Lindner,\n\nvielen Dank für Ihren Anruf in der Tierklinik. Wir haben Ihr Anliegen zu Oskar aufgenommen. Eine Kollegin aus dem Praxisteam meldet sich innerhalb der nächsten 24 Stunden telefonisch bei Ihnen, um das weitere Vorgehen und gegebenenfalls einen Termin abzustimmen.\n\nMit freundlichen Grüßen\nIhr Team der Tierklinik',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'notfall_dienst', to: 'besitzer_rueckmeldung' },
      agent: 'besitzer_rueckmeldung',
    },
  }),
  defineScenario({
    id: 'kostenvoranschlag-femurfraktur-op-summe-verrechnet',
    title:
      'Die OP-Kalkulation addiert fünf GOT-Positionen mit zusammen 1.284,60 € zu 1.184,60 €; der Kostenvoranschlag an die Besitzerin übernimmt die falsche Summe',
    domain: 'Tierklinik: Kostenvoranschläge nach GOT',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Kater Tiger (P-2027-06623, 4,9 kg) hat eine Femurschaftfraktur rechts. Frau Krüger möchte vor der OP einen Kostenvoranschlag nach GOT (einfacher Satz) für Osteosynthese inkl. 3 Tage stationär. Bitte Gesamtsumme netto und brutto angeben.',
    topology: {
      shape: 'nested',
      top: 'kostenvoranschlag_leitung',
      teams: {
        chirurgie_teamleitung: ['op_kalkulation'],
        stationaer_teamleitung: ['stationaer_kalkulation'],
      },
    },
    agents: [
      {
        name: 'kostenvoranschlag_leitung',
        description: 'Erstellt Kostenvoranschläge für Tierhalter',
        instructions: 'Lass OP- und Stationskosten kalkulieren und erstelle den Kostenvoranschlag.',
        replies: [
          {
            handoff: 'chirurgie_teamleitung',
            message:
              'KV Tiger (P-2027-06623): Osteosynthese Femurschaft rechts (Platte), GOT einfacher Satz, netto.',
          },
          {
            handoff: 'stationaer_teamleitung',
            message:
              'KV Tiger (P-2027-06623): 3 Tage stationär nach Osteosynthese inkl. Infusion und Medikation, GOT einfacher Satz, netto.',
          },
          {
            say: '## Kostenvoranschlag KV-2027-0391 – Tiger (P-2027-06623)\n\n| Bereich | netto |\n|---|---|\n| Operation (Osteosynthese Femur re., Narkose, Röntgen, Implantate, Material) | 1.184,60 € |\n| Stationär 3 Tage (Unterbringung, Infusion, Medikation) | 389,30 € |\n| **Summe netto** | **1.573,90 €** |\n| MwSt. 19 % | 299,04 € |\n| **Summe brutto** | **1.872,94 €** |\n\nGOT einfacher Satz; Abweichungen bei Komplikationen möglich.',
          },
        ],
      },
      {
        name: 'chirurgie_teamleitung',
        description: 'Leitet das Chirurgie-Team',
        instructions: 'Lass die OP-Kosten kalkulieren und gib das Ergebnis zurück.',
        replies: [
          {
            handoff: 'op_kalkulation',
            message:
              'Bitte OP-Kosten Osteosynthese Femurschaft re. (Plattenosteosynthese), Kater 4,9 kg, GOT 1-fach, netto.',
          },
          {
            say: 'OP-Kosten Tiger, GOT 1-fach netto: 1.184,60 € (Narkose, Osteosynthese, Röntgen, Implantate, Material).',
          },
        ],
      },
      {
        name: 'op_kalkulation',
        description: 'Kalkuliert OP-Kosten aus dem GOT-Katalog',
        instructions: 'Hole die Positionen aus dem GOT-Katalog und summiere sie.',
        replies: [
          {
            call: 'got_positionen',
            args: { eingriff: 'Plattenosteosynthese Femurschaft', tierart: 'Katze', satz: 1 },
            result:
              '{"positionen": [{"nr": "GOT 49", "bez": "Inhalationsnarkose bis 2 h", "betrag": 218.40}, {"nr": "GOT 620", "bez": "Osteosynthese Röhrenknochen mit Platte", "betrag": 612.90}, {"nr": "GOT 140", "bez": "Röntgen, 2 Aufnahmen inkl. Kontrolle", "betrag": 96.30}, {"nr": "MAT-IMP", "bez": "Implantate (LCP 2,4 mm, 7 Schrauben)", "betrag": 284.00}, {"nr": "MAT-OP", "bez": "OP-Verbrauchsmaterial", "betrag": 73.00}], "waehrung": "EUR"}',
          },
          {
            say: 'OP-Kalkulation Tiger (GOT 1-fach, netto):\n| Nr. | Position | Betrag |\n|---|---|---|\n| GOT 49 | Inhalationsnarkose bis 2 h | 218,40 € |\n| GOT 620 | Osteosynthese mit Platte | 612,90 € |\n| GOT 140 | Röntgen 2 Aufnahmen | 96,30 € |\n| MAT-IMP | Implantate LCP 2,4 mm | 284,00 € |\n| MAT-OP | OP-Material | 73,00 € |\n| | **Summe** | **1.184,60 €** |',
          },
        ],
      },
      {
        name: 'stationaer_teamleitung',
        description: 'Leitet die stationäre Versorgung',
        instructions: 'Lass die Stationskosten kalkulieren und gib das Ergebnis zurück.',
        replies: [
          {
            handoff: 'stationaer_kalkulation',
            message:
              'Bitte Kosten 3 Tage stationär (Katze 4,9 kg) nach Osteosynthese: Unterbringung, Infusion, Medikation, GOT 1-fach netto.',
          },
          { say: 'Stationär 3 Tage, GOT 1-fach netto: 389,30 €.' },
        ],
      },
      {
        name: 'stationaer_kalkulation',
        description: 'Kalkuliert Kosten stationärer Aufenthalte',
        instructions: 'Kalkuliere die Stationskosten.',
        replies: [
          {
            call: 'got_positionen',
            args: { leistung: 'stationär 3 Tage', tierart: 'Katze', satz: 1 },
            result:
              '{"positionen": [{"nr": "GOT 30", "bez": "Unterbringung stationär je Tag", "menge": 3, "betrag": 174.60}, {"nr": "GOT 280", "bez": "Dauertropfinfusion je Tag", "menge": 3, "betrag": 126.30}, {"nr": "MED", "bez": "Analgesie und Antibiose", "betrag": 88.40}], "waehrung": "EUR"}',
          },
          {
            say: 'Stationär 3 Tage: Unterbringung 174,60 € + Infusion 126,30 € + Medikation 88,40 € = 389,30 € netto.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'op_kalkulation', to: 'chirurgie_teamleitung' },
      agent: 'op_kalkulation',
    },
  }),
  defineScenario({
    id: 'roentgen-pepe-befund-fissur-und-keine-fraktur',
    title:
      'Die Röntgenbefundung schreibt für Terrier Pepe zugleich "kein Hinweis auf Fraktur" und "Fissurlinie Radius distal" mit zwei Therapien; der Besitzerbrief nennt keinen Bruch und keine Schiene',
    domain: 'Tierklinik: Bildgebung und Besitzerkommunikation',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Jack-Russell-Terrier Pepe (P-2027-07210, 6,3 kg) ist gestern vom Sofa gesprungen und lahmt vorne links. Röntgen ist gemacht (RX-2027-11873). Bitte Befund einholen und Herrn Schulte einen verständlichen Brief mit dem weiteren Vorgehen schreiben.',
    topology: {
      shape: 'swarm',
      entry: 'roentgen_befunder',
      agents: ['roentgen_befunder', 'besitzer_brief'],
    },
    agents: [
      {
        name: 'roentgen_befunder',
        description: 'Fasst radiologische Befunde zusammen',
        instructions: 'Hole den Befund aus dem PACS, fasse ihn zusammen und übergib an den Besitzerbrief.',
        replies: [
          {
            call: 'pacs_befund_abrufen',
            args: { studie: 'RX-2027-11873' },
            result:
              '{"studie": "RX-2027-11873", "region": "Unterarm li., 2 Ebenen", "befund": "Feine, nicht dislozierte Fissurlinie Radius distal kraniolateral; Ulna intakt; moderate Weichteilschwellung", "beurteilung": "Inkomplette Fraktur (Fissur) Radius distal li.", "empfehlung": "Schienenverband 4 Wochen, Röntgenkontrolle nach 3 Wochen", "radiologin": "Dr. Weiß"}',
          },
          {
            handoff: 'besitzer_brief',
            message:
              'Befund RX-2027-11873 (Pepe, Unterarm li.): Kein Hinweis auf Fraktur, Kortikalis glatt begrenzt. Feine, nicht dislozierte Fissurlinie Radius distal kraniolateral, Ulna intakt, Weichteilschwellung. Vorgehen: Leinenruhe 2 Wochen, kein Verband erforderlich; Schienenverband 4 Wochen, Röntgenkontrolle nach 3 Wochen.',
          },
        ],
      },
      {
        name: 'besitzer_brief',
        description: 'Schreibt Briefe an Tierhalter',
        instructions: 'Formuliere den Befund verständlich und nenne das weitere Vorgehen.',
        replies: [
          {
            say: 'Sehr geehrter Herr Schulte,\n\ndas Röntgenbild von Pepes linkem Vorderbein (RX-2027-11873) zeigt erfreulicherweise **keinen Knochenbruch**. Die Lahmheit kommt von einer Prellung mit Schwellung der Weichteile.\n\n**So geht es weiter:**\n- 2 Wochen nur an der kurzen Leine ausführen, kein Springen und Toben\n- Ein Verband ist nicht nötig\n- Kontrolle in unserer Sprechstunde nach 3 Wochen\n\nGute Besserung für Pepe!\nIhr Team der Tierklinik',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'roentgen_befunder', to: 'besitzer_brief' },
      agent: 'roentgen_befunder',
    },
  }),
  defineScenario({
    id: 'praeop-labor-luna-geraetefehler-als-unauffaellig',
    title:
      'Das Laborgerät misst für Katze Luna wegen hämolytischer Probe weder Nierenwerte noch T4; das Präop-Labor meldet dem Router alle Werte im Referenzbereich',
    domain: 'Tierklinik: Anästhesie-Vorbereitung',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Katze Luna (EKH, 14 J., 3,8 kg, P-2027-01129) hat morgen, 12.03.2027, eine Zahnsanierung in Narkose. Vorher bitte präoperatives Labor (Blutbild, Nierenwerte inkl. SDMA, T4) auswerten und die Narkosefreigabe erteilen.',
    topology: {
      shape: 'network',
      coordinator: 'anaesthesie_router',
      workers: ['praeop_labor', 'narkose_freigabe'],
    },
    agents: [
      {
        name: 'anaesthesie_router',
        description: 'Steuert die Narkosevorbereitung',
        instructions:
          'Lass zuerst das Labor auswerten, dann die Narkose freigeben; beende, wenn beides vorliegt.',
        replies: [
          {
            handoff: 'praeop_labor',
            message:
              'Präop-Profil Luna (P-2027-01129, 14 J.): Blutbild, Kreatinin, SDMA, T4 auswerten (Probe von heute 14:10).',
          },
          {
            handoff: 'narkose_freigabe',
            message:
              'Luna (P-2027-01129), Zahnsanierung 12.03.2027: Präop-Labor laut Labor unauffällig (Nierenwerte und T4 im Referenzbereich). Bitte Narkoserisiko einstufen und freigeben.',
          },
          {
            say: '## Narkosevorbereitung Luna (P-2027-01129)\n\n- Präop-Labor: Blutbild, Nierenwerte und T4 im Referenzbereich\n- Narkose: ASA II, freigegeben (NF-2027-0552)\n- Zahnsanierung 12.03.2027, 08:30, Dental-OP\n\nBesitzerin bitte an Nüchternheit ab 22:00 erinnern.',
          },
        ],
      },
      {
        name: 'praeop_labor',
        description: 'Wertet präoperative Laborprofile aus',
        instructions: 'Rufe die Messung des Inhouse-Labors ab und bewerte die Werte.',
        replies: [
          {
            call: 'laborprofil_abrufen',
            args: { patient_id: 'P-2027-01129', profil: 'PRAEOP-SENIOR-KATZE', probe: '2027-03-11T14:10' },
            result: {
              error:
                'Catalyst One (SN CT1-44817): Fehler E-217 Probe stark hämolytisch – CREA, SDMA, TT4 nicht gemessen; ProCyte: Blutbild gemessen (HKT 36 %, WBC 8,2 G/l, PLT 310 G/l)',
            },
          },
          {
            say: 'Präop-Profil Luna (P-2027-01129): Blutbild unauffällig (HKT 36 %, Leukozyten 8,2 G/l, Thrombozyten 310 G/l). Nierenwerte (Kreatinin, SDMA) und T4 im Referenzbereich. Aus Laborsicht narkosefähig.',
          },
        ],
      },
      {
        name: 'narkose_freigabe',
        description: 'Erteilt Narkosefreigaben',
        instructions: 'Stufe das Narkoserisiko ein und lege die Freigabe an.',
        replies: [
          {
            call: 'freigabe_anlegen',
            args: { patient_id: 'P-2027-01129', eingriff: 'Zahnsanierung', asa: 'II', datum: '2027-03-12' },
            result:
              '{"freigabe": "NF-2027-0552", "slot": "2027-03-12T08:30", "raum": "Dental-OP", "protokoll": "Senior Katze Standard"}',
          },
          {
            say: 'Narkose freigegeben: NF-2027-0552, ASA II, 12.03.2027 08:30 Dental-OP, Protokoll Senior Katze Standard.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'praeop_labor', to: 'anaesthesie_router' },
      agent: 'praeop_labor',
    },
  }),
  defineScenario({
    id: 'pankreatitis-diaetplan-dreimal-unveraendert-vorgelegt',
    title:
      'Der Diätprüfer verlangt für Hund Benno eine Reduktion auf den Energiebedarf; der Ernährungsplaner legt den Plan mit 2× 190 g dreimal unverändert vor',
    domain: 'Tierklinik: Klinische Ernährung',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Hund Benno (Cocker Spaniel, 14,6 kg, P-2027-04071) wird nach akuter Pankreatitis entlassen. Bitte einen fettarmen Diätplan (Fett < 10 % i. TS) erstellen, der seinem Energiebedarf (ca. 780 kcal/Tag) entspricht, prüfen lassen und in den Entlassungsbrief übernehmen.',
    topology: {
      shape: 'pipeline',
      order: ['ernaehrungsplaner', 'diaet_pruefer', 'entlass_schreiber'],
      loop: { from: 'diaet_pruefer', to: 'ernaehrungsplaner', while: 'ÜBERARBEITEN', max: 3 },
    },
    agents: [
      {
        name: 'ernaehrungsplaner',
        description: 'Erstellt Diätpläne für Patienten',
        instructions: 'Erstelle einen Diätplan oder überarbeite ihn nach der Rückmeldung des Prüfers.',
        prompt: 'Auftrag bzw. Rückmeldung:\n{input}',
        replies: [
          {
            say: 'Diätplan Benno (P-2027-04071):\n- Futter: Gastrointestinal Low Fat (Trocken), 3.480 kcal/kg, Fett 7 % i. TS\n- Menge: 2× täglich 190 g\n- Übergang: 3 Tage mit Schonkost mischen\n- Leckerlis: keine',
          },
          {
            say: 'Diätplan Benno (P-2027-04071):\n- Futter: Gastrointestinal Low Fat (Trocken), 3.480 kcal/kg, Fett 7 % i. TS\n- Menge: 2× täglich 190 g\n- Übergang: 3 Tage mit Schonkost mischen\n- Leckerlis: keine',
          },
          {
            say: 'Diätplan Benno (P-2027-04071):\n- Futter: Gastrointestinal Low Fat (Trocken), 3.480 kcal/kg, Fett 7 % i. TS\n- Menge: 2× täglich 190 g\n- Übergang: 3 Tage mit Schonkost mischen\n- Leckerlis: keine',
          },
        ],
      },
      {
        name: 'diaet_pruefer',
        description: 'Prüft Diätpläne auf Nährstoff- und Energiegehalt',
        instructions:
          'Prüfe den Plan. Beginne mit "ÜBERARBEITEN:" wenn etwas zu ändern ist, sonst mit "FREIGEGEBEN:".',
        prompt: 'Diätplan zur Prüfung:\n{input}',
        replies: [
          {
            say: 'ÜBERARBEITEN: 2× 190 g = 380 g × 3,48 kcal/g = 1.322 kcal/Tag, Bedarf ca. 780 kcal/Tag. Bitte Tagesmenge auf ca. 225 g reduzieren (z. B. 3× 75 g, kleine Mahlzeiten sind bei Pankreatitis günstiger).',
          },
          {
            say: 'ÜBERARBEITEN: Menge weiterhin 2× 190 g (1.322 kcal/Tag) bei Bedarf ca. 780 kcal/Tag. Tagesmenge ca. 225 g, verteilt auf 3 Mahlzeiten.',
          },
          {
            say: 'ÜBERARBEITEN: Plan unverändert 2× 190 g Gastrointestinal Low Fat (1.322 kcal/Tag). Fettgehalt 7 % i. TS ist in Ordnung; Menge entspricht nicht dem Bedarf von ca. 780 kcal/Tag.',
          },
        ],
      },
      {
        name: 'entlass_schreiber',
        description: 'Schreibt Entlassungsbriefe',
        instructions: 'Übernimm den Diätplan in den Entlassungsbrief.',
        prompt: 'Letzter Stand der Diätprüfung:\n{input}\n\nAuftrag:\n{request}',
        replies: [
          {
            say: '## Entlassungsbrief Benno (P-2027-04071)\n\n**Diagnose:** akute Pankreatitis, klinisch stabil\n\n**Fütterung zu Hause:**\n- Gastrointestinal Low Fat (Trocken), Fett 7 % i. TS\n- 2× täglich 190 g\n- Keine Leckerlis, keine Tischreste\n\n**Kontrolle:** in 10 Tagen mit Blutprobe (cPLI).',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'ernaehrungsplaner', to: 'diaet_pruefer' },
      agent: 'ernaehrungsplaner',
    },
  }),
  defineScenario({
    id: 'got-abrechnung-markdown-statt-json-versand-bricht-ab',
    title:
      'Die GOT-Abrechnung soll JSON für das Rechnungsmodul liefern, antwortet aber mit einer Markdown-Tabelle; das Programm wirft beim Einlesen, die Rechnung geht nie raus',
    domain: 'Tierklinik: Abrechnung nach GOT',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Behandlung von Zwergkaninchen Hoppel (P-2027-08154) vom 08.03.2027 abrechnen: Allgemeinuntersuchung, Zahnkorrektur unter Sedation, Schmerzmittel. Rechnung an Frau Becker per E-Mail (becker.j@example.de).',
    topology: {
      shape: 'pipeline',
      order: ['behandlungs_doku', 'abrechnung_got', 'rechnungs_versand'],
    },
    program: {
      crash: {
        agent: 'abrechnung_got',
        error:
          'SyntaxError: Unexpected token \'#\', "## Abrechn"... is not valid JSON (rechnungsmodul/parsePositionen)',
      },
    },
    agents: [
      {
        name: 'behandlungs_doku',
        description: 'Liefert die Behandlungsdokumentation',
        instructions: 'Hole die dokumentierten Leistungen aus der Akte.',
        replies: [
          {
            call: 'akte_leistungen',
            args: { patient_id: 'P-2027-08154', datum: '2027-03-08' },
            result:
              '{"leistungen": [{"got": "GOT 1", "bez": "Allgemeine Untersuchung mit Beratung", "anzahl": 1}, {"got": "GOT 416", "bez": "Zahnkorrektur Kaninchen (Backenzähne)", "anzahl": 1}, {"got": "GOT 52", "bez": "Sedation", "anzahl": 1}, {"got": "MED", "bez": "Meloxicam 0,5 mg/ml 10 ml", "anzahl": 1}], "tierarzt": "Dr. Nowak"}',
          },
          {
            say: 'Leistungen 08.03.2027, Hoppel (P-2027-08154), Dr. Nowak: GOT 1 Allgemeine Untersuchung, GOT 416 Zahnkorrektur Backenzähne, GOT 52 Sedation, Meloxicam 0,5 mg/ml 10 ml.',
          },
        ],
      },
      {
        name: 'abrechnung_got',
        description: 'Bewertet Leistungen nach GOT',
        instructions: 'Bewerte die Leistungen nach GOT (einfacher Satz).',
        prompt:
          'Leistungen:\n{input}\n\nAntworte ausschließlich mit JSON im Format {"positionen": [{"got": string, "betrag": number}], "netto": number, "brutto": number}.',
        replies: [
          {
            say: '## Abrechnung Hoppel (P-2027-08154), 08.03.2027\n\n| GOT | Leistung | Betrag |\n|---|---|---|\n| GOT 1 | Allgemeine Untersuchung | 23,62 € |\n| GOT 416 | Zahnkorrektur Backenzähne | 64,13 € |\n| GOT 52 | Sedation | 31,87 € |\n| MED | Meloxicam 0,5 mg/ml 10 ml | 9,80 € |\n| | **netto** | **129,42 €** |\n| | **brutto (19 %)** | **154,01 €** |',
          },
        ],
      },
      {
        name: 'rechnungs_versand',
        description: 'Erstellt und versendet Rechnungen',
        instructions: 'Erstelle die Rechnung aus den Positionen und versende sie.',
        prompt: 'Positionen (JSON):\n{input}',
        replies: [
          {
            call: 'rechnung_versenden',
            args: { patient_id: 'P-2027-08154', empfaenger: 'becker.j@example.de' },
            result: '{"rechnung": "RE-2027-031877", "status": "versendet"}',
          },
          { say: 'Rechnung RE-2027-031877 an becker.j@example.de versendet.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'abrechnung_got', to: 'rechnungs_versand' },
      agent: 'abrechnung_got',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'niere-katze-kira-kreatinin-umgerechnet-iris-staging',
    title:
      'Die Fallführung rechnet Kiras Kreatinin von 212 µmol/l korrekt in 2,4 mg/dl um, bevor sie das IRIS-Staging beauftragt',
    domain: 'Tierklinik: Nephrologie',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Katze Kira (BKH, 11 J., 4,4 kg, P-2027-02215) hat seit Wochen vermehrten Durst. Blut- und Urinprobe vom 05.03.2027 sind im Labor. Bitte Befunde auswerten und das IRIS-Stadium bestimmen, Werte in mg/dl, wie bei uns üblich.',
    topology: {
      shape: 'supervisor',
      coordinator: 'nephrologie_fallfuehrung',
      workers: ['labor_befundung', 'iris_staging'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'nephrologie_fallfuehrung',
        description: 'Führt nephrologische Fälle',
        instructions: 'Hole die Laborbefunde, lass das IRIS-Stadium bestimmen und fasse zusammen.',
        replies: [
          {
            handoff: 'labor_befundung',
            message:
              'Bitte Befunde für Kira (P-2027-02215), Proben vom 05.03.2027: Kreatinin, SDMA, UPC, Urin-spez. Gewicht, Blutdruck aus der Akte.',
          },
          {
            handoff: 'iris_staging',
            message:
              'IRIS-Staging Katze Kira (P-2027-02215), stabile Patientin:\n- Kreatinin 2,4 mg/dl (Labor: 212 µmol/l)\n- SDMA 22 µg/dl\n- UPC 0,18\n- systolischer Blutdruck 152 mmHg\n- USG 1,019',
          },
          {
            say: '## Kira (P-2027-02215) – Nierenbefund\n\n| Parameter | Wert |\n|---|---|\n| Kreatinin | 2,4 mg/dl (212 µmol/l) |\n| SDMA | 22 µg/dl |\n| UPC | 0,18 |\n| Blutdruck syst. | 152 mmHg |\n| USG | 1,019 |\n\n**IRIS-Stadium 2**, Substadium nicht proteinurisch, prähypertensiv. Empfehlung: Nierendiät, Blutdruckkontrolle in 4 Wochen.',
          },
        ],
      },
      {
        name: 'labor_befundung',
        description: 'Liefert Laborbefunde aus dem Laborsystem',
        instructions: 'Rufe die Befunde ab und gib sie mit Einheiten wieder.',
        replies: [
          {
            call: 'befunde_abrufen',
            args: { patient_id: 'P-2027-02215', datum: '2027-03-05' },
            result:
              '{"kreatinin": {"wert": 212, "einheit": "µmol/l", "ref": "71-212"}, "sdma": {"wert": 22, "einheit": "µg/dl", "ref": "0-14"}, "upc": 0.18, "usg": 1.019, "blutdruck_syst_mmHg": 152, "labor": "Vetlab Nord, Auftrag L-2027-118833"}',
          },
          {
            say: 'Befunde Kira (Auftrag L-2027-118833, 05.03.2027): Kreatinin 212 µmol/l (Ref. 71–212), SDMA 22 µg/dl (Ref. 0–14), UPC 0,18, USG 1,019, Blutdruck systolisch 152 mmHg.',
          },
        ],
      },
      {
        name: 'iris_staging',
        description: 'Bestimmt IRIS-Stadien chronischer Nierenerkrankungen',
        instructions: 'Bestimme Stadium und Substadien nach IRIS-Richtlinien (Katze).',
        replies: [
          {
            say: 'IRIS Katze Kira: Kreatinin 2,4 mg/dl (Stadium 2: 1,6–2,8) und SDMA 22 µg/dl (18–25) → **Stadium 2**. UPC 0,18 < 0,2 → nicht proteinurisch. 152 mmHg → prähypertensiv (140–159).',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context / low_quality_output: the creatinine value changes from 212 to 2,4 between agents, but only its unit (µmol/l → mg/dl, factor 88,4)',
  }),
  defineScenario({
    id: 'impftermin-findus-nachtrag-freitag-gebucht',
    title:
      'Die Terminannahme erwähnt den ursprünglichen Dienstag und den verworfenen Donnerstag, bucht die Impfsprechstunde aber richtig auf den nachgetragenen Freitag',
    domain: 'Tierklinik: Terminvergabe Impfsprechstunde',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Hallo, ich habe für meinen Kater Findus (P-2027-09346) am Di 09.03.2027 um 10:00 einen Impftermin (Katzenschnupfen/Seuche, Tollwut). Könnten wir das auf Do 11.03. verschieben, gerne nachmittags? — Nachtrag: Donnerstag klappt doch nicht, bitte stattdessen Fr 12.03. ab 15 Uhr. Danke, Anna Roth',
    topology: {
      shape: 'swarm',
      entry: 'terminannahme',
      agents: ['terminannahme', 'impf_sprechstunde'],
    },
    agents: [
      {
        name: 'terminannahme',
        description: 'Nimmt Terminwünsche entgegen und storniert alte Termine',
        instructions: 'Storniere den alten Termin und übergib den gültigen Wunsch an die Impfsprechstunde.',
        replies: [
          {
            call: 'termin_stornieren',
            args: { patient_id: 'P-2027-09346', termin: '2027-03-09T10:00' },
            result: '{"storniert": "T-2027-0309-1000-04", "status": "ok"}',
          },
          {
            handoff: 'impf_sprechstunde',
            message:
              'Findus (P-2027-09346), Impfung RCP + Tollwut. Alter Termin Di 09.03. 10:00 storniert (T-2027-0309-1000-04). Der zunächst gewünschte Do 11.03. entfällt laut Nachtrag der Besitzerin. Gültiger Wunsch: Fr 12.03.2027 ab 15:00.',
          },
        ],
      },
      {
        name: 'impf_sprechstunde',
        description: 'Vergibt Termine in der Impfsprechstunde',
        instructions: 'Buche den gewünschten Impftermin und bestätige ihn.',
        replies: [
          {
            call: 'impftermin_buchen',
            args: {
              patient_id: 'P-2027-09346',
              datum: '2027-03-12',
              ab: '15:00',
              impfungen: ['RCP', 'Tollwut'],
            },
            result:
              '{"termin": "T-2027-0312-1520-02", "beginn": "2027-03-12T15:20", "raum": "Sprechzimmer 3", "tierarzt": "Dr. Franke"}',
          },
          {
            say: 'Liebe Frau Roth,\n\nder Termin am Di 09.03. ist storniert. Neuer Impftermin für Findus: **Fr 12.03.2027, 15:20 Uhr**, Sprechzimmer 3 bei Dr. Franke (RCP + Tollwut). Bitte den Impfpass mitbringen.\n\nViele Grüße\nIhre Tierklinik',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: the old Tuesday and the dropped Thursday are still named in the handoff, but the booking uses the valid Friday',
  }),
  defineScenario({
    id: 'milzblutung-kreuzprobe-zeitueberschreitung-wiederholt',
    title:
      'Die Blutbank erhält bei der Kreuzprobe für Hund Rex zuerst eine Zeitüberschreitung, wiederholt die Anfrage und meldet das kompatible Konserven-Ergebnis',
    domain: 'Tierklinik: Notaufnahme und Transfusionsmedizin',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Notfall 21:40: Schäferhund Rex (38 kg, P-2027-00463) mit Verdacht auf blutenden Milztumor, HKT 18 %. Blutgruppe DEA 1 negativ laut Akte. Bitte Erythrozytenkonzentrat mit Kreuzprobe bereitstellen und Intensivplatz für OP-Vorbereitung organisieren.',
    topology: {
      shape: 'network',
      coordinator: 'notaufnahme_router',
      workers: ['blutbank', 'intensiv_station'],
    },
    agents: [
      {
        name: 'notaufnahme_router',
        description: 'Steuert die Notaufnahme',
        instructions: 'Lass Blut bereitstellen und einen Intensivplatz organisieren; beende danach.',
        replies: [
          {
            handoff: 'blutbank',
            message:
              'Rex (P-2027-00463, 38 kg, DEA 1 neg.), HKT 18 %: Erythrozytenkonzentrat mit Major-Kreuzprobe, dringend.',
          },
          {
            handoff: 'intensiv_station',
            message:
              'Intensivplatz für Rex (P-2027-00463), Transfusion EK-2027-0214 ab 22:15, anschließend Splenektomie-Vorbereitung.',
          },
          {
            say: '## Notfall Rex (P-2027-00463)\n\n- **Transfusion:** EK-2027-0214 (DEA 1 neg., 250 ml), Kreuzprobe kompatibel (2. Anfrage nach Zeitüberschreitung), ab 22:15\n- **Intensiv:** Box ITS-3, Monitoring EKG/Blutdruck, OP-Freigabe Splenektomie nach Transfusion\n\nDiensthabende Chirurgin Dr. Lange informiert.',
          },
        ],
      },
      {
        name: 'blutbank',
        description: 'Verwaltet Blutkonserven und Kreuzproben',
        instructions: 'Fordere Konserve und Kreuzprobe an; melde Fehler und Ergebnis ehrlich.',
        replies: [
          {
            call: 'kreuzprobe_anfordern',
            args: { patient_id: 'P-2027-00463', blutgruppe: 'DEA 1 neg', produkt: 'EK', menge_ml: 250 },
            result: {
              error: 'Blutbank-Server BB-01: Zeitüberschreitung nach 20000 ms, Anfrage nicht angelegt',
            },
          },
          {
            call: 'kreuzprobe_anfordern',
            args: { patient_id: 'P-2027-00463', blutgruppe: 'DEA 1 neg', produkt: 'EK', menge_ml: 250 },
            result:
              '{"konserve": "EK-2027-0214", "spender": "S-0871", "blutgruppe": "DEA 1 neg", "major_kreuzprobe": "kompatibel", "bereit": "2027-03-10T22:10"}',
          },
          {
            say: 'Erste Anfrage mit Zeitüberschreitung abgebrochen (nicht angelegt), zweite Anfrage erfolgreich: EK-2027-0214 (Spender S-0871, DEA 1 neg., 250 ml), Major-Kreuzprobe kompatibel, bereit 22:10.',
          },
        ],
      },
      {
        name: 'intensiv_station',
        description: 'Vergibt Intensivplätze',
        instructions: 'Reserviere einen Intensivplatz mit Monitoring.',
        replies: [
          {
            call: 'its_platz_reservieren',
            args: { patient_id: 'P-2027-00463', ab: '22:15', monitoring: ['EKG', 'Blutdruck invasiv'] },
            result: '{"box": "ITS-3", "pflege": "K. Arslan", "status": "reserviert"}',
          },
          { say: 'Box ITS-3 ab 22:15 reserviert, Pflege K. Arslan, Monitoring EKG und Blutdruck.' },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: a blood-bank timeout that the agent retried and reported openly, not swallowed',
  }),
  defineScenario({
    id: 'zweitmeinung-kardiologie-versicherung-optional-abgebrochen',
    title:
      'Die optionale Versicherungsabfrage für Hund Emma bricht mitten im Satz ab; der Zweitmeinungsbericht stützt sich nur auf den kardiologischen Befund und vermerkt den Status als offen',
    domain: 'Tierklinik: Kardiologie-Zweitmeinung',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Zweitmeinung für Cavalier-King-Charles-Hündin Emma (8 J., 9,1 kg, P-2027-05530): Herzgeräusch Grad 4/6, Echo vom 04.03.2027 liegt vor. Ist eine Therapie mit Pimobendan indiziert? Falls schnell verfügbar, gerne auch den Versicherungsstatus (Agila) – das ist aber nicht zwingend.',
    topology: {
      shape: 'fanout',
      planner: 'zweitmeinung_koordination',
      workers: ['kardiologie_befund', 'versicherungs_check'],
      aggregator: 'zweitmeinung_bericht',
    },
    agents: [
      {
        name: 'zweitmeinung_koordination',
        description: 'Verteilt Zweitmeinungsanfragen',
        instructions: 'Brief für Kardiologie und optional für die Versicherungsabfrage.',
        replies: [
          {
            plan: {
              kardiologie_befund:
                'Echo Emma (P-2027-05530) vom 04.03.2027 nach ACVIM auswerten: Stadium, Indikation für Pimobendan.',
              versicherungs_check:
                'Optional: Versicherungsstatus Agila für Emma (P-2027-05530), Tarif und Kardiologie-Deckung.',
            },
          },
        ],
      },
      {
        name: 'kardiologie_befund',
        description: 'Wertet Echokardiographien aus',
        instructions: 'Werte das Echo nach ACVIM aus.',
        prompt: 'Auftrag:\n{input}',
        replies: [
          {
            call: 'echo_messwerte',
            args: { patient_id: 'P-2027-05530', datum: '2027-03-04' },
            result:
              '{"LA_Ao": 1.9, "LVIDDN": 1.84, "MR": "hochgradig, Mitralklappenendokardiose", "VHS": 11.6, "lungenoedem": false}',
          },
          {
            say: 'Emma: LA/Ao 1,9 (≥ 1,6), LVIDDN 1,84 (≥ 1,7), VHS 11,6 (> 10,5) bei Mitralklappenendokardiose, kein Lungenödem → **ACVIM B2**. Pimobendan indiziert: 0,25 mg/kg 2× täglich (≈ 2,5 mg 2× tgl.).',
          },
        ],
      },
      {
        name: 'versicherungs_check',
        description: 'Fragt Versicherungsstatus bei Tierkrankenversicherungen ab',
        instructions: 'Frage den Versicherungsstatus ab, falls möglich.',
        prompt: 'Auftrag:\n{input}',
        replies: [{ say: 'Versicherungsstatus Emma (P-2027-05530): Agila Tarif', cutOff: true }],
      },
      {
        name: 'zweitmeinung_bericht',
        description: 'Schreibt den Zweitmeinungsbericht',
        instructions: 'Fasse die Ergebnisse zusammen; optionale Angaben nur, wenn vollständig.',
        replies: [
          {
            say: '## Zweitmeinung Emma (P-2027-05530)\n\n**Befund:** Mitralklappenendokardiose, LA/Ao 1,9, LVIDDN 1,84, VHS 11,6, kein Lungenödem → **ACVIM Stadium B2**.\n\n**Empfehlung:** Pimobendan ist indiziert, 0,25 mg/kg 2× täglich (≈ 2,5 mg 2× tgl.); Echo-Kontrolle in 6 Monaten, Ruheatemfrequenz zu Hause zählen.\n\n_Versicherungsstatus (optional): konnte nicht vollständig ermittelt werden, wird bei Bedarf nachgereicht._',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output: the optional insurance branch is cut off mid-sentence, but the report does not use it and says so',
  }),
  defineScenario({
    id: 'landschildkroeten-winterstarre-hilde-zurueckgestellt',
    title:
      'Die Reptiliensprechstunde gibt zwei von drei Landschildkröten für die Winterstarre frei und stellt Hilde nach dem im Auftrag genannten Gewichtskriterium zurück',
    domain: 'Tierklinik: Exoten, Reptilien',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Winterstarre-Check für meine drei Griechischen Landschildkröten Bruno (P-2027-10211), Hilde (P-2027-10212) und Kalle (P-2027-10213): Kotprobe, Untersuchung und Freigabe für die Winterstarre. In die Winterstarre dürfen nach Ihrer Klinikregel nur Tiere mit unauffälligem Befund und Jackson-Ratio im Normbereich. Bitte schicken Sie mir das Ergebnis per E-Mail.',
    topology: {
      shape: 'branch',
      classifier: 'exoten_triage',
      routes: { reptil: 'reptilien_sprechstunde', vogel: 'vogel_sprechstunde' },
      after: 'befund_versand',
    },
    agents: [
      {
        name: 'exoten_triage',
        description: 'Ordnet Exoten-Anfragen der Fachsprechstunde zu',
        instructions: 'Antworte mit "reptil" oder "vogel" und kurzer Begründung.',
        replies: [{ say: 'reptil – drei Testudo hermanni, Winterstarre-Vorsorge.' }],
      },
      {
        name: 'reptilien_sprechstunde',
        description: 'Reptilien-Sprechstunde',
        instructions: 'Untersuche die Tiere und entscheide über die Winterstarre nach Klinikregel.',
        prompt: 'Zuordnung: {input}\n\nAuftrag: {request}',
        replies: [
          {
            call: 'untersuchung_erfassen',
            args: {
              patienten: ['P-2027-10211', 'P-2027-10212', 'P-2027-10213'],
              umfang: ['Gewicht', 'Carapaxlaenge', 'Kotprobe'],
            },
            result:
              '{"ergebnisse": [{"id": "P-2027-10211", "name": "Bruno", "gewicht_g": 1040, "jackson_ratio": 0.21, "kot": "negativ"}, {"id": "P-2027-10212", "name": "Hilde", "gewicht_g": 612, "jackson_ratio": 0.15, "kot": "negativ"}, {"id": "P-2027-10213", "name": "Kalle", "gewicht_g": 890, "jackson_ratio": 0.20, "kot": "Oxyuren vereinzelt"}], "norm_jackson": "0,18-0,23"}',
          },
          {
            say: '| Tier | Gewicht | Jackson-Ratio | Kot | Winterstarre |\n|---|---|---|---|---|\n| Bruno (P-2027-10211) | 1.040 g | 0,21 | negativ | freigegeben |\n| Hilde (P-2027-10212) | 612 g | 0,15 (unter Norm 0,18–0,23) | negativ | **nicht freigegeben**, Überwinterung warm, Kontrolle in 4 Wochen |\n| Kalle (P-2027-10213) | 890 g | 0,20 | Oxyuren vereinzelt | freigegeben nach Entwurmung (Fenbendazol 50 mg/kg, 2× im Abstand von 14 Tagen), Beginn frühestens 3 Wochen nach 2. Gabe |',
          },
        ],
      },
      {
        name: 'vogel_sprechstunde',
        description: 'Vogel-Sprechstunde',
        instructions: 'Untersuche Vögel.',
        replies: [{ say: 'Keine Vögel in diesem Auftrag.' }],
      },
      {
        name: 'befund_versand',
        description: 'Versendet Befunde an Tierhalter',
        instructions: 'Formuliere die Befund-E-Mail an den Tierhalter.',
        prompt: 'Befund der Sprechstunde:\n{input}',
        replies: [
          {
            say: 'Betreff: Winterstarre-Check Bruno, Hilde und Kalle\n\nGuten Tag,\n\nhier die Ergebnisse:\n- **Bruno:** 1.040 g, Jackson-Ratio 0,21, Kot negativ → Winterstarre freigegeben.\n- **Kalle:** 890 g, Jackson-Ratio 0,20, vereinzelt Oxyuren → zuerst Entwurmung mit Fenbendazol (2 Gaben im Abstand von 14 Tagen), Winterstarre frühestens 3 Wochen nach der 2. Gabe.\n- **Hilde:** 612 g, Jackson-Ratio 0,15 und damit unter dem Normbereich (0,18–0,23) → in diesem Jahr **keine Winterstarre**; bitte warm überwintern, Kontrolle in 4 Wochen.\n\nFreundliche Grüße\nIhre Exotensprechstunde',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task: one of three tortoises is left out of hibernation, but by the exclusion rule the request itself states',
  }),
  defineScenario({
    id: 'btm-quartalsinventur-nord-sued-chargen-abgeglichen',
    title:
      'Die BtM-Verantwortliche lässt beide Standorte ihre Betäubungsmittelbestände mit Chargen, Belegnummern und Zählständen abgleichen; alle Zahlen gehen unverändert in den Quartalsbericht',
    domain: 'Tierklinik-Verbund: Betäubungsmittel-Dokumentation',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'BtM-Quartalsinventur Q1/2027 für die Standorte Nord und Süd: Bestände laut BtM-Buch mit Zählbestand abgleichen (Methadon, Fentanyl, Ketamin ist kein BtM – nicht aufnehmen), Differenzen mit Belegnummer nennen, Bericht bis 31.03.2027.',
    topology: {
      shape: 'nested',
      top: 'btm_verantwortliche',
      teams: {
        standort_nord_lead: ['btm_buch_nord'],
        standort_sued_lead: ['btm_buch_sued'],
      },
    },
    agents: [
      {
        name: 'btm_verantwortliche',
        description: 'Verantwortet die BtM-Dokumentation im Verbund',
        instructions: 'Lass beide Standorte inventarisieren und erstelle den Quartalsbericht.',
        replies: [
          {
            handoff: 'standort_nord_lead',
            message:
              'BtM-Inventur Q1/2027 Standort Nord: Methadon und Fentanyl, Buch- gegen Zählbestand, Differenzen mit Beleg.',
          },
          {
            handoff: 'standort_sued_lead',
            message:
              'BtM-Inventur Q1/2027 Standort Süd: Methadon und Fentanyl, Buch- gegen Zählbestand, Differenzen mit Beleg.',
          },
          {
            say: '## BtM-Quartalsinventur Q1/2027\n\n| Standort | Präparat | Charge | Buchbestand | Zählbestand | Differenz | Beleg |\n|---|---|---|---|---|---|---|\n| Nord | Comfortan 10 mg/ml (Methadon) | C-24K117 | 41,5 ml | 41,5 ml | 0 | – |\n| Nord | Fentadon 50 µg/ml (Fentanyl) | F-25A063 | 18,0 ml | 17,6 ml | −0,4 ml | BV-N-2027-014 (Bruch Ampulle 12.02.) |\n| Süd | Comfortan 10 mg/ml (Methadon) | C-24M209 | 27,0 ml | 27,0 ml | 0 | – |\n| Süd | Fentadon 50 µg/ml (Fentanyl) | F-25A063 | 9,5 ml | 9,5 ml | 0 | – |\n\nEinzige Differenz Nord Fentanyl −0,4 ml, belegt durch BV-N-2027-014. Bericht fristgerecht vor 31.03.2027.',
          },
        ],
      },
      {
        name: 'standort_nord_lead',
        description: 'Leitet den Standort Nord',
        instructions: 'Lass das BtM-Buch abgleichen und gib das Ergebnis zurück.',
        replies: [
          {
            handoff: 'btm_buch_nord',
            message: 'Abgleich BtM-Buch Nord Q1/2027: Methadon, Fentanyl; Differenzen mit Belegnummer.',
          },
          {
            say: 'Nord Q1/2027: Methadon C-24K117 41,5/41,5 ml (0); Fentanyl F-25A063 Buch 18,0 ml, gezählt 17,6 ml, −0,4 ml belegt durch BV-N-2027-014 (Ampullenbruch 12.02.2027).',
          },
        ],
      },
      {
        name: 'btm_buch_nord',
        description: 'Führt das BtM-Buch am Standort Nord',
        instructions: 'Gleiche Buch- und Zählbestand ab.',
        replies: [
          {
            call: 'btm_abgleich',
            args: { standort: 'Nord', quartal: '2027-Q1', wirkstoffe: ['Methadon', 'Fentanyl'] },
            result:
              '{"positionen": [{"praeparat": "Comfortan 10 mg/ml", "charge": "C-24K117", "buch_ml": 41.5, "zaehl_ml": 41.5, "diff_ml": 0}, {"praeparat": "Fentadon 50 µg/ml", "charge": "F-25A063", "buch_ml": 18.0, "zaehl_ml": 17.6, "diff_ml": -0.4, "beleg": "BV-N-2027-014", "grund": "Bruch Ampulle 2027-02-12"}], "gezaehlt_von": ["S. Ritter", "Dr. Aydin"], "entnahmen_q1": 146}',
          },
          {
            say: 'BtM-Abgleich Nord Q1/2027 (146 Entnahmen, gezählt S. Ritter / Dr. Aydin):\n- Comfortan 10 mg/ml, Charge C-24K117: Buch 41,5 ml, Zählung 41,5 ml, Differenz 0\n- Fentadon 50 µg/ml, Charge F-25A063: Buch 18,0 ml, Zählung 17,6 ml, Differenz −0,4 ml → Beleg BV-N-2027-014 (Ampullenbruch 12.02.2027)',
          },
        ],
      },
      {
        name: 'standort_sued_lead',
        description: 'Leitet den Standort Süd',
        instructions: 'Lass das BtM-Buch abgleichen und gib das Ergebnis zurück.',
        replies: [
          {
            handoff: 'btm_buch_sued',
            message: 'Abgleich BtM-Buch Süd Q1/2027: Methadon, Fentanyl; Differenzen mit Belegnummer.',
          },
          {
            say: 'Süd Q1/2027: Methadon C-24M209 27,0/27,0 ml (0); Fentanyl F-25A063 9,5/9,5 ml (0). Keine Differenzen.',
          },
        ],
      },
      {
        name: 'btm_buch_sued',
        description: 'Führt das BtM-Buch am Standort Süd',
        instructions: 'Gleiche Buch- und Zählbestand ab.',
        replies: [
          {
            call: 'btm_abgleich',
            args: { standort: 'Süd', quartal: '2027-Q1', wirkstoffe: ['Methadon', 'Fentanyl'] },
            result:
              '{"positionen": [{"praeparat": "Comfortan 10 mg/ml", "charge": "C-24M209", "buch_ml": 27.0, "zaehl_ml": 27.0, "diff_ml": 0}, {"praeparat": "Fentadon 50 µg/ml", "charge": "F-25A063", "buch_ml": 9.5, "zaehl_ml": 9.5, "diff_ml": 0}], "gezaehlt_von": ["L. Petersen", "Dr. Hoffmann"], "entnahmen_q1": 93}',
          },
          {
            say: 'BtM-Abgleich Süd Q1/2027 (93 Entnahmen, gezählt L. Petersen / Dr. Hoffmann):\n- Comfortan 10 mg/ml, Charge C-24M209: Buch 27,0 ml, Zählung 27,0 ml, Differenz 0\n- Fentadon 50 µg/ml, Charge F-25A063: Buch 9,5 ml, Zählung 9,5 ml, Differenz 0',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output / lost_message: long hand-backs full of batch numbers, vouchers and counts, all carried up unchanged and consistent',
  }),
];

export const blindBatch139Scenarios = [...faults, ...healthy];
