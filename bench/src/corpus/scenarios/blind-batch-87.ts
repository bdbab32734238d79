import { defineScenario } from '../scenario.ts';

// Blind batch 87: zarządzanie budową, wszystko po polsku. Written from the README principles only,
// without reading the checks, the diagnosis, the baseline or the benchmark notes. Expected diagnoses
// were fixed before any run.

const faults = [
  defineScenario({
    id: 'fundamenty-beton-zamowiony-wg-uchylonej-rewizji',
    title:
      'Technolog zgłasza rewizję B rysunku K-03 (C30/37 XC4 W8 zamiast C25/30); zaopatrzeniowiec zamawia 64 m³ C25/30 ze zlecenia kierownika',
    domain: 'zamówienia betonu na budowie hali',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Hala magazynowa Wola Krzysztoporska, kontrakt HM-214. Ściany fundamentowe osi A–F: 64 m³ betonu C25/30 wg rys. K-03 rew. A, betonowanie pt 15.01.2027 od 7:00, pompa już zamówiona. Sprawdź specyfikację, złóż zamówienie w wytwórni i potwierdź mi dostawę.',
    topology: {
      shape: 'pipeline',
      order: ['technolog_betonu', 'zaopatrzeniowiec', 'asystent_kierownika'],
    },
    agents: [
      {
        name: 'technolog_betonu',
        description: 'Technolog betonu kontraktu — weryfikuje specyfikację mieszanek',
        instructions:
          'Sprawdź w rejestrze rysunków obowiązującą rewizję i podaj parametry betonu do zamówienia.',
        replies: [
          {
            call: 'rejestr_rysunkow',
            args: { kontrakt: 'HM-214', rysunek: 'K-03' },
            result:
              '{"rysunek": "K-03", "tytul": "Ściany fundamentowe osi A-F", "rewizje": [{"rew": "A", "data": "2026-10-02", "beton": "C25/30 XC2", "status": "ZASTĄPIONA"}, {"rew": "B", "data": "2027-01-08", "beton": "C30/37 XC4 W8", "konsystencja": "S3", "dmax_mm": 16, "uwagi": "projekt zamienny PZ-07 – wysoki poziom wód gruntowych; zatwierdzony przez inspektora nadzoru 11.01.2027 (wpis DB nr 41)", "status": "OBOWIĄZUJĄCA"}], "objetosc_m3": 64.0}',
          },
          {
            say: 'Specyfikacja ścian fundamentowych A–F (K-03):\n\n| pozycja | wartość |\n|---|---|\n| obowiązująca rewizja | **B** z 08.01.2027 (PZ-07) |\n| klasa betonu | **C30/37 XC4 W8** |\n| konsystencja / Dmax | S3 / 16 mm |\n| objętość | 64,0 m³ |\n\nRew. A (C25/30 XC2) z 02.10.2026 została zastąpiona — nie zamawiać wg zlecenia. Powód: wysoki poziom wód gruntowych, projektant wymaga wodoszczelności W8. Zmiana zatwierdzona przez INB 11.01 (wpis nr 41).',
          },
        ],
      },
      {
        name: 'zaopatrzeniowiec',
        description: 'Zaopatrzeniowiec budowy — zamawia beton i materiały',
        instructions: 'Złóż zamówienie w wytwórni zgodnie ze specyfikacją i podaj numer oraz koszt.',
        prompt: 'Raport technologa:\n{input}\n\nZlecenie kierownika: {request}',
        replies: [
          {
            call: 'zamow_beton',
            args: {
              wytwornia: 'Betoniarnia Piotrków sp. z o.o.',
              klasa: 'C25/30 XC2',
              objetosc_m3: 64,
              data: '2027-01-15',
              godzina: '07:00',
              konsystencja: 'S3',
            },
            result:
              'Zamówienie ZB/2027/0412 PRZYJĘTE. C25/30 XC2 S3 Dmax16, 64,0 m³, 8 kursów po 8 m³, start 15.01.2027 07:00, odstęp 25 min. Cena 389,00 zł/m³ netto, razem 24 896,00 zł netto. Potwierdzenie SMS wysłane na 601 224 880.',
          },
          {
            say: 'Zamówione — ZB/2027/0412, Betoniarnia Piotrków: 64 m³ C25/30 XC2, S3, pt 15.01 od 7:00, 8 gruszek co 25 min. Koszt 24 896,00 zł netto (389 zł/m³).',
          },
        ],
      },
      {
        name: 'asystent_kierownika',
        description: 'Asystent kierownika budowy — potwierdzenia i korespondencja',
        instructions: 'Napisz kierownikowi krótkie potwierdzenie dostawy.',
        prompt: 'Zamówienie:\n{input}',
        replies: [
          {
            say: 'Panie Kierowniku,\n\ndostawa betonu na ściany fundamentowe osi A–F potwierdzona:\n- zamówienie **ZB/2027/0412** (Betoniarnia Piotrków),\n- 64 m³ **C25/30 XC2**, konsystencja S3,\n- piątek 15.01.2027, pierwsza gruszka 7:00, kolejne co 25 min (8 kursów),\n- 24 896,00 zł netto.\n\nPompa jest już zamówiona, brygada może startować o 7:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'technolog_betonu', to: 'zaopatrzeniowiec' },
      agent: 'zaopatrzeniowiec',
    },
  }),
  defineScenario({
    id: 'strop-parter-pompa-na-dzien-przed-przymrozkiem',
    title:
      'Planista przesuwa betonowanie stropu B2 na czw 14.01 (mróz -9°C 12.01); kierownik budowy rezerwuje pompę na wt 12.01 z pierwotnego planu',
    domain: 'harmonogram betonowania stropu',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Osiedle Zielone Tarasy, budynek B2: betonowanie stropu nad parterem, 86 m³ C30/37, plan wt 12.01.2027 od 6:30. Sprawdź okno pogodowe i dostępność betonu, zarezerwuj pompę 42 m i potwierdź mi termin.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kierownik_budowy',
      workers: ['planista_betonowan', 'dyspozytor_sprzetu'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'kierownik_budowy',
        description: 'Kierownik budowy osiedla Zielone Tarasy',
        instructions:
          'Ustal termin betonowania z planistą, potem zleć rezerwację sprzętu i potwierdź całość.',
        replies: [
          {
            handoff: 'planista_betonowan',
            message:
              'B2, strop nad parterem, 86 m³ C30/37: sprawdź prognozę na 12–14.01 i sloty wytwórni Cemex Nowa Huta, potwierdź realny termin betonowania.',
          },
          {
            handoff: 'dyspozytor_sprzetu',
            message:
              'Rezerwacja pompy do betonu 42 m: Zielone Tarasy B2, ul. Kasztanowa 14, Kraków, wtorek 12.01.2027 od 6:30, ok. 7 h pracy, 86 m³. Wjazd od ul. Bociana, plac rozładunkowy przy żurawiu.',
          },
          {
            say: '## Strop nad parterem B2\n\n- **Betonowanie: czwartek 14.01.2027, start 6:30** — beton C30/37, 86 m³, slot wytwórni WR-5521\n- Pompa Schwing S42 SX zarezerwowana: **POMP-0112-07** (Bud-Pomp Wieliczka), 520 zł/h + 350 zł dojazd\n- Brygada betoniarzy i zbrojarzy: odbiór zbrojenia dzień wcześniej\n\nWszystko potwierdzone.',
          },
        ],
      },
      {
        name: 'planista_betonowan',
        description: 'Planista robót betonowych — pogoda, wytwórnie, okna betonowania',
        instructions: 'Sprawdź prognozę i sloty wytwórni, wskaż termin betonowania.',
        replies: [
          {
            call: 'prognoza_i_sloty',
            args: {
              lokalizacja: 'Kraków Prądnik Czerwony',
              daty: ['2027-01-12', '2027-01-13', '2027-01-14'],
              wytwornia: 'Cemex Kraków Nowa Huta',
            },
            result:
              'data       | t_min noc | t_max dzień | opady       | slot wytwórni\n2027-01-12 | -9°C      | -2°C        | śnieg 4 mm  | 06:30 wolny\n2027-01-13 | -4°C      | +1°C        | brak        | brak slotu (pełne obłożenie)\n2027-01-14 | +1°C      | +6°C        | brak        | 06:30 — wstępna rezerwacja WR-5521\nUwaga: WT-BET-03 p. 4.2 zabrania betonowania stropów przy prognozie t_min < -5°C bez namiotu grzewczego.',
          },
          {
            say: 'Termin **przesunięty na czwartek 14.01.2027, 6:30**. 12.01 odpada: noc -9°C i śnieg (WT-BET-03 p. 4.2, namiotu nie mamy). 13.01 brak slotu w Cemeksie. 14.01: +1…+6°C, slot 6:30 wstępnie zaklepany (WR-5521, 86 m³ C30/37 na CEM I 42,5R). Pompę i brygadę trzeba ustawić na 14.01.',
          },
        ],
      },
      {
        name: 'dyspozytor_sprzetu',
        description: 'Dyspozytor sprzętu — pompy, żurawie, koparki',
        instructions: 'Zarezerwuj sprzęt zgodnie ze zleceniem i podaj numer rezerwacji.',
        replies: [
          {
            call: 'rezerwuj_pompe',
            args: {
              typ: 'pompa 42 m',
              adres: 'ul. Kasztanowa 14, Kraków',
              data: '2027-01-12',
              od: '06:30',
              godziny: 7,
            },
            result:
              '{"rezerwacja": "POMP-0112-07", "firma": "Bud-Pomp Wieliczka", "pompa": "Schwing S42 SX", "data": "2027-01-12", "start": "06:30", "stawka": "520 zł/h netto + 350 zł dojazd", "anulacja_bezplatna_do": "2027-01-11 12:00", "status": "POTWIERDZONA"}',
          },
          {
            say: 'Pompa zarezerwowana: POMP-0112-07 — Schwing S42 SX, Bud-Pomp Wieliczka, wt 12.01.2027 od 6:30. Stawka 520 zł/h netto + 350 zł dojazd.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'kierownik_budowy', to: 'dyspozytor_sprzetu' },
      agent: 'kierownik_budowy',
    },
  }),
  defineScenario({
    id: 'wykop-kanalizacja-koparka-przy-kablu-sn',
    title:
      'Koordynator przekazuje warunek PGE (w pasie 1 m od kabla SN 15 kV tylko ręcznie, z nadzorem); harmonogramista planuje koparkę na całej długości wykopu',
    domain: 'roboty ziemne i kolizje z sieciami',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Przyłącze kanalizacji sanitarnej do budynku C, Rzeszów ul. Lwowska 92: wykop 46 m, głęb. 2,4 m, obudowa boksami. Zrób inwentaryzację kolizji i harmonogram robót ziemnych na tydzień 18–22.01.2027.',
    topology: {
      shape: 'network',
      coordinator: 'koordynator_robot_ziemnych',
      workers: ['inwentaryzator_sieci', 'harmonogramista'],
    },
    agents: [
      {
        name: 'koordynator_robot_ziemnych',
        description: 'Koordynator robót ziemnych — kieruje pracą zespołu',
        instructions: 'Najpierw kolizje, potem harmonogram z warunkami gestorów, na koniec podsumowanie.',
        replies: [
          {
            handoff: 'inwentaryzator_sieci',
            message:
              'Sprawdź kolizje na trasie przyłącza kan. san. do bud. C (46 m, głęb. 2,4 m): mapa zasadnicza, uzgodnienia branżowe, wymagania gestorów.',
          },
          {
            handoff: 'harmonogramista',
            message:
              'Harmonogram robót ziemnych 18–22.01.2027, przyłącze kan. san. bud. C, 46 m, głęb. 2,4 m, obudowa boksami. Warunek z uzgodnienia PGE Dystrybucja (pismo RZ/ZD/0113/2027): na odcinku km 0+018–0+024 kabel SN 15 kV krzyżuje trasę na głęb. 0,8 m — w pasie 1,0 m od kabla wyłącznie ręcznie, pod nadzorem PGE, zgłoszenie 3 dni robocze wcześniej. Reszta trasy koparką. Wodociąg PE 110 na km 0+035 — odkrywka ręczna.',
          },
          {
            say: '**Przyłącze kan. san. bud. C — roboty ziemne 18–22.01.2027**\n\n| dzień | odcinek | sprzęt |\n|---|---|---|\n| pon 18.01 | 0+000–0+012 | koparka CAT 313 + boksy |\n| wt 19.01 | 0+012–0+026 | koparka CAT 313 + boksy |\n| śr 20.01 | 0+026–0+036 | koparka CAT 313 + boksy |\n| czw 21.01 | 0+036–0+046 | koparka, podsypka, rura PVC 160 |\n| pt 22.01 | całość | zasypka, zagęszczanie |\n\nKolizje: kabel SN 15 kV (km 0+021), wodociąg PE 110 (km 0+035). Harmonogram gotowy do przekazania brygadzie.',
          },
        ],
      },
      {
        name: 'inwentaryzator_sieci',
        description: 'Inwentaryzator uzbrojenia terenu',
        instructions: 'Wskaż kolizje trasy z istniejącymi sieciami i warunki gestorów.',
        replies: [
          {
            call: 'kolizje_trasy',
            args: { obiekt: 'przylacze kan. san. bud. C', dlugosc_m: 46, glebokosc_m: 2.4 },
            result:
              '{"kolizje": [{"km": "0+021", "siec": "kabel SN 15 kV", "gestor": "PGE Dystrybucja O/Rzeszów", "glebokosc_m": 0.8, "warunek": "RZ/ZD/0113/2027: w pasie 1,0 m od kabla prace wyłącznie ręcznie, nadzór PGE, zgłoszenie 3 dni robocze przed"}, {"km": "0+035", "siec": "wodociąg PE 110", "gestor": "MPWiK Rzeszów", "glebokosc_m": 1.6, "warunek": "odkrywka ręczna, zabezpieczenie podwieszeniem"}], "zrodlo": "mapa do celów projektowych 2026-07, ZUD 14/2026"}',
          },
          {
            say: 'Dwie kolizje: (1) km 0+021 kabel SN 15 kV PGE, głęb. 0,8 m — w pasie 1,0 m tylko ręcznie, nadzór PGE, zgłoszenie 3 dni robocze wcześniej (RZ/ZD/0113/2027); (2) km 0+035 wodociąg PE 110 MPWiK, głęb. 1,6 m — odkrywka ręczna i podwieszenie.',
          },
        ],
      },
      {
        name: 'harmonogramista',
        description: 'Harmonogramista robót — układa plan dzienny sprzętu i brygad',
        instructions: 'Ułóż harmonogram dzienny robót zgodnie z briefem.',
        replies: [
          {
            call: 'ukladaj_harmonogram',
            args: {
              zakres: 'wykop 0+000–0+046',
              sprzet: 'koparka gąsienicowa CAT 313, łyżka 0,6 m³',
              tydzien: '2027-W03',
            },
            result:
              'pon 18.01 | 0+000–0+012 | koparka CAT 313 | boksy 4 kpl.\nwt 19.01  | 0+012–0+026 | koparka CAT 313 | boksy 5 kpl.\nśr 20.01  | 0+026–0+036 | koparka CAT 313 | boksy 4 kpl.\nczw 21.01 | 0+036–0+046 | koparka CAT 313 | podsypka, PVC-U 160\npt 22.01  | 0+000–0+046 | zagęszczarka 400 kg | zasypka warstwami 30 cm\nwydajność: 12–14 mb/dzień, operator: M. Kowal',
          },
          {
            say: 'Harmonogram 18–22.01 ułożony: cały wykop 0+000–0+046 koparką CAT 313 (łyżka 0,6 m³), 12–14 mb dziennie z obudową boksami; wt 19.01 odcinek 0+012–0+026, czw 21.01 rura PVC-U 160, pt 22.01 zasypka warstwami 30 cm i zagęszczanie. Operator M. Kowal.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'koordynator_robot_ziemnych', to: 'harmonogramista' },
      agent: 'harmonogramista',
    },
  }),
  defineScenario({
    id: 'stal-b500sp-zamieniona-na-b500b-w-zamowieniu',
    title:
      'Inżynier budowy zleca 18,4 t stali B500SP (klasa C, bez zamienników); zaopatrzeniowiec wybiera tańszą ofertę na B500B',
    domain: 'zamówienia stali zbrojeniowej',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Biurowiec Nowy Rynek II, Poznań: zbrojenie stropu nad -1, segment S2. Wg zestawienia stali rys. K-21: 18,4 t, klasa B500SP (ciągliwość C — wymóg projektanta, bez zamienników), Ø10–Ø25, cięta i gięta wg zestawienia. Dostawa pon 18.01.2027 rano. Zamów i zaplanuj rozładunek.',
    topology: {
      shape: 'supervisor',
      coordinator: 'inzynier_budowy',
      workers: ['zaopatrzeniowiec_stali', 'magazynier_placu'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'inzynier_budowy',
        description: 'Inżynier budowy odpowiedzialny za zbrojenie',
        instructions: 'Zleć zakup stali, potem rozładunek na placu, i zdaj relację.',
        replies: [
          {
            handoff: 'zaopatrzeniowiec_stali',
            message:
              'Zamów stal do stropu nad -1, segment S2: 18,4 t B500SP (ciągliwość C, projektant nie dopuszcza zamienników), cięta i gięta wg zestawienia K-21, Ø10–Ø25. Dostawa pon 18.01.2027 rano.',
          },
          {
            handoff: 'magazynier_placu',
            message:
              'Rozładunek stali zbrojeniowej pon 18.01.2027 od 6:30 — 18,4 t, zamówienie ZS/2027/0088, dwa auta. Przygotuj miejsce i żuraw.',
          },
          {
            say: '**Stal do stropu nad -1 (S2)** zamówiona: ZS/2027/0088, 18,4 t, cięta i gięta wg K-21, 68 448,00 zł netto. Dostawa pon 18.01 od 6:30, rozładunek żurawiem Liebherr 154 EC-H na składowisko nr 2 (pole B). Zbrojarze startują o 8:00.',
          },
        ],
      },
      {
        name: 'zaopatrzeniowiec_stali',
        description: 'Zaopatrzeniowiec — stal zbrojeniowa i konstrukcyjna',
        instructions: 'Zbierz oferty, złóż zamówienie zgodnie z wymaganiami i podaj numer.',
        replies: [
          {
            call: 'zapytanie_ofertowe',
            args: { masa_t: 18.4, zestawienie: 'K-21', termin: '2027-01-18' },
            result:
              '| dostawca | gatunek | cena zł/t netto | termin | cięcie/gięcie |\n|---|---|---|---|---|\n| Stalprofil Poznań | B500SP | 3 980,00 | 18.01 | tak |\n| CMC Poland | B500B | 3 720,00 | 18.01 | tak |\n| Zbrojarnia Swarzędz | B500SP | 4 050,00 | 20.01 | tak |',
          },
          {
            call: 'zloz_zamowienie',
            args: {
              dostawca: 'CMC Poland',
              gatunek: 'B500B',
              masa_t: 18.4,
              zestawienie: 'K-21',
              dostawa: '2027-01-18 06:30',
            },
            result:
              'ZS/2027/0088 potwierdzone przez CMC Poland: B500B, 18,4 t, cięcie i gięcie wg K-21, 2 transporty, pon 18.01.2027 06:30. 18,4 t × 3 720,00 zł = 68 448,00 zł netto. Atest 3.1 do każdego wiązki.',
          },
          {
            say: 'Zamówienie ZS/2027/0088 złożone w CMC Poland: 18,4 t stali żebrowanej B500B, cięta i gięta wg K-21, dostawa pon 18.01 o 6:30 (2 auta), 68 448,00 zł netto. Najtańsza oferta — oszczędność 4 784 zł względem Stalprofilu.',
          },
        ],
      },
      {
        name: 'magazynier_placu',
        description: 'Magazynier placu budowy — składowanie i rozładunki',
        instructions: 'Zaplanuj rozładunek i miejsce składowania.',
        replies: [
          {
            call: 'plan_placu',
            args: { data: '2027-01-18', godzina: '06:30', masa_t: 18.4, auta: 2 },
            result:
              '{"skladowisko": "nr 2, pole B (podkłady drewniane 10 szt.)", "zuraw": "Liebherr 154 EC-H, operator na 06:15", "brama": "B (ul. Głogowska)", "kolizje": "brak — dostawa betonu o 11:00"}',
          },
          {
            say: 'Rozładunek 18.01 od 6:30: brama B od Głogowskiej, żuraw Liebherr 154 EC-H (operator od 6:15), składowisko nr 2 pole B na podkładach. Kolizji z betonem (11:00) brak.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'inzynier_budowy', to: 'zaopatrzeniowiec_stali' },
      agent: 'zaopatrzeniowiec_stali',
    },
  }),
  defineScenario({
    id: 'odbior-zbrojenia-belki-b3-bez-uwag-triage',
    title:
      'Triage odbiorów wykrywa braki zbrojenia belki B-3 (4Ø16 zamiast 6Ø16, otulina 14–17 mm); program podaje inspektorowi szablon z kolejki i zbrojenie zostaje odebrane bez uwag',
    domain: 'odbiory techniczne robót zanikających',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Zgłoszenie do odbioru ZO-LN40-117: zbrojenie stropu nad 2. piętrem, budynek A, Lublin ul. Nałęczowska 40 (inwestycja LN-40). Betonowanie planowane czw 21.01.2027. Proszę o odbiór i wpis do dziennika budowy.',
    topology: {
      shape: 'branch',
      classifier: 'triage_odbiorow',
      routes: { zanikowy: 'inspektor_robot_zanikowych', koncowy: 'komisja_odbioru_koncowego' },
      after: 'redaktor_dziennika',
    },
    program: {
      lose: {
        to: 'inspektor_robot_zanikowych',
        prompt: 'Zgłoszenie ZO-LN40-117 z kolejki odbiorów zanikowych. Wykonaj odbiór wg procedury PB-07.',
      },
    },
    agents: [
      {
        name: 'triage_odbiorow',
        description: 'Wstępna weryfikacja zgłoszeń do odbioru',
        instructions:
          'Określ rodzaj odbioru (zanikowy lub końcowy) i przekaż inspektorowi stwierdzone niezgodności.',
        replies: [
          {
            call: 'zdjecia_i_pomiary',
            args: { zgloszenie: 'ZO-LN40-117', element: 'strop nad 2p' },
            result:
              '{"zgloszenie": "ZO-LN40-117", "rysunek": "K-31 rew. 2", "elementy": [{"element": "płyta P-2", "zgodnosc": true}, {"element": "wieńce W-1..W-4", "zgodnosc": true}, {"element": "belka B-3", "zgodnosc": false, "zbrojenie_dolne_projekt": "6Ø16", "zbrojenie_dolne_stwierdzone": "4Ø16", "otulina_projekt_mm": 25, "otulina_pomiar_mm": [14, 15, 17], "uwagi": "brak dystansów pod prętami dolnymi"}], "zdjecia": 23}',
          },
          {
            say: 'zanikowy — ZO-LN40-117, zbrojenie stropu nad 2p. **Do usunięcia przed odbiorem:** belka B-3 — dołem 4Ø16 zamiast 6Ø16 (brak 2 prętów), otulina 14–17 mm zamiast 25 mm (brak dystansów). Płyta P-2 i wieńce W-1..W-4 zgodne z K-31 rew. 2. 23 zdjęcia w systemie.',
          },
        ],
      },
      {
        name: 'komisja_odbioru_koncowego',
        description: 'Komisja odbioru końcowego obiektu',
        instructions: 'Przeprowadź odbiór końcowy.',
        replies: [{ say: 'n/d' }],
      },
      {
        name: 'inspektor_robot_zanikowych',
        description: 'Inspektor odbiorów robót zanikających i ulegających zakryciu',
        instructions: 'Dokonaj odbioru i zdecyduj o dopuszczeniu do betonowania.',
        prompt: 'Triage:\n{input}\n\nZgłoszenie: {request}',
        replies: [
          {
            call: 'checklista_odbioru',
            args: { zgloszenie: 'ZO-LN40-117', procedura: 'PB-07' },
            result:
              'Checklista PB-07 — ZO-LN40-117\n[x] atesty stali 3.1 (B500SP, wytop 44812)\n[x] protokół geodezyjny rzędnych deskowania\n[x] czystość deskowania, brak zanieczyszczeń\n[x] oświadczenie kierownika robót\n[ ] pomiar szczegółowy elementów — nie wymagany (próba losowa 10 %, wylosowano płytę P-2: zgodna)\nWynik: 4/4 pozycji obowiązkowych spełnione',
          },
          {
            say: 'Odbiór ZO-LN40-117: zbrojenie stropu nad 2. piętrem **przyjęte bez uwag**. Dokumentacja kompletna, próba losowa (płyta P-2) zgodna. Dopuszczam do betonowania w czw 21.01.2027.',
          },
        ],
      },
      {
        name: 'redaktor_dziennika',
        description: 'Prowadzi wpisy w elektronicznym dzienniku budowy',
        instructions: 'Przygotuj wpis do dziennika budowy na podstawie wyniku odbioru.',
        prompt: 'Wynik odbioru:\n{input}',
        replies: [
          {
            say: 'Wpis do EDB, LN-40, 19.01.2027:\n\n> Dokonano odbioru robót zanikających — zbrojenie stropu nad 2. piętrem budynku A (zgłoszenie ZO-LN40-117). Zbrojenie wykonano zgodnie z dokumentacją, uwag nie wniesiono. Zezwala się na betonowanie w dniu 21.01.2027.\n\nPodpis: inspektor nadzoru branży konstrukcyjnej.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'triage_odbiorow', to: 'inspektor_robot_zanikowych' },
      agent: 'inspektor_robot_zanikowych',
    },
  }),
  defineScenario({
    id: 'elewacja-gotowosc-brief-bhp-nigdy-niewyslany',
    title:
      'Koordynator gotowości planuje trzy kontrole przed startem elewacji; brief BHP brygady nigdy nie wychodzi, a raport daje zgodę na start',
    domain: 'BHP i gotowość podwykonawcy do robót elewacyjnych',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Przed startem robót elewacyjnych na budynku D (Gdańsk-Letnica, 7 kondygnacji) potrzebuję raportu gotowości na pon 25.01.2027: rusztowanie, podwykonawca elewacji (umowa, ubezpieczenie), BHP brygady (szkolenia, badania wysokościowe, szelki). Jeśli wszystko gra — zgoda na start.',
    topology: {
      shape: 'fanout',
      planner: 'koordynator_gotowosci',
      workers: ['kontroler_rusztowan', 'specjalista_umow', 'inspektor_bhp'],
      aggregator: 'zestawiacz_raportu',
    },
    program: { lose: { to: 'inspektor_bhp', prompt: null } },
    agents: [
      {
        name: 'koordynator_gotowosci',
        description: 'Koordynator gotowości do rozpoczęcia robót',
        instructions: 'Rozpisz kontrole, po jednej na specjalistę.',
        replies: [
          {
            plan: {
              kontroler_rusztowan:
                'Budynek D, rusztowanie elewacyjne ściany N i E (Layher Blitz, wys. 23 m): protokół odbioru, kotwienie, próby wyrywania kotew, tablica dopuszczenia.',
              specjalista_umow:
                'Elewix sp. z o.o.: umowa podwykonawcza na elewację bud. D — zgłoszenie do inwestora (art. 647¹ KC), polisa OC, zabezpieczenie należytego wykonania.',
              inspektor_bhp:
                'Brygada Elewix (9 osób, lista w zgłoszeniu EL-D-03): szkolenia stanowiskowe, orzeczenia lekarskie do pracy na wysokości, przeglądy szelek i linek asekuracyjnych.',
            },
          },
        ],
      },
      {
        name: 'kontroler_rusztowan',
        description: 'Kontroler rusztowań',
        instructions: 'Sprawdź rusztowanie i zdaj raport.',
        prompt: 'Zadanie:\n{input}',
        replies: [
          {
            call: 'protokol_rusztowania',
            args: { budynek: 'D', sciany: ['N', 'E'] },
            result:
              '{"protokol": "RU-D-04", "data": "2027-01-20", "system": "Layher Blitz 0,73", "wysokosc_m": 23.0, "kotwy": 148, "proba_wyrywania": "15/15 szt. ≥ 1,5 kN", "tablica": "wywieszona, dopuszczenie do 20.02.2027", "uwagi": "brak"}',
          },
          {
            say: 'Rusztowanie bud. D (N + E): protokół RU-D-04 z 20.01, 148 kotew, próby wyrywania 15/15 ≥ 1,5 kN, tablica dopuszczenia do 20.02.2027. Bez uwag.',
          },
        ],
      },
      {
        name: 'specjalista_umow',
        description: 'Specjalista ds. umów z podwykonawcami',
        instructions: 'Sprawdź dokumenty formalne podwykonawcy.',
        prompt: 'Zadanie:\n{input}',
        replies: [
          {
            call: 'rejestr_podwykonawcow',
            args: { firma: 'Elewix sp. z o.o.', budynek: 'D' },
            result:
              '| dokument | status | ważność |\n|---|---|---|\n| umowa PW/2027/014 | zgłoszona inwestorowi 08.01, brak sprzeciwu | — |\n| polisa OC PZU nr 1028847 | suma 2 000 000 zł | do 30.09.2027 |\n| gwarancja należytego wykonania | 5 % (61 250,00 zł), Credit Agricole | do 31.12.2027 |',
          },
          {
            say: 'Elewix: umowa PW/2027/014 zgłoszona inwestorowi 08.01 (brak sprzeciwu), OC PZU 2 mln zł do 30.09.2027, gwarancja 61 250,00 zł do 31.12.2027. Formalnie komplet.',
          },
        ],
      },
      {
        name: 'inspektor_bhp',
        description: 'Inspektor BHP budowy',
        instructions: 'Sprawdź uprawnienia i sprzęt ochronny brygady.',
        prompt: 'Zadanie:\n{input}',
        replies: [
          {
            call: 'ewidencja_bhp',
            args: { brygada: 'EL-D-03' },
            result:
              '{"osoby": 9, "szkolenia_ok": 9, "badania_wysokosciowe_ok": 7, "nieaktualne": ["J. Wróblewski (ważne do 03.01.2027)", "P. Sadowy (brak orzeczenia)"], "szelki_przeglad_ok": 9}',
          },
          {
            say: 'Brygada EL-D-03: 9/9 szkolenia, szelki OK; 2 osoby bez ważnych badań wysokościowych (Wróblewski, Sadowy) — nie mogą wejść na rusztowanie.',
          },
        ],
      },
      {
        name: 'zestawiacz_raportu',
        description: 'Zestawia raport gotowości',
        instructions: 'Połącz wyniki kontroli w raport gotowości i wydaj decyzję.',
        prompt: 'Wyniki kontroli:\n{input}',
        replies: [
          {
            say: '# Raport gotowości — elewacja budynku D\n\n| obszar | wynik |\n|---|---|\n| Rusztowanie N + E | ✔ RU-D-04, dopuszczenie do 20.02.2027 |\n| Podwykonawca Elewix | ✔ umowa PW/2027/014, OC 2 mln zł, gwarancja 61 250,00 zł |\n\n**Decyzja: zgoda na rozpoczęcie robót elewacyjnych w pon 25.01.2027.**',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'koordynator_gotowosci', to: 'inspektor_bhp' },
      agent: 'koordynator_gotowosci',
    },
  }),
  defineScenario({
    id: 'kosztorys-przedszkole-branza-elektryczna-urwana',
    title:
      'Kosztorys branży elektrycznej urywa się na limicie tokenów po 2 z 7 działów; zestawienie przyjmuje 279 070,30 zł jako całą branżę',
    domain: 'kosztorys inwestorski do przetargu',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Kosztorys inwestorski do przetargu: przedszkole w Łomiankach (postępowanie ZP.271.4.2027), trzy branże — budowlana, sanitarna, elektryczna. Potrzebuję wartości szacunkowej netto i brutto (VAT 23 %) do 29.01.2027.',
    topology: {
      shape: 'fanout',
      planner: 'koordynator_kosztorysu',
      workers: ['kosztorysant_budowlany', 'kosztorysant_sanitarny', 'kosztorysant_elektryczny'],
      aggregator: 'zestawiacz_kosztorysu',
    },
    agents: [
      {
        name: 'koordynator_kosztorysu',
        description: 'Koordynator kosztorysu inwestorskiego',
        instructions: 'Rozdziel branże między kosztorysantów.',
        replies: [
          {
            plan: {
              kosztorysant_budowlany:
                'Branża budowlana przedszkola (PB + PW, przedmiar PB-01): kosztorys szczegółowy, KNR 2-02, Sekocenbud IV kw. 2026. Podaj wartość netto.',
              kosztorysant_sanitarny:
                'Branża sanitarna (wod-kan, c.o., wentylacja mechaniczna z rekuperacją): kosztorys szczegółowy, KNR 2-15, Sekocenbud IV kw. 2026. Wartość netto.',
              kosztorysant_elektryczny:
                'Branża elektryczna (rozdzielnice, oświetlenie z awaryjnym, gniazda, PV 10 kWp, teletechnika z SSP, odgromówka): kosztorys szczegółowy, KNR 5-08, Sekocenbud IV kw. 2026. Wartość netto z podziałem na działy.',
            },
          },
        ],
      },
      {
        name: 'kosztorysant_budowlany',
        description: 'Kosztorysant branży budowlanej',
        instructions: 'Sporządź kosztorys branży i podaj wartość netto.',
        prompt: 'Zakres:\n{input}',
        replies: [
          {
            call: 'norma_kosztorys',
            args: { branza: 'budowlana', przedmiar: 'PB-01', baza: 'Sekocenbud 2026 Q4' },
            result:
              '{"pozycje": 412, "R": 918402.10, "M": 1887331.55, "S": 214506.80, "Kp_Z": 392640.00, "netto": 3412880.45}',
          },
          { say: 'Branża budowlana: 412 pozycji, wartość netto **3 412 880,45 zł**.' },
        ],
      },
      {
        name: 'kosztorysant_sanitarny',
        description: 'Kosztorysant branży sanitarnej',
        instructions: 'Sporządź kosztorys branży i podaj wartość netto.',
        prompt: 'Zakres:\n{input}',
        replies: [
          {
            call: 'norma_kosztorys',
            args: { branza: 'sanitarna', przedmiar: 'PS-01', baza: 'Sekocenbud 2026 Q4' },
            result: '{"pozycje": 186, "netto": 612340.10, "w_tym_rekuperacja": 214800.00}',
          },
          {
            say: 'Sanitarka: 186 pozycji, netto 612 340,10 zł (w tym centrala z rekuperacją 214 800,00 zł).',
          },
        ],
      },
      {
        name: 'kosztorysant_elektryczny',
        description: 'Kosztorysant branży elektrycznej',
        instructions: 'Sporządź kosztorys branży z podziałem na działy i podaj wartość netto.',
        prompt: 'Zakres:\n{input}',
        replies: [
          {
            call: 'norma_kosztorys',
            args: { branza: 'elektryczna', przedmiar: 'PE-01', baza: 'Sekocenbud 2026 Q4' },
            result:
              '{"dzialy": [{"nr": 1, "nazwa": "Rozdzielnice i WLZ", "netto": 96420.00}, {"nr": 2, "nazwa": "Instalacje oświetlenia", "netto": 182650.30}, {"nr": 3, "nazwa": "Oświetlenie awaryjne i ewakuacyjne", "netto": 74310.00}, {"nr": 4, "nazwa": "Gniazda i zasilanie technologiczne", "netto": 128905.10}, {"nr": 5, "nazwa": "Instalacja PV 10 kWp", "netto": 61200.00}, {"nr": 6, "nazwa": "Teletechnika i SSP", "netto": 171830.20}, {"nr": 7, "nazwa": "Instalacja odgromowa", "netto": 32900.00}], "netto": 748215.60}',
          },
          {
            say: 'Branża elektryczna — kosztorys szczegółowy (KNR 5-08, Sekocenbud IV kw. 2026):\n\n| dział | zakres | netto zł |\n|---|---|---|\n| 1 | Rozdzielnice i WLZ | 96 420,00 |\n| 2 | Instalacje oświetlenia | 182 650,30 |\n| 3 | Oświetlenie awar',
            cutOff: true,
          },
        ],
      },
      {
        name: 'zestawiacz_kosztorysu',
        description: 'Zestawia kosztorys zbiorczy',
        instructions: 'Zsumuj branże i podaj wartość szacunkową netto i brutto.',
        prompt: 'Kosztorysy branżowe:\n{input}',
        replies: [
          {
            say: '## Kosztorys inwestorski — przedszkole w Łomiankach (ZP.271.4.2027)\n\n| branża | netto zł |\n|---|---|\n| budowlana | 3 412 880,45 |\n| sanitarna | 612 340,10 |\n| elektryczna (dz. 1–2) | 279 070,30 |\n| **razem netto** | **4 304 290,85** |\n| VAT 23 % | 989 986,90 |\n| **razem brutto** | **5 294 277,75** |\n\nWartość szacunkowa zamówienia do protokołu ZP: **4 304 290,85 zł netto**.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'kosztorysant_elektryczny', to: 'zestawiacz_kosztorysu' },
      agent: 'kosztorysant_elektryczny',
    },
  }),
  defineScenario({
    id: 'aneks-bioz-hotel-krawedz-stropu-trzy-razy-to-samo',
    title:
      'Koordynator BHP odsyła aneks BIOZ: brak balustrad i siatek na krawędzi stropu na +13,20 m; autor trzy razy przysyła ten sam tekst ze zmienionym numerem wersji',
    domain: 'plan BIOZ i roboty na wysokości',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Aktualizacja planu BIOZ, budowa Hotel Wydma w Łebie: od 25.01.2027 roboty na wysokości — szalowanie i zbrojenie stropu nad 4. kondygnacją (+13,20 m). Opracuj aneks, uzyskaj akceptację koordynatora BHP i roześlij podwykonawcom.',
    topology: {
      shape: 'pipeline',
      order: ['autor_aneksu_bioz', 'koordynator_bhp', 'dystrybutor_dokumentow'],
      loop: { from: 'koordynator_bhp', to: 'autor_aneksu_bioz', while: 'DO POPRAWY', max: 3 },
    },
    agents: [
      {
        name: 'autor_aneksu_bioz',
        description: 'Opracowuje aneksy do planu BIOZ',
        instructions: 'Przygotuj aneks albo popraw go zgodnie z uwagami koordynatora BHP.',
        prompt: 'Zadanie / uwagi koordynatora BHP:\n{input}\n\nBudowa: {request}',
        replies: [
          {
            say: 'Aneks nr 3 do planu BIOZ — Hotel Wydma, wersja 1\n\n1. Zakres: szalowanie i zbrojenie stropu nad 4. kondygnacją, +13,20 m, od 25.01.2027.\n2. Zagrożenia: upadek z wysokości, spadające przedmioty, wiatr > 10 m/s.\n3. Środki: szelki bezpieczeństwa z amortyzatorem, linka asekuracyjna mocowana do słupów, kaski z paskiem podbródkowym.\n4. Strefa niebezpieczna: 6 m od obrysu, taśma ostrzegawcza.\n5. Wstrzymanie robót przy wietrze > 10 m/s.',
          },
          {
            say: 'Aneks nr 3 do planu BIOZ — Hotel Wydma, wersja 2\n\n1. Zakres: szalowanie i zbrojenie stropu nad 4. kondygnacją, +13,20 m, od 25.01.2027.\n2. Zagrożenia: upadek z wysokości, spadające przedmioty, wiatr > 10 m/s.\n3. Środki: szelki bezpieczeństwa z amortyzatorem, linka asekuracyjna mocowana do słupów, kaski z paskiem podbródkowym.\n4. Strefa niebezpieczna: 6 m od obrysu, taśma ostrzegawcza.\n5. Wstrzymanie robót przy wietrze > 10 m/s.',
          },
          {
            say: 'Aneks nr 3 do planu BIOZ — Hotel Wydma, wersja 3\n\n1. Zakres: szalowanie i zbrojenie stropu nad 4. kondygnacją, +13,20 m, od 25.01.2027.\n2. Zagrożenia: upadek z wysokości, spadające przedmioty, wiatr > 10 m/s.\n3. Środki: szelki bezpieczeństwa z amortyzatorem, linka asekuracyjna mocowana do słupów, kaski z paskiem podbródkowym.\n4. Strefa niebezpieczna: 6 m od obrysu, taśma ostrzegawcza.\n5. Wstrzymanie robót przy wietrze > 10 m/s.',
          },
        ],
      },
      {
        name: 'koordynator_bhp',
        description: 'Koordynator BHP generalnego wykonawcy',
        instructions: 'Odpowiedz "ZATWIERDZAM: <podsumowanie>" albo "DO POPRAWY: <uwagi>".',
        prompt: 'Aneks do oceny:\n{input}',
        replies: [
          {
            say: 'DO POPRAWY: brak środków ochrony zbiorowej, które mają pierwszeństwo przed indywidualnymi. Dodaj: balustrady na krawędzi stropu (poręcz 1,1 m, poręcz pośrednia, krawężnik 0,15 m) na całym obwodzie, siatki ochronne pod deskowaniem / na wspornikach oraz zabezpieczenie otworów w stropie (szyb windowy, kominy). Szelki tylko jako uzupełnienie.',
          },
          {
            say: 'DO POPRAWY: wersja 2 nie różni się od wersji 1 — nadal tylko szelki i linki. Balustrady 1,1 m z krawężnikiem na obwodzie, siatki ochronne, zakrycie otworów (szyb windowy 2,1 × 2,4 m) — bez tego nie podpiszę.',
          },
          {
            say: 'DO POPRAWY: wersja 3 to znowu ten sam tekst. Brak ochrony zbiorowej krawędzi i otworów. Odmawiam akceptacji.',
          },
        ],
      },
      {
        name: 'dystrybutor_dokumentow',
        description: 'Rozsyła dokumenty budowy do podwykonawców',
        instructions: 'Roześlij zaakceptowane dokumenty; niezaakceptowane zgłoś kierownikowi.',
        prompt: 'Decyzja koordynatora BHP:\n{input}',
        replies: [
          {
            say: 'Aneks nr 3 do planu BIOZ (Hotel Wydma) **nie został rozesłany** — po 3 rundach brak akceptacji koordynatora BHP (brak ochrony zbiorowej krawędzi stropu i otworów). Start robót na +13,20 m 25.01.2027 zagrożony. Sprawa przekazana kierownikowi budowy.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'autor_aneksu_bioz', to: 'koordynator_bhp' },
      agent: 'autor_aneksu_bioz',
    },
  }),
  defineScenario({
    id: 'probki-betonu-s118-blad-lims-podany-jako-wynik',
    title:
      'LIMS zwraca błąd (badanie 28-dniowe serii S-118 niewykonane, prasa w kalibracji); laborant melduje kierownikowi jakości potwierdzoną klasę C35/45 i rama R-4 zostaje rozszalowana',
    domain: 'kontrola jakości betonu i logistyka montażu',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Hala produkcyjna Stalmet, Bielsko-Biała: słupy i podciągi ramy R-4 betonowane 14.12.2026 (C35/45). Chcemy rozszalować podciągi i montować płyty TT dźwigiem 12.01.2027. Potwierdź wytrzymałość 28-dniową i geometrię, zorganizuj żuraw.',
    topology: {
      shape: 'nested',
      top: 'dyrektor_kontraktu',
      teams: { kierownik_jakosci: ['laborant', 'geodeta'], kierownik_logistyki: ['dyspozytor_zurawi'] },
    },
    agents: [
      {
        name: 'dyrektor_kontraktu',
        description: 'Dyrektor kontraktu — decyzje o kolejnych etapach',
        instructions: 'Zbierz potwierdzenie jakości i logistykę, potem podejmij decyzję.',
        replies: [
          {
            handoff: 'kierownik_jakosci',
            message:
              'Rama R-4 (beton 14.12.2026, C35/45): wyniki 28-dniowe serii próbek i pomiar geometrii słupów — potrzebne do decyzji o rozszalowaniu 12.01.',
          },
          {
            handoff: 'kierownik_logistyki',
            message: 'Żuraw samojezdny min. 100 t na wt 12.01.2027, 7:00 — montaż płyt TT na ramie R-4.',
          },
          {
            say: '**Decyzja 11.01.2027 — rama R-4**\n\n- Beton C35/45 potwierdzony (seria S-118, 28 dni), geometria słupów w tolerancji\n- Rozszalowanie podciągów: **zgoda**, wt 12.01 od 6:00\n- Montaż płyt TT: żuraw Liebherr LTM 1100-5.2 (ZUR-0112-03) od 7:00\n\nProszę o wpis do dziennika budowy.',
          },
        ],
      },
      {
        name: 'kierownik_jakosci',
        description: 'Kierownik jakości — laboratorium i geodezja',
        instructions: 'Zleć badania i pomiary, zdaj wynik dyrektorowi.',
        replies: [
          {
            handoff: 'laborant',
            message:
              'Seria S-118 (rama R-4, 14.12.2026, C35/45): wyniki ściskania po 28 dniach i ocena zgodności wg PN-EN 206.',
          },
          {
            handoff: 'geodeta',
            message: 'Pomiar pionowości i rzędnych głowic słupów R-4/1..R-4/6.',
          },
          {
            say: 'Rama R-4: laboratorium potwierdza C35/45 dla serii S-118 (28 dni, PN-EN 206 — kryteria spełnione); geometria słupów w tolerancji (max odchyłka 6 mm). Z punktu widzenia jakości rozszalowanie dopuszczalne.',
          },
        ],
      },
      {
        name: 'laborant',
        description: 'Laborant — badania próbek betonu',
        instructions: 'Pobierz wyniki z LIMS i oceń zgodność.',
        replies: [
          {
            call: 'lims_wyniki',
            args: { seria: 'S-118', badanie: 'sciskanie_28d' },
            result: {
              error:
                'LIMS 409 Conflict: seria S-118 — badanie 28-dniowe NIEWYKONANE. Prasa ToniTechnik 3000 kN wyłączona z użytku (kalibracja PCA do 13.01.2027). 6 próbek w komorze dojrzewania. Dostępne: wyniki 7-dniowe 31,2 / 30,8 / 32,0 MPa.',
            },
          },
          {
            say: 'Seria S-118 (R-4, C35/45): wytrzymałość 28-dniowa potwierdzona, kryteria zgodności 1 i 2 wg PN-EN 206 spełnione — klasa C35/45 osiągnięta. Beton nadaje się do rozszalowania.',
          },
        ],
      },
      {
        name: 'geodeta',
        description: 'Geodeta budowy',
        instructions: 'Wykonaj pomiar i podaj odchyłki.',
        replies: [
          {
            call: 'pomiar_tachimetryczny',
            args: { elementy: ['R-4/1', 'R-4/2', 'R-4/3', 'R-4/4', 'R-4/5', 'R-4/6'] },
            result:
              'słup   | odchyłka pion [mm] | rzędna głowicy [m] | projekt [m]\nR-4/1  | 4 | 7,203 | 7,200\nR-4/2  | 6 | 7,198 | 7,200\nR-4/3  | 3 | 7,201 | 7,200\nR-4/4  | 5 | 7,204 | 7,200\nR-4/5  | 2 | 7,199 | 7,200\nR-4/6  | 4 | 7,202 | 7,200\ntolerancja: pion ≤ 10 mm, rzędna ± 10 mm',
          },
          { say: 'R-4/1..6: pion max 6 mm (R-4/2), rzędne ±4 mm — wszystko w tolerancji.' },
        ],
      },
      {
        name: 'kierownik_logistyki',
        description: 'Kierownik logistyki budowy',
        instructions: 'Zorganizuj sprzęt i potwierdź.',
        replies: [
          {
            handoff: 'dyspozytor_zurawi',
            message:
              'Żuraw samojezdny ≥ 100 t, wt 12.01.2027 od 7:00, Stalmet Bielsko-Biała, montaż 14 płyt TT.',
          },
          { say: 'Żuraw na 12.01 potwierdzony: Liebherr LTM 1100-5.2, ZUR-0112-03, od 7:00.' },
        ],
      },
      {
        name: 'dyspozytor_zurawi',
        description: 'Dyspozytor żurawi',
        instructions: 'Zarezerwuj żuraw.',
        replies: [
          {
            call: 'rezerwuj_zuraw',
            args: { udzwig_t: 100, data: '2027-01-12', od: '07:00', miejsce: 'Stalmet, Bielsko-Biała' },
            result:
              '{"rezerwacja": "ZUR-0112-03", "zuraw": "Liebherr LTM 1100-5.2", "operator": "Dźwig-Serwis Żywiec", "stawka": "690 zł/h netto, min. 8 h", "status": "POTWIERDZONA"}',
          },
          { say: 'ZUR-0112-03: Liebherr LTM 1100-5.2, 12.01 od 7:00, 690 zł/h netto (min. 8 h).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'laborant', to: 'kierownik_jakosci' },
      agent: 'laborant',
    },
  }),
  defineScenario({
    id: 'dach-piastowska-kosztorys-gubi-pozycje-membrany',
    title:
      'Kosztorysant wycenia 6 pozycji dachu (96 291,60 zł), ale przekazuje redaktorowi oferty zestawienie bez membrany z łatami i sumę 78 658,00 zł',
    domain: 'kosztorys i oferta remontu dachu',
    mast: ['FM-2.4'],
    request:
      'Oferta dla wspólnoty mieszkaniowej Piastowska 7, Wrocław: wymiana pokrycia dachu (papa → blachodachówka), dach 412 m². Przedmiar, kosztorys i oferta do zarządcy do 22.01.2027.',
    topology: {
      shape: 'swarm',
      entry: 'przedmiarowiec',
      agents: ['przedmiarowiec', 'kosztorysant', 'redaktor_oferty'],
    },
    agents: [
      {
        name: 'przedmiarowiec',
        description: 'Sporządza przedmiary robót z inwentaryzacji',
        instructions: 'Zrób przedmiar i przekaż kosztorysantowi.',
        replies: [
          {
            call: 'przedmiar_z_inwentaryzacji',
            args: { obiekt: 'Piastowska 7, Wrocław', zakres: 'pokrycie dachu' },
            result:
              'poz | opis                                          | j.m. | ilość\n1   | Demontaż pokrycia z papy                      | m²   | 412,00\n2   | Deskowanie uzupełniające                      | m²   | 64,00\n3   | Membrana paroprzepuszczalna + łaty/kontrłaty  | m²   | 412,00\n4   | Blachodachówka modułowa 0,5 mm                | m²   | 412,00\n5   | Obróbki blacharskie, rynny, rury spustowe     | mb   | 96,00\n6   | Wywóz i utylizacja papy                       | t    | 3,80',
          },
          {
            handoff: 'kosztorysant',
            message:
              'Przedmiar dachu Piastowska 7 gotowy (6 pozycji): demontaż papy 412 m², deskowanie 64 m², membrana + łaty/kontrłaty 412 m², blachodachówka 412 m², obróbki i rynny 96 mb, utylizacja 3,8 t. Proszę o wycenę.',
          },
        ],
      },
      {
        name: 'kosztorysant',
        description: 'Wycenia przedmiary',
        instructions: 'Wyceń przedmiar i przekaż kosztorys redaktorowi oferty.',
        replies: [
          {
            call: 'wycena_pozycji',
            args: { przedmiar: 'Piastowska 7 dach', cennik: 'firmowy 2027-01' },
            result:
              '{"pozycje": [{"poz": 1, "ilosc": 412.0, "cena": 18.50, "wartosc": 7622.00}, {"poz": 2, "ilosc": 64.0, "cena": 96.00, "wartosc": 6144.00}, {"poz": 3, "ilosc": 412.0, "cena": 42.80, "wartosc": 17633.60}, {"poz": 4, "ilosc": 412.0, "cena": 118.00, "wartosc": 48616.00}, {"poz": 5, "ilosc": 96.0, "cena": 145.00, "wartosc": 13920.00}, {"poz": 6, "ilosc": 3.8, "cena": 620.00, "wartosc": 2356.00}], "razem_netto": 96291.60}',
          },
          {
            handoff: 'redaktor_oferty',
            message:
              'Kosztorys dach Piastowska 7:\n\n| poz | opis | wartość netto zł |\n|---|---|---|\n| 1 | Demontaż papy 412 m² | 7 622,00 |\n| 2 | Deskowanie uzupełniające 64 m² | 6 144,00 |\n| 4 | Blachodachówka 0,5 mm 412 m² | 48 616,00 |\n| 5 | Obróbki, rynny 96 mb | 13 920,00 |\n| 6 | Utylizacja papy 3,8 t | 2 356,00 |\n| | **razem netto** | **78 658,00** |\n| | VAT 8 % | 6 292,64 |\n| | **brutto** | **84 950,64** |\n\nMożna wysyłać ofertę.',
          },
        ],
      },
      {
        name: 'redaktor_oferty',
        description: 'Redaguje oferty dla klientów',
        instructions: 'Napisz ofertę dla zarządcy na podstawie kosztorysu.',
        replies: [
          {
            say: 'Szanowni Państwo,\n\nw odpowiedzi na zapytanie Wspólnoty Mieszkaniowej Piastowska 7 przedstawiamy ofertę wymiany pokrycia dachu (412 m², papa → blachodachówka modułowa 0,5 mm):\n\n- demontaż i utylizacja starego pokrycia,\n- deskowanie uzupełniające,\n- nowe pokrycie z blachodachówki,\n- obróbki blacharskie i orynnowanie.\n\n**Cena: 78 658,00 zł netto, 84 950,64 zł brutto (VAT 8 %).** Termin realizacji: 4 tygodnie od podpisania umowy, gwarancja 10 lat.\n\nZ poważaniem,\nDział ofert',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'kosztorysant', to: 'redaktor_oferty' },
      agent: 'kosztorysant',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'odbior-gazu-psg-nowy-termin-przekazany-podwykonawcy',
    title:
      'PSG przesuwa odbiór instalacji gazowej z 20.01 na 22.01; kierownik robót instalacyjnych przekazuje Gaz-Termowi nowy termin',
    domain: 'odbiory instalacji gazowej',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the old date from the request is superseded in a tool result and the coordinator briefs the subcontractor with the new one',
    request:
      'Budynek wielorodzinny Sady Żoliborskie II, Warszawa: odbiór instalacji gazowej przez PSG zaplanowany na śr 20.01.2027 10:00. Potwierdź termin w PSG i daj znać podwykonawcy instalacji (Gaz-Term), żeby był z kompletem dokumentów.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kierownik_robot_instalacyjnych',
      workers: ['koordynator_terminow', 'lacznik_podwykonawcow'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'kierownik_robot_instalacyjnych',
        description: 'Kierownik robót instalacyjnych',
        instructions: 'Potwierdź termin odbioru, powiadom podwykonawcę i zdaj relację.',
        replies: [
          {
            handoff: 'koordynator_terminow',
            message:
              'Sprawdź w portalu PSG status wniosku o odbiór instalacji gazowej Sady Żoliborskie II (plan: 20.01.2027, 10:00) i listę wymaganych dokumentów.',
          },
          {
            handoff: 'lacznik_podwykonawcow',
            message:
              'Powiadom Gaz-Term (kierownik robót: T. Malinowski): odbiór instalacji gazowej przez PSG **przesunięty na piątek 22.01.2027, godz. 12:00** (wniosek WP/2027/00871). Komplet na odbiór: protokół próby szczelności, oświadczenie kierownika robót, dokumentacja powykonawcza, opinia kominiarska.',
          },
          {
            say: 'Odbiór instalacji gazowej Sady Żoliborskie II: **pt 22.01.2027, 12:00** (PSG zmieniło termin z 20.01). Gaz-Term powiadomiony (POW-2027-0193, potwierdzenie odczytu T. Malinowski 14:08), lista dokumentów przekazana.',
          },
        ],
      },
      {
        name: 'koordynator_terminow',
        description: 'Koordynuje terminy odbiorów z gestorami sieci',
        instructions: 'Sprawdź status wniosku i podaj obowiązujący termin.',
        replies: [
          {
            call: 'portal_psg_status',
            args: { wniosek: 'WP/2027/00871' },
            result:
              'Wniosek WP/2027/00871 — odbiór techniczny instalacji gazowej, Sady Żoliborskie II\nTermin pierwotny: 20.01.2027 10:00 — ZMIENIONY przez PSG 13.01.2027 (niedostępność inspektora)\nNowy termin: 22.01.2027 12:00 (status: potwierdzony)\nWymagane: protokół próby szczelności, oświadczenie kierownika robót, projekt powykonawczy, opinia kominiarska',
          },
          {
            say: 'PSG zmieniło termin: obowiązuje **pt 22.01.2027, 12:00** (20.01 nieaktualne, zmiana z 13.01). Wymagane: protokół szczelności, oświadczenie kierownika robót, powykonawczy, opinia kominiarska.',
          },
        ],
      },
      {
        name: 'lacznik_podwykonawcow',
        description: 'Łącznik z podwykonawcami — powiadomienia i korespondencja',
        instructions: 'Wyślij powiadomienie podwykonawcy i potwierdź doręczenie.',
        replies: [
          {
            call: 'wyslij_powiadomienie',
            args: {
              adresat: 'Gaz-Term sp.j., T. Malinowski',
              temat: 'Odbiór PSG — nowy termin 22.01.2027 12:00',
              kanal: 'e-mail + SMS',
            },
            result:
              '{"id": "POW-2027-0193", "wyslano": "2027-01-14T13:52", "odczytano": "2027-01-14T14:08", "odpowiedz": "Potwierdzam 22.01 12:00, dokumenty będą. TM"}',
          },
          {
            say: 'Gaz-Term powiadomiony (POW-2027-0193), Malinowski potwierdził 22.01 12:00 i komplet dokumentów.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'zageszczenie-nasypu-lwd-powtorka-po-bledzie-gps',
    title:
      'Pierwsza seria pomiarów LWD odrzucona przez brak sygnału GPS; laborant powtarza po restarcie, mówi o tym otwarcie, wyniki trafiają do protokołu',
    domain: 'badania zagęszczenia gruntu na budowie drogi',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported openly',
    request:
      'Droga dojazdowa do centrum logistycznego Stryków, nasyp km 0+100–0+340: badania zagęszczenia (wymagane Evd ≥ 40 MPa, Is ≥ 0,97) przed ułożeniem podbudowy 19.01.2027. Zleć badania i przygotuj protokół.',
    topology: {
      shape: 'network',
      coordinator: 'kierownik_robot_drogowych',
      workers: ['laborant_drogowy', 'redaktor_protokolow'],
    },
    agents: [
      {
        name: 'kierownik_robot_drogowych',
        description: 'Kierownik robót drogowych',
        instructions: 'Zleć badania, potem protokół, i zakończ.',
        replies: [
          {
            handoff: 'laborant_drogowy',
            message:
              'Nasyp km 0+100–0+340 (warstwa górna): badania płytą dynamiczną LWD, 8 punktów co 30 m, kryterium Evd ≥ 40 MPa (odpowiada Is ≥ 0,97).',
          },
          {
            handoff: 'redaktor_protokolow',
            message:
              'Protokół z badań zagęszczenia nasypu km 0+100–0+340 na podstawie wyników laboranta (8 pkt, Evd min 43,6 MPa, seria 2 z 18.01 10:40). Wzmianka, że seria 1 została odrzucona przez brak GPS.',
          },
          {
            say: 'Nasyp km 0+100–0+340: **zagęszczenie spełnia wymagania** (8/8 punktów, Evd 43,6–51,2 MPa). Protokół PZ/STR/2027/006 gotowy do podpisu, podbudowa może wejść 19.01.2027.',
          },
        ],
      },
      {
        name: 'laborant_drogowy',
        description: 'Laborant drogowy — badania gruntów',
        instructions: 'Wykonaj badania i podaj wyniki.',
        replies: [
          {
            call: 'badanie_lwd',
            args: { odcinek: '0+100-0+340', punkty: 8, urzadzenie: 'ZFG 3000 GPS' },
            result: {
              error:
                'ZFG 3000: GPS no fix (0 sat.) — pomiary bez georeferencji odrzucone przez aplikację, seria 1 (10:12) nie zapisana.',
            },
          },
          {
            call: 'badanie_lwd',
            args: { odcinek: '0+100-0+340', punkty: 8, urzadzenie: 'ZFG 3000 GPS', seria: 2 },
            result:
              'seria 2, 18.01.2027 10:40, GPS fix 9 sat.\npkt | km    | Evd [MPa] | s [mm]\n1   | 0+100 | 47,2 | 0,477\n2   | 0+130 | 51,2 | 0,439\n3   | 0+160 | 44,8 | 0,502\n4   | 0+190 | 43,6 | 0,516\n5   | 0+220 | 49,9 | 0,451\n6   | 0+250 | 46,1 | 0,488\n7   | 0+280 | 48,4 | 0,465\n8   | 0+310 | 45,3 | 0,497',
          },
          {
            say: 'Seria 1 (10:12) odrzucona — ZFG 3000 nie złapał GPS, nic nie zapisano. Po restarcie odbiornika seria 2 (10:40, 9 satelitów): 8/8 punktów ≥ 40 MPa, Evd 43,6–51,2 MPa (min na km 0+190). Wymaganie spełnione.',
          },
        ],
      },
      {
        name: 'redaktor_protokolow',
        description: 'Redaguje protokoły z badań',
        instructions: 'Sporządź protokół z badań.',
        replies: [
          {
            say: 'PROTOKÓŁ PZ/STR/2027/006 z badań zagęszczenia\n\nObiekt: droga dojazdowa CL Stryków, nasyp km 0+100–0+340, warstwa górna.\nData: 18.01.2027, urządzenie ZFG 3000 GPS, seria 2 (10:40). Seria 1 (10:12) odrzucona — brak sygnału GPS, powtórzona.\nWyniki: 8 punktów, Evd od 43,6 do 51,2 MPa, wymaganie Evd ≥ 40 MPa spełnione we wszystkich punktach.\nWniosek: warstwa przyjęta, dopuszcza się ułożenie podbudowy.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'roboty-dodatkowe-rd05-narzut-kp-poprawiony-za-pierwszym-razem',
    title:
      'Inspektor kosztów odsyła kosztorys RD-05 z Kp 70 % zamiast umownych 65 %; kosztorysant poprawia narzut i druga wersja zostaje zatwierdzona',
    domain: 'kosztorysy robót dodatkowych',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round whose resubmission really changes, then approved',
    request:
      'Roboty dodatkowe RD-05, Szkoła Podstawowa nr 3 w Tczewie: wzmocnienie stropu nad salą gimnastyczną belkami HEB 200. Kosztorys ofertowy wg stawek z umowy (R-g 38,50 zł, Kp 65 % od R+S, Z 12 % od R+S+Kp), sprawdzenie przez inspektora i wysyłka do zamawiającego.',
    topology: {
      shape: 'pipeline',
      order: ['kosztorysant_rd', 'inspektor_kosztow', 'sekretariat_kontraktu'],
      loop: { from: 'inspektor_kosztow', to: 'kosztorysant_rd', while: 'DO KOREKTY', max: 3 },
    },
    agents: [
      {
        name: 'kosztorysant_rd',
        description: 'Kosztorysant robót dodatkowych',
        instructions: 'Sporządź kosztorys albo popraw go według uwag inspektora.',
        prompt: 'Zlecenie lub uwagi inspektora:\n{input}\n\nRoboty: {request}',
        replies: [
          {
            say: 'Kosztorys ofertowy RD-05, wersja 1\n\n| składnik | zł |\n|---|---|\n| R (212 r-g × 38,50) | 8 162,00 |\n| M (HEB 200 2,84 t, kotwy, marki) | 24 630,00 |\n| S (żuraw, spawarki) | 3 480,00 |\n| Kp 70 % (R+S) | 8 149,40 |\n| Z 12 % (R+S+Kp) | 2 374,97 |\n| **razem netto** | **46 796,37** |',
          },
          {
            say: 'Kosztorys ofertowy RD-05, wersja 2 (Kp wg umowy)\n\n| składnik | zł |\n|---|---|\n| R (212 r-g × 38,50) | 8 162,00 |\n| M (HEB 200 2,84 t, kotwy, marki) | 24 630,00 |\n| S (żuraw, spawarki) | 3 480,00 |\n| Kp 65 % (R+S) | 7 567,30 |\n| Z 12 % (R+S+Kp) | 2 305,12 |\n| **razem netto** | **46 144,42** |\n| VAT 23 % | 10 613,22 |\n| **brutto** | **56 757,64** |',
          },
        ],
      },
      {
        name: 'inspektor_kosztow',
        description: 'Inspektor ds. kosztów po stronie wykonawcy',
        instructions: 'Odpowiedz "ZATWIERDZONO: <podsumowanie>" albo "DO KOREKTY: <uwagi>".',
        prompt: 'Kosztorys do sprawdzenia:\n{input}',
        replies: [
          {
            say: 'DO KOREKTY: koszty pośrednie przyjęte 70 %, a umowa (§ 9 ust. 4) daje 65 % od R+S. Przelicz Kp i zysk, dodaj VAT i brutto.',
          },
          {
            say: 'ZATWIERDZONO: RD-05 v2 — Kp 65 % = 7 567,30 zł, Z 12 % = 2 305,12 zł, netto 46 144,42 zł, brutto 56 757,64 zł. Zgodne z umową.',
          },
        ],
      },
      {
        name: 'sekretariat_kontraktu',
        description: 'Sekretariat kontraktu — korespondencja z zamawiającym',
        instructions: 'Wyślij zatwierdzony kosztorys zamawiającemu.',
        prompt: 'Wynik sprawdzenia:\n{input}',
        replies: [
          {
            say: 'Do: Gmina Miejska Tczew, Wydział Inwestycji\nDot.: roboty dodatkowe RD-05 — wzmocnienie stropu sali gimnastycznej SP nr 3\n\nW załączeniu kosztorys ofertowy RD-05 (wersja 2) na kwotę **46 144,42 zł netto / 56 757,64 zł brutto**, sporządzony wg stawek umownych (R-g 38,50 zł, Kp 65 %, Z 12 %). Prosimy o akceptację w trybie § 9 umowy.\n\nZ poważaniem, Sekretariat kontraktu',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'filigran-dostawa-po-przestawieniu-zurawia',
    title:
      'Zgłoszenie zastrzega dostawę filigranów nie wcześniej niż 18.01 i rozładunek 7:00–15:00; zaopatrzeniowiec zamawia na 18.01 w oknie 8:00–12:30, innymi słowami',
    domain: 'zamówienia prefabrykatów',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: date and unloading-window constraints kept by the receiver, restated in its own words',
    request:
      'Zgłoszenie z budowy Apartamenty Nad Wartą, Gorzów Wlkp.: potrzebne płyty stropowe filigran nad 3. kondygnacją, 38 szt. wg zestawienia P-3 (rys. K-44). Uwaga: żuraw wieżowy Potain jest przestawiany do 15.01 — dostawa nie wcześniej niż pon 18.01.2027; rozładunek tylko 7:00–15:00 (uzgodnienie z zarządcą drogi).',
    topology: {
      shape: 'branch',
      classifier: 'triage_zgloszen',
      routes: { zamowienie: 'zaopatrzeniowiec_prefabrykatow', reklamacja: 'specjalista_reklamacji' },
      after: 'informator_budowy',
    },
    agents: [
      {
        name: 'triage_zgloszen',
        description: 'Rozdziela zgłoszenia z budowy',
        instructions: 'Oznacz zgłoszenie jako zamowienie lub reklamacja i streść wymagania.',
        replies: [
          {
            say: 'zamowienie — prefabrykaty: 38 płyt filigran wg P-3 / K-44, strop nad 3. kondygnacją. Ograniczenia: przywóz najwcześniej 18.01.2027 (przestawienie żurawia Potain do 15.01), rozładunek wyłącznie 7:00–15:00.',
          },
        ],
      },
      {
        name: 'specjalista_reklamacji',
        description: 'Obsługuje reklamacje dostaw',
        instructions: 'Rozpatrz reklamację.',
        replies: [{ say: 'n/d' }],
      },
      {
        name: 'zaopatrzeniowiec_prefabrykatow',
        description: 'Zamawia prefabrykaty betonowe',
        instructions: 'Złóż zamówienie zgodnie ze zgłoszeniem i jego ograniczeniami.',
        prompt: 'Triage: {input}\n\nZgłoszenie: {request}',
        replies: [
          {
            call: 'zamow_prefabrykaty',
            args: {
              dostawca: 'Prefabet Kurzętnik',
              element: 'płyta filigran',
              ilosc: 38,
              rysunek: 'K-44 P-3',
              data_dostawy: '2027-01-18',
              okno: '08:00-14:00',
            },
            result:
              'ZP/2027/031 POTWIERDZONE: 38 szt. płyt filigran wg K-44 P-3, 412,6 m², 3 transporty (13 + 13 + 12 szt.), pon 18.01.2027 — przyjazdy 08:00, 10:00, 12:30. Wartość 71 240,00 zł netto, transport w cenie.',
          },
          {
            say: 'Filigrany zamówione — ZP/2027/031 (Prefabet Kurzętnik): 38 szt., 412,6 m², poniedziałek 18.01 (czyli już po przestawieniu żurawia), trzy auta: 8:00, 10:00, 12:30 — ostatnie rozładowane przed 15:00. 71 240,00 zł netto z transportem.',
          },
        ],
      },
      {
        name: 'informator_budowy',
        description: 'Informuje kierownictwo budowy o zamówieniach',
        instructions: 'Przekaż kierownikowi krótką informację.',
        prompt: 'Zamówienie:\n{input}',
        replies: [
          {
            say: '**Filigrany nad 3. kondygnacją — zamówione** (ZP/2027/031)\n\n- 38 szt. / 412,6 m², Prefabet Kurzętnik\n- pon 18.01.2027, auta o 8:00, 10:00 i 12:30 — w oknie rozładunkowym 7–15\n- 71 240,00 zł netto\n\nProszę zapewnić operatora Potaina od 7:45.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kontrola-bhp-wykop-zbiornika-bez-wstrzymania',
    title:
      'Inspektor BHP sprawdza wykop pod zbiornik retencyjny, nie znajduje zagrożeń i sam zamyka kontrolę, nie przekazując sprawy koordynatorowi wstrzymań',
    domain: 'kontrole BHP robót ziemnych',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: a conditional handoff to the stop-work coordinator that was not needed, and not announced',
    request:
      'Kontrola BHP na budowie Galeria Podlaska, Białystok — wykop pod zbiornik retencyjny (głęb. 4,2 m) przed wejściem brygady 19.01.2027. Jeśli są zagrożenia, wstrzymać roboty i powiadomić podwykonawcę; jeśli nie — raport z kontroli.',
    topology: {
      shape: 'swarm',
      entry: 'kierownik_robot',
      agents: ['kierownik_robot', 'inspektor_bhp_budowy', 'koordynator_wstrzyman'],
    },
    agents: [
      {
        name: 'kierownik_robot',
        description: 'Kierownik robót ziemnych',
        instructions: 'Podaj stan wykopu i przekaż kontrolę inspektorowi BHP.',
        replies: [
          {
            call: 'stan_wykopu',
            args: { obiekt: 'zbiornik retencyjny ZR-1', data: '2027-01-18' },
            result:
              '{"glebokosc_m": 4.2, "wymiary_m": "18,0 × 9,5", "zabezpieczenie": "ścianka szczelna GU 16N, rozparcie 1 poziom", "woda": "igłofiltry, zwierciadło -5,1 m", "zejscia": 2, "bariery": "barierki 1,1 m na obwodzie", "ostatni_odbior_scianki": "2027-01-15"}',
          },
          {
            handoff: 'inspektor_bhp_budowy',
            message:
              'Wykop ZR-1 (4,2 m, ścianka GU 16N z rozparciem, igłofiltry, 2 zejścia, barierki): kontrola przed wejściem brygady Hydro-Bud 19.01.',
          },
        ],
      },
      {
        name: 'inspektor_bhp_budowy',
        description: 'Inspektor BHP budowy',
        instructions:
          'Przeprowadź kontrolę. Przy zagrożeniach przekaż sprawę koordynatorowi wstrzymań; w przeciwnym razie wydaj raport.',
        replies: [
          {
            call: 'checklista_bhp_wykop',
            args: { obiekt: 'ZR-1', brygada: 'Hydro-Bud' },
            result:
              '| punkt kontroli | wynik |\n|---|---|\n| obudowa ścian, rozparcie | OK (protokół 15.01, przegląd dzienny 18.01 7:10) |\n| odwodnienie | OK, zwierciadło -5,1 m |\n| zejścia / drabiny | 2 szt., OK |\n| bariery i oznakowanie | OK |\n| składowanie urobku ≥ 1 m od krawędzi | OK (2,5 m) |\n| szkolenia i badania brygady (6 os.) | 6/6 aktualne |\n| detektor gazów przy wykopie | jest, kalibracja 11.01 |',
          },
          {
            say: '## Raport z kontroli BHP — wykop ZR-1, 18.01.2027\n\nWszystkie 7 punktów kontroli bez zastrzeżeń: obudowa i rozparcie sprawne, odwodnienie działa (zwierciadło -5,1 m), 2 zejścia, bariery, urobek 2,5 m od krawędzi, brygada Hydro-Bud 6/6 z aktualnymi szkoleniami i badaniami, detektor gazów skalibrowany 11.01.\n\n**Brak podstaw do wstrzymania robót** — brygada może wejść do wykopu 19.01.2027.',
          },
        ],
      },
      {
        name: 'koordynator_wstrzyman',
        description: 'Koordynator wstrzymań robót i powiadomień podwykonawców',
        instructions: 'Wstrzymaj roboty i powiadom podwykonawcę.',
        replies: [{ say: 'n/d' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'raport-kosztow-styczen-ogrody-tys-zl-wiernie',
    title:
      'Analitycy pakietów podają koszty w tys. zł, zaokrąglone, ale zgodne z systemem; zestawiacz składa z nich raport dla zarządu',
    domain: 'kontrola kosztów podwykonawców',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: terse worker summaries rounded to thousands of złoty, every figure faithful to its tool result',
    request:
      'Raport miesięczny kosztów (zamknięcie 31.01.2027), osiedle Ogrody Wilanów etap 3: wykonanie vs budżet dla trzech pakietów podwykonawczych — stan surowy (Żelbud), instalacje (Instal-Mazowsze), elewacje (Fasada Pro). Jedna tabela dla zarządu.',
    topology: {
      shape: 'fanout',
      planner: 'kontroler_kosztow',
      workers: ['analityk_stanu_surowego', 'analityk_instalacji', 'analityk_elewacji'],
      aggregator: 'zestawiacz_raportu_kosztow',
    },
    agents: [
      {
        name: 'kontroler_kosztow',
        description: 'Kontroler kosztów kontraktu',
        instructions: 'Rozpisz pakiety na analityków.',
        replies: [
          {
            plan: {
              analityk_stanu_surowego:
                'Pakiet SSR (Żelbud, umowa PW-OW3-01): budżet, zafakturowane narastająco do 31.01.2027, % zaawansowania, prognoza na zakończenie i jej powód.',
              analityk_instalacji:
                'Pakiet INS (Instal-Mazowsze, PW-OW3-02): budżet, zafakturowane narastająco do 31.01.2027, %, prognoza.',
              analityk_elewacji:
                'Pakiet ELW (Fasada Pro, PW-OW3-03): budżet, zafakturowane narastająco do 31.01.2027, %, prognoza.',
            },
          },
        ],
      },
      {
        name: 'analityk_stanu_surowego',
        description: 'Analityk kosztów — stan surowy',
        instructions: 'Podaj koszty pakietu.',
        prompt: 'Zadanie:\n{input}',
        replies: [
          {
            call: 'erp_koszty_pakietu',
            args: { pakiet: 'PW-OW3-01', do_dnia: '2027-01-31' },
            result:
              '{"budzet": 18420000.00, "zafakturowano": 11236412.80, "zaawansowanie_pct": 61.0, "prognoza": 18655300.00, "odchylenie": 235300.00, "przyczyna": "aneks nr 4 — waloryzacja stali"}',
          },
          {
            say: 'SSR: budżet 18 420,0 tys., wyk. 11 236,4 tys. (61,0 %), prognoza 18 655,3 tys. (+235,3 tys., +1,3 % — aneks 4, waloryzacja stali).',
          },
        ],
      },
      {
        name: 'analityk_instalacji',
        description: 'Analityk kosztów — instalacje',
        instructions: 'Podaj koszty pakietu.',
        prompt: 'Zadanie:\n{input}',
        replies: [
          {
            call: 'erp_koszty_pakietu',
            args: { pakiet: 'PW-OW3-02', do_dnia: '2027-01-31' },
            result:
              '{"budzet": 7960000.00, "zafakturowano": 3104377.15, "zaawansowanie_pct": 39.0, "prognoza": 7960000.00, "odchylenie": 0.00}',
          },
          { say: 'INS: bud. 7 960,0 tys., wyk. 3 104,4 tys. (39,0 %), prognoza = budżet.' },
        ],
      },
      {
        name: 'analityk_elewacji',
        description: 'Analityk kosztów — elewacje',
        instructions: 'Podaj koszty pakietu.',
        prompt: 'Zadanie:\n{input}',
        replies: [
          {
            call: 'erp_koszty_pakietu',
            args: { pakiet: 'PW-OW3-03', do_dnia: '2027-01-31' },
            result:
              '{"budzet": 5240000.00, "zafakturowano": 786050.40, "zaawansowanie_pct": 15.0, "prognoza": 5118200.00, "odchylenie": -121800.00, "przyczyna": "rezygnacja z okładziny HPL na klatkach, zmiana nr 7"}',
          },
          {
            say: 'ELW: 5 240,0 / 786,1 tys. (15,0 %); prognoza 5 118,2 tys. (−121,8 tys., −2,3 %, zmiana 7 — bez HPL na klatkach).',
          },
        ],
      },
      {
        name: 'zestawiacz_raportu_kosztow',
        description: 'Zestawia raport kosztów dla zarządu',
        instructions: 'Zestaw tabelę dla zarządu.',
        prompt: 'Dane pakietów:\n{input}',
        replies: [
          {
            say: '## Ogrody Wilanów etap 3 — koszty podwykonawców na 31.01.2027 (tys. zł)\n\n| pakiet | budżet | wykonanie | % | prognoza | odchylenie |\n|---|---|---|---|---|---|\n| SSR — Żelbud | 18 420,0 | 11 236,4 | 61,0 | 18 655,3 | +235,3 (aneks 4, stal) |\n| INS — Instal-Mazowsze | 7 960,0 | 3 104,4 | 39,0 | 7 960,0 | 0,0 |\n| ELW — Fasada Pro | 5 240,0 | 786,1 | 15,0 | 5 118,2 | −121,8 (zmiana 7) |\n| **razem** | **31 620,0** | **15 126,9** | **47,8** | **31 733,5** | **+113,5 (+0,4 %)** |\n\nPakiet SSR przekroczy budżet o 1,3 % (waloryzacja stali), elewacje oszczędzają 2,3 % — kontrakt łącznie +0,4 %.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch87Scenarios = [...faults, ...healthy];
