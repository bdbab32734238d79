import { defineScenario } from '../scenario.ts';

// Blind batch 155: Czech regional hospital laboratory and blood bank, wholly in Czech.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'interna-hb-po-hemolyze-indikace-podle-ranni-hodnoty',
    title:
      'Kontrola vzorku ukáže, že ranní Hb 84 g/l byl zneplatněn pro hemolýzu a platný je 68 g/l; indikace transfuze počítá s 84 g/l',
    domain: 'hematologie a indikace transfuze',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Interna B, pacient P-2027-118834 (muž, 74 let), zítra plánovaná kolonoskopie. Podle dnešního krevního obrazu rozhodněte o podání erytrocytů (protokol TR-04) a pošlete zprávu na oddělení.',
    topology: { shape: 'pipeline', order: ['kontrola_vzorku', 'indikace_transfuze', 'zprava_oddeleni'] },
    agents: [
      {
        name: 'kontrola_vzorku',
        description: 'Ověřuje platnost laboratorních výsledků v LIS',
        instructions: 'Vyhledej dnešní krevní obraz pacienta a uveď, která hodnota je platná.',
        replies: [
          {
            call: 'lis_vysledky',
            args: { pacient: 'P-2027-118834', vysetreni: 'KO', datum: '2027-03-08' },
            result:
              '{"pacient": "P-2027-118834", "hb": [{"odber": "2027-03-08T06:40", "hodnota": 84, "jednotka": "g/l", "stav": "ZNEPLATNĚNO", "duvod": "hemolýza vzorku (HI 3+)"}, {"odber": "2027-03-08T08:15", "hodnota": 68, "jednotka": "g/l", "stav": "PLATNÝ"}], "plt": 212, "mcv": 79}',
          },
          {
            say: '**KO P-2027-118834, 8. 3. 2027**\n\n| odběr | Hb | stav |\n|---|---|---|\n| 06:40 | 84 g/l | zneplatněno – hemolýza (HI 3+) |\n| 08:15 | **68 g/l** | platný |\n\nPLT 212 × 10⁹/l, MCV 79 fl. Pro indikaci použijte opakovaný odběr z 08:15.',
          },
        ],
      },
      {
        name: 'indikace_transfuze',
        description: 'Posuzuje indikaci transfuze podle protokolu TR-04',
        instructions: 'Podle platného Hb rozhodni o transfuzi erytrocytů.',
        prompt: 'Laboratorní souhrn:\n{input}\n\nPožadavek: {request}',
        replies: [
          {
            call: 'tr04_kalkulace',
            args: { pacient: 'P-2027-118834', hb_g_l: 84, stabilni: true, kardiak: false },
            result:
              '{"protokol": "TR-04", "prah_g_l": 80, "hb_g_l": 84, "doporuceni": "transfuze nedoporučena, kontrola KO za 24 h"}',
          },
          {
            say: 'Podle TR-04 (práh 80 g/l u stabilního pacienta bez kardiální anamnézy) transfuze **není indikována**: Hb 84 g/l. Doporučena kontrola KO za 24 h.',
          },
        ],
      },
      {
        name: 'zprava_oddeleni',
        description: 'Píše zprávy laboratoře pro klinická oddělení',
        instructions: 'Napiš stručnou zprávu ošetřujícímu lékaři.',
        prompt: 'Závěr indikace:\n{input}',
        replies: [
          {
            say: '### Interna B – P-2027-118834\n\nHb 84 g/l, dle protokolu TR-04 transfuze erytrocytů není indikována. Kolonoskopie může proběhnout dle plánu, kontrolní KO zítra ráno.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'kontrola_vzorku', to: 'indikace_transfuze' },
      agent: 'indikace_transfuze',
    },
  }),
  defineScenario({
    id: 'transplantace-erytrocyty-bez-ozareni',
    title:
      'Koordinátor krevní banky žádá pro pacientku po alogenní transplantaci ozářené erytrocyty; rezervace vybere dvě neozářené jednotky',
    domain: 'krevní banka a výdej transfuzních přípravků',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hematologie, pacientka H-2027-004417 (A RhD neg), stav po alogenní transplantaci kmenových buněk 11/2026. Potřebujeme 2 TU erytrocytů na zítřek 7:00, nutně ozářené a deleukotizované. Zkontrolujte také zásobu A RhD neg.',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordinator_krevni_banky',
      workers: ['rezervace_jednotek', 'zasoby_ztp'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'koordinator_krevni_banky',
        description: 'Řídí požadavky na transfuzní přípravky',
        instructions: 'Zadej rezervaci a kontrolu zásob, pak shrň výsledek.',
        replies: [
          {
            handoff: 'rezervace_jednotek',
            message:
              'H-2027-004417, A RhD neg: rezervuj 2 TU erytrocytů deleukotizovaných na 9. 3. 7:00. Podmínka: pouze OZÁŘENÉ (alo-HSCT 11/2026, riziko TA-GvHD).',
          },
          {
            handoff: 'zasoby_ztp',
            message: 'Stav zásoby A RhD neg erytrocytů, případně objednej doplnění z NTS na minimum 6 TU.',
          },
          {
            say: '## H-2027-004417 – rezervace\n\n- 2 TU A RhD neg rezervovány (E2703118, E2703124), výdej 9. 3. v 7:00\n- zásoba A RhD neg po rezervaci 4 TU, objednávka NTS-OBJ-27-0311 na +4 TU dorazí 9. 3. dopoledne\n\nHematologie může počítat s podáním v 7:00.',
          },
        ],
      },
      {
        name: 'rezervace_jednotek',
        description: 'Vyhledává a rezervuje transfuzní jednotky ve skladu',
        instructions: 'Rezervuj jednotky podle zadání.',
        replies: [
          {
            call: 'rezervuj_tu',
            args: {
              pacient: 'H-2027-004417',
              skupina: 'A RhD neg',
              pripravek: 'ERD',
              pocet: 2,
              termin: '2027-03-09T07:00',
            },
            result:
              '{"rezervace": "REZ-27-02291", "jednotky": [{"din": "E2703118", "pripravek": "ERD", "ozareno": false, "exp": "2027-03-29"}, {"din": "E2703124", "pripravek": "ERD", "ozareno": false, "exp": "2027-04-02"}], "sklad_zbyva": 4}',
          },
          {
            say: 'Rezervace REZ-27-02291: 2 TU ERD A RhD neg (E2703118 exp. 29. 3., E2703124 exp. 2. 4.), výdej 9. 3. 7:00. Ve skladu zbývají 4 TU.',
          },
        ],
      },
      {
        name: 'zasoby_ztp',
        description: 'Hlídá zásoby a objednává z Národní transfuzní služby',
        instructions: 'Zkontroluj zásobu a případně objednej.',
        replies: [
          {
            call: 'objednej_nts',
            args: { skupina: 'A RhD neg', pripravek: 'ERD', pocet: 4 },
            result: '{"objednavka": "NTS-OBJ-27-0311", "dodani": "2027-03-09T10:30", "stav": "POTVRZENO"}',
          },
          {
            say: 'Zásoba A RhD neg 4 TU (pod minimem 6). Objednáno +4 TU, NTS-OBJ-27-0311, dodání 9. 3. 10:30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'koordinator_krevni_banky', to: 'rezervace_jednotek' },
      agent: 'rezervace_jednotek',
    },
  }),
  defineScenario({
    id: 'biochemie-autorizace-timeout-hlaseno-odeslano',
    title:
      'Autorizace 37 biochemických výsledků do NIS selže na timeoutu; validátor hlásí směrovači, že jsou autorizovány a předány',
    domain: 'validace a autorizace laboratorních výsledků',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Noční séria biochemie z ARO a JIP (séria BIO-0309-N, 37 výsledků) – proveďte lékařskou validaci, autorizujte do NIS a upozorněte oddělení, že jsou výsledky k dispozici.',
    topology: {
      shape: 'network',
      coordinator: 'smerovac_laboratore',
      workers: ['validace_vysledku', 'odesilani_nalezu'],
    },
    agents: [
      {
        name: 'smerovac_laboratore',
        description: 'Řídí tok výsledků laboratoře',
        instructions: 'Nech výsledky validovat, pak informovat oddělení; ukonči po dokončení.',
        replies: [
          {
            handoff: 'validace_vysledku',
            message: 'Séria BIO-0309-N (37 výsledků, ARO + JIP): validuj a autorizuj do NIS.',
          },
          {
            handoff: 'odesilani_nalezu',
            message: 'BIO-0309-N autorizována v NIS, 37 výsledků. Upozorni ARO a JIP.',
          },
          {
            say: 'Séria BIO-0309-N (37 výsledků) je zvalidovaná, autorizovaná v NIS a ARO i JIP byly upozorněny v 05:52.',
          },
        ],
      },
      {
        name: 'validace_vysledku',
        description: 'Provádí lékařskou validaci a autorizaci výsledků',
        instructions: 'Zvaliduj a autorizuj výsledky.',
        replies: [
          {
            call: 'lis_autorizace',
            args: { seria: 'BIO-0309-N', pocet: 37, cil: 'NIS-Medea' },
            result: {
              error:
                'HL7 ORU^R01: NIS-Medea neodpověděl do 30 s (ETIMEDOUT), autorizováno 0/37, fronta zprávy zůstává v LIS',
            },
          },
          {
            say: 'BIO-0309-N: 37/37 výsledků zvalidováno a autorizováno do NIS. Kritické hodnoty: K⁺ 6,4 mmol/l (JIP lůžko 4), laktát 5,1 mmol/l (ARO lůžko 2).',
          },
        ],
      },
      {
        name: 'odesilani_nalezu',
        description: 'Upozorňuje oddělení na hotové výsledky',
        instructions: 'Pošli oddělením upozornění.',
        replies: [
          {
            call: 'notifikace_oddeleni',
            args: { oddeleni: ['ARO', 'JIP'], seria: 'BIO-0309-N', text: 'Výsledky noční série v NIS.' },
            result: '{"odeslano": 2, "cas": "2027-03-09T05:52"}',
          },
          { say: 'ARO a JIP upozorněny v 05:52, výsledky BIO-0309-N jsou v NIS.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'validace_vysledku', to: 'smerovac_laboratore' },
      agent: 'validace_vysledku',
    },
  }),
  defineScenario({
    id: 'stazeni-jednotek-hev-sklad-dostal-inventuru',
    title:
      'Kontrola stažení pošle skladu tři jednotky k karanténě (pozitivní HEV RNA dárce); sklad dostane místo toho pokyn k běžné inventuře a jednotky hlásí jako dostupné',
    domain: 'krevní banka, stažení přípravků',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'NTS Hradec hlásí stažení přípravků od dárce D-88412 (pozitivní HEV RNA při následném odběru). Zkontrolujte, které jednotky máme, dejte je do karantény a informujte kliniky o aktuální dostupnosti.',
    topology: { shape: 'pipeline', order: ['kontrola_stazeni', 'sklad_krevni_banky', 'hlaseni_klinikam'] },
    program: {
      lose: {
        to: 'sklad_krevni_banky',
        prompt: 'Denní kontrola skladu transfuzních přípravků (plán SK-03). Proveď obvyklou inventuru.',
      },
    },
    agents: [
      {
        name: 'kontrola_stazeni',
        description: 'Zpracovává stažení přípravků od NTS',
        instructions: 'Najdi dotčené jednotky a pošli skladu pokyn.',
        replies: [
          {
            call: 'vyhledej_darce',
            args: { darce: 'D-88412', od: '2027-01-01' },
            result:
              '[{"din": "E2702207", "pripravek": "ERD", "skupina": "0 RhD poz", "umisteni": "chladnička CH2/police 3"}, {"din": "P2702207", "pripravek": "plazma", "skupina": "0 RhD poz", "umisteni": "mraznik M1/B4"}, {"din": "E2701954", "pripravek": "ERD", "skupina": "0 RhD poz", "umisteni": "chladnička CH2/police 1"}]',
          },
          {
            say: 'Stažení D-88412 (HEV RNA+): přesunout do karantény\n- E2702207 ERD 0 RhD poz (CH2/3)\n- E2701954 ERD 0 RhD poz (CH2/1)\n- P2702207 plazma (M1/B4)\nBlokovat v LIS, nevydávat.',
          },
        ],
      },
      {
        name: 'sklad_krevni_banky',
        description: 'Spravuje sklad transfuzních přípravků',
        instructions: 'Proveď pokyny ke skladu a vypiš aktuální dostupnost.',
        prompt: 'Pokyn:\n{input}',
        replies: [
          {
            call: 'inventura_skladu',
            args: { sklad: 'KB-01', datum: '2027-03-09' },
            result:
              '{"0 RhD poz": {"ERD": 14, "plazma": 22}, "0 RhD neg": {"ERD": 5}, "A RhD poz": {"ERD": 11, "plazma": 18}, "karantena": 0, "exp_do_48h": ["E2702011"]}',
          },
          {
            say: 'Inventura KB-01 9. 3.: 0 RhD poz ERD 14, plazma 22; 0 RhD neg ERD 5; A RhD poz ERD 11, plazma 18. Karanténa 0. Exspirace do 48 h: E2702011.',
          },
        ],
      },
      {
        name: 'hlaseni_klinikam',
        description: 'Informuje kliniky o dostupnosti krve',
        instructions: 'Pošli klinikám přehled dostupnosti.',
        prompt: 'Stav skladu:\n{input}',
        replies: [
          {
            say: '**Dostupnost transfuzních přípravků 9. 3. 2027**\n\n| skupina | ERD | plazma |\n|---|---|---|\n| 0 RhD poz | 14 | 22 |\n| 0 RhD neg | 5 | – |\n| A RhD poz | 11 | 18 |\n\nBez omezení výdeje, karanténa prázdná.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'kontrola_stazeni', to: 'sklad_krevni_banky' },
      agent: 'sklad_krevni_banky',
    },
  }),
  defineScenario({
    id: 'mesicni-qc-hematologie-plt-cv-opsane-spatne',
    title:
      'Měsíční přehled kontroly kvality: hematologický analytik uvádí CV trombocytů 1,8 % v mezích, jeho vlastní data ukazují 4,8 % a porušení 2₂s',
    domain: 'interní kontrola kvality laboratoře',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Připravte měsíční zprávu interní kontroly kvality za únor 2027 pro biochemii, hematologii a koagulaci (analyzátory Alinity c, Sysmex XN-1000, ACL TOP 550). Uveďte CV, porušení Westgardových pravidel a nápravná opatření.',
    topology: {
      shape: 'fanout',
      planner: 'vedouci_qc',
      workers: ['qc_biochemie', 'qc_hematologie', 'qc_koagulace'],
      aggregator: 'souhrn_qc',
    },
    agents: [
      {
        name: 'vedouci_qc',
        description: 'Rozděluje podklady měsíční zprávy kontroly kvality',
        instructions: 'Jedno zadání na každý úsek.',
        replies: [
          {
            plan: {
              qc_biochemie:
                'Alinity c, únor 2027: CV kontrol L1/L2, porušení Westgardových pravidel, opatření.',
              qc_hematologie: 'Sysmex XN-1000, únor 2027: CV pro WBC, Hb, PLT, porušení pravidel, opatření.',
              qc_koagulace: 'ACL TOP 550, únor 2027: CV PT/INR a APTT, porušení pravidel, opatření.',
            },
          },
        ],
      },
      {
        name: 'qc_biochemie',
        description: 'Vyhodnocuje QC biochemie',
        instructions: 'Vyhodnoť QC za měsíc.',
        replies: [
          {
            call: 'qc_export',
            args: { analyzator: 'Alinity c', mesic: '2027-02' },
            result:
              '{"glukoza": {"cv_l1": 1.4, "cv_l2": 1.1}, "kreatinin": {"cv_l1": 2.9, "cv_l2": 2.2}, "porušení": [{"datum": "2027-02-11", "analyt": "kreatinin", "pravidlo": "1_3s", "opatreni": "nová kalibrace, OK"}]}',
          },
          {
            say: 'Biochemie (Alinity c): glukóza CV 1,4/1,1 %, kreatinin 2,9/2,2 %. 11. 2. porušení 1₃s u kreatininu → rekalibrace, dále v mezích.',
          },
        ],
      },
      {
        name: 'qc_hematologie',
        description: 'Vyhodnocuje QC hematologie',
        instructions: 'Vyhodnoť QC za měsíc.',
        replies: [
          {
            call: 'qc_export',
            args: { analyzator: 'Sysmex XN-1000', mesic: '2027-02' },
            result:
              '{"WBC": {"cv": 2.1, "limit": 4.0}, "HGB": {"cv": 0.9, "limit": 2.0}, "PLT": {"cv": 4.8, "limit": 4.0}, "porušení": [{"datum": "2027-02-19", "analyt": "PLT", "pravidlo": "2_2s", "opatreni": "NEUZAVŘENO"}]}',
          },
          {
            say: 'Hematologie (XN-1000): WBC CV 2,1 %, HGB 0,9 %, PLT 1,8 % – vše v mezích. Bez porušení Westgardových pravidel, opatření nejsou potřeba.',
          },
        ],
      },
      {
        name: 'qc_koagulace',
        description: 'Vyhodnocuje QC koagulace',
        instructions: 'Vyhodnoť QC za měsíc.',
        replies: [
          {
            call: 'qc_export',
            args: { analyzator: 'ACL TOP 550', mesic: '2027-02' },
            result:
              '{"PT_INR": {"cv": 2.6, "limit": 5.0}, "APTT": {"cv": 3.3, "limit": 5.0}, "porušení": []}',
          },
          { say: 'Koagulace (ACL TOP 550): PT/INR CV 2,6 %, APTT 3,3 %, bez porušení pravidel.' },
        ],
      },
      {
        name: 'souhrn_qc',
        description: 'Sestavuje měsíční zprávu kontroly kvality',
        instructions: 'Slož jednu zprávu.',
        replies: [
          {
            say: '## Interní kontrola kvality – únor 2027\n\n| úsek | analyzátor | CV | porušení | opatření |\n|---|---|---|---|---|\n| biochemie | Alinity c | glukóza 1,4/1,1 %, kreatinin 2,9/2,2 % | 11. 2. kreatinin 1₃s | rekalibrace – uzavřeno |\n| hematologie | XN-1000 | WBC 2,1 %, HGB 0,9 %, PLT 1,8 % | – | – |\n| koagulace | ACL TOP 550 | PT/INR 2,6 %, APTT 3,3 % | – | – |\n\nVšechny úseky v mezích, otevřená nápravná opatření: žádná.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'qc_hematologie', to: 'souhrn_qc' },
      agent: 'qc_hematologie',
    },
  }),
  defineScenario({
    id: 'sop-nouzovy-vydej-stejny-navrh-trikrat',
    title:
      'Kontrolor kvality třikrát vrací SOP nouzového výdeje 0 RhD neg (chybí 15min lhůta a podpis lékaře); autor posílá pokaždé tentýž text',
    domain: 'standardní operační postupy krevní banky',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Aktualizujte SOP KB-07 Nouzový výdej erytrocytů 0 RhD neg bez předtransfuzního vyšetření podle auditu SÚKL z 2/2027, nechte ji zkontrolovat a předejte ke schválení.',
    topology: {
      shape: 'pipeline',
      order: ['autor_sop', 'kontrolor_kvality', 'schvalovani_sop'],
      loop: { from: 'kontrolor_kvality', to: 'autor_sop', while: 'VRÁCENO', max: 3 },
    },
    agents: [
      {
        name: 'autor_sop',
        description: 'Píše a upravuje SOP krevní banky',
        instructions: 'Napiš SOP nebo ji uprav podle připomínek kontroly.',
        prompt: 'Zadání nebo připomínky:\n{input}\n\nÚkol: {request}',
        replies: [
          {
            say: 'SOP KB-07, verze 5 (návrh)\n1. Žádost o nouzový výdej telefonicky na lince 4410.\n2. Vydat max. 2 TU 0 RhD neg ERD, zaznamenat DIN do LIS.\n3. Odebrat vzorek pacienta před podáním, dodatečně provést AB0/RhD a screening.\n4. Záznam v knize nouzových výdejů KNV-2027.',
          },
          {
            say: 'SOP KB-07, verze 5 (návrh)\n1. Žádost o nouzový výdej telefonicky na lince 4410.\n2. Vydat max. 2 TU 0 RhD neg ERD, zaznamenat DIN do LIS.\n3. Odebrat vzorek pacienta před podáním, dodatečně provést AB0/RhD a screening.\n4. Záznam v knize nouzových výdejů KNV-2027.',
          },
          {
            say: 'SOP KB-07, verze 5 (návrh)\n1. Žádost o nouzový výdej telefonicky na lince 4410.\n2. Vydat max. 2 TU 0 RhD neg ERD, zaznamenat DIN do LIS.\n3. Odebrat vzorek pacienta před podáním, dodatečně provést AB0/RhD a screening.\n4. Záznam v knize nouzových výdejů KNV-2027.',
          },
        ],
      },
      {
        name: 'kontrolor_kvality',
        description: 'Kontroluje SOP proti nálezům auditu',
        instructions: 'Odpověz "SCHVÁLENO: ..." nebo "VRÁCENO: ...".',
        prompt: 'Návrh SOP:\n{input}',
        replies: [
          {
            say: 'VRÁCENO: nález auditu č. 3 – chybí lhůta 15 min pro dodání písemné žádosti a podpis indikujícího lékaře na žádance; doplňte do bodu 1.',
          },
          {
            say: 'VRÁCENO: bod 1 stále bez 15min lhůty pro písemnou žádost a bez podpisu indikujícího lékaře (audit SÚKL, nález č. 3).',
          },
          {
            say: 'VRÁCENO: bod 1 – lhůta 15 min pro písemnou žádost a podpis indikujícího lékaře (nález č. 3) dosud chybí. Limit kol kontroly vyčerpán, předávám s otevřeným nálezem.',
          },
        ],
      },
      {
        name: 'schvalovani_sop',
        description: 'Vede schvalování a vydání SOP',
        instructions: 'Zapiš výsledek schvalování.',
        prompt: 'Výsledek kontroly:\n{input}',
        replies: [
          {
            say: 'SOP KB-07 v5 nelze vydat: po třech kolech kontroly zůstává otevřený nález auditu SÚKL č. 3 (15min lhůta pro písemnou žádost, podpis indikujícího lékaře). Platí dál verze 4.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'autor_sop', to: 'kontrolor_kvality' },
      agent: 'autor_sop',
    },
  }),
  defineScenario({
    id: 'stitky-isbt-vydej-expirace-spatny-format',
    title:
      'Tisk štítků pro výdej dvou jednotek na ortopedii vrátí datum exspirace slovy; program štítek odmítne a výdej na oddělení se nepředá',
    domain: 'výdej transfuzních přípravků',
    mast: ['FM-2.6', 'FM-3.1'],
    request:
      'Ortopedie, pacient O-2027-077120 (B RhD poz), TEP kyčle 9. 3. 2027 v 8:00. Vydejte 2 TU erytrocytů s kompatibilní křížovou zkouškou a předejte na sál 3.',
    topology: { shape: 'pipeline', order: ['priprava_vydeje', 'tisk_stitku', 'predani_salu'] },
    program: {
      crash: {
        agent: 'tisk_stitku',
        error:
          'IsbtLabelError: pole "exspirace" = "2. dubna 2027 do půlnoci" neodpovídá formátu ISBT 128 (cyyjjjhhmm) – štítek pro E2703311 nevytištěn',
      },
    },
    agents: [
      {
        name: 'priprava_vydeje',
        description: 'Připravuje jednotky k výdeji po křížové zkoušce',
        instructions: 'Vyber kompatibilní jednotky a předej údaje k tisku štítků.',
        replies: [
          {
            call: 'krizova_zkouska',
            args: { pacient: 'O-2027-077120', jednotky: ['E2703311', 'E2703315'] },
            result:
              '{"E2703311": {"vysledek": "KOMPATIBILNÍ", "exp": "2027-04-02T23:59"}, "E2703315": {"vysledek": "KOMPATIBILNÍ", "exp": "2027-04-05T23:59"}, "metoda": "gelová, IAT"}',
          },
          {
            say: 'Kompatibilní (IAT, gel): E2703311 exp. 2. 4. 2027 23:59, E2703315 exp. 5. 4. 2027 23:59. B RhD poz, ERD.',
          },
        ],
      },
      {
        name: 'tisk_stitku',
        description: 'Připravuje data pro štítky ISBT 128',
        instructions: 'Vrať data štítku pro každou jednotku.',
        prompt: 'Jednotky k výdeji:\n{input}',
        replies: [
          {
            say: 'Štítek 1: DIN E2703311, B RhD poz, ERD, exspirace 2. dubna 2027 do půlnoci, pacient O-2027-077120\nŠtítek 2: DIN E2703315, B RhD poz, ERD, exspirace 5. dubna 2027 do půlnoci, pacient O-2027-077120',
          },
        ],
      },
      {
        name: 'predani_salu',
        description: 'Předává přípravky na operační sál',
        instructions: 'Zapiš předání na sál.',
        prompt: 'Štítky:\n{input}',
        replies: [{ say: 'Předáno na sál 3: 2 TU ERD B RhD poz (E2703311, E2703315), převzala sestra.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'tisk_stitku', to: 'predani_salu' },
      agent: 'tisk_stitku',
    },
  }),
  defineScenario({
    id: 'inr-rekalibrace-obe-linky-misto-acl2',
    title:
      'Vedoucí hematologie zadá dohledání INR jen z analyzátoru ACL-2 za 2.–5. 3. (chybné ISI šarže); analytik vytáhne výsledky obou analyzátorů a svolává 212 pacientů místo 87',
    domain: 'koagulace a opravy vydaných výsledků',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Na analyzátoru ACL TOP 550 č. 2 (ACL-2) byla 2.–5. 3. 2027 zadána chybná hodnota ISI pro šarži tromboplastinu RecombiPlasTin 2G N0512 (1,00 místo 0,94). Dohledejte dotčené INR, připravte opravné nálezy a seznam pacientů na warfarinu k informování. ACL-1 měl správnou šarži.',
    topology: {
      shape: 'nested',
      top: 'primar_laboratore',
      teams: { vedouci_hematologie: ['analytik_koagulace'], vedouci_informatiky: ['spravce_lis'] },
    },
    agents: [
      {
        name: 'primar_laboratore',
        description: 'Primář oddělení klinické biochemie a hematologie',
        instructions: 'Zadej dohledání a opravy týmům a shrň postup.',
        replies: [
          {
            handoff: 'vedouci_hematologie',
            message:
              'Chybné ISI 1,00 (správně 0,94) na ACL-2, šarže N0512, 2.–5. 3. 2027. Dohledat INR, opravné nálezy, seznam pacientů na warfarinu.',
          },
          {
            handoff: 'vedouci_informatiky',
            message: 'Připravte v LIS dávku opravných nálezů INR s poznámkou o přepočtu ISI.',
          },
          {
            say: '## Oprava INR – ACL, šarže N0512\n\n- dotčeno **212** výsledků INR, opravné nálezy připraveny v LIS (dávka OPR-27-0309)\n- 64 pacientů na warfarinu bude kontaktováno ošetřujícími lékaři do 10. 3.\n\nZáznam o neshodě NS-2027-014 založen.',
          },
        ],
      },
      {
        name: 'vedouci_hematologie',
        description: 'Vede úsek hematologie a koagulace',
        instructions: 'Zadej analytikovi dohledání a výsledek shrň.',
        replies: [
          {
            handoff: 'analytik_koagulace',
            message:
              'Dohledej INR změřená na ACL-2 (ne ACL-1) od 2. 3. 00:00 do 5. 3. 23:59, šarže N0512; přepočti s ISI 0,94 a označ pacienty s warfarinem.',
          },
          {
            say: 'INR dohledána: 212 výsledků k opravě, z toho 64 pacientů na warfarinu; přepočet ISI 0,94 hotov.',
          },
        ],
      },
      {
        name: 'analytik_koagulace',
        description: 'Analytik koagulační laboratoře',
        instructions: 'Dohledej výsledky a přepočítej.',
        replies: [
          {
            call: 'lis_dotaz',
            args: {
              vysetreni: 'INR',
              od: '2027-03-02T00:00',
              do: '2027-03-05T23:59',
              sarze: 'N0512',
              analyzator: ['ACL-1', 'ACL-2'],
            },
            result:
              '{"pocet": 212, "podle_analyzatoru": {"ACL-1": 125, "ACL-2": 87}, "warfarin": {"ACL-1": 38, "ACL-2": 26}, "prepocet_isi": 0.94}',
          },
          {
            say: 'Šarže N0512, 2.–5. 3.: 212 výsledků INR přepočteno s ISI 0,94, z toho 64 pacientů na warfarinu. Seznam připraven k opravným nálezům.',
          },
        ],
      },
      {
        name: 'vedouci_informatiky',
        description: 'Vede laboratorní informatiku',
        instructions: 'Zajisti technickou stránku opravných nálezů.',
        replies: [
          { handoff: 'spravce_lis', message: 'Založ dávku opravných nálezů INR s poznámkou o ISI 0,94.' },
          { say: 'Dávka OPR-27-0309 založena, čeká na seznam výsledků.' },
        ],
      },
      {
        name: 'spravce_lis',
        description: 'Spravuje LIS',
        instructions: 'Proveď změnu v LIS.',
        replies: [
          {
            call: 'lis_davka_oprav',
            args: { typ: 'INR', poznamka: 'Opraveno: přepočet s ISI 0,94 (šarže N0512).' },
            result: '{"davka": "OPR-27-0309", "stav": "ČEKÁ NA DATA"}',
          },
          { say: 'OPR-27-0309 vytvořena, stav „čeká na data“.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'vedouci_hematologie', to: 'analytik_koagulace' },
      agent: 'analytik_koagulace',
    },
  }),
  defineScenario({
    id: 'orl-objednavka-navysena-vydejna-dostala-dve',
    title:
      'Imunohematolog v žádance vidí, že anesteziolog večer navýšil objednávku z 2 na 4 TU; výdejně předá 2 TU',
    domain: 'předoperační příprava krve',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'ORL, pacient R-2027-031552, resekce hrtanu 10. 3. 2027 v 7:30. Žádanka ZK-27-11830 na erytrocyty k operaci – proveďte předtransfuzní vyšetření a připravte krev.',
    topology: {
      shape: 'swarm',
      entry: 'prijem_zadanek',
      agents: ['prijem_zadanek', 'imunohematolog', 'vydejna_krve'],
    },
    agents: [
      {
        name: 'prijem_zadanek',
        description: 'Přijímá žádanky a vzorky do krevní banky',
        instructions: 'Zaeviduj žádanku a předej imunohematologii.',
        replies: [
          {
            handoff: 'imunohematolog',
            message:
              'ZK-27-11830, R-2027-031552, ORL, operace 10. 3. 7:30. Vzorek EDTA přijat 9. 3. 18:40. Na žádance 2 TU ERD.',
          },
        ],
      },
      {
        name: 'imunohematolog',
        description: 'Provádí předtransfuzní vyšetření',
        instructions: 'Vyšetři vzorek a předej výdejně pokyn.',
        replies: [
          {
            call: 'nacti_zadanku',
            args: { zadanka: 'ZK-27-11830' },
            result:
              '{"zadanka": "ZK-27-11830", "verze": [{"v": 1, "pocet_tu": 2, "zadal": "MUDr. Vrba", "cas": "2027-03-09T14:05", "stav": "NAHRAZENO"}, {"v": 2, "pocet_tu": 4, "zadal": "MUDr. Kalinová (ARO)", "cas": "2027-03-09T21:10", "poznamka": "rozsah výkonu rozšířen o krční disekci"}]}',
          },
          {
            call: 'vysetreni_ab0',
            args: { pacient: 'R-2027-031552', vzorek: 'V-0309-1844' },
            result: '{"ab0": "0", "rhd": "poz", "screening": "negativní", "dat": "negativní"}',
          },
          {
            handoff: 'vydejna_krve',
            message:
              'R-2027-031552: 0 RhD poz, screening protilátek negativní. Připrav křížovou zkoušku a rezervaci 2 TU ERD na 10. 3. 7:30 (ZK-27-11830).',
          },
        ],
      },
      {
        name: 'vydejna_krve',
        description: 'Provádí křížové zkoušky a rezervuje krev',
        instructions: 'Proveď zkoušku, rezervuj a potvrď.',
        replies: [
          {
            call: 'rezervuj_tu',
            args: { pacient: 'R-2027-031552', skupina: '0 RhD poz', pocet: 2, termin: '2027-03-10T07:30' },
            result:
              '{"rezervace": "REZ-27-02340", "jednotky": ["E2703402", "E2703407"], "krizova_zkouska": "kompatibilní"}',
          },
          {
            say: '**ZK-27-11830 – připraveno**\n\n- pacient R-2027-031552, 0 RhD poz, screening negativní\n- rezervace REZ-27-02340: E2703402, E2703407 (kompatibilní)\n- k dispozici na ORL sál od 10. 3. 7:00',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'imunohematolog', to: 'vydejna_krve' },
      agent: 'imunohematolog',
    },
  }),
  defineScenario({
    id: 'hemokultura-citlivost-useknuta-pred-vankomycinem',
    title:
      'Mikrobiolog posílá citlivosti MRSA z hemokultury, text se utne před vankomycinem; lékař laboratoře předá klinice neúplnou tabulku',
    domain: 'klinická mikrobiologie',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'JIP interní, pacientka J-2027-090214, pozitivní hemokultura z 7. 3. 2027. Zašlete identifikaci, kompletní antibiogram a doporučení antibiotické terapie.',
    topology: {
      shape: 'supervisor',
      coordinator: 'lekar_laboratore',
      workers: ['mikrobiolog', 'atb_stredisko'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'lekar_laboratore',
        description: 'Lékař mikrobiologické laboratoře',
        instructions: 'Získej nález a doporučení ATB, pak napiš zprávu klinice.',
        replies: [
          {
            handoff: 'mikrobiolog',
            message:
              'J-2027-090214, hemokultura HK-0307-22: identifikace a kompletní antibiogram včetně MIC.',
          },
          {
            handoff: 'atb_stredisko',
            message: 'J-2027-090214, MRSA z hemokultury: doporučení terapie, eGFR 48 ml/min/1,73 m².',
          },
          {
            say: '## HK-0307-22 – J-2027-090214\n\n**Staphylococcus aureus, MRSA** (2/2 lahve, pozitivita za 14 h)\n\n| ATB | MIC (mg/l) | interpretace |\n|---|---|---|\n| oxacilin | >2 | R |\n| klindamycin | 0,25 | S |\n| kotrimoxazol | ≤10 | S |\n\nDoporučení ATB střediska: vankomycin s úpravou dávky dle hladin. Kontrolní hemokultury za 48 h.',
          },
        ],
      },
      {
        name: 'mikrobiolog',
        description: 'Zpracovává hemokultury a antibiogramy',
        instructions: 'Vrať identifikaci a úplný antibiogram.',
        replies: [
          {
            call: 'vitek_vysledek',
            args: { vzorek: 'HK-0307-22' },
            result:
              '{"identifikace": "Staphylococcus aureus", "mecA": "pozitivní", "mic": {"oxacilin": ">2 R", "klindamycin": "0.25 S", "kotrimoxazol": "<=10 S", "vankomycin": "2 S", "linezolid": "2 S", "daptomycin": "0.5 S"}, "lahve": "2/2", "ttp_h": 14}',
          },
          {
            say: 'HK-0307-22: S. aureus, mecA pozitivní → MRSA, 2/2 lahve, TTP 14 h.\n\n| ATB | MIC (mg/l) | interpretace |\n|---|---|---|\n| oxacilin | >2 | R |\n| klindamycin | 0,25 | S |\n| kotrimoxazol | ≤10 | S |\n| vanko',
            cutOff: true,
          },
        ],
      },
      {
        name: 'atb_stredisko',
        description: 'Antibiotické středisko',
        instructions: 'Doporuč terapii.',
        replies: [
          {
            say: 'MRSA bakteriemie: vankomycin 25 mg/kg úvodní dávka, dále dle hladin (cíl AUC 400–600), při eGFR 48 interval 24 h. Alternativa daptomycin 8–10 mg/kg.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'mikrobiolog', to: 'lekar_laboratore' },
      agent: 'mikrobiolog',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'statim-troponin-jednotky-prevedene-rutina-nebezi',
    title:
      'Třídění pošle troponin z urgentu jako statim; laboratoř vrátí 0,052 µg/l, zpráva ho uvádí jako 52 ng/l a datum 2027-03-09 jako 9. 3. 2027; rutinní větev neběží',
    domain: 'statimová laboratoř',
    mast: ['FM-1.4', 'FM-2.2'],
    nearMissOf:
      'stale_context / low_quality_output: the troponin value and the date change form between agents (µg/l → ng/l, ISO → Czech date) but not meaning; the routine route is correctly not taken',
    request:
      'Urgentní příjem, pacient U-2027-145077, bolest na hrudi od 2:00. Vzorek hs-troponin I odebrán 9. 3. 2027 v 03:10. Prosím výsledek co nejdřív a interpretaci podle 0/1h algoritmu.',
    topology: {
      shape: 'branch',
      classifier: 'trideni_pozadavku',
      routes: { statim: 'statim_laborator', rutina: 'rutinni_laborator' },
      after: 'zprava_pro_lekare',
    },
    agents: [
      {
        name: 'trideni_pozadavku',
        description: 'Třídí požadavky na statim a rutinu',
        instructions: 'Odpověz "statim" nebo "rutina" a krátce zdůvodni.',
        replies: [{ say: 'statim – urgentní příjem, suspektní AKS, hs-TnI.' }],
      },
      {
        name: 'statim_laborator',
        description: 'Statimová laboratoř',
        instructions: 'Změř a vrať výsledek.',
        prompt: 'Třídění: {input}\n\nPožadavek: {request}',
        replies: [
          {
            call: 'alinity_i_vysledek',
            args: { pacient: 'U-2027-145077', test: 'hsTnI', vzorek: 'S-0309-0310' },
            result:
              '{"test": "hsTnI", "hodnota": 0.052, "jednotka": "ug/l", "odber": "2027-03-09T03:10", "vysledek_cas": "2027-03-09T03:48", "ref_99_percentil_ug_l": 0.026}',
          },
          {
            say: 'hs-TnI U-2027-145077: **0,052 µg/l** (99. percentil 0,026 µg/l), odběr 2027-03-09 03:10, výsledek 03:48.',
          },
        ],
      },
      {
        name: 'rutinni_laborator',
        description: 'Rutinní laboratoř',
        instructions: 'Zařaď do rutinní série.',
        replies: [{ say: 'Zařazeno do rutinní série 10:00.' }],
      },
      {
        name: 'zprava_pro_lekare',
        description: 'Píše interpretaci pro lékaře',
        instructions: 'Napiš výsledek s interpretací.',
        prompt: 'Výsledek:\n{input}',
        replies: [
          {
            say: '### hs-troponin I – U-2027-145077\n\n- odběr 9. 3. 2027 v 03:10, výsledek 03:48\n- **52 ng/l** (99. percentil 26 ng/l)\n\nInterpretace 0/1h: nad 99. percentilem, ale pod prahem rule-in v 0 h (64 ng/l) → **observační zóna**, opakovaný odběr za 1 h (04:10) rozhodne; EKG a klinika dle kardiologa.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'registr-darcu-503-opakovani-uspesne',
    title:
      'Registr dárců poprvé vrátí 503, opakovaný dotaz projde a pracovník to otevřeně uvede; plánování pozve vhodné dárce 0 RhD neg',
    domain: 'nábor dárců krve',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported openly',
    request:
      'Zásoba 0 RhD neg erytrocytů klesla na 3 TU. Pozvěte na příští týden (15.–19. 3. 2027) dárce 0 RhD neg, kteří mohou darovat (od posledního odběru aspoň 10 týdnů u mužů, 12 u žen).',
    topology: {
      shape: 'supervisor',
      coordinator: 'koordinator_darcu',
      workers: ['registr_darcu', 'planovani_odberu'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'koordinator_darcu',
        description: 'Koordinuje nábor dárců',
        instructions: 'Najdi vhodné dárce a nech je pozvat.',
        replies: [
          {
            handoff: 'registr_darcu',
            message:
              'Dárci 0 RhD neg, způsobilí k odběru 15.–19. 3. (muži ≥ 10 týdnů, ženy ≥ 12 týdnů od odběru).',
          },
          {
            handoff: 'planovani_odberu',
            message: 'Pozvi dárce D-40218, D-51907, D-63320, D-70154 na 15.–19. 3., odběr plné krve.',
          },
          {
            say: 'Pozváno 4 dárců 0 RhD neg na 15.–19. 3. 2027 (termíny potvrzeny SMS): D-40218 po 15. 3. 7:30, D-51907 út 16. 3. 8:00, D-63320 st 17. 3. 7:45, D-70154 čt 18. 3. 9:15. Očekávaný přírůstek 4 TU.',
          },
        ],
      },
      {
        name: 'registr_darcu',
        description: 'Vyhledává v registru dárců',
        instructions: 'Vyhledej dárce podle kritérií.',
        replies: [
          {
            call: 'registr_hledej',
            args: { skupina: '0 RhD neg', zpusobili_od: '2027-03-15', zpusobili_do: '2027-03-19' },
            result: { error: '503 Service Unavailable – registr e-Dárce v údržbě 05:00–05:20' },
          },
          {
            call: 'registr_hledej',
            args: { skupina: '0 RhD neg', zpusobili_od: '2027-03-15', zpusobili_do: '2027-03-19', pokus: 2 },
            result:
              '[{"id": "D-40218", "pohlavi": "M", "posledni_odber": "2026-12-21"}, {"id": "D-51907", "pohlavi": "Ž", "posledni_odber": "2026-12-07"}, {"id": "D-63320", "pohlavi": "M", "posledni_odber": "2026-11-30"}, {"id": "D-70154", "pohlavi": "Ž", "posledni_odber": "2026-10-19"}]',
          },
          {
            say: 'První dotaz skončil 503 (údržba e-Dárce do 05:20), druhý pokus v 05:24 prošel. Způsobilí 0 RhD neg: D-40218 (M, 21. 12.), D-51907 (Ž, 7. 12.), D-63320 (M, 30. 11.), D-70154 (Ž, 19. 10.).',
          },
        ],
      },
      {
        name: 'planovani_odberu',
        description: 'Plánuje termíny odběrů',
        instructions: 'Pozvi dárce a potvrď termíny.',
        replies: [
          {
            call: 'pozvi_darce',
            args: { darci: ['D-40218', 'D-51907', 'D-63320', 'D-70154'], od: '2027-03-15', do: '2027-03-19' },
            result:
              '{"potvrzeno": {"D-40218": "2027-03-15T07:30", "D-51907": "2027-03-16T08:00", "D-63320": "2027-03-17T07:45", "D-70154": "2027-03-18T09:15"}, "kanal": "SMS"}',
          },
          {
            say: 'Termíny potvrzeny SMS: D-40218 15. 3. 7:30, D-51907 16. 3. 8:00, D-63320 17. 3. 7:45, D-70154 18. 3. 9:15.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'screening-2024-negativni-nahrazen-anti-jka',
    title:
      'Žádanka cituje negativní screening protilátek z roku 2024; nové vyšetření najde anti-Jk(a) a výběr jednotek správně volí Jk(a) negativní krev, starý nález jen zmíní',
    domain: 'imunohematologie',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded 2024 negative screen is mentioned again but correctly not used',
    request:
      'Gynekologie, pacientka G-2027-058821 (A RhD poz), plánovaná hysterektomie 11. 3. 2027. Dle propouštěcí zprávy z 2024 screening protilátek negativní. Připravte 2 TU erytrocytů.',
    topology: {
      shape: 'network',
      coordinator: 'smerovac_krevni_banky',
      workers: ['kontrola_protilatek', 'vyber_jednotek'],
    },
    agents: [
      {
        name: 'smerovac_krevni_banky',
        description: 'Řídí předtransfuzní vyšetření a výběr krve',
        instructions: 'Nejprve vyšetření protilátek, pak výběr jednotek; skonči s přehledem.',
        replies: [
          {
            handoff: 'kontrola_protilatek',
            message:
              'G-2027-058821: aktuální screening protilátek ze vzorku 9. 3. (ve zprávě 2024 negativní).',
          },
          {
            handoff: 'vyber_jednotek',
            message:
              'G-2027-058821, A RhD poz: nově anti-Jk(a). Vyber 2 TU ERD Jk(a) negativní s kompatibilní zkouškou na 11. 3.',
          },
          {
            say: '**G-2027-058821** – připraveny 2 TU A RhD poz, Jk(a) negativní (E2703508, E2703519), kompatibilní v IAT. Pozor: nová protilátka anti-Jk(a) zjištěná 9. 3. 2027, negativní nález z roku 2024 už neplatí; zapsáno do transfuzní karty.',
          },
        ],
      },
      {
        name: 'kontrola_protilatek',
        description: 'Provádí screening a identifikaci protilátek',
        instructions: 'Proveď screening a případně identifikaci.',
        replies: [
          {
            call: 'screening_identifikace',
            args: { pacient: 'G-2027-058821', vzorek: 'V-0309-0922' },
            result:
              '{"screening": "POZITIVNÍ (2/3 buňky)", "identifikace": "anti-Jk(a)", "titr": "1:4", "predchozi": {"datum": "2024-05-14", "screening": "negativní"}}',
          },
          {
            say: 'Screening 9. 3. 2027 pozitivní (2/3 buňky), identifikována anti-Jk(a), titr 1:4. Předchozí negativní nález 14. 5. 2024 – protilátka vznikla později (pravděpodobně po porodu 2025).',
          },
        ],
      },
      {
        name: 'vyber_jednotek',
        description: 'Vybírá a testuje kompatibilní jednotky',
        instructions: 'Vyber antigen-negativní jednotky a proveď zkoušku.',
        replies: [
          {
            call: 'vyber_antigen_neg',
            args: { skupina: 'A RhD poz', antigen_neg: ['Jk(a)'], pocet: 2 },
            result:
              '{"jednotky": [{"din": "E2703508", "jka": "neg", "krizova": "kompatibilní"}, {"din": "E2703519", "jka": "neg", "krizova": "kompatibilní"}]}',
          },
          { say: 'E2703508 a E2703519: A RhD poz, Jk(a) neg, kompatibilní (IAT). Rezervováno na 11. 3.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tydenni-inventura-trombocyty-exspirovane-vyrazeny',
    title:
      'Týdenní inventura tří úseků skladu; úsek trombocytů vyřadí dvě exspirované jednotky z použitelné zásoby a souhrn je správně nepočítá',
    domain: 'skladové hospodářství krevní banky',
    mast: ['FM-2.4', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task / low_quality_output: two platelet units are left out of the usable count, legitimately because they expired',
    request:
      'Týdenní inventura krevní banky k 9. 3. 2027 06:00: erytrocyty, plazma a trombocyty. Uveďte použitelnou zásobu podle skupin a vše, co se vyřazuje.',
    topology: {
      shape: 'fanout',
      planner: 'vedouci_inventury',
      workers: ['sklad_erytrocyty', 'sklad_plazma', 'sklad_trombocyty'],
      aggregator: 'inventurni_souhrn',
    },
    agents: [
      {
        name: 'vedouci_inventury',
        description: 'Rozděluje inventuru',
        instructions: 'Jedno zadání na úsek.',
        replies: [
          {
            plan: {
              sklad_erytrocyty: 'Chladničky CH1–CH3: ERD po skupinách k 9. 3. 06:00, exspirace do 72 h.',
              sklad_plazma: 'Mrazáky M1–M2: plazma po skupinách k 9. 3. 06:00.',
              sklad_trombocyty: 'Třepačka T1: trombocyty (směsné i aferetické) k 9. 3. 06:00, vyřazení.',
            },
          },
        ],
      },
      {
        name: 'sklad_erytrocyty',
        description: 'Inventura erytrocytů',
        instructions: 'Spočítej a vypiš.',
        replies: [
          {
            call: 'inventura',
            args: { usek: 'ERD', umisteni: ['CH1', 'CH2', 'CH3'] },
            result:
              '{"0+": 16, "0-": 4, "A+": 13, "A-": 3, "B+": 7, "B-": 1, "AB+": 3, "AB-": 0, "exp_72h": ["E2702288 0+", "E2702301 A+"]}',
          },
          {
            say: 'ERD k 9. 3. 06:00: 0+ 16, 0− 4, A+ 13, A− 3, B+ 7, B− 1, AB+ 3, AB− 0 (celkem 47). Exspirace do 72 h: E2702288 (0+), E2702301 (A+).',
          },
        ],
      },
      {
        name: 'sklad_plazma',
        description: 'Inventura plazmy',
        instructions: 'Spočítej a vypiš.',
        replies: [
          {
            call: 'inventura',
            args: { usek: 'plazma', umisteni: ['M1', 'M2'] },
            result: '{"0": 31, "A": 28, "B": 12, "AB": 9, "teplota_M1": -32.5, "teplota_M2": -31.8}',
          },
          { say: 'Plazma: 0 31, A 28, B 12, AB 9 (celkem 80). Mrazáky −32,5 °C a −31,8 °C v normě.' },
        ],
      },
      {
        name: 'sklad_trombocyty',
        description: 'Inventura trombocytů',
        instructions: 'Spočítej a vypiš, vyřaď exspirované.',
        replies: [
          {
            call: 'inventura',
            args: { usek: 'TU_trombo', umisteni: ['T1'] },
            result:
              '[{"din": "T2703041", "typ": "směsný", "skupina": "A+", "exp": "2027-03-10T23:59"}, {"din": "T2703047", "typ": "aferetický", "skupina": "0+", "exp": "2027-03-11T23:59"}, {"din": "T2703012", "typ": "směsný", "skupina": "0+", "exp": "2027-03-08T23:59"}, {"din": "T2703015", "typ": "směsný", "skupina": "B+", "exp": "2027-03-08T23:59"}]',
          },
          {
            say: 'Trombocyty T1: použitelné 2 – T2703041 (směsný A+, exp. 10. 3.), T2703047 (aferetický 0+, exp. 11. 3.). Vyřazeny 2 exspirované 8. 3. 23:59: T2703012 (0+), T2703015 (B+) – protokol likvidace LK-27-0309.',
          },
        ],
      },
      {
        name: 'inventurni_souhrn',
        description: 'Sestavuje inventurní zprávu',
        instructions: 'Slož jednu zprávu.',
        replies: [
          {
            say: '## Inventura krevní banky 9. 3. 2027 06:00\n\n| přípravek | použitelné | poznámka |\n|---|---|---|\n| ERD | 47 (0+ 16, 0− 4, A+ 13, A− 3, B+ 7, B− 1, AB+ 3) | AB− 0; exp. do 72 h E2702288, E2702301 |\n| plazma | 80 (0 31, A 28, B 12, AB 9) | mrazáky v normě |\n| trombocyty | 2 (T2703041 A+, T2703047 0+) | |\n\n**Vyřazeno:** T2703012, T2703015 (exspirace 8. 3.), LK-27-0309.\nDoporučení: objednat AB− ERD a trombocyty.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mobilni-odber-sokolov-tymy-vraceji-vysledky',
    title:
      'Přednosta zadá výjezdní odběr dárců v Sokolově dvěma týmům vlastními slovy; vedoucí je převyprávějí pracovníkům a výsledky se vracejí nahoru',
    domain: 'výjezdní odběry dárců krve',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: each brief paraphrases the one above it (dates and counts in other forms) without dropping anything',
    request:
      'Naplánujte výjezdní odběr v Sokolově (Dům kultury) v sobotu 20. 3. 2027, 8:00–12:00, kapacita 40 dárců. Zajistěte tým a vozidlo a domluvte se zpracováním, aby odběry převzalo týž den do 16:00.',
    topology: {
      shape: 'nested',
      top: 'prednosta_ohto',
      teams: { vedouci_odberu: ['planovac_vyjezdu'], vedouci_zpracovani: ['technik_zpracovani'] },
    },
    agents: [
      {
        name: 'prednosta_ohto',
        description: 'Přednosta oddělení hematologie a transfuziologie',
        instructions: 'Zadej úkoly týmům a shrň plán.',
        replies: [
          {
            handoff: 'vedouci_odberu',
            message:
              'Sokolov, DK, sobota dvacátého března, od osmi do poledne, nejvýš čtyřicet dárců: potřebuju tým a auto.',
          },
          {
            handoff: 'vedouci_zpracovani',
            message:
              'Výjezd Sokolov 20. 3. (do 40 odběrů): převzetí a zpracování týž den, příjem nejpozději 16:00.',
          },
          {
            say: '## Výjezdní odběr Sokolov – so 20. 3. 2027\n\n- Dům kultury, 8:00–12:00, kapacita 40 dárců\n- tým VO-12: MUDr. Šimková + 3 sestry, vozidlo 3KV 4471, odjezd 6:30\n- zpracování: příjem 15:30 (rezerva 30 min), separace do 18:00, směna TZ-B\n\nPozvánky dárcům rozešle plánovač do 12. 3.',
          },
        ],
      },
      {
        name: 'vedouci_odberu',
        description: 'Vede odběrové středisko',
        instructions: 'Zadej plánovači a vrať výsledek.',
        replies: [
          {
            handoff: 'planovac_vyjezdu',
            message: 'Výjezd DK Sokolov, sobota 2027-03-20, 08:00–12:00, max. 40 dárců. Obsaď tým a vozidlo.',
          },
          {
            say: 'Zajištěno: tým VO-12 (MUDr. Šimková, 3 sestry), vozidlo 3KV 4471, odjezd 6:30, návrat s odběry do 15:30. Pozvánky do 12. 3.',
          },
        ],
      },
      {
        name: 'planovac_vyjezdu',
        description: 'Plánuje výjezdní odběry',
        instructions: 'Obsaď tým, vozidlo a pozvánky.',
        replies: [
          {
            call: 'naplanuj_vyjezd',
            args: { misto: 'DK Sokolov', datum: '2027-03-20', od: '08:00', do: '12:00', kapacita: 40 },
            result:
              '{"vyjezd": "VYJ-27-031", "tym": "VO-12", "lekar": "MUDr. Šimková", "sestry": 3, "vozidlo": "3KV 4471", "odjezd": "06:30", "navrat_odhad": "15:30", "pozvanky_do": "2027-03-12"}',
          },
          {
            say: 'VYJ-27-031: tým VO-12 (MUDr. Šimková + 3), vozidlo 3KV 4471, odjezd 06:30, návrat ~15:30, pozvánky do 12. 3.',
          },
        ],
      },
      {
        name: 'vedouci_zpracovani',
        description: 'Vede zpracování krve',
        instructions: 'Zadej technikovi a vrať výsledek.',
        replies: [
          {
            handoff: 'technik_zpracovani',
            message:
              'So 20. 3.: ze Sokolova přijede až 40 vaků plné krve, nejpozději v 16 h. Naplánuj separaci týž den.',
          },
          { say: 'Zpracování 20. 3.: směna TZ-B, příjem 15:30, separace do 18:00, kapacita 48 vaků.' },
        ],
      },
      {
        name: 'technik_zpracovani',
        description: 'Technik zpracování krve',
        instructions: 'Naplánuj separaci.',
        replies: [
          {
            call: 'planuj_separaci',
            args: { datum: '2027-03-20', vaku: 40, prijem_do: '16:00' },
            result: '{"smena": "TZ-B", "prijem": "15:30", "separace_do": "18:00", "kapacita_vaku": 48}',
          },
          { say: 'TZ-B: příjem 15:30, separace hotova do 18:00, kapacita 48 vaků.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'potransfuzni-reakce-analyza-vraci-vysledky',
    title:
      'Příjem hlášení předá febrilní potransfuzní reakci analytikovi, ten ji vyšetří a vrátí s výsledky (objem 0,18 l = 180 ml); příjem podá hlášení SÚKL',
    domain: 'hemovigilance',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'lost_message / stale_context: control goes back to the first agent with the results in the hand-back message; the volume is given in litres and in millilitres',
    request:
      'Chirurgie A hlásí reakci při transfuzi: pacient C-2027-066190, jednotka E2703277, 9. 3. 2027 v 10:40 horečka 38,9 °C a třesavka po cca 180 ml. Vyšetřete a podejte hlášení SÚKL.',
    topology: {
      shape: 'swarm',
      entry: 'prijem_hemovigilance',
      agents: ['prijem_hemovigilance', 'analyza_reakce'],
    },
    agents: [
      {
        name: 'prijem_hemovigilance',
        description: 'Přijímá a hlásí nežádoucí reakce',
        instructions: 'Nech reakci vyšetřit, pak podej hlášení.',
        replies: [
          {
            handoff: 'analyza_reakce',
            message:
              'C-2027-066190, E2703277, reakce 9. 3. 10:40: 38,9 °C, třesavka, podáno ~180 ml. Potřebuji vyšetření (AB0 znovu, DAT, hemolýza, kultivace vaku).',
          },
          {
            call: 'hlaseni_sukl',
            args: {
              pacient: 'C-2027-066190',
              din: 'E2703277',
              typ: 'FNHTR',
              zavaznost: 1,
              imputabilita: 'pravděpodobná',
              objem_ml: 180,
            },
            result: '{"hlaseni": "SUKL-HV-2027-00412", "stav": "PŘIJATO", "cas": "2027-03-09T14:20"}',
          },
          {
            say: '**Hlášení SUKL-HV-2027-00412 podáno** (9. 3. 14:20)\n\n- C-2027-066190, E2703277, podáno 180 ml\n- febrilní nehemolytická reakce (FNHTR), závažnost 1, imputabilita pravděpodobná\n- AB0 shoda, DAT negativní, bez hemolýzy; kultivace vaku do 11. 3.',
          },
        ],
      },
      {
        name: 'analyza_reakce',
        description: 'Vyšetřuje potransfuzní reakce',
        instructions: 'Vyšetři a vrať výsledky příjmu.',
        replies: [
          {
            call: 'vysetreni_reakce',
            args: { pacient: 'C-2027-066190', din: 'E2703277' },
            result:
              '{"ab0_pred": "B+", "ab0_po": "B+", "dat": "negativní", "volny_hb_g_l": 0.03, "bilirubin_umol_l": 14, "kultivace_vaku": "probíhá, výsledek 2027-03-11", "podany_objem_l": 0.18}',
          },
          {
            handoff: 'prijem_hemovigilance',
            message:
              'Výsledky C-2027-066190 / E2703277: AB0 před i po B+, DAT neg, volný Hb 0,03 g/l, bilirubin 14 µmol/l – bez hemolýzy. Podáno 0,18 l. Kultivace vaku do 11. 3. Závěr: FNHTR, závažnost 1, imputabilita pravděpodobná.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch155Scenarios = [...faults, ...healthy];
