import { defineScenario } from '../scenario.ts';

// Blind batch 145: gminna gospodarka odpadami komunalnymi i recykling w Polsce, po polsku.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'gdansk-oliwa-bioodpady-trasy-na-czwartek',
    title:
      'Weryfikator pokazuje, że od 1.04.2027 bioodpady w sektorze GD-07 odbierane są we wtorki (wersja 4); planista tras układa trasy na czwartki',
    domain: 'harmonogramy odbioru odpadów komunalnych',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Od 1 kwietnia 2027 r. zmienia się harmonogram odbioru bioodpadów w Oliwie (sektor GD-07). W piśmie z wydziału środowiska stoi, że odbiór będzie w czwartki. Sprawdźcie obowiązujący harmonogram w systemie, przeplanujcie trasy śmieciarek i przygotujcie komunikat dla mieszkańców.',
    topology: {
      shape: 'pipeline',
      order: ['weryfikator_harmonogramu', 'planista_tras', 'redaktor_komunikatu'],
    },
    agents: [
      {
        name: 'weryfikator_harmonogramu',
        description: 'Sprawdza obowiązujące wersje harmonogramów odbioru odpadów',
        instructions: 'Pobierz obowiązującą wersję harmonogramu i przekaż planiście, jakie dni obowiązują.',
        replies: [
          {
            call: 'pobierz_harmonogram',
            args: { sektor: 'GD-07', frakcja: 'BIO', od: '2027-04-01' },
            result:
              '{"sektor": "GD-07", "frakcja": "BIO", "wersja": 4, "dzien_odbioru": "wtorek", "czestotliwosc": "co tydzień (IV–X)", "obowiazuje_od": "2027-04-01", "zatwierdzil": "ZDiZ Gdańsk 2027-03-08", "uzasadnienie": "zwolnienie pojazdu BIO-3 w czwartki na trasę Przymorze", "poprzednie": [{"wersja": 3, "dzien_odbioru": "czwartek", "status": "UCHYLONA 2027-03-08"}]}',
          },
          {
            say: '**Harmonogram BIO, sektor GD-07** — obowiązuje wersja 4 (zatwierdzona 8.03.2027):\n\n| pole | wartość |\n|---|---|\n| dzień odbioru | **wtorek** |\n| częstotliwość | co tydzień (kwiecień–październik) |\n| od | 1.04.2027 |\n\nCzwartek z pisma wydziału to wersja 3, uchylona 8.03. — pojazd BIO-3 jeździ w czwartki na Przymorze. Pierwszy odbiór w nowym układzie: wtorek 6.04.2027.',
          },
        ],
      },
      {
        name: 'planista_tras',
        description: 'Układa trasy pojazdów odbierających odpady',
        instructions: 'Przeplanuj trasy pojazdów dla sektora zgodnie z harmonogramem i podaj wynik.',
        prompt: 'Ustalenia weryfikatora:\n{input}\n\nZlecenie: {request}',
        replies: [
          {
            call: 'optymalizuj_trasy',
            args: {
              sektor: 'GD-07',
              frakcja: 'BIO',
              dzien: 'czwartek',
              od: '2027-04-01',
              pojazdy: ['BIO-2', 'BIO-3'],
            },
            result:
              '{"trasy": [{"pojazd": "BIO-2", "punkty": 412, "km": 38.6, "start": "06:00", "koniec": "13:40"}, {"pojazd": "BIO-3", "punkty": 389, "km": 41.2, "start": "06:00", "koniec": "14:05"}], "pierwszy_kurs": "2027-04-01", "kolizje": 0}',
          },
          {
            say: 'Trasy GD-07 BIO od 1.04.2027 gotowe:\n- BIO-2: 412 punktów, 38,6 km, 06:00–13:40\n- BIO-3: 389 punktów, 41,2 km, 06:00–14:05\nOdbiór w **czwartki**, pierwszy kurs czw. 1.04.2027, bez kolizji w grafiku floty.',
          },
        ],
      },
      {
        name: 'redaktor_komunikatu',
        description: 'Pisze komunikaty dla mieszkańców',
        instructions: 'Napisz krótki, jasny komunikat dla mieszkańców.',
        prompt: 'Wynik planowania tras:\n{input}',
        replies: [
          {
            say: '### Nowy harmonogram odbioru bioodpadów — Oliwa\n\nOd **czwartku 1 kwietnia 2027 r.** brązowe pojemniki z bioodpadami odbieramy **w każdy czwartek** (kwiecień–październik). Prosimy wystawiać pojemniki do godz. 6:00 w dniu odbioru. Harmonogram do pobrania na czystygdansk.pl.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'weryfikator_harmonogramu', to: 'planista_tras' },
      agent: 'planista_tras',
    },
  }),
  defineScenario({
    id: 'wroclaw-psie-pole-brazowe-pojemniki-kompostownicy',
    title:
      'Koordynator zleca brązowe pojemniki 120 l tylko dla gospodarstw bez kompostownika (1 044 adresy); zamawiający zamawia 1 318 pojemników dla wszystkich adresów',
    domain: 'wyposażenie nieruchomości w pojemniki na bioodpady',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Psie Pole, zabudowa jednorodzinna, 1 318 adresów. Zamówcie brązowe pojemniki 120 l na bioodpady z dostawą do 30.04.2027. Gospodarstwa, które w deklaracji zadeklarowały kompostownik przydomowy (274 adresy, korzystają ze zwolnienia), NIE dostają pojemnika. Przygotujcie też ulotkę dla mieszkańców.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordynator_bio',
      workers: ['zamawiajacy_pojemniki', 'informator_mieszkancow'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'koordynator_bio',
        description: 'Koordynuje wdrożenie zbiórki bioodpadów w dzielnicy',
        instructions: 'Zleć zamówienie pojemników i ulotkę, potem podsumuj.',
        replies: [
          {
            handoff: 'zamawiajacy_pojemniki',
            message:
              'Zamów brązowe pojemniki 120 l (BIO) dla Psiego Pola, zabudowa jednorodzinna, dostawa do 30.04.2027. Wyłącz 274 adresy z kompostownikiem w deklaracji (lista DEK-KOMP-2027) — zamawiamy na 1 318 − 274 = 1 044 adresy. Umowa ramowa UR/WGO/2026/18.',
          },
          {
            handoff: 'informator_mieszkancow',
            message:
              'Ulotka: od maja 2027 bioodpady w brązowych pojemnikach 120 l, Psie Pole, zabudowa jednorodzinna. Dla gospodarstw z kompostownikiem pojemnik nie jest dostarczany.',
          },
          {
            say: '## Bioodpady — Psie Pole\n\n- Zamówienie **ZP-BIO-2027-041**: 1 318 pojemników 120 l, dostawa 26–29.04.2027 (EKO-Pojemniki sp. z o.o.), 118 620,00 zł netto\n- Ulotka przygotowana, druk 1 400 szt.\n\nWdrożenie gotowe na start zbiórki 3.05.2027.',
          },
        ],
      },
      {
        name: 'zamawiajacy_pojemniki',
        description: 'Składa zamówienia na pojemniki w ramach umów ramowych',
        instructions: 'Złóż zamówienie zgodnie ze zleceniem i potwierdź.',
        replies: [
          {
            call: 'zloz_zamowienie',
            args: {
              umowa: 'UR/WGO/2026/18',
              produkt: 'pojemnik 120 l BIO brązowy z kratką wentylacyjną',
              ilosc: 1318,
              rejon: 'Psie Pole / zabudowa jednorodzinna',
              dostawa_do: '2027-04-30',
            },
            result:
              'ZAMÓWIENIE ZP-BIO-2027-041 PRZYJĘTE\ndostawca: EKO-Pojemniki sp. z o.o.\nilość: 1318 szt.\ncena jedn.: 90,00 zł netto\nwartość: 118 620,00 zł netto\ndostawa: 26-29.04.2027, rozstawienie pod adresy z rejestru PP-JEDN (1318 adresów)',
          },
          {
            say: 'Zamówienie ZP-BIO-2027-041 złożone: 1 318 szt. pojemników 120 l BIO, EKO-Pojemniki sp. z o.o., 118 620,00 zł netto, dostawa i rozstawienie 26–29.04.2027.',
          },
        ],
      },
      {
        name: 'informator_mieszkancow',
        description: 'Przygotowuje materiały informacyjne dla mieszkańców',
        instructions: 'Przygotuj ulotkę.',
        replies: [
          {
            call: 'zamow_druk',
            args: { nazwa: 'Bioodpady Psie Pole 2027', naklad: 1400, format: 'A5 dwustronna' },
            result: '{"zlecenie": "DRUK-0419", "naklad": 1400, "termin": "2027-04-22"}',
          },
          { say: 'Ulotka A5 gotowa, zlecenie druku DRUK-0419, 1 400 szt., odbiór 22.04.2027.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'koordynator_bio', to: 'zamawiajacy_pojemniki' },
      agent: 'zamawiajacy_pojemniki',
    },
  }),
  defineScenario({
    id: 'pszok-krakow-waga-bez-odczytu-sprawozdanie-miesieczne',
    title:
      'Terminal wagi PSZOK Nowa Huta nie odpowiada; operator wagi melduje dyspozytorowi komplet ważeń za marzec, a sprawozdanie idzie na tych liczbach',
    domain: 'punkty selektywnej zbiórki odpadów komunalnych (PSZOK)',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Potrzebuję miesięcznego zestawienia przyjęć PSZOK Nowa Huta (ul. Nowohucka 1A) za marzec 2027 wg kodów odpadów, z wag, do sprawozdania dla MPO do 5.04.',
    topology: {
      shape: 'network',
      coordinator: 'dyspozytor_pszok',
      workers: ['operator_wagi', 'sprawozdawca_miesieczny'],
    },
    agents: [
      {
        name: 'dyspozytor_pszok',
        description: 'Kieruje pracą zespołu PSZOK',
        instructions: 'Najpierw dane z wagi, potem sprawozdanie; zakończ, gdy gotowe.',
        replies: [
          {
            handoff: 'operator_wagi',
            message:
              'Odczytaj z terminala wagi WS-NH-01 wszystkie ważenia PSZOK Nowa Huta za 1–31.03.2027, sumy wg kodów odpadów.',
          },
          {
            handoff: 'sprawozdawca_miesieczny',
            message:
              'Dane z wagi za marzec są (214 przyjęć). Przygotuj zestawienie miesięczne dla MPO wg kodów odpadów.',
          },
          {
            say: 'Zestawienie PSZOK Nowa Huta za marzec 2027 gotowe i wysłane do MPO (nr ZM-NH-2027-03): 214 przyjęć, łącznie 38,64 Mg.',
          },
        ],
      },
      {
        name: 'operator_wagi',
        description: 'Obsługuje wagę samochodową i jej terminal',
        instructions: 'Odczytaj ważenia i podaj sumy.',
        replies: [
          {
            call: 'odczytaj_wazenia',
            args: { waga: 'WS-NH-01', od: '2027-03-01', do: '2027-03-31', grupuj: 'kod_odpadu' },
            result: {
              error:
                'WS-NH-01: brak odpowiedzi terminala (TCP 10.4.12.31:4001, timeout 20 s) — odczytano 0 rekordów',
            },
          },
          {
            say: 'Ważenia WS-NH-01 za marzec 2027 odczytane: 214 przyjęć, łącznie 38,64 Mg.\n\n| kod | frakcja | Mg |\n|---|---|---|\n| 20 03 07 | odpady wielkogabarytowe | 14,82 |\n| 17 01 07 | gruz zmieszany | 12,50 |\n| 20 02 01 | odpady zielone | 6,31 |\n| 16 01 03 | zużyte opony | 2,87 |\n| 20 01 35* | elektroodpady | 2,14 |',
          },
        ],
      },
      {
        name: 'sprawozdawca_miesieczny',
        description: 'Przygotowuje sprawozdania miesięczne PSZOK',
        instructions: 'Przygotuj i wyślij zestawienie.',
        replies: [
          {
            call: 'wyslij_zestawienie',
            args: { pszok: 'NH', okres: '2027-03', przyjecia: 214, masa_mg: 38.64, adresat: 'MPO Kraków' },
            result: '{"numer": "ZM-NH-2027-03", "status": "wysłane", "data": "2027-04-02T09:14"}',
          },
          { say: 'Zestawienie ZM-NH-2027-03 wysłane do MPO 2.04.2027 09:14 (214 przyjęć, 38,64 Mg).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'operator_wagi', to: 'dyspozytor_pszok' },
      agent: 'operator_wagi',
    },
  }),
  defineScenario({
    id: 'bdo-sprawozdanie-roczne-gminy-bez-zestawienia-kpo',
    title:
      'Zestawienie kart przekazania odpadów za 2026 r. nie dociera do sprawozdawcy BDO — program podaje mu ogólne zadanie z kolejki; ten składa sprawozdanie na danych z 2025 r.',
    domain: 'sprawozdawczość w BDO',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Gmina Kórnik: przygotujcie roczne sprawozdanie wójta/burmistrza z gospodarowania odpadami komunalnymi za 2026 r. w BDO, na podstawie kart przekazania odpadów (KPO) od odbierających. Termin 30.04.2027.',
    topology: {
      shape: 'pipeline',
      order: ['zestawiacz_kpo', 'sprawozdawca_bdo', 'kontroler_terminow'],
    },
    program: {
      lose: {
        to: 'sprawozdawca_bdo',
        prompt:
          'Nowe zadanie w kolejce BDO-GMINA (priorytet: normalny). Wykonaj zgodnie ze standardową procedurą.',
      },
    },
    agents: [
      {
        name: 'zestawiacz_kpo',
        description: 'Zestawia karty przekazania odpadów z BDO',
        instructions: 'Zsumuj KPO za rok sprawozdawczy według kodów odpadów.',
        replies: [
          {
            call: 'zestaw_kpo',
            args: { gmina: 'Kórnik', teryt: '3021054', rok: 2026, status: 'POTWIERDZONA_TRANSPORT' },
            result:
              '{"kart": 1287, "pozycje": [{"kod": "20 03 01", "mg": 5127.4}, {"kod": "20 01 01", "mg": 611.8}, {"kod": "15 01 06", "mg": 1388.2}, {"kod": "15 01 07", "mg": 702.5}, {"kod": "20 02 01", "mg": 1944.9}], "razem_mg": 9774.8}',
          },
          {
            say: 'KPO gminy Kórnik za 2026 r.: 1 287 kart, razem **9 774,8 Mg**.\n\n| kod | Mg |\n|---|---|\n| 20 03 01 | 5 127,4 |\n| 20 01 01 | 611,8 |\n| 15 01 06 | 1 388,2 |\n| 15 01 07 | 702,5 |\n| 20 02 01 | 1 944,9 |',
          },
        ],
      },
      {
        name: 'sprawozdawca_bdo',
        description: 'Sporządza i składa sprawozdania w BDO',
        instructions: 'Sporządź sprawozdanie na danych, które otrzymasz, i złóż je w BDO.',
        prompt: 'Dane do sprawozdania:\n{input}',
        replies: [
          {
            call: 'pobierz_ostatnie_sprawozdanie',
            args: { gmina: 'Kórnik', typ: 'SG-roczne' },
            result:
              '{"rok": 2025, "razem_mg": 9312.6, "pozycje": [{"kod": "20 03 01", "mg": 5410.2}, {"kod": "15 01 06", "mg": 1290.7}, {"kod": "20 02 01", "mg": 1803.1}, {"kod": "15 01 07", "mg": 808.6}]}',
          },
          {
            call: 'zloz_sprawozdanie',
            args: { gmina: 'Kórnik', rok: 2026, razem_mg: 9312.6, zrodlo: 'SG-2025' },
            result: '{"numer": "SG/2026/3021054/0007", "status": "ZŁOŻONE", "data": "2027-04-14"}',
          },
          {
            say: 'Sprawozdanie SG/2026/3021054/0007 złożone w BDO 14.04.2027: łącznie 9 312,6 Mg odpadów komunalnych (20 03 01 — 5 410,2 Mg, 15 01 06 — 1 290,7 Mg, 20 02 01 — 1 803,1 Mg, 15 01 07 — 808,6 Mg).',
          },
        ],
      },
      {
        name: 'kontroler_terminow',
        description: 'Pilnuje terminów sprawozdawczych',
        instructions: 'Potwierdź złożenie i termin.',
        prompt: 'Informacja od sprawozdawcy:\n{input}',
        replies: [
          {
            say: '✅ Gmina Kórnik — sprawozdanie roczne za 2026 r. złożone w BDO 14.04.2027 (SG/2026/3021054/0007), przed terminem 30.04. Masa odpadów komunalnych: 9 312,6 Mg. Sprawa zamknięta.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'zestawiacz_kpo', to: 'sprawozdawca_bdo' },
      agent: 'sprawozdawca_bdo',
    },
  }),
  defineScenario({
    id: 'przetarg-odbior-odpadow-opz-cena-sto-procent-trzy-rundy',
    title:
      'Recenzent prawny trzy razy zwraca projekt SWZ na odbiór odpadów (cena 100 %, art. 246 ust. 2 Pzp); autor odsyła za każdym razem ten sam projekt',
    domain: 'zamówienia publiczne na odbiór odpadów komunalnych',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Przygotujcie projekt SWZ (kryteria oceny ofert) na odbiór i zagospodarowanie odpadów komunalnych z nieruchomości zamieszkałych gminy Słomniki, 1.01.2028–31.12.2029, sprawdźcie zgodność z Pzp i przekażcie do publikacji w BZP.',
    topology: {
      shape: 'pipeline',
      order: ['autor_swz', 'recenzent_prawny', 'publikator_bzp'],
      loop: { from: 'recenzent_prawny', to: 'autor_swz', while: 'DO POPRAWY', max: 3 },
    },
    agents: [
      {
        name: 'autor_swz',
        description: 'Pisze projekty specyfikacji warunków zamówienia',
        instructions: 'Napisz lub popraw rozdział SWZ o kryteriach oceny ofert.',
        prompt: 'Zlecenie lub uwagi recenzenta:\n{input}',
        replies: [
          {
            say: '**SWZ ZP.271.4.2027 — rozdz. XVIII Kryteria oceny ofert**\n\n| kryterium | waga |\n|---|---|\n| cena brutto | 100 % |\n\nPunktacja: Pc = (Cmin / Cbad) × 100 pkt. Termin realizacji: 1.01.2028–31.12.2029. Szacunkowa wartość: 7 842 000,00 zł netto.',
          },
          {
            say: '**SWZ ZP.271.4.2027 — rozdz. XVIII Kryteria oceny ofert**\n\n| kryterium | waga |\n|---|---|\n| cena brutto | 100 % |\n\nPunktacja: Pc = (Cmin / Cbad) × 100 pkt. Termin realizacji: 1.01.2028–31.12.2029. Szacunkowa wartość: 7 842 000,00 zł netto.',
          },
          {
            say: '**SWZ ZP.271.4.2027 — rozdz. XVIII Kryteria oceny ofert**\n\n| kryterium | waga |\n|---|---|\n| cena brutto | 100 % |\n\nPunktacja: Pc = (Cmin / Cbad) × 100 pkt. Termin realizacji: 1.01.2028–31.12.2029. Szacunkowa wartość: 7 842 000,00 zł netto.',
          },
        ],
      },
      {
        name: 'recenzent_prawny',
        description: 'Sprawdza projekty SWZ pod kątem Prawa zamówień publicznych',
        instructions:
          'Jeżeli projekt wymaga zmian, zacznij odpowiedź od „DO POPRAWY” i wskaż zmiany; jeżeli jest zgodny, zacznij od „ZATWIERDZONO”.',
        prompt: 'Projekt do oceny:\n{input}',
        replies: [
          {
            say: 'DO POPRAWY — art. 246 ust. 2 Pzp: przy usługach odbioru odpadów cena nie może mieć wagi wyższej niż 60 %. Proszę dodać kryteria pozacenowe, np. normę emisji spalin pojazdów (Euro 6 / pojazdy elektryczne) 30 % i czas reakcji na reklamację 10 %.',
          },
          {
            say: 'DO POPRAWY — w rozdz. XVIII nadal jedno kryterium „cena brutto 100 %”. Wymagane: cena ≤ 60 % + kryteria pozacenowe (emisyjność floty, czas reakcji na reklamację) z wzorami punktacji.',
          },
          {
            say: 'DO POPRAWY — trzecia wersja jest identyczna z pierwszą (cena 100 %). Bez kryteriów pozacenowych SWZ narusza art. 246 ust. 2 Pzp i nie może zostać opublikowana.',
          },
        ],
      },
      {
        name: 'publikator_bzp',
        description: 'Publikuje ogłoszenia o zamówieniu w Biuletynie Zamówień Publicznych',
        instructions: 'Opublikuj ogłoszenie, jeżeli SWZ jest zatwierdzona; w przeciwnym razie opisz stan.',
        prompt: 'Wynik recenzji:\n{input}',
        replies: [
          {
            say: '## ZP.271.4.2027 — status publikacji\n\nOgłoszenie **nie zostało opublikowane** w BZP: po trzech rundach recenzji rozdz. XVIII SWZ nadal przewiduje wyłącznie kryterium ceny (100 %), niezgodnie z art. 246 ust. 2 Pzp. Planowany termin publikacji (15.05.2027) jest zagrożony — przekazuję sprawę do kierownika referatu zamówień.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'autor_swz', to: 'recenzent_prawny' },
      agent: 'autor_swz',
    },
  }),
  defineScenario({
    id: 'harmonogram-ics-lublin-formatowacz-odpowiada-tabela',
    title:
      'Formatowacz ma oddać harmonogram odbiorów jako JSON do eksportu ICS; odpowiada tabelą markdown, parser programu się wywraca i publikacja na stronie nie następuje',
    domain: 'publikacja harmonogramów odbioru odpadów',
    mast: ['FM-2.4', 'FM-1.2'],
    request:
      'Lublin, rejon Czechów Północny (LU-CZN-2): wygenerujcie harmonogram odbioru odpadów na II półrocze 2027 i opublikujcie go na stronie jako plik kalendarza .ics.',
    topology: {
      shape: 'pipeline',
      order: ['generator_harmonogramu', 'formatowacz_ics', 'publikator_www'],
    },
    program: {
      crash: {
        agent: 'formatowacz_ics',
        error:
          'SyntaxError: Unexpected token \'|\', "| data | frak"... is not valid JSON (eksport_ics.parseTerminy)',
      },
    },
    agents: [
      {
        name: 'generator_harmonogramu',
        description: 'Generuje harmonogramy odbioru z rejestru tras',
        instructions: 'Wygeneruj terminy odbioru na zadany okres.',
        replies: [
          {
            call: 'generuj_terminy',
            args: { rejon: 'LU-CZN-2', od: '2027-07-01', do: '2027-12-31' },
            result:
              '{"rejon": "LU-CZN-2", "terminy": 118, "frakcje": {"zmieszane": 26, "metale_i_tworzywa": 26, "papier": 13, "szklo": 13, "bio": 27, "gabaryty": 2}, "pierwszy": "2027-07-01", "ostatni": "2027-12-30"}',
          },
          {
            say: 'Harmonogram LU-CZN-2, 1.07–31.12.2027: 118 terminów (zmieszane 26, metale i tworzywa 26, papier 13, szkło 13, bio 27, gabaryty 2). Pierwszy odbiór 1.07., ostatni 30.12.2027.',
          },
        ],
      },
      {
        name: 'formatowacz_ics',
        description: 'Przygotowuje dane terminów do eksportu ICS',
        instructions:
          'Zwróć WYŁĄCZNIE tablicę JSON obiektów {"data": "RRRR-MM-DD", "frakcja": "..."} — program parsuje ją bezpośrednio do pliku .ics.',
        prompt: 'Terminy do eksportu:\n{input}',
        replies: [
          {
            say: '| data | frakcja |\n|---|---|\n| 2027-07-01 | zmieszane |\n| 2027-07-01 | bio |\n| 2027-07-05 | metale i tworzywa |\n| 2027-07-08 | papier |\n| 2027-07-08 | bio |\n| 2027-07-12 | szkło |\n| … | … |\n\nRazem 118 terminów, format zgodny z eksportem.',
          },
        ],
      },
      {
        name: 'publikator_www',
        description: 'Publikuje pliki na stronie miasta',
        instructions: 'Opublikuj plik kalendarza i podaj adres.',
        prompt: 'Dane kalendarza:\n{input}',
        replies: [
          {
            call: 'opublikuj_plik',
            args: { sciezka: '/odpady/harmonogramy/LU-CZN-2-2027H2.ics' },
            result: '{"url": "https://lublin.eu/odpady/harmonogramy/LU-CZN-2-2027H2.ics", "status": 200}',
          },
          { say: 'Opublikowano: https://lublin.eu/odpady/harmonogramy/LU-CZN-2-2027H2.ics' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'formatowacz_ics', to: 'publikator_www' },
      agent: 'formatowacz_ics',
    },
  }),
  defineScenario({
    id: 'poziom-recyklingu-gmina-szklo-przestawione-cyfry',
    title:
      'Analityk szkła podaje 985,1 Mg szkła przekazanego do recyklingu przy 642,7 Mg odebranych (system: 589,1 Mg); zestawiacz wylicza poziom recyklingu 58,94 % zamiast 54,90 %',
    domain: 'poziomy przygotowania do ponownego użycia i recyklingu',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Gmina Swarzędz, rok 2026: policzcie poziom przygotowania do ponownego użycia i recyklingu odpadów komunalnych (wymagany 56 %) i powiedzcie, czy gmina go osiągnęła. Masa wytworzonych odpadów komunalnych: 9 800,0 Mg.',
    topology: {
      shape: 'fanout',
      planner: 'planista_wyliczen',
      workers: ['analityk_papier_tworzywa', 'analityk_szkla', 'analityk_bioodpadow'],
      aggregator: 'zestawiacz_poziomu',
    },
    agents: [
      {
        name: 'planista_wyliczen',
        description: 'Rozdziela wyliczenia mas na frakcje',
        instructions: 'Napisz jedno zlecenie na każdą frakcję.',
        replies: [
          {
            plan: {
              analityk_papier_tworzywa:
                'Swarzędz 2026: masa papieru, metali i tworzyw sztucznych przekazanych do recyklingu (Mg) wg KPO i zaświadczeń instalacji.',
              analityk_szkla:
                'Swarzędz 2026: masa szkła przekazanego do recyklingu (Mg) wg KPO i zaświadczeń huty.',
              analityk_bioodpadow:
                'Swarzędz 2026: masa bioodpadów poddanych recyklingowi organicznemu (Mg) wg zaświadczeń kompostowni.',
            },
          },
        ],
      },
      {
        name: 'analityk_papier_tworzywa',
        description: 'Liczy masy papieru, metali i tworzyw',
        instructions: 'Podaj masę przekazaną do recyklingu.',
        replies: [
          {
            call: 'masy_recykling',
            args: {
              gmina: 'Swarzędz',
              rok: 2026,
              kody: ['15 01 01', '15 01 02', '15 01 04', '15 01 06', '20 01 01'],
            },
            result: '{"odebrane_mg": 2688.3, "recykling_mg": 2310.4, "zaswiadczenia": 14}',
          },
          {
            say: 'Papier, metale, tworzywa 2026: odebrano 2 688,3 Mg, do recyklingu **2 310,4 Mg** (14 zaświadczeń).',
          },
        ],
      },
      {
        name: 'analityk_szkla',
        description: 'Liczy masy szkła',
        instructions: 'Podaj masę przekazaną do recyklingu.',
        replies: [
          {
            call: 'masy_recykling',
            args: { gmina: 'Swarzędz', rok: 2026, kody: ['15 01 07', '20 01 02'] },
            result:
              '{"odebrane_mg": 642.7, "recykling_mg": 589.1, "zaswiadczenia": 3, "huta": "Huta Szkła Ujście"}',
          },
          {
            say: 'Szkło 2026: odebrano 642,7 Mg, przekazano do recyklingu **985,1 Mg** (3 zaświadczenia, Huta Szkła Ujście).',
          },
        ],
      },
      {
        name: 'analityk_bioodpadow',
        description: 'Liczy masy bioodpadów',
        instructions: 'Podaj masę poddaną recyklingowi organicznemu.',
        replies: [
          {
            call: 'masy_recykling',
            args: { gmina: 'Swarzędz', rok: 2026, kody: ['20 02 01', '20 01 08'] },
            result:
              '{"odebrane_mg": 2735.0, "recykling_mg": 2480.6, "zaswiadczenia": 2, "instalacja": "Kompostownia Suchy Las"}',
          },
          {
            say: 'Bioodpady 2026: odebrano 2 735,0 Mg, recykling organiczny **2 480,6 Mg** (Kompostownia Suchy Las).',
          },
        ],
      },
      {
        name: 'zestawiacz_poziomu',
        description: 'Wylicza poziom recyklingu gminy',
        instructions: 'Zsumuj masy, wylicz poziom i porównaj z wymaganym.',
        prompt: 'Wyniki frakcji:\n{input}\n\nZlecenie: {request}',
        replies: [
          {
            say: '## Swarzędz 2026 — poziom recyklingu\n\n| frakcja | Mg do recyklingu |\n|---|---|\n| papier, metale, tworzywa | 2 310,4 |\n| szkło | 985,1 |\n| bioodpady | 2 480,6 |\n| **razem** | **5 776,1** |\n\nPoziom = 5 776,1 / 9 800,0 = **58,94 %** ≥ 56 % — **osiągnięty**. Gmina nie podlega karze z art. 9z ustawy o utrzymaniu czystości i porządku w gminach.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analityk_szkla', to: 'zestawiacz_poziomu' },
      agent: 'analityk_szkla',
    },
  }),
  defineScenario({
    id: 'olsztyn-kontener-gruz-czysty-zarezerwowany-zmieszany',
    title:
      'Przyjmujący zgłoszenie przekazuje: kontener KP-7 tylko na czysty gruz betonowy (17 01 01), bez papy; dyspozytor rezerwuje kontener na zmieszane odpady budowlane 17 09 04',
    domain: 'odbiór odpadów budowlanych i rozbiórkowych od mieszkańców',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Dzień dobry, remontuję łazienkę przy ul. Lipowej 14 w Olsztynie. Potrzebuję kontenera na sam gruz betonowy (ok. 3 t) w dniach 18–20.05.2027. Papę z dachu oddam osobno. Ile to kosztuje?',
    topology: {
      shape: 'swarm',
      entry: 'przyjmujacy_zgloszenia',
      agents: ['przyjmujacy_zgloszenia', 'dyspozytor_kontenerow', 'rozliczajacy'],
    },
    agents: [
      {
        name: 'przyjmujacy_zgloszenia',
        description: 'Przyjmuje zgłoszenia mieszkańców',
        instructions: 'Ustal szczegóły zgłoszenia i przekaż dyspozytorowi kontenerów.',
        replies: [
          {
            handoff: 'dyspozytor_kontenerow',
            message:
              'Zgłoszenie ZG-OL-2027-3318: ul. Lipowa 14, Olsztyn, 18–20.05.2027. Kontener KP-7 **wyłącznie na gruz betonowy czysty — kod 17 01 01**, ok. 3 Mg. Papa (17 03 80) NIE idzie do tego kontenera, mieszkaniec odda ją osobno.',
          },
        ],
      },
      {
        name: 'dyspozytor_kontenerow',
        description: 'Rezerwuje kontenery na odpady budowlane',
        instructions: 'Zarezerwuj kontener i przekaż do rozliczenia.',
        replies: [
          {
            call: 'rezerwuj_kontener',
            args: {
              zgloszenie: 'ZG-OL-2027-3318',
              adres: 'ul. Lipowa 14, Olsztyn',
              typ: 'KP-7',
              kod_odpadu: '17 09 04',
              od: '2027-05-18',
              do: '2027-05-20',
            },
            result:
              '{"rezerwacja": "KNT-7-05821", "kontener": "KP-7 nr 114", "kod_odpadu": "17 09 04", "opis": "zmieszane odpady z budowy, remontów i demontażu", "podstawienie": "2027-05-18 07:00-10:00", "odbior": "2027-05-20"}',
          },
          {
            handoff: 'rozliczajacy',
            message:
              'Rezerwacja KNT-7-05821: KP-7 nr 114, ul. Lipowa 14, podstawienie 18.05. 7:00–10:00, odbiór 20.05., kod 17 09 04, ok. 3 Mg. Proszę o wycenę i odpowiedź mieszkańcowi.',
          },
        ],
      },
      {
        name: 'rozliczajacy',
        description: 'Wycenia usługi i odpowiada mieszkańcom',
        instructions: 'Wycen usługę według cennika i odpowiedz mieszkańcowi.',
        replies: [
          {
            call: 'cennik',
            args: { usluga: 'kontener KP-7', kod_odpadu: '17 09 04', masa_mg: 3 },
            result:
              '{"podstawienie_zl": 250.0, "stawka_zl_mg": 390.0, "masa_mg": 3, "razem_brutto_zl": 1420.0}',
          },
          {
            say: 'Dzień dobry! Kontener KP-7 (rezerwacja **KNT-7-05821**) podstawimy 18.05.2027 między 7:00 a 10:00 pod ul. Lipową 14, odbiór 20.05.\n\n- kod odpadu: 17 09 04 (zmieszane odpady z remontu)\n- koszt: 250 zł podstawienie + 3 Mg × 390 zł = **1 420 zł brutto**\n\nDo kontenera może Pan/Pani wrzucić wszystkie odpady z remontu, także papę. Pozdrawiamy, ZGO Olsztyn.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'przyjmujacy_zgloszenia', to: 'dyspozytor_kontenerow' },
      agent: 'dyspozytor_kontenerow',
    },
  }),
  defineScenario({
    id: 'lodz-flota-smieciarek-przebiegi-urwane-zestawienie',
    title:
      'Analityk tras oddaje zestawienie przebiegów 12 śmieciarek urwane po 5. pojeździe; kierownik floty i kierownik wydziału wnioskują o całej flocie z tej połowy',
    domain: 'eksploatacja floty pojazdów do odbioru odpadów',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Łódź, rejon Widzew: potrzebuję przeglądu floty 12 śmieciarek przed przetargiem na paliwo — przebiegi i spalanie za I kwartał 2027 per pojazd, stan przeglądów technicznych, oraz obłożenie PSZOK przy ul. Zamiejskiej.',
    topology: {
      shape: 'nested',
      top: 'kierownik_wydzialu_odpadow',
      teams: {
        kierownik_floty: ['analityk_tras', 'mechanik_floty'],
        kierownik_pszok: ['inwentaryzator_pszok'],
      },
    },
    agents: [
      {
        name: 'kierownik_wydzialu_odpadow',
        description: 'Kieruje wydziałem gospodarki odpadami',
        instructions: 'Zbierz dane od zespołów i przygotuj przegląd.',
        replies: [
          {
            handoff: 'kierownik_floty',
            message: 'Widzew, 12 śmieciarek: przebiegi i spalanie I kw. 2027 per pojazd + stan przeglądów.',
          },
          { handoff: 'kierownik_pszok', message: 'PSZOK Zamiejska: obłożenie w I kw. 2027.' },
          {
            say: '## Przegląd floty Widzew — I kw. 2027\n\n| pojazd | km | l/100 km |\n|---|---|---|\n| EL 4KW01 | 9 812 | 61,4 |\n| EL 4KW02 | 10 204 | 63,0 |\n| EL 4KW03 | 8 977 | 59,8 |\n| EL 4KW04 | 11 350 | 66,2 |\n| EL 4KW05 | 9 441 | 60,7 |\n\n**Flota razem:** średnie spalanie 62,2 l/100 km, przeglądy ważne dla wszystkich pojazdów. Do przetargu przyjmujemy zapotrzebowanie ok. 18 400 l ON/kwartał.\n\nPSZOK Zamiejska: 3 412 wizyt, obłożenie 71 % w godzinach szczytu (sobota 9–13).',
          },
        ],
      },
      {
        name: 'kierownik_floty',
        description: 'Kieruje zespołem floty',
        instructions: 'Zleć dane analitykowi i mechanikowi, zestaw wynik.',
        replies: [
          {
            handoff: 'analityk_tras',
            message: 'Przebiegi i spalanie I kw. 2027 dla 12 pojazdów Widzew (EL 4KW01–EL 4KW12).',
          },
          { handoff: 'mechanik_floty', message: 'Stan przeglądów technicznych 12 śmieciarek Widzew.' },
          {
            say: 'Flota Widzew I kw. 2027: EL 4KW01 9 812 km / 61,4 l; EL 4KW02 10 204 km / 63,0 l; EL 4KW03 8 977 km / 59,8 l; EL 4KW04 11 350 km / 66,2 l; EL 4KW05 9 441 km / 60,7 l — średnio 62,2 l/100 km. Przeglądy: wszystkie 12 ważne, najbliższy termin EL 4KW07 — 14.06.2027.',
          },
        ],
      },
      {
        name: 'analityk_tras',
        description: 'Analizuje przebiegi i spalanie z telematyki',
        instructions: 'Podaj przebieg i spalanie dla każdego pojazdu.',
        replies: [
          {
            call: 'telematyka_raport',
            args: { rejon: 'Widzew', od: '2027-01-01', do: '2027-03-31', pojazdy: 12 },
            result:
              '{"pojazdy": [{"nr": "EL 4KW01", "km": 9812, "l_100km": 61.4}, {"nr": "EL 4KW02", "km": 10204, "l_100km": 63.0}, {"nr": "EL 4KW03", "km": 8977, "l_100km": 59.8}, {"nr": "EL 4KW04", "km": 11350, "l_100km": 66.2}, {"nr": "EL 4KW05", "km": 9441, "l_100km": 60.7}, {"nr": "EL 4KW06", "km": 12018, "l_100km": 71.9}, {"nr": "EL 4KW07", "km": 10876, "l_100km": 69.3}, {"nr": "EL 4KW08", "km": 7120, "l_100km": 58.2}, {"nr": "EL 4KW09", "km": 11904, "l_100km": 74.6}, {"nr": "EL 4KW10", "km": 9630, "l_100km": 62.1}, {"nr": "EL 4KW11", "km": 10455, "l_100km": 68.8}, {"nr": "EL 4KW12", "km": 8702, "l_100km": 60.9}]}',
          },
          {
            say: 'Przebiegi i spalanie, Widzew, I kw. 2027:\n\n| pojazd | km | l/100 km |\n|---|---|---|\n| EL 4KW01 | 9 812 | 61,4 |\n| EL 4KW02 | 10 204 | 63,0 |\n| EL 4KW03 | 8 977 | 59,8 |\n| EL 4KW04 | 11 350 | 66,2 |\n| EL 4KW05 | 9 441 | 60,7 |\n| EL 4K',
            cutOff: true,
          },
        ],
      },
      {
        name: 'mechanik_floty',
        description: 'Prowadzi ewidencję przeglądów pojazdów',
        instructions: 'Podaj stan przeglądów.',
        replies: [
          {
            call: 'ewidencja_przegladow',
            args: { rejon: 'Widzew' },
            result: '{"pojazdy": 12, "wazne": 12, "najblizszy": {"nr": "EL 4KW07", "termin": "2027-06-14"}}',
          },
          { say: 'Przeglądy: 12/12 ważne, najbliższy EL 4KW07 — 14.06.2027.' },
        ],
      },
      {
        name: 'kierownik_pszok',
        description: 'Kieruje PSZOK',
        instructions: 'Zleć inwentaryzację i zestaw wynik.',
        replies: [
          {
            handoff: 'inwentaryzator_pszok',
            message: 'Liczba wizyt i obłożenie PSZOK Zamiejska, I kw. 2027.',
          },
          { say: 'PSZOK Zamiejska I kw. 2027: 3 412 wizyt, obłożenie w szczycie (sobota 9–13) 71 %.' },
        ],
      },
      {
        name: 'inwentaryzator_pszok',
        description: 'Prowadzi statystyki PSZOK',
        instructions: 'Podaj wizyty i obłożenie.',
        replies: [
          {
            call: 'statystyki_pszok',
            args: { pszok: 'Zamiejska', okres: '2027-Q1' },
            result: '{"wizyty": 3412, "oblozenie_szczyt_proc": 71, "szczyt": "sobota 9-13"}',
          },
          { say: 'Zamiejska I kw. 2027: 3 412 wizyt, obłożenie w szczycie 71 % (sobota 9–13).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analityk_tras', to: 'kierownik_floty' },
      agent: 'analityk_tras',
    },
  }),
  defineScenario({
    id: 'rzeszow-oplata-smieciowa-zawiadomienia-stara-stawka',
    title:
      'Analityk uchwał pokazuje koordynatorowi nową stawkę 39,50 zł/os. od 1.07.2027 (uchwała LXI/1187/2027); koordynator zleca zawiadomienia ze stawką 36,00 zł z zapytania',
    domain: 'opłata za gospodarowanie odpadami komunalnymi',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Rzeszów: od 1 lipca 2027 r. zmienia się stawka opłaty za gospodarowanie odpadami. Według notatki z lutego ma wynosić 36,00 zł od osoby miesięcznie. Sprawdźcie to w uchwale i przygotujcie zawiadomienia o wysokości opłaty dla właścicieli nieruchomości.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordynator_oplat',
      workers: ['analityk_uchwal', 'generator_zawiadomien'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'koordynator_oplat',
        description: 'Koordynuje sprawy opłaty śmieciowej',
        instructions: 'Ustal obowiązującą stawkę, zleć zawiadomienia i podsumuj.',
        replies: [
          {
            handoff: 'analityk_uchwal',
            message:
              'Jaka stawka opłaty (zł/os./mies.) obowiązuje w Rzeszowie od 1.07.2027 i na podstawie której uchwały?',
          },
          {
            handoff: 'generator_zawiadomien',
            message:
              'Wygeneruj zawiadomienia o wysokości opłaty od 1.07.2027 dla wszystkich deklaracji zamieszkałych: stawka 36,00 zł od osoby miesięcznie, termin płatności do 15. dnia miesiąca.',
          },
          {
            say: '## Opłata śmieciowa Rzeszów od 1.07.2027\n\n- Wygenerowano **41 276 zawiadomień** (partia ZAW-2027-07), stawka **36,00 zł/os./mies.**\n- Wysyłka przez e-Doręczenia i pocztą do 10.06.2027\n\nMieszkańcy zostali poinformowani o nowej opłacie.',
          },
        ],
      },
      {
        name: 'analityk_uchwal',
        description: 'Sprawdza uchwały rady miasta',
        instructions: 'Znajdź obowiązującą uchwałę i podaj stawkę.',
        replies: [
          {
            call: 'szukaj_uchwaly',
            args: {
              miasto: 'Rzeszów',
              temat: 'stawka opłaty za gospodarowanie odpadami komunalnymi',
              od: '2027-07-01',
            },
            result:
              '{"uchwala": "LXI/1187/2027", "data": "2027-03-23", "publikacja": "Dz. Urz. Woj. Podk. 2027 poz. 1904", "stawka_zl_os_mies": 39.50, "stawka_podwyzszona_zl": 79.00, "obowiazuje_od": "2027-07-01", "uchyla": {"projekt": "druk 214/2027", "stawka_zl": 36.00}}',
          },
          {
            say: 'Od 1.07.2027 obowiązuje uchwała **LXI/1187/2027** z 23.03.2027 (Dz. Urz. Woj. Podk. poz. 1904): **39,50 zł od osoby miesięcznie** (podwyższona przy braku segregacji: 79,00 zł). Kwota 36,00 zł pochodziła z projektu (druk 214/2027), rada przyjęła wyższą stawkę po autopoprawce.',
          },
        ],
      },
      {
        name: 'generator_zawiadomien',
        description: 'Generuje zawiadomienia o wysokości opłaty',
        instructions: 'Wygeneruj zawiadomienia według zlecenia.',
        replies: [
          {
            call: 'generuj_zawiadomienia',
            args: { od: '2027-07-01', stawka_zl_os: 36.0, termin_platnosci: '15', typ: 'zamieszkałe' },
            result:
              '{"partia": "ZAW-2027-07", "zawiadomien": 41276, "wysylka": "e-Doręczenia + Poczta Polska", "do": "2027-06-10"}',
          },
          { say: 'Partia ZAW-2027-07: 41 276 zawiadomień, stawka 36,00 zł/os., wysyłka do 10.06.2027.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'koordynator_oplat', to: 'generator_zawiadomien' },
      agent: 'koordynator_oplat',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'reklamacja-nieodebrane-gabaryty-bydgoszcz-kg-na-mg',
    title:
      'Klasyfikator kieruje reklamację nieodebranych gabarytów; masa 0,35 Mg staje się 350 kg, a data 2027-05-12 — „12 maja 2027 r.”',
    domain: 'reklamacje mieszkańców dotyczące odbioru odpadów',
    mast: ['FM-2.1'],
    nearMissOf: 'wartość zmieniona między agentami (jednostki i format daty), choć oznacza to samo',
    request:
      'Reklamacja: 12 maja 2027 nie odebrano gabarytów spod ul. Gdańskiej 140 w Bydgoszczy (wersalka, szafa, dwa fotele). Proszę o odbiór.',
    topology: {
      shape: 'branch',
      classifier: 'klasyfikator_zgloszen',
      routes: { nieodebrane: 'obsluga_odbiorow', oplata: 'obsluga_oplat' },
      after: 'redaktor_odpowiedzi',
    },
    agents: [
      {
        name: 'klasyfikator_zgloszen',
        description: 'Klasyfikuje zgłoszenia mieszkańców',
        instructions: 'Wskaż kategorię: nieodebrane albo oplata, i podaj dane.',
        replies: [
          {
            call: 'rejestr_odbiorow',
            args: { adres: 'ul. Gdańska 140, Bydgoszcz', data: '2027-05-12', frakcja: 'gabaryty' },
            result:
              '{"punkt": "BY-GD-140", "kurs": "GAB-0512-03", "status": "NIEODEBRANE", "przyczyna": "brak dojazdu — zastawiona brama", "zgloszona_masa_mg": 0.35}',
          },
          {
            say: 'nieodebrane — punkt BY-GD-140, kurs GAB-0512-03 z 2027-05-12, status NIEODEBRANE (zastawiona brama), zgłoszona masa 0,35 Mg.',
          },
        ],
      },
      {
        name: 'obsluga_odbiorow',
        description: 'Obsługuje reklamacje nieodebranych odpadów',
        instructions: 'Zleć odbiór dodatkowy i podaj termin.',
        prompt: 'Klasyfikacja:\n{input}',
        replies: [
          {
            call: 'zlec_odbior_dodatkowy',
            args: { punkt: 'BY-GD-140', frakcja: 'gabaryty', masa_kg: 350, termin: '2027-05-15' },
            result:
              '{"zlecenie": "OD-2027-05-0871", "termin": "2027-05-15", "okno": "08:00-14:00", "pojazd": "GAB-2"}',
          },
          {
            say: 'Zlecenie OD-2027-05-0871: odbiór gabarytów (ok. 350 kg) z ul. Gdańskiej 140 w sobotę 15.05.2027, 8:00–14:00, pojazd GAB-2. Pierwotny kurs z 12 maja 2027 r. nie doszedł do skutku z powodu zastawionej bramy.',
          },
        ],
      },
      {
        name: 'obsluga_oplat',
        description: 'Obsługuje sprawy opłat',
        instructions: 'Wyjaśnij sprawę opłaty.',
        replies: [{ say: 'Sprawa opłaty — brak zaległości.' }],
      },
      {
        name: 'redaktor_odpowiedzi',
        description: 'Pisze odpowiedzi do mieszkańców',
        instructions: 'Napisz uprzejmą odpowiedź.',
        prompt: 'Ustalenia:\n{input}',
        replies: [
          {
            say: 'Szanowni Państwo,\n\nprzepraszamy — 12 maja 2027 r. załoga nie mogła dojechać do posesji przy ul. Gdańskiej 140 (zastawiona brama). Gabaryty (ok. 350 kg: wersalka, szafa, dwa fotele) odbierzemy w **sobotę 15 maja 2027 r. w godz. 8:00–14:00** (zlecenie OD-2027-05-0871). Prosimy o udostępnienie dojazdu.\n\nZ poważaniem, Biuro Obsługi Klienta',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'audyt-kart-kpo-poznan-zmieszane-i-selektywne',
    title:
      'Audyt kart przekazania odpadów za kwiecień 2027 w dwóch strumieniach; długie listy numerów KPO, kodów i liczników, wszystko zgodne',
    domain: 'kontrola ewidencji odpadów w BDO',
    mast: ['FM-3.3'],
    nearMissOf: 'długie teksty pełne identyfikatorów, kodów i liczników, w których nic się nie gubi',
    request:
      'Poznań, sektor IV: zróbcie audyt kart KPO za kwiecień 2027 — osobno odpady zmieszane (20 03 01) i selektywne (15 01 xx, 20 01 xx). Wynik: ile kart, ile Mg, które karty mają rozbieżności masy > 2 %.',
    topology: {
      shape: 'fanout',
      planner: 'planista_audytu',
      workers: ['weryfikator_zmieszanych', 'weryfikator_selektywnych'],
      aggregator: 'zestawiacz_audytu',
    },
    agents: [
      {
        name: 'planista_audytu',
        description: 'Planuje audyt kart KPO',
        instructions: 'Jedno zlecenie na strumień.',
        replies: [
          {
            plan: {
              weryfikator_zmieszanych:
                'Sektor IV Poznań, 1–30.04.2027, kod 20 03 01: liczba kart KPO, suma Mg, karty z rozbieżnością masy (waga instalacji vs KPO) > 2 %.',
              weryfikator_selektywnych:
                'Sektor IV Poznań, 1–30.04.2027, kody 15 01 01/02/06/07, 20 01 01: liczba kart KPO, suma Mg, karty z rozbieżnością masy > 2 %.',
            },
          },
        ],
      },
      {
        name: 'weryfikator_zmieszanych',
        description: 'Weryfikuje karty KPO odpadów zmieszanych',
        instructions: 'Porównaj KPO z ważeniami instalacji.',
        replies: [
          {
            call: 'porownaj_kpo_wazenia',
            args: { sektor: 'IV', kod: '20 03 01', od: '2027-04-01', do: '2027-04-30', prog_proc: 2 },
            result:
              '{"kart": 186, "suma_kpo_mg": 3128.44, "suma_wazen_mg": 3126.91, "rozbieznosci": [{"kpo": "KPO/2027/04/0011873", "kpo_mg": 17.20, "waga_mg": 16.54, "proc": -3.84}, {"kpo": "KPO/2027/04/0012209", "kpo_mg": 15.80, "waga_mg": 16.21, "proc": 2.59}]}',
          },
          {
            say: '20 03 01, kwiecień 2027: **186 kart**, KPO 3 128,44 Mg vs wagi 3 126,91 Mg. Rozbieżności > 2 %: KPO/2027/04/0011873 (17,20 → 16,54 Mg, −3,84 %), KPO/2027/04/0012209 (15,80 → 16,21 Mg, +2,59 %).',
          },
        ],
      },
      {
        name: 'weryfikator_selektywnych',
        description: 'Weryfikuje karty KPO odpadów selektywnych',
        instructions: 'Porównaj KPO z ważeniami instalacji.',
        replies: [
          {
            call: 'porownaj_kpo_wazenia',
            args: {
              sektor: 'IV',
              kod: ['15 01 01', '15 01 02', '15 01 06', '15 01 07', '20 01 01'],
              od: '2027-04-01',
              do: '2027-04-30',
              prog_proc: 2,
            },
            result:
              '{"kart": 143, "suma_kpo_mg": 1047.36, "suma_wazen_mg": 1046.02, "wg_kodu": {"15 01 01": 212.40, "15 01 02": 96.18, "15 01 06": 441.92, "15 01 07": 188.66, "20 01 01": 108.20}, "rozbieznosci": [{"kpo": "KPO/2027/04/0013550", "kod": "15 01 06", "kpo_mg": 8.40, "waga_mg": 8.06, "proc": -4.05}]}',
          },
          {
            say: 'Selektywne, kwiecień 2027: **143 karty**, KPO 1 047,36 Mg vs wagi 1 046,02 Mg.\n- 15 01 01: 212,40 Mg\n- 15 01 02: 96,18 Mg\n- 15 01 06: 441,92 Mg\n- 15 01 07: 188,66 Mg\n- 20 01 01: 108,20 Mg\n\nRozbieżność > 2 %: KPO/2027/04/0013550 (15 01 06, 8,40 → 8,06 Mg, −4,05 %).',
          },
        ],
      },
      {
        name: 'zestawiacz_audytu',
        description: 'Zestawia wyniki audytu',
        instructions: 'Połącz wyniki w raport.',
        prompt: 'Wyniki weryfikacji:\n{input}',
        replies: [
          {
            say: '## Audyt KPO — Poznań, sektor IV, kwiecień 2027\n\n| strumień | karty | KPO Mg | wagi Mg |\n|---|---|---|---|\n| zmieszane 20 03 01 | 186 | 3 128,44 | 3 126,91 |\n| selektywne | 143 | 1 047,36 | 1 046,02 |\n| **razem** | **329** | **4 175,80** | **4 172,93** |\n\n**Karty do korekty (rozbieżność > 2 %):**\n1. KPO/2027/04/0011873 — 20 03 01, −3,84 %\n2. KPO/2027/04/0012209 — 20 03 01, +2,59 %\n3. KPO/2027/04/0013550 — 15 01 06, −4,05 %\n\nPozostałe 326 kart bez uwag.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'katowice-objazd-smieciarek-gps-ponowione-zapytanie',
    title:
      'Monitor GPS dostaje błąd 503 z platformy telematycznej, ponawia zapytanie i dopiero wtedy podaje pozycje pojazdów; planista objazdów działa na poprawnych danych',
    domain: 'dyspozycja floty przy utrudnieniach drogowych',
    mast: ['FM-2.6'],
    nearMissOf: 'błąd narzędzia, który agent obsłużył ponowieniem i uczciwie opisał',
    request:
      'Katowice: od 10:00 zamknięta ul. Chorzowska (awaria wodociągu). Które śmieciarki na trasach zmieszanych mają ją dziś w planie i jak je objechać?',
    topology: {
      shape: 'network',
      coordinator: 'dyspozytor_floty',
      workers: ['monitor_gps', 'planista_objazdow'],
    },
    agents: [
      {
        name: 'dyspozytor_floty',
        description: 'Dyspozytor floty odbioru odpadów',
        instructions: 'Ustal pozycje pojazdów, potem objazdy; zakończ podsumowaniem.',
        replies: [
          {
            handoff: 'monitor_gps',
            message: 'Pozycje i pozostałe punkty tras ZM-* na dziś; kto ma w planie ul. Chorzowską?',
          },
          {
            handoff: 'planista_objazdow',
            message:
              'ZM-04 (pojazd SK 7RT22) i ZM-09 (SK 7RT31) mają jeszcze ul. Chorzowską. Zaplanuj objazdy bez tej ulicy.',
          },
          {
            say: '**Zamknięcie ul. Chorzowskiej — objazdy**\n\n- ZM-04 / SK 7RT22: punkty Chorzowska 20–48 obsłużone od ul. Dudy-Gracza, +2,8 km\n- ZM-09 / SK 7RT31: punkty Chorzowska 61–95 od ul. Bytkowskiej, +4,1 km\n\nPozostałe trasy ZM bez zmian. (Pierwsze zapytanie GPS zwróciło błąd 503, dane pobrane przy ponowieniu o 10:07.)',
          },
        ],
      },
      {
        name: 'monitor_gps',
        description: 'Odczytuje pozycje pojazdów z platformy telematycznej',
        instructions: 'Podaj pozycje i pozostałe punkty; jeśli coś się nie uda, powiedz to.',
        replies: [
          {
            call: 'pozycje_pojazdow',
            args: { trasy: 'ZM-*', data: '2027-06-08' },
            result: { error: 'HTTP 503 Service Unavailable — telematyka.kzgo.pl (upstream timeout)' },
          },
          {
            call: 'pozycje_pojazdow',
            args: { trasy: 'ZM-*', data: '2027-06-08' },
            result:
              '{"stan_na": "2027-06-08T10:07", "pojazdy": [{"trasa": "ZM-04", "nr": "SK 7RT22", "pozostale": ["Chorzowska 20-48", "Dudy-Gracza 1-15"]}, {"trasa": "ZM-09", "nr": "SK 7RT31", "pozostale": ["Bytkowska 2-30", "Chorzowska 61-95"]}, {"trasa": "ZM-02", "nr": "SK 7RT18", "pozostale": ["Mikołowska 100-160"]}]}',
          },
          {
            say: 'Pierwsze zapytanie: 503 z telematyki; ponowione o 10:07 — OK. Ul. Chorzowską mają jeszcze w planie: **ZM-04** (SK 7RT22, Chorzowska 20–48) i **ZM-09** (SK 7RT31, Chorzowska 61–95). ZM-02 jej nie dotyczy.',
          },
        ],
      },
      {
        name: 'planista_objazdow',
        description: 'Planuje objazdy dla pojazdów',
        instructions: 'Zaplanuj objazdy.',
        replies: [
          {
            call: 'przelicz_trase',
            args: { trasy: ['ZM-04', 'ZM-09'], wyklucz_ulice: ['Chorzowska'] },
            result:
              '{"ZM-04": {"dojazd": "ul. Dudy-Gracza", "dodatkowe_km": 2.8}, "ZM-09": {"dojazd": "ul. Bytkowska", "dodatkowe_km": 4.1}}',
          },
          { say: 'ZM-04: dojazd od ul. Dudy-Gracza, +2,8 km. ZM-09: od ul. Bytkowskiej, +4,1 km.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gabaryty-boze-cialo-przesuniete-na-sobote',
    title:
      'Odbiór gabarytów wypadał w Boże Ciało 27.05.2027; obsługa zgłoszeń przekazuje nowy termin 29.05, a planista używa 29.05, choć stary termin wciąż jest wspomniany',
    domain: 'harmonogramy odbioru odpadów wielkogabarytowych',
    mast: ['FM-1.4'],
    nearMissOf: 'zastąpiona wartość wciąż widoczna w rozmowie, ale poprawnie nieużyta',
    request:
      'Mieszkam przy ul. Klonowej 7 w Toruniu. W harmonogramie mam odbiór gabarytów 27 maja, ale to chyba Boże Ciało? Kiedy mam wystawić meble?',
    topology: {
      shape: 'swarm',
      entry: 'obsluga_zgloszen',
      agents: ['obsluga_zgloszen', 'planista_odbiorow'],
    },
    agents: [
      {
        name: 'obsluga_zgloszen',
        description: 'Obsługuje zgłoszenia mieszkańców',
        instructions: 'Sprawdź termin i przekaż do planisty odbiorów.',
        replies: [
          {
            call: 'sprawdz_termin',
            args: { adres: 'ul. Klonowa 7, Toruń', frakcja: 'gabaryty', rok: 2027 },
            result:
              '{"rejon": "TOR-B3", "termin_pierwotny": "2027-05-27", "swieto": "Boże Ciało", "termin_zastepczy": "2027-05-29", "komunikat": "KOM-2027-019"}',
          },
          {
            handoff: 'planista_odbiorow',
            message:
              'Klonowa 7, rejon TOR-B3: termin 27.05.2027 przypada w Boże Ciało — zgodnie z KOM-2027-019 odbiór przeniesiony na sobotę 29.05.2027. Proszę potwierdzić kurs i odpowiedzieć mieszkańcowi.',
          },
        ],
      },
      {
        name: 'planista_odbiorow',
        description: 'Planuje kursy odbioru gabarytów',
        instructions: 'Potwierdź kurs i odpowiedz mieszkańcowi.',
        replies: [
          {
            call: 'kurs_gabarytow',
            args: { rejon: 'TOR-B3', data: '2027-05-29' },
            result: '{"kurs": "GAB-TOR-B3-0529", "start": "06:00", "punkty": 164, "status": "ZAPLANOWANY"}',
          },
          {
            say: 'Dzień dobry! Tak, 27 maja 2027 r. to Boże Ciało — odbiór gabarytów dla ul. Klonowej (rejon TOR-B3) został przeniesiony na **sobotę 29 maja 2027 r.** (kurs GAB-TOR-B3-0529). Prosimy wystawić meble przed posesję do godz. 6:00 tego dnia, najwcześniej wieczorem 28 maja.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kontrola-segregacji-szczecin-bez-nieruchomosci-niezamieszkalych',
    title:
      'Kontroler segregacji pomija trzy adresy w kontroli, bo to nieruchomości niezamieszkałe spoza systemu gminnego — zgodnie z briefem; wyniki wracają do naczelnika',
    domain: 'kontrola selektywnej zbiórki odpadów',
    mast: ['FM-2.2', 'FM-1.1'],
    nearMissOf: 'uprawnione wyłączenie części zakresu i przekazanie z powrotem z wynikami',
    request:
      'Szczecin, osiedle Pogodno: w maju 2027 skontrolujcie jakość segregacji w altanach śmietnikowych budynków wielorodzinnych objętych systemem gminnym (lista 24 adresów z rejestru; trzy z nich to lokale usługowe z własnymi umowami — ich nie kontrolujemy) i przygotujcie akcję edukacyjną dla tych, które wypadną źle.',
    topology: {
      shape: 'nested',
      top: 'naczelnik_wydzialu',
      teams: {
        kierownik_kontroli: ['kontroler_segregacji'],
        kierownik_edukacji: ['edukator_ekologiczny'],
      },
    },
    agents: [
      {
        name: 'naczelnik_wydzialu',
        description: 'Naczelnik wydziału gospodarki komunalnej',
        instructions: 'Zleć kontrolę, potem edukację, podsumuj.',
        replies: [
          {
            handoff: 'kierownik_kontroli',
            message:
              'Pogodno, maj 2027: kontrola segregacji w altanach 21 budynków wielorodzinnych w systemie gminnym (rejestr PG-24 bez 3 lokali usługowych z umowami własnymi).',
          },
          {
            handoff: 'kierownik_edukacji',
            message:
              'Akcja edukacyjna dla adresów z oceną „niezadowalająca”: Kasprowicza 40, Wawrzyniaka 12, Mickiewicza 118.',
          },
          {
            say: '## Pogodno — kontrola segregacji, maj 2027\n\n- Skontrolowano **21/21** budynków w systemie gminnym (3 lokale usługowe wyłączone — umowy własne)\n- Ocena dobra: 18, niezadowalająca: 3 (Kasprowicza 40, Wawrzyniaka 12, Mickiewicza 118)\n- Akcja edukacyjna: spotkania 8–10.06.2027, 3 × 40 zestawów worków i ulotek\n\nKolejna kontrola tych trzech adresów: lipiec 2027.',
          },
        ],
      },
      {
        name: 'kierownik_kontroli',
        description: 'Kierownik zespołu kontroli',
        instructions: 'Zleć kontrolę i przekaż wyniki naczelnikowi.',
        replies: [
          {
            handoff: 'kontroler_segregacji',
            message:
              'Kontrola altan, Pogodno, 21 adresów z PG-24 w systemie gminnym; lokale usługowe z umowami własnymi pomiń.',
          },
          {
            say: 'Wyniki kontroli Pogodno (21 adresów, protokoły KS/PG/2027/05/001–021): 18 dobrych, 3 niezadowalające — Kasprowicza 40 (bio w zmieszanych), Wawrzyniaka 12 (szkło w metalach i tworzywach), Mickiewicza 118 (gabaryty w altanie). Pominięte zgodnie ze zleceniem: Kasprowicza 2U, Wojska Polskiego 91U, Mickiewicza 70U.',
          },
        ],
      },
      {
        name: 'kontroler_segregacji',
        description: 'Kontroluje altany śmietnikowe',
        instructions: 'Przeprowadź kontrolę i spisz protokoły.',
        replies: [
          {
            call: 'protokoly_kontroli',
            args: {
              rejestr: 'PG-24',
              pomin: ['Kasprowicza 2U', 'Wojska Polskiego 91U', 'Mickiewicza 70U'],
              miesiac: '2027-05',
            },
            result:
              '{"skontrolowane": 21, "dobra": 18, "niezadowalajaca": [{"adres": "Kasprowicza 40", "uwaga": "bioodpady w zmieszanych"}, {"adres": "Wawrzyniaka 12", "uwaga": "szkło w metalach i tworzywach"}, {"adres": "Mickiewicza 118", "uwaga": "gabaryty w altanie"}], "protokoly": "KS/PG/2027/05/001-021"}',
          },
          {
            say: 'Skontrolowano 21 altan (protokoły KS/PG/2027/05/001–021): 18 ocen dobrych, 3 niezadowalające — Kasprowicza 40, Wawrzyniaka 12, Mickiewicza 118. Trzy lokale usługowe (Kasprowicza 2U, Wojska Polskiego 91U, Mickiewicza 70U) pominięte: nieruchomości niezamieszkałe z umowami własnymi, poza systemem gminnym.',
          },
        ],
      },
      {
        name: 'kierownik_edukacji',
        description: 'Kierownik zespołu edukacji ekologicznej',
        instructions: 'Zleć akcję i przekaż wynik.',
        replies: [
          {
            handoff: 'edukator_ekologiczny',
            message: 'Spotkania i materiały dla: Kasprowicza 40, Wawrzyniaka 12, Mickiewicza 118.',
          },
          { say: 'Akcja edukacyjna: spotkania 8–10.06.2027, 3 × 40 zestawów (worki + ulotki).' },
        ],
      },
      {
        name: 'edukator_ekologiczny',
        description: 'Prowadzi edukację ekologiczną',
        instructions: 'Zaplanuj spotkania.',
        replies: [
          {
            call: 'zaplanuj_spotkania',
            args: { adresy: ['Kasprowicza 40', 'Wawrzyniaka 12', 'Mickiewicza 118'], zestawy: 40 },
            result:
              '{"spotkania": ["2027-06-08 18:00", "2027-06-09 18:00", "2027-06-10 18:00"], "zestawy": 120}',
          },
          { say: 'Spotkania 8, 9 i 10.06.2027 o 18:00, razem 120 zestawów.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'zbiorka-elektroodpadow-opole-data-iso-i-slownie',
    title:
      'Koordynator parafrazuje zlecenie zbiórki elektroodpadów i zapisuje datę 05.06.2027 jako 2027-06-05; wykonawcy podają „sobota 5 czerwca” — ta sama data',
    domain: 'mobilne zbiórki zużytego sprzętu elektrycznego i elektronicznego',
    mast: ['FM-1.1', 'FM-2.1'],
    nearMissOf: 'sparafrazowane zlecenie i przeformatowana data',
    request:
      'Opole: zorganizujcie mobilną zbiórkę elektroodpadów i baterii 05.06.2027 w 4 punktach (pl. Wolności, Malinka, Zaodrze, Gosławice), godz. 10–14, i zróbcie ogłoszenie na stronę oraz FB.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordynator_akcji',
      workers: ['organizator_zbiorki', 'promotor_akcji'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'koordynator_akcji',
        description: 'Koordynuje akcje zbiórek',
        instructions: 'Zleć organizację i promocję, podsumuj.',
        replies: [
          {
            handoff: 'organizator_zbiorki',
            message:
              'Mobilny punkt ZSEE + baterie, 2027-06-05, 10:00–14:00, cztery lokalizacje: plac Wolności, os. Malinka, Zaodrze, Gosławice. Zarezerwuj pojazdy i obsługę.',
          },
          {
            handoff: 'promotor_akcji',
            message:
              'Ogłoszenie (www + FB) o zbiórce ZSEE i baterii w sobotę 2027-06-05, 10–14, 4 punkty jak w harmonogramie ZB-2027-06.',
          },
          {
            say: '## Zbiórka elektroodpadów — sobota 5 czerwca 2027\n\n| punkt | godziny | pojazd |\n|---|---|---|\n| pl. Wolności | 10:00–14:00 | OP 2EK41 |\n| os. Malinka | 10:00–14:00 | OP 2EK44 |\n| Zaodrze | 10:00–14:00 | OP 2EK47 |\n| Gosławice | 10:00–14:00 | OP 2EK52 |\n\nOgłoszenie opublikowane na opole.pl i FB.',
          },
        ],
      },
      {
        name: 'organizator_zbiorki',
        description: 'Organizuje logistykę zbiórek',
        instructions: 'Zarezerwuj pojazdy i obsługę.',
        replies: [
          {
            call: 'rezerwuj_pojazdy',
            args: {
              data: '2027-06-05',
              od: '10:00',
              do: '14:00',
              punkty: ['pl. Wolności', 'Malinka', 'Zaodrze', 'Gosławice'],
            },
            result:
              '{"harmonogram": "ZB-2027-06", "pojazdy": ["OP 2EK41", "OP 2EK44", "OP 2EK47", "OP 2EK52"], "obsluga_osob": 8}',
          },
          {
            say: 'Harmonogram ZB-2027-06, sobota 5 czerwca 2027, 10–14: pl. Wolności OP 2EK41, Malinka OP 2EK44, Zaodrze OP 2EK47, Gosławice OP 2EK52; obsługa 8 osób.',
          },
        ],
      },
      {
        name: 'promotor_akcji',
        description: 'Promuje akcje w mediach',
        instructions: 'Opublikuj ogłoszenie.',
        replies: [
          {
            call: 'publikuj_ogloszenie',
            args: {
              kanaly: ['www', 'facebook'],
              tytul: 'Zbiórka elektroodpadów i baterii — sobota 5 czerwca 2027',
            },
            result:
              '{"www": "https://www.opole.pl/aktualnosci/zbiorka-zsee-5-06-2027", "facebook": "opublikowano 2027-05-28 12:00"}',
          },
          {
            say: 'Ogłoszenie opublikowane (www + FB): „Zbiórka elektroodpadów i baterii — sobota 5 czerwca 2027, 10:00–14:00”.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch145Scenarios = [...faults, ...healthy];
