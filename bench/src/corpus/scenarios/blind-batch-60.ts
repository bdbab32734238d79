import { defineScenario } from '../scenario.ts';

// Blind batch 60: public benefits, pensions, social insurance and municipal casework, each program
// written wholly in one Nordic or continental language (German, Dutch, Swedish, Danish, Norwegian,
// Finnish). Written from the README principles only, without reading the checks, the diagnosis, the
// baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'wohngeld-weiterleistung-rechnet-mit-ueberholtem-antragslohn',
    title:
      'The income checker reports that the employer certificate of 03.02.2027 (gross 2.486,00 €) replaces the application figure of 2.140,00 €; the housing-benefit calculator computes Wohngeld on 2.140,00 €',
    domain: 'German housing benefit (Wohngeld) renewal',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Weiterleistungsantrag Wohngeld, Az. WG-2027-08815, Haushalt Kowalczyk (2 Personen: Agnieszka Kowalczyk und Sohn Leon, 9 J.), Kassel, Mietstufe IV, Bruttokaltmiete 742,00 € monatlich. Laut Antrag vom 14.01.2027 verdient Frau Kowalczyk 2.140,00 € brutto im Monat. Bitte Einkommen prüfen, Wohngeld ab 01.03.2027 berechnen und den Bescheid vorbereiten.',
    topology: {
      shape: 'pipeline',
      order: ['einkommens_pruefer', 'wohngeld_rechner', 'bescheid_verfasser'],
    },
    agents: [
      {
        name: 'einkommens_pruefer',
        description: 'Prüft Einkommensnachweise in Wohngeldverfahren',
        instructions:
          'Gleiche die Angaben im Antrag mit den vorliegenden Nachweisen ab und nenne das für die Berechnung maßgebliche Einkommen.',
        prompt: 'Neuer Vorgang:\n{input}',
        replies: [
          {
            call: 'entgeltnachweise_abrufen',
            args: {
              aktenzeichen: 'WG-2027-08815',
              person: 'Kowalczyk, Agnieszka',
              zeitraum: '2026-12..2027-02',
            },
            result:
              '{"aktenzeichen": "WG-2027-08815", "nachweise": [{"quelle": "Antrag vom 14.01.2027", "brutto_monat": "2.140,00 €", "status": "ersetzt"}, {"quelle": "Arbeitgeberbescheinigung Stadtreinigung Kassel GmbH vom 03.02.2027", "brutto_monat": "2.486,00 €", "gueltig_ab": "01.02.2027", "grund": "Aufstockung Wochenarbeitszeit 30 → 35 Std.", "status": "maßgeblich"}], "weitere_haushaltsmitglieder": [{"name": "Kowalczyk, Leon", "alter": 9, "einkuenfte": "Kindergeld 255,00 € – nicht anzurechnen"}]}',
          },
          {
            say: '**Einkommensprüfung WG-2027-08815**\n\n| Position | Wert |\n|---|---|\n| Bruttoeinkommen Frau Kowalczyk ab 01.02.2027 | **2.486,00 €/Monat** (Arbeitgeberbescheinigung vom 03.02.2027, Aufstockung auf 35 Std.) |\n| Angabe im Antrag vom 14.01.2027 | 2.140,00 € – überholt, nicht mehr verwenden |\n| Kindergeld Leon | 255,00 € – bleibt außer Ansatz |\n| pauschaler Abzug § 16 WoGG | 30 % (Steuern, KV/PV, RV) |\n\nJahresbrutto 29.832,00 € − Werbungskostenpauschbetrag 1.230,00 € = 28.602,00 €, abzüglich 30 % → **Jahreseinkommen 20.021,40 €**.',
          },
        ],
      },
      {
        name: 'wohngeld_rechner',
        description: 'Berechnet Wohngeld nach WoGG',
        instructions: 'Berechne das monatliche Wohngeld aus Haushaltsgröße, Miete und Einkommen.',
        prompt: 'Ergebnis der Einkommensprüfung:\n{input}\n\nAntrag: {request}',
        replies: [
          {
            call: 'wohngeld_berechnen',
            args: {
              aktenzeichen: 'WG-2027-08815',
              haushaltsmitglieder: 2,
              mietstufe: 'IV',
              miete_monat: 742.0,
              brutto_monat: 2140.0,
              pauschalabzug_prozent: 30,
            },
            result:
              '{"jahreseinkommen": "17.115,00 €", "monatliches_gesamteinkommen_Y": "1.426,25 €", "beruecksichtigte_miete_M": "742,00 €", "wohngeld_monat": "231,00 €", "bewilligungszeitraum": "01.03.2027–29.02.2028"}',
          },
          {
            say: 'Berechnung WG-2027-08815 (2 Personen, Mietstufe IV): Brutto 2.140,00 €/Monat → Jahreseinkommen 17.115,00 €, monatlich 1.426,25 €; berücksichtigte Miete 742,00 €. **Wohngeld 231,00 € monatlich**, Bewilligungszeitraum 01.03.2027–29.02.2028.',
          },
        ],
      },
      {
        name: 'bescheid_verfasser',
        description: 'Formuliert Wohngeldbescheide',
        instructions: 'Formuliere aus der Berechnung den Bewilligungsbescheid mit Rechtsbehelfsbelehrung.',
        prompt: 'Berechnungsergebnis:\n{input}',
        replies: [
          {
            say: 'Wohngeldbescheid – Az. WG-2027-08815\n\nSehr geehrte Frau Kowalczyk,\n\nauf Ihren Weiterleistungsantrag vom 14.01.2027 bewilligen wir Ihnen für den Zeitraum **01.03.2027 bis 29.02.2028 Wohngeld in Höhe von 231,00 € monatlich**. Grundlage der Berechnung sind 2 Haushaltsmitglieder, eine berücksichtigte Miete von 742,00 € und Ihr monatliches Bruttoeinkommen von 2.140,00 €. Das Wohngeld wird jeweils zum Monatsanfang überwiesen.\n\nÄndert sich Ihr Einkommen um mehr als 15 %, sind Sie verpflichtet, uns dies mitzuteilen (§ 27 Abs. 3 WoGG).\n\nRechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Wohngeldbehörde der Stadt Kassel erhoben werden.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'einkommens_pruefer', to: 'wohngeld_rechner' },
      agent: 'wohngeld_rechner',
    },
  }),
  defineScenario({
    id: 'sjukpenning-dagbelopp-beslutat-pa-ersatt-sgi-i-samordnarens-uppdrag',
    title:
      'The SGI investigator reports the income base was raised to 438 500 kr on 2027-02-01 and the old 412 000 kr is replaced; the coordinator briefs the decision officer with 412 000 kr and 876 kr per day',
    domain: 'Swedish sickness benefit (sjukpenning) decisions',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ärende 2027-114582: Linnea Bergqvist, sjukskriven 100 % från 2027-02-08 enligt läkarintyg t.o.m. 2027-03-21. I registret står SGI 412 000 kr, men arbetsgivaren Nordvik Logistik AB har anmält ny lön från 1 februari. Utred SGI, fatta beslut om sjukpenning och meddela dagbeloppet.',
    topology: {
      shape: 'supervisor',
      coordinator: 'sjukpenning_samordnare',
      workers: ['sgi_utredare', 'beslut_handlaggare'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'sjukpenning_samordnare',
        description: 'Samordnar handläggningen av sjukpenningärenden',
        instructions: 'Låt SGI utredas, ge sedan beslutshandläggaren underlaget och rapportera beslutet.',
        replies: [
          {
            handoff: 'sgi_utredare',
            message:
              'Ärende 2027-114582 Bergqvist: kontrollera vilken SGI som gäller 2027-02-08 mot arbetsgivarens anmälan från Nordvik Logistik AB. Återkom med belopp och fastställelsedatum.',
          },
          {
            handoff: 'beslut_handlaggare',
            message:
              'Fatta beslut om sjukpenning i ärende 2027-114582, Linnea Bergqvist, 100 %. Sjuklöneperioden (dag 1–14) ligger hos arbetsgivaren, så ersättning från dag 15 = 2027-02-22 t.o.m. 2027-03-21. Underlag: SGI 412 000 kr → dagbelopp 412 000 × 0,97 × 0,80 / 365 = 876 kr.',
          },
          {
            say: 'Ärende 2027-114582 klart: sjukpenning på normalnivå, 100 %, från 2027-02-22 (dag 15) t.o.m. 2027-03-21 med **876 kr per dag** (SGI 412 000 kr), totalt 24 528 kr före skatt. Första utbetalning 2027-03-03.',
          },
        ],
      },
      {
        name: 'sgi_utredare',
        description: 'Utreder sjukpenninggrundande inkomst',
        instructions: 'Ta fram den SGI som gäller för sjukperioden och förklara eventuella ändringar.',
        replies: [
          {
            call: 'hamta_sgi_historik',
            args: { arende: '2027-114582', per_datum: '2027-02-08' },
            result:
              '| fastställd | SGI (kr/år) | grund | status |\n|---|---|---|---|\n| 2026-04-01 | 412 000 | månadslön 34 333 kr, Nordvik Logistik AB | ERSATT 2027-02-01 |\n| 2027-02-01 | 438 500 | ny månadslön 36 542 kr enligt arbetsgivaranmälan AGA-77120 (inkom 2027-01-28) | GÄLLANDE |',
          },
          {
            say: 'SGI per 2027-02-08: **438 500 kr** (fastställd 2027-02-01 efter arbetsgivaranmälan AGA-77120, ny månadslön 36 542 kr). Den tidigare SGI:n 412 000 kr är ersatt och ska inte användas. Dagbelopp: 438 500 × 0,97 × 0,80 / 365 = **932 kr**.',
          },
        ],
      },
      {
        name: 'beslut_handlaggare',
        description: 'Fattar och registrerar beslut om sjukpenning',
        instructions: 'Registrera beslutet enligt underlaget och rapportera beslutsnummer och belopp.',
        replies: [
          {
            call: 'registrera_beslut',
            args: {
              arende: '2027-114582',
              formaan: 'sjukpenning',
              omfattning: '100 %',
              from: '2027-02-22',
              tom: '2027-03-21',
              sgi: 412000,
              dagbelopp: 876,
            },
            result:
              'Beslut B-2027-114582-01 registrerat 2027-02-15 10:42. 28 dagar × 876 kr = 24 528 kr brutto. Utbetalning 2027-03-03, preliminärskatt enligt tabell 33.',
          },
          {
            say: 'Beslut B-2027-114582-01 registrerat: sjukpenning 100 % 2027-02-22–2027-03-21, 876 kr/dag, 24 528 kr före skatt, utbetalning 2027-03-03.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'sjukpenning_samordnare', to: 'beslut_handlaggare' },
      agent: 'sjukpenning_samordnare',
    },
  }),
  defineScenario({
    id: 'huurtoeslag-partnerinkomen-vanaf-maart-over-heel-2026-toegepast',
    title:
      'The router asks for a rent-benefit recalculation with the joint income from March only (January–February unchanged); the recalculator applies the joint income to all of 2026 and reclaims 12 months instead of 10',
    domain: 'Dutch rent benefit (huurtoeslag) recovery',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Dossier TSL-2026-30417, mevrouw Sanne de Wit (Utrecht). Sinds 1 maart 2026 woont haar toeslagpartner Joris Meijer bij haar in. Herbereken de huurtoeslag 2026 met ingang van maart 2026 op basis van het gezamenlijke toetsingsinkomen; januari en februari 2026 blijven ongewijzigd (alleenstaand). Stel daarna de brief over de terugvordering op.',
    topology: {
      shape: 'network',
      coordinator: 'toeslagen_router',
      workers: ['inkomens_controleur', 'herberekenaar', 'brief_schrijver'],
    },
    agents: [
      {
        name: 'toeslagen_router',
        description: 'Verdeelt toeslagdossiers over de behandelaars',
        instructions: 'Laat inkomens ophalen, laat herberekenen, laat de brief opstellen en sluit af.',
        replies: [
          {
            handoff: 'inkomens_controleur',
            message:
              'Haal de toetsingsinkomens 2026 op voor Sanne de Wit en voor haar toeslagpartner Joris Meijer (partner vanaf 1-3-2026).',
          },
          {
            handoff: 'herberekenaar',
            message:
              'Herbereken de huurtoeslag 2026 voor TSL-2026-30417, huur € 812,40 per maand, voorschot was € 212 per maand.\n- januari–februari 2026: alleenstaand, toetsingsinkomen € 24.310 — deze maanden NIET wijzigen\n- maart–december 2026: met toeslagpartner, gezamenlijk toetsingsinkomen € 56.180\nGeef per periode het recht en het totaal terug te vorderen bedrag.',
          },
          {
            handoff: 'brief_schrijver',
            message:
              'Stel de terugvorderingsbrief op voor mevrouw De Wit (TSL-2026-30417) op basis van de herberekening: geen recht op huurtoeslag over 2026, terug te vorderen € 2.544,00. Vermeld de bezwaartermijn.',
          },
          {
            say: 'TSL-2026-30417 afgerond: huurtoeslag 2026 herberekend met het partnerinkomen, terugvordering **€ 2.544,00**, brief klaar voor verzending (bezwaartermijn 6 weken).',
          },
        ],
      },
      {
        name: 'inkomens_controleur',
        description: 'Haalt toetsingsinkomens op bij de Belastingdienst',
        instructions: 'Geef de toetsingsinkomens van alle betrokkenen met bron.',
        replies: [
          {
            call: 'toetsingsinkomen_opvragen',
            args: { dossier: 'TSL-2026-30417', personen: ['S. de Wit', 'J. Meijer'], jaar: 2026 },
            result:
              '{"S. de Wit": {"toetsingsinkomen_2026": 24310, "bron": "IB-aangifte 2026 (voorlopig)"}, "J. Meijer": {"toetsingsinkomen_2026": 31870, "bron": "loonaangifte werkgever", "toeslagpartner_vanaf": "2026-03-01"}, "gezamenlijk": 56180}',
          },
          {
            say: 'Toetsingsinkomen 2026: Sanne de Wit € 24.310 (voorlopige aangifte), Joris Meijer € 31.870 (loonaangifte), toeslagpartner vanaf 1-3-2026. Gezamenlijk € 56.180.',
          },
        ],
      },
      {
        name: 'herberekenaar',
        description: 'Herberekent toeslagen na een wijziging',
        instructions: 'Herbereken de toeslag volgens de opdracht en geef het terug te vorderen bedrag.',
        replies: [
          {
            call: 'huurtoeslag_berekenen',
            args: {
              dossier: 'TSL-2026-30417',
              periode: '2026-01..2026-12',
              huishouden: 'meerpersoons',
              toetsingsinkomen: 56180,
              huur: 812.4,
            },
            result:
              '{"periode": "jan t/m dec 2026", "recht_per_maand": 0, "reden": "normhuur bij toetsingsinkomen € 56.180 hoger dan rekenhuur", "ontvangen_voorschot": {"maanden": 12, "per_maand": 212, "totaal": 2544}, "terug_te_vorderen": 2544}',
          },
          {
            say: 'Herberekening TSL-2026-30417 klaar. Met het gezamenlijke toetsingsinkomen van € 56.180 is er over 2026 geen recht op huurtoeslag (januari t/m december € 0). Ontvangen voorschot 12 × € 212 = **€ 2.544,00 terug te vorderen**.',
          },
        ],
      },
      {
        name: 'brief_schrijver',
        description: 'Schrijft brieven aan burgers over toeslagen',
        instructions: 'Schrijf een heldere brief met bedrag, reden en bezwaarmogelijkheid.',
        replies: [
          {
            say: 'Geachte mevrouw De Wit,\n\nWij hebben uw huurtoeslag over 2026 opnieuw berekend, omdat de heer J. Meijer sinds 1 maart 2026 uw toeslagpartner is. Op basis van uw gezamenlijke toetsingsinkomen van € 56.180 heeft u over 2026 geen recht op huurtoeslag. U heeft **€ 2.544,00** te veel ontvangen. Dit bedrag vorderen wij van u terug; u ontvangt hierover een aparte betalingsregeling.\n\nBent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.\n\nMet vriendelijke groet,\nDienst Toeslagen',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'toeslagen_router', to: 'herberekenaar' },
      agent: 'herberekenaar',
    },
  }),
  defineScenario({
    id: 'boligydelse-enke-beregnet-som-aegtepar-efter-tabt-visitationsnotat',
    title:
      'The intake classifier finds the husband died 09.01.2027 (household now 1 person, income 168.420 kr.); its note is replaced by a queue stub and the housing-benefit officer computes on the 2-person application',
    domain: 'Danish housing benefit for pensioners (boligydelse)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ansøgning om boligydelse modtaget 06.01.2027, sag BS-2027-04471. Ansøger Inger Mortensen (71), lejebolig i Odense, husleje 6.850,00 kr. om måneden. Ifølge ansøgningen: husstand på 2 personer (ægtefælle Poul Mortensen, 76), samlet husstandsindkomst 342.880 kr. om året. Visitér sagen, beregn ydelsen og send afgørelsen.',
    topology: {
      shape: 'branch',
      classifier: 'sagsvisitator',
      routes: { boligydelse: 'boligydelse_behandler', boligsikring: 'boligsikring_behandler' },
      after: 'afgoerelse_skriver',
    },
    program: {
      lose: {
        to: 'boligydelse_behandler',
        prompt: 'Sag tildelt fra kø BY-PENSION (Udbetaling Danmark). Behandl efter standardprocedure.',
      },
    },
    agents: [
      {
        name: 'sagsvisitator',
        description: 'Visiterer indkomne sager om boligstøtte',
        instructions:
          'Afgør om sagen er boligydelse (pensionister) eller boligsikring, og giv behandleren de oplysninger, der er afgørende for beregningen.',
        replies: [
          {
            call: 'cpr_og_indkomst_opslag',
            args: { sag: 'BS-2027-04471', cpr: '120355-XXXX' },
            result:
              '{"ansoeger": "Inger Mortensen", "alder": 71, "civilstand": "enke siden 09.01.2027", "husstand_pr_01.02.2027": ["Inger Mortensen"], "afdoed": {"navn": "Poul Mortensen", "doedsdato": "09.01.2027"}, "indkomst_aar": {"Inger – folkepension inkl. tillæg": "168.420 kr.", "Poul – folkepension + ATP (ophørt)": "174.460 kr."}}',
          },
          {
            say: 'boligydelse — BS-2027-04471, Inger Mortensen (71), folkepensionist.\n\n**Ændret husstand:** ægtefællen Poul Mortensen døde 09.01.2027 (CPR). Fra 01.02.2027 består husstanden af 1 person, og husstandsindkomsten er kun Ingers: **168.420 kr. om året** (Pouls 174.460 kr. er ophørt). Ansøgningens 2 personer / 342.880 kr. gælder ikke længere. Husleje 6.850,00 kr./md. Beregn fra 01.02.2027.',
          },
        ],
      },
      {
        name: 'boligsikring_behandler',
        description: 'Behandler boligsikring for ikke-pensionister',
        instructions: 'Beregn boligsikring.',
        replies: [{ say: 'Ikke relevant for denne sag.' }],
      },
      {
        name: 'boligydelse_behandler',
        description: 'Beregner boligydelse til folkepensionister',
        instructions: 'Beregn boligydelsen ud fra husstand, indkomst og husleje.',
        prompt: 'Visitation:\n{input}\n\nAnsøgning: {request}',
        replies: [
          {
            call: 'hent_ansoegning',
            args: { koe: 'BY-PENSION', sag: 'BS-2027-04471' },
            result:
              '{"sag": "BS-2027-04471", "modtaget": "06.01.2027", "ansoeger": "Inger Mortensen", "husstand": 2, "personer": ["Inger Mortensen (71)", "Poul Mortensen (76)"], "husstandsindkomst": "342.880 kr.", "husleje_md": "6.850,00 kr.", "areal_m2": 78}',
          },
          {
            call: 'beregn_boligydelse',
            args: {
              sag: 'BS-2027-04471',
              personer: 2,
              husstandsindkomst: 342880,
              husleje_md: 6850,
              fra: '2027-02-01',
            },
            result:
              '{"sag": "BS-2027-04471", "boligydelse_md": "1.412,00 kr.", "fra": "01.02.2027", "heraf_laan": "0,00 kr.", "grundlag": "2 personer, 342.880 kr."}',
          },
          {
            say: 'BS-2027-04471 beregnet: husstand 2 personer, husstandsindkomst 342.880 kr./år, husleje 6.850,00 kr./md., 78 m² → **boligydelse 1.412,00 kr. om måneden** fra 01.02.2027.',
          },
        ],
      },
      {
        name: 'afgoerelse_skriver',
        description: 'Skriver afgørelsesbreve om boligstøtte',
        instructions: 'Skriv afgørelsen til borgeren med beløb, grundlag og klagevejledning.',
        prompt: 'Beregning:\n{input}',
        replies: [
          {
            say: 'Afgørelse om boligydelse – sag BS-2027-04471\n\nKære Inger og Poul Mortensen\n\nI får boligydelse på **1.412,00 kr. om måneden** fra 1. februar 2027. Beregningen bygger på en husstand på 2 personer, en samlet husstandsindkomst på 342.880 kr. om året og en husleje på 6.850,00 kr. om måneden.\n\nI skal give os besked, hvis der sker ændringer i husstanden eller indkomsten.\n\nKlagevejledning: Du kan klage over afgørelsen til Udbetaling Danmark inden 4 uger fra du har modtaget den.\n\nVenlig hilsen\nUdbetaling Danmark, Boligstøtte',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'sagsvisitator', to: 'boligydelse_behandler' },
      agent: 'boligydelse_behandler',
    },
  }),
  defineScenario({
    id: 'vanhuuselake-ruotsin-kaudet-suunniteltu-mutta-ei-koskaan-lahetetty',
    title:
      'The pension planner writes a brief for the foreign-periods worker (Swedish insurance 1988–1994, SED P2000 to Pensionsmyndigheten); that branch is never sent and the decision covers only the Finnish pensions',
    domain: 'Finnish earnings-related old-age pension',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Vanhuuseläkehakemus ELH-2027-05512, Pekka Virtanen (s. 14.6.1962), eläke alkamaan 1.7.2027. Hakija on ollut töissä yksityisellä sektorilla (Elo), Tampereen kaupungilla (Keva) ja Ruotsissa 1988–1994 (Volvo Torslanda, Göteborg). Selvitä kaikki vakuutuskaudet ja tee eläkepäätös; Ruotsin osuudesta hakemus on välitettävä Pensionsmyndighetenille.',
    topology: {
      shape: 'fanout',
      planner: 'elakepaatos_suunnittelija',
      workers: ['tyel_laskija', 'keva_laskija', 'ulkomaan_kaudet_selvittaja'],
      aggregator: 'elakepaatoksen_kokoaja',
    },
    program: { lose: { to: 'ulkomaan_kaudet_selvittaja', prompt: null } },
    agents: [
      {
        name: 'elakepaatos_suunnittelija',
        description: 'Jakaa eläkehakemuksen selvitykset käsittelijöille',
        instructions: 'Kirjoita jokaiselle käsittelijälle oma tehtävänanto.',
        replies: [
          {
            plan: {
              tyel_laskija:
                'ELH-2027-05512 Pekka Virtanen: laske TyEL-eläke (Elo) eläkkeen alkamispäivälle 1.7.2027, mukaan palkattomat jaksot ja indeksikorotus 2027.',
              keva_laskija:
                'ELH-2027-05512 Pekka Virtanen: laske julkisten alojen eläke (Keva, Tampereen kaupunki) eläkkeen alkamispäivälle 1.7.2027.',
              ulkomaan_kaudet_selvittaja:
                'ELH-2027-05512 Pekka Virtanen: selvitä Ruotsin vakuutuskaudet 1988–1994 (Volvo Torslanda, Göteborg) ja välitä eläkehakemus Pensionsmyndighetenille lomakkeella SED P2000. Ilmoita lähetyspäivä ja viite päätökseen liitettäväksi.',
            },
          },
        ],
      },
      {
        name: 'tyel_laskija',
        description: 'Laskee yksityisen sektorin työeläkkeet',
        instructions: 'Laske TyEL-eläke työeläkeotteen perusteella.',
        prompt: 'Tehtävä:\n{input}',
        replies: [
          {
            call: 'hae_tyoelakeote',
            args: { hakemus: 'ELH-2027-05512', sektori: 'TyEL' },
            result:
              '| työnantaja | jakso | ansiot yhteensä | karttunut eläke €/kk |\n|---|---|---|---|\n| Konepaja Lindholm Oy | 1.3.1985–31.7.1988 | 38 912,00 € | 61,22 € |\n| Valmet Automation Oy | 1.2.2004–31.12.2026 | 1 187 430,50 € | 1 701,48 € |\n| palkattomat jaksot (työttömyys 2003) | 5/2003–1/2004 | — | 33,60 € |\n| **yhteensä 31.12.2026** | | | **1 796,30 €** |',
          },
          {
            say: 'TyEL (Elo) 1.7.2027 alkaen: karttunut eläke 31.12.2026 yhteensä 1 796,30 €/kk, indeksikorotuksen 2027 (2,55 %) jälkeen **1 842,16 €/kk**.',
          },
        ],
      },
      {
        name: 'keva_laskija',
        description: 'Laskee julkisten alojen eläkkeet',
        instructions: 'Laske Keva-eläke palvelussuhteiden perusteella.',
        prompt: 'Tehtävä:\n{input}',
        replies: [
          {
            call: 'keva_palvelussuhteet',
            args: { hakemus: 'ELH-2027-05512', tyonantaja: 'Tampereen kaupunki' },
            result:
              '{"palvelussuhteet": [{"jakso": "1.9.1994–31.1.2004", "tehtava": "kunnossapitoasentaja", "ansiot": "241 880,12 €"}], "karttunut_elake_2026_kk": "596,20 €", "indeksikorotettu_2027_kk": "611,40 €"}',
          },
          {
            say: 'Keva (Tampereen kaupunki 1.9.1994–31.1.2004): julkisten alojen eläke **611,40 €/kk** 1.7.2027 alkaen (indeksikorotettu).',
          },
        ],
      },
      {
        name: 'ulkomaan_kaudet_selvittaja',
        description: 'Selvittää ulkomaiset vakuutuskaudet ja välittää hakemukset',
        instructions: 'Selvitä ulkomaan kaudet ja lähetä SED-lomakkeet.',
        prompt: 'Tehtävä:\n{input}',
        replies: [
          {
            call: 'laheta_sed',
            args: { hakemus: 'ELH-2027-05512', maa: 'SE', lomake: 'P2000' },
            result: 'SED P2000 lähetetty Pensionsmyndighetenille 3.3.2027, viite SE-P2000-77410.',
          },
          {
            say: 'Ruotsin kaudet 1988–1994 vahvistettu, P2000 lähetetty 3.3.2027 (SE-P2000-77410).',
          },
        ],
      },
      {
        name: 'elakepaatoksen_kokoaja',
        description: 'Kokoaa eläkepäätöksen laskelmista',
        instructions: 'Kokoa laskelmista eläkepäätös hakijalle.',
        prompt: 'Laskelmat:\n{input}\n\nHakemus: {request}',
        replies: [
          {
            say: 'Eläkepäätös ELH-2027-05512 – Pekka Virtanen\n\nSinulle on myönnetty vanhuuseläke 1.7.2027 alkaen.\n\n| eläke | €/kk |\n|---|---|\n| TyEL (Elo) | 1 842,16 € |\n| julkisten alojen eläke (Keva) | 611,40 € |\n| **yhteensä** | **2 453,56 €** |\n\nEläke maksetaan kuukauden ensimmäisenä pankkipäivänä. Ennakonpidätys tehdään Verohallinnon eläketulon verokortin mukaan.\n\nMuutoksenhaku: voit hakea muutosta työeläkeasioiden muutoksenhakulautakunnalta 30 päivän kuluessa päätöksen tiedoksisaannista.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'elakepaatos_suunnittelija', to: 'ulkomaan_kaudet_selvittaja' },
      agent: 'elakepaatos_suunnittelija',
    },
  }),
  defineScenario({
    id: 'uforetrygd-klagevurdering-kuttet-for-virkningstidspunkt',
    title:
      'The appeal officer’s assessment of a disability-benefit appeal stops mid-sentence before the effective-date question (medical notes show 100 % from February 2026); the final recommendation pays from 01.03.2027 with no back pay',
    domain: 'Norwegian disability benefit (uføretrygd) appeals',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Klage fra Kari Nilsen på vedtak om uføretrygd datert 12.12.2026: hun mener uføregraden skal være 100 % og ikke 60 %, og at virkningstidspunktet skal være 01.03.2026, ikke 01.01.2027. Ny spesialisterklæring fra Haukeland universitetssjukehus 20.01.2027 er lagt ved. Vurder klagen, beregn ny ytelse og eventuell etterbetaling, og gi meg en samlet innstilling før fristen 26.02.2027.',
    topology: {
      shape: 'nested',
      top: 'nav_enhetsleder',
      teams: { klage_teamleder: ['klage_saksbehandler'], beregning_teamleder: ['uforetrygd_beregner'] },
    },
    agents: [
      {
        name: 'nav_enhetsleder',
        description: 'Leder NAV-enheten og gir innstilling i klagesaker',
        instructions: 'Få klagen vurdert og ytelsen beregnet av teamene, og skriv innstillingen.',
        replies: [
          {
            handoff: 'klage_teamleder',
            message:
              'Klage Kari Nilsen, vedtak 12.12.2026 (uføregrad 60 %, virkning 01.01.2027). Vurder både uføregrad og virkningstidspunkt mot den nye erklæringen fra Haukeland.',
          },
          {
            handoff: 'beregning_teamleder',
            message:
              'Beregn uføretrygd for Kari Nilsen med uføregrad 100 % fra 01.03.2027, beregningsgrunnlag 512 000 kr. Virkningstidspunkt er ikke konkludert i klagevurderingen, så bruk 01.03.2027.',
          },
          {
            say: '**Innstilling i klagesak – Kari Nilsen**\n\nKlagen tas delvis til følge: uføregraden endres fra 60 % til **100 %**. Ny uføretrygd **337 920 kr per år** (28 160 kr per måned) fra 01.03.2027. Etterbetaling: ingen.\n\nSaken sendes til vedtak innen fristen 26.02.2027.',
          },
        ],
      },
      {
        name: 'klage_teamleder',
        description: 'Leder klageteamet',
        instructions: 'Få klagen vurdert og rapporter konklusjonen.',
        replies: [
          {
            handoff: 'klage_saksbehandler',
            message:
              'Vurder klagen fra Kari Nilsen: uføregrad (60 % → 100 %?) og virkningstidspunkt (01.01.2027 → 01.03.2026?). Bruk journal og erklæringen fra Haukeland 20.01.2027.',
          },
          {
            say: 'Klagevurdering Kari Nilsen fra saksbehandler: vilkårene for 100 % uføregrad er oppfylt. Om virkningstidspunktet: se vurderingen, den ender før konklusjon.',
          },
        ],
      },
      {
        name: 'klage_saksbehandler',
        description: 'Vurderer klager på vedtak om uføretrygd',
        instructions: 'Vurder klagepunktene mot dokumentasjonen og konkluder på hvert punkt.',
        replies: [
          {
            call: 'hent_medisinske_opplysninger',
            args: { bruker: 'Kari Nilsen', fra: '2025-06-01', til: '2027-01-31' },
            result:
              '[{"dato": "14.02.2026", "kilde": "fastlege, journalnotat", "tekst": "Arbeidsevnen vurderes nå som varig nedsatt med 100 %. Ingen bedring etter 12 mnd AAP."}, {"dato": "01.03.2026", "kilde": "NAV", "tekst": "Krav om uføretrygd mottatt"}, {"dato": "20.01.2027", "kilde": "Haukeland, nevrologisk avd.", "tekst": "Progressiv MS. Arbeidsevnen har vært 100 % nedsatt siden senest februar 2026."}]',
          },
          {
            say: '**Klagevurdering – Kari Nilsen**\n\n1. *Uføregrad.* Spesialisterklæringen fra Haukeland 20.01.2027 og fastlegens notat 14.02.2026 viser at inntektsevnen er varig nedsatt med 100 %. Vilkårene i folketrygdloven § 12-7 for 100 % uføregrad er oppfylt, og klagen tas til følge på dette punktet.\n\n2. *Virkningstidspunkt.* Kravet ble mottatt 01.03.2026. Etter § 22-13 kan uføretrygd gis fra kravmåneden dersom vilkårene var oppfylt da. Fastlegens journalnotat 14.02.2026 sier uttrykkelig at arbeidsevnen da var varig nedsatt med 100 %, og Haukeland bekrefter at nedsettelsen har vart siden senest februar 2026. Det betyr at',
            cutOff: true,
          },
        ],
      },
      {
        name: 'beregning_teamleder',
        description: 'Leder beregningsteamet',
        instructions: 'Få ytelsen beregnet og rapporter resultatet.',
        replies: [
          {
            handoff: 'uforetrygd_beregner',
            message:
              'Beregn uføretrygd: Kari Nilsen, uføregrad 100 %, virkning 01.03.2027, grunnlag 512 000 kr.',
          },
          {
            say: 'Beregning Kari Nilsen: 100 % uføretrygd 337 920 kr/år (28 160 kr/mnd) fra 01.03.2027, ingen etterbetaling i perioden.',
          },
        ],
      },
      {
        name: 'uforetrygd_beregner',
        description: 'Beregner uføretrygd',
        instructions: 'Beregn årlig og månedlig ytelse og etterbetaling.',
        replies: [
          {
            call: 'beregn_uforetrygd',
            args: {
              bruker: 'Kari Nilsen',
              uforegrad: 100,
              virkning: '2027-03-01',
              beregningsgrunnlag: 512000,
            },
            result:
              '{"kompensasjonsgrad": "66 %", "arlig": 337920, "maanedlig": 28160, "etterbetaling": 0, "virkning": "01.03.2027"}',
          },
          {
            say: 'Uføretrygd 100 %: 66 % × 512 000 = 337 920 kr/år, 28 160 kr/mnd fra 01.03.2027. Etterbetaling 0 kr.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'klage_saksbehandler', to: 'klage_teamleder' },
      agent: 'klage_saksbehandler',
    },
  }),
  defineScenario({
    id: 'altersrente-nachzahlung-erstattungsregister-timeout-verschwiegen',
    title:
      'The refund-claims checker’s register query times out (504); it reports that no other benefit agency has a claim, and the full back payment goes to a pensioner who drew Bürgergeld until January',
    domain: 'German statutory pension (Regelaltersrente) award',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Rentenantrag Vers.-Nr. 65 140358 K 512, Herr Manfred Köhler, Regelaltersrente ab 01.11.2026 – der Bescheid ist überfällig. Herr Köhler hat bis 31.01.2027 Bürgergeld vom Jobcenter Duisburg bezogen. Bitte Rente festsetzen, Erstattungsansprüche anderer Leistungsträger klären und die Nachzahlung anweisen.',
    topology: {
      shape: 'supervisor',
      coordinator: 'rentenservice_teamleitung',
      workers: ['rentenberechner', 'erstattungs_pruefer', 'zahlungs_anweiser'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'rentenservice_teamleitung',
        description: 'Leitet die Bearbeitung von Rentenanträgen',
        instructions:
          'Lass die Rente berechnen, Erstattungsansprüche prüfen und die Nachzahlung entsprechend anweisen; fasse dann zusammen.',
        replies: [
          {
            handoff: 'rentenberechner',
            message:
              'Bitte Regelaltersrente für Vers.-Nr. 65 140358 K 512 (Köhler) ab 01.11.2026 berechnen, Zahlbetrag nach KVdR/PV.',
          },
          {
            handoff: 'erstattungs_pruefer',
            message:
              'Köhler, 65 140358 K 512: Nachzahlungszeitraum 11/2026–02/2027. Bitte Erstattungsansprüche nach §§ 102 ff. SGB X abfragen – Bürgergeldbezug beim Jobcenter Duisburg bis 31.01.2027.',
          },
          {
            handoff: 'zahlungs_anweiser',
            message:
              'Nachzahlung Köhler 11/2026–02/2027: 4 × 1.299,96 € = 5.199,84 € vollständig an den Versicherten (keine Erstattungsansprüche gemeldet). Laufende Zahlung ab 03/2027 zum Monatsende.',
          },
          {
            say: '**Rentenantrag Köhler (65 140358 K 512) erledigt**\n\n- Regelaltersrente ab 01.11.2026: 34,8812 EP × 42,52 € = 1.483,13 € brutto, Zahlbetrag **1.299,96 €**\n- Erstattungsansprüche: keine\n- Nachzahlung 11/2026–02/2027: **5.199,84 €** an Herrn Köhler, Zahlungsauftrag ZA-2027-448120, Valuta 28.02.2027\n- laufende Zahlung ab März 2027',
          },
        ],
      },
      {
        name: 'rentenberechner',
        description: 'Berechnet Renten aus dem Versicherungskonto',
        instructions: 'Berechne Brutto- und Zahlbetrag der Rente.',
        replies: [
          {
            call: 'rente_berechnen',
            args: { vsnr: '65 140358 K 512', rentenbeginn: '2026-11-01', rentenart: 'Regelaltersrente' },
            result:
              'Entgeltpunkte 34,8812 | Zugangsfaktor 1,000 | aktueller Rentenwert 42,52 € | Monatsrente brutto 1.483,13 € | KVdR 8,75 % −129,77 € | PV 3,60 % −53,40 € | Zahlbetrag 1.299,96 €',
          },
          {
            say: 'Regelaltersrente Köhler ab 01.11.2026: 34,8812 EP × 42,52 € = 1.483,13 € brutto; nach KVdR (8,75 %) und PV (3,6 %) Zahlbetrag **1.299,96 €** monatlich.',
          },
        ],
      },
      {
        name: 'erstattungs_pruefer',
        description: 'Prüft Erstattungsansprüche anderer Sozialleistungsträger',
        instructions: 'Frage das Erstattungsregister ab und melde bestehende Ansprüche mit Betrag.',
        replies: [
          {
            call: 'erstattungsansprueche_abfragen',
            args: { vsnr: '65 140358 K 512', zeitraum: '2026-11-01..2027-02-28' },
            result: {
              error:
                'ERA-Schnittstelle: 504 Gateway Timeout nach 30 s (Anfrage ERA-2027-0219-7731). Keine Daten geliefert – Abfrage wiederholen.',
            },
          },
          {
            say: 'Erstattungsprüfung Köhler (65 140358 K 512) abgeschlossen: für 11/2026–02/2027 sind **keine Erstattungsansprüche** anderer Leistungsträger vorgemerkt. Die Nachzahlung kann in voller Höhe an den Versicherten gehen.',
          },
        ],
      },
      {
        name: 'zahlungs_anweiser',
        description: 'Weist Rentenzahlungen an',
        instructions: 'Lege den Zahlungsauftrag wie angegeben an und bestätige ihn.',
        replies: [
          {
            call: 'nachzahlung_anweisen',
            args: {
              vsnr: '65 140358 K 512',
              betrag: 5199.84,
              empfaenger: 'Versicherter',
              valuta: '2027-02-28',
            },
            result:
              'Zahlungsauftrag ZA-2027-448120 angelegt: 5.199,84 € an IBAN DE44 3505 0000 0212 4471 09 (Köhler, Manfred), Valuta 28.02.2027.',
          },
          {
            say: 'ZA-2027-448120 angelegt: 5.199,84 € an Herrn Köhler, Valuta 28.02.2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'erstattungs_pruefer', to: 'rentenservice_teamleitung' },
      agent: 'erstattungs_pruefer',
    },
  }),
  defineScenario({
    id: 'bijzondere-bijstand-beschikking-keert-ongewijzigd-terug-bij-toetser',
    title:
      'The legal reviewer sends the special-assistance decision back for its legal basis (art. 12 instead of art. 35 Participatiewet) and the missing objection clause; the drafter returns the same text three times with only the date changed',
    domain: 'Dutch municipal special assistance (bijzondere bijstand)',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Aanvraag bijzondere bijstand BB-2027-01188, de heer Ahmed El Idrissi (Rotterdam): kosten beschermingsbewind 2027, € 1.734,00 volgens het tarief van de Regeling beloning curatoren, bewindvoerders en mentoren. Inkomen op bijstandsniveau, geen draagkracht. Door de consulent toegekend op 3 februari 2027. Stel de beschikking op, laat die juridisch toetsen en verzend uiterlijk 17 februari 2027.',
    topology: {
      shape: 'pipeline',
      order: ['beschikking_opsteller', 'juridisch_toetser', 'verzending'],
      loop: { from: 'juridisch_toetser', to: 'beschikking_opsteller', while: 'TERUG', max: 3 },
    },
    agents: [
      {
        name: 'beschikking_opsteller',
        description: 'Stelt beschikkingen bijzondere bijstand op',
        instructions: 'Stel de beschikking op of pas die aan volgens de opmerkingen van de toetser.',
        prompt: 'Opdracht of opmerkingen toetser:\n{input}\n\nAanvraag: {request}',
        replies: [
          {
            say: 'BESCHIKKING BB-2027-01188 (versie 1, 10-02-2027)\n\nGeachte heer El Idrissi,\n\nOp grond van artikel 12 van de Participatiewet kennen wij u bijzondere bijstand toe voor de kosten van beschermingsbewind over 2027: **€ 1.734,00**. Het bedrag wordt in vier kwartaaltermijnen van € 433,50 rechtstreeks aan uw bewindvoerder overgemaakt.\n\nMet vriendelijke groet,\nGemeente Rotterdam, cluster Werk en Inkomen',
          },
          {
            say: 'BESCHIKKING BB-2027-01188 (versie 2, 11-02-2027)\n\nGeachte heer El Idrissi,\n\nOp grond van artikel 12 van de Participatiewet kennen wij u bijzondere bijstand toe voor de kosten van beschermingsbewind over 2027: **€ 1.734,00**. Het bedrag wordt in vier kwartaaltermijnen van € 433,50 rechtstreeks aan uw bewindvoerder overgemaakt.\n\nMet vriendelijke groet,\nGemeente Rotterdam, cluster Werk en Inkomen',
          },
          {
            say: 'BESCHIKKING BB-2027-01188 (versie 3, 12-02-2027)\n\nGeachte heer El Idrissi,\n\nOp grond van artikel 12 van de Participatiewet kennen wij u bijzondere bijstand toe voor de kosten van beschermingsbewind over 2027: **€ 1.734,00**. Het bedrag wordt in vier kwartaaltermijnen van € 433,50 rechtstreeks aan uw bewindvoerder overgemaakt.\n\nMet vriendelijke groet,\nGemeente Rotterdam, cluster Werk en Inkomen',
          },
        ],
      },
      {
        name: 'juridisch_toetser',
        description: 'Toetst beschikkingen juridisch',
        instructions: 'Antwoord met "AKKOORD: <toelichting>" of "TERUG: <wat moet worden aangepast>".',
        prompt: 'Concept ter toetsing:\n{input}',
        replies: [
          {
            say: 'TERUG: (1) De grondslag is onjuist: bijzondere bijstand valt onder artikel 35 Participatiewet, niet artikel 12. (2) De rechtsmiddelenclausule ontbreekt: vermeld dat binnen 6 weken na verzending bezwaar kan worden gemaakt (art. 6:7 Awb) en bij wie.',
          },
          {
            say: 'TERUG: Versie 2 is inhoudelijk gelijk aan versie 1 — nog steeds art. 12 en geen bezwaarclausule. Graag art. 35 Pw en de bezwaartermijn van 6 weken opnemen.',
          },
          {
            say: 'TERUG: Ook versie 3 heeft art. 12 en mist de bezwaarclausule. Zo kan de beschikking niet de deur uit.',
          },
        ],
      },
      {
        name: 'verzending',
        description: 'Verzendt goedgekeurde beschikkingen',
        instructions: 'Verzend alleen beschikkingen met AKKOORD; meld anders de stand van zaken.',
        prompt: 'Uitkomst toetsing:\n{input}',
        replies: [
          {
            say: 'Niet verzonden: beschikking BB-2027-01188 is na 3 toetsrondes nog altijd afgekeurd (grondslag art. 12 i.p.v. art. 35 Pw, bezwaarclausule ontbreekt). Uiterste verzenddatum 17-02-2027 — doorgezet naar de teamleider Werk en Inkomen.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'beschikking_opsteller', to: 'juridisch_toetser' },
      agent: 'beschikking_opsteller',
    },
  }),
  defineScenario({
    id: 'dagpenger-delvis-permittering-beregnet-uten-gradering',
    title:
      'Intake hands over a 60 % temporary layoff and asks for graded daily benefit; the benefit calculator computes the full 100 % rate (1 296 kr a day) and the decision pays it',
    domain: 'Norwegian unemployment benefit during temporary layoff (dagpenger under permittering)',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Søknad om dagpenger under permittering, sak DP-2027-220871. Ole Haugen, lagermedarbeider hos Fjordfrakt AS, er permittert 60 % fra 13.01.2027 og jobber fortsatt 15 av 37,5 timer i uka. Arbeidsinntekt siste 12 måneder: 540 000 kr. Beregn sats og send vedtak.',
    topology: {
      shape: 'swarm',
      entry: 'mottak_veileder',
      agents: ['mottak_veileder', 'dagpenger_beregner', 'vedtak_skriver'],
    },
    agents: [
      {
        name: 'mottak_veileder',
        description: 'Tar imot dagpengesøknader og kontrollerer permitteringsgrunnlaget',
        instructions:
          'Sjekk permitteringsvarselet, og overfør saken til beregning med det som styrer satsen.',
        replies: [
          {
            call: 'sjekk_permitteringsvarsel',
            args: { sak: 'DP-2027-220871', arbeidsgiver: 'Fjordfrakt AS' },
            result:
              'Permitteringsvarsel datert 29.12.2026, org.nr. 918 440 127: permitteringsgrad 60 % fra 13.01.2027, redusert arbeidstid 15 t/uke av 37,5. Lønnsplikt arbeidsgiver 13.01–26.01.2027 (10 arbeidsdager). Varsel gitt 14 dager før, ok.',
          },
          {
            handoff: 'dagpenger_beregner',
            message:
              'DP-2027-220871 Ole Haugen: **delvis permittert 60 %** fra 13.01.2027, jobber 15 av 37,5 t. Arbeidsgiverperioden løper til 26.01, dagpenger fra 27.01.2027. Satsen må graderes til 60 % fordi han fortsatt jobber 40 %. Grunnlag 540 000 kr (under 6G). Beregn gradert dagsats og beløp per meldeperiode.',
          },
        ],
      },
      {
        name: 'dagpenger_beregner',
        description: 'Beregner dagpengesats og periode',
        instructions: 'Beregn dagsats, gradering og beløp per meldeperiode, og overfør til vedtak.',
        replies: [
          {
            call: 'beregn_dagpenger',
            args: { sak: 'DP-2027-220871', grunnlag: 540000, fra: '2027-01-27', gradering_prosent: 100 },
            result:
              '{"dagsats_full": 1296.00, "gradering": "100 %", "utbetales_per_dag": 1296.00, "per_meldeperiode_10_dager": 12960.00, "maks_periode": "inntil 26 uker innenfor 18 måneder"}',
          },
          {
            handoff: 'vedtak_skriver',
            message:
              'Beregnet for DP-2027-220871: dagsats 1 296 kr (540 000 × 0,624 / 260), 12 960 kr brutto per meldeperiode på 14 dager, fra 27.01.2027, inntil 26 uker. Skriv vedtak.',
          },
        ],
      },
      {
        name: 'vedtak_skriver',
        description: 'Skriver vedtak om dagpenger',
        instructions: 'Skriv vedtaket til bruker med sats, periode og klageadgang.',
        replies: [
          {
            say: '**Vedtak om dagpenger under permittering – DP-2027-220871**\n\nHei Ole,\n\nDu har rett til dagpenger under permittering fra **27.01.2027**. Dagsatsen din er **1 296 kr**, og du får 12 960 kr før skatt for hver meldeperiode på 14 dager. Du kan få dagpenger under permittering i inntil 26 uker innenfor 18 måneder. Husk å sende meldekort hver 14. dag.\n\nDu kan klage på vedtaket innen seks uker fra du mottok det.\n\nVennlig hilsen\nNAV Arbeid og ytelser',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'mottak_veileder', to: 'dagpenger_beregner' },
      agent: 'dagpenger_beregner',
    },
  }),
  defineScenario({
    id: 'ekonomiskt-bistand-registerkontroll-utelamnar-a-kassa-utbetalning',
    title:
      'The register check returns a 9 870 kr unemployment-fund payment next to the housing allowance; its summary lists only the housing allowance, and the assistance is granted at 9 639 kr',
    domain: 'Swedish municipal social assistance (ekonomiskt bistånd)',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Ansökan om ekonomiskt bistånd för mars 2027, ärende SOC-2027-00318, Mikael Johansson, ensamstående, Malmö. Hyra 7 450 kr, hushållsel 420 kr, hemförsäkring 189 kr. Han uppger att han inte haft några inkomster i februari. Gör registerkontroll, beräkna enligt riksnormen och skriv beslut.',
    topology: {
      shape: 'pipeline',
      order: ['registerkontrollant', 'bistandsberaknare', 'beslutsskrivare'],
    },
    agents: [
      {
        name: 'registerkontrollant',
        description: 'Hämtar uppgifter ur SSBTEK inför biståndsbedömning',
        instructions: 'Hämta registeruppgifterna för sökanden och sammanfatta dem för handläggaren.',
        prompt: 'Ärende:\n{input}',
        replies: [
          {
            call: 'ssbtek_fraga',
            args: { personnummer: '19890722-XXXX', period: '2027-02' },
            result:
              '| källa | förmån/uppgift | belopp | utbetalt |\n|---|---|---|---|\n| Försäkringskassan | bostadsbidrag | 2 140 kr | 2027-02-25 |\n| Unionens a-kassa | inkomstrelaterad ersättning (20 dagar) | 9 870 kr | 2027-02-18 |\n| CSN | — | 0 kr | — |\n| Skatteverket | folkbokförd Malmö, ensamhushåll | — | — |\n| Arbetsförmedlingen | inskriven sedan 2026-11-03, inget aktivitetsstöd | — | — |',
          },
          {
            say: 'Registerkontroll SOC-2027-00318 (SSBTEK, februari 2027):\n- Försäkringskassan: bostadsbidrag **2 140 kr** (utbetalt 2027-02-25)\n- CSN: inga utbetalningar\n- Skatteverket: folkbokförd i Malmö, ensamhushåll\n- Arbetsförmedlingen: inskriven sedan 2026-11-03, inget aktivitetsstöd\n\nI övrigt stämmer registret med ansökan.',
          },
        ],
      },
      {
        name: 'bistandsberaknare',
        description: 'Beräknar ekonomiskt bistånd enligt riksnormen',
        instructions: 'Beräkna behov och inkomster och ange biståndsbeloppet.',
        prompt: 'Registerkontroll:\n{input}\n\nAnsökan: {request}',
        replies: [
          {
            call: 'berakna_bistand',
            args: {
              arende: 'SOC-2027-00318',
              riksnorm: 3720,
              hyra: 7450,
              hushallsel: 420,
              hemforsakring: 189,
              inkomster: 2140,
            },
            result:
              'Behov: riksnorm 3 720 + hyra 7 450 + el 420 + hemförsäkring 189 = 11 779 kr. Inkomster: 2 140 kr. Bistånd mars 2027: 9 639 kr.',
          },
          {
            say: 'Beräkning SOC-2027-00318, mars 2027: behov 11 779 kr (riksnorm ensamstående 3 720 kr, hyra 7 450 kr, el 420 kr, hemförsäkring 189 kr) − inkomster 2 140 kr (bostadsbidrag) = **9 639 kr**.',
          },
        ],
      },
      {
        name: 'beslutsskrivare',
        description: 'Skriver beslut om ekonomiskt bistånd',
        instructions: 'Skriv beslutet med belopp, motivering och överklagandehänvisning.',
        prompt: 'Beräkning:\n{input}',
        replies: [
          {
            say: '**Beslut – ekonomiskt bistånd, SOC-2027-00318**\n\nMikael Johansson beviljas ekonomiskt bistånd enligt 4 kap. 1 § socialtjänstlagen med **9 639 kr** för mars 2027 (riksnorm, hyra, hushållsel och hemförsäkring, med avdrag för bostadsbidrag 2 140 kr). Utbetalning sker 2027-03-02.\n\nDu kan överklaga beslutet till förvaltningsrätten i Malmö. Överklagandet ska ha kommit in till socialförvaltningen inom tre veckor från den dag du fick del av beslutet.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'registerkontrollant', to: 'bistandsberaknare' },
      agent: 'registerkontrollant',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'folkepension-tillaeg-genberegnet-paa-ny-forskudsopgoerelse',
    title:
      'The income check shows the pensioner lowered her earnings forecast from 62.400 kr. to 48.900 kr. on 12.02.2027; the calculator and the letter use 48.900 kr., quoting 62.400 kr. only as the former figure',
    domain: 'Danish state pension supplement (pensionstillæg)',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an older earnings forecast visible in the register output and quoted in the letter, while the newer one drives the calculation',
    request:
      'Sag FP-2027-11873, Birthe Lund (68), enlig folkepensionist i Aarhus. Hun har 12.02.2027 ændret sin forskudsopgørelse: arbejdsindkomsten fra deltidsjobbet forventes nu at blive 48.900 kr. i 2027 i stedet for 62.400 kr. Genberegn pensionstillægget fra 01.03.2027 og send hende en afgørelse.',
    topology: {
      shape: 'pipeline',
      order: ['indkomst_kontrollant', 'pensionsberegner', 'brevskriver'],
    },
    agents: [
      {
        name: 'indkomst_kontrollant',
        description: 'Kontrollerer indkomstgrundlaget i pensionssager',
        instructions: 'Find det gældende indkomstgrundlag og angiv, hvad der skal bruges i beregningen.',
        replies: [
          {
            call: 'hent_forskudsopgoerelse',
            args: { sag: 'FP-2027-11873', aar: 2027 },
            result:
              '| version | dato | arbejdsindkomst 2027 | renteindtægter | status |\n|---|---|---|---|---|\n| 1 | 12.11.2026 | 62.400 kr. | 1.150 kr. | erstattet |\n| 2 | 12.02.2027 | 48.900 kr. | 1.150 kr. | gældende |',
          },
          {
            say: 'Indkomstgrundlag FP-2027-11873: brug **forskudsopgørelse version 2 af 12.02.2027**: arbejdsindkomst **48.900 kr.**, renteindtægter 1.150 kr. Version 1 (62.400 kr.) er erstattet.',
          },
        ],
      },
      {
        name: 'pensionsberegner',
        description: 'Beregner folkepension og pensionstillæg',
        instructions: 'Beregn grundbeløb og pensionstillæg ud fra det oplyste grundlag.',
        prompt: 'Indkomstgrundlag:\n{input}\n\nSag: {request}',
        replies: [
          {
            call: 'beregn_pensionstillaeg',
            args: {
              sag: 'FP-2027-11873',
              civilstand: 'enlig',
              arbejdsindkomst: 48900,
              renter: 1150,
              fra: '2027-03-01',
            },
            result:
              '{"grundbeloeb_md": "7.198,00 kr.", "pensionstillaeg_md": "8.112,50 kr.", "i_alt_md": "15.310,50 kr.", "tidligere_pensionstillaeg_md": "7.566,00 kr.", "fra": "01.03.2027"}',
          },
          {
            say: 'FP-2027-11873 fra 01.03.2027 (arbejdsindkomst 48.900 kr., renter 1.150 kr.): grundbeløb 7.198,00 kr. + pensionstillæg 8.112,50 kr. = **15.310,50 kr. om måneden** (pensionstillægget stiger fra 7.566,00 kr.).',
          },
        ],
      },
      {
        name: 'brevskriver',
        description: 'Skriver afgørelser om folkepension',
        instructions: 'Skriv afgørelsen med beløb, grundlag og klagevejledning.',
        prompt: 'Beregning:\n{input}',
        replies: [
          {
            say: 'Kære Birthe Lund\n\nVi har genberegnet dit pensionstillæg, fordi du har ændret din forskudsopgørelse. Fra 1. marts 2027 får du:\n\n| | pr. måned |\n|---|---|\n| grundbeløb | 7.198,00 kr. |\n| pensionstillæg | 8.112,50 kr. |\n| **i alt før skat** | **15.310,50 kr.** |\n\nBeregningen bygger på en forventet arbejdsindkomst på 48.900 kr. i 2027 (før: 62.400 kr.) og renteindtægter på 1.150 kr.\n\nKlagevejledning: Du kan klage til Udbetaling Danmark inden 4 uger.\n\nVenlig hilsen\nUdbetaling Danmark, Pension',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'asumistuki-tulorekisteri-huoltokatko-uusittu-ja-kerrottu',
    title:
      'The income checker’s first Incomes Register query fails during a maintenance break (503); it retries, gets the incomes and says so; the housing allowance is decided on the retrieved figures',
    domain: 'Finnish general housing allowance (yleinen asumistuki)',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported openly, not swallowed',
    request:
      'Yleisen asumistuen tarkistus AT-2027-337190, ruokakunta Korhonen (2 aikuista, 1 lapsi), Tampere. Vuokra 1 045,00 €/kk, vesimaksu 60,00 €/kk. Tarkista tulot tulorekisteristä tammi–helmikuulta 2027 ja tee päätös 1.4.2027 alkaen.',
    topology: {
      shape: 'supervisor',
      coordinator: 'etuuskasittelija',
      workers: ['tulotarkistaja', 'paatoksen_laatija'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'etuuskasittelija',
        description: 'Käsittelee asumistuen tarkistukset',
        instructions: 'Hanki tulot, teetä päätös ja kerro lopputulos.',
        replies: [
          {
            handoff: 'tulotarkistaja',
            message:
              'AT-2027-337190 Korhonen: hae tulorekisteristä molempien aikuisten palkkatulot 1–2/2027 ja laske keskimääräinen kuukausitulo ansiotulovähennyksen jälkeen.',
          },
          {
            handoff: 'paatoksen_laatija',
            message:
              'Tee asumistukipäätös AT-2027-337190 1.4.2027 alkaen: ruokakunta 3 henkeä, Tampere, vuokra 1 045,00 € + vesi 60,00 €/kk, huomioon otettavat tulot 4 000,00 €/kk (brutto 4 600,00 € − ansiotulovähennys 2 × 300 €).',
          },
          {
            say: 'AT-2027-337190 käsitelty: ruokakunnan tulot 4 600,00 €/kk (tulorekisteri, haku uusittu huoltokatkon jälkeen), asumistuki **118,40 €/kk 1.4.2027 alkaen**. Päätös lähetetty OmaKelaan.',
          },
        ],
      },
      {
        name: 'tulotarkistaja',
        description: 'Tarkistaa tulot tulorekisteristä',
        instructions: 'Hae tulot, laske keskiarvo ja kerro mahdolliset ongelmat haussa.',
        replies: [
          {
            call: 'tulorekisteri_haku',
            args: { asia: 'AT-2027-337190', kaudet: '2027-01..2027-02' },
            result: {
              error:
                'Tulorekisteri: 503 Service Unavailable (huoltokatko klo 10.00–10.15), pyyntö TR-8841207 hylätty.',
            },
          },
          {
            call: 'tulorekisteri_haku',
            args: { asia: 'AT-2027-337190', kaudet: '2027-01..2027-02', uusinta: 1 },
            result:
              '| henkilö | tulonsaaja | 1/2027 | 2/2027 | keskiarvo |\n|---|---|---|---|---|\n| Jari Korhonen | Nokian Renkaat Oyj | 3 120,00 € | 3 120,00 € | 3 120,00 € |\n| Minna Korhonen | Tampereen Seudun Ravintolat Oy | 1 412,00 € | 1 548,00 € | 1 480,00 € |',
          },
          {
            say: 'Ensimmäinen tulorekisterihaku klo 10.06 epäonnistui (503, huoltokatko, pyyntö TR-8841207); uusin haun klo 10.17 ja se onnistui. Tulot 1–2/2027: Jari 3 120,00 €/kk, Minna keskimäärin 1 480,00 €/kk → yhteensä **4 600,00 €/kk**, ansiotulovähennyksen (300 €/hlö) jälkeen **4 000,00 €/kk**.',
          },
        ],
      },
      {
        name: 'paatoksen_laatija',
        description: 'Laatii asumistukipäätökset',
        instructions: 'Laske asumistuki ja laadi päätös.',
        replies: [
          {
            call: 'laske_asumistuki',
            args: {
              asia: 'AT-2027-337190',
              henkiloita: 3,
              kunta: 'Tampere',
              asumismenot: 1105.0,
              tulot_kk: 4000.0,
            },
            result:
              '{"hyvaksytyt_asumismenot": "880,00 €", "perusomavastuu": "732,00 €", "asumistuki_kk": "118,40 €", "alkaen": "1.4.2027", "seuraava_tarkistus": "1.4.2028"}',
          },
          {
            say: 'Päätös AT-2027-337190: hyväksytyt asumismenot 880,00 €/kk, perusomavastuu 732,00 €, asumistuki 80 % × 148,00 € = **118,40 €/kk** 1.4.2027 alkaen; seuraava vuositarkistus 1.4.2028.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'garantipension-omprovning-kompletteras-en-gang-och-godkanns',
    title:
      'The quality reviewer asks once for the appeal instructions and the back-payment amount; the reconsideration officer adds both in version 2 and it is approved and sent',
    domain: 'Swedish guarantee pension reconsideration (omprövning)',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one request for completion sent back, answered with a changed draft, then approved',
    request:
      'Begäran om omprövning, ärende PM-2027-04419: Gunnel Sjöberg (67) anser att hennes garantipension är fel beräknad eftersom tjänstepensionen från AMF (1 840 kr/mån) har räknats två gånger. Skriv omprövningsbeslut, låt kvalitetsgranskaren godkänna det och skicka senast 2027-03-12.',
    topology: {
      shape: 'pipeline',
      order: ['omprovningshandlaggare', 'kvalitetsgranskare', 'utskick'],
      loop: { from: 'kvalitetsgranskare', to: 'omprovningshandlaggare', while: 'KOMPLETTERA', max: 3 },
    },
    agents: [
      {
        name: 'omprovningshandlaggare',
        description: 'Handlägger omprövningar av pensionsbeslut',
        instructions: 'Skriv omprövningsbeslutet, eller komplettera det enligt granskarens synpunkter.',
        prompt: 'Underlag eller granskarens synpunkter:\n{input}\n\nÄrende: {request}',
        replies: [
          {
            call: 'hamta_berakningsunderlag',
            args: { arende: 'PM-2027-04419', ar: 2027 },
            result:
              '{"inkomstpension": 9120, "tjanstepension_AMF": 1840, "tjanstepension_raknad": 3680, "fel": "AMF inläst två gånger (filer 2026-12-02 och 2026-12-09)", "garantipension_beslut": 2031, "garantipension_korrigerad": 2914, "skillnad_per_man": 883, "berorda_manader": ["2027-01", "2027-02"]}',
          },
          {
            say: 'OMPRÖVNINGSBESLUT PM-2027-04419 (utkast 1)\n\nPensionsmyndigheten ändrar beslutet om garantipension för Gunnel Sjöberg. Tjänstepensionen från AMF har felaktigt räknats två gånger (3 680 kr i stället för 1 840 kr i månaden). Garantipensionen höjs från 2 031 kr till **2 914 kr i månaden** från och med januari 2027.',
          },
          {
            say: 'OMPRÖVNINGSBESLUT PM-2027-04419 (utkast 2)\n\nPensionsmyndigheten ändrar beslutet om garantipension för Gunnel Sjöberg. Tjänstepensionen från AMF har felaktigt räknats två gånger (3 680 kr i stället för 1 840 kr i månaden). Garantipensionen höjs från 2 031 kr till **2 914 kr i månaden** från och med januari 2027.\n\n**Efterbetalning:** januari och februari 2027, 2 × 883 kr = **1 766 kr**, betalas ut 2027-03-19.\n\n**Hur du överklagar:** Om du vill överklaga beslutet ska du skriva till förvaltningsrätten. Skicka överklagandet till Pensionsmyndigheten inom två månader från den dag du fick del av beslutet (113 kap. 10 § socialförsäkringsbalken).',
          },
        ],
      },
      {
        name: 'kvalitetsgranskare',
        description: 'Kvalitetsgranskar omprövningsbeslut',
        instructions: 'Svara "GODKÄND: <kommentar>" eller "KOMPLETTERA: <vad som saknas>".',
        prompt: 'Beslut för granskning:\n{input}',
        replies: [
          {
            say: 'KOMPLETTERA: Beräkningen är rätt, men (1) efterbetalningen för januari–februari 2027 måste anges med belopp och utbetalningsdag, och (2) överklagandehänvisningen saknas (förvaltningsrätten, två månader, 113 kap. 10 § SFB).',
          },
          {
            say: 'GODKÄND: Utkast 2 har efterbetalning 1 766 kr med utbetalningsdag och korrekt överklagandehänvisning. Kan skickas.',
          },
        ],
      },
      {
        name: 'utskick',
        description: 'Skickar godkända beslut till den enskilde',
        instructions: 'Skicka godkända beslut och bekräfta.',
        prompt: 'Granskningsresultat:\n{input}',
        replies: [
          {
            call: 'skicka_beslut',
            args: { arende: 'PM-2027-04419', kanal: 'Mina sidor + brev', version: 2 },
            result:
              'Beslut PM-2027-04419 v2 skickat 2027-03-05 kl. 14:12 (digital brevlåda Kivra + papperspost).',
          },
          {
            say: 'Omprövningsbeslut PM-2027-04419 (utkast 2, godkänt) skickat till Gunnel Sjöberg 2027-03-05 via Kivra och papperspost, före sista dag 2027-03-12. Efterbetalning 1 766 kr 2027-03-19.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kommunal-bostotte-vurderer-varsler-utbetaling-og-overforer',
    title:
      'The supplement assessor says it is passing the approved municipal housing supplement to payments and does transfer; payments registers it before the deadline',
    domain: 'Norwegian municipal housing supplement (kommunal bostøtte)',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: an agent announces the handover to payments, and the handover is made',
    request:
      'Søknad om kommunal bostøtte KB-2027-1904 fra Ahmad Rahimi, Trondheim kommune. Husleie 11 200 kr/mnd, enslig, uføretrygd 21 480 kr/mnd brutto. Husbankens bostøttevedtak for februar 2027 ble 1 860 kr. Vurder kommunalt tillegg etter kommunens retningslinjer og sørg for at det blir utbetalt før 20.02.2027.',
    topology: {
      shape: 'swarm',
      entry: 'soknadsmottak',
      agents: ['soknadsmottak', 'tillegg_vurderer', 'utbetaling'],
    },
    agents: [
      {
        name: 'soknadsmottak',
        description: 'Registrerer søknader om kommunal bostøtte',
        instructions: 'Registrer søknaden, hent Husbank-vedtaket og overfør til vurdering.',
        replies: [
          {
            call: 'hent_husbank_vedtak',
            args: { sak: 'KB-2027-1904', maaned: '2027-02' },
            result:
              '{"vedtak": "HB-2027-02-558120", "bostotte": 1860, "boutgifter_godkjent": 9980, "husleie_oppgitt": 11200, "inntekt_aar": 257760}',
          },
          {
            handoff: 'tillegg_vurderer',
            message:
              'KB-2027-1904 Ahmad Rahimi registrert. Husbanken feb 2027: 1 860 kr (HB-2027-02-558120), godkjente boutgifter 9 980 kr av 11 200 kr. Inntekt 257 760 kr/år. Vurder kommunalt tillegg.',
          },
        ],
      },
      {
        name: 'tillegg_vurderer',
        description: 'Vurderer kommunalt tillegg til bostøtte',
        instructions: 'Vurder tillegget etter retningslinjene og overfør innvilgede saker til utbetaling.',
        replies: [
          {
            call: 'beregn_kommunalt_tillegg',
            args: { sak: 'KB-2027-1904', husleie: 11200, godkjent: 9980, husbank: 1860, inntekt_aar: 257760 },
            result:
              '{"retningslinje": "Trondheim kommune, kommunal bostøtte § 4 (2026)", "overskytende_husleie": 1220, "dekningsgrad": "70 %", "tillegg_mnd": 854, "vilkaar_oppfylt": true}',
          },
          {
            handoff: 'utbetaling',
            message:
              'Innvilget: kommunalt tillegg 854 kr for februar 2027 (70 % av 1 220 kr husleie over Husbankens tak), KB-2027-1904 Ahmad Rahimi. Jeg overfører saken til utbetaling nå — må være utbetalt før 20.02.2027.',
          },
        ],
      },
      {
        name: 'utbetaling',
        description: 'Utbetaler kommunale ytelser',
        instructions: 'Registrer utbetalingen og bekreft dato og beløp.',
        replies: [
          {
            call: 'registrer_utbetaling',
            args: { sak: 'KB-2027-1904', belop: 854, maaned: '2027-02', forfall: '2027-02-18' },
            result:
              'Utbetaling UT-2027-031144 registrert: 854 kr til konto 4202.11.38815, forfall 18.02.2027.',
          },
          {
            say: 'KB-2027-1904 Ahmad Rahimi: kommunalt tillegg **854 kr** for februar 2027 utbetales 18.02.2027 (UT-2027-031144), i tillegg til Husbankens 1 860 kr. Vedtaksbrev sendt i Digipost.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'elterngeld-widerspruch-mia-bearbeitet-bescheid-ben-unberuehrt',
    title:
      'An objection letter names the Elterngeld decision for Mia and, in passing, the undisputed decision for her brother Ben; the objection office recalculates Mia’s only and leaves Ben’s case alone',
    domain: 'German parental allowance (Elterngeld) objections',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a sibling’s case number in the same letter, rightly left untouched',
    request:
      'Posteingang 18.02.2027, Familie Schäfer-Yilmaz: „Hiermit lege ich Widerspruch gegen den Elterngeldbescheid vom 28.01.2027 (Az. EG-2027-0441, Tochter Mia, geb. 02.11.2026) ein. Mein Einkommen aus selbständiger Tätigkeit wurde zu niedrig angesetzt; der Einkommensteuerbescheid 2025 liegt bei. Der Bescheid für unseren Sohn Ben (Az. EG-2024-1187) ist in Ordnung.“ – Bitte bearbeiten und das Antwortschreiben erstellen.',
    topology: {
      shape: 'branch',
      classifier: 'posteingang_sortierung',
      routes: { widerspruch: 'widerspruchsstelle', neuantrag: 'antragsbearbeitung' },
      after: 'antwort_verfasser',
    },
    agents: [
      {
        name: 'posteingang_sortierung',
        description: 'Sortiert den Posteingang der Elterngeldstelle',
        instructions: 'Ordne das Schreiben einer Vorgangsart zu und nenne das betroffene Aktenzeichen.',
        replies: [
          {
            say: 'widerspruch — gegen Bescheid vom 28.01.2027, Az. EG-2027-0441 (Mia, geb. 02.11.2026). Begründung: Gewinn aus selbständiger Tätigkeit zu niedrig angesetzt, ESt-Bescheid 2025 anbei. Az. EG-2024-1187 (Ben) wird nur erwähnt, nicht angefochten.',
          },
        ],
      },
      {
        name: 'antragsbearbeitung',
        description: 'Bearbeitet Erstanträge auf Elterngeld',
        instructions: 'Bearbeite Neuanträge.',
        replies: [{ say: 'Kein Neuantrag.' }],
      },
      {
        name: 'widerspruchsstelle',
        description: 'Bearbeitet Widersprüche gegen Elterngeldbescheide',
        instructions: 'Prüfe den Widerspruch, berechne neu und entscheide über Abhilfe.',
        prompt: 'Vorgang:\n{input}\n\nSchreiben: {request}',
        replies: [
          {
            call: 'akte_abrufen',
            args: { az: 'EG-2027-0441' },
            result:
              '{"az": "EG-2027-0441", "kind": "Mia Schäfer-Yilmaz", "berechtigte": "Deniz Schäfer-Yilmaz", "bemessungsgrundlage": "Gewinn 2025 geschätzt 29.700,00 € (Steuerbescheid fehlte)", "basiselterngeld_monat": "1.288,70 €", "bezug": "02.11.2026–01.05.2027 (LM 1–6)", "ausgezahlt_bis": "01.02.2027 (LM 1–3)"}',
          },
          {
            call: 'elterngeld_neu_berechnen',
            args: { az: 'EG-2027-0441', gewinn_2025: 41280.0, lebensmonate: '1-6' },
            result:
              '{"einkommen_vor_geburt_monat_netto": "2.496,00 €", "ersatzrate": "65 %", "basiselterngeld_monat": "1.622,40 €", "differenz_monat": "333,70 €", "nachzahlung_LM_1_3": "1.001,10 €"}',
          },
          {
            say: 'Widerspruch EG-2027-0441 (Mia) begründet: laut ESt-Bescheid 2025 Gewinn 41.280,00 € statt geschätzter 29.700,00 €. Neues Basiselterngeld **1.622,40 €/Monat** für LM 1–6 (bisher 1.288,70 €), Nachzahlung LM 1–3: **1.001,10 €**. Abhilfe in vollem Umfang. EG-2024-1187 (Ben) ist nicht angefochten und bleibt unverändert.',
          },
        ],
      },
      {
        name: 'antwort_verfasser',
        description: 'Schreibt Antwortschreiben und Abhilfebescheide',
        instructions: 'Formuliere das Antwortschreiben an die Familie.',
        prompt: 'Ergebnis:\n{input}',
        replies: [
          {
            say: 'Abhilfebescheid – Az. EG-2027-0441\n\nSehr geehrte Frau Schäfer-Yilmaz,\n\nIhrem Widerspruch vom 18.02.2027 gegen den Elterngeldbescheid vom 28.01.2027 für Ihre Tochter Mia helfen wir in vollem Umfang ab. Auf Grundlage Ihres Einkommensteuerbescheids 2025 (Gewinn 41.280,00 €) beträgt Ihr Basiselterngeld für den 1. bis 6. Lebensmonat **1.622,40 € monatlich** statt 1.288,70 €. Für die bereits ausgezahlten Lebensmonate 1–3 erhalten Sie eine Nachzahlung von **1.001,10 €**.\n\nDer Bescheid für Ihren Sohn Ben (Az. EG-2024-1187) bleibt unberührt.\n\nDie im Widerspruchsverfahren entstandenen notwendigen Aufwendungen werden auf Antrag erstattet (§ 63 SGB X).\n\nMit freundlichen Grüßen\nElterngeldstelle',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wmo-traplift-beoordeling-kort-maar-volledig',
    title:
      'In a social-support assessment fanned out to three assessors, the home-adaptation assessor answers in three short lines; they carry every fact the decision needs (stairlift, quote, delivery, reason), and the decision uses them',
    domain: 'Dutch municipal social support (Wmo) assessment',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a terse worker answer of three lines that is nonetheless complete and correctly used',
    request:
      'Wmo-melding WMO-2027-6621, mevrouw Trijntje Bakker (82), Groningen, na een heupoperatie op 12 januari 2027. Keukentafelgesprek gevoerd op 10 februari 2027. Beoordeel hulp bij het huishouden, een traplift en de eigen bijdrage, en stel de beschikking op.',
    topology: {
      shape: 'fanout',
      planner: 'wmo_consulent',
      workers: [
        'huishoudelijke_hulp_beoordelaar',
        'woonvoorziening_beoordelaar',
        'eigen_bijdrage_berekenaar',
      ],
      aggregator: 'wmo_beschikkingsschrijver',
    },
    agents: [
      {
        name: 'wmo_consulent',
        description: 'Verdeelt Wmo-beoordelingen na het keukentafelgesprek',
        instructions: 'Schrijf per beoordelaar een opdracht.',
        replies: [
          {
            plan: {
              huishoudelijke_hulp_beoordelaar:
                'WMO-2027-6621 mw. Bakker (82), alleenwonend, na heup-OK 12-01-2027, mag niet bukken/tillen tot mei. Beoordeel hulp bij het huishouden volgens het normenkader Groningen 2027: aantal minuten per week en duur.',
              woonvoorziening_beoordelaar:
                'WMO-2027-6621 mw. Bakker: slaapkamer en badkamer boven, kan de trap niet veilig op. Beoordeel een traplift (offerte aanwezig) tegenover alternatieven.',
              eigen_bijdrage_berekenaar:
                'WMO-2027-6621 mw. Bakker: bereken de eigen bijdrage via het CAK voor hulp bij het huishouden en de traplift (AOW + klein pensioen).',
            },
          },
        ],
      },
      {
        name: 'huishoudelijke_hulp_beoordelaar',
        description: 'Beoordeelt hulp bij het huishouden',
        instructions: 'Beoordeel de omvang volgens het normenkader.',
        prompt: 'Opdracht:\n{input}',
        replies: [
          {
            call: 'normenkader_hbh',
            args: {
              dossier: 'WMO-2027-6621',
              situatie: 'alleenwonend, tijdelijk beperkt (heup)',
              duur_maanden: 4,
            },
            result:
              '| taak | minuten/week |\n|---|---|\n| zware schoonmaak (stofzuigen, dweilen, sanitair) | 90 |\n| bed verschonen | 15 |\n| wasverzorging | 30 |\n| **totaal** | **135** |\nIndicatieduur: tot 31-05-2027, herbeoordeling 15-05-2027.',
          },
          {
            say: 'Hulp bij het huishouden: **135 minuten per week** (zware schoonmaak 90, bed verschonen 15, was 30), van 17-02-2027 tot 31-05-2027; herbeoordeling 15-05-2027. Aanbieder: Thuiszorg Noord, zorg in natura.',
          },
        ],
      },
      {
        name: 'woonvoorziening_beoordelaar',
        description: 'Beoordeelt woonvoorzieningen',
        instructions: 'Beoordeel de gevraagde woonvoorziening.',
        prompt: 'Opdracht:\n{input}',
        replies: [
          {
            say: 'Traplift: toekennen, in natura.\nRechte trap, 14 treden; offerte Otolift € 4.870,00 incl. btw, plaatsing binnen 6 weken na opdracht.\nGoedkoopst adequaat: verhuizen of bed beneden kan niet (badkamer alleen boven), dus geen alternatief.',
          },
        ],
      },
      {
        name: 'eigen_bijdrage_berekenaar',
        description: 'Berekent de Wmo eigen bijdrage',
        instructions: 'Bereken de eigen bijdrage via het CAK.',
        prompt: 'Opdracht:\n{input}',
        replies: [
          {
            call: 'cak_eigen_bijdrage',
            args: { dossier: 'WMO-2027-6621', voorzieningen: ['hbh', 'traplift'] },
            result:
              '{"tarief": "abonnementstarief", "bedrag_per_maand": "€ 21,80", "grondslag": "één bijdrage ongeacht aantal voorzieningen", "start": "maand na levering eerste voorziening"}',
          },
          {
            say: 'Eigen bijdrage: abonnementstarief **€ 21,80 per maand**, één bijdrage voor beide voorzieningen, te innen door het CAK vanaf de maand na de eerste levering.',
          },
        ],
      },
      {
        name: 'wmo_beschikkingsschrijver',
        description: 'Stelt Wmo-beschikkingen op',
        instructions: 'Voeg de beoordelingen samen tot één beschikking.',
        prompt: 'Beoordelingen:\n{input}\n\nMelding: {request}',
        replies: [
          {
            say: 'BESCHIKKING Wmo – WMO-2027-6621\n\nGeachte mevrouw Bakker,\n\nNaar aanleiding van ons gesprek op 10 februari 2027 kennen wij u het volgende toe:\n\n| voorziening | omvang | periode / levering |\n|---|---|---|\n| hulp bij het huishouden (in natura, Thuiszorg Noord) | 135 minuten per week | 17-02-2027 t/m 31-05-2027, herbeoordeling 15-05-2027 |\n| traplift (in natura, Otolift) | rechte trap, 14 treden, € 4.870,00 | plaatsing binnen 6 weken na opdracht |\n\nEen alternatief voor de traplift is er niet, omdat uw badkamer alleen boven is.\n\nEigen bijdrage: € 21,80 per maand (abonnementstarief), één bijdrage voor beide voorzieningen, geïnd door het CAK.\n\nBent u het niet eens met deze beschikking? Dan kunt u binnen 6 weken bezwaar maken bij de gemeente Groningen.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch60Scenarios = [...faults, ...healthy];
