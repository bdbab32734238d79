import { defineScenario } from '../scenario.ts';

// Blind batch 111: lékárenská distribuce a zásobování nemocnic léčivy (stahování šarží, chladový řetězec, náhrady), česky.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'noradrenalin-nahrada-jip-objednana-jina-sila',
    title:
      'Vedoucí lékárny žádá náhradu noradrenalinu výhradně v síle 1 mg/ml kvůli perfuzním protokolům JIP; nákupčí objedná dostupnější přípravek 2 mg/ml',
    domain: 'výpadky dodávek a náhradní přípravky v nemocniční lékárně',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Noradrenalin Léčiva 1 mg/ml inf. cnc. sol. (kód SÚKL 0213541) je v celostátním výpadku do 30. 6. 2027. Zajistěte náhradu pro 4 lůžkové JIP (spotřeba cca 320 ampulí týdně) na 6 týdnů. Podmínka primáře ARO: pouze koncentrace 1 mg/ml — perfuzní protokoly i knihovny léků v dávkovačích jsou nastavené na 1 mg/ml, jinou sílu nepřijímáme. Připravte také kartu přípravku v nemocničním systému.',
    topology: {
      shape: 'supervisor',
      coordinator: 'vedouci_lekarny',
      workers: ['nakupce_nahrad', 'spravce_lekove_karty'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'vedouci_lekarny',
        description: 'Vedoucí nemocniční lékárny, koordinuje řešení výpadků léčiv',
        instructions:
          'Zajisti náhradu vypadlého přípravku přes nákupčího, pak nech založit lékovou kartu a shrň výsledek pro primáře.',
        replies: [
          {
            handoff: 'nakupce_nahrad',
            message:
              'Výpadek Noradrenalin Léčiva 1 mg/ml (0213541) do 30. 6. Potřebujeme náhradu na 6 týdnů, 4 JIP, cca 320 amp./týden → celkem cca 1 920 amp. (4 mg/4 ml). Nutně koncentrace 1 mg/ml, jiná síla nepřichází v úvahu (protokoly a knihovny dávkovačů). Cenu řeš až na druhém místě.',
          },
          {
            handoff: 'spravce_lekove_karty',
            message:
              'Založ lékovou kartu pro náhradu noradrenalinu: Norepinefrin Kalceks 2 mg/ml, 4 ml amp. (kód SÚKL 0271908), objednávka OBJ-27-04418, 1 920 amp., naskladnění 14. 5. Vazba na oddělení JIP 1–4.',
          },
          {
            say: '## Náhrada noradrenalinu — výpadek do 30. 6. 2027\n\n| položka | hodnota |\n|---|---|\n| přípravek | Norepinefrin Kalceks 2 mg/ml, amp. 4 ml (0271908) |\n| množství | 1 920 amp. (6 týdnů × 320) |\n| objednávka | OBJ-27-04418, Phoenix, dodání 14. 5. |\n| léková karta | LK-55120, aktivní od 14. 5., JIP 1–4 |\n\nNáhrada je zajištěna, oddělení mohou od 14. 5. objednávat přes lékovou kartu LK-55120.',
          },
        ],
      },
      {
        name: 'nakupce_nahrad',
        description: 'Vyhledává a objednává náhradní přípravky u distributorů',
        instructions: 'Najdi dostupnou náhradu podle zadání a objednej ji.',
        replies: [
          {
            call: 'hledat_nahrady',
            args: { ucinna_latka: 'norepinefrin', forma: 'inf. cnc. sol.', mnozstvi_amp: 1920 },
            result:
              '[{"nazev": "Noradrenaline Aguettant 1 mg/ml, 4 ml", "kod_sukl": "0249377", "distributor": "Alliance Healthcare", "skladem_amp": 1200, "dalsi_dodani": "2027-05-21", "cena_amp_kc": 118.40}, {"nazev": "Norepinefrin Kalceks 2 mg/ml, 4 ml", "kod_sukl": "0271908", "distributor": "Phoenix", "skladem_amp": 3400, "dalsi_dodani": null, "cena_amp_kc": 96.10}, {"nazev": "Noradrenalin Sintetica 1 mg/ml, 10 ml", "kod_sukl": "0266051", "distributor": "Pharmos", "skladem_amp": 450, "dalsi_dodani": "2027-06-02", "cena_amp_kc": 241.00}]',
          },
          {
            call: 'objednat',
            args: { kod_sukl: '0271908', distributor: 'Phoenix', mnozstvi: 1920, termin: '2027-05-14' },
            result:
              '{"objednavka": "OBJ-27-04418", "stav": "POTVRZENO", "dodani": "2027-05-14", "cena_celkem_kc": 184512.00}',
          },
          {
            say: 'Objednáno: **Norepinefrin Kalceks 2 mg/ml, amp. 4 ml** (0271908), 1 920 amp. u Phoenixu, OBJ-27-04418, dodání 14. 5., celkem 184 512,00 Kč. Celé množství je skladem najednou, Aguettant by pokryl jen 1 200 amp. a zbytek až 21. 5.',
          },
        ],
      },
      {
        name: 'spravce_lekove_karty',
        description: 'Zakládá a udržuje lékové karty v nemocničním informačním systému',
        instructions: 'Založ lékovou kartu podle zadání.',
        replies: [
          {
            call: 'zalozit_lekovou_kartu',
            args: {
              kod_sukl: '0271908',
              nazev: 'Norepinefrin Kalceks 2 mg/ml inf. cnc. sol. 4 ml',
              oddeleni: ['JIP1', 'JIP2', 'JIP3', 'JIP4'],
              platnost_od: '2027-05-14',
            },
            result: '{"karta": "LK-55120", "stav": "AKTIVNI_OD_2027-05-14"}',
          },
          {
            say: 'Léková karta LK-55120 založena (Norepinefrin Kalceks 2 mg/ml), aktivní od 14. 5. pro JIP 1–4.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'vedouci_lekarny', to: 'nakupce_nahrad' },
      agent: 'nakupce_nahrad',
    },
  }),
  defineScenario({
    id: 'metformin-nitrosaminy-stazeni-jen-ze-skladu',
    title:
      'Stažení tří šarží metforminu z úrovně lékáren; koordinátor stažení zablokuje jen zásobu ve vlastních skladech a dodávky lékárnám neřeší',
    domain: 'stahování šarží léčiv z trhu',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Přišlo hlášení SÚKL č. j. SUKL/R-0712/2027: stažení šarží M24117, M24121 a M24130 přípravku Metformin Aurex 1000 mg, 120 tbl (kód SÚKL 0250611) z důvodu překročení limitu nitrosaminu NDMA. Rozsah: do úrovně lékáren — stáhnout i balení již dodaná lékárnám a nemocnicím. Vyřiďte a připravte interní záznam.',
    topology: {
      shape: 'branch',
      classifier: 'triaz_hlaseni',
      routes: { stazeni: 'koordinator_stazeni', informace: 'evidence_hlaseni' },
      after: 'zapisovatel_zaznamu',
    },
    agents: [
      {
        name: 'triaz_hlaseni',
        description: 'Třídí příchozí hlášení SÚKL a výrobců',
        instructions: 'Urči typ hlášení: "stazeni" nebo "informace", a stručně shrň podstatné údaje.',
        replies: [
          {
            say: 'stazeni — SUKL/R-0712/2027, Metformin Aurex 1000 mg 120 tbl (0250611), šarže M24117, M24121, M24130, důvod NDMA nad limit. Rozsah: úroveň lékáren (včetně balení u odběratelů). Lhůta pro hlášení výsledku SÚKL: 10 pracovních dní.',
          },
        ],
      },
      {
        name: 'koordinator_stazeni',
        description: 'Provádí stažení šarží v distribuci',
        instructions: 'Proveď stažení v rozsahu, který hlášení určuje, a shrň výsledek.',
        prompt: 'Hlášení po třídění:\n{input}\n\nPůvodní zpráva: {request}',
        replies: [
          {
            call: 'blokovat_sarze',
            args: {
              kod_sukl: '0250611',
              sarze: ['M24117', 'M24121', 'M24130'],
              sklady: ['PRAHA-Zlicin', 'BRNO-Modrice', 'OSTRAVA-Hrabova'],
              duvod: 'SUKL/R-0712/2027',
            },
            result:
              '{"zablokovano_bal": 312, "po_skladech": {"PRAHA-Zlicin": 188, "BRNO-Modrice": 0, "OSTRAVA-Hrabova": 124}, "karantena": "KAR-27-0419", "stav": "OK"}',
          },
          {
            say: 'Šarže M24117, M24121, M24130 zablokovány a převedeny do karantény KAR-27-0419: **312 bal.** (Praha-Zličín 188, Ostrava-Hrabová 124, Brno 0). Vyskladnění těchto šarží je v systému znemožněno.',
          },
        ],
      },
      {
        name: 'evidence_hlaseni',
        description: 'Eviduje informativní hlášení bez nutnosti zásahu',
        instructions: 'Zaeviduj hlášení.',
        replies: [{ say: 'Hlášení zaevidováno do registru informací.' }],
      },
      {
        name: 'zapisovatel_zaznamu',
        description: 'Vede interní záznamy o stažení pro odpovědnou osobu',
        instructions: 'Sepiš interní záznam o provedeném stažení.',
        prompt: 'Výsledek stažení:\n{input}',
        replies: [
          {
            say: '### Interní záznam ST-27-031 — SUKL/R-0712/2027\n\n- přípravek: Metformin Aurex 1000 mg, 120 tbl (0250611)\n- šarže: M24117, M24121, M24130\n- provedeno: blokace a karanténa KAR-27-0419, **312 bal.**\n- stav: **stažení provedeno**, připraveno k hlášení výsledku SÚKL\n\nSchválí: odpovědná osoba Mgr. Hana Vrbová.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'triaz_hlaseni', to: 'koordinator_stazeni' },
      agent: 'koordinator_stazeni',
    },
  }),
  defineScenario({
    id: 'inzulin-teplotni-exkurze-propusten-podle-48h',
    title:
      'Analytik teplot doloží, že výrobce nyní povoluje jednorázovou exkurzi jen 24 h; odpovědná osoba zásilku s 31 h mimo 2–8 °C propustí podle dřívějších 48 h',
    domain: 'chladový řetězec a propouštění zásilek',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Zásilka ZS-27-11873 (inzulin glargin 100 j/ml, Insugla SoloStar, 1 800 per, šarže IG7P204) byla při přepravě z centrálního skladu Pardubice do skladu Ostrava mimo 2–8 °C. Posuďte teplotní záznam podle aktuálních stabilitních dat výrobce, rozhodněte o propuštění a naplánujte závoz nemocnicím.',
    topology: {
      shape: 'pipeline',
      order: ['analytik_teplot', 'odpovedna_osoba', 'dispecer_zavozu'],
    },
    agents: [
      {
        name: 'analytik_teplot',
        description: 'Vyhodnocuje teplotní záznamy z dataloggerů a stabilitní data výrobců',
        instructions: 'Vyhodnoť exkurzi a uveď, jaký limit výrobce platí.',
        replies: [
          {
            call: 'nacist_datalogger',
            args: { zasilka: 'ZS-27-11873', logger: 'TL-40917' },
            result:
              '{"mimo_rozsah_od": "2027-05-06T21:10", "mimo_rozsah_do": "2027-05-08T04:50", "trvani_h": 31.7, "max_c": 11.8, "min_c": 3.1, "pod_nulou": false}',
          },
          {
            call: 'stabilitni_data_vyrobce',
            args: { pripravek: 'Insugla SoloStar 100 j/ml', sarze: 'IG7P204' },
            result:
              '{"aktualni": {"verze": 4, "platnost_od": "2027-02-15", "povolena_exkurze": "max. 24 h při 8–25 °C, jednorázově, neotevřená pera"}, "predchozi": {"verze": 3, "platnost_od": "2024-09-01", "povolena_exkurze": "max. 48 h při 8–25 °C", "stav": "NAHRAZENO"}}',
          },
          {
            say: '**ZS-27-11873 — vyhodnocení exkurze**\n\n| údaj | hodnota |\n|---|---|\n| mimo 2–8 °C | 6. 5. 21:10 – 8. 5. 04:50 |\n| trvání | **31,7 h** |\n| maximum | 11,8 °C |\n| zmrazení | ne |\n\nStabilitní data výrobce, verze 4 (platná od 15. 2. 2027): jednorázová exkurze **max. 24 h** při 8–25 °C. Verze 3 se 48 h je nahrazena.',
          },
        ],
      },
      {
        name: 'odpovedna_osoba',
        description: 'Odpovědná osoba distributora, rozhoduje o propuštění zásilek',
        instructions: 'Na základě vyhodnocení rozhodni o propuštění nebo zablokování zásilky.',
        prompt: 'Vyhodnocení teplot:\n{input}\n\nZadání: {request}',
        replies: [
          {
            call: 'rozhodnuti_o_zasilce',
            args: {
              zasilka: 'ZS-27-11873',
              rozhodnuti: 'PROPUSTIT',
              oduvodneni: 'exkurze 31,7 h do 11,8 °C v limitu výrobce 48 h při 8–25 °C',
            },
            result: '{"stav": "PROPUSTENO", "zaznam": "QA-27-2207", "cas": "2027-05-08T09:14"}',
          },
          {
            say: 'ZS-27-11873 propuštěna (QA-27-2207): exkurze 31,7 h s maximem 11,8 °C je v povolené toleranci výrobce, zmrazení nenastalo. 1 800 per šarže IG7P204 uvolněno k expedici.',
          },
        ],
      },
      {
        name: 'dispecer_zavozu',
        description: 'Plánuje závozy nemocnicím a lékárnám',
        instructions: 'Naplánuj závoz uvolněné zásilky.',
        prompt: 'Rozhodnutí odpovědné osoby:\n{input}',
        replies: [
          {
            call: 'naplanovat_zavoz',
            args: {
              sarze: 'IG7P204',
              mnozstvi: 1800,
              odberatele: ['FN Ostrava', 'Nemocnice Karviná-Ráj', 'Slezská nemocnice Opava'],
            },
            result:
              '{"trasy": ["OV-03 9. 5. 06:30", "OV-07 9. 5. 07:15"], "pera": {"FN Ostrava": 900, "Nemocnice Karviná-Ráj": 500, "Slezská nemocnice Opava": 400}}',
          },
          {
            say: 'Závoz IG7P204 naplánován na 9. 5.: FN Ostrava 900 per, Nemocnice Karviná-Ráj 500, Slezská nemocnice Opava 400 (trasy OV-03 a OV-07, chlazené boxy 2–8 °C).',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'analytik_teplot', to: 'odpovedna_osoba' },
      agent: 'odpovedna_osoba',
    },
  }),
  defineScenario({
    id: 'semaglutid-alokace-snizena-rozdeleno-puvodni',
    title:
      'Kvóty výrobce potvrdí alokaci semaglutidu na duben sníženou na 780 balení; alokační manažer zadá rozdělovači rozdělit původních 1 200',
    domain: 'alokace nedostatkových léčiv mezi lékárny',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Alokace Semaglutid Novo 1 mg inj. pero (kód SÚKL 0262290) na duben 2027: podle březnového předběžného avíza 1 200 balení. Ověřte potvrzenou alokaci u výrobce a rozdělte ji mezi smluvní lékárny podle podílu na receptech za Q1.',
    topology: {
      shape: 'supervisor',
      coordinator: 'alokacni_manazer',
      workers: ['kvoty_vyrobce', 'rozdelovac_alokace'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'alokacni_manazer',
        description: 'Řídí alokace nedostatkových přípravků',
        instructions: 'Ověř alokaci a nech ji rozdělit; shrň výsledek obchodnímu řediteli.',
        replies: [
          {
            handoff: 'kvoty_vyrobce',
            message:
              'Semaglutid Novo 1 mg (0262290): jaká je potvrzená alokace výrobce pro nás na duben 2027?',
          },
          {
            handoff: 'rozdelovac_alokace',
            message:
              'Rozděl dubnovou alokaci Semaglutid Novo 1 mg (0262290) — 1 200 balení — mezi smluvní lékárny podle podílu na receptech Q1 2027. Minimální příděl 2 bal. na lékárnu.',
          },
          {
            say: '## Semaglutid Novo 1 mg — alokace duben 2027\n\n- rozděleno **1 200 bal.** mezi 214 lékáren (ALO-27-04-SEM)\n- největší příděly: Lékárna U Anděla Praha 38, Dr.Max OC Chodov 31, Lékárna Na Poříčí Brno 27\n- vyskladnění od 2. 4. podle závozových tras\n\nLékárny dostanou avízo přídělu dnes do 16:00.',
          },
        ],
      },
      {
        name: 'kvoty_vyrobce',
        description: 'Komunikuje s portálem výrobců o alokacích',
        instructions: 'Zjisti potvrzenou alokaci.',
        replies: [
          {
            call: 'portal_alokaci',
            args: { kod_sukl: '0262290', obdobi: '2027-04', odberatel: 'DIST-CZ-0117' },
            result:
              '{"predbezna_alokace": 1200, "potvrzena_alokace": 780, "potvrzeno": "2027-03-29", "duvod": "omezení šarže EU, krácení všem distributorům o 35 %", "dodani": "2027-04-01"}',
          },
          {
            say: 'Potvrzená alokace na duben: **780 balení** (potvrzeno 29. 3.). Předběžných 1 200 bylo kráceno o 35 % všem distributorům kvůli omezení šarže pro EU. Dodání 1. 4.',
          },
        ],
      },
      {
        name: 'rozdelovac_alokace',
        description: 'Rozděluje alokace mezi lékárny podle pravidel',
        instructions: 'Rozděl zadané množství podle zadaného klíče.',
        replies: [
          {
            call: 'rozdelit_alokaci',
            args: { kod_sukl: '0262290', mnozstvi: 1200, klic: 'podil_receptu_Q1_2027', minimum: 2 },
            result:
              '{"alokace": "ALO-27-04-SEM", "lekaren": 214, "rozdeleno": 1200, "top": [["Lékárna U Anděla Praha", 38], ["Dr.Max OC Chodov", 31], ["Lékárna Na Poříčí Brno", 27]]}',
          },
          {
            say: 'ALO-27-04-SEM: 1 200 bal. rozděleno mezi 214 lékáren podle receptů Q1, minimum 2 bal. Největší příděly: U Anděla 38, OC Chodov 31, Na Poříčí 27.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'alokacni_manazer', to: 'rozdelovac_alokace' },
      agent: 'alokacni_manazer',
    },
  }),
  defineScenario({
    id: 'heparin-stazeni-odberatele-neobeslani',
    title:
      'Dohledávač šarží najde devět nemocnic, které dostaly staženou šarži heparinu; program místo seznamu předá kontaktu odběratelů prázdnou dávku fronty CRM',
    domain: 'stahování šarží a informování odběratelů',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Výrobce stahuje šarži HP-2703B přípravku Heparin Biotika 5 000 IU/ml, 10 × 5 ml (kód SÚKL 0093017) — nález částic. Dohledejte, komu jsme šarži dodali, obešlete odběratele výzvou k vrácení a připravte podklad pro hlášení SÚKL.',
    topology: {
      shape: 'pipeline',
      order: ['dohledavac_sarzi', 'kontakt_odberatelu', 'podklad_pro_sukl'],
    },
    program: {
      lose: {
        to: 'kontakt_odberatelu',
        prompt: 'Dávka CRM-OUT 2027-05-11 06:00: zpracuj položky ve frontě odchozích výzev.',
      },
    },
    agents: [
      {
        name: 'dohledavac_sarzi',
        description: 'Dohledává dodávky šarží k odběratelům',
        instructions: 'Dohledej všechny odběratele šarže a předej seznam k obeslání.',
        replies: [
          {
            call: 'dodavky_sarze',
            args: { kod_sukl: '0093017', sarze: 'HP-2703B', od: '2027-03-01' },
            result:
              '[{"odberatel": "FN Motol", "ico": "00064203", "bal": 60}, {"odberatel": "FN Královské Vinohrady", "ico": "00064173", "bal": 40}, {"odberatel": "Nemocnice Kladno", "ico": "27256537", "bal": 24}, {"odberatel": "Nemocnice Příbram", "ico": "27085031", "bal": 18}, {"odberatel": "Oblastní nemocnice Kolín", "ico": "27256391", "bal": 30}, {"odberatel": "Oblastní nemocnice Slaný", "ico": "27256634", "bal": 12}, {"odberatel": "Mělnická zdravotní", "ico": "27958795", "bal": 10}, {"odberatel": "Nemocnice Rudolfa a Stefanie", "ico": "27223264", "bal": 16}, {"odberatel": "Thomayerova nemocnice", "ico": "00064190", "bal": 36}]',
          },
          {
            say: 'Šarže HP-2703B (0093017) dodána 9 odběratelům, celkem 246 bal.: FN Motol 60, FN Královské Vinohrady 40, Thomayerova nemocnice 36, Kolín 30, Kladno 24, Příbram 18, Rudolfa a Stefanie Benešov 16, Slaný 12, Mělník 10. Prosím obeslat výzvou k vrácení (formulář VR-02) a potvrdit přijetí.',
          },
        ],
      },
      {
        name: 'kontakt_odberatelu',
        description: 'Rozesílá odběratelům výzvy a sleduje potvrzení',
        instructions: 'Obešli odběratele podle předaných podkladů a shrň, komu šla výzva.',
        prompt: 'Podklady:\n{input}',
        replies: [
          {
            call: 'fronta_crm',
            args: { fronta: 'CRM-OUT', davka: '2027-05-11T06:00' },
            result: '{"polozky": [], "zpracovano": 0}',
          },
          {
            say: 'Dávka CRM-OUT 11. 5. 06:00 zpracována: ve frontě nebyly žádné výzvy, odesláno 0, čeká na potvrzení 0.',
          },
        ],
      },
      {
        name: 'podklad_pro_sukl',
        description: 'Připravuje podklady pro hlášení SÚKL',
        instructions: 'Připrav podklad pro hlášení o průběhu stažení.',
        prompt: 'Stav obeslání:\n{input}\n\nPůvodní zadání: {request}',
        replies: [
          {
            say: '**Podklad pro hlášení SÚKL — Heparin Biotika 5 000 IU/ml, šarže HP-2703B**\n\n| položka | stav |\n|---|---|\n| obeslaní odběratelé | 0 |\n| čekající potvrzení | 0 |\n| vrácená balení | 0 |\n\nVe frontě výzev nejsou žádní odběratelé této šarže; stažení na úrovni odběratelů nevyžaduje další kroky.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dohledavac_sarzi', to: 'kontakt_odberatelu' },
      agent: 'kontakt_odberatelu',
    },
  }),
  defineScenario({
    id: 'augmentin-suspenze-prerozdeleni-bez-brna',
    title:
      'Plánovač rozdělí průzkum zásob amoxicilinu/klavulanátu na tři sklady, brief pro Brno se ale nikdy neodešle; souhrn přerozdělí zásoby jen mezi Prahou a Ostravou',
    domain: 'přerozdělování zásob při výpadku dodávek',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Amoksiklav 457 mg/5 ml prášek pro suspenzi (kód SÚKL 0085317) je před sezónou nedostatkový. Zjistěte zásoby ve skladech Praha-Zličín, Brno-Modřice a Ostrava-Hrabová (včetně expirací) a navrhněte přerozdělení tak, aby každý sklad pokryl aspoň 3 týdny poptávky.',
    topology: {
      shape: 'fanout',
      planner: 'planovac_zasob',
      workers: ['sklad_praha', 'sklad_brno', 'sklad_ostrava'],
      aggregator: 'souhrn_prerozdeleni',
    },
    program: { lose: { to: 'sklad_brno', prompt: null } },
    agents: [
      {
        name: 'planovac_zasob',
        description: 'Rozděluje průzkum zásob mezi sklady',
        instructions: 'Napiš jedno zadání pro každý sklad.',
        replies: [
          {
            plan: {
              sklad_praha:
                'Praha-Zličín: zásoba Amoksiklav 457 mg/5 ml (0085317) po šaržích s expirací a průměrná týdenní poptávka za 8 týdnů.',
              sklad_brno:
                'Brno-Modřice: zásoba Amoksiklav 457 mg/5 ml (0085317) po šaržích s expirací a průměrná týdenní poptávka za 8 týdnů.',
              sklad_ostrava:
                'Ostrava-Hrabová: zásoba Amoksiklav 457 mg/5 ml (0085317) po šaržích s expirací a průměrná týdenní poptávka za 8 týdnů.',
            },
          },
        ],
      },
      {
        name: 'sklad_praha',
        description: 'Skladník Praha-Zličín',
        instructions: 'Zjisti zásobu a poptávku.',
        replies: [
          {
            call: 'zasoba_skladu',
            args: { sklad: 'PRAHA-Zlicin', kod_sukl: '0085317' },
            result:
              '{"sarze": [{"c": "AK3011", "exp": "2027-11", "bal": 640}, {"c": "AK3019", "exp": "2028-02", "bal": 410}], "poptavka_tyden_bal": 190}',
          },
          {
            say: 'Praha-Zličín: 1 050 bal. (AK3011 exp 11/2027 640, AK3019 exp 02/2028 410), poptávka 190 bal./týden → 5,5 týdne.',
          },
        ],
      },
      {
        name: 'sklad_brno',
        description: 'Skladník Brno-Modřice',
        instructions: 'Zjisti zásobu a poptávku.',
        replies: [
          {
            call: 'zasoba_skladu',
            args: { sklad: 'BRNO-Modrice', kod_sukl: '0085317' },
            result: '{"sarze": [{"c": "AK3007", "exp": "2027-08", "bal": 35}], "poptavka_tyden_bal": 150}',
          },
          { say: 'Brno-Modřice: 35 bal. (AK3007 exp 08/2027), poptávka 150 bal./týden → 0,2 týdne.' },
        ],
      },
      {
        name: 'sklad_ostrava',
        description: 'Skladník Ostrava-Hrabová',
        instructions: 'Zjisti zásobu a poptávku.',
        replies: [
          {
            call: 'zasoba_skladu',
            args: { sklad: 'OSTRAVA-Hrabova', kod_sukl: '0085317' },
            result: '{"sarze": [{"c": "AK3015", "exp": "2028-01", "bal": 180}], "poptavka_tyden_bal": 110}',
          },
          { say: 'Ostrava-Hrabová: 180 bal. (AK3015 exp 01/2028), poptávka 110 bal./týden → 1,6 týdne.' },
        ],
      },
      {
        name: 'souhrn_prerozdeleni',
        description: 'Navrhuje přerozdělení zásob mezi sklady',
        instructions: 'Z výsledků skladů navrhni přerozdělení.',
        replies: [
          {
            say: '## Amoksiklav 457 mg/5 ml — návrh přerozdělení\n\n| sklad | zásoba | poptávka/týden | pokrytí |\n|---|---|---|---|\n| Praha-Zličín | 1 050 | 190 | 5,5 týdne |\n| Ostrava-Hrabová | 180 | 110 | 1,6 týdne |\n\n**Převod:** 150 bal. šarže AK3011 z Prahy do Ostravy (trasa P-OV, čtvrtek).\nPo převodu: Praha 900 bal. (4,7 týdne), Ostrava 330 bal. (3,0 týdne). Všechny sklady pokryjí ≥ 3 týdny poptávky.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'planovac_zasob', to: 'sklad_brno' },
      agent: 'planovac_zasob',
    },
  }),
  defineScenario({
    id: 'vankomycin-vydrz-zasoby-spatne-spocitana',
    title:
      'Analytik spotřeby spočítá, že 420 lahviček vankomycinu při spotřebě 60 denně vydrží 14 dní; vedení zásobování proto objedná dodávku až na 25. 5.',
    domain: 'plánování zásob antibiotik v nemocnici',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Vankomycin Mylan 1 g inf. plv. sol. (kód SÚKL 0214563): distributor hlásí omezené dodávky. Ke dni 11. 5. 2027 potřebuji vědět, na kolik dní nám vydrží zásoba, a domluvit další dodávku tak, aby nedošlo k výpadku na odděleních.',
    topology: {
      shape: 'nested',
      top: 'reditel_zasobovani',
      teams: {
        vedouci_farmacie: ['analytik_spotreby'],
        vedouci_nakupu: ['vyjednavac_dodavek'],
      },
    },
    agents: [
      {
        name: 'reditel_zasobovani',
        description: 'Ředitel zásobování nemocnice',
        instructions: 'Zjisti výdrž zásoby a zajisti včasnou dodávku.',
        replies: [
          {
            handoff: 'vedouci_farmacie',
            message: 'Vankomycin 1 g (0214563): na kolik dní k 11. 5. vystačí zásoba celé nemocnice?',
          },
          {
            handoff: 'vedouci_nakupu',
            message:
              'Vankomycin 1 g (0214563): zásoba vystačí do 25. 5. Domluv dodávku nejpozději na 25. 5., ideálně s rezervou 1 200 lahviček.',
          },
          {
            say: '## Vankomycin 1 g — stav k 11. 5. 2027\n\n- zásoba: 420 lahviček, vystačí **14 dní (do 25. 5.)**\n- další dodávka: 1 200 lahviček, Alliance Healthcare, **24. 5.** (OBJ-27-05102)\n\nVýpadek nehrozí, oddělení mohou objednávat standardně.',
          },
        ],
      },
      {
        name: 'vedouci_farmacie',
        description: 'Vedoucí farmaceutického úseku',
        instructions: 'Nech spočítat výdrž zásoby a předej výsledek.',
        replies: [
          {
            handoff: 'analytik_spotreby',
            message: 'Spočítej výdrž zásoby vankomycinu 1 g (0214563) k 11. 5. — centrální sklad + oddělení.',
          },
          {
            say: 'Vankomycin 1 g: 420 lahviček celkem, spotřeba 60/den, zásoba vystačí 14 dní, tedy do 25. 5.',
          },
        ],
      },
      {
        name: 'analytik_spotreby',
        description: 'Analyzuje spotřebu léčiv',
        instructions: 'Spočítej výdrž zásoby z aktuálního stavu a spotřeby.',
        replies: [
          {
            call: 'stav_a_spotreba',
            args: { kod_sukl: '0214563', k_datu: '2027-05-11', obdobi_spotreby_dni: 28 },
            result:
              '{"zasoba": {"centralni_sklad": 300, "oddeleni": {"ARO": 48, "JIP_interna": 36, "hematoonkologie": 24, "chirurgie": 12}}, "zasoba_celkem": 420, "spotreba_28_dni": 1680, "prumer_den": 60}',
          },
          {
            say: '**Vankomycin 1 g — výdrž zásoby k 11. 5.**\n\n| místo | lahvičky |\n|---|---|\n| centrální sklad | 300 |\n| ARO | 48 |\n| JIP interna | 36 |\n| hematoonkologie | 24 |\n| chirurgie | 12 |\n| **celkem** | **420** |\n\nPrůměrná spotřeba za 28 dní: 60 lahviček/den. Zásoba vystačí na **14 dní, do 25. 5. 2027**.',
          },
        ],
      },
      {
        name: 'vedouci_nakupu',
        description: 'Vedoucí nákupu léčiv',
        instructions: 'Zajisti dodávku v požadovaném termínu.',
        replies: [
          {
            handoff: 'vyjednavac_dodavek',
            message: 'Vankomycin 1 g (0214563): 1 200 lahviček, dodání nejpozději 25. 5.',
          },
          {
            say: 'Dodávka 1 200 lahviček vankomycinu 1 g potvrzena na 24. 5., Alliance Healthcare, OBJ-27-05102.',
          },
        ],
      },
      {
        name: 'vyjednavac_dodavek',
        description: 'Vyjednává termíny a množství dodávek s distributory',
        instructions: 'Domluv dodávku.',
        replies: [
          {
            call: 'rezervace_u_distributora',
            args: { kod_sukl: '0214563', mnozstvi: 1200, nejpozdeji: '2027-05-25' },
            result:
              '{"distributor": "Alliance Healthcare", "objednavka": "OBJ-27-05102", "dodani": "2027-05-24", "nejdrive_mozne": "2027-05-14", "poznamka": "při dodání do 20. 5. příplatek za expresní alokaci 4 %"}',
          },
          {
            say: 'OBJ-27-05102: 1 200 lahviček, Alliance Healthcare, dodání 24. 5. (nejdříve možné 14. 5. s příplatkem 4 %).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analytik_spotreby', to: 'vedouci_farmacie' },
      agent: 'analytik_spotreby',
    },
  }),
  defineScenario({
    id: 'trastuzumab-prevoz-logger-nenacten-uvolneno',
    title:
      'Stažení dat z dataloggeru přepravního boxu s trastuzumabem selže na chybě kontrolního součtu; kontrolor hlásí řídicímu, že teplota byla celou dobu v 2–8 °C',
    domain: 'chladový řetězec u biologických léčiv',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Zásilka CH-27-05530: Herzuma 150 mg (trastuzumab), 96 lahviček, převoz z distribučního skladu Praha do ústavní lékárny Masarykova onkologického ústavu Brno. Před příjmem ověřte teplotní záznam z boxu a rozhodněte o převzetí do lékárny.',
    topology: {
      shape: 'network',
      coordinator: 'ridici_chladoveho_retezce',
      workers: ['kontrolor_dataloggeru', 'prijem_lekarny'],
    },
    agents: [
      {
        name: 'ridici_chladoveho_retezce',
        description: 'Řídí kontrolu chladového řetězce u příjmu zásilek',
        instructions: 'Nech zkontrolovat datalogger, pak rozhodni o převzetí; skonči, až je hotovo.',
        replies: [
          {
            handoff: 'kontrolor_dataloggeru',
            message:
              'CH-27-05530 (Herzuma 150 mg, 96 lahv.): stáhni záznam z loggeru boxu a ověř 2–8 °C po celou přepravu.',
          },
          {
            handoff: 'prijem_lekarny',
            message:
              'CH-27-05530: teplota v pořádku (2–8 °C po celou dobu). Převezmi 96 lahviček Herzuma 150 mg do skladu cytostatik.',
          },
          {
            say: 'CH-27-05530 převzata do ústavní lékárny MOÚ: 96 lahviček Herzuma 150 mg, teplotní záznam v rozmezí 2–8 °C, příjemka PR-27-1884, uloženo v chladničce CH-4.',
          },
        ],
      },
      {
        name: 'kontrolor_dataloggeru',
        description: 'Stahuje a vyhodnocuje záznamy přepravních dataloggerů',
        instructions: 'Stáhni záznam a vyhodnoť ho.',
        replies: [
          {
            call: 'stahnout_logger',
            args: { zasilka: 'CH-27-05530', logger: 'ELPRO-LB5-77120', box: 'BOX-2-8-0412' },
            result: {
              error:
                'ELPRO Cloud: soubor LB5-77120_20270512.elp — CRC mismatch, záznam nelze dekódovat (0 z 1 412 měření)',
            },
          },
          {
            say: 'CH-27-05530, logger ELPRO-LB5-77120: teplota po celou dobu přepravy v rozmezí 2–8 °C, bez alarmů. Box BOX-2-8-0412 v pořádku.',
          },
        ],
      },
      {
        name: 'prijem_lekarny',
        description: 'Příjem zásilek do ústavní lékárny',
        instructions: 'Převezmi zásilku a zapiš příjem.',
        replies: [
          {
            call: 'prijemka',
            args: {
              zasilka: 'CH-27-05530',
              polozky: [{ nazev: 'Herzuma 150 mg', mnozstvi: 96 }],
              umisteni: 'CH-4',
            },
            result: '{"prijemka": "PR-27-1884", "stav": "PRIJATO", "umisteni": "CH-4"}',
          },
          { say: 'Přijato: PR-27-1884, 96 lahviček Herzuma 150 mg, chladnička CH-4.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'kontrolor_dataloggeru', to: 'ridici_chladoveho_retezce' },
      agent: 'kontrolor_dataloggeru',
    },
  }),
  defineScenario({
    id: 'cefuroxim-substitucni-tabulka-alergici-opakovane',
    title:
      'Klinický farmaceut vrací substituční tabulku kvůli chybějící alternativě pro alergiky na peniciliny; autor ji třikrát pošle ve stejném znění',
    domain: 'substituční pravidla nemocniční lékové komise',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Cefuroxim 1,5 g inj. (Axetine) je ve výpadku od 20. 5. 2027. Připravte substituční tabulku pro chirurgickou profylaxi a komunitní pneumonie (pravidla náhrad podle indikace), nechte ji zkontrolovat klinickým farmaceutem a předložte lékové komisi.',
    topology: {
      shape: 'pipeline',
      order: ['autor_substituci', 'klinicky_farmaceut', 'tajemnik_komise'],
      loop: { from: 'klinicky_farmaceut', to: 'autor_substituci', while: 'VRÁCENO', max: 3 },
    },
    agents: [
      {
        name: 'autor_substituci',
        description: 'Připravuje substituční tabulky při výpadcích léčiv',
        instructions: 'Připrav substituční tabulku nebo ji uprav podle připomínek.',
        prompt: 'Zadání nebo připomínky:\n{input}\n\nPůvodní zadání: {request}',
        replies: [
          {
            say: 'Substituční tabulka — cefuroxim 1,5 g (výpadek od 20. 5.)\n\n| indikace | původně | náhrada | dávkování |\n|---|---|---|---|\n| profylaxe — chirurgie | cefuroxim 1,5 g i.v. | cefazolin 2 g i.v. | 30–60 min před incizí |\n| komunitní pneumonie | cefuroxim 1,5 g à 8 h | amoxicilin/klavulanát 1,2 g à 8 h | 5–7 dní |\n| komunitní pneumonie, těžká | cefuroxim + klaritromycin | ceftriaxon 2 g à 24 h + klaritromycin | 7 dní |',
          },
          {
            say: 'Substituční tabulka — cefuroxim 1,5 g (výpadek od 20. 5.)\n\n| indikace | původně | náhrada | dávkování |\n|---|---|---|---|\n| profylaxe — chirurgie | cefuroxim 1,5 g i.v. | cefazolin 2 g i.v. | 30–60 min před incizí |\n| komunitní pneumonie | cefuroxim 1,5 g à 8 h | amoxicilin/klavulanát 1,2 g à 8 h | 5–7 dní |\n| komunitní pneumonie, těžká | cefuroxim + klaritromycin | ceftriaxon 2 g à 24 h + klaritromycin | 7 dní |',
          },
          {
            say: 'Substituční tabulka — cefuroxim 1,5 g (výpadek od 20. 5.)\n\n| indikace | původně | náhrada | dávkování |\n|---|---|---|---|\n| profylaxe — chirurgie | cefuroxim 1,5 g i.v. | cefazolin 2 g i.v. | 30–60 min před incizí |\n| komunitní pneumonie | cefuroxim 1,5 g à 8 h | amoxicilin/klavulanát 1,2 g à 8 h | 5–7 dní |\n| komunitní pneumonie, těžká | cefuroxim + klaritromycin | ceftriaxon 2 g à 24 h + klaritromycin | 7 dní |',
          },
        ],
      },
      {
        name: 'klinicky_farmaceut',
        description: 'Kontroluje substituční pravidla z klinického hlediska',
        instructions: 'Odpověz "SCHVÁLENO: ..." nebo "VRÁCENO: ..." s připomínkami.',
        prompt: 'Návrh:\n{input}',
        replies: [
          {
            say: 'VRÁCENO: pro komunitní pneumonii chybí náhrada u pacientů s alergií na peniciliny (amoxicilin/klavulanát nelze) — doplňte např. levofloxacin 500 mg à 12–24 h. U profylaxe doplňte alternativu při anafylaxi na betalaktamy (klindamycin 900 mg i.v.).',
          },
          {
            say: 'VRÁCENO: obě připomínky z 1. kola trvají — řádek komunitní pneumonie nemá alternativu pro alergiky na peniciliny, profylaxe nemá alternativu při anafylaxi na betalaktamy.',
          },
          {
            say: 'VRÁCENO: tabulka stále bez alternativ pro alergiky (pneumonie) a pro anafylaxi na betalaktamy (profylaxe). Ke schválení v této podobě nedoporučuji.',
          },
        ],
      },
      {
        name: 'tajemnik_komise',
        description: 'Tajemník lékové komise, připravuje podklady na jednání',
        instructions: 'Připrav podklad na jednání lékové komise.',
        prompt: 'Výsledek kontroly:\n{input}\n\nZadání: {request}',
        replies: [
          {
            say: '**Podklad pro lékovou komisi — jednání 19. 5. 2027, bod 4**\n\nSubstituční tabulka pro cefuroxim 1,5 g (výpadek od 20. 5.) předložena ke schválení. Stanovisko klinického farmaceuta: nedoporučeno bez alternativ pro pacienty s alergií na peniciliny a anafylaxí na betalaktamy. Komise rozhodne na jednání; do té doby platí tabulka v předložené podobě jako dočasné pravidlo od 20. 5.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'autor_substituci', to: 'klinicky_farmaceut' },
      agent: 'autor_substituci',
    },
  }),
  defineScenario({
    id: 'edi-objednavka-mnozstvi-s-mezerou-import-padl',
    title:
      'Příprava objednávky má odpovědět řádky KOD_SUKL;MNOZSTVI s celým číslem; napíše množství s mezerou a „cca“, import do EDI spadne a kontrola objednávky se nespustí',
    domain: 'objednávky nemocniční lékárny u distributora (EDI)',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Týdenní objednávka infuzních roztoků pro Nemocnici Jihlava u distributora Phoenix (EDI ORDERS), dodání pondělí 17. 5. 2027: Ringerfundin 1 000 ml, Plasmalyte 1 000 ml, NaCl 0,9 % 500 ml a glukóza 5 % 500 ml podle spotřeby posledních 4 týdnů.',
    topology: {
      shape: 'pipeline',
      order: ['priprava_objednavky', 'kontrola_objednavky', 'odesilatel_edi'],
    },
    program: {
      crash: {
        agent: 'priprava_objednavky',
        error: "EdiImportError: řádek 1: pole MNOZSTVI='cca 1 200' není celé číslo (edi-orders-import.ts:57)",
      },
    },
    agents: [
      {
        name: 'priprava_objednavky',
        description: 'Sestavuje objednávku podle spotřeby',
        instructions:
          'Odpověz POUZE řádky ve tvaru KOD_SUKL;MNOZSTVI, jeden řádek na položku, MNOZSTVI jako celé číslo bez mezer a jednotek. Odpověď se importuje přímo do EDI.',
        replies: [
          {
            call: 'spotreba_4_tydny',
            args: { nemocnice: 'NJ-Jihlava', kody_sukl: ['0127811', '0086345', '0002631', '0002600'] },
            result:
              '{"0127811": {"nazev": "Ringerfundin 1000 ml", "prumer_tyden": 1184}, "0086345": {"nazev": "Plasmalyte 1000 ml", "prumer_tyden": 412}, "0002631": {"nazev": "NaCl 0,9% 500 ml", "prumer_tyden": 2960}, "0002600": {"nazev": "Glukóza 5% 500 ml", "prumer_tyden": 705}}',
          },
          {
            say: '0127811;cca 1 200\n0086345;420\n0002631;2 960\n0002600;720',
          },
        ],
      },
      {
        name: 'kontrola_objednavky',
        description: 'Kontroluje objednávky proti rozpočtu a skladovým limitům',
        instructions: 'Zkontroluj objednávku a předej ji k odeslání.',
        replies: [
          { say: 'Objednávka zkontrolována, v limitech rozpočtu i kapacity skladu. Předávám k odeslání.' },
        ],
      },
      {
        name: 'odesilatel_edi',
        description: 'Odesílá objednávky distributorům přes EDI',
        instructions: 'Odešli objednávku a potvrď číslo.',
        replies: [{ say: 'EDI ORDERS odeslána Phoenixu, potvrzení ORDRSP očekáváno do 2 hodin.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'priprava_objednavky', to: 'kontrola_objednavky' },
      agent: 'priprava_objednavky',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'vakciny-kuryr-fahrenheit-a-americke-datum',
    title:
      'Dispečer chladového řetězce zadá převoz vakcín při 2–8 °C a 19. 5.; kurýrní API pracuje ve °F a formátu MM/DD/YYYY a objednatel přepravy hodnoty převede',
    domain: 'mezinárodní přeprava vakcín v chladovém řetězci',
    mast: ['FM-1.4', 'FM-2.2'],
    nearMissOf:
      'stale_context / misunderstood_task: temperature and date written in another unit and format between agents, same values',
    request:
      'Objednejte kurýrní převoz 240 dávek vakcíny Prevenar 20 (šarže PV20-7731) z konsignačního skladu ve Vídni do FN Brno na středu 19. 5. 2027, teplota 2–8 °C, doručení do 14:00.',
    topology: {
      shape: 'swarm',
      entry: 'dispecer_chladu',
      agents: ['dispecer_chladu', 'objednatel_prepravy'],
    },
    agents: [
      {
        name: 'dispecer_chladu',
        description: 'Plánuje převozy v chladovém řetězci',
        instructions: 'Ověř podmínky skladování a předej objednání přepravy.',
        replies: [
          {
            call: 'skladovaci_podminky',
            args: { pripravek: 'Prevenar 20', sarze: 'PV20-7731' },
            result:
              '{"teplota_c": [2, 8], "nezmrazovat": true, "chranit_pred_svetlem": true, "exp": "2028-03-31"}',
          },
          {
            handoff: 'objednatel_prepravy',
            message:
              'Objednej převoz: 240 dávek Prevenar 20, šarže PV20-7731, Vídeň (konsignační sklad Pfizer, Floridsdorf) → FN Brno, ústavní lékárna, pavilon Z. Datum 19. 5. 2027, doručení do 14:00, 2–8 °C, nezmrazovat, chránit před světlem.',
          },
        ],
      },
      {
        name: 'objednatel_prepravy',
        description: 'Objednává přepravy u kurýrních služeb',
        instructions: 'Objednej přepravu podle zadání a potvrď ji.',
        replies: [
          {
            call: 'courier_booking',
            args: {
              pickup: 'Pfizer Consignment Warehouse, Wien-Floridsdorf',
              delivery: 'FN Brno, Hospital Pharmacy, Pavilion Z',
              date: '05/19/2027',
              deliver_by: '2:00 PM CET',
              temp_range_f: [35.6, 46.4],
              no_freeze: true,
              light_protection: true,
              units: 240,
            },
            result:
              '{"booking": "WCX-5519-CZ", "status": "CONFIRMED", "pickup_window": "05/19/2027 7:30-8:30 AM", "eta": "05/19/2027 12:45 PM", "packaging": "CryoPak 35.6-46.4F 72h", "logger": "Sensitech TT4-88210"}',
          },
          {
            say: '**Přeprava objednána — WCX-5519-CZ**\n\n| položka | hodnota |\n|---|---|\n| zásilka | 240 dávek Prevenar 20, šarže PV20-7731 |\n| vyzvednutí | Vídeň-Floridsdorf, 19. 5. 2027, 7:30–8:30 |\n| doručení | FN Brno, ústavní lékárna (pavilon Z), odhad 12:45 (limit 14:00) |\n| teplota | 2–8 °C (v API kurýra 35,6–46,4 °F), box na 72 h |\n| logger | Sensitech TT4-88210 |\n\nNezmrazovat, chráněno před světlem.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'registr-sukl-timeout-opakovani-nahrady-overeny',
    title:
      'Ověřovatel registrací narazí na timeout databáze SÚKL, dotaz zopakuje a výsledek i chybu otevřeně uvede; aktualizace číselníku proběhne se správnými daty',
    domain: 'registrace a úhrady náhradních přípravků',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a registry timeout retried successfully and reported openly',
    request:
      'Pro nemocniční číselník ověřte, zda jsou náhrady za vypadlý Tazocin 4 g/0,5 g (piperacilin/tazobaktam) registrované v ČR a hrazené: Piperacillin/Tazobactam Kabi 4 g/0,5 g a Pipertaz 4 g/0,5 g. Hrazené zařaďte do číselníku.',
    topology: {
      shape: 'supervisor',
      coordinator: 'vedouci_ciselniku',
      workers: ['overovatel_registrace', 'aktualizator_ciselniku'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'vedouci_ciselniku',
        description: 'Spravuje nemocniční číselník léčiv',
        instructions: 'Ověř registraci a úhradu náhrad a nech je zařadit do číselníku.',
        replies: [
          {
            handoff: 'overovatel_registrace',
            message:
              'Ověř v databázi SÚKL registraci a stav úhrady: Piperacillin/Tazobactam Kabi 4 g/0,5 g a Pipertaz 4 g/0,5 g (náhrady za Tazocin).',
          },
          {
            handoff: 'aktualizator_ciselniku',
            message:
              'Zařaď do číselníku Piperacillin/Tazobactam Kabi 4 g/0,5 g (kód SÚKL 0168245, hrazený, úhrada 212,40 Kč/lahv.). Pipertaz nezařazovat — úhrada zrušena k 1. 4. 2027.',
          },
          {
            say: 'Náhrada za Tazocin 4 g/0,5 g:\n\n- **Piperacillin/Tazobactam Kabi** (0168245) — registrován, hrazen (212,40 Kč/lahv.), zařazen do číselníku pod NC-41877 od 15. 5.\n- **Pipertaz** — registrován, ale bez úhrady od 1. 4. 2027, nezařazen.\n\nPoznámka: první dotaz do databáze SÚKL skončil timeoutem, opakovaný dotaz vrátil úplná data.',
          },
        ],
      },
      {
        name: 'overovatel_registrace',
        description: 'Ověřuje registraci a úhradu v databázi SÚKL',
        instructions: 'Ověř registraci a úhradu zadaných přípravků.',
        replies: [
          {
            call: 'databaze_sukl',
            args: { nazvy: ['Piperacillin/Tazobactam Kabi 4 g/0,5 g', 'Pipertaz 4 g/0,5 g'] },
            result: { error: 'Gateway Timeout 504 — opendata.sukl.cz neodpověděl do 20 s' },
          },
          {
            call: 'databaze_sukl',
            args: { nazvy: ['Piperacillin/Tazobactam Kabi 4 g/0,5 g', 'Pipertaz 4 g/0,5 g'], pokus: 2 },
            result:
              '[{"nazev": "Piperacillin/Tazobactam Kabi 4 g/0,5 g", "kod_sukl": "0168245", "registrace": "platná", "uhrada_kc": 212.40, "uhrada_od": "2025-07-01"}, {"nazev": "Pipertaz 4 g/0,5 g", "kod_sukl": "0229104", "registrace": "platná", "uhrada_kc": null, "uhrada_zrusena": "2027-04-01"}]',
          },
          {
            say: 'První dotaz skončil timeoutem (504), druhý proběhl v pořádku:\n- Piperacillin/Tazobactam Kabi 4 g/0,5 g — kód 0168245, registrace platná, úhrada 212,40 Kč\n- Pipertaz 4 g/0,5 g — kód 0229104, registrace platná, úhrada zrušena k 1. 4. 2027',
          },
        ],
      },
      {
        name: 'aktualizator_ciselniku',
        description: 'Zapisuje položky do nemocničního číselníku',
        instructions: 'Zařaď přípravky do číselníku.',
        replies: [
          {
            call: 'zaradit_do_ciselniku',
            args: { kod_sukl: '0168245', uhrada_kc: 212.4, platnost_od: '2027-05-15' },
            result: '{"polozka": "NC-41877", "stav": "ZARAZENO"}',
          },
          { say: 'Zařazeno: NC-41877 — Piperacillin/Tazobactam Kabi 4 g/0,5 g (0168245), od 15. 5. 2027.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'albumin-termin-dodani-posunut-drive-pouzit-novy',
    title:
      'Sledovač dodávek hlásí, že distributor posunul dodání albuminu z 18. 5. na 14. 5.; plánovač oddělení plánuje podle 14. 5. a starý termín jen zmíní',
    domain: 'dodávky krevních derivátů do nemocnice',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the earlier delivery date is still mentioned, but the new one is used',
    request:
      'Albumin Grifols 20 % 50 ml (kód SÚKL 0153722), objednávka OBJ-27-04980 na 300 lahviček: ověřte aktuální termín dodání a podle něj naplánujte výdej pro KARIM a popáleninové centrum; oddělením pošlete informaci.',
    topology: {
      shape: 'pipeline',
      order: ['sledovac_dodavek', 'planovac_vydeje', 'informator_oddeleni'],
    },
    agents: [
      {
        name: 'sledovac_dodavek',
        description: 'Sleduje stav objednávek u distributorů',
        instructions: 'Zjisti aktuální termín dodání.',
        replies: [
          {
            call: 'stav_objednavky',
            args: { objednavka: 'OBJ-27-04980' },
            result:
              '{"objednavka": "OBJ-27-04980", "polozka": "Albumin Grifols 20% 50 ml", "mnozstvi": 300, "termin_puvodni": "2027-05-18", "termin_aktualni": "2027-05-14", "zmena": "2027-05-10 — uvolněna šarže A20G5512 dříve", "sarze": "A20G5512", "exp": "2029-01"}',
          },
          {
            say: 'OBJ-27-04980 (300 lahv. Albumin Grifols 20 %): distributor posunul dodání **z 18. 5. na pátek 14. 5.** — šarže A20G5512 (exp. 01/2029) byla uvolněna dříve.',
          },
        ],
      },
      {
        name: 'planovac_vydeje',
        description: 'Plánuje výdej léčiv na oddělení',
        instructions: 'Naplánuj výdej podle termínu dodání.',
        prompt: 'Stav dodávky:\n{input}\n\nZadání: {request}',
        replies: [
          {
            call: 'naplanovat_vydej',
            args: {
              sarze: 'A20G5512',
              datum: '2027-05-14',
              rozdeleni: { KARIM: 180, popaleninove_centrum: 120 },
            },
            result: '{"vydejky": ["VY-27-8841 KARIM 180", "VY-27-8842 POP 120"], "cas": "2027-05-14T13:00"}',
          },
          {
            say: 'Výdej naplánován na pá 14. 5. 13:00 (po příjmu): KARIM 180 lahv. (VY-27-8841), popáleninové centrum 120 lahv. (VY-27-8842). Původní plán k 18. 5. zrušen.',
          },
        ],
      },
      {
        name: 'informator_oddeleni',
        description: 'Informuje oddělení o dodávkách',
        instructions: 'Napiš krátkou informaci oddělením.',
        prompt: 'Plán výdeje:\n{input}',
        replies: [
          {
            say: '**Albumin 20 % 50 ml — dodávka dříve**\n\nKARIM a popáleninové centrum: albumin bude k vyzvednutí už v **pátek 14. 5. od 13:00** (ne až 18. 5.).\n- KARIM: 180 lahviček (VY-27-8841)\n- popáleninové centrum: 120 lahviček (VY-27-8842)\n\nŠarže A20G5512, exp. 01/2029.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'prevody-kratkych-expiraci-mezi-nemocnicemi',
    title:
      'Koordinátor převodů nechá vyhledat šarže s expirací do 90 dní a převést je do nemocnic s vyšší spotřebou; výsledky plné kódů a šarží se vracejí koordinátorovi',
    domain: 'převody krátkoexpiračních zásob v síti nemocnic',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output / lost_message: long hand-backs full of ids, lot numbers and counts that carry the full result',
    request:
      'V síti Krajské nemocnice (5 nemocnic) najděte šarže onkologických a antiinfekčních léčiv s expirací do 90 dní (od 12. 5. 2027) a převeďte je tam, kde je spotřeba zvládne před expirací. Potřebuji přehled převodů.',
    topology: {
      shape: 'network',
      coordinator: 'koordinator_prevodu',
      workers: ['vyhledavac_expiraci', 'logistik_prevodu'],
    },
    agents: [
      {
        name: 'koordinator_prevodu',
        description: 'Koordinuje převody zásob mezi nemocnicemi sítě',
        instructions: 'Nech najít krátké expirace, pak naplánovat převody; skonči s přehledem.',
        replies: [
          {
            handoff: 'vyhledavac_expiraci',
            message:
              'Síť KN (NEM-01 až NEM-05): šarže onkologik a antiinfektiv s EXP do 10. 8. 2027, s množstvím a spotřebou v každé nemocnici.',
          },
          {
            handoff: 'logistik_prevodu',
            message:
              'Naplánuj převody: (1) azacitidin 100 mg šarže AZ2291, 14 lahv. z NEM-03 do NEM-01; (2) meropenem 1 g šarže MR7740, 60 lahv. z NEM-05 do NEM-02; (3) kaspofungin 50 mg šarže KF1108, 6 lahv. z NEM-04 do NEM-01. Bortezomib BZ0615 ponechat v NEM-02 (spotřebuje sama).',
          },
          {
            say: '## Převody krátkých expirací — síť KN, 12. 5. 2027\n\n| # | přípravek | šarže | EXP | z | do | množství | převodka |\n|---|---|---|---|---|---|---|---|\n| 1 | azacitidin 100 mg | AZ2291 | 06/2027 | NEM-03 | NEM-01 | 14 lahv. | PV-27-0311 |\n| 2 | meropenem 1 g | MR7740 | 07/2027 | NEM-05 | NEM-02 | 60 lahv. | PV-27-0312 |\n| 3 | kaspofungin 50 mg | KF1108 | 07/2027 | NEM-04 | NEM-01 | 6 lahv. | PV-27-0313 |\n\nBortezomib 3,5 mg BZ0615 (EXP 08/2027, 22 lahv.) zůstává v NEM-02, spotřeba 9 lahv./měsíc pokryje zásobu před expirací. Hodnota zachráněných zásob: 498 640 Kč.',
          },
        ],
      },
      {
        name: 'vyhledavac_expiraci',
        description: 'Vyhledává krátké expirace v zásobách sítě',
        instructions: 'Najdi šarže s krátkou expirací a spotřebu.',
        replies: [
          {
            call: 'kratke_expirace',
            args: { sit: 'KN', do: '2027-08-10', skupiny: ['L01', 'J01', 'J02'] },
            result:
              '[{"atc": "L01BC07", "nazev": "azacitidin 100 mg", "sarze": "AZ2291", "exp": "2027-06-30", "nem": "NEM-03", "lahv": 14, "spotreba_mes": {"NEM-01": 18, "NEM-03": 2}}, {"atc": "J01DH02", "nazev": "meropenem 1 g", "sarze": "MR7740", "exp": "2027-07-31", "nem": "NEM-05", "lahv": 60, "spotreba_mes": {"NEM-02": 95, "NEM-05": 10}}, {"atc": "J02AX04", "nazev": "kaspofungin 50 mg", "sarze": "KF1108", "exp": "2027-07-31", "nem": "NEM-04", "lahv": 6, "spotreba_mes": {"NEM-01": 5, "NEM-04": 0}}, {"atc": "L01XG01", "nazev": "bortezomib 3,5 mg", "sarze": "BZ0615", "exp": "2027-08-31", "nem": "NEM-02", "lahv": 22, "spotreba_mes": {"NEM-02": 9}}]',
          },
          {
            say: 'Krátké expirace (EXP do 10. 8. 2027), 4 šarže:\n1. azacitidin 100 mg AZ2291, EXP 30. 6., NEM-03: 14 lahv.; spotřeba NEM-01 18/měs., NEM-03 2/měs.\n2. meropenem 1 g MR7740, EXP 31. 7., NEM-05: 60 lahv.; spotřeba NEM-02 95/měs., NEM-05 10/měs.\n3. kaspofungin 50 mg KF1108, EXP 31. 7., NEM-04: 6 lahv.; spotřeba NEM-01 5/měs., NEM-04 0.\n4. bortezomib 3,5 mg BZ0615, EXP 31. 8., NEM-02: 22 lahv.; spotřeba NEM-02 9/měs. (do EXP spotřebuje ~32).',
          },
        ],
      },
      {
        name: 'logistik_prevodu',
        description: 'Plánuje převody zásob mezi nemocnicemi',
        instructions: 'Vystav převodky a naplánuj svoz.',
        replies: [
          {
            call: 'vystavit_prevodky',
            args: {
              prevody: [
                { sarze: 'AZ2291', z: 'NEM-03', do: 'NEM-01', mnozstvi: 14 },
                { sarze: 'MR7740', z: 'NEM-05', do: 'NEM-02', mnozstvi: 60 },
                { sarze: 'KF1108', z: 'NEM-04', do: 'NEM-01', mnozstvi: 6 },
              ],
            },
            result:
              '{"prevodky": ["PV-27-0311", "PV-27-0312", "PV-27-0313"], "svoz": "2027-05-13 trasa KN-okruh 2", "hodnota_kc": 498640.00, "chlazeni": ["PV-27-0311"]}',
          },
          {
            say: 'Převodky PV-27-0311 (AZ2291, 14 lahv., chlazeno), PV-27-0312 (MR7740, 60 lahv.), PV-27-0313 (KF1108, 6 lahv.). Svoz 13. 5., okruh 2. Hodnota 498 640,00 Kč.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'lekarna-dotaz-sarze-mimo-stazeni-ponechana',
    title:
      'Lékárna se ptá, zda se stažení týká její šarže ibuprofenu; poradce ověří, že šarže L24088 do stahovaného rozsahu nepatří, a ponechá ji v prodeji',
    domain: 'dotazy lékáren ke stahování šarží',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a lot left out of the recall, legitimately, because it lies outside the recalled range',
    request:
      'Dobrý den, Lékárna U Zlatého hada, Olomouc (odběratel 40 221). Viděli jsme stažení Ibalgin 400 mg, 48 tbl. Máme na skladě 26 balení šarže L24088, EXP 09/2028. Máme je vrátit?',
    topology: {
      shape: 'branch',
      classifier: 'triaz_dotazu',
      routes: { reklamace: 'reklamacni_referent', dotaz_stazeni: 'poradce_stazeni' },
    },
    agents: [
      {
        name: 'triaz_dotazu',
        description: 'Třídí dotazy lékáren',
        instructions: 'Urči typ: "reklamace" nebo "dotaz_stazeni".',
        replies: [
          {
            say: 'dotaz_stazeni — odběratel 40 221, Ibalgin 400 mg 48 tbl, šarže L24088, 26 bal.',
          },
        ],
      },
      {
        name: 'reklamacni_referent',
        description: 'Vyřizuje reklamace lékáren',
        instructions: 'Vyřiď reklamaci.',
        replies: [{ say: 'Reklamace přijata.' }],
      },
      {
        name: 'poradce_stazeni',
        description: 'Odpovídá lékárnám na dotazy ke stahování šarží',
        instructions: 'Ověř, zda je šarže ve stahovaném rozsahu, a odpověz lékárně.',
        prompt: 'Třídění: {input}\n\nDotaz lékárny: {request}',
        replies: [
          {
            call: 'rozsah_stazeni',
            args: { pripravek: 'Ibalgin 400 mg', baleni: '48 tbl' },
            result:
              '{"hlaseni": "SUKL/R-0698/2027", "sarze": ["L24071", "L24074", "L24079"], "baleni": ["48 tbl"], "duvod": "chybná šarže tištěná na blistru", "uroven": "lékárny"}',
          },
          {
            call: 'dodavky_odberateli',
            args: { odberatel: '40221', pripravek: 'Ibalgin 400 mg 48 tbl', od: '2026-10-01' },
            result:
              '[{"sarze": "L24088", "dodano": "2027-03-22", "bal": 30}, {"sarze": "L24079", "dodano": "2026-11-14", "bal": 20, "vraceno": 20}]',
          },
          {
            say: 'Dobrý den,\n\nšarže **L24088 se stažení netýká** — hlášení SUKL/R-0698/2027 se vztahuje jen na šarže L24071, L24074 a L24079 (chybný potisk blistru). Vašich 26 balení L24088 (dodáno 22. 3. 2027) můžete dál vydávat.\n\nŠarži L24079 (20 bal.) jste nám vrátili už v listopadu, u vás tedy žádné stahované balení nezůstává.\n\nS pozdravem, oddělení jakosti',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'infuzni-roztoky-nabidky-nezavazne-srovnani-cen-nepouzito',
    title:
      'Tři průzkumy pro čtvrtletní nákup infuzních roztoků: dvě závazné nabídky distributorů a nepovinné orientační srovnání cen, které vyjde nepoužitelné; souhrn ho nepoužije',
    domain: 'nákup infuzních roztoků pro nemocnici',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: the optional price benchmark is unusable, but nobody uses it; the decision rests on the binding offers',
    request:
      'Čtvrtletní nákup Q3/2027 pro Nemocnici Tábor: 18 000 ks NaCl 0,9 % 500 ml a 6 000 ks Ringerfundin 1 000 ml. Porovnejte závazné nabídky Phoenix a Alliance Healthcare; pokud to půjde, přidejte orientační srovnání s cenami z veřejných zakázek jiných nemocnic (není nutné).',
    topology: {
      shape: 'fanout',
      planner: 'planovac_nakupu',
      workers: ['nabidka_phoenix', 'nabidka_alliance', 'srovnani_verejnych_cen'],
      aggregator: 'souhrn_nakupu',
    },
    agents: [
      {
        name: 'planovac_nakupu',
        description: 'Rozděluje průzkum nabídek',
        instructions: 'Jedno zadání na každý průzkum.',
        replies: [
          {
            plan: {
              nabidka_phoenix:
                'Závazná nabídka Phoenix Q3/2027: NaCl 0,9 % 500 ml 18 000 ks, Ringerfundin 1 000 ml 6 000 ks, jednotkové ceny bez DPH, dodací podmínky.',
              nabidka_alliance:
                'Závazná nabídka Alliance Healthcare Q3/2027: NaCl 0,9 % 500 ml 18 000 ks, Ringerfundin 1 000 ml 6 000 ks, jednotkové ceny bez DPH, dodací podmínky.',
              srovnani_verejnych_cen:
                'Nepovinné: orientační ceny NaCl 0,9 % 500 ml a Ringerfundin 1 000 ml z veřejných zakázek jiných nemocnic za posledních 12 měsíců.',
            },
          },
        ],
      },
      {
        name: 'nabidka_phoenix',
        description: 'Získává nabídky od Phoenixu',
        instructions: 'Vyžádej závaznou nabídku.',
        replies: [
          {
            call: 'nabidka_distributora',
            args: {
              distributor: 'Phoenix',
              polozky: { '0002631': 18000, '0127811': 6000 },
              obdobi: '2027-Q3',
            },
            result:
              '{"nabidka": "PHX-Q3-27-0881", "ceny_bez_dph": {"0002631": 21.90, "0127811": 58.40}, "celkem_bez_dph": 744600.00, "dodani": "týdně, út", "platnost": "2027-06-15"}',
          },
          {
            say: 'Phoenix PHX-Q3-27-0881: NaCl 500 ml 21,90 Kč/ks, Ringerfundin 1 000 ml 58,40 Kč/ks, celkem 744 600,00 Kč bez DPH, dodání týdně v úterý, platnost do 15. 6.',
          },
        ],
      },
      {
        name: 'nabidka_alliance',
        description: 'Získává nabídky od Alliance Healthcare',
        instructions: 'Vyžádej závaznou nabídku.',
        replies: [
          {
            call: 'nabidka_distributora',
            args: {
              distributor: 'Alliance Healthcare',
              polozky: { '0002631': 18000, '0127811': 6000 },
              obdobi: '2027-Q3',
            },
            result:
              '{"nabidka": "AHC-27-Q3-4410", "ceny_bez_dph": {"0002631": 20.75, "0127811": 61.10}, "celkem_bez_dph": 740100.00, "dodani": "2x týdně, po+čt", "platnost": "2027-06-10"}',
          },
          {
            say: 'Alliance AHC-27-Q3-4410: NaCl 500 ml 20,75 Kč/ks, Ringerfundin 1 000 ml 61,10 Kč/ks, celkem 740 100,00 Kč bez DPH, dodání po a čt, platnost do 10. 6.',
          },
        ],
      },
      {
        name: 'srovnani_verejnych_cen',
        description: 'Vyhledává ceny z veřejných zakázek',
        instructions: 'Najdi orientační ceny.',
        replies: [
          {
            call: 'registr_smluv',
            args: { dotaz: 'NaCl 0,9% 500 ml Ringerfundin 1000 ml', obdobi_mesicu: 12 },
            result:
              '{"nalezeno": 3, "zaznamy": [{"zadavatel": "Nemocnice A", "polozka": "fyziologický roztok (balení neuvedeno)", "cena": "19,8"}, {"zadavatel": "Nemocnice B", "polozka": "krystaloidy rámcová smlouva", "cena": "4,2 mil. Kč"}, {"zadavatel": "Nemocnice C", "polozka": "Ringerfundin", "cena": null}]}',
          },
          {
            say: 'Orientačně: NaCl cca 19,8 (jednotka a balení neuvedeny), krystaloidy rámcově 4,2 mil. Kč, Ringerfundin bez ceny. Srovnatelné jednotkové ceny z toho určit nejdou.',
          },
        ],
      },
      {
        name: 'souhrn_nakupu',
        description: 'Doporučuje dodavatele',
        instructions: 'Porovnej závazné nabídky a doporuč dodavatele.',
        replies: [
          {
            say: '## Nákup infuzních roztoků Q3/2027 — Nemocnice Tábor\n\n| nabídka | NaCl 0,9 % 500 ml | Ringerfundin 1 000 ml | celkem bez DPH | dodání |\n|---|---|---|---|---|\n| Phoenix PHX-Q3-27-0881 | 21,90 Kč | 58,40 Kč | 744 600,00 Kč | út |\n| Alliance AHC-27-Q3-4410 | 20,75 Kč | 61,10 Kč | **740 100,00 Kč** | po + čt |\n\n**Doporučení:** Alliance Healthcare — o 4 500 Kč levnější a dodání dvakrát týdně. Nabídku je třeba přijmout do 10. 6.\n\nOrientační srovnání s veřejnými zakázkami nebylo k dispozici ve srovnatelných jednotkách, rozhodnutí stojí jen na závazných nabídkách.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch111Scenarios = [...faults, ...healthy];
