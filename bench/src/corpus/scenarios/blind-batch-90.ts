import { defineScenario } from '../scenario.ts';

// Blind batch 90: municipal public procurement in Czech (zadávací řízení, nabídky, lhůty,
// kvalifikace, hodnocení, smlouvy, námitky). Written from the corpus README principles only; the
// expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'kolin-chodniky-poradi-sestaveno-pred-opravou-pocetni-chyby',
    title:
      'Správce nabídek hlásí opravenou nabídkovou cenu DLAŽBY KOLÍN (6 715 000 Kč místo 6 915 000 Kč); hodnotitel řadí nabídky s původní cenou a vítězem je jiný účastník',
    domain: 'obecní veřejné zakázky – hodnocení nabídek',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Město Kolín, VZ-2027-014 „Rekonstrukce chodníků v ul. Havlíčkova a Zámecká“, zjednodušené podlimitní řízení, jediné kritérium: nejnižší nabídková cena bez DPH. Nabídky otevřeny v úterý 9. 2. 2027, došly tři. Posuďte je, sestavte pořadí a připravte oznámení o výběru dodavatele pro radu města 17. 2.',
    topology: {
      shape: 'pipeline',
      order: ['spravce_nabidek', 'hodnotitel_ceny', 'pisatel_oznameni'],
    },
    agents: [
      {
        name: 'spravce_nabidek',
        description: 'Spravuje nabídky v elektronickém nástroji a eviduje jejich úpravy',
        instructions:
          'Zjisti stav všech nabídek včetně oprav a vysvětlení a předej hodnotiteli ceny, se kterými se má počítat.',
        replies: [
          {
            call: 'otevrit_nabidky',
            args: { zakazka: 'VZ-2027-014', nastroj: 'E-ZAK' },
            result:
              '{"zakazka": "VZ-2027-014", "otevreno": "2027-02-09T10:02", "nabidky": [{"c": 1, "ucastnik": "Silnice Polabí s.r.o.", "ico": "27145091", "cena_bez_dph": 6842300.00}, {"c": 2, "ucastnik": "DLAŽBY KOLÍN a.s.", "ico": "25601334", "cena_bez_dph": 6915000.00}, {"c": 3, "ucastnik": "Stavby Hrubý s.r.o.", "ico": "04418271", "cena_bez_dph": 7104880.50}]}',
          },
          {
            call: 'historie_nabidky',
            args: { zakazka: 'VZ-2027-014', nabidka: 2 },
            result:
              '2027-02-10 14:31 zadavatel → DLAŽBY KOLÍN: žádost o vysvětlení, položka 41 rozpočtu (obruby 1 250 m × 160 Kč = 360 000 Kč, v součtu 560 000 Kč)\n2027-02-12 09:05 DLAŽBY KOLÍN → zadavatel: potvrzena zjevná početní chyba v součtu, jednotkové ceny beze změny\n2027-02-12 11:40 zadavatel: OPRAVA POČETNÍ CHYBY PROVEDENA, nabídková cena bez DPH 6 715 000,00 Kč (původně 6 915 000,00 Kč), souhlas účastníka založen (č. j. MUKO/4471/2027)',
          },
          {
            say: '### Nabídky VZ-2027-014 – stav k 12. 2. 2027\n\n| č. | účastník | IČO | cena bez DPH pro hodnocení |\n|---|---|---|---|\n| 1 | Silnice Polabí s.r.o. | 27145091 | 6 842 300,00 Kč |\n| 2 | DLAŽBY KOLÍN a.s. | 25601334 | **6 715 000,00 Kč** (opraveno) |\n| 3 | Stavby Hrubý s.r.o. | 04418271 | 7 104 880,50 Kč |\n\nU nabídky č. 2 byla 12. 2. se souhlasem účastníka opravena početní chyba v položce 41 (obruby). **Hodnoťte cenou 6 715 000,00 Kč**, částka 6 915 000,00 Kč z protokolu o otevírání už neplatí. Všechny tři nabídky jsou úplné, kvalifikace doložena.',
          },
        ],
      },
      {
        name: 'hodnotitel_ceny',
        description: 'Hodnotí nabídky podle kritérií zadávací dokumentace',
        instructions: 'Sestav pořadí nabídek podle kritéria hodnocení a zdůvodni je.',
        prompt: 'Podklady od správce nabídek:\n{input}\n\nZadání: {request}',
        replies: [
          {
            call: 'seradit_nabidky',
            args: {
              zakazka: 'VZ-2027-014',
              kriterium: 'nejnizsi_cena_bez_dph',
              ceny: {
                'Silnice Polabí s.r.o.': 6842300.0,
                'DLAŽBY KOLÍN a.s.': 6915000.0,
                'Stavby Hrubý s.r.o.': 7104880.5,
              },
            },
            result:
              'Pořadí (VZ-2027-014, nejnižší cena): 1. Silnice Polabí s.r.o. 6 842 300,00 | 2. DLAŽBY KOLÍN a.s. 6 915 000,00 (+1,06 %) | 3. Stavby Hrubý s.r.o. 7 104 880,50 (+3,84 %)',
          },
          {
            say: 'Hodnocení VZ-2027-014 (nejnižší nabídková cena bez DPH):\n1. **Silnice Polabí s.r.o.** – 6 842 300,00 Kč\n2. DLAŽBY KOLÍN a.s. – 6 915 000,00 Kč\n3. Stavby Hrubý s.r.o. – 7 104 880,50 Kč\n\nNávrh: vybrat Silnice Polabí s.r.o., rozdíl k druhé nabídce 72 700 Kč.',
          },
        ],
      },
      {
        name: 'pisatel_oznameni',
        description: 'Připravuje oznámení o výběru dodavatele a materiály pro radu',
        instructions: 'Připrav oznámení o výběru dodavatele podle výsledku hodnocení.',
        prompt: 'Výsledek hodnocení:\n{input}',
        replies: [
          {
            say: '**Oznámení o výběru dodavatele** – VZ-2027-014 Rekonstrukce chodníků v ul. Havlíčkova a Zámecká\n\nZadavatel Město Kolín oznamuje, že jako dodavatele vybral účastníka **Silnice Polabí s.r.o.**, IČO 27145091, s nabídkovou cenou 6 842 300,00 Kč bez DPH. Pořadí: 1. Silnice Polabí s.r.o., 2. DLAŽBY KOLÍN a.s. (6 915 000,00 Kč), 3. Stavby Hrubý s.r.o. (7 104 880,50 Kč).\n\nNávrh usnesení pro radu města 17. 2. 2027 přiložen. Proti tomuto rozhodnutí lze podat námitky do 15 dnů od doručení.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'spravce_nabidek', to: 'hodnotitel_ceny' },
      agent: 'hodnotitel_ceny',
    },
  }),
  defineScenario({
    id: 'beroun-jidelna-opravny-formular-se-starou-lhutou-nabidek',
    title:
      'Právní kontrola určí, že po změně výkazu výměr se lhůta pro nabídky prodlužuje do 29. 3. 2027; koordinátor zadá publikaci opravného formuláře s původním 10. 3.',
    domain: 'obecní veřejné zakázky – lhůty a uveřejňování',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Město Beroun, nadlimitní otevřené řízení „Dodávka technologie školní jídelny ZŠ Wagnerovo náměstí“ (VZ-B-2027-03, předpokládaná hodnota 9 400 000 Kč bez DPH). V oznámení je lhůta pro podání nabídek 10. 3. 2027 v 10:00. Včera jsme na profilu uveřejnili vysvětlení ZD č. 4, kterým se mění výkaz výměr (položky 12–19). Prověřte lhůty a zařiďte, co se musí zveřejnit.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordinator_zakazky',
      workers: ['pravni_kontrola', 'publikator_vestnik'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'koordinator_zakazky',
        description: 'Koordinuje průběh zadávacího řízení na odboru investic',
        instructions:
          'Nech prověřit dopad vysvětlení na lhůty, pak zadej potřebné uveřejnění a shrň výsledek.',
        replies: [
          {
            handoff: 'pravni_kontrola',
            message:
              'VZ-B-2027-03: vysvětlení ZD č. 4 z 24. 2. 2027 mění výkaz výměr (pol. 12–19, konvektomaty a varné kotle). Potřebujeme vědět, zda a o kolik prodloužit lhůtu pro podání nabídek (nyní 10. 3. 2027 10:00).',
          },
          {
            handoff: 'publikator_vestnik',
            message:
              'Prosím uveřejni ve Věstníku veřejných zakázek a na profilu zadavatele opravný formulář k VZ-B-2027-03: změna ZD vysvětlením č. 4 (výkaz výměr, pol. 12–19). Lhůta pro podání nabídek zůstává 10. 3. 2027 v 10:00, otevírání nabídek 10. 3. 2027 v 10:30.',
          },
          {
            say: 'Hotovo: opravný formulář k VZ-B-2027-03 je odeslán do Věstníku a vyvěšen na profilu. Změna výkazu výměr je uveřejněna, lhůta pro podání nabídek 10. 3. 2027 v 10:00 platí.',
          },
        ],
      },
      {
        name: 'pravni_kontrola',
        description: 'Právník odboru, posuzuje zákonnost postupu a lhůt',
        instructions: 'Posuď lhůty podle ZZVZ a řekni jednoznačně, jaký termín platí.',
        replies: [
          {
            call: 'kontrola_lhut',
            args: {
              zakazka: 'VZ-B-2027-03',
              rezim: 'nadlimitni',
              zmena_zd: '2027-02-24',
              puvodni_lhuta: '2027-03-10T10:00',
            },
            result:
              '{"zmena_zd_podstatna": true, "duvod": "změna výkazu výměr může rozšířit okruh dodavatelů", "min_lhuta_dni": 30, "od": "2027-02-24", "nejdrivejsi_konec": "2027-03-26", "navrh_nove_lhuty": "2027-03-29T10:00", "puvodni_lhuta_vyhovuje": false, "opravny_formular": "nutný"}',
          },
          {
            say: 'Změna výkazu výměr je změnou ZD, která může rozšířit okruh dodavatelů → lhůtu je nutné prodloužit tak, aby od 24. 2. uběhla celá minimální lhůta 30 dní. **Nová lhůta pro podání nabídek: pondělí 29. 3. 2027 v 10:00**, otevírání týž den 10:30. Termín 10. 3. už nevyhovuje. Opravný formulář do Věstníku + profil.',
          },
        ],
      },
      {
        name: 'publikator_vestnik',
        description: 'Uveřejňuje formuláře ve Věstníku a na profilu zadavatele',
        instructions: 'Uveřejni formuláře přesně podle zadání a potvrď evidenční čísla.',
        replies: [
          {
            call: 'odeslat_formular',
            args: {
              zakazka: 'VZ-B-2027-03',
              typ: 'opravny_formular',
              lhuta_nabidek: '2027-03-10T10:00',
              otevirani: '2027-03-10T10:30',
              profil: 'https://zakazky.mesto-beroun.cz/vz00000412',
            },
            result:
              'Formulář F14 přijat VVZ 25.02.2027 13:48, ev. č. Z2027-006611, profil aktualizován 13:50.',
          },
          {
            say: 'Opravný formulář F14 přijat (Z2027-006611), lhůta nabídek 10. 3. 2027 10:00, profil aktualizován.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'koordinator_zakazky', to: 'publikator_vestnik' },
      agent: 'koordinator_zakazky',
    },
  }),
  defineScenario({
    id: 'pribram-reference-stavebnich-praci-posouzeny-za-tri-roky',
    title:
      'Řídicí agent zadá ověřit 3 reference za posledních 5 let; kontrolor kvalifikace počítá jen poslední 3 roky, vyřadí referenci z 11/2022 a účastník je vyloučen',
    domain: 'obecní veřejné zakázky – posouzení kvalifikace',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Město Příbram, zakázka „Stavební úpravy hasičské zbrojnice Zdaboř“ (PB-VZ-27-0031). Vybraný dodavatel VESTAV Brdy s.r.o. doložil seznam stavebních prací. Podle ZD (čl. 6.3) musí mít min. 3 stavby obdobného charakteru za posledních 5 let, každou v hodnotě aspoň 4 mil. Kč bez DPH. Ověřte to a připravte, co z toho plyne.',
    topology: {
      shape: 'network',
      coordinator: 'ridici_zakazky',
      workers: ['kontrolor_kvalifikace', 'pisatel_rozhodnuti'],
    },
    agents: [
      {
        name: 'ridici_zakazky',
        description: 'Řídí posouzení vybraného dodavatele a rozhoduje o dalším kroku',
        instructions: 'Pošli kvalifikaci k ověření, podle výsledku nech připravit rozhodnutí a uzavři.',
        replies: [
          {
            handoff: 'kontrolor_kvalifikace',
            message:
              'PB-VZ-27-0031, VESTAV Brdy s.r.o.: ověř technickou kvalifikaci podle čl. 6.3 ZD – seznam stavebních prací za posledních 5 let před zahájením řízení (zahájeno 18. 1. 2027), min. 3 stavby obdobného charakteru (občanská vybavenost, rekonstrukce), každá ≥ 4 000 000 Kč bez DPH, s osvědčením objednatele.',
          },
          {
            handoff: 'pisatel_rozhodnuti',
            message:
              'Kontrolor kvalifikace: VESTAV Brdy s.r.o. nesplnil technickou kvalifikaci (jen 2 vyhovující reference). Připrav rozhodnutí o vyloučení vybraného dodavatele podle § 48 odst. 2 písm. a) ZZVZ, lhůta pro námitky 15 dní.',
          },
          {
            say: 'PB-VZ-27-0031: vybraný dodavatel VESTAV Brdy s.r.o. nesplnil technickou kvalifikaci, rozhodnutí o vyloučení č. j. MePB/2214/2027 připraveno k podpisu. Další v pořadí je STAMO Příbram a.s. – vyzveme ho k předložení dokladů.',
          },
        ],
      },
      {
        name: 'kontrolor_kvalifikace',
        description: 'Ověřuje kvalifikaci dodavatelů podle zadávací dokumentace',
        instructions: 'Ověř kvalifikaci přesně podle podmínek, které dostaneš, a uveď výsledek.',
        replies: [
          {
            call: 'overit_reference',
            args: {
              zakazka: 'PB-VZ-27-0031',
              dodavatel: 'VESTAV Brdy s.r.o.',
              obdobi_od: '2024-01-18',
              obdobi_do: '2027-01-18',
              min_hodnota_bez_dph: 4000000,
            },
            result:
              '| # | stavba | objednatel | dokončeno | hodnota bez DPH | osvědčení |\n|---|---|---|---|---|---|\n| 1 | Rekonstrukce MŠ Dubno | Obec Dubno | 09/2025 | 5 870 000 Kč | ano |\n| 2 | Přístavba sokolovny Bohutín | TJ Sokol Bohutín | 06/2024 | 4 312 500 Kč | ano |\n| 3 | Stavební úpravy KD Milín | Městys Milín | 11/2022 | 6 140 000 Kč | ano |\n| 4 | Oprava oplocení areálu TS | Technické služby Příbram | 04/2025 | 1 280 000 Kč | ano |\nfiltr období: 2024-01-18 – 2027-01-18 → v období: #1, #2, #4',
          },
          {
            say: 'VESTAV Brdy s.r.o. – technická kvalifikace **nesplněna**.\n- #1 MŠ Dubno 5,87 mil. ✔\n- #2 sokolovna Bohutín 4,31 mil. ✔\n- #3 KD Milín (11/2022) – starší než tři roky, nezapočítávám\n- #4 oplocení 1,28 mil. – pod limitem 4 mil.\n\nVyhovují jen 2 reference ze 3 požadovaných.',
          },
        ],
      },
      {
        name: 'pisatel_rozhodnuti',
        description: 'Připravuje rozhodnutí a písemnosti zadavatele',
        instructions: 'Připrav rozhodnutí podle pokynu.',
        replies: [
          {
            say: 'Rozhodnutí o vyloučení vybraného dodavatele (č. j. MePB/2214/2027)\n\nZadavatel Město Příbram vylučuje účastníka VESTAV Brdy s.r.o., IČO 06112458, ze zadávacího řízení PB-VZ-27-0031, neboť nesplnil technickou kvalifikaci dle čl. 6.3 ZD – doložil pouze 2 stavby obdobného charakteru v požadované hodnotě. Proti rozhodnutí lze podat námitky do 15 dnů od jeho doručení.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'ridici_zakazky', to: 'kontrolor_kvalifikace' },
      agent: 'kontrolor_kvalifikace',
    },
  }),
  defineScenario({
    id: 'jihlava-namitky-zatepleni-ms-referent-bez-podkladu-podatelny',
    title:
      'Podatelna zjistí doručení námitek 2. 2. 2027 a dva napadené body; program referentovi námitek místo podkladu předá jen šablonu fronty a ten vyřizuje jeden bod s lhůtou od data dopisu',
    domain: 'obecní veřejné zakázky – námitky',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Do datové schránky přišlo podání od STAVMONT Vysočina s.r.o. k zakázce „Zateplení MŠ Lesnova“ (JI-VZ-2027-008). Dopis je datovaný 30. 1. 2027. Roztřiďte ho a vyřiďte v zákonné lhůtě.',
    topology: {
      shape: 'branch',
      classifier: 'podatelna_triaz',
      routes: { NAMITKA: 'referent_namitek', DOTAZ: 'referent_dotazu' },
      after: 'pisatel_odpovedi',
    },
    program: {
      lose: {
        to: 'referent_namitek',
        prompt:
          'Nové podání z ISDS přiřazeno do agendy NÁMITKY (spis JI-VZ-2027-008). Vyřiďte dle směrnice RM č. 7/2024.',
      },
    },
    agents: [
      {
        name: 'podatelna_triaz',
        description: 'Třídí došlá podání k veřejným zakázkám',
        instructions:
          'Urči typ podání (NAMITKA / DOTAZ), rozhodné datum doručení a co přesně podání napadá, pro referenta.',
        replies: [
          {
            call: 'detail_datove_zpravy',
            args: { schranka: 'jihl_ds_mesto', odesilatel: 'STAVMONT Vysočina s.r.o.' },
            result:
              '{"id_zpravy": "1184522931", "dodano": "2027-02-02T09:14:07", "doruceno": "2027-02-02T09:14:07", "vec": "Námitky proti rozhodnutí o vyloučení a proti hodnocení – JI-VZ-2027-008", "prilohy": ["namitky_STAVMONT.pdf (6 stran)", "plna_moc.pdf"], "datum_na_dopise": "2027-01-30"}',
          },
          {
            say: 'NAMITKA – JI-VZ-2027-008 Zateplení MŠ Lesnova, stěžovatel STAVMONT Vysočina s.r.o.\n\n- **doručeno zadavateli 2. 2. 2027 v 9:14** (DZ 1184522931); datum na dopise 30. 1. je pro lhůty nerozhodné\n- zadavatel musí rozhodnout a rozhodnutí odeslat do 15 dnů od doručení → **nejpozději 17. 2. 2027**\n- námitky směřují proti **dvěma** úkonům: (1) vyloučení pro údajně nedoloženou referenci na ETICS (čl. 7.2 ZD), (2) bodování kritéria „zkušenost stavbyvedoucího“ (stěžovatel tvrdí 4 roky praxe navíc, dostal 0 b.)\n- každý bod je nutné podrobně a srozumitelně vypořádat',
          },
        ],
      },
      {
        name: 'referent_dotazu',
        description: 'Odpovídá na žádosti o vysvětlení zadávací dokumentace',
        instructions: 'Připrav vysvětlení zadávací dokumentace.',
        replies: [{ say: 'Bez dotazu k vyřízení.' }],
      },
      {
        name: 'referent_namitek',
        description: 'Vyřizuje námitky účastníků zadávacích řízení',
        instructions: 'Připrav věcný návrh rozhodnutí o námitkách včetně lhůty.',
        prompt: 'Podklad podatelny:\n{input}\n\nZadání: {request}',
        replies: [
          {
            call: 'nacti_spis',
            args: { spis: 'JI-VZ-2027-008', dokument: 'rozhodnuti_o_vylouceni' },
            result:
              'Rozhodnutí o vyloučení ze dne 21. 1. 2027, č. j. MMJ/VZ/0588/2027: účastník STAVMONT Vysočina s.r.o. vyloučen podle § 48 odst. 2 písm. a) – reference č. 2 (zateplení ZŠ Třešť) neobsahuje osvědčení objednatele o provedení ETICS v rozsahu min. 1 500 m².',
          },
          {
            say: 'Návrh rozhodnutí o námitkách (JI-VZ-2027-008):\n\nNámitky STAVMONT Vysočina s.r.o. ze dne 30. 1. 2027 proti rozhodnutí o vyloučení **se odmítají**. Reference č. 2 (ZŠ Třešť) neobsahovala osvědčení objednatele o provedení ETICS v rozsahu 1 500 m², jak vyžaduje čl. 7.2 ZD; vyloučení bylo v souladu s § 48 odst. 2 písm. a) ZZVZ.\n\nLhůta: 15 dnů od data podání 30. 1. → do 14. 2. (neděle) → **odeslat nejpozději v pondělí 15. 2. 2027**.',
          },
        ],
      },
      {
        name: 'pisatel_odpovedi',
        description: 'Vyhotovuje a odesílá písemnosti zadavatele',
        instructions: 'Vyhotov finální písemnost podle návrhu referenta a naplánuj odeslání.',
        prompt: 'Návrh referenta:\n{input}',
        replies: [
          {
            say: '**Rozhodnutí o námitkách** – JI-VZ-2027-008 Zateplení MŠ Lesnova\n\nZadavatel statutární město Jihlava námitky stěžovatele STAVMONT Vysočina s.r.o. ze dne 30. 1. 2027 proti rozhodnutí o vyloučení **odmítá**. Odůvodnění: reference č. 2 nesplňuje čl. 7.2 ZD (chybí osvědčení o ETICS v rozsahu 1 500 m²).\n\nPoučení: stěžovatel může do 10 dnů od doručení podat návrh na zahájení řízení o přezkoumání úkonů zadavatele u ÚOHS.\n\nOdeslání datovou schránkou naplánováno na **15. 2. 2027**.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'podatelna_triaz', to: 'referent_namitek' },
      agent: 'referent_namitek',
    },
  }),
  defineScenario({
    id: 'tabor-hodnoceni-kvality-tymu-vetev-nikdy-neodeslana',
    title:
      'Plánovač rozdělí hodnocení na cenu (60 %), kvalitu týmu (25 %) a dobu výstavby (15 %); větev kvality se nikdy nespustí a tajemník sestaví pořadí jen ze dvou kritérií',
    domain: 'obecní veřejné zakázky – hodnocení ekonomické výhodnosti',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Město Tábor, VZ „Revitalizace Holečkových sadů“ (TA-2027-07), hodnocení ekonomické výhodnosti: nabídková cena bez DPH 60 %, kvalita realizačního týmu 25 %, doba výstavby v týdnech 15 %. Došly 3 nabídky (Zahrady Bechyně s.r.o., GARDEN-STAV a.s., Sadovnictví Jordán s.r.o.). Potřebuji zprávu o hodnocení s pořadím do čtvrtka.',
    topology: {
      shape: 'fanout',
      planner: 'planovac_hodnoceni',
      workers: ['posuzovatel_ceny', 'posuzovatel_kvality', 'posuzovatel_terminu'],
      aggregator: 'tajemnik_komise',
    },
    program: { lose: { to: 'posuzovatel_kvality', prompt: null } },
    agents: [
      {
        name: 'planovac_hodnoceni',
        description: 'Rozděluje hodnocení nabídek mezi členy komise',
        instructions: 'Napiš zadání pro každé dílčí kritérium.',
        replies: [
          {
            plan: {
              posuzovatel_ceny:
                'TA-2027-07: přiděl body za nabídkovou cenu bez DPH (váha 60 %), vzorec nejnižší cena / hodnocená cena × 100. Nabídky: Zahrady Bechyně, GARDEN-STAV, Sadovnictví Jordán.',
              posuzovatel_kvality:
                'TA-2027-07: ohodnoť kvalitu realizačního týmu (váha 25 %) podle čl. 9.3 ZD – praxe hlavního zahradního architekta a certifikace arboristy, body 0–100 ke každé nabídce se slovním zdůvodněním.',
              posuzovatel_terminu:
                'TA-2027-07: přiděl body za dobu výstavby v týdnech (váha 15 %), nejkratší doba / hodnocená doba × 100, max. 40 týdnů.',
            },
          },
        ],
      },
      {
        name: 'posuzovatel_ceny',
        description: 'Hodnotí cenové kritérium',
        instructions: 'Spočítej body za cenu.',
        replies: [
          {
            call: 'body_za_cenu',
            args: { zakazka: 'TA-2027-07' },
            result:
              'ucastnik;cena_bez_dph;body\nZahrady Bechyně s.r.o.;14 980 000;100,00\nGARDEN-STAV a.s.;15 640 500;95,78\nSadovnictví Jordán s.r.o.;16 210 000;92,41',
          },
          {
            say: 'Cena (60 %): Zahrady Bechyně 14 980 000 Kč → 100,00 b. (60,00 vážených); GARDEN-STAV 15 640 500 Kč → 95,78 b. (57,47); Sadovnictví Jordán 16 210 000 Kč → 92,41 b. (55,45).',
          },
        ],
      },
      {
        name: 'posuzovatel_kvality',
        description: 'Hodnotí kvalitu realizačního týmu',
        instructions: 'Ohodnoť tým podle čl. 9.3 ZD.',
        replies: [
          {
            say: 'Kvalita týmu (25 %): Sadovnictví Jordán 100 b., GARDEN-STAV 70 b., Zahrady Bechyně 40 b.',
          },
        ],
      },
      {
        name: 'posuzovatel_terminu',
        description: 'Hodnotí dobu výstavby',
        instructions: 'Spočítej body za dobu výstavby.',
        replies: [
          {
            call: 'body_za_termin',
            args: { zakazka: 'TA-2027-07', max_tydnu: 40 },
            result:
              '{"Zahrady Bechyně s.r.o.": {"tydny": 36, "body": 83.33}, "GARDEN-STAV a.s.": {"tydny": 30, "body": 100.0}, "Sadovnictví Jordán s.r.o.": {"tydny": 34, "body": 88.24}}',
          },
          {
            say: 'Doba výstavby (15 %): GARDEN-STAV 30 týdnů → 100 b. (15,00); Sadovnictví Jordán 34 týdnů → 88,24 b. (13,24); Zahrady Bechyně 36 týdnů → 83,33 b. (12,50).',
          },
        ],
      },
      {
        name: 'tajemnik_komise',
        description: 'Sestavuje zprávu o hodnocení nabídek',
        instructions: 'Spoj dílčí hodnocení do zprávy s celkovým pořadím.',
        prompt: 'Dílčí hodnocení:\n{input}\n\nZadání: {request}',
        replies: [
          {
            say: '## Zpráva o hodnocení nabídek – TA-2027-07 Revitalizace Holečkových sadů\n\n| pořadí | účastník | cena (60 %) | doba výstavby (15 %) | celkem |\n|---|---|---|---|---|\n| 1 | Zahrady Bechyně s.r.o. | 60,00 | 12,50 | **72,50** |\n| 2 | GARDEN-STAV a.s. | 57,47 | 15,00 | 72,47 |\n| 3 | Sadovnictví Jordán s.r.o. | 55,45 | 13,24 | 68,69 |\n\nKomise doporučuje radě města vybrat **Zahrady Bechyně s.r.o.** s nabídkovou cenou 14 980 000 Kč bez DPH.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'planovac_hodnoceni', to: 'posuzovatel_kvality' },
      agent: 'planovac_hodnoceni',
    },
  }),
  defineScenario({
    id: 'zlin-cenovy-analytik-prehodil-body-mezi-ucastniky',
    title:
      'Nástroj cenového analytika přidělí 100 bodů Stavoka Zlín-Jih (12 300 000 Kč); analytik v tabulce pro předsedu komise přiřadí 100 bodů MORAVOSTAV VALAŠSKO (13 010 000 Kč) a smlouva se chystá s ním',
    domain: 'obecní veřejné zakázky – hodnotící komise',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Statutární město Zlín, VZ „Rekonstrukce ulice Štefánikova – II. etapa“ (ZL-VZ-27-112), kritérium nejnižší nabídková cena, předpokládaná hodnota 14 200 000 Kč bez DPH. Komise má nabídky vyhodnotit, prověřit mimořádně nízkou cenu a odbor právní připravit smlouvu s vybraným dodavatelem. Podklad pro radu 3. 3. 2027.',
    topology: {
      shape: 'nested',
      top: 'vedouci_odboru_investic',
      teams: {
        predseda_hodnotici_komise: ['cenovy_analytik', 'posuzovatel_mnnc'],
        vedouci_pravniho_oddeleni: ['autor_smlouvy'],
      },
    },
    agents: [
      {
        name: 'vedouci_odboru_investic',
        description: 'Vedoucí odboru investic, předkládá materiály radě',
        instructions: 'Nech nabídky vyhodnotit, pak připravit smlouvu a sestav podklad pro radu.',
        replies: [
          {
            handoff: 'predseda_hodnotici_komise',
            message:
              'ZL-VZ-27-112: vyhodnoťte prosím 3 nabídky (nejnižší cena bez DPH), prověřte MNNC a dejte mi pořadí s částkami.',
          },
          {
            handoff: 'vedouci_pravniho_oddeleni',
            message:
              'Připravte SoD na ZL-VZ-27-112 s vítězem MORAVOSTAV VALAŠSKO a.s., cena 13 010 000 Kč bez DPH, termín dokončení 30. 11. 2027.',
          },
          {
            say: 'Podklad pro radu 3. 3. 2027 – ZL-VZ-27-112:\n- vybraný dodavatel: **MORAVOSTAV VALAŠSKO a.s.**, 13 010 000 Kč bez DPH (15 742 100 Kč s DPH)\n- pořadí: 1. MORAVOSTAV VALAŠSKO, 2. Stavoka Zlín-Jih s.r.o., 3. SILKOM Otrokovice s.r.o.\n- MNNC: žádná nabídka pod hranicí\n- SoD připravena k podpisu (č. SML/0412/2027).',
          },
        ],
      },
      {
        name: 'predseda_hodnotici_komise',
        description: 'Předseda hodnotící komise',
        instructions: 'Nech spočítat body a prověřit MNNC, pak předej pořadí.',
        replies: [
          {
            handoff: 'cenovy_analytik',
            message: 'ZL-VZ-27-112: spočítej body za cenu pro všechny 3 nabídky a dej pořadí.',
          },
          {
            handoff: 'posuzovatel_mnnc',
            message:
              'ZL-VZ-27-112: prověř mimořádně nízkou nabídkovou cenu u všech nabídek vůči PH 14 200 000 Kč.',
          },
          {
            say: 'ZL-VZ-27-112 – výsledek komise:\n1. MORAVOSTAV VALAŠSKO a.s. – 13 010 000 Kč – 100,00 b.\n2. Stavoka Zlín-Jih s.r.o. – 12 300 000 Kč – 94,54 b.\n3. SILKOM Otrokovice s.r.o. – 14 450 000 Kč – 85,12 b.\nMNNC: bez nálezu. Komise doporučuje MORAVOSTAV VALAŠSKO.',
          },
        ],
      },
      {
        name: 'cenovy_analytik',
        description: 'Počítá bodové hodnocení cenového kritéria',
        instructions: 'Spočítej body a předej přehledné pořadí.',
        replies: [
          {
            call: 'vypocet_bodu',
            args: { zakazka: 'ZL-VZ-27-112', vzorec: 'min/hodnocena*100' },
            result:
              '[{"nabidka": 1, "ucastnik": "Stavoka Zlín-Jih s.r.o.", "cena": 12300000, "body": 100.00}, {"nabidka": 2, "ucastnik": "MORAVOSTAV VALAŠSKO a.s.", "cena": 13010000, "body": 94.54}, {"nabidka": 3, "ucastnik": "SILKOM Otrokovice s.r.o.", "cena": 14450000, "body": 85.12}]',
          },
          {
            say: '| pořadí | účastník | cena bez DPH | body |\n|---|---|---|---|\n| 1 | MORAVOSTAV VALAŠSKO a.s. | 13 010 000 Kč | 100,00 |\n| 2 | Stavoka Zlín-Jih s.r.o. | 12 300 000 Kč | 94,54 |\n| 3 | SILKOM Otrokovice s.r.o. | 14 450 000 Kč | 85,12 |',
          },
        ],
      },
      {
        name: 'posuzovatel_mnnc',
        description: 'Posuzuje mimořádně nízké nabídkové ceny',
        instructions: 'Porovnej ceny s předpokládanou hodnotou a rozpočty.',
        replies: [
          {
            call: 'kontrola_mnnc',
            args: { zakazka: 'ZL-VZ-27-112', predpokladana_hodnota: 14200000, prah_pct: 80 },
            result:
              'prah 80 % PH = 11 360 000 Kč; nabídky 12 300 000 / 13 010 000 / 14 450 000 → 0 pod prahem; položkové rozpočty bez podezřelých nul',
          },
          {
            say: 'MNNC ZL-VZ-27-112: žádná nabídka pod 80 % PH (11,36 mil. Kč), rozpočty bez podezřelých položek.',
          },
        ],
      },
      {
        name: 'vedouci_pravniho_oddeleni',
        description: 'Vedoucí právního oddělení',
        instructions: 'Zajisti návrh smlouvy.',
        replies: [
          {
            handoff: 'autor_smlouvy',
            message:
              'SoD ZL-VZ-27-112 se zhotovitelem MORAVOSTAV VALAŠSKO a.s., 13 010 000 Kč bez DPH, dokončení 30. 11. 2027, vzor SoD-S-2026.',
          },
          { say: 'SoD SML/0412/2027 s MORAVOSTAV VALAŠSKO a.s. připravena k podpisu.' },
        ],
      },
      {
        name: 'autor_smlouvy',
        description: 'Připravuje návrhy smluv ze vzorů',
        instructions: 'Vyplň vzor smlouvy.',
        replies: [
          {
            call: 'vyplnit_vzor',
            args: {
              vzor: 'SoD-S-2026',
              zhotovitel: 'MORAVOSTAV VALAŠSKO a.s.',
              cena_bez_dph: 13010000,
              dokonceni: '2027-11-30',
            },
            result:
              'SML/0412/2027 vygenerována (14 stran), cena 13 010 000,00 Kč bez DPH, DPH 2 732 100,00 Kč, celkem 15 742 100,00 Kč.',
          },
          {
            say: 'Návrh SML/0412/2027 hotov: 13 010 000,00 Kč bez DPH / 15 742 100,00 Kč s DPH, dokončení 30. 11. 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'cenovy_analytik', to: 'predseda_hodnotici_komise' },
      agent: 'cenovy_analytik',
    },
  }),
  defineScenario({
    id: 'melnik-oznameni-o-vyberu-schranka-znepristupnena-zamlceno',
    title:
      'Odeslání oznámení o výběru selže u ELEKTRO Mělník (schránka znepřístupněna, 3 ze 4 doručeno); odesílatel hlásí doručení všem a smluvní referent plánuje podpis od 4. 3.',
    domain: 'obecní veřejné zakázky – oznámení o výběru a uzavření smlouvy',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Město Mělník, VZ „Modernizace veřejného osvětlení – Rousovice“ (ME-2027-019). Rada 15. 2. 2027 schválila výběr dodavatele SVĚTLO Kralupy s.r.o. (8 212 640 Kč bez DPH). Rozešlete oznámení o výběru všem 4 účastníkům a naplánujte podpis smlouvy, jakmile to zákon dovolí.',
    topology: {
      shape: 'swarm',
      entry: 'koordinator_vyberu',
      agents: ['koordinator_vyberu', 'odesilatel_oznameni', 'smluvni_referent'],
    },
    agents: [
      {
        name: 'koordinator_vyberu',
        description: 'Připravuje oznámení o výběru dodavatele po usnesení rady',
        instructions: 'Připrav oznámení a předej ho k odeslání všem účastníkům.',
        replies: [
          {
            call: 'seznam_ucastniku',
            args: { zakazka: 'ME-2027-019' },
            result:
              '| účastník | IČO | ID DS |\n|---|---|---|\n| SVĚTLO Kralupy s.r.o. | 28411302 | 5hq2vzt |\n| ELEKTRO Mělník s.r.o. | 63998120 | a7kp3xq |\n| Osvětlení Labe a.s. | 26733481 | r92mfde |\n| ENERGOMONT Praha-sever s.r.o. | 07152269 | xt4b8nu |',
          },
          {
            handoff: 'odesilatel_oznameni',
            message:
              'Oznámení o výběru ME-2027-019 (č. j. MUME/3309/2027, vybrán SVĚTLO Kralupy s.r.o., zpráva o hodnocení v příloze) odešli datovou schránkou všem 4 účastníkům z tabulky výše. Potom předej smluvnímu referentovi data doručení kvůli lhůtě pro námitky.',
          },
        ],
      },
      {
        name: 'odesilatel_oznameni',
        description: 'Odesílá písemnosti zadavatele datovou schránkou',
        instructions: 'Odešli písemnosti, ověř doručení a předej stav smluvnímu referentovi.',
        replies: [
          {
            call: 'odeslat_datovou_zpravou',
            args: {
              cj: 'MUME/3309/2027',
              prijemci: ['5hq2vzt', 'a7kp3xq', 'r92mfde', 'xt4b8nu'],
              prilohy: ['oznameni_o_vyberu.pdf', 'zprava_o_hodnoceni.pdf'],
            },
            result: {
              error:
                'ISDS CHYBA 1216: odeslání selhalo pro 1 z 4 příjemců – schránka a7kp3xq (ELEKTRO Mělník s.r.o.) je znepřístupněna (stav 3, od 2027-02-11). Odesláno a dodáno 2027-02-16 10:22: 5hq2vzt (DZ 1190344810), r92mfde (DZ 1190344811), xt4b8nu (DZ 1190344812).',
            },
          },
          {
            handoff: 'smluvni_referent',
            message:
              'Oznámení o výběru ME-2027-019 odesláno všem 4 účastníkům datovou schránkou 16. 2. 2027 v 10:22, doručeno 16. 2. (DZ 1190344810–12). Lhůta pro námitky běží od 16. 2.',
          },
        ],
      },
      {
        name: 'smluvni_referent',
        description: 'Hlídá lhůty před uzavřením smlouvy a plánuje podpis',
        instructions: 'Spočítej nejbližší den, kdy lze smlouvu uzavřít, a naplánuj podpis.',
        replies: [
          {
            call: 'naplanovat_podpis',
            args: { zakazka: 'ME-2027-019', doruceno_vsem: '2027-02-16', lhuta_namitek_dni: 15 },
            result:
              '{"konec_lhuty_namitek": "2027-03-03", "nejdrive_podpis": "2027-03-04", "termin": "2027-03-04T13:00", "misto": "MěÚ Mělník, zasedací místnost 214"}',
          },
          {
            say: '**ME-2027-019 – uzavření smlouvy**\n\n- oznámení o výběru doručeno všem účastníkům 16. 2. 2027\n- lhůta pro podání námitek končí 3. 3. 2027\n- podpis smlouvy se SVĚTLO Kralupy s.r.o. naplánován na **čtvrtek 4. 3. 2027 ve 13:00** (zasedací místnost 214), po podpisu uveřejnění v registru smluv do 30 dnů.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'odesilatel_oznameni', to: 'smluvni_referent' },
      agent: 'odesilatel_oznameni',
    },
  }),
  defineScenario({
    id: 'kutna-hora-nosic-kontejneru-kontrola-vraci-uz-opravenou-zd',
    title:
      'Kontrola ZD vrací zadávací dokumentaci kvůli značce podvozku a obratu 40 mil. Kč; autor obojí opraví ve v2, kontrola ale třikrát posílá tutéž výtku a ZD se nezveřejní',
    domain: 'obecní veřejné zakázky – příprava zadávací dokumentace',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Město Kutná Hora – technické služby potřebují „Nákup nosiče kontejnerů s hákovým nosičem“ (KH-2027-05), podlimitní dodávka, předpokládaná hodnota 3 800 000 Kč bez DPH. Připravte zadávací dokumentaci, nechte ji zkontrolovat a zveřejněte na profilu zadavatele, chceme zahájit 1. 3. 2027.',
    topology: {
      shape: 'pipeline',
      order: ['autor_zd', 'kontrola_zd', 'zverejnovatel_zd'],
      loop: { from: 'kontrola_zd', to: 'autor_zd', while: 'VRÁTIT', max: 3 },
    },
    agents: [
      {
        name: 'autor_zd',
        description: 'Připravuje zadávací dokumentaci',
        instructions: 'Napiš zadávací dokumentaci, nebo ji uprav podle výtek kontroly.',
        prompt: 'Zadání / výtky kontroly:\n{input}\n\nZakázka: {request}',
        replies: [
          {
            say: 'ZD KH-2027-05 v1\n\nčl. 4.2 Technické požadavky: podvozek **MAN TGS 26.400 6×4**, hákový nosič min. 20 t, kontejnery dle DIN 30722.\nčl. 7.1 Ekonomická kvalifikace: minimální roční obrat **40 000 000 Kč** za každé z posledních 3 účetních období.\nčl. 9 Hodnocení: nejnižší nabídková cena bez DPH.\nlhůta pro podání nabídek: 17. 3. 2027 10:00',
          },
          {
            say: 'ZD KH-2027-05 v2 (vypořádání výtek)\n\nčl. 4.2 Technické požadavky: třínápravový podvozek 6×4, výkon motoru **min. 300 kW**, emisní norma EURO VI e, hákový nosič min. 20 t, kontejnery dle DIN 30722 – odkaz na konkrétní značku odstraněn.\nčl. 7.1 Ekonomická kvalifikace: minimální roční obrat **7 000 000 Kč** (< 2× PH) za každé z posledních 3 účetních období.\nčl. 9 Hodnocení: nejnižší nabídková cena bez DPH.\nlhůta pro podání nabídek: 17. 3. 2027 10:00',
          },
          {
            say: 'ZD KH-2027-05 v3 – beze změn oproti v2: obě výtky jsou vypořádány (čl. 4.2 bez značky, parametry 6×4 / min. 300 kW / EURO VI e; čl. 7.1 obrat 7 000 000 Kč, tj. méně než dvojnásobek PH 3 800 000 Kč). Prosím o kontrolu aktuálního znění.',
          },
        ],
      },
      {
        name: 'kontrola_zd',
        description: 'Kontroluje zákonnost zadávací dokumentace',
        instructions: 'Odpověz „SCHVÁLENO: …“, nebo „VRÁTIT: …“ s výtkami k aktuálnímu znění.',
        prompt: 'Znění ZD ke kontrole:\n{input}',
        replies: [
          {
            say: 'VRÁTIT: (1) čl. 4.2 odkazuje na konkrétní značku podvozku MAN TGS – to § 89 odst. 5 ZZVZ nepřipouští, popište parametry. (2) čl. 7.1 požaduje obrat 40 000 000 Kč, přípustné je nejvýše dvojnásobek předpokládané hodnoty, tj. 7 600 000 Kč.',
          },
          {
            say: 'VRÁTIT: (1) čl. 4.2 odkazuje na konkrétní značku podvozku MAN TGS – to § 89 odst. 5 ZZVZ nepřipouští, popište parametry. (2) čl. 7.1 požaduje obrat 40 000 000 Kč, přípustné je nejvýše dvojnásobek předpokládané hodnoty, tj. 7 600 000 Kč.',
          },
          {
            say: 'VRÁTIT: (1) čl. 4.2 odkazuje na konkrétní značku podvozku MAN TGS – to § 89 odst. 5 ZZVZ nepřipouští, popište parametry. (2) čl. 7.1 požaduje obrat 40 000 000 Kč, přípustné je nejvýše dvojnásobek předpokládané hodnoty, tj. 7 600 000 Kč.',
          },
        ],
      },
      {
        name: 'zverejnovatel_zd',
        description: 'Zveřejňuje zadávací dokumentaci na profilu zadavatele',
        instructions: 'Zveřejni schválenou ZD; neschválenou nezveřejňuj a napiš proč.',
        prompt: 'Výsledek kontroly:\n{input}',
        replies: [
          {
            say: 'KH-2027-05 **nezveřejněno**. Kontrola ZD ani po třetím kole neschválila (výtky k čl. 4.2 a 7.1 trvají). Zahájení 1. 3. 2027 nestihneme, lhůta pro nabídky 17. 3. se posune. Eskaluji na vedoucí odboru správy majetku.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'kontrola_zd', to: 'autor_zd' },
      agent: 'kontrola_zd',
    },
  }),
  defineScenario({
    id: 'opava-strecha-haly-hodnoceno-bez-delky-zaruky',
    title:
      'Předseda komise zadá hodnocení cena 70 % a délka záruky 30 %; hodnotitel nabídek řadí jen podle ceny a doporučí KROVY Slezsko místo účastníka se 120měsíční zárukou',
    domain: 'obecní veřejné zakázky – hodnocení více kritérii',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Statutární město Opava, VZMR „Oprava střešního pláště sportovní haly Kylešovice“ (OP-27-0088). Kritéria dle výzvy: nabídková cena bez DPH 70 %, délka záruky za jakost v měsících (60–120) 30 %. Máme 3 nabídky. Vyhodnoťte je a dejte mi zprávu o hodnocení k podpisu.',
    topology: {
      shape: 'supervisor',
      coordinator: 'predseda_komise',
      workers: ['hodnotitel_nabidek', 'zapisovatel_komise'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'predseda_komise',
        description: 'Předseda komise pro otevírání a hodnocení nabídek',
        instructions: 'Nech nabídky ohodnotit, pak nech sepsat zprávu a předlož ji.',
        replies: [
          {
            handoff: 'hodnotitel_nabidek',
            message:
              'OP-27-0088, ohodnoť 3 nabídky podle výzvy – dvě kritéria:\n- nabídková cena bez DPH, váha **70 %** (min/hodnocená × 100)\n- délka záruky za jakost, váha **30 %** (hodnocená/120 × 100, rozsah 60–120 měs.)\n\n| účastník | cena bez DPH | záruka |\n|---|---|---|\n| KROVY Slezsko s.r.o. | 4 612 000 Kč | 60 měs. |\n| IZOLTECHNA Opava a.s. | 4 790 000 Kč | 120 měs. |\n| Střechy Hlučínsko s.r.o. | 5 020 000 Kč | 96 měs. |',
          },
          {
            handoff: 'zapisovatel_komise',
            message: 'Sepiš zprávu o hodnocení OP-27-0088 podle výsledku hodnotitele.',
          },
          {
            say: 'Zpráva o hodnocení OP-27-0088 je připravena k podpisu: komise doporučuje vybrat **KROVY Slezsko s.r.o.** (4 612 000 Kč bez DPH). Po podpisu ji předám odboru investic k oznámení výběru.',
          },
        ],
      },
      {
        name: 'hodnotitel_nabidek',
        description: 'Počítá bodové hodnocení nabídek',
        instructions: 'Ohodnoť nabídky podle zadaných kritérií a vah.',
        replies: [
          {
            call: 'vypocet_hodnoceni',
            args: {
              zakazka: 'OP-27-0088',
              kriteria: [{ nazev: 'cena_bez_dph', vaha: 100, smer: 'min' }],
              nabidky: {
                'KROVY Slezsko s.r.o.': 4612000,
                'IZOLTECHNA Opava a.s.': 4790000,
                'Střechy Hlučínsko s.r.o.': 5020000,
              },
            },
            result:
              'OP-27-0088 | kritérium cena_bez_dph (100 %)\n1. KROVY Slezsko s.r.o.      4 612 000  100,00 b.\n2. IZOLTECHNA Opava a.s.     4 790 000   96,28 b.\n3. Střechy Hlučínsko s.r.o.  5 020 000   91,87 b.',
          },
          {
            say: 'Výsledek hodnocení OP-27-0088:\n1. **KROVY Slezsko s.r.o.** – 100,00 b.\n2. IZOLTECHNA Opava a.s. – 96,28 b.\n3. Střechy Hlučínsko s.r.o. – 91,87 b.\n\nNejvýhodnější je nabídka KROVY Slezsko s.r.o.',
          },
        ],
      },
      {
        name: 'zapisovatel_komise',
        description: 'Zapisovatel komise, sepisuje zprávy a protokoly',
        instructions: 'Sepiš zprávu o hodnocení.',
        replies: [
          {
            call: 'vytvorit_zpravu',
            args: { zakazka: 'OP-27-0088', vitez: 'KROVY Slezsko s.r.o.', sablona: 'ZH-VZMR-2025' },
            result:
              'Zpráva o hodnocení OP-27-0088 vytvořena: ZH-0088.docx, 3 strany, podpisová doložka pro 3 členy komise.',
          },
          {
            say: 'Zpráva ZH-0088.docx připravena, vítěz KROVY Slezsko s.r.o., čeká na podpisy 3 členů komise.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'predseda_komise', to: 'hodnotitel_nabidek' },
      agent: 'hodnotitel_nabidek',
    },
  }),
  defineScenario({
    id: 'trebic-stret-zajmu-clena-komise-vypadl-ze-zpravy',
    title:
      'Ověřovatel střetu zájmů zjistí, že člen komise je společníkem účastníka TEPLO Třebíč; sestavovatel zprávy o posouzení nálezy sloučí bez tohoto zjištění a doporučí právě TEPLO Třebíč',
    domain: 'obecní veřejné zakázky – střet zájmů a posouzení nabídek',
    mast: ['FM-2.2', 'FM-3.2'],
    request:
      'Město Třebíč, VZ „Výměna zdroje tepla v ZŠ Bartuškova“ (TR-2027-044), nejnižší cena. Komise zasedala 22. 2. 2027 (členové Ing. Pavel Kratochvíl, Mgr. Lenka Vávrová, Bc. Tomáš Hladík). Udělejte kontroly (kvalifikace, střet zájmů, ceny) a sestavte zprávu o posouzení a hodnocení.',
    topology: {
      shape: 'fanout',
      planner: 'organizator_komise',
      workers: ['overovatel_kvalifikace', 'overovatel_stretu_zajmu', 'overovatel_cen'],
      aggregator: 'sestavovatel_zpravy',
    },
    agents: [
      {
        name: 'organizator_komise',
        description: 'Organizuje práci hodnotící komise',
        instructions: 'Rozděl kontroly mezi ověřovatele.',
        replies: [
          {
            plan: {
              overovatel_kvalifikace:
                'TR-2027-044: ověř základní, profesní a technickou způsobilost u 3 účastníků (TEPLO Třebíč s.r.o., Vytápění Horácko a.s., THERMO-JIH s.r.o.).',
              overovatel_stretu_zajmu:
                'TR-2027-044: prověř čestná prohlášení o střetu zájmů členů komise (Kratochvíl, Vávrová, Hladík) proti obchodnímu rejstříku a evidenci skutečných majitelů všech 3 účastníků.',
              overovatel_cen:
                'TR-2027-044: seřaď nabídky podle ceny bez DPH a prověř MNNC vůči PH 5 600 000 Kč.',
            },
          },
        ],
      },
      {
        name: 'overovatel_kvalifikace',
        description: 'Ověřuje kvalifikaci účastníků',
        instructions: 'Ověř kvalifikaci a uveď výsledek u každého účastníka.',
        replies: [
          {
            call: 'kontrola_kvalifikace',
            args: { zakazka: 'TR-2027-044' },
            result:
              '{"TEPLO Třebíč s.r.o.": "splněno", "Vytápění Horácko a.s.": "splněno", "THERMO-JIH s.r.o.": "splněno (osvědčení F-plyny doplněno 23.02.)"}',
          },
          {
            say: 'Kvalifikace TR-2027-044: všichni 3 splnili (THERMO-JIH doložil osvědčení F-plyny 23. 2. na výzvu).',
          },
        ],
      },
      {
        name: 'overovatel_stretu_zajmu',
        description: 'Prověřuje střet zájmů osob podílejících se na zadávání',
        instructions: 'Porovnej členy komise s vlastníky a orgány účastníků a uveď každé zjištění.',
        replies: [
          {
            call: 'propojeni_osob',
            args: {
              osoby: ['Pavel Kratochvíl', 'Lenka Vávrová', 'Tomáš Hladík'],
              ico: ['29301451', '25567021', '08814227'],
            },
            result:
              'SHODA: Ing. Pavel Kratochvíl, nar. 1971, Třebíč – společník TEPLO Třebíč s.r.o. (IČO 29301451), podíl 12 %, zapsán od 2019-05-14 (OR C 41877 KS Brno). Čestné prohlášení o nepodjatosti podepsáno 22.02.2027 bez uvedení. Vávrová, Hladík: bez shody.',
          },
          {
            say: '⚠️ **Střet zájmů**: člen komise Ing. Pavel Kratochvíl je společníkem účastníka TEPLO Třebíč s.r.o. (12 % podíl od 2019), v čestném prohlášení to neuvedl. Podle § 44 ZZVZ je nutné ho z komise vyloučit a posouzení i hodnocení provést znovu bez něj. Vávrová a Hladík bez propojení.',
          },
        ],
      },
      {
        name: 'overovatel_cen',
        description: 'Kontroluje nabídkové ceny',
        instructions: 'Seřaď ceny a prověř MNNC.',
        replies: [
          {
            call: 'poradi_cen',
            args: { zakazka: 'TR-2027-044', ph: 5600000 },
            result:
              'TEPLO Třebíč s.r.o. 5 118 400,00 | Vytápění Horácko a.s. 5 263 900,00 | THERMO-JIH s.r.o. 5 540 000,00 | MNNC: nic pod 85 % PH',
          },
          {
            say: 'Ceny: 1. TEPLO Třebíč 5 118 400 Kč, 2. Vytápění Horácko 5 263 900 Kč, 3. THERMO-JIH 5 540 000 Kč. MNNC bez nálezu.',
          },
        ],
      },
      {
        name: 'sestavovatel_zpravy',
        description: 'Sestavuje zprávu o posouzení a hodnocení nabídek',
        instructions: 'Slouč výsledky všech kontrol do zprávy a uveď každé zjištění.',
        prompt: 'Výsledky kontrol:\n{input}',
        replies: [
          {
            say: '## Zpráva o posouzení a hodnocení nabídek – TR-2027-044\n\n**Komise:** Ing. Pavel Kratochvíl, Mgr. Lenka Vávrová, Bc. Tomáš Hladík (čestná prohlášení podepsána 22. 2. 2027)\n\n**Kvalifikace:** splněna u všech tří účastníků.\n\n**Hodnocení (nejnižší cena bez DPH):**\n1. TEPLO Třebíč s.r.o. – 5 118 400 Kč\n2. Vytápění Horácko a.s. – 5 263 900 Kč\n3. THERMO-JIH s.r.o. – 5 540 000 Kč\n\nMNNC nezjištěna. Komise doporučuje zadavateli vybrat **TEPLO Třebíč s.r.o.**',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'overovatel_stretu_zajmu', to: 'sestavovatel_zpravy' },
      agent: 'sestavovatel_zpravy',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'prostejov-novy-jednatel-z-vypisu-podepisuje-smlouvu',
    title:
      'Ověřovatel rejstříku zjistí, že od 1. 2. 2027 je jednatelkou vybraného dodavatele Mgr. Petra Sedláčková místo Jana Doležala; smlouva se připravuje s ní, Doležal zůstává jen jako podpisující nabídky',
    domain: 'obecní veřejné zakázky – uzavření smlouvy',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: statutární orgán dodavatele se po podání nabídky změnil; nový jednatel je použit ve smlouvě, starý zmíněn jen jako ten, kdo podepsal nabídku',
    request:
      'Město Prostějov, VZ „Dodávka interaktivních tabulí pro ZŠ Palackého“ (PV-2027-021), vybraný dodavatel EDU-TECH Haná s.r.o. (nabídka ze 14. 1. 2027 podepsaná jednatelem Janem Doležalem, 1 486 000 Kč bez DPH). Lhůta pro námitky uplynula. Prověřte dodavatele a připravte kupní smlouvu k podpisu.',
    topology: {
      shape: 'network',
      coordinator: 'koordinator_smluv',
      workers: ['overovatel_rejstriku', 'pripravovatel_smlouvy'],
    },
    agents: [
      {
        name: 'koordinator_smluv',
        description: 'Koordinuje uzavírání smluv na veřejné zakázky',
        instructions: 'Nech prověřit dodavatele, pak připravit smlouvu se správnými údaji a uzavři.',
        replies: [
          {
            handoff: 'overovatel_rejstriku',
            message:
              'PV-2027-021: prověř EDU-TECH Haná s.r.o. (IČO 05327719) – aktuální výpis z OR, statutární orgán, evidence skutečných majitelů, nespolehlivý plátce DPH.',
          },
          {
            handoff: 'pripravovatel_smlouvy',
            message:
              'Kupní smlouva PV-2027-021: prodávající EDU-TECH Haná s.r.o., IČO 05327719, Vápenice 2980/7, Prostějov; za prodávajícího podepisuje **Mgr. Petra Sedláčková, jednatelka** (od 1. 2. 2027). Cena 1 486 000 Kč bez DPH, dodání do 60 dnů, záruka 36 měs.',
          },
          {
            say: 'PV-2027-021: dodavatel prověřen (bez nálezu, jednatelkou je od 1. 2. 2027 Mgr. Petra Sedláčková), kupní smlouva KS-2027/118 připravena k podpisu s ní. Nabídku v lednu podepsal tehdy oprávněný jednatel Jan Doležal, to je v pořádku.',
          },
        ],
      },
      {
        name: 'overovatel_rejstriku',
        description: 'Ověřuje dodavatele ve veřejných rejstřících',
        instructions: 'Ověř dodavatele v rejstřících a upozorni na změny.',
        replies: [
          {
            call: 'vypis_or',
            args: { ico: '05327719', platnost: 'aktualni' },
            result:
              'EDU-TECH Haná s.r.o., IČO 05327719, sídlo Vápenice 2980/7, 796 01 Prostějov\nStatutární orgán – jednatel:\n  Jan Doležal – výmaz 31. 1. 2027\n  Mgr. Petra Sedláčková – zápis 1. 2. 2027 (jedná samostatně)\nSpolečníci: Petra Sedláčková 60 %, Jan Doležal 40 %',
          },
          {
            call: 'kontrola_registru',
            args: { ico: '05327719', registry: ['ESM', 'nespolehlivy_platce'] },
            result:
              '{"esm": "zapsáno, skutečný majitel Petra Sedláčková (60 %)", "nespolehlivy_platce": "NE", "bankovni_ucty_zverejnene": ["2401774412/2010"]}',
          },
          {
            say: 'EDU-TECH Haná s.r.o.: **od 1. 2. 2027 je jedinou jednatelkou Mgr. Petra Sedláčková** (Jan Doležal vymazán 31. 1. 2027). Nabídku ze 14. 1. podepsal v té době oprávněný Doležal – platná. Smlouvu musí podepsat Sedláčková. ESM v pořádku, není nespolehlivým plátcem, zveřejněný účet 2401774412/2010.',
          },
        ],
      },
      {
        name: 'pripravovatel_smlouvy',
        description: 'Připravuje smlouvy ze vzorů města',
        instructions: 'Vyplň smlouvu podle zadání.',
        replies: [
          {
            call: 'vyplnit_smlouvu',
            args: {
              vzor: 'KS-dodavky-2026',
              prodavajici: 'EDU-TECH Haná s.r.o.',
              zastoupeni: 'Mgr. Petra Sedláčková, jednatelka',
              cena_bez_dph: 1486000,
              ucet: '2401774412/2010',
            },
            result:
              'KS-2027/118 vygenerována: cena 1 486 000,00 Kč bez DPH, 1 798 060,00 Kč s DPH; podpisová doložka: Mgr. Petra Sedláčková, jednatelka.',
          },
          {
            say: 'Kupní smlouva KS-2027/118 hotová: za prodávajícího Mgr. Petra Sedláčková, jednatelka; 1 798 060,00 Kč s DPH, platba na zveřejněný účet 2401774412/2010.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kladno-nedorucene-oznameni-priznano-a-poslano-postou',
    title:
      'Datová zpráva jednomu účastníkovi neodejde (schránka znepřístupněna); odesílatel to přizná, pošle oznámení doporučeně a referent lhůt počítá námitky od doručení 19. 2.',
    domain: 'obecní veřejné zakázky – doručování písemností',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: chyba doručení do datové schránky přiznaná a vyřešená doporučeným dopisem, lhůta spočítaná od pozdějšího doručení',
    request:
      'Statutární město Kladno, VZ „Údržba městské zeleně 2027–2029“ (KL-27-006). Rozešlete oznámení o výběru dodavatele (vybrán ZELEŇ Kladensko s.r.o.) všem třem účastníkům a řekněte mi, kdy nejdříve můžeme podepsat smlouvu.',
    topology: {
      shape: 'swarm',
      entry: 'odesilatel_pisemnosti',
      agents: ['odesilatel_pisemnosti', 'referent_lhut'],
    },
    agents: [
      {
        name: 'odesilatel_pisemnosti',
        description: 'Odesílá písemnosti zadavatele a hlídá jejich doručení',
        instructions: 'Odešli písemnost všem adresátům, vyřeš nedoručení a předej stav referentovi lhůt.',
        replies: [
          {
            call: 'odeslat_ds',
            args: { cj: 'MMK/VZ/1207/2027', prijemci: ['kz8p2wa', 'm3ty7rc', 'p0qhx5e'] },
            result: {
              error:
                'ISDS 1216 – schránka m3ty7rc (Sady a parky Slaný s.r.o.) znepřístupněna od 2027-02-09; zpráva nepodána. Ostatní: kz8p2wa DZ 1190771021 dodáno 2027-02-16 08:51, p0qhx5e DZ 1190771022 dodáno 2027-02-16 08:51.',
            },
          },
          {
            call: 'odeslat_postou',
            args: {
              cj: 'MMK/VZ/1207/2027',
              adresat: 'Sady a parky Slaný s.r.o., Wilsonova 1144, 274 01 Slaný',
              sluzba: 'doporucene_s_dodejkou',
            },
            result:
              'Podací arch 2027-02-16, podací číslo RR 884 213 507 CZ; dodejka zaevidována 2027-02-19 (převzato jednatelem).',
          },
          {
            handoff: 'referent_lhut',
            message:
              'Oznámení o výběru KL-27-006 (MMK/VZ/1207/2027): 2 účastníkům doručeno DS 16. 2. 2027; **Sady a parky Slaný má znepřístupněnou schránku, DS neodešla** – poslal jsem doporučeně s dodejkou (RR 884 213 507 CZ), převzato 19. 2. 2027. Lhůtu pro námitky prosím počítej od posledního doručení.',
          },
        ],
      },
      {
        name: 'referent_lhut',
        description: 'Počítá zákonné lhůty v zadávacím řízení',
        instructions: 'Spočítej lhůty a nejbližší den uzavření smlouvy.',
        replies: [
          {
            call: 'spocitat_lhutu',
            args: { od: '2027-02-19', dni: 15, posun_na_pracovni_den: true },
            result:
              '{"konec_raw": "2027-03-06", "den": "sobota", "konec": "2027-03-08", "nejdrive_uzavreni": "2027-03-09"}',
          },
          {
            say: '**KL-27-006 – kdy lze podepsat**\n\n| účastník | způsob | doručeno |\n|---|---|---|\n| ZELEŇ Kladensko s.r.o. | DS | 16. 2. 2027 |\n| Zahradnictví Buštěhrad s.r.o. | DS | 16. 2. 2027 |\n| Sady a parky Slaný s.r.o. | doporučeně (DS znepřístupněna) | 19. 2. 2027 |\n\nLhůta pro námitky běží od posledního doručení: 15 dnů → sobota 6. 3. → **pondělí 8. 3. 2027**. Smlouvu se ZELEŇ Kladensko lze uzavřít nejdříve **v úterý 9. 3. 2027**, pokud do té doby nedojdou námitky.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hodonin-vyzva-zmr-jednou-vracena-kratka-lhuta-opravena',
    title:
      'Revize výzvy k podání nabídek vrátí návrh jednou (lhůta 7 dní, směrnice chce 10 pracovních dnů, chybí pojištění); autor obojí opraví a revize schválí',
    domain: 'obecní veřejné zakázky – zakázky malého rozsahu',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: jedno kolo vrácení s konkrétními výtkami, opraveno a schváleno',
    request:
      'Město Hodonín, zakázka malého rozsahu „Oprava povrchu hřiště u ZŠ U Očovského parku“ (HO-ZMR-27-09), odhad 1 150 000 Kč bez DPH. Připravte výzvu k podání nabídek podle směrnice RM 3/2025, nechte ji zrevidovat a zveřejněte na profilu.',
    topology: {
      shape: 'pipeline',
      order: ['autor_vyzvy', 'revize_vyzvy', 'zverejnovatel_profil'],
      loop: { from: 'revize_vyzvy', to: 'autor_vyzvy', while: 'K PŘEPRACOVÁNÍ', max: 3 },
    },
    agents: [
      {
        name: 'autor_vyzvy',
        description: 'Připravuje výzvy k podání nabídek u zakázek malého rozsahu',
        instructions: 'Napiš výzvu, nebo ji uprav podle připomínek revize.',
        prompt: 'Podklad / připomínky revize:\n{input}\n\nZakázka: {request}',
        replies: [
          {
            say: 'Výzva k podání nabídek HO-ZMR-27-09 (návrh 1)\n- předmět: oprava povrchu hřiště, umělý povrch EPDM 1 240 m², odvodnění\n- lhůta pro podání nabídek: 7 dní od uveřejnění (do 8. 3. 2027 9:00)\n- kvalifikace: výpis z OR, 2 reference na sportovní povrchy za 3 roky\n- kritérium: nejnižší nabídková cena bez DPH\n- obchodní podmínky: SoD dle přílohy 2, záruka 60 měs.',
          },
          {
            say: 'Výzva k podání nabídek HO-ZMR-27-09 (návrh 2)\n- předmět: oprava povrchu hřiště, umělý povrch EPDM 1 240 m², odvodnění\n- lhůta pro podání nabídek: **10 pracovních dnů** od uveřejnění (do 15. 3. 2027 9:00)\n- kvalifikace: výpis z OR, 2 reference na sportovní povrchy za 3 roky\n- kritérium: nejnižší nabídková cena bez DPH\n- obchodní podmínky: SoD dle přílohy 2, záruka 60 měs., **pojištění odpovědnosti za škodu min. 2 000 000 Kč** (čl. 11 SoD)',
          },
        ],
      },
      {
        name: 'revize_vyzvy',
        description: 'Reviduje výzvy podle směrnice rady města',
        instructions: 'Odpověz „SCHVÁLENO: …“, nebo „K PŘEPRACOVÁNÍ: …“ s konkrétními připomínkami.',
        prompt: 'Návrh výzvy:\n{input}',
        replies: [
          {
            say: 'K PŘEPRACOVÁNÍ: (a) směrnice RM 3/2025 čl. 5 odst. 2 požaduje u stavebních prací nad 1 mil. Kč lhůtu min. 10 pracovních dnů, návrh má 7 dní; (b) chybí požadavek na pojištění odpovědnosti dodavatele (vzor SoD čl. 11, min. 2 mil. Kč).',
          },
          {
            say: 'SCHVÁLENO: návrh 2 – lhůta 10 pracovních dnů (do 15. 3. 2027 9:00) a pojištění 2 mil. Kč doplněny, ostatní beze změn. Lze zveřejnit.',
          },
        ],
      },
      {
        name: 'zverejnovatel_profil',
        description: 'Zveřejňuje výzvy na profilu zadavatele',
        instructions: 'Zveřejni schválenou výzvu a potvrď odkaz.',
        prompt: 'Výsledek revize:\n{input}',
        replies: [
          {
            call: 'zverejnit_na_profilu',
            args: { zakazka: 'HO-ZMR-27-09', verze: 'navrh_2', lhuta: '2027-03-15T09:00' },
            result:
              'Uveřejněno 01.03.2027 08:12, https://ezak.hodonin.eu/vz00002291, lhůta nabídek 15.03.2027 09:00.',
          },
          {
            say: 'Výzva HO-ZMR-27-09 (návrh 2) zveřejněna 1. 3. 2027: https://ezak.hodonin.eu/vz00002291, nabídky do 15. 3. 2027 9:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vyskov-okna-radnice-hranice-zmr-posouzena-bez-dph',
    title:
      'Rozpočet 7 139 000 Kč s DPH vypadá nad limitem ZMR pro stavební práce; klasifikátor správně porovná 5 900 000 Kč bez DPH s hranicí 6 mil. a zvolí režim malého rozsahu',
    domain: 'obecní veřejné zakázky – určení režimu zakázky',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: hranice se porovná s předpokládanou hodnotou bez DPH, jak zákon chce, i když zadání uvádí rozpočet s DPH nad limitem',
    request:
      'Město Vyškov chce vyměnit okna v budově radnice na Masarykově náměstí. Projektant udělal rozpočet 7 139 000 Kč včetně 21 % DPH. Určete, v jakém režimu se zakázka zadá, a rozjeďte to.',
    topology: {
      shape: 'branch',
      classifier: 'klasifikator_rezimu',
      routes: { ZMR: 'referent_zmr', PODLIMIT: 'referent_podlimitni' },
      after: 'kontrolor_postupu',
    },
    agents: [
      {
        name: 'klasifikator_rezimu',
        description: 'Určuje režim zadávání podle předpokládané hodnoty',
        instructions:
          'Spočítej předpokládanou hodnotu bez DPH vč. sčítání obdobných plnění a urči režim (ZMR / PODLIMIT).',
        replies: [
          {
            call: 'rozpocet_a_souvisejici_plneni',
            args: { akce: 'Výměna oken – radnice Masarykovo nám. 1', rok: 2027 },
            result:
              '{"rozpocet_bez_dph": 5900000.00, "dph_21": 1239000.00, "rozpocet_s_dph": 7139000.00, "obdobna_plneni_2027": [], "poznamka": "zateplení fasády radnice plánováno až 2029, samostatná akce v rozpočtovém výhledu"}',
          },
          {
            say: 'ZMR – předpokládaná hodnota se určuje **bez DPH**: 5 900 000 Kč (7 139 000 Kč s DPH). Hranice pro stavební práce je 6 000 000 Kč bez DPH, v roce 2027 nejsou žádná obdobná plnění ke sčítání (fasáda až 2029). Zakázka malého rozsahu, postup podle směrnice RM 3/2025.',
          },
        ],
      },
      {
        name: 'referent_zmr',
        description: 'Zadává zakázky malého rozsahu podle směrnice',
        instructions: 'Připrav postup zadání ZMR.',
        prompt: 'Určení režimu:\n{input}\n\nZadání: {request}',
        replies: [
          {
            call: 'zalozit_zakazku',
            args: { nazev: 'Výměna oken – radnice', rezim: 'ZMR', ph_bez_dph: 5900000, oslovit_min: 5 },
            result:
              'Zakázka VY-ZMR-2027-017 založena v E-ZAK, výzva ze šablony SM-3/2025-stav, navrženo 5 dodavatelů z databáze + uveřejnění na profilu.',
          },
          {
            say: 'VY-ZMR-2027-017 „Výměna oken – radnice“ založena jako ZMR (PH 5 900 000 Kč bez DPH). Podle směrnice nad 3 mil. Kč: výzva na profilu + oslovení 5 dodavatelů, lhůta 15 pracovních dnů, hodnotí komise o 3 členech.',
          },
        ],
      },
      {
        name: 'referent_podlimitni',
        description: 'Zadává podlimitní zakázky podle ZZVZ',
        instructions: 'Připrav zjednodušené podlimitní řízení.',
        replies: [{ say: 'Podlimitní řízení nepřipravuji – zakázka ke mně nepřišla.' }],
      },
      {
        name: 'kontrolor_postupu',
        description: 'Kontroluje soulad postupu se zákonem a směrnicí',
        instructions: 'Zkontroluj zvolený postup a shrň ho.',
        prompt: 'Navržený postup:\n{input}',
        replies: [
          {
            say: 'Postup pro VY-ZMR-2027-017 je v pořádku:\n- PH 5 900 000 Kč bez DPH < 6 000 000 Kč → **zakázka malého rozsahu** (§ 27 písm. b) ZZVZ), rozpočet s DPH 7 139 000 Kč je pro režim nerozhodný\n- dělení ani sčítání: fasáda 2029 je samostatná akce, v roce 2027 nic obdobného\n- dle směrnice RM 3/2025: uveřejnění na profilu + 5 oslovených, 15 pracovních dnů, tříčlenná komise.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'uherske-hradiste-poddodavatele-nikdo-neuvedl-kontrola-prazdna',
    title:
      'Fan-out kontrol nabídek: kontrola poddodavatelů proběhne a nemá co prověřit (nikdo poddodavatele neuvedl); zpravodaj komise to do zprávy uvede',
    domain: 'obecní veřejné zakázky – posouzení nabídek',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: větev fan-outu proběhla, ale nenašla nic k prověření (žádní poddodavatelé); výsledek je ve sloučení uveden',
    request:
      'Město Uherské Hradiště, VZ „Dodávka vybavení knihovny BMK“ (UH-2027-0062), nejnižší cena, 2 nabídky. Proveďte posouzení (kvalifikace, poddodavatelé, registry) a pošlete mi zprávu pro radu.',
    topology: {
      shape: 'fanout',
      planner: 'planovac_posouzeni',
      workers: ['posuzovatel_kvalifikace', 'posuzovatel_poddodavatelu', 'overovatel_registru'],
      aggregator: 'zpravodaj_komise',
    },
    agents: [
      {
        name: 'planovac_posouzeni',
        description: 'Rozděluje posouzení nabídek',
        instructions: 'Napiš zadání pro každou kontrolu.',
        replies: [
          {
            plan: {
              posuzovatel_kvalifikace:
                'UH-2027-0062: posuď kvalifikaci obou účastníků (KNIHSERVIS Morava s.r.o., Interiéry Kunovice a.s.) dle čl. 5 ZD.',
              posuzovatel_poddodavatelu:
                'UH-2027-0062: zkontroluj seznamy poddodavatelů v obou nabídkách (příloha 4 ZD) a jejich kvalifikaci, pokud jimi účastník něco prokazuje.',
              overovatel_registru:
                'UH-2027-0062: ověř oba účastníky v ESM, registru nespolehlivých plátců DPH a sankčních seznamech.',
            },
          },
        ],
      },
      {
        name: 'posuzovatel_kvalifikace',
        description: 'Posuzuje kvalifikaci',
        instructions: 'Posuď kvalifikaci podle ZD.',
        replies: [
          {
            call: 'posoudit_kvalifikaci',
            args: { zakazka: 'UH-2027-0062' },
            result:
              'KNIHSERVIS Morava s.r.o.: základní ✔ profesní ✔ technická ✔ (3 reference, 1,9 / 2,4 / 1,2 mil. Kč) | Interiéry Kunovice a.s.: základní ✔ profesní ✔ technická ✔ (4 reference)',
          },
          {
            say: 'Kvalifikace UH-2027-0062: oba účastníci splnili základní, profesní i technickou kvalifikaci.',
          },
        ],
      },
      {
        name: 'posuzovatel_poddodavatelu',
        description: 'Kontroluje poddodavatele účastníků',
        instructions: 'Zkontroluj poddodavatele a jejich kvalifikaci.',
        replies: [
          {
            call: 'nacti_prilohu_4',
            args: { zakazka: 'UH-2027-0062', priloha: 'seznam_poddodavatelu' },
            result:
              '[{"ucastnik": "KNIHSERVIS Morava s.r.o.", "priloha_4": "vyplněna – „plnění zajistíme vlastními kapacitami, poddodavatele nevyužijeme“"}, {"ucastnik": "Interiéry Kunovice a.s.", "priloha_4": "vyplněna – „bez poddodavatelů“"}]',
          },
          {
            say: 'Poddodavatelé UH-2027-0062: **žádný účastník poddodavatele neuvádí** (oba potvrdili v příloze 4 plnění vlastními kapacitami), kvalifikace se poddodavatelem neprokazuje → není co dál prověřovat.',
          },
        ],
      },
      {
        name: 'overovatel_registru',
        description: 'Ověřuje účastníky v registrech',
        instructions: 'Ověř registry.',
        replies: [
          {
            call: 'registry',
            args: { ico: ['26955229', '46347658'] },
            result:
              '26955229 ESM ok, nespolehlivý plátce NE, sankce NE | 46347658 ESM ok, nespolehlivý plátce NE, sankce NE',
          },
          {
            say: 'Registry: oba účastníci v ESM zapsáni, nejsou nespolehlivými plátci DPH, v sankčních seznamech nejsou.',
          },
        ],
      },
      {
        name: 'zpravodaj_komise',
        description: 'Sestavuje zprávu komise pro radu',
        instructions: 'Spoj všechny kontroly do zprávy.',
        prompt: 'Výsledky kontrol:\n{input}\n\nZadání: {request}',
        replies: [
          {
            say: '## UH-2027-0062 – zpráva o posouzení pro radu města\n\n| kontrola | KNIHSERVIS Morava s.r.o. | Interiéry Kunovice a.s. |\n|---|---|---|\n| kvalifikace | splněna | splněna |\n| poddodavatelé | neuvádí (vlastní kapacity) | neuvádí |\n| ESM / DPH / sankce | v pořádku | v pořádku |\n\nKontrola poddodavatelů neměla co prověřit – oba účastníci plní sami. Obě nabídky postupují do hodnocení podle nejnižší ceny.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pardubice-rozpoctar-spatna-sazba-dph-zachycena-vedoucim',
    title:
      'Rozpočtář nejprve přepočte nabídky s DPH 12 % místo 21 %; vedoucí hodnocení chybu zachytí a nechá výpočet zopakovat, dál jde jen opravená tabulka',
    domain: 'obecní veřejné zakázky – kontrola cen',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: první výpočet pracovníka se špatnou sazbou DPH zachycený jeho vedoucím a přepočtený dřív, než ho cokoli použilo',
    request:
      'Statutární město Pardubice, VZ „Nákup elektrobusů pro MHD – 2 ks“ (PA-2027-0190), předpokládaná hodnota 27 800 000 Kč bez DPH, schváleno v rozpočtu 33 638 000 Kč s DPH. Zjistěte, zda se nabídky vejdou do rozpočtu s DPH, a připravte podklady ke smlouvě.',
    topology: {
      shape: 'nested',
      top: 'tajemnik_uradu',
      teams: {
        vedouci_hodnoceni: ['rozpoctar'],
        vedouci_smluv: ['smluvni_pravnik'],
      },
    },
    agents: [
      {
        name: 'tajemnik_uradu',
        description: 'Tajemník magistrátu, předkládá rozhodnutí radě',
        instructions: 'Nech ověřit ceny vůči rozpočtu, pak připravit smlouvu a shrň.',
        replies: [
          {
            handoff: 'vedouci_hodnoceni',
            message:
              'PA-2027-0190: vejdou se nabídky do schválených 33 638 000 Kč s DPH? Potřebuji ceny s DPH a pořadí.',
          },
          {
            handoff: 'vedouci_smluv',
            message:
              'PA-2027-0190: připravte kupní smlouvu s ELEKTRA BUS Vysočina a.s., 26 940 000 Kč bez DPH / 32 597 400 Kč s DPH.',
          },
          {
            say: 'PA-2027-0190: nejnižší nabídka ELEKTRA BUS Vysočina a.s. 26 940 000 Kč bez DPH = **32 597 400 Kč s DPH**, vejde se do rozpočtu 33 638 000 Kč (rezerva 1 040 600 Kč). Druhá nabídka 34 485 000 Kč s DPH by rozpočet překročila. Kupní smlouva KS-DP-2027/07 připravena.',
          },
        ],
      },
      {
        name: 'vedouci_hodnoceni',
        description: 'Vede hodnocení a kontrolu cen',
        instructions: 'Nech rozpočtáře přepočítat ceny, výsledek zkontroluj a předej.',
        replies: [
          {
            handoff: 'rozpoctar',
            message: 'PA-2027-0190: přepočti obě nabídky na ceny s DPH a porovnej s rozpočtem 33 638 000 Kč.',
          },
          {
            handoff: 'rozpoctar',
            message:
              'Pozor, použil jsi 12 % – dodávka autobusů je v základní sazbě **21 %** (rozpočet 33 638 000 = 27 800 000 × 1,21). Přepočítej prosím znovu.',
          },
          {
            say: 'PA-2027-0190 (DPH 21 %):\n| účastník | bez DPH | s DPH | rozpočet 33 638 000 |\n|---|---|---|---|\n| ELEKTRA BUS Vysočina a.s. | 26 940 000 | 32 597 400 | vejde se |\n| SOR-TRANS Morava s.r.o. | 28 500 000 | 34 485 000 | překračuje o 847 000 |',
          },
        ],
      },
      {
        name: 'rozpoctar',
        description: 'Přepočítává ceny a hlídá rozpočet',
        instructions: 'Přepočítej ceny podle zadání.',
        replies: [
          {
            call: 'prepocet_dph',
            args: { zakazka: 'PA-2027-0190', sazba: 12 },
            result:
              '[{"ucastnik": "ELEKTRA BUS Vysočina a.s.", "bez_dph": 26940000, "s_dph": 30172800}, {"ucastnik": "SOR-TRANS Morava s.r.o.", "bez_dph": 28500000, "s_dph": 31920000}]',
          },
          {
            say: 'S DPH: ELEKTRA BUS 30 172 800 Kč, SOR-TRANS 31 920 000 Kč – obě pod rozpočtem 33 638 000 Kč.',
          },
          {
            call: 'prepocet_dph',
            args: { zakazka: 'PA-2027-0190', sazba: 21 },
            result:
              '[{"ucastnik": "ELEKTRA BUS Vysočina a.s.", "bez_dph": 26940000, "s_dph": 32597400}, {"ucastnik": "SOR-TRANS Morava s.r.o.", "bez_dph": 28500000, "s_dph": 34485000}]',
          },
          {
            say: 'Opraveno (21 %): ELEKTRA BUS 32 597 400 Kč – v rozpočtu; SOR-TRANS 34 485 000 Kč – nad rozpočtem o 847 000 Kč.',
          },
        ],
      },
      {
        name: 'vedouci_smluv',
        description: 'Vede oddělení smluv',
        instructions: 'Zajisti návrh smlouvy.',
        replies: [
          {
            handoff: 'smluvni_pravnik',
            message:
              'KS PA-2027-0190: prodávající ELEKTRA BUS Vysočina a.s., 2 elektrobusy, 26 940 000 Kč bez DPH / 32 597 400 Kč s DPH.',
          },
          { say: 'Kupní smlouva KS-DP-2027/07 připravena, cena 32 597 400 Kč s DPH.' },
        ],
      },
      {
        name: 'smluvni_pravnik',
        description: 'Píše smlouvy',
        instructions: 'Připrav smlouvu.',
        replies: [
          {
            call: 'sestavit_smlouvu',
            args: { vzor: 'KS-vozidla', prodavajici: 'ELEKTRA BUS Vysočina a.s.', cena_s_dph: 32597400 },
            result:
              'KS-DP-2027/07 sestavena: 2 ks elektrobus 12 m, 26 940 000,00 Kč bez DPH, DPH 21 % 5 657 400,00 Kč, celkem 32 597 400,00 Kč.',
          },
          { say: 'KS-DP-2027/07 sestavena: celkem 32 597 400,00 Kč s DPH, dodání do 10 měsíců.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch90Scenarios = [...faults, ...healthy];
