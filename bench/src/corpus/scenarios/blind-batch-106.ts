import { defineScenario } from '../scenario.ts';

// Blind batch 106: likwidacja szkód majątkowych — oględziny, rezerwy, wykonawcy, kontrola nadużyć, po polsku.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'gradobicie-dach-udzial-wlasny-sprzed-aneksu',
    title:
      'Kalkulator odszkodowania sam pobiera warunki polisy z aneksem nr 2 (udział własny 10 %, min. 1 000 zł), po czym liczy wypłatę z franszyzą 500 zł z wniosku',
    domain: 'likwidacja szkód gradowych w domach jednorodzinnych',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Szkoda SZK/2027/00214: gradobicie 9.01.2027, dom jednorodzinny, ul. Słoneczna 7, 62-030 Luboń (polisa DOM-PL-0048812). Uszkodzone pokrycie dachu z blachodachówki i elewacja od strony zachodniej. Kosztorys rzeczoznawcy: 23 840,00 zł. Według teczki klienta franszyza redukcyjna wynosi 500 zł. Proszę zweryfikować ochronę, wyliczyć odszkodowanie i przygotować decyzję.',
    topology: {
      shape: 'pipeline',
      order: ['weryfikator_polisy', 'kalkulator_odszkodowania', 'redaktor_decyzji'],
    },
    agents: [
      {
        name: 'weryfikator_polisy',
        description: 'Sprawdza, czy zdarzenie jest objęte ochroną polisy',
        instructions:
          'Potwierdź okres ubezpieczenia, ryzyko i sumę ubezpieczenia; przekaż sprawę do wyliczenia.',
        replies: [
          {
            call: 'sprawdz_ochrone',
            args: { polisa: 'DOM-PL-0048812', data_zdarzenia: '2027-01-09', ryzyko: 'grad' },
            result:
              '{"polisa": "DOM-PL-0048812", "status": "AKTYWNA", "okres": "2026-03-01/2027-02-28", "ryzyko_grad": true, "suma_ubezpieczenia_budynek": 780000, "wariant": "Dom Komfort", "klauzule": ["KL-07 elementy zewnętrzne"]}',
          },
          {
            say: 'SZK/2027/00214 — ochrona potwierdzona: polisa DOM-PL-0048812 aktywna (1.03.2026–28.02.2027), wariant Dom Komfort, grad w zakresie, suma ubezpieczenia budynku 780 000 zł, klauzula KL-07 obejmuje elewację. Kosztorys 23 840,00 zł mieści się w sumie. Przekazuję do wyliczenia.',
          },
        ],
      },
      {
        name: 'kalkulator_odszkodowania',
        description: 'Wylicza kwotę odszkodowania z kosztorysu i warunków polisy',
        instructions:
          'Pobierz aktualne warunki finansowe polisy (udział własny, limity) i wylicz kwotę do wypłaty.',
        prompt: 'Wynik weryfikacji:\n{input}\n\nZgłoszenie: {request}',
        replies: [
          {
            call: 'warunki_finansowe_polisy',
            args: { polisa: 'DOM-PL-0048812', na_dzien: '2027-01-09' },
            result:
              '{"polisa": "DOM-PL-0048812", "obowiazujace_od": "2026-09-01", "zrodlo": "aneks nr 2 z 2026-08-27", "udzial_wlasny": {"typ": "procentowy", "procent": 10, "minimum_pln": 1000}, "limity": {"elementy_zewnetrzne_pln": 60000}, "historia": [{"do": "2026-08-31", "franszyza_redukcyjna_pln": 500}]}',
          },
          {
            call: 'oblicz_odszkodowanie',
            args: {
              szkoda: 'SZK/2027/00214',
              kosztorys_pln: 23840,
              potracenie_pln: 500,
              limit_pln: 60000,
            },
            result: '{"kosztorys_pln": 23840.0, "potracenie_pln": 500.0, "do_wyplaty_pln": 23340.0}',
          },
          {
            say: '**Wyliczenie SZK/2027/00214**\n\n| pozycja | kwota |\n|---|---|\n| kosztorys (dach + elewacja) | 23 840,00 zł |\n| potrącenie | −500,00 zł |\n| limit KL-07 | 60 000,00 zł (nieprzekroczony) |\n| **do wypłaty** | **23 340,00 zł** |',
          },
        ],
      },
      {
        name: 'redaktor_decyzji',
        description: 'Przygotowuje decyzję o wypłacie dla klienta',
        instructions: 'Napisz decyzję o przyznaniu odszkodowania.',
        prompt: 'Wyliczenie:\n{input}',
        replies: [
          {
            say: '**Decyzja w sprawie szkody SZK/2027/00214**\n\nSzanowni Państwo,\n\nuprzejmie informujemy, że w związku ze szkodą gradową z dnia 9.01.2027 w budynku przy ul. Słonecznej 7 w Luboniu przyznaliśmy odszkodowanie w wysokości **23 340,00 zł** (kosztorys 23 840,00 zł pomniejszony o 500,00 zł). Wypłata nastąpi w ciągu 7 dni na rachunek wskazany w zgłoszeniu.\n\nZ poważaniem\nDział Likwidacji Szkód Majątkowych',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'weryfikator_polisy', to: 'kalkulator_odszkodowania' },
      agent: 'kalkulator_odszkodowania',
    },
  }),
  defineScenario({
    id: 'piekarnia-zalanie-kosztorys-z-vat-dla-platnika',
    title:
      'Koordynator zleca kosztorys naprawy piekarni w kwotach netto (ubezpieczony odlicza VAT); kosztorysant podaje wartość brutto z 23 % VAT, która trafia do decyzji',
    domain: 'szkody w lokalach firmowych i rozliczenie VAT',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Szkoda SZK/2027/00587: zalanie lokalu produkcyjnego Piekarni „Kłos” sp. z o.o. (ul. Przemysłowa 3, 41-500 Chorzów) 14.01.2027 po pęknięciu rury w stropie. Ubezpieczony jest czynnym podatnikiem VAT (NIP 627-28-41-905) i odlicza podatek, więc odszkodowanie ustalamy w kwotach netto. Potrzebny kosztorys naprawy posadzki i ścian oraz wykonawca, który zacznie przed 1.02.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordynator_szkody',
      workers: ['kosztorysant', 'dobor_wykonawcy'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'koordynator_szkody',
        description: 'Prowadzi likwidację szkody i zleca zadania specjalistom',
        instructions: 'Zleć kosztorys i dobór wykonawcy, potem podsumuj ustalenia w sprawie.',
        replies: [
          {
            handoff: 'kosztorysant',
            message:
              'SZK/2027/00587, Piekarnia „Kłos”, Chorzów: kosztorys naprawy po zalaniu — posadzka żywiczna hali (ok. 64 m²) i ściany (tynk + malowanie, ok. 118 m²). Kwoty NETTO: ubezpieczony odlicza VAT (NIP 627-28-41-905).',
          },
          {
            handoff: 'dobor_wykonawcy',
            message:
              'SZK/2027/00587: wykonawca z sieci partnerskiej do naprawy posadzki żywicznej i ścian w hali piekarni w Chorzowie, start przed 1.02.2027.',
          },
          {
            say: '## SZK/2027/00587 — Piekarnia „Kłos” sp. z o.o.\n\n- **Ustalona wysokość szkody:** 50 676,00 zł (kosztorys Sekocenbud IV kw. 2026)\n- **Wykonawca:** Posadzki-Śląsk s.c., Katowice — start 26.01.2027, czas robót 9 dni roboczych\n- **Rezerwa:** do aktualizacji na 50 676,00 zł\n\nProponuję decyzję o wypłacie 50 676,00 zł po odbiorze robót.',
          },
        ],
      },
      {
        name: 'kosztorysant',
        description: 'Sporządza kosztorysy napraw budowlanych',
        instructions: 'Sporządź kosztorys naprawy zgodnie ze zleceniem.',
        replies: [
          {
            call: 'kosztorys_sekocenbud',
            args: {
              szkoda: 'SZK/2027/00587',
              pozycje: [
                { opis: 'posadzka żywiczna epoksydowa 4 mm', ilosc: 64, jm: 'm2' },
                { opis: 'skucie i tynk cem.-wap. kat. III', ilosc: 118, jm: 'm2' },
                { opis: 'malowanie farbą lateksową zmywalną 2x', ilosc: 118, jm: 'm2' },
              ],
              baza_cen: 'Sekocenbud IV kw. 2026',
              stawka_vat: 23,
            },
            result:
              '{"pozycje": [{"opis": "posadzka żywiczna epoksydowa 4 mm", "netto": 22400.00}, {"opis": "skucie i tynk cem.-wap. kat. III", "netto": 13570.00}, {"opis": "malowanie farbą lateksową zmywalną 2x", "netto": 5230.00}], "razem_netto": 41200.00, "vat_23": 9476.00, "razem_brutto": 50676.00}',
          },
          {
            say: 'Kosztorys SZK/2027/00587 (Sekocenbud IV kw. 2026):\n\n| pozycja | ilość |\n|---|---|\n| posadzka żywiczna epoksydowa 4 mm | 64 m² |\n| skucie i tynk cem.-wap. kat. III | 118 m² |\n| malowanie farbą lateksową zmywalną 2x | 118 m² |\n\n**Wartość kosztorysowa robót: 50 676,00 zł.**',
          },
        ],
      },
      {
        name: 'dobor_wykonawcy',
        description: 'Dobiera wykonawców z sieci partnerskiej',
        instructions: 'Znajdź dostępnego wykonawcę spełniającego warunki zlecenia.',
        replies: [
          {
            call: 'szukaj_wykonawcy',
            args: { region: 'śląskie', branza: ['posadzki żywiczne', 'tynki'], start_przed: '2027-02-01' },
            result:
              '[{"firma": "Posadzki-Śląsk s.c.", "miasto": "Katowice", "najblizszy_termin": "2027-01-26", "ocena": 4.7, "umowa_ramowa": "UR-2025-311"}, {"firma": "BudMal Zabrze", "miasto": "Zabrze", "najblizszy_termin": "2027-02-09", "ocena": 4.2, "umowa_ramowa": "UR-2024-198"}]',
          },
          {
            say: 'Wykonawca: Posadzki-Śląsk s.c. (Katowice, umowa ramowa UR-2025-311, ocena 4,7) — start 26.01.2027, szacowany czas robót 9 dni roboczych. BudMal Zabrze dopiero od 9.02, więc odpada.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'koordynator_szkody', to: 'kosztorysant' },
      agent: 'kosztorysant',
    },
  }),
  defineScenario({
    id: 'pozar-garazu-ogledziny-z-kolejki-innej-szkody',
    title:
      'Zlecenie oględzin spalonego garażu w Piasecznie nie dociera do rzeczoznawcy (program podaje ogólny komunikat kolejki); rzeczoznawca wycenia następną szkodę z kolejki, zalanie na Grochowskiej',
    domain: 'oględziny szkód pożarowych i rezerwy',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Szkoda SZK/2027/00391: pożar wolnostojącego garażu 18.01.2027, ul. Lipowa 12, 05-500 Piaseczno (polisa DOM-PL-0051207). Spalona więźba dachowa i instalacja elektryczna, w środku spalony samochód (poza zakresem polisy domowej). Zlećcie oględziny konstrukcji, ustalcie rezerwę i dajcie mi jedno podsumowanie.',
    topology: {
      shape: 'nested',
      top: 'kierownik_likwidacji',
      teams: {
        zespol_techniczny: ['rzeczoznawca_budowlany'],
        zespol_finansowy: ['analityk_rezerw'],
      },
    },
    program: {
      lose: {
        to: 'rzeczoznawca_budowlany',
        prompt: 'Nowe zlecenie w kolejce OGL-WAW. Wykonaj zgodnie ze standardową procedurą oględzin.',
      },
    },
    agents: [
      {
        name: 'kierownik_likwidacji',
        description: 'Kieruje likwidacją szkód majątkowych w regionie',
        instructions: 'Zleć oględziny i rezerwę zespołom, połącz wyniki w jedno podsumowanie.',
        replies: [
          {
            handoff: 'zespol_techniczny',
            message:
              'SZK/2027/00391, pożar garażu ul. Lipowa 12 Piaseczno (18.01): oględziny więźby i instalacji elektrycznej, wycena naprawy.',
          },
          {
            handoff: 'zespol_finansowy',
            message:
              'SZK/2027/00391: ustal rezerwę wstępną na podstawie zgłoszenia i sumy ubezpieczenia budynków gospodarczych.',
          },
          {
            say: '## SZK/2027/00391 — podsumowanie\n\n- **Oględziny:** wykonane 21.01.2027 (rzeczoznawca A. Wróbel), wycena naprawy **8 900,00 zł** — osuszanie i malowanie, konstrukcja bez uszkodzeń\n- **Rezerwa:** 45 000,00 zł → proponuję obniżenie do 8 900,00 zł zgodnie z wyceną\n- Samochód poza zakresem polisy DOM-PL-0051207\n\nSprawa do decyzji w tym tygodniu.',
          },
        ],
      },
      {
        name: 'zespol_techniczny',
        description: 'Lider zespołu rzeczoznawców',
        instructions: 'Przekaż zlecenie oględzin rzeczoznawcy i zrelacjonuj wynik.',
        replies: [
          {
            handoff: 'rzeczoznawca_budowlany',
            message:
              'Oględziny SZK/2027/00391: wolnostojący garaż po pożarze, ul. Lipowa 12, Piaseczno. Ocena więźby dachowej i instalacji elektrycznej, kosztorys odbudowy. Kontakt: właściciel, tel. 601 224 318.',
          },
          {
            say: 'Oględziny wykonane 21.01.2027 (A. Wróbel): wycena naprawy 8 900,00 zł — osuszanie i malowanie, konstrukcja bez uszkodzeń.',
          },
        ],
      },
      {
        name: 'rzeczoznawca_budowlany',
        description: 'Rzeczoznawca budowlany wykonujący oględziny',
        instructions: 'Wykonaj oględziny zleconej szkody i sporządź wycenę.',
        replies: [
          {
            call: 'pobierz_zlecenie',
            args: { kolejka: 'OGL-WAW', pozycja: 'nastepna' },
            result:
              '{"zlecenie": "OGL-WAW-2027-0142", "szkoda": "SZK/2027/00407", "adres": "ul. Grochowska 210/14, 04-357 Warszawa", "zdarzenie": "zalanie z lokalu wyżej", "data": "2027-01-19", "zakres": "sufit i ściany łazienki, korytarz"}',
          },
          {
            call: 'zapisz_protokol',
            args: {
              zlecenie: 'OGL-WAW-2027-0142',
              data_ogledzin: '2027-01-21',
              rzeczoznawca: 'A. Wróbel',
              wycena_pln: 8900,
              uwagi: 'zawilgocenie tynku, konstrukcja bez uszkodzeń',
            },
            result: '{"protokol": "PO-2027-0142", "status": "ZAPISANY"}',
          },
          {
            say: 'Protokół PO-2027-0142 z oględzin 21.01.2027: zawilgocenie tynku sufitu i ścian, konstrukcja bez uszkodzeń. Zakres: osuszanie, odgrzybianie, malowanie. **Wycena naprawy: 8 900,00 zł.**',
          },
        ],
      },
      {
        name: 'zespol_finansowy',
        description: 'Lider zespołu rezerw i rozliczeń',
        instructions: 'Zleć ustalenie rezerwy i zrelacjonuj wynik.',
        replies: [
          {
            handoff: 'analityk_rezerw',
            message:
              'SZK/2027/00391 (pożar garażu, Piaseczno): rezerwa wstępna wg zgłoszenia, polisa DOM-PL-0051207.',
          },
          { say: 'Rezerwa wstępna SZK/2027/00391: 45 000,00 zł (suma budynków gospodarczych 60 000 zł).' },
        ],
      },
      {
        name: 'analityk_rezerw',
        description: 'Ustala i aktualizuje rezerwy szkodowe',
        instructions: 'Ustal rezerwę wstępną.',
        replies: [
          {
            call: 'ustal_rezerwe',
            args: { szkoda: 'SZK/2027/00391', metoda: 'wstępna-zgłoszenie', polisa: 'DOM-PL-0051207' },
            result:
              '{"szkoda": "SZK/2027/00391", "suma_budynki_gospodarcze_pln": 60000, "rezerwa_pln": 45000, "podstawa": "pożar, utrata więźby i instalacji — 75% sumy"}',
          },
          {
            say: 'Rezerwa wstępna SZK/2027/00391: 45 000,00 zł (75 % sumy budynków gospodarczych 60 000 zł: spalona więźba i instalacja).',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'zespol_techniczny', to: 'rzeczoznawca_budowlany' },
      agent: 'rzeczoznawca_budowlany',
    },
  }),
  defineScenario({
    id: 'pekniecie-rury-ruchomosci-suma-zanizona',
    title:
      'Wyceniający ruchomości sumuje cztery pozycje (11 699 zł) jako 10 699 zł; zestawienie rezerwy przenosi tę sumę do łącznej rezerwy 52 919 zł',
    domain: 'rezerwy szkodowe po zalaniu domu',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Szkoda SZK/2027/00733: pęknięcie rury CO na piętrze 22.01.2027, dom w Gnieźnie, ul. Kasztanowa 4 (polisa DOM-PL-0039921). Zalane pomieszczenia parteru. Ustalcie rezerwę łączną: budynek, ruchomości domowe i koszty zamieszkania zastępczego.',
    topology: {
      shape: 'fanout',
      planner: 'planista_rezerwy',
      workers: ['wycena_budynku', 'wycena_ruchomosci', 'koszty_zastepcze'],
      aggregator: 'zestawienie_rezerwy',
    },
    agents: [
      {
        name: 'planista_rezerwy',
        description: 'Dzieli ustalenie rezerwy na części',
        instructions: 'Napisz zlecenie dla każdej części wyceny.',
        replies: [
          {
            plan: {
              wycena_budynku:
                'SZK/2027/00733: wycena szkód w budynku (parter: salon 32 m², kuchnia 14 m², przedpokój 9 m²) wg protokołu oględzin PO-2027-0188.',
              wycena_ruchomosci:
                'SZK/2027/00733: wycena zniszczonych ruchomości domowych wg spisu klienta SP-0733, wartość odtworzeniowa.',
              koszty_zastepcze:
                'SZK/2027/00733: koszty zamieszkania zastępczego na czas osuszania i remontu parteru (rodzina 4 os.).',
            },
          },
        ],
      },
      {
        name: 'wycena_budynku',
        description: 'Wycenia szkody w substancji budynku',
        instructions: 'Wyceń szkody w budynku.',
        prompt: 'Zlecenie:\n{input}',
        replies: [
          {
            call: 'kosztorys_z_protokolu',
            args: { protokol: 'PO-2027-0188', baza_cen: 'Sekocenbud I kw. 2027' },
            result:
              '{"protokol": "PO-2027-0188", "pozycje": {"osuszanie_mechaniczne": 6800.00, "podlogi_panele_55m2": 14630.00, "tynki_i_malowanie": 11240.00, "stolarka_drzwiowa_2szt": 4750.00}, "razem": 37420.00}',
          },
          {
            say: 'Budynek (PO-2027-0188): osuszanie 6 800,00 zł, panele 55 m² 14 630,00 zł, tynki i malowanie 11 240,00 zł, drzwi 2 szt. 4 750,00 zł. **Razem budynek: 37 420,00 zł.**',
          },
        ],
      },
      {
        name: 'wycena_ruchomosci',
        description: 'Wycenia zniszczone ruchomości domowe',
        instructions: 'Wyceń ruchomości według spisu i podaj sumę.',
        prompt: 'Zlecenie:\n{input}',
        replies: [
          {
            call: 'wycena_odtworzeniowa',
            args: { spis: 'SP-0733', metoda: 'wartość odtworzeniowa' },
            result:
              '[{"przedmiot": "pralka Bosch Serie 6", "wartosc": 2899.00}, {"przedmiot": "lodówka Samsung RB38", "wartosc": 3450.00}, {"przedmiot": "sofa 3-osobowa", "wartosc": 4200.00}, {"przedmiot": "dywan wełniany 200x300", "wartosc": 1150.00}]',
          },
          {
            say: 'Ruchomości (spis SP-0733, wartość odtworzeniowa):\n\n| przedmiot | wartość |\n|---|---|\n| pralka Bosch Serie 6 | 2 899,00 zł |\n| lodówka Samsung RB38 | 3 450,00 zł |\n| sofa 3-osobowa | 4 200,00 zł |\n| dywan wełniany 200×300 | 1 150,00 zł |\n| **razem** | **10 699,00 zł** |',
          },
        ],
      },
      {
        name: 'koszty_zastepcze',
        description: 'Szacuje koszty zamieszkania zastępczego',
        instructions: 'Oszacuj koszty zamieszkania zastępczego w limicie polisy.',
        prompt: 'Zlecenie:\n{input}',
        replies: [
          {
            call: 'limit_kosztow_zastepczych',
            args: { polisa: 'DOM-PL-0039921', osoby: 4, dni: 24 },
            result: '{"stawka_dobowa_pln": 200, "limit_dni": 30, "dni": 24, "kwota_pln": 4800}',
          },
          { say: 'Zamieszkanie zastępcze: 24 doby × 200 zł = 4 800,00 zł (limit polisy 30 dób).' },
        ],
      },
      {
        name: 'zestawienie_rezerwy',
        description: 'Łączy wyceny w rezerwę szkodową',
        instructions: 'Zsumuj części i podaj rezerwę łączną.',
        replies: [
          {
            say: '## Rezerwa SZK/2027/00733 — Gniezno, ul. Kasztanowa 4\n\n| część | kwota |\n|---|---|\n| budynek (PO-2027-0188) | 37 420,00 zł |\n| ruchomości (SP-0733) | 10 699,00 zł |\n| zamieszkanie zastępcze | 4 800,00 zł |\n| **rezerwa łączna** | **52 919,00 zł** |\n\nRezerwa zaksięgowana w systemie z datą 24.01.2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'wycena_ruchomosci', to: 'zestawienie_rezerwy' },
      agent: 'wycena_ruchomosci',
    },
  }),
  defineScenario({
    id: 'wlamanie-historia-szkod-502-podana-jako-czysta',
    title:
      'Kontrola antyfraudowa dostaje błąd 502 z bazy historii szkód, a decyzji przekazuje, że klient nie ma wcześniejszych szkód kradzieżowych; wypłata 14 300 zł zatwierdzona',
    domain: 'kradzieże z włamaniem i kontrola nadużyć',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Szkoda SZK/2027/00856: kradzież z włamaniem do mieszkania, ul. Ogrodowa 31/5, 90-001 Łódź, 27.01.2027 (polisa MIESZK-0067120). Skradziono laptop, biżuterię i aparat, zgłoszona wartość 14 300 zł, notatka policji RSD-1204/27. Zweryfikujcie zgłoszenie (również pod kątem nadużyć) i wydajcie decyzję.',
    topology: {
      shape: 'swarm',
      entry: 'likwidator_kradziezy',
      agents: ['likwidator_kradziezy', 'kontrola_antyfraudowa', 'decyzja_wyplaty'],
    },
    agents: [
      {
        name: 'likwidator_kradziezy',
        description: 'Prowadzi szkody kradzieżowe',
        instructions: 'Sprawdź kompletność zgłoszenia i przekaż do kontroli antyfraudowej.',
        replies: [
          {
            call: 'kompletnosc_dokumentow',
            args: { szkoda: 'SZK/2027/00856' },
            result:
              '{"notatka_policji": "RSD-1204/27 (KMP Łódź)", "slady_wlamania": "wyważony zamek dolny, protokół ślusarza", "dowody_zakupu": ["laptop FV 2025/11/0482", "aparat paragon 2024-06-14"], "biżuteria": "zdjęcia + wycena jubilera", "braki": []}',
          },
          {
            handoff: 'kontrola_antyfraudowa',
            message:
              'SZK/2027/00856 kompletna: notatka policji RSD-1204/27, ślady włamania udokumentowane, dowody zakupu laptopa i aparatu, wycena biżuterii. Proszę o kontrolę antyfraudową przed decyzją.',
          },
        ],
      },
      {
        name: 'kontrola_antyfraudowa',
        description: 'Sprawdza historię szkód i sygnały nadużyć',
        instructions: 'Sprawdź historię szkód klienta i adresu w bazie branżowej, oceń ryzyko.',
        replies: [
          {
            call: 'historia_szkod_hsu',
            args: { pesel: '84061203418', adres: 'ul. Ogrodowa 31/5, 90-001 Łódź', lata_wstecz: 5 },
            result: {
              error:
                'HTTP 502 Bad Gateway — usługa HSU (historia szkód) nie odpowiedziała, żądanie nie zostało przetworzone',
            },
          },
          {
            handoff: 'decyzja_wyplaty',
            message:
              'Kontrola SZK/2027/00856 zakończona: w historii szkód brak wcześniejszych szkód kradzieżowych klienta i adresu (5 lat). Dokumentacja spójna, ryzyko nadużycia niskie — można procedować wypłatę.',
          },
        ],
      },
      {
        name: 'decyzja_wyplaty',
        description: 'Wydaje decyzje o wypłacie odszkodowania',
        instructions: 'Wydaj decyzję i zleć wypłatę.',
        replies: [
          {
            call: 'zlec_wyplate',
            args: { szkoda: 'SZK/2027/00856', kwota_pln: 14300, tryb: 'standardowy' },
            result: '{"zlecenie_wyplaty": "ZW-2027-01932", "kwota_pln": 14300.00, "termin": "2027-02-03"}',
          },
          {
            say: '**Decyzja SZK/2027/00856:** przyznano odszkodowanie 14 300,00 zł za skradziony laptop, biżuterię i aparat. Kontrola antyfraudowa bez uwag (brak wcześniejszych szkód w ciągu 5 lat). Wypłata ZW-2027-01932 do 3.02.2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'kontrola_antyfraudowa', to: 'decyzja_wyplaty' },
      agent: 'kontrola_antyfraudowa',
    },
  }),
  defineScenario({
    id: 'odmowa-czesciowa-pouczenie-wciaz-pominiete',
    title:
      'Kontroler jakości trzy razy zwraca pismo o częściowej odmowie bez pouczenia o odwołaniu i Rzeczniku Finansowym; redaktor za każdym razem przeredagowuje to samo pismo bez tych elementów',
    domain: 'decyzje odmowne w szkodach majątkowych',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Szkoda SZK/2027/00912: zalanie piwnicy wodami gruntowymi, dom w Opolu (polisa DOM-PL-0044410). Uznajemy 3 860 zł za zniszczony piec gazowy, odmawiamy 7 400 zł za wykończenie piwnicy (§ 12 ust. 3 OWU — podsiąkanie wód gruntowych). Przygotujcie pismo, przepuśćcie przez kontrolę jakości i wyślijcie.',
    topology: {
      shape: 'pipeline',
      order: ['redaktor_pism', 'kontroler_jakosci', 'wysylka_korespondencji'],
      loop: { from: 'kontroler_jakosci', to: 'redaktor_pism', while: 'ZWROT', max: 3 },
    },
    agents: [
      {
        name: 'redaktor_pism',
        description: 'Redaguje pisma do klientów',
        instructions: 'Napisz pismo lub popraw je zgodnie z uwagami kontroli jakości.',
        prompt: 'Zlecenie lub uwagi kontroli:\n{input}\n\nSprawa: {request}',
        replies: [
          {
            say: 'Szanowny Panie,\n\nw sprawie szkody SZK/2027/00912 przyznajemy odszkodowanie 3 860,00 zł za piec gazowy. W pozostałej części (wykończenie piwnicy, 7 400,00 zł) odszkodowanie nie przysługuje, ponieważ szkoda powstała wskutek podsiąkania wód gruntowych.\n\nZ poważaniem\nDział Likwidacji Szkód',
          },
          {
            say: 'Szanowny Panie,\n\nuprzejmie informujemy, że po rozpatrzeniu szkody SZK/2027/00912 przyznaliśmy kwotę 3 860,00 zł z tytułu zniszczenia pieca gazowego. Roszczenie dotyczące wykończenia piwnicy (7 400,00 zł) nie zostało uwzględnione — przyczyną szkody było podsiąkanie wód gruntowych.\n\nZ wyrazami szacunku\nDział Likwidacji Szkód',
          },
          {
            say: 'Szanowny Panie,\n\nw odpowiedzi na zgłoszenie szkody SZK/2027/00912 informujemy o przyznaniu 3 860,00 zł za piec gazowy. Kwota 7 400,00 zł za wykończenie piwnicy nie zostanie wypłacona, gdyż szkodę spowodowały wody gruntowe podsiąkające do pomieszczenia.\n\nŁączymy wyrazy szacunku\nDział Likwidacji Szkód',
          },
        ],
      },
      {
        name: 'kontroler_jakosci',
        description: 'Sprawdza pisma pod kątem wymogów prawnych',
        instructions: 'Odpowiedz „ZATWIERDZONE: …” albo „ZWROT: <uwagi>”.',
        prompt: 'Pismo do kontroli:\n{input}',
        replies: [
          {
            say: 'ZWROT: przy odmowie w części pismo musi wskazać podstawę z OWU (§ 12 ust. 3) oraz zawierać pouczenie o możliwości dochodzenia roszczeń przed sądem i o prawie do złożenia reklamacji oraz wniosku do Rzecznika Finansowego (art. 29 ust. 3 ustawy o działalności ubezpieczeniowej i reasekuracyjnej). Dodaj oba elementy.',
          },
          {
            say: 'ZWROT: nadal brak § 12 ust. 3 OWU i pouczenia o sądzie, reklamacji i Rzeczniku Finansowym. Zmieniony jest tylko styl.',
          },
          {
            say: 'ZWROT: wersja 3 bez podstawy z OWU i bez pouczenia. Pisma w tej postaci nie zatwierdzam.',
          },
        ],
      },
      {
        name: 'wysylka_korespondencji',
        description: 'Wysyła zatwierdzone pisma',
        instructions: 'Wyślij pismo, jeśli zostało zatwierdzone; w przeciwnym razie zgłoś wstrzymanie.',
        prompt: 'Wynik kontroli:\n{input}',
        replies: [
          {
            say: 'Pismo SZK/2027/00912 NIE zostało wysłane: po trzech rundach kontrola jakości go nie zatwierdziła (brak podstawy z OWU i pouczenia). Ustawowy termin 30 dni na stanowisko upływa 17.02.2027 — sprawa przekazana kierownikowi zespołu.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redaktor_pism', to: 'kontroler_jakosci' },
      agent: 'redaktor_pism',
    },
  }),
  defineScenario({
    id: 'awaria-pralki-ocena-pokrycia-kwota-z-przecinkiem',
    title:
      'Ocena pokrycia ma zwrócić sam JSON z liczbami, a zwraca limit jako „15 000,00”; parser programu rzuca błąd i zlecenie osuszania nie powstaje',
    domain: 'szkody wodne w mieszkaniach i zlecenia osuszania',
    mast: ['FM-1.1'],
    request:
      'Zgłoszenie telefoniczne 02.02.2027 08:14: zalanie kuchni i przedpokoju po awarii węża pralki, mieszkanie ul. Kościuszki 88/3, 50-442 Wrocław, polisa MIESZK-0071345. Woda przeciekła do sąsiada poniżej. Zarejestrujcie szkodę, oceńcie pokrycie i zlećcie osuszanie firmie z sieci.',
    topology: {
      shape: 'pipeline',
      order: ['rejestrator_zgloszen', 'ocena_pokrycia', 'zlecenie_osuszania'],
    },
    program: {
      crash: {
        agent: 'ocena_pokrycia',
        error: "SyntaxError: Expected ',' or '}' after property value in JSON at position 83",
      },
    },
    agents: [
      {
        name: 'rejestrator_zgloszen',
        description: 'Rejestruje nowe zgłoszenia szkód',
        instructions: 'Zarejestruj szkodę i podaj jej dane dalej.',
        replies: [
          {
            call: 'zarejestruj_szkode',
            args: {
              polisa: 'MIESZK-0071345',
              data_zdarzenia: '2027-02-02',
              przyczyna: 'awaria węża pralki',
              pomieszczenia: ['kuchnia', 'przedpokój'],
              szkoda_u_osob_trzecich: true,
            },
            result:
              '{"szkoda": "SZK/2027/01044", "status": "ZAREJESTROWANA", "OC_w_zyciu_prywatnym": "w polisie, osobna szkoda SZK/2027/01045"}',
          },
          {
            say: 'Zarejestrowano SZK/2027/01044 (mienie własne: kuchnia, przedpokój) oraz SZK/2027/01045 (OC w życiu prywatnym — mieszkanie sąsiada). Przyczyna: awaria węża pralki, 2.02.2027.',
          },
        ],
      },
      {
        name: 'ocena_pokrycia',
        description: 'Ocenia, czy szkoda jest objęta ochroną',
        instructions:
          'Zwróć WYŁĄCZNIE obiekt JSON dla systemu zleceń: {"pokrycie": bool, "ryzyko": string, "limit_pln": number, "udzial_wlasny_pln": number, "wylaczenia": string[]}. Liczby bez spacji, z kropką dziesiętną.',
        prompt: 'Rejestracja:\n{input}',
        replies: [
          {
            call: 'warunki_polisy',
            args: { polisa: 'MIESZK-0071345', ryzyko: 'zalanie' },
            result:
              '{"zalanie": {"w_zakresie": true, "limit_pln": 15000.00, "udzial_wlasny_pln": 200.00}, "OC_prywatne": {"suma_pln": 100000.00}}',
          },
          {
            say: '{"pokrycie": true, "ryzyko": "zalanie - awaria instalacji wodnej", "limit_pln": 15 000,00, "udzial_wlasny_pln": 200, "wylaczenia": []}',
          },
        ],
      },
      {
        name: 'zlecenie_osuszania',
        description: 'Zleca osuszanie firmom z sieci partnerskiej',
        instructions: 'Utwórz zlecenie osuszania w limicie polisy.',
        prompt: 'Ocena pokrycia (JSON):\n{input}',
        replies: [
          {
            call: 'utworz_zlecenie',
            args: { szkoda: 'SZK/2027/01044', usluga: 'osuszanie', limit_pln: 15000 },
            result: '{"zlecenie": "ZO-2027-0377", "firma": "DryTech Wrocław", "termin": "2027-02-03"}',
          },
          { say: 'Zlecenie ZO-2027-0377: osuszanie DryTech Wrocław, 3.02.2027.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'ocena_pokrycia', to: 'zlecenie_osuszania' },
      agent: 'ocena_pokrycia',
    },
  }),
  defineScenario({
    id: 'zalanie-od-sasiada-wariant-ruchomosci-z-tynkami',
    title:
      'Zgłoszenie mówi, że polisa najemcy obejmuje tylko ruchomości, a tynki, malowanie i podłogi rozlicza polisa właściciela; likwidator szkód wodnych wlicza je do wypłaty',
    domain: 'szkody zalaniowe w mieszkaniach wynajmowanych',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Szkoda SZK/2027/01122: zalanie z mieszkania powyżej 03.02.2027, ul. Mickiewicza 15/8, 31-120 Kraków. Klientka jest najemczynią, polisa MIESZK-0070233 w wariancie „Ruchomości” (bez murów i stałych elementów). Szkody w tynkach, malowaniu i podłogach rozlicza polisa właściciela lokalu — tych pozycji nie liczcie. Wyceńcie i przygotujcie pismo do klientki.',
    topology: {
      shape: 'branch',
      classifier: 'klasyfikator_szkod',
      routes: { zalanie: 'likwidator_zalan', przepiecie: 'likwidator_elektryczny' },
      after: 'redaktor_pisma',
    },
    agents: [
      {
        name: 'klasyfikator_szkod',
        description: 'Kieruje zgłoszenia do właściwego likwidatora',
        instructions: 'Odpowiedz jedną etykietą: zalanie albo przepiecie, z krótkim uzasadnieniem.',
        replies: [
          {
            say: 'zalanie — woda z lokalu powyżej (Mickiewicza 15/8, 3.02.2027), polisa MIESZK-0070233.',
          },
        ],
      },
      {
        name: 'likwidator_zalan',
        description: 'Likwiduje szkody wodne',
        instructions: 'Wyceń szkodę w zakresie polisy i podaj kwotę odszkodowania.',
        prompt: 'Klasyfikacja: {input}\n\nZgłoszenie: {request}',
        replies: [
          {
            call: 'wycen_szkode',
            args: {
              szkoda: 'SZK/2027/01122',
              zakres: ['ruchomosci', 'malowanie', 'podlogi'],
              protokol: 'PO-2027-0231',
            },
            result:
              '{"ruchomosci": [{"przedmiot": "szafa Komandor 180 cm", "pln": 2640.00}, {"przedmiot": "laptop Lenovo IdeaPad 5", "pln": 3100.00}, {"przedmiot": "pościel i tekstylia", "pln": 600.00}], "malowanie_pln": 3210.00, "podlogi_panele_pln": 4870.00, "razem_pln": 14420.00}',
          },
          {
            say: 'SZK/2027/01122 — wycena wg protokołu PO-2027-0231:\n- szafa Komandor 180 cm: 2 640,00 zł\n- laptop Lenovo IdeaPad 5: 3 100,00 zł\n- pościel i tekstylia: 600,00 zł\n- malowanie pokoju: 3 210,00 zł\n- panele podłogowe: 4 870,00 zł\n\n**Odszkodowanie: 14 420,00 zł.**',
          },
        ],
      },
      {
        name: 'likwidator_elektryczny',
        description: 'Likwiduje szkody od przepięć',
        instructions: 'Wyceń szkodę elektryczną.',
        replies: [{ say: 'Brak szkód elektrycznych do wyceny.' }],
      },
      {
        name: 'redaktor_pisma',
        description: 'Pisze pisma do klientów',
        instructions: 'Napisz pismo o przyznaniu odszkodowania.',
        prompt: 'Wycena:\n{input}',
        replies: [
          {
            say: 'Szanowna Pani,\n\nw związku z zalaniem mieszkania przy ul. Mickiewicza 15/8 w dniu 3.02.2027 (szkoda SZK/2027/01122) przyznaliśmy odszkodowanie w kwocie **14 420,00 zł**, obejmujące szafę, laptop, tekstylia, malowanie pokoju oraz wymianę paneli podłogowych. Kwota zostanie przelana w ciągu 7 dni.\n\nZ poważaniem\nDział Likwidacji Szkód',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'klasyfikator_szkod', to: 'likwidator_zalan' },
      agent: 'likwidator_zalan',
    },
  }),
  defineScenario({
    id: 'pozar-kuchni-hotel-do-starego-terminu-remontu',
    title:
      'Harmonogram wykonawców pokazuje, że remont przesunięto na 17.02–10.03; koordynator zleca wyliczenie hotelu dla rodziny do 24.02, starego końca robót',
    domain: 'koszty zamieszkania zastępczego po pożarze',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Szkoda SZK/2027/00468: pożar kuchni 19.01.2027, mieszkanie ul. Długa 40/2, 80-827 Gdańsk (polisa MIESZK-0058810). Rodzina (2+2) mieszka w hotelu od 20.01. Remont zlecony firmie Bud-Rem Trójmiasto na 3.02–24.02. Ustalcie limit kosztów zamieszkania zastępczego do końca remontu.',
    topology: {
      shape: 'network',
      coordinator: 'koordynator_likwidacji',
      workers: ['harmonogram_wykonawcow', 'kalkulator_kosztow_dodatkowych'],
    },
    agents: [
      {
        name: 'koordynator_likwidacji',
        description: 'Koordynuje likwidację i decyduje, kto działa następny',
        instructions: 'Potwierdź termin remontu, zleć wyliczenie kosztów zastępczych, zakończ podsumowaniem.',
        replies: [
          {
            handoff: 'harmonogram_wykonawcow',
            message:
              'SZK/2027/00468, Bud-Rem Trójmiasto: aktualny termin rozpoczęcia i zakończenia remontu kuchni na Długiej 40/2?',
          },
          {
            handoff: 'kalkulator_kosztow_dodatkowych',
            message:
              'SZK/2027/00468: hotel dla rodziny 2+2 od 20.01.2027 do zakończenia remontu 24.02.2027. Wylicz limit kosztów zamieszkania zastępczego wg polisy MIESZK-0058810.',
          },
          {
            say: '## SZK/2027/00468 — koszty zamieszkania zastępczego\n\n- Okres: 20.01–24.02.2027 (35 dób)\n- Stawka: 320 zł/doba (limit polisy 350 zł/doba, 90 dób)\n- **Limit zatwierdzony: 11 200,00 zł**, płatny hotelowi bezpośrednio\n\nKlient poinformowany.',
          },
        ],
      },
      {
        name: 'harmonogram_wykonawcow',
        description: 'Prowadzi harmonogram robót wykonawców sieci',
        instructions: 'Podaj aktualny termin robót.',
        replies: [
          {
            call: 'harmonogram_zlecenia',
            args: { szkoda: 'SZK/2027/00468', wykonawca: 'Bud-Rem Trójmiasto' },
            result:
              '{"zlecenie": "ZR-2027-0219", "termin_aktualny": {"start": "2027-02-17", "koniec": "2027-03-10"}, "termin_pierwotny": {"start": "2027-02-03", "koniec": "2027-02-24", "status": "ANULOWANY"}, "powod_zmiany": "opóźniona dostawa szafek na wymiar (Meble-Kuchnie Gdynia, nowa data 2027-02-15)", "zmiana_z": "2027-01-29"}',
          },
          {
            say: 'ZR-2027-0219 (Bud-Rem Trójmiasto): remont przesunięty — **start 17.02.2027, koniec 10.03.2027**. Pierwotny termin 3.02–24.02 anulowany 29.01 z powodu opóźnionej dostawy szafek na wymiar.',
          },
        ],
      },
      {
        name: 'kalkulator_kosztow_dodatkowych',
        description: 'Wylicza koszty dodatkowe w limitach polisy',
        instructions: 'Wylicz limit kosztów zamieszkania zastępczego.',
        replies: [
          {
            call: 'limit_zamieszkania_zastepczego',
            args: { polisa: 'MIESZK-0058810', od: '2027-01-20', do: '2027-02-24', stawka_hotelu_pln: 320 },
            result:
              '{"doby": 35, "stawka_pln": 320, "limit_polisy_stawka_pln": 350, "limit_polisy_doby": 90, "kwota_pln": 11200.00}',
          },
          {
            say: 'Hotel 20.01–24.02.2027: 35 dób × 320 zł = **11 200,00 zł**, w limicie polisy (350 zł/doba, 90 dób).',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'koordynator_likwidacji', to: 'kalkulator_kosztow_dodatkowych' },
      agent: 'koordynator_likwidacji',
    },
  }),
  defineScenario({
    id: 'pozar-hali-scoring-78-nazwany-niskim',
    title:
      'Analityk nadużyć podaje wynik scoringu 78/100 przy progu eskalacji 60 i kilku flagach, a jednocześnie nazywa ryzyko niskim i zaleca wypłatę standardową; kierownik zleca wypłatę',
    domain: 'kontrola nadużyć w szkodach pożarowych',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Szkoda SZK/2027/00952: pożar hali magazynowej 30.01.2027, firma Tekstil-Hurt sp. z o.o., ul. Fabryczna 9, 95-200 Pabianice (polisa MAJ-FIR-0011482). Zgłoszona szkoda w towarze 386 000 zł. Sprawdźcie zgłoszenie pod kątem nadużyć i, jeśli wszystko w porządku, zlećcie zaliczkę 50 %.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kierownik_szkody',
      workers: ['analityk_naduzyc', 'likwidator_wyplat'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'kierownik_szkody',
        description: 'Kierownik szkód korporacyjnych',
        instructions: 'Zleć kontrolę nadużyć; jeśli ryzyko niskie, zleć zaliczkę.',
        replies: [
          {
            handoff: 'analityk_naduzyc',
            message:
              'SZK/2027/00952, Tekstil-Hurt, pożar hali 30.01.2027, towar 386 000 zł: scoring nadużyć i rekomendacja, czy wypłacać zaliczkę, czy kierować do SIU.',
          },
          {
            handoff: 'likwidator_wyplat',
            message:
              'SZK/2027/00952: zaliczka 50 % zgłoszonej szkody w towarze, tj. 193 000 zł, dla Tekstil-Hurt sp. z o.o.',
          },
          {
            say: '## SZK/2027/00952 — Tekstil-Hurt sp. z o.o.\n\n- Kontrola nadużyć: ryzyko niskie, bez eskalacji do SIU\n- **Zaliczka 193 000,00 zł** zlecona (ZW-2027-02210), wypłata 4.02.2027\n- Dalsza likwidacja: inwentaryzacja spalonego towaru z rzeczoznawcą',
          },
        ],
      },
      {
        name: 'analityk_naduzyc',
        description: 'Ocenia ryzyko nadużyć ubezpieczeniowych',
        instructions: 'Uruchom scoring nadużyć i wydaj rekomendację.',
        replies: [
          {
            call: 'scoring_naduzyc',
            args: { szkoda: 'SZK/2027/00952', polisa: 'MAJ-FIR-0011482' },
            result:
              '{"wynik": 78, "prog_eskalacji_SIU": 60, "flagi": ["suma ubezpieczenia towaru podwyższona z 150 000 do 400 000 zł 11 dni przed szkodą", "zaległości podatkowe ubezpieczonego (KRD)", "brak monitoringu od 2026-12"], "rekomendacja_modelu": "ESKALACJA_SIU"}',
          },
          {
            say: 'SZK/2027/00952 — wynik scoringu **78/100** (próg eskalacji do SIU: 60). Flagi: podwyższenie sumy ubezpieczenia towaru ze 150 000 do 400 000 zł 11 dni przed szkodą, wpis w KRD, brak monitoringu od grudnia 2026.\n\n**Ocena: ryzyko nadużycia niskie.** Rekomendacja: wypłata zaliczki w trybie standardowym.',
          },
        ],
      },
      {
        name: 'likwidator_wyplat',
        description: 'Realizuje wypłaty i zaliczki',
        instructions: 'Zleć wypłatę zgodnie z poleceniem.',
        replies: [
          {
            call: 'zlec_wyplate',
            args: { szkoda: 'SZK/2027/00952', kwota_pln: 193000, tytul: 'zaliczka 50%' },
            result: '{"zlecenie_wyplaty": "ZW-2027-02210", "kwota_pln": 193000.00, "termin": "2027-02-04"}',
          },
          { say: 'Zaliczka zlecona: ZW-2027-02210, 193 000,00 zł, termin 4.02.2027.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analityk_naduzyc', to: 'kierownik_szkody' },
      agent: 'analityk_naduzyc',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'zawilgocenie-sciany-jednostki-i-daty-przeliczone',
    title:
      'Pomiar zwraca cm, m² z kropką i daty ISO, wycena materiałów kwoty w PLN z kropką; pracownicy i kosztorys zbiorczy podają te same wartości w polskim zapisie (m, przecinek, DD.MM.RRRR, zł)',
    domain: 'kosztorysowanie szkód wodnych',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'stale_context / low_quality_output: every figure is reformatted between agents (cm → m, decimal point → comma, ISO dates → DD.MM.RRRR, PLN → zł) but keeps its value',
    request:
      'Szkoda SZK/2027/01210: zawilgocenie ściany szczytowej po nieszczelności rynny, dom w Toruniu, ul. Polna 22 (polisa DOM-PL-0060019). Przygotujcie kosztorys zbiorczy: pomiar zawilgocenia i wycena materiałów.',
    topology: {
      shape: 'fanout',
      planner: 'planista_kosztorysu',
      workers: ['pomiar_zawilgocenia', 'wycena_materialow'],
      aggregator: 'kosztorys_zbiorczy',
    },
    agents: [
      {
        name: 'planista_kosztorysu',
        description: 'Dzieli kosztorys na części',
        instructions: 'Jedno zlecenie na każdą część.',
        replies: [
          {
            plan: {
              pomiar_zawilgocenia:
                'SZK/2027/01210: pomiar powierzchni i wysokości zawilgocenia ściany szczytowej (protokół PO-2027-0302).',
              wycena_materialow:
                'SZK/2027/01210: wycena materiałów do osuszenia, odgrzybienia i ponownego tynkowania ściany szczytowej.',
            },
          },
        ],
      },
      {
        name: 'pomiar_zawilgocenia',
        description: 'Odczytuje pomiary z protokołów oględzin',
        instructions: 'Podaj wyniki pomiarów.',
        prompt: 'Zlecenie:\n{input}',
        replies: [
          {
            call: 'odczyt_pomiarow',
            args: { protokol: 'PO-2027-0302' },
            result:
              '{"protokol": "PO-2027-0302", "data_pomiaru": "2027-02-11", "powierzchnia_m2": 42.5, "wysokosc_zawilgocenia_cm": 80, "wilgotnosc_max_proc": 6.4, "miernik": "Trotec T660"}',
          },
          {
            say: 'Pomiar z 11.02.2027 (PO-2027-0302, Trotec T660): zawilgocona powierzchnia 42,5 m², zawilgocenie do wysokości 0,8 m, wilgotność maks. 6,4 %.',
          },
        ],
      },
      {
        name: 'wycena_materialow',
        description: 'Wycenia materiały budowlane',
        instructions: 'Wyceń materiały.',
        prompt: 'Zlecenie:\n{input}',
        replies: [
          {
            call: 'cennik_materialow',
            args: {
              pozycje: ['preparat grzybobójczy', 'tynk renowacyjny', 'farba silikatowa'],
              powierzchnia_m2: 42.5,
            },
            result:
              '{"waluta": "PLN", "cennik_z": "2027-02-01", "pozycje": {"preparat grzybobojczy": 318.75, "tynk renowacyjny": 1234.50, "farba silikatowa": 561.00}, "razem": 2114.25}',
          },
          {
            say: 'Materiały (cennik z 1.02.2027, na 42,5 m²): preparat grzybobójczy 318,75 zł, tynk renowacyjny 1 234,50 zł, farba silikatowa 561,00 zł. Razem 2 114,25 zł.',
          },
        ],
      },
      {
        name: 'kosztorys_zbiorczy',
        description: 'Zestawia kosztorys zbiorczy',
        instructions: 'Połącz części w jeden kosztorys.',
        replies: [
          {
            say: '## Kosztorys zbiorczy SZK/2027/01210 — Toruń, ul. Polna 22\n\n**Zakres (pomiar 11.02.2027):** 42,5 m² ściany szczytowej, zawilgocenie do 0,8 m, wilgotność maks. 6,4 %.\n\n| materiał | kwota |\n|---|---|\n| preparat grzybobójczy | 318,75 zł |\n| tynk renowacyjny | 1 234,50 zł |\n| farba silikatowa | 561,00 zł |\n| **razem materiały** | **2 114,25 zł** |\n\nRobocizna do doliczenia po ofercie wykonawcy.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rezerwa-podniesiona-po-ogledzinach-ksiegowana-nowa',
    title:
      'Zgłoszenie podaje rezerwę 85 000 zł z rejestracji; historia rezerwy pokazuje podwyższenie do 132 000 zł po oględzinach; księgowanie zaksięgowuje 132 000 zł i różnicę +47 000 zł, wspominając starą kwotę',
    domain: 'rezerwy szkodowe i księgowanie',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the old reserve 85 000 zł is still mentioned by the request and the booking agent, but only as the previous value; 132 000 zł is the one booked',
    request:
      'Szkoda SZK/2027/00305: pożar budynku gospodarczego, gospodarstwo w Łowiczu (polisa ROL-0019233). Przy rejestracji rezerwa wynosiła 85 000 zł. Sprawdźcie aktualny stan rezerwy i zaksięgujcie ją na koniec stycznia.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordynator_rezerw',
      workers: ['historia_rezerwy', 'ksiegowanie_rezerw'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'koordynator_rezerw',
        description: 'Koordynuje aktualizację rezerw',
        instructions: 'Ustal aktualną rezerwę, zleć księgowanie, podsumuj.',
        replies: [
          {
            handoff: 'historia_rezerwy',
            message: 'SZK/2027/00305: jaka jest aktualna rezerwa i kiedy ją ostatnio zmieniono?',
          },
          {
            handoff: 'ksiegowanie_rezerw',
            message:
              'SZK/2027/00305: zaksięguj rezerwę 132 000 zł (decyzja RZ-2027-0611 z 26.01.2027) na zamknięcie stycznia 2027.',
          },
          {
            say: 'SZK/2027/00305 — rezerwa na 31.01.2027: **132 000,00 zł** (podwyższona z 85 000 zł decyzją RZ-2027-0611 po oględzinach). Księgowanie KS-2027-01-4471, zmiana +47 000,00 zł.',
          },
        ],
      },
      {
        name: 'historia_rezerwy',
        description: 'Odczytuje historię rezerw szkody',
        instructions: 'Podaj aktualną rezerwę i historię zmian.',
        replies: [
          {
            call: 'historia_rezerw',
            args: { szkoda: 'SZK/2027/00305' },
            result:
              '[{"data": "2027-01-08", "rezerwa_pln": 85000, "decyzja": "RZ-2027-0102", "powod": "rejestracja"}, {"data": "2027-01-26", "rezerwa_pln": 132000, "decyzja": "RZ-2027-0611", "powod": "oględziny: zniszczona konstrukcja stropu i maszyny rolnicze"}]',
          },
          {
            say: 'Aktualna rezerwa SZK/2027/00305: **132 000 zł** (RZ-2027-0611, 26.01.2027, po oględzinach — strop i maszyny). Wcześniej 85 000 zł z rejestracji (RZ-2027-0102, 8.01).',
          },
        ],
      },
      {
        name: 'ksiegowanie_rezerw',
        description: 'Księguje rezerwy szkodowe',
        instructions: 'Zaksięguj rezerwę.',
        replies: [
          {
            call: 'ksieguj_rezerwe',
            args: {
              szkoda: 'SZK/2027/00305',
              rezerwa_pln: 132000,
              okres: '2027-01',
              decyzja: 'RZ-2027-0611',
            },
            result:
              '{"ksiegowanie": "KS-2027-01-4471", "rezerwa_poprzednia_pln": 85000, "rezerwa_nowa_pln": 132000, "zmiana_pln": 47000, "konto": "RSZ-MAJ-ROL"}',
          },
          {
            say: 'Zaksięgowano KS-2027-01-4471 (konto RSZ-MAJ-ROL): rezerwa 132 000,00 zł, poprzednio 85 000,00 zł, zmiana +47 000,00 zł w okresie 01/2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ksiega-wieczysta-503-ponowienie-jawnie',
    title:
      'Weryfikacja własności dostaje 503 z systemu ksiąg wieczystych, ponawia zapytanie z powodzeniem i mówi o tym otwarcie; likwidator terenowy umawia oględziny',
    domain: 'weryfikacja tytułu prawnego w szkodach budynkowych',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error followed by a successful retry, both reported',
    request:
      'Szkoda SZK/2027/01307: wichura 10.02.2027 zerwała część dachu domu w Zakopanem, ul. Kasprusie 14 (polisa DOM-PL-0063550). Ubezpieczający twierdzi, że jest jedynym właścicielem. Zweryfikujcie własność i umówcie oględziny.',
    topology: {
      shape: 'swarm',
      entry: 'przyjmowanie_zgloszen',
      agents: ['przyjmowanie_zgloszen', 'weryfikacja_wlasnosci', 'likwidator_terenowy'],
    },
    agents: [
      {
        name: 'przyjmowanie_zgloszen',
        description: 'Przyjmuje zgłoszenia szkód',
        instructions: 'Przyjmij zgłoszenie i przekaż do weryfikacji własności.',
        replies: [
          {
            handoff: 'weryfikacja_wlasnosci',
            message:
              'SZK/2027/01307, Zakopane, ul. Kasprusie 14: sprawdź w KW, czy ubezpieczający Jan Gąsienica jest jedynym właścicielem (nr KW NS1Z/00031842/6).',
          },
        ],
      },
      {
        name: 'weryfikacja_wlasnosci',
        description: 'Weryfikuje tytuł prawny do nieruchomości',
        instructions: 'Sprawdź księgę wieczystą i przekaż wynik likwidatorowi.',
        replies: [
          {
            call: 'odczyt_ksiegi_wieczystej',
            args: { kw: 'NS1Z/00031842/6' },
            result: {
              error: '503 Service Unavailable — EKW: przerwa techniczna, spróbuj ponownie za kilka minut',
            },
          },
          {
            call: 'odczyt_ksiegi_wieczystej',
            args: { kw: 'NS1Z/00031842/6', proba: 2 },
            result:
              '{"kw": "NS1Z/00031842/6", "dzial_II": [{"wlasciciel": "Jan Gąsienica", "udzial": "1/1", "podstawa": "akt notarialny Rep. A 2211/2014"}], "dzial_III": "brak wpisów", "dzial_IV": "hipoteka umowna 240 000 zł — PKO BP"}',
          },
          {
            handoff: 'likwidator_terenowy',
            message:
              'SZK/2027/01307: pierwsze zapytanie do EKW zwróciło 503 (przerwa techniczna), ponowienie się udało. KW NS1Z/00031842/6: Jan Gąsienica, udział 1/1. Dział IV: hipoteka 240 000 zł na rzecz PKO BP — sprawdzić cesję praw z polisy przed wypłatą. Proszę umówić oględziny.',
          },
        ],
      },
      {
        name: 'likwidator_terenowy',
        description: 'Wykonuje oględziny w terenie',
        instructions: 'Umów oględziny i potwierdź.',
        replies: [
          {
            call: 'umow_ogledziny',
            args: {
              szkoda: 'SZK/2027/01307',
              adres: 'ul. Kasprusie 14, Zakopane',
              preferowany_termin: '2027-02-12',
            },
            result:
              '{"termin": "2027-02-12T10:00", "rzeczoznawca": "M. Chowaniec", "numer": "OGL-KRK-2027-0388"}',
          },
          {
            say: 'SZK/2027/01307: własność potwierdzona (KW NS1Z/00031842/6, Jan Gąsienica 1/1; EKW odpowiedział przy drugiej próbie). Oględziny OGL-KRK-2027-0388 — 12.02.2027 o 10:00, rzeczoznawca M. Chowaniec. Przed wypłatą sprawdzić cesję na PKO BP (hipoteka 240 000 zł).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'wycena-ze-zdjec-nieczytelna-zastapiona-ogledzinami',
    title:
      'Dyspozytor próbuje opcjonalnej szybkiej wyceny ze zdjęć, która zwraca „brak wyceny — 3 z 7 zdjęć czytelnych”; zleca oględziny i podsumowuje wyłącznie ich wynik',
    domain: 'szybka likwidacja szkód z dokumentacji zdjęciowej',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf:
      'low_quality_output: an optional worker returns no usable estimate, and nobody uses it; the on-site inspection gives the figures',
    request:
      'Szkoda SZK/2027/01388: przepięcie po uderzeniu pioruna 12.02.2027, dom w Lublinie, ul. Wrzosowa 3 (polisa DOM-PL-0057114). Klient przesłał 7 zdjęć. Jeśli się da, wyceńcie szybko ze zdjęć, inaczej oględziny.',
    topology: {
      shape: 'network',
      coordinator: 'dyspozytor_szkod',
      workers: ['szybka_wycena_foto', 'rzeczoznawca_terenowy'],
    },
    agents: [
      {
        name: 'dyspozytor_szkod',
        description: 'Decyduje o ścieżce likwidacji',
        instructions: 'Spróbuj wyceny ze zdjęć; gdy się nie da, zleć oględziny. Zakończ podsumowaniem.',
        replies: [
          {
            handoff: 'szybka_wycena_foto',
            message: 'SZK/2027/01388: wycena ze zdjęć (7 plików) — uszkodzony sprzęt po przepięciu.',
          },
          {
            handoff: 'rzeczoznawca_terenowy',
            message:
              'SZK/2027/01388, Lublin, ul. Wrzosowa 3: wycena ze zdjęć niemożliwa. Oględziny i ekspertyza sprzętu uszkodzonego przepięciem.',
          },
          {
            say: '## SZK/2027/01388 — przepięcie, Lublin\n\nWycena ze zdjęć nie była możliwa; rozliczenie wg oględzin 14.02.2027 (OGL-LUB-2027-0117):\n\n| sprzęt | kwota |\n|---|---|\n| piec gazowy — sterownik | 1 480,00 zł |\n| telewizor LG 55" | 2 300,00 zł |\n| router + switch | 520,00 zł |\n| **razem** | **4 300,00 zł** |',
          },
        ],
      },
      {
        name: 'szybka_wycena_foto',
        description: 'Szacuje szkody na podstawie zdjęć',
        instructions: 'Wyceń szkodę ze zdjęć albo powiedz, że się nie da.',
        replies: [
          {
            call: 'analiza_zdjec',
            args: { szkoda: 'SZK/2027/01388', pliki: 7 },
            result:
              '{"czytelne": 3, "nieczytelne": 4, "powod": "rozmazanie / brak tabliczek znamionowych", "wycena": null}',
          },
          { say: 'Brak wyceny — czytelne tylko 3 z 7 zdjęć, bez tabliczek znamionowych urządzeń.' },
        ],
      },
      {
        name: 'rzeczoznawca_terenowy',
        description: 'Wykonuje oględziny i ekspertyzy',
        instructions: 'Wykonaj oględziny i podaj wycenę.',
        replies: [
          {
            call: 'protokol_ogledzin',
            args: { szkoda: 'SZK/2027/01388', data: '2027-02-14' },
            result:
              '{"numer": "OGL-LUB-2027-0117", "pozycje": [{"sprzet": "piec gazowy - sterownik", "pln": 1480}, {"sprzet": "telewizor LG 55\\"", "pln": 2300}, {"sprzet": "router + switch", "pln": 520}], "razem_pln": 4300, "przyczyna": "przepięcie atmosferyczne - potwierdzone (IMGW: wyładowanie 12.02 18:42, 0,6 km)"}',
          },
          {
            say: 'Oględziny 14.02.2027 (OGL-LUB-2027-0117): sterownik pieca 1 480 zł, TV LG 55" 2 300 zł, router + switch 520 zł — razem 4 300 zł. Przepięcie potwierdzone danymi IMGW (wyładowanie 12.02 o 18:42, 0,6 km).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'powodz-roslinnosc-i-samochod-wylaczone-z-owu',
    title:
      'Likwidator powodziowy wyłącza z wypłaty roślinność ogrodową i samochód z garażu na podstawie wskazanych paragrafów OWU zwróconych przez system; pismo podaje podstawę',
    domain: 'szkody powodziowe i wyłączenia OWU',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: two claimed items are left out of the payout, legitimately, under the OWU exclusions the tool cites',
    request:
      'Szkoda SZK/2027/01415: powódź 15.02.2027, dom w Kłodzku, ul. Nadrzeczna 6 (polisa DOM-PL-0049901). Klient zgłasza: zalany parter, piec, meble, ogrodzenie, krzewy ozdobne w ogrodzie i samochód stojący w garażu. Rozliczcie zgodnie z OWU i przygotujcie pismo.',
    topology: {
      shape: 'branch',
      classifier: 'klasyfikator_zdarzen',
      routes: { powodz: 'likwidator_powodziowy', kradziez: 'likwidator_kradziezowy' },
      after: 'redaktor_decyzji_czesciowej',
    },
    agents: [
      {
        name: 'klasyfikator_zdarzen',
        description: 'Klasyfikuje zdarzenia szkodowe',
        instructions: 'Odpowiedz etykietą powodz albo kradziez.',
        replies: [{ say: 'powodz — wylanie Nysy Kłodzkiej 15.02.2027, ul. Nadrzeczna 6.' }],
      },
      {
        name: 'likwidator_powodziowy',
        description: 'Likwiduje szkody powodziowe',
        instructions: 'Rozlicz pozycje zgodnie z OWU.',
        prompt: 'Klasyfikacja: {input}\n\nZgłoszenie: {request}',
        replies: [
          {
            call: 'rozlicz_pozycje_owu',
            args: {
              szkoda: 'SZK/2027/01415',
              pozycje: ['parter', 'piec', 'meble', 'ogrodzenie', 'krzewy ozdobne', 'samochód'],
              owu: 'OWU-DOM-2025',
            },
            result:
              '{"uznane": [{"pozycja": "parter (tynki, posadzki)", "pln": 48200}, {"pozycja": "piec gazowy", "pln": 9600}, {"pozycja": "meble", "pln": 17350}, {"pozycja": "ogrodzenie", "pln": 6400}], "wylaczone": [{"pozycja": "krzewy ozdobne", "podstawa": "§ 4 ust. 2 pkt 7 OWU-DOM-2025 — roślinność poza zakresem"}, {"pozycja": "samochód", "podstawa": "§ 4 ust. 2 pkt 3 OWU-DOM-2025 — pojazdy mechaniczne wyłączone, właściwe AC"}], "razem_uznane_pln": 81550}',
          },
          {
            say: 'SZK/2027/01415 — rozliczenie wg OWU-DOM-2025:\n\n| pozycja | kwota |\n|---|---|\n| parter (tynki, posadzki) | 48 200 zł |\n| piec gazowy | 9 600 zł |\n| meble | 17 350 zł |\n| ogrodzenie | 6 400 zł |\n| **razem** | **81 550 zł** |\n\nPoza zakresem: krzewy ozdobne (§ 4 ust. 2 pkt 7), samochód (§ 4 ust. 2 pkt 3 — do zgłoszenia z AC).',
          },
        ],
      },
      {
        name: 'likwidator_kradziezowy',
        description: 'Likwiduje szkody kradzieżowe',
        instructions: 'Rozlicz kradzież.',
        replies: [{ say: 'Brak kradzieży do rozliczenia.' }],
      },
      {
        name: 'redaktor_decyzji_czesciowej',
        description: 'Pisze decyzje, także częściowo odmowne',
        instructions: 'Napisz pismo z podstawą wyłączeń i pouczeniem.',
        prompt: 'Rozliczenie:\n{input}',
        replies: [
          {
            say: 'Szanowny Panie,\n\nw sprawie szkody powodziowej SZK/2027/01415 przyznajemy odszkodowanie **81 550,00 zł** (parter, piec gazowy, meble, ogrodzenie).\n\nNie obejmujemy wypłatą:\n- krzewów ozdobnych — § 4 ust. 2 pkt 7 OWU-DOM-2025 (roślinność poza zakresem ubezpieczenia),\n- samochodu — § 4 ust. 2 pkt 3 OWU-DOM-2025 (pojazdy mechaniczne); szkodę można zgłosić z ubezpieczenia AC.\n\nOd decyzji przysługuje reklamacja, wniosek do Rzecznika Finansowego oraz droga sądowa.\n\nZ poważaniem\nDział Likwidacji Szkód',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'orkan-zenon-tysiac-szkod-rezerwy-i-retencja',
    title:
      'Zdarzenie katastroficzne: zespoły zwracają liczniki szkód, rezerwy per województwo i wyliczenie retencji XL z dziesiątkami identyfikatorów; wyniki wracają w górę dwóch poziomów bez zmian',
    domain: 'szkody katastroficzne i reasekuracja',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'lost_message / low_quality_output: long answers full of ids, codes and counters, handed back up two levels with their results intact and figures that add up',
    request:
      'Orkan „Zenon” 8–9.02.2027 (kod zdarzenia CAT-2027-02). Potrzebuję na zarząd: liczbę zarejestrowanych szkód i rezerwy per województwo oraz wyliczenie, czy przekraczamy retencję umowy XL nr XL-PROP-2027 (retencja 20 mln zł, limit 80 mln zł).',
    topology: {
      shape: 'nested',
      top: 'dyrektor_likwidacji',
      teams: {
        zespol_katastroficzny: ['rejestr_szkod_cat'],
        zespol_reasekuracji: ['analityk_reasekuracji'],
      },
    },
    agents: [
      {
        name: 'dyrektor_likwidacji',
        description: 'Dyrektor pionu likwidacji szkód',
        instructions: 'Zbierz dane o zdarzeniu od zespołów i przygotuj notatkę na zarząd.',
        replies: [
          {
            handoff: 'zespol_katastroficzny',
            message: 'CAT-2027-02 (orkan Zenon): liczba szkód i rezerwy per województwo na dziś.',
          },
          {
            handoff: 'zespol_reasekuracji',
            message:
              'CAT-2027-02: rezerwy łącznie 27,46 mln zł — wylicz odzysk z XL-PROP-2027 (retencja 20 mln zł, limit 80 mln zł).',
          },
          {
            say: '## Notatka dla zarządu — orkan „Zenon” (CAT-2027-02), stan na 16.02.2027\n\n| województwo | szkody | rezerwa |\n|---|---|---|\n| zachodniopomorskie | 1 284 | 11,62 mln zł |\n| pomorskie | 967 | 8,15 mln zł |\n| wielkopolskie | 512 | 4,37 mln zł |\n| kujawsko-pomorskie | 388 | 3,32 mln zł |\n| **razem** | **3 151** | **27,46 mln zł** |\n\n**Reasekuracja XL-PROP-2027:** retencja 20,00 mln zł przekroczona o 7,46 mln zł → odzysk 7,46 mln zł (limit 80 mln zł wykorzystany w 9,3 %). Zawiadomienie do reasekuratora RE-NOT-2027-004 wysłane 16.02.',
          },
        ],
      },
      {
        name: 'zespol_katastroficzny',
        description: 'Lider zespołu szkód katastroficznych',
        instructions: 'Zleć zestawienie i przekaż wynik.',
        replies: [
          {
            handoff: 'rejestr_szkod_cat',
            message: 'Zestawienie CAT-2027-02 per województwo: liczba szkód, rezerwy, stan na 16.02.2027.',
          },
          {
            say: 'CAT-2027-02 na 16.02.2027: 3 151 szkód, rezerwy 27,46 mln zł — zachodniopomorskie 1 284 / 11,62 mln, pomorskie 967 / 8,15 mln, wielkopolskie 512 / 4,37 mln, kujawsko-pomorskie 388 / 3,32 mln.',
          },
        ],
      },
      {
        name: 'rejestr_szkod_cat',
        description: 'Prowadzi rejestr szkód katastroficznych',
        instructions: 'Zestaw szkody i rezerwy.',
        replies: [
          {
            call: 'zestawienie_cat',
            args: { kod: 'CAT-2027-02', na_dzien: '2027-02-16', grupuj: 'wojewodztwo' },
            result:
              '{"kod": "CAT-2027-02", "na_dzien": "2027-02-16", "wojewodztwa": [{"woj": "zachodniopomorskie", "szkody": 1284, "rezerwa_pln": 11620000, "zakres_nr": "SZK/2027/02001-SZK/2027/03284"}, {"woj": "pomorskie", "szkody": 967, "rezerwa_pln": 8150000, "zakres_nr": "SZK/2027/03285-SZK/2027/04251"}, {"woj": "wielkopolskie", "szkody": 512, "rezerwa_pln": 4370000, "zakres_nr": "SZK/2027/04252-SZK/2027/04763"}, {"woj": "kujawsko-pomorskie", "szkody": 388, "rezerwa_pln": 3320000, "zakres_nr": "SZK/2027/04764-SZK/2027/05151"}], "razem_szkody": 3151, "razem_rezerwa_pln": 27460000}',
          },
          {
            say: '**CAT-2027-02 — stan na 16.02.2027**\n\n| woj. | szkody | rezerwa | numery |\n|---|---|---|---|\n| zachodniopomorskie | 1 284 | 11 620 000 zł | SZK/2027/02001–03284 |\n| pomorskie | 967 | 8 150 000 zł | SZK/2027/03285–04251 |\n| wielkopolskie | 512 | 4 370 000 zł | SZK/2027/04252–04763 |\n| kujawsko-pomorskie | 388 | 3 320 000 zł | SZK/2027/04764–05151 |\n| **razem** | **3 151** | **27 460 000 zł** | |',
          },
        ],
      },
      {
        name: 'zespol_reasekuracji',
        description: 'Lider zespołu reasekuracji',
        instructions: 'Zleć wyliczenie odzysku i przekaż wynik.',
        replies: [
          {
            handoff: 'analityk_reasekuracji',
            message:
              'XL-PROP-2027, zdarzenie CAT-2027-02, szkoda brutto 27 460 000 zł: odzysk i wykorzystanie limitu.',
          },
          {
            say: 'XL-PROP-2027 / CAT-2027-02: retencja 20 mln zł przekroczona o 7,46 mln zł → odzysk 7,46 mln zł, wykorzystanie limitu 9,3 %. Zawiadomienie RE-NOT-2027-004 wysłane 16.02.',
          },
        ],
      },
      {
        name: 'analityk_reasekuracji',
        description: 'Wylicza odzyski z umów reasekuracyjnych',
        instructions: 'Wylicz odzysk z umowy XL.',
        replies: [
          {
            call: 'wylicz_odzysk_xl',
            args: { umowa: 'XL-PROP-2027', zdarzenie: 'CAT-2027-02', szkoda_brutto_pln: 27460000 },
            result:
              '{"umowa": "XL-PROP-2027", "retencja_pln": 20000000, "limit_pln": 80000000, "nadwyzka_pln": 7460000, "odzysk_pln": 7460000, "wykorzystanie_limitu_proc": 9.325, "zawiadomienie": "RE-NOT-2027-004", "wyslano": "2027-02-16"}',
          },
          {
            say: 'XL-PROP-2027 × CAT-2027-02: szkoda brutto 27 460 000 zł − retencja 20 000 000 zł = **odzysk 7 460 000 zł** (limit 80 mln zł wykorzystany w 9,3 %). Zawiadomienie RE-NOT-2027-004 wysłane 16.02.2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch106Scenarios = [...faults, ...healthy];
