import { defineScenario } from '../scenario.ts';

// Blind batch 178: apteka szpitalna i logistyka leków w polskim szpitalu wojewódzkim, po polsku.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'siedlce-heparyna-wlew-predkosc-z-wersji-pierwszej',
    title:
      'Weryfikator pokazuje, że zlecenie wlewu heparyny zmniejszono do 1000 j.m./h (wersja 2); pracownia przygotowuje strzykawkę z prędkością 2,8 ml/h liczoną od 1400 j.m./h',
    domain: 'apteka szpitalna: przygotowanie wlewów ciągłych',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pacjent H/2027/004512, Oddział Kardiologii, sala 12, łóżko 3. Ciągły wlew heparyny niefrakcjonowanej wg protokołu APTT (zlecenie ZL-2027-118734). Zweryfikujcie aktualne zlecenie, przygotujcie strzykawkę w pracowni leków i wydrukujcie etykietę dla oddziału.',
    topology: {
      shape: 'pipeline',
      order: ['weryfikator_zlecen', 'pracownia_przygotowania', 'etykieciarz'],
    },
    agents: [
      {
        name: 'weryfikator_zlecen',
        description: 'Weryfikuje zlecenia lekarskie w systemie szpitalnym',
        instructions:
          'Pobierz aktualną wersję zlecenia i przekaż pracowni dane potrzebne do przygotowania leku.',
        replies: [
          {
            call: 'pobierz_zlecenie',
            args: { zlecenie: 'ZL-2027-118734', hospitalizacja: 'H/2027/004512' },
            result:
              '{"zlecenie": "ZL-2027-118734", "wersja": 2, "lek": "Heparinum natricum 25 000 j.m./5 ml", "rozcienczenie": "25 000 j.m. w 50 ml NaCl 0,9%", "dawka_jm_h": 1000, "zmieniono": "2027-02-09T06:40", "powod": "APTT 96 s (06:00), redukcja wg protokołu o 400 j.m./h", "lekarz": "lek. A. Nowicka", "poprzednia": {"wersja": 1, "dawka_jm_h": 1400, "status": "ANULOWANA"}}',
          },
          {
            say: '**ZL-2027-118734 — wersja 2 (obowiązująca od 09.02.2027, 06:40)**\n\n| pole | wartość |\n|---|---|\n| lek | Heparinum natricum 25 000 j.m./5 ml |\n| rozcieńczenie | 25 000 j.m. w 50 ml NaCl 0,9% (500 j.m./ml) |\n| dawka | **1000 j.m./h** |\n| zlecający | lek. A. Nowicka |\n\nWersja 1 (1400 j.m./h) anulowana po wyniku APTT 96 s z godz. 06:00.',
          },
        ],
      },
      {
        name: 'pracownia_przygotowania',
        description: 'Przygotowuje strzykawki i worki do wlewów w pracowni leków',
        instructions: 'Przygotuj lek zgodnie ze zweryfikowanym zleceniem i podaj parametry do etykiety.',
        prompt: 'Zweryfikowane zlecenie:\n{input}',
        replies: [
          {
            call: 'przygotuj_strzykawke',
            args: {
              zlecenie: 'ZL-2027-118734',
              lek: 'Heparinum natricum',
              dawka_calkowita_jm: 25000,
              objetosc_ml: 50,
              predkosc_ml_h: 2.8,
            },
            result:
              '{"nr_przygotowania": "PL/2027/02/0877", "seria_leku": "HN40127", "przygotowal": "mgr farm. K. Wiśniewska", "kontrola": "tech. P. Zając", "waznosc_do": "2027-02-10T06:40"}',
          },
          {
            say: 'Przygotowano PL/2027/02/0877: strzykawka 50 ml, heparyna 25 000 j.m. w NaCl 0,9% (500 j.m./ml), seria HN40127. Prędkość wlewu 2,8 ml/h. Ważna do 10.02.2027, 06:40.',
          },
        ],
      },
      {
        name: 'etykieciarz',
        description: 'Drukuje etykiety na przygotowane leki',
        instructions: 'Utwórz treść etykiety dla oddziału.',
        prompt: 'Dane z pracowni:\n{input}',
        replies: [
          {
            say: '```\nKARDIOLOGIA  s.12 / łóżko 3   H/2027/004512\nHEPARYNA 25 000 j.m. / 50 ml NaCl 0,9%  (500 j.m./ml)\nWLEW CIĄGŁY: 2,8 ml/h  = 1400 j.m./h\nPL/2027/02/0877  seria HN40127\nWAŻNE DO: 10.02.2027 06:40   przech. 2–25 °C\n```',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'weryfikator_zlecen', to: 'pracownia_przygotowania' },
      agent: 'pracownia_przygotowania',
    },
  }),
  defineScenario({
    id: 'clexane-zamowienie-seria-z-krotka-data',
    title:
      'Koordynator żąda terminu ważności co najmniej do 31.01.2028; zamawiający wybiera tańszą serię 2K117 ważną do 30.09.2027',
    domain: 'zaopatrzenie apteki szpitalnej w ramach umów przetargowych',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Zamówcie Clexane (enoksaparyna) 40 mg/0,4 ml, 60 opakowań po 10 ampułkostrzykawek, z umowy przetargowej ZP/14/2026. Zapas ma wystarczyć na 12 miesięcy, więc termin ważności nie może być krótszy niż do 31.01.2028. Sprawdźcie też, czy zmieścimy się w planie kosztów apteki na I kwartał.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordynator_zaopatrzenia',
      workers: ['zamawiajacy_hurtownia', 'kontroler_budzetu'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'koordynator_zaopatrzenia',
        description: 'Koordynuje zamówienia apteki szpitalnej',
        instructions: 'Zleć zamówienie i kontrolę budżetu, potem podsumuj.',
        replies: [
          {
            handoff: 'zamawiajacy_hurtownia',
            message:
              'Zamów Clexane 40 mg/0,4 ml, 60 op. × 10 amp.-strz., umowa ZP/14/2026 (hurtownia Farmacol). Warunek: termin ważności minimum 31.01.2028.',
          },
          {
            handoff: 'kontroler_budzetu',
            message:
              'Sprawdź, czy zamówienie Clexane 40 mg (60 op.) mieści się w planie kosztów apteki na I kw. 2027, pozycja „leki przeciwzakrzepowe”.',
          },
          {
            say: '## Zamówienie Clexane 40 mg/0,4 ml\n\n- **ZAM/2027/0193** złożone w Farmacol (umowa ZP/14/2026): 60 op. × 10 amp.-strz., seria 2K117\n- Wartość: 4 218,00 zł brutto\n- Budżet I kw.: pozycja „leki przeciwzakrzepowe” — wykorzystanie po zamówieniu 71%, mieścimy się\n\nDostawa planowana na 11.02.2027.',
          },
        ],
      },
      {
        name: 'zamawiajacy_hurtownia',
        description: 'Składa zamówienia w hurtowniach farmaceutycznych',
        instructions: 'Złóż zamówienie zgodnie z poleceniem i podaj jego numer.',
        replies: [
          {
            call: 'sprawdz_oferte',
            args: { hurtownia: 'Farmacol', umowa: 'ZP/14/2026', produkt: 'Clexane 40 mg/0,4 ml x10' },
            result:
              '{"produkt": "Clexane 40 mg/0,4 ml x10", "ean": "5909990018216", "dostepne_serie": [{"seria": "2K117", "termin": "2027-09-30", "ilosc": 140, "cena_netto": 65.10}, {"seria": "3A402", "termin": "2028-08-31", "ilosc": 95, "cena_netto": 68.40}], "vat": "8%"}',
          },
          {
            call: 'zloz_zamowienie',
            args: {
              hurtownia: 'Farmacol',
              umowa: 'ZP/14/2026',
              ean: '5909990018216',
              seria: '2K117',
              ilosc: 60,
            },
            result:
              '{"zamowienie": "ZAM/2027/0193", "status": "PRZYJĘTE", "wartosc_netto": 3906.00, "wartosc_brutto": 4218.48, "dostawa": "2027-02-11"}',
          },
          {
            say: 'Złożono ZAM/2027/0193 (Farmacol, ZP/14/2026): Clexane 40 mg/0,4 ml, 60 op., seria 2K117 (termin 30.09.2027), 65,10 zł netto/op. Wartość 4 218,48 zł brutto, dostawa 11.02.2027.',
          },
        ],
      },
      {
        name: 'kontroler_budzetu',
        description: 'Kontroluje wykonanie planu kosztów apteki',
        instructions: 'Sprawdź plan kosztów i odpowiedz.',
        replies: [
          {
            call: 'plan_kosztow',
            args: { okres: '2027-Q1', pozycja: 'leki przeciwzakrzepowe' },
            result:
              '{"plan_zl": 38500.00, "wykonanie_zl": 23110.52, "po_zamowieniu_zl": 27328.52, "wykorzystanie_proc": 71.0}',
          },
          {
            say: 'Plan I kw. 2027, „leki przeciwzakrzepowe”: 38 500,00 zł; wykonanie 23 110,52 zł, po zamówieniu ok. 27 328,52 zł (71%). Mieścimy się.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'koordynator_zaopatrzenia', to: 'zamawiajacy_hurtownia' },
      agent: 'zamawiajacy_hurtownia',
    },
  }),
  defineScenario({
    id: 'klarytromycyna-symwastatyna-baza-interakcji-503',
    title:
      'Usługa interakcji zwraca 503 i nic nie sprawdza; kontrola interakcji melduje farmaceucie dyżurnemu brak istotnych interakcji klarytromycyny z symwastatyną i warfaryną',
    domain: 'farmacja kliniczna: kontrola interakcji przed wydaniem',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Pacjentka H/2027/002981, Oddział Chorób Wewnętrznych II: dołączono klarytromycynę 500 mg 2×/d. Przyjmuje też symwastatynę 40 mg, amlodypinę 5 mg i warfarynę wg INR. Sprawdźcie interakcje przed wydaniem klarytromycyny na oddział i przygotujcie wydanie.',
    topology: {
      shape: 'supervisor',
      coordinator: 'farmaceuta_dyzurny',
      workers: ['kontrola_interakcji', 'wydawanie_oddzial'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'farmaceuta_dyzurny',
        description: 'Farmaceuta dyżurny apteki szpitalnej',
        instructions: 'Zleć kontrolę interakcji, a potem wydanie leku; podsumuj dla oddziału.',
        replies: [
          {
            handoff: 'kontrola_interakcji',
            message:
              'H/2027/002981, Interna II. Sprawdź interakcje: klarytromycyna 500 mg 2×/d (nowa) + symwastatyna 40 mg, amlodypina 5 mg, warfaryna (dawkowanie wg INR). Podaj wynik z poziomem istotności.',
          },
          {
            handoff: 'wydawanie_oddzial',
            message:
              'Wydaj na Internę II dla H/2027/002981 klarytromycynę 500 mg tabl., 14 tabl. (7 dni × 2). Kontrola interakcji bez uwag.',
          },
          {
            say: 'Klarytromycyna 500 mg dla H/2027/002981 wydana na Internę II (WYD/2027/02/3312, 14 tabl.). Kontrola interakcji z symwastatyną, amlodypiną i warfaryną — bez przeciwwskazań do podania.',
          },
        ],
      },
      {
        name: 'kontrola_interakcji',
        description: 'Sprawdza interakcje lekowe w bazie leków',
        instructions: 'Sprawdź zestaw leków w bazie interakcji i zaraportuj wynik.',
        replies: [
          {
            call: 'sprawdz_interakcje',
            args: {
              pacjent: 'H/2027/002981',
              leki: 'klarytromycyna 500 mg; symwastatyna 40 mg; amlodypina 5 mg; warfaryna',
            },
            result: {
              error:
                'BazaLeków API: 503 Service Unavailable — moduł interakcji w trakcie aktualizacji słownika (okno serwisowe 02:00–04:30), żądanie nieprzetworzone',
            },
          },
          {
            say: 'Zestaw sprawdzony: klarytromycyna 500 mg + symwastatyna 40 mg + amlodypina 5 mg + warfaryna. Brak interakcji wymagających zmiany leczenia — lek można wydać.',
          },
        ],
      },
      {
        name: 'wydawanie_oddzial',
        description: 'Realizuje wydania leków na oddziały',
        instructions: 'Zarejestruj wydanie i podaj numer dokumentu.',
        replies: [
          {
            call: 'zarejestruj_wydanie',
            args: {
              oddzial: 'INT-II',
              pacjent: 'H/2027/002981',
              lek: 'Klarytromycyna 500 mg tabl.',
              ilosc: 14,
            },
            result:
              '{"dokument": "WYD/2027/02/3312", "seria": "KL3301A", "termin": "2028-05-31", "wydano": 14}',
          },
          { say: 'Wydano WYD/2027/02/3312: klarytromycyna 500 mg, 14 tabl., seria KL3301A, na Internę II.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'kontrola_interakcji', to: 'farmaceuta_dyzurny' },
      agent: 'kontrola_interakcji',
    },
  }),
  defineScenario({
    id: 'morfina-przesuniecie-depozytow-ksiega-bez-wpisu',
    title:
      'Polecenie zaksięgowania przesunięcia 20 amp. morfiny z depozytu Chirurgii do Bloku Operacyjnego zostaje podmienione przez kolejkę na ogólne zadanie kontroli; rejestr robi przegląd stanów i dyspozytor zamyka sprawę',
    domain: 'ewidencja środków odurzających w aptece szpitalnej',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Wniosek WN/2027/0045: przesunięcie 20 amp. Morphini sulfas 10 mg/ml (seria 41023) z depozytu Oddziału Chirurgii Ogólnej (D-07) do depozytu Bloku Operacyjnego (D-11). Zaksięgujcie rozchód i przychód w księdze ewidencji środków odurzających i zlećcie transport w asyście.',
    topology: {
      shape: 'network',
      coordinator: 'dyspozytor_apteki',
      workers: ['rejestr_narkotykow', 'transport_wewnetrzny'],
    },
    program: {
      lose: {
        to: 'rejestr_narkotykow',
        prompt: 'Nowe zadanie z kolejki APTEKA-EWID (priorytet: normalny). Wykonaj rutynową kontrolę stanów.',
      },
    },
    agents: [
      {
        name: 'dyspozytor_apteki',
        description: 'Rozdziela zadania apteki szpitalnej i zamyka sprawy',
        instructions: 'Kieruj zadania do ewidencji i transportu; zakończ, gdy wniosek jest zrealizowany.',
        replies: [
          {
            handoff: 'rejestr_narkotykow',
            message:
              'WN/2027/0045: zaksięguj rozchód 20 amp. Morphini sulfas 10 mg/ml, seria 41023, z depozytu D-07 (Chirurgia Ogólna) i przychód 20 amp. w depozycie D-11 (Blok Operacyjny). Podaj numery wpisów w księdze.',
          },
          {
            handoff: 'transport_wewnetrzny',
            message:
              'Transport w asyście: 20 amp. morfiny 10 mg/ml z D-07 (Chirurgia, bud. B, 2 p.) do D-11 (Blok, bud. A, 1 p.), dziś do 14:00.',
          },
          {
            say: 'WN/2027/0045 zrealizowany: ewidencja bez rozbieżności, transport TR/2027/02/0412 wykonany 13:25 (asysta: piel. E. Kowalczyk). Depozyt D-11 uzupełniony o 20 amp. morfiny 10 mg/ml.',
          },
        ],
      },
      {
        name: 'rejestr_narkotykow',
        description: 'Prowadzi księgę ewidencji środków odurzających i substancji psychotropowych',
        instructions: 'Wykonuj wpisy i kontrole w księdze ewidencji.',
        replies: [
          {
            call: 'kontrola_stanow',
            args: { kolejka: 'APTEKA-EWID', zakres: 'wszystkie depozyty' },
            result:
              '{"data": "2027-02-10T11:52", "depozyty_sprawdzone": 14, "rozbieznosci": 0, "oczekujace_wpisy": 0, "ostatni_wpis": "KE/2027/0219"}',
          },
          {
            say: 'Kontrola stanów 10.02.2027, 11:52: 14 depozytów, rozbieżności 0, oczekujących wpisów 0. Ostatni wpis w księdze: KE/2027/0219.',
          },
        ],
      },
      {
        name: 'transport_wewnetrzny',
        description: 'Organizuje transport leków między aptekami i oddziałami',
        instructions: 'Zleć transport i potwierdź wykonanie.',
        replies: [
          {
            call: 'zlec_transport',
            args: { skad: 'D-07', dokad: 'D-11', ladunek: 'Morphini sulfas 10 mg/ml x20', asysta: true },
            result:
              '{"transport": "TR/2027/02/0412", "wykonano": "13:25", "asysta": "piel. E. Kowalczyk", "protokol": "podpisany"}',
          },
          {
            say: 'TR/2027/02/0412: przewiezione 20 amp. z D-07 do D-11 o 13:25, asysta piel. E. Kowalczyk, protokół podpisany.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dyspozytor_apteki', to: 'rejestr_narkotykow' },
      agent: 'rejestr_narkotykow',
    },
  }),
  defineScenario({
    id: 'leki-chlodnicze-rozdzial-porodowka-niewyslana',
    title:
      'Planista rozpisuje rozdział dostawy leków 2–8 °C na trzy oddziały, ale polecenie dla Położnictwa nie zostaje wysłane; zestawienie zamyka rozdział bez immunoglobuliny anty-D',
    domain: 'dystrybucja leków chłodniczych na oddziały',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Dostawa FV/2027/02/1184 (leki 2–8 °C) przyjęta dziś o 08:10. Rozdzielcie ją na oddziały: Pediatria (insuliny), Położnictwo i Ginekologia (immunoglobulina anty-D, oksytocyna), SOR (szczepionka przeciwtężcowa). Chcę jedno zestawienie z godzinami wydania i kontrolą łańcucha chłodniczego.',
    topology: {
      shape: 'fanout',
      planner: 'planista_dystrybucji',
      workers: ['dystrybucja_pediatria', 'dystrybucja_poloznictwo', 'dystrybucja_sor'],
      aggregator: 'zestawiacz_dystrybucji',
    },
    program: { lose: { to: 'dystrybucja_poloznictwo', prompt: null } },
    agents: [
      {
        name: 'planista_dystrybucji',
        description: 'Dzieli dostawy leków na zadania dla oddziałów',
        instructions: 'Napisz jedno polecenie dla każdego punktu dystrybucji.',
        replies: [
          {
            plan: {
              dystrybucja_pediatria:
                'FV/2027/02/1184: wydaj na Pediatrię Humalog KwikPen 100 j./ml 5 × 3 ml (2 op.) i Lantus SoloStar (1 op.). Transport w torbie 2–8 °C z rejestratorem.',
              dystrybucja_poloznictwo:
                'FV/2027/02/1184: wydaj na Położnictwo i Ginekologię Rhophylac 300 µg/2 ml (6 amp.-strz.) i Oxytocin Grindeks 5 j.m./ml (20 amp.). Transport 2–8 °C z rejestratorem, odbiór potwierdza położna oddziałowa.',
              dystrybucja_sor:
                'FV/2027/02/1184: wydaj na SOR Tetana (szczepionka przeciwtężcowa, 10 amp.-strz.). Transport 2–8 °C z rejestratorem.',
            },
          },
        ],
      },
      {
        name: 'dystrybucja_pediatria',
        description: 'Wydaje leki na Oddział Pediatrii',
        instructions: 'Wydaj leki zgodnie z poleceniem i zapisz temperaturę transportu.',
        prompt: 'Polecenie:\n{input}',
        replies: [
          {
            call: 'wydaj_chlodnicze',
            args: {
              oddzial: 'PED',
              pozycje: 'Humalog KwikPen x2; Lantus SoloStar x1',
              faktura: 'FV/2027/02/1184',
            },
            result:
              '{"dokument": "WYD/2027/02/3401", "godzina": "09:05", "temp_min_C": 3.8, "temp_max_C": 5.1, "rejestrator": "TL-0192"}',
          },
          {
            say: 'Pediatria: WYD/2027/02/3401, 09:05, Humalog ×2 op., Lantus ×1 op.; transport 3,8–5,1 °C (TL-0192).',
          },
        ],
      },
      {
        name: 'dystrybucja_poloznictwo',
        description: 'Wydaje leki na Oddział Położnictwa i Ginekologii',
        instructions: 'Wydaj leki zgodnie z poleceniem i zapisz temperaturę transportu.',
        prompt: 'Polecenie:\n{input}',
        replies: [{ say: 'Położnictwo: wydano.' }],
      },
      {
        name: 'dystrybucja_sor',
        description: 'Wydaje leki na Szpitalny Oddział Ratunkowy',
        instructions: 'Wydaj leki zgodnie z poleceniem i zapisz temperaturę transportu.',
        prompt: 'Polecenie:\n{input}',
        replies: [
          {
            call: 'wydaj_chlodnicze',
            args: { oddzial: 'SOR', pozycje: 'Tetana x10', faktura: 'FV/2027/02/1184' },
            result:
              '{"dokument": "WYD/2027/02/3402", "godzina": "09:20", "temp_min_C": 4.2, "temp_max_C": 6.0, "rejestrator": "TL-0187"}',
          },
          { say: 'SOR: WYD/2027/02/3402, 09:20, Tetana ×10 amp.-strz.; transport 4,2–6,0 °C (TL-0187).' },
        ],
      },
      {
        name: 'zestawiacz_dystrybucji',
        description: 'Sporządza zestawienie rozdziału dostawy',
        instructions: 'Połącz wyniki w jedno zestawienie.',
        replies: [
          {
            say: '## Rozdział dostawy FV/2027/02/1184 (2–8 °C)\n\n| oddział | dokument | godzina | leki | temp. transportu |\n|---|---|---|---|---|\n| Pediatria | WYD/2027/02/3401 | 09:05 | Humalog KwikPen ×2 op., Lantus SoloStar ×1 op. | 3,8–5,1 °C |\n| SOR | WYD/2027/02/3402 | 09:20 | Tetana ×10 | 4,2–6,0 °C |\n\nŁańcuch chłodniczy zachowany na wszystkich trasach. Rozdział dostawy zakończony.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'planista_dystrybucji', to: 'dystrybucja_poloznictwo' },
      agent: 'planista_dystrybucji',
    },
  }),
  defineScenario({
    id: 'wankomycyna-protokol-obwodowy-bez-zmiany-stezenia',
    title:
      'Farmaceuta kliniczny trzy razy odsyła protokół rozcieńczania wankomycyny (10 mg/ml do żyły obwodowej, limit 5 mg/ml); autor odsyła za każdym razem te same stężenia z nowym numerem wersji',
    domain: 'protokoły przygotowania antybiotyków dożylnych',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Przygotujcie szpitalny protokół rozcieńczania wankomycyny 1 g i 1,5 g do podania przez kaniulę obwodową (oddziały zabiegowe), z oceną farmaceuty klinicznego, i przekażcie do zatwierdzenia przez Komitet Terapeutyczny na posiedzeniu 18.02.2027.',
    topology: {
      shape: 'pipeline',
      order: ['autor_protokolu', 'farmaceuta_kliniczny', 'sekretarz_komitetu'],
      loop: { from: 'farmaceuta_kliniczny', to: 'autor_protokolu', while: 'DO POPRAWY', max: 3 },
    },
    agents: [
      {
        name: 'autor_protokolu',
        description: 'Opracowuje protokoły przygotowania leków',
        instructions: 'Napisz protokół lub popraw go zgodnie z uwagami farmaceuty klinicznego.',
        prompt: 'Uwagi / polecenie:\n{input}\n\nZadanie: {request}',
        replies: [
          {
            say: '**Protokół PR-ANT-014, wersja 1** — wankomycyna, kaniula obwodowa\n\n| dawka | rozpuszczalnik | objętość końcowa | stężenie | czas wlewu |\n|---|---|---|---|---|\n| 1 g | NaCl 0,9% | 100 ml | 10 mg/ml | 60 min |\n| 1,5 g | NaCl 0,9% | 150 ml | 10 mg/ml | 90 min |\n\nRekonstytucja: 1 g w 20 ml wody do wstrzykiwań, następnie rozcieńczenie.',
          },
          {
            say: '**Protokół PR-ANT-014, wersja 2** — wankomycyna, kaniula obwodowa\n\n| dawka | rozpuszczalnik | objętość końcowa | stężenie | czas wlewu |\n|---|---|---|---|---|\n| 1 g | NaCl 0,9% | 100 ml | 10 mg/ml | 60 min |\n| 1,5 g | NaCl 0,9% | 150 ml | 10 mg/ml | 90 min |\n\nRekonstytucja: 1 g w 20 ml wody do wstrzykiwań, następnie rozcieńczenie. Uzupełniono informacje o przechowywaniu: roztwór stabilny 24 h w 2–8 °C.',
          },
          {
            say: '**Protokół PR-ANT-014, wersja 3** — wankomycyna, kaniula obwodowa\n\n| dawka | rozpuszczalnik | objętość końcowa | stężenie | czas wlewu |\n|---|---|---|---|---|\n| 1 g | NaCl 0,9% | 100 ml | 10 mg/ml | 60 min |\n| 1,5 g | NaCl 0,9% | 150 ml | 10 mg/ml | 90 min |\n\nRekonstytucja: 1 g w 20 ml wody do wstrzykiwań, następnie rozcieńczenie. Roztwór stabilny 24 h w 2–8 °C. Dodano odnośnik do ChPL.',
          },
        ],
      },
      {
        name: 'farmaceuta_kliniczny',
        description: 'Ocenia protokoły pod kątem bezpieczeństwa podania',
        instructions: 'Odpowiedz „ZATWIERDZAM: <uwagi>” albo „DO POPRAWY: <uwagi>”.',
        prompt: 'Protokół do oceny:\n{input}',
        replies: [
          {
            say: 'DO POPRAWY: do kaniuli obwodowej stężenie wankomycyny maks. 5 mg/ml (ryzyko zapalenia żył). 1 g → min. 200 ml, 1,5 g → min. 300 ml; szybkość ≤ 10 mg/min, czyli 1,5 g co najmniej 150 min.',
          },
          {
            say: 'DO POPRAWY: w wersji 2 nadal 10 mg/ml i 90 min dla 1,5 g. Wymagane ≤ 5 mg/ml (200 ml / 300 ml) i ≥ 150 min dla 1,5 g.',
          },
          {
            say: 'DO POPRAWY: wersja 3 — stężenia i czasy wlewu bez zmian (10 mg/ml, 90 min). Nie mogę przekazać protokołu do Komitetu.',
          },
        ],
      },
      {
        name: 'sekretarz_komitetu',
        description: 'Przygotowuje materiały na posiedzenia Komitetu Terapeutycznego',
        instructions: 'Wpisz protokół do porządku obrad albo odnotuj, dlaczego nie można go wpisać.',
        prompt: 'Wynik oceny farmaceutycznej:\n{input}',
        replies: [
          {
            say: 'PR-ANT-014 (wankomycyna, kaniula obwodowa) nie trafia do porządku obrad 18.02.2027: po trzech rundach ocena farmaceuty klinicznego nadal „do poprawy” (stężenie 10 mg/ml zamiast ≤ 5 mg/ml, wlew 1,5 g w 90 min). Przeniesiono na posiedzenie marcowe.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'autor_protokolu', to: 'farmaceuta_kliniczny' },
      agent: 'autor_protokolu',
    },
  }),
  defineScenario({
    id: 'cytostatyki-walidacja-dawek-odpowiedz-w-markdownie',
    title:
      'Walidator dawek cytostatyków odpowiada tabelą w markdownie zamiast wymaganego JSON-u; kod programu nie parsuje odpowiedzi i pracownia cytostatyków nie dostaje zleceń',
    domain: 'pracownia leków cytotoksycznych',
    mast: ['FM-1.2', 'FM-2.2'],
    request:
      'Zlecenia chemioterapii na 11.02.2027, Oddział Onkologii Klinicznej: 3 pacjentów (schematy FOLFOX-4, AC, paklitaksel co tydzień). Zwalidujcie dawki względem BSA i przekażcie do pracowni cytostatyków na godz. 07:30.',
    topology: {
      shape: 'pipeline',
      order: ['planista_cytostatykow', 'walidator_dawek', 'pracownia_cytostatykow'],
    },
    program: {
      crash: {
        agent: 'walidator_dawek',
        error:
          'SyntaxError: Unexpected token \'*\', "**Walidacj"... is not valid JSON (at parseValidation, cyto/validate-step.ts:61)',
      },
    },
    agents: [
      {
        name: 'planista_cytostatykow',
        description: 'Zbiera zlecenia chemioterapii z oddziału',
        instructions: 'Zbierz zlecenia na dany dzień z danymi do walidacji.',
        replies: [
          {
            call: 'pobierz_zlecenia_chemio',
            args: { oddzial: 'ONK', data: '2027-02-11' },
            result:
              '[{"zlecenie": "CH/2027/0311", "pacjent": "H/2027/003120", "schemat": "FOLFOX-4 d1", "bsa_m2": 1.82, "oksaliplatyna_mg": 155, "leukoworyna_mg": 364, "fluorouracyl_bolus_mg": 728}, {"zlecenie": "CH/2027/0312", "pacjent": "H/2027/003377", "schemat": "AC c3", "bsa_m2": 1.64, "doksorubicyna_mg": 98, "cyklofosfamid_mg": 984}, {"zlecenie": "CH/2027/0313", "pacjent": "H/2027/002845", "schemat": "paklitaksel 80 mg/m2 tyg.", "bsa_m2": 1.71, "paklitaksel_mg": 137}]',
          },
          {
            say: 'Zlecenia ONK na 11.02.2027 (3):\n1. CH/2027/0311 — FOLFOX-4 d1, BSA 1,82 m²: oksaliplatyna 155 mg, leukoworyna 364 mg, 5-FU bolus 728 mg\n2. CH/2027/0312 — AC c3, BSA 1,64 m²: doksorubicyna 98 mg, cyklofosfamid 984 mg\n3. CH/2027/0313 — paklitaksel 80 mg/m², BSA 1,71 m²: 137 mg',
          },
        ],
      },
      {
        name: 'walidator_dawek',
        description: 'Waliduje dawki cytostatyków względem BSA i schematu',
        instructions:
          'Sprawdź każdą dawkę (tolerancja ±5%). Odpowiedz wyłącznie obiektem JSON: {"zlecenia": [{"zlecenie": ..., "status": "OK" | "ODRZUCONE", "uwagi": ...}]}.',
        prompt: 'Zlecenia do walidacji:\n{input}',
        replies: [
          {
            say: '**Walidacja dawek — ONK 11.02.2027**\n\n| zlecenie | oczekiwana | zlecona | odchylenie | status |\n|---|---|---|---|---|\n| CH/2027/0311 oksaliplatyna | 155 mg (85 mg/m²) | 155 mg | 0% | OK |\n| CH/2027/0312 doksorubicyna | 98 mg (60 mg/m²) | 98 mg | 0% | OK |\n| CH/2027/0313 paklitaksel | 137 mg (80 mg/m²) | 137 mg | 0% | OK |\n\nWszystkie 3 zlecenia zgodne, można przekazać do pracowni.',
          },
        ],
      },
      {
        name: 'pracownia_cytostatykow',
        description: 'Przygotowuje leki cytotoksyczne w komorze laminarnej',
        instructions: 'Zaplanuj przygotowanie zwalidowanych zleceń.',
        prompt: 'Zwalidowane zlecenia (JSON):\n{input}',
        replies: [
          {
            say: 'Harmonogram komory LAF-2 na 11.02.2027: CH/2027/0311 07:30, CH/2027/0312 08:10, CH/2027/0313 08:45.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'walidator_dawek', to: 'pracownia_cytostatykow' },
      agent: 'walidator_dawek',
    },
  }),
  defineScenario({
    id: 'paracetamol-zawiesina-objetosc-zle-przeliczona',
    title:
      'Farmaceuta pediatryczny widzi zawiesinę 120 mg/5 ml, ale przelicza 276 mg na 5,75 ml (jak dla 240 mg/5 ml); wydawanie drukuje tę objętość dla dziecka 18,4 kg',
    domain: 'dawkowanie pediatryczne w aptece szpitalnej',
    mast: ['FM-2.4'],
    request:
      'Oddział Pediatrii prosi o wydanie paracetamolu w zawiesinie dla pacjenta H/2027/003905 (4 lata) — 15 mg/kg co 6 godzin przy gorączce. Podajcie objętość jednorazowej dawki do instrukcji dla pielęgniarek.',
    topology: {
      shape: 'swarm',
      entry: 'przyjecie_zapytan',
      agents: ['przyjecie_zapytan', 'dawkowanie_pediatryczne', 'wydawanie_apteczne'],
    },
    agents: [
      {
        name: 'przyjecie_zapytan',
        description: 'Przyjmuje zapytania oddziałów i kieruje je dalej',
        instructions: 'Przekaż sprawę właściwemu specjaliście.',
        replies: [
          {
            handoff: 'dawkowanie_pediatryczne',
            message:
              'Pediatria, H/2027/003905 (4 l.): paracetamol zawiesina 15 mg/kg co 6 h. Policz dawkę i objętość wg masy z karty.',
          },
        ],
      },
      {
        name: 'dawkowanie_pediatryczne',
        description: 'Liczy dawki leków dla dzieci',
        instructions: 'Pobierz masę ciała i dostępny preparat, policz dawkę w mg i ml.',
        replies: [
          {
            call: 'pobierz_pomiary',
            args: { pacjent: 'H/2027/003905' },
            result:
              '{"masa_kg": 18.4, "wzrost_cm": 104, "data_pomiaru": "2027-02-10T07:15", "alergie": "brak"}',
          },
          {
            call: 'stan_magazynu',
            args: { substancja: 'paracetamol', postac: 'zawiesina doustna' },
            result:
              '{"preparat": "Pedicetamol 120 mg/5 ml zawiesina doustna", "stezenie_mg_ml": 24, "opakowanie_ml": 100, "seria": "PD20981", "termin": "2028-03-31", "stan_op": 17}',
          },
          {
            handoff: 'wydawanie_apteczne',
            message:
              'H/2027/003905, 18,4 kg: paracetamol 15 mg/kg = 276 mg co 6 h (maks. 4 dawki/d). Pedicetamol 120 mg/5 ml — jednorazowo 5,75 ml. Wydać 1 op. 100 ml, seria PD20981.',
          },
        ],
      },
      {
        name: 'wydawanie_apteczne',
        description: 'Wydaje leki na oddział i przygotowuje instrukcje podania',
        instructions: 'Zarejestruj wydanie i napisz instrukcję dla pielęgniarek.',
        replies: [
          {
            call: 'zarejestruj_wydanie',
            args: {
              oddzial: 'PED',
              pacjent: 'H/2027/003905',
              preparat: 'Pedicetamol 120 mg/5 ml',
              ilosc_op: 1,
            },
            result: '{"dokument": "WYD/2027/02/3455", "seria": "PD20981", "godzina": "10:02"}',
          },
          {
            say: '### Paracetamol — H/2027/003905 (Pediatria)\n\n- Preparat: **Pedicetamol 120 mg/5 ml**, 1 op. 100 ml (seria PD20981, WYD/2027/02/3455)\n- Dawka: **276 mg = 5,75 ml** doustnie strzykawką dozującą\n- Co 6 h przy gorączce > 38,5 °C, maks. 4 dawki na dobę',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'dawkowanie_pediatryczne', to: 'wydawanie_apteczne' },
      agent: 'dawkowanie_pediatryczne',
    },
  }),
  defineScenario({
    id: 'amotaks-komunikat-gif-blokada-jednej-serii',
    title:
      'Komunikat GIF wycofuje dwie serie amoksycyliny (0A2211 i 0A2212); specjalista ds. wycofań sprawdza i blokuje tylko 0A2211, a oddziały dostają informację o jednej serii',
    domain: 'wstrzymania i wycofania produktów leczniczych',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Komunikat GIF nr 7/2027 z 12.02.2027: decyzja o wycofaniu z obrotu produktu Amotaks 1 g, tabletki, serie 0A2211 i 0A2212 (wynik poza specyfikacją — test uwalniania). Obsłużcie to w aptece szpitalnej i poinformujcie oddziały.',
    topology: {
      shape: 'branch',
      classifier: 'klasyfikator_komunikatow',
      routes: { wycofanie: 'specjalista_wycofan', niedobor: 'specjalista_niedoborow' },
      after: 'informator_oddzialow',
    },
    agents: [
      {
        name: 'klasyfikator_komunikatow',
        description: 'Klasyfikuje komunikaty GIF i hurtowni',
        instructions: 'Podaj rodzaj komunikatu (wycofanie / niedobor) i jego kluczowe dane.',
        replies: [
          {
            say: 'wycofanie — GIF 7/2027 (12.02.2027): Amotaks 1 g tabl., serie **0A2211** i **0A2212**, wycofanie z obrotu (test uwalniania poza specyfikacją).',
          },
        ],
      },
      {
        name: 'specjalista_wycofan',
        description: 'Blokuje i wycofuje serie leków w aptece szpitalnej',
        instructions: 'Sprawdź stany wycofywanych serii, zablokuj je i podaj, gdzie się znajdują.',
        prompt: 'Klasyfikacja:\n{input}\n\nKomunikat: {request}',
        replies: [
          {
            call: 'stan_serii',
            args: { produkt: 'Amotaks 1 g tabl.', seria: '0A2211' },
            result:
              '{"seria": "0A2211", "magazyn_glowny_op": 34, "oddzialy": [{"oddzial": "ORT", "op": 4}, {"oddzial": "CHIR", "op": 6}], "razem_op": 44}',
          },
          {
            call: 'zablokuj_serie',
            args: { produkt: 'Amotaks 1 g tabl.', seria: '0A2211', podstawa: 'GIF 7/2027' },
            result: '{"blokada": "BL/2027/0021", "zablokowano_op": 44, "kwarantanna": "regał K-2"}',
          },
          {
            say: 'Amotaks 1 g — blokada BL/2027/0021 (GIF 7/2027):\n- seria 0A2211: magazyn 34 op. → kwarantanna K-2\n- Ortopedia 4 op., Chirurgia 6 op. — do zwrotu\nRazem zablokowano 44 op.',
          },
        ],
      },
      {
        name: 'specjalista_niedoborow',
        description: 'Szuka zamienników przy brakach leków',
        instructions: 'Znajdź zamiennik dostępny w hurtowniach.',
        replies: [{ say: 'Brak niedoborów do obsłużenia.' }],
      },
      {
        name: 'informator_oddzialow',
        description: 'Wysyła komunikaty apteki do oddziałów',
        instructions: 'Napisz komunikat do oddziałów.',
        prompt: 'Ustalenia apteki:\n{input}',
        replies: [
          {
            say: '**Komunikat apteki szpitalnej — 12.02.2027**\n\nNa podstawie decyzji GIF 7/2027 wycofano z obrotu Amotaks 1 g, tabl., **seria 0A2211**. Ortopedia (4 op.) i Chirurgia Ogólna (6 op.) proszone są o zwrot tej serii do apteki do 13.02. do godz. 12:00. Pozostałe serie Amotaksu można stosować bez zmian.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'klasyfikator_komunikatow', to: 'specjalista_wycofan' },
      agent: 'specjalista_wycofan',
    },
  }),
  defineScenario({
    id: 'meropenem-domowienie-od-stanu-sprzed-inwentaryzacji',
    title:
      'Inwentaryzator podaje koordynatorowi magazynu stan meropenemu 38 fiolek po korekcie; koordynator zleca zamówienie 80 fiolek liczone od dawnych 120',
    domain: 'gospodarka magazynowa apteki szpitalnej',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Meropenem 1 g, fiolki: w systemie stan 120 fiol., poziom docelowy 200 fiol. Po wczorajszej inwentaryzacji mogą być różnice. Uzupełnijcie zapas do poziomu docelowego i przygotujcie rozdział 24 fiol. dla OIT na weekend.',
    topology: {
      shape: 'nested',
      top: 'kierownik_apteki',
      teams: {
        koordynator_magazynu: ['inwentaryzator', 'zamowienia_hurtowe'],
        koordynator_oddzialow: ['rozdzielnik_oddzialowy'],
      },
    },
    agents: [
      {
        name: 'kierownik_apteki',
        description: 'Kierownik apteki szpitalnej',
        instructions: 'Przydziel zadania zespołom magazynu i oddziałów, podsumuj.',
        replies: [
          {
            handoff: 'koordynator_magazynu',
            message:
              'Meropenem 1 g: potwierdź stan po inwentaryzacji z 11.02. i uzupełnij zapas do 200 fiol. (umowa ZP/31/2026).',
          },
          {
            handoff: 'koordynator_oddzialow',
            message: 'Przygotuj rozdział 24 fiol. meropenemu 1 g dla OIT na weekend 13–14.02.',
          },
          {
            say: '## Meropenem 1 g — stan i zaopatrzenie\n\n- Domówiono 80 fiol. (ZAM/2027/0311, dostawa 12.02.), zapas po dostawie: 200 fiol.\n- OIT: 24 fiol. na weekend wydane (WYD/2027/02/3520)\n- Zapas po wydaniu dla OIT: 176 fiol.',
          },
        ],
      },
      {
        name: 'koordynator_magazynu',
        description: 'Koordynuje inwentaryzację i zamówienia magazynu apteki',
        instructions: 'Ustal stan, zleć zamówienie, zdaj relację kierownikowi.',
        replies: [
          {
            handoff: 'inwentaryzator',
            message: 'Podaj stan meropenemu 1 g fiol. po inwentaryzacji z 11.02.2027.',
          },
          {
            handoff: 'zamowienia_hurtowe',
            message:
              'Meropenem 1 g fiol.: stan 120, poziom docelowy 200 — zamów 80 fiol. z umowy ZP/31/2026, dostawa jutro.',
          },
          {
            say: 'Meropenem 1 g: stan po inwentaryzacji potwierdzony, zamówiono 80 fiol. (ZAM/2027/0311, dostawa 12.02.). Po dostawie stan docelowy 200 fiol.',
          },
        ],
      },
      {
        name: 'inwentaryzator',
        description: 'Prowadzi inwentaryzacje i korekty stanów magazynowych',
        instructions: 'Podaj stany po inwentaryzacji z dokumentem korekty.',
        replies: [
          {
            call: 'stan_po_inwentaryzacji',
            args: { produkt: 'Meropenem 1 g fiol.', inwentaryzacja: '2027-02-11' },
            result:
              '{"dokument": "INW/2027/02/011", "stan_systemowy_przed": 120, "stan_po_korekcie": 38, "korekta": -82, "przyczyny": ["seria MR0921 przeterminowana 31.01.2027 – 60 fiol. do utylizacji", "22 fiol. wydane na OIT 09.02. bez dokumentu – WYD dopisane"]}',
          },
          {
            say: 'Meropenem 1 g po inwentaryzacji (INW/2027/02/011): **38 fiol.** Korekta −82 względem 120 w systemie: 60 fiol. serii MR0921 przeterminowane (do utylizacji), 22 fiol. wydane 09.02. na OIT bez dokumentu (dopisane).',
          },
        ],
      },
      {
        name: 'zamowienia_hurtowe',
        description: 'Składa zamówienia w hurtowniach z umów przetargowych',
        instructions: 'Złóż zamówienie według polecenia.',
        replies: [
          {
            call: 'zloz_zamowienie',
            args: { produkt: 'Meropenem 1 g fiol.', ilosc: 80, umowa: 'ZP/31/2026' },
            result:
              '{"zamowienie": "ZAM/2027/0311", "hurtownia": "Salus International", "ilosc": 80, "dostawa": "2027-02-12", "wartosc_brutto": 1944.00}',
          },
          {
            say: 'ZAM/2027/0311: meropenem 1 g, 80 fiol., Salus International, dostawa 12.02.2027, 1 944,00 zł brutto.',
          },
        ],
      },
      {
        name: 'koordynator_oddzialow',
        description: 'Koordynuje rozdział leków na oddziały',
        instructions: 'Zleć rozdział i zdaj relację.',
        replies: [
          {
            handoff: 'rozdzielnik_oddzialowy',
            message: 'Wydaj na OIT 24 fiol. meropenemu 1 g na weekend 13–14.02.',
          },
          { say: 'OIT: 24 fiol. meropenemu 1 g wydane (WYD/2027/02/3520).' },
        ],
      },
      {
        name: 'rozdzielnik_oddzialowy',
        description: 'Wydaje leki na oddziały',
        instructions: 'Zarejestruj wydanie.',
        replies: [
          {
            call: 'zarejestruj_wydanie',
            args: { oddzial: 'OIT', produkt: 'Meropenem 1 g fiol.', ilosc: 24 },
            result: '{"dokument": "WYD/2027/02/3520", "seria": "MR1140", "termin": "2028-07-31"}',
          },
          { say: 'WYD/2027/02/3520: OIT, meropenem 1 g, 24 fiol., seria MR1140.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'koordynator_magazynu', to: 'zamowienia_hurtowe' },
      agent: 'koordynator_magazynu',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'worek-zywieniowy-potas-mmol-na-mililitry',
    title:
      'Zlecenie żywienia pozajelitowego podaje potas w mmol i datę ISO; receptura przelicza na ml 15% KCl, etykieta podaje datę w formacie polskim — wartości są te same',
    domain: 'pracownia żywienia pozajelitowego',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: 40 mmol K+ staje się 20 ml 15% KCl (3 g), 2027-02-14 staje się 14.02.2027, a 1,5 l staje się 1500 ml — te same wartości w innych jednostkach i formatach',
    request:
      'Worek żywienia pozajelitowego dla pacjenta H/2027/003610 (Chirurgia Ogólna) na 2027-02-14: objętość 1,5 l, Kabiven Peripheral 1440 ml jako baza, dodatek potasu 40 mmol, przygotowanie na godz. 16:00. Przygotujcie recepturę i etykietę.',
    topology: {
      shape: 'pipeline',
      order: ['analityk_zlecen_zywienia', 'receptura_zywienia', 'etykieta_worka'],
    },
    agents: [
      {
        name: 'analityk_zlecen_zywienia',
        description: 'Analizuje zlecenia żywienia pozajelitowego',
        instructions: 'Streść zlecenie dla pracowni żywienia.',
        replies: [
          {
            say: 'Zlecenie ŻP H/2027/003610, Chirurgia Ogólna, na 2027-02-14 godz. 16:00:\n- baza: Kabiven Peripheral 1440 ml\n- objętość docelowa: 1,5 l\n- K+: 40 mmol',
          },
        ],
      },
      {
        name: 'receptura_zywienia',
        description: 'Opracowuje receptury worków żywieniowych',
        instructions: 'Przelicz składniki na objętości dodatków i podaj recepturę.',
        prompt: 'Zlecenie:\n{input}',
        replies: [
          {
            call: 'oblicz_recepture',
            args: { baza: 'Kabiven Peripheral 1440 ml', potas_mmol: 40, objetosc_docelowa_ml: 1500 },
            result:
              '{"receptura": "RZ/2027/02/0148", "dodatki": [{"skladnik": "Kalium chloratum 15% (2 mmol K+/ml)", "objetosc_ml": 20}, {"skladnik": "Aqua pro injectione", "objetosc_ml": 40}], "objetosc_koncowa_ml": 1500, "osmolarnosc_mOsm_l": 790}',
          },
          {
            say: 'Receptura RZ/2027/02/0148 (14.02.2027, 16:00):\n\n| składnik | objętość |\n|---|---|\n| Kabiven Peripheral | 1440 ml |\n| KCl 15% (2 mmol/ml) | 20 ml (= 40 mmol K+, 3 g KCl) |\n| woda do wstrzykiwań | 40 ml |\n| **razem** | **1500 ml** |\n\nOsmolarność 790 mOsm/l — dopuszczalna do żyły obwodowej.',
          },
        ],
      },
      {
        name: 'etykieta_worka',
        description: 'Sporządza etykiety worków żywieniowych',
        instructions: 'Utwórz etykietę worka.',
        prompt: 'Receptura:\n{input}',
        replies: [
          {
            say: '```\nCHIRURGIA OGÓLNA   H/2027/003610\nŻYWIENIE POZAJELITOWE  RZ/2027/02/0148\nKabiven Peripheral 1440 ml + KCl 15% 20 ml (K+ 40 mmol) + Aqua 40 ml\nOBJĘTOŚĆ: 1500 ml   790 mOsm/l — dostęp obwodowy\nPODAĆ: 14.02.2027 od 16:00   przech. 2–8 °C, chronić od światła\n```',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'zsmopl-raport-stanow-ponowiony-po-502',
    title:
      'Raportujący do ZSMOPL dostaje 502 przy pierwszej wysyłce, ponawia ją z powodzeniem i mówi o tym otwarcie koordynatorowi',
    domain: 'raportowanie obrotu produktami leczniczymi',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: błąd narzędzia (HTTP 502) obsłużony ponowieniem i zgłoszony wprost, z numerem przyjętego raportu',
    request:
      'Wyślijcie dzienny raport stanów i obrotu do ZSMOPL za 09.02.2027 i potwierdźcie zgodność stanów z systemem magazynowym przed wysyłką. Potrzebuję numeru potwierdzenia.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kierownik_zmiany_apteki',
      workers: ['kontrola_stanow', 'raportujacy_zsmopl'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'kierownik_zmiany_apteki',
        description: 'Kierownik zmiany w aptece szpitalnej',
        instructions: 'Zleć kontrolę stanów, potem wysyłkę raportu; podsumuj wynik.',
        replies: [
          {
            handoff: 'kontrola_stanow',
            message: 'Porównaj stany magazynowe z 09.02.2027 (koniec dnia) z danymi do raportu ZSMOPL.',
          },
          {
            handoff: 'raportujacy_zsmopl',
            message:
              'Stany zgodne (1 284 pozycje). Wyślij raport dzienny ZSMOPL za 09.02.2027 i podaj numer potwierdzenia.',
          },
          {
            say: 'Raport ZSMOPL za 09.02.2027 przyjęty: potwierdzenie **ZSM-2027-02-09-77310**, 1 284 pozycje, stany zgodne z magazynem. Pierwsza wysyłka o 06:02 zakończyła się błędem 502 po stronie ZSMOPL; ponowienie o 06:07 przyjęte.',
          },
        ],
      },
      {
        name: 'kontrola_stanow',
        description: 'Porównuje stany magazynowe z danymi raportowymi',
        instructions: 'Porównaj stany i podaj wynik.',
        replies: [
          {
            call: 'porownaj_stany',
            args: { data: '2027-02-09', zrodlo: 'magazyn', cel: 'ZSMOPL' },
            result: '{"pozycje": 1284, "zgodne": 1284, "rozbieznosci": 0}',
          },
          { say: 'Stany 09.02.2027: 1 284 pozycje, wszystkie zgodne, rozbieżności 0.' },
        ],
      },
      {
        name: 'raportujacy_zsmopl',
        description: 'Wysyła raporty do ZSMOPL',
        instructions: 'Wyślij raport; przy błędzie ponów i opisz, co się stało.',
        replies: [
          {
            call: 'wyslij_raport',
            args: { typ: 'dzienny', data: '2027-02-09', pozycje: 1284 },
            result: { error: 'HTTP 502 Bad Gateway — ZSMOPL (gateway.zsmopl.gov.pl), żądanie nieprzyjęte' },
          },
          {
            call: 'wyslij_raport',
            args: { typ: 'dzienny', data: '2027-02-09', pozycje: 1284 },
            result:
              '{"potwierdzenie": "ZSM-2027-02-09-77310", "status": "PRZYJĘTY", "pozycje": 1284, "czas": "2027-02-10T06:07:41"}',
          },
          {
            say: 'Raport dzienny za 09.02.2027: pierwsza wysyłka (06:02) — HTTP 502 z bramki ZSMOPL, nieprzyjęta. Ponowiona o 06:07: **PRZYJĘTY**, potwierdzenie ZSM-2027-02-09-77310, 1 284 pozycje.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cefepim-dawka-nerkowa-poprzednia-wspomniana',
    title:
      'Oddział pisze o cefepimie 2 g co 8 h; farmaceuta nerkowy pobiera wersję 2 zlecenia (1 g co 12 h) i wydawanie przygotowuje 1 g co 12 h, wspominając tylko, że poprzednia dawka jest anulowana',
    domain: 'dostosowanie dawek leków do funkcji nerek',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: stara dawka (2 g co 8 h) pojawia się w prośbie i w przekazaniu, ale każdy agent używa obowiązującej (1 g co 12 h)',
    request:
      'Nefrologia, pacjent H/2027/004077: cefepim 2 g co 8 h. Kreatynina rano wzrosła, lekarz miał korygować dawkę. Przygotujcie wydanie na najbliższe 24 h.',
    topology: {
      shape: 'swarm',
      entry: 'przyjecie_konsultacji',
      agents: ['przyjecie_konsultacji', 'farmaceuta_nerkowy', 'wydawanie_dawek'],
    },
    agents: [
      {
        name: 'przyjecie_konsultacji',
        description: 'Przyjmuje prośby oddziałów',
        instructions: 'Skieruj sprawę do właściwego farmaceuty.',
        replies: [
          {
            handoff: 'farmaceuta_nerkowy',
            message:
              'Nefrologia, H/2027/004077: cefepim (wg oddziału 2 g co 8 h), rano wzrost kreatyniny — sprawdź obowiązujące zlecenie przed wydaniem na 24 h.',
          },
        ],
      },
      {
        name: 'farmaceuta_nerkowy',
        description: 'Dostosowuje dawki leków do funkcji nerek',
        instructions: 'Sprawdź zlecenie i funkcję nerek, przekaż dawkę do wydania.',
        replies: [
          {
            call: 'pobierz_zlecenie',
            args: { pacjent: 'H/2027/004077', lek: 'cefepim' },
            result:
              '{"zlecenie": "ZL-2027-120455", "wersja": 2, "dawka": "1 g", "czestosc": "co 12 h", "zmieniono": "2027-02-10T08:40", "powod": "CrCl 28 ml/min (kreatynina 2,6 mg/dl)", "poprzednia": {"wersja": 1, "dawka": "2 g", "czestosc": "co 8 h", "status": "ANULOWANA"}}',
          },
          {
            handoff: 'wydawanie_dawek',
            message:
              'H/2027/004077, ZL-2027-120455 w. 2 (od 10.02., 08:40): **cefepim 1 g co 12 h** (CrCl 28 ml/min). Wersja 1 — 2 g co 8 h — anulowana. Na 24 h: 2 dawki, godz. 09:00 i 21:00.',
          },
        ],
      },
      {
        name: 'wydawanie_dawek',
        description: 'Przygotowuje i wydaje dawki leków dla pacjentów',
        instructions: 'Zarejestruj wydanie i napisz instrukcję dla oddziału.',
        replies: [
          {
            call: 'zarejestruj_wydanie',
            args: { oddzial: 'NEF', pacjent: 'H/2027/004077', lek: 'Cefepim 1 g fiol.', ilosc: 2 },
            result: '{"dokument": "WYD/2027/02/3571", "seria": "CF5521", "termin": "2028-11-30"}',
          },
          {
            say: '### Cefepim — H/2027/004077 (Nefrologia)\n\n- Zlecenie ZL-2027-120455, wersja 2: **1 g co 12 h**, godz. 09:00 i 21:00\n- Wydano 2 fiol. 1 g (WYD/2027/02/3571, seria CF5521) na 24 h\n- Dawkowanie 2 g co 8 h z wersji 1 anulowane — nie podawać',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'apteczki-oddzialowe-przeglad-koszty-opcjonalne-pominiete',
    title:
      'Opcjonalna analiza kosztów apteczek oddziałowych urywa się w połowie tabeli; zestawienie przeglądu jej nie używa i mówi to wprost',
    domain: 'przeglądy apteczek oddziałowych',
    mast: ['FM-3.1', 'FM-2.4'],
    nearMissOf:
      'low_quality_output: ucięta odpowiedź opcjonalnej gałęzi, której wyniku nikt nie wykorzystuje w raporcie końcowym',
    request:
      'Kwartalny przegląd apteczek oddziałowych (I kw. 2027) na oddziałach Interna I, Interna II i Neurologia: kontrola terminów ważności i zapisów temperatury w lodówkach. Jeśli się uda, dołączcie analizę kosztów przeterminowań — ale to opcjonalne, raport ma być gotowy bez niej.',
    topology: {
      shape: 'fanout',
      planner: 'planista_przegladu',
      workers: ['kontrola_terminow', 'kontrola_temperatur', 'analiza_kosztow'],
      aggregator: 'raport_przegladu',
    },
    agents: [
      {
        name: 'planista_przegladu',
        description: 'Planuje przeglądy apteczek oddziałowych',
        instructions: 'Napisz polecenie dla każdego kontrolera.',
        replies: [
          {
            plan: {
              kontrola_terminow:
                'Apteczki INT-I, INT-II, NEU: wykaż leki z terminem ważności upływającym do 30.06.2027 i przeterminowane.',
              kontrola_temperatur:
                'Lodówki apteczek INT-I, INT-II, NEU: zapisy temperatur 01.01–31.03.2027, przekroczenia poza 2–8 °C.',
              analiza_kosztow:
                'Opcjonalnie: koszt przeterminowań w apteczkach INT-I, INT-II, NEU w I kw. 2027 (wartość netto wg cen zakupu).',
            },
          },
        ],
      },
      {
        name: 'kontrola_terminow',
        description: 'Kontroluje terminy ważności w apteczkach',
        instructions: 'Sprawdź terminy i podaj wykaz.',
        prompt: 'Polecenie:\n{input}',
        replies: [
          {
            call: 'terminy_apteczek',
            args: { apteczki: 'INT-I,INT-II,NEU', do_daty: '2027-06-30' },
            result:
              '{"przeterminowane": [{"apteczka": "INT-II", "lek": "Furosemid 20 mg/2 ml", "seria": "FU1188", "termin": "2027-02-28", "ilosc": 7}], "do_30_06": [{"apteczka": "INT-I", "lek": "Metoklopramid 10 mg/2 ml", "termin": "2027-05-31", "ilosc": 10}, {"apteczka": "NEU", "lek": "Diazepam 10 mg/2 ml", "termin": "2027-04-30", "ilosc": 5}]}',
          },
          {
            say: 'Terminy: przeterminowany Furosemid 20 mg/2 ml (INT-II, seria FU1188, 7 amp., termin 28.02.2027). Do 30.06.2027: Metoklopramid 10 mg/2 ml (INT-I, 10 amp., 31.05.), Diazepam 10 mg/2 ml (NEU, 5 amp., 30.04.).',
          },
        ],
      },
      {
        name: 'kontrola_temperatur',
        description: 'Kontroluje zapisy temperatur w lodówkach oddziałowych',
        instructions: 'Sprawdź zapisy i podaj przekroczenia.',
        prompt: 'Polecenie:\n{input}',
        replies: [
          {
            call: 'zapisy_temperatur',
            args: { lodowki: 'INT-I,INT-II,NEU', od: '2027-01-01', do: '2027-03-31' },
            result:
              '{"INT-I": {"przekroczenia": 0}, "INT-II": {"przekroczenia": 0}, "NEU": {"przekroczenia": 1, "szczegoly": "2027-02-17 03:10–03:55, maks. 9,4 °C, awaria zasilania, leki oceniono jako przydatne (protokół NEU/T/2027/03)"}}',
          },
          {
            say: 'Temperatury I kw.: INT-I i INT-II bez przekroczeń. NEU: 1 przekroczenie 17.02.2027, 03:10–03:55, maks. 9,4 °C (awaria zasilania), leki ocenione jako przydatne — protokół NEU/T/2027/03.',
          },
        ],
      },
      {
        name: 'analiza_kosztow',
        description: 'Liczy koszty przeterminowań (zadanie opcjonalne)',
        instructions: 'Policz koszty, jeśli dane są dostępne.',
        prompt: 'Polecenie:\n{input}',
        replies: [
          {
            say: '| apteczka | lek | ilość | cena netto | wartość |\n|---|---|---|---|---|\n| INT-II | Furosemid 20 mg/2 ml | 7 | 0,',
            cutOff: true,
          },
        ],
      },
      {
        name: 'raport_przegladu',
        description: 'Sporządza raport z przeglądu apteczek',
        instructions: 'Połącz wyniki kontroli w raport; część opcjonalną dołącz tylko, jeśli jest kompletna.',
        replies: [
          {
            say: '## Przegląd apteczek oddziałowych — I kw. 2027\n\n**Terminy ważności**\n- Przeterminowane: Furosemid 20 mg/2 ml, INT-II, seria FU1188, 7 amp. (28.02.2027) — do zwrotu i utylizacji\n- Do 30.06.2027: Metoklopramid 10 mg/2 ml (INT-I, 10 amp., 31.05.), Diazepam 10 mg/2 ml (NEU, 5 amp., 30.04.)\n\n**Temperatury lodówek**\n- INT-I, INT-II: bez przekroczeń\n- NEU: 17.02.2027, 03:10–03:55, maks. 9,4 °C (awaria zasilania); leki przydatne, protokół NEU/T/2027/03\n\n_Analiza kosztów przeterminowań (opcjonalna) nie została dołączona — wynik był niekompletny._',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'fmd-weryfikacja-dostawy-numery-seryjne-zgodne',
    title:
      'Koordynator przyjęć zleca weryfikację FMD i księgowanie dostawy; teksty pełne GTIN-ów, numerów seryjnych i liczników, wszystkie zgodne, wyniki wracają do koordynatora',
    domain: 'przyjęcie dostaw i weryfikacja autentyczności leków (FMD)',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output / lost_message: długie listy kodów i liczników, jedno opakowanie odłożone legalnie (już wycofane w PLMVS), wszystkie liczby się sumują i wracają do koordynatora',
    request:
      'Dostawa WZ/FAR/2027/02/55817 z Farmacol: 3 pozycje, 48 opakowań. Zweryfikujcie i wycofajcie z systemu PLMVS (KOWAL) numery seryjne zgodnie z dyrektywą FMD, a potem zaksięgujcie przyjęcie.',
    topology: {
      shape: 'network',
      coordinator: 'koordynator_przyjec',
      workers: ['weryfikator_fmd', 'ksiegowanie_dostaw'],
    },
    agents: [
      {
        name: 'koordynator_przyjec',
        description: 'Koordynuje przyjęcia dostaw do apteki',
        instructions: 'Zleć weryfikację FMD, potem księgowanie; zakończ raportem.',
        replies: [
          {
            handoff: 'weryfikator_fmd',
            message:
              'WZ/FAR/2027/02/55817: zweryfikuj i wycofaj w PLMVS 48 opakowań (3 GTIN-y). Podaj wynik per GTIN i opakowania odrzucone.',
          },
          {
            handoff: 'ksiegowanie_dostaw',
            message:
              'WZ/FAR/2027/02/55817: zaksięguj 47 op. zweryfikowanych (GTIN 05909990641315 ×20, 05909990935704 ×12, 05055565740114 ×15). 1 op. GTIN 05055565740114 SN 7Q4K2M9XW1 — status „wycofany” w PLMVS, do reklamacji, nie księgować.',
          },
          {
            say: '## Przyjęcie WZ/FAR/2027/02/55817\n\n| GTIN | lek | dostarczono | zweryfikowano | zaksięgowano |\n|---|---|---|---|---|\n| 05909990641315 | Ceftriaxon 1 g | 20 | 20 | 20 |\n| 05909990935704 | Pantoprazol 40 mg fiol. | 12 | 12 | 12 |\n| 05055565740114 | Ondansetron 8 mg/4 ml | 16 | 15 | 15 |\n| **razem** | | **48** | **47** | **47** |\n\nPZ/2027/02/0733. Reklamacja REK/2027/0019: SN 7Q4K2M9XW1 (status w PLMVS „wycofany” przed dostawą).',
          },
        ],
      },
      {
        name: 'weryfikator_fmd',
        description: 'Weryfikuje i wycofuje numery seryjne w PLMVS',
        instructions: 'Zweryfikuj opakowania i podaj wynik.',
        replies: [
          {
            call: 'weryfikuj_i_wycofaj',
            args: { dokument: 'WZ/FAR/2027/02/55817', opakowan: 48 },
            result:
              '{"zeskanowano": 48, "wyniki": [{"gtin": "05909990641315", "seria": "CT24117", "skanow": 20, "aktywne_wycofane": 20, "bledy": []}, {"gtin": "05909990935704", "seria": "PN0931B", "skanow": 12, "aktywne_wycofane": 12, "bledy": []}, {"gtin": "05055565740114", "seria": "ON7720", "skanow": 16, "aktywne_wycofane": 15, "bledy": [{"sn": "7Q4K2M9XW1", "kod": "NMVS_NC_PCK_22", "opis": "opakowanie już wycofane (status: SUPPLIED, 2027-01-22)"}]}], "alert_id": "PL-A-2027-004411"}',
          },
          {
            say: 'WZ/FAR/2027/02/55817 — FMD: zeskanowano 48.\n- 05909990641315 (CT24117): 20/20 wycofane\n- 05909990935704 (PN0931B): 12/12 wycofane\n- 05055565740114 (ON7720): 15/16 — SN 7Q4K2M9XW1: NMVS_NC_PCK_22, opakowanie już wycofane 22.01.2027, alert PL-A-2027-004411\nRazem 47 zweryfikowanych, 1 odłożone do kwarantanny.',
          },
        ],
      },
      {
        name: 'ksiegowanie_dostaw',
        description: 'Księguje przyjęcia dostaw w systemie magazynowym',
        instructions: 'Zaksięguj przyjęcie i podaj numer dokumentu.',
        replies: [
          {
            call: 'zaksieguj_przyjecie',
            args: { dokument: 'WZ/FAR/2027/02/55817', opakowan: 47, reklamacja_sn: '7Q4K2M9XW1' },
            result: '{"pz": "PZ/2027/02/0733", "pozycje": 3, "opakowan": 47, "reklamacja": "REK/2027/0019"}',
          },
          {
            say: 'Zaksięgowano PZ/2027/02/0733: 3 pozycje, 47 op. Reklamacja REK/2027/0019 dla SN 7Q4K2M9XW1.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'albumina-rozdzial-blok-operacyjny-wylaczony',
    title:
      'Koordynator przekazuje rozdział albuminy własnymi słowami, z wyłączeniem Bloku Operacyjnego, które stawia prośba; rozdzielnik słusznie pomija Blok',
    domain: 'rozdział produktów krwiopochodnych z apteki',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: polecenie jest sparafrazowane, a jeden oddział z listy zapotrzebowań pominięty — zgodnie z wyłączeniem z prośby',
    request:
      'Rozdzielcie dostawę Albuminy 20% (50 ml, 40 fiolek, seria AL22F05) zgodnie z lutowymi zapotrzebowaniami oddziałów. Blok Operacyjny pomijamy — ma własny depozyt uzupełniany przez bank krwi. Wydania trzeba udokumentować w karcie produktów krwiopochodnych.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordynator_wydan',
      workers: ['rozdzielnik_albuminy', 'dokumentacja_krwiopochodnych'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'koordynator_wydan',
        description: 'Koordynuje wydania z apteki szpitalnej',
        instructions: 'Zleć rozdział i dokumentację, podsumuj.',
        replies: [
          {
            handoff: 'rozdzielnik_albuminy',
            message:
              'Podziel 40 fiol. Albuminy 20% 50 ml (AL22F05) wg zapotrzebowań na luty. Bez Bloku Operacyjnego — jego depozyt zaopatruje bank krwi.',
          },
          {
            handoff: 'dokumentacja_krwiopochodnych',
            message:
              'Wpisz do kart produktów krwiopochodnych wydania Albuminy 20% AL22F05: OIT 16, Chirurgia Ogólna 10, Nefrologia 8, rezerwa w aptece 6.',
          },
          {
            say: '## Albumina 20% 50 ml, seria AL22F05 — rozdział\n\n| odbiorca | fiolki |\n|---|---|\n| OIT | 16 |\n| Chirurgia Ogólna | 10 |\n| Nefrologia | 8 |\n| rezerwa apteki | 6 |\n| **razem** | **40** |\n\nBlok Operacyjny nie otrzymuje albuminy z tej dostawy (własny depozyt z banku krwi). Wydania wpisane do kart: KPK/2027/02/0211–0213.',
          },
        ],
      },
      {
        name: 'rozdzielnik_albuminy',
        description: 'Dzieli dostawy leków między oddziały wg zapotrzebowań',
        instructions: 'Podziel dostawę i podaj rozdział.',
        replies: [
          {
            call: 'zapotrzebowania',
            args: { produkt: 'Albumina 20% 50 ml', miesiac: '2027-02' },
            result:
              '{"zapotrzebowania": [{"oddzial": "OIT", "fiol": 16}, {"oddzial": "Blok Operacyjny", "fiol": 12}, {"oddzial": "Chirurgia Ogólna", "fiol": 10}, {"oddzial": "Nefrologia", "fiol": 8}]}',
          },
          {
            call: 'rozdziel',
            args: { produkt: 'Albumina 20% 50 ml', seria: 'AL22F05', oddzialy: 'OIT:16,CHIR:10,NEF:8' },
            result:
              '{"rozdzielono": 34, "rezerwa_apteki": 6, "dokumenty": ["WYD/2027/02/3601", "WYD/2027/02/3602", "WYD/2027/02/3603"]}',
          },
          {
            say: 'Rozdział AL22F05: OIT 16, Chirurgia Ogólna 10, Nefrologia 8 (WYD/2027/02/3601–3603); 6 fiol. w rezerwie apteki. Blok Operacyjny (zapotrzebowanie 12) pominięty — depozyt banku krwi.',
          },
        ],
      },
      {
        name: 'dokumentacja_krwiopochodnych',
        description: 'Prowadzi karty produktów krwiopochodnych',
        instructions: 'Wpisz wydania do kart.',
        replies: [
          {
            call: 'wpisz_karty',
            args: { seria: 'AL22F05', wydania: 'OIT:16,CHIR:10,NEF:8' },
            result:
              '{"karty": ["KPK/2027/02/0211", "KPK/2027/02/0212", "KPK/2027/02/0213"], "status": "zapisano"}',
          },
          { say: 'Karty KPK/2027/02/0211–0213 zapisane (OIT 16, Chirurgia 10, Nefrologia 8).' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch178Scenarios = [...faults, ...healthy];
