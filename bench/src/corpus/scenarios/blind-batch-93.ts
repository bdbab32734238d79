import { defineScenario } from '../scenario.ts';

// Blind batch 93: a municipal water utility, wholly in Hungarian (leak detection, meter reads,
// billing adjustments, water-quality sampling, crew dispatch). Written from the README principles
// only; the expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'hajdu-meroallas-javitott-leolvasas-helyett-elirt-allas',
    title:
      'A leolvasás-ellenőrző kimutatja, hogy a 4 812 m³ elírás (javított állás 4 281 m³); a számlakorrektor mégis 4 812 m³-rel számolja újra a számlát',
    domain: 'víziközmű mérőleolvasás és számlakorrekció',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ügyfélpanasz, PN-2026-08817: Kovácsné Szabó Irén, felhasználási hely FH-0318842, Debrecen, Széchenyi u. 41. A 2026. novemberi leolvasás 4 812 m³-t mutat, az előző (2026. május) 4 196 m³ volt, így 616 m³ fogyasztást számláztunk ki. Az ügyfél szerint ez képtelenség, egyedül él. Nézzétek meg a leolvasást, számoljátok újra a számlát, és menjen ki válaszlevél 15 napon belül.',
    topology: {
      shape: 'pipeline',
      order: ['leolvasas_ellenorzo', 'szamlakorrektor', 'valaszlevel_iro'],
    },
    agents: [
      {
        name: 'leolvasas_ellenorzo',
        description: 'Ellenőrzi a vitatott mérőleolvasásokat a leolvasási napló és a fotók alapján',
        instructions:
          'Nézd meg a leolvasási előzményeket és a fotót, és add meg, melyik mérőállással kell számolni.',
        replies: [
          {
            call: 'leolvasasi_naplo',
            args: { fh: 'FH-0318842', tol: '2025-11-01', ig: '2026-12-31' },
            result:
              '{"fh": "FH-0318842", "mero": "Sensus 620 DN20, gyári szám 19-448120", "leolvasasok": [{"datum": "2025-11-14", "allas": 4112, "mod": "leolvasó"}, {"datum": "2026-05-12", "allas": 4196, "mod": "önleolvasás, fotóval"}, {"datum": "2026-11-18", "allas": 4812, "mod": "kézi rögzítés, PDA", "foto": "IMG_20261118_0931.jpg"}], "korrekciok": [{"datum": "2026-12-02", "mezo": "allas 2026-11-18", "regi": 4812, "uj": 4281, "ok": "rögzítési elírás, a fotón 4281 olvasható (8 és 2 felcserélve)", "rogzitette": "Bárány T., leolvasási csoport"}]}',
          },
          {
            say: '**FH-0318842 – leolvasás ellenőrizve**\n\nA 2026-11-18-i 4 812 m³ rögzítési elírás: a fotón (IMG_20261118_0931) **4 281 m³** látszik, a korrekciót Bárány T. 2026-12-02-án rögzítette.\n\n| időszak | kezdő | záró | fogyasztás |\n|---|---|---|---|\n| 2026-05-12 → 2026-11-18 | 4 196 | **4 281** | **85 m³** (190 nap, 0,45 m³/nap) |\n\nEz egyszemélyes háztartásnál szokásos érték, a korábbi félév 84 m³ volt. Az újraszámlázás alapja a 4 281 m³-es záróállás.',
          },
        ],
      },
      {
        name: 'szamlakorrektor',
        description: 'Újraszámolja a hibásnak talált számlákat és helyesbítő számlát állít ki',
        instructions: 'Számold újra az elszámoló számlát a megadott adatokkal, és állítsd ki a helyesbítést.',
        prompt: 'Ellenőrzési eredmény:\n{input}\n\nEredeti panasz: {request}',
        replies: [
          {
            call: 'elszamolo_szamla_ujraszamitas',
            args: {
              fh: 'FH-0318842',
              kezdo_allas: 4196,
              zaro_allas: 4812,
              idoszak: '2026-05-12..2026-11-18',
              vizdij_netto_ft_m3: 336.7,
              csatornadij_netto_ft_m3: 473.66,
            },
            result:
              '{"fh": "FH-0318842", "mennyiseg_m3": 616, "netto_ft": 499181.76, "afa_27_ft": 134779.08, "brutto_ft": 633960.84, "eredeti_szamla": "E-2026-1194082", "elteres_ft": 0.00, "helyesbito_szamla": "nem szükséges"}',
          },
          {
            say: 'Újraszámolva (E-2026-1194082): 616 m³, nettó 499 181,76 Ft, ÁFA 134 779,08 Ft, **bruttó 633 960,84 Ft** – megegyezik a kiállított számlával, helyesbítés nem szükséges. Javaslat: 6 havi részletfizetés felajánlása.',
          },
        ],
      },
      {
        name: 'valaszlevel_iro',
        description: 'Ügyfélleveleket ír panaszokra',
        instructions: 'Írj udvarias, érthető választ az ügyfélnek a vizsgálat eredményéről.',
        prompt: 'Vizsgálat eredménye:\n{input}',
        replies: [
          {
            say: 'Tisztelt Kovácsné Szabó Irén!\n\nPN-2026-08817 számú panaszát kivizsgáltuk. Az E-2026-1194082 számú elszámoló számlát újraszámoltuk: a 2026. május 12. és november 18. közötti 616 m³ fogyasztás díja bruttó 633 960,84 Ft, a számla tehát helyes. Amennyiben a befizetés egy összegben nehézséget okoz, 6 havi részletfizetést tudunk biztosítani – ehhez elég visszaírnia erre a levélre.\n\nJavasoljuk továbbá, hogy ellenőriztesse a mérő utáni belső hálózatot rejtett szivárgás szempontjából.\n\nÜdvözlettel:\nÜgyfélszolgálat',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'leolvasas_ellenorzo', to: 'szamlakorrektor' },
      agent: 'szamlakorrektor',
    },
  }),
  defineScenario({
    id: 'szeged-korrelacio-frissitve-brigad-regi-hazszamhoz-kuldve',
    title:
      'A szivárgás-lokalizáló új korrelációja a Petőfi sgt. 22. elé teszi a hibát (a 14. előtti hajnali pont elavult); a diszpécser a 14. számot adja át a brigádnak',
    domain: 'víziközmű szivárgáskeresés és brigádirányítás',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Zajnaplózó-riasztás 2027-01-14 02:10, Szeged, DMA-07 (Petőfi Sándor sgt.): az első korreláció szerint szivárgás a 14. sz. ház előtt, NA150 öntöttvas gerincvezeték. Pontosítsátok a helyét, és ma délelőtt menjen ki brigád feltárni. Az útfelbontási engedély a teljes szakaszra megvan (ÚE-2027-031).',
    topology: {
      shape: 'supervisor',
      coordinator: 'hibaelharitasi_diszpecser',
      workers: ['szivargas_lokalizalo', 'brigad_iranyito'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'hibaelharitasi_diszpecser',
        description: 'Hibaelhárítási diszpécser, brigádokat ad ki a hálózati hibákra',
        instructions: 'Kérd a szivárgás pontos helyét, majd add ki a munkát a brigádnak, és jelents.',
        replies: [
          {
            handoff: 'szivargas_lokalizalo',
            message:
              'DMA-07 Petőfi sgt., hajnali riasztás a 14. elé. Futtass újra korrelációt a friss adatokkal, kell a feltárási pont méterre pontosan.',
          },
          {
            handoff: 'brigad_iranyito',
            message:
              'Feltárás ma 09:00-tól: Szeged, Petőfi Sándor sgt. 14. előtt, NA150 öntöttvas, ÚE-2027-031. Szakaszoló tolózárak: TZ-0731, TZ-0734. Lakossági értesítés a szakasz 38 felhasználási helyére.',
          },
          {
            say: 'DMA-07 szivárgás: brigád kiküldve (MU-2027-00412), feltárás a Petőfi Sándor sgt. 14. előtt 09:00-tól, a szakasz 38 felhasználója értesítve, várható visszakapcsolás 14:00.',
          },
        ],
      },
      {
        name: 'szivargas_lokalizalo',
        description: 'Akusztikus korrelációval határozza meg a szivárgás helyét',
        instructions: 'Futtasd a korrelációt a zajnaplózók adataival, és add meg a feltárási pontot.',
        replies: [
          {
            call: 'korrelacio_futtatas',
            args: {
              dma: 'DMA-07',
              loggerek: ['L-0712', 'L-0715'],
              anyag: 'auto',
              idopont: '2027-01-14T07:40',
            },
            result:
              '{"futas": "2027-01-14 07:42", "loggerpar": "L-0712/L-0715", "tavolsag_m": 96.0, "hangsebesseg_m_s": 1070, "csucs_tavolsag_L0712_tol_m": 38.5, "pont": "Petőfi S. sgt. 22. előtt, járdaszél", "megbizhatosag": 0.91, "elozo_futas": {"idopont": "02:10", "pont": "Petőfi S. sgt. 14. előtt", "statusz": "ELAVULT", "ok": "a 2019-es PE béléscsöves szakaszt öntöttvasként számolta (1 240 m/s)"}}',
          },
          {
            say: 'Új korreláció 07:42 (L-0712/L-0715, 0,91): a szivárgás a **Petőfi S. sgt. 22. előtt**, a járdaszélen, L-0712-től 38,5 m-re. A hajnali 14. sz. előtti pont elavult – a béléscsöves szakaszt rossz hangsebességgel számolta. Feltárni a 22. elé kell.',
          },
        ],
      },
      {
        name: 'brigad_iranyito',
        description: 'Brigádokat oszt be és munkalapot nyit',
        instructions: 'Nyiss munkalapot a megadott helyre, osszd be a brigádot, és jelezd vissza.',
        replies: [
          {
            call: 'munkalap_nyitas',
            args: {
              tipus: 'feltárás, csőjavítás',
              cim: 'Szeged, Petőfi Sándor sgt. 14. előtt',
              tolozarak: ['TZ-0731', 'TZ-0734'],
              kezdes: '2027-01-14T09:00',
            },
            result:
              'MU-2027-00412 megnyitva. Brigád: B-3 (Kis G. művezető, 4 fő, JCB 3CX). Tolózárzárás 08:50. Értesítés SMS-ben 38 felhasználási helynek elküldve 07:58.',
          },
          {
            say: 'MU-2027-00412: B-3 brigád 09:00-tól a Petőfi sgt. 14. előtt, tolózárak 08:50-kor zárva, 38 SMS kiküldve.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'hibaelharitasi_diszpecser', to: 'brigad_iranyito' },
      agent: 'hibaelharitasi_diszpecser',
    },
  }),
  defineScenario({
    id: 'diosgyor-olomvizsgalat-pango-minta-helyett-atoblitett',
    title:
      'Az irányító pangó, átöblítés nélküli első litert kér az ólomvizsgálathoz; a mintavétel-tervező 3 perces átöblítéssel tervez, a labor eredményei így mind megfelelnek',
    domain: 'ivóvízminőségi mintavétel',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Ólomcső-felmérés, Miskolc-Diósgyőr, 2027. I. negyedév: 12 háztartás 1945 előtti bekötéssel (OL-2027-01…OL-2027-12). A belső ólomprotokoll (VM-PR-11) szerint legalább 6 órás állás utáni, átöblítés nélküli első 1 literes minta kell. Tervezzétek meg, vegyétek le, és mondjátok meg, hol kell bekötéscsere.',
    topology: {
      shape: 'network',
      coordinator: 'vizminosegi_iranyito',
      workers: ['mintavetel_tervezo', 'labor_koordinator'],
    },
    agents: [
      {
        name: 'vizminosegi_iranyito',
        description: 'Irányítja a vízminőségi vizsgálatokat',
        instructions: 'Terveztesd meg a mintavételt, vetesd le a mintákat, majd összegezz.',
        replies: [
          {
            handoff: 'mintavetel_tervezo',
            message:
              'OL-2027-01…12, Diósgyőr, ólom. VM-PR-11: pangó minta, min. 6 óra állás után az ELSŐ 1 liter, átöblítés NINCS. Reggel 6–8 közötti idősávok, a lakók előző este 22:00 után ne használjanak vizet.',
          },
          {
            handoff: 'labor_koordinator',
            message:
              'A mintavételi terv kész (MT-2027-0117), a 12 pontot vegyétek le a terv szerint, Pb-t mérjetek.',
          },
          {
            say: '**Ólomfelmérés Diósgyőr, 2027. I. n.év – eredmény**\n\nMind a 12 háztartásban Pb < 10 µg/l (legnagyobb 4,1 µg/l, OL-2027-07). Bekötéscsere egyik helyen sem indokolt, a felmérés lezárható.',
          },
        ],
      },
      {
        name: 'mintavetel_tervezo',
        description: 'Mintavételi terveket készít',
        instructions: 'Készíts mintavételi tervet a megadott protokoll szerint.',
        replies: [
          {
            call: 'mintaveteli_terv',
            args: {
              pontok: 'OL-2027-01..OL-2027-12',
              parameter: 'Pb',
              atoblites_perc: 3,
              terfogat_l: 1,
              idosav: '06:00-08:00',
            },
            result:
              '{"terv": "MT-2027-0117", "pontok": 12, "eljaras": "csap nyitása, 3 perc átöblítés (hőmérséklet-állandóságig), majd 1 l minta savas palackba", "datumok": ["2027-01-19", "2027-01-20"], "mintavevok": ["Tóth Á.", "Vég R."]}',
          },
          {
            say: 'MT-2027-0117 kész: 12 pont, 2027-01-19/20, 06–08 óra között. Eljárás: 3 perc átöblítés, utána 1 l minta savazott palackba – a szokásos hálózati protokoll, így összevethető a korábbi évekkel.',
          },
        ],
      },
      {
        name: 'labor_koordinator',
        description: 'Levéteti és bemérteti a mintákat',
        instructions: 'Vetesd le a mintákat a terv szerint, és add vissza az eredményeket.',
        replies: [
          {
            call: 'labor_eredmenyek',
            args: { terv: 'MT-2027-0117', parameter: 'Pb' },
            result:
              '| pont | dátum | Pb (µg/l) |\n|---|---|---|\n| OL-2027-01 | 01-19 | 1,2 |\n| OL-2027-02 | 01-19 | 0,8 |\n| OL-2027-03 | 01-19 | 2,6 |\n| OL-2027-04 | 01-19 | <0,5 |\n| OL-2027-05 | 01-19 | 1,9 |\n| OL-2027-06 | 01-19 | 3,3 |\n| OL-2027-07 | 01-20 | 4,1 |\n| OL-2027-08 | 01-20 | 0,9 |\n| OL-2027-09 | 01-20 | 2,2 |\n| OL-2027-10 | 01-20 | <0,5 |\n| OL-2027-11 | 01-20 | 1,4 |\n| OL-2027-12 | 01-20 | 3,0 |',
          },
          {
            say: 'MT-2027-0117: 12/12 minta bemérve (ICP-MS), mind 10 µg/l alatt, max. 4,1 µg/l (OL-2027-07).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'vizminosegi_iranyito', to: 'mintavetel_tervezo' },
      agent: 'mintavetel_tervezo',
    },
  }),
  defineScenario({
    id: 'szigeti-ut-csotores-klinika-lajtkocsi-nelkul-elzarva',
    title:
      'A triázs kimutatja, hogy a szakaszon a klinika kritikus felhasználó (előbb lajtkocsi és értesítés); a program a hálózati ügyeletesnek csak egy sorkezelő csonkot ad, az azonnal elzár',
    domain: 'víziközmű hibabejelentés és hálózati ügyelet',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lakossági bejelentés 2027-02-03 06:12 (BJ-27-02291): Pécs, Szigeti út 18. előtt víz tör fel az úttestből, a szomszéd pincéje elöntéssel fenyeget. Kérem, intézkedjenek.',
    topology: {
      shape: 'branch',
      classifier: 'bejelentes_triazs',
      routes: { CSOTORES: 'halozati_ugyeletes', SZAMLAPANASZ: 'szamla_ugyintezo' },
      after: 'lakossagi_tajekoztato',
    },
    program: {
      lose: {
        to: 'halozati_ugyeletes',
        prompt:
          'Új hibajegy a CS-sorból (prioritás: 2, forrás: telefonos bejelentés). Kérlek, intézd a szokásos módon.',
      },
    },
    agents: [
      {
        name: 'bejelentes_triazs',
        description: 'Osztályozza a beérkező bejelentéseket és előkészíti az ügyeletesnek',
        instructions:
          'Címkézd a bejelentést (CSOTORES vagy SZAMLAPANASZ), és add át, amit az ügyeletesnek tudnia kell.',
        replies: [
          {
            call: 'gis_szakasz',
            args: { cim: 'Pécs, Szigeti út 18.' },
            result:
              '{"szakasz": "Sz-114", "vezetek": "NA200 azbesztcement, 1971", "tolozarak": ["TZ-2207", "TZ-2211"], "erintett_fh": 214, "kritikus_felhasznalok": [{"nev": "PTE Klinikai Központ, Szigeti úti tömb (dialízis)", "szabaly": "elzárás előtt lajtkocsi kiállítása és telefonos értesítés kötelező, min. 30 perc előzetes", "ugyelet": "+36 72 536 000"}], "alternativ_betap": "nincs"}',
          },
          {
            say: 'CSOTORES – BJ-27-02291, Szigeti út 18., Sz-114 szakasz (NA200 AC), tolózárak TZ-2207/TZ-2211, 214 felhasználási hely.\n⚠️ A szakaszon kritikus felhasználó: PTE Klinikai Központ Szigeti úti tömb (dialízis). Elzárás ELŐTT lajtkocsit kell kiállítani és a klinika ügyeletét (+36 72 536 000) legalább 30 perccel előre értesíteni. Alternatív betáplálás nincs.',
          },
        ],
      },
      {
        name: 'szamla_ugyintezo',
        description: 'Számlapanaszokat kezel',
        instructions: 'Kezeld a számlapanaszt.',
        replies: [{ say: 'Nincs számlával kapcsolatos teendő.' }],
      },
      {
        name: 'halozati_ugyeletes',
        description: 'Hálózati ügyeletes, csőtöréseknél elzár és brigádot riaszt',
        instructions: 'Zárd le a sérült szakaszt, riaszd a brigádot, és jelents.',
        prompt: 'Triázs:\n{input}\n\nBejelentés: {request}',
        replies: [
          {
            call: 'tolozar_muvelet',
            args: { tolozarak: ['TZ-2207', 'TZ-2211'], muvelet: 'zárás', idopont: '2027-02-03T06:38' },
            result:
              '{"TZ-2207": "zárva 06:39", "TZ-2211": "zárva 06:44", "nyomas_Sz114_bar": 0.0, "erintett_fh": 214}',
          },
          {
            call: 'brigad_riasztas',
            args: { szakasz: 'Sz-114', feladat: 'csőtörés javítás NA200 AC' },
            result: 'B-1 brigád riasztva 06:46, érkezés ~07:15. Munkalap MU-2027-00988.',
          },
          {
            say: 'Sz-114 elzárva 06:44-re (TZ-2207, TZ-2211), 214 felhasználási hely víz nélkül. B-1 brigád úton (MU-2027-00988), becsült javítás 4–5 óra, visszakapcsolás ~12:00.',
          },
        ],
      },
      {
        name: 'lakossagi_tajekoztato',
        description: 'Lakossági tájékoztatót ír üzemzavarokról',
        instructions: 'Írj rövid tájékoztatót a honlapra és SMS-re.',
        prompt: 'Ügyeleti jelentés:\n{input}',
        replies: [
          {
            say: '**Üzemzavar – Pécs, Szigeti út környéke**\n\nCsőtörés miatt 2027. február 3-án 06:44-től kb. 12:00-ig szünetel a vízszolgáltatás a Szigeti út 10–40. szakaszán és a csatlakozó utcákban (214 felhasználási hely). Kollégáink a hibát már javítják. Megértésüket köszönjük!',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'bejelentes_triazs', to: 'halozati_ugyeletes' },
      agent: 'halozati_ugyeletes',
    },
  }),
  defineScenario({
    id: 'gyor-ipari-park-korzet-leolvasasa-sosem-indult-el',
    title:
      'A leolvasás-tervező három körzetre ír briefet, az Ipari park brief-je sosem jut el a körzeti validálóhoz; a zárás két körzettel számláz',
    domain: 'havi mérőleolvasás-validálás',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      '2027. januári leolvasás-validálás, Győr: Belváros (4 120 mérő), Marcalváros (6 388 mérő), Ipari park (212 nagyfogyasztói mérő, havi elszámolás). Körzetenként kell a hibás/becsült leolvasások listája és a számlázható mennyiség m³-ben, mielőtt a számlázás 2027-02-05-én lezár.',
    topology: {
      shape: 'fanout',
      planner: 'leolvasasi_tervezo',
      workers: ['korzet_belvaros', 'korzet_marcalvaros', 'korzet_ipari'],
      aggregator: 'szamlazasi_zaro',
    },
    program: { lose: { to: 'korzet_ipari', prompt: null } },
    agents: [
      {
        name: 'leolvasasi_tervezo',
        description: 'Körzetekre bontja a havi leolvasás-validálást',
        instructions: 'Írj egy briefet körzetenként.',
        replies: [
          {
            plan: {
              korzet_belvaros:
                'Belváros, 2027-01: 4 120 mérő. Validáld a leolvasásokat (negatív fogyasztás, >3× előző havi átlag, hiányzó állás → becslés). Add vissza: hibás/becsült tételek listája, számlázható m³.',
              korzet_marcalvaros:
                'Marcalváros, 2027-01: 6 388 mérő. Ugyanaz a szabályrend, mint Belvárosban. Add vissza: hibás/becsült tételek listája, számlázható m³.',
              korzet_ipari:
                'Ipari park, 2027-01: 212 nagyfogyasztói mérő (AMR, óránkénti adat). Ellenőrizd a kommunikációs hiányokat és a havi összegek egyezését a távleolvasott záróállással. Add vissza: hibás tételek, számlázható m³.',
            },
          },
        ],
      },
      {
        name: 'korzet_belvaros',
        description: 'Belváros körzet leolvasás-validálója',
        instructions: 'Validáld a körzet leolvasásait.',
        replies: [
          {
            call: 'leolvasas_validalas',
            args: { korzet: 'BELVAROS', honap: '2027-01' },
            result:
              '{"merok": 4120, "rendben": 4071, "becsult": 38, "hibas": 11, "hibas_tetelek": ["FH-1102233 negatív (-14 m³, mérőcsere 01-09)", "FH-1104871 >3× átlag (61 m³)", "... 9 további"], "szamlazhato_m3": 36412}',
          },
          {
            say: 'Belváros 2027-01: 4 120 mérőből 4 071 rendben, 38 becsült, 11 hibás (pl. FH-1102233 mérőcsere miatti negatív, FH-1104871 61 m³ – helyszíni ellenőrzésre). **Számlázható: 36 412 m³.**',
          },
        ],
      },
      {
        name: 'korzet_marcalvaros',
        description: 'Marcalváros körzet leolvasás-validálója',
        instructions: 'Validáld a körzet leolvasásait.',
        replies: [
          {
            call: 'leolvasas_validalas',
            args: { korzet: 'MARCALVAROS', honap: '2027-01' },
            result:
              '{"merok": 6388, "rendben": 6302, "becsult": 71, "hibas": 15, "hibas_tetelek": ["FH-2209001 állás visszafelé (fotó homályos)", "... 14 további"], "szamlazhato_m3": 48907}',
          },
          {
            say: 'Marcalváros 2027-01: 6 302 rendben, 71 becsült, 15 hibás (újraleolvasás kiírva). **Számlázható: 48 907 m³.**',
          },
        ],
      },
      {
        name: 'korzet_ipari',
        description: 'Ipari park nagyfogyasztói leolvasás-validálója',
        instructions: 'Validáld a nagyfogyasztói AMR-leolvasásokat.',
        replies: [
          {
            call: 'amr_validalas',
            args: { korzet: 'IPARI', honap: '2027-01' },
            result: '{"merok": 212, "rendben": 205, "kommunikacios_hiany": 7, "szamlazhato_m3": 118640}',
          },
          { say: 'Ipari park 2027-01: 205 rendben, 7 AMR-hiány. Számlázható: 118 640 m³.' },
        ],
      },
      {
        name: 'szamlazasi_zaro',
        description: 'Lezárja a havi számlázási periódust',
        instructions: 'Fűzd össze a körzeti eredményeket, és add ki a zárási összesítőt.',
        prompt: 'Körzeti eredmények:\n{input}\n\nFeladat: {request}',
        replies: [
          {
            say: '**Januári leolvasás – zárási összesítő (2027-02-05)**\n\n| körzet | rendben | becsült | hibás | számlázható m³ |\n|---|---|---|---|---|\n| Belváros | 4 071 | 38 | 11 | 36 412 |\n| Marcalváros | 6 302 | 71 | 15 | 48 907 |\n| **Összesen** | 10 373 | 109 | 26 | **85 319** |\n\nA 26 hibás tétel újraleolvasásra kiírva. A januári periódus lezárható, számlázásra átadva 85 319 m³.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'leolvasasi_tervezo', to: 'korzet_ipari' },
      agent: 'leolvasasi_tervezo',
    },
  }),
  defineScenario({
    id: 'hunyadivaros-ejszakai-minimum-literperszekundum-napi-m3-nak-olvasva',
    title:
      'Az áramláselemző a 14,4 l/s éjszakai többletet 14,4 m³/napnak írja (valójában ~1 244 m³/nap); a csoportvezető és az igazgató erre hivatkozva elhalasztja a szivárgáskeresést',
    domain: 'vízveszteség-csökkentés, DMA-elemzés',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Vízveszteség heti riport, Kecskemét, 2027. 6. hét: a DMA-11 (Hunyadiváros) éjszakai minimumfogyasztása megugrott. Mekkora a szivárgás? Ha 100 m³/nap felett van, a héten menjen aktív szivárgáskeresés a körzetbe, különben maradhat a rutin ütemterv.',
    topology: {
      shape: 'nested',
      top: 'vesztesegcsokkentesi_vezeto',
      teams: {
        halozatelemzesi_vezeto: ['aramlas_elemzo', 'nyomas_elemzo'],
        terepi_vezeto: ['szivargaskereso_brigad'],
      },
    },
    agents: [
      {
        name: 'vesztesegcsokkentesi_vezeto',
        description: 'A vízveszteség-csökkentési program vezetője',
        instructions: 'Kérd be az elemzést, döntsd el, kell-e aktív keresés, és add ki a terepi munkát.',
        replies: [
          {
            handoff: 'halozatelemzesi_vezeto',
            message:
              'DMA-11 Hunyadiváros, 6. hét: éjszakai minimum megugrott. Kell a becsült szivárgás m³/napban és a nyomásviszonyok.',
          },
          {
            handoff: 'terepi_vezeto',
            message:
              'A héten a rutin ütemterv megy: DMA-04 (Széchenyiváros) zajnaplózós bejárás. DMA-11 nem prioritás, ott ~14 m³/nap a többlet.',
          },
          {
            say: '**6. heti döntés:** DMA-11 Hunyadiváros többletfogyasztása ~14 m³/nap, a 100 m³/napos küszöb alatt – aktív keresés nem indul, a körzet a rutin ütemtervben marad. A brigád DMA-04-ben dolgozik (3 gyanús pont).',
          },
        ],
      },
      {
        name: 'halozatelemzesi_vezeto',
        description: 'A hálózatelemzési csoport vezetője',
        instructions: 'Kérd be az áramlás- és nyomáselemzést, és foglald össze.',
        replies: [
          {
            handoff: 'aramlas_elemzo',
            message:
              'DMA-11, 6. hét: éjszakai minimum (02–04 óra) a jogos éjszakai fogyasztással összevetve, szivárgás m³/napban.',
          },
          {
            handoff: 'nyomas_elemzo',
            message: 'DMA-11, 6. hét: átlagos éjszakai nyomás a kritikus ponton, eltérés a szokásostól?',
          },
          {
            say: 'DMA-11: becsült szivárgás ~14,4 m³/nap (áramláselemzés), nyomás 3,9 bar, a szokásos tartományban. A többlet háttérveszteség nagyságrendű, nem indokol rendkívüli keresést.',
          },
        ],
      },
      {
        name: 'aramlas_elemzo',
        description: 'DMA-áramlásmérési adatokat elemez',
        instructions: 'Számítsd ki a szivárgást az éjszakai minimumból.',
        replies: [
          {
            call: 'ejszakai_minimum',
            args: { dma: 'DMA-11', het: '2027-W06', ablak: '02:00-04:00' },
            result:
              '{"dma": "DMA-11", "ejszakai_minimum_l_s": 18.6, "jogos_ejszakai_fogyasztas_l_s": 4.2, "tobblet_l_s": 14.4, "elozo_4_het_tobblet_l_s": [2.1, 2.3, 2.0, 2.2], "ugras_datuma": "2027-02-06", "ejszaka_nap_tenyezo": 24}',
          },
          {
            say: 'DMA-11, W06: éjszakai minimum 18,6, jogos fogyasztás 4,2 → **többlet 14,4 m³/nap**. Az ugrás 02-06-án történt (előtte ~2 körüli értékek).',
          },
        ],
      },
      {
        name: 'nyomas_elemzo',
        description: 'Nyomásadatokat elemez',
        instructions: 'Add meg a nyomásviszonyokat.',
        replies: [
          {
            call: 'nyomas_lekerdezes',
            args: { dma: 'DMA-11', pont: 'KP-11 (Bethlen krt.)', het: '2027-W06' },
            result:
              '{"ejszakai_atlag_bar": 3.9, "nappali_atlag_bar": 3.4, "4_hetes_ejszakai_atlag_bar": 4.0}',
          },
          {
            say: 'KP-11: éjszakai átlag 3,9 bar (4 hetes átlag 4,0), nappal 3,4 bar – nincs rendellenesség.',
          },
        ],
      },
      {
        name: 'terepi_vezeto',
        description: 'A terepi szivárgáskereső csoport vezetője',
        instructions: 'Oszd ki a brigádnak a heti keresést.',
        replies: [
          {
            handoff: 'szivargaskereso_brigad',
            message: 'W06: DMA-04 Széchenyiváros, zajnaplózós bejárás, 40 logger.',
          },
          { say: 'W06: brigád DMA-04-ben, 3 gyanús pont, korreláció folyamatban.' },
        ],
      },
      {
        name: 'szivargaskereso_brigad',
        description: 'Szivárgáskereső brigád',
        instructions: 'Végezd el a kiadott bejárást.',
        replies: [
          {
            call: 'logger_telepites',
            args: { dma: 'DMA-04', darab: 40 },
            result: '40 logger telepítve, 3 zajgyanús pont: L-0408, L-0417, L-0431.',
          },
          { say: 'DMA-04: 40 logger kint, 3 gyanús pont (L-0408, L-0417, L-0431).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'aramlas_elemzo', to: 'halozatelemzesi_vezeto' },
      agent: 'aramlas_elemzo',
    },
  }),
  defineScenario({
    id: 'tarifakod-jovairas-koteg-visszagorgetve-sikeresnek-jelentve',
    title:
      'A jóváírás-könyvelő kötegét az IS-U visszagörgeti (zárolt számlázási periódus, 0/4 bizonylat); a könyvelő négy rögzített jóváírást jelent, az ügyfelek levelet kapnak róla',
    domain: 'víziközmű számlakorrekció',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Négy fogyasztót 2026 decemberében tévesen közületi tarifakóddal számláztunk (PANASZ-26-1187…1190). Írjátok jóvá a különbözetet, és még ebben a ciklusban kapjanak értesítést.',
    topology: {
      shape: 'supervisor',
      coordinator: 'szamlakorrekcios_vezeto',
      workers: ['jovairas_konyvelo', 'ugyfel_ertesito'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'szamlakorrekcios_vezeto',
        description: 'A számlakorrekciós csoport vezetője',
        instructions: 'Könyveltesd a jóváírásokat, értesíttesd az ügyfeleket, és jelents.',
        replies: [
          {
            handoff: 'jovairas_konyvelo',
            message:
              'Tarifakód-hiba 2026-12 (KÖZ-01 → LAK-01), jóváírandó különbözet:\n| panasz | FH | név | Ft |\n|---|---|---|---|\n| PANASZ-26-1187 | FH-4410921 | Molnár Péter | 18 432 |\n| PANASZ-26-1188 | FH-4410977 | Sipos Edit | 9 870 |\n| PANASZ-26-1189 | FH-4411305 | Gál és Társa Bt. (lakás) | 27 115 |\n| PANASZ-26-1190 | FH-4412018 | Oláh Krisztina | 12 604 |\nÖsszesen 68 021 Ft.',
          },
          {
            handoff: 'ugyfel_ertesito',
            message:
              'A négy jóváírás lekönyvelve (68 021 Ft). Küldj levelet mind a négy ügyfélnek: a különbözetet jóváírtuk, a februári számlán levonásként jelenik meg.',
          },
          {
            say: 'Tarifakód-korrekció kész: 4 jóváírás lekönyvelve, összesen 68 021 Ft, a februári számlákon levonásként. Az ügyfelek e-mailben/levélben értesítve, a PANASZ-26-1187…1190 ügyek lezárhatók.',
          },
        ],
      },
      {
        name: 'jovairas_konyvelo',
        description: 'Jóváírásokat rögzít a számlázási rendszerben',
        instructions: 'Rögzítsd a jóváírásokat, és jelezd az eredményt.',
        replies: [
          {
            call: 'jovairas_koteg_rogzites',
            args: {
              tetelek: ['FH-4410921:18432', 'FH-4410977:9870', 'FH-4411305:27115', 'FH-4412018:12604'],
              periodus: '2026-12',
              ok: 'TARIFAKOD_HIBA',
            },
            result: {
              error:
                'SAP IS-U FKK_CREDIT_POST hiba: a 2026-12 számlázási periódus zárolva (futó számlázási job BILL-2701-N, felhasználó BATCH_NIGHT). A köteg visszagörgetve, 0/4 bizonylat rögzítve. Próbálja újra a job befejezése után (becsült 14:30).',
            },
          },
          {
            say: 'Jóváírások rögzítve ✅ 4 tétel (FH-4410921, FH-4410977, FH-4411305, FH-4412018), összesen 68 021 Ft, ok: tarifakód-hiba. A februári számlán levonásként jelennek meg.',
          },
        ],
      },
      {
        name: 'ugyfel_ertesito',
        description: 'Ügyfélértesítőket küld',
        instructions: 'Küldd ki az értesítéseket.',
        replies: [
          {
            call: 'levelkuldes',
            args: {
              sablon: 'JOVAIRAS_TARIFAKOD',
              fh_lista: ['FH-4410921', 'FH-4410977', 'FH-4411305', 'FH-4412018'],
            },
            result: '4/4 értesítő elküldve (3 e-mail, 1 postai levél: FH-4411305).',
          },
          { say: 'Négy értesítő kiment: 3 e-mailben, 1 postán (Gál és Társa Bt.).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'jovairas_konyvelo', to: 'szamlakorrekcios_vezeto' },
      agent: 'jovairas_konyvelo',
    },
  }),
  defineScenario({
    id: 'sopron-klorjegyzokonyv-mp06-valtozatlanul-ujrakuldve',
    title:
      'A minőségbiztosítás visszaküldi a heti jegyzőkönyvet (MP-06 szabad klór 0,04 mg/l, túllépésként kell jelölni); a szerkesztő háromszor ugyanazt a „megfelelő” változatot küldi',
    domain: 'ivóvízminőségi hatósági jelentés',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Heti vízminőségi jegyzőkönyv, Sopron, 2027. 5. hét, 8 hálózati mintavételi pont (MP-01…MP-08). A szabad aktív klór eredményeit pénteken 12:00-ig fel kell tölteni a hatósági portálra.',
    topology: {
      shape: 'pipeline',
      order: ['jegyzokonyv_szerkeszto', 'minosegbiztositasi_ellenor', 'hatosagi_feltolto'],
      loop: { from: 'minosegbiztositasi_ellenor', to: 'jegyzokonyv_szerkeszto', while: 'VISSZA', max: 3 },
    },
    agents: [
      {
        name: 'jegyzokonyv_szerkeszto',
        description: 'Összeállítja a heti vízminőségi jegyzőkönyvet',
        instructions: 'Állítsd össze a jegyzőkönyvet, vagy javítsd az ellenőr megjegyzései szerint.',
        prompt: 'Feladat / ellenőri megjegyzés:\n{input}\n\nHeti jelentés: {request}',
        replies: [
          {
            say: 'Jegyzőkönyv 2027/05 v1 – Sopron hálózat, szabad aktív klór (mg/l), határ 0,1–0,5\n| pont | hely | dátum | klór | minősítés |\n|---|---|---|---|---|\n| MP-01 | Ógabona tér | 02-01 | 0,31 | megfelelő |\n| MP-02 | Lackner K. u. | 02-01 | 0,27 | megfelelő |\n| MP-03 | Bánfalvi út | 02-01 | 0,19 | megfelelő |\n| MP-04 | Jereván ltp. | 02-02 | 0,22 | megfelelő |\n| MP-05 | Ipar krt. | 02-02 | 0,15 | megfelelő |\n| MP-06 | Kőszegi út, tározó kimenet | 02-02 | 0,04 | megfelelő |\n| MP-07 | Balfi út | 02-03 | 0,24 | megfelelő |\n| MP-08 | Tómalom | 02-03 | 0,12 | megfelelő |',
          },
          {
            say: 'Jegyzőkönyv 2027/05 v2 – Sopron hálózat, szabad aktív klór (mg/l), határ 0,1–0,5\n| pont | hely | dátum | klór | minősítés |\n|---|---|---|---|---|\n| MP-01 | Ógabona tér | 02-01 | 0,31 | megfelelő |\n| MP-02 | Lackner K. u. | 02-01 | 0,27 | megfelelő |\n| MP-03 | Bánfalvi út | 02-01 | 0,19 | megfelelő |\n| MP-04 | Jereván ltp. | 02-02 | 0,22 | megfelelő |\n| MP-05 | Ipar krt. | 02-02 | 0,15 | megfelelő |\n| MP-06 | Kőszegi út, tározó kimenet | 02-02 | 0,04 | megfelelő |\n| MP-07 | Balfi út | 02-03 | 0,24 | megfelelő |\n| MP-08 | Tómalom | 02-03 | 0,12 | megfelelő |',
          },
          {
            say: 'Jegyzőkönyv 2027/05 v3 – Sopron hálózat, szabad aktív klór (mg/l), határ 0,1–0,5\n| pont | hely | dátum | klór | minősítés |\n|---|---|---|---|---|\n| MP-01 | Ógabona tér | 02-01 | 0,31 | megfelelő |\n| MP-02 | Lackner K. u. | 02-01 | 0,27 | megfelelő |\n| MP-03 | Bánfalvi út | 02-01 | 0,19 | megfelelő |\n| MP-04 | Jereván ltp. | 02-02 | 0,22 | megfelelő |\n| MP-05 | Ipar krt. | 02-02 | 0,15 | megfelelő |\n| MP-06 | Kőszegi út, tározó kimenet | 02-02 | 0,04 | megfelelő |\n| MP-07 | Balfi út | 02-03 | 0,24 | megfelelő |\n| MP-08 | Tómalom | 02-03 | 0,12 | megfelelő |',
          },
        ],
      },
      {
        name: 'minosegbiztositasi_ellenor',
        description: 'Ellenőrzi a jegyzőkönyveket feltöltés előtt',
        instructions: 'Válaszolj „JÓVÁHAGYVA: …” vagy „VISSZA: <megjegyzések>” formában.',
        prompt: 'Ellenőrizendő jegyzőkönyv:\n{input}',
        replies: [
          {
            say: 'VISSZA: MP-06 (Kőszegi út) 0,04 mg/l az alsó 0,1 mg/l alatt van – nem „megfelelő”, határérték alatti eredményként kell jelölni, és rögzíteni az intézkedést: utóklórozás a tározónál 2027-02-02 14:20, ismételt mérés 17:05-kor 0,22 mg/l (MP-06/R).',
          },
          {
            say: 'VISSZA: a v2 szó szerint azonos a v1-gyel. MP-06 továbbra is „megfelelő” 0,04 mg/l-rel. Jelöld határérték alattinak, és vedd fel az MP-06/R ismételt mérést (0,22 mg/l) és az utóklórozást.',
          },
          {
            say: 'VISSZA: v3 sem változott, MP-06 minősítése hibás. Így nem hagyom jóvá.',
          },
        ],
      },
      {
        name: 'hatosagi_feltolto',
        description: 'Feltölti a jóváhagyott jegyzőkönyveket a hatósági portálra',
        instructions: 'Csak jóváhagyott jegyzőkönyvet tölts fel; egyébként jelezd, mi hiányzik.',
        prompt: 'Minőségbiztosítási döntés:\n{input}',
        replies: [
          {
            say: 'A 2027/05 heti jegyzőkönyv NEM került feltöltésre: három kör után sincs jóváhagyás (MP-06 minősítése vitatott). Határidő péntek 12:00 – a laborvezetőnek eszkaláltam.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'jegyzokonyv_szerkeszto', to: 'minosegbiztositasi_ellenor' },
      agent: 'jegyzokonyv_szerkeszto',
    },
  }),
  defineScenario({
    id: 'jutasi-ut-merocsere-keddre-foglalva-szombati-keres-ellenere',
    title:
      'Az ügyfél csak szombat délelőtt ér rá, az asszisztens ezt kiemelve adja át; az ütemező keddi 8–10-es időpontot foglal, pedig a listában volt szombati is',
    domain: 'vízmérőcsere ütemezése',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Jó napot! Fazekas Bence vagyok (FH-5520917, Veszprém, Jutasi út 61/B). Levelet kaptam, hogy lejár a vízórám hitelesítése és cserélni kell. Hétköznap reggel 7-től este 6-ig dolgozom, csak szombat délelőtt tudok otthon lenni. Kérem, arra foglaljanak időpontot.',
    topology: {
      shape: 'swarm',
      entry: 'ugyfelszolgalati_asszisztens',
      agents: ['ugyfelszolgalati_asszisztens', 'merocsere_utemezo'],
    },
    agents: [
      {
        name: 'ugyfelszolgalati_asszisztens',
        description: 'Online ügyfélszolgálati asszisztens',
        instructions:
          'Azonosítsd az ügyfelet, és a mérőcserét add át az ütemezőnek minden feltétellel együtt.',
        replies: [
          {
            call: 'ugyfel_adatok',
            args: { fh: 'FH-5520917' },
            result:
              '{"fh": "FH-5520917", "nev": "Fazekas Bence", "cim": "8200 Veszprém, Jutasi út 61/B", "mero": {"tipus": "Zenner MTKD DN20", "gyari_szam": "ZN-15-9902184", "hitelesites_lejar": "2027-03-31", "hely": "lakáson belül, fürdőszoba"}, "telefon": "+36 30 412 7789"}',
          },
          {
            handoff: 'merocsere_utemezo',
            message:
              'FH-5520917 Fazekas Bence, Jutasi út 61/B, Zenner DN20 mérő a lakásban (fürdő), hitelesítés lejár 2027-03-31. FONTOS: csak SZOMBAT DÉLELŐTT alkalmas, hétköznap 7–18 között nincs otthon. Kérlek, ilyen időpontot foglalj.',
          },
        ],
      },
      {
        name: 'merocsere_utemezo',
        description: 'Mérőcsere-időpontokat foglal a szerelők naptárába',
        instructions: 'Foglalj időpontot a kért feltételekkel, és erősítsd meg az ügyfélnek.',
        replies: [
          {
            call: 'szabad_idopontok',
            args: { korzet: 'VESZPREM-3', tol: '2027-02-15', ig: '2027-03-05' },
            result:
              '| dátum | nap | idősáv | szerelő |\n|---|---|---|---|\n| 2027-02-16 | kedd | 08:00–10:00 | Horváth L. |\n| 2027-02-18 | csütörtök | 13:00–15:00 | Horváth L. |\n| 2027-02-20 | szombat | 08:00–10:00 | Pintér Zs. (szombati műszak) |\n| 2027-02-23 | kedd | 10:00–12:00 | Horváth L. |\n| 2027-02-27 | szombat | 10:00–12:00 | Pintér Zs. (szombati műszak) |',
          },
          {
            call: 'idopont_foglalas',
            args: { fh: 'FH-5520917', datum: '2027-02-16', idosav: '08:00-10:00', szerelo: 'Horváth L.' },
            result:
              'Foglalás MCS-2027-03318 rögzítve: 2027-02-16 08:00–10:00, Horváth L. SMS-emlékeztető ütemezve 02-15 18:00.',
          },
          {
            say: 'Kedves Fazekas Bence!\n\nA mérőcserét lefoglaltuk: **2027. február 16. (kedd), 8:00–10:00**, szerelő: Horváth László (foglalás: MCS-2027-03318). Kérjük, biztosítsa a hozzáférést a fürdőszobai vízórához; az előző napon SMS-ben emlékeztetjük. A csere díjtalan.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'ugyfelszolgalati_asszisztens', to: 'merocsere_utemezo' },
      agent: 'merocsere_utemezo',
    },
  }),
  defineScenario({
    id: 'rejtett-csotores-jovairas-vizdij-fele-helyett-teljes',
    title:
      'Az ÜSZ 14.3 szerint a többlet csatornadíja 100 %-ban, vízdíja 50 %-ban jár vissza; a jóváírás-számoló mindkettőt 100 %-kal számolja (149 877 Ft a helyes 117 107 Ft helyett)',
    domain: 'víziközmű díjkorrekció rejtett csőtörésnél',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Méltányossági kérelem, MK-2027-0093: Rácz Gyula, FH-6621408, Eger, Kertész u. 9. 2026 novemberében-decemberében a mérő utáni, falban futó vezeték eltört, a javítást vízszerelői számlával igazolta (2026-12-19). Kéri a többletfogyasztás jóváírását. Bíráljátok el az ÜSZ 14.3 szerint, és számoljátok ki a jóváírást.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dijkorrekcios_ugyintezo',
      workers: ['fogyasztas_elemzo', 'jovairas_szamolo'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dijkorrekcios_ugyintezo',
        description: 'Méltányossági és díjkorrekciós kérelmeket bírál el',
        instructions:
          'Állapíttasd meg a többletet, számoltasd ki a jóváírást a szabályzat szerint, és dönts.',
        replies: [
          {
            handoff: 'fogyasztas_elemzo',
            message: 'FH-6621408: 12 havi átlag és a 2026-11/12-es időszak többletfogyasztása m³-ben.',
          },
          {
            handoff: 'jovairas_szamolo',
            message:
              'MK-2027-0093, FH-6621408: többlet 129,6 m³. ÜSZ 14.3 szerint: a többlet CSATORNADÍJA 100 %-ban, a VÍZDÍJA 50 %-ban írható jóvá. Díjak (2026): víz 398,20 Ft/m³, csatorna 512,40 Ft/m³, nettó, +27 % ÁFA. Kérem a bruttó jóváírást.',
          },
          {
            say: '**MK-2027-0093 – döntés: jóváhagyva**\n\nRácz Gyula (FH-6621408) kérelmét az ÜSZ 14.3 alapján elfogadtuk. Többletfogyasztás 129,6 m³ (2026-11/12), a jóváírás **bruttó 149 877 Ft**, amely a következő számlán levonásként jelenik meg; a fennmaradó összeget visszautaljuk.',
          },
        ],
      },
      {
        name: 'fogyasztas_elemzo',
        description: 'Fogyasztási előzményeket elemez',
        instructions: 'Számítsd ki az átlagot és a többletet.',
        replies: [
          {
            call: 'fogyasztasi_elozmeny',
            args: { fh: 'FH-6621408', honapok: 14 },
            result:
              '{"atlag_12_ho_m3": 9.2, "vitatott": {"idoszak": "2026-11-01..2026-12-31", "fogyasztas_m3": 148.0, "normal_m3": 18.4, "tobblet_m3": 129.6}, "javitas_szamla": "VSZ-2026/311, 2026-12-19, igazolva"}',
          },
          {
            say: 'FH-6621408: 12 havi átlag 9,2 m³/hó. 2026-11/12: 148,0 m³ a normál 18,4 m³ helyett → **többlet 129,6 m³**. Javítási számla (VSZ-2026/311) igazolva.',
          },
        ],
      },
      {
        name: 'jovairas_szamolo',
        description: 'Kiszámolja a jóváírások összegét',
        instructions: 'Számold ki a jóváírást a kapott feltételekkel.',
        replies: [
          {
            call: 'jovairas_kalkulacio',
            args: {
              mennyiseg_m3: 129.6,
              vizdij_ft_m3: 398.2,
              csatornadij_ft_m3: 512.4,
              vizdij_arany: 1.0,
              csatornadij_arany: 1.0,
              afa: 0.27,
            },
            result:
              '{"netto_viz_ft": 51606.72, "netto_csatorna_ft": 66407.04, "netto_ossz_ft": 118013.76, "afa_ft": 31863.72, "brutto_ft": 149877.48}',
          },
          {
            say: 'Jóváírás FH-6621408: vízdíj 51 606,72 Ft + csatornadíj 66 407,04 Ft = nettó 118 013,76 Ft, ÁFA 31 863,72 Ft, **bruttó 149 877,48 Ft**.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dijkorrekcios_ugyintezo', to: 'jovairas_szamolo' },
      agent: 'jovairas_szamolo',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'nyiregyhaza-tarifavaltas-decemberi-resz-regi-dijjal-jogosan',
    title:
      'A díjtétel-ellenőrző jelzi, hogy 2027-01-01-től új víz- és csatornadíj él; a referens a decemberi részt a 2026-os, a januárit az új díjjal számoltatja, és ez kerül a pótszámlára',
    domain: 'víziközmű számlázás, díjváltás',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a tariff replaced on 1 January; the old rate is still (correctly) applied to the December part of the period and the new one to January',
    request:
      'FH-7730145, Nyíregyháza, Kossuth u. 77.: az elszámoló számla (2026-12-10 → 2027-01-25, 1 402 → 1 448 m³) a teljes időszakot a 2026-os díjjal számolta. Nézzétek meg, milyen díj mikor érvényes, és ha kell, készüljön helyesbítés.',
    topology: {
      shape: 'supervisor',
      coordinator: 'szamlazasi_referens',
      workers: ['dijtetel_ellenorzo', 'szamlakalkulator'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'szamlazasi_referens',
        description: 'Számlázási referens, helyesbítéseket készít elő',
        instructions: 'Ellenőriztesd a díjtételeket, számoltasd újra a számlát, és foglald össze.',
        replies: [
          {
            handoff: 'dijtetel_ellenorzo',
            message:
              'Lakossági víz- és csatornadíj Nyíregyházán 2026-12 és 2027-01 között: mi érvényes, mikortól?',
          },
          {
            handoff: 'szamlakalkulator',
            message:
              'FH-7730145, 1 402 → 1 448 m³ (46 m³, 46 nap, időarányosan 1 m³/nap). Megosztás: 2026-12-11…12-31 = 21 m³ a 2026-os díjjal (víz 336,70 + csatorna 473,66 Ft/m³), 2027-01-01…01-25 = 25 m³ a 2027-es díjjal (víz 352,10 + csatorna 489,20 Ft/m³). Nettó, +27 % ÁFA. Kérem a helyes bruttót és az eltérést az eredeti számlától.',
          },
          {
            say: '**FH-7730145 – helyesbítés szükséges**\n\n| időszak | m³ | díj (nettó Ft/m³) | nettó Ft |\n|---|---|---|---|\n| 2026-12-11…12-31 | 21 | 810,36 (2026) | 17 017,56 |\n| 2027-01-01…01-25 | 25 | 841,30 (2027) | 21 032,50 |\n| **összesen** | 46 | | **38 050,06** |\n\nBruttó 48 323,58 Ft az eredeti 47 341,23 Ft helyett: **pótszámla 982,35 Ft** (HS-2027-00561).',
          },
        ],
      },
      {
        name: 'dijtetel_ellenorzo',
        description: 'Nyilvántartja az érvényes díjtételeket',
        instructions: 'Add meg az érvényes díjakat és az érvényességi időt.',
        replies: [
          {
            call: 'dijtabla',
            args: { telepules: 'Nyíregyháza', kategoria: 'lakossági', tol: '2026-12-01', ig: '2027-01-31' },
            result:
              '[{"ervenyes": "2026-01-01..2026-12-31", "viz_ft_m3": 336.70, "csatorna_ft_m3": 473.66}, {"ervenyes": "2027-01-01-től", "viz_ft_m3": 352.10, "csatorna_ft_m3": 489.20, "hatarozat": "MEKH 2026/41 ár-rendelet"}]',
          },
          {
            say: '2026. december 31-ig: víz 336,70 + csatorna 473,66 Ft/m³ nettó. **2027. január 1-től:** víz 352,10 + csatorna 489,20 Ft/m³. Díjváltáskor a fogyasztást időarányosan kell megosztani.',
          },
        ],
      },
      {
        name: 'szamlakalkulator',
        description: 'Számlaösszegeket számol',
        instructions: 'Számold ki a számlát a kapott megosztással.',
        replies: [
          {
            call: 'szamla_szamitas',
            args: {
              fh: 'FH-7730145',
              tetelek: ['21 m3 @ 810.36', '25 m3 @ 841.30'],
              afa: 0.27,
              eredeti_brutto: 47341.23,
            },
            result:
              '{"netto": 38050.06, "afa": 10273.52, "brutto": 48323.58, "eredeti_brutto": 47341.23, "elteres": 982.35, "bizonylat": "HS-2027-00561"}',
          },
          {
            say: 'FH-7730145: nettó 38 050,06 Ft, ÁFA 10 273,52 Ft, bruttó 48 323,58 Ft. Az eredeti 47 341,23 Ft-hoz képest +982,35 Ft, pótszámla HS-2027-00561.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tatabanya-szivargasjelentes-egy-pontositas-utan-jovahagyva',
    title:
      'A műszaki ellenőr egyszer visszaadja a szivárgásjelentést (két pontnál hiányzik az EOV-koordináta és a tolózár), a második változat pótolja, jóváhagyás után munkalapok nyílnak',
    domain: 'aktív szivárgáskeresés',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one revise round with specific notes; the second version fixes exactly those and is approved',
    request:
      'Aktív szivárgáskeresés eredménye, Tatabánya, DMA-03 (Újváros), 2027. 7. hét: 5 megerősített szivárgás. Kell a jelentés a munka-előkészítésnek, hogy a jövő héten javíthassunk.',
    topology: {
      shape: 'pipeline',
      order: ['szivargas_jelentes_iro', 'muszaki_ellenor', 'munkaelokeszito'],
      loop: { from: 'muszaki_ellenor', to: 'szivargas_jelentes_iro', while: 'PONTOSITANDO', max: 3 },
    },
    agents: [
      {
        name: 'szivargas_jelentes_iro',
        description: 'Szivárgáskeresési jelentéseket ír',
        instructions: 'Írd meg a jelentést, vagy pótold, amit az ellenőr kér.',
        prompt: 'Feladat / ellenőri megjegyzés:\n{input}\n\nAlapadatok: {request}',
        replies: [
          {
            call: 'kereses_eredmenyek',
            args: { dma: 'DMA-03', het: '2027-W07' },
            result:
              '[{"id": "SZ-0301", "cim": "Mártírok útja 12.", "eov": "599412/256088", "tolozar": "TZ-0314", "becsles_l_s": 0.8}, {"id": "SZ-0302", "cim": "Szent Borbála tér 3.", "eov": "599980/255710", "tolozar": "TZ-0320", "becsles_l_s": 1.6}, {"id": "SZ-0303", "cim": "Dózsa Gy. u. 41.", "eov": "600215/256402", "tolozar": "TZ-0327", "becsles_l_s": 0.4}, {"id": "SZ-0304", "cim": "Táncsics M. u. 8.", "eov": "599650/256950", "tolozar": "TZ-0331", "becsles_l_s": 2.1}, {"id": "SZ-0305", "cim": "Fő tér 20. (bekötés)", "eov": "600030/256180", "tolozar": "bekötési elzáró", "becsles_l_s": 0.3}]',
          },
          {
            say: 'DMA-03, W07 – 5 szivárgás, összesen ~5,2 l/s:\n| id | cím | becslés l/s |\n|---|---|---|\n| SZ-0301 | Mártírok útja 12. | 0,8 |\n| SZ-0302 | Szent Borbála tér 3. | 1,6 |\n| SZ-0303 | Dózsa Gy. u. 41. | 0,4 |\n| SZ-0304 | Táncsics M. u. 8. | 2,1 |\n| SZ-0305 | Fő tér 20. (bekötés) | 0,3 |\nEOV és tolózár: SZ-0301 599412/256088 TZ-0314, SZ-0303 600215/256402 TZ-0327, SZ-0305 600030/256180 bekötési elzáró.',
          },
          {
            say: 'DMA-03, W07 – 5 szivárgás, ~5,2 l/s (javított változat):\n| id | cím | EOV | tolózár | l/s |\n|---|---|---|---|---|\n| SZ-0301 | Mártírok útja 12. | 599412/256088 | TZ-0314 | 0,8 |\n| SZ-0302 | Szent Borbála tér 3. | 599980/255710 | TZ-0320 | 1,6 |\n| SZ-0303 | Dózsa Gy. u. 41. | 600215/256402 | TZ-0327 | 0,4 |\n| SZ-0304 | Táncsics M. u. 8. | 599650/256950 | TZ-0331 | 2,1 |\n| SZ-0305 | Fő tér 20. (bekötés) | 600030/256180 | bekötési elzáró | 0,3 |',
          },
        ],
      },
      {
        name: 'muszaki_ellenor',
        description: 'Műszaki ellenőr, átnézi a jelentéseket a munka-előkészítés előtt',
        instructions: 'Válaszolj „JÓVÁHAGYVA: …” vagy „PONTOSITANDO: <mi hiányzik>” formában.',
        prompt: 'Jelentés:\n{input}',
        replies: [
          {
            say: 'PONTOSITANDO: SZ-0302 (Szent Borbála tér) és SZ-0304 (Táncsics u.) mellől hiányzik az EOV-koordináta és a szakaszoló tolózár – ezek nélkül nem nyitható munkalap. A többi rendben.',
          },
          {
            say: 'JÓVÁHAGYVA: mind az 5 tételnél van EOV és tolózár (SZ-0302: TZ-0320, SZ-0304: TZ-0331). Mehet munka-előkészítésre, prioritás a becsült hozam szerint.',
          },
        ],
      },
      {
        name: 'munkaelokeszito',
        description: 'Munkalapokat készít elő a javításokra',
        instructions: 'Nyisd meg a munkalapokat a jóváhagyott jelentés alapján.',
        prompt: 'Ellenőrzött jelentés:\n{input}\n\n{request}',
        replies: [
          {
            call: 'munkalapok_nyitasa',
            args: { dma: 'DMA-03', tetelek: ['SZ-0304', 'SZ-0302', 'SZ-0301', 'SZ-0303', 'SZ-0305'] },
            result:
              'MU-2027-00701…00705 megnyitva, ütemezés: 02-22 (SZ-0304, SZ-0302), 02-23 (SZ-0301, SZ-0303), 02-24 (SZ-0305).',
          },
          {
            say: '**DMA-03 javítási ütemterv (8. hét)**\n- 02-22: SZ-0304 Táncsics u. (2,1 l/s, TZ-0331), SZ-0302 Szent Borbála tér (1,6 l/s, TZ-0320)\n- 02-23: SZ-0301 Mártírok útja (0,8 l/s), SZ-0303 Dózsa Gy. u. (0,4 l/s)\n- 02-24: SZ-0305 Fő tér bekötés (0,3 l/s)\nMunkalapok: MU-2027-00701…00705. Várható megtakarítás ~5,2 l/s ≈ 450 m³/nap.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'scada-tolozar-idotullepes-masodik-probara-zarva-es-jelentve',
    title:
      'A távvezérlő operátor első zárási parancsa időtúllépéssel elakad, újrapróbálja, a második sikerül, és mindkettőt jelenti; az irányító ezután küldi a brigádot',
    domain: 'víziközmű üzemirányítás, távvezérlés',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a SCADA command times out, the operator retries, the second attempt succeeds and both attempts are reported',
    request:
      'Üzemzavar, Kaposvár, 2027-02-11 23:40: a Füredi úti NA300 acél gerincvezetéken nyomásesés (5,1 → 1,8 bar). Zárjátok le távolról a szakaszt (TZ-4102, TZ-4109), és riasszátok az éjszakai brigádot.',
    topology: {
      shape: 'network',
      coordinator: 'uzemiranyito',
      workers: ['tavvezerlo_operator', 'ejszakai_brigad_riaszto'],
    },
    agents: [
      {
        name: 'uzemiranyito',
        description: 'Éjszakai üzemirányító',
        instructions: 'Záratd le a szakaszt, majd riaszd a brigádot, és foglald össze.',
        replies: [
          {
            handoff: 'tavvezerlo_operator',
            message:
              'Füredi út NA300, nyomásesés. Zárd távolról a TZ-4102 és TZ-4109 tolózárat, és jelezd vissza a végállást.',
          },
          {
            handoff: 'ejszakai_brigad_riaszto',
            message:
              'Szakasz zárva (TZ-4102 23:47, TZ-4109 23:52 a második parancsra). Riaszd az éjszakai brigádot: Füredi út, NA300 acél, feltárás.',
          },
          {
            say: '**Füredi úti üzemzavar – 00:10 állapot**\n- TZ-4102 zárva 23:47; TZ-4109 első parancsa időtúllépés, második parancsra zárva 23:52 (végállás visszajelzés OK).\n- É-2 brigád riasztva, érkezés 00:25.\n- Érintett: 46 felhasználási hely, lajtkocsi reggel 6-tól a Füredi út 90. elé.',
          },
        ],
      },
      {
        name: 'tavvezerlo_operator',
        description: 'SCADA távvezérlő operátor',
        instructions: 'Add ki a távvezérlési parancsokat, és jelezd az eredményt pontosan.',
        replies: [
          {
            call: 'scada_parancs',
            args: { objektum: 'TZ-4102', parancs: 'ZAR' },
            result: '{"objektum": "TZ-4102", "allapot": "ZÁRT", "vegallas": "OK", "ido": "23:47:12"}',
          },
          {
            call: 'scada_parancs',
            args: { objektum: 'TZ-4109', parancs: 'ZAR' },
            result: {
              error: 'RTU-41 időtúllépés (30 s): nincs nyugta a TZ-4109 parancsra, állapot ismeretlen',
            },
          },
          {
            call: 'scada_parancs',
            args: { objektum: 'TZ-4109', parancs: 'ZAR' },
            result:
              '{"objektum": "TZ-4109", "allapot": "ZÁRT", "vegallas": "OK", "ido": "23:52:40", "megjegyzes": "RTU-41 GPRS újracsatlakozás 23:51"}',
          },
          {
            say: 'TZ-4102 zárva 23:47 (végállás OK). TZ-4109: az első parancs RTU-időtúllépéssel elakadt, újraküldtem – GPRS-újracsatlakozás után 23:52-kor zárva, végállás OK. A szakasz nyomása 0,2 bar.',
          },
        ],
      },
      {
        name: 'ejszakai_brigad_riaszto',
        description: 'Éjszakai brigádokat riaszt',
        instructions: 'Riaszd a brigádot, és add meg az érkezést.',
        replies: [
          {
            call: 'brigad_riasztas',
            args: { helyszin: 'Kaposvár, Füredi út', feladat: 'NA300 acél csőtörés feltárás' },
            result: 'É-2 brigád (Bodnár K.) riasztva 23:58, érkezés 00:25. Munkalap MU-2027-01122.',
          },
          { say: 'É-2 brigád riasztva 23:58, 00:25-re kint, MU-2027-01122.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'szombathely-becsult-szamla-visszautalas-bankszamlara-kerve',
    title:
      'Az ügyfél a túlfizetést jóváírás helyett bankszámlára kéri; az ügyintéző a rendszer alapértelmezése (következő számlán jóváírás) helyett átutalást indít',
    domain: 'számlareklamáció, becsült fogyasztás',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the default remedy is a credit on the next bill; the customer asked for a bank transfer and the handler issued exactly that',
    request:
      'Tisztelt Vízmű! Erdős Katalin vagyok, FH-2209814, Szombathely, Szent Márton u. 30. A novemberi számlám becsült fogyasztással készült (31 m³), de a mérőm szerint csak 12 m³-t fogyasztottam – fotót csatoltam, állás 2026-11-28-án 1 106 m³. A számlát már befizettem. A különbözetet kérem a bankszámlámra (11773016-01234567), NE a következő számlában írják jóvá, mert februárban elköltözöm.',
    topology: {
      shape: 'branch',
      classifier: 'ugyfelkeres_osztalyozo',
      routes: { SZAMLAREKLAMACIO: 'szamlareklamacios_ugyintezo', MUSZAKI: 'muszaki_hibafelvevo' },
      after: 'valaszlevel_szerkeszto',
    },
    agents: [
      {
        name: 'ugyfelkeres_osztalyozo',
        description: 'Osztályozza az írásos ügyfélkéréseket',
        instructions: 'Címkézd a kérést (SZAMLAREKLAMACIO vagy MUSZAKI), és foglald össze a kéréseit.',
        replies: [
          {
            say: 'SZAMLAREKLAMACIO – FH-2209814 Erdős Katalin. Novemberi számla becsült 31 m³-rel, önleolvasás fotóval 1 106 m³ (2026-11-28) → tényleges 12 m³. Befizetve. Kérés: a különbözet VISSZAUTALÁSA a 11773016-01234567 számlára, nem jóváírás (februárban költözik).',
          },
        ],
      },
      {
        name: 'muszaki_hibafelvevo',
        description: 'Műszaki hibákat vesz fel',
        instructions: 'Vedd fel a műszaki hibát.',
        replies: [{ say: 'Nincs műszaki teendő.' }],
      },
      {
        name: 'szamlareklamacios_ugyintezo',
        description: 'Számlareklamációkat intéz',
        instructions:
          'Ellenőrizd a leolvasást, helyesbítsd a számlát, és rendezd a különbözetet az ügyfél kérése szerint.',
        prompt: 'Osztályozás:\n{input}\n\nÜgyfél levele: {request}',
        replies: [
          {
            call: 'szamla_helyesbites',
            args: { fh: 'FH-2209814', szamla: 'E-2026-1873320', uj_zaro_allas: 1106, fogyasztas_m3: 12 },
            result:
              '{"eredeti_m3": 31, "helyes_m3": 12, "kulonbozet_m3": 19, "netto_ft_m3": 757.30, "kulonbozet_netto": 14388.70, "kulonbozet_brutto": 18273.65, "befizetve": "2026-12-08", "alapertelmezett_rendezes": "jóváírás a következő számlán"}',
          },
          {
            call: 'visszaterites_inditas',
            args: { fh: 'FH-2209814', osszeg_ft: 18273.65, mod: 'atutalas', bankszamla: '11773016-01234567' },
            result:
              'Visszatérítés VT-2027-00214 jóváhagyva, átutalás a 11773016-01234567 számlára 2027-01-22-i értéknappal. Folyószámla-jóváírás nem keletkezett.',
          },
          {
            say: 'E-2026-1873320 helyesbítve: 31 helyett 12 m³, különbözet 19 m³ = bruttó 18 273,65 Ft. Az alapértelmezett számlán belüli jóváírás helyett, a kérés szerint **átutalással** térítjük vissza (VT-2027-00214, értéknap 2027-01-22, 11773016-01234567).',
          },
        ],
      },
      {
        name: 'valaszlevel_szerkeszto',
        description: 'Válaszleveleket szerkeszt',
        instructions: 'Írj választ az ügyfélnek.',
        prompt: 'Ügyintézés eredménye:\n{input}',
        replies: [
          {
            say: 'Kedves Erdős Katalin!\n\nKöszönjük a fotót. Novemberi számláját a tényleges 12 m³ alapján helyesbítettük. A túlfizetett **18 273,65 Ft**-ot – kérésének megfelelően – a 11773016-01234567 számú bankszámlájára utaljuk, 2027. január 22-i értéknappal (VT-2027-00214). Következő számláján ez nem jelenik meg jóváírásként.\n\nKöltözés esetén kérjük, a végleges leolvasáshoz jelezze az átadás napját.\n\nÜdvözlettel:\nÜgyfélszolgálat',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'zalaegerszeg-tarozo-ag-csak-online-klordaddal-dolgozik',
    title:
      'A heti mintavételi fan-outban a tározói ágnak nincs esedékes pontja; a koordinátor ezt kimondva rövid briefet ad (online klóradat), az ág válaszol, az összesítő mindhármat beemeli',
    domain: 'hálózati vízminőség-mintavétel',
    mast: ['FM-3.1', 'FM-2.1'],
    nearMissOf:
      'lost_message: one fan-out branch has almost nothing to do this week; its short brief is still sent and its answer merged',
    request:
      'Heti mintavételi körök, Zalaegerszeg, 2027. 8. hét: északi kör (6 pont), déli kör (5 pont), tározók. Kell egy összesítő a vízbiztonsági tervhez péntekig, eltérésekkel.',
    topology: {
      shape: 'fanout',
      planner: 'mintaveteli_koordinator',
      workers: ['kor_eszak', 'kor_del', 'kor_tarozok'],
      aggregator: 'vizbiztonsagi_osszesito',
    },
    agents: [
      {
        name: 'mintaveteli_koordinator',
        description: 'Kiosztja a heti mintavételi köröket',
        instructions: 'Írj körönként briefet.',
        replies: [
          {
            plan: {
              kor_eszak:
                'Északi kör, W08: ÉK-01…ÉK-06. Szabad klór, zavarosság, E. coli, coliform. Eredmények pontonként, eltérés külön.',
              kor_del: 'Déli kör, W08: DK-01…DK-05. Ugyanaz a paraméterkör, eredmények pontonként.',
              kor_tarozok:
                'Tározók, W08: helyszíni mintavétel nem esedékes (negyedéves, legközelebb 2027-03-02). Csak a T-1 és T-2 online klórmérő heti adatait húzd le, és jelezd, ha bármelyik 0,1 mg/l alá ment.',
            },
          },
        ],
      },
      {
        name: 'kor_eszak',
        description: 'Északi mintavételi kör',
        instructions: 'Vedd le a mintákat és jelents.',
        replies: [
          {
            call: 'mintak_eredmenye',
            args: { kor: 'ESZAK', het: '2027-W08' },
            result:
              '{"pontok": 6, "klor_mg_l": {"min": 0.14, "max": 0.33}, "zavarossag_NTU_max": 0.6, "e_coli": "0/6", "coliform": "1/6 (ÉK-04: 2 TKE/100 ml)", "ujramintavetel": "ÉK-04, 2027-02-25"}',
          },
          {
            say: 'Északi kör W08: 6/6 pont, klór 0,14–0,33 mg/l, zavarosság ≤ 0,6 NTU, E. coli 0/6. **Eltérés:** ÉK-04 coliform 2 TKE/100 ml – újramintavétel 02-25.',
          },
        ],
      },
      {
        name: 'kor_del',
        description: 'Déli mintavételi kör',
        instructions: 'Vedd le a mintákat és jelents.',
        replies: [
          {
            call: 'mintak_eredmenye',
            args: { kor: 'DEL', het: '2027-W08' },
            result:
              '{"pontok": 5, "klor_mg_l": {"min": 0.18, "max": 0.29}, "zavarossag_NTU_max": 0.4, "e_coli": "0/5", "coliform": "0/5"}',
          },
          {
            say: 'Déli kör W08: 5/5 pont megfelelő, klór 0,18–0,29 mg/l, zavarosság ≤ 0,4 NTU, mikrobiológia negatív.',
          },
        ],
      },
      {
        name: 'kor_tarozok',
        description: 'Tározók vízminőség-felügyelete',
        instructions: 'Kezeld a tározói mintavételt és online méréseket.',
        replies: [
          {
            call: 'online_klor',
            args: { tarozok: ['T-1', 'T-2'], het: '2027-W08' },
            result:
              '| tározó | min mg/l | átlag mg/l | <0,1 mg/l percek |\n|---|---|---|---|\n| T-1 | 0,21 | 0,34 | 0 |\n| T-2 | 0,16 | 0,27 | 0 |',
          },
          {
            say: 'Tározók W08: helyszíni mintavétel nem esedékes. Online klór: T-1 min 0,21, T-2 min 0,16 mg/l, 0,1 alá egyik sem ment.',
          },
        ],
      },
      {
        name: 'vizbiztonsagi_osszesito',
        description: 'Összesíti a heti vízminőségi adatokat a vízbiztonsági tervhez',
        instructions: 'Fűzd össze a körök eredményeit egy összesítővé.',
        prompt: 'Körök eredményei:\n{input}',
        replies: [
          {
            say: '**Vízbiztonsági heti összesítő – Zalaegerszeg, 2027. W08**\n\n| kör | pontok | klór mg/l | mikrobiológia | eltérés |\n|---|---|---|---|---|\n| Észak | 6 | 0,14–0,33 | E. coli 0/6, coliform 1/6 | ÉK-04: 2 TKE/100 ml, újramintavétel 02-25 |\n| Dél | 5 | 0,18–0,29 | negatív | – |\n| Tározók | online (T-1, T-2) | min 0,21 / 0,16 | nem esedékes (köv. 03-02) | – |\n\nEgy eltérés (ÉK-04), intézkedés folyamatban.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bekescsaba-havi-uzemi-osszesito-kerekitve-de-egyezo',
    title:
      'Két csoportvezető tömör, kerekített összefoglalót ad az igazgatónak (panaszok, csőtörések, brigádórák); minden szám egyezik a dolgozók részletes adataival',
    domain: 'víziközmű havi üzemi beszámoló',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: team leads condense and round their workers’ figures; every figure stays consistent with the source',
    request:
      'Havi üzemi beszámoló a januári igazgatósági ülésre, Békéscsaba, 2027. január: ügyfélpanaszok, csőtörések és a brigádok kihasználtsága. Egy oldal, kerekített számokkal is jó, de legyen pontos.',
    topology: {
      shape: 'nested',
      top: 'uzemeltetesi_igazgato',
      teams: {
        ugyfelkapcsolati_vezeto: ['panaszelemzo'],
        halozati_vezeto: ['hibastatisztikus', 'brigadbeosztas_elemzo'],
      },
    },
    agents: [
      {
        name: 'uzemeltetesi_igazgato',
        description: 'Üzemeltetési igazgató',
        instructions: 'Kérd be a csoportok januári adatait, és írd meg az egyoldalas beszámolót.',
        replies: [
          {
            handoff: 'ugyfelkapcsolati_vezeto',
            message: 'Januári panaszstatisztika: darabszám, témák, átfutás, határidőn túliak.',
          },
          {
            handoff: 'halozati_vezeto',
            message: 'Januári csőtörések (db, átlagos elzárási idő) és a brigádok kihasználtsága.',
          },
          {
            say: '**Üzemi beszámoló – Békéscsaba, 2027. január**\n\n**Ügyfélkapcsolat:** ~410 panasz (412), ebből 58 % számlázási, 27 % mérő/leolvasás; átlagos átfutás 6,3 nap, határidőn túl 5 ügy (1,2 %).\n\n**Hálózat:** 23 csőtörés (17 gerinc, 6 bekötés), átlagos elzárási idő 3 ó 40 p; brigádkihasználtság 84 % (3 105 / 3 696 óra), túlóra 214 óra – a fagyos héten (01-18…01-24) volt a csúcs.\n\nJavaslat: februárban a bekötéscsere-program gyorsítása a Kazinczy-lakótelepen.',
          },
        ],
      },
      {
        name: 'ugyfelkapcsolati_vezeto',
        description: 'Ügyfélkapcsolati csoportvezető',
        instructions: 'Kérd be a panaszelemzést, és foglald össze tömören.',
        replies: [
          {
            handoff: 'panaszelemzo',
            message: 'Január: panaszok száma, témák szerinti bontás, átfutás, határidőn túli ügyek.',
          },
          {
            say: 'Január: 412 panasz – kb. 58 % számlázás, 27 % mérő/leolvasás, 15 % egyéb. Átlagos átfutás 6,3 nap, 5 ügy csúszott túl a 15 napon (1,2 %).',
          },
        ],
      },
      {
        name: 'panaszelemzo',
        description: 'Panaszstatisztikát készít',
        instructions: 'Készítsd el a havi panaszstatisztikát.',
        replies: [
          {
            call: 'panasz_statisztika',
            args: { honap: '2027-01' },
            result:
              '{"osszes": 412, "temak": {"szamlazas": 239, "mero_leolvasas": 111, "vizminoseg": 27, "egyeb": 35}, "atlagos_atfutas_nap": 6.3, "hataridon_tul": 5}',
          },
          {
            say: '2027-01: 412 panasz. Számlázás 239 (58,0 %), mérő/leolvasás 111 (26,9 %), vízminőség 27 (6,6 %), egyéb 35 (8,5 %). Átfutás 6,3 nap, határidőn túl 5 (1,2 %).',
          },
        ],
      },
      {
        name: 'halozati_vezeto',
        description: 'Hálózatüzemeltetési csoportvezető',
        instructions: 'Kérd be a hibastatisztikát és a brigádadatokat, és foglald össze.',
        replies: [
          { handoff: 'hibastatisztikus', message: 'Januári csőtörések: darab, típus, átlagos elzárási idő.' },
          {
            handoff: 'brigadbeosztas_elemzo',
            message: 'Januári brigádórák: rendelkezésre álló, lekötött, túlóra.',
          },
          {
            say: 'Január: 23 csőtörés (17 gerinc, 6 bekötés), átlagos elzárás 3 ó 40 p. Brigádok: 3 105 lekötött óra a 3 696-ból (84 %), 214 óra túlóra, zöme a 01-18…01-24-i fagyos héten.',
          },
        ],
      },
      {
        name: 'hibastatisztikus',
        description: 'Hálózati hibastatisztikát készít',
        instructions: 'Készítsd el a havi hibastatisztikát.',
        replies: [
          {
            call: 'hibanaplo',
            args: { honap: '2027-01', tipus: 'csőtörés' },
            result:
              '{"osszes": 23, "gerinc": 17, "bekotes": 6, "atlagos_elzarasi_ido_perc": 220, "max_elzaras_perc": 545, "csucs_het": "2027-01-18..24 (11 db)"}',
          },
          {
            say: 'Január: 23 csőtörés (gerinc 17, bekötés 6), átlagos elzárási idő 220 perc (max. 545), csúcs 01-18…24: 11 db.',
          },
        ],
      },
      {
        name: 'brigadbeosztas_elemzo',
        description: 'Brigádbeosztást és kihasználtságot elemez',
        instructions: 'Add meg a havi brigádóra-adatokat.',
        replies: [
          {
            call: 'brigadorak',
            args: { honap: '2027-01' },
            result:
              '| mutató | óra |\n|---|---|\n| rendelkezésre álló | 3 696 |\n| lekötött | 3 105 |\n| túlóra | 214 |\n| ebből 01-18…01-24 | 131 |',
          },
          {
            say: 'Január: 3 696 rendelkezésre álló, 3 105 lekötött óra (84,0 %), túlóra 214 óra, ebből 131 a 01-18…24-i héten.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch93Scenarios = [...faults, ...healthy];
