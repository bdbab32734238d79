import { defineScenario } from '../scenario.ts';

// Blind batch 122: Monatsabschluss in einer österreichischen Steuerberatungskanzlei (Bankabstimmungen, UVA, Lohnjournale, Abgrenzungen, Prüferanfragen), auf Deutsch.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'uva-februar-vorsteuer-mit-maerzbelegen-gebucht',
    title:
      'Der Belegprüfer übergibt die Eingangsrechnungen für die UVA Februar 2027; der UVA-Ersteller zieht die Vorsteuer auch aus den bereits mitgelieferten Märzbelegen',
    domain: 'Umsatzsteuervoranmeldung',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Mandant Tischlerei Gruber KG (StNr 09 123/4567): UVA für Februar 2027 erstellen. Vorsteuer nur aus Eingangsrechnungen mit Rechnungsdatum 01.02.–28.02.2027; die schon eingescannten Märzbelege bleiben für die UVA März. Abgabe über FinanzOnline bis 15.04.2027.',
    topology: { shape: 'pipeline', order: ['belegpruefer', 'uva_ersteller', 'fristen_kontrolle'] },
    agents: [
      {
        name: 'belegpruefer',
        description: 'Prüft Eingangs- und Ausgangsbelege des Monats',
        instructions: 'Liste die Belege mit Datum, Netto und Vorsteuer auf.',
        replies: [
          {
            call: 'belege_abrufen',
            args: { mandant: 'GRU-0412', von: '2027-02-01', bis: '2027-03-10', art: 'ER' },
            result:
              '{"belege": [{"nr": "ER-2027-0211", "datum": "2027-02-03", "netto": 4820.00, "vst": 964.00}, {"nr": "ER-2027-0219", "datum": "2027-02-17", "netto": 1250.00, "vst": 250.00}, {"nr": "ER-2027-0230", "datum": "2027-02-26", "netto": 610.50, "vst": 122.10}, {"nr": "ER-2027-0301", "datum": "2027-03-02", "netto": 3400.00, "vst": 680.00}, {"nr": "ER-2027-0305", "datum": "2027-03-06", "netto": 890.00, "vst": 178.00}]}',
          },
          {
            say: '**Eingangsrechnungen Gruber KG (Abruf 01.02.–10.03.2027):**\n\n| Beleg | Datum | Netto € | VSt € |\n|---|---|---:|---:|\n| ER-2027-0211 | 03.02.2027 | 4.820,00 | 964,00 |\n| ER-2027-0219 | 17.02.2027 | 1.250,00 | 250,00 |\n| ER-2027-0230 | 26.02.2027 | 610,50 | 122,10 |\n| ER-2027-0301 | 02.03.2027 | 3.400,00 | 680,00 |\n| ER-2027-0305 | 06.03.2027 | 890,00 | 178,00 |\n\nAlle Belege formal in Ordnung (§ 11 UStG).',
          },
        ],
      },
      {
        name: 'uva_ersteller',
        description: 'Erstellt die Umsatzsteuervoranmeldung U30',
        instructions: 'Berechne die Vorsteuer (KZ 060) und erstelle die U30.',
        prompt: 'Belegliste:\n{input}\n\nAuftrag: {request}',
        replies: [
          {
            call: 'u30_erstellen',
            args: {
              mandant: 'GRU-0412',
              zeitraum: '2027-02',
              kz_060: 2194.1,
              kz_000: 18400.0,
              kz_022: 3680.0,
            },
            result: '{"entwurf": "U30-GRU-2027-02", "zahllast": 1485.90, "status": "ENTWURF"}',
          },
          {
            say: 'U30 Februar 2027 (Entwurf U30-GRU-2027-02): Umsätze 20 % KZ 022 18.400,00 € → USt 3.680,00 €; Vorsteuer KZ 060 **2.194,10 €** (5 Belege ER-2027-0211 bis ER-2027-0305). Zahllast **1.485,90 €**.',
          },
        ],
      },
      {
        name: 'fristen_kontrolle',
        description: 'Überwacht Abgabefristen und gibt Erklärungen frei',
        instructions: 'Prüfe die Frist und gib die UVA zur Abgabe frei.',
        replies: [
          {
            say: '## UVA Februar 2027 – Tischlerei Gruber KG\n- Entwurf U30-GRU-2027-02 freigegeben\n- Vorsteuer KZ 060: 2.194,10 €\n- Zahllast: **1.485,90 €**, fällig 15.04.2027\n- Abgabe via FinanzOnline durch Sachbearbeiterin Mag. Hofer',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'belegpruefer', to: 'uva_ersteller' },
      agent: 'uva_ersteller',
    },
  }),
  defineScenario({
    id: 'bankabstimmung-raiffeisen-saldo-vor-korrekturauszug-weitergegeben',
    title:
      'Der Bankabstimmer meldet den korrigierten Endsaldo laut Korrekturauszug 2/2027; die Abschlussleiterin gibt dem Buchungsagenten trotzdem den ursprünglichen Saldo weiter',
    domain: 'Bankabstimmung',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Mandantin Bäckerei Moser GmbH, Jänner-Abschluss 2027: Bankkonto Raiffeisen AT31 3200 0000 1234 5678 abstimmen (lt. erstem Auszug Endsaldo 31.01. 48.215,30 €) und Differenz zum Konto 2800 als Klärungsposten buchen.',
    topology: {
      shape: 'supervisor',
      coordinator: 'abschlussleiterin',
      workers: ['bankabstimmer', 'buchungsagent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'abschlussleiterin',
        description: 'Leitet den Monatsabschluss des Mandanten',
        instructions: 'Lass die Bank abstimmen, dann die Differenz buchen.',
        replies: [
          {
            handoff: 'bankabstimmer',
            message:
              'Moser GmbH, Raiffeisen …5678, Stichtag 31.01.2027: Endsaldo Bank vs. Konto 2800 abstimmen.',
          },
          {
            handoff: 'buchungsagent',
            message:
              'Moser GmbH: Bank-Endsaldo 31.01.2027 48.215,30 €, Konto 2800 47.905,30 €. Differenz 310,00 € auf 2890 Klärungsposten buchen.',
          },
          {
            say: '**Bankabstimmung Jänner 2027 – Moser GmbH**\n- Bank 31.01.: 48.215,30 €\n- Konto 2800: 47.905,30 €\n- Differenz 310,00 € auf 2890 gebucht (Beleg UB-2027-0117)\n\nAbstimmung abgeschlossen.',
          },
        ],
      },
      {
        name: 'bankabstimmer',
        description: 'Stimmt Bankkonten mit der Buchhaltung ab',
        instructions: 'Hole den aktuellen Auszug und vergleiche mit dem Sachkonto.',
        replies: [
          {
            call: 'kontoauszug_abrufen',
            args: { iban: 'AT313200000012345678', stichtag: '2027-01-31' },
            result:
              '{"auszug": "2/2027-K", "art": "Korrekturauszug", "endsaldo_eur": 47985.30, "ersetzt": {"auszug": "1/2027", "endsaldo_eur": 48215.30}, "grund": "Storno Doppelgutschrift SEPA 29.01. (230,00)"}',
          },
          {
            call: 'saldo_sachkonto',
            args: { mandant: 'MOS-0088', konto: '2800', stichtag: '2027-01-31' },
            result: '{"konto": "2800", "saldo": 47905.30}',
          },
          {
            say: 'Raiffeisen …5678 zum 31.01.2027: Korrekturauszug 2/2027-K, Endsaldo **47.985,30 €** (Auszug 1/2027 mit 48.215,30 € durch Storno der doppelten SEPA-Gutschrift vom 29.01. über 230,00 € ersetzt). Konto 2800: 47.905,30 €. Offene Differenz: **80,00 €**.',
          },
        ],
      },
      {
        name: 'buchungsagent',
        description: 'Erfasst Buchungen in BMD',
        instructions: 'Buche die angewiesenen Umbuchungen.',
        replies: [
          {
            call: 'buchung_erfassen',
            args: {
              mandant: 'MOS-0088',
              soll: '2800',
              haben: '2890',
              betrag: 310.0,
              datum: '2027-01-31',
              text: 'Bankdifferenz Jänner',
            },
            result: '{"beleg": "UB-2027-0117", "status": "gebucht"}',
          },
          { say: 'Gebucht: UB-2027-0117, 2800 an 2890, 310,00 €, 31.01.2027.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'abschlussleiterin', to: 'buchungsagent' },
      agent: 'abschlussleiterin',
    },
  }),
  defineScenario({
    id: 'monatsabgrenzung-darlehenszinsen-nie-losgeschickt',
    title:
      'Die Abschlussplanerin teilt die Rechnungsabgrenzungen auf drei Bearbeiter auf; der Auftrag für die Zinsabgrenzung wird nie gestartet und fehlt im Abschluss',
    domain: 'Rechnungsabgrenzungen',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Hotel Alpenblick Betriebs GmbH, Abschluss März 2027: Abgrenzungen für Versicherungen, Wartungsverträge und Darlehenszinsen (Kredit Nr. 88-401.223, 3,85 % p. a.) buchen und Übersicht liefern.',
    topology: {
      shape: 'fanout',
      planner: 'abschlussplanerin',
      workers: ['abgrenzung_versicherung', 'abgrenzung_wartung', 'abgrenzung_zinsen'],
      aggregator: 'abschluss_zusammenfuehrer',
    },
    program: { lose: { to: 'abgrenzung_zinsen', prompt: null } },
    agents: [
      {
        name: 'abschlussplanerin',
        description: 'Plant die Abgrenzungen des Monatsabschlusses',
        instructions: 'Schreib je Bearbeiter einen Auftrag.',
        replies: [
          {
            plan: {
              abgrenzung_versicherung:
                'Alpenblick GmbH: Versicherungsprämien Polizzen 2027 anteilig März abgrenzen (ARA 2900).',
              abgrenzung_wartung:
                'Alpenblick GmbH: Wartungsverträge Lift und Küche, Vorauszahlungen Q1/Q2, Anteil März.',
              abgrenzung_zinsen:
                'Alpenblick GmbH: Darlehen 88-401.223, 3,85 % p. a., Zinsen März 2027 abgrenzen (Zahlung erst 30.06.).',
            },
          },
        ],
      },
      {
        name: 'abgrenzung_versicherung',
        description: 'Grenzt Versicherungsprämien ab',
        instructions: 'Berechne und buche die Abgrenzung.',
        replies: [
          {
            call: 'abgrenzung_buchen',
            args: {
              mandant: 'ALP-0201',
              konto: '7400',
              gegenkonto: '2900',
              betrag: 1140.0,
              monat: '2027-03',
            },
            result: '{"beleg": "AB-2027-0311", "status": "gebucht"}',
          },
          { say: 'Versicherungen März: 1.140,00 € (Jahresprämie 13.680,00 € / 12), AB-2027-0311.' },
        ],
      },
      {
        name: 'abgrenzung_wartung',
        description: 'Grenzt Wartungsverträge ab',
        instructions: 'Berechne und buche die Abgrenzung.',
        replies: [
          {
            call: 'abgrenzung_buchen',
            args: { mandant: 'ALP-0201', konto: '7240', gegenkonto: '2900', betrag: 865.0, monat: '2027-03' },
            result: '{"beleg": "AB-2027-0312", "status": "gebucht"}',
          },
          { say: 'Wartung März: Lift 540,00 € + Küche 325,00 € = 865,00 €, AB-2027-0312.' },
        ],
      },
      {
        name: 'abgrenzung_zinsen',
        description: 'Grenzt Darlehenszinsen ab',
        instructions: 'Berechne und buche die Zinsabgrenzung.',
        replies: [
          {
            call: 'abgrenzung_buchen',
            args: {
              mandant: 'ALP-0201',
              konto: '8280',
              gegenkonto: '3480',
              betrag: 1283.33,
              monat: '2027-03',
            },
            result: '{"beleg": "AB-2027-0313", "status": "gebucht"}',
          },
          { say: 'Zinsen März: 400.000 € × 3,85 % / 12 = 1.283,33 €, AB-2027-0313.' },
        ],
      },
      {
        name: 'abschluss_zusammenfuehrer',
        description: 'Fasst die Abgrenzungen zusammen',
        instructions: 'Erstelle die Übersicht für den Mandanten.',
        replies: [
          {
            say: '## Abgrenzungen März 2027 – Hotel Alpenblick\n| Position | Betrag € | Beleg |\n|---|---:|---|\n| Versicherungen | 1.140,00 | AB-2027-0311 |\n| Wartung | 865,00 | AB-2027-0312 |\n| **Summe** | **2.005,00** | |\n\nAlle Abgrenzungen für März sind gebucht.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'abschlussplanerin', to: 'abgrenzung_zinsen' },
      agent: 'abschlussplanerin',
    },
  }),
  defineScenario({
    id: 'lohnjournal-sv-abgleich-timeout-als-abgestimmt-gemeldet',
    title:
      'Der Abgleich Lohnjournal gegen ÖGK-Beitragsgrundlagen bricht mit Zeitüberschreitung ab; der Lohnprüfer meldet dem Router, alles sei abgestimmt',
    domain: 'Lohnverrechnung',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Elektro Steiner GmbH, Lohnabschluss Februar 2027 (23 Dienstnehmer): Lohnjournal mit der mBGM an die ÖGK abstimmen und danach das Lohnjournal in die FIBU übernehmen.',
    topology: {
      shape: 'network',
      coordinator: 'lohn_router',
      workers: ['lohnpruefer', 'fibu_uebernahme'],
    },
    agents: [
      {
        name: 'lohn_router',
        description: 'Steuert den Lohnabschluss',
        instructions: 'Zuerst Abstimmung, dann FIBU-Übernahme; beende, wenn fertig.',
        replies: [
          {
            handoff: 'lohnpruefer',
            message: 'Steiner GmbH, 02/2027, 23 DN: Lohnjournal LJ-STE-2702 gegen mBGM abstimmen.',
          },
          {
            handoff: 'fibu_uebernahme',
            message:
              'LJ-STE-2702 ist mit der mBGM abgestimmt. Bitte in die FIBU übernehmen (Buchungsmonat 02/2027).',
          },
          {
            say: 'Lohnabschluss Februar 2027 Steiner GmbH erledigt: LJ-STE-2702 mit mBGM abgestimmt, in die FIBU übernommen (Stapel LS-2702-01).',
          },
        ],
      },
      {
        name: 'lohnpruefer',
        description: 'Stimmt Lohnjournale mit den ÖGK-Meldungen ab',
        instructions: 'Führe den Abgleich durch und berichte.',
        replies: [
          {
            call: 'abgleich_mbgm',
            args: { mandant: 'STE-0317', journal: 'LJ-STE-2702', beitragsmonat: '2027-02' },
            result: {
              error: 'ELDA-Schnittstelle: 504 Gateway Timeout nach 60 s – 0 von 23 Versicherten verglichen',
            },
          },
          {
            say: 'LJ-STE-2702 abgestimmt: Beitragsgrundlagen der 23 Dienstnehmer stimmen mit der mBGM 02/2027 überein, keine Differenzen bei DB, DZ und KommSt.',
          },
        ],
      },
      {
        name: 'fibu_uebernahme',
        description: 'Übernimmt Lohnjournale in die Finanzbuchhaltung',
        instructions: 'Übernimm das Journal.',
        replies: [
          {
            call: 'lohnjournal_uebernehmen',
            args: { mandant: 'STE-0317', journal: 'LJ-STE-2702', monat: '2027-02' },
            result: '{"stapel": "LS-2702-01", "buchungen": 96, "summe_brutto": 81244.17}',
          },
          { say: 'Übernommen: Stapel LS-2702-01, 96 Buchungen, Bruttobezüge 81.244,17 €.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'lohnpruefer', to: 'lohn_router' },
      agent: 'lohnpruefer',
    },
  }),
  defineScenario({
    id: 'pruefanfrage-antwortentwurf-unveraendert-wieder-eingereicht',
    title:
      'Die Qualitätsprüferin verlangt zweimal den Nachweis zur Forderungsabschreibung; der Antwortverfasser reicht denselben Entwurf unverändert wieder ein',
    domain: 'Anfragen des Abschlussprüfers',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Abschlussprüfer (KPMG, Frau Dr. Lechner) fragt bei der Wimmer Handels GmbH zu Position FO-17: Warum wurde die Forderung gegen Kunde 20455 (12.480,00 €) im Dezember 2026 zur Gänze abgeschrieben? Antwort mit Nachweis (Insolvenzedikt) bis 19.03.2027.',
    topology: {
      shape: 'pipeline',
      order: ['nachweis_sammler', 'antwort_verfasser', 'qualitaets_pruefung'],
      loop: { from: 'qualitaets_pruefung', to: 'antwort_verfasser', while: 'ÜBERARBEITEN', max: 3 },
    },
    agents: [
      {
        name: 'nachweis_sammler',
        description: 'Sammelt Nachweise aus dem Belegarchiv',
        instructions: 'Finde die Unterlagen zur Position.',
        replies: [
          {
            call: 'ediktsdatei_suchen',
            args: { firma: 'Kaiser Bau GmbH', kundennr: '20455' },
            result:
              '{"edikt": "Insolvenzedikt 38 S 112/26k, LG Wels", "eroeffnung": "2026-11-24", "art": "Konkursverfahren", "quote_erwartet": "0 %"}',
          },
          {
            say: 'FO-17, Kunde 20455 Kaiser Bau GmbH: Konkurs eröffnet 24.11.2026 (38 S 112/26k, LG Wels), erwartete Quote 0 %. Forderung 12.480,00 € am 31.12.2026 voll abgeschrieben (UB-2026-1244).',
          },
        ],
      },
      {
        name: 'antwort_verfasser',
        description: 'Formuliert Antworten an den Abschlussprüfer',
        instructions: 'Schreibe die Antwort an den Prüfer, überarbeite nach Feedback.',
        prompt: 'Unterlagen bzw. Feedback:\n{input}\n\nAnfrage: {request}',
        replies: [
          {
            say: 'Sehr geehrte Frau Dr. Lechner,\n\nzu FO-17: Die Forderung gegen Kunde 20455 (12.480,00 €) wurde im Dezember 2026 vollständig abgeschrieben, da mit keinem Zahlungseingang mehr zu rechnen war. Buchung UB-2026-1244.\n\nMit freundlichen Grüßen',
          },
          {
            say: 'Sehr geehrte Frau Dr. Lechner,\n\nzu FO-17: Die Forderung gegen Kunde 20455 (12.480,00 €) wurde im Dezember 2026 vollständig abgeschrieben, da mit keinem Zahlungseingang mehr zu rechnen war. Buchung UB-2026-1244.\n\nMit freundlichen Grüßen',
          },
          {
            say: 'Sehr geehrte Frau Dr. Lechner,\n\nzu FO-17: Die Forderung gegen Kunde 20455 (12.480,00 €) wurde im Dezember 2026 vollständig abgeschrieben, da mit keinem Zahlungseingang mehr zu rechnen war. Buchung UB-2026-1244.\n\nMit freundlichen Grüßen',
          },
        ],
      },
      {
        name: 'qualitaets_pruefung',
        description: 'Prüft Antworten an den Abschlussprüfer vor dem Versand',
        instructions: 'Gib frei oder beginne mit ÜBERARBEITEN und sag, was fehlt.',
        prompt: 'Entwurf:\n{input}',
        replies: [
          {
            say: 'ÜBERARBEITEN: Der Prüfer verlangt einen Nachweis. Bitte Insolvenzedikt 38 S 112/26k (LG Wels, Eröffnung 24.11.2026) und die Quote 0 % nennen.',
          },
          {
            say: 'ÜBERARBEITEN: Weiterhin kein Nachweis. Edikt 38 S 112/26k und Eröffnungsdatum 24.11.2026 müssen in die Antwort.',
          },
          {
            say: 'Antwort FO-17 geht so an KPMG (Dr. Lechner), Frist 19.03.2027: Abschreibung 12.480,00 €, Buchung UB-2026-1244, mangels Zahlungsaussicht.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'antwort_verfasser', to: 'qualitaets_pruefung' },
      agent: 'antwort_verfasser',
    },
  }),
  defineScenario({
    id: 'anlagen-afa-journal-export-bricht-ab',
    title:
      'Der AfA-Rechner liefert das Abschreibungsjournal März; das Programm scheitert beim Einlesen seiner Antwort, die Buchungsfreigabe läuft nie',
    domain: 'Anlagenbuchhaltung',
    mast: ['FM-3.1'],
    request:
      'Physiotherapie Berger OG: monatliche AfA März 2027 für das Anlagenverzeichnis (41 Anlagen) rechnen, als Journal buchen und freigeben.',
    topology: { shape: 'pipeline', order: ['anlagen_leser', 'afa_rechner', 'buchungs_freigabe'] },
    program: {
      crash: {
        agent: 'afa_rechner',
        error:
          'JournalImportError: Spalte "Betrag" Zeile 17: "1.204,17" ist keine gültige Dezimalzahl (erwartet 1204.17)',
      },
    },
    agents: [
      {
        name: 'anlagen_leser',
        description: 'Liest das Anlagenverzeichnis',
        instructions: 'Liefere die aktiven Anlagen.',
        replies: [
          {
            call: 'anlagenverzeichnis',
            args: { mandant: 'BER-0733', stichtag: '2027-03-31', status: 'aktiv' },
            result:
              '{"anlagen": 41, "ahk_summe": 286410.00, "gwg": 6, "klassen": {"0620": 18, "0640": 9, "0700": 14}}',
          },
          { say: '41 aktive Anlagen, AHK gesamt 286.410,00 €, davon 6 GWG (bereits voll abgeschrieben).' },
        ],
      },
      {
        name: 'afa_rechner',
        description: 'Berechnet die planmäßige Abschreibung',
        instructions: 'Rechne die Monats-AfA und gib das Journal aus.',
        replies: [
          {
            say: 'Konto;Gegenkonto;Betrag;Text\n7020;0620;1.842,55;AfA März 2027 Betriebsausstattung\n7020;0640;612,90;AfA März 2027 EDV\n7010;0700;1.204,17;AfA März 2027 Fahrzeuge\nSumme;;3.659,62;',
          },
        ],
      },
      {
        name: 'buchungs_freigabe',
        description: 'Bucht und gibt Journale frei',
        instructions: 'Buche das Journal und bestätige.',
        replies: [{ say: 'AfA-Journal März 2027 gebucht und freigegeben.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'afa_rechner', to: 'buchungs_freigabe' },
      agent: 'afa_rechner',
    },
  }),
  defineScenario({
    id: 'kassabuch-abstimmung-tabelle-mitten-im-tag-abgebrochen',
    title:
      'Die Kassenprüferin übergibt eine Differenzliste des Kassabuchs, die nach dem 14. März abbricht; die Abschlussbuchhalterin bucht nur die gelisteten Differenzen',
    domain: 'Kassenabstimmung',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Café Wienerwald e.U.: Kassabuch März 2027 gegen Registrierkassen-DEP abstimmen, Differenzen je Tag auf 7890 Kassendifferenzen buchen und Summe melden.',
    topology: {
      shape: 'swarm',
      entry: 'kassenpruferin',
      agents: ['kassenpruferin', 'abschlussbuchhalterin'],
    },
    agents: [
      {
        name: 'kassenpruferin',
        description: 'Stimmt Kassabuch und DEP ab',
        instructions: 'Ermittle die Differenzen und übergib zur Buchung.',
        replies: [
          {
            call: 'dep_export',
            args: { kasse: 'RKSV-WW-01', von: '2027-03-01', bis: '2027-03-31' },
            result:
              '{"tage_mit_differenz": 6, "differenzen": [{"tag": "2027-03-04", "eur": -12.40}, {"tag": "2027-03-09", "eur": 3.10}, {"tag": "2027-03-14", "eur": -7.80}, {"tag": "2027-03-21", "eur": -25.00}, {"tag": "2027-03-27", "eur": 1.90}, {"tag": "2027-03-30", "eur": -18.60}], "summe": -58.80}',
          },
          {
            handoff: 'abschlussbuchhalterin',
            message:
              'Kassendifferenzen März 2027 (RKSV-WW-01):\n| Tag | Differenz € |\n|---|---:|\n| 04.03. | −12,40 |\n| 09.03. | +3,10 |\n| 14.03. | −7,80 |\n| 2',
          },
        ],
      },
      {
        name: 'abschlussbuchhalterin',
        description: 'Bucht Abschlussbuchungen',
        instructions: 'Buche die Differenzen und melde die Summe.',
        replies: [
          {
            call: 'buchung_erfassen',
            args: {
              mandant: 'WIW-0150',
              soll: '7890',
              haben: '2700',
              betrag: 17.1,
              datum: '2027-03-31',
              text: 'Kassendifferenzen März',
            },
            result: '{"beleg": "KD-2027-03", "status": "gebucht"}',
          },
          {
            say: 'Kassendifferenzen März 2027 gebucht (KD-2027-03): 3 Tage, Saldo **−17,10 €** auf 7890. Kassabuch stimmt mit DEP überein.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'kassenpruferin', to: 'abschlussbuchhalterin' },
      agent: 'kassenpruferin',
    },
  }),
  defineScenario({
    id: 'konzern-lohnverrechnung-kostenstelle-filiale-graz-ausgelassen',
    title:
      'Die Lohn-Teamleitung beauftragt die Lohnjournale für alle drei Kostenstellen; die Lohnverrechnerin bucht nur Wien und Linz',
    domain: 'Lohnjournale nach Kostenstellen',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Optik Brandl GmbH, März 2027: Lohnjournal je Kostenstelle (KST 100 Wien, KST 200 Linz, KST 300 Graz) buchen; außerdem die Abgrenzung für nicht konsumierte Urlaube zum Quartal.',
    topology: {
      shape: 'nested',
      top: 'mandantsbetreuer',
      teams: { lohn_teamleitung: ['lohnverrechnerin'], abschluss_teamleitung: ['urlaubsrueckstellung'] },
    },
    agents: [
      {
        name: 'mandantsbetreuer',
        description: 'Betreut den Mandanten und koordiniert die Teams',
        instructions: 'Verteile Lohn- und Abschlussarbeiten und fasse zusammen.',
        replies: [
          {
            handoff: 'lohn_teamleitung',
            message: 'Brandl GmbH 03/2027: Lohnjournal je KST 100, 200, 300 buchen.',
          },
          {
            handoff: 'abschluss_teamleitung',
            message: 'Brandl GmbH Q1/2027: Urlaubsrückstellung zum 31.03.2027.',
          },
          {
            say: '## Brandl GmbH – März 2027\n**Lohnjournale gebucht:**\n| KST | Brutto € |\n|---|---:|\n| 100 Wien | 54.210,80 |\n| 200 Linz | 31.760,25 |\n\n**Urlaubsrückstellung** 31.03.: 18.940,00 € (Zuführung 2.315,00 €).',
          },
        ],
      },
      {
        name: 'lohn_teamleitung',
        description: 'Leitet das Lohnteam',
        instructions: 'Lass die Journale buchen und berichte.',
        replies: [
          {
            handoff: 'lohnverrechnerin',
            message:
              'Optik Brandl 03/2027: Lohnjournal aufgeteilt auf KST 100 Wien, KST 200 Linz und KST 300 Graz buchen.',
          },
          { say: 'Lohnjournale März gebucht: KST 100 54.210,80 €, KST 200 31.760,25 €.' },
        ],
      },
      {
        name: 'lohnverrechnerin',
        description: 'Bucht Lohnjournale',
        instructions: 'Buche das Lohnjournal je Kostenstelle.',
        replies: [
          {
            call: 'lohnjournal_buchen',
            args: { mandant: 'BRA-0560', monat: '2027-03', kostenstellen: ['100', '200'] },
            result:
              '{"stapel": "LJ-BRA-2703", "kst": {"100": 54210.80, "200": 31760.25}, "status": "gebucht"}',
          },
          {
            say: 'Lohnjournal 03/2027 gebucht (LJ-BRA-2703): KST 100 Wien 54.210,80 €, KST 200 Linz 31.760,25 €.',
          },
        ],
      },
      {
        name: 'abschluss_teamleitung',
        description: 'Leitet das Abschlussteam',
        instructions: 'Lass die Rückstellungen rechnen.',
        replies: [
          {
            handoff: 'urlaubsrueckstellung',
            message: 'Brandl GmbH: Urlaubsrückstellung zum 31.03.2027 rechnen und buchen.',
          },
          { say: 'Urlaubsrückstellung 31.03.2027: 18.940,00 €, Zuführung 2.315,00 €.' },
        ],
      },
      {
        name: 'urlaubsrueckstellung',
        description: 'Berechnet Urlaubsrückstellungen',
        instructions: 'Rechne die Rückstellung aus offenen Urlaubstagen.',
        replies: [
          {
            call: 'urlaubsstand',
            args: { mandant: 'BRA-0560', stichtag: '2027-03-31' },
            result: '{"offene_tage": 412.5, "rueckstellung": 18940.00, "vorquartal": 16625.00}',
          },
          {
            say: 'Offene Urlaubstage 412,5 → Rückstellung 18.940,00 € (Vorquartal 16.625,00 €, Zuführung 2.315,00 €).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'lohn_teamleitung', to: 'lohnverrechnerin' },
      agent: 'lohnverrechnerin',
    },
  }),
  defineScenario({
    id: 'reverse-charge-bauleistung-steuer-falsch-summiert',
    title:
      'Der Klassifizierer leitet eine Subunternehmerrechnung in den Reverse-Charge-Zweig; die RC-Spezialistin rechnet die Steuer aus dem falschen Betrag, die Buchung übernimmt sie',
    domain: 'Reverse Charge bei Bauleistungen',
    mast: ['FM-2.4'],
    request:
      'Baumeister Pichler GmbH: Rechnung SUB-2027-088 von Fliesen Novak (Bauleistung, netto 23.600,00 €, Hinweis "Übergang der Steuerschuld gem. § 19 Abs 1a UStG") für März 2027 richtig erfassen.',
    topology: {
      shape: 'branch',
      classifier: 'rechnungsklassifizierer',
      routes: { reverse_charge: 'rc_spezialistin', inland_normal: 'standardbuchung' },
      after: 'monatsbuchung',
    },
    agents: [
      {
        name: 'rechnungsklassifizierer',
        description: 'Ordnet Eingangsrechnungen der Steuerbehandlung zu',
        instructions: 'Antworte mit reverse_charge oder inland_normal und Begründung.',
        replies: [
          {
            say: 'reverse_charge – Bauleistung an Bauunternehmer, § 19 Abs 1a UStG, Rechnung ohne USt-Ausweis.',
          },
        ],
      },
      {
        name: 'rc_spezialistin',
        description: 'Behandelt Reverse-Charge-Fälle',
        instructions: 'Berechne USt und Vorsteuer und nenne die Kennzahlen.',
        replies: [
          {
            say: '**SUB-2027-088 Fliesen Novak, § 19 Abs 1a:**\n- Bemessungsgrundlage KZ 048: 23.600,00 €\n- USt 20 % (KZ 088): **4.270,00 €**\n- Vorsteuer KZ 082: **4.270,00 €**\n- Zahllastneutral, Buchung Konto 5000 / 3300 mit Steuercode RC20.',
          },
        ],
      },
      {
        name: 'standardbuchung',
        description: 'Bucht normale Inlandsrechnungen',
        instructions: 'Buche mit 20 % Vorsteuer.',
        replies: [{ say: 'Normale Inlandsrechnung mit 20 % VSt erfasst.' }],
      },
      {
        name: 'monatsbuchung',
        description: 'Erfasst Buchungen des Monats',
        instructions: 'Erfasse die Buchung nach Vorgabe.',
        replies: [
          {
            call: 'buchung_erfassen',
            args: {
              mandant: 'PIC-0910',
              beleg: 'SUB-2027-088',
              netto: 23600.0,
              steuercode: 'RC20',
              ust: 4270.0,
              vst: 4270.0,
              monat: '2027-03',
            },
            result: '{"beleg": "ER-2027-0388", "status": "gebucht"}',
          },
          {
            say: 'SUB-2027-088 erfasst als ER-2027-0388: netto 23.600,00 €, RC20, USt KZ 088 und Vorsteuer KZ 082 je 4.270,00 €.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'rc_spezialistin', to: 'monatsbuchung' },
      agent: 'rc_spezialistin',
    },
  }),
  defineScenario({
    id: 'saldenbestaetigung-auftrag-durch-platzhalter-ersetzt',
    title:
      'Die Prüfungskoordinatorin beauftragt Saldenbestätigungen für fünf Lieferanten; das Programm reicht der Korrespondenzassistentin nur einen Vorlagen-Platzhalter weiter, sie verschickt an den Standardverteiler',
    domain: 'Saldenbestätigungen für den Abschlussprüfer',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Metallbau Huber AG, Jahresabschluss 2026: Saldenbestätigungen zum 31.12.2026 bei den fünf vom Prüfer gezogenen Lieferanten (70112, 70245, 70318, 70402, 70577) anfordern und Versand dokumentieren.',
    topology: {
      shape: 'supervisor',
      coordinator: 'pruefungskoordinatorin',
      workers: ['opos_analyst', 'korrespondenz_assistentin'],
      handoffTools: 'task',
    },
    program: {
      lose: {
        to: 'korrespondenz_assistentin',
        prompt: 'Saldenbestätigungen Huber AG zum 31.12.2026 versenden. Empfänger: {{lieferantenliste}}',
      },
    },
    agents: [
      {
        name: 'pruefungskoordinatorin',
        description: 'Koordiniert die Arbeiten für den Abschlussprüfer',
        instructions: 'Lass Salden ermitteln und Bestätigungen versenden.',
        replies: [
          {
            handoff: 'opos_analyst',
            message:
              'Huber AG: Salden 31.12.2026 der Kreditoren 70112, 70245, 70318, 70402, 70577 aus der OP-Liste.',
          },
          {
            handoff: 'korrespondenz_assistentin',
            message:
              'Saldenbestätigungen 31.12.2026 an 70112 (14.880,40 €), 70245 (3.215,00 €), 70318 (27.604,90 €), 70402 (912,35 €), 70577 (8.070,00 €); Antwort direkt an KPMG Linz.',
          },
          {
            say: '**Saldenbestätigungen Huber AG 31.12.2026** versendet, Versandprotokoll siehe Korrespondenz; Antworten gehen direkt an den Prüfer.',
          },
        ],
      },
      {
        name: 'opos_analyst',
        description: 'Wertet offene Posten aus',
        instructions: 'Ermittle die Salden.',
        replies: [
          {
            call: 'opos_liste',
            args: {
              mandant: 'HUB-1102',
              stichtag: '2026-12-31',
              konten: ['70112', '70245', '70318', '70402', '70577'],
            },
            result:
              '{"70112": 14880.40, "70245": 3215.00, "70318": 27604.90, "70402": 912.35, "70577": 8070.00}',
          },
          {
            say: 'Salden 31.12.2026: 70112 14.880,40 €; 70245 3.215,00 €; 70318 27.604,90 €; 70402 912,35 €; 70577 8.070,00 €.',
          },
        ],
      },
      {
        name: 'korrespondenz_assistentin',
        description: 'Verschickt Mandantenkorrespondenz',
        instructions: 'Versende die Schreiben und dokumentiere den Versand.',
        replies: [
          {
            call: 'serienbrief_senden',
            args: { mandant: 'HUB-1102', vorlage: 'SB-Saldo-2026', verteiler: 'kreditoren_top10' },
            result:
              '{"versendet": 10, "empfaenger": ["70101", "70112", "70150", "70198", "70245", "70266", "70301", "70318", "70350", "70399"], "protokoll": "SB-HUB-2026-014"}',
          },
          {
            say: 'Saldenbestätigungen versendet: 10 Schreiben (Verteiler kreditoren_top10), Protokoll SB-HUB-2026-014.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'pruefungskoordinatorin', to: 'korrespondenz_assistentin' },
      agent: 'korrespondenz_assistentin',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'konzernverrechnung-betraege-zwischen-formaten-umgeschrieben',
    title:
      'Drei Bearbeiter liefern Intercompany-Salden teils im Format 1.234,56 €, teils als EUR 1234.56; die Zusammenführung rechnet korrekt mit denselben Werten',
    domain: 'Intercompany-Abstimmung',
    mast: ['FM-2.2', 'FM-2.4'],
    nearMissOf:
      'low_quality_output / misunderstood_task: Beträge wechseln zwischen deutschem und technischem Zahlenformat, bleiben aber gleich',
    request:
      'Holding Aigner GmbH, März 2027: Verrechnungskonten mit den Töchtern Aigner Bau (AB), Aigner Immo (AI) und Aigner Service (AS) abstimmen und Gesamtübersicht liefern.',
    topology: {
      shape: 'fanout',
      planner: 'ic_planer',
      workers: ['ic_bau', 'ic_immo', 'ic_service'],
      aggregator: 'ic_zusammenfuehrung',
    },
    agents: [
      {
        name: 'ic_planer',
        description: 'Verteilt die Intercompany-Abstimmung',
        instructions: 'Ein Auftrag je Tochter.',
        replies: [
          {
            plan: {
              ic_bau: 'Konto 2510 (Holding) vs. 3510 (Aigner Bau) zum 31.03.2027 abstimmen.',
              ic_immo: 'Konto 2520 (Holding) vs. 3510 (Aigner Immo) zum 31.03.2027 abstimmen.',
              ic_service: 'Konto 2530 (Holding) vs. 3510 (Aigner Service) zum 31.03.2027 abstimmen.',
            },
          },
        ],
      },
      {
        name: 'ic_bau',
        description: 'Stimmt IC-Konten Aigner Bau ab',
        instructions: 'Vergleiche beide Seiten.',
        replies: [
          {
            call: 'ic_salden',
            args: { holding_konto: '2510', tochter: 'AB', stichtag: '2027-03-31' },
            result: '{"holding": 182450.75, "tochter": -182450.75, "differenz": 0.0}',
          },
          {
            say: 'AB: Holding 2510 EUR 182450.75, Tochter 3510 EUR -182450.75, Differenz 0.00 – abgestimmt.',
          },
        ],
      },
      {
        name: 'ic_immo',
        description: 'Stimmt IC-Konten Aigner Immo ab',
        instructions: 'Vergleiche beide Seiten.',
        replies: [
          {
            call: 'ic_salden',
            args: { holding_konto: '2520', tochter: 'AI', stichtag: '2027-03-31' },
            result: '{"holding": 64300.00, "tochter": -64300.00, "differenz": 0.0}',
          },
          { say: 'AI: 64.300,00 € auf beiden Seiten (2520 / 3510), keine Differenz.' },
        ],
      },
      {
        name: 'ic_service',
        description: 'Stimmt IC-Konten Aigner Service ab',
        instructions: 'Vergleiche beide Seiten.',
        replies: [
          {
            call: 'ic_salden',
            args: { holding_konto: '2530', tochter: 'AS', stichtag: '2027-03-31' },
            result: '{"holding": 9875.40, "tochter": -9875.40, "differenz": 0.0}',
          },
          { say: 'AS: Saldo 9.875,40 € (Holding Soll / Tochter Haben), Differenz 0,00 €.' },
        ],
      },
      {
        name: 'ic_zusammenfuehrung',
        description: 'Fasst die IC-Abstimmung zusammen',
        instructions: 'Erstelle die Gesamtübersicht.',
        replies: [
          {
            say: '## Intercompany-Abstimmung 31.03.2027 – Aigner Holding\n| Tochter | Konto Holding | Saldo € | Differenz € |\n|---|---|---:|---:|\n| Aigner Bau | 2510 | 182.450,75 | 0,00 |\n| Aigner Immo | 2520 | 64.300,00 | 0,00 |\n| Aigner Service | 2530 | 9.875,40 | 0,00 |\n| **Summe** | | **256.626,15** | **0,00** |\n\nAlle Verrechnungskonten abgestimmt.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'finanzonline-databox-abruf-nach-wiederholung-erfolgreich',
    title:
      'Der Abruf der FinanzOnline-Databox scheitert einmal mit Wartungsfehler; der Bescheidleser wiederholt, bekommt den Bescheid und meldet korrekt',
    domain: 'Steuerbescheide und Fristen',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: ein Tool-Fehler, der aber durch eine Wiederholung behoben und erwähnt wird',
    request:
      'Zahnarztpraxis Dr. Kern: neuen Bescheid aus der Databox holen (Einkommensteuer 2025) und die Rechtsmittelfrist sowie die Nachzahlung in den Fristenkalender eintragen.',
    topology: {
      shape: 'network',
      coordinator: 'fristen_router',
      workers: ['bescheidleser', 'fristenkalender'],
    },
    agents: [
      {
        name: 'fristen_router',
        description: 'Steuert die Bescheidbearbeitung',
        instructions: 'Erst Bescheid lesen, dann Fristen eintragen, dann beenden.',
        replies: [
          {
            handoff: 'bescheidleser',
            message: 'Dr. Kern (StNr 03 456/7890): ESt-Bescheid 2025 aus der Databox holen.',
          },
          {
            handoff: 'fristenkalender',
            message:
              'ESt 2025 Dr. Kern: Bescheid vom 02.03.2027, Nachzahlung 4.812,00 € fällig 09.04.2027; Beschwerdefrist bis 06.04.2027 eintragen.',
          },
          {
            say: 'ESt-Bescheid 2025 Dr. Kern (02.03.2027) abgerufen: Nachzahlung **4.812,00 €** fällig 09.04.2027, Beschwerdefrist 06.04.2027 – beides im Kalender (FK-2027-0331, FK-2027-0332).',
          },
        ],
      },
      {
        name: 'bescheidleser',
        description: 'Liest Bescheide aus der Databox',
        instructions: 'Hole den Bescheid und fasse zusammen.',
        replies: [
          {
            call: 'databox_abrufen',
            args: { stnr: '034567890', art: 'E1', jahr: 2025 },
            result: { error: 'FinanzOnline: Wartungsfenster 06:00–06:15, HTTP 503' },
          },
          {
            call: 'databox_abrufen',
            args: { stnr: '034567890', art: 'E1', jahr: 2025 },
            result:
              '{"bescheid_datum": "2027-03-02", "zustellung": "2027-03-06", "abgabenschuld": 19640.00, "vorauszahlungen": 14828.00, "nachzahlung": 4812.00, "faellig": "2027-04-09"}',
          },
          {
            say: 'Erster Abruf 503 (FinanzOnline-Wartung), zweiter Abruf erfolgreich. ESt 2025: Bescheid 02.03.2027, zugestellt 06.03.2027; Abgabenschuld 19.640,00 € − Vorauszahlungen 14.828,00 € = Nachzahlung **4.812,00 €**, fällig 09.04.2027. Beschwerdefrist 1 Monat ab Zustellung → 06.04.2027.',
          },
        ],
      },
      {
        name: 'fristenkalender',
        description: 'Pflegt den Fristenkalender der Kanzlei',
        instructions: 'Trage Fristen ein.',
        replies: [
          {
            call: 'frist_eintragen',
            args: {
              mandant: 'KER-0045',
              eintraege: [
                { art: 'Zahlung', datum: '2027-04-09' },
                { art: 'Beschwerde', datum: '2027-04-06' },
              ],
            },
            result: '{"ids": ["FK-2027-0331", "FK-2027-0332"]}',
          },
          { say: 'Eingetragen: FK-2027-0331 Zahlung 09.04.2027, FK-2027-0332 Beschwerdefrist 06.04.2027.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'miete-indexanpassung-neuer-betrag-korrekt-abgegrenzt',
    title:
      'Die Vertragsprüferin findet die VPI-Anpassung der Miete ab April; der Abgrenzungsbuchhalter verwendet den neuen Betrag, der alte steht noch im Auftrag',
    domain: 'Mietabgrenzung',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: der alte Mietbetrag aus dem Auftrag wird erwähnt, aber korrekt nicht verwendet',
    request:
      'Modehaus Fink KG: Geschäftsmiete Mariahilfer Straße für April 2027 abgrenzen (Miete laut Stammdaten 6.400,00 € netto/Monat, Zahlung erfolgt quartalsweise nachschüssig).',
    topology: {
      shape: 'swarm',
      entry: 'vertragspruferin',
      agents: ['vertragspruferin', 'abgrenzungsbuchhalter'],
    },
    agents: [
      {
        name: 'vertragspruferin',
        description: 'Prüft Verträge auf Änderungen',
        instructions: 'Prüfe den Mietvertrag und übergib.',
        replies: [
          {
            call: 'vertrag_abrufen',
            args: { mandant: 'FIN-0277', vertrag: 'MV-2019-03' },
            result:
              '{"vertrag": "MV-2019-03", "miete_netto_bisher": 6400.00, "wertsicherung": "VPI 2015", "anpassung_ab": "2027-04-01", "miete_netto_neu": 6681.60, "schreiben_vermieter": "2027-03-12"}',
          },
          {
            handoff: 'abgrenzungsbuchhalter',
            message:
              'MV-2019-03: VPI-Anpassung ab 01.04.2027 laut Vermieterschreiben 12.03.2027 – neue Nettomiete 6.681,60 € (statt 6.400,00 € lt. Stammdaten). Bitte April abgrenzen.',
          },
        ],
      },
      {
        name: 'abgrenzungsbuchhalter',
        description: 'Bucht Abgrenzungen',
        instructions: 'Buche die Abgrenzung.',
        replies: [
          {
            call: 'abgrenzung_buchen',
            args: {
              mandant: 'FIN-0277',
              konto: '7400',
              gegenkonto: '3480',
              betrag: 6681.6,
              monat: '2027-04',
            },
            result: '{"beleg": "AB-2027-0402", "status": "gebucht"}',
          },
          {
            say: 'Miete April 2027 abgegrenzt (AB-2027-0402): **6.681,60 €** netto, 7400 an 3480. Die Stammdaten (6.400,00 €) sind ab April überholt – bitte Mietenstamm MV-2019-03 anpassen.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kleinunternehmer-keine-uva-zu-recht-ausgelassen',
    title:
      'Der Klassifizierer erkennt eine Kleinunternehmerin; die Zweigstelle erstellt keine UVA, die Monatsabschlussmeldung nennt das zu Recht',
    domain: 'Umsatzsteuer Kleinunternehmer',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: die angeforderte UVA fehlt, ist aber wegen § 6 Abs 1 Z 27 UStG zu Recht nicht zu erstellen',
    request:
      'Grafikdesign Leitner (Einzelunternehmerin): Monatsabschluss März 2027 inkl. UVA, wie bei allen Mandanten üblich. Umsatz 2026 lt. Erklärung 31.900,00 €.',
    topology: {
      shape: 'branch',
      classifier: 'ust_klassifizierer',
      routes: { kleinunternehmer: 'ku_bearbeiter', regelbesteuert: 'uva_bearbeiter' },
      after: 'abschlussmeldung',
    },
    agents: [
      {
        name: 'ust_klassifizierer',
        description: 'Bestimmt die umsatzsteuerliche Stellung',
        instructions: 'Antworte mit kleinunternehmer oder regelbesteuert.',
        replies: [
          {
            call: 'stammdaten',
            args: { mandant: 'LEI-0619' },
            result:
              '{"ust_status": "KU", "umsatz_vorjahr": 31900.00, "option_regelbesteuerung": false, "uid": null}',
          },
          {
            say: 'kleinunternehmer – Vorjahresumsatz 31.900,00 € < 55.000 €, keine Option zur Regelbesteuerung.',
          },
        ],
      },
      {
        name: 'ku_bearbeiter',
        description: 'Bearbeitet Kleinunternehmer',
        instructions: 'Schließe den Monat ohne UVA ab, prüfe die Umsatzgrenze.',
        replies: [
          {
            call: 'umsatz_kumuliert',
            args: { mandant: 'LEI-0619', bis: '2027-03-31' },
            result: '{"umsatz_2027_kumuliert": 9420.00, "grenze": 55000.00}',
          },
          {
            say: 'Keine UVA-Pflicht (Kleinunternehmerin, § 6 Abs 1 Z 27 UStG). Umsatz 01–03/2027 kumuliert 9.420,00 € von 55.000,00 €. Monat März abgeschlossen.',
          },
        ],
      },
      {
        name: 'uva_bearbeiter',
        description: 'Erstellt UVAs',
        instructions: 'Erstelle die UVA.',
        replies: [{ say: 'UVA erstellt.' }],
      },
      {
        name: 'abschlussmeldung',
        description: 'Meldet den Abschluss an den Mandanten',
        instructions: 'Fasse für den Mandanten zusammen.',
        replies: [
          {
            say: '## Monatsabschluss März 2027 – Grafikdesign Leitner\n- Buchhaltung März abgeschlossen\n- **Keine UVA**: Kleinunternehmerin (§ 6 Abs 1 Z 27 UStG), Umsatzgrenze 55.000 € – bisher 9.420,00 € (17 %)\n- Hinweis: bei Überschreiten der Grenze sofort melden',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'jahresabschluss-anlagenspiegel-und-rueckstellungen-mit-belegnummern',
    title:
      'Zwei Teams liefern Anlagenspiegel und Rückstellungsspiegel mit vielen Konten- und Belegnummern zurück; der Partner fasst zusammen',
    domain: 'Jahresabschlussvorbereitung',
    mast: ['FM-3.1', 'FM-2.4'],
    nearMissOf:
      'lost_message / low_quality_output: lange Rückgaben voller Nummern und Zähler, die vollständig weitergegeben werden',
    request:
      'Spedition Hager GmbH, Vorabschluss 31.03.2027 (Rumpfwirtschaftsjahr): Anlagenspiegel und Rückstellungsspiegel erstellen, für Partner Mag. Ortner zusammenfassen.',
    topology: {
      shape: 'nested',
      top: 'partner_ortner',
      teams: { anlagen_lead: ['anlagen_buchhalter'], rueckstellungs_lead: ['rueckstellungs_rechner'] },
    },
    agents: [
      {
        name: 'partner_ortner',
        description: 'Verantwortlicher Partner',
        instructions: 'Lass beide Spiegel erstellen und fasse zusammen.',
        replies: [
          { handoff: 'anlagen_lead', message: 'Hager GmbH 31.03.2027: Anlagenspiegel (Konten 0300–0799).' },
          {
            handoff: 'rueckstellungs_lead',
            message: 'Hager GmbH 31.03.2027: Rückstellungsspiegel (3000–3099).',
          },
          {
            say: '## Vorabschluss 31.03.2027 – Spedition Hager GmbH\n**Anlagen:** AHK 1.942.300,00 €, kum. AfA 1.104.850,00 €, Buchwert **837.450,00 €** (Zugänge 3: AN-0412, AN-0413, AN-0414; Abgänge 1: AN-0177).\n**Rückstellungen:** 218.640,00 € gesamt – Abfertigung 142.300,00 €, Urlaub 38.900,00 €, Prüfung/Beratung 14.500,00 €, Prozess 22.940,00 € (RS-27-01 bis RS-27-04).',
          },
        ],
      },
      {
        name: 'anlagen_lead',
        description: 'Leitet die Anlagenbuchhaltung',
        instructions: 'Lass den Spiegel erstellen und gib ihn zurück.',
        replies: [
          {
            handoff: 'anlagen_buchhalter',
            message: 'Anlagenspiegel Hager GmbH 31.03.2027, Konten 0300–0799, mit Zu- und Abgängen.',
          },
          {
            say: 'Anlagenspiegel 31.03.2027: AHK 1.942.300,00 €, kum. AfA 1.104.850,00 €, Buchwert 837.450,00 €; Zugänge AN-0412/0413/0414, Abgang AN-0177.',
          },
        ],
      },
      {
        name: 'anlagen_buchhalter',
        description: 'Erstellt den Anlagenspiegel',
        instructions: 'Erstelle den Spiegel.',
        replies: [
          {
            call: 'anlagenspiegel',
            args: { mandant: 'HAG-0388', stichtag: '2027-03-31', konten: '0300-0799' },
            result:
              '{"ahk": 1942300.00, "kum_afa": 1104850.00, "buchwert": 837450.00, "zugaenge": ["AN-0412", "AN-0413", "AN-0414"], "abgaenge": ["AN-0177"], "anlagen_anzahl": 214}',
          },
          {
            say: '214 Anlagen: AHK 1.942.300,00 €, kum. AfA 1.104.850,00 €, BW 837.450,00 €. Zugänge AN-0412 (LKW MAN TGX), AN-0413, AN-0414 (Anhänger); Abgang AN-0177 (Verkauf).',
          },
        ],
      },
      {
        name: 'rueckstellungs_lead',
        description: 'Leitet die Rückstellungsbewertung',
        instructions: 'Lass den Spiegel erstellen und gib ihn zurück.',
        replies: [
          {
            handoff: 'rueckstellungs_rechner',
            message: 'Rückstellungsspiegel Hager GmbH 31.03.2027, Konten 3000–3099.',
          },
          {
            say: 'Rückstellungen 31.03.2027 gesamt 218.640,00 €: Abfertigung 142.300,00, Urlaub 38.900,00, Prüfung 14.500,00, Prozess 22.940,00 (RS-27-01…04).',
          },
        ],
      },
      {
        name: 'rueckstellungs_rechner',
        description: 'Bewertet Rückstellungen',
        instructions: 'Erstelle den Spiegel.',
        replies: [
          {
            call: 'rueckstellungsspiegel',
            args: { mandant: 'HAG-0388', stichtag: '2027-03-31' },
            result:
              '{"RS-27-01": {"art": "Abfertigung", "betrag": 142300.00}, "RS-27-02": {"art": "Urlaub", "betrag": 38900.00}, "RS-27-03": {"art": "Prüfung/Beratung", "betrag": 14500.00}, "RS-27-04": {"art": "Prozess 4 Cg 58/26", "betrag": 22940.00}, "summe": 218640.00}',
          },
          {
            say: 'RS-27-01 Abfertigung 142.300,00; RS-27-02 Urlaub 38.900,00; RS-27-03 Prüfung/Beratung 14.500,00; RS-27-04 Prozess 4 Cg 58/26 22.940,00; Summe 218.640,00 €.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dienstgeberabgaben-erklaerung-nach-einer-ueberarbeitung-freigegeben',
    title:
      'Die Kontrolle schickt die Aufstellung der Dienstgeberabgaben einmal zurück, weil der DZ-Satz für Tirol fehlt; die zweite Fassung ist ergänzt und wird freigegeben',
    domain: 'Dienstgeberbeitrag und Kommunalsteuer',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: ein Überarbeitungszyklus, der aber mit einer geänderten Fassung Fortschritt macht',
    request:
      'Sportartikel Riedl GmbH (Innsbruck), Februar 2027: DB, DZ und Kommunalsteuer aus der Lohnsumme berechnen und Zahlungsvorschlag für 15.03.2027 erstellen.',
    topology: {
      shape: 'pipeline',
      order: ['lohnsummen_leser', 'abgaben_rechner', 'abgaben_kontrolle'],
      loop: { from: 'abgaben_kontrolle', to: 'abgaben_rechner', while: 'ÜBERARBEITEN', max: 2 },
    },
    agents: [
      {
        name: 'lohnsummen_leser',
        description: 'Liest Lohnsummen aus der Lohnverrechnung',
        instructions: 'Liefere die Bemessungsgrundlagen.',
        replies: [
          {
            call: 'lohnsumme',
            args: { mandant: 'RIE-0702', monat: '2027-02' },
            result:
              '{"db_grundlage": 96420.00, "kommst_grundlage": 96420.00, "bundesland": "Tirol", "gemeinde": "Innsbruck"}',
          },
          { say: 'Februar 2027: DB- und KommSt-Grundlage je 96.420,00 €, Betriebsstätte Innsbruck (Tirol).' },
        ],
      },
      {
        name: 'abgaben_rechner',
        description: 'Berechnet Lohnabgaben',
        instructions: 'Berechne DB, DZ, KommSt; überarbeite nach Feedback.',
        prompt: 'Grundlagen bzw. Feedback:\n{input}\n\nAuftrag: {request}',
        replies: [
          {
            say: '| Abgabe | Satz | Betrag € |\n|---|---:|---:|\n| DB | 3,7 % | 3.567,54 |\n| KommSt | 3 % | 2.892,60 |',
          },
          {
            say: '| Abgabe | Satz | Betrag € |\n|---|---:|---:|\n| DB | 3,7 % | 3.567,54 |\n| DZ (Tirol) | 0,33 % | 318,19 |\n| KommSt | 3 % | 2.892,60 |\n| **Summe** | | **6.778,33** |',
          },
        ],
      },
      {
        name: 'abgaben_kontrolle',
        description: 'Kontrolliert Abgabenberechnungen',
        instructions: 'Gib frei oder beginne mit ÜBERARBEITEN.',
        prompt: 'Berechnung:\n{input}',
        replies: [
          { say: 'ÜBERARBEITEN: Der Zuschlag zum DB (DZ) fehlt – Tirol 2027 0,33 % der DB-Grundlage.' },
          {
            say: 'Freigegeben. Zahlungsvorschlag 15.03.2027: DB 3.567,54 € + DZ 318,19 € an das Finanzamt (Sammelbuchung), KommSt 2.892,60 € an Stadt Innsbruck; gesamt **6.778,33 €**.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch122Scenarios = [...faults, ...healthy];
