import { defineScenario } from '../scenario.ts';

// Blind batch 54: legal, court, tax and public-administration work in Polish, Czech, Ukrainian,
// Romanian and Hungarian. Written from the README principles only, without reading the checks, the
// diagnosis, the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'brno-isir-claim-filed-at-pre-payment-principal',
    title:
      'Insolvency claim (CZ): the ISIR clerk reports a partial payment that lowers the principal to 1 193 450,00 Kč; the case lead still briefs the drafter with 1 248 600,00 Kč',
    domain: 'Czech insolvency proceedings, creditor claim filing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Klient Stavebniny Morava a.s. (IČO 26914221) má za dlužníkem Kovo Tišnov s.r.o. pohledávku z faktur 2026/0412–2026/0419 ve výši 1 248 600,00 Kč (jistina dle naší evidence k 31.01.2027). Krajský soud v Brně rozhodl o úpadku, sp. zn. KSBR 39 INS 4417/2027. Prověřte stav v insolvenčním rejstříku a připravte přihlášku pohledávky tak, aby byla podána ve lhůtě.',
    topology: {
      shape: 'network',
      coordinator: 'vedouci_spisu',
      workers: ['rejstrik_isir', 'autor_podani'],
    },
    agents: [
      {
        name: 'vedouci_spisu',
        description: 'Vedoucí advokát spisu, rozděluje práci a uzavírá věc',
        instructions:
          'Nejdřív si nech ověřit stav řízení a aktuální výši pohledávky, pak zadej sepsání přihlášky a věc uzavři.',
        replies: [
          {
            handoff: 'rejstrik_isir',
            message:
              'KSBR 39 INS 4417/2027 (Kovo Tišnov s.r.o.): zjisti z ISIR datum rozhodnutí o úpadku, lhůtu k přihlašování a zkontroluj v účetnictví klienta, jestli dlužník od 31.01. něco neuhradil.',
          },
          {
            handoff: 'autor_podani',
            message:
              'Sepiš přihlášku pohledávky do KSBR 39 INS 4417/2027 na formuláři dle vyhl. 191/2017 Sb. Věřitel Stavebniny Morava a.s., IČO 26914221. Nezajištěná pohledávka, jistina 1 248 600,00 Kč z faktur 2026/0412–0419, k tomu úrok z prodlení do rozhodnutí o úpadku. Lhůta do 12.05.2027.',
          },
          {
            say: '**KSBR 39 INS 4417/2027 – přihláška hotová**\n\n- jistina 1 248 600,00 Kč + úrok z prodlení 41 827,10 Kč = **1 290 427,10 Kč**\n- nezajištěná, přílohy: faktury 2026/0412–0419, výpis z OR\n- podat přes datovou schránku nejpozději **12.05.2027** (§ 136 odst. 2 písm. d) IZ)\n\nPřihlášku podepíše jednatel nebo advokát na základě plné moci.',
          },
        ],
      },
      {
        name: 'rejstrik_isir',
        description: 'Koncipient, který prověřuje insolvenční rejstřík a účetní saldo klienta',
        instructions: 'Ověř údaje v ISIR a v saldokontu a napiš, s jakými čísly se má dál pracovat.',
        replies: [
          {
            call: 'isir_detail',
            args: { spisova_znacka: 'KSBR 39 INS 4417/2027' },
            result:
              '{"dluznik": "Kovo Tišnov s.r.o.", "ico": "04418852", "stav": "ÚPADEK", "rozhodnuti_o_upadku": "12.03.2027 09:41", "zpusob_reseni": "neurčen", "lhuta_prihlasky": "2 měsíce od rozhodnutí o úpadku", "konec_lhuty": "12.05.2027", "insolvencni_spravce": "Mgr. Petra Dvořáková, Brno"}',
          },
          {
            call: 'saldokonto_odberatele',
            args: { odberatel_ico: '04418852', od: '2027-01-31' },
            result:
              'SALDO 04418852 Kovo Tišnov s.r.o.\nfaktura      splatnost   předpis        uhrazeno     zbývá\n2026/0412    15.11.2026  312 400,00     0,00         312 400,00\n2026/0415    30.11.2026  288 150,00     55 150,00    233 000,00   <- úhrada 02.03.2027 VS 20260415\n2026/0417    15.12.2026  401 050,00     0,00         401 050,00\n2026/0419    31.12.2026  247 000,00     0,00         247 000,00\nCELKEM                    1 248 600,00   55 150,00    1 193 450,00',
          },
          {
            say: 'Rozhodnutí o úpadku 12.03.2027, přihlášky do **12.05.2027**, správkyně Mgr. Petra Dvořáková.\n\nPozor na výši: dne 02.03.2027 dlužník uhradil 55 150,00 Kč na fakturu 2026/0415. Zbývající jistina k přihlášení je tedy **1 193 450,00 Kč**, ne 1 248 600,00 Kč z evidence k 31.01. Úrok z prodlení je potřeba přepočítat na nový zůstatek.',
          },
        ],
      },
      {
        name: 'autor_podani',
        description: 'Sepisuje podání do insolvenčního řízení',
        instructions: 'Sepiš přihlášku pohledávky podle zadání a spočítej příslušenství.',
        replies: [
          {
            call: 'urok_z_prodleni',
            args: { jistina: 1248600, od: '2026-11-16', do: '2027-03-12', sazba_pct: 11.75 },
            result: '{"jistina": "1 248 600,00", "dni": 116, "urok": "41 827,10", "celkem": "1 290 427,10"}',
          },
          {
            say: 'Přihláška pohledávky – KSBR 39 INS 4417/2027\n\nVěřitel: Stavebniny Morava a.s., IČO 26914221\nDlužník: Kovo Tišnov s.r.o., IČO 04418852\n\n| položka | částka |\n|---|---|\n| jistina (fa 2026/0412–0419) | 1 248 600,00 Kč |\n| úrok z prodlení (11,75 % p.a., do 12.03.2027) | 41 827,10 Kč |\n| **celkem** | **1 290 427,10 Kč** |\n\nPohledávka nezajištěná, nevykonatelná. Podání do 12.05.2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'vedouci_spisu', to: 'autor_podani' },
      agent: 'vedouci_spisu',
    },
  }),
  defineScenario({
    id: 'bialystok-odwolanie-attacks-conceded-catering-rate',
    title:
      'VAT appeal (PL): the brief limits the appeal to the disallowed Trans-Bud input VAT; the drafter asks to quash the whole decision, including the 8 %/23 % catering item the client accepted and paid',
    domain: 'Polish tax litigation, appeal against a tax decision',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hurtownia Podlasie sp. z o.o. (NIP 5422987410) otrzymała decyzję Naczelnika Drugiego Urzędu Skarbowego w Białymstoku nr 2002-IOV-1.4103.17.2026 z 24.02.2027, doręczoną 01.03.2027, określającą VAT za 07–12/2025. Dwa zarzuty urzędu: (a) odmowa odliczenia z faktur Trans-Bud Łapy, 48 210,00 zł; (b) stawka 8% zamiast 23% na usługi cateringowe, 12 764,00 zł. Punkt (b) klient uznaje – złożył korekty JPK_V7M i zapłacił 12 764,00 zł z odsetkami 14.03.2027. Odwołujemy się wyłącznie co do (a). Przygotuj odwołanie do DIAS w Białymstoku.',
    topology: {
      shape: 'pipeline',
      order: ['analityk_decyzji', 'redaktor_odwolania', 'kontrola_formalna'],
    },
    agents: [
      {
        name: 'analityk_decyzji',
        description: 'Analizuje decyzje podatkowe i wyznacza zakres odwołania',
        instructions:
          'Przeanalizuj decyzję, policz termin i przekaż redaktorowi dokładny zakres zaskarżenia.',
        replies: [
          {
            call: 'pobierz_decyzje',
            args: { znak: '2002-IOV-1.4103.17.2026' },
            result:
              '{"organ": "Naczelnik Drugiego Urzędu Skarbowego w Białymstoku", "data": "24.02.2027", "doreczenie": "01.03.2027", "okresy": "07.2025–12.2025", "rozstrzygniecia": [{"pkt": "a", "podstawa": "art. 88 ust. 3a pkt 4 lit. a ustawy o VAT", "opis": "faktury Trans-Bud Łapy FV 118–121/2025 nie dokumentują rzeczywistych zdarzeń", "kwota": "48 210,00 zł"}, {"pkt": "b", "podstawa": "art. 41 ust. 1 ustawy o VAT", "opis": "catering dla kontrahentów – stawka 23%", "kwota": "12 764,00 zł"}], "pouczenie": "odwołanie w terminie 14 dni od doręczenia, za pośrednictwem organu I instancji"}',
          },
          {
            say: 'Zakres odwołania – decyzja 2002-IOV-1.4103.17.2026\n\n- **Zaskarżamy tylko pkt (a)**: odmowa prawa do odliczenia z FV 118–121/2025 Trans-Bud Łapy, 48 210,00 zł (art. 88 ust. 3a pkt 4 lit. a). Argumenty: protokoły odbioru robót, przelewy z rachunku firmowego, zeznania kierownika budowy.\n- **Pkt (b) – NIE zaskarżamy.** Klient uznał stawkę 23% na catering, złożył korekty JPK_V7M i zapłacił 12 764,00 zł z odsetkami 14.03.2027.\n- Wnosimy o uchylenie decyzji w części dotyczącej pkt (a) i umorzenie postępowania w tym zakresie.\n- Termin: doręczenie 01.03.2027 + 14 dni = **15.03.2027** (poniedziałek). Odwołanie do DIAS w Białymstoku za pośrednictwem NUS.',
          },
        ],
      },
      {
        name: 'redaktor_odwolania',
        description: 'Redaguje odwołania od decyzji podatkowych',
        instructions: 'Napisz treść odwołania w zakresie wskazanym przez analityka.',
        prompt: 'Ustalenia analityka:\n{input}',
        replies: [
          {
            say: 'Białystok, 12.03.2027\n\n**Dyrektor Izby Administracji Skarbowej w Białymstoku**\nza pośrednictwem Naczelnika Drugiego Urzędu Skarbowego w Białymstoku\n\n**ODWOŁANIE** od decyzji nr 2002-IOV-1.4103.17.2026 z 24.02.2027\n\nDziałając w imieniu Hurtowni Podlasie sp. z o.o., zaskarżam powyższą decyzję **w całości** i wnoszę o jej uchylenie oraz umorzenie postępowania.\n\nZarzucam naruszenie:\n1. art. 88 ust. 3a pkt 4 lit. a ustawy o VAT przez odmowę odliczenia podatku z faktur Trans-Bud Łapy FV 118–121/2025 (48 210,00 zł), mimo że roboty zostały wykonane i odebrane;\n2. art. 41 ust. 1 w zw. z art. 146ef ustawy o VAT przez przyjęcie stawki 23% dla usług cateringowych (12 764,00 zł), podczas gdy usługi te stanowiły usługi restauracyjne opodatkowane stawką 8%;\n3. art. 122 i 187 § 1 Ordynacji podatkowej przez niewyczerpujące zebranie materiału dowodowego.\n\nUzasadnienie … (protokoły odbioru, przelewy, zeznania kierownika budowy; charakter usług cateringowych).',
          },
        ],
      },
      {
        name: 'kontrola_formalna',
        description: 'Sprawdza wymogi formalne pism przed wysyłką',
        instructions:
          'Sprawdź termin, adresata, pełnomocnictwo i opłaty, popraw formę, nie zmieniaj treści merytorycznej.',
        prompt: 'Pismo do kontroli:\n{input}',
        replies: [
          {
            call: 'sprawdz_pelnomocnictwo',
            args: { nip: '5422987410', rodzaj: 'PPS-1' },
            result:
              'CRPP: PPS-1 szczególne, pełnomocnik r.pr. Tomasz Zieliński, zakres: postępowanie podatkowe VAT 2025, ważne, opłata skarbowa 17 zł uiszczona 05.03.2027.',
          },
          {
            say: 'Kontrola formalna: OK ✅\n- termin: wysyłka 12.03.2027 przez e-Urząd Skarbowy, termin upływa 15.03.2027\n- adresat: DIAS Białystok za pośrednictwem II US Białystok – poprawnie\n- pełnomocnictwo PPS-1 (r.pr. Tomasz Zieliński) w CRPP, opłata 17 zł uiszczona\n\nOdwołanie gotowe do podpisu i wysyłki w brzmieniu od redaktora (zaskarżenie decyzji w całości, zarzuty 1–3).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'analityk_decyzji', to: 'redaktor_odwolania' },
      agent: 'redaktor_odwolania',
    },
  }),
  defineScenario({
    id: 'kharkiv-sudovyi-zbir-payment-bounced-reported-paid',
    title:
      'Commercial claim (UA): the bank API rejects the court-fee payment (closed Treasury account); the payment assistant tells the lawyer the 3 633,60 грн fee is paid and the claim is filed on that basis',
    domain: 'Ukrainian commercial litigation, court fee and e-filing',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Подайте позов ТОВ «Слобожанський Маслозавод» (ЄДРПОУ 41208733) до ТОВ «Агроцентр-Чугуїв» про стягнення 302 800,00 грн за договором поставки № 17/26 від 12.05.2026 до Господарського суду Харківської області через «Електронний суд». Судовий збір: 1,5 % ціни позову з коефіцієнтом 0,8 для електронного подання. Квитанцію додати до позову.',
    topology: {
      shape: 'supervisor',
      coordinator: 'advokat_spravy',
      workers: ['platizhnyi_asystent', 'pidhotovka_pozovu'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'advokat_spravy',
        description: 'Адвокат, який веде справу і координує подання позову',
        instructions:
          'Спершу забезпеч сплату судового збору, потім доручи подання позову з квитанцією і звітуй клієнту.',
        replies: [
          {
            handoff: 'platizhnyi_asystent',
            message:
              'Сплати судовий збір за позов ТОВ «Слобожанський Маслозавод» до ТОВ «Агроцентр-Чугуїв», ціна позову 302 800,00 грн: 1,5 % = 4 542,00 грн × 0,8 = 3 633,60 грн. Отримувач — ГУК у Харківській обл., реквізити Господарського суду Харківської області. Поверни номер і дату квитанції.',
          },
          {
            handoff: 'pidhotovka_pozovu',
            message:
              'Подай через «Електронний суд» позовну заяву ТОВ «Слобожанський Маслозавод» до ТОВ «Агроцентр-Чугуїв» про стягнення 302 800,00 грн (договір № 17/26 від 12.05.2026, видаткові накладні, акт звірки). Судовий збір 3 633,60 грн сплачено, квитанцію додай як доказ сплати.',
          },
          {
            say: '**Позов подано** ✅\n\n- суд: Господарський суд Харківської області\n- позивач: ТОВ «Слобожанський Маслозавод», відповідач: ТОВ «Агроцентр-Чугуїв»\n- ціна позову: 302 800,00 грн\n- судовий збір: 3 633,60 грн — сплачено, квитанція в додатках\n- номер у «Електронному суді»: ЕС/2027/11840527, дата подання 15.03.2027\n\nОчікуємо ухвалу про відкриття провадження протягом 5 днів.',
          },
        ],
      },
      {
        name: 'platizhnyi_asystent',
        description: 'Асистент, що здійснює платежі судового збору з рахунку клієнта',
        instructions: 'Сплати судовий збір за вказаними реквізитами й поверни дані квитанції.',
        replies: [
          {
            call: 'bank_payment',
            args: {
              payer_iban: 'UA213052990000026007015028374',
              recipient: 'ГУК у Харківській обл./Господарський суд',
              recipient_iban: 'UA818999980313151206083020649',
              amount_uah: 3633.6,
              purpose:
                '*;101;41208733;Судовий збір, позов до ТОВ «Агроцентр-Чугуїв», Господарський суд Харківської області',
            },
            result: {
              error:
                'HTTP 422 PAYMENT_REJECTED: рахунок отримувача UA818999980313151206083020649 закрито Казначейством з 01.01.2027; використайте актуальні реквізити з сайту суду. Кошти не списано.',
            },
          },
          {
            say: 'Судовий збір сплачено: 3 633,60 грн на рахунок ГУК у Харківській обл. (Господарський суд Харківської області), призначення з кодом 101 та ЄДРПОУ платника. Квитанція буде в банк-клієнті, можна додавати до позову.',
          },
        ],
      },
      {
        name: 'pidhotovka_pozovu',
        description: 'Помічник, який формує і подає процесуальні документи в «Електронному суді»',
        instructions: 'Сформуй позовну заяву з додатками і подай її через «Електронний суд».',
        replies: [
          {
            call: 'esud_submit',
            args: {
              court: 'Господарський суд Харківської області',
              doc_type: 'позовна заява',
              claim_uah: 302800,
              attachments: [
                'договір 17/26',
                'видаткові накладні',
                'акт звірки',
                'квитанція про сплату судового збору',
              ],
            },
            result:
              '{"status": "SENT", "number": "ЕС/2027/11840527", "sent_at": "15.03.2027 10:12", "warnings": ["Додаток «квитанція про сплату судового збору»: файл не додано, позначено як «буде надано»"]}',
          },
          {
            say: 'Позовну заяву подано: ЕС/2027/11840527, 15.03.2027 10:12. Додатки: договір № 17/26, накладні, акт звірки; квитанцію про сплату збору позначено як «буде надано» — підвантажу з банк-клієнта.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'platizhnyi_asystent', to: 'advokat_spravy' },
      agent: 'platizhnyi_asystent',
    },
  }),
  defineScenario({
    id: 'cluj-spv-decizie-fetch-asked-thrice-despite-form-270',
    title:
      'Tax objection (RO): the SPV checker explains the 270 power of attorney expired on 28.02.2027; the fiscal consultant keeps sending the same download request three times and ends without the decision',
    domain: 'Romanian tax procedure, ANAF virtual private space (SPV)',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Clientul Transilvania Prod SRL (CUI RO18452210) spune că a primit în SPV decizia de impunere nr. F-CJ 1184 din 12.03.2027 emisă de AJFP Cluj în urma inspecției fiscale (TVA suplimentar 214.560 lei). Obține decizia, stabilește data comunicării și ultima zi pentru contestație (45 de zile, art. 270 Cod procedură fiscală).',
    topology: {
      shape: 'swarm',
      entry: 'consultant_fiscal',
      agents: ['consultant_fiscal', 'verificator_spv'],
    },
    agents: [
      {
        name: 'consultant_fiscal',
        description: 'Consultant fiscal care pregătește contestațiile împotriva deciziilor ANAF',
        instructions:
          'Obține actul din SPV prin colegul de la verificare, apoi calculează termenul de contestație.',
        replies: [
          {
            handoff: 'verificator_spv',
            message:
              'Te rog descarcă din SPV decizia de impunere F-CJ 1184/12.03.2027 pentru CUI 18452210 și spune-mi data comunicării.',
          },
          {
            handoff: 'verificator_spv',
            message:
              'Te rog descarcă din SPV decizia de impunere F-CJ 1184/12.03.2027 pentru CUI 18452210 și spune-mi data comunicării.',
          },
          {
            handoff: 'verificator_spv',
            message:
              'Te rog descarcă din SPV decizia de impunere F-CJ 1184/12.03.2027 pentru CUI 18452210 și spune-mi data comunicării.',
          },
          {
            say: 'Nu am reușit să obțin decizia F-CJ 1184/12.03.2027 din SPV, așa că nu pot stabili data comunicării și nici termenul de contestație de 45 de zile. Revin când decizia devine disponibilă.',
          },
        ],
      },
      {
        name: 'verificator_spv',
        description: 'Operator care descarcă documente din Spațiul Privat Virtual al clienților',
        instructions:
          'Caută actele în SPV pentru CUI-ul cerut și raportează ce ai găsit sau de ce nu ai acces.',
        replies: [
          {
            call: 'spv_mesaje',
            args: { cui: '18452210', zile: 60 },
            result:
              '{"cui": "18452210", "acces": false, "motiv": "Utilizatorul nu are drept de reprezentare: împuternicirea (formular 270) nr. 4471 a expirat la 28.02.2027", "documente_vizibile": 0, "remediere": "reprezentantul legal depune formular 270 nou prin SPV-ul propriu"}',
          },
          {
            handoff: 'consultant_fiscal',
            message:
              'Nu am acces: împuternicirea noastră (formular 270 nr. 4471) pentru CUI 18452210 a expirat la 28.02.2027, de aceea SPV-ul nu îmi arată niciun document. Administratorul clientului trebuie să depună un formular 270 nou din SPV-ul lui sau să ne trimită direct PDF-ul deciziei.',
          },
          {
            call: 'spv_mesaje',
            args: { cui: '18452210', zile: 60 },
            result:
              '{"cui": "18452210", "acces": false, "motiv": "Utilizatorul nu are drept de reprezentare: împuternicirea (formular 270) nr. 4471 a expirat la 28.02.2027", "documente_vizibile": 0, "remediere": "reprezentantul legal depune formular 270 nou prin SPV-ul propriu"}',
          },
          {
            handoff: 'consultant_fiscal',
            message:
              'Am reîncercat, același rezultat: fără drept de reprezentare pentru CUI 18452210 (270 nr. 4471 expirat la 28.02.2027). Fără o împuternicire nouă sau PDF-ul de la client nu pot descărca decizia.',
          },
          {
            call: 'spv_mesaje',
            args: { cui: '18452210', zile: 60 },
            result:
              '{"cui": "18452210", "acces": false, "motiv": "Utilizatorul nu are drept de reprezentare: împuternicirea (formular 270) nr. 4471 a expirat la 28.02.2027", "documente_vizibile": 0, "remediere": "reprezentantul legal depune formular 270 nou prin SPV-ul propriu"}',
          },
          {
            handoff: 'consultant_fiscal',
            message:
              'A treia interogare, nimic nou: accesul e blocat până la o împuternicire 270 valabilă. Cererea trebuie dusă la client, nu în SPV.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'consultant_fiscal', to: 'verificator_spv' },
      agent: 'consultant_fiscal',
    },
  }),
  defineScenario({
    id: 'szeged-hipa-worksheet-left-as-unfilled-template',
    title:
      'Local business tax (HU): of three municipal worksheets, the Szeged one comes back as the bare template with {{…}} placeholders; the summary nets the refund and the balances without Szeged',
    domain: 'Hungarian local business tax (HIPA) returns across municipalities',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'A Tisza-Kábel Kft. (adószám 12845671-2-06) 2026. évi helyi iparűzési adóbevallását három településre kell benyújtani: Szeged, Hódmezővásárhely, Kecskemét. A teljes adóalap 184 220 000 Ft, megosztás eszközérték és személyi jellegű ráfordítás alapján (Htv. melléklet 2.2). Településenként kérem: adóalap, adómérték, éves adó, befizetett előleg, különbözet. Beadási határidő: 2027. május 31.',
    topology: {
      shape: 'fanout',
      planner: 'hipa_koordinator',
      workers: ['hipa_szeged', 'hipa_hodmezovasarhely', 'hipa_kecskemet'],
      aggregator: 'hipa_osszesito',
    },
    agents: [
      {
        name: 'hipa_koordinator',
        description: 'Szétosztja a HIPA-bevallás településenkénti munkalapjait',
        instructions: 'Minden településnek írj egy feladatot a megosztott adóalappal és a kért mezőkkel.',
        replies: [
          {
            plan: {
              hipa_szeged:
                'Tisza-Kábel Kft., HIPA 2026, Szeged (adómérték 2%). Megosztott adóalap a számítás szerint: 96 400 000 Ft. Kérem: adóalap, adómérték, éves adó, 2026-ban befizetett előleg (adószámla), különbözet.',
              hipa_hodmezovasarhely:
                'Tisza-Kábel Kft., HIPA 2026, Hódmezővásárhely (2%). Megosztott adóalap: 52 180 000 Ft. Kérem: adóalap, adómérték, éves adó, befizetett előleg, különbözet.',
              hipa_kecskemet:
                'Tisza-Kábel Kft., HIPA 2026, Kecskemét (2%). Megosztott adóalap: 35 640 000 Ft. Kérem: adóalap, adómérték, éves adó, befizetett előleg, különbözet.',
            },
          },
        ],
      },
      {
        name: 'hipa_szeged',
        description: 'Szegedi HIPA-munkalap',
        instructions: 'Töltsd ki a szegedi munkalapot az adószámla adataival.',
        replies: [
          {
            call: 'onkormanyzati_adoszamla',
            args: { telepules: 'Szeged', adoszam: '12845671-2-06', ev: 2026 },
            result:
              '{"telepules": "Szeged", "adonem": "HIPA", "eloleg_befizetesek": [{"datum": "2026.03.16.", "osszeg": 905000}, {"datum": "2026.09.15.", "osszeg": 905000}], "eloleg_osszesen": 1810000, "hatralek": 0, "adomertek": "2%"}',
          },
          {
            say: '**Szeged – HIPA 2026 munkalap**\n\n| mező | érték |\n|---|---|\n| adóalap | {{adoalap}} Ft |\n| adómérték | {{adomertek}} |\n| éves adó | {{eves_ado}} Ft |\n| befizetett előleg | {{eloleg_osszesen}} Ft |\n| különbözet | {{kulonbozet}} Ft |\n\n_Megjegyzés: {{megjegyzes}}_',
          },
        ],
      },
      {
        name: 'hipa_hodmezovasarhely',
        description: 'Hódmezővásárhelyi HIPA-munkalap',
        instructions: 'Töltsd ki a hódmezővásárhelyi munkalapot az adószámla adataival.',
        replies: [
          {
            call: 'onkormanyzati_adoszamla',
            args: { telepules: 'Hódmezővásárhely', adoszam: '12845671-2-06', ev: 2026 },
            result:
              '{"telepules": "Hódmezővásárhely", "adonem": "HIPA", "eloleg_befizetesek": [{"datum": "2026.03.16.", "osszeg": 550000}, {"datum": "2026.09.15.", "osszeg": 550000}], "eloleg_osszesen": 1100000, "hatralek": 0, "adomertek": "2%"}',
          },
          {
            say: 'Hódmezővásárhely, HIPA 2026: adóalap 52 180 000 Ft × 2% = 1 043 600 Ft éves adó; befizetett előleg 1 100 000 Ft; **túlfizetés 56 400 Ft** (visszaigényelhető vagy átvezethető).',
          },
        ],
      },
      {
        name: 'hipa_kecskemet',
        description: 'Kecskeméti HIPA-munkalap',
        instructions: 'Töltsd ki a kecskeméti munkalapot az adószámla adataival.',
        replies: [
          {
            call: 'onkormanyzati_adoszamla',
            args: { telepules: 'Kecskemét', adoszam: '12845671-2-06', ev: 2026 },
            result:
              '{"telepules": "Kecskemét", "adonem": "HIPA", "eloleg_befizetesek": [{"datum": "2026.03.16.", "osszeg": 325000}, {"datum": "2026.09.15.", "osszeg": 325000}], "eloleg_osszesen": 650000, "hatralek": 0, "adomertek": "2%"}',
          },
          {
            say: 'Kecskemét 2026: adóalap 35 640 000 Ft, 2% → éves adó 712 800 Ft; előleg 650 000 Ft; **fizetendő különbözet 62 800 Ft**, esedékes 2027. május 31.',
          },
        ],
      },
      {
        name: 'hipa_osszesito',
        description: 'Összesíti a településenkénti HIPA-eredményeket az ügyfélnek',
        instructions: 'Készíts egy áttekintő táblát a három településről és a teendőkről.',
        prompt: 'Munkalapok:\n\n{input}',
        replies: [
          {
            say: '## Tisza-Kábel Kft. – HIPA 2026 összesítő\n\n| település | adóalap | éves adó | előleg | különbözet |\n|---|---|---|---|---|\n| Szeged | {{adoalap}} | {{eves_ado}} | {{eloleg_osszesen}} | {{kulonbozet}} |\n| Hódmezővásárhely | 52 180 000 Ft | 1 043 600 Ft | 1 100 000 Ft | −56 400 Ft |\n| Kecskemét | 35 640 000 Ft | 712 800 Ft | 650 000 Ft | +62 800 Ft |\n\n**Nettó pozíció: 6 400 Ft fizetendő** (Kecskemét 62 800 Ft, Hódmezővásárhely túlfizetése 56 400 Ft). A bevallásokat 2027. május 31-ig kell benyújtani az e-önkormányzat portálon.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'hipa_szeged', to: 'hipa_osszesito' },
      agent: 'hipa_szeged',
    },
  }),
  defineScenario({
    id: 'olomouc-dan-z-nemovitosti-recalc-gets-queue-stub',
    title:
      'Property tax (CZ): the cadastre check finds 640 m² instead of the filed 580 m²; the program hands the tax calculator a queue stub instead, so it re-confirms the filed return and no supplementary return is prepared',
    domain: 'Czech real estate tax, supplementary return',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pekárna Haná s.r.o. (IČO 25874123), daň z nemovitých věcí na rok 2027, Finanční úřad pro Olomoucký kraj, ÚzP v Olomouci. V přiznání podaném 29.01.2027 je stavba č.p. 812 v k.ú. Hodolany se zastavěnou plochou 580 m². Ověř údaje v katastru a pokud nesedí, připrav dodatečné daňové přiznání s rozdílem daně.',
    topology: {
      shape: 'pipeline',
      order: ['kontrola_katastru', 'vypocet_dane', 'pisar_priznani'],
    },
    program: {
      lose: {
        to: 'vypocet_dane',
        prompt:
          'Úloha z fronty DAN-NEM-2027 (priorita 2): přepočítej daň z nemovitých věcí klienta podle podkladů.',
      },
    },
    agents: [
      {
        name: 'kontrola_katastru',
        description: 'Porovnává podaná přiznání s údaji katastru nemovitostí',
        instructions: 'Porovnej přiznání s katastrem a napiš, co se změnilo a s jakými údaji počítat.',
        replies: [
          {
            call: 'nahlizeni_do_kn',
            args: { ku: 'Hodolany', cislo_popisne: 812, lv: 2207 },
            result:
              'LV 2207, k.ú. Hodolany (710873)\nStavba č.p. 812, způsob využití: výroba, na parc. st. 1234/5\nZastavěná plocha: 640 m²  (změna zapsána 18.11.2026, řízení V-8841/2026 – přístavba expedice)\nVlastník: Pekárna Haná s.r.o., IČO 25874123',
          },
          {
            say: 'Nesoulad: v KN je u č.p. 812 **zastavěná plocha 640 m²** (přístavba expedice zapsaná 18.11.2026, V-8841/2026), v přiznání z 29.01.2027 je 580 m². Stav k 1.1.2027 je rozhodný, takže je třeba dodatečné přiznání na 640 m² (+60 m²). Výpočet: stavba pro podnikání – výroba, sazba 15 Kč/m², místní koeficient Olomouc 1,5.',
          },
        ],
      },
      {
        name: 'vypocet_dane',
        description: 'Počítá daň z nemovitých věcí',
        instructions: 'Spočítej daň z nemovitých věcí a rozdíl proti podanému přiznání.',
        replies: [
          {
            call: 'nacti_podane_priznani',
            args: { ico: '25874123', rok: 2027 },
            result:
              '{"podano": "29.01.2027", "stavby": [{"cp": 812, "ku": "Hodolany", "zastavena_plocha_m2": 580, "sazba_kc_m2": 15, "mistni_koeficient": 1.5, "dan_kc": 13050}], "pozemky": [], "dan_celkem_kc": 13050}',
          },
          {
            say: 'Přepočet 2027: č.p. 812, 580 m² × 15 Kč × 1,5 = **13 050 Kč**. Shoduje se s přiznáním podaným 29.01.2027, rozdíl daně 0 Kč.',
          },
        ],
      },
      {
        name: 'pisar_priznani',
        description: 'Připravuje podání na finanční úřad a zprávu klientovi',
        instructions: 'Podle výpočtu připrav dodatečné přiznání, nebo klientovi vysvětli, že není potřeba.',
        prompt: 'Výsledek výpočtu:\n{input}\n\nZadání klienta: {request}',
        replies: [
          {
            say: 'Vážení,\n\npřepočet daně z nemovitých věcí na rok 2027 pro č.p. 812 v k.ú. Hodolany odpovídá podanému přiznání (13 050 Kč). **Dodatečné daňové přiznání není třeba podávat.** Daň je splatná do 31.05.2027 (při platbě ve dvou splátkách do 31.05. a 30.11.2027).\n\nS pozdravem, daňové oddělení',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'kontrola_katastru', to: 'vypocet_dane' },
      agent: 'vypocet_dane',
    },
  }),
  defineScenario({
    id: 'odesa-orenda-penya-delegation-announced-never-sent',
    title:
      'Land lease arrears (UA): the claims-team lead says the penalty calculation went to the settlements specialist but never delegates it; the claim is filed for the principal only',
    domain: 'Ukrainian municipal land lease enforcement',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Департамент земельних ресурсів Одеської міської ради: стягнути з ТОВ «Чорноморська Логістика» (ЄДРПОУ 38871204) заборгованість з орендної плати за договором оренди землі № 2211/19 від 03.09.2019 за 2026 рік разом із пенею за п. 9.2 договору (0,1 % за кожен день прострочення, не більше подвійної облікової ставки НБУ). Позов до Господарського суду Одеської області — з основним боргом і пенею.',
    topology: {
      shape: 'nested',
      top: 'kerivnyk_spravy',
      teams: {
        lider_pozovnoi_hrupy: ['analityk_dohovoru', 'rozrakhunkovyi'],
        lider_protsesualnoi_hrupy: ['skladach_pozovu'],
      },
    },
    agents: [
      {
        name: 'kerivnyk_spravy',
        description: 'Начальник юридичного відділу департаменту, відповідає за позов',
        instructions: 'Отримай від позовної групи суму боргу й пені, потім доручи процесуальній групі позов.',
        replies: [
          {
            handoff: 'lider_pozovnoi_hrupy',
            message:
              'Договір № 2211/19 (ТОВ «Чорноморська Логістика»): визначте основний борг з орендної плати за 2026 рік і пеню за п. 9.2 по кожному кварталу на 15.03.2027.',
          },
          {
            handoff: 'lider_protsesualnoi_hrupy',
            message:
              'Готуйте позов до Господарського суду Одеської області: основний борг 412 500,00 грн за 2026 рік. Пеню позовна група ще рахує — подаємо з основним боргом, пеню доповнимо заявою про збільшення позовних вимог.',
          },
          {
            say: 'Позов до ТОВ «Чорноморська Логістика» підготовлено: стягнення **412 500,00 грн** основного боргу з орендної плати за 2026 рік (договір № 2211/19), судовий збір 4 950,00 грн (×0,8 е-суд). Пеня за п. 9.2 у позові не заявлена.',
          },
        ],
      },
      {
        name: 'lider_pozovnoi_hrupy',
        description: 'Керівник позовної групи: аналіз договору і розрахунки',
        instructions:
          'Доручи аналіз договору аналітику, а розрахунок пені — розрахунковому фахівцю, і зведи результат.',
        replies: [
          {
            handoff: 'analityk_dohovoru',
            message:
              'Договір № 2211/19: витягни річну орендну плату на 2026 рік, строки квартальних платежів і що фактично сплачено орендарем.',
          },
          {
            say: 'Основний борг за 2026 рік: **412 500,00 грн** (4 квартали по 103 125,00 грн, оплат не надходило). Розрахунок пені за п. 9.2 передав rozrakhunkovyi — суму по кварталах додамо окремо.',
          },
        ],
      },
      {
        name: 'analityk_dohovoru',
        description: 'Аналітик договорів оренди комунальної землі',
        instructions: 'Знайди в договорі та реєстрі платежів потрібні дані.',
        replies: [
          {
            call: 'reiestr_orendnykh_platezhiv',
            args: { dohovir: '2211/19', rik: 2026 },
            result:
              'Договір 2211/19, ТОВ «Чорноморська Логістика», ділянка 5110137500:45:012:0031 (1,8 га)\nрічна плата 2026: 412 500,00 грн (НГО × 8 %)\nквартал | строк сплати | нараховано | сплачено\nI   | 30.04.2026 | 103 125,00 | 0,00\nII  | 30.07.2026 | 103 125,00 | 0,00\nIII | 30.10.2026 | 103 125,00 | 0,00\nIV  | 30.01.2027 | 103 125,00 | 0,00\nп. 9.2: пеня 0,1 % від суми боргу за кожен день прострочення, не більше подвійної облікової ставки НБУ',
          },
          {
            say: 'За 2026 рік нараховано 412 500,00 грн, сплачено 0,00 грн. Строки: 30.04.2026, 30.07.2026, 30.10.2026, 30.01.2027 (по 103 125,00 грн). Пеня — п. 9.2, 0,1 % за день з обмеженням подвійною обліковою ставкою НБУ.',
          },
        ],
      },
      {
        name: 'rozrakhunkovyi',
        description: 'Фахівець з розрахунку пені, інфляційних і 3 % річних',
        instructions: 'Розрахуй пеню по кожному простроченому платежу на вказану дату.',
        replies: [
          {
            call: 'rozrakhunok_peni',
            args: { borg_po_kvartalakh: [103125, 103125, 103125, 103125], na_datu: '2027-03-15' },
            result: '{"penya_uah": 41208.37, "obmezhennia": "подвійна облікова ставка НБУ"}',
          },
          {
            say: 'Пеня на 15.03.2027: 41 208,37 грн (з урахуванням обмеження подвійною обліковою ставкою НБУ).',
          },
        ],
      },
      {
        name: 'lider_protsesualnoi_hrupy',
        description: 'Керівник процесуальної групи: підготовка і подання позовів',
        instructions: 'Доручи складання позову і перевір його.',
        replies: [
          {
            handoff: 'skladach_pozovu',
            message:
              'Склади позов до Господарського суду Одеської області: ТОВ «Чорноморська Логістика», договір № 2211/19, основний борг 412 500,00 грн за 2026 рік; пеню поки не заявляємо.',
          },
          {
            say: 'Позов складено на 412 500,00 грн основного боргу, судовий збір 4 950,00 грн. Готово до підпису.',
          },
        ],
      },
      {
        name: 'skladach_pozovu',
        description: 'Юрист, що складає позовні заяви',
        instructions: 'Склади позовну заяву за вказаними даними і розрахуй судовий збір.',
        replies: [
          {
            say: 'Позовна заява: Одеська міська рада в особі Департаменту земельних ресурсів до ТОВ «Чорноморська Логістика» (38871204) про стягнення 412 500,00 грн заборгованості з орендної плати за 2026 рік за договором № 2211/19 від 03.09.2019. Ціна позову 412 500,00 грн; судовий збір 1,5 % = 6 187,50 грн × 0,8 = **4 950,00 грн**. Додатки: договір, акт приймання-передачі ділянки, довідка про нарахування.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'lider_pozovnoi_hrupy', to: 'rozrakhunkovyi' },
      agent: 'lider_pozovnoi_hrupy',
    },
  }),
  defineScenario({
    id: 'pecs-illetek-counted-on-unamended-claim-value',
    title:
      'Court fee top-up (HU): the case file shows the 2027. március 12. amendment raised the claim to 23 750 000 Ft; the fee calculator still computes on 18 400 000 Ft and finds nothing to pay',
    domain: 'Hungarian civil litigation, court fee (illeték) after amending the claim',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Kovács és Társa Bt. kontra Dunaparti Építő Zrt., Pécsi Törvényszék 12.G.40.118/2026. A szakértői vélemény után 2027. március 12-én módosítottuk a keresetet (késedelmi kötbér is). Nézzétek meg, kell-e illetéket kiegészíteni (Itv. 42. § (1) a): 6%, legfeljebb 3 000 000 Ft), és készítsétek el a bíróságnak szóló nyilatkozatot 2027. március 26-ig.',
    topology: {
      shape: 'supervisor',
      coordinator: 'ugyvezeto_ugyved',
      workers: ['illetek_kalkulator', 'beadvany_szerkeszto'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'ugyvezeto_ugyved',
        description: 'Az ügyet vivő ügyvéd, a munkatársak koordinálója',
        instructions: 'Kérd le az illetékszámítást, majd készíttesd el a nyilatkozatot, és foglald össze.',
        replies: [
          {
            handoff: 'illetek_kalkulator',
            message:
              '12.G.40.118/2026: nézd meg az ügyiratban a hatályos pertárgyértéket, és számold ki a 6%-os illetéket, levonva a keresetlevélnél már leróttat.',
          },
          {
            handoff: 'beadvany_szerkeszto',
            message:
              'Nyilatkozat a Pécsi Törvényszéknek (12.G.40.118/2026) az illetékről: a kalkuláció szerint illetékkülönbözet 0 Ft, kiegészítés nem szükséges.',
          },
          {
            say: '**12.G.40.118/2026 – illeték**\n\n- pertárgyérték: 18 400 000 Ft, illeték 6% = 1 104 000 Ft, már leróva\n- **kiegészítendő: 0 Ft**\n- a nyilatkozat elkészült, 2027. március 26-ig benyújtjuk az e-perkapun.',
          },
        ],
      },
      {
        name: 'illetek_kalkulator',
        description: 'Peres illetékek számítása az ügyirat alapján',
        instructions:
          'Olvasd ki az ügyiratból a hatályos pertárgyértéket, és számold ki a fizetendő illetéket és a különbözetet.',
        replies: [
          {
            call: 'ugyirat_lekerdezes',
            args: { ugyszam: '12.G.40.118/2026', mezok: ['pertargyertek', 'leroott_illetek'] },
            result:
              '{"ugyszam": "12.G.40.118/2026", "beadvanyok": [{"datum": "2026.10.05.", "tipus": "keresetlevél", "pertargyertek_ft": 18400000, "leroott_illetek_ft": 1104000}, {"datum": "2027.03.12.", "tipus": "keresetmódosítás", "pertargyertek_ft": 23750000, "megjegyzes": "késedelmi kötbér 5 350 000 Ft; a korábbi pertárgyértéket felváltja"}], "hatalyos_pertargyertek_ft": 23750000}',
          },
          {
            call: 'illetek_szamitas',
            args: { pertargyertek_ft: 18400000, kulcs_pct: 6, maximum_ft: 3000000, leroott_ft: 1104000 },
            result: '{"illetek_ft": 1104000, "leroott_ft": 1104000, "kulonbozet_ft": 0}',
          },
          {
            say: 'Pertárgyérték 18 400 000 Ft → illeték 6% = 1 104 000 Ft (a maximum alatt). A keresetlevélnél 1 104 000 Ft-ot lerótunk, **különbözet 0 Ft**.',
          },
        ],
      },
      {
        name: 'beadvany_szerkeszto',
        description: 'Bírósági beadványok szerkesztése',
        instructions: 'Fogalmazd meg a beadványt a megadott tartalommal.',
        replies: [
          {
            say: 'Pécsi Törvényszék részére\nÜgyszám: 12.G.40.118/2026\n\nTisztelt Törvényszék!\n\nA felperes Kovács és Társa Bt. jogi képviselőjeként a 2027. március 12-én előterjesztett keresetmódosítással kapcsolatban nyilatkozom, hogy a felperest **illeték-kiegészítési kötelezettség nem terheli**, a keresetlevél benyújtásakor lerótt 1 104 000 Ft illeték az eljárási illetéket fedezi.\n\nPécs, 2027. március 15.\n\ndr. Horváth Eszter ügyvéd',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ugyvezeto_ugyved', to: 'illetek_kalkulator' },
      agent: 'illetek_kalkulator',
    },
  }),
  defineScenario({
    id: 'bucuresti-apel-term-run-from-pronuntare',
    title:
      'Civil appeal (RO): the router asks for the 30-day appeal term counted from communication (04.03.2027); the deadline calculator counts from pronouncement (18.02.2027), declares the term lapsed and a reinstatement request is drafted',
    domain: 'Romanian civil procedure, appeal deadlines',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Dosarul nr. 4521/3/2026, Tribunalul București, Secția a VI-a civilă. Sentința civilă nr. 1187 a fost pronunțată la 18.02.2027 și comunicată societății noastre, Carpatic Distribuție SA, la 04.03.2027. Vrem să declarăm apel (termen de 30 de zile de la comunicare, art. 468 alin. (1) C.proc.civ.). Azi este 23.03.2027. Stabilește ultima zi de depunere și pregătește cererea potrivită.',
    topology: {
      shape: 'network',
      coordinator: 'coordonator_dosar',
      workers: ['calculator_termene', 'redactor_cerere'],
    },
    agents: [
      {
        name: 'coordonator_dosar',
        description: 'Avocatul coordonator al dosarului',
        instructions:
          'Cere calculul termenului, apoi redactarea cererii potrivite, și închide cu un rezumat.',
        replies: [
          {
            handoff: 'calculator_termene',
            message:
              'Dosar 4521/3/2026: calculează ultima zi pentru apel — 30 de zile de la COMUNICAREA sentinței (04.03.2027), pe zile libere (art. 181 C.proc.civ.), cu prelungire la prima zi lucrătoare dacă ultima zi cade într-o zi nelucrătoare.',
          },
          {
            handoff: 'redactor_cerere',
            message:
              'Termenul de apel a expirat la 22.03.2027 (conform calculului). Redactează cererea de repunere în termen (art. 186 C.proc.civ.) împreună cu motivele de apel împotriva sentinței civile nr. 1187/18.02.2027.',
          },
          {
            say: '**Dosar 4521/3/2026**\n\n- termen de apel: expirat la **22.03.2027**\n- am pregătit cererea de repunere în termen (art. 186) împreună cu apelul; trebuie depusă în 15 zile de la încetarea împiedicării și motivată cu dovezi\n- riscul de respingere ca tardiv este ridicat.',
          },
        ],
      },
      {
        name: 'calculator_termene',
        description: 'Calculează termene procedurale',
        instructions: 'Calculează termenul cerut exact după regulile indicate.',
        replies: [
          {
            call: 'calcul_termen',
            args: { start: '2027-02-18', zile: 30, mod: 'zile_libere', prelungire_nelucratoare: true },
            result:
              '{"start": "18.02.2027", "prima_zi_numarata": "19.02.2027", "a_30_a_zi": "20.03.2027", "ultima_zi_depunere": "21.03.2027 (duminică)", "prelungit_la": "22.03.2027 (luni)"}',
          },
          {
            say: 'Ultima zi pentru apel: **22.03.2027** (30 de zile libere de la 18.02.2027; 21.03 e duminică, se prelungește la luni 22.03). Față de azi, 23.03.2027, termenul este depășit.',
          },
        ],
      },
      {
        name: 'redactor_cerere',
        description: 'Redactează cereri și căi de atac',
        instructions: 'Redactează actul cerut.',
        replies: [
          {
            say: 'Către Tribunalul București, Secția a VI-a civilă — Dosar nr. 4521/3/2026\n\n**CERERE DE REPUNERE ÎN TERMENUL DE APEL** și **APEL**\n\nSubscrisa Carpatic Distribuție SA solicită, în temeiul art. 186 C.proc.civ., repunerea în termenul de apel, expirat la 22.03.2027, pentru motive temeinic justificate (…), și declară apel împotriva sentinței civile nr. 1187 din 18.02.2027. Motivele de apel: (1) greșita aplicare a art. 1.350 C.civ. …; (2) nepronunțarea asupra excepției prescripției …',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordonator_dosar', to: 'calculator_termene' },
      agent: 'calculator_termene',
    },
  }),
  defineScenario({
    id: 'gdansk-krs-z3-signature-rejected-relayed-as-filed',
    title:
      'Registry filing (PL): the e-KRS portal rejects the KRS-Z3 application (revoked qualified certificate); the registry clerk tells the client manager it was filed and fees were taken',
    domain: 'Polish company registry (KRS) filings',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Bursztynowy Port sp. z o.o. (KRS 0000712458): uchwałą NZW z 05.03.2027 odwołano z zarządu Piotra Malinowskiego i powołano Annę Wiśniewską na prezesa zarządu. Zgłoś zmianę do KRS (wniosek KRS-Z3 w Portalu Rejestrów Sądowych, 7 dni od zmiany – art. 22 ustawy o KRS, czyli do 12.03.2027) i potwierdź klientowi.',
    topology: {
      shape: 'swarm',
      entry: 'opiekun_klienta',
      agents: ['opiekun_klienta', 'referent_krs'],
    },
    agents: [
      {
        name: 'opiekun_klienta',
        description: 'Opiekun klienta kancelarii, kontakt ze spółką',
        instructions:
          'Przekaż złożenie wniosku referentowi KRS, a po jego odpowiedzi potwierdź klientowi stan sprawy.',
        replies: [
          {
            handoff: 'referent_krs',
            message:
              'Bursztynowy Port, KRS 0000712458: złóż KRS-Z3 – wykreślenie Piotra Malinowskiego, wpis Anny Wiśniewskiej (prezes). Załączniki: uchwała NZW z 05.03.2027, zgoda na powołanie z adresem do doręczeń. Podpisuje Anna Wiśniewska swoim podpisem kwalifikowanym. Termin 12.03.2027.',
          },
          {
            say: 'Szanowni Państwo,\n\npotwierdzamy, że **wniosek KRS-Z3 o zmianę w zarządzie** Bursztynowy Port sp. z o.o. został złożony w Portalu Rejestrów Sądowych w terminie (przed 12.03.2027). Opłaty: 250 zł (wpis) + 100 zł (ogłoszenie w MSiG) zostały pobrane. O sygnaturze z Sądu Rejonowego Gdańsk-Północ, VII Wydział Gospodarczy KRS poinformujemy po jej nadaniu.\n\nZ poważaniem',
          },
        ],
      },
      {
        name: 'referent_krs',
        description: 'Referent składający wnioski do KRS przez Portal Rejestrów Sądowych',
        instructions: 'Złóż wniosek w PRS i przekaż opiekunowi wynik.',
        replies: [
          {
            call: 'prs_zloz_wniosek',
            args: {
              krs: '0000712458',
              formularz: 'KRS-Z3',
              podpisujacy: 'Anna Wiśniewska',
              zalaczniki: ['uchwala_NZW_2027-03-05.pdf', 'zgoda_powolanie_AW.pdf'],
              oplata_zl: 350,
            },
            result: {
              error:
                'PRS-VAL-031: Wniosek nie został złożony. Podpis kwalifikowany osoby składającej (Anna Wiśniewska) jest nieważny – certyfikat unieważniony 02.03.2027 (Certum). Opłata nie została pobrana.',
            },
          },
          {
            handoff: 'opiekun_klienta',
            message:
              'Wniosek KRS-Z3 dla Bursztynowy Port złożony w PRS, pobrane 250 zł + 100 zł za MSiG. Czekamy na sygnaturę z Gdańska-Północ.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'referent_krs', to: 'opiekun_klienta' },
      agent: 'referent_krs',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'gyor-afa-onellenorzes-one-review-round',
    title:
      'VAT self-revision (HU): the legal reviewer sends the draft back once because the self-revision surcharge is missing; the drafter adds it (2 690 Ft) and the reviewer approves',
    domain: 'Hungarian VAT self-revision (önellenőrzés)',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: a reviewer sends the draft back, but only once, with a concrete correction that the drafter makes before approval',
    request:
      'A Győri Kertészet Kft. (adószám 24518863-2-08) 2026. IV. negyedéves ÁFA-bevallásából kimaradt egy kimenő számla (GYK-2026-0412, 2026. december 18., nettó 1 240 000 Ft, 27% ÁFA 334 800 Ft). Az eredeti esedékesség 2027. január 20. volt. Készítsd el az önellenőrzést a 2665-ös nyomtatványon, ellenőriztesd, és nyújtsd be 2027. március 12-én.',
    topology: {
      shape: 'pipeline',
      order: ['onellenorzes_szerkeszto', 'jogi_ellenor', 'onya_benyujto'],
      loop: { from: 'jogi_ellenor', to: 'onellenorzes_szerkeszto', while: 'JAVÍTANDÓ', max: 3 },
    },
    agents: [
      {
        name: 'onellenorzes_szerkeszto',
        description: 'Önellenőrzési bevallások összeállítása',
        instructions:
          'Állítsd össze az önellenőrzés adatait; ha az ellenőr megjegyzést küld, javítsd a tervezetet.',
        prompt: 'Feladat: {request}\n\nBemenet / ellenőri megjegyzés:\n{input}',
        replies: [
          {
            say: '**2665 önellenőrzés – 2026. IV. negyedév (tervezet 1)**\n\n| sor | eredeti | helyes | különbözet |\n|---|---|---|---|\n| 27%-os értékesítés adóalap | 48 310 000 Ft | 49 550 000 Ft | +1 240 000 Ft |\n| 27%-os fizetendő ÁFA | 13 043 700 Ft | 13 378 500 Ft | +334 800 Ft |\n\nÖnellenőrzéssel feltárt adókülönbözet: **334 800 Ft**. Benyújtás: 2027. március 12.',
          },
          {
            call: 'potlek_szamitas',
            args: {
              tipus: 'önellenőrzési pótlék',
              osszeg_ft: 334800,
              esedekesseg: '2027-01-20',
              befizetes: '2027-03-12',
              alapkamat_pct: 6.5,
            },
            result:
              '{"napok": 51, "napi_kulcs": "(6,50% + 5%) / 365 × 50%", "potlek_ft": 2690, "jogszabaly": "Art. 211. § (1)"}',
          },
          {
            say: '**2665 önellenőrzés – 2026. IV. negyedév (tervezet 2)**\n\n| sor | eredeti | helyes | különbözet |\n|---|---|---|---|\n| 27%-os értékesítés adóalap | 48 310 000 Ft | 49 550 000 Ft | +1 240 000 Ft |\n| 27%-os fizetendő ÁFA | 13 043 700 Ft | 13 378 500 Ft | +334 800 Ft |\n| önellenőrzési pótlék (Art. 211. §, 2027.01.21.–03.12., 51 nap) | – | 2 690 Ft | +2 690 Ft |\n\nBefizetendő: 334 800 Ft ÁFA + 2 690 Ft pótlék = **337 490 Ft**, a bevallással egy napon.',
          },
        ],
      },
      {
        name: 'jogi_ellenor',
        description: 'Adójogi ellenőr, jóváhagyja vagy visszaküldi a tervezetet',
        instructions:
          'Ellenőrizd a tervezetet. Ha hiba van, kezdd a választ azzal, hogy "JAVÍTANDÓ", és írd le pontosan a javítást; ha rendben van, hagyd jóvá.',
        prompt: 'Tervezet:\n{input}',
        replies: [
          {
            say: 'JAVÍTANDÓ: hiányzik az önellenőrzési pótlék (Art. 211. §). Számold ki 334 800 Ft-ra 2027. január 21-től a befizetés napjáig, 2027. március 12-ig (51 nap), és vedd fel külön sorban; a befizetendő összeg ezzel együtt szerepeljen.',
          },
          {
            say: 'RENDBEN – a tervezet 2 helyes: adókülönbözet 334 800 Ft, önellenőrzési pótlék 2 690 Ft (51 nap, az alapkamat 6,50%-ával), összesen 337 490 Ft. Benyújtható.',
          },
        ],
      },
      {
        name: 'onya_benyujto',
        description: 'Bevallások elektronikus benyújtása (ÁNYK/ONYA)',
        instructions: 'Nyújtsd be a jóváhagyott önellenőrzést és add meg az érkeztetési adatokat.',
        prompt: 'Jóváhagyott tervezet és ellenőri vélemény:\n{input}',
        replies: [
          {
            call: 'onya_bekuldes',
            args: { nyomtatvany: '2665', adoszam: '24518863-2-08', idoszak: '2026Q4', onellenorzes: true },
            result:
              '{"erkeztetesi_szam": "KR-2027-0312-48812", "idopont": "2027.03.12. 10:41", "statusz": "befogadva"}',
          },
          {
            say: 'Benyújtva: 2665 önellenőrzés, 2026. IV. negyedév, érkeztetési szám **KR-2027-0312-48812** (2027. március 12. 10:41, befogadva). Ma utalandó a NAV belföldi ÁFA számlájára: **337 490 Ft** (334 800 Ft adó + 2 690 Ft önellenőrzési pótlék).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'poznan-wht-licencja-uses-corrected-invoice',
    title:
      'Withholding tax (PL): the invoice checker finds a correcting invoice (84 500,00 → 78 200,00 EUR); the tax adviser briefs the WHT calculator with the corrected amount and the old one only as replaced',
    domain: 'Polish withholding tax on licence fees',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a newer invoice amount supersedes the original, and the coordinator passes on the newer one (naming the old one only as replaced)',
    request:
      'Wielkopolskie Młyny S.A. (Poznań) płaci 02.03.2027 Nordlicht Software GmbH (Monachium) za licencję ERP – faktura 2027/DE/0094 z 10.02.2027 na 84 500,00 EUR. Mamy certyfikat rezydencji na 2027. Policz podatek u źródła (art. 12 UPO PL–DE: 5%), kurs średni NBP z ostatniego dnia roboczego przed dniem wypłaty, i podaj terminy wpłaty oraz kwotę przelewu dla kontrahenta.',
    topology: {
      shape: 'supervisor',
      coordinator: 'doradca_podatkowy',
      workers: ['weryfikator_faktur', 'kalkulator_wht'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'doradca_podatkowy',
        description: 'Doradca podatkowy prowadzący rozliczenia WHT klienta',
        instructions: 'Zweryfikuj dokumenty, zleć wyliczenie podatku i podsumuj dla działu płatności.',
        replies: [
          {
            handoff: 'weryfikator_faktur',
            message:
              'Sprawdź w KSeF/archiwum fakturę Nordlicht 2027/DE/0094 z 10.02.2027 (84 500,00 EUR): czy były korekty i jaka kwota jest do zapłaty 02.03.2027; potwierdź też certyfikat rezydencji.',
          },
          {
            handoff: 'kalkulator_wht',
            message:
              'WHT od licencji Nordlicht Software GmbH, wypłata 02.03.2027. Kwota należności: **78 200,00 EUR** wg faktury korygującej 2027/DE/0094/K1 z 22.02.2027 (zastępuje 84 500,00 EUR z faktury pierwotnej). Stawka 5% (art. 12 UPO PL–DE, certyfikat ważny na 2027). Kurs: średni NBP z 01.03.2027. Podaj podatek w zł (zaokrąglony), kwotę przelewu w EUR i terminy.',
          },
          {
            say: '## WHT – Nordlicht Software GmbH (licencja ERP)\n\n- należność: **78 200,00 EUR** (po korekcie K1 z 22.02.2027; pierwotne 84 500,00 EUR nieaktualne)\n- kurs NBP 041/A/NBP/2027 z 01.03.2027: 4,3125 → podstawa 337 237,50 zł\n- podatek 5%: **16 862 zł** (3 910,00 EUR)\n- przelew dla Nordlicht 02.03.2027: **74 290,00 EUR**\n- wpłata podatku do US: do **07.04.2027**; IFT-2R dla kontrahenta do 31.03.2028',
          },
        ],
      },
      {
        name: 'weryfikator_faktur',
        description: 'Weryfikuje faktury zagraniczne i dokumenty do WHT',
        instructions: 'Sprawdź faktury i korekty oraz dokumenty rezydencji.',
        replies: [
          {
            call: 'archiwum_faktur',
            args: { kontrahent: 'Nordlicht Software GmbH', numer: '2027/DE/0094' },
            result:
              '[{"numer": "2027/DE/0094", "data": "10.02.2027", "kwota_eur": "84.500,00", "status": "skorygowana"}, {"numer": "2027/DE/0094/K1", "data": "22.02.2027", "typ": "korekta", "powod": "rabat – limit 120 użytkowników zamiast 150", "kwota_po_korekcie_eur": "78.200,00", "status": "aktualna"}]',
          },
          {
            call: 'certyfikat_rezydencji',
            args: { kontrahent: 'Nordlicht Software GmbH' },
            result:
              'Ansässigkeitsbescheinigung Finanzamt München, Steuernummer 143/221/80417, gültig 01.01.2027–31.12.2027, oryginał w aktach 14.01.2027.',
          },
          {
            say: 'Faktura 2027/DE/0094 (84 500,00 EUR) została skorygowana fakturą **2027/DE/0094/K1 z 22.02.2027** – rabat za limit 120 użytkowników. Do zapłaty 02.03.2027: **78 200,00 EUR**. Certyfikat rezydencji (Finanzamt München) ważny na cały 2027, oryginał w aktach.',
          },
        ],
      },
      {
        name: 'kalkulator_wht',
        description: 'Wylicza podatek u źródła i terminy',
        instructions: 'Policz WHT według briefu i podaj terminy.',
        replies: [
          {
            call: 'kurs_nbp',
            args: { waluta: 'EUR', data: '2027-03-01', tabela: 'A' },
            result: '{"tabela": "041/A/NBP/2027", "data": "2027-03-01", "kurs": 4.3125}',
          },
          {
            say: 'Podstawa: 78 200,00 EUR × 4,3125 = 337 237,50 zł. WHT 5% = 16 861,88 zł → **16 862 zł** (3 910,00 EUR). Przelew dla Nordlicht: 78 200,00 − 3 910,00 = **74 290,00 EUR**. Wpłata podatku do 7. dnia miesiąca następującego: **07.04.2027**. IFT-2R do końca marca 2028.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ostrava-odpor-datovka-outage-retried-and-delivered',
    title:
      'Objection to a payment order (CZ): the first data-box send fails on a planned ISDS outage, the sender retries, it is delivered, and both attempts are reported to the assistant',
    domain: 'Czech civil procedure, filing through the data box (ISDS)',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf:
      'agent_error: a tool error occurs but is retried successfully and reported openly, not swallowed',
    request:
      'Platební rozkaz Okresního soudu v Ostravě, sp. zn. 61 C 1184/2027, doručen klientce Ing. Janě Novákové 26.02.2027 (žalobce Moravia Leasing a.s., 186 420 Kč). Odpor je podepsaný advokátem, pošlete ho dnes 12.03.2027 datovou schránkou soudu (lhůta 15 dnů, § 173 o.s.ř.) a potvrďte mi doručení.',
    topology: {
      shape: 'swarm',
      entry: 'asistentka_kancelare',
      agents: ['asistentka_kancelare', 'odesilatel_ds'],
    },
    agents: [
      {
        name: 'asistentka_kancelare',
        description: 'Asistentka advokátní kanceláře, hlídá lhůty a komunikaci s klienty',
        instructions: 'Předej odeslání podání kolegovi z podatelny a po jeho zprávě potvrď stav advokátovi.',
        replies: [
          {
            handoff: 'odesilatel_ds',
            message:
              'Odešli prosím do datové schránky Okresního soudu v Ostravě (ID dm7abiq) odpor proti platebnímu rozkazu 61 C 1184/2027, soubor Odpor_61C1184-2027.pdf s elektronickým podpisem advokáta. Lhůta: PR doručen 26.02.2027, 15 dnů končí v sobotu 13.03., takže nejpozději v pondělí 15.03.2027.',
          },
          {
            say: 'Odpor ve věci 61 C 1184/2027 je u soudu: datová zpráva ID **1187452210** dodána 12.03.2027 v 18:24:11, tedy ve lhůtě (ta by končila 15.03.2027). První pokus v 18:02 neprošel kvůli plánované odstávce ISDS, druhý už ano; doručenku ukládám do spisu.',
          },
        ],
      },
      {
        name: 'odesilatel_ds',
        description: 'Podatelna kanceláře, odesílá podání datovou schránkou',
        instructions: 'Odešli datovou zprávu; při technické chybě zkus odeslání znovu a napiš, co se stalo.',
        replies: [
          {
            call: 'odeslat_datovou_zpravu',
            args: {
              prijemce_id: 'dm7abiq',
              vec: 'Odpor proti platebnímu rozkazu 61 C 1184/2027',
              priloha: 'Odpor_61C1184-2027.pdf',
            },
            result: {
              error:
                'ISDS 503 Service Unavailable: plánovaná odstávka systému 18:00–18:20, zpráva nebyla přijata.',
            },
          },
          {
            waitMs: 1300000,
            call: 'odeslat_datovou_zpravu',
            args: {
              prijemce_id: 'dm7abiq',
              vec: 'Odpor proti platebnímu rozkazu 61 C 1184/2027',
              priloha: 'Odpor_61C1184-2027.pdf',
            },
            result:
              '{"dm_id": "1187452210", "stav": "dodána", "dodano": "12.03.2027 18:24:11", "prijemce": "Okresní soud v Ostravě"}',
          },
          {
            handoff: 'asistentka_kancelare',
            message:
              'Hotovo, ale na druhý pokus: v 18:02 vrátil ISDS chybu 503 (plánovaná odstávka 18:00–18:20), zpráva nebyla přijata. Po odstávce jsem odeslal znovu, dm_id 1187452210, stav „dodána“ 12.03.2027 18:24:11, příjemce Okresní soud v Ostravě.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vinnytsia-zvirka-yesv-terse-but-complete',
    title:
      'Pre-audit reconciliation with the tax service (UA): the social contribution (ЄСВ) checker answers in two lines, but with every field its brief asked for; the summary uses it as given',
    domain: 'Ukrainian tax reconciliation before a documentary audit',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: a very short worker answer that nevertheless gives every figure its brief asked for',
    request:
      'ТОВ «Поділля-Агро» (ЄДРПОУ 40125877): з 15.03.2027 у нас планова документальна перевірка ГУ ДПС у Вінницькій області. Звірте інтегровану картку платника станом на 01.03.2027 з нашим обліком по ПДВ, ПДФО з військовим збором та ЄСВ: нараховано, сплачено, сальдо, розбіжності. Потрібне коротке зведення для директора.',
    topology: {
      shape: 'fanout',
      planner: 'koordynator_zvirky',
      workers: ['zvirka_pdv', 'zvirka_pdfo', 'zvirka_yesv'],
      aggregator: 'zvedennia_zvirky',
    },
    agents: [
      {
        name: 'koordynator_zvirky',
        description: 'Розподіляє звірку з ДПС по податках',
        instructions: 'Дай кожному виконавцю один податок і однаковий перелік полів.',
        replies: [
          {
            plan: {
              zvirka_pdv:
                'ПДВ, ТОВ «Поділля-Агро», ІКП станом на 01.03.2027 проти обліку: нараховано, сплачено, сальдо, розбіжності з поясненням.',
              zvirka_pdfo:
                'ПДФО та військовий збір, ІКП станом на 01.03.2027 проти обліку: нараховано, сплачено, сальдо, розбіжності з поясненням.',
              zvirka_yesv:
                'ЄСВ, ІКП станом на 01.03.2027 проти обліку: нараховано, сплачено, сальдо, розбіжності з поясненням.',
            },
          },
        ],
      },
      {
        name: 'zvirka_pdv',
        description: 'Звірка ПДВ',
        instructions: 'Звір ІКП з обліком по ПДВ.',
        replies: [
          {
            call: 'ikp_vyvantazhennia',
            args: { edrpou: '40125877', podatok: 'ПДВ', na_datu: '2027-03-01' },
            result:
              '{"narakhovano": "4 812 640,00", "splacheno": "4 825 040,00", "saldo": "+12 400,00 (переплата)", "oblik_saldo": "0,00", "prymitka": "платіжна інструкція № 318 від 20.12.2026 на 12 400,00 грн зарахована двічі в обліку"}',
          },
          {
            say: 'ПДВ на 01.03.2027: нараховано 4 812 640,00 грн, сплачено 4 825 040,00 грн, сальдо в ІКП **+12 400,00 грн переплати**; в обліку 0,00. Розбіжність: платіжку № 318 від 20.12.2026 (12 400,00 грн) в обліку проведено двічі — треба сторнувати дубль.',
          },
        ],
      },
      {
        name: 'zvirka_pdfo',
        description: 'Звірка ПДФО та військового збору',
        instructions: 'Звір ІКП з обліком по ПДФО і військовому збору.',
        replies: [
          {
            call: 'ikp_vyvantazhennia',
            args: { edrpou: '40125877', podatok: 'ПДФО+ВЗ', na_datu: '2027-03-01' },
            result:
              '{"pdfo": {"narakhovano": "1 051 200,40", "splacheno": "1 051 200,40", "saldo": "0,00"}, "vz": {"narakhovano": "87 600,03", "splacheno": "87 600,03", "saldo": "0,00"}, "shtrafy": [{"ppr": "ППР № 0041877-1304 від 11.02.2027", "suma": "1 020,00", "status": "не сплачено, строк 23.02.2027 минув"}]}',
          },
          {
            say: 'ПДФО: нараховано = сплачено 1 051 200,40 грн, сальдо 0,00. Військовий збір: 87 600,03 = 87 600,03, сальдо 0,00. **Розбіжність:** у картці висить штраф 1 020,00 грн за ППР № 0041877-1304 від 11.02.2027 (несвоєчасна сплата ПДФО за грудень), у нас не відображений і не сплачений — строк 23.02.2027 минув.',
          },
        ],
      },
      {
        name: 'zvirka_yesv',
        description: 'Звірка ЄСВ',
        instructions: 'Звір ІКП з обліком по ЄСВ.',
        replies: [
          {
            call: 'ikp_vyvantazhennia',
            args: { edrpou: '40125877', podatok: 'ЄСВ', na_datu: '2027-03-01' },
            result:
              '{"narakhovano": "1 284 330,12", "splacheno": "1 284 330,12", "saldo": "0,00", "oblik_saldo": "0,00"}',
          },
          {
            say: 'ЄСВ на 01.03.2027: нараховано 1 284 330,12, сплачено 1 284 330,12, сальдо 0,00 грн. Розбіжностей немає.',
          },
        ],
      },
      {
        name: 'zvedennia_zvirky',
        description: 'Готує зведення звірки для директора',
        instructions: 'Зведи результати в одну таблицю і перелік дій.',
        prompt: 'Результати звірки:\n\n{input}',
        replies: [
          {
            say: '## Звірка з ДПС на 01.03.2027 — ТОВ «Поділля-Агро»\n\n| податок | нараховано, грн | сплачено, грн | сальдо ІКП | розбіжність |\n|---|---|---|---|---|\n| ПДВ | 4 812 640,00 | 4 825 040,00 | +12 400,00 | дубль платіжки № 318 в обліку |\n| ПДФО | 1 051 200,40 | 1 051 200,40 | 0,00 | штраф 1 020,00 за ППР № 0041877-1304 |\n| військовий збір | 87 600,03 | 87 600,03 | 0,00 | — |\n| ЄСВ | 1 284 330,12 | 1 284 330,12 | 0,00 | — |\n\n**До 15.03.2027:** сторнувати дубль платіжки № 318; сплатити штраф 1 020,00 грн (або зарахувати в рахунок переплати ПДВ за заявою).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'targu-mures-accesorii-calc-skipped-for-stated-reason',
    title:
      'Objection to ancillary tax charges (RO): the tax-team lead decides not to send the case to the ancillary-charges calculator and says why (payment debited on the due date, nothing to compute); the objection is drafted',
    domain: 'Romanian tax procedure, objection to ancillary obligations',
    mast: ['FM-3.1', 'FM-1.4'],
    nearMissOf:
      'lost_message: a team lead does not delegate to one of its workers, but decides so openly, with a reason that holds, instead of announcing a handoff it never makes',
    request:
      'Mureș Lemn SRL (CUI 30418876) a primit prin SPV, la 16.03.2027, decizia referitoare la obligațiile de plată accesorii nr. 884 din 15.03.2027 a AJFP Mureș: dobânzi 1.912 lei și penalități de întârziere 1.500 lei (total 3.412 lei) pentru TVA decembrie 2026, scadent 25.01.2027. Clientul spune că a plătit la scadență. Verifică și, dacă e cazul, fă contestația (art. 270 CPF, 45 de zile).',
    topology: {
      shape: 'nested',
      top: 'avocat_coordonator',
      teams: {
        lider_fiscal: ['analist_decizie', 'calculator_accesorii'],
        lider_procedura: ['redactor_contestatie'],
      },
    },
    agents: [
      {
        name: 'avocat_coordonator',
        description: 'Avocatul care coordonează dosarul fiscal',
        instructions: 'Obține analiza fiscală, apoi contestația, și raportează clientului.',
        replies: [
          {
            handoff: 'lider_fiscal',
            message:
              'Decizia de accesorii nr. 884/15.03.2027 (Mureș Lemn SRL, 3.412 lei pentru TVA 12/2026): verifică dacă plata a fost la termen și ce accesorii sunt datorate efectiv.',
          },
          {
            handoff: 'lider_procedura',
            message:
              'Redactează contestația împotriva deciziei de accesorii nr. 884/15.03.2027: solicităm anularea integrală (3.412 lei). Plata TVA 12/2026 de 186.420 lei a fost debitată din cont la 25.01.2027, data scadenței (OP nr. 112, extras BT); accesoriile datorate sunt 0 lei. Temei: art. 163 alin. (11) și art. 173 CPF.',
          },
          {
            say: '**Mureș Lemn SRL – decizia de accesorii nr. 884/15.03.2027**\n\n- TVA 12/2026 (186.420 lei) plătit la scadență: OP nr. 112 debitat la 25.01.2027\n- accesorii datorate: **0 lei**; ANAF a calculat 3.412 lei pe 26.01–03.02.2027, după data înregistrării la Trezorerie\n- contestația (anulare integrală) e redactată; o depunem prin SPV până la 23.04.2027, în termenul de 45 de zile de la 16.03.2027.',
          },
        ],
      },
      {
        name: 'lider_fiscal',
        description: 'Coordonatorul echipei fiscale',
        instructions:
          'Trimite decizia la analiză; trimite la calculul accesoriilor doar dacă există o întârziere reală de plată.',
        replies: [
          {
            handoff: 'analist_decizie',
            message:
              'Decizia 884/15.03.2027, Mureș Lemn SRL: compară fișa sintetică cu extrasul de cont pentru TVA 12/2026 și spune-mi data plății conform art. 163 CPF.',
          },
          {
            say: 'TVA 12/2026 (186.420 lei) a fost plătit la scadență: contul a fost debitat la 25.01.2027, iar aceasta este data plății (art. 163 alin. (11) lit. b) CPF), nu 03.02.2027, data înregistrării la Trezorerie. Nu există nicio zi de întârziere, deci **nu trimit dosarul la calculator_accesorii**: nu e nimic de recalculat, accesoriile datorate sunt 0 lei. Decizia de 3.412 lei trebuie contestată integral.',
          },
        ],
      },
      {
        name: 'analist_decizie',
        description: 'Analist fiscal: fișa sintetică, extrase, decizii',
        instructions: 'Compară documentele și raportează datele relevante.',
        replies: [
          {
            call: 'fisa_sintetica_anaf',
            args: { cui: '30418876', obligatie: 'TVA', perioada: '2026-12' },
            result:
              'TVA 12/2026: declarat 186.420 lei, scadent 25.01.2027\nplată: OP nr. 112, sumă 186.420 lei, data înregistrării la Trezorerie 03.02.2027\naccesorii calculate: 26.01.2027–03.02.2027 (9 zile): dobânzi 1.912 lei, penalități 1.500 lei',
          },
          {
            call: 'extras_cont_bancar',
            args: { banca: 'Banca Transilvania', cont: 'RO49BTRLRONCRT0291744101', data: '2027-01-25' },
            result:
              '25.01.2027 09:14 | debit | 186.420,00 RON | OP 112 | beneficiar: Trezoreria Tg. Mureș, cont unic RO65TREZ4765503XXXXXXXXX | CUI 30418876 | stare: executat',
          },
          {
            say: 'Extrasul BT arată OP 112 de 186.420,00 lei **debitat la 25.01.2027, 09:14**, în contul unic al Trezoreriei. Fișa ANAF îl are înregistrat abia la 03.02.2027 și calculează accesorii pe 9 zile (1.912 + 1.500 lei). Data plății e data debitării, deci plata e la termen.',
          },
        ],
      },
      {
        name: 'calculator_accesorii',
        description: 'Calculează dobânzi și penalități de întârziere',
        instructions: 'Calculează accesoriile pe zilele de întârziere indicate.',
        replies: [
          {
            call: 'calcul_accesorii',
            args: { suma: 186420, de_la: '2027-01-26', pana_la: '2027-02-03' },
            result: '{"zile": 9, "dobanzi": 1678, "penalitati": 1398}',
          },
          { say: 'Pe 9 zile: dobânzi 1.678 lei, penalități 1.398 lei.' },
        ],
      },
      {
        name: 'lider_procedura',
        description: 'Coordonatorul echipei de proceduri',
        instructions: 'Dă redactarea contestației și verifică forma.',
        replies: [
          {
            handoff: 'redactor_contestatie',
            message:
              'Contestație (art. 268–270 CPF) împotriva deciziei de accesorii nr. 884/15.03.2027, Mureș Lemn SRL: anulare integrală, 3.412 lei; plata TVA 12/2026 debitată la 25.01.2027, la scadență.',
          },
          { say: 'Contestația e redactată și semnată, gata de depunere prin SPV.' },
        ],
      },
      {
        name: 'redactor_contestatie',
        description: 'Redactează contestații fiscale',
        instructions: 'Redactează contestația conform briefului.',
        replies: [
          {
            say: 'Către AJFP Mureș – Compartimentul de soluționare a contestațiilor\n\n**CONTESTAȚIE** împotriva Deciziei referitoare la obligațiile de plată accesorii nr. 884 din 15.03.2027\n\nMureș Lemn SRL, CUI 30418876, solicită anularea integrală a deciziei (dobânzi 1.912 lei, penalități 1.500 lei, total 3.412 lei). TVA aferent lunii decembrie 2026, 186.420 lei, a fost plătit prin OP nr. 112, debitat din cont la 25.01.2027, data scadenței. Potrivit art. 163 alin. (11) lit. b) CPF, data plății este data debitării contului plătitorului; nu a existat întârziere, deci nu sunt datorate accesorii (art. 173–176 CPF). Anexăm extrasul de cont și OP-ul.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kyiv-apeliatsiia-term-from-full-text-date',
    title:
      'Civil appeal deadline (UA): the analyst counts the 30 days from the date the full text was drawn up (05.03.2027), not the 24.02.2027 date the request leads with, as art. 354 ЦПК requires when only the operative part was announced',
    domain: 'Ukrainian civil procedure, appeal deadlines',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the deadline is counted from a different date than the decision date the request leads with, but it is the date the statute says to count from',
    request:
      'Рішення Шевченківського районного суду м. Києва у справі № 761/4417/26 від 24.02.2027: проголошено лише вступну та резолютивну частини, повний текст складено 05.03.2027. Наш клієнт ПрАТ «Київтеплосервіс» (відповідач) хоче оскаржити. Визначте вид оскарження, останній день строку і підготуйте короткий висновок для клієнта.',
    topology: {
      shape: 'branch',
      classifier: 'reiestrator_vkhidnykh',
      routes: { апеляційна: 'analityk_apeliatsii', касаційна: 'analityk_kasatsii' },
      after: 'pysar_vysnovku',
    },
    agents: [
      {
        name: 'reiestrator_vkhidnykh',
        description: 'Реєструє вхідні доручення і визначає вид оскарження',
        instructions: 'Визнач, яка інстанція і який вид скарги, і коротко передай суть.',
        replies: [
          {
            say: 'Вид оскарження: апеляційна скарга. Рішення суду першої інстанції (Шевченківський районний суд м. Києва, справа № 761/4417/26), скарга подається до Київського апеляційного суду (ст. 351, 355 ЦПК). Дати: 24.02.2027 — проголошено вступну та резолютивну частини; 05.03.2027 — складено повний текст.',
          },
        ],
      },
      {
        name: 'analityk_apeliatsii',
        description: 'Аналітик строків і підстав апеляційного оскарження',
        instructions: 'Розрахуй строк апеляційного оскарження за ЦПК і перелічи, що потрібно для скарги.',
        prompt: '{input}\n\nДоручення клієнта: {request}',
        replies: [
          {
            call: 'kalendar_strokiv',
            args: { vid: '2027-03-05', dniv: 30, pravylo: 'ЦПК ст. 123–124' },
            result:
              '{"pochatok_perebihu": "06.03.2027", "ostannii_den_formalno": "04.04.2027 (неділя)", "ostannii_den": "05.04.2027 (понеділок)", "pidstava": "ч. 5 ст. 124 ЦПК: вихідний — переноситься на перший робочий день"}',
          },
          {
            say: 'Строк: 30 днів (ч. 1 ст. 354 ЦПК). Оскільки 24.02.2027 проголошено лише вступну та резолютивну частини, строк рахується **з дня складення повного тексту — 05.03.2027**, а не з 24.02. Перебіг з 06.03.2027, 30-й день — неділя 04.04.2027, тож **останній день — 05.04.2027** (ч. 5 ст. 124 ЦПК). Судовий збір за апеляцію — 150 % ставки від ціни позову. Подання через Київський апеляційний суд, копії іншим учасникам через «Електронний суд».',
          },
        ],
      },
      {
        name: 'analityk_kasatsii',
        description: 'Аналітик касаційного оскарження до Верховного Суду',
        instructions: 'Розрахуй строк касаційного оскарження і перевір підстави ст. 389 ЦПК.',
        replies: [
          { say: 'Касаційний строк — 30 днів з дня проголошення постанови апеляційного суду (ст. 390 ЦПК).' },
        ],
      },
      {
        name: 'pysar_vysnovku',
        description: 'Готує висновки для клієнтів',
        instructions: 'Напиши клієнту короткий висновок з датою і діями.',
        prompt: 'Розрахунок аналітика:\n{input}',
        replies: [
          {
            say: '**Висновок для ПрАТ «Київтеплосервіс», справа № 761/4417/26**\n\n- оскарження: апеляційна скарга до Київського апеляційного суду\n- строк: 30 днів з дня складення повного тексту рішення (05.03.2027), оскільки 24.02.2027 проголошено лише вступну та резолютивну частини (ч. 1 ст. 354 ЦПК)\n- **останній день подання: 05.04.2027** (04.04.2027 — неділя)\n- потрібно: судовий збір 150 % ставки, докази надіслання копій учасникам, довіреність представника\n\nРекомендуємо подати до 01.04.2027, щоб мати запас.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch54Scenarios = [...faults, ...healthy];
