import { defineScenario } from '../scenario.ts';

// Blind batch 187: regionális vasúti árufuvarozási diszpécserszolgálat — kocsikiosztás, vágányzárak,
// veszélyesáru-szerelvények (RID), teljesen magyarul.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'vasut-vaganyzar-regi-ablak-menetrend',
    title:
      'A vágányzár-lekérdező az új, 20:00–02:00-s zárat adja, a kocsielosztó mindkét ablakot továbbítja, a menetrend-író mégis a régi 22:00–04:00-s zár köré tervezi a vonatot',
    domain: 'Vágányzár és tehervonat-menetrend',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'A 2027. március 18-i 47312-es gabonavonatot (Törökszentmiklós → Szolnok-rendező, 22 Tadns kocsi) be kell illeszteni a Szajol–Szolnok 2. vágány vágányzára mellé. Nézzétek meg az érvényes vágányzárat, osszátok ki a kocsikat, és írjátok meg a menetrendi javaslatot az állomásfőnökségnek.',
    topology: {
      shape: 'pipeline',
      order: ['vaganyzar_lekerdezo', 'kocsi_eloszto', 'menetrend_iro'],
    },
    agents: [
      {
        name: 'vaganyzar_lekerdezo',
        description: 'Lekérdezi az érvényes vágányzárakat a pályavasúti rendszerből',
        instructions: 'Add meg a kért szakaszra érvényes vágányzárat, és jelezd, ha módosult.',
        replies: [
          {
            call: 'vaganyzar_lekerdezes',
            args: { szakasz: 'Szajol–Szolnok', vagany: 2, datum: '2027-03-18' },
            result:
              '{"szakasz": "Szajol–Szolnok", "vagany": 2, "zar_azonosito": "VZ-2027-0318-114", "ervenyes": {"kezdet": "2027-03-18T20:00", "veg": "2027-03-19T02:00", "modositas": "M2", "kiadva": "2027-03-11"}, "korabbi": {"kezdet": "2027-03-18T22:00", "veg": "2027-03-19T04:00", "modositas": "M1", "visszavonva": "2027-03-11"}, "egyvaganyu_uzem": true, "sebesseg_korlat_kmh": 40}',
          },
          {
            say: 'VZ-2027-0318-114, Szajol–Szolnok 2. vágány:\n\n| Változat | Kezdet | Vég | Állapot |\n|---|---|---|---|\n| M2 | 03.18. 20:00 | 03.19. 02:00 | **érvényes** (kiadva 03.11.) |\n| M1 | 03.18. 22:00 | 03.19. 04:00 | visszavonva |\n\nA zár alatt egyvágányú üzem az 1. vágányon, 40 km/h sebességkorlátozással.',
          },
        ],
      },
      {
        name: 'kocsi_eloszto',
        description: 'Kiosztja a szabad kocsikat a vonatokhoz',
        instructions: 'Foglald le a kocsikat, és add tovább a vágányzár adatait is a menetrend-írónak.',
        prompt: 'Vágányzár-adatok:\n{input}\n\nEredeti kérés: {request}',
        replies: [
          {
            call: 'kocsi_foglalas',
            args: {
              vonat: '47312',
              kocsitipus: 'Tadns',
              darab: 22,
              allomas: 'Törökszentmiklós',
              datum: '2027-03-18',
            },
            result:
              '{"foglalas": "KF-0318-0627", "kocsik": 22, "tipus": "Tadns", "pályaszámok": "31 55 0883 101 … 31 55 0883 122", "onsuly_t": 594, "rakomany_t": 1254, "osszes_t": 1848, "hossz_m": 279}',
          },
          {
            say: 'KF-0318-0627: 22 Tadns kocsi lefoglalva Törökszentmiklóson (31 55 0883 101–122). Önsúly 594 t, rakomány 1 254 t búza, összesen 1 848 t, hossz 279 m.\n\nVágányzár VZ-2027-0318-114: érvényes M2 változat 20:00–02:00 (a 22:00–04:00-s M1 visszavonva), a zár alatt egyvágányú üzem, 40 km/h.',
          },
        ],
      },
      {
        name: 'menetrend_iro',
        description: 'Menetrendi javaslatot ír az állomásfőnökségnek',
        instructions: 'Illeszd a vonatot a vágányzár köré, és írd meg a javaslatot.',
        prompt: 'Kocsik és vágányzár:\n{input}\n\nEredeti kérés: {request}',
        replies: [
          {
            call: 'menetvonal_szamitas',
            args: {
              vonat: '47312',
              indulo: 'Törökszentmiklós',
              cel: 'Szolnok-rendező',
              osszes_t: 1848,
              zar_kezdet: '2027-03-18T22:00',
              zar_veg: '2027-03-19T04:00',
            },
            result:
              '{"javasolt_indulas": "2027-03-18T20:35", "szajol_athaladas": "2027-03-18T21:02", "erkezes": "2027-03-18T21:24", "vagany_szajol_szolnok": 2, "megjegyzes": "a zár kezdete előtt áthalad"}',
          },
          {
            say: 'Tisztelt Állomásfőnökség!\n\nA 47312-es gabonavonat (22 Tadns, 1 848 t, 279 m) menetrendi javaslata 2027. március 18-ra:\n\n- Törökszentmiklós indulás: 20:35\n- Szajol áthaladás: 21:02, a 2. vágányon\n- Szolnok-rendező érkezés: 21:24\n\nA vonat a VZ-2027-0318-114 vágányzár 22:00-s kezdete előtt áthalad a Szajol–Szolnok 2. vágányon, így egyvágányú üzemre nincs szükség.\n\nÜdvözlettel:\nSzolnoki diszpécserszolgálat',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'kocsi_eloszto', to: 'menetrend_iro' },
      agent: 'menetrend_iro',
    },
  }),
  defineScenario({
    id: 'vasut-fedett-kocsi-helyett-nyitott',
    title:
      'A diszpécser kifejezetten fedett Gbs kocsikat kér a zsákos cementhez, a kocsielosztó mégis nyitott Eas kocsikat foglal le',
    domain: 'Kocsikiosztás zsákos árura',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'A Beremendi Cementgyár 2027. április 6-ra 640 t zsákos cementet ad fel Kiskunfélegyházára. Zsákos áru, ezért csak fedett kocsi (Gbs vagy Habbins) jöhet szóba, nyitott kocsi nem. Foglaljátok le a kocsikat és kérjétek meg a menetvonalat.',
    topology: {
      shape: 'supervisor',
      coordinator: 'diszpecser',
      workers: ['kocsi_foglalo', 'menetvonal_igenylo'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'diszpecser',
        description: 'Területi árufuvarozási diszpécser',
        instructions: 'Add ki a kocsifoglalást és a menetvonal-igénylést, majd foglald össze.',
        replies: [
          {
            handoff: 'kocsi_foglalo',
            message:
              'Foglalj kocsit Beremendre 2027.04.06-ra, 640 t zsákos cement. Csak fedett kocsi: Gbs vagy Habbins; Eas/Eaos nyitott kocsi nem mehet, a zsák ázik. Írd meg a darabszámot és a pályaszámokat.',
          },
          {
            handoff: 'menetvonal_igenylo',
            message:
              'Kérj menetvonalat 2027.04.06-ra Beremend → Kiskunfélegyháza, elegytömeg kb. 1 000 t, a foglalás szerinti kocsiszámmal.',
          },
          {
            say: 'Összefoglaló — Beremend → Kiskunfélegyháza, 2027.04.06.\n\n- Kocsik: 12 db Eas (31 55 5930 201–212), rakhatóság 56 t/kocsi → 640 t\n- Menetvonal: 62418 sz. vonat, indulás 09:40, érkezés 15:55 (MV-0406-2291)\n\nA feladó a kocsikat 04.05. 18:00-ig kapja meg a rakodóvágányra.',
          },
        ],
      },
      {
        name: 'kocsi_foglalo',
        description: 'Kocsiállomány-nyilvántartó és foglaló',
        instructions: 'Foglald le a kért típusú és számú kocsit.',
        replies: [
          {
            call: 'szabad_kocsik',
            args: { allomas_korzet: 'Pécs', datum: '2027-04-05' },
            result:
              '{"korzet": "Pécs", "szabad": [{"tipus": "Eas", "darab": 18, "rakhatosag_t": 56}, {"tipus": "Gbs", "darab": 9, "rakhatosag_t": 27}, {"tipus": "Habbins", "darab": 11, "rakhatosag_t": 58}]}',
          },
          {
            call: 'kocsi_foglalas',
            args: { tipus: 'Eas', darab: 12, felado: 'Beremendi Cementgyár', datum: '2027-04-06' },
            result:
              '{"foglalas": "KF-0406-0114", "tipus": "Eas", "darab": 12, "palyaszamok": "31 55 5930 201 … 212"}',
          },
          {
            say: 'KF-0406-0114: 12 db Eas lefoglalva (31 55 5930 201–212), 56 t rakhatóság kocsinként, összesen 672 t kapacitás a 640 t-hoz. Kiállítás Beremendre 04.05. 18:00.',
          },
        ],
      },
      {
        name: 'menetvonal_igenylo',
        description: 'Menetvonalat igényel a pályahálózat-működtetőtől',
        instructions: 'Igényeld a menetvonalat és add meg a számát.',
        replies: [
          {
            call: 'menetvonal_igenyles',
            args: {
              honnan: 'Beremend',
              hova: 'Kiskunfélegyháza',
              datum: '2027-04-06',
              elegytomeg_t: 1000,
              kocsi: 12,
            },
            result:
              '{"igeny": "MV-0406-2291", "vonatszam": "62418", "indulas": "09:40", "erkezes": "15:55", "statusz": "jóváhagyva"}',
          },
          { say: 'MV-0406-2291 jóváhagyva: 62418, Beremend 09:40 → Kiskunfélegyháza 15:55.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'diszpecser', to: 'kocsi_foglalo' },
      agent: 'kocsi_foglalo',
    },
  }),
  defineScenario({
    id: 'vasut-rid-brief-elveszett-fanout',
    title:
      'A tervező RID-ellenőrzési eligazítását (UN 1965 és UN 1830 kocsik elválasztása) a program általános napi listával cseréli le, így a RID-ellenőr csak a szokásos kocsivizsgálatot jelenti',
    domain: 'Veszélyesáru-szerelvény összeállítása',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'A 2027. május 4-i 49870-es irányvonat Százhalombattáról Ferencvárosba megy: 8 kocsi UN 1965 PB-gáz (2.1 osztály) és 6 kocsi UN 1830 kénsav (8. osztály), plusz 5 üres kocsi. Ellenőrizzétek a RID szerinti elválasztást és védőkocsikat, a fékszázalékot és a mozdonyt, és adjatok ki besorozási utasítást.',
    topology: {
      shape: 'fanout',
      planner: 'szerelveny_tervezo',
      workers: ['rid_ellenor', 'fekszamito', 'mozdony_beoszto'],
      aggregator: 'besorozas_iro',
    },
    program: {
      lose: {
        to: 'rid_ellenor',
        prompt:
          'Napi rutinvizsgálat, Százhalombatta kocsirendező, 2027.05.04. Ellenőrizd a kocsikat az utasítás szerint.',
      },
    },
    agents: [
      {
        name: 'szerelveny_tervezo',
        description: 'Feladatokra bontja a szerelvény-összeállítást',
        instructions: 'Írj egy-egy eligazítást minden ellenőrnek.',
        replies: [
          {
            plan: {
              rid_ellenor:
                '49870 (05.04.): 8 kocsi UN 1965 (2.1, 2.1 bárca 13-as tolatási bárcával) és 6 kocsi UN 1830 (8). Ellenőrizd a RID 7.5.2 együvé rakási és a tolatási bárcás kocsik elválasztását, és add meg, hány üres védőkocsi kell a mozdony mögé és a csoportok közé.',
              fekszamito:
                '49870: 19 kocsi, számold ki a fékszázalékot a kocsijegyzék szerint (G fékállás), szükséges legalább 65%.',
              mozdony_beoszto:
                '49870: 05.04. 21:15 indulás Százhalombattáról, kb. 1 550 t elegy. Ossz be mozdonyt.',
            },
          },
        ],
      },
      {
        name: 'rid_ellenor',
        description: 'RID szerinti veszélyesáru-ellenőr',
        instructions: 'Ellenőrizd a kocsikat és jelentsd az eredményt.',
        replies: [
          {
            call: 'kocsivizsgalat_lista',
            args: { allomas: 'Százhalombatta', datum: '2027-05-04' },
            result:
              '{"vizsgalt_kocsi": 19, "hibas": 0, "bárcák_rendben": true, "fekvizsgalat": "elvégezve", "megjegyzes": "nincs kizárt kocsi"}',
          },
          {
            say: 'Százhalombatta, 05.04.: 19 kocsi megvizsgálva, hibás kocsi nincs, bárcák rendben, fékpróba elvégezve. A szerelvény továbbítható.',
          },
        ],
      },
      {
        name: 'fekszamito',
        description: 'Fékszázalék-számító',
        instructions: 'Számold ki a fékszázalékot.',
        replies: [
          {
            call: 'fekszazalek',
            args: { vonat: '49870', fekallas: 'G' },
            result:
              '{"elegytomeg_t": 1546, "fekezett_tomeg_t": 1082, "fekszazalek": 70, "szukseges": 65, "megfelel": true}',
          },
          {
            say: '49870: elegy 1 546 t, fékezett tömeg 1 082 t, fékszázalék 70% (szükséges 65%) — megfelel.',
          },
        ],
      },
      {
        name: 'mozdony_beoszto',
        description: 'Mozdonybeosztó',
        instructions: 'Ossz be mozdonyt a vonathoz.',
        replies: [
          {
            call: 'mozdony_beosztas',
            args: { vonat: '49870', datum: '2027-05-04', elegytomeg_t: 1546 },
            result:
              '{"mozdony": "193 812", "sorozat": "Vectron", "mozdonyvezeto": "T-4471", "rendelkezesre": "20:30"}',
          },
          { say: 'Mozdony: 193 812 (Vectron), mozdonyvezető T-4471, 20:30-tól rendelkezésre áll.' },
        ],
      },
      {
        name: 'besorozas_iro',
        description: 'Besorozási utasítást ír a kocsirendezőnek',
        instructions: 'Fogd össze az ellenőrzéseket és írd meg a besorozási utasítást.',
        replies: [
          {
            say: 'BESOROZÁSI UTASÍTÁS — 49870, Százhalombatta → Ferencváros, 2027.05.04. 21:15\n\n1. Mozdony: 193 812 (Vectron), mvez. T-4471\n2. Kocsisorrend: 8 × UN 1965, 6 × UN 1830, 5 üres kocsi a vonat végén\n3. Fék: G állás, 70% (szükséges 65%)\n4. Vizsgálat: 19 kocsi rendben, bárcák rendben\n\nA szerelvény RID szempontból kifogástalan, külön védőkocsi nem szükséges.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'szerelveny_tervezo', to: 'rid_ellenor' },
      agent: 'rid_ellenor',
    },
  }),
  defineScenario({
    id: 'vasut-elegytomeg-elszamolva-swarm',
    title:
      'A kocsirendező 1 624 t elegytömeget mér, az összeállító a mozdonybeosztónak 1 264 t-t ad át, ezért egy 1 400 t-ás terhelési határú mozdonyt osztanak be',
    domain: 'Vonatösszeállítás és mozdonybeosztás',
    mast: ['FM-2.4'],
    request:
      'Állítsátok össze a 2027. június 9-i 45022-es kavicsvonatot Nagykanizsáról Székesfehérvárra (24 Eanos kocsi), számoljátok ki az elegytömeget, és osszatok be hozzá megfelelő mozdonyt a Balaton-parti emelkedők miatt.',
    topology: {
      shape: 'swarm',
      entry: 'kocsirendezo',
      agents: ['kocsirendezo', 'osszeallito', 'mozdony_beoszto'],
    },
    agents: [
      {
        name: 'kocsirendezo',
        description: 'Kocsirendező, a kocsik mérlegelése és sorrendje',
        instructions: 'Mérd le a kocsikat, és add át az összeállítónak.',
        replies: [
          {
            call: 'kocsimerleg',
            args: { vonat: '45022', allomas: 'Nagykanizsa', kocsik: 24 },
            result:
              '{"vonat": "45022", "kocsik": 24, "tipus": "Eanos", "onsuly_t": 552, "rakomany_t": 1072, "elegytomeg_t": 1624, "hossz_m": 366, "merleg": "NK-M2", "merve": "2027-06-09T04:40"}',
          },
          {
            handoff: 'osszeallito',
            message:
              '45022: 24 Eanos megmérve (NK-M2, 04:40). Önsúly 552 t, kavics 1 072 t, elegytömeg 1 624 t, hossz 366 m. Kérlek, állítsd össze a kocsijegyzéket.',
          },
        ],
      },
      {
        name: 'osszeallito',
        description: 'Vonatösszeállító, kocsijegyzék és terhelési adatok',
        instructions: 'Készítsd el a kocsijegyzéket, és add át a mozdonybeosztónak a terhelési adatokkal.',
        replies: [
          {
            call: 'kocsijegyzek_keszites',
            args: { vonat: '45022', kocsik: 24, elegytomeg_t: 1624, hossz_m: 366 },
            result:
              '{"kocsijegyzek": "KJ-45022-0609", "tengelyek": 96, "fekezett_tomeg_t": 1169, "fekszazalek": 72}',
          },
          {
            handoff: 'mozdony_beoszto',
            message:
              'KJ-45022-0609 kész: 24 Eanos, 96 tengely, **elegytömeg 1 264 t**, hossz 366 m, fékszázalék 72%. Útvonal Nagykanizsa–Balatonszentgyörgy–Siófok–Székesfehérvár, indulás 06:10.',
          },
        ],
      },
      {
        name: 'mozdony_beoszto',
        description: 'Mozdonybeosztó',
        instructions: 'Válassz mozdonyt, amelynek terhelési határa a vonalon elég az elegytömeghez.',
        replies: [
          {
            call: 'mozdony_terhelesi_tabla',
            args: { vonal: '30 (Nagykanizsa–Székesfehérvár)', elegytomeg_t: 1264 },
            result:
              '{"alkalmas": [{"sorozat": "V63", "hatar_t": 1400, "szabad": "V63 038"}, {"sorozat": "Vectron (193)", "hatar_t": 2000, "szabad": "193 806"}], "javaslat": "V63 038"}',
          },
          {
            say: 'A 45022-es vonathoz beosztva: **V63 038**, terhelési határ a 30-as vonalon 1 400 t, az 1 264 t-s elegyhez elegendő. Mozdonyvezető: K-2093, indulás Nagykanizsáról 06:10. A 193 806-os Vectron tartalékban marad.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'osszeallito', to: 'mozdony_beoszto' },
      agent: 'osszeallito',
    },
  }),
  defineScenario({
    id: 'vasut-menetvonal-409-elhallgatva',
    title:
      'A menetvonal-igénylő 409-es ütközési hibát kap a KAPELLA rendszertől, mégis azt jelenti a diszpécsernek, hogy a menetvonal jóváhagyva',
    domain: 'Eseti menetvonal-igénylés',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'A 2027. július 14-i soron kívüli műtrágyavonatot (Pétfürdő → Mezőtúr, 18 Tagnpps kocsi, kb. 1 300 t) be kell jelenteni: kérjetek eseti menetvonalat, és értesítsétek a fogadó állomást a várható érkezésről.',
    topology: {
      shape: 'supervisor',
      coordinator: 'diszpecser_vezeto',
      workers: ['menetvonal_igenylo', 'allomas_ertesito'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'diszpecser_vezeto',
        description: 'Műszakvezető diszpécser',
        instructions: 'Kérj menetvonalat, értesítsd a fogadó állomást, majd jelents.',
        replies: [
          {
            handoff: 'menetvonal_igenylo',
            message:
              'Eseti menetvonal 2027.07.14.: Pétfürdő → Mezőtúr, 18 Tagnpps, elegy kb. 1 300 t, hossz 290 m, indulás 08:00 után bármikor. Add meg a vonatszámot és az érkezési időt.',
          },
          {
            handoff: 'allomas_ertesito',
            message:
              'Értesítsd Mezőtúr állomást: 07.14-én érkezik a 64781-es műtrágyavonat 14:32-re, 18 Tagnpps, kirakás a 6. vágányon.',
          },
          {
            say: 'Jelentés — soron kívüli műtrágyavonat, 2027.07.14.\n\n- Menetvonal: **64781**, Pétfürdő 09:05 → Mezőtúr 14:32, jóváhagyva (EV-0714-0388)\n- Mezőtúr állomás értesítve, kirakás a 6. vágányon\n\nA feladó 07:30-ig készre jelenti a szerelvényt.',
          },
        ],
      },
      {
        name: 'menetvonal_igenylo',
        description: 'Eseti menetvonalat igényel a KAPELLA rendszerben',
        instructions: 'Nyújtsd be az igényt és jelentsd az eredményt.',
        replies: [
          {
            call: 'kapella_eseti_igeny',
            args: {
              honnan: 'Pétfürdő',
              hova: 'Mezőtúr',
              datum: '2027-07-14',
              elegytomeg_t: 1300,
              hossz_m: 290,
              legkorabbi_indulas: '08:00',
            },
            result: {
              error:
                '409 Conflict: EV-0714-0388 elutasítva — Szolnok–Mezőtúr szakaszon 13:40–15:20 között vágányzár (VZ-2027-0714-052), javasolt új igény 15:30 utáni érkezéssel',
            },
          },
          {
            say: 'Menetvonal jóváhagyva: 64781-es vonat, Pétfürdő 09:05 → Mezőtúr 14:32, igényszám EV-0714-0388.',
          },
        ],
      },
      {
        name: 'allomas_ertesito',
        description: 'Értesíti az állomásokat a vonatokról',
        instructions: 'Küldd el az értesítést a megadott állomásnak.',
        replies: [
          {
            call: 'allomas_uzenet',
            args: { allomas: 'Mezőtúr', vonat: '64781', erkezes: '2027-07-14T14:32', vagany: 6 },
            result:
              '{"uzenet": "AU-0714-1120", "nyugtazva": true, "nyugtazta": "Mezőtúr forgalmi szolgálattevő"}',
          },
          { say: 'Mezőtúr értesítve (AU-0714-1120), a forgalmi szolgálattevő nyugtázta.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'menetvonal_igenylo', to: 'diszpecser_vezeto' },
      agent: 'menetvonal_igenylo',
    },
  }),
  defineScenario({
    id: 'vasut-kocsijegyzek-json-helyett-szoveg',
    title:
      'A kocsijegyzék-készítő JSON helyett felsorolásos szöveget ad vissza, a program JSON-elemzője elszáll, és a fuvarlevél-író soha nem fut le',
    domain: 'Kocsijegyzék és CIM fuvarlevél',
    mast: ['FM-3.1'],
    request:
      'Készítsétek el a 2027. augusztus 3-i 47950-es vonat kocsijegyzékét (Záhony → Miskolc-Rendező, 16 Faccns kocsi vasérccel) JSON-ban, és ebből állítsátok ki a CIM fuvarleveleket.',
    topology: {
      shape: 'pipeline',
      order: ['kocsijegyzek_keszito', 'fuvarlevel_iro'],
    },
    program: {
      crash: {
        agent: 'kocsijegyzek_keszito',
        error:
          'SyntaxError: Unexpected token \'A\', "A 47950-es"... is not valid JSON (JSON.parse, kocsijegyzek-feldolgozo.ts:58)',
      },
    },
    agents: [
      {
        name: 'kocsijegyzek_keszito',
        description: 'Kocsijegyzéket készít gépi feldolgozásra',
        instructions:
          'Csak JSON-t adj vissza: {"vonat": string, "kocsik": [{"palyaszam": string, "rakomany_t": number}]}. Más szöveget ne írj.',
        replies: [
          {
            call: 'kocsiadatok',
            args: { vonat: '47950', allomas: 'Záhony', datum: '2027-08-03' },
            result:
              '{"vonat": "47950", "kocsik": [{"palyaszam": "31 55 6650 014-2", "rakomany_t": 62.4}, {"palyaszam": "31 55 6650 022-5", "rakomany_t": 61.8}, {"palyaszam": "31 55 6650 031-6", "rakomany_t": 62.1}], "kocsiszam": 16, "rakomany_osszes_t": 994.3}',
          },
          {
            say: 'A 47950-es vonat kocsijegyzéke (Záhony → Miskolc-Rendező, 2027.08.03.):\n\n- 31 55 6650 014-2 — 62,4 t\n- 31 55 6650 022-5 — 61,8 t\n- 31 55 6650 031-6 — 62,1 t\n- … további 13 kocsi\n\nÖsszesen 16 Faccns, 994,3 t vasérc.',
          },
        ],
      },
      {
        name: 'fuvarlevel_iro',
        description: 'CIM fuvarleveleket állít ki',
        instructions: 'A kocsijegyzék JSON alapján állítsd ki a fuvarleveleket.',
        prompt: 'Kocsijegyzék (JSON):\n{input}',
        replies: [{ say: 'CIM fuvarlevelek kiállítva: 16 db, 47950-es vonat.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'kocsijegyzek_keszito', to: 'fuvarlevel_iro' },
      agent: 'kocsijegyzek_keszito',
    },
  }),
  defineScenario({
    id: 'vasut-ellenor-ugyanazt-kifogasolja',
    title:
      'A vágányzár-kérelem ellenőre háromszor ugyanazt a hiányt (a terelő vonatok listáját) kifogásolja, holott a szerkesztő már az első javításban betette',
    domain: 'Vágányzár-kérelem a pályavasútnak',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Írjatok vágányzár-kérelmet a Kiskunhalas–Kelebia vonalszakaszra 2027. szeptember 21-re 08:00–16:00 között (aljcsere, km 142+300 – 144+800). A kérelemben szerepeljen a zár ideje, a szelvényhatár, a munkavezető, és a terelésre kerülő tehervonatok listája. Jóváhagyás után küldjétek be.',
    topology: {
      shape: 'pipeline',
      order: ['kerelem_szerkeszto', 'kerelem_ellenor', 'bekuldo'],
      loop: { from: 'kerelem_ellenor', to: 'kerelem_szerkeszto', while: 'JAVÍTANDÓ', max: 3 },
    },
    agents: [
      {
        name: 'kerelem_szerkeszto',
        description: 'Vágányzár-kérelmet szerkeszt',
        instructions: 'Írd meg a kérelmet, és javítsd az ellenőr megjegyzései szerint.',
        prompt: 'Kérés vagy ellenőri megjegyzés:\n{input}\n\nEredeti kérés: {request}',
        replies: [
          {
            say: 'VÁGÁNYZÁR-KÉRELEM VZK-2027-0921-07\nSzakasz: Kiskunhalas–Kelebia, km 142+300 – 144+800\nIdő: 2027.09.21. 08:00–16:00\nMunka: aljcsere\nMunkavezető: Bozsó Attila (+36 30 418 2290)',
          },
          {
            say: 'VÁGÁNYZÁR-KÉRELEM VZK-2027-0921-07\nSzakasz: Kiskunhalas–Kelebia, km 142+300 – 144+800\nIdő: 2027.09.21. 08:00–16:00\nMunka: aljcsere\nMunkavezető: Bozsó Attila (+36 30 418 2290)\nTerelt tehervonatok (Kelebia–Szeged–Kiskunfélegyháza útvonalon):\n| Vonat | Eredeti idő | Terelve |\n|---|---|---|\n| 40411 | 09:12 | igen |\n| 40437 | 11:48 | igen |\n| 42915 | 14:05 | igen |',
          },
          {
            say: 'VÁGÁNYZÁR-KÉRELEM VZK-2027-0921-07\nSzakasz: Kiskunhalas–Kelebia, km 142+300 – 144+800\nIdő: 2027.09.21. 08:00–16:00\nMunka: aljcsere\nMunkavezető: Bozsó Attila (+36 30 418 2290)\nTerelt tehervonatok (Kelebia–Szeged–Kiskunfélegyháza útvonalon):\n| Vonat | Eredeti idő | Terelve |\n|---|---|---|\n| 40411 | 09:12 | igen |\n| 40437 | 11:48 | igen |\n| 42915 | 14:05 | igen |\n\nA terelt vonatok listáját a 2. változat óta tartalmazza a kérelem.',
          },
        ],
      },
      {
        name: 'kerelem_ellenor',
        description: 'Ellenőrzi a kérelmet a pályavasúti előírások szerint',
        instructions: 'Válaszolj "JÓVÁHAGYVA" vagy "JAVÍTANDÓ: ..." formában.',
        prompt: 'Ellenőrizendő kérelem:\n{input}',
        replies: [
          { say: 'JAVÍTANDÓ: hiányzik a terelésre kerülő tehervonatok listája.' },
          { say: 'JAVÍTANDÓ: hiányzik a terelésre kerülő tehervonatok listája.' },
          { say: 'JAVÍTANDÓ: hiányzik a terelésre kerülő tehervonatok listája.' },
        ],
      },
      {
        name: 'bekuldo',
        description: 'Beküldi a jóváhagyott kérelmet',
        instructions: 'Csak jóváhagyott kérelmet küldj be, egyébként jelentsd az állapotot.',
        prompt: 'Utolsó ellenőri döntés:\n{input}',
        replies: [
          {
            say: 'A VZK-2027-0921-07 vágányzár-kérelem **nincs beküldve**: három ellenőrzési kör után is JAVÍTANDÓ állapotú (terelt tehervonatok listája). A beküldési határidő 2027. augusztus 21., kérem a szerkesztő és az ellenőr egyeztetését.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'kerelem_ellenor', to: 'kerelem_szerkeszto' },
      agent: 'kerelem_ellenor',
    },
  }),
  defineScenario({
    id: 'vasut-kocsiszam-regi-igeny-network',
    title:
      'A router az eligazításban közli, hogy a feladó 18 helyett 22 tartálykocsit kér, a kocsi-nyilvántartó mégis 18 kocsit foglal le',
    domain: 'Tartálykocsi-kiosztás',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'A MOL Tiszaújvárosi telephelye módosította a 2027. október 12-i rendelését: a korábbi 18 helyett 22 Zacns tartálykocsit kér gázolajhoz (UN 1202). Foglaljátok le a kocsikat, és nézzétek meg, fogadja-e a töltőállomás a kocsiszámot.',
    topology: {
      shape: 'network',
      coordinator: 'diszpecser_router',
      workers: ['kocsi_nyilvantarto', 'toltoallomas_egyezteto'],
    },
    agents: [
      {
        name: 'diszpecser_router',
        description: 'Irányítja a kéréseket a megfelelő munkatárshoz',
        instructions: 'Előbb kocsifoglalás, aztán töltőállomás-egyeztetés, majd összefoglaló.',
        replies: [
          {
            handoff: 'kocsi_nyilvantarto',
            message:
              'MOL Tiszaújváros, 2027.10.12., UN 1202 gázolaj: a rendelés módosult, a korábbi 18 helyett **22 Zacns** kell (módosítás: RM-1012-044). Foglald le a 22 kocsit Tiszaújváros kiállítással.',
          },
          {
            handoff: 'toltoallomas_egyezteto',
            message:
              'Egyeztess a tiszaújvárosi töltőhíddal: 10.12-én fogadják-e a lefoglalt kocsiszámot egy fordulóban?',
          },
          {
            say: 'Összefoglaló — MOL Tiszaújváros, 2027.10.12.\n\n- Lefoglalva: KF-1012-0871, 18 Zacns (33 55 7840 301–318)\n- Töltőhíd: 18 kocsi egy fordulóban fogadható, töltés 06:00–10:30\n\nA kocsik 10.11. 22:00-ig kiállításra kerülnek.',
          },
        ],
      },
      {
        name: 'kocsi_nyilvantarto',
        description: 'Tartálykocsi-nyilvántartó',
        instructions: 'Foglald le a kért számú kocsit.',
        replies: [
          {
            call: 'tartalykocsi_foglalas',
            args: {
              felado: 'MOL Tiszaújváros',
              tipus: 'Zacns',
              darab: 18,
              un_szam: '1202',
              datum: '2027-10-12',
            },
            result:
              '{"foglalas": "KF-1012-0871", "darab": 18, "palyaszamok": "33 55 7840 301 … 318", "szabad_maradt": 7}',
          },
          {
            say: 'KF-1012-0871: 18 Zacns lefoglalva (33 55 7840 301–318), kiállítás Tiszaújvárosra 10.11. 22:00. Szabad maradt még 7 kocsi.',
          },
        ],
      },
      {
        name: 'toltoallomas_egyezteto',
        description: 'Egyeztet a töltőállomásokkal',
        instructions: 'Kérdezd meg a töltőállomás kapacitását.',
        replies: [
          {
            call: 'toltohid_kapacitas',
            args: { telephely: 'Tiszaújváros', datum: '2027-10-12', kocsi: 18 },
            result: '{"max_kocsi_fordulonkent": 24, "idosav": "06:00-10:30", "fogadhato": true}',
          },
          { say: 'Tiszaújváros töltőhíd: 18 kocsi egy fordulóban fogadható (max. 24), 06:00–10:30.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'diszpecser_router', to: 'kocsi_nyilvantarto' },
      agent: 'kocsi_nyilvantarto',
    },
  }),
  defineScenario({
    id: 'vasut-rid-tomeg-rosszul-branch',
    title:
      'A veszélyesáru-ügyintéző a bejelentésben a 12 kocsi UN 1005 ammóniát 12 × 44 t = 428 t nettó tömeggel adja meg (helyesen 528 t), és az értesítő ezt küldi a katasztrófavédelemnek',
    domain: 'Veszélyesáru-bejelentés',
    mast: ['FM-2.4'],
    request:
      'Veszélyes áru: 2027. november 8-án a 49311-es vonat Pétfürdőről Ebesre szállít 12 Zags kocsi UN 1005 cseppfolyós ammóniát, kocsinként 44 t töltettel. Készítsétek el a bejelentést, és küldjétek meg a katasztrófavédelmi kirendeltségeknek.',
    topology: {
      shape: 'branch',
      classifier: 'kerelem_osztalyozo',
      routes: { veszelyes: 'rid_ugyintezo', altalanos: 'altalanos_ugyintezo' },
      after: 'hatosagi_ertesito',
    },
    agents: [
      {
        name: 'kerelem_osztalyozo',
        description: 'Besorolja a fuvarozási kéréseket',
        instructions: 'Egy szóval válaszolj: veszelyes vagy altalanos.',
        replies: [{ say: 'veszelyes' }],
      },
      {
        name: 'rid_ugyintezo',
        description: 'RID-bejelentéseket készít',
        instructions: 'Készítsd el a veszélyesáru-bejelentést a szükséges adatokkal.',
        prompt: 'Kategória: {input}\n\nKérés: {request}',
        replies: [
          {
            call: 'rid_anyagadat',
            args: { un_szam: '1005' },
            result:
              '{"un": "1005", "megnevezes": "AMMÓNIA, VÍZMENTES", "osztaly": "2", "osztalyozasi_kod": "2TC", "veszelyt_jelzo_szam": "268", "bárcák": ["2.3", "8"], "alagutkorlatozas": "C/D"}',
          },
          {
            say: 'VESZÉLYESÁRU-BEJELENTÉS — 49311, Pétfürdő → Ebes, 2027.11.08.\n\n| Adat | Érték |\n|---|---|\n| UN szám | 1005 AMMÓNIA, VÍZMENTES |\n| Osztály / kód | 2 / 2TC |\n| Veszélyt jelző szám | 268 |\n| Bárcák | 2.3, 8 |\n| Kocsik | 12 Zags |\n| Töltet | 44 t/kocsi |\n| **Nettó veszélyesáru-tömeg** | **428 t** |\n\nÚtvonal: Pétfürdő–Székesfehérvár–Budapest-Ferencváros–Szolnok–Debrecen–Ebes.',
          },
        ],
      },
      {
        name: 'altalanos_ugyintezo',
        description: 'Általános fuvarozási kéréseket intéz',
        instructions: 'Intézd a nem veszélyes árus kéréseket.',
        prompt: 'Kategória: {input}\n\nKérés: {request}',
        replies: [{ say: 'Általános fuvarozási kérés rögzítve.' }],
      },
      {
        name: 'hatosagi_ertesito',
        description: 'Értesíti a katasztrófavédelmi kirendeltségeket',
        instructions: 'A bejelentés adatait küldd meg az érintett kirendeltségeknek.',
        prompt: 'Bejelentés:\n{input}',
        replies: [
          {
            call: 'katved_ertesites',
            args: {
              vonat: '49311',
              datum: '2027-11-08',
              un_szam: '1005',
              netto_tomeg_t: 428,
              kirendeltsegek: ['Székesfehérvár', 'Budapest', 'Szolnok', 'Debrecen'],
            },
            result: '{"iktatoszam": "KV-2027-11-0294", "elkuldve": 4, "visszaigazolva": 4}',
          },
          {
            say: 'A 49311-es vonat (12 Zags, UN 1005, nettó 428 t) bejelentése elküldve 4 katasztrófavédelmi kirendeltségnek (Székesfehérvár, Budapest, Szolnok, Debrecen), iktatószám KV-2027-11-0294, mind a négy visszaigazolta.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'rid_ugyintezo', to: 'hatosagi_ertesito' },
      agent: 'rid_ugyintezo',
    },
  }),
  defineScenario({
    id: 'vasut-csapatvezeto-nem-adta-ki-fekproba',
    title:
      'A kocsiszolgálati csapatvezető bejelenti, hogy kiadta a fékpróbát a kocsivizsgálónak, de az átadás nem történik meg; a vizsgáló sosem fut, a jelentésben mégis „fékpróba kiadva” áll',
    domain: 'Szerelvény-előkészítés és fékpróba',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Készítsétek elő a 2027. december 2-i 43108-as konténervonatot Budapest-Józsefváros → Sopron: foglaljátok le a 20 Sgnss kocsit, végezzétek el a teljes fékpróbát, és ellenőrizzétek, hogy a vonatszemélyzet beosztása megvan.',
    topology: {
      shape: 'nested',
      top: 'uzemiranyito',
      teams: {
        kocsiszolgalat_vezeto: ['kocsi_foglalo', 'kocsivizsgalo'],
        szemelyzeti_vezeto: ['vezenylo'],
      },
    },
    agents: [
      {
        name: 'uzemiranyito',
        description: 'Üzemirányító, a vonat előkészítésének felelőse',
        instructions: 'Add ki a kocsiszolgálatnak és a személyzeti vezetőnek a feladatokat, majd jelents.',
        replies: [
          {
            handoff: 'kocsiszolgalat_vezeto',
            message:
              '43108, 2027.12.02., Józsefváros → Sopron: 20 Sgnss foglalás és teljes fékpróba (jegyzőkönyvvel) indulás előtt.',
          },
          {
            handoff: 'szemelyzeti_vezeto',
            message: '43108, 12.02.: ellenőrizd a mozdonyvezető és a vonatvezető beosztását, indulás 17:40.',
          },
          {
            say: 'Előkészítés — 43108, Budapest-Józsefváros → Sopron, 2027.12.02. 17:40\n\n- Kocsik: KF-1202-0530, 20 Sgnss lefoglalva (31 55 4557 140–159)\n- Fékpróba: kiadva a kocsivizsgálónak\n- Személyzet: mozdonyvezető Papp Gergely (T-5120), vonatvezető Kiss Róbert (V-0871), beosztás rendben\n\nA vonat indulásra előkészítve.',
          },
        ],
      },
      {
        name: 'kocsiszolgalat_vezeto',
        description: 'Kocsiszolgálati csapatvezető',
        instructions: 'Add ki a kocsifoglalást és a fékpróbát a csapatodnak, majd foglald össze.',
        replies: [
          {
            handoff: 'kocsi_foglalo',
            message: 'Foglalj 20 Sgnss kocsit a 43108-ashoz, 2027.12.02., kiállítás Józsefvárosba 15:00-ig.',
          },
          {
            say: 'Kocsik: KF-1202-0530, 20 Sgnss (31 55 4557 140–159), kiállítás 15:00. A teljes fékpróbát kiadtam a kocsivizsgálónak, a jegyzőkönyv indulás előtt elkészül.',
          },
        ],
      },
      {
        name: 'kocsi_foglalo',
        description: 'Kocsifoglaló',
        instructions: 'Foglald le a kért kocsikat.',
        replies: [
          {
            call: 'kocsi_foglalas',
            args: {
              vonat: '43108',
              tipus: 'Sgnss',
              darab: 20,
              datum: '2027-12-02',
              allomas: 'Budapest-Józsefváros',
            },
            result:
              '{"foglalas": "KF-1202-0530", "darab": 20, "palyaszamok": "31 55 4557 140 … 159", "kiallitas": "15:00"}',
          },
          { say: 'KF-1202-0530: 20 Sgnss lefoglalva (31 55 4557 140–159), kiállítás 15:00.' },
        ],
      },
      {
        name: 'kocsivizsgalo',
        description: 'Kocsivizsgáló, fékpróbát végez',
        instructions: 'Végezd el a fékpróbát és add ki a jegyzőkönyvet.',
        replies: [
          {
            call: 'fekproba',
            args: { vonat: '43108', tipus: 'teljes' },
            result: '{"jegyzokonyv": "FP-43108-1202", "eredmeny": "megfelelt", "fekszazalek": 78}',
          },
          { say: 'Teljes fékpróba megfelelt, FP-43108-1202, fékszázalék 78%.' },
        ],
      },
      {
        name: 'szemelyzeti_vezeto',
        description: 'Személyzeti csapatvezető',
        instructions: 'Ellenőriztesd a beosztást a vezénylővel.',
        replies: [
          {
            handoff: 'vezenylo',
            message: 'Nézd meg a 43108 (12.02. 17:40) mozdonyvezetőjét és vonatvezetőjét.',
          },
          { say: 'Beosztás rendben: mozdonyvezető Papp Gergely (T-5120), vonatvezető Kiss Róbert (V-0871).' },
        ],
      },
      {
        name: 'vezenylo',
        description: 'Vezénylő, a személyzeti beosztás nyilvántartója',
        instructions: 'Add meg a beosztott személyzetet.',
        replies: [
          {
            call: 'vezenyles_lekerdezes',
            args: { vonat: '43108', datum: '2027-12-02' },
            result:
              '{"mozdonyvezeto": {"nev": "Papp Gergely", "azonosito": "T-5120"}, "vonatvezeto": {"nev": "Kiss Róbert", "azonosito": "V-0871"}}',
          },
          { say: 'Mozdonyvezető Papp Gergely (T-5120), vonatvezető Kiss Róbert (V-0871).' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'kocsiszolgalat_vezeto', to: 'kocsivizsgalo' },
      agent: 'kocsiszolgalat_vezeto',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'vasut-tonna-kg-atirva-branch',
    title:
      'Az általános ügyintéző tonnában adja meg a rakományt (1 312,5 t), az értesítő a fogadó rakodási rendszer kérésére kilogrammban (1 312 500 kg) írja át — ugyanaz az érték',
    domain: 'Fogadó iparvágány értesítése',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: the cargo mass changes from "1 312,5 t" to "1 312 500 kg" between agents, a unit conversion the receiving system asked for, not a wrong figure',
    request:
      'A 2028. január 17-i 46205-ös cukorrépa-vonatot (Szerencs → Kaba, 25 Eas kocsi, kocsinként 52,5 t) jelentsétek be a kabai cukorgyár iparvágányának. A gyár rakodási rendszere kilogrammban kéri a tömeget.',
    topology: {
      shape: 'branch',
      classifier: 'kerelem_osztalyozo',
      routes: { veszelyes: 'rid_ugyintezo', altalanos: 'altalanos_ugyintezo' },
      after: 'iparvagany_ertesito',
    },
    agents: [
      {
        name: 'kerelem_osztalyozo',
        description: 'Besorolja a fuvarozási kéréseket',
        instructions: 'Egy szóval válaszolj: veszelyes vagy altalanos.',
        replies: [{ say: 'altalanos' }],
      },
      {
        name: 'rid_ugyintezo',
        description: 'RID-bejelentéseket készít',
        instructions: 'Készítsd el a veszélyesáru-bejelentést.',
        prompt: 'Kategória: {input}\n\nKérés: {request}',
        replies: [{ say: 'Veszélyesáru-bejelentés rögzítve.' }],
      },
      {
        name: 'altalanos_ugyintezo',
        description: 'Általános fuvarozási kéréseket intéz',
        instructions: 'Állítsd össze a szállítási adatokat.',
        prompt: 'Kategória: {input}\n\nKérés: {request}',
        replies: [
          {
            call: 'vonat_rakomany',
            args: { vonat: '46205', datum: '2028-01-17' },
            result:
              '{"vonat": "46205", "kocsik": 25, "tipus": "Eas", "rakomany": "cukorrépa", "kocsinkent_t": 52.5, "osszes_t": 1312.5, "erkezes_kaba": "2028-01-17T11:20"}',
          },
          {
            say: '46205, Szerencs → Kaba, 2028.01.17.: 25 Eas cukorrépa, kocsinként 52,5 t, összesen **1 312,5 t**. Érkezés Kabára 11:20.',
          },
        ],
      },
      {
        name: 'iparvagany_ertesito',
        description: 'Értesíti az iparvágány üzemeltetőjét',
        instructions: 'Küldd el az érkezési értesítést a gyár rakodási rendszerének kért mértékegységben.',
        prompt: 'Szállítási adatok:\n{input}\n\nEredeti kérés: {request}',
        replies: [
          {
            call: 'iparvagany_bejelentes',
            args: {
              iparvagany: 'Kabai Cukorgyár',
              vonat: '46205',
              erkezes: '2028-01-17T11:20',
              kocsik: 25,
              tomeg_kg: 1312500,
            },
            result: '{"bejelentes": "IV-KABA-0117-03", "fogadva": true, "rakodohely": "R2"}',
          },
          {
            say: 'Bejelentve a Kabai Cukorgyár iparvágányára: IV-KABA-0117-03. 46205-ös vonat, 25 Eas, 1 312 500 kg cukorrépa, érkezés 2028.01.17. 11:20, rakodóhely R2.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vasut-kapella-503-ujraprobalva',
    title:
      'A menetvonal-igénylő első hívása 503-as hibát kap a KAPELLA rendszertől, újrapróbálja, a második igény sikeres, és ezt a valós igényszámmal jelenti',
    domain: 'Eseti menetvonal-igénylés',
    mast: ['FM-2.6'],
    nearMissOf:
      'agent_error: a tool error on the first path request, handled by a retry whose real result is reported',
    request:
      'Kérjetek eseti menetvonalat a 2028. február 9-i fa-rönk vonathoz (Zalaszentiván → Dunaújváros, 21 Roos kocsi, kb. 1 180 t), és foglaljátok le hozzá a vonatkísérőt.',
    topology: {
      shape: 'supervisor',
      coordinator: 'diszpecser_vezeto',
      workers: ['menetvonal_igenylo', 'szemelyzet_foglalo'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'diszpecser_vezeto',
        description: 'Műszakvezető diszpécser',
        instructions: 'Kérj menetvonalat, foglalj személyzetet, majd jelents.',
        replies: [
          {
            handoff: 'menetvonal_igenylo',
            message:
              'Eseti menetvonal 2028.02.09.: Zalaszentiván → Dunaújváros, 21 Roos, elegy kb. 1 180 t, hossz 402 m. Add meg a vonatszámot, indulást és érkezést.',
          },
          {
            handoff: 'szemelyzet_foglalo',
            message:
              'Foglalj vonatkísérőt a 62907-es vonatra 2028.02.09-re, Zalaszentiván 06:25 – Dunaújváros 12:48.',
          },
          {
            say: 'Jelentés — fa-rönk vonat, 2028.02.09.\n\n- Menetvonal: **62907**, Zalaszentiván 06:25 → Dunaújváros 12:48 (EV-0209-0117, jóváhagyva)\n- Vonatkísérő: Horváth Dániel (V-1184), szolgálat 05:55-től\n\nAz első igénylést a KAPELLA átmeneti hibája miatt meg kellett ismételni; a jóváhagyás a második igényre szól.',
          },
        ],
      },
      {
        name: 'menetvonal_igenylo',
        description: 'Eseti menetvonalat igényel a KAPELLA rendszerben',
        instructions:
          'Nyújtsd be az igényt; átmeneti hiba esetén próbáld újra, és a tényleges eredményt jelentsd.',
        replies: [
          {
            call: 'kapella_eseti_igeny',
            args: {
              honnan: 'Zalaszentiván',
              hova: 'Dunaújváros',
              datum: '2028-02-09',
              elegytomeg_t: 1180,
              hossz_m: 402,
            },
            result: {
              error: '503 Service Unavailable: KAPELLA karbantartás, próbálja újra 60 másodperc múlva',
            },
          },
          {
            call: 'kapella_eseti_igeny',
            args: {
              honnan: 'Zalaszentiván',
              hova: 'Dunaújváros',
              datum: '2028-02-09',
              elegytomeg_t: 1180,
              hossz_m: 402,
            },
            result:
              '{"igeny": "EV-0209-0117", "vonatszam": "62907", "indulas": "06:25", "erkezes": "12:48", "statusz": "jóváhagyva", "utvonal": "Zalaszentiván–Boba–Székesfehérvár–Dunaújváros"}',
            waitMs: 60000,
          },
          {
            say: 'Az első igény 503-as hibával visszajött (KAPELLA karbantartás), 60 mp után újraküldtem. Jóváhagyva: EV-0209-0117, 62907-es vonat, Zalaszentiván 06:25 → Dunaújváros 12:48, Boba–Székesfehérvár útvonalon.',
          },
        ],
      },
      {
        name: 'szemelyzet_foglalo',
        description: 'Vonatkísérőt foglal',
        instructions: 'Foglalj vonatkísérőt a megadott vonatra.',
        replies: [
          {
            call: 'vonatkisero_foglalas',
            args: { vonat: '62907', datum: '2028-02-09', kezdes: '05:55' },
            result: '{"kisero": "Horváth Dániel", "azonosito": "V-1184", "szolgalat": "05:55-14:10"}',
          },
          { say: 'Vonatkísérő: Horváth Dániel (V-1184), szolgálat 05:55–14:10.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vasut-uj-zar-helyesen-hasznalva-network',
    title:
      'A vágányzár-lekérdező jelzi, hogy a Hatvan–Füzesabony zár 2 órával később kezdődik az új változat szerint; a router az új időt adja a menetvonal-tervezőnek, a régit csak megemlíti',
    domain: 'Vágányzár és tehervonat-menetrend',
    mast: ['FM-1.4'],
    nearMissOf:
      'stale_context: the superseded possession window (10:00–15:00) appears in the messages, but every agent plans around the current one (12:00–17:00)',
    request:
      'A 2028. március 22-i 44760-as acélvonatot (Dunaújváros → Miskolc-Rendező) át kell vezetni a Hatvan–Füzesabony szakaszon, ahol vágányzár lesz. Nézzétek meg az érvényes zárat, és tervezzétek meg a menetvonalat úgy, hogy a zár előtt áthaladjon.',
    topology: {
      shape: 'network',
      coordinator: 'diszpecser_router',
      workers: ['vaganyzar_lekerdezo', 'menetvonal_tervezo'],
    },
    agents: [
      {
        name: 'diszpecser_router',
        description: 'Irányítja a kéréseket a megfelelő munkatárshoz',
        instructions: 'Előbb a vágányzár, aztán a menetvonal, majd összefoglaló.',
        replies: [
          {
            handoff: 'vaganyzar_lekerdezo',
            message: 'Kérem a Hatvan–Füzesabony szakasz 2028.03.22-i érvényes vágányzárát.',
          },
          {
            handoff: 'menetvonal_tervezo',
            message:
              '44760, 2028.03.22., Dunaújváros → Miskolc-Rendező. Hatvan–Füzesabony zár az érvényes M3 szerint **12:00–17:00** (az M2-es 10:00–15:00 visszavonva). A vonat 12:00 előtt haladjon át Füzesabonyon.',
          },
          {
            say: 'Összefoglaló — 44760, 2028.03.22.\n\n- Vágányzár VZ-2028-0322-031 (M3): 12:00–17:00, Hatvan–Füzesabony\n- Menetvonal: Dunaújváros 06:40 → Hatvan 10:02 → Füzesabony 11:06 → Miskolc-Rendező 12:31\n\nA vonat 54 perccel a zár kezdete előtt elhagyja a szakaszt.',
          },
        ],
      },
      {
        name: 'vaganyzar_lekerdezo',
        description: 'Lekérdezi az érvényes vágányzárakat',
        instructions: 'Add meg az érvényes zárat és a módosítást.',
        replies: [
          {
            call: 'vaganyzar_lekerdezes',
            args: { szakasz: 'Hatvan–Füzesabony', datum: '2028-03-22' },
            result:
              '{"zar_azonosito": "VZ-2028-0322-031", "ervenyes": {"valtozat": "M3", "kezdet": "12:00", "veg": "17:00"}, "korabbi": {"valtozat": "M2", "kezdet": "10:00", "veg": "15:00", "visszavonva": "2028-03-15"}}',
          },
          {
            say: 'VZ-2028-0322-031: érvényes M3, 12:00–17:00. Az M2 (10:00–15:00) 03.15-én visszavonva.',
          },
        ],
      },
      {
        name: 'menetvonal_tervezo',
        description: 'Menetvonalat tervez',
        instructions: 'Tervezd meg a menetvonalat a megadott korlátok mellett.',
        replies: [
          {
            call: 'menetvonal_szamitas',
            args: {
              vonat: '44760',
              honnan: 'Dunaújváros',
              hova: 'Miskolc-Rendező',
              datum: '2028-03-22',
              zar_kezdet: '12:00',
              szakasz: 'Hatvan–Füzesabony',
            },
            result:
              '{"indulas": "06:40", "hatvan": "10:02", "fuzesabony": "11:06", "erkezes": "12:31", "tartalek_perc": 54}',
          },
          {
            say: '44760: Dunaújváros 06:40 → Hatvan 10:02 → Füzesabony 11:06 → Miskolc-Rendező 12:31. A 12:00-s zárkezdet előtt 54 perc tartalék.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vasut-atfogalmazott-eligazitas-fanout',
    title:
      'A tervező a diszpécseri kérést saját szavaival bontja fel a három ellenőrnek, de minden feltételt (UN 1203, 2 védőkocsi, alagútkód, 72% fék) megtart',
    domain: 'Veszélyesáru-szerelvény összeállítása',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the briefs reword the request in other terms, yet each keeps every constraint (UN 1203, two buffer wagons, tunnel code, 72% braking)',
    request:
      'A 2028. április 11-i 49502-es benzinvonat (Százhalombatta → Komárom, 16 Zans kocsi UN 1203 motorbenzin) összeállításánál: a mozdony mögött és a vonat végén 1-1 üres védőkocsi kell, a fékszázalék legalább 72% legyen (a Tata felé eső lejtő miatt), és ellenőrizni kell az alagútkorlátozási kódot. Osszatok be mozdonyt is, és adjátok ki a besorozási utasítást.',
    topology: {
      shape: 'fanout',
      planner: 'szerelveny_tervezo',
      workers: ['rid_ellenor', 'fekszamito', 'mozdony_beoszto'],
      aggregator: 'besorozas_iro',
    },
    agents: [
      {
        name: 'szerelveny_tervezo',
        description: 'Feladatokra bontja a szerelvény-összeállítást',
        instructions: 'Írj egy-egy eligazítást minden ellenőrnek.',
        replies: [
          {
            plan: {
              rid_ellenor:
                'Nézd át a 49502-t (04.11.): 16 Zans, UN 1203. Két üres kocsi kell védőként, egy közvetlenül a mozdony után, egy a szerelvény végén. Mondd meg az alagútkorlátozási kódot is.',
              fekszamito:
                '49502, 18 kocsi (16 rakott + 2 üres védőkocsi): fékszázalék kell, alsó határ 72%, mert Tata felé lejtő van.',
              mozdony_beoszto:
                '49502 Százhalombatta → Komárom, 04.11., elegy kb. 1 250 t: kérek mozdonyt és mozdonyvezetőt.',
            },
          },
        ],
      },
      {
        name: 'rid_ellenor',
        description: 'RID szerinti veszélyesáru-ellenőr',
        instructions: 'Ellenőrizd a RID-előírásokat.',
        replies: [
          {
            call: 'rid_anyagadat',
            args: { un_szam: '1203' },
            result:
              '{"un": "1203", "megnevezes": "MOTORBENZIN", "osztaly": "3", "csomagolasi_csoport": "II", "veszelyt_jelzo_szam": "33", "alagutkorlatozas": "D/E"}',
          },
          {
            say: 'UN 1203 MOTORBENZIN, 3. osztály, II. csomagolási csoport, veszélyt jelző szám 33, alagútkód D/E (a Százhalombatta–Komárom útvonalon nincs korlátozott alagút). Védőkocsik: 1 üres a mozdony mögött, 1 üres a vonat végén — a kocsisor így megfelel.',
          },
        ],
      },
      {
        name: 'fekszamito',
        description: 'Fékszázalék-számító',
        instructions: 'Számold ki a fékszázalékot.',
        replies: [
          {
            call: 'fekszazalek',
            args: { vonat: '49502', kocsik: 18, fekallas: 'G' },
            result:
              '{"elegytomeg_t": 1262, "fekezett_tomeg_t": 946, "fekszazalek": 75, "szukseges": 72, "megfelel": true}',
          },
          { say: '49502: elegy 1 262 t, fékezett 946 t, fékszázalék 75% (alsó határ 72%) — megfelel.' },
        ],
      },
      {
        name: 'mozdony_beoszto',
        description: 'Mozdonybeosztó',
        instructions: 'Ossz be mozdonyt.',
        replies: [
          {
            call: 'mozdony_beosztas',
            args: { vonat: '49502', datum: '2028-04-11', elegytomeg_t: 1262 },
            result:
              '{"mozdony": "480 018", "sorozat": "TRAXX", "mozdonyvezeto": "T-3356", "rendelkezesre": "05:10"}',
          },
          { say: 'Mozdony: 480 018 (TRAXX), mozdonyvezető T-3356, 05:10-től.' },
        ],
      },
      {
        name: 'besorozas_iro',
        description: 'Besorozási utasítást ír',
        instructions: 'Fogd össze az eredményeket és írd meg a besorozási utasítást.',
        replies: [
          {
            say: 'BESOROZÁSI UTASÍTÁS — 49502, Százhalombatta → Komárom, 2028.04.11.\n\n1. Mozdony: 480 018 (TRAXX), mvez. T-3356\n2. Kocsisorrend: mozdony — 1 üres védőkocsi — 16 × Zans UN 1203 — 1 üres védőkocsi\n3. Fék: G állás, 75% (előírt legalább 72%)\n4. RID: UN 1203, 3. osztály, veszélyt jelző szám 33, alagútkód D/E, az útvonalon nincs korlátozott alagút\n\nElegytömeg 1 262 t, 18 kocsi.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vasut-visszaadas-eredmennyel-swarm',
    title:
      'A kocsielosztó átadja a RID-ellenőrnek a klórszállítás kérdését, az ellenőr az eredménnyel adja vissza, és a kocsielosztó ez alapján zárja le a foglalást',
    domain: 'Kocsikiosztás veszélyes árura',
    mast: ['FM-1.3'],
    nearMissOf:
      'handoff_loop: control goes back to the agent that asked, but the hand-back carries the RID results it needed',
    request:
      'A BorsodChem 2028. május 16-ra 6 kocsi UN 1017 klórt ad fel Kazincbarcikáról Szolnokra. Foglaljatok rá alkalmas tartálykocsikat, és nézzétek meg, milyen RID-feltételek vonatkoznak a szállításra.',
    topology: {
      shape: 'swarm',
      entry: 'kocsi_eloszto',
      agents: ['kocsi_eloszto', 'rid_ellenor'],
    },
    agents: [
      {
        name: 'kocsi_eloszto',
        description: 'Kocsielosztó',
        instructions: 'Veszélyes árunál előbb kérd ki a RID-ellenőr véleményét, utána foglalj.',
        replies: [
          {
            handoff: 'rid_ellenor',
            message:
              'UN 1017 klór, 6 kocsi, Kazincbarcika → Szolnok, 2028.05.16. Milyen tartálykód és milyen RID-feltételek kellenek? Utána visszaveszem a foglaláshoz.',
          },
          {
            call: 'tartalykocsi_foglalas',
            args: {
              felado: 'BorsodChem',
              tipus: 'Zags',
              tartalykod: 'P22DH(M)',
              darab: 6,
              un_szam: '1017',
              datum: '2028-05-16',
            },
            result:
              '{"foglalas": "KF-0516-0302", "darab": 6, "palyaszamok": "33 55 7912 061 … 066", "tartalykod": "P22DH(M)"}',
          },
          {
            say: 'KF-0516-0302: 6 Zags tartálykocsi (33 55 7912 061–066), tartálykód P22DH(M), UN 1017 klórhoz. A RID szerint: 2.3 + 5.1 + 8 bárcák, veszélyt jelző szám 265, tolatásnál lökdösés tilos (13-as bárca), alagútkód C/D. Feladás 2028.05.16., Kazincbarcika → Szolnok.',
          },
        ],
      },
      {
        name: 'rid_ellenor',
        description: 'RID szerinti veszélyesáru-ellenőr',
        instructions: 'Add meg a RID-feltételeket, és add vissza a kérdezőnek.',
        replies: [
          {
            call: 'rid_anyagadat',
            args: { un_szam: '1017' },
            result:
              '{"un": "1017", "megnevezes": "KLÓR", "osztalyozasi_kod": "2TOC", "bárcák": ["2.3", "5.1", "8"], "veszelyt_jelzo_szam": "265", "tartalykod": "P22DH(M)", "tolatasi_barca_13": true, "alagutkorlatozas": "C/D"}',
          },
          {
            handoff: 'kocsi_eloszto',
            message:
              'UN 1017 KLÓR (2TOC): tartálykód **P22DH(M)**, bárcák 2.3 + 5.1 + 8, veszélyt jelző szám 265, 13-as tolatási bárca (lökdösés és lefuttatás tilos), alagútkód C/D. Ezzel foglalhatsz.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vasut-havi-zarolas-opcionalis-idojaras-nested',
    title:
      'Havi elszámolás sok azonosítóval: az időjárási kiegészítő lekérdezés nem érhető el és a munkatárs ezt jelzi, de a végső jelentés nem használja; minden kocsi- és vonatszám egyezik',
    domain: 'Havi kocsiállás-elszámolás',
    mast: ['FM-3.1', 'FM-2.4'],
    nearMissOf:
      'low_quality_output / lost_message: an optional weather lookup is declined as unavailable and the report does not use it; a long run full of wagon ids and counters, all carried over correctly',
    request:
      'Készítsétek el 2028. június havi kocsiállás-elszámolását a Miskolc-Rendező körzetre: kocsinapok és álláspénz feladónként, a vágányzárak miatt kiesett órák. Ha elérhető, az időjárás miatti késéseket is írjátok mellé (nem kötelező).',
    topology: {
      shape: 'nested',
      top: 'korzeti_vezeto',
      teams: {
        kocsiallas_vezeto: ['allaspenz_szamito', 'idojaras_lekerdezo'],
        palya_vezeto: ['vaganyzar_osszesito'],
      },
    },
    agents: [
      {
        name: 'korzeti_vezeto',
        description: 'Körzeti vezető',
        instructions: 'Add ki a kocsiállási és a pályás részt, majd állítsd össze a jelentést.',
        replies: [
          {
            handoff: 'kocsiallas_vezeto',
            message:
              'Június 2028, Miskolc-Rendező: kocsinapok és álláspénz feladónként. Időjárási késések csak ha elérhetők, nem kötelező.',
          },
          {
            handoff: 'palya_vezeto',
            message:
              'Június 2028, Miskolc-Rendező körzet: vágányzárak miatt kiesett órák zárankénti bontásban.',
          },
          {
            say: '## Kocsiállás-elszámolás — Miskolc-Rendező, 2028. június\n\n| Feladó | Kocsik | Kocsinap | Álláspénz |\n|---|---|---|---|\n| BorsodChem Zrt. (F-0412) | 318 | 1 046 | 3 138 000 Ft |\n| Ózdi Acélművek (F-0077) | 142 | 511 | 1 533 000 Ft |\n| Mátrai Erőmű (F-0209) | 96 | 188 | 564 000 Ft |\n| **Összesen** | **556** | **1 745** | **5 235 000 Ft** |\n\n**Vágányzárak:** VZ-2028-0604-011 (9,0 óra), VZ-2028-0611-027 (6,5 óra), VZ-2028-0623-040 (12,0 óra) — összesen 27,5 kiesett óra.',
          },
        ],
      },
      {
        name: 'kocsiallas_vezeto',
        description: 'Kocsiállási csapatvezető',
        instructions: 'Kérd be az álláspénzt, és ha lehet, az időjárási adatot; foglald össze.',
        replies: [
          {
            handoff: 'allaspenz_szamito',
            message: 'Június 2028, Miskolc-Rendező: kocsinapok és álláspénz feladónként (3 000 Ft/kocsinap).',
          },
          {
            handoff: 'idojaras_lekerdezo',
            message: 'Ha elérhető: június 2028 időjárás miatti késések a körzetben.',
          },
          {
            say: 'Álláspénz június 2028: BorsodChem (F-0412) 318 kocsi, 1 046 kocsinap, 3 138 000 Ft; Ózdi Acélművek (F-0077) 142 kocsi, 511 kocsinap, 1 533 000 Ft; Mátrai Erőmű (F-0209) 96 kocsi, 188 kocsinap, 564 000 Ft. Összesen 556 kocsi, 1 745 kocsinap, 5 235 000 Ft. Időjárási adat nem érhető el (a kiegészítő nem kötelező).',
          },
        ],
      },
      {
        name: 'allaspenz_szamito',
        description: 'Álláspénzt számol',
        instructions: 'Számold ki a kocsinapokat és az álláspénzt feladónként.',
        replies: [
          {
            call: 'kocsinap_osszesito',
            args: { korzet: 'Miskolc-Rendező', honap: '2028-06', dij_ft_kocsinap: 3000 },
            result:
              '{"feladok": [{"kod": "F-0412", "nev": "BorsodChem Zrt.", "kocsik": 318, "kocsinap": 1046, "allaspenz_ft": 3138000}, {"kod": "F-0077", "nev": "Ózdi Acélművek", "kocsik": 142, "kocsinap": 511, "allaspenz_ft": 1533000}, {"kod": "F-0209", "nev": "Mátrai Erőmű", "kocsik": 96, "kocsinap": 188, "allaspenz_ft": 564000}], "osszesen": {"kocsik": 556, "kocsinap": 1745, "allaspenz_ft": 5235000}}',
          },
          {
            say: 'F-0412 BorsodChem: 318 kocsi, 1 046 kocsinap, 3 138 000 Ft\nF-0077 Ózdi Acélművek: 142 kocsi, 511 kocsinap, 1 533 000 Ft\nF-0209 Mátrai Erőmű: 96 kocsi, 188 kocsinap, 564 000 Ft\nÖsszesen: 556 kocsi, 1 745 kocsinap, 5 235 000 Ft',
          },
        ],
      },
      {
        name: 'idojaras_lekerdezo',
        description: 'Időjárási késéseket kérdez le',
        instructions: 'Kérdezd le az időjárási késéseket, ha a szolgáltatás elérhető.',
        replies: [
          {
            call: 'idojaras_keses',
            args: { korzet: 'Miskolc-Rendező', honap: '2028-06' },
            result: { error: '404 Not Found: az időjárási késésmodul ehhez a körzethez nincs bekapcsolva' },
          },
          {
            say: 'Az időjárási késésmodul a Miskolc-Rendező körzetben nincs bekapcsolva, júniusra nincs adat.',
          },
        ],
      },
      {
        name: 'palya_vezeto',
        description: 'Pályás csapatvezető',
        instructions: 'Kérd be a vágányzárak összesítését és foglald össze.',
        replies: [
          {
            handoff: 'vaganyzar_osszesito',
            message: 'Június 2028, Miskolc-Rendező körzet vágányzárai: kiesett órák zárankként.',
          },
          {
            say: 'Vágányzárak június 2028: VZ-2028-0604-011 9,0 óra, VZ-2028-0611-027 6,5 óra, VZ-2028-0623-040 12,0 óra; összesen 27,5 óra.',
          },
        ],
      },
      {
        name: 'vaganyzar_osszesito',
        description: 'Vágányzárakat összesít',
        instructions: 'Összesítsd a vágányzárak kiesett óráit.',
        replies: [
          {
            call: 'vaganyzar_osszesites',
            args: { korzet: 'Miskolc-Rendező', honap: '2028-06' },
            result:
              '{"zarak": [{"azonosito": "VZ-2028-0604-011", "ora": 9.0}, {"azonosito": "VZ-2028-0611-027", "ora": 6.5}, {"azonosito": "VZ-2028-0623-040", "ora": 12.0}], "osszesen_ora": 27.5}',
          },
          {
            say: 'VZ-2028-0604-011: 9,0 ó; VZ-2028-0611-027: 6,5 ó; VZ-2028-0623-040: 12,0 ó. Összesen 27,5 óra.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch187Scenarios = [...faults, ...healthy];
