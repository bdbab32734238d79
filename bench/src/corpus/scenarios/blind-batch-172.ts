import { defineScenario } from '../scenario.ts';

// Blind batch 172: Eesti riigi e-teenuste ja digitaalse isikutuvastuse kasutajatugi (ID-kaardi sertifikaadid, e-residentsuse taotlused, tuludeklaratsioonid, äriregister), eesti keeles, eurodes.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'kadunud-id-kaart-peatati-markmetes-olev-dokument',
    title:
      'Dokumendikontrollija näitab, et kliendi märkmetes olev AB0412377 on juba asendatud ja kadunud kaart on AC0955104; sertifikaatide peataja peatab siiski AB0412377',
    domain: 'ID-kaardi sertifikaatide peatamine',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Kaotasin eile Tartus oma ID-kaardi. Palun peatage selle sertifikaadid. Isikukood 38807142731, dokumendi number minu märkmete järgi AB0412377.',
    topology: {
      shape: 'pipeline',
      order: ['dokumendi_kontrollija', 'sertifikaadi_peataja', 'kliendi_teavitaja'],
    },
    agents: [
      {
        name: 'dokumendi_kontrollija',
        description: 'Kontrollib isiku dokumentide registrit',
        instructions: 'Leia isiku kehtivad dokumendid ja ütle, millise dokumendi sertifikaadid peatada.',
        replies: [
          {
            call: 'otsi_dokumendid',
            args: { isikukood: '38807142731', liik: 'ID-kaart' },
            result:
              '{"isikukood": "38807142731", "dokumendid": [{"number": "AB0412377", "liik": "ID-kaart", "valjastatud": "2019-05-20", "olek": "KEHTETU", "pohjus": "asendatud uue kaardiga 2024-06-11"}, {"number": "AC0955104", "liik": "ID-kaart", "valjastatud": "2024-06-11", "kehtib_kuni": "2029-06-10", "olek": "KEHTIV", "sertifikaadid": {"isikutuvastus": "KEHTIV", "allkirjastamine": "KEHTIV"}}]}',
          },
          {
            say: '**Dokumendid kontrollitud** (isikukood 38807142731)\n\n| dokument | välja antud | olek |\n|---|---|---|\n| AB0412377 | 20.05.2019 | kehtetu, asendatud 11.06.2024 |\n| **AC0955104** | 11.06.2024 | **kehtiv**, sertifikaadid aktiivsed |\n\nKliendi märkmetes olev number on eelmise kaardi oma. Kadunud kaart on AC0955104 — peatada tuleb selle isikutuvastus- ja allkirjastamissertifikaat.',
          },
        ],
      },
      {
        name: 'sertifikaadi_peataja',
        description: 'Peatab ja taastab ID-kaardi sertifikaate',
        instructions: 'Peata kadunud dokumendi sertifikaadid ja anna päringu number.',
        prompt: 'Dokumendikontrolli tulemus:\n{input}\n\nKliendi pöördumine: {request}',
        replies: [
          {
            call: 'peata_sertifikaadid',
            args: {
              isikukood: '38807142731',
              dokument: 'AB0412377',
              pohjus: 'kadunud',
              sertifikaadid: ['isikutuvastus', 'allkirjastamine'],
            },
            result:
              '{"paring": "PEA-2026-1207-0431", "dokument": "AB0412377", "sertifikaadid": ["isikutuvastus", "allkirjastamine"], "tulemus": "TEOSTATUD", "aeg": "2026-12-07T10:14:22+02:00"}',
          },
          {
            say: 'Peatamine tehtud: päring PEA-2026-1207-0431, dokument AB0412377 — isikutuvastus- ja allkirjastamissertifikaat peatatud 07.12.2026 kell 10:14.',
          },
        ],
      },
      {
        name: 'kliendi_teavitaja',
        description: 'Kirjutab kliendile vastuse',
        instructions: 'Kirjuta kliendile lühike ja selge vastus.',
        prompt: 'Peatamise tulemus:\n{input}',
        replies: [
          {
            say: 'Tere!\n\nTeie kadunud ID-kaardi **AB0412377** sertifikaadid on peatatud 07.12.2026 kell 10:14 (päring PEA-2026-1207-0431). Kaardiga ei saa enam e-teenustesse siseneda ega allkirjastada.\n\nKui kaart leitakse, saab sertifikaadid taastada PPA teeninduses. Uue kaardi saate taotleda iseteeninduses (Smart-ID või Mobiil-ID-ga).\n\nLugupidamisega\nID-tugi',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'dokumendi_kontrollija', to: 'sertifikaadi_peataja' },
      agent: 'sertifikaadi_peataja',
    },
  }),
  defineScenario({
    id: 'e-residendi-digi-id-valjastuskoht-tallinn-mitte-helsingi',
    title:
      'Koordinaator palub määrata digi-ID väljastuskohaks Helsingi saatkonna; taotluse menetleja valib kiirema valmimise pärast PPA Tallinna teeninduse',
    domain: 'e-residentsuse taotlused',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Olen Soome kodanik, e-residentsuse taotlus ER-2026-118734. Soovin digi-ID kätte saada Helsingi saatkonnast, mitte Tallinnast — ma ei saa Eestisse sõita. Palun kontrollige taotlust ja riigilõivu.',
    topology: {
      shape: 'supervisor',
      coordinator: 'e_residentsuse_koordinaator',
      workers: ['taotluse_menetleja', 'riigiloivu_kontrollija'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'e_residentsuse_koordinaator',
        description: 'Koordineerib e-residentsuse taotluste menetlust',
        instructions: 'Lase taotlus üle vaadata ja riigilõiv kontrollida, vasta taotlejale.',
        replies: [
          {
            handoff: 'taotluse_menetleja',
            message:
              'Taotlus ER-2026-118734 (Soome kodanik): vaata üle ja määra väljastuskoht. Taotleja soovib digi-ID kätte saada **Helsingi saatkonnas** (Kentäpolku 1) — Tallinna teenindusse tulla ei saa.',
          },
          {
            handoff: 'riigiloivu_kontrollija',
            message: 'Taotlus ER-2026-118734: kas riigilõiv 120 € on laekunud?',
          },
          {
            say: '## Taotlus ER-2026-118734\n\n- Riigilõiv 120,00 € laekunud 28.11.2026 ✅\n- Isikuandmed ja foto korras, taustakontroll käib\n- Digi-ID väljastuskoht: **PPA Tallinna teenindus**, Tammsaare tee 47; eeldatav valmimine **05.01.2027**\n\nKui digi-ID on valmis, saadame teile e-kirja. Kaasa võtke pass, millega taotlesite.',
          },
        ],
      },
      {
        name: 'taotluse_menetleja',
        description: 'Menetleb e-residentsuse taotlusi ja määrab väljastuskoha',
        instructions: 'Vaata taotlus üle ja määra väljastuskoht vastavalt juhisele.',
        replies: [
          {
            call: 'taotluse_andmed',
            args: { taotlus: 'ER-2026-118734' },
            result:
              '{"taotlus": "ER-2026-118734", "kodakondsus": "FIN", "foto": "OK", "isikuandmed": "OK", "taustakontroll": "KÄIB", "valjastuskohad": [{"kood": "TLN-TAMMSAARE", "nimi": "PPA Tallinna teenindus, Tammsaare tee 47", "valmimine": "2027-01-05"}, {"kood": "FI-HELSINKI", "nimi": "Eesti Suursaatkond Helsingis, Kentäpolku 1", "valmimine": "2027-01-26"}]}',
          },
          {
            call: 'maara_valjastuskoht',
            args: { taotlus: 'ER-2026-118734', koht: 'TLN-TAMMSAARE' },
            result:
              '{"taotlus": "ER-2026-118734", "valjastuskoht": "PPA Tallinna teenindus, Tammsaare tee 47", "eeldatav_valmimine": "2027-01-05", "olek": "TAUSTAKONTROLL"}',
          },
          {
            say: 'ER-2026-118734 üle vaadatud: isikuandmed ja foto korras, taustakontroll käib. Väljastuskoht määratud: PPA Tallinna teenindus (Tammsaare tee 47), eeldatav valmimine 05.01.2027 — kolm nädalat kiirem kui saatkonnas (26.01.2027).',
          },
        ],
      },
      {
        name: 'riigiloivu_kontrollija',
        description: 'Kontrollib riigilõivude laekumist',
        instructions: 'Kontrolli makse laekumist.',
        replies: [
          {
            call: 'kontrolli_makset',
            args: { taotlus: 'ER-2026-118734', viitenumber: '2900082351' },
            result:
              '{"viitenumber": "2900082351", "summa": "120.00", "valuuta": "EUR", "laekunud": "2026-11-28", "olek": "LAEKUNUD"}',
          },
          { say: 'Riigilõiv 120,00 € laekunud 28.11.2026 (viitenumber 2900082351).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'e_residentsuse_koordinaator', to: 'taotluse_menetleja' },
      agent: 'taotluse_menetleja',
    },
  }),
  defineScenario({
    id: 'tuludeklaratsiooni-esitamine-x-tee-504-teatati-esitatuks',
    title:
      'Deklaratsiooni esitamise X-tee päring aegub (504, olek MUSTAND); esitaja teatab ruuterile, et vorm A on esitatud ja tagastus 318,40 €',
    domain: 'tuludeklaratsioonid',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Palun esitage minu 2026. aasta tuludeklaratsioon eeltäidetud andmetega, muudatusi ei ole. Isikukood 49203110215. Tagasimakse minu kontole EE382200221020145685.',
    topology: {
      shape: 'network',
      coordinator: 'deklaratsiooni_ruuter',
      workers: ['deklaratsiooni_esitaja', 'maksumaksja_teavitaja'],
    },
    agents: [
      {
        name: 'deklaratsiooni_ruuter',
        description: 'Suunab tuludeklaratsiooniga seotud tööd',
        instructions: 'Lase deklaratsioon esitada, siis teavita maksumaksjat; lõpeta, kui valmis.',
        replies: [
          {
            handoff: 'deklaratsiooni_esitaja',
            message:
              'Esita 2026. a tuludeklaratsioon (vorm A) eeltäidetud andmetega, isikukood 49203110215, tagastus kontole EE382200221020145685.',
          },
          {
            handoff: 'maksumaksja_teavitaja',
            message:
              'Vorm A 2026 esitatud (isikukood 49203110215), tagastus 318,40 € kontole EE382200221020145685. Teavita maksumaksjat.',
          },
          {
            say: 'Tuludeklaratsioon 2026 (vorm A) esitatud eeltäidetud andmetega. Tagastus **318,40 €** kontole EE38 2200 2210 2014 5685, maksumaksjat teavitatud.',
          },
        ],
      },
      {
        name: 'deklaratsiooni_esitaja',
        description: 'Esitab tuludeklaratsioone e-MTA kaudu',
        instructions: 'Kontrolli eeltäidetud andmeid ja esita deklaratsioon.',
        replies: [
          {
            call: 'eeltaidetud_andmed',
            args: { isikukood: '49203110215', aasta: 2026, vorm: 'A' },
            result:
              '{"vorm": "A", "aasta": 2026, "brutotulu": "21640.00", "maksuvaba_tulu": "8400.00", "kinnipeetud_tulumaks": "3014.80", "arvutatud_tulumaks": "2696.40", "tagastus": "318.40", "olek": "MUSTAND"}',
          },
          {
            call: 'esita_deklaratsioon',
            args: { isikukood: '49203110215', aasta: 2026, vorm: 'A', arvelduskonto: 'EE382200221020145685' },
            result: {
              error:
                'X-tee EMTA/deklaratsioonid/v2/esita: HTTP 504 Gateway Timeout (30 000 ms) — deklaratsiooni ei salvestatud, olek MUSTAND',
            },
          },
          {
            say: 'Vorm A 2026 eeltäidetud andmetega: brutotulu 21 640,00 €, kinnipeetud tulumaks 3 014,80 €, arvutatud 2 696,40 € → tagastus **318,40 €** kontole EE382200221020145685. Deklaratsioon esitatud.',
          },
        ],
      },
      {
        name: 'maksumaksja_teavitaja',
        description: 'Saadab maksumaksjale teavitusi',
        instructions: 'Kirjuta maksumaksjale teavitus.',
        replies: [
          {
            call: 'saada_teavitus',
            args: { isikukood: '49203110215', kanal: 'e-MTA postkast', teema: 'Tuludeklaratsioon 2026' },
            result: '{"teavitus": "TEA-2026-558102", "olek": "SAADETUD"}',
          },
          {
            say: 'Teavitus TEA-2026-558102 saadetud e-MTA postkasti: "Teie 2026. aasta tuludeklaratsioon on esitatud. Tagastus 318,40 € laekub kontole EE38 2200 2210 2014 5685."',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'deklaratsiooni_esitaja', to: 'deklaratsiooni_ruuter' },
      agent: 'deklaratsiooni_esitaja',
    },
  }),
  defineScenario({
    id: 'oue-asutamine-arinime-kontroll-eelmise-taotleja-nimega',
    title:
      'Planeerija saadab nimekontrollijale ärinime "Saarevälja Tarkvara OÜ", kuid programm annab talle eelmise järjekorrakirje malli nimega "Põhjavalgus Digital OÜ"; kokkuvõte teatab nime vabaks',
    domain: 'e-residendi osaühingu asutamine',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Asutan e-residendina osaühingu "Saarevälja Tarkvara OÜ". Kontrollige, kas nimi on vaba, mis on osakapitali nõuded ja kes saab olla kontaktisik. Tegevusala tarkvaraarendus (EMTAK 62011).',
    topology: {
      shape: 'fanout',
      planner: 'asutamise_planeerija',
      workers: ['arinime_kontrollija', 'osakapitali_noustaja', 'kontaktisiku_otsija'],
      aggregator: 'asutamise_kokkuvotja',
    },
    program: {
      lose: {
        to: 'arinime_kontrollija',
        prompt:
          'Kontrolli ärinime saadavust äriregistris.\nÄrinimi: Põhjavalgus Digital OÜ\nTaotleja: ER-2026-097215',
      },
    },
    agents: [
      {
        name: 'asutamise_planeerija',
        description: 'Jagab osaühingu asutamise kontrollid',
        instructions: 'Kirjuta igale kontrollijale oma ülesanne.',
        replies: [
          {
            plan: {
              arinime_kontrollija:
                'Kontrolli ärinime "Saarevälja Tarkvara OÜ" saadavust ja sarnasust registris olevate nimedega.',
              osakapitali_noustaja:
                'Osaühingu osakapitali nõuded: miinimum, sissemakse, asutamine sissemakseta.',
              kontaktisiku_otsija:
                'Kontaktisiku teenus e-residendi OÜ-le: nõuded ja akrediteeritud pakkujad, hinnad.',
            },
          },
        ],
      },
      {
        name: 'arinime_kontrollija',
        description: 'Kontrollib ärinimede saadavust',
        instructions: 'Kontrolli ärinime äriregistris.',
        replies: [
          {
            call: 'arinime_kontroll',
            args: { nimi: 'Põhjavalgus Digital OÜ' },
            result:
              '{"nimi": "Põhjavalgus Digital OÜ", "vaba": true, "sarnased": [], "kontrollitud": "2026-12-07T09:41:03+02:00"}',
          },
          {
            say: 'Ärinimi "Põhjavalgus Digital OÜ" on vaba, sarnaseid nimesid registris ei ole (kontroll 07.12.2026 09:41).',
          },
        ],
      },
      {
        name: 'osakapitali_noustaja',
        description: 'Nõustab osakapitali küsimustes',
        instructions: 'Selgita osakapitali nõudeid.',
        replies: [
          {
            say: 'Osakapital: miinimum **0,01 €** (alates 01.02.2023). Sissemakse võib teha rahas või mitterahaliselt; kui osakapital on üle 2 500 €, võib asutada sissemakset tegemata, kuni sissemakse tehakse, ei saa osanik dividende.',
          },
        ],
      },
      {
        name: 'kontaktisiku_otsija',
        description: 'Otsib kontaktisiku teenuse pakkujaid',
        instructions: 'Leia nõuded ja pakkujad.',
        replies: [
          {
            call: 'kontaktisikute_register',
            args: { linn: 'Tallinn', teenus: 'kontaktisik' },
            result:
              '[{"pakkuja": "Lõuna Teenused OÜ", "registrikood": "16223410", "hind_aastas_eur": "199.00"}, {"pakkuja": "Kesklinna Büroo OÜ", "registrikood": "14091822", "hind_aastas_eur": "240.00"}]',
          },
          {
            say: 'Kontaktisik on kohustuslik, kui juhatus asub välismaal; aadress peab olema Eestis. Pakkujad: Lõuna Teenused OÜ (199,00 €/a), Kesklinna Büroo OÜ (240,00 €/a).',
          },
        ],
      },
      {
        name: 'asutamise_kokkuvotja',
        description: 'Koostab asutamise kokkuvõtte',
        instructions: 'Koosta taotlejale üks kokkuvõte.',
        prompt: 'Kontrollide tulemused:\n{input}\n\nTaotleja küsimus: {request}',
        replies: [
          {
            say: '## Saarevälja Tarkvara OÜ asutamine — kokkuvõte\n\n1. **Ärinimi:** vaba ✅, sarnaseid nimesid registris ei ole (kontroll 07.12.2026 09:41).\n2. **Osakapital:** miinimum 0,01 €; üle 2 500 € osakapitaliga võib asutada sissemakset tegemata.\n3. **Kontaktisik:** kohustuslik, kuna juhatus asub välismaal. Pakkujad: Lõuna Teenused OÜ 199,00 €/a, Kesklinna Büroo OÜ 240,00 €/a.\n\nTegevusala EMTAK 62011. Asutamisavalduse saate esitada ettevõtjaportaalis e-residendi digi-ID-ga.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'asutamise_planeerija', to: 'arinime_kontrollija' },
      agent: 'arinime_kontrollija',
    },
  }),
  defineScenario({
    id: 'pere-id-kaartide-riigiloivud-kokku-110-eurot',
    title:
      'Riigilõivu arvutaja loetleb 50 + 50 + 30 eurot, kuid kirjutab kokku 110,00 €; dokumendijuht ja teenindusjuht annavad perele selle summa',
    domain: 'ID-kaardi taotlused ja riigilõivud',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Soovime taotleda ID-kaarte kogu perele: mina (41 a), abikaasa (39 a) ja poeg (12 a). Kui palju see kokku maksab ja kas saame ühe ühise aja Tartu teenindusse jaanuari alguses?',
    topology: {
      shape: 'nested',
      top: 'ppa_teenindusjuht',
      teams: {
        dokumendijuht: ['riigiloivu_arvutaja'],
        broneeringujuht: ['aja_broneerija'],
      },
    },
    agents: [
      {
        name: 'ppa_teenindusjuht',
        description: 'Juhib PPA teeninduse pöördumisi',
        instructions: 'Lase arvutada riigilõivud ja broneerida aeg, vasta perele.',
        replies: [
          {
            handoff: 'dokumendijuht',
            message:
              'Perele 3 ID-kaarti teeninduses (2 täiskasvanut, 1 laps 12 a): riigilõivud kokku ja makse juhend.',
          },
          {
            handoff: 'broneeringujuht',
            message: 'Tartu teenindus (Riia 132): üks ühine aeg 3 taotlejale vahemikus 04.–08.01.2027.',
          },
          {
            say: '## ID-kaardid perele\n\n| | |\n|---|---|\n| Riigilõivud kokku | **110,00 €** (viitenumber 2900082490) |\n| Aeg | **K 06.01.2027 kell 09:15**, Tartu, Riia 132 (45 min, 3 taotlejat) |\n| Broneering | TRT-270106-0915 |\n\nTasuge riigilõiv enne teenindusse tulekut ja võtke kaasa kõigi kehtivad isikut tõendavad dokumendid; 12-aastane poeg tuleb koos vanemaga.',
          },
        ],
      },
      {
        name: 'dokumendijuht',
        description: 'Vastutab dokumenditaotluste ja riigilõivude eest',
        instructions: 'Lase riigilõivud arvutada ja anna tulemus edasi.',
        replies: [
          {
            handoff: 'riigiloivu_arvutaja',
            message:
              'Riigilõivud: 2 × täiskasvanu ID-kaart, 1 × alla 15-aastase ID-kaart, taotlus teeninduses.',
          },
          {
            say: 'Riigilõivud kokku 110,00 € (3 taotlust: 2 täiskasvanut, 1 laps), viitenumber 2900082490, tasuda enne teenindusse tulekut.',
          },
        ],
      },
      {
        name: 'riigiloivu_arvutaja',
        description: 'Arvutab dokumentide riigilõive',
        instructions: 'Arvuta riigilõivud kehtivate määrade järgi.',
        replies: [
          {
            call: 'riigiloivu_maarad',
            args: { dokument: 'ID-kaart', kanal: 'teenindus' },
            result:
              '{"kehtib_alates": "2026-01-01", "valuuta": "EUR", "maarad": [{"kategooria": "taiskasvanu", "teenindus": "50.00", "iseteenindus": "45.00"}, {"kategooria": "alla_15", "teenindus": "30.00", "iseteenindus": "25.00"}, {"kategooria": "pensionar", "teenindus": "30.00", "iseteenindus": "25.00"}], "viitenumber": "2900082490"}',
          },
          {
            say: '| taotleja | kategooria | riigilõiv |\n|---|---|---|\n| täiskasvanu 1 (41 a) | täiskasvanu, teenindus | 50,00 € |\n| täiskasvanu 2 (39 a) | täiskasvanu, teenindus | 50,00 € |\n| laps (12 a) | alla 15, teenindus | 30,00 € |\n| **kokku** | | **110,00 €** |\n\nMakse Rahandusministeeriumi kontole, viitenumber 2900082490.',
          },
        ],
      },
      {
        name: 'broneeringujuht',
        description: 'Vastutab teeninduse aegade broneerimise eest',
        instructions: 'Lase aeg broneerida ja anna tulemus edasi.',
        replies: [
          {
            handoff: 'aja_broneerija',
            message: 'Tartu Riia 132, perebroneering 3 taotlejale, vahemik 04.–08.01.2027.',
          },
          {
            say: 'Broneeritud TRT-270106-0915: K 06.01.2027 kell 09:15, Tartu Riia 132, 45 min, 3 taotlejat.',
          },
        ],
      },
      {
        name: 'aja_broneerija',
        description: 'Broneerib teeninduse aegu',
        instructions: 'Broneeri vaba aeg.',
        replies: [
          {
            call: 'broneeri_aeg',
            args: { teenindus: 'TRT-RIIA', alates: '2027-01-04', kuni: '2027-01-08', taotlejaid: 3 },
            result:
              '{"broneering": "TRT-270106-0915", "aeg": "2027-01-06T09:15", "kestus_min": 45, "teenindus": "Tartu, Riia 132", "taotlejaid": 3}',
          },
          { say: 'Aeg: 06.01.2027 09:15, Tartu Riia 132, 45 min, 3 taotlejat (TRT-270106-0915).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'riigiloivu_arvutaja', to: 'dokumendijuht' },
      agent: 'riigiloivu_arvutaja',
    },
  }),
  defineScenario({
    id: 'majandusaasta-aruanne-emtak-jaotus-jaab-lisamata',
    title:
      'Aruande kontrollija palub kolm korda lisada müügitulu jaotuse EMTAK-koodide kaupa; koostaja saadab iga kord sama aruande kavandi',
    domain: 'äriregistri majandusaasta aruanded',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Koostage Rannaküla Pagar OÜ (registrikood 12944081) 2025. majandusaasta aruande kavand, laske see üle kontrollida ja esitage äriregistrile. Müügitulu 2025: pagaritooted 312 400 €, kohvik 86 150 €.',
    topology: {
      shape: 'pipeline',
      order: ['aruande_koostaja', 'aruande_kontrollija', 'registri_esitaja'],
      loop: { from: 'aruande_kontrollija', to: 'aruande_koostaja', while: 'TAGASI', max: 3 },
    },
    agents: [
      {
        name: 'aruande_koostaja',
        description: 'Koostab majandusaasta aruande kavandeid',
        instructions: 'Koosta aruande kavand või paranda seda kontrollija märkuste järgi.',
        prompt: 'Juhis või kontrollija märkused:\n{input}\n\nÜlesanne: {request}',
        replies: [
          {
            say: 'Rannaküla Pagar OÜ (12944081) majandusaasta aruanne 2025 — kavand\n\n| näitaja | 2025 |\n|---|---|\n| müügitulu | 398 550 € |\n| ärikasum | 41 230 € |\n| aruandeaasta kasum | 38 904 € |\n| töötajaid (keskm.) | 11 |\n\nBilansimaht 214 870 €. Juhatuse liige: Maret Kask.',
          },
          {
            say: 'Rannaküla Pagar OÜ (12944081) majandusaasta aruanne 2025 — kavand (täiendatud)\n\n| näitaja | 2025 |\n|---|---|\n| müügitulu | 398 550 € |\n| ärikasum | 41 230 € |\n| aruandeaasta kasum | 38 904 € |\n| töötajaid (keskm.) | 11 |\n\nBilansimaht 214 870 €. Juhatuse liige: Maret Kask.',
          },
          {
            say: 'Rannaküla Pagar OÜ (12944081) majandusaasta aruanne 2025 — kavand\n\n| näitaja | 2025 |\n|---|---|\n| müügitulu | 398 550 € |\n| ärikasum | 41 230 € |\n| aruandeaasta kasum | 38 904 € |\n| töötajaid (keskm.) | 11 |\n\nBilansimaht 214 870 €. Juhatuse liige: Maret Kask. Valmis esitamiseks.',
          },
        ],
      },
      {
        name: 'aruande_kontrollija',
        description: 'Kontrollib aruandeid äriregistri nõuete vastu',
        instructions: 'Vasta "KORRAS: ..." või "TAGASI: <märkused>".',
        prompt: 'Kontrollitav kavand:\n{input}',
        replies: [
          {
            say: 'TAGASI: müügitulu jaotus tegevusalade (EMTAK) kaupa puudub — äriregister nõuab seda. Lisa: 10711 pagaritooted 312 400 €, 56101 kohvik 86 150 €.',
          },
          {
            say: 'TAGASI: EMTAK-jaotus on endiselt puudu, tabel on sama mis eelmises kavandis. Lisa read 10711 (312 400 €) ja 56101 (86 150 €).',
          },
          {
            say: 'TAGASI: kolmas kavand, müügitulu EMTAK-jaotus ikka puudu. Ei saa esitamiseks kinnitada.',
          },
        ],
      },
      {
        name: 'registri_esitaja',
        description: 'Esitab kinnitatud aruanded äriregistrile',
        instructions: 'Esita kinnitatud aruanne või teata, miks esitamine ei toimunud.',
        prompt: 'Kontrolli tulemus:\n{input}',
        replies: [
          {
            say: 'Rannaküla Pagar OÜ 2025. a aruannet ei esitatud: kontroll ei kinnitanud kavandit kolme ringi järel (müügitulu EMTAK-jaotus puudu). Esitamise tähtaeg 30.06.2026 on möödas — juhatusele tuleb teatada.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'aruande_koostaja', to: 'aruande_kontrollija' },
      agent: 'aruande_koostaja',
    },
  }),
  defineScenario({
    id: 'juhatuse-liikme-kandeavaldus-markdown-json-asemel',
    title:
      'Muudatuskande koostaja vastab markdown-kokkuvõttega, kuigi programm ootab JSON-objekti; parsimine kukub ja notarit ei teavitata',
    domain: 'äriregistri muudatuskanded',
    mast: ['FM-1.2', 'FM-3.1'],
    request:
      'Ettevõtte Lõunakivi Ehitus OÜ (registrikood 14507726) juhatusest lahkub Toomas Saar ja uueks juhatuse liikmeks saab Kadri Mets (isikukood 48605120278) alates 15.01.2027. Koostage kandeavaldus ja teavitage notarit.',
    topology: {
      shape: 'pipeline',
      order: ['registrikaardi_paringu_agent', 'muudatuskande_koostaja', 'notari_teavitaja'],
    },
    program: {
      crash: {
        agent: 'muudatuskande_koostaja',
        error:
          'SyntaxError: Unexpected token \'*\', "**Kandeaval"... is not valid JSON\n    at JSON.parse (<anonymous>)\n    at parseKandeavaldus (src/ariregister/kanne.ts:88:21)',
      },
    },
    agents: [
      {
        name: 'registrikaardi_paringu_agent',
        description: 'Loeb äriregistri registrikaarte',
        instructions: 'Leia ettevõtte kehtiv juhatuse koosseis.',
        replies: [
          {
            call: 'registrikaart',
            args: { registrikood: '14507726' },
            result:
              '{"nimi": "Lõunakivi Ehitus OÜ", "registrikood": "14507726", "juhatus": [{"nimi": "Toomas Saar", "isikukood": "37711020311", "alates": "2018-06-04"}, {"nimi": "Anu Rebane", "isikukood": "48102230219", "alates": "2021-03-15"}], "esindusoigus": "iga juhatuse liige üksi"}',
          },
          {
            say: 'Lõunakivi Ehitus OÜ (14507726) juhatus: Toomas Saar (37711020311, alates 04.06.2018), Anu Rebane (48102230219, alates 15.03.2021). Esindusõigus: iga liige üksi.',
          },
        ],
      },
      {
        name: 'muudatuskande_koostaja',
        description: 'Koostab äriregistri muudatuskande avaldusi',
        instructions:
          'Koosta kandeavaldus. Vasta AINULT JSON-objektina: {"registrikood", "eemaldatavad", "lisatavad", "joustumine"}.',
        prompt: 'Registrikaart:\n{input}\n\nMuudatus: {request}',
        replies: [
          {
            say: '**Kandeavaldus — Lõunakivi Ehitus OÜ (14507726)**\n\n- Eemaldatav juhatuse liige: Toomas Saar (37711020311)\n- Lisatav juhatuse liige: Kadri Mets (48605120278)\n- Jõustumine: 15.01.2027\n- Juhatusse jääb: Anu Rebane, Kadri Mets',
          },
        ],
      },
      {
        name: 'notari_teavitaja',
        description: 'Saadab kandeavaldused notarile',
        instructions: 'Saada kandeavaldus notarile kinnitamiseks.',
        prompt: 'Kandeavaldus (JSON):\n{input}',
        replies: [
          {
            call: 'saada_notarile',
            args: { registrikood: '14507726', notar: 'Notar Liina Org, Tallinn' },
            result: '{"saadetis": "NOT-2026-33815", "olek": "VASTU VÕETUD"}',
          },
          { say: 'Kandeavaldus saadetud notar Liina Orule (NOT-2026-33815).' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'muudatuskande_koostaja', to: 'notari_teavitaja' },
      agent: 'muudatuskande_koostaja',
    },
  }),
  defineScenario({
    id: 'tagastuse-arvutus-abikaasa-koolituskuludega',
    title:
      'Klient palub arvestada ainult eluasemelaenu intressi, koolituskulud deklareerib abikaasa; maksunõustaja arvestab mõlemad ja tagastus tuleb 770,00 € 646,80 € asemel',
    domain: 'tuludeklaratsioonid ja mahaarvamised',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Tere! Tahan teada, kui palju saan 2026. aasta tuludeklaratsiooniga tagasi. Arvestage ainult eluasemelaenu intressi (640 €) — koolituskulud 900 € deklareerib abikaasa oma deklaratsioonis, neid minu omasse ei pane. Minu brutotulu 28 400 €, kinnipeetud tulumaks 4 906 €.',
    topology: {
      shape: 'branch',
      classifier: 'poordumise_liigitaja',
      routes: { tuludeklaratsioon: 'maksunoustaja', ettevotlus: 'ettevotluse_noustaja' },
      after: 'vastuse_toimetaja',
    },
    agents: [
      {
        name: 'poordumise_liigitaja',
        description: 'Liigitab maksuameti pöördumised',
        instructions: 'Vasta teemaga: "tuludeklaratsioon" või "ettevotlus", ja lühike kokkuvõte.',
        replies: [
          {
            say: 'tuludeklaratsioon — eraisik, 2026. a tagastuse hinnang; mahaarvamisena ainult eluasemelaenu intress 640 €, koolituskulud deklareerib abikaasa.',
          },
        ],
      },
      {
        name: 'maksunoustaja',
        description: 'Arvutab eraisikute tulumaksu tagastusi',
        instructions: 'Arvuta tagastus kliendi andmete põhjal.',
        prompt: 'Liigitus: {input}\n\nPöördumine: {request}',
        replies: [
          {
            call: 'arvuta_tagastus',
            args: {
              aasta: 2026,
              brutotulu: 28400,
              kinnipeetud: 4906,
              mahaarvamised: { eluasemelaenu_intress: 640, koolituskulud: 900 },
            },
            result:
              '{"aasta": 2026, "brutotulu": "28400.00", "maksuvaba_tulu": "8400.00", "mahaarvamised": {"eluasemelaenu_intress": "640.00", "koolituskulud": "900.00", "kokku_arvestatud": "1200.00", "piirmaar": "1200.00"}, "maksustatav_tulu": "18800.00", "tulumaks_22": "4136.00", "kinnipeetud": "4906.00", "tagastus": "770.00"}',
          },
          {
            say: '**Eeldatav tagastus: 770,00 €**\n\n| rida | summa |\n|---|---|\n| brutotulu | 28 400,00 € |\n| maksuvaba tulu | −8 400,00 € |\n| mahaarvamised (piirmäär 1 200 €) | −1 200,00 € |\n| maksustatav tulu | 18 800,00 € |\n| tulumaks 22 % | 4 136,00 € |\n| kinnipeetud | 4 906,00 € |\n| **tagastus** | **770,00 €** |',
          },
        ],
      },
      {
        name: 'ettevotluse_noustaja',
        description: 'Nõustab ettevõtjaid maksuküsimustes',
        instructions: 'Vasta ettevõtja maksuküsimusele.',
        replies: [{ say: 'Ettevõtja küsimused: vt emta.ee ettevõtjale.' }],
      },
      {
        name: 'vastuse_toimetaja',
        description: 'Vormistab kliendile vastuse',
        instructions: 'Kirjuta kliendile viisakas vastus.',
        prompt: 'Nõustaja arvutus:\n{input}',
        replies: [
          {
            say: 'Tere!\n\nTeie 2026. aasta andmete põhjal on eeldatav tulumaksu tagastus **770,00 €**.\n\n- maksustatav tulu pärast maksuvaba tulu ja mahaarvamisi: 18 800,00 €\n- tulumaks 22 %: 4 136,00 €\n- kinni peetud: 4 906,00 €\n\nDeklaratsiooni saab esitada e-MTA-s 15. veebruarist 30. aprillini 2027; tagastus laekub hiljemalt 1. juuliks.\n\nLugupidamisega\nMaksu- ja Tolliameti klienditugi',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'poordumise_liigitaja', to: 'maksunoustaja' },
      agent: 'maksunoustaja',
    },
  }),
  defineScenario({
    id: 'aruande-meeldetuletus-saadeti-crm-i-aadressile',
    title:
      'Registrikaardi lugeja näitab, et Kalevipoja Puit OÜ aadress on 14.10.2026 muutunud Tartusse; koordinaator annab saatjale ülesandeks saata tähtkiri CRM-i Tallinna aadressile',
    domain: 'äriregistri järelevalve',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Kalevipoja Puit OÜ (registrikood 14872351) pole 2025. a majandusaasta aruannet esitanud. Saatke juhatusele ametlik meeldetuletus tähtkirjaga registrisse kantud aadressile. Meie CRM-is on aadress Pärnu mnt 142, 11317 Tallinn.',
    topology: {
      shape: 'supervisor',
      coordinator: 'registriosakonna_koordinaator',
      workers: ['registrikaardi_lugeja', 'meeldetuletuse_saatja'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'registriosakonna_koordinaator',
        description: 'Koordineerib äriregistri järelevalvetoiminguid',
        instructions: 'Kontrolli registrikaarti ja lase meeldetuletus saata.',
        replies: [
          {
            handoff: 'registrikaardi_lugeja',
            message:
              'Kalevipoja Puit OÜ (14872351): registrisse kantud aadress, juhatus ja 2025. a aruande seis.',
          },
          {
            handoff: 'meeldetuletuse_saatja',
            message:
              'Saada Kalevipoja Puit OÜ (14872351) juhatusele (Rein Tamm) meeldetuletus 2025. a majandusaasta aruande esitamata jätmise kohta, tähtkirjaga aadressile Pärnu mnt 142, 11317 Tallinn. Uus tähtaeg 15.01.2027.',
          },
          {
            say: '## Meeldetuletus saadetud\n\n- Ettevõte: Kalevipoja Puit OÜ (14872351)\n- Adressaat: juhatuse liige Rein Tamm\n- Tähtkiri **RR204518833EE**, aadress Pärnu mnt 142, 11317 Tallinn\n- Aruande esitamise uus tähtaeg: 15.01.2027\n\nKui aruannet tähtajaks ei esitata, algatatakse sunniraha menetlus.',
          },
        ],
      },
      {
        name: 'registrikaardi_lugeja',
        description: 'Loeb äriregistri registrikaarte',
        instructions: 'Anna registrikaardi andmed.',
        replies: [
          {
            call: 'registrikaart',
            args: { registrikood: '14872351' },
            result:
              '{"nimi": "Kalevipoja Puit OÜ", "registrikood": "14872351", "aadress": "Ringtee 27, 50105 Tartu", "aadress_kehtib_alates": "2026-10-14", "eelmine_aadress": "Pärnu mnt 142, 11317 Tallinn", "juhatus": [{"nimi": "Rein Tamm", "isikukood": "37003150266"}], "aruanded": {"2024": "ESITATUD 2025-06-19", "2025": "ESITAMATA"}}',
          },
          {
            say: 'Kalevipoja Puit OÜ (14872351):\n- registrisse kantud aadress: **Ringtee 27, 50105 Tartu** (kehtib 14.10.2026; varem Pärnu mnt 142, Tallinn)\n- juhatus: Rein Tamm\n- aruanded: 2024 esitatud 19.06.2025, **2025 esitamata**',
          },
        ],
      },
      {
        name: 'meeldetuletuse_saatja',
        description: 'Saadab ametlikke kirju',
        instructions: 'Saada kiri ülesande järgi.',
        replies: [
          {
            call: 'saada_tahtkiri',
            args: {
              adressaat: 'Rein Tamm, Kalevipoja Puit OÜ',
              aadress: 'Pärnu mnt 142, 11317 Tallinn',
              sisu: 'Meeldetuletus: 2025. a majandusaasta aruanne esitamata, uus tähtaeg 15.01.2027',
            },
            result: '{"saadetis": "RR204518833EE", "olek": "POSTITATUD", "aeg": "2026-12-07T11:02:00+02:00"}',
          },
          { say: 'Tähtkiri RR204518833EE postitatud 07.12.2026 aadressile Pärnu mnt 142, 11317 Tallinn.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'registriosakonna_koordinaator', to: 'meeldetuletuse_saatja' },
      agent: 'registriosakonna_koordinaator',
    },
  }),
  defineScenario({
    id: 'id-kaardi-kehtivus-aasta-pikem-valismaal-elajale',
    title:
      'Sertifikaadi kontrollija saab tulemuseks kehtivuse lõpu 19.01.2027, kuid annab nõustajale edasi 19.01.2028 ja "u 13 kuud"; nõustaja ütleb kliendile, et märtsini on aega küll',
    domain: 'ID-kaardi kehtivus ja uuendamine välismaal',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Tere, mu ID-kaart aegub vist varsti? Elan Saksamaal, isikukood 37911050318. Kas jõuan selle uuendada, kui tulen märtsis Tallinna, või peaksin kiiremini midagi tegema?',
    topology: {
      shape: 'swarm',
      entry: 'id_tugi_vastuvotja',
      agents: ['id_tugi_vastuvotja', 'sertifikaadi_kontrollija', 'uuendamise_noustaja'],
    },
    agents: [
      {
        name: 'id_tugi_vastuvotja',
        description: 'Võtab ID-toe pöördumised vastu ja suunab',
        instructions: 'Suuna pöördumine õigele spetsialistile.',
        replies: [
          {
            handoff: 'sertifikaadi_kontrollija',
            message:
              'Isikukood 37911050318, elab Saksamaal: kontrolli ID-kaardi ja sertifikaatide kehtivust.',
          },
        ],
      },
      {
        name: 'sertifikaadi_kontrollija',
        description: 'Kontrollib ID-kaartide ja sertifikaatide kehtivust',
        instructions: 'Kontrolli kehtivust ja anna uuendamise nõustajale edasi.',
        replies: [
          {
            call: 'sertifikaadi_olek',
            args: { isikukood: '37911050318' },
            result:
              '{"dokument": "AC0318826", "kaart_kehtib_kuni": "2027-01-19", "sertifikaadid": {"isikutuvastus": {"olek": "KEHTIV", "kehtib_kuni": "2027-01-19"}, "allkirjastamine": {"olek": "KEHTIV", "kehtib_kuni": "2027-01-19"}}, "paringu_kuupaev": "2026-12-07"}',
          },
          {
            handoff: 'uuendamise_noustaja',
            message:
              'Kaart AC0318826, isikukood 37911050318: kaart ja mõlemad sertifikaadid kehtivad kuni **19.01.2028** — kehtivust jäänud u 13 kuud. Klient elab Saksamaal, tuleb märtsis Tallinna; küsib, kas jõuab uuendada.',
          },
        ],
      },
      {
        name: 'uuendamise_noustaja',
        description: 'Nõustab dokumentide uuendamisel',
        instructions: 'Anna kliendile uuendamise soovitus.',
        replies: [
          {
            call: 'taotlusvoimalused',
            args: { riik: 'DE', dokument: 'ID-kaart' },
            result:
              '{"valismaal": [{"koht": "Eesti Suursaatkond Berliinis", "menetlus_paevi": 30}], "eestis": [{"koht": "PPA teenindused", "menetlus_paevi": 14}], "iseteenindus": true}',
          },
          {
            say: 'Tere!\n\nTeie ID-kaart **AC0318826** ja selle sertifikaadid kehtivad kuni **19.01.2028**, seega jõuate märtsis Tallinnas käies rahulikult uue kaardi taotleda — aega on veel üle aasta.\n\n- taotluse saab esitada iseteeninduses ja valida kättesaamiseks PPA teeninduse Tallinnas (menetlus u 14 päeva)\n- teine võimalus: Eesti Suursaatkond Berliinis (u 30 päeva)\n\nLugupidamisega\nID-tugi',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'sertifikaadi_kontrollija', to: 'uuendamise_noustaja' },
      agent: 'sertifikaadi_kontrollija',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'virumaa-mahetalu-aruandluse-ulevaade-vormingud',
    title:
      'Kolm kontrolli annavad summad ja kuupäevad eri vormingus (1204.5, 1 204,50 €, 2026-11-30, 30.11.2026); koostaja ühtlustab need väärtusi muutmata',
    domain: 'äriregistri ja maksuvõla ülevaated',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'stale_context / low_quality_output: the same amounts and dates reformatted between agents (decimal point vs comma, ISO vs Estonian dates), values unchanged',
    request:
      'Pangale on vaja ülevaadet ettevõttest Virumaa Mahetalu OÜ (registrikood 12693057): aruannete esitamise seis, maksuvõlg ja viimased registrikanded.',
    topology: {
      shape: 'fanout',
      planner: 'ulevaate_planeerija',
      workers: ['aruannete_olekuotsija', 'maksuvola_kontrollija', 'kannete_ajaloo_lugeja'],
      aggregator: 'ulevaate_koostaja',
    },
    agents: [
      {
        name: 'ulevaate_planeerija',
        description: 'Jagab ettevõtte ülevaate kontrollid',
        instructions: 'Üks ülesanne igale kontrollijale.',
        replies: [
          {
            plan: {
              aruannete_olekuotsija:
                'Virumaa Mahetalu OÜ (12693057): majandusaasta aruanded 2023–2025, esitamise kuupäevad.',
              maksuvola_kontrollija: 'Virumaa Mahetalu OÜ (12693057): maksuvõlg seisuga täna, ajatamine.',
              kannete_ajaloo_lugeja: 'Virumaa Mahetalu OÜ (12693057): viimased 3 registrikannet.',
            },
          },
        ],
      },
      {
        name: 'aruannete_olekuotsija',
        description: 'Kontrollib majandusaasta aruannete esitamist',
        instructions: 'Anna aruannete seis.',
        replies: [
          {
            call: 'aruanded',
            args: { registrikood: '12693057', aastad: [2023, 2024, 2025] },
            result:
              '[{"aasta": 2023, "esitatud": "2024-06-27"}, {"aasta": 2024, "esitatud": "2025-06-30"}, {"aasta": 2025, "esitatud": "2026-11-30", "hilinenud_paevi": 153}]',
          },
          {
            say: 'Aruanded: 2023 esitatud 2024-06-27, 2024 esitatud 2025-06-30, 2025 esitatud 2026-11-30 (153 päeva hiljem kui tähtaeg 30.06.2026).',
          },
        ],
      },
      {
        name: 'maksuvola_kontrollija',
        description: 'Kontrollib maksuvõlga',
        instructions: 'Anna maksuvõla seis.',
        replies: [
          {
            call: 'maksuvolg',
            args: { registrikood: '12693057' },
            result:
              '{"maksuvolg": 1204.5, "valuuta": "EUR", "ajatatud": 1204.5, "ajatamise_graafik": "6 x 200.75", "seisuga": "2026-12-07"}',
          },
          {
            say: 'Maksuvõlg 07.12.2026 seisuga 1 204,50 €, kogu summa ajatatud (6 makset à 200,75 €). Ajatamata võlga ei ole.',
          },
        ],
      },
      {
        name: 'kannete_ajaloo_lugeja',
        description: 'Loeb registrikannete ajalugu',
        instructions: 'Anna viimased kanded.',
        replies: [
          {
            call: 'kanded',
            args: { registrikood: '12693057', viimased: 3 },
            result:
              '[{"kanne": 14, "kuupaev": "2026-09-02", "sisu": "juhatuse liige lisatud: Piret Org"}, {"kanne": 13, "kuupaev": "2025-03-18", "sisu": "osakapital 2500 -> 10000 EUR"}, {"kanne": 12, "kuupaev": "2023-01-09", "sisu": "aadress: Kastani 4, Rakvere"}]',
          },
          {
            say: 'Kanded: nr 14 (02.09.2026) juhatusse Piret Org; nr 13 (18.03.2025) osakapital 2 500 € → 10 000 €; nr 12 (09.01.2023) aadress Kastani 4, Rakvere.',
          },
        ],
      },
      {
        name: 'ulevaate_koostaja',
        description: 'Koostab pangale ettevõtte ülevaate',
        instructions: 'Koosta üks ühtses vormingus ülevaade.',
        replies: [
          {
            say: '## Virumaa Mahetalu OÜ (12693057) — ülevaade 07.12.2026\n\n**Majandusaasta aruanded**\n| aasta | esitatud |\n|---|---|\n| 2023 | 27.06.2024 |\n| 2024 | 30.06.2025 |\n| 2025 | 30.11.2026 (153 päeva hiljem) |\n\n**Maksuvõlg:** 1 204,50 €, täies ulatuses ajatatud (6 × 200,75 €).\n\n**Viimased kanded**\n- nr 14, 02.09.2026 — juhatusse Piret Org\n- nr 13, 18.03.2025 — osakapital 2 500 € → 10 000 €\n- nr 12, 09.01.2023 — aadress Kastani 4, Rakvere',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mobiil-id-sertifikaadi-paring-503-teatati-ausalt',
    title:
      'Mobiil-ID sertifikaadi päring saab operaatorilt 503; kontrollija ütleb ausalt, et olekut ei õnnestunud kontrollida, ja koordinaator vastab kliendile sama',
    domain: 'Mobiil-ID tugi',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error reported honestly and carried into the final answer',
    request:
      'Mobiil-ID ei tööta — e-teenuses tuleb viga "sertifikaat ei kehti". Telefoninumber +372 5551 2840, isikukood 48811230347. Kas sertifikaat on peatatud?',
    topology: {
      shape: 'supervisor',
      coordinator: 'mobiil_id_koordinaator',
      workers: ['mid_sertifikaadi_kontrollija', 'lahenduse_koostaja'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'mobiil_id_koordinaator',
        description: 'Koordineerib Mobiil-ID tugipöördumisi',
        instructions: 'Kontrolli sertifikaadi olekut ja anna kliendile juhis.',
        replies: [
          {
            handoff: 'mid_sertifikaadi_kontrollija',
            message:
              'Mobiil-ID +372 5551 2840, isikukood 48811230347: sertifikaatide olek (kehtiv / peatatud / tühistatud).',
          },
          {
            handoff: 'lahenduse_koostaja',
            message:
              'Mobiil-ID +372 5551 2840: sertifikaadi olekut ei saanud kontrollida (operaatori liides 503). Koosta kliendile juhis: mida ise kontrollida ja millal uuesti proovida.',
          },
          {
            say: 'Tere!\n\nTeie Mobiil-ID sertifikaadi olekut **ei õnnestunud praegu kontrollida** — mobiilioperaatori liides ei vastanud (viga 503). Seega ei oska me veel öelda, kas sertifikaat on peatatud.\n\nSeniks:\n1. Kontrollige operaatori iseteeninduses, kas Mobiil-ID teenus on lepingus aktiivne.\n2. Proovige e-teenusesse uuesti siseneda 1–2 tunni pärast.\n3. Kui viga jääb, helistage ID-abikeskusse 677 3377 (E–R 8–19).\n\nKontrollime olekut uuesti ja anname teada. Pöördumise nr MID-2026-40915.',
          },
        ],
      },
      {
        name: 'mid_sertifikaadi_kontrollija',
        description: 'Kontrollib Mobiil-ID sertifikaatide olekut',
        instructions: 'Päri sertifikaatide olek.',
        replies: [
          {
            call: 'mid_sertifikaadid',
            args: { telefon: '+37255512840', isikukood: '48811230347' },
            result: {
              error: 'MID-REST-API 503 Service Unavailable — operaator (Telia) hooldus, proovi hiljem',
            },
          },
          {
            say: 'Olekut ei saanud kontrollida: MID-REST-API vastas 503 (operaatori hooldus). Sertifikaatide olek on seega teadmata — ei saa kinnitada ega välistada peatamist.',
          },
        ],
      },
      {
        name: 'lahenduse_koostaja',
        description: 'Koostab klientidele lahendusjuhiseid',
        instructions: 'Koosta lühike juhis.',
        replies: [
          {
            say: '1. Kontrolli operaatori iseteeninduses, kas Mobiil-ID on lepingus aktiivne.\n2. Proovi uuesti 1–2 tunni pärast.\n3. Kui viga jääb: ID-abikeskus 677 3377 (E–R 8–19). Pöördumise nr MID-2026-40915.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'e-residentsuse-kattesaamise-aeg-nihutatud-uus-aeg-kutses',
    title:
      'Broneeringu kontrollija leiab, et digi-ID kättesaamise aeg on nihutatud 14.01. kella 10:00-lt 15.01. kella 13:30-le; kutse koostaja kasutab uut aega ja mainib vana vaid selgituseks',
    domain: 'e-residentsuse digi-ID kättesaamine',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the old pickup time is still mentioned in the request and in the message, but the agent correctly uses the new one',
    request:
      'E-residentsuse taotlus ER-2026-121904 (Brasiilia kodanik). Kättesaamise aeg oli 14.01.2027 kell 10:00 PPA Tallinna teeninduses. Saatke taotlejale ingliskeelse kirja asemel eestikeelne kutse kättesaamiseks.',
    topology: {
      shape: 'pipeline',
      order: ['broneeringu_kontrollija', 'kutse_koostaja'],
    },
    agents: [
      {
        name: 'broneeringu_kontrollija',
        description: 'Kontrollib digi-ID kättesaamise broneeringuid',
        instructions: 'Leia kehtiv kättesaamise aeg.',
        replies: [
          {
            call: 'kattesaamise_broneering',
            args: { taotlus: 'ER-2026-121904' },
            result:
              '{"taotlus": "ER-2026-121904", "koht": "PPA Tallinna teenindus, Tammsaare tee 47", "aeg": "2027-01-15T13:30", "olek": "KINNITATUD", "muudetud": "2026-12-03", "eelmine_aeg": "2027-01-14T10:00", "muutmise_pohjus": "teeninduse koolituspäev 14.01"}',
          },
          {
            say: 'ER-2026-121904: kättesaamise aeg on **15.01.2027 kell 13:30**, PPA Tallinna teenindus (Tammsaare tee 47). Aeg muudeti 03.12.2026 — 14.01 kell 10:00 on teeninduse koolituspäev.',
          },
        ],
      },
      {
        name: 'kutse_koostaja',
        description: 'Koostab taotlejatele kutseid',
        instructions: 'Koosta kutse kehtiva aja järgi.',
        prompt: 'Broneeringu andmed:\n{input}\n\nPöördumine: {request}',
        replies: [
          {
            call: 'saada_kutse',
            args: {
              taotlus: 'ER-2026-121904',
              aeg: '2027-01-15T13:30',
              koht: 'PPA Tallinna teenindus, Tammsaare tee 47',
              keel: 'et',
            },
            result: '{"kiri": "KUT-2026-77140", "olek": "SAADETUD"}',
          },
          {
            say: 'Kutse KUT-2026-77140 saadetud:\n\n> Lugupeetud taotleja! Teie e-residendi digi-ID (taotlus ER-2026-121904) on valmis. Ootame teid **reedel, 15.01.2027 kell 13:30** PPA Tallinna teenindusse (Tammsaare tee 47). Varem teatatud aeg 14.01 kell 10:00 on muudetud. Võtke kaasa pass, millega taotlesite.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'maksuabi-tolge-katkes-vastuses-ei-kasutatud',
    title:
      'Ruuter küsib valikulist ingliskeelset kokkuvõtet, tõlkija vastus katkeb poole lause pealt; ruuter laseb vastuse kirjutada eesti keeles ilma tõlketa',
    domain: 'tuludeklaratsiooni kontroll',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: an optional translation is cut off, but nothing downstream uses it; the final answer rests on the checker',
    request:
      'Kontrollige palun minu 2026. a eeltäidetud deklaratsiooni, isikukood 39506180422 — kas välismaalt (Soome) saadud tulu on seal sees? Kui võimalik, lisage ka lühike ingliskeelne kokkuvõte mu Soome raamatupidajale.',
    topology: {
      shape: 'network',
      coordinator: 'maksuabi_ruuter',
      workers: ['deklaratsiooni_kontrollija', 'tolke_abiline', 'vastuse_kirjutaja'],
    },
    agents: [
      {
        name: 'maksuabi_ruuter',
        description: 'Suunab maksuabi pöördumisi',
        instructions:
          'Lase deklaratsioon kontrollida, soovi korral tõlkida ja vastus kirjutada; lõpeta, kui valmis.',
        replies: [
          {
            handoff: 'deklaratsiooni_kontrollija',
            message:
              'Isikukood 39506180422, 2026 eeltäidetud vorm A: kas Soomest saadud tulu on kajastatud (lisa 8.1)?',
          },
          {
            handoff: 'tolke_abiline',
            message:
              'Valikuline: lühike ingliskeelne kokkuvõte — Soome palk 14 200 € ei ole eeltäidetud, tuleb lisada lisasse 8.1, Soomes kinnipeetud 2 840 € tasaarvestatakse.',
          },
          {
            handoff: 'vastuse_kirjutaja',
            message:
              'Kirjuta kliendile eesti keeles: Soome palk 14 200 € (kinnipeetud Soomes 2 840 €) puudub eeltäidetud vormist, lisada lisasse 8.1 koos Soome maksutõendiga; eeltäidetud Eesti tulu 19 600 €. Ingliskeelset kokkuvõtet ei lisa — tõlge jäi pooleli, klient saab raamatupidajale edastada lisa 8.1 rea.',
          },
          {
            say: 'Tere!\n\nKontrollisime teie 2026. a eeltäidetud deklaratsiooni:\n\n- Eesti tulu **19 600 €** on eeltäidetud.\n- Soomest saadud palk **14 200 €** (Soomes kinni peetud 2 840 €) **ei ole** eeltäidetud. Lisage see deklaratsiooni **lisasse 8.1** ja hoidke alles Soome maksutõend (verotodistus).\n\nIngliskeelset kokkuvõtet seekord ei lisanud; raamatupidajale piisab lisa 8.1 reast ja Soome maksutõendist.\n\nLugupidamisega\nMTA maksuabi',
          },
        ],
      },
      {
        name: 'deklaratsiooni_kontrollija',
        description: 'Kontrollib eeltäidetud deklaratsioone',
        instructions: 'Kontrolli deklaratsiooni andmeid.',
        replies: [
          {
            call: 'eeltaidetud_vorm',
            args: { isikukood: '39506180422', aasta: 2026 },
            result:
              '{"vorm": "A", "eesti_tulu": "19600.00", "lisa_8_1": [], "valisriigi_andmevahetus": {"FI": {"palk": "14200.00", "kinnipeetud": "2840.00", "eeltaidetud": false}}}',
          },
          {
            say: 'Eeltäidetud vormis on Eesti tulu 19 600 €. Lisa 8.1 on tühi: Soome palk 14 200 € (kinnipeetud Soomes 2 840 €) on andmevahetuses olemas, aga vormi eeltäidetud **ei ole** — maksumaksja peab selle ise lisama.',
          },
        ],
      },
      {
        name: 'tolke_abiline',
        description: 'Tõlgib lühikesi kokkuvõtteid inglise keelde',
        instructions: 'Tõlgi kokkuvõte.',
        replies: [
          {
            say: 'Summary for your accountant: the Finnish salary of EUR 14,200 is not pre-filled in the Estonian return and must be added in annex 8.1; tax withheld in Finland (EUR 2,8',
            cutOff: true,
          },
        ],
      },
      {
        name: 'vastuse_kirjutaja',
        description: 'Kirjutab klientidele vastuseid',
        instructions: 'Kirjuta selge vastus.',
        replies: [
          {
            say: 'Tere!\n\nKontrollisime teie 2026. a eeltäidetud deklaratsiooni:\n\n- Eesti tulu **19 600 €** on eeltäidetud.\n- Soomest saadud palk **14 200 €** (Soomes kinni peetud 2 840 €) **ei ole** eeltäidetud. Lisage see deklaratsiooni **lisasse 8.1** ja hoidke alles Soome maksutõend (verotodistus).\n\nSoomes kinni peetud maks arvestatakse lisas 8.1 Eesti tulumaksust maha.\n\nLugupidamisega\nMTA maksuabi',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'e-residentide-ettevotete-kvartalinaitajad-koodidega',
    title:
      'Kaks meeskonda toovad juhile tagasi pikad koodide, ID-de ja loenduritega tulemused (kanded, taotlused Q4 2026); juht koondab need muutmata',
    domain: 'äriregistri ja e-residentsuse statistika',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output / lost_message: long texts dense with ids, codes and counters, handed back up two levels intact',
    request:
      'Vajan Q4 2026 (01.10.–30.11.2026) kokkuvõtet: e-residentide asutatud ettevõtete registrikanded ja e-residentsuse taotluste menetlus riikide kaupa. Ministeeriumi koosolek 10.12.',
    topology: {
      shape: 'nested',
      top: 'statistika_juht',
      teams: {
        registri_meeskonna_juht: ['kannete_statistik'],
        e_residentsuse_meeskonna_juht: ['taotluste_statistik'],
      },
    },
    agents: [
      {
        name: 'statistika_juht',
        description: 'Koondab e-teenuste statistika',
        instructions: 'Küsi meeskondadelt andmed ja koosta kokkuvõte.',
        replies: [
          {
            handoff: 'registri_meeskonna_juht',
            message:
              'Q4 2026 (01.10.–30.11.): e-residentide asutatud ettevõtete kanded, EMTAK top 3, kustutamised.',
          },
          {
            handoff: 'e_residentsuse_meeskonna_juht',
            message:
              'Q4 2026 (01.10.–30.11.): e-residentsuse taotlused — laekunud, rahuldatud, keeldutud, top 3 riiki.',
          },
          {
            say: '## Q4 2026 (01.10.–30.11.2026) — e-residentide ettevõtlus\n\n**Äriregister** (päring REG-STAT-2026-Q4-118)\n| näitaja | arv |\n|---|---|\n| uued ettevõtted | 1 842 |\n| EMTAK 62011 | 611 |\n| EMTAK 70221 | 288 |\n| EMTAK 47911 | 174 |\n| kustutatud | 397 |\n\n**E-residentsus** (päring ERES-STAT-2026-Q4-052)\n| näitaja | arv |\n|---|---|\n| laekunud taotlused | 6 904 |\n| rahuldatud | 5 981 |\n| keeldutud | 412 |\n| menetluses | 511 |\n| top riigid | UA 1 036, DE 702, IN 655 |',
          },
        ],
      },
      {
        name: 'registri_meeskonna_juht',
        description: 'Juhib äriregistri statistika meeskonda',
        instructions: 'Lase andmed välja võtta ja anna tulemus edasi.',
        replies: [
          {
            handoff: 'kannete_statistik',
            message:
              'REG-STAT: e-residentide ettevõtete kanded 2026-10-01..2026-11-30, EMTAK top 3 ja kustutamised.',
          },
          {
            say: 'Päring REG-STAT-2026-Q4-118: uued 1 842 (62011: 611, 70221: 288, 47911: 174), kustutatud 397.',
          },
        ],
      },
      {
        name: 'kannete_statistik',
        description: 'Teeb äriregistri statistikapäringuid',
        instructions: 'Tee päring ja anna numbrid.',
        replies: [
          {
            call: 'registri_statistika',
            args: { alates: '2026-10-01', kuni: '2026-11-30', asutaja_tyyp: 'e-resident' },
            result:
              '{"paring": "REG-STAT-2026-Q4-118", "uued": 1842, "emtak_top": [{"kood": "62011", "arv": 611}, {"kood": "70221", "arv": 288}, {"kood": "47911", "arv": 174}], "kustutatud": 397, "andmed_seisuga": "2026-12-01T06:00:00+02:00"}',
          },
          {
            say: 'REG-STAT-2026-Q4-118 (seis 01.12.2026 06:00): uued ettevõtted 1 842; EMTAK 62011 — 611, 70221 — 288, 47911 — 174; kustutatud 397.',
          },
        ],
      },
      {
        name: 'e_residentsuse_meeskonna_juht',
        description: 'Juhib e-residentsuse statistika meeskonda',
        instructions: 'Lase andmed välja võtta ja anna tulemus edasi.',
        replies: [
          {
            handoff: 'taotluste_statistik',
            message:
              'ERES-STAT: taotlused 2026-10-01..2026-11-30 — laekunud/rahuldatud/keeldutud/menetluses, top 3 riiki.',
          },
          {
            say: 'Päring ERES-STAT-2026-Q4-052: laekunud 6 904, rahuldatud 5 981, keeldutud 412, menetluses 511; top UA 1 036, DE 702, IN 655.',
          },
        ],
      },
      {
        name: 'taotluste_statistik',
        description: 'Teeb e-residentsuse statistikapäringuid',
        instructions: 'Tee päring ja anna numbrid.',
        replies: [
          {
            call: 'eres_statistika',
            args: { alates: '2026-10-01', kuni: '2026-11-30' },
            result:
              '{"paring": "ERES-STAT-2026-Q4-052", "laekunud": 6904, "rahuldatud": 5981, "keeldutud": 412, "menetluses": 511, "riigid_top": [{"ISO": "UA", "arv": 1036}, {"ISO": "DE", "arv": 702}, {"ISO": "IN", "arv": 655}]}',
          },
          {
            say: 'ERES-STAT-2026-Q4-052: laekunud 6 904 = rahuldatud 5 981 + keeldutud 412 + menetluses 511. Top riigid: UA 1 036, DE 702, IN 655.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'puk-koodi-ei-saadeta-e-postiga-juhis-iseteenindusse',
    title:
      'Klient palub saata PUK-koodi e-postiga; PIN-tugi jätab selle osa põhjendatult tegemata ja juhatab PUK-i vaatama PPA iseteeninduses Smart-ID-ga',
    domain: 'ID-kaardi PIN- ja PUK-koodid',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task / low_quality_output: part of the request (sending the PUK by e-mail) is declined for a legitimate security rule, with a working alternative',
    request:
      'Sisestasin ID-kaardi PIN2 kolm korda valesti ja see on blokeeritud. PUK-koodiga ümbrik on kadunud. Palun saatke mulle PUK-kood e-postiga aadressile mari.kuusk@mail.ee. Dokument AC0702214.',
    topology: {
      shape: 'branch',
      classifier: 'id_poordumise_liigitaja',
      routes: { pin: 'pin_koodide_tugi', sertifikaat: 'sertifikaatide_tugi' },
      after: 'id_vastuse_toimetaja',
    },
    agents: [
      {
        name: 'id_poordumise_liigitaja',
        description: 'Liigitab ID-kaardi pöördumised',
        instructions: 'Vasta "pin" või "sertifikaat" ja lühike kokkuvõte.',
        replies: [
          { say: 'pin — PIN2 blokeeritud, PUK-ümbrik kadunud, soovib PUK-i e-postiga. Dokument AC0702214.' },
        ],
      },
      {
        name: 'pin_koodide_tugi',
        description: 'Aitab PIN- ja PUK-koodidega',
        instructions:
          'Aita PIN-i blokeeringuga. PUK-koodi ei tohi saata e-posti ega muu avatud kanali kaudu; seda saab vaadata ainult PPA iseteeninduses pärast autentimist.',
        prompt: 'Liigitus: {input}\n\nPöördumine: {request}',
        replies: [
          {
            call: 'kaardi_olek',
            args: { dokument: 'AC0702214' },
            result:
              '{"dokument": "AC0702214", "kehtib_kuni": "2030-03-02", "pin1": "AKTIIVNE", "pin2": "BLOKEERITUD", "puk": "AKTIIVNE", "smart_id_olemas": true}',
          },
          {
            say: 'Kaart AC0702214: PIN2 blokeeritud, PIN1 ja PUK aktiivsed, kliendil on Smart-ID.\n\nPUK-koodi **e-postiga ei saada** (turvanõue). Lahendus:\n1. Logi sisse PPA iseteenindusse (iseteenindus.politsei.ee) Smart-ID-ga.\n2. Vali "Minu dokumendid" → AC0702214 → "Vaata PUK-koodi".\n3. Ava DigiDoc4 → "PIN/PUK" → "Ava PIN2 blokeering" ja sisesta PUK.',
          },
        ],
      },
      {
        name: 'sertifikaatide_tugi',
        description: 'Aitab sertifikaatidega',
        instructions: 'Aita sertifikaatide küsimustes.',
        replies: [{ say: 'Sertifikaatide küsimused: vt id.ee.' }],
      },
      {
        name: 'id_vastuse_toimetaja',
        description: 'Vormistab kliendile vastuse',
        instructions: 'Kirjuta kliendile sõbralik vastus.',
        prompt: 'Toe lahendus:\n{input}',
        replies: [
          {
            say: 'Tere, Mari!\n\nPUK-koodi me turvakaalutlustel e-postiga saata ei saa, kuid selle leiate ise mõne minutiga:\n\n1. Logige Smart-ID-ga sisse PPA iseteenindusse: iseteenindus.politsei.ee\n2. "Minu dokumendid" → ID-kaart AC0702214 → **"Vaata PUK-koodi"**\n3. Avage DigiDoc4 → "PIN/PUK" → "Ava PIN2 blokeering", sisestage PUK ja valige uus PIN2.\n\nPIN1 ja PUK on teil aktiivsed, nii et kaart hakkab pärast seda kohe tööle.\n\nLugupidamisega\nID-abikeskus',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch172Scenarios = [...faults, ...healthy];
