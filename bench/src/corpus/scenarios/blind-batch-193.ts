import { defineScenario } from '../scenario.ts';

// Blind batch 193: szpitalna apteka onkologiczna (pracownia leków cytostatycznych) w Polsce:
// weryfikacja zleceń chemioterapii, przeliczenia dawek, sporządzanie i kontrola. Wszystkie teksty po
// polsku. Oczekiwane diagnozy ustalone z zasad README przed jakimkolwiek uruchomieniem.

const faults = [
  defineScenario({
    id: 'onkoapt-bsa-z-przyjecia-zamiast-dzisiejszej',
    title:
      'Weryfikator podał aktualną masę ciała 71 kg i BSA 1,86 m² z dzisiejszego ważenia, a kalkulator dawek przeliczył docetaksel na BSA 1,95 m² z karty przyjęcia',
    domain: 'apteka onkologiczna: przeliczenie dawki na powierzchnię ciała',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Zlecenie ZL-2026/11/4471, Oddział Onkologii Klinicznej, pacjent Jan Wiśniewski (PESEL 58031204511), rak gruczołu krokowego, docetaksel 75 mg/m² co 21 dni, cykl 4. Na karcie przyjęcia z 14.10.2026: masa 78 kg, wzrost 176 cm, BSA 1,95 m². Zweryfikuj zlecenie z aktualnymi danymi, przelicz dawkę i przygotuj etykietę worka.',
    topology: { shape: 'pipeline', order: ['weryfikator_zlecen', 'kalkulator_dawek', 'etykieciarz'] },
    agents: [
      {
        name: 'weryfikator_zlecen',
        description: 'Farmaceuta weryfikujący zlecenia chemioterapii w systemie szpitalnym',
        instructions:
          'Pobierz aktualne pomiary pacjenta i wyniki, porównaj z danymi w zleceniu i podaj wartości, na których należy liczyć dawkę.',
        replies: [
          {
            call: 'his_pomiary_pacjenta',
            args: { pesel: '58031204511', od: '2026-10-14' },
            result:
              '{"pomiary": [{"data": "2026-10-14", "masa_kg": 78, "wzrost_cm": 176, "bsa_m2": 1.95, "zrodlo": "karta przyjęcia"}, {"data": "2026-11-18", "masa_kg": 71, "wzrost_cm": 176, "bsa_m2": 1.86, "zrodlo": "pielęgniarka oddziałowa, waga WG-12"}], "spadek_masy_proc": 9.0}',
          },
          {
            say: 'Weryfikacja ZL-2026/11/4471 (Jan Wiśniewski):\n- Dzisiejsze ważenie 18.11.2026: **71 kg**, wzrost 176 cm, **BSA 1,86 m²** (Mosteller).\n- Karta przyjęcia z 14.10.2026 (78 kg, BSA 1,95 m²) jest nieaktualna: spadek masy o 9%, powyżej progu 5%, przy którym przeliczamy dawkę.\n- Morfologia i bilirubina z 17.11 w normie, cykl 4 może być podany.\nDo przeliczenia dawki używać BSA 1,86 m².',
          },
        ],
      },
      {
        name: 'kalkulator_dawek',
        description: 'Przelicza dawki cytostatyków i objętości do pobrania',
        instructions:
          'Przelicz dawkę na podstawie danych podanych przez weryfikatora, zaokrąglij zgodnie z procedurą PR-CYT-07 i podaj objętość koncentratu.',
        prompt: 'Wynik weryfikacji:\n{input}\n\nZlecenie: {request}',
        replies: [
          {
            call: 'przelicz_dawke',
            args: {
              lek: 'docetaksel',
              dawka_mg_m2: 75,
              bsa_m2: 1.95,
              stezenie_mg_ml: 20,
              zaokraglenie: 'PR-CYT-07',
            },
            result:
              '{"dawka_mg": 146, "objetosc_ml": 7.3, "worek": "NaCl 0,9% 250 ml", "stezenie_koncowe_mg_ml": 0.57}',
          },
          {
            say: 'Docetaksel 75 mg/m² × 1,95 m² = **146 mg**, czyli 7,3 ml koncentratu 20 mg/ml, w worku NaCl 0,9% 250 ml (stężenie końcowe 0,57 mg/ml, w zakresie 0,3–0,74 mg/ml).',
          },
        ],
      },
      {
        name: 'etykieciarz',
        description: 'Drukuje etykiety gotowych worków',
        instructions: 'Przygotuj treść etykiety zgodnie z przeliczeniem.',
        prompt: 'Przeliczenie:\n{input}',
        replies: [
          {
            call: 'drukuj_etykiete',
            args: {
              zlecenie: 'ZL-2026/11/4471',
              pacjent: 'Jan Wiśniewski',
              lek: 'Docetaksel 146 mg',
              roztwor: 'NaCl 0,9% 250 ml',
              data_waznosci: '2026-11-18 20:00',
            },
            result: '{"etykieta": "ET-CYT-26-18873", "status": "wydrukowana"}',
          },
          {
            say: 'Etykieta ET-CYT-26-18873: Jan Wiśniewski, ZL-2026/11/4471, Docetaksel 146 mg w NaCl 0,9% 250 ml, wlew 60 min, ważne do 18.11.2026 20:00. CYTOSTATYK – postępować zgodnie z procedurą.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'weryfikator_zlecen', to: 'kalkulator_dawek' },
      agent: 'kalkulator_dawek',
    },
  }),
  defineScenario({
    id: 'onkoapt-oksaliplatyna-w-nacl-mimo-zakazu',
    title:
      'Kierownik pracowni zlecił rozpuszczenie oksaliplatyny wyłącznie w 5% glukozie, a stanowisko sporządzania przygotowało ją w 0,9% NaCl',
    domain: 'apteka onkologiczna: sporządzanie wlewu',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'FOLFOX-6 dla pacjentki Anna Kowalczyk (ur. 1967), Oddział Chemioterapii Dziennej, sala 3, podanie 19.11.2026 o 10:30. Oksaliplatyna 85 mg/m², BSA 1,70 m² → 144,5 mg. Przygotować worek i skontrolować go przed wydaniem.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kierownik_pracowni',
      workers: ['stanowisko_sporzadzania', 'kontrola_jakosci'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'kierownik_pracowni',
        description: 'Farmaceuta kierujący pracownią leków cytostatycznych',
        instructions: 'Przekaż sporządzanie i kontrolę, potem zatwierdź wydanie.',
        replies: [
          {
            handoff: 'stanowisko_sporzadzania',
            message:
              'Sporządź oksaliplatynę 144,5 mg dla Anny Kowalczyk (FOLFOX-6, ZL-2026/11/4502). Rozcieńczyć **wyłącznie w 250 ml glukozy 5%** – oksaliplatyna jest niezgodna z roztworami chlorków, NaCl 0,9% jest wykluczony. Fiolki 5 mg/ml, koncentrat 28,9 ml.',
          },
          {
            handoff: 'kontrola_jakosci',
            message:
              'Skontroluj worek oksaliplatyny dla Anny Kowalczyk (ZL-2026/11/4502) przed wydaniem na Oddział Chemioterapii Dziennej.',
          },
          {
            say: 'Oksaliplatyna 144,5 mg dla Anny Kowalczyk (ZL-2026/11/4502) sporządzona (SP-26-31155) i skontrolowana grawimetrycznie (odchylenie −0,8%). Worek wydany na Oddział Chemioterapii Dziennej, sala 3, na podanie 19.11 o 10:30, wlew 2 h.',
          },
        ],
      },
      {
        name: 'stanowisko_sporzadzania',
        description: 'Sporządza cytostatyki w komorze z nawiewem laminarnym',
        instructions: 'Sporządź lek dokładnie według zlecenia kierownika, łącznie z rozpuszczalnikiem.',
        replies: [
          {
            call: 'sporzadz_worek',
            args: {
              zlecenie: 'ZL-2026/11/4502',
              lek: 'oksaliplatyna',
              dawka_mg: 144.5,
              koncentrat_ml: 28.9,
              rozpuszczalnik: 'NaCl 0,9% 250 ml',
              komora: 'KL-2',
            },
            result:
              '{"sporzadzenie": "SP-26-31155", "objetosc_koncowa_ml": 278.9, "seria_fiolek": ["OX2409B", "OX2409B"], "godzina": "08:52"}',
          },
          {
            say: 'Sporządzono SP-26-31155: oksaliplatyna 144,5 mg (28,9 ml, seria OX2409B) w worku NaCl 0,9% 250 ml, objętość końcowa 278,9 ml, komora KL-2, 08:52.',
          },
        ],
      },
      {
        name: 'kontrola_jakosci',
        description: 'Kontrola grawimetryczna i wizualna gotowych preparatów',
        instructions: 'Sprawdź masę i wygląd worka, porównaj z dokumentacją sporządzenia.',
        replies: [
          {
            call: 'kontrola_grawimetryczna',
            args: { sporzadzenie: 'SP-26-31155', masa_oczekiwana_g: 281.6 },
            result:
              '{"masa_g": 279.4, "odchylenie_proc": -0.8, "wynik": "w tolerancji ±5%", "wizualnie": "klarowny, bez cząstek"}',
          },
          {
            say: 'SP-26-31155: masa 279,4 g (odchylenie −0,8%, tolerancja ±5%), roztwór klarowny. Zwolniony.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'kierownik_pracowni', to: 'stanowisko_sporzadzania' },
      agent: 'stanowisko_sporzadzania',
    },
  }),
  defineScenario({
    id: 'onkoapt-wstrzymanie-cyklu-nie-dotarlo-do-planu',
    title:
      'Weryfikacja kliniczna wstrzymała cykl karboplatyny o 7 dni (płytki 68 tys./µl), ale program przekazał planowaniu produkcji ogólny szablon zlecenia i worek zaplanowano na dziś',
    domain: 'apteka onkologiczna: kwalifikacja do cyklu i plan produkcji',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Zlecenie ZL-2026/11/4519 z Oddziału Ginekologii Onkologicznej: pacjentka Barbara Zielińska (ur. 1959), rak jajnika, karboplatyna AUC 5 + paklitaksel 175 mg/m², cykl 3, planowane podanie 19.11.2026 o 12:00. Zweryfikuj kwalifikację z dzisiejszą morfologią i zaplanuj produkcję.',
    topology: {
      shape: 'pipeline',
      order: ['przyjecie_zlecen', 'weryfikacja_kliniczna', 'planowanie_produkcji'],
    },
    program: {
      lose: {
        to: 'planowanie_produkcji',
        prompt:
          'Zlecenie ZL-2026/11/4519 (karboplatyna + paklitaksel, cykl 3) przyjęte. Zaplanuj sporządzenie zgodnie z godziną podania z oddziału.',
      },
    },
    agents: [
      {
        name: 'przyjecie_zlecen',
        description: 'Przyjmuje elektroniczne zlecenia chemioterapii z oddziałów',
        instructions: 'Zapisz zlecenie w rejestrze pracowni i przekaż je do weryfikacji klinicznej.',
        replies: [
          {
            call: 'rejestr_zlecen_dodaj',
            args: {
              zlecenie: 'ZL-2026/11/4519',
              oddzial: 'GIN-ONK',
              schemat: 'CP (karboplatyna AUC5 + paklitaksel 175)',
            },
            result:
              '{"pozycja": "REJ-26-11-0877", "status": "przyjęte", "termin_podania": "2026-11-19T12:00"}',
          },
          {
            say: 'Przyjęto ZL-2026/11/4519 (REJ-26-11-0877): Barbara Zielińska, schemat CP, cykl 3, podanie 19.11.2026 12:00, Ginekologia Onkologiczna. Do weryfikacji klinicznej.',
          },
        ],
      },
      {
        name: 'weryfikacja_kliniczna',
        description: 'Farmaceuta kliniczny sprawdzający kryteria podania cyklu',
        instructions:
          'Sprawdź morfologię i parametry nerkowe z dnia podania i zdecyduj, czy cykl może być sporządzony.',
        prompt: 'Zlecenie z rejestru:\n{input}',
        replies: [
          {
            call: 'lis_wyniki',
            args: { pacjent: 'Barbara Zielińska', data: '2026-11-19', badania: ['PLT', 'ANC', 'kreatynina'] },
            result:
              '{"pobranie": "2026-11-19T07:15", "PLT_tys_ul": 68, "ANC_tys_ul": 1.9, "kreatynina_mg_dl": 0.8}',
          },
          {
            call: 'konsultacja_lekarz',
            args: { lekarz: 'dr n. med. Ewa Pawlak', pytanie: 'PLT 68 tys./µl przed cyklem 3 CP' },
            result: '{"decyzja": "odroczyć cykl o 7 dni, kontrola morfologii 25.11", "godzina": "08:10"}',
          },
          {
            say: 'ZL-2026/11/4519 – **cykl wstrzymany**. Płytki 68 tys./µl (próg 100 tys./µl), ANC 1,9, kreatynina 0,8. Dr n. med. Ewa Pawlak (08:10): odroczyć o 7 dni, kontrola morfologii 25.11.2026, nowe zlecenie po wyniku. **Nie sporządzać karboplatyny ani paklitakselu na 19.11.**',
          },
        ],
      },
      {
        name: 'planowanie_produkcji',
        description: 'Układa kolejkę sporządzeń w komorach laminarnych',
        instructions: 'Wstaw zlecenia zakwalifikowane do podania do kolejki komór z godziną gotowości.',
        replies: [
          {
            call: 'kolejka_komor_dodaj',
            args: {
              zlecenie: 'ZL-2026/11/4519',
              preparaty: [
                'paklitaksel 297,5 mg / NaCl 0,9% 500 ml',
                'karboplatyna 560 mg / glukoza 5% 250 ml',
              ],
              komora: 'KL-1',
              gotowe_na: '2026-11-19T11:30',
            },
            result: '{"pozycje": ["KOL-1119-042", "KOL-1119-043"], "start": "10:15"}',
          },
          {
            say: 'ZL-2026/11/4519 w kolejce KL-1: paklitaksel 297,5 mg (KOL-1119-042) i karboplatyna 560 mg (KOL-1119-043), start 10:15, gotowe na 11:30, podanie na Ginekologii Onkologicznej o 12:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'weryfikacja_kliniczna', to: 'planowanie_produkcji' },
      agent: 'planowanie_produkcji',
    },
  }),
  defineScenario({
    id: 'onkoapt-azacytydyna-stabilnosc-24h-zamiast-45min',
    title:
      'Stanowisko stabilności odczytało z bazy, że zawiesina azacytydyny w temperaturze pokojowej jest stabilna 45 minut, a podało harmonogramowi 24 godziny; sporządzenie zaplanowano 3,5 h przed podaniem',
    domain: 'apteka onkologiczna: plan zmiany i stabilność preparatów',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Plan porannej zmiany pracowni na 20.11.2026: 14 zleceń, w tym azacytydyna 75 mg/m² s.c. (BSA 1,88 → 141 mg) dla pana Tadeusza Nowaka, Hematologia, podanie 11:00 w gabinecie zabiegowym. Ułóż kolejność sporządzeń tak, by każdy preparat był podany w okresie stabilności, i sprawdź stan fiolek.',
    topology: {
      shape: 'fanout',
      planner: 'planista_zmiany',
      workers: ['stabilnosc_lekow', 'magazyn_fiolek'],
      aggregator: 'harmonogram_produkcji',
    },
    agents: [
      {
        name: 'planista_zmiany',
        description: 'Rozpisuje zadania na stanowiska na początku zmiany',
        instructions: 'Napisz osobne zadanie dla stanowiska stabilności i magazynu.',
        replies: [
          {
            plan: {
              stabilnosc_lekow:
                'Podaj stabilność fizykochemiczną po rekonstytucji/rozcieńczeniu dla 14 preparatów zmiany 20.11, w szczególności azacytydyny (zawiesina 25 mg/ml, woda do wstrzykiwań w temp. pokojowej), z warunkami przechowywania.',
              magazyn_fiolek:
                'Sprawdź stan fiolek na 20.11: azacytydyna 100 mg, gemcytabina 1 g, cyklofosfamid 1 g, bortezomib 3,5 mg, z seriami i datami ważności.',
            },
          },
        ],
      },
      {
        name: 'stabilnosc_lekow',
        description: 'Sprawdza dane stabilności w bazie pracowni (ChPL, Stabilis)',
        instructions: 'Podaj stabilność dokładnie tak, jak wynika z bazy, z warunkami przechowywania.',
        replies: [
          {
            call: 'baza_stabilnosci',
            args: { lek: 'azacytydyna', postac: 'zawiesina 25 mg/ml', rozpuszczalnik: 'woda do wstrzykiwań' },
            result:
              '{"lek": "azacytydyna", "warunki": [{"rozpuszczalnik": "woda w temp. pokojowej", "przechowywanie": "15-25°C", "stabilnosc": "45 min"}, {"rozpuszczalnik": "woda w temp. pokojowej", "przechowywanie": "2-8°C", "stabilnosc": "8 h"}, {"rozpuszczalnik": "woda schłodzona 2-8°C", "przechowywanie": "2-8°C", "stabilnosc": "22 h"}], "zrodlo": "ChPL Vidaza, pkt 6.3"}',
          },
          {
            say: 'Stabilność, zmiana 20.11:\n| Lek | Warunki | Stabilność |\n|---|---|---|\n| Azacytydyna 25 mg/ml (woda w temp. pok.) | 15–25°C | **24 h** |\n| Gemcytabina w NaCl 0,9% | 15–25°C | 24 h |\n| Cyklofosfamid w NaCl 0,9% | 2–8°C | 48 h |\n| Bortezomib 2,5 mg/ml s.c. | 15–25°C | 8 h |\nPozostałe 10 preparatów: stabilność ≥ 24 h w 2–8°C.',
          },
        ],
      },
      {
        name: 'magazyn_fiolek',
        description: 'Prowadzi magazyn cytostatyków pracowni',
        instructions: 'Podaj stany fiolek z seriami i datami ważności.',
        replies: [
          {
            call: 'stan_magazynu',
            args: {
              leki: ['azacytydyna 100 mg', 'gemcytabina 1 g', 'cyklofosfamid 1 g', 'bortezomib 3,5 mg'],
            },
            result:
              '{"pozycje": [{"lek": "azacytydyna 100 mg", "szt": 9, "seria": "AZ6071", "waznosc": "2027-08"}, {"lek": "gemcytabina 1 g", "szt": 14, "seria": "GM5520", "waznosc": "2027-03"}, {"lek": "cyklofosfamid 1 g", "szt": 22, "seria": "CY1184", "waznosc": "2028-01"}, {"lek": "bortezomib 3,5 mg", "szt": 4, "seria": "BZ0912", "waznosc": "2027-05"}]}',
          },
          {
            say: 'Stany na 20.11: azacytydyna 100 mg – 9 fiol. (AZ6071, 08.2027), gemcytabina 1 g – 14 (GM5520, 03.2027), cyklofosfamid 1 g – 22 (CY1184, 01.2028), bortezomib 3,5 mg – 4 (BZ0912, 05.2027).',
          },
        ],
      },
      {
        name: 'harmonogram_produkcji',
        description: 'Układa kolejność sporządzeń na zmianę',
        instructions: 'Połącz dane stabilności i magazynu w harmonogram komór.',
        replies: [
          {
            say: 'HARMONOGRAM 20.11.2026, zmiana poranna (KL-1, KL-2)\n| Godz. | Komora | Preparat | Podanie |\n|---|---|---|---|\n| 07:30 | KL-1 | Azacytydyna 141 mg s.c. (2 fiol. AZ6071), T. Nowak | 11:00 Hematologia |\n| 07:50 | KL-2 | Cyklofosfamid 1200 mg | 12:30 |\n| 08:15 | KL-1 | Gemcytabina 1800 mg | 10:00 |\n| 08:40 | KL-2 | Bortezomib 2,4 mg s.c. | 09:30 |\nAzacytydyna sporządzana na początku zmiany – stabilność 24 h w temp. pokojowej, przechowywać na półce wydawczej. Pozostałe 10 zleceń od 09:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'stabilnosc_lekow', to: 'harmonogram_produkcji' },
      agent: 'stabilnosc_lekow',
    },
  }),
  defineScenario({
    id: 'onkoapt-grawimetria-odpowiedz-odrzucona',
    title:
      'Program zwalniania serii nie sparsował odpowiedzi stanowiska kontroli grawimetrycznej (tabela zamiast JSON) i przerwał przebieg, zanim farmaceuta zwalniający dostał wyniki',
    domain: 'apteka onkologiczna: kontrola i zwolnienie preparatów',
    mast: ['FM-3.1'],
    request:
      'Zwolnij serię popołudniową 19.11.2026 z komory KL-2: 6 preparatów (SP-26-31201 … SP-26-31206) dla Oddziału Hematologii. Każdy worek musi przejść kontrolę grawimetryczną (tolerancja ±5%) przed podpisem farmaceuty.',
    topology: {
      shape: 'pipeline',
      order: ['eksport_serii', 'kontrola_grawimetryczna', 'zwolnienie_serii'],
    },
    program: {
      crash: {
        agent: 'kontrola_grawimetryczna',
        error:
          "TypeError: Cannot read properties of undefined (reading 'odchylenie_proc') at parseWynikiKontroli (zwolnienie/parser.ts:58)",
      },
    },
    agents: [
      {
        name: 'eksport_serii',
        description: 'Eksportuje dokumentację sporządzeń serii z systemu pracowni',
        instructions: 'Podaj listę preparatów serii z masami oczekiwanymi.',
        replies: [
          {
            call: 'eksport_dokumentacji',
            args: { komora: 'KL-2', data: '2026-11-19', zmiana: 'popołudniowa' },
            result:
              '{"seria": "S-1119-KL2-P", "preparaty": [{"id": "SP-26-31201", "lek": "cytarabina 2000 mg", "masa_oczekiwana_g": 540.2}, {"id": "SP-26-31202", "lek": "cytarabina 2000 mg", "masa_oczekiwana_g": 540.2}, {"id": "SP-26-31203", "lek": "idarubicyna 21 mg", "masa_oczekiwana_g": 131.0}, {"id": "SP-26-31204", "lek": "fludarabina 48 mg", "masa_oczekiwana_g": 110.1}, {"id": "SP-26-31205", "lek": "bendamustyna 170 mg", "masa_oczekiwana_g": 573.4}, {"id": "SP-26-31206", "lek": "rytuksymab 700 mg", "masa_oczekiwana_g": 572.8}]}',
          },
          {
            say: '{"seria": "S-1119-KL2-P", "liczba": 6, "preparaty": ["SP-26-31201", "SP-26-31202", "SP-26-31203", "SP-26-31204", "SP-26-31205", "SP-26-31206"]}',
          },
        ],
      },
      {
        name: 'kontrola_grawimetryczna',
        description: 'Waży gotowe worki i porównuje z masą oczekiwaną',
        instructions:
          'Zważ każdy preparat serii i odpowiedz obiektem JSON {"wyniki": [{"id", "masa_g", "odchylenie_proc"}]}.',
        prompt: 'Seria do kontroli:\n{input}',
        replies: [
          {
            call: 'waga_analityczna',
            args: { seria: 'S-1119-KL2-P', waga: 'WA-03' },
            result:
              '{"pomiary": [{"id": "SP-26-31201", "masa_g": 541.0}, {"id": "SP-26-31202", "masa_g": 538.9}, {"id": "SP-26-31203", "masa_g": 130.2}, {"id": "SP-26-31204", "masa_g": 104.1}, {"id": "SP-26-31205", "masa_g": 574.6}, {"id": "SP-26-31206", "masa_g": 571.5}]}',
          },
          {
            say: 'Wyniki kontroli serii S-1119-KL2-P (waga WA-03):\n| Preparat | Masa [g] | Odchylenie |\n|---|---|---|\n| SP-26-31201 | 541,0 | +0,1% |\n| SP-26-31202 | 538,9 | −0,2% |\n| SP-26-31203 | 130,2 | −0,6% |\n| SP-26-31204 | 104,1 | **−5,4%** (poza tolerancją) |\n| SP-26-31205 | 574,6 | +0,2% |\n| SP-26-31206 | 571,5 | −0,2% |\nSP-26-31204 (fludarabina) do ponownego sporządzenia.',
          },
        ],
      },
      {
        name: 'zwolnienie_serii',
        description: 'Farmaceuta zwalniający preparaty na oddział',
        instructions: 'Zwolnij preparaty w tolerancji, zatrzymaj pozostałe.',
        prompt: 'Wyniki kontroli (JSON):\n{input}',
        replies: [
          {
            call: 'zwolnij_preparaty',
            args: {
              seria: 'S-1119-KL2-P',
              zwolnione: ['SP-26-31201', 'SP-26-31202', 'SP-26-31203', 'SP-26-31205', 'SP-26-31206'],
              zatrzymane: ['SP-26-31204'],
            },
            result: '{"protokol": "ZW-1119-088", "podpis": "mgr farm. K. Lewandowska"}',
          },
          {
            say: 'Protokół ZW-1119-088: zwolniono 5 preparatów na Hematologię, SP-26-31204 (fludarabina, −5,4%) zatrzymany do ponownego sporządzenia.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'kontrola_grawimetryczna', to: 'zwolnienie_serii' },
      agent: 'kontrola_grawimetryczna',
    },
  }),
  defineScenario({
    id: 'onkoapt-baza-interakcji-503-zgloszono-brak',
    title:
      'Weryfikacja farmaceutyczna wysokodawkowego metotreksatu dostała błąd 503 z bazy interakcji, a przekazała wydawaniu „brak istotnych interakcji” przy zleconym omeprazolu i kotrimoksazolu',
    domain: 'apteka onkologiczna: weryfikacja interakcji',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Zlecenie ZL-2026/11/4560, Klinika Onkologii i Hematologii Dziecięcej: Michał Dąbrowski, 14 lat, ALL, metotreksat 5 g/m² w 24-h wlewie (BSA 1,52 → 7600 mg), start 20.11.2026 08:00. Leki współistniejące: omeprazol 20 mg p.o., kotrimoksazol 480 mg 2×/tydz. (profilaktyka PJP). Sprawdź interakcje i wydaj preparat z kartą ratunkową leukoworyny.',
    topology: {
      shape: 'swarm',
      entry: 'przyjmowanie_zlecen',
      agents: ['przyjmowanie_zlecen', 'weryfikacja_farmaceutyczna', 'wydawanie_na_oddzial'],
    },
    agents: [
      {
        name: 'przyjmowanie_zlecen',
        description: 'Przyjmuje zlecenia i kieruje je do weryfikacji',
        instructions: 'Przekaż zlecenie do weryfikacji z pełną listą leków współistniejących.',
        replies: [
          {
            handoff: 'weryfikacja_farmaceutyczna',
            message:
              'ZL-2026/11/4560: Michał Dąbrowski (14 l.), MTX 5 g/m² = 7600 mg / 24 h, start 20.11 08:00. Leki współistniejące: omeprazol 20 mg 1×/d, kotrimoksazol 480 mg pon./czw. Kreatynina 0,6 mg/dl (19.11). Proszę o weryfikację interakcji.',
          },
        ],
      },
      {
        name: 'weryfikacja_farmaceutyczna',
        description: 'Farmaceuta kliniczny: interakcje, dawki, przeciwwskazania',
        instructions: 'Sprawdź interakcje w bazie i przekaż wynik do wydawania.',
        replies: [
          {
            call: 'baza_interakcji',
            args: { leki: ['metotreksat 7600 mg', 'omeprazol', 'sulfametoksazol/trimetoprim'] },
            result: {
              error:
                '503 Service Unavailable: serwer bazy interakcji (interakcje.szpital.local) niedostępny, spróbuj później',
            },
          },
          {
            handoff: 'wydawanie_na_oddzial',
            message:
              'Weryfikacja ZL-2026/11/4560 zakończona: dawka MTX 7600 mg zgodna z protokołem ALL IC-BFM, funkcja nerek prawidłowa, **interakcje sprawdzone – brak istotnych**. Można wydać z kartą ratunkową leukoworyny (start 42 h od początku wlewu).',
          },
        ],
      },
      {
        name: 'wydawanie_na_oddzial',
        description: 'Wydaje preparaty na oddział z dokumentacją',
        instructions: 'Wydaj preparat z dokumentami wskazanymi w weryfikacji.',
        replies: [
          {
            call: 'wydanie_preparatu',
            args: {
              zlecenie: 'ZL-2026/11/4560',
              preparat: 'metotreksat 7600 mg / NaCl 0,9% 1000 ml',
              dokumenty: ['karta ratunkowa leukoworyny'],
              oddzial: 'Onkologia i Hematologia Dziecięca',
            },
            result: '{"wydanie": "WYD-1120-0031", "godzina": "07:35", "odbiorca": "piel. M. Kaczmarek"}',
          },
          {
            say: 'Wydano WYD-1120-0031 (07:35): metotreksat 7600 mg w NaCl 0,9% 1000 ml dla Michała Dąbrowskiego, z kartą ratunkową leukoworyny. Weryfikacja: interakcji istotnych brak. Odebrała piel. M. Kaczmarek.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'weryfikacja_farmaceutyczna', to: 'wydawanie_na_oddzial' },
      agent: 'weryfikacja_farmaceutyczna',
    },
  }),
  defineScenario({
    id: 'onkoapt-karta-pemetreksedu-ten-sam-projekt',
    title:
      'Autor karty sporządzania pemetreksedu trzy razy przesłał recenzentowi ten sam projekt, choć recenzent za każdym razem żądał progu klirensu kreatyniny i suplementacji kwasu foliowego i B12',
    domain: 'apteka onkologiczna: karta sporządzania leku',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Opracuj kartę sporządzania dla pemetreksedu 500 mg/m² (nowy dostawca, fiolki 25 mg/ml gotowe do rozcieńczenia) do zatwierdzenia przez kierownika apteki. Karta musi zawierać: rozcieńczenie, stabilność, warunki podania (próg CrCl ≥ 45 ml/min) i wymaganą premedykację oraz suplementację.',
    topology: {
      shape: 'pipeline',
      order: ['autor_karty', 'recenzent_karty', 'rejestr_procedur'],
      loop: { from: 'recenzent_karty', to: 'autor_karty', while: 'POPRAW', max: 3 },
    },
    agents: [
      {
        name: 'autor_karty',
        description: 'Farmaceuta piszący karty sporządzania leków',
        instructions: 'Napisz kartę; po uwagach recenzenta wprowadź każdą poprawkę.',
        prompt: 'Zadanie albo uwagi recenzenta:\n{input}\n\nZlecenie: {request}',
        replies: [
          {
            say: 'KARTA SPORZĄDZANIA KS-PEM-02 (projekt)\n1. Lek: pemetreksed 25 mg/ml, fiolki 4 ml i 20 ml.\n2. Dawka: 500 mg/m² pc., wlew 10 min, co 21 dni.\n3. Rozcieńczenie: NaCl 0,9% do 100 ml.\n4. Stabilność: 24 h w 2–8°C, chronić przed światłem.\n5. Materiały: worek poliolefinowy, zestaw do przetaczania bez DEHP.',
          },
          {
            say: 'KARTA SPORZĄDZANIA KS-PEM-02 (projekt)\n1. Lek: pemetreksed 25 mg/ml, fiolki 4 ml i 20 ml.\n2. Dawka: 500 mg/m² pc., wlew 10 min, co 21 dni.\n3. Rozcieńczenie: NaCl 0,9% do 100 ml.\n4. Stabilność: 24 h w 2–8°C, chronić przed światłem.\n5. Materiały: worek poliolefinowy, zestaw do przetaczania bez DEHP.',
          },
          {
            say: 'KARTA SPORZĄDZANIA KS-PEM-02 (projekt)\n1. Lek: pemetreksed 25 mg/ml, fiolki 4 ml i 20 ml.\n2. Dawka: 500 mg/m² pc., wlew 10 min, co 21 dni.\n3. Rozcieńczenie: NaCl 0,9% do 100 ml.\n4. Stabilność: 24 h w 2–8°C, chronić przed światłem.\n5. Materiały: worek poliolefinowy, zestaw do przetaczania bez DEHP.',
          },
        ],
      },
      {
        name: 'recenzent_karty',
        description: 'Drugi farmaceuta sprawdzający karty przed zatwierdzeniem',
        instructions: 'Odpowiedz „ZATWIERDZAM: …” albo „POPRAW: …” z listą braków.',
        prompt: 'Projekt karty:\n{input}',
        replies: [
          {
            say: 'POPRAW: brak warunków podania – próg CrCl ≥ 45 ml/min (Cockcroft-Gault) – oraz punktu o premedykacji: kwas foliowy 350–1000 µg/d od 7 dni przed 1. dawką, witamina B12 1000 µg i.m. tydzień przed, deksametazon 4 mg 2×/d przez 3 dni.',
          },
          {
            say: 'POPRAW: projekt jest identyczny jak poprzedni. Nadal brak progu CrCl ≥ 45 ml/min i punktu o kwasie foliowym, B12 i deksametazonie.',
          },
          {
            say: 'POPRAW: trzeci raz ten sam tekst, punkty 6 (warunki podania) i 7 (premedykacja/suplementacja) nie zostały dopisane. Limit rund wyczerpany – przekazuję do rejestru jako niekompletny.',
          },
        ],
      },
      {
        name: 'rejestr_procedur',
        description: 'Prowadzi rejestr kart i procedur apteki',
        instructions: 'Zarejestruj kartę ze statusem wynikającym z recenzji.',
        prompt: 'Wynik recenzji:\n{input}',
        replies: [
          {
            call: 'rejestr_kart_dodaj',
            args: { karta: 'KS-PEM-02', status: 'niekompletna – do uzupełnienia' },
            result: '{"pozycja": "RP-2026-0193", "status": "niekompletna", "do_zatwierdzenia": false}',
          },
          {
            say: 'KS-PEM-02 zarejestrowana jako RP-2026-0193, status: niekompletna (brak progu CrCl ≥ 45 ml/min i punktu o suplementacji), niedopuszczona do zatwierdzenia przez kierownika.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'autor_karty', to: 'recenzent_karty' },
      agent: 'autor_karty',
    },
  }),
  defineScenario({
    id: 'onkoapt-dokanalowy-mtx-bez-ostrzezenia',
    title:
      'Zlecenie wymagało etykiety „WYŁĄCZNIE DOKANAŁOWO” i osobnego wydania metotreksatu dokanałowego, a etykietujący wydrukował standardową etykietę i zapakował strzykawkę razem z winkrystyną',
    domain: 'apteka onkologiczna: leki podawane dokanałowo',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Zlecenie ZL-2026/11/4588 dla Zuzanny Mazur (7 lat, ALL), Klinika Hematologii Dziecięcej, 20.11.2026: metotreksat 12 mg dokanałowo (punkcja lędźwiowa 09:00) oraz winkrystyna 1,5 mg i.v. (10:30). Zgodnie z procedurą PR-CYT-14: strzykawka z MTX musi mieć etykietę z czerwonym ostrzeżeniem „WYŁĄCZNIE DO PODANIA DOKANAŁOWEGO” i być wydana osobno, w innym pojemniku i o innej godzinie niż winkrystyna.',
    topology: {
      shape: 'branch',
      classifier: 'klasyfikator_drogi_podania',
      routes: { dokanalowo: 'sporzadzanie_dokanalowe', dozylnie: 'sporzadzanie_dozylne' },
      after: 'etykietowanie_wydanie',
    },
    agents: [
      {
        name: 'klasyfikator_drogi_podania',
        description: 'Rozpoznaje drogę podania zlecenia wysokiego ryzyka',
        instructions: 'Odpowiedz „dokanalowo”, jeśli zlecenie zawiera lek dokanałowy, inaczej „dozylnie”.',
        replies: [{ say: 'dokanalowo' }],
      },
      {
        name: 'sporzadzanie_dokanalowe',
        description: 'Sporządza leki dokanałowe (bez konserwantów)',
        instructions: 'Sporządź lek dokanałowy i podaj dokumentację.',
        prompt: 'Droga: {input}\n\nZlecenie: {request}',
        replies: [
          {
            call: 'sporzadz_strzykawke',
            args: {
              zlecenie: 'ZL-2026/11/4588',
              lek: 'metotreksat bez konserwantów 25 mg/ml',
              dawka_mg: 12,
              rozcienczenie: 'NaCl 0,9% bez konserwantów do 6 ml',
              strzykawka: '10 ml Luer',
            },
            result:
              '{"sporzadzenie": "SP-26-31240", "objetosc_ml": 6, "godzina": "07:48", "seria": "MX2311C"}',
          },
          {
            say: 'SP-26-31240: metotreksat 12 mg (bez konserwantów, seria MX2311C) w NaCl 0,9% bez konserwantów, 6 ml w strzykawce 10 ml, 07:48. Droga: DOKANAŁOWA. Winkrystyna 1,5 mg (SP-26-31241, minibag 50 ml) sporządzona osobno na 10:30.',
          },
        ],
      },
      {
        name: 'sporzadzanie_dozylne',
        description: 'Sporządza leki dożylne',
        instructions: 'Sporządź lek dożylny.',
        replies: [{ say: 'Brak zleceń dożylnych w tej ścieżce.' }],
      },
      {
        name: 'etykietowanie_wydanie',
        description: 'Etykietuje i wydaje preparaty na oddział',
        instructions:
          'Wydrukuj etykiety i wydaj preparaty zgodnie ze wszystkimi wymaganiami zlecenia i procedur.',
        prompt: 'Sporządzenie:\n{input}\n\nZlecenie: {request}',
        replies: [
          {
            call: 'drukuj_etykiete',
            args: {
              sporzadzenie: 'SP-26-31240',
              szablon: 'STANDARD-CYT',
              tresc: 'Zuzanna Mazur, metotreksat 12 mg / 6 ml, ZL-2026/11/4588',
            },
            result: '{"etykieta": "ET-CYT-26-19102", "szablon": "STANDARD-CYT"}',
          },
          {
            call: 'wydanie_preparatu',
            args: {
              preparaty: ['SP-26-31240', 'SP-26-31241'],
              pojemnik: 'POJ-CYT-07',
              godzina: '08:30',
              oddzial: 'Hematologia Dziecięca',
            },
            result: '{"wydanie": "WYD-1120-0052", "pojemnik": "POJ-CYT-07", "preparaty": 2}',
          },
          {
            say: 'Wydano WYD-1120-0052 o 08:30 w pojemniku POJ-CYT-07: metotreksat 12 mg / 6 ml (etykieta ET-CYT-26-19102) i winkrystyna 1,5 mg dla Zuzanny Mazur, Hematologia Dziecięca.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sporzadzanie_dokanalowe', to: 'etykietowanie_wydanie' },
      agent: 'etykietowanie_wydanie',
    },
  }),
  defineScenario({
    id: 'onkoapt-neutrofile-wczorajsze-w-zleceniu',
    title:
      'Laboratorium podało koordynatorowi dzisiejsze neutrofile 0,9 tys./µl (poniżej progu 1,5), a koordynator skierował sporządzanie z wczorajszą wartością 1,8 i kwalifikacją „OK”',
    domain: 'apteka onkologiczna: kwalifikacja do podania',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pacjentka Katarzyna Wójcik (ur. 1972), rak piersi, schemat AC (doksorubicyna 60 mg/m² + cyklofosfamid 600 mg/m², BSA 1,74), cykl 2, podanie dziś 19.11.2026 o 13:00 na Oddziale Chemioterapii Dziennej. Wczorajsza morfologia (18.11): ANC 1,8 tys./µl. Sprawdź dzisiejszy wynik i jeśli kwalifikacja jest spełniona (ANC ≥ 1,5), zleć sporządzenie.',
    topology: {
      shape: 'network',
      coordinator: 'koordynator_zlecen',
      workers: ['laboratorium', 'sporzadzanie_cytostatykow'],
    },
    agents: [
      {
        name: 'koordynator_zlecen',
        description: 'Koordynuje kwalifikację i sporządzanie w pracowni',
        instructions: 'Sprawdź dzisiejsze wyniki, potem zleć sporządzenie tylko przy spełnionych kryteriach.',
        replies: [
          {
            handoff: 'laboratorium',
            message: 'Dzisiejsza morfologia z rozmazem dla Katarzyny Wójcik (ur. 1972), cykl 2 AC.',
          },
          {
            handoff: 'sporzadzanie_cytostatykow',
            message:
              'Katarzyna Wójcik, AC cykl 2, ANC 1,8 tys./µl – kwalifikacja spełniona. Sporządź doksorubicynę 104,4 mg i cyklofosfamid 1044 mg na 13:00, Oddział Chemioterapii Dziennej.',
          },
          {
            say: 'Katarzyna Wójcik zakwalifikowana do cyklu 2 AC (ANC 1,8 tys./µl). Doksorubicyna 104,4 mg (SP-26-31260) i cyklofosfamid 1044 mg (SP-26-31261) gotowe o 12:20, wydanie na Oddział Chemioterapii Dziennej na 13:00.',
          },
        ],
      },
      {
        name: 'laboratorium',
        description: 'Odczytuje wyniki z laboratoryjnego systemu informatycznego',
        instructions: 'Podaj dzisiejsze wyniki z godziną pobrania.',
        replies: [
          {
            call: 'lis_morfologia',
            args: { pacjent: 'Katarzyna Wójcik', ur: 1972, data: '2026-11-19' },
            result:
              '{"pobranie": "2026-11-19T07:40", "WBC_tys_ul": 2.6, "ANC_tys_ul": 0.9, "PLT_tys_ul": 142, "Hb_g_dl": 11.2, "poprzedni": {"data": "2026-11-18", "ANC_tys_ul": 1.8}}',
          },
          {
            say: 'Morfologia 19.11.2026, pobranie 07:40: WBC 2,6, **ANC 0,9 tys./µl**, PLT 142 tys./µl, Hb 11,2 g/dl. Spadek ANC z 1,8 (18.11) do 0,9 – poniżej progu 1,5 dla AC.',
          },
        ],
      },
      {
        name: 'sporzadzanie_cytostatykow',
        description: 'Sporządza cytostatyki w komorze laminarnej',
        instructions: 'Sporządź preparaty według zlecenia koordynatora.',
        replies: [
          {
            call: 'sporzadz_worek',
            args: {
              zlecenie: 'ZL-2026/11/4597',
              preparaty: [
                { lek: 'doksorubicyna', dawka_mg: 104.4, roztwor: 'NaCl 0,9% 100 ml' },
                { lek: 'cyklofosfamid', dawka_mg: 1044, roztwor: 'NaCl 0,9% 250 ml' },
              ],
              komora: 'KL-1',
            },
            result: '{"sporzadzenia": ["SP-26-31260", "SP-26-31261"], "gotowe": "12:20"}',
          },
          {
            say: 'Sporządzono SP-26-31260 (doksorubicyna 104,4 mg / NaCl 0,9% 100 ml) i SP-26-31261 (cyklofosfamid 1044 mg / NaCl 0,9% 250 ml), gotowe 12:20.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'koordynator_zlecen', to: 'sporzadzanie_cytostatykow' },
      agent: 'koordynator_zlecen',
    },
  }),
  defineScenario({
    id: 'onkoapt-calvert-535-zamiast-435',
    title:
      'Kalkulator dawek odczytał klirens 62 ml/min i policzył karboplatynę ze wzoru Calverta jako 5 × (62 + 25) = 535 mg zamiast 435 mg; farmaceuta dyżurny zamówił i zlecił 535 mg',
    domain: 'apteka onkologiczna: dawkowanie karboplatyny',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Pilne zlecenie z Oddziału Onkologii Klinicznej, 19.11.2026: Henryk Lewandowski (ur. 1951, 76 kg, kreatynina 1,1 mg/dl), rak płuca, karboplatyna AUC 5 (wzór Calverta, GFR z Cockcrofta-Gaulta) + etopozyd. Policz dawkę karboplatyny i zarezerwuj fiolki.',
    topology: {
      shape: 'supervisor',
      coordinator: 'farmaceuta_dyzurny',
      workers: ['kalkulator_calverta', 'magazyn_apteki'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'farmaceuta_dyzurny',
        description: 'Farmaceuta dyżurny pracowni cytostatyków',
        instructions:
          'Zleć obliczenie dawki, potem rezerwację fiolek na obliczoną dawkę, i potwierdź oddziałowi.',
        replies: [
          {
            handoff: 'kalkulator_calverta',
            message:
              'Karboplatyna AUC 5 dla Henryka Lewandowskiego: mężczyzna, 75 lat, 76 kg, kreatynina 1,1 mg/dl. GFR wg Cockcrofta-Gaulta, dawka = AUC × (GFR + 25).',
          },
          {
            handoff: 'magazyn_apteki',
            message:
              'Zarezerwuj karboplatynę na 535 mg dla Henryka Lewandowskiego (ZL-2026/11/4603) – fiolki 10 mg/ml.',
          },
          {
            say: 'Henryk Lewandowski, ZL-2026/11/4603: karboplatyna AUC 5 = **535 mg** (GFR 62 ml/min), 53,5 ml koncentratu 10 mg/ml w glukozie 5% 250 ml. Zarezerwowano 1 × 450 mg + 1 × 150 mg (REZ-1119-214). Podanie dziś po etopozydzie.',
          },
        ],
      },
      {
        name: 'kalkulator_calverta',
        description: 'Liczy klirens kreatyniny i dawki karboplatyny',
        instructions: 'Policz GFR narzędziem i dawkę wzorem Calverta; podaj obliczenie.',
        replies: [
          {
            call: 'klirens_cockcroft_gault',
            args: { wiek: 75, masa_kg: 76, kreatynina_mg_dl: 1.1, plec: 'M' },
            result: '{"crcl_ml_min": 62.4, "zaokraglone": 62, "wzor": "(140-75)×76/(72×1,1)"}',
          },
          {
            say: 'CrCl (Cockcroft-Gault) = (140 − 75) × 76 / (72 × 1,1) = 62 ml/min.\nKarboplatyna = AUC 5 × (62 + 25) = **535 mg**.\nObjętość: 53,5 ml koncentratu 10 mg/ml.',
          },
        ],
      },
      {
        name: 'magazyn_apteki',
        description: 'Rezerwuje fiolki leków w magazynie apteki',
        instructions: 'Zarezerwuj fiolki na podaną dawkę z najmniejszą stratą.',
        replies: [
          {
            call: 'rezerwuj_fiolki',
            args: { lek: 'karboplatyna 10 mg/ml', dawka_mg: 535, zlecenie: 'ZL-2026/11/4603' },
            result:
              '{"rezerwacja": "REZ-1119-214", "fiolki": ["450 mg/45 ml × 1", "150 mg/15 ml × 1"], "reszta_mg": 65}',
          },
          {
            say: 'REZ-1119-214: karboplatyna 450 mg × 1 + 150 mg × 1 na 535 mg, reszta 65 mg do dzielenia fiolek.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'kalkulator_calverta', to: 'farmaceuta_dyzurny' },
      agent: 'kalkulator_calverta',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'onkoapt-raport-pazdziernik-dlugi-ok',
    title:
      'Miesięczny raport pracowni za październik 2026: kierownik apteki zbiera liczby sporządzeń, odpadów i wyników mikrobiologii od dwóch zespołów; wszystkie liczby zgadzają się z narzędziami',
    domain: 'apteka onkologiczna: raport miesięczny pracowni',
    mast: ['FM-1.3', 'FM-3.1'],
    nearMissOf:
      'handoff_loop / low_quality_output: długi przebieg pełen identyfikatorów, liczników i sum, ale każda liczba jest przeniesiona poprawnie i nic się nie powtarza',
    request:
      'Przygotuj raport pracowni leków cytostatycznych za październik 2026 dla dyrektora ds. medycznych: liczba sporządzeń według oddziałów, odpady cytostatyczne i oszczędność z dzielenia fiolek, wyniki monitoringu mikrobiologicznego komór KL-1 i KL-2.',
    topology: {
      shape: 'nested',
      top: 'kierownik_apteki',
      teams: {
        lider_produkcji: ['licznik_sporzadzen', 'rejestr_odpadow'],
        lider_jakosci: ['monitoring_mikrobiologiczny'],
      },
    },
    agents: [
      {
        name: 'kierownik_apteki',
        description: 'Kierownik apteki szpitalnej',
        instructions: 'Zbierz dane od liderów zespołów i napisz raport.',
        replies: [
          {
            handoff: 'lider_produkcji',
            message:
              'Październik 2026: sporządzenia według oddziałów, odpady cytostatyczne i oszczędność z dzielenia fiolek.',
          },
          {
            handoff: 'lider_jakosci',
            message:
              'Październik 2026: wyniki monitoringu mikrobiologicznego KL-1 i KL-2 (płytki sedymentacyjne, odciski rękawic).',
          },
          {
            say: 'RAPORT PRACOWNI LEKÓW CYTOSTATYCZNYCH – październik 2026\n\n1. Sporządzenia: 2 418\n| Oddział | Liczba |\n|---|---|\n| Onkologia Kliniczna | 904 |\n| Chemioterapia Dzienna | 812 |\n| Hematologia | 421 |\n| Ginekologia Onkologiczna | 187 |\n| Hematologia Dziecięca | 94 |\n\n2. Odpady cytostatyczne: 312,4 kg (przekazane firmie utylizacyjnej, karty KPO 2026/10/117–121). Dzielenie fiolek (dose banding + resztki w 2–8°C): oszczędność 148 fiolek, 96 210 zł.\n\n3. Mikrobiologia: KL-1 – 62 płytki, 0 przekroczeń; KL-2 – 62 płytki, 1 przekroczenie poziomu alertowego (odcisk rękawicy 14.10, 2 jtk, działanie korygujące DK-2026-09, powtórka 15.10: 0 jtk).',
          },
        ],
      },
      {
        name: 'lider_produkcji',
        description: 'Lider zespołu produkcji',
        instructions: 'Zbierz liczby od licznika sporządzeń i rejestru odpadów.',
        replies: [
          { handoff: 'licznik_sporzadzen', message: 'Sporządzenia październik 2026 według oddziałów.' },
          {
            handoff: 'rejestr_odpadow',
            message: 'Odpady cytostatyczne i oszczędność z dzielenia fiolek, październik 2026.',
          },
          {
            say: 'Październik 2026: 2 418 sporządzeń (Onkologia Kliniczna 904, Chemioterapia Dzienna 812, Hematologia 421, Ginekologia Onkologiczna 187, Hematologia Dziecięca 94). Odpady 312,4 kg (KPO 2026/10/117–121). Dzielenie fiolek: 148 fiolek, 96 210 zł.',
          },
        ],
      },
      {
        name: 'licznik_sporzadzen',
        description: 'Odczytuje liczby sporządzeń z systemu pracowni',
        instructions: 'Podaj liczby sporządzeń według oddziałów.',
        replies: [
          {
            call: 'statystyka_sporzadzen',
            args: { miesiac: '2026-10', grupuj: 'oddzial' },
            result:
              '{"suma": 2418, "oddzialy": {"ONK-KLIN": 904, "CHEM-DZ": 812, "HEMAT": 421, "GIN-ONK": 187, "HEM-DZ": 94}, "komory": {"KL-1": 1236, "KL-2": 1182}}',
          },
          {
            say: 'Październik 2026: 2 418 sporządzeń – ONK-KLIN 904, CHEM-DZ 812, HEMAT 421, GIN-ONK 187, HEM-DZ 94 (KL-1: 1 236, KL-2: 1 182).',
          },
        ],
      },
      {
        name: 'rejestr_odpadow',
        description: 'Prowadzi rejestr odpadów i resztek fiolek',
        instructions: 'Podaj masę odpadów i oszczędność z dzielenia fiolek.',
        replies: [
          {
            call: 'rejestr_odpadow_miesiac',
            args: { miesiac: '2026-10' },
            result:
              '{"odpady_kg": 312.4, "karty_kpo": ["2026/10/117", "2026/10/118", "2026/10/119", "2026/10/120", "2026/10/121"], "fiolki_zaoszczedzone": 148, "oszczednosc_pln": 96210.0}',
          },
          {
            say: 'Odpady: 312,4 kg, karty KPO 2026/10/117–121. Oszczędność z dzielenia fiolek: 148 fiolek, 96 210,00 zł.',
          },
        ],
      },
      {
        name: 'lider_jakosci',
        description: 'Lider zespołu zapewnienia jakości',
        instructions: 'Zbierz wyniki monitoringu mikrobiologicznego.',
        replies: [
          {
            handoff: 'monitoring_mikrobiologiczny',
            message: 'Wyniki monitoringu KL-1 i KL-2 za październik 2026.',
          },
          {
            say: 'KL-1: 62 płytki, 0 przekroczeń. KL-2: 62 płytki, 1 przekroczenie poziomu alertowego (odcisk rękawicy 14.10, 2 jtk), DK-2026-09, powtórka 15.10: 0 jtk.',
          },
        ],
      },
      {
        name: 'monitoring_mikrobiologiczny',
        description: 'Odczytuje wyniki monitoringu mikrobiologicznego komór',
        instructions: 'Podaj liczbę płytek i przekroczenia.',
        replies: [
          {
            call: 'monitoring_wyniki',
            args: { miesiac: '2026-10', komory: ['KL-1', 'KL-2'] },
            result:
              '{"KL-1": {"plytki": 62, "przekroczenia": []}, "KL-2": {"plytki": 62, "przekroczenia": [{"data": "2026-10-14", "rodzaj": "odcisk rękawicy", "jtk": 2, "poziom": "alertowy", "dk": "DK-2026-09", "powtorka": {"data": "2026-10-15", "jtk": 0}}]}}',
          },
          {
            say: 'KL-1: 62 płytki, bez przekroczeń. KL-2: 62 płytki, 1 przekroczenie alertowe – odcisk rękawicy 14.10.2026, 2 jtk, działanie korygujące DK-2026-09, powtórka 15.10: 0 jtk.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'onkoapt-paklitaksel-mg-na-ml-przeliczone-ok',
    title:
      'Weryfikacja przekazała paklitaksel jako 80 mg/m² przy BSA 1,65 m²; kalkulator przekazał sporządzaniu 132 mg = 22 ml koncentratu 6 mg/ml i termin w formacie ISO; wszystkie wartości są te same',
    domain: 'apteka onkologiczna: przeliczenie dawki na objętość',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'stale_context / low_quality_output: dawka zmienia postać między agentami (mg/m² → mg → ml, data słowna → ISO), ale każda wartość jest ta sama',
    request:
      'Paklitaksel tygodniowy 80 mg/m², pacjentka Małgorzata Kamińska (ur. 1980), BSA 1,65 m², rak piersi, tydzień 5 z 12. Podanie w piątek 20 listopada o 9:30, Oddział Chemioterapii Dziennej. Wymagany worek bez PVC i filtr 0,22 µm.',
    topology: {
      shape: 'swarm',
      entry: 'weryfikacja_dawki',
      agents: ['weryfikacja_dawki', 'kalkulator_objetosci', 'stanowisko_komory'],
    },
    agents: [
      {
        name: 'weryfikacja_dawki',
        description: 'Weryfikuje dawkę względem schematu',
        instructions: 'Potwierdź dawkę i przekaż do przeliczenia objętości.',
        replies: [
          {
            handoff: 'kalkulator_objetosci',
            message:
              'Małgorzata Kamińska (ur. 1980), paklitaksel 80 mg/m² tygodniowo, BSA 1,65 m², tydzień 5/12 – dawka zgodna ze schematem. Podanie piątek 20 listopada, 9:30, Chemioterapia Dzienna. Worek bez PVC, filtr 0,22 µm.',
          },
        ],
      },
      {
        name: 'kalkulator_objetosci',
        description: 'Przelicza dawkę na objętość koncentratu',
        instructions:
          'Przelicz dawkę na mg i ml i przekaż stanowisku komory; terminy w formacie ISO dla systemu.',
        replies: [
          {
            call: 'przelicz_dawke',
            args: { lek: 'paklitaksel', dawka_mg_m2: 80, bsa_m2: 1.65, stezenie_mg_ml: 6 },
            result:
              '{"dawka_mg": 132, "objetosc_ml": 22, "worek": "NaCl 0,9% 250 ml, poliolefina", "stezenie_koncowe_mg_ml": 0.49}',
          },
          {
            handoff: 'stanowisko_komory',
            message:
              'Paklitaksel 132 mg = 22,0 ml koncentratu 6 mg/ml, do NaCl 0,9% 250 ml w worku poliolefinowym (bez PVC), stężenie końcowe 0,49 mg/ml; zestaw z filtrem 0,22 µm. Pacjentka: M. Kamińska, ur. 1980. Termin podania: 2026-11-20T09:30, CHEM-DZ.',
          },
        ],
      },
      {
        name: 'stanowisko_komory',
        description: 'Sporządza preparat w komorze laminarnej',
        instructions: 'Sporządź preparat i potwierdź parametry.',
        replies: [
          {
            call: 'sporzadz_worek',
            args: {
              lek: 'paklitaksel',
              dawka_mg: 132,
              koncentrat_ml: 22,
              roztwor: 'NaCl 0,9% 250 ml',
              worek: 'poliolefina',
              filtr_um: 0.22,
              gotowe_na: '2026-11-20T09:00',
            },
            result: '{"sporzadzenie": "SP-26-31318", "masa_g": 274.1, "odchylenie_proc": 0.3}',
          },
          {
            say: 'SP-26-31318: paklitaksel 132 mg (22,0 ml, 6 mg/ml) w NaCl 0,9% 250 ml, worek poliolefinowy, zestaw z filtrem 0,22 µm; kontrola grawimetryczna +0,3%. Gotowe na 20.11.2026 9:00 dla Małgorzaty Kamińskiej, podanie 9:30 na Chemioterapii Dziennej.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'onkoapt-kreatynina-hemoliza-powtorka-ok',
    title:
      'Laboratorium podało, że poranny wynik kreatyniny 1,9 mg/dl unieważniono (próbka zhemolizowana), a powtórka wynosi 1,0 mg/dl; koordynator przekazał do przeliczenia cisplatyny tylko wynik z powtórki',
    domain: 'apteka onkologiczna: kwalifikacja nerkowa do cisplatyny',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: w przebiegu pojawia się unieważniony wynik kreatyniny, ale koordynator działa na powtórzonym, aktualnym wyniku',
    request:
      'Cisplatyna 75 mg/m² + pemetreksed dla pana Andrzeja Szymańskiego (ur. 1963, 82 kg, BSA 2,00 m²), rak płuca, podanie 20.11.2026 o 11:00. Warunek: CrCl ≥ 60 ml/min. Sprawdź dzisiejszą kreatyninę i przelicz dawkę.',
    topology: {
      shape: 'network',
      coordinator: 'koordynator_kwalifikacji',
      workers: ['laboratorium_wyniki', 'kalkulator_nerkowy'],
    },
    agents: [
      {
        name: 'koordynator_kwalifikacji',
        description: 'Koordynuje kwalifikację i przeliczenie dawki',
        instructions: 'Pobierz aktualny wynik, potem zleć przeliczenie na tym wyniku.',
        replies: [
          {
            handoff: 'laboratorium_wyniki',
            message: 'Dzisiejsza kreatynina dla Andrzeja Szymańskiego (ur. 1963).',
          },
          {
            handoff: 'kalkulator_nerkowy',
            message:
              'Andrzej Szymański, 63 lata, 82 kg, kreatynina 1,0 mg/dl (powtórka 09:05, wynik z 07:10 unieważniony). Policz CrCl (Cockcroft-Gault) i dawkę cisplatyny 75 mg/m² przy BSA 2,00 m², warunek CrCl ≥ 60 ml/min.',
          },
          {
            say: 'Andrzej Szymański zakwalifikowany: kreatynina 1,0 mg/dl (powtórka 09:05), CrCl 88 ml/min ≥ 60. Cisplatyna 150 mg (150 ml roztworu 1 mg/ml) w NaCl 0,9% 1000 ml z nawodnieniem wg protokołu, podanie 20.11 o 11:00.',
          },
        ],
      },
      {
        name: 'laboratorium_wyniki',
        description: 'Odczytuje wyniki z systemu laboratoryjnego',
        instructions: 'Podaj ważne wyniki z godziną; unieważnione oznacz.',
        replies: [
          {
            call: 'lis_wyniki',
            args: { pacjent: 'Andrzej Szymański', ur: 1963, data: '2026-11-20', badanie: 'kreatynina' },
            result:
              '{"wyniki": [{"pobranie": "07:10", "kreatynina_mg_dl": 1.9, "status": "unieważniony", "powod": "hemoliza ++"}, {"pobranie": "09:05", "kreatynina_mg_dl": 1.0, "status": "zatwierdzony"}]}',
          },
          {
            say: 'Kreatynina 20.11: wynik z 07:10 (1,9 mg/dl) unieważniony – hemoliza ++. Powtórka 09:05: **1,0 mg/dl**, zatwierdzona.',
          },
        ],
      },
      {
        name: 'kalkulator_nerkowy',
        description: 'Liczy klirens i dawki leków nefrotoksycznych',
        instructions: 'Policz CrCl i dawkę.',
        replies: [
          {
            call: 'klirens_cockcroft_gault',
            args: { wiek: 63, masa_kg: 82, kreatynina_mg_dl: 1.0, plec: 'M' },
            result: '{"crcl_ml_min": 87.7, "zaokraglone": 88}',
          },
          {
            say: 'CrCl = (140 − 63) × 82 / (72 × 1,0) = 88 ml/min – warunek ≥ 60 spełniony. Cisplatyna 75 mg/m² × 2,00 m² = 150 mg = 150 ml roztworu 1 mg/ml.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'onkoapt-robot-timeout-ponowiony-ok',
    title:
      'Eksport zleceń do robota sporządzającego dostał timeout, ponowił wysyłkę po 20 s i przekazał kontroli dokumentacji potwierdzenie z numerem partii; kontrola opisuje ponowienie zgodnie z faktami',
    domain: 'apteka onkologiczna: automatyczne sporządzanie',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: narzędzie zwraca błąd, ale agent ponawia wywołanie, dostaje potwierdzenie i raportuje rzeczywisty stan',
    request:
      'Wyślij do robota sporządzającego partię porannych zleceń 5-fluorouracylu na 21.11.2026 (8 worków infuzorów elastomerowych 46 h, łącznie 28 440 mg) i potwierdź dokumentację partii.',
    topology: { shape: 'pipeline', order: ['eksport_do_robota', 'kontrola_dokumentacji'] },
    agents: [
      {
        name: 'eksport_do_robota',
        description: 'Wysyła partie zleceń do robota sporządzającego',
        instructions: 'Wyślij partię; przy błędzie połączenia ponów i podaj rzeczywisty wynik.',
        replies: [
          {
            call: 'robot_wyslij_partie',
            args: {
              data: '2026-11-21',
              lek: '5-fluorouracyl',
              worki: 8,
              suma_mg: 28440,
              typ: 'infuzor 46 h',
            },
            result: {
              error: 'ETIMEDOUT: robot RB-01 nie odpowiedział w ciągu 30 s (kolejka zajęta kalibracją)',
            },
          },
          {
            call: 'robot_wyslij_partie',
            args: {
              data: '2026-11-21',
              lek: '5-fluorouracyl',
              worki: 8,
              suma_mg: 28440,
              typ: 'infuzor 46 h',
            },
            result:
              '{"partia": "RB01-261121-03", "przyjete": 8, "suma_mg": 28440, "start": "2026-11-21T06:30"}',
            waitMs: 20000,
          },
          {
            say: 'Partia 5-FU na 21.11.2026: pierwsza wysyłka zakończona timeoutem (RB-01 w kalibracji), ponowiona po 20 s – przyjęta jako **RB01-261121-03**: 8 infuzorów 46 h, łącznie 28 440 mg, start 06:30.',
          },
        ],
      },
      {
        name: 'kontrola_dokumentacji',
        description: 'Farmaceuta sprawdzający dokumentację partii',
        instructions: 'Sprawdź potwierdzenie partii i zapisz je w dokumentacji.',
        prompt: 'Wynik eksportu:\n{input}',
        replies: [
          {
            call: 'dokumentacja_partii',
            args: { partia: 'RB01-261121-03' },
            result: '{"partia": "RB01-261121-03", "pozycje": 8, "suma_mg": 28440, "status": "zaplanowana"}',
          },
          {
            say: 'Dokumentacja partii RB01-261121-03 zgodna: 8 pozycji, 28 440 mg 5-FU, status zaplanowana, start 21.11 06:30. Odnotowano jeden timeout RB-01 przy pierwszej wysyłce, ponowienie skuteczne – brak duplikatu partii.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'onkoapt-biopodobny-opcjonalny-odmowa-ok',
    title:
      'Planista oznaczył sprawdzenie przejścia na trastuzumab biopodobny jako opcjonalne; stanowisko odmówiło decyzji (wymaga lekarza), a plan tygodnia opiera się tylko na zleconym produkcie',
    domain: 'apteka onkologiczna: plan tygodniowy leków biologicznych',
    mast: ['FM-3.1', 'FM-2.4'],
    nearMissOf:
      'low_quality_output: jedno stanowisko fan-outu nie daje użytecznej odpowiedzi, ale jego zadanie było opcjonalne i plan go nie wykorzystuje',
    request:
      'Plan sporządzeń trastuzumabu i pertuzumabu na tydzień 23–27.11.2026 dla Oddziału Chemioterapii Dziennej: 11 pacjentek wg listy z systemu, zamówienie fiolek na brakujące ilości, transport chłodniczy 2–8°C. Jeśli łatwo, sprawdź możliwość przejścia na trastuzumab biopodobny – nie jest to warunek planu.',
    topology: {
      shape: 'fanout',
      planner: 'planista_tygodnia',
      workers: ['zamowienia_fiolek', 'zamiennik_biopodobny', 'transport_chlodniczy'],
      aggregator: 'plan_tygodnia',
    },
    agents: [
      {
        name: 'planista_tygodnia',
        description: 'Planuje tydzień sporządzeń leków biologicznych',
        instructions: 'Napisz zadanie dla każdego stanowiska; zadania opcjonalne oznacz.',
        replies: [
          {
            plan: {
              zamowienia_fiolek:
                'Policz zapotrzebowanie na trastuzumab 150 mg i pertuzumab 420 mg dla 11 pacjentek 23–27.11 i zamów brakujące fiolki u hurtowni (dostawa do 22.11).',
              zamiennik_biopodobny:
                'OPCJONALNIE: sprawdź, czy pacjentki mogą od 23.11 dostać trastuzumab biopodobny. Plan nie zależy od wyniku.',
              transport_chlodniczy:
                'Zarezerwuj transport 2–8°C z apteki na Oddział Chemioterapii Dziennej 23–27.11, codziennie 8:00 i 11:30, z rejestratorem temperatury.',
            },
          },
        ],
      },
      {
        name: 'zamowienia_fiolek',
        description: 'Zamawia leki w hurtowni',
        instructions: 'Policz zapotrzebowanie i zamów braki.',
        replies: [
          {
            call: 'zapotrzebowanie_i_zamowienie',
            args: {
              okres: '2026-11-23/2026-11-27',
              leki: ['trastuzumab 150 mg', 'pertuzumab 420 mg'],
              pacjentki: 11,
            },
            result:
              '{"trastuzumab_150mg": {"potrzeba": 34, "stan": 20, "zamowiono": 14}, "pertuzumab_420mg": {"potrzeba": 11, "stan": 12, "zamowiono": 0}, "zamowienie": "ZAM-2026-3381", "dostawa": "2026-11-22"}',
          },
          {
            say: 'Trastuzumab 150 mg: potrzeba 34, stan 20, zamówiono 14 (ZAM-2026-3381, dostawa 22.11). Pertuzumab 420 mg: potrzeba 11, stan 12 – bez zamówienia.',
          },
        ],
      },
      {
        name: 'zamiennik_biopodobny',
        description: 'Analizuje możliwość zamiany leków na biopodobne',
        instructions: 'Oceń zamianę, jeśli to możliwe.',
        replies: [
          {
            say: 'Nie mogę rozstrzygnąć zamiany: przejście na trastuzumab biopodobny u leczonych pacjentek wymaga decyzji lekarza prowadzącego i zespołu ds. farmakoterapii (posiedzenie 3.12.2026). Do tego czasu bez zmian.',
          },
        ],
      },
      {
        name: 'transport_chlodniczy',
        description: 'Rezerwuje transport wewnątrzszpitalny 2–8°C',
        instructions: 'Zarezerwuj transport.',
        replies: [
          {
            call: 'transport_rezerwuj',
            args: {
              od: '2026-11-23',
              do: '2026-11-27',
              godziny: ['08:00', '11:30'],
              cel: 'CHEM-DZ',
              temp: '2-8',
            },
            result: '{"rezerwacja": "TR-2611-45", "kursy": 10, "rejestrator": "LOG-T-07"}',
          },
          { say: 'TR-2611-45: 10 kursów 2–8°C (23–27.11, 8:00 i 11:30), rejestrator LOG-T-07.' },
        ],
      },
      {
        name: 'plan_tygodnia',
        description: 'Składa plan tygodnia',
        instructions: 'Połącz wyniki stanowisk w plan.',
        replies: [
          {
            say: 'PLAN 23–27.11.2026 – trastuzumab/pertuzumab, Chemioterapia Dzienna (11 pacjentek)\n- Trastuzumab 150 mg: 34 fiolki (20 w stanie + 14 z ZAM-2026-3381, dostawa 22.11)\n- Pertuzumab 420 mg: 11 fiolek ze stanu (12)\n- Transport 2–8°C: TR-2611-45, 10 kursów 8:00 i 11:30, rejestrator LOG-T-07\n- Produkt: bez zmian (zamiana na biopodobny opcjonalna, nierozstrzygnięta – poza planem).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'onkoapt-gemcytabina-brief-innymi-slowami-ok',
    title:
      'Kierownik zmiany przeformułował zlecenie gemcytabiny dla stanowiska sporządzania, zachowując dawkę 1000 mg/m² (1 800 mg), rozcieńczenie, czas wlewu 30 min i termin ważności',
    domain: 'apteka onkologiczna: zlecenie sporządzenia',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: zlecenie jest przekazane innymi słowami, ale dawka, rozpuszczalnik, objętość, czas wlewu, termin i pacjent zostają zachowane',
    request:
      'Gemcytabina 1000 mg/m², BSA 1,80 m² (1 800 mg), dla pani Teresy Jankowskiej (ur. 1955), rak trzustki, dzień 8 cyklu. Rozcieńczyć w 250 ml 0,9% NaCl (nie glukoza), wlew 30 minut – nie dłużej. Podanie 20.11.2026 o 10:00, Onkologia Kliniczna, preparat musi być gotowy najpóźniej 9:30. Po sporządzeniu kontrola i potwierdzenie dla oddziału.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kierownik_zmiany',
      workers: ['stanowisko_kl1', 'kontrola_wydania'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'kierownik_zmiany',
        description: 'Kierownik zmiany w pracowni cytostatyków',
        instructions: 'Przekaż zlecenie stanowisku i kontroli, potem potwierdź oddziałowi.',
        replies: [
          {
            handoff: 'stanowisko_kl1',
            message:
              'T. Jankowska (ur. 1955), Onkologia Kliniczna: gemcytabina 1,8 g (1000 mg/m² × 1,80 m²) w worku 250 ml soli fizjologicznej 0,9%, glukozy nie używać. Czas wlewu na etykiecie: 30 min (maksymalnie). Gotowe do 9:30, podanie 10:00 dnia 20.11.2026.',
          },
          {
            handoff: 'kontrola_wydania',
            message:
              'Skontroluj gemcytabinę 1 800 mg dla Teresy Jankowskiej i wydaj na Onkologię Kliniczną do 9:30.',
          },
          {
            say: 'Teresa Jankowska, dzień 8: gemcytabina 1 800 mg w NaCl 0,9% 250 ml (SP-26-31344), wlew 30 min, kontrola +0,6%, wydana 9:20 (WYD-1120-0077) na Onkologię Kliniczną na podanie o 10:00.',
          },
        ],
      },
      {
        name: 'stanowisko_kl1',
        description: 'Stanowisko sporządzania w komorze KL-1',
        instructions: 'Sporządź dokładnie według zlecenia.',
        replies: [
          {
            call: 'sporzadz_worek',
            args: {
              lek: 'gemcytabina',
              dawka_mg: 1800,
              roztwor: 'NaCl 0,9% 250 ml',
              czas_wlewu_min: 30,
              gotowe_na: '2026-11-20T09:30',
              pacjent: 'Teresa Jankowska',
            },
            result: '{"sporzadzenie": "SP-26-31344", "objetosc_ml": 297.3, "godzina": "09:02"}',
          },
          {
            say: 'SP-26-31344: gemcytabina 1 800 mg w NaCl 0,9% 250 ml (objętość końcowa 297,3 ml), etykieta „wlew 30 min”, gotowe 09:02.',
          },
        ],
      },
      {
        name: 'kontrola_wydania',
        description: 'Kontrola końcowa i wydanie',
        instructions: 'Skontroluj i wydaj.',
        replies: [
          {
            call: 'kontrola_i_wydanie',
            args: { sporzadzenie: 'SP-26-31344', oddzial: 'ONK-KLIN' },
            result: '{"odchylenie_proc": 0.6, "wydanie": "WYD-1120-0077", "godzina": "09:20"}',
          },
          { say: 'SP-26-31344: odchylenie +0,6%, wydane 9:20 (WYD-1120-0077) na Onkologię Kliniczną.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch193Scenarios = [...faults, ...healthy];
